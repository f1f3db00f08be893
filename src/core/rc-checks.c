/* rc-checks.c — the built-in checks: what rules need code for, parameterised by data
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-date.h"
#include "rc-engine-private.h"
#include "rc-json-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */

/* Fills {name} placeholders in one pass: {match} with @match (nullable: ""), then from the
 * name, value pairs of @args, which is copied so that the advice can read it again */
static char *
format_with_match (const char *template,
                   const char *match,
                   va_list     args)
{
  const char *names[16] = { "match" };
  const char *values[16] = { match != NULL ? match : "" };
  guint n = 1;
  const char *name;
  const char *brace;
  GString *out;
  va_list copy;

  if (template == NULL)
    return NULL;
  brace = strchr (template, '{');
  if (brace == NULL)
    return g_strdup (template);

  G_VA_COPY (copy, args);
  while ((name = va_arg (copy, const char *)) != NULL)
    {
      const char *value = va_arg (copy, const char *);

      if (n < G_N_ELEMENTS (names))
        {
          names[n] = name;
          values[n++] = value != NULL ? value : "";
        }
    }
  va_end (copy);

  out = g_string_sized_new (strlen (template) + 64);
  g_string_append_len (out, template, brace - template);
  for (const char *p = brace; *p != '\0'; p++)
    {
      const char *close;
      gboolean done = FALSE;

      if (*p == '{' && (close = strchr (p + 1, '}')) != NULL)
        for (guint i = 0; i < n && !done; i++)
          if (strncmp (names[i], p + 1, (gsize) (close - p - 1)) == 0 &&
              names[i][close - p - 1] == '\0')
            {
              g_string_append (out, values[i]);
              p = close;
              done = TRUE;
            }
      if (!done)
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static RcFinding *
make_finding (const RcRule *rule,
              const char   *message,
              const char   *advice,
              RcLevel       level,
              const char   *pointer,
              guint         start,
              guint         end,
              const char   *match,
              const char   *fix,
              va_list       args)
{
  RcFinding *finding = rc_finding_new (rule->info.id, level, pointer, start, end);

  /* the rule's own wording was translated once, when it was loaded */
  finding->message = format_with_match (message == rule->info.message ? rule->message
                                        : rc_rule_translate (rule, message), match, args);
  finding->advice = format_with_match (advice == rule->info.advice ? rule->advice
                                       : rc_rule_translate (rule, advice), match, args);
  finding->fix = g_strdup (fix);
  finding->tip = g_strdup (rule->info.tip);
  finding->match = g_strdup (match);
  return finding;
}

RcFinding *
rc_rule_make_finding (const RcRule *rule,
                      RcLevel       level,
                      const char   *pointer,
                      guint         start,
                      guint         end,
                      const char   *match,
                      const char   *fix,
                      ...)
{
  RcFinding *finding;
  va_list args;

  va_start (args, fix);
  finding = make_finding (rule, rule->info.message, rule->info.advice, level, pointer, start,
                          end, match, fix, args);
  va_end (args);
  return finding;
}

/* A finding of @rule worded by one of its variants: params.variants[@variant] gives
 * "message" and "advice" that replace the rule's own (either may be left out). */
static RcFinding *
rc_rule_make_variant (const RcRule *rule,
                      const char   *variant,
                      RcLevel       level,
                      const char   *pointer,
                      guint         start,
                      guint         end,
                      const char   *match,
                      const char   *fix,
                      ...) G_GNUC_NULL_TERMINATED;

static RcFinding *
rc_rule_make_variant (const RcRule *rule,
                      const char   *variant,
                      RcLevel       level,
                      const char   *pointer,
                      guint         start,
                      guint         end,
                      const char   *match,
                      const char   *fix,
                      ...)
{
  JsonObject *variants = rc_json_get_member_object (rule->params, "variants");
  JsonObject *wording = rc_json_get_member_object (variants, variant);
  const char *message = rc_json_get_member_string (wording, "message");
  const char *advice = rc_json_get_member_string (wording, "advice");
  RcFinding *finding;
  va_list args;

  va_start (args, fix);
  finding = make_finding (rule, message != NULL ? message : rule->info.message,
                          advice != NULL ? advice : rule->info.advice,
                          level, pointer, start, end, match, fix, args);
  va_end (args);
  return finding;
}

char *
rc_verbs_suggest (const RcVerbs      *verbs,
                  const char * const *bases,
                  guint               max)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; bases != NULL && bases[i] != NULL && n < max; i++)
    {
      const RcVerb *verb = rc_verbs_lookup (verbs, bases[i]);
      g_autofree char *past = NULL;

      if (verb == NULL)
        continue;
      past = rc_capitalize (verb->forms[RC_VERB_FORM_PAST]);
      if (n > 0)
        g_string_append (out, ", ");
      g_string_append (out, past);
      n++;
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------------------------ */
/* Parameters                                                                                  */

typedef struct
{
  guint    sections;     /* bits of RcSection; 0: the check's default */
  gdouble  share;
  gint     min;
  gint     max;
  gint     min_bullets;
  gint     limit;
  gint     junior_years;
  gint     junior_max;
  char    *pointer;
  char    *each;
  char    *field;
  char   **words;        /* number words, auxiliaries, networks… */
  char   **more_words;   /* year context */
  char   **versions;     /* words a version number follows */
  char   **more_words2;  /* words a number must not come before */
  char   **suggest;      /* verbs to offer */
  char    *suggest_text; /* …written out: "Built, Cut, Led" */
} Params;

static void
params_free (gpointer data)
{
  Params *params = data;

  g_free (params->pointer);
  g_free (params->each);
  g_free (params->field);
  g_strfreev (params->words);
  g_strfreev (params->more_words);
  g_strfreev (params->versions);
  g_strfreev (params->more_words2);
  g_strfreev (params->suggest);
  g_free (params->suggest_text);
  g_free (params);
}

static gboolean
param_error (GError    **error,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
param_error (GError    **error,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID,
                                                format, args));
  va_end (args);
  return FALSE;
}

/* params.variants: each an object whose "message" and "advice", if there, are text */
static gboolean
check_variants (JsonNode  *node,
                GError   **error)
{
  JsonObject *variants = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autoptr(GList) names = variants != NULL ? json_object_get_members (variants) : NULL;

  if (variants == NULL)
    return param_error (error, _("“params.variants” must be an object"));

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonObject *wording = rc_json_get_member_object (variants, name);
      g_autoptr(GList) members = wording != NULL ? json_object_get_members (wording) : NULL;

      if (wording == NULL)
        return param_error (error, _("“params.variants.%s” must be an object"), name);
      for (GList *m = members; m != NULL; m = m->next)
        {
          const char *member = m->data;
          const char *text = rc_json_get_member_string (wording, member);

          if (strcmp (member, "message") != 0 && strcmp (member, "advice") != 0)
            return param_error (error, _("“params.variants.%s” has an unknown field “%s”"),
                                name, member);
          if (text == NULL || *text == '\0')
            return param_error (error, _("“params.variants.%s.%s” must be a non-empty string"),
                                name, member);
        }
    }
  return TRUE;
}

