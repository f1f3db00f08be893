/* rc-import-linkedin.c — a LinkedIn data export ("Get a copy of your data") into JSON Resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-date.h"
#include "rc-import-private.h"

typedef struct
{
  const char *data;
  gsize       length;
  JsonObject *root;
  JsonObject *basics;
  GPtrArray  *notes;
  GPtrArray  *unplaced;   /* (element-type utf8) what has no field in JSON Resume */
  GError     *error;
} Export;

/* The rows of @name, header first; NULL when the export does not hold it, it holds no row
 * below its header, or it does not read (x->error set) */
static GPtrArray *
read_csv (Export     *x,
          const char *name)
{
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *rows;

  if (x->error != NULL)
    return NULL;
  bytes = rc_import_zip_member (x->data, x->length, name, &x->error);
  if (bytes == NULL)
    return NULL;
  rows = rc_import_csv_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name,
                             &x->error);
  if (rows != NULL && rows->len < 2)
    g_clear_pointer (&rows, g_ptr_array_unref);
  return rows;
}

static void
set_string (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, member, value);
}

/* "Position, Company" or "School": what a kept line belongs to */
char *
rc_import_describe_entry (JsonObject *entry)
{
  static const char * const members[] = { "position", "name", "institution" };
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (json_object_has_member (entry, members[i]))
      g_strv_builder_add (parts, json_object_get_string_member (entry, members[i]));
  strv = g_strv_builder_end (parts);
  return g_strjoinv (", ", strv);
}

/* The date under @column ("Jan 2020", "2019", "03/2018" → "2020-01", "2019", "2018-03") into
 * @member; one it cannot read is kept with a note */
static void
set_date (Export     *x,
          JsonObject *entry,
          const char *pointer,
          const char *member,
          char      **header,
          char      **row,
          const char *column)
{
  const char *text = rc_import_csv_get (header, row, column);
  RcDate date;

  if (text == NULL)
    return;
  switch (rc_date_read (text, &date))
    {
    case RC_DATE_ISO:
    case RC_DATE_WRITTEN:
      {
        g_autofree char *iso = rc_date_to_iso (&date);

        json_object_set_string_member (entry, member, iso);
      }
      break;
    case RC_DATE_ONGOING:
      break;
    case RC_DATE_UNREADABLE:
    default:
      {
        g_autofree char *at = g_strdup_printf ("%s/%s", pointer, member);
        g_autofree char *what = rc_import_describe_entry (entry);

        rc_import_add_note (x->notes, at, "date", NULL)->source = g_strdup (text);
        g_ptr_array_add (x->unplaced, g_strdup_printf ("%s (%s): %s", column, what, text));
      }
      break;
    }
}

/* A description's lines: the bullet-like ones as highlights, the others as its summary */
static void
set_description (JsonObject *entry,
                 const char *member,
                 const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) prose = g_string_new (NULL);
  JsonArray *highlights = json_array_new ();

  if (text == NULL)
    {
      json_array_unref (highlights);
      return;
    }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      const char *item = rc_import_after_marker (line);

      if (item != NULL)
        json_array_add_string_element (highlights, item);
      else if (*line != '\0')
        g_string_append_printf (prose, "%s%s", prose->len > 0 ? " " : "", line);
    }
  set_string (entry, member, prose->str);
  if (json_array_get_length (highlights) > 0)
    json_object_set_array_member (entry, "highlights", highlights);
  else
    json_array_unref (highlights);
}

static JsonArray *
add_section (Export     *x,
             const char *section)
{
  JsonArray *array = json_array_new ();

  json_object_set_array_member (x->root, section, array);
  return array;
}

/* "[PERSONAL:https://a.dev,OTHER:github.com/b]": the web addresses of Profile.csv */
static void
read_websites (Export     *x,
               const char *text)
{
  g_autofree char *inner = g_strdup (text);
  g_auto(GStrv) pieces = NULL;

  g_strdelimit (inner, "[]", ' ');
  pieces = g_strsplit (inner, ",", -1);
  for (guint i = 0; pieces[i] != NULL; i++)
    if (*g_strstrip (pieces[i]) != '\0' && !rc_import_read_contact (x->basics, pieces[i]))
      g_ptr_array_add (x->unplaced, g_strdup (pieces[i]));
}

