/* test-import.c — resumes in text, DOCX, ODT, PDF and LinkedIn exports read back field by field
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <string.h>

#include "rc-date.h"
#include "rc-engine.h"
#include "rc-export.h"
#include "rc-import-private.h"
#include "rc-json-writer.h"
#include "rc-markup.h"
#include "rc-test-util.h"

/* How much of a source resume came back: each a share of what the source holds */
typedef struct
{
  guint contact, contact_total;
  guint bullets, bullets_total;
  guint entries, entries_total;
} Fidelity;

static JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
import_file (const char  *path,
             GPtrArray  **notes)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JsonNode *root = rc_import_file (file, notes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);
  return root;
}

static const char *
get_path (JsonNode   *root,
          const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        return NULL;
      node = json_object_get_member (json_node_get_object (node), parts[i]);
    }
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* "https://www.github.com/x/" and "github.com/x" are the same address */
static char *
normalise_url (const char *url)
{
  const char *p = strstr (url, "://") != NULL ? strstr (url, "://") + 3 : url;
  char *copy;

  if (g_str_has_prefix (p, "www."))
    p += 4;
  copy = g_strdup (p);
  if (*copy != '\0' && copy[strlen (copy) - 1] == '/')
    copy[strlen (copy) - 1] = '\0';
  return copy;
}

static void
collect_urls (JsonNode   *root,
              GHashTable *urls)
{
  JsonNode *basics = json_object_get_member (json_node_get_object (root), "basics");
  JsonObject *object = basics != NULL ? json_node_get_object (basics) : NULL;
  JsonArray *profiles;

  if (object == NULL)
    return;
  if (json_object_has_member (object, "url"))
    g_hash_table_add (urls, normalise_url (json_object_get_string_member (object, "url")));
  if (json_object_has_member (object, "phone") &&
      strstr (json_object_get_string_member (object, "phone"), "://") != NULL)
    g_hash_table_add (urls, normalise_url (json_object_get_string_member (object, "phone")));
  if (!json_object_has_member (object, "profiles"))
    return;
  profiles = json_object_get_array_member (object, "profiles");
  for (guint i = 0; i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = json_array_get_object_element (profiles, i);

      if (json_object_has_member (profile, "url"))
        g_hash_table_add (urls, normalise_url (json_object_get_string_member (profile, "url")));
    }
}

/* How many of the source's @want the import holds (@got) */
static void
count_found (GHashTable *want,
             GHashTable *got,
             guint      *found,
             guint      *total,
             const char *what)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, want);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      (*total)++;
      if (g_hash_table_contains (got, item))
        (*found)++;
      else
        g_test_message ("%s missing: %s", what, (const char *) item);
    }
}

static void
compare_contact (JsonNode *source,
                 JsonNode *imported,
                 Fidelity *f)
{
  static const char * const fields[] = {
    "basics.name", "basics.email", "basics.phone", "basics.location.city",
  };
  g_autoptr(GHashTable) want = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = get_path (source, fields[i]);

      /* a web address typed into the phone field comes back as a web address */
      if (value == NULL || strstr (value, "://") != NULL)
        continue;
      f->contact_total++;
      if (g_strcmp0 (value, get_path (imported, fields[i])) == 0)
        f->contact++;
      else
        g_test_message ("%s: want “%s”, got “%s”", fields[i], value,
                        get_path (imported, fields[i]));
    }
  collect_urls (source, want);
  collect_urls (imported, got);
  count_found (want, got, &f->contact, &f->contact_total, "profile");
}

static JsonArray *
get_array (JsonNode   *root,
           const char *member)
{
  JsonObject *object = json_node_get_object (root);

  return json_object_has_member (object, member) ? json_object_get_array_member (object, member)
                                                 : NULL;
}

/* A bullet as a reader sees it: markup rendered (as the export prints it), quotes straight
 * (pandoc makes them curly) */
static char *
printed (const char *text)
{
  RcMarkup markup;
  GString *out;

  rc_markup_init (&markup);
  out = g_string_new (rc_markup_render (&markup, text, strlen (text)) ? markup.printed->str
                                                                      : text);
  rc_markup_clear (&markup);
  g_string_replace (out, "\342\200\231", "'", 0);
  g_string_replace (out, "\342\200\230", "'", 0);
  g_string_replace (out, "\342\200\234", "\"", 0);
  g_string_replace (out, "\342\200\235", "\"", 0);
  return g_string_free (out, FALSE);
}

static void
collect_bullets (JsonNode   *root,
                 GHashTable *bullets)
{
  static const char * const sections[] = { "work", "volunteer", "projects" };

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonArray *entries = get_array (root, sections[s]);

      for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
        {
          JsonObject *entry = json_array_get_object_element (entries, i);
          JsonArray *highlights;

          if (g_strcmp0 (json_object_get_string_member_with_default (entry, "name", NULL),
                         "Not placed") == 0 || !json_object_has_member (entry, "highlights"))
            continue;
          highlights = json_object_get_array_member (entry, "highlights");
          for (guint j = 0; j < json_array_get_length (highlights); j++)
            g_hash_table_add (bullets, printed (json_array_get_string_element (highlights, j)));
        }
    }
}

static const char *
member_or (JsonObject *entry,
           const char *member,
           const char *other)
{
  const char *value = json_object_get_string_member_with_default (entry, member, NULL);

  return value != NULL ? value : json_object_get_string_member_with_default (entry, other, NULL);
}

/* "11/2020" in the source is "2020-11" once read; the PDF prints the month, so "2021-03-01"
 * comes back as "2021-03" */
