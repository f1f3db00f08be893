/* rc-rule-set.c — the rules, loaded from data
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-check-private.h"
#include "rc-compiled-data.h"
#include "rc-file.h"
#include "rc-json-private.h"
#include "rc-json-reader.h"
#include "rc-json-typed.h"
#include "rc-rule-set-private.h"

#define RESOURCE_BASE "/io/github/resumecoach/ResumeCoach/core/"

#define REQUIRED (RC_JSON_REQUIRED | RC_JSON_NON_EMPTY)

struct _RcRuleSet
{
  GObject        parent_instance;

  GPtrArray     *rules;     /* RcRule, load order */
  GHashTable    *by_id;     /* id → RcRule */
  const RcVerbs *verbs;     /* rc_verbs_get_default() */
  RcVerbWords   *verb_words;  /* (nullable): the bundled set's, compiled with its packs */
  RcCompiled    *compiled;  /* NULL until needed after a change */
  guint          generation;
};

G_DEFINE_FINAL_TYPE (RcRuleSet, rc_rule_set, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc-rule-set-error-quark, rc_rule_set_error)

static const char * const scope_names[] = {
  "bullet", "summary", "description", "skills", "entry", "section", "document", "job",
};

static const char * const kind_names[] = { "phrases", "pattern", "threshold", "check" };

/* ------------------------------------------------------------------------------------------ */
/* Rules                                                                                       */

static void
phrase_spec_free (gpointer data)
{
  RcPhraseSpec *spec = data;

  g_ptr_array_unref (spec->texts);
  g_ptr_array_unref (spec->fixes);
  g_free (spec);
}

static void
rule_free (gpointer data)
{
  RcRule *rule = data;

  g_free ((char *) rule->info.id);
  g_free ((char *) rule->info.message);
  g_free ((char *) rule->info.advice);
  g_free ((char *) rule->info.label);
  g_free ((char *) rule->info.fix);
  g_free ((char *) rule->info.tip);
  g_free ((char *) rule->info.place);
  g_free ((char *) rule->info.source);
  g_free ((char *) rule->info.check);
  g_free (rule->scope_string);
  g_clear_pointer (&rule->examples, json_node_unref);
  g_strfreev (rule->unless);
  g_clear_pointer (&rule->unless_index, g_array_unref);
  g_clear_pointer (&rule->phrases, g_ptr_array_unref);
  g_clear_pointer (&rule->excepts, g_ptr_array_unref);
  g_clear_pointer (&rule->pattern, pcre2_code_free);
  g_free (rule->contains);
  g_clear_pointer (&rule->params, json_object_unref);
  if (rule->check != NULL && rule->check->free_data != NULL && rule->check_data != NULL)
    rule->check->free_data (rule->check_data);
  g_free (rule);
}

static gboolean
phrase_has_tokens (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcPhraseSpec, phrase_spec_free)

static void
spec_add (RcPhraseSpec *spec,
          char         *text,
          char         *fix)
{
  for (guint i = 0; i < spec->texts->len; i++)
    if (strcmp (g_ptr_array_index (spec->texts, i), text) == 0)
      {
        g_free (text);
        g_free (fix);
        return;
      }
  g_ptr_array_add (spec->texts, text);
  g_ptr_array_add (spec->fixes, fix);
}

/* A phrase as data: "text", or {"text", "fix", "at-start", "not-at-start", "case-sensitive",
 * "fix-as-subject"}, or
 * {"lemma": "build" (or "work on"), "forms": [...], "fix-lemma": "use", ...} */