static void
read_profile (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Profile.csv");
  char **header, **row;
  const char *first, *last, *value;

  if (rows == NULL)
    {
      if (x->error == NULL)
        g_set_error_literal (&x->error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_EMPTY,
                             _("the LinkedIn export holds no profile (Profile.csv)"));
      return;
    }
  header = g_ptr_array_index (rows, 0);
  row = g_ptr_array_index (rows, 1);
  first = rc_import_csv_get (header, row, "First Name");
  last = rc_import_csv_get (header, row, "Last Name");
  if (first != NULL || last != NULL)
    {
      g_autofree char *name = g_strjoin (" ", first != NULL ? first : last,
                                         first != NULL ? last : NULL, NULL);

      json_object_set_string_member (x->basics, "name", name);
    }
  set_string (x->basics, "label", rc_import_csv_get (header, row, "Headline"));
  set_string (x->basics, "summary", rc_import_csv_get (header, row, "Summary"));
  if ((value = rc_import_csv_get (header, row, "Geo Location")) != NULL)
    rc_import_set_place (x->basics, value);
  if ((value = rc_import_csv_get (header, row, "Zip Code")) != NULL)
    {
      if (!json_object_has_member (x->basics, "location"))
        json_object_set_object_member (x->basics, "location", json_object_new ());
      json_object_set_string_member (json_object_get_object_member (x->basics, "location"),
                                     "postalCode", value);
    }
  if ((value = rc_import_csv_get (header, row, "Websites")) != NULL)
    read_websites (x, value);
  if ((value = rc_import_csv_get (header, row, "Twitter Handles")) != NULL)
    {
      g_autofree char *handle = g_strstrip (g_strdelimit (g_strdup (value), "[]@", ' '));
      g_autofree char *url = g_strdup_printf ("https://twitter.com/%s", handle);

      if (*handle != '\0')
        rc_import_read_contact (x->basics, url);
    }
}

/* The primary address; the first when none is marked */
static void
read_email (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Email Addresses.csv");
  const char *chosen = NULL;

  for (guint i = 1; rows != NULL && i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *email = rc_import_csv_get (g_ptr_array_index (rows, 0), row, "Email Address");
      const char *primary = rc_import_csv_get (g_ptr_array_index (rows, 0), row, "Primary");

      if (email != NULL && (chosen == NULL || g_strcmp0 (primary, "Yes") == 0))
        chosen = email;
      if (email != NULL && g_strcmp0 (primary, "Yes") == 0)
        break;
    }
  if (chosen != NULL)
    json_object_set_string_member (x->basics, "email", chosen);
}

static void
read_phone (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "PhoneNumbers.csv");
  const char *number;

  if (rows == NULL)
    return;
  number = rc_import_csv_get (g_ptr_array_index (rows, 0), g_ptr_array_index (rows, 1),
                              "Number");
  set_string (x->basics, "phone", number);
}

static void
read_positions (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Positions.csv");
  JsonArray *work;

  if (rows == NULL)
    return;
  work = add_section (x, "work");
  for (guint i = 1; i < rows->len; i++)
    {
      char **header = g_ptr_array_index (rows, 0), **row = g_ptr_array_index (rows, i);
      JsonObject *entry = json_object_new ();
      g_autofree char *pointer = g_strdup_printf ("/work/%u", json_array_get_length (work));

      set_string (entry, "name", rc_import_csv_get (header, row, "Company Name"));
      set_string (entry, "position", rc_import_csv_get (header, row, "Title"));
      set_string (entry, "location", rc_import_csv_get (header, row, "Location"));
      set_date (x, entry, pointer, "startDate", header, row, "Started On");
      set_date (x, entry, pointer, "endDate", header, row, "Finished On");
      set_description (entry, "summary", rc_import_csv_get (header, row, "Description"));
      json_array_add_object_element (work, entry);
    }
}

