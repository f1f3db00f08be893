/* rc-engine-read.c — the engine reading one string: its facts and its string rules
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-engine-private.h"
#include "rc-hash-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Facts every string gets                                                                     */

static gboolean
is_dash (const RcTokens *tokens,
         guint           i)
{
  return rc_check_token_is (tokens, i, "-") || rc_check_token_is (tokens, i, "–") ||
         rc_check_token_is (tokens, i, "—");
}

static gboolean
is_alpha_word (const RcTokens *tokens,
               guint           i)
{
  return i < tokens->n_tokens && (tokens->tokens[i].flags & RC_TOKEN_ALPHA) &&
         !(tokens->tokens[i].flags & RC_TOKEN_DIGIT);
}

/* A number a date is written with: a year, a month or day, a quarter (Q3) */
static gboolean
is_date_number (const RcTokens *tokens,
                guint           i,
                gboolean       *year)
{
  const char *folded = rc_tokens_folded (tokens, i);
  guint len = tokens->tokens[i].fold_len;

  if (len == 2 && folded[0] == 'q' && folded[1] >= '1' && folded[1] <= '4')
    return TRUE;
  if (strspn (folded, "0123456789") != len || len == 3 || len > 4)
    return FALSE;
  if (len == 4)
    {
      guint value = (guint) g_ascii_strtoull (folded, NULL, 10);

      if (value < 1950 || value > 2099)
        return FALSE;
      *year = TRUE;
    }
  return TRUE;
}

/* "Apr. 2015:", "2019 –", "Q3 2020:", "03/2018 -", "Jan 2017 – Mar 2019:": the token the
 * text goes on with after a date that opens it, else @first. A word counts as a month only
 * before a number. */
static guint
skip_date (const RcTokens *tokens,
           guint           first)
{
  gboolean year = FALSE;
  guint after = first;

  for (guint i = first; i < tokens->n_tokens && i < first + 12; i++)
    {
      const RcToken *t = &tokens->tokens[i];

      if (rc_check_token_is (tokens, i, ":") || is_dash (tokens, i))
        {
          if (year && is_alpha_word (tokens, i + 1))
            after = i + 1;
        }
      else if (t->flags & RC_TOKEN_DIGIT)
        {
          if (!is_date_number (tokens, i, &year))
            break;
        }
      else if (t->flags & RC_TOKEN_WORD)
        {
          if (i + 1 >= tokens->n_tokens || t->fold_len > 9 ||
              !(rc_check_token_is (tokens, i + 1, ".") ||
                (tokens->tokens[i + 1].flags & RC_TOKEN_DIGIT)))
            break;
        }
      else if (!rc_check_token_is (tokens, i, ".") && !rc_check_token_is (tokens, i, "/") &&
               !rc_check_token_is (tokens, i, ","))
        break;
    }
  return after;
}

static gboolean
is_past_form (const RcStringContext *ctx,
              guint                  i)
{
  const RcWord *word = rc_compiled_word (ctx->compiled, ctx->tokens->tokens[i].lex);

  if (word != NULL && word->verb >= 0)
    return (word->forms & (RC_FORM_PAST | RC_FORM_PARTICIPLE)) != 0;
  return word == NULL && ctx->tokens->tokens[i].fold_len > 4 &&
         g_str_has_suffix (rc_tokens_folded (ctx->tokens, i), "ed");
}

static gboolean
is_verb_form (const RcStringContext *ctx,
              guint                  i)
{
  const RcWord *word = rc_compiled_word (ctx->compiled, ctx->tokens->tokens[i].lex);

  return (word != NULL && word->verb >= 0) || is_past_form (ctx, i);
}

/* "Payments: built…", "Filter interfaces: built…", "Payments – built…": a label of a few words
 * and a colon (or a spaced dash) before a verb; the verb's token, else @first. A label before a
 * list ("Tech: Go, gRPC", "Stack - Python / Django") opens the string with no verb at all:
 * n_tokens. A label that opens with a verb in the past ("Migrated billing: cut…") is the
 * bullet's own start. */
#define LABEL_MAX_WORDS 4