/* Reads @params into a new Params, accepting only @allowed names (and "variants"). */
static Params *
read_params (JsonObject          *params,
             const char * const  *allowed,
             GError             **error)
{
  Params *out = g_new0 (Params, 1);
  g_autoptr(GList) members = NULL;

  out->share = 0.5;
  out->min = out->max = out->min_bullets = out->limit = -1;
  out->junior_years = out->junior_max = -1;
  if (params == NULL)
    return out;

  members = json_object_get_members (params);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (params, name);
      gboolean is_int = JSON_NODE_HOLDS_VALUE (node) &&
                        json_node_get_value_type (node) == G_TYPE_INT64 &&
                        json_node_get_int (node) >= 0 && json_node_get_int (node) <= 100000;
      gboolean is_string = JSON_NODE_HOLDS_VALUE (node) &&
                           json_node_get_value_type (node) == G_TYPE_STRING;

      if (strcmp (name, "variants") == 0)
        {
          if (!check_variants (node, error))
            goto fail;
          continue;
        }
      if (!g_strv_contains (allowed, name))
        {
          param_error (error, _("unknown parameter “%s”"), name);
          goto fail;
        }

#define INT_PARAM(key, field) \
      if (strcmp (name, key) == 0) \
        { \
          if (!is_int) \
            { \
              param_error (error, _("parameter “%s” must be a whole number"), name); \
              goto fail; \
            } \
          out->field = (gint) json_node_get_int (node); \
          continue; \
        }
#define STRING_PARAM(key, field) \
      if (strcmp (name, key) == 0) \
        { \
          if (!is_string || *json_node_get_string (node) == '\0') \
            { \
              param_error (error, _("parameter “%s” must be a non-empty string"), name); \
              goto fail; \
            } \
          out->field = g_strdup (json_node_get_string (node)); \
          continue; \
        }
#define WORDS_PARAM(key, field) \
      if (strcmp (name, key) == 0) \
        { \
          JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL; \
          GPtrArray *words = g_ptr_array_new (); \
          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++) \
            { \
              JsonNode *item = json_array_get_element (array, i); \
              if (!JSON_NODE_HOLDS_VALUE (item) || \
                  json_node_get_value_type (item) != G_TYPE_STRING) \
                { \
                  array = NULL; \
                  break; \
                } \
              g_ptr_array_add (words, g_strdup (json_node_get_string (item))); \
            } \
          g_ptr_array_add (words, NULL); \
          out->field = (char **) g_ptr_array_free (words, FALSE); \
          if (array == NULL) \
            { \
              param_error (error, _("parameter “%s” must be a list of strings"), name); \
              goto fail; \
            } \
          continue; \
        }

      INT_PARAM ("min", min)
      INT_PARAM ("max", max)
      INT_PARAM ("min-bullets", min_bullets)
      INT_PARAM ("limit", limit)
      INT_PARAM ("junior-years", junior_years)
      INT_PARAM ("junior-max", junior_max)
      STRING_PARAM ("pointer", pointer)
      STRING_PARAM ("each", each)
      STRING_PARAM ("field", field)
      WORDS_PARAM ("words", words)
      WORDS_PARAM ("number-words", words)
      WORDS_PARAM ("auxiliaries", words)
      WORDS_PARAM ("networks", words)
      WORDS_PARAM ("categories", words)
      WORDS_PARAM ("year-context", more_words)
      WORDS_PARAM ("versions", versions)
      WORDS_PARAM ("not-before", more_words2)
      WORDS_PARAM ("suggest", suggest)

      if (strcmp (name, "min-share") == 0)
        {
          if (!JSON_NODE_HOLDS_VALUE (node) ||
              (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
               json_node_get_value_type (node) != G_TYPE_INT64) ||
              json_node_get_double (node) < 0 || json_node_get_double (node) > 1)
            {
              param_error (error, _("parameter “%s” must be a number from 0 to 1"), name);
              goto fail;
            }
          out->share = json_node_get_double (node);
          continue;
        }
      if (strcmp (name, "implied-by") == 0)
        {
          gboolean ok = JSON_NODE_HOLDS_OBJECT (node);
          g_autoptr(GList) ids = ok ? json_object_get_members (json_node_get_object (node)) : NULL;

          for (GList *k = ids; k != NULL && ok; k = k->next)
            ok = JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (node),
                                                                k->data));
          if (!ok)
            {
              param_error (error, _("parameter “implied-by” maps skill ids to lists of skill ids"));
              goto fail;
            }
          continue;
        }
      if (strcmp (name, "sections") == 0)
        {
          JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
            {
              RcSection section;

              if (!rc_section_from_name (json_array_get_string_element (array, i), &section))
                {
                  param_error (error, _("parameter “sections” names an unknown section"));
                  goto fail;
                }
              out->sections |= 1u << section;
            }
          if (array == NULL)
            {
              param_error (error, _("parameter “sections” must be a list of section names"));
              goto fail;
            }
          continue;
        }

#undef INT_PARAM
#undef STRING_PARAM
#undef WORDS_PARAM
      g_assert_not_reached ();
    }
  return out;

fail:
  params_free (out);
  return NULL;
}

#define PARSE_WITH(...) \
  { \
    static const char * const allowed[] = { __VA_ARGS__, NULL }; \
    Params *p = read_params (params, allowed, error); \
    if (p == NULL) \
      return FALSE; \
    rule->check_data = p; \
    return TRUE; \
  }

static inline Params *
get_params (const RcRule *rule)
{
  return rule->check_data;
}

