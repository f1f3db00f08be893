/* rc-guide.c — the bundled guide: articles by category, search, and the action-verb lists
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rc-guide.h"
#include "rc-json-private.h"
#include "rc-taxonomy.h"
#include "rc-text.h"
#include "rc-verbs.h"

#define GUIDE_RESOURCE_URI "resource:///io/github/resumecoach/ResumeCoach/core/guide"

/* How many verbs or skills a category's line shows on the overview pages. */
#define OVERVIEW_PREVIEW 6

typedef struct
{
  char *title;
  char *tags;
  char *text;
} SearchIndex;

struct _RcGuide
{
  GObject        parent_instance;

  GHashTable    *by_id;          /* id → RcGuideEntry (owned) */
  GHashTable    *by_category;    /* category → GPtrArray of RcGuideEntry, data order */
  GPtrArray     *entries;        /* every entry, categories in display order */
  GArray        *index;          /* SearchIndex, parallel to entries */

  GStringChunk  *strings;        /* the verb data's strings */
  GPtrArray     *allocations;    /* the verb data's structs and arrays */
  GPtrArray     *verbs;          /* RcGuideVerb, data order */
  GPtrArray     *weak_verbs;     /* RcGuideWeakVerb, data order */
  char         **verb_categories;
  GHashTable    *verb_names;     /* category → name, English, from the data */
  GHashTable    *verb_descriptions;
  GHashTable    *verb_forms;     /* lower-case form → RcGuideVerb */
  GHashTable    *weak_forms;     /* lower-case form → RcGuideWeakVerb */
  GPtrArray     *duty_phrases;   /* lower-case, data order */
  GPtrArray     *duty_longest;   /* the same, longest first, for matching */
};

G_DEFINE_FINAL_TYPE (RcGuide, rc_guide, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc-guide-error-quark, rc_guide_error)

static const struct
{
  const char *id;
  const char *title;
} guide_categories[] = {
  { "faq",      N_("Questions") },
  { "tips",     N_("Tips") },
  { "mistakes", N_("Common mistakes") },
  { "verbs",    N_("Action verbs") },
  { "skills",   N_("Key skills") },
  { "sections", N_("Sections") },
  { "style",    N_("Style") },
  { "examples", N_("Before and after") },
};

static const char * const category_ids[] = {
  "faq", "tips", "mistakes", "verbs", "skills", "sections", "style", "examples", NULL
};

/* The taxonomy names its categories by id only; these are their page titles, in page order. */
static const struct
{
  const char *id;
  const char *title;
} skill_categories[] = {
  { "language",      N_("Languages") },
  { "framework",     N_("Frameworks") },
  { "database",      N_("Databases") },
  { "messaging",     N_("Messaging and streaming") },
  { "cloud",         N_("Cloud platforms") },
  { "container",     N_("Containers and orchestration") },
  { "observability", N_("Observability") },
  { "cicd",          N_("CI/CD") },
  { "security",      N_("Security") },
  { "tool",          N_("Tools") },
  { "practice",      N_("Practices") },
  { "soft",          N_("Soft skills") },
};

static void
search_index_clear (gpointer data)
{
  SearchIndex *index = data;

  g_free (index->title);
  g_free (index->tags);
  g_free (index->text);
}

static void
rc_guide_finalize (GObject *object)
{
  RcGuide *self = (RcGuide *) object;

  g_clear_pointer (&self->index, g_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->by_category, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->verbs, g_ptr_array_unref);
  g_clear_pointer (&self->weak_verbs, g_ptr_array_unref);
  g_clear_pointer (&self->verb_categories, g_strfreev);
  g_clear_pointer (&self->verb_names, g_hash_table_unref);
  g_clear_pointer (&self->verb_descriptions, g_hash_table_unref);
  g_clear_pointer (&self->verb_forms, g_hash_table_unref);
  g_clear_pointer (&self->weak_forms, g_hash_table_unref);
  g_clear_pointer (&self->duty_phrases, g_ptr_array_unref);
  g_clear_pointer (&self->duty_longest, g_ptr_array_unref);
  g_clear_pointer (&self->allocations, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (rc_guide_parent_class)->finalize (object);
}

static void
rc_guide_class_init (RcGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_guide_finalize;
}

static void
rc_guide_init (RcGuide *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->by_category = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; category_ids[i] != NULL; i++)
    g_hash_table_insert (self->by_category, g_strdup (category_ids[i]), g_ptr_array_new ());
  self->entries = g_ptr_array_new ();
  self->index = g_array_new (FALSE, TRUE, sizeof (SearchIndex));
  g_array_set_clear_func (self->index, search_index_clear);

  self->strings = g_string_chunk_new (4096);
  self->allocations = g_ptr_array_new_with_free_func (g_free);
  self->verbs = g_ptr_array_new ();
  self->weak_verbs = g_ptr_array_new ();
  self->verb_categories = g_new0 (char *, 1);
  self->verb_names = g_hash_table_new (g_str_hash, g_str_equal);
  self->verb_descriptions = g_hash_table_new (g_str_hash, g_str_equal);
  self->verb_forms = g_hash_table_new (g_str_hash, g_str_equal);
  self->weak_forms = g_hash_table_new (g_str_hash, g_str_equal);
  self->duty_phrases = g_ptr_array_new ();
  self->duty_longest = g_ptr_array_new ();
}

