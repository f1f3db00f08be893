/* test-export.c — printable blocks and the text, JSON and Markdown exports
 *
 * The exports are compared byte for byte with the files under tests/golden/. After an
 * intended change to the output, regenerate them and review the diff before committing:
 *
 *   RC_UPDATE_GOLDEN=1 meson test -C build export
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-blocks.h"
#include "rc-document.h"
#include "rc-export.h"
#include "rc-test-util.h"

static const char * const fixtures[] = { "backend-engineer", "export-full" };

static char *
fixture_path (const char *fixture)
{
  g_autofree char *name = g_strconcat (fixture, ".json", NULL);

  /* the bundled sample is tested where it ships, not as a copy */
  if (g_str_equal (fixture, "backend-engineer"))
    return rc_test_sample_path ();
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static RcDocument *
load_fixture (const char *fixture)
{
  g_autofree char *path = fixture_path (fixture);

  return rc_test_document_from_file (path);
}

static char *
export_string (RcDocument     *document,
               RcExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_export_to_bytes (document, format, &error);
  gsize length = 0;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, length, NULL));
  return g_strndup (data, length);
}

static void
test_format_names (void)
{
  static const struct { const char *name; RcExportFormat format; } names[] = {
    { "text", RC_EXPORT_TEXT }, { "TXT", RC_EXPORT_TEXT }, { "json", RC_EXPORT_JSON },
    { "markdown", RC_EXPORT_MARKDOWN }, { "md", RC_EXPORT_MARKDOWN }, { "PDF", RC_EXPORT_PDF },
    { "docx", RC_EXPORT_DOCX }, { "ODT", RC_EXPORT_ODT },
  };
  RcExportFormat format;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (rc_export_format_from_string (names[i].name, &format));
      g_assert_cmpint (format, ==, names[i].format);
    }

  g_assert_false (rc_export_format_from_string ("doc", &format));
  g_assert_false (rc_export_format_from_string ("", &format));
  g_assert_false (rc_export_format_from_string (NULL, &format));

  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_TEXT), ==, "txt");
  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_JSON), ==, "json");
  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_MARKDOWN), ==, "md");
  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_PDF), ==, "pdf");
  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_DOCX), ==, "docx");
  g_assert_cmpstr (rc_export_format_extension (RC_EXPORT_ODT), ==, "odt");
}

static const RcBlock *
block_at (GPtrArray *blocks,
          guint      index)
{
  g_assert_cmpuint (index, <, blocks->len);
  return g_ptr_array_index (blocks, index);
}

static void
assert_block (GPtrArray   *blocks,
              guint        index,
              RcBlockKind  kind,
              const char  *text,
              const char  *pointer)
{
  const RcBlock *block = block_at (blocks, index);

  g_assert_cmpint (block->kind, ==, kind);
  g_assert_cmpstr (block->text, ==, text);
  g_assert_cmpstr (block->pointer, ==, pointer);
}