static gboolean
section_selected (const Params *params,
                  guint         defaults,
                  RcSection     section)
{
  guint sections = params->sections != 0 ? params->sections : defaults;

  return (sections & (1u << section)) != 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Facts every string gets                                                                     */

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

static gboolean
token_is (const RcTokens *tokens,
          guint           i,
          const char     *folded)
{
  return i < tokens->n_tokens && strcmp (rc_tokens_folded (tokens, i), folded) == 0;
}

static gboolean
mention_ends_at (const RcStringEntry *entry,
                 guint                cend)
{
  for (guint m = 0; m < entry->n_mentions; m++)
    if (entry->mentions[m].end == cend)
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

/* @not_before (nullable): words after which a number does not count ("years" of experience) */
static gboolean
detect_metric (const RcStringContext *ctx,
               char                 **not_before)
{
  const RcTokens *tokens = ctx->tokens;

  for (guint i = 0; i < tokens->n_tokens; i++)
    {
      const RcToken *t = &tokens->tokens[i];
      const RcWord *word = rc_compiled_word (ctx->compiled, t->lex);
      const char *folded = rc_tokens_folded (tokens, i);
      const RcToken *prev = i > 0 ? &tokens->tokens[i - 1] : NULL;
      const RcWord *prev_word = prev != NULL ? rc_compiled_word (ctx->compiled, prev->lex) : NULL;
      gboolean glued;

      if (word != NULL && (word->flags & RC_WORD_NUMBER) && !word_follows (tokens, i, not_before))
        return TRUE;
      if (!(t->flags & RC_TOKEN_DIGIT) || !is_metric_word (folded, t->fold_len) ||
          word_follows (tokens, i, not_before))
        continue;

      /* part of a decimal or a ratio already judged by its first part */
      glued = prev != NULL && !(t->flags & RC_TOKEN_SPACE_BEFORE);
      if (glued && (token_is (tokens, i - 1, ".") || token_is (tokens, i - 1, ",")) && i >= 2 &&
          (tokens->tokens[i - 2].flags & RC_TOKEN_DIGIT))
        continue;

      /* a version: HTTP/2, Python 3, Go 1.21, "version 2", v2 (one token, not a metric) */
      if (prev != NULL && glued && token_is (tokens, i - 1, "/"))
        continue;
      if (prev != NULL && (prev->flags & RC_TOKEN_WORD) &&
          ((prev_word != NULL && (prev_word->flags & RC_WORD_VERSION)) ||
           mention_ends_at (ctx->entry, prev->cend)))
        {
          /* "Python 3" is a version; "Python 3x faster" or "Kafka 40%" still counts */
          gboolean unit_after = i + 1 < tokens->n_tokens &&
                                (token_is (tokens, i + 1, "%") || token_is (tokens, i + 1, "x"));

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
                                (token_is (tokens, i + 1, "-") || token_is (tokens, i + 1, "–")) &&
                                tokens->tokens[i + 2].fold_len == 4 &&
                                (tokens->tokens[i + 2].flags & RC_TOKEN_DIGIT)) ||
                               (i >= 2 && (token_is (tokens, i - 1, "-") ||
                                           token_is (tokens, i - 1, "–")) &&
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

  if (first < tokens->n_tokens)
    {
      guint verb_token = first;
      const RcWord *word = rc_compiled_word (ctx->compiled, tokens->tokens[first].lex);

      /* re-architected, co-led: the verb is after the prefix */
      if (word != NULL && (word->flags & RC_WORD_PREFIX) && first + 2 < tokens->n_tokens &&
          token_is (tokens, first + 1, "-") &&
          !(tokens->tokens[first + 1].flags & RC_TOKEN_SPACE_BEFORE) &&
          !(tokens->tokens[first + 2].flags & RC_TOKEN_SPACE_BEFORE) &&
          (tokens->tokens[first + 2].flags & RC_TOKEN_WORD))
        {
          verb_token = first + 2;
          word = rc_compiled_word (ctx->compiled, tokens->tokens[verb_token].lex);
        }

      entry->first_start = tokens->tokens[first].cstart;
      entry->first_end = tokens->tokens[verb_token].cend;
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

    ctx->mentions = taxonomy != NULL ? rc_taxonomy_find (taxonomy, entry->text) : NULL;
    if (ctx->mentions != NULL && ctx->mentions->len > 0)
      {
        entry->n_mentions = ctx->mentions->len;
        entry->mentions = (RcSkillMention *) (void *) ctx->mentions->data;
      }
  }

  entry->has_metric = detect_metric (ctx, NULL);

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
/* String checks                                                                               */

static void
mark_words (RcCompiled  *compiled,
            guint      (*intern) (RcCompiled *, const char *),
            char       **words,
            guint8       flag)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      /* interning may grow the array: index it afterwards */
      guint id = intern (compiled, words[i]);

      g_array_index (compiled->words, RcWord, id).flags |= flag;
    }
}

static void
compile_metric (const RcRule *rule,
                RcCompiled   *compiled,
                guint       (*intern) (RcCompiled *, const char *))
{
  const Params *params = get_params (rule);

  mark_words (compiled, intern, params->words, RC_WORD_NUMBER);
  mark_words (compiled, intern, params->more_words, RC_WORD_YEAR_CONTEXT);
  mark_words (compiled, intern, params->versions, RC_WORD_VERSION);
}

static gboolean
parse_metric (RcRule         *rule,
              JsonObject     *params,
              const RcVerbs  *verbs,
              GError        **error)
PARSE_WITH ("number-words", "year-context", "versions", "not-before", "min")

/* a bullet (or summary) with no number in it */
static void
run_metric (RcStringContext *ctx,
            const RcRule    *rule)
{
  const Params *params = get_params (rule);
  guint min_words = params->min >= 0 ? (guint) params->min : 3;

  if (ctx->entry->n_words < min_words ||
      (params->more_words2 == NULL ? ctx->entry->has_metric
                                   : detect_metric (ctx, params->more_words2)))
    return;
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer, 0, 0,
                                         NULL, NULL, NULL));
}

static gboolean
parse_weak_start (RcRule         *rule,
                  JsonObject     *params,
                  const RcVerbs  *verbs,
                  GError        **error)
{
  static const char * const allowed[] = { "suggest", NULL };
  Params *p = read_params (params, allowed, error);

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
              token_is (tokens, j, "being") || token_is (tokens, j, "not") ||
              token_is (tokens, j, "also")) &&
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
/* Document checks: helpers                                                                    */

static JsonArray *
root_array (RcCheckContext *ctx,
            const char     *member)
{
  return rc_json_get_member_array (ctx->root, member);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
add (RcCheckContext *ctx,
     RcFinding      *finding)
{
  g_ptr_array_add (ctx->findings, finding);
}

static char *
uint_string (guint value)
{
  return g_strdup_printf ("%u", value);
}

/* a whole string as the span: its text is the match, so an ignore lapses when it changes */
static RcFinding *
whole_string (const RcRule        *rule,
              const char          *variant,
              const RcStringEntry *entry,
              const char          *fix,
              const char          *name,
              const char          *value)
{
  return rc_rule_make_variant (rule, variant, rule->info.level, entry->pointer, 0,
                               entry->n_chars, entry->text, fix, name, value, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Document checks                                                                             */

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
  guint total = 0, with = 0;
  guint min_bullets = params->min_bullets >= 0 ? (guint) params->min_bullets : 3;
  g_autofree char *count = NULL, *all = NULL, *percent = NULL;
  const char *pointer = "/work";

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->field != RC_FIELD_HIGHLIGHTS || entry->n_words < 3 ||
          !section_selected (params, 1u << RC_SECTION_WORK, entry->section))
        continue;
      total++;
      if (entry->has_metric)
        with++;
    }

  if (total < min_bullets || (gdouble) with >= params->share * (gdouble) total)
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
parse_repeated (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("sections", "max")

static void
run_repeated (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max = params->max >= 0 ? (guint) params->max : 2;
  guint defaults = (1u << RC_SECTION_WORK) | (1u << RC_SECTION_VOLUNTEER);
  guint n_verbs = ctx->verbs->verbs->len;
  g_autofree guint *counts = NULL;
  guint *seen;
  g_autofree char **offers = NULL;
  gboolean any = FALSE;

  counts = g_new0 (guint, n_verbs * 2);
  seen = counts + n_verbs;
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->field != RC_FIELD_HIGHLIGHTS || entry->verb < 0 ||
          !section_selected (params, defaults, entry->section))
        continue;
      any |= ++counts[entry->verb] > max;
    }
  if (!any)
    return;

  offers = g_new0 (char *, n_verbs);
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);
      char count[16];

      if (entry->field != RC_FIELD_HIGHLIGHTS || entry->verb < 0 ||
          !section_selected (params, defaults, entry->section))
        continue;
      if (counts[entry->verb] <= max || ++seen[entry->verb] <= max)
        continue;

      /* offer verbs of the same family that no bullet opens with yet */
      if (offers[entry->verb] == NULL)
        {
          const RcVerb *verb = &g_array_index (ctx->verbs->verbs, RcVerb, entry->verb);
          const char *others[5] = { NULL };
          guint n = 0;

          if (verb->category >= 0)
            {
              const RcVerbCategory *category = g_ptr_array_index (ctx->verbs->categories,
                                                                  verb->category);

              for (guint v = 0; v < category->verbs->len && n < 4; v++)
                {
                  guint index = g_array_index (category->verbs, guint, v);

                  if (index != (guint) entry->verb && counts[index] == 0)
                    others[n++] = g_array_index (ctx->verbs->verbs, RcVerb, index).forms[0];
                }
            }
          offers[entry->verb] = rc_verbs_suggest (ctx->verbs, others, 4);
        }
      g_snprintf (count, sizeof count, "%u", counts[entry->verb]);
      add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer,
                                      entry->first_start, entry->first_end, entry->first_word,
                                      NULL, "count", count, "verbs", offers[entry->verb], NULL));
    }
  for (guint v = 0; v < n_verbs; v++)
    g_free (offers[v]);
}

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

      section = root_array (ctx, rc_section_name ((RcSection) first->section));
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