static gboolean
same_date (const char *a,
           const char *b)
{
  RcDate da, db;

  if (a == NULL || b == NULL)
    return a == b;
  if (!rc_date_read_day (a, &da) || !rc_date_read_day (b, &db))
    return g_strcmp0 (a, b) == 0;
  return da.year == db.year && da.month == db.month;
}

static void
compare_entries (JsonNode *source,
                 JsonNode *imported,
                 Fidelity *f)
{
  static const char * const sections[] = { "work", "volunteer" };

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonArray *want = get_array (source, sections[s]);
      JsonArray *got = get_array (imported, sections[s]);

      for (guint i = 0; want != NULL && i < json_array_get_length (want); i++)
        {
          JsonObject *a = json_array_get_object_element (want, i);
          JsonObject *b = got != NULL && i < json_array_get_length (got)
                          ? json_array_get_object_element (got, i) : NULL;
          const char *company = member_or (a, "name", "company");

          if (company == NULL)
            company = member_or (a, "organization", "company");
          f->entries_total++;
          if (b != NULL &&
              g_strcmp0 (company, member_or (b, "name", "organization")) == 0 &&
              g_strcmp0 (member_or (a, "position", "position"),
                         member_or (b, "position", "position")) == 0 &&
              same_date (member_or (a, "startDate", "startDate"),
                         member_or (b, "startDate", "startDate")))
            f->entries++;
          else
            g_test_message ("%s/%u: “%s”, “%s” differ", sections[s], i,
                            member_or (a, "position", "position"), company);
        }
    }
}

static void
compare (JsonNode *source,
         JsonNode *imported,
         Fidelity *f)
{
  g_autoptr(GHashTable) want = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  compare_contact (source, imported, f);
  collect_bullets (source, want);
  collect_bullets (imported, got);
  count_found (want, got, &f->bullets, &f->bullets_total, "bullet");
  compare_entries (source, imported, f);
}

static double
share (guint part,
       guint total)
{
  return total == 0 ? 1.0 : (double) part / total;
}

/* Every fixture of @extension in data/import whose source (data/real or data/import) exists */
static void
check_fidelity (const char *extension)
{
  static const char * const layouts[] = { "-pasted", "-browser", "-columns" };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  Fidelity f = { 0 };
  const char *name;
  guint files = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *json_name = NULL;
      g_autofree char *source_path = NULL;
      g_autofree char *path = NULL;
      g_autoptr(JsonNode) source = NULL;
      g_autoptr(JsonNode) imported = NULL;
      Fidelity one = { 0 };

      if (!g_str_has_suffix (name, extension) || g_str_has_prefix (name, "bad-"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (extension));
      /* one source, laid out several ways */
      for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
        if (g_str_has_suffix (stem, layouts[i]))
          stem[strlen (stem) - strlen (layouts[i])] = '\0';
      json_name = g_strconcat (stem, ".json", NULL);
      source_path = g_test_build_filename (G_TEST_DIST, "data", "import", json_name, NULL);
      if (!g_file_test (source_path, G_FILE_TEST_EXISTS))
        {
          g_free (source_path);
          source_path = g_test_build_filename (G_TEST_DIST, "data", "real", json_name, NULL);
        }
      if (!g_file_test (source_path, G_FILE_TEST_EXISTS))
        continue;
      path = g_build_filename (dir, name, NULL);
      source = load_json (source_path);
      imported = import_file (path, NULL);
      compare (source, imported, &one);
      g_test_message ("%s: contact %u/%u, bullets %u/%u, entries %u/%u", name, one.contact,
                      one.contact_total, one.bullets, one.bullets_total, one.entries,
                      one.entries_total);
      /* contact details are never lost, in any one file */
      g_assert_cmpuint (one.contact, ==, one.contact_total);
      f.contact += one.contact;
      f.contact_total += one.contact_total;
      f.bullets += one.bullets;
      f.bullets_total += one.bullets_total;
      f.entries += one.entries;
      f.entries_total += one.entries_total;
      files++;
    }
  g_test_message ("%u %s files: contact %.1f %%, bullets %.1f %%, entries %.1f %%", files,
                  extension, 100 * share (f.contact, f.contact_total),
                  100 * share (f.bullets, f.bullets_total),
                  100 * share (f.entries, f.entries_total));
  g_assert_cmpuint (files, >=, 2);
  g_assert_cmpfloat (share (f.bullets, f.bullets_total), >=, 0.95);
  g_assert_cmpfloat (share (f.entries, f.entries_total), >=, 0.90);
}

static void
test_fidelity_text (void)
{
  check_fidelity (".txt");
}

static void
test_fidelity_docx (void)
{
  check_fidelity (".docx");
}

static void
test_fidelity_odt (void)
{
  check_fidelity (".odt");
}

/* PDFs laid out by our own export, printed by a browser, and in two columns (a sidebar) */
static void
test_fidelity_pdf (void)
{
  check_fidelity (".pdf");
}

/* Our own PDF export, of every resume of the realistic corpus, reads back to the same resume:
 * what an ATS reads of the PDFs the coach writes */