/* ---- reading guide files ---------------------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *file,
         const char  *id,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError     **error,
         const char  *file,
         const char  *id,
         const char  *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (id != NULL)
    g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_INVALID,
                 "%s: entry “%s”: %s", file, id, what);
  else
    g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_INVALID, "%s: %s", file, what);
  return FALSE;
}

/* Reads an optional string member; FALSE with @error when it is there but not a string. */
static gboolean
read_string (JsonObject  *object,
             const char  *member,
             const char **out,
             const char  *file,
             const char  *id,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, file, id, "“%s” must be a string", member);
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_strv (JsonObject   *object,
           const char   *member,
           char       ***out,
           const char   *file,
           const char   *id,
           GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, file, id, "“%s” must be a list of strings", member);

  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return invalid (error, file, id, "“%s” must be a list of strings", member);
      g_strv_builder_add (builder, json_node_get_string (item));
    }
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_examples (JsonObject  *object,
               GArray     **out,
               const char  *file,
               const char  *id,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, "examples");
  g_autoptr(GArray) examples = NULL;
  JsonArray *array;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, file, id, "“examples” must be a list");

  array = json_node_get_array (node);
  examples = g_array_new (FALSE, TRUE, sizeof (RcGuideExample));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *before, *after, *why;
      RcGuideExample example;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return invalid (error, file, id, "example %u is not an object", i);
      if (!read_string (json_node_get_object (item), "before", &before, file, id, error) ||
          !read_string (json_node_get_object (item), "after", &after, file, id, error) ||
          !read_string (json_node_get_object (item), "why", &why, file, id, error))
        return FALSE;
      if (before == NULL || after == NULL || *before == '\0' || *after == '\0')
        return invalid (error, file, id, "example %u needs “before” and “after”", i);

      example.before = g_strdup (before);
      example.after = g_strdup (after);
      example.why = g_strdup (why);
      g_array_append_val (examples, example);
    }
  *out = g_steal_pointer (&examples);
  return TRUE;
}

/* Reads what a translation may change: title, body, tags, examples. */
static gboolean
read_texts (RcGuideEntry *entry,
            JsonObject   *object,
            const char   *file,
            GError      **error)
{
  const char *id = rc_guide_entry_get_id (entry);
  const char *title, *body;
  char **tags;
  GArray *examples;

  if (!read_string (object, "title", &title, file, id, error) ||
      !read_string (object, "body", &body, file, id, error) ||
      !read_strv (object, "tags", &tags, file, id, error))
    return FALSE;
  if (!read_examples (object, &examples, file, id, error))
    {
      g_strfreev (tags);
      return FALSE;
    }

  if (title != NULL)
    rc_guide_entry_set_title (entry, title);
  if (body != NULL)
    rc_guide_entry_set_body (entry, body);
  if (tags != NULL)
    rc_guide_entry_set_tags (entry, tags);
  if (examples != NULL)
    rc_guide_entry_set_examples (entry, examples);
  return TRUE;
}

static gboolean
is_category (const char *category)
{
  return g_strv_contains (category_ids, category);
}

static void
add_entry (RcGuide      *self,
           RcGuideEntry *entry,
           int           position)
{
  GPtrArray *list = g_hash_table_lookup (self->by_category, rc_guide_entry_get_category (entry));

  g_hash_table_insert (self->by_id, (gpointer) rc_guide_entry_get_id (entry), entry);
  if (position < 0 || (guint) position > list->len)
    g_ptr_array_add (list, entry);
  else
    g_ptr_array_insert (list, position, entry);
}