static const RcStringEntry *
find_summary (RcCheckContext *ctx)
{
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->section == RC_SECTION_BASICS && entry->field == RC_FIELD_SUMMARY)
        return entry;
      if (entry->section != RC_SECTION_BASICS)
        break;
    }
  return NULL;
}

static gboolean
parse_nothing (RcRule         *rule,
               JsonObject     *params,
               const RcVerbs  *verbs,
               GError        **error)
{
  static const char * const allowed[] = { NULL };
  Params *p = read_params (params, allowed, error);

  if (p == NULL)
    return FALSE;
  rule->check_data = p;
  return TRUE;
}

/* the summary names none of the skills the resume itself lists or shows */
static void
run_summary_skills (RcCheckContext *ctx,
                    const RcRule   *rule)
{
  const RcStringEntry *summary = find_summary (ctx);
  gboolean own = ctx->n_skills[RC_SKILL_LISTED] > 0 || ctx->n_skills[RC_SKILL_EVIDENCE] > 0;

  if (summary == NULL || summary->n_words < 3)
    return;
  for (guint m = 0; m < summary->n_mentions; m++)
    {
      const RcSkill *skill = summary->mentions[m].skill;

      if (!skill->hard)
        continue;
      if (!own || rc_skill_counted (ctx->skills, skill->id, RC_SKILL_LISTED) ||
          rc_skill_counted (ctx->skills, skill->id, RC_SKILL_EVIDENCE))
        return;
    }
  add (ctx, rc_rule_make_finding (rule, rule->info.level, summary->pointer, 0, 0, NULL, NULL,
                                  NULL));
}

/* a skills-section string: a keyword, or a group's name when the group lists no keywords */
static gboolean
is_listed_skill (RcCheckContext      *ctx,
                 guint                i)
{
  const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

  if (entry->section != RC_SECTION_SKILLS)
    return FALSE;
  if (entry->field == RC_FIELD_KEYWORDS)
    return TRUE;
  if (i + 1 < ctx->strings->len)
    {
      const RcStringEntry *next = g_ptr_array_index (ctx->strings, i + 1);

      if (next->section == RC_SECTION_SKILLS && next->entry == entry->entry &&
          next->field == RC_FIELD_KEYWORDS)
        return FALSE;
    }
  return TRUE;
}