static RcPhraseSpec *
parse_phrase (JsonNode       *node,
              const RcVerbs  *verbs,
              gboolean        case_sensitive,
              const RcJsonPlace *place,
              GError        **error)
{
  g_autoptr(RcPhraseSpec) spec = NULL;
  JsonObject *object;
  const char *text = NULL, *lemma = NULL, *fix = NULL, *fix_lemma = NULL;
  gboolean at_start = FALSE, not_at_start = FALSE, cs = FALSE, as_subject = FALSE;
  g_auto(GStrv) forms = NULL;

  spec = g_new0 (RcPhraseSpec, 1);
  spec->texts = g_ptr_array_new_with_free_func (g_free);
  spec->fixes = g_ptr_array_new_with_free_func (g_free);
  spec->case_sensitive = case_sensitive;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = json_node_get_string (node);
      if (!phrase_has_tokens (text))
        {
          rc_json_invalid (place, error, _("a phrase is empty"));
          return NULL;
        }
      spec_add (spec, g_strdup (text), NULL);
      return g_steal_pointer (&spec);
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rc_json_invalid (place, error, _("a phrase must be a string or an object"));
      return NULL;
    }

  object = json_node_get_object (node);
  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (GList *l = members; l != NULL; l = l->next)
      if (!g_strv_contains ((const char * const[]) { "text", "lemma", "forms", "fix", "fix-lemma",
                                                     "at-start", "not-at-start",
                                                     "case-sensitive", "fix-as-subject", NULL },
                            l->data))
        {
          rc_json_invalid (place, error, _("a phrase has an unknown field “%s”"),
                                      (const char *) l->data);
          return NULL;
        }
  }

  if (!rc_json_read_string (place, object, "text", 0, &text, error) ||
      !rc_json_read_string (place, object, "lemma", 0, &lemma, error) ||
      !rc_json_read_string (place, object, "fix", 0, &fix, error) ||
      !rc_json_read_string (place, object, "fix-lemma", 0, &fix_lemma, error) ||
      !rc_json_read_bool (place, object, "at-start", &at_start, error) ||
      !rc_json_read_bool (place, object, "not-at-start", &not_at_start, error) ||
      !rc_json_read_bool (place, object, "case-sensitive", &cs, error) ||
      !rc_json_read_bool (place, object, "fix-as-subject", &as_subject, error) ||
      !rc_json_read_strv (place, object, "forms", RC_JSON_ONE_OR_LIST, &forms, error))
    return NULL;

  if (at_start && not_at_start)
    {
      rc_json_invalid (place, error, _("a phrase cannot be both “at-start” and “not-at-start”"));
      return NULL;
    }
  if (as_subject && fix == NULL)
    {
      rc_json_invalid (place, error, _("“fix-as-subject” needs a “fix”"));
      return NULL;
    }
  spec->at_start = at_start;
  spec->not_at_start = not_at_start;
  spec->fix_as_subject = as_subject;
  spec->case_sensitive = case_sensitive || cs;

  if ((text == NULL) == (lemma == NULL))
    {
      rc_json_invalid (place, error, _("a phrase needs exactly one of “text” and “lemma”"));
      return NULL;
    }
  if (fix != NULL && fix_lemma != NULL)
    {
      rc_json_invalid (place, error, _("a phrase cannot have both “fix” and “fix-lemma”"));
      return NULL;
    }

  if (text != NULL)
    {
      if (forms != NULL || fix_lemma != NULL)
        {
          rc_json_invalid (place, error, _("“forms” and “fix-lemma” go with “lemma”, not “text”"));
          return NULL;
        }
      if (!phrase_has_tokens (text))
        {
          rc_json_invalid (place, error, _("a phrase is empty"));
          return NULL;
        }
      spec_add (spec, g_strdup (text), g_strdup (fix));
      return g_steal_pointer (&spec);
    }

  if (!phrase_has_tokens (lemma))
    {
      rc_json_invalid (place, error, _("a phrase is empty"));
      return NULL;
    }

  if (forms != NULL)
    {
      if (fix_lemma != NULL)
        {
          rc_json_invalid (place, error, _("“fix-lemma” cannot go with explicit “forms”"));
          return NULL;
        }
      spec_add (spec, g_strdup (lemma), g_strdup (fix));
      for (guint i = 0; forms[i] != NULL; i++)
        if (phrase_has_tokens (forms[i]))
          spec_add (spec, g_strdup (forms[i]), g_strdup (fix));
      return g_steal_pointer (&spec);
    }

  for (guint f = 0; f < RC_N_VERB_FORMS; f++)
    spec_add (spec, rc_verbs_form (verbs, lemma, (RcVerbForm) f),
              fix_lemma != NULL ? rc_verbs_form (verbs, fix_lemma, (RcVerbForm) f) : g_strdup (fix));
  return g_steal_pointer (&spec);
}

static gboolean
parse_phrase_list (JsonArray      *array,
                   const RcVerbs  *verbs,
                   gboolean        case_sensitive,
                   GPtrArray      *into,
                   const RcJsonPlace *place,
                   GError        **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      RcPhraseSpec *spec = parse_phrase (json_array_get_element (array, i), verbs,
                                         case_sensitive, place, error);

      if (spec == NULL)
        return FALSE;
      g_ptr_array_add (into, spec);
    }
  return TRUE;
}

static gboolean
scope_is_strings (guint scopes)
{
  return (scopes & ~RC_SCOPE_STRINGS) == 0;
}

static gboolean
check_examples (RcRule            *rule,
                JsonNode          *node,
                const RcJsonPlace *place,
                GError           **error)
{
  JsonObject *object;
  gboolean strings = scope_is_strings (rule->scopes);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rc_json_invalid (place, error, _("“examples” must be an object with “fires” and “passes”"));
      return FALSE;
    }
  object = json_node_get_object (node);
  for (guint k = 0; k < 2; k++)
    {
      const char *member = k == 0 ? "fires" : "passes";
      JsonNode *list = json_object_get_member (object, member);
      JsonArray *array;

      if (list == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (list))
        {
          rc_json_invalid (place, error, _("“examples.%s” must be a list"), member);
          return FALSE;
        }
      array = json_node_get_array (list);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          gboolean is_string = JSON_NODE_HOLDS_VALUE (item) &&
                               json_node_get_value_type (item) == G_TYPE_STRING;

          if (strings ? !is_string : !JSON_NODE_HOLDS_OBJECT (item))
            {
              rc_json_invalid (place, error, strings ? _("“examples.%s” must list strings for a "
                                                      "rule that reads strings")
                                                  : _("“examples.%s” must list JSON Resume "
                                                      "objects for a rule of this scope"),
                                          member);
              return FALSE;
            }
        }
      if (k == 0)
        rule->info.fires = array;
      else
        rule->info.passes = array;
    }
  rule->examples = json_node_ref (node);
  return TRUE;
}

