/* rc-checks-content.c — whole-resume checks of what it says: verbs, parts, contacts
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-compat.h"
#include "rc-document-private.h"
#include "rc-json-pointer.h"
#include "rc-schema.h"

/* ------------------------------------------------------------------------------------------ */
/* Document checks                                                                             */

static gboolean
parse_repeated (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("sections", "max", "max-share")

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
  guint bullets = 0;

  counts = g_new0 (guint, n_verbs * 2);
  seen = counts + n_verbs;
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->field != RC_FIELD_HIGHLIGHTS || entry->verb < 0 ||
          !section_selected (params, defaults, entry->section))
        continue;
      counts[entry->verb]++;
      bullets++;
    }
  /* a long history may open more bullets with one verb: "Built" 4 times in 35 bullets is no
   * habit */
  max = MAX (max, (guint) (params->max_share * bullets));
  for (guint v = 0; v < n_verbs && !any; v++)
    any = counts[v] > max;
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
  static const char * const allowed[] = { "pointer", "each", "field", "years", NULL };
  Params *p = rc_checks_read_params (params, allowed, error);

  if (p == NULL)
    return FALSE;
  rule->check_data = p;
  if ((p->pointer == NULL) == (p->each == NULL) || (p->each != NULL) != (p->field != NULL))
    return rc_checks_param_error (error, _("the check “missing” needs “pointer”, or “each” with "
                                 "“field”"));
  if ((p->pointer != NULL && p->pointer[0] != '/') || (p->each != NULL && p->each[0] != '/'))
    return rc_checks_param_error (error, _("“pointer” and “each” are JSON Pointers: they "
                                           "start with “/”"));
  /* members only (no list indices): split and unescape once */
  p->words = g_strsplit ((p->pointer != NULL ? p->pointer : p->each) + 1, "/", -1);
  for (guint i = 0; p->words[i] != NULL; i++)
    {
      char *name = rc_json_pointer_unescape (p->words[i]);

      if (name == NULL)
        return rc_checks_param_error (error, _("“pointer” and “each” are JSON Pointers: a "
                                               "“~” must be followed by 0 or 1"));
      g_free (p->words[i]);
      p->words[i] = name;
    }
  return TRUE;
}

/* the months from the first role's start to the last one's end (or today), or @enough as soon
 * as it is known to be that many; -1 when a role's dates cannot tell */
static gint
work_history_months (RcCheckContext *ctx,
                     gint            enough)
{
  JsonArray *work = root_array (ctx, "work");
  gint first = 0, last = G_MAXINT;

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      gint months, ago;

      rc_checks_entry_months (ctx, rc_json_get_element_object (work, i), &months, &ago);
      if (months < 0)
        return -1;
      first = MAX (first, ago + months);
      last = MIN (last, ago);
      if (first - last >= enough)
        return enough;
    }
  return last == G_MAXINT ? 0 : first - last;
}

/* with "years": early in a career, as the work history shows; a resume with neither work nor
 * education written yet tells nothing */
static gboolean
in_early_career (RcCheckContext *ctx,
                 const Params   *params)
{
  gint months;

  if (params->years < 0)
    return TRUE;
  if (root_array (ctx, "work") == NULL && root_array (ctx, "education") == NULL)
    return FALSE;
  months = work_history_months (ctx, params->years * 12);
  return months >= 0 && months < params->years * 12;
}

/* something that should be there is not: a field, a section, or a field of each entry; with
 * "years", only for someone with less work history than that */
static void
run_missing (RcCheckContext *ctx,
             const RcRule   *rule)
{
  const Params *params = get_params (rule);

  if (params->pointer != NULL)
    {
      guint reached;
      JsonNode *node = lookup_tokens (ctx->root, params->words, &reached);

      if (node_is_empty (node) && in_early_career (ctx, params))
        {
          /* the nearest place that exists: the section, or "" for the whole resume */
          g_autofree char *nearest = rc_json_pointer_join ((const char * const *) params->words,
                                                           reached);

          add (ctx, rc_rule_make_finding (rule, rule->info.level, nearest, 0, 0, NULL, NULL,
                                          NULL));
        }
      return;
    }
  {
    JsonNode *list = lookup_tokens (ctx->root, params->words, NULL);
    JsonArray *array;

    if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list) || !in_early_career (ctx, params))
      return;
    array = json_node_get_array (list);
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = rc_json_get_element_object (array, i);
        const char *name;
        g_autofree char *pointer = NULL;

        if (object == NULL || !node_is_empty (json_object_get_member (object, params->field)))
          continue;
        name = rc_checks_entry_name (object);
        pointer = rc_json_pointer_append_index (params->each, i);
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