static gboolean
load_entry (RcGuide     *self,
            JsonObject  *object,
            gboolean     translation,
            const char  *file,
            GError     **error)
{
  g_autoptr(RcGuideEntry) entry = NULL;
  const char *id, *category, *title, *body;
  char **rules, **related;

  if (!read_string (object, "id", &id, file, NULL, error))
    return FALSE;
  if (id == NULL || *id == '\0')
    return invalid (error, file, NULL, "an entry has no “id”");

  if (translation)
    {
      RcGuideEntry *existing = g_hash_table_lookup (self->by_id, id);

      /* A translation of an entry that English no longer has is stale, not fatal. */
      if (existing == NULL)
        {
          g_debug ("%s: no English entry “%s”; translation skipped", file, id);
          return TRUE;
        }
      return read_texts (existing, object, file, error);
    }

  if (!read_string (object, "category", &category, file, id, error) ||
      !read_string (object, "title", &title, file, id, error) ||
      !read_string (object, "body", &body, file, id, error))
    return FALSE;
  if (category == NULL || !is_category (category))
    return invalid (error, file, id, "unknown category “%s”", category ? category : "");
  if (title == NULL || *title == '\0' || body == NULL)
    return invalid (error, file, id, "needs a “title” and a “body”");
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_DUPLICATE,
                   "%s: entry “%s” is defined twice", file, id);
      return FALSE;
    }

  entry = rc_guide_entry_new (id, category);
  if (!read_texts (entry, object, file, error))
    return FALSE;
  if (!read_strv (object, "rules", &rules, file, id, error))
    return FALSE;
  rc_guide_entry_set_rules (entry, rules);
  if (!read_strv (object, "related", &related, file, id, error))
    return FALSE;
  rc_guide_entry_set_related (entry, related);

  add_entry (self, g_steal_pointer (&entry), -1);
  return TRUE;
}

static gboolean
load_file (RcGuide     *self,
           GFile       *file,
           gboolean     translation,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *shown = NULL;
  JsonNode *root, *entries;
  JsonArray *array;
  gsize length;

  if (translation)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *lang = g_file_get_basename (parent);
      shown = g_build_filename (lang, name, NULL);
    }
  else
    shown = g_strdup (name);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", shown);
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_SYNTAX, "%s: %s", shown,
                   local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, shown, NULL, "the file must hold an object with “entries”");
  entries = json_object_get_member (json_node_get_object (root), "entries");
  if (entries == NULL || !JSON_NODE_HOLDS_ARRAY (entries))
    return invalid (error, shown, NULL, "“entries” must be a list");

  array = json_node_get_array (entries);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, shown, NULL, "entry %u is not an object", i);
      if (!load_entry (self, json_node_get_object (node), translation, shown, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_files_by_name (gconstpointer a,
                       gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **) a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **) b);

  return strcmp (name_a, name_b);
}

/* Loads every *.json in @directory, in name order. A missing translation folder is no error. */
static gboolean
load_directory (RcGuide  *self,
                GFile    *directory,
                gboolean  translation,
                GError  **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (enumerator == NULL)
    {
      if (translation && (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
                          g_error_matches (local_error, G_RESOURCE_ERROR,
                                           G_RESOURCE_ERROR_NOT_FOUND)))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY &&
          g_str_has_suffix (g_file_info_get_name (info), ".json"))
        g_ptr_array_add (files, g_object_ref (child));
    }
  g_ptr_array_sort (files, compare_files_by_name);

  for (guint i = 0; i < files->len; i++)
    if (!load_file (self, g_ptr_array_index (files, i), translation, error))
      return FALSE;
  return TRUE;
}

/* ---- the action verbs (data/verbs.json) ------------------------------------------------- */

static const char *
intern (RcGuide    *self,
        JsonObject *object,
        const char *member)
{
  const char *string = rc_json_get_member_string (object, member);

  return string != NULL ? g_string_chunk_insert_const (self->strings, string) : NULL;
}

static void
index_form (GHashTable *forms,
            RcGuide    *self,
            const char *form,
            gpointer    verb)
{
  g_autofree char *lower = NULL;

  if (form == NULL)
    return;
  lower = g_utf8_strdown (form, -1);
  if (!g_hash_table_contains (forms, lower))
    g_hash_table_insert (forms, g_string_chunk_insert_const (self->strings, lower), verb);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  return (int) strlen (*(const char **) b) - (int) strlen (*(const char **) a);
}