static const char * const common_members[] = {
  "id", "level", "scope", "sections", "kind", "message", "advice", "fix", "tip", "place",
  "examples", "unless", "description", "category", "weight", "label", "once", "not-a-bullet",
  "_comment", NULL,
};

static const char * const kind_members[][6] = {
  { "phrases", "phrase-lists", "except", "case-sensitive", "spelling", NULL },
  { "pattern", "case-sensitive", "contains", NULL },
  { "count", "min", "max", "chars-per-line", NULL },
  { "check", "params", NULL },
};

/* the members every rule has, and what they say of it */
static gboolean
parse_common (RcRule            *rule,
              JsonObject        *object,
              const RcJsonPlace *place,
              GError           **error)
{
  g_autoptr(GList) members = NULL;
  g_auto(GStrv) scopes = NULL;
  g_auto(GStrv) sections = NULL;
  const char *level, *kind, *message, *advice, *fix, *tip, *place_pointer, *category, *label;
  const char *once;
  guint k;

  if (!rc_json_read_string (place, object, "level", REQUIRED, &level, error) ||
      !rc_json_read_string (place, object, "kind", REQUIRED, &kind, error) ||
      !rc_json_read_string (place, object, "message", REQUIRED, &message, error) ||
      !rc_json_read_string (place, object, "advice", REQUIRED, &advice, error) ||
      !rc_json_read_string (place, object, "fix", 0, &fix, error) ||
      !rc_json_read_string (place, object, "tip", 0, &tip, error) ||
      !rc_json_read_string (place, object, "place", 0, &place_pointer, error) ||
      !rc_json_read_string (place, object, "category", 0, &category, error) ||
      !rc_json_read_string (place, object, "label", 0, &label, error) ||
      !rc_json_read_string (place, object, "once", 0, &once, error) ||
      !rc_json_read_bool (place, object, "not-a-bullet", &rule->not_a_bullet, error) ||
      !rc_json_read_strv (place, object, "scope", RC_JSON_ONE_OR_LIST, &scopes, error) ||
      !rc_json_read_strv (place, object, "sections", RC_JSON_ONE_OR_LIST, &sections, error) ||
      !rc_json_read_strv (place, object, "unless", RC_JSON_ONE_OR_LIST, &rule->unless, error))
    return FALSE;

  rule->info.message = g_strdup (message);
  rule->info.advice = g_strdup (advice);
  rule->message = rc_rule_translate (rule, rule->info.message);
  rule->advice = rc_rule_translate (rule, rule->info.advice);
  rule->info.label = g_strdup (label);
  /* interned: a report's breakdown may outlive the rule set */
  rule->label = label != NULL ? g_intern_string (rc_rule_translate (rule, rule->info.label))
                              : NULL;
  rule->info.fix = g_strdup (fix);
  rule->info.tip = g_strdup (tip);
  rule->info.place = g_strdup (place_pointer);
  if (place_pointer != NULL && place_pointer[0] != '/')
    return rc_json_invalid (place, error, _("“place” is a JSON Pointer: it starts with “/”"));

  if (once != NULL && strcmp (once, "entry") != 0)
    return rc_json_invalid (place, error, _("“once” can only be “entry”"));
  rule->once_per_entry = once != NULL;

  if (!rc_level_from_string (level, &rule->info.level))
    return rc_json_invalid (place, error, _("unknown level “%s” (error, warning or suggestion)"),
                            level);

  for (k = 0; k < G_N_ELEMENTS (kind_names); k++)
    if (strcmp (kind, kind_names[k]) == 0)
      break;
  if (k == G_N_ELEMENTS (kind_names))
    return rc_json_invalid (place, error,
                            _("unknown kind “%s” (phrases, pattern, threshold or check)"), kind);
  rule->kind = (RcRuleKind) k;
  rule->info.kind = kind_names[k];

  /* a rule that says nothing of its category: a missing thing is completeness, the rest
   * content */
  rule->info.weight = 1.0;
  if (!rc_json_read_double (place, object, "weight", 0.0, 10.0, &rule->info.weight, error))
    return FALSE;
  if (category == NULL)
    rule->info.category =
      rule->kind == RC_RULE_CHECK &&
      g_strcmp0 (rc_json_get_member_string (object, "check"), "missing") == 0
      ? RC_CATEGORY_COMPLETENESS : RC_CATEGORY_CONTENT;
  else if (!rc_category_from_string (category, &rule->info.category))
    return rc_json_invalid (place, error,
                            _("unknown category “%s” (content, completeness or format)"),
                            category);

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (common_members, l->data) &&
        !g_strv_contains (kind_members[k], l->data))
      return rc_json_invalid (place, error, _("unknown field “%s” for a rule of kind “%s”"),
                              (const char *) l->data, kind);

  if (scopes == NULL || scopes[0] == NULL)
    return rc_json_invalid (place, error, _("“scope” is missing"));
  for (guint i = 0; scopes[i] != NULL; i++)
    {
      guint s;

      for (s = 0; s < G_N_ELEMENTS (scope_names); s++)
        if (strcmp (scopes[i], scope_names[s]) == 0)
          break;
      if (s == G_N_ELEMENTS (scope_names))
        return rc_json_invalid (place, error, _("unknown scope “%s”"), scopes[i]);
      rule->scopes |= 1u << s;
    }
  rule->scope_string = g_strjoinv (", ", scopes);
  rule->info.scope = rule->scope_string;

  for (guint i = 0; sections != NULL && sections[i] != NULL; i++)
    {
      RcSection section;

      if (!rc_section_from_id (sections[i], -1, &section))
        return rc_json_invalid (place, error, _("unknown section “%s”"), sections[i]);
      rule->sections |= 1u << section;
    }

  if (rule->kind != RC_RULE_CHECK && !scope_is_strings (rule->scopes))
    return rc_json_invalid (place, error, _("a rule of kind “%s” reads strings: its scope must "
                                            "be bullet, summary, description or skills"), kind);
  return TRUE;
}