static guint
skip_label (const RcStringContext *ctx,
            guint                  first)
{
  const RcTokens *tokens = ctx->tokens;
  guint words = 0;

  if (is_past_form (ctx, first))
    return first;
  for (guint i = first; i < tokens->n_tokens; i++)
    {
      if (tokens->tokens[i].flags & RC_TOKEN_WORD)
        {
          if (++words > LABEL_MAX_WORDS)
            break;
        }
      else if (rc_check_token_is (tokens, i, ":") ||
               (is_dash (tokens, i) && (tokens->tokens[i].flags & RC_TOKEN_SPACE_BEFORE) &&
                i + 1 < tokens->n_tokens &&
                (tokens->tokens[i + 1].flags & RC_TOKEN_SPACE_BEFORE)))
        {
          guint next = i + 1;

          if (i == first || !is_alpha_word (tokens, next) ||
              !(tokens->tokens[next].flags & RC_TOKEN_SPACE_BEFORE))
            return first;
          if (is_verb_form (ctx, next) && next + 1 < tokens->n_tokens &&
              !rc_check_token_is (tokens, next + 1, ",") &&
              !rc_check_token_is (tokens, next + 1, "/") &&
              !rc_check_token_is (tokens, next + 1, "|"))
            return next;
          return tokens->n_tokens;
        }
      else if (!rc_check_token_is (tokens, i, "&") && !rc_check_token_is (tokens, i, "/") &&
               !rc_check_token_is (tokens, i, "-") && !rc_check_token_is (tokens, i, "+") &&
               !rc_check_token_is (tokens, i, "#") && !rc_check_token_is (tokens, i, "."))
        break;
    }
  return first;
}

/* "I led …", "We migrated …": the verb after a subject that opens the text (style.pronoun
 * speaks of the pronoun; the verb is still judged), else @first */
static guint
skip_subject (const RcStringContext *ctx,
              guint                  first)
{
  const RcTokens *tokens = ctx->tokens;
  const RcToken *t = &tokens->tokens[first];
  const char *folded = rc_tokens_folded (tokens, first);

  if (first + 1 >= tokens->n_tokens || !is_alpha_word (tokens, first + 1) ||
      !(tokens->tokens[first + 1].flags & RC_TOKEN_SPACE_BEFORE))
    return first;
  if ((t->fold_len == 1 && ctx->entry->text[t->start] == 'I') ||
      (t->fold_len == 2 && strcmp (folded, "we") == 0))
    return first + 1;
  return first;
}

