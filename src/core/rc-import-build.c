/* rc-import-build.c — lines of a resume into a JSON Resume document: sections, entries, bullets
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-import-private.h"

#define NOT_PLACED "Not placed"

typedef struct
{
  const ImportWords *words;
  JsonObject        *root;
  JsonObject        *basics;
  GPtrArray         *notes;
  const char        *section;      /* NULL: the top, before the first heading */
  guint              section_level; /* the source's heading level of its heading, 0: none */
  GPtrArray         *header;       /* (element-type utf8): the entry's lines before its bullets */
  GString           *body;         /* the entry's text after its header */
  double             body_x;       /* where its first line starts, 0 when unknown */
  GPtrArray         *bullets;      /* (element-type utf8) */
  gboolean           header_dated;
  gboolean           last_bullet;
  double             bullet_x;     /* where the last bullet's marker starts, 0 when unknown */
  GString           *summary;
  gboolean           summary_guessed;
  GPtrArray         *unplaced;     /* (element-type utf8) */
} Builder;

/* The sections whose entries are one line each, and where their bullets go */
static gboolean
is_one_line_section (const char *section)
{
  return g_strcmp0 (section, "certificates") == 0 || g_strcmp0 (section, "awards") == 0 ||
         g_strcmp0 (section, "publications") == 0 || g_strcmp0 (section, "references") == 0;
}

static gboolean
is_list_section (const char *section)
{
  return g_strcmp0 (section, "skills") == 0 || g_strcmp0 (section, "languages") == 0 ||
         g_strcmp0 (section, "interests") == 0;
}

RcImportNote *
rc_import_add_note (GPtrArray  *notes,
                    const char *pointer,
                    const char *kind,
                    const char *value)
{
  RcImportNote *note = g_new0 (RcImportNote, 1);

  note->pointer = g_strdup (pointer);
  note->kind = g_strdup (kind);
  note->value = g_strdup (value);
  g_ptr_array_add (notes, note);
  return note;
}

static RcImportNote *
add_note (Builder    *b,
          const char *pointer,
          const char *kind,
          const char *value)
{
  return rc_import_add_note (b->notes, pointer, kind, value);
}

static JsonArray *
section_array (Builder    *b,
               const char *section)
{
  if (!json_object_has_member (b->root, section))
    json_object_set_array_member (b->root, section, json_array_new ());
  return json_object_get_array_member (b->root, section);
}

/* The section a heading names, NULL when @text is none; "" when the source marks a heading
 * the word lists do not know */
static const char *
heading_section (Builder            *b,
                 const char         *text,
                 const RcImportLine *line)
{
  g_autofree char *folded = NULL;
  GString *key = g_string_new (NULL);
  const char *section;
  guint letters = 0, lower = 0;
  const char *p = text;

  while (*p == '#' || *p == ' ')
    p++;
  folded = g_utf8_casefold (p, -1);
  for (const char *q = folded; *q != '\0'; q++)
    {
      if (*q == '&')
        g_string_append (key, "and");
      else
        g_string_append_c (key, *q);
    }
  while (key->len > 0 && (key->str[key->len - 1] == ':' || key->str[key->len - 1] == ' '))
    g_string_truncate (key, key->len - 1);
  section = g_hash_table_lookup (b->words->headings, key->str);
  g_string_free (key, TRUE);
  if (section != NULL)
    return section;

  /* a heading the source marks, not below the section's own: a section we do not know */
  if (line->heading_level > 0 && rc_import_count_words (text) <= 6 && b->section != NULL &&
      (b->section_level == 0 || line->heading_level <= b->section_level))
    return "";
  if (line->heading_level > 0)
    return NULL;
  for (const char *q = text; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_isdigit (c) || c == '@')
        return NULL;
      if (g_unichar_isalpha (c))
        {
          letters++;
          lower += g_unichar_islower (c);
        }
    }
  /* "VOLUNTEERING AND TALKS": a heading in capitals, after an empty line */
  if (lower == 0 && letters >= 5 && rc_import_count_words (text) <= 4 && line->blank_before &&
      json_object_has_member (b->basics, "name"))
    return "";
  return NULL;
}

/* "MARTA LINDGREN" is a style: the name is "Marta Lindgren" */
static void
set_name (Builder    *b,
          const char *text)
{
  g_autofree char *lower = NULL;
  GString *name;
  gboolean start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      {
        json_object_set_string_member (b->basics, "name", text);
        return;
      }
  lower = g_utf8_strdown (text, -1);
  name = g_string_new (NULL);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, start ? g_unichar_totitle (c) : c);
      start = c == ' ' || c == '-' || c == '\'';
    }
  json_object_set_string_member (b->basics, "name", name->str);
  g_string_free (name, TRUE);
}