static gboolean
parse_phrases_rule (RcRuleSet         *self,
                    RcRule            *rule,
                    JsonObject        *object,
                    const RcJsonPlace *place,
                    GError           **error)
{
  gboolean cs = FALSE;
  JsonArray *list, *except;
  g_auto(GStrv) lists = NULL;

  if (!rc_json_read_bool (place, object, "case-sensitive", &cs, error) ||
      !rc_json_read_bool (place, object, "spelling", &rule->spelling, error) ||
      !rc_json_read_strv (place, object, "phrase-lists", RC_JSON_ONE_OR_LIST, &lists, error) ||
      !rc_json_read_array (place, object, "phrases", 0, &list, error) ||
      !rc_json_read_array (place, object, "except", 0, &except, error))
    return FALSE;
  rule->case_sensitive = cs;
  rule->phrases = g_ptr_array_new_with_free_func (phrase_spec_free);
  rule->excepts = g_ptr_array_new_with_free_func (phrase_spec_free);
  if (!parse_phrase_list (list, self->verbs, cs, rule->phrases, place, error))
    return FALSE;
  for (guint i = 0; lists != NULL && lists[i] != NULL; i++)
    {
      if (strcmp (lists[i], "duty-phrases") != 0)
        return rc_json_invalid (place, error, _("unknown phrase list “%s” (duty-phrases)"),
                                lists[i]);
      if (!parse_phrase_list (self->verbs->duty_phrases, self->verbs, cs, rule->phrases, place,
                              error))
        return FALSE;
    }
  if (rule->phrases->len == 0)
    return rc_json_invalid (place, error, _("“phrases” is missing or empty"));
  if (!parse_phrase_list (except, self->verbs, cs, rule->excepts, place, error))
    return FALSE;
  if (rule->spelling)
    for (guint i = 0; i < rule->phrases->len; i++)
      {
        RcPhraseSpec *spec = g_ptr_array_index (rule->phrases, i);

        for (guint j = 0; j < spec->fixes->len; j++)
          if (g_ptr_array_index (spec->fixes, j) == NULL)
            return rc_json_invalid (place, error, _("a spelling rule needs a “fix” for every "
                                                    "phrase (“%s” has none)"),
                                    (const char *) g_ptr_array_index (spec->texts, j));
      }
  return TRUE;
}

/* Whether every match of @pattern starts at a byte above ASCII (an emoji's, a dash's), as
 * PCRE2 works out the bytes a match can start with: a string of ASCII alone is then never
 * searched */