static gboolean
load_verbs (RcGuide  *self,
            GError  **error)
{
  g_autoptr(GStrvBuilder) categories = g_strv_builder_new ();
  JsonObject *root = rc_verbs_get_data ();
  JsonArray *array;

  array = rc_json_get_member_array (root, "strong");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *category = rc_json_get_element_object (array, i);
      const char *id = intern (self, category, "id");
      const char *name = intern (self, category, "name");
      const char *description = intern (self, category, "description");
      JsonArray *verbs = rc_json_get_member_array (category, "verbs");

      if (id == NULL || verbs == NULL)
        return invalid (error, "verbs.json", NULL, "strong category %u has no id or verbs", i);
      g_strv_builder_add (categories, id);
      g_hash_table_insert (self->verb_names, (gpointer) id, (gpointer) (name ? name : id));
      g_hash_table_insert (self->verb_descriptions, (gpointer) id,
                           (gpointer) (description ? description : ""));

      for (guint j = 0; verbs != NULL && j < json_array_get_length (verbs); j++)
        {
          JsonObject *object = rc_json_get_element_object (verbs, j);
          RcGuideVerb *verb = g_new0 (RcGuideVerb, 1);

          g_ptr_array_add (self->allocations, verb);
          verb->category = id;
          verb->base = intern (self, object, "base");
          verb->s = intern (self, object, "s");
          verb->past = intern (self, object, "past");
          verb->ing = intern (self, object, "ing");
          if (verb->base == NULL || verb->past == NULL)
            return invalid (error, "verbs.json", NULL, "a verb of “%s” lacks base or past", id);
          g_ptr_array_add (self->verbs, verb);
          index_form (self->verb_forms, self, verb->base, verb);
          index_form (self->verb_forms, self, verb->s, verb);
          index_form (self->verb_forms, self, verb->past, verb);
          index_form (self->verb_forms, self, verb->ing, verb);
          index_form (self->verb_forms, self, intern (self, object, "participle"), verb);
        }
    }
  g_strfreev (self->verb_categories);
  self->verb_categories = g_strv_builder_end (categories);

  array = rc_json_get_member_array (root, "weak");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);
      RcGuideWeakVerb *weak = g_new0 (RcGuideWeakVerb, 1);
      JsonArray *instead;
      const char **list;
      guint n;

      g_ptr_array_add (self->allocations, weak);
      weak->base = intern (self, object, "base");
      if (weak->base == NULL)
        return invalid (error, "verbs.json", NULL, "weak verb %u has no base", i);
      weak->past = intern (self, object, "past");
      weak->why = intern (self, object, "why");
      instead = rc_json_get_member_array (object, "instead");
      n = instead ? json_array_get_length (instead) : 0;
      list = g_new0 (const char *, n + 1);
      g_ptr_array_add (self->allocations, list);
      for (guint j = 0, k = 0; j < n; j++)
        {
          const char *base = rc_json_get_string (json_array_get_element (instead, j));

          if (base != NULL)
            list[k++] = g_string_chunk_insert_const (self->strings, base);
        }
      weak->instead = list;
      g_ptr_array_add (self->weak_verbs, weak);

      index_form (self->weak_forms, self, weak->base, weak);
      index_form (self->weak_forms, self, intern (self, object, "s"), weak);
      index_form (self->weak_forms, self, weak->past, weak);
      index_form (self->weak_forms, self, intern (self, object, "ing"), weak);
      index_form (self->weak_forms, self, intern (self, object, "participle"), weak);
    }

  array = rc_json_get_member_array (root, "duty-phrases");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);
      const char *text = intern (self, object, "text");
      g_autofree char *lower = NULL;

      if (text == NULL)
        continue;
      lower = g_utf8_strdown (text, -1);
      g_ptr_array_add (self->duty_phrases, g_string_chunk_insert_const (self->strings, lower));
      g_ptr_array_add (self->duty_longest, g_ptr_array_index (self->duty_phrases, i));
    }
  g_ptr_array_sort (self->duty_longest, compare_longest_first);

  return TRUE;
}

/* ---- generated pages -------------------------------------------------------------------- */

static int
index_in_category (RcGuide    *self,
                   const char *category,
                   const char *id)
{
  GPtrArray *list = g_hash_table_lookup (self->by_category, category);
  RcGuideEntry *entry = g_hash_table_lookup (self->by_id, id);
  guint position;

  if (entry == NULL || !g_ptr_array_find (list, entry, &position))
    return -1;
  return position;
}

/* Makes the entries the lists hang from, right after their parent, so translations can
 * reach them before their generated text is appended. */
static void
create_generated_entries (RcGuide *self)
{
  int position = index_in_category (self, "verbs", "verbs.strong");

  if (position >= 0)
    for (guint i = 0; self->verb_categories[i] != NULL; i++)
      {
        const char *category = self->verb_categories[i];
        g_autofree char *id = g_strconcat ("verbs.", category, NULL);
        RcGuideEntry *entry;

        if (g_hash_table_contains (self->by_id, id))
          continue;
        entry = rc_guide_entry_new (id, "verbs");
        rc_guide_entry_set_title (entry, g_hash_table_lookup (self->verb_names, category));
        rc_guide_entry_set_body (entry, g_hash_table_lookup (self->verb_descriptions, category));
        rc_guide_entry_set_tags (entry, g_strsplit ("verbs action-verbs", " ", -1));
        rc_guide_entry_set_rules (entry, g_strsplit ("verb.weak-start verb.repeated", " ", -1));
        rc_guide_entry_set_related (entry, g_strsplit ("verbs.strong verbs.weak", " ", -1));
        add_entry (self, entry, ++position);
      }

  position = index_in_category (self, "skills", "skills.taxonomy");
  if (position >= 0)
    {
      GPtrArray *skills = rc_taxonomy_get_skills (rc_taxonomy_get_default ());

      for (guint i = 0; i < G_N_ELEMENTS (skill_categories); i++)
        {
          g_autofree char *id = g_strconcat ("skills.", skill_categories[i].id, NULL);
          RcGuideEntry *entry;
          gboolean used = FALSE;

          for (guint j = 0; j < skills->len && !used; j++)
            used = g_strcmp0 (((RcSkill *) g_ptr_array_index (skills, j))->category,
                              skill_categories[i].id) == 0;
          if (!used || g_hash_table_contains (self->by_id, id))
            continue;
          entry = rc_guide_entry_new (id, "skills");
          rc_guide_entry_set_title (entry, _(skill_categories[i].title));
          rc_guide_entry_set_tags (entry, g_strsplit ("skills keywords", " ", -1));
          rc_guide_entry_set_related (entry, g_strsplit ("skills.taxonomy skills.spelling", " ", -1));
          add_entry (self, entry, ++position);
        }
    }
}