/* "Platform Engineer — Malmö, Sweden": a label and a place; "Software Engineer II at Trellis
 * Health", as LinkedIn writes a headline, names an employer, no place */
static void
read_label (Builder    *b,
            const char *text)
{
  g_autoptr(GPtrArray) parts = rc_import_split_parts (text);

  if (parts->len == 2 && strstr (text, " at ") == NULL && strstr (text, " @ ") == NULL &&
      rc_import_looks_like_place (g_ptr_array_index (parts, 1)) &&
      !json_object_has_member (b->basics, "location"))
    {
      json_object_set_string_member (b->basics, "label", g_ptr_array_index (parts, 0));
      rc_import_set_place (b->basics, g_ptr_array_index (parts, 1));
    }
  else
    json_object_set_string_member (b->basics, "label", text);
}

/* A line's parts, and "https://a.dev   https://github.com/a" (spaces alone between web
 * addresses) as one part each */
static GPtrArray *
split_contact_parts (const char *text)
{
  GPtrArray *parts = rc_import_split_parts (text);

  for (guint i = parts->len; i-- > 0;)
    {
      /* "https://github.com/x ·": the line went on after the separator */
      char *part = rc_import_strip_leftovers (g_ptr_array_index (parts, i));
      g_auto(GStrv) words = g_strsplit (part, " ", -1);
      g_autoptr(JsonObject) scratch = json_object_new ();
      guint n = g_strv_length (words), read = 0;

      for (guint j = 0; j < n && n > 1; j++)
        read += rc_import_read_contact (scratch, words[j]);
      if (n < 2 || read < n)
        continue;
      g_ptr_array_remove_index (parts, i);
      for (guint j = n; j-- > 0;)
        g_ptr_array_insert (parts, (gint) i, g_strdup (words[j]));
    }
  return parts;
}

/* A line of the top of the page, or a line of contact details anywhere: TRUE when read */
static gboolean
read_contact_line (Builder    *b,
                   const char *text,
                   gboolean    top)
{
  g_autoptr(GPtrArray) parts = split_contact_parts (text);
  g_autoptr(JsonObject) scratch = json_object_new ();
  guint contacts = 0;

  for (guint i = 0; i < parts->len; i++)
    contacts += rc_import_read_contact (scratch, g_ptr_array_index (parts, i));
  if (contacts == 0)
    return FALSE;
  /* elsewhere than the top, only a line of nothing but contact details */
  if (!top && contacts < parts->len)
    return FALSE;
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (rc_import_read_contact (b->basics, part))
        continue;
      if (!json_object_has_member (b->basics, "name") && i == 0)
        set_name (b, part);
      else if (rc_import_looks_like_place (part) &&
               !json_object_has_member (b->basics, "location"))
        rc_import_set_place (b->basics, part);
      else
        g_ptr_array_add (b->unplaced, g_strdup (part));
    }
  return TRUE;
}

static void
read_top_line (Builder    *b,
               const char *text)
{
  if (read_contact_line (b, text, TRUE))
    return;
  if (!json_object_has_member (b->basics, "name"))
    set_name (b, text);
  else if (!json_object_has_member (b->basics, "label") && rc_import_count_words (text) <= 8 &&
           !rc_import_ends_sentence (text))
    read_label (b, text);
  else if (!json_object_has_member (b->basics, "location") && rc_import_looks_like_place (text))
    rc_import_set_place (b->basics, text);
  else
    {
      /* text before any heading: most often a summary */
      if (b->summary->len > 0)
        g_string_append_c (b->summary, ' ');
      g_string_append (b->summary, text);
      b->summary_guessed = TRUE;
    }
}

static void
set_member (JsonObject *entry,
            const char *member,
            const char *value)
{
  if (value != NULL && *value != '\0' && !json_object_has_member (entry, member))
    json_object_set_string_member (entry, member, value);
}

static char *
entry_pointer (const char *section,
               guint       index,
               const char *member)
{
  return g_strdup_printf ("/%s/%u/%s", section, index, member);
}

/* "Malmö, Sweden", not "Lead Engineer, Acme" */
static gboolean
is_place_part (Builder    *b,
               const char *part)
{
  return rc_import_looks_like_place (part) && !rc_import_has_word (part, b->words->titles);
}

/* "Senior Engineer, Parcelpay · parcelpay.example.com": the export prints a role's web
 * address after its dates. A last part that reads as one is the entry's url, when the rest
 * still names the employer (another part that is not a place, or a comma in the first):
 * "Software Engineer · Booking.com" keeps its employer */