static void
test_pdf_round_trip (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "real", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  Fidelity f = { 0 };
  const char *name;
  guint files = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RcDocument) document = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(JsonNode) imported = NULL;
      Fidelity one = { 0 };

      if (!g_str_has_suffix (name, ".json"))
        continue;
      {
        g_autofree char *data = NULL;
        gsize length;

        g_assert_true (g_file_get_contents (path, &data, &length, NULL));
        document = rc_document_new_from_data (data, (gssize) length, &error);
        g_assert_no_error (error);
      }
      pdf = rc_export_to_bytes (document, RC_EXPORT_PDF, &error);
      g_assert_no_error (error);
      imported = rc_import_data (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL,
                                 &error);
      g_assert_no_error (error);
      compare (rc_document_get_root (document), imported, &one);
      g_test_message ("%s as PDF: contact %u/%u, bullets %u/%u, entries %u/%u", name,
                      one.contact, one.contact_total, one.bullets, one.bullets_total,
                      one.entries, one.entries_total);
      g_assert_cmpuint (one.contact, ==, one.contact_total);
      f.bullets += one.bullets;
      f.bullets_total += one.bullets_total;
      f.entries += one.entries;
      f.entries_total += one.entries_total;
      files++;
    }
  g_assert_cmpuint (files, >=, 10);
  g_assert_cmpfloat (share (f.bullets, f.bullets_total), >=, 0.95);
  g_assert_cmpfloat (share (f.entries, f.entries_total), >=, 0.90);
}

/* A resume from a LinkedIn profile tells each role in a paragraph: from our own PDF each role
 * comes back whole, its wrapped lines one description again, its dates and place on the right
 * read as dates and a place (not as a list item, which a browser's drawn markers would be),
 * and the headline "… at Trellis Health" stays a label, not a city */
static void
test_pdf_paragraph_roles (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "linkedin-paragraphs.json", NULL);
  g_autoptr(JsonNode) source = load_json (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *basics;
  JsonArray *want, *got;

  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  pdf = rc_export_to_bytes (document, RC_EXPORT_PDF, &error);
  g_assert_no_error (error);
  imported = rc_import_data (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL,
                             &error);
  g_assert_no_error (error);

  basics = json_object_get_object_member (json_node_get_object (imported), "basics");
  g_assert_cmpstr (json_object_get_string_member (basics, "label"), ==,
                   "Software Engineer II at Trellis Health");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (basics,
                                                                                 "location"),
                                                  "city"), ==, "Oakland");

  want = json_object_get_array_member (json_node_get_object (source), "work");
  got = json_object_get_array_member (json_node_get_object (imported), "work");
  g_assert_cmpuint (json_array_get_length (got), ==, json_array_get_length (want));
  for (guint i = 0; i < json_array_get_length (want); i++)
    {
      static const char * const members[] = {
        "name", "position", "location", "startDate", "endDate", "summary",
      };
      JsonObject *a = json_array_get_object_element (want, i);
      JsonObject *b = json_array_get_object_element (got, i);

      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        g_assert_cmpstr (json_object_get_string_member_with_default (b, members[m], NULL), ==,
                         json_object_get_string_member_with_default (a, members[m], NULL));
      g_assert_false (json_object_has_member (b, "highlights"));
    }
}

static RcImportReport *
report_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcImportReport *report = rc_import_report_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static guint
count_problems (RcImportReport   *report,
                RcAtsProblemKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < report->problems->len; i++)
    n += ((RcAtsProblem *) g_ptr_array_index (report->problems, i))->kind == kind;
  return n;
}

static const char *
field_value (RcImportReport *report,
             const char     *label)
{
  for (guint i = 0; i < report->fields->len; i++)
    {
      const RcAtsField *field = g_ptr_array_index (report->fields, i);

      if (strcmp (field->label, label) == 0)
        return field->value;
    }
  return NULL;
}

/* How an ATS reads a PDF: the sidebar layout is named, what survived is listed per field */
static void
test_ats_report (void)
{
  g_autoptr(RcImportReport) columns = report_fixture ("ines-okafor-columns.pdf");
  g_autoptr(RcImportReport) browser = report_fixture ("ines-okafor-browser.pdf");
  g_autoptr(RcImportReport) ours = report_fixture ("senior-long.pdf");
  g_autoptr(RcImportReport) scan = report_fixture ("bad-image-only.pdf");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "new-grad.txt",
                                                 NULL);
  g_autoptr(GFile) text = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const RcAtsProblem *problem;

  g_assert_cmpuint (columns->pages, ==, 1);
  g_assert_cmpuint (columns->problems->len, ==, 1);
  problem = g_ptr_array_index (columns->problems, 0);
  g_assert_cmpint (problem->kind, ==, RC_ATS_PROBLEM_COLUMNS);
  g_assert_cmpuint (problem->page, ==, 1);
  g_assert_cmpstr (field_value (columns, "Email"), ==, "ines.okafor@example.org");
  g_assert_cmpstr (field_value (columns, "City"), ==, "Manchester");
  g_assert_cmpstr (field_value (columns, "Experience 1"), ==,
                   "Senior Backend Engineer — Pennine Parcels · 2021-04 – now · 3 bullets");

  /* one column, from a browser and from our own export: nothing lost */
  g_assert_cmpuint (browser->problems->len, ==, 0);
  g_assert_cmpuint (ours->pages, ==, 2);
  g_assert_cmpuint (ours->problems->len, ==, 0);

  /* a scan: a page of pictures, and so no contact details */
  g_assert_cmpuint (count_problems (scan, RC_ATS_PROBLEM_IMAGES), ==, 1);
  g_assert_cmpuint (count_problems (scan, RC_ATS_PROBLEM_CONTACT), ==, 3);
  g_assert_cmpuint (scan->fields->len, ==, 0);

  g_assert_null (rc_import_report_file (text, NULL, &error));
  g_assert_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_UNKNOWN_KIND);
}

