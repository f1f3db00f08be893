/* rc-compat.c — what real-world JSON Resume files hold beside v1: older keys, text for lists,
 * and JSON files that are no resume at all
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-compat.h"
#include "rc-core-resources.h"
#include "rc-json-private.h"
#include "rc-json-reader.h"

#define COMPAT_RESOURCE "/io/github/resumecoach/ResumeCoach/core/json-resume.json"

/* Strings point into the loaded data, which is never freed */
typedef struct
{
  const char *from;  /* the v0 key */
  const char *to;    /* its v1 name */
} Rename;

typedef struct
{
  const char  *name;    /* "a FRESH resume", in English: data/rule-strings.py extracts it */
  const char  *import;  /* (nullable): the import that reads it, "fresh" */
  JsonArray   *all;
  JsonArray   *any;
} Kind;

typedef struct
{
  JsonNode *data;  /* what the strings point into */
  GArray   *renames[RC_N_SECTIONS];
  GArray   *kinds;
} Compat;

static void
load_renames (Compat     *compat,
              JsonObject *renames)
{
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, renames);
  while (json_object_iter_next_ordered (&iter, &id, &node))
    {
      RcSection section;
      JsonObjectIter keys;
      const char *from;
      JsonNode *to;

      if (!rc_section_from_id (id, -1, &section) || !JSON_NODE_HOLDS_OBJECT (node))
        {
          g_critical ("json-resume.json: “renames.%s” is no section's object", id);
          continue;
        }
      json_object_iter_init_ordered (&keys, json_node_get_object (node));
      while (json_object_iter_next_ordered (&keys, &from, &to))
        {
          Rename rename = { from, rc_json_get_string (to) };

          if (rename.to != NULL)
            g_array_append_val (compat->renames[section], rename);
        }
    }
}

static const Compat *
get_compat (void)
{
  static Compat *compat;

  if (g_once_init_enter (&compat))
    {
      Compat *loaded = g_new0 (Compat, 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      JsonNode *node = NULL;
      JsonObject *root = NULL;
      JsonArray *kinds;

      for (guint i = 0; i < RC_N_SECTIONS; i++)
        loaded->renames[i] = g_array_new (FALSE, FALSE, sizeof (Rename));
      loaded->kinds = g_array_new (FALSE, FALSE, sizeof (Kind));

      bytes = g_resource_lookup_data (rc_core_get_resource (), COMPAT_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        node = rc_json_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        root = json_node_get_object (node);
      else
        g_critical ("The bundled json-resume.json cannot be read: %s",
                    error != NULL ? error->message : "not an object");

      if (rc_json_get_member_object (root, "renames") != NULL)
        load_renames (loaded, rc_json_get_member_object (root, "renames"));
      kinds = rc_json_get_member_array (root, "not-resumes");
      for (guint i = 0; kinds != NULL && i < json_array_get_length (kinds); i++)
        {
          JsonObject *object = rc_json_get_element_object (kinds, i);
          Kind kind = {
            rc_json_get_member_string (object, "name"),
            rc_json_get_member_string (object, "import"),
            rc_json_get_member_array (object, "all"),
            rc_json_get_member_array (object, "any"),
          };

          if (kind.name != NULL && kind.all != NULL)
            g_array_append_val (loaded->kinds, kind);
        }
      /* never freed: the strings point into it */
      loaded->data = node;
      g_once_init_leave (&compat, loaded);
    }
  return compat;
}

/**
 * rc_compat_key:
 * @section: the section @entry is in (the basics for the basics object)
 * @entry: (nullable): an entry of it
 * @key: a v1 key of its entries, e.g. "name"
 *
 * The key an editor of @key reads and writes in @entry: the older key the file uses for it
 * ("company" for a work entry's "name") when @entry holds that and not @key, else @key.
 *
 * Returns: (transfer none): the key
 */
const char *
rc_compat_key (RcSection   section,
               JsonObject *entry,
               const char *key)
{
  GArray *renames;

  g_return_val_if_fail (section < RC_N_SECTIONS, key);
  g_return_val_if_fail (key != NULL, key);

  if (entry == NULL || json_object_has_member (entry, key))
    return key;
  renames = get_compat ()->renames[section];
  for (guint i = 0; i < renames->len; i++)
    {
      const Rename *rename = &g_array_index (renames, Rename, i);

      if (strcmp (rename->to, key) == 0 && json_object_has_member (entry, rename->from))
        return rename->from;
    }
  return key;
}

/**
 * rc_compat_is_legacy_name:
 * @name: a member name
 *
 * Returns: whether some section's entries may hold @name as a JSON Resume v0 key
 */
gboolean
rc_compat_is_legacy_name (const char *name)
{
  const Compat *compat = get_compat ();

  for (guint s = 0; s < RC_N_SECTIONS; s++)
    for (guint i = 0; i < compat->renames[s]->len; i++)
      if (strcmp (g_array_index (compat->renames[s], Rename, i).from, name) == 0)
        return TRUE;
  return FALSE;
}

/* The v1 name of @object's older key @name, when @object does not hold that name already
 * (renaming would then lose a value) */
static const char *
renamed_to (GArray     *renames,
            JsonObject *object,
            const char *name)
{
  for (guint i = 0; i < renames->len; i++)
    {
      const Rename *rename = &g_array_index (renames, Rename, i);

      if (strcmp (rename->from, name) == 0 && !json_object_has_member (object, rename->to))
        return rename->to;
    }
  return NULL;
}

/* Renames @object's older keys in place, keeping the members' order; with @apply FALSE,
 * only counts them */
static guint
upgrade_object (GArray     *renames,
                JsonObject *object,
                gboolean    apply,
                GPtrArray  *renamed)
{
  g_autoptr(GList) members = NULL;
  g_autoptr(JsonObject) copy = NULL;
  guint count = 0;

  for (guint i = 0; i < renames->len; i++)
    {
      const Rename *rename = &g_array_index (renames, Rename, i);

      if (json_object_has_member (object, rename->from) &&
          !json_object_has_member (object, rename->to))
        count++;
    }
  if (count == 0 || !apply)
    return count;

  /* json-glib appends a member it adds: move every member, renamed or not, to keep the order */
  copy = json_object_new ();
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *to = renamed_to (renames, object, l->data);

      json_object_set_member (copy, to != NULL ? to : l->data,
                              json_node_ref (json_object_get_member (object, l->data)));
      if (to != NULL && renamed != NULL)
        {
          g_autofree char *pair = g_strdup_printf (_("“%s” to “%s”"), (char *) l->data, to);

          if (!g_ptr_array_find_with_equal_func (renamed, pair, g_str_equal, NULL))
            g_ptr_array_add (renamed, g_steal_pointer (&pair));
        }
    }
  for (GList *l = members; l != NULL; l = l->next)
    json_object_remove_member (object, l->data);
  g_list_free (g_steal_pointer (&members));
  members = json_object_get_members (copy);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (object, l->data,
                            json_node_ref (json_object_get_member (copy, l->data)));
  return count;
}

/* upgrade_object() on the basics and on every entry of @root */
static guint
upgrade_all (JsonObject *root,
             gboolean    apply,
             GPtrArray  *renamed)
{
  const Compat *compat = get_compat ();
  guint count = 0;

  for (RcSection section = 0; section < RC_N_SECTIONS; section++)
    {
      GArray *renames = compat->renames[section];
      const RcSectionInfo *info = rc_section_get_info (section);
      JsonArray *array;

      if (renames->len == 0)
        continue;
      if (!info->list)
        {
          JsonObject *basics = rc_json_get_member_object (root, info->id);

          if (basics != NULL)
            count += upgrade_object (renames, basics, apply, renamed);
          continue;
        }
      array = rc_json_get_member_array (root, info->id);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *entry = rc_json_get_element_object (array, i);

          if (entry != NULL)
            count += upgrade_object (renames, entry, apply, renamed);
        }
    }
  return count;
}