static gboolean
pattern_starts_non_ascii (const pcre2_code *pattern)
{
  const guint8 *bitmap = NULL;
  uint32_t type = 0, unit = 0;

  if (pcre2_pattern_info (pattern, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
      pcre2_pattern_info (pattern, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0)
    return unit >= 0x80;
  if (pcre2_pattern_info (pattern, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0 || bitmap == NULL)
    return FALSE;
  for (guint c = 0; c < 0x80; c++)
    if (bitmap[c / 8] & (1u << (c % 8)))
      return FALSE;
  return TRUE;
}

static gboolean
parse_pattern_rule (RcRule            *rule,
                    JsonObject        *object,
                    const RcJsonPlace *place,
                    GError           **error)
{
  const char *pattern = NULL, *contains = NULL;
  gboolean cs = FALSE;
  PCRE2_UCHAR message[256];
  PCRE2_SIZE offset;
  int code;

  if (!rc_json_read_string (place, object, "pattern", REQUIRED, &pattern, error) ||
      !rc_json_read_string (place, object, "contains", 0, &contains, error) ||
      !rc_json_read_bool (place, object, "case-sensitive", &cs, error))
    return FALSE;
  rule->contains = g_strdup (contains);
  rule->case_sensitive = cs;
  /* UCP: \w, \b and \d follow Unicode, so "é" is a word character. \C matches one byte,
   * which could cut a character in two and make the output invalid UTF-8. */
  rule->pattern = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C |
                                 (cs ? 0 : PCRE2_CASELESS), &code, &offset, NULL);
  if (rule->pattern == NULL && code == PCRE2_ERROR_BACKSLASH_C_CALLER_DISABLED)
    return rc_json_invalid (place, error, _("bad pattern: “\\C” matches a single byte, which "
                                            "can split a character; it is not allowed"));
  if (rule->pattern == NULL)
    {
      pcre2_get_error_message (code, message, sizeof message);
      return rc_json_invalid (place, error, _("bad pattern: %s at character %u"),
                              (const char *) message,
                              (guint) g_utf8_strlen (pattern, (gssize) offset) + 1);
    }
  /* without JIT (not built for this machine) the interpreter runs, with the same limits */
  pcre2_jit_compile (rule->pattern, PCRE2_JIT_COMPLETE);
  rule->non_ascii = pattern_starts_non_ascii (rule->pattern);
  return TRUE;
}

static gboolean
parse_threshold_rule (RcRule            *rule,
                      JsonObject        *object,
                      const RcJsonPlace *place,
                      GError           **error)
{
  const char *count = NULL;
  gint per_line = 100;

  if (!rc_json_read_string (place, object, "count", REQUIRED, &count, error) ||
      !rc_json_read_int (place, object, "min", 0, G_MAXINT, &rule->min, error) ||
      !rc_json_read_int (place, object, "max", 0, G_MAXINT, &rule->max, error) ||
      !rc_json_read_int (place, object, "chars-per-line", 0, G_MAXINT, &per_line, error))
    return FALSE;
  if (strcmp (count, "words") == 0)
    rule->count = RC_COUNT_WORDS;
  else if (strcmp (count, "characters") == 0)
    rule->count = RC_COUNT_CHARACTERS;
  else if (strcmp (count, "lines") == 0)
    rule->count = RC_COUNT_LINES;
  else
    return rc_json_invalid (place, error, _("unknown count “%s” (words, characters or lines)"),
                            count);
  if (rule->min < 0 && rule->max < 0)
    return rc_json_invalid (place, error, _("a threshold needs “min”, “max” or both"));
  if (rule->min >= 0 && rule->max >= 0 && rule->min > rule->max)
    return rc_json_invalid (place, error, _("“min” is above “max”"));
  if (per_line <= 0)
    return rc_json_invalid (place, error, _("“chars-per-line” must be above 0"));
  rule->chars_per_line = (guint) per_line;
  return TRUE;
}

static gboolean
parse_check_rule (RcRuleSet         *self,
                  RcRule            *rule,
                  JsonObject        *object,
                  const RcJsonPlace *place,
                  GError           **error)
{
  const char *name = NULL;
  JsonObject *params;
  g_autoptr(GError) inner = NULL;

  if (!rc_json_read_string (place, object, "check", REQUIRED, &name, error))
    return FALSE;
  rule->check = rc_check_class_lookup (name);
  if (rule->check == NULL)
    return rc_json_invalid (place, error, _("unknown check “%s”"), name);
  rule->info.check = g_strdup (name);
  if ((rule->scopes & ~rule->check->scopes) != 0)
    return rc_json_invalid (place, error, _("the check “%s” cannot have the scope “%s”"), name,
                            rule->scope_string);
  if (!rc_json_read_object (place, object, "params", 0, &params, error))
    return FALSE;
  if (params != NULL)
    rule->params = json_object_ref (params);
  if (rule->check->parse != NULL && !rule->check->parse (rule, rule->params, self->verbs, &inner))
    return rc_json_invalid (place, error, "%s", inner->message);
  return TRUE;
}

static RcRule *
parse_rule (RcRuleSet   *self,
            JsonNode    *node,
            const char  *pack,
            guint        index,
            gboolean     builtin,
            GError     **error)
{
  g_autofree char *where = g_strdup_printf (_("rule %u"), index + 1);
  RcJsonPlace place = { pack, where, NULL, rc_rule_set_error_quark, RC_RULE_SET_ERROR_INVALID };
  const char *id = NULL;
  RcRule *rule;
  JsonObject *object;
  JsonNode *examples;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rc_json_invalid (&place, error, _("a rule must be an object"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!rc_json_read_string (&place, object, "id", REQUIRED, &id, error))
    return NULL;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '_')
      {
        rc_json_invalid (&place, error,
                         _("the id “%s” may only hold a–z, 0–9, “.”, “-” and “_”"), id);
        return NULL;
      }
  g_free (where);
  place.where = where = g_strdup_printf (_("rule “%s”"), id);

  rule = g_new0 (RcRule, 1);
  rule->min = rule->max = -1;
  rule->info.builtin = builtin;
  rule->info.id = g_strdup (id);
  rule->info.source = g_strdup (pack);

  ok = parse_common (rule, object, &place, error);
  if (ok && rule->kind == RC_RULE_PHRASES)
    ok = parse_phrases_rule (self, rule, object, &place, error);
  else if (ok && rule->kind == RC_RULE_PATTERN)
    ok = parse_pattern_rule (rule, object, &place, error);
  else if (ok && rule->kind == RC_RULE_THRESHOLD)
    ok = parse_threshold_rule (rule, object, &place, error);
  else if (ok)
    ok = parse_check_rule (self, rule, object, &place, error);

  examples = json_object_get_member (object, "examples");
  if (ok && examples != NULL)
    ok = check_examples (rule, examples, &place, error);
  if (!ok)
    g_clear_pointer (&rule, rule_free);
  return rule;
}

/* "pack.json:3:7: syntax error: expected a value", the form editors jump to, from the
 * reader's "Line 3, column 7: expected a value"; other messages are only prefixed with the name */
static void
set_syntax_error (GError     **error,
                  const char  *name,
                  const char  *message)
{
  guint line, column;
  int end = 0;

  if (sscanf (message, "Line %u, column %u: %n", &line, &column, &end) == 2 && end > 0)
    g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX,
                 _("%s:%u:%u: syntax error: %s"), name, line, column, message + end);
  else
    g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX, "%s: %s", name, message);
}