void
rc_string_facts (RcStringContext *ctx)
{
  RcStringEntry *entry = ctx->entry;
  const RcTokens *tokens = ctx->tokens;
  guint first = ctx->first;

  entry->n_words = tokens->n_words;
  entry->n_chars = tokens->n_chars;
  entry->ascii = tokens->ascii;
  entry->verb = -1;
  entry->printed_next = 0;

  if (first < tokens->n_tokens)
    {
      first = skip_label (ctx, skip_date (tokens, first));
      if (first < tokens->n_tokens)
        first = skip_subject (ctx, first);
      ctx->first = first;
    }
  if (first < tokens->n_tokens)
    {
      guint verb_token = first;
      const RcWord *word = rc_compiled_word (ctx->compiled, tokens->tokens[first].lex);

      /* re-architected, co-led: the verb is after the prefix */
      if (word != NULL && (word->flags & RC_WORD_PREFIX) && first + 2 < tokens->n_tokens &&
          rc_check_token_is (tokens, first + 1, "-") &&
          !(tokens->tokens[first + 1].flags & RC_TOKEN_SPACE_BEFORE) &&
          !(tokens->tokens[first + 2].flags & RC_TOKEN_SPACE_BEFORE) &&
          (tokens->tokens[first + 2].flags & RC_TOKEN_WORD))
        {
          verb_token = first + 2;
          word = rc_compiled_word (ctx->compiled, tokens->tokens[verb_token].lex);
        }

      entry->first_start = tokens->tokens[first].cstart;
      entry->first_end = tokens->tokens[verb_token].cend;
      entry->printed_next = tokens->tokens[verb_token].end;
      g_string_truncate (ctx->word_buffer, 0);
      g_string_append_len (ctx->word_buffer, entry->text + tokens->tokens[first].start,
                           tokens->tokens[verb_token].end - tokens->tokens[first].start);
      entry->first_word = ctx->word_buffer->str;
      if (word != NULL)
        {
          entry->verb = word->verb;
          entry->verb_forms = word->forms;
          entry->verb_flags = word->flags;
        }
    }

  /* skills first: a number right after one is a version, not a metric */
  {
    RcTaxonomy *taxonomy = rc_taxonomy_get_default ();

    g_array_set_size (ctx->mentions, 0);
    if (taxonomy != NULL)
      rc_taxonomy_find_tokens (taxonomy, entry->text, entry->len, tokens, ctx->mentions);
    if (ctx->mentions->len > 0)
      {
        entry->n_mentions = ctx->mentions->len;
        entry->mentions = (RcSkillMention *) (void *) ctx->mentions->data;
        if ((1u << entry->scope) == RC_SCOPE_BULLET &&
            rc_taxonomy_is_stack_line (taxonomy, entry->text, entry->mentions, entry->n_mentions))
          entry->marks |= RC_MARK_STACK_LINE;
      }
  }

  entry->has_metric = rc_check_detect_metric (ctx, NULL);

  if ((entry->evidence || entry->section == RC_SECTION_SKILLS) && tokens->n_words > 0)
    {
      g_array_set_size (ctx->hash_buffer, tokens->n_words);
      entry->hashes = (guint32 *) (void *) ctx->hash_buffer->data;
      for (guint i = 0; i < tokens->n_tokens; i++)
        if (tokens->tokens[i].flags & RC_TOKEN_WORD)
          entry->hashes[entry->n_hashes++] = tokens->tokens[i].hash;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* String rules                                                                                */

typedef struct
{
  guint phrase;
  guint first;   /* tokens */
  guint last;
} Match;

int
rc_finding_compare_spans (gconstpointer a,
                          gconstpointer b)
{
  const RcFinding *fa = *(const RcFinding * const *) a;
  const RcFinding *fb = *(const RcFinding * const *) b;

  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end < fb->end ? -1 : 1;
  return strcmp (fa->rule_id, fb->rule_id);
}

static char *
span_text (const RcStringContext *ctx,
           guint                  first,
           guint                  last)
{
  const RcToken *a = &ctx->tokens->tokens[first];
  const RcToken *b = &ctx->tokens->tokens[last];

  return g_strndup (ctx->entry->text + a->start, b->end - a->start);
}

/* "Use" for a match written "Utilized" at the start of a sentence */
static char *
match_case (const char *fix,
            const char *matched)
{
  if (fix != NULL && *fix != '\0' && g_unichar_isupper (g_utf8_get_char (matched)) &&
      g_unichar_islower (g_utf8_get_char (fix)))
    return rc_capitalize (fix);
  return g_strdup (fix);
}

/* An exception of the rule overlapping match @m, a longer match of the same rule starting at
 * the same word, or an earlier one still running, hides it. The matches are in the order of
 * their first word and none is longer than @longest, so only those near @m can overlap it. */
static gboolean
is_hidden (const RcCompiled *compiled,
           GArray           *matches,
           guint             m,
           guint             longest)
{
  const Match *match = &g_array_index (matches, Match, m);
  const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, match->phrase);
  guint from = m;

  while (from > 0 && g_array_index (matches, Match, from - 1).first + longest > match->first)
    from--;
  for (guint o = from; o < matches->len; o++)
    {
      const Match *other = &g_array_index (matches, Match, o);
      const RcPhrase *op = &g_array_index (compiled->phrases, RcPhrase, other->phrase);

      if (other->first > match->last)
        break;
      if (o == m || op->rule != phrase->rule || other->last < match->first)
        continue;
      if (op->except || other->first < match->first ||
          (other->first == match->first &&
           (other->last > match->last || (other->last == match->last && o < m))))
        return TRUE;
    }
  return FALSE;
}

/* Whether the phrase from token @first to @last is the subject that opens the string, an
 * action verb after it: "I led…", "We cut…" (not "I was…", "I have…", "the report I
 * wrote", nor "2019: I built…", which the fix would leave opening in lower case) */
static gboolean
opens_as_subject (const RcStringContext *ctx,
                  guint                  first,
                  guint                  last)
{
  const RcWord *word;
  const RcVerb *verb;

  /* the opening word is the phrase, or the verb after it (skip_subject()), and nothing but
   * spaces comes before it: taking it out leaves the verb to open the string */
  if ((first != ctx->first && last + 1 != ctx->first) || last + 1 >= ctx->tokens->n_tokens)
    return FALSE;
  for (gsize i = 0; i < ctx->tokens->tokens[first].start; i++)
    if (!g_ascii_isspace (ctx->entry->text[i]))
      return FALSE;
  word = rc_compiled_word (ctx->compiled, ctx->tokens->tokens[last + 1].lex);
  if (word == NULL || word->verb < 0 || (word->flags & RC_WORD_AUX))
    return FALSE;
  verb = &g_array_index (ctx->verbs->verbs, RcVerb, word->verb);
  /* a strong verb, or a weak one with stronger ones to use: not a state ("be", "have") */
  return verb->category >= 0 || (verb->instead != NULL && verb->instead[0] != NULL);
}

static void
run_phrases (RcStringReader  *self,
             RcStringContext *ctx)
{
  const RcCompiled *compiled = ctx->compiled;
  const RcTokens *tokens = ctx->tokens;
  GArray *matches = self->matches;
  guint longest = 0;

  g_array_set_size (matches, 0);
  for (guint i = 0; i < tokens->n_tokens; i++)
    {
      const RcWord *word = rc_compiled_word (compiled, tokens->tokens[i].lex);

      if (word == NULL || word->n_first == 0)
        continue;
      for (guint c = 0; c < word->n_first; c++)
        {
          guint32 index = g_array_index (compiled->candidates, guint32, word->first + c);
          const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, index);
          const gint32 *ids = &g_array_index (compiled->phrase_ids, gint32, phrase->ids);
          gboolean ok = TRUE;

          if (!self->active[phrase->rule] || i + phrase->n > tokens->n_tokens ||
              (phrase->at_start && i != ctx->first) ||
              (phrase->not_at_start && i == ctx->first))
            continue;
          for (guint k = 1; k < phrase->n && ok; k++)
            ok = tokens->tokens[i + k].lex == ids[k];
          if (ok && phrase->exact != NULL)
            {
              const char *exact = phrase->exact;

              for (guint k = 0; k < phrase->n && ok; k++)
                {
                  const RcToken *t = &tokens->tokens[i + k];
                  gsize len = t->end - t->start;

                  ok = strlen (exact) == len && memcmp (exact, ctx->entry->text + t->start, len) == 0;
                  exact += strlen (exact) + 1;
                }
            }
          if (ok)
            {
              Match match = { index, i, i + phrase->n - 1 };

              g_array_append_val (matches, match);
              longest = MAX (longest, phrase->n);
            }
        }
    }

  for (guint m = 0; m < matches->len; m++)
    {
      const Match *match = &g_array_index (matches, Match, m);
      const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, match->phrase);
      const RcRule *rule = rc_rule_set_get_rule_private (self->rules, phrase->rule);
      g_autofree char *text = NULL;
      g_autofree char *fix = NULL;
      gboolean keep = !phrase->except && !is_hidden (compiled, matches, m, longest);

      if (!keep)
        continue;

      text = span_text (ctx, match->first, match->last);
      if (!phrase->fix_as_subject || opens_as_subject (ctx, match->first, match->last))
        fix = match_case (phrase->fix != NULL ? phrase->fix : rule->info.fix, text);
      if (rule->spelling && g_strcmp0 (fix, text) == 0)
        continue;
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer,
                                             ctx->tokens->tokens[match->first].cstart,
                                             ctx->tokens->tokens[match->last].cend,
                                             text, fix,
                                             "fix", fix != NULL ? fix : "",
                                             NULL));
    }
}