/**
 * rc_compat_count_legacy:
 * @root: a resume
 *
 * Returns: how many keys of JSON Resume v0 that v1 renamed @root holds (a key whose v1 name
 *   is there too is not counted: renaming it would lose a value)
 */
guint
rc_compat_count_legacy (JsonNode *root)
{
  g_return_val_if_fail (root != NULL, 0);

  return JSON_NODE_HOLDS_OBJECT (root) ? upgrade_all (json_node_get_object (root), FALSE, NULL)
                                       : 0;
}

/**
 * rc_compat_upgrade:
 * @root: a resume, changed in place
 * @renamed: (nullable) (element-type utf8): where to add each rename made, once, as the
 *   user reads it: "“company” to “name”"
 *
 * Renames the keys rc_compat_count_legacy() counts to their v1 names, each where it was.
 *
 * Returns: how many keys were renamed
 */
guint
rc_compat_upgrade (JsonNode  *root,
                   GPtrArray *renamed)
{
  g_return_val_if_fail (root != NULL, 0);

  return JSON_NODE_HOLDS_OBJECT (root) ? upgrade_all (json_node_get_object (root), TRUE, renamed)
                                       : 0;
}

static gboolean
holds_all (JsonObject *root,
           JsonArray  *names,
           gboolean    any)
{
  guint length = names != NULL ? json_array_get_length (names) : 0;

  if (length == 0)
    return TRUE;
  for (guint i = 0; i < length; i++)
    {
      const char *name = rc_json_get_string (json_array_get_element (names, i));
      gboolean held = name != NULL && json_object_has_member (root, name);

      if (held == any)
        return any;
    }
  return !any;
}