static void
test_blocks_order (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"skills\": [{\"name\": \"Languages\", \"keywords\": [\"Go\", \"Python\"]}],"
    " \"education\": [{\"institution\": \"Uni\", \"studyType\": \"BSc\", \"area\": \"CS\","
    "                  \"endDate\": \"2019-06\", \"courses\": [\"Databases\"]}],"
    " \"certificates\": [{\"name\": \"CKA\", \"issuer\": \"CNCF\", \"date\": \"2024-03-02\"}],"
    " \"projects\": [{\"name\": \"tool\", \"url\": \"https://example.com/tool\","
    "                 \"description\": \"A tool.\", \"highlights\": [\"Used by 5 teams.\"]}],"
    " \"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"startDate\": \"2020-01\","
    "            \"location\": \"Berlin\", \"summary\": \"Payments team.\","
    "            \"highlights\": [\"Shipped X.\", \"Cut Y by 20%.\"]}],"
    " \"basics\": {\"name\": \"Ada\", \"label\": \"Engineer\", \"email\": \"ada@example.com\","
    "            \"phone\": \"555\", \"location\": {\"city\": \"Berlin\", \"region\": \"BE\"},"
    "            \"url\": \"https://ada.example.com\","
    "            \"profiles\": [{\"network\": \"GitHub\", \"username\": \"ada\"}],"
    "            \"summary\": \"Builds things.\"}}");
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  guint i = 0;

  /* the order is the resume's, whatever the order of the file */
  assert_block (blocks, i++, RC_BLOCK_NAME, "Ada", "/basics/name");
  assert_block (blocks, i++, RC_BLOCK_LABEL, "Engineer", "/basics/label");
  assert_block (blocks, i++, RC_BLOCK_CONTACT,
                "ada@example.com" RC_BLOCK_SEPARATOR "555" RC_BLOCK_SEPARATOR "Berlin, BE",
                "/basics");
  assert_block (blocks, i++, RC_BLOCK_CONTACT,
                "https://ada.example.com" RC_BLOCK_SEPARATOR "https://github.com/ada", "/basics");
  assert_block (blocks, i++, RC_BLOCK_HEADING, "Summary", "/basics/summary");
  assert_block (blocks, i++, RC_BLOCK_PARAGRAPH, "Builds things.", "/basics/summary");
  assert_block (blocks, i++, RC_BLOCK_HEADING, "Experience", "/work");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_TITLE, "Engineer, Acme", "/work/0");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_META,
                "Jan 2020 \u2013 Present" RC_BLOCK_SEPARATOR "Berlin", "/work/0");
  assert_block (blocks, i++, RC_BLOCK_PARAGRAPH, "Payments team.", "/work/0/summary");
  assert_block (blocks, i++, RC_BLOCK_BULLET, "Shipped X.", "/work/0/highlights/0");
  assert_block (blocks, i++, RC_BLOCK_BULLET, "Cut Y by 20%.", "/work/0/highlights/1");
  assert_block (blocks, i++, RC_BLOCK_HEADING, "Projects", "/projects");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_TITLE, "tool", "/projects/0/name");
  /* shown short, linked whole */
  assert_block (blocks, i++, RC_BLOCK_ENTRY_META, "example.com/tool", "/projects/0/url");
  g_assert_cmpstr (g_array_index (block_at (blocks, i - 1)->links, RcBlockLink, 0).uri, ==,
                   "https://example.com/tool");
  assert_block (blocks, i++, RC_BLOCK_PARAGRAPH, "A tool.", "/projects/0/description");
  assert_block (blocks, i++, RC_BLOCK_BULLET, "Used by 5 teams.", "/projects/0/highlights/0");
  assert_block (blocks, i++, RC_BLOCK_HEADING, "Skills", "/skills");
  assert_block (blocks, i++, RC_BLOCK_PARAGRAPH, "Languages: Go, Python", "/skills/0");
  /* certificates sit under Education, after the degrees */
  assert_block (blocks, i++, RC_BLOCK_HEADING, "Education", "/education");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_TITLE, "Uni", "/education/0/institution");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_META, "BSc, CS" RC_BLOCK_SEPARATOR "Jun 2019",
                "/education/0");
  assert_block (blocks, i++, RC_BLOCK_PARAGRAPH, "Courses: Databases", "/education/0/courses");
  assert_block (blocks, i++, RC_BLOCK_ENTRY_TITLE, "Certifications", "/certificates");
  assert_block (blocks, i++, RC_BLOCK_BULLET, "CKA, CNCF, Mar 2024", "/certificates/0");
  g_assert_cmpuint (blocks->len, ==, i);
}

