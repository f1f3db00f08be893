/* rc-rule-set.c — the rules, loaded from data
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-check-private.h"
#include "rc-rule-set-private.h"
#include "rc-json-private.h"

#define RESOURCE_BASE "/io/github/resumecoach/ResumeCoach/core/"

struct _RcRuleSet
{
  GObject        parent_instance;

  GPtrArray     *rules;     /* RcRule, load order */
  GHashTable    *by_id;     /* id → RcRule */
  const RcVerbs *verbs;     /* rc_verbs_get_default() */
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
  g_free ((char *) rule->info.fix);
  g_free ((char *) rule->info.tip);
  g_free ((char *) rule->info.source);
  g_free ((char *) rule->info.check);
  g_free (rule->scope_string);
  g_clear_pointer (&rule->examples, json_node_unref);
  g_strfreev (rule->unless);
  g_clear_pointer (&rule->unless_index, g_array_unref);
  g_clear_pointer (&rule->phrases, g_ptr_array_unref);
  g_clear_pointer (&rule->excepts, g_ptr_array_unref);
  g_clear_pointer (&rule->regex, g_regex_unref);
  g_free (rule->contains);
  g_clear_pointer (&rule->params, json_object_unref);
  if (rule->check != NULL && rule->check->free_data != NULL && rule->check_data != NULL)
    rule->check->free_data (rule->check_data);
  g_free (rule);
}

static gboolean G_GNUC_PRINTF (4, 5)
rule_error (GError     **error,
            const char  *pack,
            guint        index,
            const char  *format,
            ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID,
               _("%s: rule %u: %s"), pack, index + 1, what);
  return FALSE;
}

/* reads an optional string member; FALSE (with the error) when it has another type */
static gboolean
read_string (JsonObject  *object,
             const char  *member,
             gboolean     required,
             const char **out,
             char       **problem)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        *problem = g_strdup_printf (_("“%s” is missing"), member);
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      (required && *json_node_get_string (node) == '\0'))
    {
      *problem = g_strdup_printf (_("“%s” must be a non-empty string"), member);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_bool (JsonObject *object,
           const char *member,
           gboolean   *out,
           char      **problem)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      *problem = g_strdup_printf (_("“%s” must be true or false"), member);
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* strings of a member that may be one string or a list of them */
static gboolean
read_strings (JsonObject  *object,
              const char  *member,
              char      ***out,
              char       **problem)
{
  JsonNode *node = json_object_get_member (object, member);
  GPtrArray *strings;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  strings = g_ptr_array_new ();
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
            {
              g_ptr_array_free (strings, TRUE);
              *problem = g_strdup_printf (_("“%s” must list strings"), member);
              return FALSE;
            }
          g_ptr_array_add (strings, g_strdup (json_node_get_string (item)));
        }
    }
  else
    {
      g_ptr_array_free (strings, TRUE);
      *problem = g_strdup_printf (_("“%s” must be a string or a list of strings"), member);
      return FALSE;
    }
  g_ptr_array_add (strings, NULL);
  *out = (char **) g_ptr_array_free (strings, FALSE);
  return TRUE;
}

static gboolean
read_int (JsonObject *object,
          const char *member,
          gint       *out,
          char      **problem)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT)
    {
      *problem = g_strdup_printf (_("“%s” must be a whole number, 0 or more"), member);
      return FALSE;
    }
  *out = (gint) json_node_get_int (node);
  return TRUE;
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

/* A phrase as data: "text", or {"text", "fix", "at-start", "case-sensitive"}, or
 * {"lemma": "build" (or "work on"), "forms": [...], "fix-lemma": "use", ...} */