static void
take_url (Builder    *b,
          JsonObject *entry,
          GPtrArray  *parts)
{
  g_autofree char *url = NULL;
  guint named = 0;

  if (parts->len < 2 ||
      (url = rc_import_read_url (g_ptr_array_index (parts, parts->len - 1))) == NULL)
    return;
  for (guint i = 0; i + 1 < parts->len; i++)
    named += !is_place_part (b, g_ptr_array_index (parts, i));
  if (named < 2 && strstr (g_ptr_array_index (parts, 0), ", ") == NULL)
    return;
  json_object_set_string_member (entry, "url", url);
  g_ptr_array_remove_index (parts, parts->len - 1);
}

/* "Software Engineer - Backend, Paywise Technologies", as the export prints a position with
 * a specialty and its employer: the dash split the title, and the specialty before the comma
 * goes back to it */
static void
join_specialty (Builder   *b,
                GPtrArray *parts)
{
  const char *title = parts->len == 2 ? g_ptr_array_index (parts, 0) : NULL;
  const char *rest = parts->len == 2 ? g_ptr_array_index (parts, 1) : NULL;
  const char *comma = rest != NULL ? g_strrstr (rest, ", ") : NULL;
  g_autofree char *specialty = NULL;
  g_autofree char *folded = NULL;

  if (comma == NULL || !rc_import_has_word (title, b->words->titles))
    return;
  specialty = g_strndup (rest, (gsize) (comma - rest));
  folded = g_utf8_casefold (specialty, -1);
  if (!g_hash_table_contains (b->words->specialties, folded))
    return;
  g_ptr_array_add (parts, g_strdup_printf ("%s - %s", title, specialty));
  g_ptr_array_add (parts, g_strdup (comma + 2));
  g_ptr_array_remove_range (parts, 0, 2);
}

/* Position and employer (organization) from the header's parts */
static void
assign_role (Builder    *b,
             JsonObject *entry,
             GPtrArray  *parts,
             guint       index,
             GString    *rest)
{
  const char *company_member = strcmp (b->section, "volunteer") == 0 ? "organization" : "name";
  GHashTable *titles = b->words->titles;
  int position = -1, company = -1, others = -1;
  gboolean sure;

  take_url (b, entry, parts);
  join_specialty (b, parts);
  /* "Working Student, Backend, Paketfix" (and perhaps a place): a comma before the employer */
  for (guint i = 0; i < parts->len; i++)
    if (!is_place_part (b, g_ptr_array_index (parts, i)) || parts->len == 1)
      {
        if (others < 0)
          others = (int) i;
        else
          others = G_MAXINT;
      }
  if (others >= 0 && others != G_MAXINT && strstr (g_ptr_array_index (parts, (guint) others), ", "))
    {
      char *whole = g_ptr_array_steal_index (parts, (guint) others);
      char *comma = g_strrstr (whole, ", ");

      *comma = '\0';
      g_ptr_array_insert (parts, others, g_strdup (comma + 2));
      g_ptr_array_insert (parts, others, g_strdup (whole));
      g_free (whole);
    }
  for (guint i = 0; i < parts->len && position < 0; i++)
    if (rc_import_has_word (g_ptr_array_index (parts, i), titles))
      position = (int) i;
  if (position < 0)
    position = 0;
  for (guint i = 0; i < parts->len && company < 0; i++)
    if ((int) i != position && !is_place_part (b, g_ptr_array_index (parts, i)))
      company = (int) i;
  for (guint i = 0; i < parts->len && company < 0; i++)
    if ((int) i != position)
      company = (int) i;
  sure = rc_import_has_word (g_ptr_array_index (parts, (guint) position), titles) &&
         (company < 0 || !rc_import_has_word (g_ptr_array_index (parts, (guint) company), titles));
  set_member (entry, "position", g_ptr_array_index (parts, (guint) position));
  if (company >= 0)
    set_member (entry, company_member, g_ptr_array_index (parts, (guint) company));
  if (!sure)
    {
      g_autofree char *p = entry_pointer (b->section, index, "position");

      add_note (b, p, "split", g_ptr_array_index (parts, (guint) position));
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if ((int) i == position || (int) i == company)
        continue;
      if (!json_object_has_member (entry, "location") && is_place_part (b, part))
        json_object_set_string_member (entry, "location", part);
      else
        g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", part);
    }
}

/* "Bachelor of Science, Computer Science", "BSc Computer Science", "MSc in Data Science" */
static void
assign_degree (JsonObject *entry,
               const char *text)
{
  const char *split = strstr (text, ", ");
  gsize skip = 2;
  g_autofree char *first = NULL;

  if (split == NULL && (split = strstr (text, " in ")) != NULL)
    skip = 4;
  if (split == NULL && strstr (text, " of ") == NULL && strchr (text, ' ') != NULL &&
      rc_import_has_word (strchr (text, ' ') + 1, rc_import_words ()->degrees) == FALSE)
    {
      split = strchr (text, ' ');
      skip = 1;
    }
  if (split == NULL)
    {
      set_member (entry, "studyType", text);
      return;
    }
  first = g_strndup (text, (gsize) (split - text));
  set_member (entry, "studyType", first);
  set_member (entry, "area", split + skip);
}

