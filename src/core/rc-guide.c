/* rc-guide.c — the bundled guide: articles by category, search, and the action-verb lists
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rc-guide-private.h"
#include "rc-json-reader.h"
#include "rc-json-typed.h"
#include "rc-taxonomy.h"
#include "rc-text.h"

#define GUIDE_RESOURCE_URI "resource:///io/github/resumecoach/ResumeCoach/core/guide"

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
read_examples (JsonObject         *object,
               GArray            **out,
               const RcJsonPlace  *place,
               GError            **error)
{
  g_autoptr(GArray) examples = NULL;
  JsonArray *array;

  *out = NULL;
  if (!rc_json_read_array (place, object, "examples", 0, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  examples = g_array_new (FALSE, TRUE, sizeof (RcGuideExample));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = rc_json_get_element_object (array, i);
      const char *before, *after, *why;
      RcGuideExample example;

      if (item == NULL)
        return rc_json_invalid (place, error, "example %u is not an object", i);
      if (!rc_json_read_string (place, item, "before", 0, &before, error) ||
          !rc_json_read_string (place, item, "after", 0, &after, error) ||
          !rc_json_read_string (place, item, "why", 0, &why, error))
        return FALSE;
      if (before == NULL || after == NULL || *before == '\0' || *after == '\0')
        return rc_json_invalid (place, error, "example %u needs “before” and “after”", i);

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
read_texts (RcGuideEntry       *entry,
            JsonObject         *object,
            const RcJsonPlace  *place,
            GError            **error)
{
  const char *title, *body;
  char **tags;
  GArray *examples;

  if (!rc_json_read_string (place, object, "title", 0, &title, error) ||
      !rc_json_read_string (place, object, "body", 0, &body, error) ||
      !rc_json_read_strv (place, object, "tags", 0, &tags, error))
    return FALSE;
  if (!read_examples (object, &examples, place, error))
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

void
rc_guide_add_entry (RcGuide      *self,
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
  RcJsonPlace place = { file, NULL, NULL, rc_guide_error_quark, RC_GUIDE_ERROR_INVALID };
  g_autoptr(RcGuideEntry) entry = NULL;
  g_autofree char *where = NULL;
  const char *id, *category, *title, *body;
  char **rules, **related;

  if (!rc_json_read_string (&place, object, "id", 0, &id, error))
    return FALSE;
  if (id == NULL || *id == '\0')
    return rc_json_invalid (&place, error, "an entry has no “id”");
  place.where = where = g_strdup_printf ("entry “%s”", id);

  if (translation)
    {
      RcGuideEntry *existing = g_hash_table_lookup (self->by_id, id);

      /* A translation of an entry that English no longer has is stale, not fatal. */
      if (existing == NULL)
        {
          g_debug ("%s: no English entry “%s”; translation skipped", file, id);
          return TRUE;
        }
      return read_texts (existing, object, &place, error);
    }

  if (!rc_json_read_string (&place, object, "category", 0, &category, error) ||
      !rc_json_read_string (&place, object, "title", 0, &title, error) ||
      !rc_json_read_string (&place, object, "body", 0, &body, error))
    return FALSE;
  if (category == NULL || !is_category (category))
    return rc_json_invalid (&place, error, "unknown category “%s”", category ? category : "");
  if (title == NULL || *title == '\0' || body == NULL)
    return rc_json_invalid (&place, error, "needs a “title” and a “body”");
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_DUPLICATE,
                   "%s: entry “%s” is defined twice", file, id);
      return FALSE;
    }

  entry = rc_guide_entry_new (id, category);
  if (!read_texts (entry, object, &place, error))
    return FALSE;
  if (!rc_json_read_strv (&place, object, "rules", 0, &rules, error))
    return FALSE;
  rc_guide_entry_set_rules (entry, rules);
  if (!rc_json_read_strv (&place, object, "related", 0, &related, error))
    return FALSE;
  rc_guide_entry_set_related (entry, related);

  rc_guide_add_entry (self, g_steal_pointer (&entry), -1);
  return TRUE;
}

static gboolean
load_file (RcGuide     *self,
           GFile       *file,
           gboolean     translation,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *shown = NULL;
  RcJsonPlace place = { NULL, NULL, NULL, rc_guide_error_quark, RC_GUIDE_ERROR_INVALID };
  JsonArray *array;

  if (translation)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *lang = g_file_get_basename (parent);
      shown = g_build_filename (lang, name, NULL);
    }
  else
    shown = g_strdup (name);

  /* guide files are resources, so not rc_file_read(), which reads local files only */
  contents = rc_json_read_file_bytes (file, RC_DOCUMENT_MAX_SIZE, NULL, &local_error);
  if (contents == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", shown);
      return FALSE;
    }
  root = rc_json_read (g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                       &local_error);
  if (root == NULL)
    {
      g_set_error (error, RC_GUIDE_ERROR, RC_GUIDE_ERROR_SYNTAX, "%s: %s", shown,
                   local_error->message);
      return FALSE;
    }

  place.file = shown;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return rc_json_invalid (&place, error, "the file must hold an object with “entries”");
  if (!rc_json_read_array (&place, json_node_get_object (root), "entries", RC_JSON_REQUIRED,
                           &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return rc_json_invalid (&place, error, "entry %u is not an object", i);
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
  if (!load_directory (self, directory, FALSE, error) || !rc_guide_load_verbs (self, error))
    return NULL;
  rc_guide_create_generated_entries (self);

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

  rc_guide_append_generated_pages (self);
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