/* Where a search is in a string, in bytes and characters: matches come in order, so each
 * byte offset is converted from the last one, never from the start of the string */
typedef struct
{
  gsize byte;
  guint chars;
} CharCursor;

static guint
char_offset (const RcStringEntry *entry,
             gboolean             ascii,
             CharCursor          *cursor,
             gsize                byte)
{
  if (ascii)
    return (guint) byte;
  if (byte < cursor->byte)
    *cursor = (CharCursor) { 0, 0 };
  cursor->chars += (guint) g_utf8_pointer_to_offset (entry->text + cursor->byte,
                                                     entry->text + byte);
  cursor->byte = byte;
  return cursor->chars;
}

/* A linear pattern takes a few steps per byte; nested repetition such as (a+)+ takes
 * exponentially many, so a search is cut off at this many per byte of the string */
#define PATTERN_STEPS_PER_BYTE 100
#define PATTERN_MIN_STEPS      100000
#define PATTERN_MAX_DEPTH      10000
#define PATTERN_SEARCH_FLOOR   10000   /* steps any one search may take */

static void
report_pattern_limit (RcStringContext *ctx,
                      const RcRule    *rule)
{
  RcFinding *finding = rc_rule_make_finding (rule, RC_LEVEL_WARNING, ctx->entry->pointer, 0, 0,
                                             NULL, NULL, NULL);

  /* the rule's own wording would describe a match, and there is none */
  g_free (finding->message);
  g_free (finding->advice);
  g_clear_pointer (&finding->fix, g_free);
  finding->message = g_strdup_printf (_("The pattern of rule “%s” took too long on this text, "
                                        "so the rule was not applied to it"), rule->info.id);
  finding->advice = g_strdup (_("Simplify the pattern in your rule pack: nested repetition "
                                "such as “(a+)+” takes time that grows exponentially with "
                                "the text."));
  g_ptr_array_add (ctx->findings, finding);
}