static void
test_blocks_empty (void)
{
  g_autoptr(RcDocument) empty = rc_test_document_from_data ("{}");
  g_autoptr(RcDocument) hollow = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"  \", \"profiles\": [{}]}, \"work\": [{}, {\"highlights\": [\"\"]}],"
    " \"skills\": [], \"education\": [{\"courses\": []}], \"certificates\": [{}],"
    " \"languages\": [{\"fluency\": \"Fluent\"}], \"references\": [{\"name\": \"\"}]}");
  g_autoptr(GPtrArray) none = rc_resume_blocks (empty);
  g_autoptr(GPtrArray) hollow_blocks = rc_resume_blocks (hollow);
  g_autofree char *text = export_string (hollow, RC_EXPORT_TEXT);
  g_autofree char *markdown = export_string (hollow, RC_EXPORT_MARKDOWN);

  g_assert_cmpuint (none->len, ==, 0);
  /* no section is left with a heading and nothing under it */
  g_assert_cmpuint (hollow_blocks->len, ==, 0);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpstr (markdown, ==, "");
}

static void
test_blocks_certificates_alone (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"certificates\": [{\"name\": \"AWS Certified Developer\", \"date\": \"2022\"}]}");
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);

  assert_block (blocks, 0, RC_BLOCK_HEADING, "Education", "/education");
  assert_block (blocks, 1, RC_BLOCK_ENTRY_TITLE, "Certifications", "/certificates");
  assert_block (blocks, 2, RC_BLOCK_BULLET, "AWS Certified Developer, 2022", "/certificates/0");
  g_assert_cmpuint (blocks->len, ==, 3);
}

/* Every block names a place in the document that exists, and shows no placeholder. */
static void
test_blocks_pointers (void)
{
  for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(RcDocument) document = load_fixture (fixtures[f]);
      g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);

      g_assert_cmpuint (blocks->len, >, 20);
      for (guint i = 0; i < blocks->len; i++)
        {
          const RcBlock *block = g_ptr_array_index (blocks, i);

          g_test_message ("%s: %s", block->pointer, block->text);
          g_assert_nonnull (rc_document_get (document, block->pointer));
          g_assert_null (strstr (block->text, "(null)"));
          g_assert_cmpstr (block->text, !=, "");
          g_assert_null (strchr (block->text, '\t'));
          if (block->kind != RC_BLOCK_PARAGRAPH)
            g_assert_null (strchr (block->text, '\n'));
        }
    }
}