/* (transfer full) (nullable): the JSON of the pack @name (the reader says where a byte is
 * not UTF-8) */
static JsonNode *
read_pack (const char  *data,
           gsize        length,
           const char  *name,
           GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  root = rc_json_read (data, length, &parse_error);
  if (root == NULL)
    set_syntax_error (error, name, parse_error->message);
  return root;
}

/* the rules of the pack @name, read as @root: all of them, or none */
static gboolean
add_pack (RcRuleSet   *self,
          JsonNode    *root,
          const char  *name,
          gboolean     builtin,
          GError     **error)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (rule_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  JsonNode *list;

  if ( !JSON_NODE_HOLDS_OBJECT (root) ||
      (list = json_object_get_member (json_node_get_object (root), "rules")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID,
                   _("%s: a rule pack is an object with a “rules” list"), name);
      return FALSE;
    }

  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      RcRule *rule = parse_rule (self, json_array_get_element (array, i), name, i, builtin,
                                 error);

      if (rule == NULL)
        return FALSE;
      g_ptr_array_add (rules, rule);
      if (g_hash_table_contains (self->by_id, rule->info.id) ||
          !g_hash_table_add (ids, (gpointer) rule->info.id))
        {
          g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_DUPLICATE,
                       _("%s: rule “%s”: another rule already has this id"), name,
                       rule->info.id);
          return FALSE;
        }
    }

  for (guint i = 0; i < rules->len; i++)
    {
      RcRule *rule = g_ptr_array_index (rules, i);

      for (guint j = 0; rule->unless != NULL && rule->unless[j] != NULL; j++)
        if (!g_hash_table_contains (ids, rule->unless[j]) &&
            !g_hash_table_contains (self->by_id, rule->unless[j]))
          {
            g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID,
                         _("%s: rule “%s”: “unless” names an unknown rule “%s”"), name,
                         rule->info.id, rule->unless[j]);
            return FALSE;
          }
    }

  for (guint i = 0; i < rules->len; i++)
    {
      RcRule *rule = g_ptr_array_index (rules, i);

      rule->index = self->rules->len;
      g_ptr_array_add (self->rules, rule);
      g_hash_table_insert (self->by_id, (gpointer) rule->info.id, rule);
    }
  g_ptr_array_set_free_func (rules, NULL);

  self->generation++;
  g_clear_pointer (&self->compiled, rc_compiled_free);
  return TRUE;
}

static gboolean
load_pack (RcRuleSet   *self,
           const char  *data,
           gsize        length,
           const char  *name,
           gboolean     builtin,
           GError     **error)
{
  g_autoptr(JsonNode) root = read_pack (data, length, name, error);

  return root != NULL && add_pack (self, root, name, builtin, error);
}

/* "unless" resolved now that every rule is known */
static void
resolve_unless (RcRuleSet *self)
{
  for (guint r = 0; r < self->rules->len; r++)
    ((RcRule *) g_ptr_array_index (self->rules, r))->quiets_entry = FALSE;
  for (guint r = 0; r < self->rules->len; r++)
    {
      RcRule *rule = g_ptr_array_index (self->rules, r);

      g_clear_pointer (&rule->unless_index, g_array_unref);
      rule->skip_marks = 0;
      if (rule->unless == NULL)
        continue;
      rule->unless_index = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint j = 0; rule->unless[j] != NULL; j++)
        {
          RcRule *other = g_hash_table_lookup (self->by_id, rule->unless[j]);

          if (other != NULL)
            g_array_append_val (rule->unless_index, other->index);
          /* a check that marks strings quiets the marked ones only */
          if (other != NULL && (other->scopes & RC_SCOPE_ENTRY) &&
              (other->check == NULL || other->check->marks == 0))
            other->quiets_entry = TRUE;
          if (other != NULL && other->check != NULL)
            rule->skip_marks |= other->check->marks;
        }
    }

}

static RcCompiled *
compile (RcRuleSet *self)
{
  resolve_unless (self);
  return rc_compiled_new (self->rules, self->verbs, self->verb_words, self->generation);
}

const RcCompiled *
rc_rule_set_get_compiled (RcRuleSet *self)
{
  if (self->compiled == NULL)
    self->compiled = compile (self);
  return self->compiled;
}

const RcVerbs *
rc_rule_set_get_verbs (RcRuleSet *self)
{
  return self->verbs;
}

RcRule *
rc_rule_set_get_rule_private (RcRuleSet *self,
                              guint      index)
{
  return g_ptr_array_index (self->rules, index);
}

/* ------------------------------------------------------------------------------------------ */
/* GObject and the public API                                                                  */

static void
rc_rule_set_finalize (GObject *object)
{
  RcRuleSet *self = (RcRuleSet *) object;

  g_clear_pointer (&self->compiled, rc_compiled_free);
  g_clear_pointer (&self->verb_words, rc_verb_words_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_rule_set_parent_class)->finalize (object);
}