/* "3.7", "GPA 3.8/4.0", "First-class honours" is no score: only numbers */
static gboolean
is_score (const char *part)
{
  const char *p = part;

  if (g_ascii_strncasecmp (p, "GPA", 3) == 0)
    p += 3;
  while (*p == ' ' || *p == ':')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != '/' && *p != ' ' && *p != '%')
      return FALSE;
  return TRUE;
}

static void
assign_school (Builder    *b,
               JsonObject *entry,
               GPtrArray  *parts,
               guint       index,
               GString    *rest)
{
  int school = -1, degree = -1;

  for (guint i = 0; i < parts->len && school < 0; i++)
    if (rc_import_has_word (g_ptr_array_index (parts, i), b->words->institutions))
      school = (int) i;
  for (guint i = 0; i < parts->len && degree < 0; i++)
    if ((int) i != school &&
        rc_import_has_word (g_ptr_array_index (parts, i), b->words->degrees))
      degree = (int) i;
  if (school < 0)
    {
      g_autofree char *p = entry_pointer ("education", index, "institution");

      school = degree == 0 && parts->len > 1 ? 1 : 0;
      add_note (b, p, "split", g_ptr_array_index (parts, (guint) school));
    }
  set_member (entry, "institution", g_ptr_array_index (parts, (guint) school));
  if (degree >= 0)
    assign_degree (entry, g_ptr_array_index (parts, (guint) degree));
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if ((int) i == school || (int) i == degree)
        continue;
      if (is_score (part))
        set_member (entry, "score", part);
      else if (degree < 0 && !json_object_has_member (entry, "area"))
        assign_degree (entry, part);
      else if (!json_object_has_member (entry, "location") && rc_import_looks_like_place (part))
        json_object_set_string_member (entry, "location", part);
      else
        g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", part);
    }
}

