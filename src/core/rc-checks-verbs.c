/* rc-checks-verbs.c — the checks of opening verbs and voice: weak start, passive, tense
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-checks-private.h"
#include "rc-date.h"

/* ------------------------------------------------------------------------------------------ */
/* Weak start and passive voice                                                                */

static gboolean
parse_weak_start (RcRule         *rule,
                  JsonObject     *params,
                  const RcVerbs  *verbs,
                  GError        **error)
{
  static const char * const allowed[] = { "suggest", NULL };
  Params *p = rc_checks_read_params (params, allowed, error);

  if (p == NULL)
    return FALSE;
  p->suggest_text = rc_verbs_suggest (verbs, (const char * const *) p->suggest, 6);
  rule->check_data = p;
  return TRUE;
}

static void
run_weak_start (RcStringContext *ctx,
                const RcRule    *rule)
{
  const RcStringEntry *entry = ctx->entry;
  const Params *params = get_params (rule);
  const char *verbs = params->suggest_text;

  if (entry->first_word == NULL || (entry->verb_flags & RC_WORD_STRONG) || entry->n_words < 2)
    return;

  /* a weak verb comes with its own better ones */
  if (entry->verb >= 0)
    {
      const RcVerb *verb = &g_array_index (ctx->verbs->verbs, RcVerb, entry->verb);

      if (verb->instead_text != NULL && *verb->instead_text != '\0')
        verbs = verb->instead_text;
    }
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, entry->pointer,
                                         entry->first_start, entry->first_end,
                                         entry->first_word, NULL, "verbs", verbs, NULL));
}

static void
compile_passive (const RcRule *rule,
                 RcCompiled   *compiled,
                 guint       (*intern) (RcCompiled *, const char *))
{
  const Params *params = get_params (rule);

  mark_words (compiled, intern, params->words, RC_WORD_AUX);
}

static gboolean
parse_passive (RcRule         *rule,
               JsonObject     *params,
               const RcVerbs  *verbs,
               GError        **error)
PARSE_WITH ("auxiliaries")

static gboolean
is_participle (const RcStringContext *ctx,
               guint                  i)
{
  const RcToken *t = &ctx->tokens->tokens[i];
  const RcWord *word = rc_compiled_word (ctx->compiled, t->lex);
  const char *folded = rc_tokens_folded (ctx->tokens, i);

  if (!(t->flags & RC_TOKEN_WORD) || (t->flags & (RC_TOKEN_DIGIT | RC_TOKEN_ALL_UPPER)))
    return FALSE;
  if (word != NULL && word->verb >= 0)
    return (word->forms & RC_FORM_PARTICIPLE) != 0;
  return t->fold_len > 4 && g_str_has_suffix (folded, "ed");
}

/* "was built", "were migrated", "is being rolled out", "was quickly adopted" */
static void
run_passive (RcStringContext *ctx,
             const RcRule    *rule)
{
  const RcTokens *tokens = ctx->tokens;

  for (guint i = 0; i + 1 < tokens->n_tokens; i++)
    {
      const RcWord *word = rc_compiled_word (ctx->compiled, tokens->tokens[i].lex);
      guint j = i + 1;
      g_autofree char *text = NULL;

      if (word == NULL || !(word->flags & RC_WORD_AUX))
        continue;
      /* an adverb or "being" may stand between */
      while (j < tokens->n_tokens && j < i + 3 &&
             (g_str_has_suffix (rc_tokens_folded (tokens, j), "ly") ||
              rc_check_token_is (tokens, j, "being") || rc_check_token_is (tokens, j, "not") ||
              rc_check_token_is (tokens, j, "also")) &&
             !is_participle (ctx, j))
        j++;
      if (j >= tokens->n_tokens || !is_participle (ctx, j))
        continue;

      text = g_strndup (ctx->entry->text + tokens->tokens[i].start,
                        tokens->tokens[j].end - tokens->tokens[i].start);
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer,
                                             tokens->tokens[i].cstart, tokens->tokens[j].cend,
                                             text, NULL, NULL));
      i = j;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Tense                                                                                      */

typedef enum
{
  TENSE_NONE,
  TENSE_PRESENT,
  TENSE_PAST,
} Tense;

static Tense
entry_tense (const RcStringEntry *entry)
{
  guint8 forms = entry->verb_forms;

  if (entry->verb < 0 || (entry->verb_flags & RC_WORD_AMBIGUOUS))
    return TENSE_NONE;
  if ((forms & RC_FORM_PAST) && !(forms & RC_FORMS_PRESENT))
    return TENSE_PAST;
  if ((forms & RC_FORMS_PRESENT) && !(forms & (RC_FORM_PAST | RC_FORM_PARTICIPLE)))
    return TENSE_PRESENT;
  return TENSE_NONE;
}