/* every word of @entry in some evidence string; @words is built on first use */
static gboolean
words_in_evidence (RcCheckContext       *ctx,
                   const RcStringEntry  *entry,
                   GHashTable          **words)
{
  if (*words == NULL)
    {
      *words = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < ctx->strings->len; i++)
        {
          const RcStringEntry *other = g_ptr_array_index (ctx->strings, i);

          if (other->evidence)
            for (guint h = 0; h < other->n_hashes; h++)
              g_hash_table_add (*words, GUINT_TO_POINTER (other->hashes[h]));
        }
    }
  for (guint h = 0; h < entry->n_hashes; h++)
    if (!g_hash_table_contains (*words, GUINT_TO_POINTER (entry->hashes[h])))
      return FALSE;
  return entry->n_hashes > 0;
}

static gboolean
parse_evidence (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("max", "implied-by")

/* SQL is shown in use by a bullet on PostgreSQL: params.implied-by lists such skills */
static gboolean
implied_in_evidence (RcCheckContext *ctx,
                     const RcRule   *rule,
                     const char     *id)
{
  JsonNode *map = json_object_get_member (rule->params, "implied-by");
  JsonNode *list;
  JsonArray *array;

  if (map == NULL || (list = json_object_get_member (json_node_get_object (map), id)) == NULL)
    return FALSE;
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *skill = rc_json_get_string (json_array_get_element (array, i));

      if (rc_skill_counted (ctx->skills, skill, RC_SKILL_EVIDENCE))
        return TRUE;
    }
  return FALSE;
}

/* skills.no-context: a listed skill no bullet, summary of a role or project shows in use */
static void
run_evidence (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max_words = params->max >= 0 ? (guint) params->max : 3;
  g_autoptr(GHashTable) words = NULL;

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);
      gboolean shown = FALSE, hard = FALSE;

      if (!is_listed_skill (ctx, i) || entry->n_words == 0)
        continue;
      if (entry->n_mentions > 0)
        {
          for (guint m = 0; m < entry->n_mentions && !shown; m++)
            {
              const RcSkill *skill = entry->mentions[m].skill;

              hard |= skill->hard;
              shown = rc_skill_counted (ctx->skills, skill->id, RC_SKILL_EVIDENCE) ||
                      (rule->params != NULL && implied_in_evidence (ctx, rule, skill->id));
            }
          if (!hard)
            continue;
        }
      else
        {
          /* a skill the taxonomy does not know: its words in some bullet */
          if (entry->n_words > max_words)
            continue;
          shown = words_in_evidence (ctx, entry, &words);
          ctx->used_words = TRUE;
        }
      if (!shown)
        add (ctx, whole_string (rule, NULL, entry, NULL, NULL, NULL));
    }
}

/* skills.language-without-framework */
static void
run_language_framework (RcCheckContext *ctx,
                        const RcRule   *rule)
{
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (!is_listed_skill (ctx, i))
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkill *skill = entry->mentions[m].skill;
          gboolean has = FALSE;
          GString *names;
          guint n = 0;

          if (g_strcmp0 (skill->category, "language") != 0 || skill->frameworks == NULL ||
              skill->frameworks[0] == NULL || !g_hash_table_add (done, (gpointer) skill->id))
            continue;
          for (guint f = 0; skill->frameworks[f] != NULL && !has; f++)
            has = rc_skill_counted (ctx->skills, skill->frameworks[f], RC_SKILL_LISTED) ||
                  rc_skill_counted (ctx->skills, skill->frameworks[f], RC_SKILL_PROSE);
          if (has)
            continue;

          names = g_string_new (NULL);
          for (guint f = 0; skill->frameworks[f] != NULL && n < 3; f++)
            {
              const RcSkill *framework = rc_taxonomy_get_skill (ctx->taxonomy,
                                                                skill->frameworks[f]);

              if (framework == NULL)
                continue;
              if (n > 0)
                g_string_append (names, ", ");
              g_string_append (names, framework->name);
              n++;
            }
          {
            g_autofree char *frameworks = g_string_free (names, FALSE);
            g_autofree char *match = g_strndup (entry->text +
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].start),
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].end) -
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].start));

            add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer,
                                            entry->mentions[m].start, entry->mentions[m].end,
                                            match, NULL, "skill", skill->name,
                                            "frameworks", frameworks, NULL));
          }
        }
    }
}

static gboolean
parse_unlisted (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("categories")

/* skills.unlisted: a technology a bullet uses that the skills section leaves out */
static void
run_unlisted (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  g_autoptr(GHashTable) done = NULL;

  if (root_array (ctx, "skills") == NULL || json_array_get_length (root_array (ctx, "skills")) == 0)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (!entry->evidence)
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkillMention *mention = &entry->mentions[m];
          gsize from, to;
          g_autofree char *match = NULL;

          if (!mention->skill->hard ||
              rc_skill_counted (ctx->skills, mention->skill->id, RC_SKILL_LISTED) ||
              rc_skill_counted (ctx->skills, mention->skill->parent, RC_SKILL_LISTED) ||
              (params->words != NULL &&
               !g_strv_contains ((const char * const *) params->words, mention->skill->category)) ||
              !g_hash_table_add (done, (gpointer) mention->skill->id))
            continue;
          from = rc_text_char_to_byte (entry->text, entry->len, mention->start);
          to = rc_text_char_to_byte (entry->text, entry->len, mention->end);
          match = g_strndup (entry->text + from, to - from);
          add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer, mention->start,
                                          mention->end, match, NULL,
                                          "skill", mention->skill->name, NULL));
        }
    }
}

/* Follows @tokens from the root; @reached (nullable) is how many it could follow */
static JsonNode *
lookup_tokens (JsonObject  *root,
               char       **tokens,
               guint       *reached)
{
  JsonNode *node = NULL;
  JsonObject *object = root;
  guint i;

  for (i = 0; tokens[i] != NULL; i++)
    {
      JsonNode *next = object != NULL ? json_object_get_member (object, tokens[i]) : NULL;

      if (next == NULL || JSON_NODE_HOLDS_NULL (next))
        {
          node = NULL;
          break;
        }
      node = next;
      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }
  if (reached != NULL)
    *reached = i;
  return node;
}

static char *
join_tokens (char **tokens,
             guint  n)
{
  GString *pointer = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (pointer, '/');
      g_string_append (pointer, tokens[i]);
    }
  return g_string_free (pointer, FALSE);
}

