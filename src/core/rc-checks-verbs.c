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

/* The last token of the word at token @first whose parts one of @joiners joins with no space
 * around it (NULL-terminated) */
static guint
joined_end (const RcTokens     *tokens,
            guint               first,
            const char * const *joiners)
{
  guint last = first;

  while (last + 2 < tokens->n_tokens &&
         !(tokens->tokens[last + 1].flags & RC_TOKEN_SPACE_BEFORE) &&
         !(tokens->tokens[last + 2].flags & RC_TOKEN_SPACE_BEFORE) &&
         (tokens->tokens[last + 2].flags & RC_TOKEN_WORD))
    {
      const char * const *j = joiners;

      while (*j != NULL && !rc_check_token_is (tokens, last + 1, *j))
        j++;
      if (*j == NULL)
        break;
      last += 2;
    }
  return last;
}

/* the last word of a hyphenated compound opening at token @first: "Hand-tuned" → "tuned" */
static guint
compound_end (const RcTokens *tokens,
              guint           first)
{
  static const char * const hyphen[] = { "-", NULL };

  return joined_end (tokens, first, hyphen);
}

/* the last token of the word a string opens with at token @first, as a reader reads it: its
 * parts joined by a hyphen, colon, slash or apostrophe ("On-call", "1:1s", "Build/test"), not
 * the punctuation after it */
static guint
opening_end (const RcTokens *tokens,
             guint           first)
{
  static const char * const joiners[] = { "-", ":", "/", "'", "\u2019", NULL };

  return joined_end (tokens, first, joiners);
}

/* Does the sentence at token @first open with a strong verb (@past: in the past tense, not a
 * noun such as "Alerts"): one the lexicon lists, or a regular past tense it lacks
 * ("Quantized"), also as the end of a compound ("Hand-tuned")? */
static gboolean
opens_with_action (const RcStringContext *ctx,
                   guint                  first,
                   gboolean               past)
{
  const RcTokens *tokens = ctx->tokens;
  const RcWord *word;
  const RcToken *t;
  char text[64];
  guint last;

  if (first >= tokens->n_tokens)
    return FALSE;
  word = rc_compiled_word (ctx->compiled, tokens->tokens[first].lex);
  last = compound_end (tokens, first);
  if ((word == NULL || word->verb < 0) && last != first)
    word = rc_compiled_word (ctx->compiled, tokens->tokens[last].lex);
  if (word != NULL && word->verb >= 0)
    return (word->flags & RC_WORD_STRONG) && (!past || (word->forms & RC_FORM_PAST));
  t = &tokens->tokens[last];
  if (t->end - t->start >= sizeof text)
    return FALSE;
  memcpy (text, ctx->entry->text + t->start, t->end - t->start);
  text[t->end - t->start] = '\0';
  return rc_verbs_is_regular_past (ctx->verbs, text);
}

/* "was hired", "were promoted", "is based in": passive, and the natural way to say it */
static gboolean
is_natural_passive (const RcStringContext *ctx,
                    guint                  participle)
{
  return g_hash_table_contains (ctx->verbs->natural_passives,
                                rc_tokens_folded (ctx->tokens, participle));
}

static gboolean
is_aux (const RcStringContext *ctx,
        guint                  i)
{
  const RcWord *word = rc_compiled_word (ctx->compiled, ctx->tokens->tokens[i].lex);

  return word != NULL && (word->flags & RC_WORD_AUX);
}

/* "Implementation of", "Development of", "Correction of": a verb made a noun, and the past
 * tense of the verb the data knows under it, capitalised as written ("Implemented"); NULL when
 * the data knows none, so the fix is certain */
