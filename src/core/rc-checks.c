/* rc-checks.c — the built-in checks: what rules need code for, parameterised by data; their
 * wording, parameters and registry (the checks themselves are in rc-checks-*.c by family)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-json-typed.h"

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

  finding->rule_index = rule->index + 1;
  /* the rule's own wording was translated once, when it was loaded */
  finding->message = format_with_match (message == rule->info.message ? rule->message
                                        : rc_rule_translate (rule, message), match, args);
  finding->advice = format_with_match (advice == rule->info.advice ? rule->advice
                                       : rc_rule_translate (rule, advice), match, args);
  finding->fix = g_strdup (fix);
  finding->tip = g_strdup (rule->info.tip);
  finding->match = g_strdup (match);
  if (pointer == NULL || *pointer == '\0')
    finding->place = g_strdup (rule->info.place);
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

RcFinding *
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
  JsonObject *wording = variant != NULL ? rc_json_get_member_object (variants, variant) : NULL;
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

/* ------------------------------------------------------------------------------------------ */
/* Parameters                                                                                  */

void
rc_checks_params_free (gpointer data)
{
  Params *params = data;

  g_free (params->pointer);
  g_free (params->each);
  g_free (params->field);
  g_strfreev (params->words);
  g_strfreev (params->more_words);
  g_strfreev (params->versions);
  g_strfreev (params->more_words2);
  g_strfreev (params->exempt);
  g_strfreev (params->frequencies);
  g_strfreev (params->suggest);
  g_free (params->suggest_text);
  g_free (params);
}

/* a check's parameters are read inside the rule, which names its pack and itself */
static const RcJsonPlace params_place = {
  NULL, NULL, "params", g_io_error_quark, G_IO_ERROR_INVALID_DATA
};

gboolean
rc_checks_param_error (GError    **error,
                       const char *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  rc_json_invalid_valist (&params_place, error, format, args);
  va_end (args);
  return FALSE;
}

/* params.variants: each an object whose "message" and "advice", if there, are text */
static gboolean
check_variants (JsonObject  *params,
                GError     **error)
{
  JsonObject *variants;
  g_autoptr(GList) names = NULL;

  if (!rc_json_read_object (&params_place, params, "variants", 0, &variants, error))
    return FALSE;
  names = variants != NULL ? json_object_get_members (variants) : NULL;
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *path = g_strconcat ("params.variants.", l->data, NULL);
      RcJsonPlace place = { NULL, NULL, "params.variants", g_io_error_quark,
                             G_IO_ERROR_INVALID_DATA };
      JsonObject *wording;
      g_autoptr(GList) members = NULL;

      if (!rc_json_read_object (&place, variants, l->data, 0, &wording, error))
        return FALSE;
      place.path = path;
      members = wording != NULL ? json_object_get_members (wording) : NULL;
      for (GList *m = members; m != NULL; m = m->next)
        {
          const char *text;

          if (strcmp (m->data, "message") != 0 && strcmp (m->data, "advice") != 0)
            return rc_checks_param_error (error, _("“%s” has an unknown field “%s”"), path,
                                          (const char *) m->data);
          if (!rc_json_read_string (&place, wording, m->data, RC_JSON_NON_EMPTY, &text, error))
            return FALSE;
        }
    }
  return TRUE;
}

typedef enum
{
  PARAM_INT,
  PARAM_STRING,
  PARAM_WORDS,
} ParamType;

/* the parameters that are plain values, and where they go */
static const struct
{
  const char *name;
  ParamType   type;
  gsize       offset;
} param_fields[] = {
  { "min",          PARAM_INT,    G_STRUCT_OFFSET (Params, min) },
  { "max",          PARAM_INT,    G_STRUCT_OFFSET (Params, max) },
  { "min-bullets",  PARAM_INT,    G_STRUCT_OFFSET (Params, min_bullets) },
  { "limit",        PARAM_INT,    G_STRUCT_OFFSET (Params, limit) },
  { "junior-years", PARAM_INT,    G_STRUCT_OFFSET (Params, junior_years) },
  { "junior-max",   PARAM_INT,    G_STRUCT_OFFSET (Params, junior_max) },
  { "years",        PARAM_INT,    G_STRUCT_OFFSET (Params, years) },
  { "months",       PARAM_INT,    G_STRUCT_OFFSET (Params, months) },
  { "pointer",      PARAM_STRING, G_STRUCT_OFFSET (Params, pointer) },
  { "each",         PARAM_STRING, G_STRUCT_OFFSET (Params, each) },
  { "field",        PARAM_STRING, G_STRUCT_OFFSET (Params, field) },
  { "words",        PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "number-words", PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "auxiliaries",  PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "networks",     PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "categories",   PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "titles",       PARAM_WORDS,  G_STRUCT_OFFSET (Params, words) },
  { "year-context", PARAM_WORDS,  G_STRUCT_OFFSET (Params, more_words) },
  { "versions",     PARAM_WORDS,  G_STRUCT_OFFSET (Params, versions) },
  { "not-before",   PARAM_WORDS,  G_STRUCT_OFFSET (Params, more_words2) },
  { "no-metric",    PARAM_WORDS,  G_STRUCT_OFFSET (Params, exempt) },
  { "breaks",       PARAM_WORDS,  G_STRUCT_OFFSET (Params, exempt) },
  { "frequencies",  PARAM_WORDS,  G_STRUCT_OFFSET (Params, frequencies) },
  { "suggest",      PARAM_WORDS,  G_STRUCT_OFFSET (Params, suggest) },
};