static gboolean
node_is_empty (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_length (json_node_get_array (node)) == 0;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_object_get_size (json_node_get_object (node)) == 0;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return is_blank (json_node_get_string (node));
  return FALSE;
}

static gboolean
parse_missing (RcRule         *rule,
               JsonObject     *params,
               const RcVerbs  *verbs,
               GError        **error)
{
  static const char * const allowed[] = { "pointer", "each", "field", NULL };
  Params *p = read_params (params, allowed, error);

  if (p == NULL)
    return FALSE;
  rule->check_data = p;
  if ((p->pointer == NULL) == (p->each == NULL) || (p->each != NULL) != (p->field != NULL))
    return param_error (error, _("the check “missing” needs “pointer”, or “each” with "
                                 "“field”"));
  if ((p->pointer != NULL && p->pointer[0] != '/') || (p->each != NULL && p->each[0] != '/'))
    return param_error (error, _("“pointer” and “each” are JSON Pointers: they start with “/”"));
  /* members only (no "~" escapes or list indices): split once */
  p->words = g_strsplit ((p->pointer != NULL ? p->pointer : p->each) + 1, "/", -1);
  return TRUE;
}

/* something that should be there is not: a field, a section, or a field of each entry */
static void
run_missing (RcCheckContext *ctx,
             const RcRule   *rule)
{
  const Params *params = get_params (rule);

  if (params->pointer != NULL)
    {
      guint reached;
      JsonNode *node = lookup_tokens (ctx->root, params->words, &reached);

      if (node_is_empty (node))
        {
          /* the nearest place that exists: the section, or "" for the whole resume */
          g_autofree char *nearest = join_tokens (params->words, reached);

          add (ctx, rc_rule_make_finding (rule, rule->info.level, nearest, 0, 0, NULL, NULL,
                                          NULL));
        }
      return;
    }
  {
    JsonNode *list = lookup_tokens (ctx->root, params->words, NULL);
    JsonArray *array;

    if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
      return;
    array = json_node_get_array (list);
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = rc_json_get_element_object (array, i);
        const char *name;
        g_autofree char *pointer = NULL;

        if (object == NULL || !node_is_empty (json_object_get_member (object, params->field)))
          continue;
        name = rc_json_get_member_string (object, "name");
        if (is_blank (name))
          name = rc_json_get_member_string (object, "position");
        if (is_blank (name))
          name = rc_json_get_member_string (object, "institution");
        pointer = g_strdup_printf ("%s/%u", params->each, i);
        add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                        "name", name != NULL ? name : "", NULL));
      }
  }
}

static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *domain;
  gboolean dot = FALSE;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr ("!#$%&'*+-/=?^_`{|}~.", *p) == NULL)
      return FALSE;
  if (email[0] == '.' || at[-1] == '.' || strstr (email, "..") != NULL)
    return FALSE;
  domain = at + 1;
  if (*domain == '\0' || *domain == '.' || *domain == '-')
    return FALSE;
  for (const char *p = domain; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          if (p[1] == '\0' || p[1] == '.' || p[1] == '-' || p[-1] == '-')
            return FALSE;
          dot = TRUE;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-' && !((guchar) *p >= 0x80))
        return FALSE;
    }
  return dot && g_ascii_isalpha (email[strlen (email) - 1]);
}

/* contact.invalid-email; the fix drops what makes a valid address invalid ("mailto:", spaces) */
static void
run_email (RcCheckContext *ctx,
           const RcRule   *rule)
{
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");
  const char *email = rc_json_get_member_string (basics, "email");
  g_autofree char *cleaned = NULL;
  glong chars;

  if (is_blank (email) || email_is_valid (email))
    return;

  cleaned = g_strstrip (g_strdup (email));
  if (g_ascii_strncasecmp (cleaned, "mailto:", 7) == 0)
    memmove (cleaned, cleaned + 7, strlen (cleaned + 7) + 1);
  if (!email_is_valid (cleaned))
    g_clear_pointer (&cleaned, g_free);

  chars = g_utf8_strlen (email, -1);
  add (ctx, rc_rule_make_finding (rule, rule->info.level, "/basics/email", 0, (guint) chars,
                                  email, cleaned, "fix", cleaned, NULL));
}

static gboolean
parse_profiles (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("networks")

static gboolean
names_network (const Params *params,
               const char   *text)
{
  g_autofree char *folded = NULL;

  if (is_blank (text))
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; params->words != NULL && params->words[i] != NULL; i++)
    if (strstr (folded, params->words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* contact.no-profile: no link to GitHub, LinkedIn or the like */
static void
run_profiles (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");
  JsonArray *profiles = rc_json_get_member_array (basics, "profiles");

  if (names_network (params, rc_json_get_member_string (basics, "url")))
    return;
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = rc_json_get_element_object (profiles, i);

      if (names_network (params, rc_json_get_member_string (profile, "network")) ||
          names_network (params, rc_json_get_member_string (profile, "url")))
        return;
    }
  add (ctx, rc_rule_make_finding (rule, rule->info.level, basics != NULL ? "/basics" : "", 0, 0,
                                  NULL, NULL, NULL));
}

static const char * const date_fields[] = { "startDate", "endDate", "date", "releaseDate" };

/* dates.invalid: not YYYY, YYYY-MM or YYYY-MM-DD, or an end before its start */
static void
run_dates (RcCheckContext *ctx,
           const RcRule   *rule)
{
  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array = root_array (ctx, rc_section_name (section));

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);
          RcDate start, end;
          gboolean have_start = FALSE, have_end = FALSE;

          for (guint f = 0; object != NULL && f < G_N_ELEMENTS (date_fields); f++)
            {
              const char *value = rc_json_get_member_string (object, date_fields[f]);
              g_autofree char *pointer = NULL;
              g_autofree char *folded = NULL;
              RcDate date;

              if (value == NULL || *value == '\0')
                continue;
              if (rc_date_parse (value, &date))
                {
                  if (f == 0)
                    {
                      start = date;
                      have_start = TRUE;
                    }
                  else if (f == 1)
                    {
                      end = date;
                      have_end = TRUE;
                    }
                  continue;
                }
              pointer = g_strdup_printf ("/%s/%u/%s", rc_section_name (section), i,
                                         date_fields[f]);
              folded = g_utf8_casefold (value, -1);
              g_strstrip (folded);
              if (f == 1 && (strcmp (folded, "present") == 0 || strcmp (folded, "current") == 0 ||
                             strcmp (folded, "now") == 0))
                add (ctx, rc_rule_make_variant (rule, "present", rule->info.level, pointer, 0,
                                                (guint) g_utf8_strlen (value, -1), value, "",
                                                NULL));
              else
                add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0,
                                                (guint) g_utf8_strlen (value, -1), value, NULL,
                                                NULL));
            }
          if (have_start && have_end && rc_date_compare (&end, &start) < 0)
            {
              const char *value = rc_json_get_member_string (object, "endDate");
              g_autofree char *pointer = g_strdup_printf ("/%s/%u/endDate",
                                                          rc_section_name (section), i);

              add (ctx, rc_rule_make_variant (rule, "order", rule->info.level, pointer, 0,
                                              (guint) g_utf8_strlen (value, -1), value, NULL,
                                              "start", rc_json_get_member_string (object, "startDate"),
                                              NULL));
            }
        }
    }
}