static char *
verb_of_noun (const RcStringContext *ctx,
              guint                  first)
{
  static const struct
  {
    const char *suffix;
    const char *ends[3];
  } nouns[] = {
    { "ation", { "", "e", "ate" } },  /* implementation, realisation, creation */
    { "ion",   { "", "e", NULL } },   /* correction, migration */
    { "ment",  { "", NULL, NULL } },  /* development, management */
  };
  const RcTokens *tokens = ctx->tokens;
  const char *folded = rc_tokens_folded (tokens, first);
  gsize len = tokens->tokens[first].fold_len;

  if (!rc_check_token_is (tokens, first + 1, "of") ||
      !(tokens->tokens[first].flags & RC_TOKEN_WORD) || len >= 40)
    return NULL;
  for (guint n = 0; n < G_N_ELEMENTS (nouns); n++)
    {
      gsize stem;

      if (len < strlen (nouns[n].suffix) + 3 || !g_str_has_suffix (folded, nouns[n].suffix))
        continue;
      stem = len - strlen (nouns[n].suffix);
      for (guint e = 0; e < G_N_ELEMENTS (nouns[n].ends) && nouns[n].ends[e] != NULL; e++)
        {
          g_autofree char *base = g_strdup_printf ("%.*s%s", (int) stem, folded,
                                                   nouns[n].ends[e]);
          const RcVerb *verb = rc_verbs_lookup (ctx->verbs, base);

          if (verb != NULL && verb->forms[RC_VERB_FORM_PAST] != NULL)
            return g_ascii_isupper (ctx->entry->text[tokens->tokens[first].start])
                   ? rc_capitalize (verb->forms[RC_VERB_FORM_PAST])
                   : g_strdup (verb->forms[RC_VERB_FORM_PAST]);
        }
    }
  return NULL;
}

static void
run_weak_start (RcStringContext *ctx,
                const RcRule    *rule)
{
  const RcStringEntry *entry = ctx->entry;
  const RcTokens *tokens = ctx->tokens;
  const Params *params = get_params (rule);
  const char *verbs = params->suggest_text;
  g_autofree char *opening = NULL;
  g_autofree char *fix = NULL;
  guint last;

  if (entry->first_word == NULL || (entry->verb_flags & RC_WORD_STRONG) || entry->n_words < 2 ||
      opens_with_action (ctx, ctx->first, FALSE))
    return;

  /* the opening as the reader sees it: "On-call", "1:1s", not "On" and "1"; "Implementation
   * of", which the verb it hides replaces */
  last = opening_end (tokens, ctx->first);
  if (entry->verb < 0 && last == ctx->first && (fix = verb_of_noun (ctx, ctx->first)) != NULL)
    last = ctx->first + 1;
  opening = g_strndup (entry->text + tokens->tokens[ctx->first].start,
                       tokens->tokens[last].end - tokens->tokens[ctx->first].start);

  /* a weak verb comes with its own better ones */
  if (entry->verb >= 0)
    {
      const RcVerb *verb = &g_array_index (ctx->verbs->verbs, RcVerb, entry->verb);

      if (verb->instead_text != NULL && *verb->instead_text != '\0')
        verbs = verb->instead_text;
    }
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, entry->pointer,
                                         entry->first_start,
                                         MAX (entry->first_end, tokens->tokens[last].cend),
                                         opening, fix, "verbs", verbs, NULL));
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

/* does a sentence start at token @i: the string's first word, or one after . ! ? and a space */
static gboolean
starts_sentence (const RcStringContext *ctx,
                 guint                  i)
{
  const RcTokens *tokens = ctx->tokens;

  if (i == ctx->first)
    return TRUE;
  if (i < ctx->first || (tokens->tokens[i].flags & (RC_TOKEN_WORD | RC_TOKEN_SPACE_BEFORE)) !=
                        (RC_TOKEN_WORD | RC_TOKEN_SPACE_BEFORE) ||
      (tokens->tokens[i - 1].flags & RC_TOKEN_WORD))
    return FALSE;
  return rc_check_token_is (tokens, i - 1, ".") || rc_check_token_is (tokens, i - 1, "!") ||
         rc_check_token_is (tokens, i - 1, "?");
}

/* "was built", "were migrated", "is being rolled out", "was quickly adopted"; not in a sentence
 * that opens with the action ("Formalized the RFC process; 70 RFCs were reviewed"), and not a
 * natural passive ("was promoted") */