static gboolean
read_param_field (Params      *out,
                  JsonObject  *params,
                  guint        field,
                  GError     **error)
{
  gpointer at = G_STRUCT_MEMBER_P (out, param_fields[field].offset);
  const char *name = param_fields[field].name;
  const char *string;
  char **words;

  switch (param_fields[field].type)
    {
    case PARAM_INT:
      return rc_json_read_int (&params_place, params, name, 0, 100000, at, error);
    case PARAM_STRING:
      if (!rc_json_read_string (&params_place, params, name, RC_JSON_NON_EMPTY, &string, error))
        return FALSE;
      *(char **) at = g_strdup (string);
      return TRUE;
    case PARAM_WORDS:
    default:
      if (!rc_json_read_strv (&params_place, params, name, 0, &words, error))
        return FALSE;
      g_strfreev (*(char ***) at);
      *(char ***) at = words;
      return TRUE;
    }
}

/* params.sections: names of sections */
static gboolean
read_param_special (Params      *out,
                    JsonObject  *params,
                    const char  *name,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (params, name);

  if (strcmp (name, "min-share") == 0)
    return rc_json_read_double (&params_place, params, name, 0, 1, &out->share, error);
  if (strcmp (name, "max-share") == 0)
    return rc_json_read_double (&params_place, params, name, 0, 1, &out->max_share, error);

  g_assert (strcmp (name, "sections") == 0);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return rc_checks_param_error (error, _("“params.sections” must be a list of section names"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (node), i);
      const char *section_name = rc_json_get_string (item);
      RcSection section;

      if (!rc_section_from_id (section_name, -1, &section))
        return rc_checks_param_error (error, _("“params.sections” names an unknown section"));
      out->sections |= 1u << section;
    }
  return TRUE;
}

Params *
rc_checks_read_params (JsonObject          *params,
                       const char * const  *allowed,
                       GError             **error)
{
  Params *out = g_new0 (Params, 1);
  g_autoptr(GList) members = NULL;

  out->share = 0.5;
  out->min = out->max = out->min_bullets = out->limit = -1;
  out->junior_years = out->junior_max = out->years = out->months = -1;
  if (params == NULL)
    return out;

  members = json_object_get_members (params);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      guint field;
      gboolean ok;

      if (strcmp (name, "variants") == 0)
        ok = check_variants (params, error);
      else if (!g_strv_contains (allowed, name))
        ok = rc_checks_param_error (error, _("unknown parameter “%s”"), name);
      else
        {
          for (field = 0; field < G_N_ELEMENTS (param_fields); field++)
            if (strcmp (param_fields[field].name, name) == 0)
              break;
          ok = field < G_N_ELEMENTS (param_fields) ? read_param_field (out, params, field, error)
                                                    : read_param_special (out, params, name, error);
        }
      if (!ok)
        {
          rc_checks_params_free (out);
          return NULL;
        }
    }
  return out;
}

gboolean
rc_checks_parse_nothing (RcRule         *rule,
                         JsonObject     *params,
                         const RcVerbs  *verbs,
                         GError        **error)
{
  static const char * const allowed[] = { NULL };
  Params *p = rc_checks_read_params (params, allowed, error);

  if (p == NULL)
    return FALSE;
  rule->check_data = p;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                                */

const RcCheckClass *
rc_check_class_lookup (const char *name)
{
  static const RcCheckClass * const families[] = {
    rc_checks_strings, rc_checks_verbs, rc_checks_content, rc_checks_dates, rc_checks_skills,
    rc_checks_basics, rc_checks_spelling,
  };

  for (guint f = 0; f < G_N_ELEMENTS (families); f++)
    for (const RcCheckClass *c = families[f]; c->name != NULL; c++)
      if (strcmp (c->name, name) == 0)
        return c;
  return NULL;
}