/* An icon font's glyphs (private use) are counted on their page, and left out of the lines */
static void
test_ats_unreadable (void)
{
  g_autoptr(RcImportReport) report = report_fixture ("icon-font.pdf");
  const RcAtsProblem *problem;

  g_assert_cmpuint (report->problems->len, ==, 1);
  problem = g_ptr_array_index (report->problems, 0);
  g_assert_cmpint (problem->kind, ==, RC_ATS_PROBLEM_UNREADABLE);
  g_assert_cmpuint (problem->page, ==, 1);
  g_assert_nonnull (strstr (problem->message, " 2 characters"));
  g_assert_cmpstr (field_value (report, "Phone"), ==, "+1 503 555 0148");
  g_assert_null (field_value (report, "Summary"));
}

static JsonNode *
import_text (const char  *text,
             GPtrArray  **notes)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = rc_import_data (text, strlen (text), notes, &error);

  g_assert_no_error (error);
  return root;
}

static const char *
string_at (JsonNode   *root,
           const char *pointer)
{
  g_auto(GStrv) tokens = g_strsplit (pointer + 1, "/", -1);
  JsonNode *node = root;

  for (guint i = 0; tokens[i] != NULL && node != NULL; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), tokens[i]);
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          guint64 index = g_ascii_strtoull (tokens[i], NULL, 10);
          JsonArray *array = json_node_get_array (node);

          node = index < json_array_get_length (array) ? json_array_get_element (array, index)
                                                       : NULL;
        }
      else
        node = NULL;
    }
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* The forms people write dates in, each read into the ISO form */
static void
test_dates (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nWork history\n"
    "Software Engineer, Acme | Jan 2020 – Present\n- Built things.\n"
    "Developer, Brightly | 2019–2021\n- Fixed things.\n"
    "Intern, Coldwater | 03/2018 - 12/2018\n- Tested things.\n"
    "Designer at Dunmore (May 2017 - now)\n- Drew things.\n", NULL);

  g_assert_cmpstr (string_at (root, "/work/0/startDate"), ==, "2020-01");
  g_assert_null (string_at (root, "/work/0/endDate"));
  g_assert_cmpstr (string_at (root, "/work/1/startDate"), ==, "2019");
  g_assert_cmpstr (string_at (root, "/work/1/endDate"), ==, "2021");
  g_assert_cmpstr (string_at (root, "/work/2/startDate"), ==, "2018-03");
  g_assert_cmpstr (string_at (root, "/work/2/endDate"), ==, "2018-12");
  g_assert_cmpstr (string_at (root, "/work/3/startDate"), ==, "2017-05");
  g_assert_cmpstr (string_at (root, "/work/3/name"), ==, "Dunmore");
  g_assert_cmpstr (string_at (root, "/work/3/position"), ==, "Designer");
}

/* Headings in the spellings people use, with their case and colons */
static void
test_headings (void)
{
  static const struct
  {
    const char *heading;
    const char *pointer;
  } cases[] = {
    { "PROFESSIONAL EXPERIENCE", "/work/0/position" },
    { "Work History:", "/work/0/position" },
    { "employment", "/work/0/position" },
    { "## Experience", "/work/0/position" },
    { "Projects", "/projects/0/name" },
    { "Volunteering", "/volunteer/0/position" },
    { "Education & Training", "/education/0/institution" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Ana Ruiz\nana@example.com\n\n%s\n"
                                               "Engineer, Acme University | 2019 – 2021\n"
                                               "- Built a thing.\n", cases[i].heading);
      g_autoptr(JsonNode) root = import_text (text, NULL);

      g_assert_nonnull (string_at (root, cases[i].pointer));
    }
}

/* Wrapped bullets are joined; numbered and starred ones read like dashes */
static void
test_bullets (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nExperience\nEngineer, Acme | 2019 – 2021\n"
    "• Cut build times from 40 to 9 minutes by caching layers and\n"
    "  splitting the suite across runners.\n"
    "2. Led the move to Kubernetes.\n* Wrote the on-call guide.\n", NULL);

  g_assert_cmpstr (string_at (root, "/work/0/highlights/0"), ==,
                   "Cut build times from 40 to 9 minutes by caching layers and splitting the "
                   "suite across runners.");
  g_assert_cmpstr (string_at (root, "/work/0/highlights/1"), ==, "Led the move to Kubernetes.");
  g_assert_cmpstr (string_at (root, "/work/0/highlights/2"), ==, "Wrote the on-call guide.");
}

/* "Software Engineer - Backend, Paywise", as the export prints a position with a specialty:
 * the specialty stays with the position; a dash before anything else still splits there */
static void
test_role_specialty (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nExperience\n"
    "Software Engineer - Backend, Paywise Technologies   Mar 2021 – Present\n"
    "• Cut refund latency from 2 s to 150 ms.\n"
    "Site Reliability Engineer – Platform, Harbourline   2018 – 2021\n"
    "• Ran the on-call rotation for 40 services.\n"
    "Developer - Acme, Data Platform   2016 – 2018\n"
    "• Built the booking API.\n", NULL);

  g_assert_cmpstr (string_at (root, "/work/0/position"), ==, "Software Engineer - Backend");
  g_assert_cmpstr (string_at (root, "/work/0/name"), ==, "Paywise Technologies");
  g_assert_cmpstr (string_at (root, "/work/1/position"), ==, "Site Reliability Engineer - Platform");
  g_assert_cmpstr (string_at (root, "/work/1/name"), ==, "Harbourline");
  /* "Data Platform" is no specialty of the list: the employer's words stay together */
  g_assert_cmpstr (string_at (root, "/work/2/position"), ==, "Developer");
}