static void
run_passive (RcStringContext *ctx,
             const RcRule    *rule)
{
  const RcTokens *tokens = ctx->tokens;
  gboolean action = FALSE;

  if (!(ctx->word_flags & RC_WORD_AUX))
    return;
  for (guint i = 0; i + 1 < tokens->n_tokens; i++)
    {
      guint j = i + 1;
      char *text;

      /* "Was hired to rebuild the store after the old theme stopped being maintained" */
      if (starts_sentence (ctx, i))
        action = opens_with_action (ctx, i, TRUE) ||
                 (is_aux (ctx, i) && is_natural_passive (ctx, i + 1));
      if (action || !is_aux (ctx, i))
        continue;
      /* an adverb or "being" may stand between */
      while (j < tokens->n_tokens && j < i + 3 &&
             (g_str_has_suffix (rc_tokens_folded (tokens, j), "ly") ||
              rc_check_token_is (tokens, j, "being") || rc_check_token_is (tokens, j, "not") ||
              rc_check_token_is (tokens, j, "also")) &&
             !is_participle (ctx, j))
        j++;
      if (j >= tokens->n_tokens || !is_participle (ctx, j) || is_natural_passive (ctx, j))
        continue;

      text = g_strndup (ctx->entry->text + tokens->tokens[i].start,
                        tokens->tokens[j].end - tokens->tokens[i].start);
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer,
                                             tokens->tokens[i].cstart, tokens->tokens[j].cend,
                                             text, NULL, NULL));
      g_free (text);
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

/* The next word of @text (as printed) from byte *@at, case-folded into @word (@size bytes); a
 * comma before it sets @comma. FALSE at the end, at a word too long to be in a list, or at
 * other punctuation ("Design: …", "Design – …"), which makes what came before a label. */
static gboolean
next_word (const char *text,
           gsize      *at,
           char       *word,
           gsize       size,
           gboolean   *comma)
{
  const char *p = text + *at;
  const char *start;
  g_autofree char *folded = NULL;

  *comma = FALSE;
  for (;; p = g_utf8_next_char (p))
    if (*p == ',' && !*comma)
      *comma = TRUE;
    else if (!g_unichar_isspace (g_utf8_get_char (p)))
      break;
  start = p;
  while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '\''))
    p = g_utf8_next_char (p);
  if (p == start)
    return FALSE;
  folded = g_utf8_casefold (start, p - start);
  if (strlen (folded) >= size)
    return FALSE;
  strcpy (word, folded);
  *at = (gsize) (p - text);
  return TRUE;
}

/* An opening present form (base, -s or -ing) read by the words after it: a verb when they
 * show it ("Design the API", "Mentor two engineers", "Builds …", "Design and build …"), none
 * when they make it a noun or a label ("Design and implementation of", "Code review", "Lead
 * architect", "Test automation") or leave it in doubt */
static Tense
read_present (RcCheckContext      *ctx,
              const RcStringEntry *entry)
{
  const RcVerbs *verbs = ctx->verbs;
  char next[32], then[32];
  gsize at = entry->printed_next;
  gboolean comma, ignored;
  guint forms;

  ctx->used_words = TRUE;
  if (!next_word (entry->printed, &at, next, sizeof next, &comma) ||
      g_hash_table_contains (verbs->noun_after, next))
    return TENSE_NONE;
  if (comma || strcmp (next, "and") == 0)
    {
      /* "Design, build and run": another verb, not "and code review"; "Build and shipped" mixes
       * tenses inside the bullet, which grammar.mixed-tense says */
      if ((!comma && !next_word (entry->printed, &at, next, sizeof next, &ignored)) ||
          rc_verbs_lookup_form (verbs, next, &forms) == NULL ||
          ((forms & RC_FORM_PAST) && !(forms & RC_FORMS_PRESENT)))
        return TENSE_NONE;
      return next_word (entry->printed, &at, then, sizeof then, &ignored) &&
             g_hash_table_contains (verbs->noun_after, then) ? TENSE_NONE : TENSE_PRESENT;
    }
  if ((entry->verb_forms & RC_FORM_S) || g_ascii_isdigit (next[0]) ||
      g_hash_table_contains (verbs->verb_evidence, next))
    return TENSE_PRESENT;
  return TENSE_NONE;
}