static gboolean
parse_sections (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("sections")

/* an entry's place in time: its end (none: ongoing), then its start */
static gboolean
entry_dates (JsonObject *object,
             RcDate     *end,
             gboolean   *ongoing,
             RcDate     *start)
{
  const char *end_text = rc_json_get_member_string (object, "endDate");
  const char *start_text = rc_json_get_member_string (object, "startDate");

  *ongoing = is_blank (end_text);
  if (!*ongoing && !rc_date_parse (end_text, end))
    return FALSE;
  if (is_blank (start_text))
    {
      if (*ongoing)
        return FALSE;
      *start = *end;
      return TRUE;
    }
  return rc_date_parse (start_text, start);
}

/* dates.order: each entry should be no newer than the one above it */
static void
run_date_order (RcCheckContext *ctx,
                const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint defaults = (1u << RC_SECTION_WORK) | (1u << RC_SECTION_EDUCATION) |
                   (1u << RC_SECTION_VOLUNTEER);

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array = root_array (ctx, rc_section_name (section));
      RcDate prev_end = { 0 }, prev_start = { 0 };
      gboolean have_prev = FALSE, prev_ongoing = FALSE;

      if (array == NULL || !section_selected (params, defaults, section))
        continue;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);
          RcDate end = { 0 }, start = { 0 };
          gboolean ongoing;
          gboolean newer;

          if (object == NULL || !entry_dates (object, &end, &ongoing, &start))
            continue;
          if (have_prev)
            {
              if (ongoing != prev_ongoing)
                newer = ongoing;
              else if (!ongoing && rc_date_compare (&end, &prev_end) != 0)
                newer = rc_date_compare (&end, &prev_end) > 0;
              else
                newer = rc_date_compare (&start, &prev_start) > 0;
              if (newer)
                {
                  g_autofree char *pointer = g_strdup_printf ("/%s/%u", rc_section_name (section),
                                                              i);
                  const char *name = rc_json_get_member_string (object, "name");

                  if (is_blank (name))
                    name = rc_json_get_member_string (object, "institution");
                  if (is_blank (name))
                    name = rc_json_get_member_string (object, "organization");
                  add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL,
                                                  NULL, "name", name != NULL ? name : "", NULL));
                }
            }
          prev_end = end;
          prev_start = start;
          prev_ongoing = ongoing;
          have_prev = TRUE;
        }
    }
}

static gboolean
parse_pages (RcRule         *rule,
             JsonObject     *params,
             const RcVerbs  *verbs,
             GError        **error)
PARSE_WITH ("max", "junior-max", "junior-years")

/* years from the first role's start to the last one's end (or today) */
static guint
years_of_experience (RcCheckContext *ctx)
{
  JsonArray *work = root_array (ctx, "work");
  guint first = G_MAXUINT, last = 0;

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *role = rc_json_get_element_object (work, i);
      const char *end_text = rc_json_get_member_string (role, "endDate");
      RcDate start, end;
      guint end_months;

      if (role == NULL || !rc_date_parse (rc_json_get_member_string (role, "startDate"), &start))
        continue;
      first = MIN (first, start.year * 12 + MAX (start.month, 1) - 1);
      if (!is_blank (end_text) && rc_date_parse (end_text, &end))
        end_months = end.year * 12 + MAX (end.month, 1) - 1;
      else
        end_months = g_date_get_year (&ctx->today) * 12 + g_date_get_month (&ctx->today) - 1;
      last = MAX (last, end_months);
    }
  return first == G_MAXUINT || last < first ? 0 : (last - first) / 12;
}

/* length.pages: pages as the PDF export lays them out */
static void
run_pages (RcCheckContext *ctx,
           const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max = params->max >= 0 ? (guint) params->max : 2;
  guint junior_max = params->junior_max >= 0 ? (guint) params->junior_max : 1;
  guint junior_years = params->junior_years >= 0 ? (guint) params->junior_years : 10;
  guint pages = rc_engine_check_pages (ctx);
  guint years;
  g_autofree char *pages_text = NULL, *years_text = NULL, *max_text = NULL;

  if (pages <= junior_max)
    return;
  years = years_of_experience (ctx);
  pages_text = uint_string (pages);
  years_text = uint_string (years);
  if (pages > max)
    {
      max_text = uint_string (max);
      add (ctx, rc_rule_make_variant (rule, "too-long", RC_LEVEL_ERROR, "", 0, 0, NULL, NULL,
                                      "pages", pages_text, "years", years_text, "max", max_text,
                                      NULL));
    }
  else if (years < junior_years)
    {
      max_text = uint_string (junior_max);
      add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                      "pages", pages_text, "years", years_text, "max", max_text,
                                      NULL));
    }
}

static gboolean
parse_ats_keywords (RcRule         *rule,
                    JsonObject     *params,
                    const RcVerbs  *verbs,
                    GError        **error)
PARSE_WITH ("limit")

