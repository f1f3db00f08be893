/* rc-checks-strings.c — the checks run on each string as it is read (metric, markup) and how
 * the bullets of a section show their scale
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-checks-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Metrics                                                                                     */

static const char * const metric_units[] = {
  "x", "k", "m", "b", "bn", "mm", "ms", "us", "ns", "s", "sec", "secs", "h", "hr", "hrs",
  "min", "mins", "d", "w", "wk", "wks", "mo", "y", "yr", "yrs", "kb", "mb", "gb", "tb", "pb",
  "kib", "mib", "gib", "tib", "rps", "qps", "tps", "rpm", "rpd", "st", "nd", "rd", "th", "pct",
  NULL,
};

static gboolean
is_unit (const char *text,
         gsize       len)
{
  for (guint i = 0; metric_units[i] != NULL; i++)
    if (strlen (metric_units[i]) == len && memcmp (metric_units[i], text, len) == 0)
      return TRUE;
  return FALSE;
}

/* "10x", "500ms", "40M", "p99", "1st"; not "EC2", "k8s", "S3", "2FA" */
static gboolean
is_metric_word (const char *folded,
                gsize       len)
{
  gsize digits = 0;

  if (len >= 2 && folded[0] == 'p' && g_ascii_isdigit (folded[1]))
    {
      for (gsize i = 1; i < len; i++)
        if (!g_ascii_isdigit (folded[i]))
          return FALSE;
      return TRUE;
    }
  while (digits < len && g_ascii_isdigit (folded[digits]))
    digits++;
  if (digits == 0)
    return FALSE;
  return digits == len || is_unit (folded + digits, len - digits);
}

/* whether a technology named in @entry ends at @cend: what a version number follows
 * ("Kafka 3"); a practice has none ("Mentoring 3 junior developers") */
static gboolean
technology_ends_at (const RcStringEntry *entry,
                    guint                cend)
{
  for (guint m = 0; m < entry->n_mentions; m++)
    if (entry->mentions[m].end == cend && entry->mentions[m].skill->hard)
      return TRUE;
  return FALSE;
}

/* the next word after token @i (past "+", "-"), in @words? "10+ years" */
static gboolean
word_follows (const RcTokens *tokens,
              guint           i,
              char          **words)
{
  for (guint j = i + 1; words != NULL && j < tokens->n_tokens && j <= i + 2; j++)
    if (tokens->tokens[j].flags & RC_TOKEN_WORD)
      return g_strv_contains ((const char * const *) words, rc_tokens_folded (tokens, j));
  return FALSE;
}

/* "daily standups": the word after token @i is a noun it qualifies, not a preposition */
static gboolean
qualifies_noun (const RcStringContext *ctx,
                guint                  i)
{
  const RcTokens *tokens = ctx->tokens;
  const RcWord *next;

  if (i + 1 >= tokens->n_tokens || !(tokens->tokens[i + 1].flags & RC_TOKEN_WORD))
    return FALSE;
  next = rc_compiled_word (ctx->compiled, tokens->tokens[i + 1].lex);
  return next == NULL || !(next->flags & RC_WORD_YEAR_CONTEXT);
}