static void
assign_other (Builder    *b,
              JsonObject *entry,
              GPtrArray  *parts,
              GString    *rest)
{
  static const struct
  {
    const char *section;
    const char *first;
    const char *second;
  } fields[] = {
    { "projects", "name", "description" },
    { "certificates", "name", "issuer" },
    { "awards", "title", "awarder" },
    { "publications", "name", "publisher" },
    { "references", "name", "reference" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      if (strcmp (b->section, fields[f].section) != 0)
        continue;
      for (guint i = 0; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          g_autofree char *url = NULL;

          if (strchr (part, ' ') == NULL && strchr (part, '.') != NULL &&
              (url = g_str_has_prefix (part, "http") ? g_strdup (part)
                                                     : g_strconcat ("https://", part, NULL)) &&
              !json_object_has_member (entry, "url") && strchr (part, '/') != NULL)
            json_object_set_string_member (entry, "url", url);
          else if (!json_object_has_member (entry, fields[f].first))
            json_object_set_string_member (entry, fields[f].first, part);
          else if (!json_object_has_member (entry, fields[f].second))
            json_object_set_string_member (entry, fields[f].second, part);
          else
            g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", part);
        }
    }
}

/* Where an entry's bullets and its text after the header go */
static void
place_text (Builder    *b,
            JsonObject *entry,
            guint       index,
            GString    *rest)
{
  const char *section = b->section;
  gboolean highlights = strcmp (section, "work") == 0 || strcmp (section, "volunteer") == 0 ||
                        strcmp (section, "projects") == 0;
  const char *list = highlights ? "highlights" : strcmp (section, "education") == 0 ? "courses"
                                                                                      : NULL;
  const char *text = strcmp (section, "projects") == 0 ? "description"
                   : strcmp (section, "education") == 0 || strcmp (section, "certificates") == 0
                   ? NULL : strcmp (section, "references") == 0 ? "reference" : "summary";

  if (b->body->len > 0)
    g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", b->body->str);
  if (rest->len > 0 && text != NULL && !json_object_has_member (entry, text))
    json_object_set_string_member (entry, text, rest->str);
  else if (rest->len > 0)
    g_ptr_array_add (b->bullets, g_strdup (rest->str));
  if (b->bullets->len == 0)
    return;
  if (list == NULL)
    {
      /* a certificate has no list of its own: its lines are kept, to be placed */
      for (guint i = 0; i < b->bullets->len; i++)
        g_ptr_array_add (b->unplaced, g_strdup (g_ptr_array_index (b->bullets, i)));
      return;
    }
  {
    JsonArray *array = json_array_new ();

    for (guint i = 0; i < b->bullets->len; i++)
      json_array_add_string_element (array, g_ptr_array_index (b->bullets, i));
    json_object_set_array_member (entry, list, array);
  }
  (void) index;
}

/* Dates out of the header: the first line holding some, removed from it */
static void
take_dates (Builder    *b,
            JsonObject *entry,
            guint       index)
{
  gboolean one_date = strcmp (b->section, "certificates") == 0 ||
                      strcmp (b->section, "awards") == 0 ||
                      strcmp (b->section, "publications") == 0;

  for (guint i = 0; i < b->header->len; i++)
    {
      char *line = g_ptr_array_index (b->header, i);
      g_autofree char *start = NULL, *end = NULL;
      gsize begin, stop;

      if (!rc_import_find_dates (line, &begin, &stop, &start, &end))
        continue;
      if (one_date)
        set_member (entry, strcmp (b->section, "publications") == 0 ? "releaseDate" : "date",
                    start);
      else
        {
          set_member (entry, "startDate", start);
          set_member (entry, "endDate", end);
        }
      /* "2016-O1 – May 2017": what is left of a date it could not read */
      if (strpbrk (line + stop, "0123456789") != NULL && stop - begin <= 4)
        {
          g_autofree char *pointer = entry_pointer (b->section, index,
                                                    one_date ? "date" : "startDate");

          add_note (b, pointer, "date", start)->source = g_strdup (line);
        }
      memmove (line + begin, line + stop, strlen (line + stop) + 1);
      rc_import_remove_empty_brackets (line);
      rc_import_strip_leftovers (line);
      return;
    }
}

static void
flush_entry (Builder *b)
{
  static const char * const date_members[] = { "startDate", "endDate", "date", "releaseDate" };
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonObject) dates = json_object_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) rest = g_string_new (NULL);
  JsonArray *array;
  guint index;

  if (b->header->len == 0 && b->bullets->len == 0 && b->body->len == 0)
    return;
  entry = json_object_new ();
  array = section_array (b, b->section);
  index = json_array_get_length (array);
  take_dates (b, dates, index);
  for (guint i = 0; i < b->header->len; i++)
    {
      const char *text = g_ptr_array_index (b->header, i);
      gboolean by_comma = is_one_line_section (b->section) && strstr (text, ", ") != NULL;
      g_autoptr(GPtrArray) line_parts = by_comma ? rc_import_split_last_comma (text)
                                                 : rc_import_split_parts (text);

      for (guint j = 0; j < line_parts->len; j++)
        g_ptr_array_add (parts,
                         g_strdup (rc_import_strip_leftovers (g_ptr_array_index (line_parts, j))));
    }
  for (guint i = parts->len; i-- > 0;)
    if (*(char *) g_ptr_array_index (parts, i) == '\0')
      g_ptr_array_remove_index (parts, i);
  if (parts->len > 0)
    {
      if (strcmp (b->section, "work") == 0 || strcmp (b->section, "volunteer") == 0)
        assign_role (b, entry, parts, index, rest);
      else if (strcmp (b->section, "education") == 0)
        assign_school (b, entry, parts, index, rest);
      else
        assign_other (b, entry, parts, rest);
    }
  for (guint i = 0; i < G_N_ELEMENTS (date_members); i++)
    if (json_object_has_member (dates, date_members[i]))
      json_object_set_member (entry, date_members[i],
                              json_object_dup_member (dates, date_members[i]));
  place_text (b, entry, index, rest);
  json_array_add_object_element (array, g_steal_pointer (&entry));
  g_ptr_array_set_size (b->header, 0);
  g_ptr_array_set_size (b->bullets, 0);
  g_string_truncate (b->body, 0);
  b->header_dated = FALSE;
  b->last_bullet = FALSE;
}

/* "Berlin, Germany" or "Remote" on the line after an entry's dates */
static gboolean
is_entry_place (const char *text)
{
  return rc_import_looks_like_place (text) && rc_import_count_words (text) <= 4 &&
         (strchr (text, ',') != NULL || g_ascii_strncasecmp (text, "remote", 6) == 0);
}

/* @text, a line that goes on from @last: after a space, or joined to a word broken at a
 * hyphen or slash ("customer-" "facing", "A/" "B") */
static char *
join_wrapped (const char *last,
              const char *text)
{
  gsize len = strlen (last);
  char end = len > 1 ? last[len - 1] : '\0';
  gboolean hyphen = end == '/' || (end == '-' && g_ascii_isalpha (last[len - 2]));

  return g_strconcat (last, hyphen ? "" : " ", text, NULL);
}

/* A PDF wraps an entry's description over lines, and so may a text file in lower case: the
 * next line of it comes with no gap before it, not in bold, and starts in lower case, or at
 * the description's left edge in a PDF either goes on with the sentence the line before
 * left open or is a sentence of its own. An entry's heading is none of these. */