gboolean
rc_checks_text_names (char       **words,
                      const char  *text)
{
  g_autofree char *folded = NULL;

  if (is_blank (text))
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
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

  if (rc_checks_text_names (params->words, rc_json_get_member_string (basics, "url")))
    return;
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = rc_json_get_element_object (profiles, i);

      if (rc_checks_text_names (params->words, rc_json_get_member_string (profile, "network")) ||
          rc_checks_text_names (params->words, rc_json_get_member_string (profile, "url")))
        return;
    }
  add (ctx, rc_rule_make_finding (rule, rule->info.level, basics != NULL ? "/basics" : "", 0, 0,
                                  NULL, NULL, NULL));
}

static gboolean
parse_bullet_count (RcRule         *rule,
                    JsonObject     *params,
                    const RcVerbs  *verbs,
                    GError        **error)
PARSE_WITH ("sections", "min", "max", "years", "months", "breaks")

static gboolean
parse_paragraph (RcRule         *rule,
                 JsonObject     *params,
                 const RcVerbs  *verbs,
                 GError        **error)
PARSE_WITH ("sections", "min")

/* Too few bullets said of a role that needs none: its summary or description tells it, it is
 * a career break (params.breaks), it ended over @years ago, or it lasted less than @months (or
 * its dates cannot tell) */
static gboolean
needs_no_bullets (RcCheckContext *ctx,
                  const Params   *params,
                  JsonObject     *object)
{
  gint months, ago;

  if (!is_blank (rc_json_get_member_string (object, "summary")) ||
      !is_blank (rc_json_get_member_string (object, "description")) ||
      rc_checks_text_names (params->exempt, rc_checks_entry_name (object)) ||
      rc_checks_text_names (params->exempt, rc_json_get_member_string (object, "position")))
    return TRUE;
  if (params->years < 0 && params->months < 0)
    return FALSE;
  rc_checks_entry_months (ctx, object, &months, &ago);
  return (params->years >= 0 && (ago < 0 || ago > params->years * 12)) ||
         (params->months >= 0 && months < params->months);
}

/* The entries of @section's array and how many bullets each has, into @counts (a bullet: a
 * highlight with words in it, and no stack line its rule moves out); NULL when it has none */
static JsonArray *
count_entry_bullets (RcCheckContext *ctx,
                     const RcRule   *rule,
                     RcSection       section,
                     GArray         *counts)
{
  JsonArray *array = root_array (ctx, rc_section_get_info (section)->id);

  if (array == NULL)
    return NULL;
  g_array_set_size (counts, 0);
  g_array_set_size (counts, json_array_get_length (array));
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->section == section && entry->field == RC_FIELD_HIGHLIGHTS &&
          entry->n_words > 0 && (guint) entry->entry < counts->len &&
          !rc_rule_skips (rule, entry))
        g_array_index (counts, guint, entry->entry)++;
    }
  return array;
}

/* what a check of bullet counts says of one entry: @object, the @index-th of @section, with
 * @count bullets */
typedef void (*EntryCountFunc) (RcCheckContext *ctx,
                                const RcRule   *rule,
                                const Params   *params,
                                RcSection       section,
                                guint           index,
                                JsonObject     *object,
                                guint           count);

/* Calls @func for each entry of the sections the rule reads (work by default), with the
 * number of its bullets */
static void
for_each_entry_count (RcCheckContext *ctx,
                      const RcRule   *rule,
                      EntryCountFunc  func)
{
  const Params *params = get_params (rule);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array;

      if (!section_selected (params, 1u << RC_SECTION_WORK, section) ||
          (array = count_entry_bullets (ctx, rule, section, counts)) == NULL)
        continue;
      for (guint i = 0; i < counts->len; i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);

          if (object != NULL)
            func (ctx, rule, params, section, i, object, g_array_index (counts, guint, i));
        }
    }
}

/* an entry with too few or too many bullets */
static void
check_bullet_count (RcCheckContext *ctx,
                    const RcRule   *rule,
                    const Params   *params,
                    RcSection       section,
                    guint           index,
                    JsonObject     *object,
                    guint           count)
{
  g_autofree char *pointer = NULL;
  char count_text[16], min[16], max[16];
  const char *name;
  gboolean few = params->min >= 0 && count < (guint) params->min;

  if (!(few || (params->max >= 0 && count > (guint) params->max)) ||
      (few && needs_no_bullets (ctx, params, object)))
    return;
  name = rc_checks_entry_name (object);
  pointer = rc_json_pointer_append_index (rc_section_get_info (section)->pointer, index);
  g_snprintf (count_text, sizeof count_text, "%u", count);
  g_snprintf (min, sizeof min, "%d", params->min);
  g_snprintf (max, sizeof max, "%d", params->max);
  add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                  "name", name != NULL ? name : "", "count", count_text,
                                  "min", min, "max", max, NULL));
}