/* "Master of Science - MS, Computer Science": LinkedIn writes the field after the degree */
static void
set_degree (Export     *x,
            JsonObject *entry,
            const char *pointer,
            const char *degree,
            const char *field)
{
  const char *comma = degree != NULL ? strstr (degree, ", ") : NULL;

  if (field != NULL || comma == NULL)
    {
      set_string (entry, "studyType", degree);
      set_string (entry, "area", field);
      return;
    }
  {
    g_autofree char *type = g_strndup (degree, (gsize) (comma - degree));
    g_autofree char *at = g_strdup_printf ("%s/area", pointer);

    json_object_set_string_member (entry, "studyType", type);
    json_object_set_string_member (entry, "area", comma + 2);
    rc_import_add_note (x->notes, at, "degree", comma + 2)->source = g_strdup (degree);
  }
}

static void
read_education (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Education.csv");
  JsonArray *education;

  if (rows == NULL)
    return;
  education = add_section (x, "education");
  for (guint i = 1; i < rows->len; i++)
    {
      char **header = g_ptr_array_index (rows, 0), **row = g_ptr_array_index (rows, i);
      JsonObject *entry = json_object_new ();
      const char *school = rc_import_csv_get (header, row, "School Name");
      g_autofree char *pointer = g_strdup_printf ("/education/%u",
                                                  json_array_get_length (education));
      static const char * const others[] = { "Notes", "Activities" };

      set_string (entry, "institution", school);
      set_degree (x, entry, pointer, rc_import_csv_get (header, row, "Degree Name"),
                  rc_import_csv_get (header, row, "Field Of Study"));
      set_date (x, entry, pointer, "startDate", header, row, "Start Date");
      set_date (x, entry, pointer, "endDate", header, row, "End Date");
      /* JSON Resume's education has no free text: kept for the user to place */
      for (guint j = 0; j < G_N_ELEMENTS (others); j++)
        {
          const char *text = rc_import_csv_get (header, row, others[j]);

          if (text != NULL)
            g_ptr_array_add (x->unplaced, g_strdup_printf ("%s (%s): %s", others[j],
                                                           school != NULL ? school : "",
                                                           text));
        }
      json_array_add_object_element (education, entry);
    }
}

static void
read_skills (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Skills.csv");
  JsonObject *group;
  JsonArray *keywords;

  if (rows == NULL)
    return;
  group = json_object_new ();
  keywords = json_array_new ();
  json_object_set_string_member (group, "name", "Skills");
  for (guint i = 1; i < rows->len; i++)
    {
      const char *name = rc_import_csv_get (g_ptr_array_index (rows, 0),
                                            g_ptr_array_index (rows, i), "Name");

      if (name != NULL)
        json_array_add_string_element (keywords, name);
    }
  json_object_set_array_member (group, "keywords", keywords);
  json_array_add_object_element (add_section (x, "skills"), group);
}

static void
read_certifications (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Certifications.csv");
  JsonArray *certificates;

  if (rows == NULL)
    return;
  certificates = add_section (x, "certificates");
  for (guint i = 1; i < rows->len; i++)
    {
      char **header = g_ptr_array_index (rows, 0), **row = g_ptr_array_index (rows, i);
      JsonObject *entry = json_object_new ();
      const char *name = rc_import_csv_get (header, row, "Name");
      const char *number = rc_import_csv_get (header, row, "License Number");
      g_autofree char *pointer = g_strdup_printf ("/certificates/%u",
                                                  json_array_get_length (certificates));

      set_string (entry, "name", name);
      set_string (entry, "issuer", rc_import_csv_get (header, row, "Authority"));
      set_date (x, entry, pointer, "date", header, row, "Started On");
      set_string (entry, "url", rc_import_csv_get (header, row, "Url"));
      if (number != NULL)
        g_ptr_array_add (x->unplaced, g_strdup_printf ("License Number (%s): %s",
                                                       name != NULL ? name : "", number));
      json_array_add_object_element (certificates, entry);
    }
}