/* A role's web address after its dates (as the PDF export prints it) is its url, not its
 * employer; an employer that is a web address stays the employer */
static void
test_role_url (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nExperience\n"
    "Senior Software Engineer (Backend), Parcelpay   Jun 2021 – Present · parcelpay.example.com\n"
    "• Cut p99 latency from 800 ms to 120 ms.\n"
    "Software Engineer · Booking.com   2018 – 2021\n"
    "• Built the rates API used by 40 teams.\n", NULL);

  g_assert_cmpstr (string_at (root, "/work/0/name"), ==, "Parcelpay");
  g_assert_cmpstr (string_at (root, "/work/0/position"), ==, "Senior Software Engineer (Backend)");
  g_assert_cmpstr (string_at (root, "/work/0/url"), ==, "https://parcelpay.example.com");
  g_assert_cmpstr (string_at (root, "/work/1/name"), ==, "Booking.com");
  g_assert_cmpstr (string_at (root, "/work/1/position"), ==, "Software Engineer");
  g_assert_null (string_at (root, "/work/1/url"));
}

/* Nothing is lost: a section it does not know is kept under “Not placed”, with a note each;
 * a split it had to guess is noted too, and all notes are in meta.resumeCoach.import */
static void
test_not_placed (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nExperience\nAcme | Brightly | 2019 – 2021\n- Built it.\n\n"
    "REFEREES AVAILABLE ON REQUEST\n\nFAVOURITE THINGS\nSailing on Sundays\n", &notes);
  JsonArray *stored;

  g_assert_cmpstr (string_at (root, "/projects/0/name"), ==, "Not placed");
  g_assert_cmpstr (string_at (root, "/projects/0/highlights/0"), ==,
                   "REFEREES AVAILABLE ON REQUEST");
  g_assert_cmpstr (string_at (root, "/projects/0/highlights/1"), ==, "FAVOURITE THINGS");
  g_assert_cmpstr (string_at (root, "/projects/0/highlights/2"), ==, "Sailing on Sundays");
  g_assert_cmpuint (notes->len, ==, 4);
  g_assert_cmpstr (((RcImportNote *) g_ptr_array_index (notes, 0))->pointer, ==,
                   "/work/0/position");
  g_assert_cmpstr (((RcImportNote *) g_ptr_array_index (notes, 0))->kind, ==, "split");
  g_assert_cmpstr (((RcImportNote *) g_ptr_array_index (notes, 3))->pointer, ==,
                   "/projects/0/highlights/2");
  g_assert_cmpstr (((RcImportNote *) g_ptr_array_index (notes, 3))->kind, ==, "unplaced");
  stored = json_object_get_array_member (
    json_object_get_object_member (
      json_object_get_object_member (json_node_get_object (root), "meta"), "resumeCoach"),
    "import");
  g_assert_cmpuint (json_array_get_length (stored), ==, notes->len);
  g_assert_cmpstr (string_at (root, "/meta/resumeCoach/import/2/value"), ==, "FAVOURITE THINGS");
}

/* Contact details wherever they are: a line of them at the end, a label before each */
static void
test_contact_anywhere (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nBackend Developer\n\nSkills\nGo, Rust\n\nContact\n"
    "Email: ana.ruiz@example.com | Phone: +34 612 555 019\n"
    "linkedin.com/in/anaruiz | github.com/aruiz\n", NULL);

  g_assert_cmpstr (string_at (root, "/basics/email"), ==, "ana.ruiz@example.com");
  g_assert_cmpstr (string_at (root, "/basics/phone"), ==, "+34 612 555 019");
  g_assert_cmpstr (string_at (root, "/basics/profiles/0/url"), ==,
                   "https://linkedin.com/in/anaruiz");
  g_assert_cmpstr (string_at (root, "/basics/profiles/0/username"), ==, "anaruiz");
  g_assert_cmpstr (string_at (root, "/basics/profiles/1/network"), ==, "GitHub");
}

/* import.check speaks where the importer was unsure, until the user edits that field */
static void
test_check_until_edited (void)
{
  g_autoptr(JsonNode) root = import_text (
    "Ana Ruiz\nana@example.com\n\nExperience\nAcme | Brightly | 2019 – 2021\n- Built it.\n\n"
    "FAVOURITE THINGS\nSailing on Sundays\n", NULL);
  g_autofree char *data = rc_json_to_data (root, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_document_new_from_data (data, -1, &error);
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) before = NULL;
  g_autoptr(RcReport) after = NULL;
  const RcFinding *finding;

  g_assert_no_error (error);
  before = rc_engine_check (engine, document, NULL);
  finding = rc_test_find_finding (before, "import.check", "/work/0/position");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "position"));
  g_assert_nonnull (rc_test_find_finding (before, "import.check", "/projects/0/highlights/1"));

  rc_document_set_string (document, "/work/0/position", "Engineer", &error);
  g_assert_no_error (error);
  after = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (after, "import.check", "/work/0/position"));
  g_assert_nonnull (rc_test_find_finding (after, "import.check", "/projects/0/highlights/1"));
}

/* The kind comes from the content: a DOCX named .txt is a DOCX */
static void
assert_same_section (JsonNode   *source,
                     JsonNode   *imported,
                     const char *section)
{
  JsonArray *want = get_array (source, section);
  JsonArray *got = get_array (imported, section);
  g_autoptr(JsonNode) a = json_node_init_array (json_node_alloc (), want);
  g_autoptr(JsonNode) b = NULL;

  g_assert_nonnull (got);
  b = json_node_init_array (json_node_alloc (), got);
  if (!json_node_equal (a, b))
    {
      g_autofree char *text = rc_json_to_data (b, NULL);

      g_test_message ("%s: %s", section, text);
    }
  g_assert_true (json_node_equal (a, b));
}