gboolean
rc_check_detect_metric (const RcStringContext *ctx,
                        char                 **not_before)
{
  const RcTokens *tokens = ctx->tokens;
  gboolean bullet = ctx->entry->scope == 0;

  for (guint i = 0; i < tokens->n_tokens; i++)
    {
      const RcToken *t = &tokens->tokens[i];
      const RcWord *word = rc_compiled_word (ctx->compiled, t->lex);
      const char *folded = rc_tokens_folded (tokens, i);
      const RcToken *prev = i > 0 ? &tokens->tokens[i - 1] : NULL;
      const RcWord *prev_word = prev != NULL ? rc_compiled_word (ctx->compiled, prev->lex) : NULL;
      gboolean glued;

      /* a number word that is itself a @not_before word ("months") tells a duration */
      if (word != NULL && (word->flags & RC_WORD_NUMBER) && !word_follows (tokens, i, not_before) &&
          (not_before == NULL || !g_strv_contains ((const char * const *) not_before, folded)))
        return TRUE;
      if (word != NULL && (word->flags & RC_WORD_FREQUENCY) && !qualifies_noun (ctx, i))
        return TRUE;
      /* an award or a certification needs no number */
      if (word != NULL && (word->flags & RC_WORD_NO_METRIC) && bullet)
        return TRUE;
      if (!(t->flags & RC_TOKEN_DIGIT) || !is_metric_word (folded, t->fold_len) ||
          word_follows (tokens, i, not_before))
        continue;

      /* part of a decimal or a ratio already judged by its first part */
      glued = prev != NULL && !(t->flags & RC_TOKEN_SPACE_BEFORE);
      if (glued &&
          (rc_check_token_is (tokens, i - 1, ".") || rc_check_token_is (tokens, i - 1, ",")) &&
          i >= 2 &&
          (tokens->tokens[i - 2].flags & RC_TOKEN_DIGIT))
        continue;

      /* a version: HTTP/2, Python 3, Go 1.21, "version 2", v2 (one token, not a metric) */
      if (prev != NULL && glued && rc_check_token_is (tokens, i - 1, "/"))
        continue;
      if (prev != NULL && (prev->flags & RC_TOKEN_WORD) &&
          ((prev_word != NULL && (prev_word->flags & RC_WORD_VERSION)) ||
           technology_ends_at (ctx->entry, prev->cend)))
        {
          /* "Python 3" is a version; "Python 3x faster" or "Kafka 40%" still counts */
          gboolean unit_after = i + 1 < tokens->n_tokens &&
                                (rc_check_token_is (tokens, i + 1, "%") ||
                                 rc_check_token_is (tokens, i + 1, "x"));

          if (!unit_after && t->fold_len == (guint) strspn (folded, "0123456789"))
            continue;
        }

      /* a year: "in 2021", "2019–2021" */
      if (t->fold_len == 4 && strspn (folded, "0123456789") == 4)
        {
          guint year = (guint) g_ascii_strtoull (folded, NULL, 10);

          if (year >= 1950 && year <= 2099)
            {
              gboolean context = prev_word != NULL && (prev_word->flags & RC_WORD_YEAR_CONTEXT);
              gboolean range = (i + 2 < tokens->n_tokens &&
                                (rc_check_token_is (tokens, i + 1, "-") ||
                                 rc_check_token_is (tokens, i + 1, "–")) &&
                                tokens->tokens[i + 2].fold_len == 4 &&
                                (tokens->tokens[i + 2].flags & RC_TOKEN_DIGIT)) ||
                               (i >= 2 && (rc_check_token_is (tokens, i - 1, "-") ||
                                           rc_check_token_is (tokens, i - 1, "–")) &&
                                tokens->tokens[i - 2].fold_len == 4 &&
                                (tokens->tokens[i - 2].flags & RC_TOKEN_DIGIT));

              if (context || range)
                continue;
            }
        }
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* String checks                                                                               */

static void
compile_metric (const RcRule *rule,
                RcCompiled   *compiled,
                guint       (*intern) (RcCompiled *, const char *))
{
  const Params *params = get_params (rule);

  mark_words (compiled, intern, params->words, RC_WORD_NUMBER);
  mark_words (compiled, intern, params->more_words, RC_WORD_YEAR_CONTEXT);
  mark_words (compiled, intern, params->versions, RC_WORD_VERSION);
  mark_words (compiled, intern, params->exempt, RC_WORD_NO_METRIC);
  mark_words (compiled, intern, params->frequencies, RC_WORD_FREQUENCY);
}

static gboolean
parse_metric (RcRule         *rule,
              JsonObject     *params,
              const RcVerbs  *verbs,
              GError        **error)
PARSE_WITH ("number-words", "year-context", "versions", "not-before", "no-metric", "frequencies",
            "min")

/* a bullet (or summary) with no number in it */
static void
run_metric (RcStringContext *ctx,
            const RcRule    *rule)
{
  const Params *params = get_params (rule);
  guint min_words = params->min >= 0 ? (guint) params->min : 3;

  if (ctx->entry->n_words < min_words ||
      (params->more_words2 == NULL ? ctx->entry->has_metric
                                   : rc_check_detect_metric (ctx, params->more_words2)))
    return;
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer, 0, 0,
                                         NULL, NULL, NULL));
}

/* ------------------------------------------------------------------------------------------ */
/* Bullets with and without a number, section by section                                      */

static void
count_bullets (RcCheckContext *ctx,
               const RcRule   *rule,
               RcSection       section,
               guint          *total,
               guint          *with)
{
  *total = *with = 0;
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->section != section || entry->field != RC_FIELD_HIGHLIGHTS ||
          entry->n_words < 3 || rc_rule_skips (rule, entry))
        continue;
      (*total)++;
      if (entry->has_metric)
        (*with)++;
    }
}

/* Numbers are rare in a section (at least @min_bullets bullets, under @share of them with one):
 * then it is the section's habit, said once (achievement.metric-coverage), not bullet by bullet */
static gboolean
coverage_is_low (const Params *params,
                 guint         total,
                 guint         with)
{
  guint min_bullets = params->min_bullets >= 0 ? (guint) params->min_bullets : 3;

  return total >= min_bullets && (gdouble) with < params->share * (gdouble) total;
}

static gboolean
parse_coverage (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("sections", "min-share", "min-bullets")

static void
run_coverage (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint total, with;
  g_autofree char *count = NULL, *all = NULL, *percent = NULL;
  const char *pointer = "/work";

  count_bullets (ctx, rule, RC_SECTION_WORK, &total, &with);
  if (!section_selected (params, 1u << RC_SECTION_WORK, RC_SECTION_WORK) ||
      !coverage_is_low (params, total, with))
    return;

  if (params->sections != 0 && !(params->sections & (1u << RC_SECTION_WORK)))
    pointer = "";
  count = uint_string (with);
  all = uint_string (total);
  percent = uint_string ((guint) (100.0 * with / total + 0.5));
  add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                  "count", count, "total", all, "percent", percent, NULL));
}