static void
test_golden (gconstpointer data)
{
  const char *name = data;
  g_auto(GStrv) parts = g_strsplit (name, ".", 2);
  g_autoptr(RcDocument) document = load_fixture (parts[0]);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_autoptr(GError) error = NULL;
  RcExportFormat format;

  g_assert_true (rc_export_format_from_string (parts[1], &format));
  actual = export_string (document, format);

  if (g_strcmp0 (g_getenv ("RC_UPDATE_GOLDEN"), "1") == 0)
    {
      g_file_set_contents (golden_path, actual, -1, &error);
      g_assert_no_error (error);
      g_test_message ("rewrote %s", golden_path);
    }

  g_file_get_contents (golden_path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

static char *
export_json_keeping (RcDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_export_to_bytes_full (document, RC_EXPORT_JSON,
                                                     RC_EXPORT_KEEP_COACH_DATA, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The JSON export keeping the coach's data is the document itself: what the file held,
 * nothing lost; without it, the same less meta.resumeCoach. */
static void
test_json_is_document (void)
{
  for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(RcDocument) document = load_fixture (fixtures[f]);
      g_autofree char *kept = export_json_keeping (document);
      g_autofree char *exported = export_string (document, RC_EXPORT_JSON);
      g_autofree char *saved = rc_document_to_data (document, NULL);
      g_autofree char *path = fixture_path (fixtures[f]);
      g_autofree char *contents = NULL;
      g_autoptr(JsonNode) original = NULL;
      g_autoptr(JsonNode) reparsed = NULL;
      g_autoptr(JsonNode) stripped = NULL;
      JsonObject *meta;

      g_assert_cmpstr (kept, ==, saved);

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      original = parse_json (contents);
      reparsed = parse_json (kept);
      g_assert_true (json_node_equal (original, reparsed));

      stripped = parse_json (exported);
      meta = json_object_has_member (json_node_get_object (original), "meta")
             ? json_object_get_object_member (json_node_get_object (original), "meta") : NULL;
      if (meta != NULL && json_object_has_member (meta, "resumeCoach"))
        {
          json_object_remove_member (meta, "resumeCoach");
          if (json_object_get_size (meta) == 0)
            json_object_remove_member (json_node_get_object (original), "meta");
        }
      else
        g_assert_cmpstr (exported, ==, saved);
      g_assert_true (json_node_equal (original, stripped));
    }
}

/* ATS parsers choke on decoration: the text export of the sample is plain ASCII apart from
 * the en dash in dates. */
static void
test_text_is_plain (void)
{
  g_autoptr(RcDocument) document = load_fixture ("backend-engineer");
  g_autofree char *text = export_string (document, RC_EXPORT_TEXT);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == 0x2013 || (c < 0x80 && (c == '\n' || g_ascii_isprint (c))));
    }

  /* headings are upper case, bullets one per line, sections apart by one blank line */
  g_assert_nonnull (strstr (text, "\n\nEXPERIENCE\n"));
  g_assert_nonnull (strstr (text, "\n\nSKILLS\nLanguages: Go, Python, SQL\n"));
  g_assert_nonnull (strstr (text, "\nJun 2023 \u2013 Present | Toronto, ON\n"));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_false (g_str_has_suffix (text, "\n\n"));
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_false (g_str_has_prefix (lines[i], " "));
}

static void
test_markdown_escapes (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ana *Star* [x]\", \"email\": \"ana_b@example.com\","
    "             \"url\": \"https://ana.example.com/\","
    "             \"summary\": \"# not a heading\\n2020. not a list\\n+ plus\"},"
    " \"work\": [{\"position\": \"C# dev\", \"highlights\": [\"- dashed\","
    "            \"Wrote `code` with _under_ | pipes <b>tags</b>, see https://x.example/a_b.\"]}]}");
  g_autofree char *markdown = export_string (document, RC_EXPORT_MARKDOWN);

  g_test_message ("%s", markdown);
  g_assert_true (g_str_has_prefix (markdown, "# Ana \\*Star\\* \\[x\\]\n"));
  g_assert_nonnull (strstr (markdown, "\n[ana\\_b@example.com](mailto:ana_b@example.com)\n\n"
                                      "[ana.example.com](https://ana.example.com/)\n"));
  g_assert_nonnull (strstr (markdown, "\n\\# not a heading\n2020\\. not a list\n\\+ plus\n"));
  g_assert_nonnull (strstr (markdown, "\n### C\\# dev\n"));
  g_assert_nonnull (strstr (markdown, "\n- \\- dashed\n"));
  g_assert_nonnull (strstr (markdown, "\n- Wrote \\`code\\` with \\_under\\_ \\| pipes "
                                      "\\<b\\>tags\\</b\\>, see "
                                      "[x.example/a\\_b](https://x.example/a_b).\n"));
}

static void
test_pdf (void)
{
  g_autoptr(RcDocument) document = load_fixture ("backend-engineer");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_export_to_bytes (document, RC_EXPORT_PDF, &error);

  gsize length = 0;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint count = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    count++;
  return count;
}