static void
append_verb_pages (RcGuide *self)
{
  RcGuideEntry *overview = g_hash_table_lookup (self->by_id, "verbs.strong");
  RcGuideEntry *weak_page = g_hash_table_lookup (self->by_id, "verbs.weak");

  if (overview != NULL)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; self->verb_categories[i] != NULL; i++)
        {
          g_autoptr(GPtrArray) verbs = rc_guide_get_verbs (self, self->verb_categories[i]);
          g_autoptr(GString) past = g_string_new (NULL);
          g_autoptr(GString) present = g_string_new (NULL);
          g_autofree char *id = g_strconcat ("verbs.", self->verb_categories[i], NULL);
          RcGuideEntry *page = g_hash_table_lookup (self->by_id, id);

          for (guint j = 0; j < verbs->len; j++)
            {
              const RcGuideVerb *verb = g_ptr_array_index (verbs, j);
              g_autofree char *p = rc_capitalize (verb->past);
              g_autofree char *b = rc_capitalize (verb->base);

              g_string_append_printf (past, "%s%s", j ? ", " : "", p);
              g_string_append_printf (present, "%s%s", j ? ", " : "", b);
            }

          g_string_append_printf (list, "- [[%s]]: ", id);
          for (guint j = 0; j < verbs->len && j < OVERVIEW_PREVIEW; j++)
            g_string_append_printf (list, "%s*%s*", j ? ", " : "",
                                    ((RcGuideVerb *) g_ptr_array_index (verbs, j))->past);
          g_string_append_c (list, '\n');

          if (page != NULL)
            {
              g_autofree char *text =
                g_strdup_printf ("## %s\n\n%s\n\n## %s\n\n%s",
                                 _("Finished roles: past tense"), past->str,
                                 _("Your current role: present tense"), present->str);
              rc_guide_entry_append_body (page, text);
            }
        }
      if (list->len > 0)
        rc_guide_entry_append_body (overview, list->str);
    }

  if (weak_page != NULL && self->weak_verbs->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "## %s\n\n", _("Weak opening verbs"));
      for (guint i = 0; i < self->weak_verbs->len; i++)
        {
          const RcGuideWeakVerb *weak = g_ptr_array_index (self->weak_verbs, i);
          g_autofree char *shown = rc_capitalize (weak->past ? weak->past : weak->base);
          g_autoptr(GString) instead = g_string_new (NULL);

          for (guint j = 0; weak->instead[j] != NULL; j++)
            {
              const RcGuideVerb *verb = rc_guide_lookup_verb (self, weak->instead[j]);
              g_string_append_printf (instead, "%s*%s*", j ? ", " : "",
                                      verb ? verb->past : weak->instead[j]);
            }
          g_string_append_printf (text, "- **%s**", shown);
          if (weak->why != NULL)
            g_string_append_printf (text, ": %s", weak->why);
          if (instead->len > 0)
            {
              g_string_append_c (text, ' ');
              /* Translators: %s is a list of verbs, e.g. "built, shipped, delivered" */
              g_string_append_printf (text, _("Try %s."), instead->str);
            }
          g_string_append_c (text, '\n');
        }

      if (self->duty_phrases->len > 0)
        {
          g_string_append_printf (text, "\n## %s\n\n", _("Duty phrases"));
          for (guint i = 0; i < self->duty_phrases->len; i++)
            g_string_append_printf (text, "%s*%s*", i ? ", " : "",
                                    (char *) g_ptr_array_index (self->duty_phrases, i));
        }
      rc_guide_entry_append_body (weak_page, text->str);
    }
}