static void
run_bullet_count (RcCheckContext *ctx,
                  const RcRule   *rule)
{
  for_each_entry_count (ctx, rule, check_bullet_count);
}

/* experience.paragraph: a role told in a paragraph of at least params.min words and two
 * sentences, with no bullets: what it says is there, but a reader scans for bullets */
static void
check_paragraph (RcCheckContext *ctx,
                 const RcRule   *rule,
                 const Params   *params,
                 RcSection       section,
                 guint           index,
                 JsonObject     *object,
                 guint           count)
{
  const char *text = rc_json_get_member_string (object, "summary");
  g_autofree char *pointer = NULL;
  guint words = 0, sentences = 0;
  const char *name;

  if (is_blank (text))
    text = rc_json_get_member_string (object, "description");
  if (count > 0 || is_blank (text))
    return;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p) && (p == text || g_ascii_isspace (p[-1])))
        words++;
      if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace (p[1])))
        sentences++;
    }
  if (words < (guint) MAX (params->min, 0) || sentences < 2)
    return;
  name = rc_checks_entry_name (object);
  pointer = rc_json_pointer_append_index (rc_section_get_info (section)->pointer, index);
  add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                  "name", name != NULL ? name : "", NULL));
}

static void
run_paragraph (RcCheckContext *ctx,
               const RcRule   *rule)
{
  for_each_entry_count (ctx, rule, check_paragraph);
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

/* "201805" → "2018-05", "20180517" → "2018-05-17": a date written as a number */
static char *
number_as_date (const char *text)
{
  gsize len = strlen (text);

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return g_strdup (text);
  if (len == 6)
    return g_strdup_printf ("%.4s-%.2s", text, text + 4);
  if (len == 8)
    return g_strdup_printf ("%.4s-%.2s-%.2s", text, text + 4, text + 6);
  return g_strdup (text);
}

static gboolean
is_date_field (const char *pointer)
{
  static const char * const fields[] = { "startDate", "endDate", "date", "releaseDate", NULL };
  const char *last = strrchr (pointer, '/');

  return last != NULL && rc_section_holds (fields, last + 1);
}

/* A list's items as JSON text, the nulls left out and numbers as the file wrote them */
static char *
list_without_nulls (RcDocument *document,
                    JsonArray  *array)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *text = NULL;

      if (JSON_NODE_HOLDS_NULL (element))
        continue;
      text = rc_document_dup_json (document, element);
      if (json->len > 1)
        g_string_append_c (json, ',');
      g_string_append (json, text);
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* The items of text written where a list belongs, as a JSON list */
static char *
text_as_list (const char *pointer,
              const char *text)
{
  g_auto(GStrv) items = rc_compat_split_list (text, g_str_has_suffix (pointer, "/highlights"));
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *array = json_array_new ();

  for (guint i = 0; items[i] != NULL; i++)
    json_array_add_string_element (array, items[i]);
  json_node_take_array (node, array);
  return rc_document_json_text (node, NULL);
}

/* The basics' objects written as text: "Oslo, Norway" as a city and region, a profile as its
 * link */
static char *
text_as_object (const char *pointer,
                const char *text)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();
  const char *comma = strchr (text, ',');

  json_node_take_object (node, object);
  if (strcmp (pointer, "/basics/location") != 0)
    json_object_set_string_member (object, "url", text);
  else if (comma == NULL)
    json_object_set_string_member (object, "city", text);
  else
    {
      g_autofree char *city = g_strstrip (g_strndup (text, (gsize) (comma - text)));
      g_autofree char *region = g_strstrip (g_strdup (comma + 1));

      json_object_set_string_member (object, "city", city);
      if (*region != '\0')
        json_object_set_string_member (object, "region", region);
    }
  return rc_document_json_text (node, NULL);
}