static gboolean
has_note (GPtrArray  *notes,
          const char *pointer,
          const char *kind)
{
  for (guint i = 0; i < notes->len; i++)
    {
      const RcImportNote *note = g_ptr_array_index (notes, i);

      if (strcmp (note->pointer, pointer) == 0 && strcmp (note->kind, kind) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A LinkedIn export comes back whole: every field of every file, and nothing else guessed */
static void
test_fidelity_linkedin (void)
{
  static const char * const sections[] = {
    "work", "education", "certificates", "skills", "languages",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "linkedin-export.zip", NULL);
  g_autofree char *source_path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                        "linkedin-export.json", NULL);
  g_autoptr(JsonNode) source = load_json (source_path);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(JsonNode) imported = import_file (path, &notes);
  JsonObject *basics = json_object_get_object_member (json_node_get_object (imported), "basics");
  JsonArray *projects = get_array (imported, "projects");
  JsonArray *kept;
  Fidelity f = { 0 };

  compare (source, imported, &f);
  g_test_message ("linkedin-export.zip: contact %u/%u, bullets %u/%u, entries %u/%u", f.contact,
                  f.contact_total, f.bullets, f.bullets_total, f.entries, f.entries_total);
  g_assert_cmpuint (f.contact_total, ==, 7);
  g_assert_cmpuint (f.contact, ==, f.contact_total);
  g_assert_cmpuint (f.bullets_total, ==, 6);
  g_assert_cmpuint (f.bullets, ==, f.bullets_total);
  g_assert_cmpuint (f.entries_total, ==, 3);
  g_assert_cmpuint (f.entries, ==, f.entries_total);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    assert_same_section (source, imported, sections[i]);
  /* the byte-order mark is not part of the first column's name */
  g_assert_cmpstr (get_path (imported, "basics.name"), ==, "Ines Okafor-Brandt");
  g_assert_cmpstr (get_path (imported, "basics.label"), ==, get_path (source, "basics.label"));
  g_assert_cmpstr (get_path (imported, "basics.summary"), ==,
                   get_path (source, "basics.summary"));
  g_assert_cmpstr (get_path (imported, "basics.location.postalCode"), ==, "04109");
  g_assert_cmpstr (json_object_get_string_member (basics, "url"), ==, "https://ines-ob.dev");
  /* Projects.csv holds its header alone: no project but the kept lines */
  g_assert_nonnull (projects);
  g_assert_cmpuint (json_array_get_length (projects), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (projects, 0),
                                                  "name"), ==, "Not placed");
  kept = json_object_get_array_member (json_array_get_object_element (projects, 0),
                                       "highlights");
  g_assert_cmpuint (json_array_get_length (kept), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (kept, 2), ==,
                   "License Number (Certified Kubernetes Application Developer (CKAD)): "
                   "LF-7x2k91qz");
  g_assert_cmpuint (notes->len, ==, 4);
  g_assert_true (has_note (notes, "/education/0/area", "degree"));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/projects/0/highlights/%u", i);

      g_assert_true (has_note (notes, pointer, "unplaced"));
    }
}

/* A ZIP archive of @members: name, content, …, NULL */
static GBytes *
make_zip (const char * const *members)
{
  struct archive *archive = archive_write_new ();
  gsize size = 65536, used = 0;
  char *buffer = g_malloc (size);

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (archive, buffer, size, &used), ==, ARCHIVE_OK);
  for (guint i = 0; members[i] != NULL; i += 2)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize length = strlen (members[i + 1]);

      archive_entry_set_pathname (entry, members[i]);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t) length);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, members[i + 1], length), ==,
                       (la_ssize_t) length);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return g_bytes_new_take (buffer, used);
}

/* What the export leaves to a guess: a date it cannot read, no primary email, a folder */
static void
test_linkedin_guesses (void)
{
  static const char * const members[] = {
    "Basic_LinkedInDataExport_12-01-2026/Profile.csv",
    "First Name,Last Name,Headline\nTomas,Reyes,Nurse\n",
    "Basic_LinkedInDataExport_12-01-2026/Email Addresses.csv",
    "Email Address,Confirmed,Primary,Updated On\nt.reyes@example.net,Yes,No,\n"
    "tr@example.com,No,No,\n",
    "Basic_LinkedInDataExport_12-01-2026/Positions.csv",
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "St. Luke's,Charge Nurse,\"- Ran a 30-bed ward\n- Trained 12 new nurses\",,Spring 2019,\n",
    NULL,
  };
  g_autoptr(GBytes) zip = make_zip (members);
  gsize length;
  const char *data = g_bytes_get_data (zip, &length);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *work;

  g_assert_cmpint (rc_import_detect (data, length), ==, RC_IMPORT_KIND_LINKEDIN);
  root = rc_import_data (data, length, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (get_path (root, "basics.name"), ==, "Tomas Reyes");
  g_assert_cmpstr (get_path (root, "basics.email"), ==, "t.reyes@example.net");
  work = json_array_get_object_element (get_array (root, "work"), 0);
  g_assert_cmpstr (json_object_get_string_member (work, "position"), ==, "Charge Nurse");
  g_assert_false (json_object_has_member (work, "startDate"));
  g_assert_false (json_object_has_member (work, "endDate"));
  g_assert_false (json_object_has_member (work, "summary"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (work, "highlights")),
                    ==, 2);
  g_assert_true (has_note (notes, "/work/0/startDate", "date"));
  /* the date as written is kept, not dropped */
  g_assert_true (has_note (notes, "/projects/0/highlights/0", "unplaced"));
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (
                       json_array_get_object_element (get_array (root, "projects"), 0),
                       "highlights"), 0), ==,
                   "Started On (Charge Nurse, St. Luke's): Spring 2019");
}