static void
append_skill_pages (RcGuide *self)
{
  RcGuideEntry *overview = g_hash_table_lookup (self->by_id, "skills.taxonomy");
  RcGuideEntry *spelling = g_hash_table_lookup (self->by_id, "skills.spelling");
  RcTaxonomy *taxonomy;
  GPtrArray *skills;

  if (overview == NULL && spelling == NULL)
    return;

  taxonomy = rc_taxonomy_get_default ();
  skills = rc_taxonomy_get_skills (taxonomy);

  if (overview != NULL)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (skill_categories); i++)
        {
          g_autofree char *id = g_strconcat ("skills.", skill_categories[i].id, NULL);
          RcGuideEntry *page = g_hash_table_lookup (self->by_id, id);
          g_autoptr(GString) text = g_string_new (NULL);
          guint shown = 0;

          if (page == NULL)
            continue;

          g_string_append_printf (list, "- [[%s]]: ", id);
          for (guint j = 0; j < skills->len; j++)
            {
              const RcSkill *skill = g_ptr_array_index (skills, j);
              g_autoptr(GString) notes = g_string_new (NULL);

              if (g_strcmp0 (skill->category, skill_categories[i].id) != 0)
                continue;

              if (shown < OVERVIEW_PREVIEW)
                g_string_append_printf (list, "%s%s", shown ? ", " : "", skill->name);
              shown++;

              if (skill->frameworks != NULL && skill->frameworks[0] != NULL)
                {
                  g_autoptr(GString) names = g_string_new (NULL);

                  for (guint k = 0; skill->frameworks[k] != NULL; k++)
                    {
                      const RcSkill *framework = rc_taxonomy_get_skill (taxonomy, skill->frameworks[k]);
                      g_string_append_printf (names, "%s%s", k ? ", " : "",
                                              framework ? framework->name : skill->frameworks[k]);
                    }
                  /* Translators: after a language's name; %s lists its frameworks, e.g.
                   * "Python, with Django, FastAPI" */
                  g_string_append_printf (notes, _("with %s"), names->str);
                }
              if (skill->language != NULL)
                {
                  const RcSkill *language = rc_taxonomy_get_skill (taxonomy, skill->language);

                  if (notes->len > 0)
                    g_string_append (notes, "; ");
                  /* Translators: after a framework's name; %s is its language, e.g.
                   * "Django, for Python" */
                  g_string_append_printf (notes, _("for %s"),
                                          language ? language->name : skill->language);
                }
              g_string_append_printf (text, "- **%s**%s%s\n", skill->name,
                                      notes->len ? ", " : "", notes->str);
            }
          g_string_append_c (list, '\n');
          rc_guide_entry_append_body (page, text->str);
        }
      if (list->len > 0)
        rc_guide_entry_append_body (overview, list->str);
    }

  if (spelling != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < skills->len; i++)
        {
          const RcSkill *skill = g_ptr_array_index (skills, i);
          g_autoptr(GString) aliases = g_string_new (NULL);

          for (guint j = 0; skill->aliases != NULL && skill->aliases[j] != NULL; j++)
            {
              /* An alias that differs only in case is not a different spelling worth showing. */
              if (g_ascii_strcasecmp (skill->aliases[j], skill->name) == 0)
                continue;
              g_string_append_printf (aliases, "%s%s", aliases->len ? ", " : "", skill->aliases[j]);
            }
          if (aliases->len > 0)
            g_string_append_printf (text, "- **%s**: %s\n", skill->name, aliases->str);
        }
      if (text->len > 0)
        rc_guide_entry_append_body (spelling, text->str);
    }
}

/* ---- search index ----------------------------------------------------------------------- */

static const char *
title_for_link (const char *id,
                gpointer    user_data)
{
  RcGuideEntry *entry = g_hash_table_lookup (((RcGuide *) user_data)->by_id, id);

  return entry ? rc_guide_entry_get_title (entry) : NULL;
}

static void
build_index (RcGuide *self)
{
  g_ptr_array_set_size (self->entries, 0);
  g_array_set_size (self->index, 0);

  for (guint c = 0; category_ids[c] != NULL; c++)
    {
      GPtrArray *list = g_hash_table_lookup (self->by_category, category_ids[c]);

      for (guint i = 0; i < list->len; i++)
        {
          RcGuideEntry *entry = g_ptr_array_index (list, i);
          g_autofree char *tags = g_strjoinv (" ", (char **) rc_guide_entry_get_tags (entry));
          g_autofree char *rules = g_strjoinv (" ", (char **) rc_guide_entry_get_rules (entry));
          g_autofree char *all_tags = g_strjoin (" ", tags, rules, rc_guide_entry_get_id (entry), NULL);
          g_autofree char *body = rc_guide_markup_to_text (rc_guide_entry_get_body (entry),
                                                           title_for_link, self);
          g_autoptr(GString) text = g_string_new (body);
          SearchIndex index;

          for (guint e = 0; e < rc_guide_entry_get_n_examples (entry); e++)
            {
              const RcGuideExample *example = rc_guide_entry_get_example (entry, e);
              g_string_append_printf (text, "\n%s\n%s\n%s", example->before, example->after,
                                      example->why ? example->why : "");
            }

          index.title = rc_guide_fold (rc_guide_entry_get_title (entry));
          index.tags = rc_guide_fold (all_tags);
          index.text = rc_guide_fold (text->str);
          g_ptr_array_add (self->entries, entry);
          g_array_append_val (self->index, index);
        }
    }
}

/* ---- public API ------------------------------------------------------------------------- */