static gboolean
continues_body (Builder            *b,
                const char         *text,
                const RcImportLine *line)
{
  if (b->body->len == 0 || line->blank_before || line->bold || line->list_item ||
      line->heading_level > 0)
    return FALSE;
  if (g_unichar_islower (g_utf8_get_char (text)))
    return TRUE;
  if (line->x <= 0 || b->body_x <= 0 || fabs (line->x - b->body_x) > 1.0)
    return FALSE;
  return !rc_import_ends_sentence (b->body->str) ||
         (rc_import_is_body_text (text) && rc_import_ends_sentence (text));
}

static gboolean
continues_bullet (Builder            *b,
                  const char         *text,
                  const RcImportLine *line)
{
  const char *last;
  gunichar first = g_utf8_get_char (text);

  if (!b->last_bullet || line->list_item || line->blank_before || b->bullets->len == 0)
    return FALSE;
  last = g_ptr_array_index (b->bullets, b->bullets->len - 1);
  /* a PDF's wrapped bullet hangs to the right of its marker */
  if (line->x > 0 && b->bullet_x > 0 && line->x > b->bullet_x + 2)
    return TRUE;
  return g_unichar_islower (first) ||
         (!rc_import_ends_sentence (last) && rc_import_ends_sentence (text));
}

static void
read_entry_line (Builder            *b,
                 const char         *text,
                 const RcImportLine *line)
{
  const char *item = rc_import_after_marker (text);

  /* "- AWS Certified Cloud Practitioner, Amazon, 2025": a list of one-line entries */
  /* a heading below the section's: an entry's first line */
  if (line->heading_level > 0)
    {
      flush_entry (b);
      g_ptr_array_add (b->header, g_strdup (text));
      b->header_dated = FALSE;
      return;
    }
  if (is_one_line_section (b->section) && (item != NULL || line->list_item))
    {
      flush_entry (b);
      g_ptr_array_add (b->header, g_strdup (item != NULL ? item : text));
      b->header_dated = TRUE;
      return;
    }
  if (item != NULL || line->list_item)
    {
      if (b->body->len > 0 && b->bullets->len == 0 && b->header->len == 0)
        flush_entry (b);
      g_ptr_array_add (b->bullets, g_strdup (item != NULL ? item : text));
      b->last_bullet = TRUE;
      b->bullet_x = line->x;
      return;
    }
  if (strcmp (b->section, "education") == 0 && b->header_dated && b->bullets->len == 0 &&
      g_ascii_strncasecmp (text, "courses", 7) == 0 && strstr (text, ": ") != NULL)
    {
      g_autoptr(GPtrArray) courses = rc_import_split_items (strstr (text, ": ") + 2);

      for (guint i = 0; i < courses->len; i++)
        g_ptr_array_add (b->bullets, g_strdup (g_ptr_array_index (courses, i)));
      return;
    }
  if (continues_bullet (b, text, line))
    {
      char **last = (char **) &b->bullets->pdata[b->bullets->len - 1];
      char *joined = join_wrapped (*last, text);

      g_free (*last);
      *last = joined;
      return;
    }
  if (continues_body (b, text, line))
    {
      g_autofree char *joined = join_wrapped (b->body->str, text);

      g_string_assign (b->body, joined);
      b->last_bullet = FALSE;
      return;
    }
  if (b->bullets->len > 0 || b->body->len > 0 ||

      (b->header_dated && !rc_import_is_body_text (text) && !is_entry_place (text)))
    flush_entry (b);
  /* a sentence under an entry's first line is its description, dated or not */
  if ((b->header_dated || (is_one_line_section (b->section) && b->header->len > 0) ||
       (b->header->len > 0 && rc_import_count_words (text) >= 6 &&
        rc_import_ends_sentence (text))) &&
      rc_import_is_body_text (text))
    {
      if (b->body->len == 0)
        b->body_x = line->x;
      g_string_append_printf (b->body, "%s%s", b->body->len > 0 ? " " : "", text);
    }
  else
    {
      gsize begin, end;
      g_autofree char *start = NULL, *stop = NULL;

      g_ptr_array_add (b->header, g_strdup (text));
      if (rc_import_find_dates (text, &begin, &end, &start, &stop))
        b->header_dated = TRUE;
    }
  b->last_bullet = FALSE;
}