static void
run_pattern (RcStringContext *ctx,
             const RcRule    *rule)
{
  const RcStringEntry *entry = ctx->entry;
  pcre2_match_data *data;
  pcre2_match_context *limits;
  CharCursor cursor = { 0, 0 };
  PCRE2_SIZE from = 0;
  int found = PCRE2_ERROR_NOMATCH;

  /* a literal the pattern needs, or a character above ASCII, spares most strings the regex
   * engine */
  if ((rule->contains != NULL && strstr (entry->text, rule->contains) == NULL) ||
      (rule->non_ascii && ctx->tokens->ascii))
    return;
  data = pcre2_match_data_create_from_pattern (rule->pattern, NULL);
  limits = pcre2_match_context_create (NULL);
  pcre2_set_depth_limit (limits, PATTERN_MAX_DEPTH);

  for (guint64 call = 1; from < entry->len; call++)
    {
      PCRE2_SIZE *span;

      /* PCRE2's limit holds for one search, and a string can have a match every few bytes:
       * the k-th search gets the string's budget / k², so all of them together take at most
       * about 1.6 × the budget plus PATTERN_SEARCH_FLOOR a match, linear in the string. */
      guint64 budget = PATTERN_MIN_STEPS + PATTERN_STEPS_PER_BYTE * (guint64) entry->len;

      pcre2_set_match_limit (limits, (uint32_t) MIN (G_MAXUINT32,
                                                     MAX (PATTERN_SEARCH_FLOOR,
                                                          budget / (call * call))));
      found = pcre2_match (rule->pattern, (PCRE2_SPTR) entry->text, entry->len, from,
                           PCRE2_NOTEMPTY | PCRE2_NO_UTF_CHECK, data, limits);
      if (found <= 0)
        break;
      span = pcre2_get_ovector_pointer (data);

      if (span[1] > span[0])
        {
          g_autofree char *text = g_strndup (entry->text + span[0], span[1] - span[0]);
          guint start = char_offset (entry, ctx->tokens->ascii, &cursor, span[0]);
          guint end = char_offset (entry, ctx->tokens->ascii, &cursor, span[1]);

          g_ptr_array_add (ctx->findings,
                           rc_rule_make_finding (rule, rule->info.level, entry->pointer, start,
                                                 end, text, rule->info.fix, NULL));
        }
      /* \K can end a match before it starts: step one character on */
      from = span[1] > from ? span[1]
             : (PCRE2_SIZE) (g_utf8_next_char (entry->text + from) - entry->text);
    }
  if (found == PCRE2_ERROR_MATCHLIMIT || found == PCRE2_ERROR_DEPTHLIMIT ||
      found == PCRE2_ERROR_HEAPLIMIT || found == PCRE2_ERROR_JIT_STACKLIMIT)
    report_pattern_limit (ctx, rule);

  pcre2_match_context_free (limits);
  pcre2_match_data_free (data);
}

static void
run_threshold (RcStringContext *ctx,
               const RcRule    *rule)
{
  const RcStringEntry *entry = ctx->entry;
  guint value, start = 0, end = 0;
  g_autofree char *text = NULL;
  char count[16], min[16], max[16];

  switch (rule->count)
    {
    case RC_COUNT_WORDS:
      value = ctx->tokens->n_words;
      break;
    case RC_COUNT_CHARACTERS:
      value = entry->n_chars;
      break;
    case RC_COUNT_LINES:
    default:
      value = (entry->n_chars + rule->chars_per_line - 1) / rule->chars_per_line;
      break;
    }

  if (value == 0 && entry->len == 0)
    return;
  if (!((rule->min >= 0 && value < (guint) rule->min) ||
        (rule->max >= 0 && value > (guint) rule->max)))
    return;

  /* over a word limit: the words past it are the span, what a reader would cut */
  if (rule->count == RC_COUNT_WORDS && rule->max >= 0 && value > (guint) rule->max)
    {
      guint words = 0;

      for (guint i = 0; i < ctx->tokens->n_tokens; i++)
        if ((ctx->tokens->tokens[i].flags & RC_TOKEN_WORD) && ++words == (guint) rule->max + 1)
          {
            const RcToken *last = &ctx->tokens->tokens[ctx->tokens->n_tokens - 1];

            start = ctx->tokens->tokens[i].cstart;
            end = last->cend;
            text = g_strndup (entry->text + ctx->tokens->tokens[i].start,
                              last->end - ctx->tokens->tokens[i].start);
            break;
          }
    }

  g_snprintf (count, sizeof count, "%u", value);
  g_snprintf (min, sizeof min, "%d", rule->min);
  g_snprintf (max, sizeof max, "%d", rule->max);
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, entry->pointer, start, end,
                                         text, rule->info.fix,
                                         "count", count, "min", min, "max", max, NULL));
}