RcGuide *
rc_guide_new_for_directory (GFile               *directory,
                            const char * const  *languages,
                            GError             **error)
{
  g_autoptr(RcGuide) self = NULL;
  guint n_languages;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RC_TYPE_GUIDE, NULL);
  if (!load_directory (self, directory, FALSE, error) || !load_verbs (self, error))
    return NULL;
  create_generated_entries (self);

  /* Least preferred first, so a more preferred language overrides it ("pt_BR" over "pt"). */
  n_languages = languages ? g_strv_length ((char **) languages) : 0;
  for (guint i = n_languages; i > 0; i--)
    {
      const char *language = languages[i - 1];
      g_autoptr(GFile) folder = NULL;

      if (strcmp (language, "C") == 0 || strcmp (language, "POSIX") == 0 ||
          strchr (language, '.') != NULL || strchr (language, '/') != NULL ||
          g_str_has_prefix (language, "en"))
        continue;
      folder = g_file_get_child (directory, language);
      if (!load_directory (self, folder, TRUE, error))
        return NULL;
    }

  append_verb_pages (self);
  append_skill_pages (self);
  build_index (self);

  return g_steal_pointer (&self);
}

RcGuide *
rc_guide_get_default (void)
{
  static RcGuide *guide;

  if (g_once_init_enter (&guide))
    {
      g_autoptr(GFile) directory = g_file_new_for_uri (GUIDE_RESOURCE_URI);
      g_autoptr(GError) error = NULL;
      RcGuide *loaded;

      loaded = rc_guide_new_for_directory (directory, g_get_language_names (), &error);
      if (loaded == NULL)
        {
          /* The tests load the same data, so this only happens to a broken build. */
          g_critical ("The bundled guide does not load: %s", error->message);
          loaded = g_object_new (RC_TYPE_GUIDE, NULL);
        }
      g_once_init_leave (&guide, loaded);
    }
  return guide;
}

const char * const *
rc_guide_get_categories (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  return category_ids;
}

const char *
rc_guide_get_category_title (RcGuide    *self,
                             const char *category)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (category != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (guide_categories); i++)
    if (strcmp (guide_categories[i].id, category) == 0)
      return _(guide_categories[i].title);
  return category;
}

GPtrArray *
rc_guide_get_entries (RcGuide    *self,
                      const char *category)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  if (category == NULL)
    return self->entries;
  return g_hash_table_lookup (self->by_category, category);
}

RcGuideEntry *
rc_guide_lookup (RcGuide    *self,
                 const char *id)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

char *
rc_guide_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* 2 for a hit at the start of a word, 1 for one inside a word, 0 for none. */
static guint
match_strength (const char *haystack,
                const char *needle)
{
  guint best = 0;

  for (const char *hit = strstr (haystack, needle); hit != NULL; hit = strstr (hit + 1, needle))
    {
      const char *prev = hit > haystack ? g_utf8_find_prev_char (haystack, hit) : NULL;

      if (prev == NULL || !g_unichar_isalnum (g_utf8_get_char (prev)))
        return 2;
      best = 1;
    }
  return best;
}

typedef struct
{
  RcGuideEntry *entry;
  guint         score;
  guint         order;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;
  return ha->order < hb->order ? -1 : (ha->order > hb->order);
}

GPtrArray *
rc_guide_search (RcGuide    *self,
                 const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GPtrArray *result;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  folded = rc_guide_fold (query);
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const SearchIndex *index = &g_array_index (self->index, SearchIndex, i);
      Hit hit = { g_ptr_array_index (self->entries, i), 0, i };
      gboolean all = TRUE;

      for (guint w = 0; words[w] != NULL && all; w++)
        {
          guint strength;

          if (*words[w] == '\0')
            continue;
          /* A title hit outweighs any number of tag hits, a tag hit any number of text hits. */
          if ((strength = match_strength (index->title, words[w])) > 0)
            hit.score += strength * 10000;
          else if ((strength = match_strength (index->tags, words[w])) > 0)
            hit.score += strength * 100;
          else if ((strength = match_strength (index->text, words[w])) > 0)
            hit.score += strength;
          else
            all = FALSE;
        }
      if (all)
        g_array_append_val (hits, hit);
    }

  g_array_sort (hits, compare_hits);
  result = g_ptr_array_new_full (hits->len, g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (hits, Hit, i).entry));
  return result;
}

GPtrArray *
rc_guide_get_entries_for_rule (RcGuide    *self,
                               const char *rule_id)
{
  GPtrArray *result;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (rule_id != NULL, NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->entries->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (self->entries, i);

      if (rc_guide_entry_has_rule (entry, rule_id))
        g_ptr_array_add (result, g_object_ref (entry));
    }
  return result;
}

GPtrArray *
rc_guide_render (RcGuide      *self,
                 RcGuideEntry *entry)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (entry), NULL);

  return rc_guide_markup_parse (rc_guide_entry_get_body (entry), title_for_link, self);
}