static void
read_projects (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Projects.csv");
  JsonArray *projects;

  if (rows == NULL)
    return;
  projects = add_section (x, "projects");
  for (guint i = 1; i < rows->len; i++)
    {
      char **header = g_ptr_array_index (rows, 0), **row = g_ptr_array_index (rows, i);
      JsonObject *entry = json_object_new ();
      g_autofree char *pointer = g_strdup_printf ("/projects/%u",
                                                  json_array_get_length (projects));

      set_string (entry, "name", rc_import_csv_get (header, row, "Title"));
      set_description (entry, "description", rc_import_csv_get (header, row, "Description"));
      set_string (entry, "url", rc_import_csv_get (header, row, "Url"));
      set_date (x, entry, pointer, "startDate", header, row, "Started On");
      set_date (x, entry, pointer, "endDate", header, row, "Finished On");
      json_array_add_object_element (projects, entry);
    }
}

static void
read_languages (Export *x)
{
  g_autoptr(GPtrArray) rows = read_csv (x, "Languages.csv");
  JsonArray *languages;

  if (rows == NULL)
    return;
  languages = add_section (x, "languages");
  for (guint i = 1; i < rows->len; i++)
    {
      char **header = g_ptr_array_index (rows, 0), **row = g_ptr_array_index (rows, i);
      JsonObject *entry = json_object_new ();

      set_string (entry, "language", rc_import_csv_get (header, row, "Name"));
      set_string (entry, "fluency", rc_import_csv_get (header, row, "Proficiency"));
      json_array_add_object_element (languages, entry);
    }
}

/* The files fill basics in their own order; a reader expects JSON Resume's */
static void
order_basics (Export *x)
{
  static const char * const order[] = {
    "name", "label", "email", "phone", "url", "summary", "location", "profiles",
  };
  JsonObject *basics = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (x->basics);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (json_object_has_member (x->basics, order[i]))
      json_object_set_member (basics, order[i],
                              json_node_copy (json_object_get_member (x->basics, order[i])));
  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (basics, l->data))
      json_object_set_member (basics, l->data,
                              json_node_copy (json_object_get_member (x->basics, l->data)));
  json_object_set_object_member (x->root, "basics", basics);
  x->basics = basics;
}

/**
 * rc_import_linkedin:
 * @data: the bytes of the ZIP archive LinkedIn sends
 * @length: their number
 * @notes: (out) (optional) (element-type RcImportNote) (transfer container): see
 *   rc_import_build()
 * @error: a one-line reason: no Profile.csv, a damaged archive or CSV file, too many rows
 *
 * Profile.csv (name, headline, summary, place, web addresses), Email Addresses.csv (the
 * primary one), PhoneNumbers.csv, Positions.csv, Education.csv, Skills.csv (one group),
 * Certifications.csv, Projects.csv and Languages.csv, field by field.
 *
 * Returns: (transfer full) (nullable): a JSON Resume object
 */
JsonNode *
rc_import_linkedin (const char  *data,
                    gsize        length,
                    GPtrArray  **notes,
                    GError     **error)
{
  static void (* const readers[]) (Export *) = {
    read_profile, read_email, read_phone, read_positions, read_education, read_certifications,
    read_skills, read_languages, read_projects,
  };
  Export x = { data, length };
  JsonNode *node = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  x.root = json_object_new ();
  x.basics = json_object_new ();
  json_object_set_object_member (x.root, "basics", x.basics);
  x.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_note_free);
  x.unplaced = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (readers) && x.error == NULL; i++)
    readers[i] (&x);
  if (x.error == NULL)
    {
      order_basics (&x);
      rc_import_keep_unplaced (x.root, x.unplaced, x.notes);
      rc_import_write_notes (x.root, x.notes);
      node = json_node_init_object (json_node_alloc (), x.root);
      if (notes != NULL)
        *notes = g_steal_pointer (&x.notes);
    }
  else
    g_propagate_error (error, x.error);
  g_clear_pointer (&x.notes, g_ptr_array_unref);
  g_ptr_array_unref (x.unplaced);
  json_object_unref (x.root);
  return node;
}
