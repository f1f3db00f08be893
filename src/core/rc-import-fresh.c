/* rc-import-fresh.c — a FRESH resume (HackMyResume, FluentCV) into JSON Resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-date.h"
#include "rc-import-private.h"
#include "rc-json-private.h"

/* FRESH member → JSON Resume member, within one entry; dates are marked by a '@' */
typedef struct
{
  const char *from;
  const char *to;
} Key;

typedef struct
{
  const char *from;     /* "employment" */
  const char *list;     /* "history": the array under it, NULL when it is the array */
  const char *section;  /* "work" */
  Key         keys[10];
} Section;

static const Section sections[] = {
  { "employment", "history", "work",
    { { "employer", "name" }, { "position", "position" }, { "url", "url" },
      { "location", "location" }, { "@start", "startDate" }, { "@end", "endDate" },
      { "summary", "summary" }, { "highlights", "highlights" } } },
  { "service", "history", "volunteer",
    { { "organization", "organization" }, { "position", "position" }, { "url", "url" },
      { "@start", "startDate" }, { "@end", "endDate" }, { "summary", "summary" },
      { "highlights", "highlights" } } },
  { "education", "history", "education",
    { { "institution", "institution" }, { "area", "area" }, { "studyType", "studyType" },
      { "url", "url" }, { "@start", "startDate" }, { "@end", "endDate" }, { "grade", "score" },
      { "curriculum", "courses" } } },
  { "recognition", NULL, "awards",
    { { "title", "title" }, { "from", "awarder" }, { "@date", "date" },
      { "summary", "summary" } } },
  { "writing", NULL, "publications",
    { { "title", "name" }, { "publisher", "publisher" }, { "@date", "releaseDate" },
      { "url", "url" }, { "summary", "summary" } } },
  { "languages", NULL, "languages",
    { { "language", "language" }, { "level", "fluency" } } },
  { "interests", NULL, "interests",
    { { "name", "name" }, { "keywords", "keywords" } } },
  { "projects", NULL, "projects",
    { { "title", "name" }, { "description", "description" }, { "summary", "description" },
      { "url", "url" }, { "@start", "startDate" }, { "@end", "endDate" },
      { "highlights", "highlights" }, { "keywords", "keywords" } } },
};

typedef struct
{
  JsonObject *root;
  GPtrArray  *notes;
  GPtrArray  *unplaced;
} Fresh;

/* a string as it is, anything else as compact JSON */
static char *
written (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return json_to_string (node, FALSE);
}

static void
keep (Fresh      *f,
      const char *where,
      JsonNode   *node)
{
  g_autofree char *text = written (node);

  g_ptr_array_add (f->unplaced, g_strdup_printf ("%s: %s", where, text));
}

static void
copy_date (Fresh      *f,
           JsonObject *entry,
           const char *pointer,
           const char *from,
           const char *to,
           JsonNode   *value)
{
  const char *text = JSON_NODE_HOLDS_VALUE (value) &&
                     json_node_get_value_type (value) == G_TYPE_STRING
                     ? json_node_get_string (value) : NULL;
  RcDate date;
  RcDateForm form = text != NULL ? rc_date_read (text, &date) : RC_DATE_UNREADABLE;

  if (form == RC_DATE_ISO || form == RC_DATE_WRITTEN)
    {
      g_autofree char *iso = rc_date_to_iso (&date);

      json_object_set_string_member (entry, to, iso);
    }
  else if (form == RC_DATE_UNREADABLE)
    {
      g_autofree char *what = rc_import_describe_entry (entry);
      g_autofree char *where = g_strdup_printf ("%s (%s)", from, what);
      g_autofree char *at = g_strdup_printf ("%s/%s", pointer, to);

      rc_import_add_note (f->notes, at, "date", NULL)->source = written (value);
      keep (f, where, value);
    }
}

static JsonObject *
map_entry (Fresh         *f,
           const Section *section,
           JsonObject    *from,
           guint          index)
{
  JsonObject *entry = json_object_new ();
  g_autofree char *pointer = g_strdup_printf ("/%s/%u", section->section, index);
  g_autoptr(GList) members = json_object_get_members (from);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (from, l->data);
      const Key *key = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (section->keys) && section->keys[k].from != NULL; k++)
        {
          const char *name = section->keys[k].from;

          if (strcmp (name[0] == '@' ? name + 1 : name, l->data) == 0)
            key = &section->keys[k];
        }
      if (key == NULL || (json_object_has_member (entry, key->to) && key->from[0] != '@'))
        {
          g_autofree char *what = rc_import_describe_entry (entry);
          g_autofree char *where = g_strdup_printf ("%s (%s)", (const char *) l->data, what);

          keep (f, where, value);
        }
      else if (key->from[0] == '@')
        copy_date (f, entry, pointer, key->from + 1, key->to, value);
      else
        json_object_set_member (entry, key->to, json_node_copy (value));
    }
  return entry;
}