/* ats.missing-keywords: the job's keywords the resume lacks, most important first */
static void
run_ats_keywords (RcCheckContext *ctx,
                  const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint limit = params->limit > 0 ? (guint) params->limit : 8;
  GString *keywords;
  guint n;
  g_autofree char *count = NULL;

  if (ctx->ats == NULL || ctx->ats->missing == NULL || ctx->ats->missing[0] == NULL)
    return;
  n = g_strv_length (ctx->ats->missing);
  keywords = g_string_new (NULL);
  for (guint i = 0; i < n && i < limit; i++)
    {
      if (i > 0)
        g_string_append (keywords, ", ");
      g_string_append (keywords, ctx->ats->missing[i]);
    }
  if (n > limit)
    g_string_append (keywords, ", …");
  count = uint_string (n);
  {
    g_autofree char *list = g_string_free (keywords, FALSE);

    add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                    "keywords", list, "count", count, NULL));
  }
}

static gboolean
parse_ats_match (RcRule         *rule,
                 JsonObject     *params,
                 const RcVerbs  *verbs,
                 GError        **error)
PARSE_WITH ("min")

static void
run_ats_match (RcCheckContext *ctx,
               const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint min = params->min >= 0 ? (guint) params->min : 75;
  g_autofree char *percent = NULL, *min_text = NULL;

  if (ctx->ats == NULL || ctx->ats->match >= min)
    return;
  percent = uint_string (ctx->ats->match);
  min_text = uint_string (min);
  add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                  "percent", percent, "min", min_text, NULL));
}

static gboolean
parse_bullet_count (RcRule         *rule,
                    JsonObject     *params,
                    const RcVerbs  *verbs,
                    GError        **error)
PARSE_WITH ("sections", "min", "max")

/* an entry with too few or too many bullets (a bullet: a highlight with words in it) */
static void
run_bullet_count (RcCheckContext *ctx,
                  const RcRule   *rule)
{
  const Params *params = get_params (rule);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array;

      if (!section_selected (params, 1u << RC_SECTION_WORK, section) ||
          (array = root_array (ctx, rc_section_name (section))) == NULL)
        continue;

      g_array_set_size (counts, 0);
      g_array_set_size (counts, json_array_get_length (array));
      for (guint i = 0; i < ctx->strings->len; i++)
        {
          const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

          if (entry->section == section && entry->field == RC_FIELD_HIGHLIGHTS &&
              entry->n_words > 0 && (guint) entry->entry < counts->len)
            g_array_index (counts, guint, entry->entry)++;
        }

      for (guint i = 0; i < counts->len; i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);
          guint count = g_array_index (counts, guint, i);
          g_autofree char *pointer = NULL;
          char count_text[16], min[16], max[16];
          const char *name;

          if (object == NULL ||
              !((params->min >= 0 && count < (guint) params->min) ||
                (params->max >= 0 && count > (guint) params->max)))
            continue;
          name = rc_json_get_member_string (object, "name");
          if (is_blank (name))
            name = rc_json_get_member_string (object, "position");
          pointer = g_strdup_printf ("/%s/%u", rc_section_name (section), i);
          g_snprintf (count_text, sizeof count_text, "%u", count);
          g_snprintf (min, sizeof min, "%d", params->min);
          g_snprintf (max, sizeof max, "%d", params->max);
          add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                          "name", name != NULL ? name : "", "count", count_text,
                                          "min", min, "max", max, NULL));
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                                */

#define STRINGS RC_SCOPE_STRINGS
#define WHOLE (RC_SCOPE_ENTRY | RC_SCOPE_SECTION | RC_SCOPE_DOCUMENT)

#define FACTS RC_DEPENDS_FACTS
#define JSON RC_DEPENDS_JSON

static const RcCheckClass check_classes[] = {
  { "metric", RC_SCOPE_BULLET | RC_SCOPE_SUMMARY | RC_SCOPE_DESCRIPTION, TRUE, 0,
    parse_metric, params_free, compile_metric, run_metric, NULL },
  { "weak-start", RC_SCOPE_BULLET, TRUE, 0,
    parse_weak_start, params_free, NULL, run_weak_start, NULL },
  { "passive", STRINGS, TRUE, 0,
    parse_passive, params_free, compile_passive, run_passive, NULL },
  { "metric-coverage", WHOLE, FALSE, FACTS,
    parse_coverage, params_free, NULL, NULL, run_coverage },
  { "repeated-verb", WHOLE, FALSE, FACTS,
    parse_repeated, params_free, NULL, NULL, run_repeated },
  { "tense", WHOLE, FALSE, FACTS | JSON | RC_DEPENDS_TODAY,
    parse_tense, params_free, NULL, NULL, run_tense },
  { "summary-skills", RC_SCOPE_SUMMARY | WHOLE, FALSE, FACTS,
    parse_nothing, params_free, NULL, NULL, run_summary_skills },
  { "skills-evidence", WHOLE, FALSE, FACTS,
    parse_evidence, params_free, NULL, NULL, run_evidence },
  { "language-framework", WHOLE, FALSE, FACTS,
    parse_nothing, params_free, NULL, NULL, run_language_framework },
  { "skills-unlisted", WHOLE, FALSE, FACTS | JSON,
    parse_unlisted, params_free, NULL, NULL, run_unlisted },
  { "missing", WHOLE, FALSE, JSON | RC_DEPENDS_STRINGS,
    parse_missing, params_free, NULL, NULL, run_missing },
  { "email", WHOLE, FALSE, JSON,
    parse_nothing, params_free, NULL, NULL, run_email },
  { "profiles", WHOLE, FALSE, JSON,
    parse_profiles, params_free, NULL, NULL, run_profiles },
  { "dates", WHOLE, FALSE, JSON,
    parse_nothing, params_free, NULL, NULL, run_dates },
  { "date-order", WHOLE, FALSE, JSON,
    parse_sections, params_free, NULL, NULL, run_date_order },
  { "pages", WHOLE, FALSE, JSON | RC_DEPENDS_STRINGS | RC_DEPENDS_TODAY | RC_DEPENDS_PAGES,
    parse_pages, params_free, NULL, NULL, run_pages },
  { "ats-keywords", RC_SCOPE_JOB | WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_keywords, params_free, NULL, NULL, run_ats_keywords },
  { "ats-match", RC_SCOPE_JOB | WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_match, params_free, NULL, NULL, run_ats_match },
  { "bullet-count", WHOLE, FALSE, FACTS | JSON,
    parse_bullet_count, params_free, NULL, NULL, run_bullet_count },
};

#undef FACTS
#undef JSON

const RcCheckClass *
rc_check_class_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (check_classes); i++)
    if (strcmp (check_classes[i].name, name) == 0)
      return &check_classes[i];
  return NULL;
}