static gboolean
parse_metric_bullets (RcRule         *rule,
                      JsonObject     *params,
                      const RcVerbs  *verbs,
                      GError        **error)
PARSE_WITH ("sections", "min-share", "min-bullets", "years", "number-words", "year-context",
            "versions", "no-metric", "frequencies")

/* achievement.no-metric: a bullet without a number in a role and a section whose bullets
 * mostly have one; none in a role that ended over @years ago, where detail no longer matters */
static void
run_metric_bullets (RcCheckContext *ctx,
                    const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint defaults = (1u << RC_SECTION_WORK) | (1u << RC_SECTION_VOLUNTEER);

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array;
      guint total, with, n;
      g_autofree guint *counts = NULL;

      if (!section_selected (params, defaults, section))
        continue;
      count_bullets (ctx, rule, section, &total, &with);
      if (with == 0 || with == total || coverage_is_low (params, total, with))
        continue;
      array = root_array (ctx, rc_section_get_info (section)->id);
      n = array != NULL ? json_array_get_length (array) : 0;
      /* per entry: its bullets, and those with a number */
      counts = g_new0 (guint, 2 * n + 2);
      for (guint i = 0; i < ctx->strings->len; i++)
        {
          const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

          if (entry->section == section && entry->field == RC_FIELD_HIGHLIGHTS &&
              entry->n_words >= 3 && (guint) entry->entry < n && !rc_rule_skips (rule, entry))
            {
              counts[2 * entry->entry]++;
              counts[2 * entry->entry + 1] += entry->has_metric ? 1 : 0;
            }
        }
      for (guint i = 0; i < ctx->strings->len; i++)
        {
          const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);
          gint months, ago;

          if (entry->section != section || entry->field != RC_FIELD_HIGHLIGHTS ||
              entry->n_words < 3 || entry->has_metric || (guint) entry->entry >= n ||
              rc_rule_skips (rule, entry) ||
              counts[2 * entry->entry + 1] == 0 ||
              (gdouble) counts[2 * entry->entry + 1] <
                params->share * (gdouble) counts[2 * entry->entry])
            continue;
          rc_checks_entry_months (ctx, rc_json_get_element_object (array, (guint) entry->entry),
                                  &months, &ago);
          if (params->years >= 0 && ago > params->years * 12)
            continue;
          add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer, 0, 0, NULL,
                                          NULL, NULL));
        }
    }
}

/* HTML or Markdown in a string: one finding over the whole string, whose fix is the string as
 * printed, so applying it takes out all of the markup at once */
static void
run_markup (RcStringContext *ctx,
            const RcRule    *rule)
{
  const RcStringEntry *entry = ctx->entry;
  g_autofree char *first = NULL;
  const char *match;

  if (ctx->markup == NULL)
    return;
  first = rc_markup_first (ctx->markup);
  match = entry->n_chars > 0 ? entry->text : NULL;
  /* several bullets pasted into one string, each line with its "•" */
  if (ctx->markup->list_lines > 0 && entry->scope == 0)
    {
      char count[16];

      g_snprintf (count, sizeof count, "%u", ctx->markup->list_lines + 1);
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_variant (rule, "pasted-list", rule->info.level,
                                             entry->pointer, 0, entry->n_chars, match,
                                             entry->text, "markup", first, "count", count,
                                             NULL));
    }
  /* a bullet pasted with its own "- " or "•" */
  else if (ctx->markup->list_marker && entry->scope == 0)
    g_ptr_array_add (ctx->findings,
                     rc_rule_make_variant (rule, "list-marker", rule->info.level, entry->pointer,
                                           0, entry->n_chars, match, entry->text,
                                           "markup", first, NULL));
  else
    g_ptr_array_add (ctx->findings,
                     rc_rule_make_finding (rule, rule->info.level, entry->pointer, 0,
                                           entry->n_chars, match, entry->text,
                                           "markup", first, NULL));
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

const RcCheckClass rc_checks_strings[] = {
  { "metric", RC_SCOPE_BULLET | RC_SCOPE_SUMMARY | RC_SCOPE_DESCRIPTION, TRUE, 0,
    parse_metric, rc_checks_params_free, compile_metric, run_metric, NULL },
  { "metric-bullets", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS | RC_DEPENDS_JSON | RC_DEPENDS_TODAY,
    parse_metric_bullets, rc_checks_params_free, compile_metric, NULL, run_metric_bullets },
  { "metric-coverage", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS,
    parse_coverage, rc_checks_params_free, NULL, NULL, run_coverage },
  { "markup", RC_CHECKS_STRINGS, TRUE, 0,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, run_markup, NULL },
  { NULL },
};