/* "English (native)", "German: C1", "French – B2" */
static void
add_language (JsonArray  *languages,
              const char *item)
{
  JsonObject *language = json_object_new ();
  const char *open = strchr (item, '(');
  const char *colon = strstr (item, ": ");
  const char *dash = strstr (item, " \342\200\223 ");
  g_autofree char *name = NULL;
  g_autofree char *fluency = NULL;

  if (colon == NULL)
    colon = strstr (item, " - ");
  if (open != NULL && strchr (open, ')') != NULL)
    {
      name = g_strndup (item, (gsize) (open - item));
      fluency = g_strndup (open + 1, (gsize) (strchr (open, ')') - open - 1));
    }
  else if (colon != NULL || dash != NULL)
    {
      const char *at = colon != NULL ? colon : dash;

      name = g_strndup (item, (gsize) (at - item));
      fluency = g_strdup (at + (colon != NULL ? 2 : 5));
    }
  else
    name = g_strdup (item);
  g_strstrip (name);
  json_object_set_string_member (language, "language", name);
  if (fluency != NULL && *g_strstrip (fluency) != '\0')
    json_object_set_string_member (language, "fluency", fluency);
  json_array_add_object_element (languages, language);
}

static void
read_list_line (Builder    *b,
                const char *text)
{
  const char *item = rc_import_after_marker (text);
  const char *colon;
  JsonArray *array = section_array (b, b->section);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *label = NULL;

  if (item == NULL)
    item = text;
  colon = strstr (item, ": ");
  if (strcmp (b->section, "languages") != 0 && colon != NULL && colon - item < 40)
    {
      label = g_strndup (item, (gsize) (colon - item));
      item = colon + 2;
    }
  items = rc_import_split_items (item);
  if (label != NULL)
    {
      JsonObject *group = json_object_new ();
      JsonArray *keywords = json_array_new ();

      json_object_set_string_member (group, "name", label);
      for (guint i = 0; i < items->len; i++)
        json_array_add_string_element (keywords, g_ptr_array_index (items, i));
      json_object_set_array_member (group, "keywords", keywords);
      json_array_add_object_element (array, group);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      JsonObject *object;

      if (strcmp (b->section, "languages") == 0)
        {
          add_language (array, g_ptr_array_index (items, i));
          continue;
        }
      object = json_object_new ();
      json_object_set_string_member (object, "name", g_ptr_array_index (items, i));
      json_array_add_object_element (array, object);
    }
}

static void
start_section (Builder    *b,
               const char *section,
               const char *heading)
{
  if (b->section != NULL && !is_list_section (b->section) && strcmp (b->section, "summary") != 0 &&
      *b->section != '\0')
    flush_entry (b);
  b->section = section;
  /* a heading we do not know: its lines are kept, to be placed by the user */
  if (*section == '\0')
    g_ptr_array_add (b->unplaced, g_strdup (heading));
}

/* "Skills: Python, Go", "Summary: …": a heading with its content on the same line */
static const char *
inline_heading (Builder    *b,
                const char *text,
                const char **content)
{
  const char *colon = strstr (text, ": ");
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;
  const char *section;

  if (colon == NULL || is_list_section (b->section))
    return NULL;
  head = g_strndup (text, (gsize) (colon - text));
  folded = g_utf8_casefold (head, -1);
  section = g_hash_table_lookup (b->words->headings, folded);
  if (section == NULL || (!is_list_section (section) && strcmp (section, "summary") != 0))
    return NULL;
  *content = colon + 2;
  return section;
}

static void
read_line (Builder            *b,
           const char         *text,
           const RcImportLine *line)
{
  const char *section = heading_section (b, text, line);
  const char *content = NULL;

  if (section == NULL && (section = inline_heading (b, text, &content)) != NULL)
    {
      start_section (b, section, text);
      text = content;
      section = NULL;
    }
  /* "Contact", often a sidebar's: its lines are read as those at the top of the page */
  if (section != NULL && strcmp (section, "basics") == 0)
    {
      if (b->section != NULL)
        start_section (b, section, text);
      b->section = NULL;
      return;
    }
  if (section != NULL)
    {
      start_section (b, section, text);
      b->section_level = line->heading_level;
      return;
    }
  if (b->section == NULL)
    {
      if (line->heading_level > 0 && !json_object_has_member (b->basics, "name"))
        set_name (b, text);
      else
        read_top_line (b, text);
      return;
    }
  if (strcmp (b->section, "projects") != 0 && read_contact_line (b, text, FALSE))
    return;
  if (*b->section == '\0')
    g_ptr_array_add (b->unplaced, g_strdup (text));
  else if (strcmp (b->section, "summary") == 0)
    {
      const char *item = rc_import_after_marker (text);

      g_string_append_printf (b->summary, "%s%s", b->summary->len > 0 ? " " : "",
                              item != NULL ? item : text);
    }
  else if (is_list_section (b->section))
    read_list_line (b, text);
  else
    read_entry_line (b, text, line);
}