/* What a field of the wrong type becomes at one click (see rc_finding_apply_fix()), or NULL */
static char *
wrong_type_fix (RcDocument   *document,
                const char   *pointer,
                RcSchemaKind  expected,
                JsonNode     *found)
{
  g_autofree char *number = NULL;

  if (expected == RC_SCHEMA_LIST && JSON_NODE_HOLDS_ARRAY (found))
    return list_without_nulls (document, json_node_get_array (found));
  if (expected == RC_SCHEMA_LIST && rc_json_get_string (found) != NULL)
    return text_as_list (pointer, rc_json_get_string (found));
  if (expected == RC_SCHEMA_OBJECT && rc_json_get_string (found) != NULL &&
      g_str_has_prefix (pointer, "/basics/"))
    return text_as_object (pointer, rc_json_get_string (found));
  if (expected == RC_SCHEMA_LIST && JSON_NODE_HOLDS_OBJECT (found) &&
      strcmp (pointer, "/basics/profiles") == 0)
    {
      g_autofree char *profile = rc_document_dup_json (document, found);

      return g_strdup_printf ("[%s]", profile);
    }
  if (expected != RC_SCHEMA_TEXT || !JSON_NODE_HOLDS_VALUE (found) ||
      json_node_get_value_type (found) == G_TYPE_BOOLEAN)
    return NULL;
  number = rc_document_dup_json (document, found);
  return is_date_field (pointer) ? number_as_date (number) : g_steal_pointer (&number);
}

/* a field the schema says holds text (or a list, an object) holds something else: it is kept,
 * but no export prints it and an ATS never sees it; or a list holds null */
static void
on_mismatch_cb (const char   *pointer,
                RcSchemaKind  expected,
                JsonNode     *found,
                gpointer      user_data)
{
  RcCheckContext *ctx = ((gpointer *) user_data)[0];
  const RcRule *rule = ((gpointer *) user_data)[1];
  g_autofree char *fix = wrong_type_fix (ctx->document, pointer, expected, found);
  gboolean nulls = expected == RC_SCHEMA_LIST && JSON_NODE_HOLDS_ARRAY (found);

  add (ctx, rc_rule_make_variant (rule, nulls ? "nulls" : NULL, rule->info.level, pointer,
                                  0, 0, NULL, fix, "expected", rc_schema_describe (expected),
                                  "found", rc_json_describe_node (found), NULL));
}

static void
run_wrong_type (RcCheckContext *ctx,
                const RcRule   *rule)
{
  gpointer data[] = { ctx, (gpointer) rule };

  /* most resumes are read without one, and edits cannot add one */
  if (rc_document_may_hold_wrong_types (ctx->document))
    rc_schema_foreach_mismatch (rc_document_get_root (ctx->document), on_mismatch_cb, data);
}

/* ats.legacy-keys: keys of JSON Resume v0 (data/json-resume.json); the fix is the whole
 * resume with them renamed */
static void
run_legacy_keys (RcCheckContext *ctx,
                 const RcRule   *rule)
{
  JsonNode *root = rc_document_get_root (ctx->document);
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *fix = NULL;
  g_autofree char *list = NULL;
  char count[16];
  guint n;

  if (!rc_document_may_hold_legacy_keys (ctx->document) || rc_compat_count_legacy (root) == 0 ||
      (copy = rc_document_dup_tree (ctx->document, root, &texts)) == NULL)
    return;
  renamed = g_ptr_array_new_with_free_func (g_free);
  n = rc_compat_upgrade (copy, renamed);
  fix = rc_document_json_text (copy, texts);
  list = rc_checks_join_names (renamed);
  g_snprintf (count, sizeof count, "%u", n);
  add (ctx, rc_rule_make_variant (rule, n == 1 ? "one" : NULL, rule->info.level, "", 0, 0,
                                  NULL, fix, "count", count, "renames", list, NULL));
}

const RcCheckClass rc_checks_content[] = {
  { "repeated-verb", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_VERBS,
    parse_repeated, rc_checks_params_free, NULL, NULL, run_repeated },
  { "missing", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON | RC_DEPENDS_BLANKS | RC_DEPENDS_TODAY,
    parse_missing, rc_checks_params_free, NULL, NULL, run_missing },
  { "email", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_email },
  { "profiles", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    parse_profiles, rc_checks_params_free, NULL, NULL, run_profiles },
  { "bullet-count", RC_CHECKS_WHOLE, FALSE,
    RC_DEPENDS_FACTS | RC_DEPENDS_JSON | RC_DEPENDS_TODAY,
    parse_bullet_count, rc_checks_params_free, NULL, NULL, run_bullet_count },
  { "paragraph", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS | RC_DEPENDS_JSON,
    parse_paragraph, rc_checks_params_free, NULL, NULL, run_paragraph },
  { "wrong-type", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_wrong_type },
  { "legacy-keys", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_legacy_keys },
  { NULL },
};