static const char *
entry_string (JsonNode   *root,
              const char *section,
              guint       index,
              const char *member)
{
  JsonArray *array = get_array (root, section);

  g_assert_nonnull (array);
  g_assert_cmpuint (index, <, json_array_get_length (array));
  return json_object_get_string_member_with_default (json_array_get_object_element (array,
                                                                                     index),
                                                     member, NULL);
}

/* FRESH: its keys into JSON Resume's, a date it cannot read noted, an unknown member kept */
static void
test_fresh (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "dara-fresh.json", NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *work1, *education, *skills;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpint (rc_import_detect (data, length), ==, RC_IMPORT_KIND_FRESH);
  root = import_file (path, &notes);
  g_assert_cmpstr (get_path (root, "basics.name"), ==, "Dara Quinlan");
  g_assert_cmpstr (get_path (root, "basics.label"), ==, "Site Reliability Engineer");
  g_assert_cmpstr (get_path (root, "basics.email"), ==, "dara.quinlan@example.ie");
  g_assert_cmpstr (get_path (root, "basics.phone"), ==, "+353 1 555 0192");
  g_assert_cmpstr (get_path (root, "basics.url"), ==, "https://dara.example.ie");
  g_assert_cmpstr (get_path (root, "basics.location.postalCode"), ==, "T12 X2Y4");
  g_assert_cmpstr (get_path (root, "basics.location.countryCode"), ==, "IE");
  g_assert_cmpstr (entry_string (root, "work", 0, "name"), ==, "Harbourline Payments");
  g_assert_cmpstr (entry_string (root, "work", 0, "position"), ==, "Senior SRE");
  g_assert_cmpstr (entry_string (root, "work", 0, "startDate"), ==, "2021-03");
  g_assert_cmpstr (entry_string (root, "work", 0, "summary"), ==,
                   "On-call lead for the card-authorisation platform.");
  work1 = json_array_get_object_element (get_array (root, "work"), 1);
  g_assert_false (json_object_has_member (work1, "startDate"));
  g_assert_cmpstr (json_object_get_string_member (work1, "endDate"), ==, "2021-02");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (work1, "highlights")),
                    ==, 1);
  g_assert_true (has_note (notes, "/work/1/startDate", "date"));
  education = json_array_get_object_element (get_array (root, "education"), 0);
  g_assert_cmpstr (json_object_get_string_member (education, "studyType"), ==, "BSc");
  g_assert_cmpstr (json_object_get_string_member (education, "score"), ==,
                   "First Class Honours");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (education, "courses")),
                    ==, 2);
  g_assert_cmpuint (json_array_get_length (get_array (root, "skills")), ==, 2);
  skills = json_array_get_object_element (get_array (root, "skills"), 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (skills, "keywords")),
                    ==, 3);
  g_assert_cmpstr (entry_string (root, "skills", 1, "name"), ==, "Go");
  g_assert_cmpstr (entry_string (root, "publications", 0, "name"), ==,
                   "Runbooks people actually read");
  g_assert_cmpstr (entry_string (root, "languages", 0, "fluency"), ==, "fluent");
  g_assert_cmpuint (json_array_get_length (get_array (root, "languages")), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (
                       json_array_get_object_element (get_array (root, "projects"), 0),
                       "highlights"), 0), ==,
                   "start (Systems Engineer, Corrib Cloud): Summer 2016");
  g_assert_cmpuint (notes->len, ==, 2);
}

static char *
csv_row (GPtrArray *rows,
         guint      index)
{
  return g_strjoinv ("|", g_ptr_array_index (rows, index));
}

/* RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CR LF, a BOM */
static void
test_csv (void)
{
  static const char data[] =
    "\357\273\277Name,Note\r\n"
    "\"Berg, Ida\",\"said \"\"hi\"\"\"\r\n"
    "\r\n"
    "plain,\"two\r\nlines\"\n"
    "a 5\" screen,\n"
    "last,row";
  static const struct
  {
    const char *text;
    const char *says;
  } bad[] = {
    { "a,b\n\"open,c\n", "line 2: a quoted field never ends" },
    { "a,b\n\"x\"y,c\n", "line 2: text after a closing quote" },
    { "a,\377\n", "not UTF-8" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = rc_import_csv_read (data, sizeof data - 1, "t.csv", &error);
  g_autofree char *big = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);
  {
    g_autofree char *r0 = csv_row (rows, 0), *r1 = csv_row (rows, 1), *r2 = csv_row (rows, 2);
    g_autofree char *r3 = csv_row (rows, 3), *r4 = csv_row (rows, 4);

    g_assert_cmpstr (r0, ==, "Name|Note");
    g_assert_cmpstr (r1, ==, "Berg, Ida|said \"hi\"");
    g_assert_cmpstr (r2, ==, "plain|two\nlines");
    g_assert_cmpstr (r3, ==, "a 5\" screen|");
    g_assert_cmpstr (r4, ==, "last|row");
  }
  g_assert_cmpstr (rc_import_csv_get (g_ptr_array_index (rows, 0), g_ptr_array_index (rows, 1),
                                      "note"), ==, "said \"hi\"");
  g_assert_null (rc_import_csv_get (g_ptr_array_index (rows, 0), g_ptr_array_index (rows, 3),
                                    "Note"));
  g_assert_null (rc_import_csv_get (g_ptr_array_index (rows, 0), g_ptr_array_index (rows, 1),
                                    "Title"));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(GPtrArray) none = rc_import_csv_read (bad[i].text, strlen (bad[i].text), "t.csv",
                                                      &bad_error);

      g_assert_null (none);
      g_assert_error (bad_error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_CORRUPT);
      g_assert_nonnull (strstr (bad_error->message, bad[i].says));
      g_assert_null (strchr (bad_error->message, '\n'));
    }
  /* a field of a million commas stops at the first fields past the limit */
  big = g_strnfill (1000000, ',');
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rc_import_csv_read (big, strlen (big), "t.csv", &error);
  g_assert_null (rows);
  g_assert_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_CORRUPT);
}