/* the opening verb rewritten in @tense, keeping its case and any prefix (re-, co-) */
static char *
retense (const RcCheckContext *ctx,
         const RcStringEntry  *entry,
         RcVerbForm            form)
{
  const RcVerb *verb = &g_array_index (ctx->verbs->verbs, RcVerb, entry->verb);
  const char *word = verb->forms[form];
  const char *written = entry->first_word;
  const char *dash = strrchr (written, '-');
  g_autofree char *prefix = dash != NULL ? g_strndup (written, (gsize) (dash - written + 1))
                                         : g_strdup ("");
  g_autofree char *result = NULL;

  if (word == NULL)
    return NULL;
  result = g_strconcat (prefix, word, NULL);
  if (g_unichar_isupper (g_utf8_get_char (written)))
    {
      char *upper = rc_capitalize (result);

      g_free (result);
      result = upper;
    }
  return g_steal_pointer (&result);
}

static gboolean
role_is_current (RcCheckContext *ctx,
                 JsonObject     *role)
{
  const char *end = rc_json_get_member_string (role, "endDate");
  RcDate date;
  GDate last;

  if (is_blank (end))
    return TRUE;
  if (!rc_date_parse (end, &date))
    {
      g_autofree char *folded = g_utf8_casefold (end, -1);

      g_strstrip (folded);
      return strcmp (folded, "present") == 0 || strcmp (folded, "current") == 0 ||
             strcmp (folded, "now") == 0;
    }
  /* a role that ends this month or later is still running */
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 1, date.month != 0 ? (GDateMonth) date.month : G_DATE_DECEMBER,
                  (GDateYear) date.year);
  return g_date_get_year (&last) > g_date_get_year (&ctx->today) ||
         (g_date_get_year (&last) == g_date_get_year (&ctx->today) &&
          g_date_get_month (&last) >= g_date_get_month (&ctx->today));
}

static gboolean
parse_tense (RcRule         *rule,
             JsonObject     *params,
             const RcVerbs  *verbs,
             GError        **error)
PARSE_WITH ("sections")

static void
run_tense (RcCheckContext *ctx,
           const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint defaults = (1u << RC_SECTION_WORK) | (1u << RC_SECTION_VOLUNTEER);
  guint i = 0;

  while (i < ctx->strings->len)
    {
      const RcStringEntry *first = g_ptr_array_index (ctx->strings, i);
      guint end = i, past = 0, present = 0, s_forms = 0;
      JsonArray *section;
      JsonObject *role;
      gboolean current;
      Tense majority = TENSE_NONE;

      if (first->field != RC_FIELD_HIGHLIGHTS ||
          !section_selected (params, defaults, first->section))
        {
          i++;
          continue;
        }
      while (end < ctx->strings->len)
        {
          const RcStringEntry *entry = g_ptr_array_index (ctx->strings, end);
          Tense tense = entry_tense (entry);

          if (entry->section != first->section || entry->entry != first->entry ||
              entry->field != RC_FIELD_HIGHLIGHTS)
            break;
          if (tense == TENSE_PAST)
            past++;
          else if (tense == TENSE_PRESENT)
            {
              present++;
              if (entry->verb_forms & RC_FORM_S)
                s_forms++;
            }
          if (majority == TENSE_NONE)
            majority = tense;
          end++;
        }

      section = root_array (ctx, rc_section_get_info ((RcSection) first->section)->id);
      role = section != NULL && (guint) first->entry < json_array_get_length (section)
             ? rc_json_get_element_object (section, (guint) first->entry) : NULL;
      current = role == NULL || role_is_current (ctx, role);

      if (!current)
        majority = TENSE_PAST;
      else if (past > present)
        majority = TENSE_PAST;
      else if (present > past)
        majority = TENSE_PRESENT;

      if ((current && past > 0 && present > 0) || (!current && present > 0))
        for (guint k = i; k < end; k++)
          {
            const RcStringEntry *entry = g_ptr_array_index (ctx->strings, k);
            Tense tense = entry_tense (entry);
            g_autofree char *fix = NULL;

            if (tense == TENSE_NONE || tense == majority)
              continue;
            fix = retense (ctx, entry, majority == TENSE_PAST ? RC_VERB_FORM_PAST
                                       : s_forms * 2 > present ? RC_VERB_FORM_S
                                       : RC_VERB_FORM_BASE);
            add (ctx, rc_rule_make_variant (rule, current ? "current" : "finished",
                                            rule->info.level, entry->pointer,
                                            entry->first_start, entry->first_end,
                                            entry->first_word, fix, "fix", fix, NULL));
          }
      i = end;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

const RcCheckClass rc_checks_verbs[] = {
  { "weak-start", RC_SCOPE_BULLET, TRUE, 0,
    parse_weak_start, rc_checks_params_free, NULL, run_weak_start, NULL },
  { "passive", RC_CHECKS_STRINGS, TRUE, 0,
    parse_passive, rc_checks_params_free, compile_passive, run_passive, NULL },
  { "tense", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS | RC_DEPENDS_JSON | RC_DEPENDS_TODAY,
    parse_tense, rc_checks_params_free, NULL, NULL, run_tense },
  { NULL },
};