/* a rule whose "unless" rule fired on the same string stays quiet. As if each finding, last
 * first, were removed when a finding of an "unless" rule is still there; counting the
 * findings of each rule keeps that linear. */
static void
apply_unless (RcRuleSet       *rules,
              RcStringContext *ctx)
{
  GPtrArray *findings = ctx->findings;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *hidden = g_new0 (gboolean, findings->len);
  guint kept = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const char *id = ((RcFinding *) g_ptr_array_index (findings, i))->rule_id;

      g_hash_table_insert (counts, (gpointer) id,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id))
                                             + 1));
    }

  for (guint i = findings->len; i > 0; i--)
    {
      RcFinding *finding = g_ptr_array_index (findings, i - 1);
      const RcRule *rule = (const RcRule *) rc_rule_set_lookup (rules, finding->rule_id);

      if (rule->unless_index == NULL)
        continue;
      for (guint u = 0; u < rule->unless_index->len && !hidden[i - 1]; u++)
        {
          const RcRule *other = rc_rule_set_get_rule_private (rules,
                                                              g_array_index (rule->unless_index,
                                                                             guint, u));

          hidden[i - 1] = g_hash_table_lookup (counts, other->info.id) != NULL;
        }
      if (hidden[i - 1])
        {
          guint left = GPOINTER_TO_UINT (g_hash_table_lookup (counts, finding->rule_id)) - 1;

          if (left > 0)
            g_hash_table_insert (counts, finding->rule_id, GUINT_TO_POINTER (left));
          else
            g_hash_table_remove (counts, finding->rule_id);
        }
    }

  /* the kept ones to the front in their order; setting the size frees the rest */
  for (guint i = 0; i < findings->len; i++)
    if (!hidden[i])
      {
        gpointer swap = findings->pdata[kept];

        findings->pdata[kept++] = findings->pdata[i];
        findings->pdata[i] = swap;
      }
  g_ptr_array_set_size (findings, kept);
}

/* findings of rules that leave a marked string to a whole-resume check */
static void
drop_marked (RcRuleSet       *rules,
             RcStringContext *ctx)
{
  for (guint i = ctx->findings->len; i > 0; i--)
    {
      RcFinding *finding = g_ptr_array_index (ctx->findings, i - 1);

      if (rc_rule_skips ((const RcRule *) rc_rule_set_lookup (rules, finding->rule_id),
                         ctx->entry))
        g_ptr_array_remove_index (ctx->findings, i - 1);
    }
}

#define MIX_IN(h, v) ((h) = ((h) ^ (guint64) (v)) * G_GUINT64_CONSTANT (0x100000001b3), \
                      (h) ^= (h) >> 31)

/* What whole-resume checks read of a string, in four hashes so that each check runs again
 * only when what it reads changed: typing an opening verb runs the checks of verbs and of
 * where skills stand, not the others. Each includes the string's place. */
static void
entry_facts (RcStringEntry *entry)
{
  guint64 shape = entry->key, verb = entry->key, where = entry->key, names = entry->key;

  /* its shape: a number, length, evidence, marks (what the bullet-count checks read) */
  MIX_IN (shape, (guint) entry->has_metric | (guint) entry->evidence << 1 |
                 MIN (entry->n_words, 4u) << 2 | (guint) entry->marks << 5);
  /* its opening verb, as written and where */
  MIX_IN (verb, entry->verb + 1);
  MIX_IN (verb, entry->verb_forms | (guint) entry->verb_flags << 8);
  MIX_IN (verb, entry->first_start | (guint64) entry->first_end << 32);
  if (entry->first_word != NULL)
    verb = rc_hash_bytes (entry->first_word, strlen (entry->first_word), verb);
  /* the skills it names as written (what the job match reads), then where they stand */
  MIX_IN (names, (guint) entry->evidence | (guint) entry->marks << 1);
  for (guint m = 0; m < entry->n_mentions; m++)
    {
      const RcSkillMention *mention = &entry->mentions[m];
      gsize from = entry->ascii ? mention->start
                                : rc_text_char_to_byte (entry->text, entry->len, mention->start);
      gsize to = entry->ascii ? mention->end
                              : rc_text_char_to_byte (entry->text, entry->len, mention->end);

      MIX_IN (names, GPOINTER_TO_SIZE (mention->skill));
      names = rc_hash_bytes (entry->text + from, to - from, names);
      MIX_IN (where, mention->start | (guint64) mention->end << 32);
    }
  if (entry->section == RC_SECTION_SKILLS)
    names = rc_hash_bytes (entry->text, entry->len, names);
  MIX_IN (where, names);
  RC_HASH_MIX (shape);
  RC_HASH_MIX (verb);
  RC_HASH_MIX (where);
  RC_HASH_MIX (names);
  entry->facts = shape;
  entry->verb_facts = verb;
  entry->skill_facts = where;
  entry->skill_names = names;
}