static RcPhraseSpec *
parse_phrase (JsonNode       *node,
              const RcVerbs  *verbs,
              gboolean        case_sensitive,
              char          **problem)
{
  g_autoptr(RcPhraseSpec) spec = NULL;
  JsonObject *object;
  const char *text = NULL, *lemma = NULL, *fix = NULL, *fix_lemma = NULL;
  gboolean at_start = FALSE, cs = FALSE;
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
          *problem = g_strdup (_("a phrase is empty"));
          return NULL;
        }
      spec_add (spec, g_strdup (text), NULL);
      return g_steal_pointer (&spec);
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      *problem = g_strdup (_("a phrase must be a string or an object"));
      return NULL;
    }

  object = json_node_get_object (node);
  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (GList *l = members; l != NULL; l = l->next)
      if (!g_strv_contains ((const char * const[]) { "text", "lemma", "forms", "fix", "fix-lemma",
                                                     "at-start", "case-sensitive", NULL },
                            l->data))
        {
          *problem = g_strdup_printf (_("a phrase has an unknown field “%s”"),
                                      (const char *) l->data);
          return NULL;
        }
  }

  if (!read_string (object, "text", FALSE, &text, problem) ||
      !read_string (object, "lemma", FALSE, &lemma, problem) ||
      !read_string (object, "fix", FALSE, &fix, problem) ||
      !read_string (object, "fix-lemma", FALSE, &fix_lemma, problem) ||
      !read_bool (object, "at-start", &at_start, problem) ||
      !read_bool (object, "case-sensitive", &cs, problem) ||
      !read_strings (object, "forms", &forms, problem))
    return NULL;

  spec->at_start = at_start;
  spec->case_sensitive = case_sensitive || cs;

  if ((text == NULL) == (lemma == NULL))
    {
      *problem = g_strdup (_("a phrase needs exactly one of “text” and “lemma”"));
      return NULL;
    }
  if (fix != NULL && fix_lemma != NULL)
    {
      *problem = g_strdup (_("a phrase cannot have both “fix” and “fix-lemma”"));
      return NULL;
    }

  if (text != NULL)
    {
      if (forms != NULL || fix_lemma != NULL)
        {
          *problem = g_strdup (_("“forms” and “fix-lemma” go with “lemma”, not “text”"));
          return NULL;
        }
      if (!phrase_has_tokens (text))
        {
          *problem = g_strdup (_("a phrase is empty"));
          return NULL;
        }
      spec_add (spec, g_strdup (text), g_strdup (fix));
      return g_steal_pointer (&spec);
    }

  if (!phrase_has_tokens (lemma))
    {
      *problem = g_strdup (_("a phrase is empty"));
      return NULL;
    }

  if (forms != NULL)
    {
      if (fix_lemma != NULL)
        {
          *problem = g_strdup (_("“fix-lemma” cannot go with explicit “forms”"));
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
                   char          **problem)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      RcPhraseSpec *spec = parse_phrase (json_array_get_element (array, i), verbs,
                                         case_sensitive, problem);

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
check_examples (RcRule     *rule,
                JsonNode   *node,
                char      **problem)
{
  JsonObject *object;
  gboolean strings = scope_is_strings (rule->scopes);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      *problem = g_strdup (_("“examples” must be an object with “fires” and “passes”"));
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
          *problem = g_strdup_printf (_("“examples.%s” must be a list"), member);
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
              *problem = g_strdup_printf (strings ? _("“examples.%s” must list strings for a "
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
  "id", "level", "scope", "sections", "kind", "message", "advice", "fix", "tip", "examples",
  "unless", "description", "_comment", NULL,
};

static const char * const kind_members[][6] = {
  { "phrases", "phrase-lists", "except", "case-sensitive", "spelling", NULL },
  { "pattern", "case-sensitive", "contains", NULL },
  { "count", "min", "max", "chars-per-line", NULL },
  { "check", "params", NULL },
};

static RcRule *
parse_rule (RcRuleSet   *self,
            JsonNode    *node,
            const char  *pack,
            guint        index,
            gboolean     builtin,
            GError     **error)
{
  g_autoptr(GList) members = NULL;
  g_autofree char *problem = NULL;
  g_auto(GStrv) scopes = NULL;
  g_auto(GStrv) sections = NULL;
  const char *id = NULL, *level = NULL, *kind = NULL, *message = NULL, *advice = NULL;
  const char *fix = NULL, *tip = NULL;
  RcRule *rule;
  JsonObject *object;
  JsonNode *examples;
  guint k;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rule_error (error, pack, index, _("a rule must be an object"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_string (object, "id", TRUE, &id, &problem))
    {
      rule_error (error, pack, index, "%s", problem);
      return NULL;
    }
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '_')
      {
        rule_error (error, pack, index,
                    _("the id “%s” may only hold a–z, 0–9, “.”, “-” and “_”"), id);
        return NULL;
      }

#define FAIL(...) G_STMT_START { \
    g_autofree char *what_ = g_strdup_printf (__VA_ARGS__); \
    g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID, \
                 _("%s: rule “%s”: %s"), pack, id, what_); \
    rule_free (rule); \
    return NULL; \
  } G_STMT_END

  rule = g_new0 (RcRule, 1);
  rule->min = rule->max = -1;
  rule->info.builtin = builtin;

  if (!read_string (object, "level", TRUE, &level, &problem) ||
      !read_string (object, "kind", TRUE, &kind, &problem) ||
      !read_string (object, "message", TRUE, &message, &problem) ||
      !read_string (object, "advice", TRUE, &advice, &problem) ||
      !read_string (object, "fix", FALSE, &fix, &problem) ||
      !read_string (object, "tip", FALSE, &tip, &problem) ||
      !read_strings (object, "scope", &scopes, &problem) ||
      !read_strings (object, "sections", &sections, &problem) ||
      !read_strings (object, "unless", &rule->unless, &problem))
    FAIL ("%s", problem);

  rule->info.id = g_strdup (id);
  rule->info.message = g_strdup (message);
  rule->info.advice = g_strdup (advice);
  rule->message = rc_rule_translate (rule, rule->info.message);
  rule->advice = rc_rule_translate (rule, rule->info.advice);
  rule->info.fix = g_strdup (fix);
  rule->info.tip = g_strdup (tip);
  rule->info.source = g_strdup (pack);

  if (!rc_level_from_string (level, &rule->info.level))
    FAIL (_("unknown level “%s” (error, warning or suggestion)"), level);

  for (k = 0; k < G_N_ELEMENTS (kind_names); k++)
    if (strcmp (kind, kind_names[k]) == 0)
      break;
  if (k == G_N_ELEMENTS (kind_names))
    FAIL (_("unknown kind “%s” (phrases, pattern, threshold or check)"), kind);
  rule->kind = (RcRuleKind) k;
  rule->info.kind = kind_names[k];

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (common_members, l->data) &&
        !g_strv_contains (kind_members[k], l->data))
      FAIL (_("unknown field “%s” for a rule of kind “%s”"), (const char *) l->data, kind);

  if (scopes == NULL || scopes[0] == NULL)
    FAIL (_("“scope” is missing"));
  for (guint i = 0; scopes[i] != NULL; i++)
    {
      guint s;

      for (s = 0; s < G_N_ELEMENTS (scope_names); s++)
        if (strcmp (scopes[i], scope_names[s]) == 0)
          break;
      if (s == G_N_ELEMENTS (scope_names))
        FAIL (_("unknown scope “%s”"), scopes[i]);
      rule->scopes |= 1u << s;
    }
  rule->scope_string = g_strjoinv (", ", scopes);
  rule->info.scope = rule->scope_string;

  for (guint i = 0; sections != NULL && sections[i] != NULL; i++)
    {
      RcSection section;

      if (!rc_section_from_name (sections[i], &section))
        FAIL (_("unknown section “%s”"), sections[i]);
      rule->sections |= 1u << section;
    }

  if (rule->kind != RC_RULE_CHECK && !scope_is_strings (rule->scopes))
    FAIL (_("a rule of kind “%s” reads strings: its scope must be bullet, summary, "
            "description or skills"), kind);

  switch (rule->kind)
    {
    case RC_RULE_PHRASES:
      {
        gboolean cs = FALSE;
        JsonNode *list = json_object_get_member (object, "phrases");
        g_auto(GStrv) lists = NULL;

        if (!read_bool (object, "case-sensitive", &cs, &problem) ||
            !read_bool (object, "spelling", &rule->spelling, &problem) ||
            !read_strings (object, "phrase-lists", &lists, &problem))
          FAIL ("%s", problem);
        rule->case_sensitive = cs;
        rule->phrases = g_ptr_array_new_with_free_func (phrase_spec_free);
        rule->excepts = g_ptr_array_new_with_free_func (phrase_spec_free);
        if (list != NULL && !JSON_NODE_HOLDS_ARRAY (list))
          FAIL (_("“phrases” must be a list"));
        if (!parse_phrase_list (list != NULL ? json_node_get_array (list) : NULL,
                                self->verbs, cs, rule->phrases, &problem))
          FAIL ("%s", problem);
        for (guint i = 0; lists != NULL && lists[i] != NULL; i++)
          {
            if (strcmp (lists[i], "duty-phrases") != 0)
              FAIL (_("unknown phrase list “%s” (duty-phrases)"), lists[i]);
            if (!parse_phrase_list (self->verbs->duty_phrases, self->verbs, cs, rule->phrases,
                                    &problem))
              FAIL ("%s", problem);
          }
        if (rule->phrases->len == 0)
          FAIL (_("“phrases” is missing or empty"));
        list = json_object_get_member (object, "except");
        if (list != NULL && !JSON_NODE_HOLDS_ARRAY (list))
          FAIL (_("“except” must be a list"));
        if (!parse_phrase_list (list != NULL ? json_node_get_array (list) : NULL,
                                self->verbs, cs, rule->excepts, &problem))
          FAIL ("%s", problem);
        if (rule->spelling)
          for (guint i = 0; i < rule->phrases->len; i++)
            {
              RcPhraseSpec *spec = g_ptr_array_index (rule->phrases, i);

              for (guint j = 0; j < spec->fixes->len; j++)
                if (g_ptr_array_index (spec->fixes, j) == NULL)
                  FAIL (_("a spelling rule needs a “fix” for every phrase (“%s” has none)"),
                        (const char *) g_ptr_array_index (spec->texts, j));
            }
      }
      break;

    case RC_RULE_PATTERN:
      {
        const char *pattern = NULL, *contains = NULL;
        g_autoptr(GError) regex_error = NULL;
        gboolean cs = FALSE;

        if (!read_string (object, "pattern", TRUE, &pattern, &problem) ||
            !read_string (object, "contains", FALSE, &contains, &problem) ||
            !read_bool (object, "case-sensitive", &cs, &problem))
          FAIL ("%s", problem);
        rule->contains = g_strdup (contains);
        rule->case_sensitive = cs;
        /* (*UCP): \w, \b and \d follow Unicode, so "é" is a word character */
        g_autofree char *full = g_strconcat ("(*UCP)", pattern, NULL);

        rule->regex = g_regex_new (full, G_REGEX_OPTIMIZE | (cs ? 0 : G_REGEX_CASELESS),
                                   G_REGEX_MATCH_NOTEMPTY, &regex_error);
        if (rule->regex == NULL)
          FAIL (_("bad pattern: %s"), regex_error->message);
      }
      break;

    case RC_RULE_THRESHOLD:
      {
        const char *count = NULL;
        gint per_line = 100;

        if (!read_string (object, "count", TRUE, &count, &problem) ||
            !read_int (object, "min", &rule->min, &problem) ||
            !read_int (object, "max", &rule->max, &problem) ||
            !read_int (object, "chars-per-line", &per_line, &problem))
          FAIL ("%s", problem);
        if (strcmp (count, "words") == 0)
          rule->count = RC_COUNT_WORDS;
        else if (strcmp (count, "characters") == 0)
          rule->count = RC_COUNT_CHARACTERS;
        else if (strcmp (count, "lines") == 0)
          rule->count = RC_COUNT_LINES;
        else
          FAIL (_("unknown count “%s” (words, characters or lines)"), count);
        if (rule->min < 0 && rule->max < 0)
          FAIL (_("a threshold needs “min”, “max” or both"));
        if (rule->min >= 0 && rule->max >= 0 && rule->min > rule->max)
          FAIL (_("“min” is above “max”"));
        if (per_line <= 0)
          FAIL (_("“chars-per-line” must be above 0"));
        rule->chars_per_line = (guint) per_line;
      }
      break;

    case RC_RULE_CHECK:
      {
        const char *name = NULL;
        JsonNode *params = json_object_get_member (object, "params");

        if (!read_string (object, "check", TRUE, &name, &problem))
          FAIL ("%s", problem);
        rule->check = rc_check_class_lookup (name);
        if (rule->check == NULL)
          FAIL (_("unknown check “%s”"), name);
        rule->info.check = g_strdup (name);
        if ((rule->scopes & ~rule->check->scopes) != 0)
          FAIL (_("the check “%s” cannot have the scope “%s”"), name, rule->scope_string);
        if (params != NULL && !JSON_NODE_HOLDS_OBJECT (params))
          FAIL (_("“params” must be an object"));
        if (params != NULL)
          rule->params = json_object_ref (json_node_get_object (params));
        if (rule->check->parse != NULL)
          {
            g_autoptr(GError) inner = NULL;

            if (!rule->check->parse (rule, rule->params, self->verbs, &inner))
              FAIL ("%s", inner->message);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  examples = json_object_get_member (object, "examples");
  if (examples != NULL && !check_examples (rule, examples, &problem))
    FAIL ("%s", problem);

#undef FAIL
  return rule;
}

static void compiled_free (RcCompiled *compiled);

static gboolean
load_pack (RcRuleSet   *self,
           const char  *data,
           gsize        length,
           const char  *name,
           gboolean     builtin,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (rule_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root;
  JsonArray *array;
  JsonNode *list;

  if (!g_utf8_validate (data, (gssize) length, NULL))
    {
      g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX,
                   _("%s: not UTF-8 text"), name);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      const char *message = parse_error->message;

      /* json-glib names the data "<data>"; name the pack instead, keeping line:column */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      else if (g_str_has_prefix (message, "<data>"))
        message += strlen ("<data>");
      g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX, "%s:%s", name, message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
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
  g_clear_pointer (&self->compiled, compiled_free);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Compiling: one lexicon and one phrase table for the whole set                              */

static RcWord *
word_at (RcCompiled *compiled,
         guint       id)
{
  if (id >= compiled->words->len)
    {
      guint old = compiled->words->len;

      g_array_set_size (compiled->words, id + 1);
      for (guint i = old; i <= id; i++)
        g_array_index (compiled->words, RcWord, i).verb = -1;
    }
  return &g_array_index (compiled->words, RcWord, id);
}

static guint
intern_text (RcCompiled *compiled,
             const char *text)
{
  g_autofree char *folded = rc_text_fold (text, strlen (text));
  guint id = rc_lexicon_intern (compiled->lexicon, folded, strlen (folded));

  word_at (compiled, id);
  return id;
}

static void
compiled_free (RcCompiled *compiled)
{
  if (compiled == NULL)
    return;
  rc_lexicon_free (compiled->lexicon);
  g_array_unref (compiled->words);
  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);

      g_free (phrase->exact);
      g_free (phrase->fix);
    }
  g_array_unref (compiled->phrases);
  g_array_unref (compiled->phrase_ids);
  g_array_unref (compiled->candidates);
  for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
    for (guint j = 0; j < RC_N_SECTIONS; j++)
      g_array_unref (compiled->string_rules[s][j]);
  g_array_unref (compiled->document_rules);
  g_free (compiled);
}

static void
compile_phrase (RcCompiled         *compiled,
                const RcRule       *rule,
                const RcPhraseSpec *spec,
                gboolean            except)
{
  RcTokens tokens;

  rc_tokens_init (&tokens);
  for (guint i = 0; i < spec->texts->len; i++)
    {
      const char *text = g_ptr_array_index (spec->texts, i);
      RcPhrase phrase = { 0 };

      rc_tokenize (&tokens, text, strlen (text), NULL);
      if (tokens.n_tokens == 0)
        continue;
      phrase.rule = rule->index;
      phrase.n = (guint16) MIN (tokens.n_tokens, G_MAXUINT16);
      phrase.at_start = spec->at_start;
      phrase.except = except;
      phrase.ids = compiled->phrase_ids->len;
      phrase.fix = g_strdup (g_ptr_array_index (spec->fixes, i));
      if (spec->case_sensitive)
        {
          GString *exact = g_string_new (NULL);

          for (guint t = 0; t < phrase.n; t++)
            {
              g_string_append_len (exact, text + tokens.tokens[t].start,
                                   tokens.tokens[t].end - tokens.tokens[t].start);
              g_string_append_c (exact, '\0');
            }
          phrase.exact = g_string_free (exact, FALSE);
        }
      for (guint t = 0; t < phrase.n; t++)
        {
          gint32 id = (gint32) rc_lexicon_intern (compiled->lexicon, rc_tokens_folded (&tokens, t),
                                                  tokens.tokens[t].fold_len);

          word_at (compiled, (guint) id);
          g_array_append_val (compiled->phrase_ids, id);
        }
      g_array_append_val (compiled->phrases, phrase);
    }
  rc_tokens_clear (&tokens);
}

static RcCompiled *
compile (RcRuleSet *self)
{
  RcCompiled *compiled = g_new0 (RcCompiled, 1);
  guint n_words;
  g_autofree guint32 *fill = NULL;

  compiled->generation = self->generation;
  compiled->lexicon = rc_lexicon_new ();
  compiled->words = g_array_new (FALSE, TRUE, sizeof (RcWord));
  compiled->phrases = g_array_new (FALSE, TRUE, sizeof (RcPhrase));
  compiled->phrase_ids = g_array_new (FALSE, FALSE, sizeof (gint32));
  compiled->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
    for (guint j = 0; j < RC_N_SECTIONS; j++)
      compiled->string_rules[s][j] = g_array_new (FALSE, FALSE, sizeof (guint));
  compiled->document_rules = g_array_new (FALSE, FALSE, sizeof (guint));

  /* verbs: strong ones first, so a form shared with a weak verb counts as strong */
  for (guint i = 0; i < self->verbs->verbs->len; i++)
    {
      const RcVerb *verb = &g_array_index (self->verbs->verbs, RcVerb, i);

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        {
          RcWord *word;

          if (verb->forms[f] == NULL)
            continue;
          word = word_at (compiled, intern_text (compiled, verb->forms[f]));
          if (word->verb < 0)
            word->verb = (gint32) i;
          word->forms |= (guint8) (1u << f);
          if (f == RC_VERB_FORM_PAST && verb->forms[RC_VERB_FORM_PARTICIPLE] == NULL)
            word->forms |= RC_FORM_PARTICIPLE;
          word->flags |= verb->category >= 0 ? RC_WORD_STRONG : RC_WORD_WEAK;
        }
    }
  for (guint i = 0; self->verbs->ambiguous[i] != NULL; i++)
    word_at (compiled, intern_text (compiled, self->verbs->ambiguous[i]))->flags |= RC_WORD_AMBIGUOUS;
  for (guint i = 0; self->verbs->prefixes[i] != NULL; i++)
    word_at (compiled, intern_text (compiled, self->verbs->prefixes[i]))->flags |= RC_WORD_PREFIX;

  for (guint r = 0; r < self->rules->len; r++)
    {
      const RcRule *rule = g_ptr_array_index (self->rules, r);

      if (rule->kind == RC_RULE_PHRASES)
        {
          for (guint i = 0; i < rule->phrases->len; i++)
            compile_phrase (compiled, rule, g_ptr_array_index (rule->phrases, i), FALSE);
          for (guint i = 0; i < rule->excepts->len; i++)
            compile_phrase (compiled, rule, g_ptr_array_index (rule->excepts, i), TRUE);
        }
      else if (rule->kind == RC_RULE_CHECK && rule->check->compile != NULL)
        rule->check->compile (rule, compiled, intern_text);

      if (rule->kind != RC_RULE_CHECK || rule->check->per_string)
        {
          for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
            if (rule->scopes & (1u << s))
              for (guint j = 0; j < RC_N_SECTIONS; j++)
                if (rule->sections == 0 || (rule->sections & (1u << j)))
                  {
                    g_array_append_val (compiled->string_rules[s][j], r);
                    if (rule->kind == RC_RULE_PHRASES)
                      compiled->has_phrases[s][j] = TRUE;
                  }
        }
      else
        g_array_append_val (compiled->document_rules, r);
    }

  /* phrases grouped by their first word: one lookup per token finds every candidate */
  n_words = compiled->words->len;
  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);
      gint32 first = g_array_index (compiled->phrase_ids, gint32, phrase->ids);
      RcWord *word = &g_array_index (compiled->words, RcWord, first);

      if (word->n_first < G_MAXUINT16)
        word->n_first++;
    }
  {
    guint32 offset = 0;

    fill = g_new0 (guint32, n_words + 1);
    for (guint w = 0; w < n_words; w++)
      {
        RcWord *word = &g_array_index (compiled->words, RcWord, w);

        word->first = offset;
        fill[w] = offset;
        offset += word->n_first;
      }
    g_array_set_size (compiled->candidates, offset);
  }
  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);
      gint32 first = g_array_index (compiled->phrase_ids, gint32, phrase->ids);
      RcWord *word = &g_array_index (compiled->words, RcWord, first);

      if (fill[first] < word->first + word->n_first)
        g_array_index (compiled->candidates, guint32, fill[first]++) = i;
    }

  /* resolve "unless" now that every rule is known */
  for (guint r = 0; r < self->rules->len; r++)
    {
      RcRule *rule = g_ptr_array_index (self->rules, r);

      g_clear_pointer (&rule->unless_index, g_array_unref);
      if (rule->unless == NULL)
        continue;
      rule->unless_index = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint j = 0; rule->unless[j] != NULL; j++)
        {
          RcRule *other = g_hash_table_lookup (self->by_id, rule->unless[j]);

          if (other != NULL)
            g_array_append_val (rule->unless_index, other->index);
        }
    }

  return compiled;
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

  g_clear_pointer (&self->compiled, compiled_free);
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

/**
 * rc_rule_set_new_builtin:
 *
 * Returns: (transfer full): the bundled rules, data/rules/ *.json in file-name order
 */
RcRuleSet *
rc_rule_set_new_builtin (void)
{
  RcRuleSet *self = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (RESOURCE_BASE "rules/", G_RESOURCE_LOOKUP_FLAGS_NONE,
                                          &error);
  if (names == NULL)
    {
      g_critical ("No bundled rules: %s", error->message);
      return self;
    }
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE "rules/", names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
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
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (RC_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }
  return load_pack (self, contents, length, name, FALSE, error);
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