static void
test_detect (void)
{
  static const struct
  {
    const char   *name;
    RcImportKind  kind;
  } cases[] = {
    { "marta-lindgren.docx", RC_IMPORT_KIND_DOCX },
    { "marta-lindgren.odt", RC_IMPORT_KIND_ODT },
    { "marta-lindgren-pasted.txt", RC_IMPORT_KIND_TEXT },
    { "bad-random.bin", RC_IMPORT_KIND_UNKNOWN },
    { "senior-long.pdf", RC_IMPORT_KIND_PDF },
    { "linkedin-export.zip", RC_IMPORT_KIND_LINKEDIN },
    { "bad-linkedin-no-profile.zip", RC_IMPORT_KIND_LINKEDIN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                     cases[i].name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpint (rc_import_detect (data, length), ==, cases[i].kind);
    }
}

/* Bad input: one clear line, never a hang or a crash */
static void
test_bad_input (void)
{
  static const struct
  {
    const char *name;
    int         code;
    const char *says;
  } cases[] = {
    { "bad-corrupt.docx", RC_IMPORT_ERROR_CORRUPT, "damaged" },
    { "bad-zip-bomb.docx", RC_IMPORT_ERROR_TOO_LARGE, "zip bomb" },
    { "bad-random.bin", RC_IMPORT_ERROR_UNKNOWN_KIND,
      "PDF, DOCX, ODT, plain text or a LinkedIn export" },
    { "bad-encrypted.pdf", RC_IMPORT_ERROR_ENCRYPTED, "password" },
    { "bad-image-only.pdf", RC_IMPORT_ERROR_EMPTY, "no text" },
    { "bad-500-pages.pdf", RC_IMPORT_ERROR_TOO_LARGE, "500 pages" },
    { "bad-linkedin-no-profile.zip", RC_IMPORT_ERROR_EMPTY, "no profile (Profile.csv)" },
    { "bad-linkedin-corrupt.zip", RC_IMPORT_ERROR_CORRUPT,
      "Profile.csv is damaged at line 2: a quoted field never ends" },
    { "bad-linkedin-huge.zip", RC_IMPORT_ERROR_TOO_LARGE, "Skills.csv holds over 20000 rows" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                     cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = rc_import_file (file, NULL, NULL, &error);

      g_assert_null (root);
      g_assert_error (error, RC_IMPORT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_null (strchr (error->message, '\n'));
    }
  /* a fuzzer's ZIP whose member's size is wrong: libarchive's reason ends in a newline */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "seeds", "import",
                                                   "crash-error-newline.docx", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) root = rc_import_file (file, NULL, NULL, &error);

    g_assert_null (root);
    g_assert_nonnull (error);
    g_assert_null (strchr (error->message, '\n'));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) root = rc_import_data (" \n\n \t\n", 6, NULL, &error);

    g_assert_null (root);
    g_assert_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_EMPTY);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/import/fidelity/text", test_fidelity_text);
  g_test_add_func ("/core/import/fidelity/docx", test_fidelity_docx);
  g_test_add_func ("/core/import/fidelity/odt", test_fidelity_odt);
  g_test_add_func ("/core/import/fidelity/pdf", test_fidelity_pdf);
  g_test_add_func ("/core/import/fidelity/linkedin", test_fidelity_linkedin);
  g_test_add_func ("/core/import/pdf-round-trip", test_pdf_round_trip);
  g_test_add_func ("/core/import/pdf-paragraph-roles", test_pdf_paragraph_roles);
  g_test_add_func ("/core/import/role-specialty", test_role_specialty);
  g_test_add_func ("/core/import/role-url", test_role_url);
  g_test_add_func ("/core/import/ats-report", test_ats_report);
  g_test_add_func ("/core/import/ats-unreadable", test_ats_unreadable);
  g_test_add_func ("/core/import/dates", test_dates);
  g_test_add_func ("/core/import/headings", test_headings);
  g_test_add_func ("/core/import/bullets", test_bullets);
  g_test_add_func ("/core/import/not-placed", test_not_placed);
  g_test_add_func ("/core/import/contact-anywhere", test_contact_anywhere);
  g_test_add_func ("/core/import/check-until-edited", test_check_until_edited);
  g_test_add_func ("/core/import/linkedin-guesses", test_linkedin_guesses);
  g_test_add_func ("/core/import/fresh", test_fresh);
  g_test_add_func ("/core/import/csv", test_csv);
  g_test_add_func ("/core/import/detect", test_detect);
  g_test_add_func ("/core/import/bad-input", test_bad_input);

  return g_test_run ();
}