/**
 * rc_compat_check_resume:
 * @root: the object a JSON file holds
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Tells a JSON file that is no resume from one that is: one that looks like another format
 * (a FRESH resume, a Reactive Resume export, a package.json…; data/json-resume.json). Any
 * other object may be a resume being written, with a member or two of its own.
 *
 * Returns: %TRUE when @root may be opened as a resume; else
 *   %RC_DOCUMENT_ERROR_NOT_RESUME says what it looks like
 */
static const Kind *
find_kind (JsonObject *root)
{
  GArray *kinds = get_compat ()->kinds;

  for (guint i = 0; i < kinds->len; i++)
    {
      const Kind *kind = &g_array_index (kinds, Kind, i);

      if (holds_all (root, kind->all, FALSE) && holds_all (root, kind->any, TRUE))
        return kind;
    }
  return NULL;
}

/**
 * rc_compat_import_kind:
 * @root: the object a JSON file holds
 *
 * Returns: (nullable): the import that reads a file of another format (rc_import_kind_name():
 *   "fresh"), %NULL for any other object
 */
const char *
rc_compat_import_kind (JsonObject *root)
{
  const Kind *kind;

  g_return_val_if_fail (root != NULL, NULL);

  kind = find_kind (root);
  return kind != NULL ? kind->import : NULL;
}

gboolean
rc_compat_check_resume (JsonObject  *root,
                        GError     **error)
{
  const Kind *kind;

  g_return_val_if_fail (root != NULL, FALSE);

  kind = find_kind (root);
  if (kind != NULL)
    {
      if (kind->import != NULL)
        g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                     /* Translators: %s is what the file looks like: "a FRESH resume" */
                     _("This looks like %s, not a JSON Resume file: bring it in with "
                       "“resume-coach import”, or Open it in the window"),
                     _(kind->name));
      else
        g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                     _("This looks like %s, not a JSON Resume file, and Resume Coach cannot "
                       "import it yet: export it as JSON Resume where you made it, or as PDF "
                       "or text"),
                     _(kind->name));
      return FALSE;
    }

  return TRUE;
}

/* a member a JSON Resume file may hold beside its sections */
static gboolean
is_resume_member (const char *name)
{
  RcSection section;

  return rc_section_from_id (name, -1, &section) || strcmp (name, "meta") == 0 ||
         name[0] == '$';
}

/**
 * rc_compat_check_sections:
 * @root: the object a JSON file holds
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Whether a file holds a resume at all: an empty object is one not begun, but members with
 * no section of a resume among them (nor `meta`, nor `$schema`) are some other JSON.
 *
 * Returns: %TRUE when @root may be opened as a resume; else
 *   %RC_DOCUMENT_ERROR_NOT_RESUME says so
 */
gboolean
rc_compat_check_sections (JsonObject  *root,
                          GError     **error)
{
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (root != NULL, FALSE);

  members = json_object_get_members (root);
  if (members == NULL)
    return TRUE;
  for (GList *l = members; l != NULL; l = l->next)
    if (is_resume_member (l->data))
      return TRUE;
  g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
               _("This JSON file holds none of a resume's sections (basics, work, education, "
                 "skills…), so it is not a JSON Resume file"));
  return FALSE;
}

/* "Did X. Did Y." → "Did X." and "Did Y.": a sentence ends at ". ", "! " or "? " before a
 * capital letter or a digit */
static void
split_sentences (GPtrArray  *parts,
                 const char *text)
{
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *next = p + 1;

      if (strchr (".!?", *p) == NULL || *next != ' ')
        continue;
      while (*next == ' ')
        next++;
      if (!g_unichar_isupper (g_utf8_get_char (next)) && !g_ascii_isdigit (*next))
        continue;
      g_ptr_array_add (parts, g_strndup (start, (gsize) (p + 1 - start)));
      start = next;
      p = next - 1;
    }
  g_ptr_array_add (parts, g_strdup (start));
}

/**
 * rc_compat_split_list:
 * @text: text written where a list belongs
 * @sentences: split a line into its sentences (highlights); else at commas and semicolons
 *   (keywords)
 *
 * The items a person meant: one a line (a leading "- ", "* " or "• " dropped), else the
 * sentences or the comma-separated words of the one line. Blank items are left out.
 *
 * Returns: (transfer full): the items, possibly none
 */
char **
rc_compat_split_list (const char *text,
                      gboolean    sentences)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "* "))
        line += 2;
      else if (g_str_has_prefix (line, "• "))
        line += strlen ("• ");
      if (lines[1] != NULL)
        g_ptr_array_add (parts, g_strdup (line));
      else if (sentences)
        split_sentences (parts, line);
      else
        {
          g_auto(GStrv) words = g_strsplit_set (line, ",;", -1);

          for (guint w = 0; words[w] != NULL; w++)
            g_ptr_array_add (parts, g_strdup (words[w]));
        }
    }

  for (guint i = 0; i < parts->len; i++)
    {
      char *item = g_strstrip ((char *) g_ptr_array_index (parts, i));

      if (*item != '\0')
        g_ptr_array_add (items, g_strdup (item));
    }
  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}