/* A failed export leaves nothing behind: no file, no temporary file, no directory. */
static void
test_to_file_missing_dir (void)
{
  g_autoptr(RcDocument) document = load_fixture ("backend-engineer");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "resume.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_export_to_file (document, RC_EXPORT_TEXT, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* An existing file is replaced whole: a shorter export leaves no tail of the old one. */
static void
test_to_file_replaces (void)
{
  g_autoptr(RcDocument) document = load_fixture ("backend-engineer");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = export_string (document, RC_EXPORT_MARKDOWN);
  g_autofree char *old = g_strnfill (strlen (expected) * 3, 'x');
  g_autofree char *written = NULL;

  g_file_set_contents (path, old, -1, &error);
  g_assert_no_error (error);

  g_assert_true (rc_export_to_file (document, RC_EXPORT_MARKDOWN, file, NULL, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);
  /* the temporary file was renamed over the old one, not left beside it */
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A failed export (here: one cancelled) leaves the old file as it was. */
static void
test_to_file_failure_keeps_old (void)
{
  g_autoptr(RcDocument) document = load_fixture ("backend-engineer");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_file_set_contents (path, "old contents", -1, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  g_assert_false (rc_export_to_file (document, RC_EXPORT_TEXT, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_error (&error);
  g_file_get_contents (path, &kept, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, "old contents");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Fields of the wrong type are kept by the JSON export byte for byte and left out of the
 * others, which neither fail nor print them */
static void
test_wrong_types (void)
{
  static const char *input =
    "{\n"
    "  \"basics\": {\n"
    "    \"name\": 42,\n"
    "    \"label\": [\n"
    "      \"Lead\"\n"
    "    ],\n"
    "    \"email\": false,\n"
    "    \"summary\": {\n"
    "      \"x\": 1.50\n"
    "    }\n"
    "  },\n"
    "  \"work\": [\n"
    "    {\n"
    "      \"name\": [\n"
    "        \"Acme\"\n"
    "      ],\n"
    "      \"position\": 7,\n"
    "      \"startDate\": 2019,\n"
    "      \"highlights\": [\n"
    "        \"Shipped it\",\n"
    "        {\n"
    "          \"x\": 1\n"
    "        },\n"
    "        33333\n"
    "      ]\n"
    "    },\n"
    "    {\n"
    "      \"name\": \"Beta\",\n"
    "      \"highlights\": \"Did things\"\n"
    "    }\n"
    "  ],\n"
    "  \"skills\": [\n"
    "    {\n"
    "      \"name\": 1,\n"
    "      \"keywords\": \"Go, Rust\"\n"
    "    }\n"
    "  ]\n"
    "}\n";
  static const char * const left_out[] = { "42", "Lead", "false", "1.5", "Acme", "2019",
                                           "33333", "Did things", "Go, Rust" };
  static const RcExportFormat formats[] = { RC_EXPORT_TEXT, RC_EXPORT_MARKDOWN };
  g_autoptr(RcDocument) document = rc_test_document_from_data (input);
  g_autofree char *json = export_string (document, RC_EXPORT_JSON);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (json, ==, input);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *text = export_string (document, formats[f]);

      g_assert_nonnull (strstr (text, "Shipped it"));
      g_assert_nonnull (strstr (text, "Beta"));
      for (guint i = 0; i < G_N_ELEMENTS (left_out); i++)
        g_assert_null (strstr (text, left_out[i]));
    }

  pdf = rc_export_to_bytes (document, RC_EXPORT_PDF, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const extensions[] = { "txt", "md", "json" };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/format-names", test_format_names);
  g_test_add_func ("/core/export/blocks/order", test_blocks_order);
  g_test_add_func ("/core/export/blocks/empty", test_blocks_empty);
  g_test_add_func ("/core/export/blocks/certificates-alone", test_blocks_certificates_alone);
  g_test_add_func ("/core/export/blocks/pointers", test_blocks_pointers);

  for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      for (gsize e = 0; e < G_N_ELEMENTS (extensions); e++)
        {
          char *name = g_strconcat (fixtures[f], ".", extensions[e], NULL);
          g_autofree char *path = g_strconcat ("/core/export/golden/", name, NULL);

          g_ptr_array_add (names, name);
          g_test_add_data_func (path, name, test_golden);
        }
    }

  g_test_add_func ("/core/export/json-is-document", test_json_is_document);
  g_test_add_func ("/core/export/text-is-plain", test_text_is_plain);
  g_test_add_func ("/core/export/markdown-escapes", test_markdown_escapes);
  g_test_add_func ("/core/export/pdf", test_pdf);
  g_test_add_func ("/core/export/wrong-types", test_wrong_types);
  g_test_add_func ("/core/export/to-file/missing-dir", test_to_file_missing_dir);
  g_test_add_func ("/core/export/to-file/replaces", test_to_file_replaces);
  g_test_add_func ("/core/export/to-file/failure-keeps-old", test_to_file_failure_keeps_old);

  return g_test_run ();
}