GPtrArray *
rc_guide_render_markup (RcGuide    *self,
                        const char *markup)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  return rc_guide_markup_parse (markup, title_for_link, self);
}

const char * const *
rc_guide_get_verb_categories (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  return (const char * const *) self->verb_categories;
}

GPtrArray *
rc_guide_get_verbs (RcGuide    *self,
                    const char *category)
{
  GPtrArray *result;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  result = g_ptr_array_new ();
  for (guint i = 0; i < self->verbs->len; i++)
    {
      RcGuideVerb *verb = g_ptr_array_index (self->verbs, i);

      if (category == NULL || strcmp (verb->category, category) == 0)
        g_ptr_array_add (result, verb);
    }
  return result;
}

GPtrArray *
rc_guide_get_verbs_for_entry (RcGuide      *self,
                              RcGuideEntry *entry)
{
  const char *id;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (entry), NULL);

  id = rc_guide_entry_get_id (entry);
  if (strcmp (id, "verbs.strong") == 0)
    return rc_guide_get_verbs (self, NULL);
  if (g_str_has_prefix (id, "verbs.") &&
      g_strv_contains ((const char * const *) self->verb_categories, id + strlen ("verbs.")))
    return rc_guide_get_verbs (self, id + strlen ("verbs."));
  return NULL;
}

const RcGuideVerb *
rc_guide_lookup_verb (RcGuide    *self,
                      const char *word)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  lower = g_utf8_strdown (word, -1);
  return g_hash_table_lookup (self->verb_forms, lower);
}

const RcGuideWeakVerb *
rc_guide_lookup_weak_verb (RcGuide    *self,
                           const char *word)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  lower = g_utf8_strdown (word, -1);
  return g_hash_table_lookup (self->weak_forms, lower);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-' || c == '\'' || c == 0x2019;
}

/* The length in bytes of @phrase at the start of @text, case-insensitively and ending at a
 * word boundary, or 0. */
static gsize
phrase_at (const char *text,
           const char *phrase)
{
  gsize n = strlen (phrase);

  if (g_ascii_strncasecmp (text, phrase, n) != 0)
    return 0;
  if (text[n] != '\0' && is_word_char (g_utf8_get_char (text + n)))
    return 0;
  return n;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static const char *
skip_word (const char *p)
{
  while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Where the opening a verb can replace ends — after a duty phrase, a weak verb with its
 * particle, or a strong verb — or NULL when @start opens with something else, such as a noun:
 * replacing that would make nonsense. */
static const char *
opening_end (RcGuide    *self,
             const char *start)
{
  static const char * const particles[] = { "on", "with", "in", NULL };
  const char *end;
  g_autofree char *first = NULL;

  /* A duty phrase ("Responsible for", "Was involved in") goes whole: the verb replaces it. */
  for (guint i = 0; i < self->duty_longest->len; i++)
    {
      const char *phrase = g_ptr_array_index (self->duty_longest, i);
      const char *p = start;
      gsize n;

      if ((n = phrase_at (p, "was")) > 0 || (n = phrase_at (p, "were")) > 0)
        {
          const char *after = skip_spaces (p + n);
          if (phrase_at (after, phrase) > 0)
            p = after;
        }
      if ((n = phrase_at (p, phrase)) > 0)
        return p + n;
    }

  end = skip_word (start);
  if (end == start)
    return NULL;
  first = g_strndup (start, end - start);
  if (rc_guide_lookup_weak_verb (self, first) != NULL)
    {
      const char *next = skip_spaces (end);

      for (guint i = 0; particles[i] != NULL; i++)
        {
          gsize n = phrase_at (next, particles[i]);
          if (n > 0)
            return next + n;
        }
      return end;
    }
  /* Swapping one strong verb for another (a repeated verb) reads fine. */
  if (rc_guide_lookup_verb (self, first) != NULL)
    return end;
  return NULL;
}

gboolean
rc_guide_opening_is_replaceable (RcGuide    *self,
                                 const char *bullet)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), FALSE);
  g_return_val_if_fail (bullet != NULL, FALSE);

  return opening_end (self, skip_spaces (bullet)) != NULL;
}

char *
rc_guide_replace_opening_verb (RcGuide    *self,
                               const char *bullet,
                               const char *verb_form)
{
  const char *start, *rest;
  g_autofree char *verb = NULL;

  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (bullet != NULL, NULL);
  g_return_val_if_fail (verb_form != NULL && *verb_form != '\0', NULL);

  start = skip_spaces (bullet);
  verb = rc_capitalize (verb_form);
  rest = opening_end (self, start);
  if (rest == NULL)
    rest = skip_word (start);

  rest = skip_spaces (rest);
  if (*rest == '\0')
    return g_strdup_printf ("%.*s%s", (int) (start - bullet), bullet, verb);
  return g_strdup_printf ("%.*s%s %s", (int) (start - bullet), bullet, verb, rest);
}