/* the raw text of a span of characters: spans come in order, so each is found from the last */
static char *
raw_text (const char *raw,
          guint       len,
          gboolean    ascii,
          CharCursor *cursor,
          guint       start,
          guint       end)
{
  gsize from, to;

  if (ascii)
    return g_strndup (raw + start, end - start);
  if (start < cursor->chars)
    *cursor = (CharCursor) { 0, 0 };
  for (; cursor->chars < start && cursor->byte < len; cursor->chars++)
    cursor->byte = (gsize) (g_utf8_next_char (raw + cursor->byte) - raw);
  from = cursor->byte;
  to = from + (gsize) (g_utf8_offset_to_pointer (raw + from, end - start) - (raw + from));
  return g_strndup (raw + from, MIN (to, len) - from);
}

/* The rules read the printed text; the editor marks and fixes the text as written: every
 * offset goes back to it, and a finding's match becomes the raw text its span covers */
static void
map_to_raw (RcStringContext *ctx,
            char            *raw,
            guint            raw_len)
{
  const RcMarkup *markup = ctx->markup;
  RcStringEntry *entry = ctx->entry;
  CharCursor cursor = { 0, 0 };

  entry->printed = entry->text;
  entry->printed_len = entry->len;
  entry->text = raw;
  entry->len = raw_len;
  entry->n_chars = markup->n_raw_chars;
  entry->ascii = markup->ascii;
  if (entry->first_word != NULL)
    rc_markup_map_span (markup, entry->first_start, entry->first_end,
                        &entry->first_start, &entry->first_end);
  for (guint m = 0; m < entry->n_mentions; m++)
    rc_markup_map_span (markup, entry->mentions[m].start, entry->mentions[m].end,
                        &entry->mentions[m].start, &entry->mentions[m].end);
  for (guint i = 0; i < ctx->findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (ctx->findings, i);

      rc_markup_map_span (markup, finding->start, finding->end, &finding->start, &finding->end);
      if (finding->match != NULL)
        {
          g_free (finding->match);
          finding->match = raw_text (raw, raw_len, entry->ascii, &cursor, finding->start,
                                     finding->end);
        }
    }
}

RcStringEntry *
rc_string_entry_store (const RcStringEntry *tmp)
{
  gsize pointer_len = strlen (tmp->pointer) + 1;
  gsize word_len = tmp->first_word != NULL ? strlen (tmp->first_word) + 1 : 0;
  gsize printed_len = tmp->printed != tmp->text ? tmp->printed_len + 1 : 0;
  gsize mentions_at = (sizeof (RcStringEntry) + 7) & ~(gsize) 7;
  gsize hashes_at = mentions_at + tmp->n_mentions * sizeof (RcSkillMention);
  gsize strings_at = hashes_at + tmp->n_hashes * sizeof (guint32);
  char *block = g_malloc (strings_at + pointer_len + tmp->len + 1 + word_len + printed_len);
  RcStringEntry *entry = (RcStringEntry *) (void *) block;
  char *p = block + strings_at;

  *entry = *tmp;
  entry->mentions = NULL;
  if (tmp->n_mentions > 0)
    entry->mentions = memcpy (block + mentions_at, tmp->mentions,
                              tmp->n_mentions * sizeof (RcSkillMention));
  entry->hashes = NULL;
  if (tmp->n_hashes > 0)
    entry->hashes = memcpy (block + hashes_at, tmp->hashes, tmp->n_hashes * sizeof (guint32));
  entry->pointer = memcpy (p, tmp->pointer, pointer_len);
  p += pointer_len;
  entry->text = memcpy (p, tmp->text, tmp->len);
  entry->text[tmp->len] = '\0';
  p += tmp->len + 1;
  entry->first_word = word_len > 0 ? memcpy (p, tmp->first_word, word_len) : NULL;
  p += word_len;
  entry->printed = entry->text;
  if (printed_len > 0)
    {
      entry->printed = memcpy (p, tmp->printed, tmp->printed_len);
      entry->printed[tmp->printed_len] = '\0';
    }
  return entry;
}

static gint serials;