static void
rc_rule_set_class_init (RcRuleSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_rule_set_finalize;
}

static void
rc_rule_set_init (RcRuleSet *self)
{
  self->rules = g_ptr_array_new_with_free_func (rule_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->verbs = rc_verbs_get_default ();
}

/**
 * rc_rule_set_new:
 *
 * Returns: (transfer full): a set with no rules (the bundled verb data loaded)
 */
RcRuleSet *
rc_rule_set_new (void)
{
  return g_object_new (RC_TYPE_RULE_SET, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* the bundled packs' names, sorted */
static GStrv
builtin_pack_names (GError **error)
{
  g_auto(GStrv) names = NULL;
  GPtrArray *packs = g_ptr_array_new ();

  names = g_resources_enumerate_children (RESOURCE_BASE "rules/", G_RESOURCE_LOOKUP_FLAGS_NONE,
                                          error);
  if (names == NULL)
    {
      g_ptr_array_unref (packs);
      return NULL;
    }
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".json"))
      g_ptr_array_add (packs, g_strdup (names[i]));
  g_ptr_array_sort (packs, compare_names);
  g_ptr_array_add (packs, NULL);
  return (GStrv) g_ptr_array_free (packs, FALSE);
}

/* data/rules/ *.json as written, examples and all: what the compiled packs are made from */
RcRuleSet *
rc_rule_set_new_builtin_from_json (void)
{
  RcRuleSet *self = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = builtin_pack_names (&error);

  if (names == NULL)
    {
      g_critical ("No bundled rules: %s", error->message);
      return self;
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE "rules/", names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL ||
          !load_pack (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                      path, TRUE, &error))
        {
          g_critical ("A bundled rule pack is broken: %s", error->message);
          g_clear_error (&error);
        }
    }
  return self;
}

/* What a rule holds only for people and the tests: its examples (run by tests/test-rules.c
 * on the JSON), its comment and description. The start never reads them. */
static const char * const unread_members[] = { "examples", "_comment", "description" };

/* The compiled packs: each pack's name and its rules as the loader reads them, minified and
 * without unread_members, in one uncompressed stream (rc-compiled-data.h) that
 * rc_rule_set_new_builtin() reads with the same loader. Made by rc-compile-data once the JSON
 * packs loaded without an error. */
GBytes *
rc_rule_set_compile_builtin (GError **error)
{
  g_auto(GStrv) names = builtin_pack_names (error);
  RcCompiledWriter out;

  if (names == NULL)
    return NULL;
  rc_compiled_writer_init (&out);
  rc_compiled_put_u32 (&out, g_strv_length (names));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE "rules/", names[i], NULL);
      g_autofree char *lean = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) root = NULL;
      JsonArray *rules;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes != NULL)
        root = rc_json_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
      if (root == NULL)
        {
          g_autoptr(GBytes) unused = rc_compiled_writer_finish (&out, "");

          return NULL;
        }
      rules = rc_json_get_member_array (json_node_get_object (root), "rules");
      for (guint r = 0; rules != NULL && r < json_array_get_length (rules); r++)
        for (guint m = 0; m < G_N_ELEMENTS (unread_members); m++)
          {
            JsonObject *rule = rc_json_get_element_object (rules, r);

            if (rule != NULL && json_object_has_member (rule, unread_members[m]))
              json_object_remove_member (rule, unread_members[m]);
          }
      lean = json_to_string (root, FALSE);
      rc_compiled_put_string (&out, path);
      rc_compiled_put_string (&out, lean);
    }
  rc_verb_words_write (&out, rc_verbs_get_default ());
  return rc_compiled_writer_finish (&out, RC_RULES_COMPILED_MAGIC);
}

/**
 * rc_rule_set_new_builtin:
 *
 * The bundled rules, data/rules/ *.json in file-name order, read from their compiled form
 * (see rc_rule_set_compile_builtin()): the same rules, with no examples
 * (#RcRuleInfo.fires and .passes are %NULL).
 *
 * Returns: (transfer full): the bundled rules
 */
RcRuleSet *
rc_rule_set_new_builtin (void)
{
  RcRuleSet *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  RcCompiledReader in;
  guint32 n;

  /* only rc-compile-data, which makes the compiled packs, reads the JSON */
  if (rc_core_compiled_get_resource () == NULL)
    return rc_rule_set_new_builtin_from_json ();

  bytes = rc_compiled_data_lookup (RC_RULES_COMPILED_RESOURCE, &error);
  if (bytes == NULL || !rc_compiled_reader_init (&in, bytes, RC_RULES_COMPILED_MAGIC, &error))
    {
      g_critical ("The compiled rules cannot be read: %s", error->message);
      return rc_rule_set_new ();
    }
  /* every pack is parsed before the set is made, which waits for the verbs: the command line
   * loads them on another thread meanwhile */
  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      const char *path = rc_compiled_get_string (&in);
      const char *pack = rc_compiled_get_string (&in);
      JsonNode *root = NULL;

      if (path != NULL && pack != NULL &&
          (root = read_pack (pack, strlen (pack), path, &error)) == NULL)
        {
          g_critical ("A compiled rule pack is broken: %s", error->message);
          g_clear_error (&error);
        }
      if (root != NULL)
        {
          g_ptr_array_add (paths, (gpointer) path);
          g_ptr_array_add (roots, root);
        }
    }
  self = rc_rule_set_new ();
  self->verb_words = rc_verb_words_read (&in, self->verbs);
  if (!rc_compiled_reader_check (&in, &error))
    g_critical ("The compiled rules are broken: %s", error->message);
  g_clear_error (&error);

  for (guint i = 0; i < roots->len; i++)
    if (!add_pack (self, g_ptr_array_index (roots, i), g_ptr_array_index (paths, i), TRUE,
                   &error))
      {
        g_critical ("A compiled rule pack is broken: %s", error->message);
        g_clear_error (&error);
      }
  rc_compiled_reader_clear (&in);
  return self;
}