/* @lines (element-type utf8) in a "Not placed" project, each with an "unplaced" note */
void
rc_import_keep_unplaced (JsonObject *root,
                         GPtrArray  *lines,
                         GPtrArray  *notes)
{
  JsonArray *projects;
  JsonObject *entry;
  JsonArray *highlights;
  guint index;

  if (lines->len == 0)
    return;
  if (!json_object_has_member (root, "projects"))
    json_object_set_array_member (root, "projects", json_array_new ());
  projects = json_object_get_array_member (root, "projects");
  index = json_array_get_length (projects);
  entry = json_object_new ();
  highlights = json_array_new ();
  json_object_set_string_member (entry, "name", NOT_PLACED);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/projects/%u/highlights/%u", index, i);
      const char *text = g_ptr_array_index (lines, i);

      json_array_add_string_element (highlights, text);
      rc_import_add_note (notes, pointer, "unplaced", text);
    }
  json_object_set_array_member (entry, "highlights", highlights);
  json_array_add_object_element (projects, entry);
}

static void
finish (Builder *b)
{
  if (b->section != NULL && *b->section != '\0' && !is_list_section (b->section) &&
      strcmp (b->section, "summary") != 0)
    flush_entry (b);
  if (b->summary->len > 0)
    {
      json_object_set_string_member (b->basics, "summary", b->summary->str);
      if (b->summary_guessed)
        add_note (b, "/basics/summary", "section", b->summary->str);
    }
  rc_import_keep_unplaced (b->root, b->unplaced, b->notes);
}

void
rc_import_write_notes (JsonObject *root,
                       GPtrArray  *notes)
{
  JsonArray *array = json_array_new ();
  JsonObject *meta = json_object_new ();
  JsonObject *coach = json_object_new ();

  for (guint i = 0; i < notes->len; i++)
    {
      const RcImportNote *note = g_ptr_array_index (notes, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "pointer", note->pointer);
      json_object_set_string_member (object, "kind", note->kind);
      if (note->value != NULL)
        json_object_set_string_member (object, "value", note->value);
      if (note->source != NULL)
        json_object_set_string_member (object, "source", note->source);
      json_array_add_object_element (array, object);
    }
  if (notes->len > 0)
    {
      json_object_set_array_member (coach, "import", array);
      json_object_set_object_member (meta, "resumeCoach", coach);
      json_object_set_object_member (root, "meta", meta);
    }
  else
    {
      json_array_unref (array);
      json_object_unref (coach);
      json_object_unref (meta);
    }
}

/* The sections in the order JSON Resume lists them, then the coach's notes */
static JsonNode *
assemble (Builder *b)
{
  static const char * const order[] = {
    "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects",
  };
  JsonObject *root = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (json_object_has_member (b->root, order[i]))
      json_object_set_member (root, order[i],
                              json_node_copy (json_object_get_member (b->root, order[i])));
  rc_import_write_notes (root, b->notes);
  json_node_take_object (node, root);
  return node;
}

/**
 * rc_import_build:
 * @lines: (element-type RcImportLine): the source's lines in reading order
 * @notes: (out) (optional) (element-type RcImportNote) (transfer container): what the
 *   importer was unsure of, each at the pointer it wrote
 *
 * Reads sections by their headings, entries (position, employer, place, dates), bullets and
 * contact details wherever they are. A line it cannot place is kept under a “Not placed”
 * project. The notes are also written to /meta/resumeCoach/import as objects with `pointer`,
 * `kind` (“split”, “date”, “section”, “unplaced”), `value` (what was written there;
 * absent when nothing was) and `source` (the line as written, for a date it could not read).
 *
 * Returns: (transfer full): a JSON Resume object
 */
JsonNode *
rc_import_build (GPtrArray  *lines,
                 GPtrArray **notes)
{
  Builder b = { 0 };
  JsonNode *node;

  g_return_val_if_fail (lines != NULL, NULL);

  b.words = rc_import_words ();
  b.root = json_object_new ();
  b.basics = json_object_new ();
  json_object_set_object_member (b.root, "basics", b.basics);
  b.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_note_free);
  b.header = g_ptr_array_new_with_free_func (g_free);
  b.bullets = g_ptr_array_new_with_free_func (g_free);
  b.unplaced = g_ptr_array_new_with_free_func (g_free);
  b.body = g_string_new (NULL);
  b.summary = g_string_new (NULL);

  for (guint i = 0; i < lines->len && i < RC_IMPORT_MAX_LINES; i++)
    {
      RcImportLine *line = g_ptr_array_index (lines, i);
      g_autofree char *text = rc_import_clean_text (line->text);

      if (*text != '\0')
        read_line (&b, text, line);
    }
  finish (&b);
  node = assemble (&b);

  if (notes != NULL)
    *notes = g_steal_pointer (&b.notes);
  g_clear_pointer (&b.notes, g_ptr_array_unref);
  g_ptr_array_unref (b.header);
  g_ptr_array_unref (b.bullets);
  g_ptr_array_unref (b.unplaced);
  g_string_free (b.body, TRUE);
  g_string_free (b.summary, TRUE);
  json_object_unref (b.root);
  return node;
}