void
rc_string_reader_read (RcStringReader   *self,
                       RcStringEntry    *entry,
                       const RcCompiled *compiled)
{
  RcStringContext ctx = { 0 };
  GArray *rules = compiled->string_rules[entry->scope][entry->section];
  gboolean any_unless = FALSE;
  char *raw = entry->text;
  guint raw_len = entry->len;

  entry->printed = entry->text;
  entry->printed_len = entry->len;
  if (rc_markup_render (&self->markup, entry->text, entry->len))
    {
      ctx.markup = &self->markup;
      entry->text = self->markup.printed->str;
      entry->len = (guint) self->markup.printed->len;
    }
  rc_tokenize (&self->tokens, entry->text, entry->len, compiled->lexicon);

  ctx.compiled = compiled;
  ctx.verbs = rc_rule_set_get_verbs (self->rules);
  ctx.entry = entry;
  ctx.tokens = &self->tokens;
  ctx.findings = self->scratch;
  ctx.word_buffer = self->word_buffer;
  ctx.hash_buffer = self->hash_buffer;
  ctx.mentions = self->mentions;
  ctx.names = self->names;
  ctx.serial = (guint) g_atomic_int_add (&serials, 1);
  ctx.first = self->tokens.n_tokens;
  for (guint i = 0; i < self->tokens.n_tokens; i++)
    {
      const RcWord *word = rc_compiled_word (compiled, self->tokens.tokens[i].lex);

      if (ctx.first == self->tokens.n_tokens && (self->tokens.tokens[i].flags & RC_TOKEN_WORD))
        ctx.first = i;
      if (word != NULL)
        ctx.word_flags |= word->flags;
    }

  rc_string_facts (&ctx);

  for (guint i = 0; i < rules->len; i++)
    self->active[g_array_index (rules, guint, i)] = TRUE;

  if (compiled->has_phrases[entry->scope][entry->section])
    run_phrases (self, &ctx);

  for (guint i = 0; i < rules->len; i++)
    {
      const RcRule *rule = rc_rule_set_get_rule_private (self->rules,
                                                         g_array_index (rules, guint, i));

      if (rule->unless_index != NULL)
        any_unless = TRUE;
      switch (rule->kind)
        {
        case RC_RULE_PATTERN:
          run_pattern (&ctx, rule);
          break;
        case RC_RULE_THRESHOLD:
          run_threshold (&ctx, rule);
          break;
        case RC_RULE_CHECK:
          rule->check->run_string (&ctx, rule);
          break;
        case RC_RULE_PHRASES:
        default:
          break;
        }
    }

  for (guint i = 0; i < rules->len; i++)
    self->active[g_array_index (rules, guint, i)] = FALSE;

  if (any_unless && ctx.findings->len > 1)
    apply_unless (self->rules, &ctx);
  if (entry->marks != 0)
    drop_marked (self->rules, &ctx);
  if (ctx.findings->len > 1)
    g_ptr_array_sort (ctx.findings, rc_finding_compare_spans);
  if (ctx.markup != NULL)
    {
      map_to_raw (&ctx, raw, raw_len);
      /* a span widened over a pair may now start before the one ahead of it */
      if (ctx.findings->len > 1)
        g_ptr_array_sort (ctx.findings, rc_finding_compare_spans);
    }

  entry_facts (entry);

  /* most strings have no finding: they keep no array */
  if (ctx.findings->len > 0)
    {
      entry->findings = ctx.findings;
      self->scratch = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_finding_free);
    }
}

void
rc_string_reader_init (RcStringReader *self,
                       RcRuleSet      *rules)
{
  self->rules = rules;
  rc_tokens_init (&self->tokens);
  rc_markup_init (&self->markup);
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->scratch = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_finding_free);
  self->word_buffer = g_string_sized_new (64);
  self->hash_buffer = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 64);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (RcSkillMention));
}

void
rc_string_reader_clear (RcStringReader *self)
{
  rc_tokens_clear (&self->tokens);
  rc_markup_clear (&self->markup);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->scratch, g_ptr_array_unref);
  if (self->word_buffer != NULL)
    g_string_free (g_steal_pointer (&self->word_buffer), TRUE);
  g_clear_pointer (&self->hash_buffer, g_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->active, g_free);
  self->n_active = 0;
  g_clear_pointer (&self->names, rc_lexicon_free);
}

void
rc_string_reader_set_n_rules (RcStringReader *self,
                              guint           n_rules)
{
  self->n_active = n_rules;
  g_free (self->active);
  self->active = g_new0 (guint8, MAX (n_rules, 1));
}