/**
 * rc_rule_set_load_pack_from_data:
 * @self: a rule set
 * @data: the pack's JSON text
 * @length: its length, or -1 if NUL-terminated
 * @name: what errors call the pack (a file name)
 * @error: return location for an error in %RC_RULE_SET_ERROR
 *
 * Adds every rule of the pack, or none: a pack with one bad rule is refused whole.
 *
 * Returns: %TRUE when the rules were added
 */
gboolean
rc_rule_set_load_pack_from_data (RcRuleSet   *self,
                                 const char  *data,
                                 gssize       length,
                                 const char  *name,
                                 GError     **error)
{
  g_return_val_if_fail (RC_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_pack (self, data, length < 0 ? strlen (data) : (gsize) length, name, FALSE,
                    error);
}

/**
 * rc_rule_set_load_pack:
 * @self: a rule set
 * @file: a rule pack (JSON)
 * @error: return location for an error; its message names the file
 *
 * Returns: %TRUE when every rule of the pack was added; on failure none was
 */
gboolean
rc_rule_set_load_pack (RcRuleSet  *self,
                       GFile      *file,
                       GError    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (RC_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  /* a FIFO, a device or a huge file is refused before anything is read */
  contents = rc_file_read (file, RC_DOCUMENT_MAX_SIZE, NULL, NULL, &local_error);
  if (contents == NULL)
    {
      g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }
  return load_pack (self, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents), name,
                    FALSE, error);
}

/**
 * rc_rule_set_load_user_packs:
 * @self: a rule set
 * @errors: (nullable) (element-type GError): where each bad pack's error goes
 *
 * Loads $XDG_CONFIG_HOME/resume-coach/rules/ *.json in file-name order. A bad pack is
 * skipped whole; the rules already loaded keep working.
 */
void
rc_rule_set_load_user_packs (RcRuleSet *self,
                             GPtrArray *errors)
{
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_if_fail (RC_IS_RULE_SET (self));

  path = g_build_filename (g_get_user_config_dir (), "resume-coach", "rules", NULL);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file_path = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      GError *error = NULL;

      if (!rc_rule_set_load_pack (self, file, &error))
        {
          if (errors != NULL)
            g_ptr_array_add (errors, error);
          else
            g_error_free (error);
        }
    }
}

/**
 * rc_rule_set_get_n_rules:
 * @self: a rule set
 *
 * Returns: how many rules the set holds, built-in and from packs
 */
guint
rc_rule_set_get_n_rules (RcRuleSet *self)
{
  g_return_val_if_fail (RC_IS_RULE_SET (self), 0);

  return self->rules->len;
}

/**
 * rc_rule_set_get_rule:
 * @self: a rule set
 * @index: below rc_rule_set_get_n_rules()
 *
 * Returns: (transfer none): the rule; valid as long as the set
 */
const RcRuleInfo *
rc_rule_set_get_rule (RcRuleSet *self,
                      guint      index)
{
  g_return_val_if_fail (RC_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);

  return &((RcRule *) g_ptr_array_index (self->rules, index))->info;
}

/**
 * rc_rule_set_lookup:
 * @self: a rule set
 * @id: a rule id
 *
 * Returns: (transfer none) (nullable): the rule with that id
 */
const RcRuleInfo *
rc_rule_set_lookup (RcRuleSet  *self,
                    const char *id)
{
  RcRule *rule;

  g_return_val_if_fail (RC_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  rule = g_hash_table_lookup (self->by_id, id);
  return rule != NULL ? &rule->info : NULL;
}

/**
 * rc_rule_info_dup_display_text:
 * @info: a rule
 * @text: its message or advice
 *
 * Returns: (transfer full): @text translated, each {placeholder} shown as "…"
 */
char *
rc_rule_info_dup_display_text (const RcRuleInfo *info,
                               const char       *text)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (info != NULL, NULL);

  if (text == NULL)
    return NULL;
  if (info->builtin)
    text = g_dgettext (GETTEXT_PACKAGE, text);

  out = g_string_new (NULL);
  for (p = text; *p != '\0'; p++)
    {
      const char *close;

      if (*p == '{' && (close = strchr (p, '}')) != NULL &&
          strspn (p + 1, "abcdefghijklmnopqrstuvwxyz-") == (gsize) (close - p - 1))
        {
          g_string_append (out, "…");
          p = close;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