static Tense
entry_tense (RcCheckContext      *ctx,
             const RcRule        *rule,
             const RcStringEntry *entry,
             gboolean             current)
{
  guint8 forms = entry->verb_forms;

  if (entry->verb < 0 || (entry->verb_flags & RC_WORD_AMBIGUOUS) || rc_rule_skips (rule, entry))
    return TENSE_NONE;
  if ((forms & RC_FORM_PAST) && !(forms & RC_FORMS_PRESENT))
    return TENSE_PAST;
  if (!(forms & RC_FORMS_PRESENT) || (forms & (RC_FORM_PAST | RC_FORM_PARTICIPLE)))
    return TENSE_NONE;
  /* "Leading the redesign" in a current role is ongoing, and right */
  if (current && !(forms & (RC_FORM_BASE | RC_FORM_S)))
    return TENSE_NONE;
  return read_present (ctx, entry);
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
  switch (rc_date_read (end, &date))
    {
    case RC_DATE_ONGOING:
      return TRUE;
    case RC_DATE_UNREADABLE:
      return FALSE;
    case RC_DATE_ISO:
    case RC_DATE_WRITTEN:
    default:
      break;
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

/* whether the role of the highlights at @first has not ended */
static gboolean
entry_is_current (RcCheckContext      *ctx,
                  const RcStringEntry *first)
{
  JsonArray *section = root_array (ctx, rc_section_get_info ((RcSection) first->section)->id);
  JsonObject *role = section != NULL && (guint) first->entry < json_array_get_length (section)
                     ? rc_json_get_element_object (section, (guint) first->entry) : NULL;

  return role == NULL || role_is_current (ctx, role);
}

/* does verb @verb open one of the role's highlights [@from, @to) in @tense? */
static gboolean
opens_in (RcCheckContext *ctx,
          const RcRule   *rule,
          guint           from,
          guint           to,
          gint32          verb,
          Tense           tense,
          gboolean        current)
{
  for (guint k = from; k < to; k++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, k);

      if (entry->verb == verb && entry_tense (ctx, rule, entry, current) == tense)
        return TRUE;
    }
  return FALSE;
}

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
      gboolean current;
      Tense majority = TENSE_NONE;

      if (first->field != RC_FIELD_HIGHLIGHTS ||
          !section_selected (params, defaults, first->section))
        {
          i++;
          continue;
        }
      current = entry_is_current (ctx, first);
      for (; end < ctx->strings->len; end++)
        {
          const RcStringEntry *entry = g_ptr_array_index (ctx->strings, end);
          Tense tense;

          if (entry->section != first->section || entry->entry != first->entry ||
              entry->field != RC_FIELD_HIGHLIGHTS)
            break;
          tense = entry_tense (ctx, rule, entry, current);
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
        }

      if (!current || past > present)
        majority = TENSE_PAST;
      else if (present > past)
        majority = TENSE_PRESENT;

      if ((current && past > 0 && present > 0) || (!current && present > 0))
        for (guint k = i; k < end; k++)
          {
            const RcStringEntry *entry = g_ptr_array_index (ctx->strings, k);
            Tense tense = entry_tense (ctx, rule, entry, current);
            g_autofree char *fix = NULL;

            /* a current role may say what is done in the past and what goes on in the present;
             * what reads badly is "Design the API" next to "Designed the schema" */
            if (tense == TENSE_NONE || tense == majority ||
                (current && !opens_in (ctx, rule, i, end, entry->verb, majority, current)))
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
  { "tense", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_VERBS | RC_DEPENDS_JSON | RC_DEPENDS_TODAY,
    parse_tense, rc_checks_params_free, NULL, NULL, run_tense },
  { NULL },
};