static void
map_section (Fresh         *f,
             JsonObject    *fresh,
             const Section *section)
{
  JsonNode *node = json_object_get_member (fresh, section->from);
  JsonArray *from = NULL, *to;

  if (node == NULL)
    return;
  if (section->list == NULL && JSON_NODE_HOLDS_ARRAY (node))
    from = json_node_get_array (node);
  else if (section->list != NULL && JSON_NODE_HOLDS_OBJECT (node))
    from = rc_json_get_member_array (json_node_get_object (node), section->list);
  if (from == NULL)
    {
      keep (f, section->from, node);
      return;
    }
  to = json_array_new ();
  for (guint i = 0; i < json_array_get_length (from); i++)
    {
      JsonObject *entry = rc_json_get_element_object (from, i);

      if (entry != NULL)
        json_array_add_object_element (to, map_entry (f, section, entry,
                                                      json_array_get_length (to)));
      else
        keep (f, section->from, json_array_get_element (from, i));
    }
  json_object_set_array_member (f->root, section->section, to);
}

static void
copy_string (JsonObject *to,
             const char *member,
             JsonObject *from,
             const char *from_member)
{
  const char *value = rc_json_get_member_string (from, from_member);

  if (value != NULL)
    json_object_set_string_member (to, member, value);
}

/* skills.sets: [{name, level, skills: [...]}], skills.list: [{name, level}] */
static void
map_skills (Fresh      *f,
            JsonObject *fresh)
{
  JsonObject *skills = rc_json_get_member_object (fresh, "skills");
  const char * const lists[] = { "sets", "list" };
  JsonArray *to = json_array_new ();

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *from = rc_json_get_member_array (skills, lists[l]);

      for (guint i = 0; from != NULL && i < json_array_get_length (from); i++)
        {
          JsonObject *skill = rc_json_get_element_object (from, i);
          JsonObject *group = json_object_new ();
          JsonNode *keywords = skill != NULL ? json_object_get_member (skill, "skills") : NULL;

          copy_string (group, "name", skill, "name");
          copy_string (group, "level", skill, "level");
          if (keywords != NULL)
            json_object_set_member (group, "keywords", json_node_copy (keywords));
          json_array_add_object_element (to, group);
        }
    }
  if (json_array_get_length (to) > 0)
    json_object_set_array_member (f->root, "skills", to);
  else
    json_array_unref (to);
}

static void
map_basics (JsonObject *fresh,
            JsonObject *basics)
{
  JsonObject *info = rc_json_get_member_object (fresh, "info");
  JsonObject *contact = rc_json_get_member_object (fresh, "contact");
  JsonObject *location = rc_json_get_member_object (fresh, "location");
  JsonArray *social = rc_json_get_member_array (fresh, "social");

  copy_string (basics, "name", fresh, "name");
  copy_string (basics, "label", info, "label");
  copy_string (basics, "image", info, "image");
  copy_string (basics, "email", contact, "email");
  copy_string (basics, "phone", contact, "phone");
  copy_string (basics, "url", contact, "website");
  copy_string (basics, "summary", info, "brief");
  if (location != NULL)
    {
      static const Key keys[] = {
        { "address", "address" }, { "city", "city" }, { "region", "region" },
        { "code", "postalCode" }, { "country", "countryCode" },
      };
      JsonObject *place = json_object_new ();

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        copy_string (place, keys[i].to, location, keys[i].from);
      json_object_set_object_member (basics, "location", place);
    }
  if (social != NULL)
    {
      JsonArray *profiles = json_array_new ();

      for (guint i = 0; i < json_array_get_length (social); i++)
        {
          JsonObject *from = rc_json_get_element_object (social, i);
          JsonObject *profile = json_object_new ();

          copy_string (profile, "network", from, "network");
          copy_string (profile, "username", from, "user");
          copy_string (profile, "url", from, "url");
          json_array_add_object_element (profiles, profile);
        }
      json_object_set_array_member (basics, "profiles", profiles);
    }
}

/**
 * rc_import_fresh:
 * @fresh: the object of a FRESH file (rc_compat says what a file looks like)
 * @notes: (out) (optional) (element-type RcImportNote) (transfer container): see
 *   rc_import_build()
 *
 * name, info, contact, location, social, employment.history, service.history,
 * education.history, skills.sets and skills.list, projects, languages and interests map to
 * their JSON Resume fields; any other member is kept under "Not placed".
 *
 * Returns: (transfer full): a JSON Resume object
 */
JsonNode *
rc_import_fresh (JsonObject  *fresh,
                 GPtrArray  **notes)
{
  static const char * const read[] = {
    "name", "info", "contact", "location", "social", "skills", "meta", "$schema",
  };
  Fresh f = { 0 };
  JsonObject *basics = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (fresh);
  JsonNode *node;

  g_return_val_if_fail (fresh != NULL, NULL);

  f.root = json_object_new ();
  f.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_note_free);
  f.unplaced = g_ptr_array_new_with_free_func (g_free);
  json_object_set_object_member (f.root, "basics", basics);
  map_basics (fresh, basics);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      map_section (&f, fresh, &sections[i]);
      /* in JSON Resume's order: skills after publications */
      if (strcmp (sections[i].section, "publications") == 0)
        map_skills (&f, fresh);
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (read); i++)
        known |= strcmp (read[i], l->data) == 0;
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        known |= strcmp (sections[i].from, l->data) == 0;
      if (!known)
        keep (&f, l->data, json_object_get_member (fresh, l->data));
    }
  rc_import_keep_unplaced (f.root, f.unplaced, f.notes);
  rc_import_write_notes (f.root, f.notes);
  node = json_node_init_object (json_node_alloc (), f.root);
  if (notes != NULL)
    *notes = g_steal_pointer (&f.notes);
  g_clear_pointer (&f.notes, g_ptr_array_unref);
  g_ptr_array_unref (f.unplaced);
  json_object_unref (f.root);
  return node;
}
