/* test-export-office.c — DOCX and ODT exports read back; every field of a resume printed;
 * the JSON export keeps the user's coach state to itself
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-export.h"
#include "rc-test-util.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static RcDocument *
load_real (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real", file, NULL);

  return rc_test_document_from_file (path);
}

static GBytes *
export_bytes (RcDocument     *document,
              RcExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = rc_export_to_bytes (document, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The archive's members by name, in archive order in @order; fails the test when it is no
 * valid ZIP */
static GHashTable *
read_zip (GBytes    *bytes,
          GPtrArray *order)
{
  GHashTable *members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  int status;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes)), ==, ARCHIVE_OK);
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      GByteArray *data = g_byte_array_new ();
      char buffer[4096];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (data, (guint8 *) buffer, (guint) n);
      g_assert_cmpint (n, ==, 0);
      g_ptr_array_add (order, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (members, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (data));
    }
  g_assert_cmpint (status, ==, ARCHIVE_EOF);
  archive_read_free (archive);
  return members;
}

static xmlDocPtr
parse_member (GHashTable *members,
              const char *name)
{
  GBytes *bytes = g_hash_table_lookup (members, name);
  xmlDocPtr doc;

  g_assert_nonnull (bytes);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), name,
                       "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);
  return doc;
}

static double
xpath_number (xmlDocPtr   doc,
              const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  double value;

  xmlXPathRegisterNs (context, BAD_CAST "w", BAD_CAST W_NS);
  xmlXPathRegisterNs (context, BAD_CAST "rel",
                      BAD_CAST "http://schemas.openxmlformats.org/package/2006/relationships");
  xmlXPathRegisterNs (context, BAD_CAST "text",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "style",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "fo",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "xlink", BAD_CAST "http://www.w3.org/1999/xlink");
  xmlXPathRegisterNs (context, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  result = xmlXPathEvalExpression (BAD_CAST expression, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return value;
}

static void
assert_count (xmlDocPtr   doc,
              const char *expression,
              guint       expected)
{
  g_autofree char *counted = g_strdup_printf ("count(%s)", expression);

  g_assert_cmpfloat (xpath_number (doc, counted), ==, (double) expected);
}

static guint
count_blocks (GPtrArray   *blocks,
              RcBlockKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    n += ((const RcBlock *) g_ptr_array_index (blocks, i))->kind == kind;
  return n;
}

static guint
count_links (GPtrArray  *blocks,
             const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; block->links != NULL && j < block->links->len; j++)
        n += g_str_has_prefix (g_array_index (block->links, RcBlockLink, j).uri, prefix);
    }
  return n;
}

static void
test_docx_structure (void)
{
  g_autoptr(RcDocument) document = load_real ("senior-long");
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GBytes) letter = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) members = NULL;
  static const char * const names[] = {
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
    "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "docProps/app.xml",
  };
  xmlDocPtr body, styles, numbering, rels, core;

  rc_coach_state_set_paper (document, RC_PDF_PAPER_A4);
  docx = export_bytes (document, RC_EXPORT_DOCX);
  members = read_zip (docx, order);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    xmlFreeDoc (parse_member (members, names[i]));

  body = parse_member (members, "word/document.xml");
  /* every block one paragraph, in the style of its kind */
  assert_count (body, "/w:document/w:body/w:p", blocks->len);
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='Title']", 1);
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='Subtitle']", 1);
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='ContactLine']",
                count_blocks (blocks, RC_BLOCK_CONTACT));
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']",
                count_blocks (blocks, RC_BLOCK_HEADING));
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='EntryTitle']",
                count_blocks (blocks, RC_BLOCK_ENTRY_TITLE));
  assert_count (body, "//w:p[w:pPr/w:pStyle/@w:val='ListBullet' and "
                      "w:pPr/w:numPr/w:numId/@w:val='1']",
                count_blocks (blocks, RC_BLOCK_BULLET));
  g_assert_cmpuint (count_blocks (blocks, RC_BLOCK_BULLET), >, 20);
  /* A4 in twentieths of a point */
  assert_count (body, "/w:document/w:body/w:sectPr/w:pgSz[@w:w='11906' and @w:h='16838']", 1);

  /* a link for the email, the phone and each address */
  assert_count (body, "//w:hyperlink", count_links (blocks, ""));
  rels = parse_member (members, "word/_rels/document.xml.rels");
  assert_count (rels, "//rel:Relationship[@TargetMode='External' and "
                      "starts-with(@Target, 'mailto:daniel.okafor@')]", 1);
  assert_count (rels, "//rel:Relationship[@TargetMode='External' and "
                      "@Target='https://github.com/dokafor']", 1);
  assert_count (rels, "//rel:Relationship[@TargetMode='External']", count_links (blocks, ""));
  g_assert_cmpuint (count_links (blocks, "https://"), >=, 3);

  styles = parse_member (members, "word/styles.xml");
  assert_count (styles, "//w:style[@w:styleId='Heading1']/w:name[@w:val='heading 1']", 1);
  assert_count (styles, "//w:style[@w:styleId='ListBullet']/w:name[@w:val='List Bullet']", 1);
  assert_count (styles, "//w:style[@w:styleId='ContactLine']", 1);
  assert_count (styles, "//w:style[@w:styleId='EntryTitle']", 1);
  assert_count (styles, "//w:docDefaults//w:rFonts[@w:ascii='Liberation Sans']", 1);
  numbering = parse_member (members, "word/numbering.xml");
  assert_count (numbering, "//w:num[@w:numId='1']", 1);
  assert_count (numbering, "//w:abstractNum/w:lvl/w:numFmt[@w:val='bullet']", 1);
  core = parse_member (members, "docProps/core.xml");
  assert_count (core, "//dc:title[.='Daniel Okafor']", 1);
  assert_count (core, "//dc:creator[.='Daniel Okafor']", 1);

  /* Letter when the resume says so */
  rc_coach_state_set_paper (document, RC_PDF_PAPER_LETTER);
  letter = export_bytes (document, RC_EXPORT_DOCX);
  g_hash_table_unref (members);
  members = read_zip (letter, order);
  xmlFreeDoc (body);
  body = parse_member (members, "word/document.xml");
  assert_count (body, "//w:sectPr/w:pgSz[@w:w='12240' and @w:h='15840']", 1);

  xmlFreeDoc (body);
  xmlFreeDoc (styles);
  xmlFreeDoc (numbering);
  xmlFreeDoc (rels);
  xmlFreeDoc (core);
}

static void
test_odt_structure (void)
{
  g_autoptr(RcDocument) document = load_real ("senior-long");
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) members = NULL;
  const guint8 *raw;
  xmlDocPtr content, styles, meta;

  rc_coach_state_set_paper (document, RC_PDF_PAPER_LETTER);
  odt = export_bytes (document, RC_EXPORT_ODT);
  members = read_zip (odt, order);

  /* OpenDocument: "mimetype" the first member, stored, holding the media type */
  raw = g_bytes_get_data (odt, NULL);
  g_assert_cmpstr (g_ptr_array_index (order, 0), ==, "mimetype");
  g_assert_cmpint (raw[8] | raw[9] << 8, ==, 0);
  g_assert_true (memcmp (raw + 30, "mimetype", 8) == 0);
  g_assert_cmpmem (g_bytes_get_data (g_hash_table_lookup (members, "mimetype"), NULL),
                   g_bytes_get_size (g_hash_table_lookup (members, "mimetype")),
                   "application/vnd.oasis.opendocument.text", 39);
  xmlFreeDoc (parse_member (members, "META-INF/manifest.xml"));

  content = parse_member (members, "content.xml");
  assert_count (content, "//text:h[@text:style-name='Heading_20_1' and @text:outline-level='1']",
                count_blocks (blocks, RC_BLOCK_HEADING));
  assert_count (content, "//text:list[@text:style-name='Bullets']/text:list-item/"
                         "text:p[@text:style-name='List_20_Bullet']",
                count_blocks (blocks, RC_BLOCK_BULLET));
  assert_count (content, "//text:p[@text:style-name='Title']", 1);
  assert_count (content, "//text:p[@text:style-name='Contact_20_Line']",
                count_blocks (blocks, RC_BLOCK_CONTACT));
  assert_count (content, "//text:a", count_links (blocks, ""));
  assert_count (content, "//text:a[starts-with(@xlink:href, 'mailto:daniel.okafor@')]", 1);

  styles = parse_member (members, "styles.xml");
  assert_count (styles, "//style:style[@style:name='Heading_20_1' and "
                        "@style:display-name='Heading 1']", 1);
  assert_count (styles, "//style:style[@style:name='List_20_Bullet' and "
                        "@style:list-style-name='Bullets']", 1);
  assert_count (styles, "//text:list-style[@style:name='Bullets']/text:list-level-style-bullet", 1);
  assert_count (styles, "//style:font-face[@style:name='Liberation Sans']", 1);
  assert_count (styles, "//style:page-layout-properties[@fo:page-width='8.5in']", 1);

  meta = parse_member (members, "meta.xml");
  assert_count (meta, "//dc:title[.='Daniel Okafor']", 1);

  xmlFreeDoc (content);
  xmlFreeDoc (styles);
  xmlFreeDoc (meta);
}

/* Runs @argv (its program looked up in PATH; the item "FILE" stands for @bytes written to a
 * file named @file_name) and returns what it printed; NULL (the test skipped) without it */
static char *
run_on_bytes (GBytes      *bytes,
              const char  *file_name,
              const char **argv,
              const char  *package)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed (%s): not read back",
                                                  argv[0], package);
      g_test_skip (message);
      return NULL;
    }

  dir = rc_test_make_temp_dir ();
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  argv[0] = program;
  for (guint i = 1; argv[i] != NULL; i++)
    if (g_str_equal (argv[i], "FILE"))
      argv[i] = path;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  rc_test_remove_temp_dir (dir);
  return out;
}

static char *
run_pandoc (GBytes     *bytes,
            const char *from,
            const char *to)
{
  g_autofree char *name = g_strconcat ("resume.", from, NULL);
  const char *argv[] = { "pandoc", "-s", "-f", from, "-t", to, "--wrap=none", "FILE", NULL };

  return run_on_bytes (bytes, name, argv, "pandoc");
}

/* pandoc reads every block back, in order: bullets as list items, headings as headings */
static void
test_read_back (gconstpointer data)
{
  RcExportFormat format = GPOINTER_TO_INT (data);
  static const char * const fixtures[] = { "senior-long", "new-grad" };

  for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(RcDocument) document = load_real (fixtures[f]);
      g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
      g_autoptr(GBytes) bytes = export_bytes (document, format);
      g_autofree char *markdown = run_pandoc (bytes, rc_export_format_extension (format),
                                              "markdown_strict");
      g_autofree char *plain = NULL;
      const char *at;

      if (markdown == NULL)
        return;
      plain = run_pandoc (bytes, rc_export_format_extension (format), "plain");

      at = plain;
      for (guint i = 0; i < blocks->len; i++)
        {
          const RcBlock *block = g_ptr_array_index (blocks, i);
          g_autofree char *line = g_strdelimit (g_strdup (block->text), "\n", ' ');
          const char *found;

          /* the label is the document's subtitle, which pandoc holds as metadata */
          if (block->kind == RC_BLOCK_LABEL)
            continue;
          if (strchr (block->text, '\n') != NULL)
            {
              /* a paragraph's lines are broken lines: look for its first */
              *strchr (line, ' ') = '\0';
            }

          found = strstr (at, line);
          if (found == NULL)
            g_error ("%s: “%s” is missing or out of order", fixtures[f], line);
          at = found + strlen (line);

          if (block->kind == RC_BLOCK_HEADING)
            {
              g_autofree char *heading = g_strconcat ("\n", block->text, "\n---", NULL);
              g_autofree char *atx = g_strconcat ("# ", block->text, "\n", NULL);

              g_assert_true (strstr (markdown, heading) != NULL || strstr (markdown, atx) != NULL);
            }
          else if (block->kind == RC_BLOCK_BULLET)
            {
              g_autofree char *item = g_strconcat ("-   ", line, NULL);

              g_assert_nonnull (strstr (plain, item));
            }
        }
    }
}

/* Every text field of the JSON Resume schema, each holding a marker of its own */
static const char every_field[] =
  "{\"basics\": {\"name\": \"zq01mk\", \"label\": \"zq02mk\", \"email\": \"zq03mk@example.com\","
  "  \"phone\": \"+1 555 0100 zq04mk\", \"url\": \"https://zq05mk.example\","
  "  \"summary\": \"zq06mk\", \"location\": {\"address\": \"zq07mk\", \"postalCode\": \"zq08mk\","
  "  \"city\": \"zq09mk\", \"region\": \"zq11mk\"},"
  "  \"profiles\": [{\"network\": \"GitHub\", \"username\": \"zq13mk\"}]},"
  " \"work\": [{\"name\": \"zq15mk\", \"location\": \"zq16mk\", \"description\": \"zq17mk\","
  "  \"position\": \"zq18mk\", \"url\": \"https://zq19mk.example\", \"startDate\": \"2020-01\","
  "  \"endDate\": \"2021-02\", \"summary\": \"zq20mk\", \"highlights\": [\"zq21mk\"]}],"
  " \"volunteer\": [{\"organization\": \"zq22mk\", \"position\": \"zq23mk\","
  "  \"url\": \"https://zq24mk.example\", \"startDate\": \"2019-01\", \"summary\": \"zq25mk\","
  "  \"highlights\": [\"zq26mk\"]}],"
  " \"education\": [{\"institution\": \"zq27mk\", \"url\": \"https://zq28mk.example\","
  "  \"area\": \"zq29mk\", \"studyType\": \"zq30mk\", \"startDate\": \"2010-09\","
  "  \"endDate\": \"2014-06\", \"score\": \"zq31mk\", \"courses\": [\"zq32mk\"]}],"
  " \"awards\": [{\"title\": \"zq33mk\", \"date\": \"2018-05\", \"awarder\": \"zq34mk\","
  "  \"summary\": \"zq35mk\"}],"
  " \"certificates\": [{\"name\": \"zq36mk\", \"date\": \"2022-01\","
  "  \"url\": \"https://zq37mk.example\", \"issuer\": \"zq38mk\"}],"
  " \"publications\": [{\"name\": \"zq39mk\", \"publisher\": \"zq40mk\","
  "  \"releaseDate\": \"2017-03\", \"url\": \"https://zq41mk.example\", \"summary\": \"zq42mk\"}],"
  " \"skills\": [{\"name\": \"zq43mk\", \"level\": \"zq44mk\", \"keywords\": [\"zq45mk\"]}],"
  " \"languages\": [{\"language\": \"zq46mk\", \"fluency\": \"zq47mk\"}],"
  " \"interests\": [{\"name\": \"zq48mk\", \"keywords\": [\"zq49mk\"]}],"
  " \"references\": [{\"name\": \"zq50mk\", \"reference\": \"zq51mk\"}],"
  " \"projects\": [{\"name\": \"zq52mk\", \"description\": \"zq53mk\","
  "  \"highlights\": [\"zq54mk\"], \"keywords\": [\"zq55mk\"], \"startDate\": \"2016-01\","
  "  \"endDate\": \"2016-12\", \"url\": \"https://zq56mk.example\", \"roles\": [\"zq57mk\"],"
  "  \"entity\": \"zq58mk\", \"type\": \"zq59mk\"}]}";

/* The fields printed only in another's place: a country code where no city or region is, a
 * profile's network and user name where it has no address (its address carries both) */
static const char other_fields[] =
  "{\"basics\": {\"location\": {\"countryCode\": \"zq10mk\"},"
  "  \"profiles\": [{\"network\": \"zq12mk\", \"username\": \"zq14mk\"}]},"
  " \"work\": [{\"company\": \"zq60mk\", \"website\": \"https://zq61mk.example\"}]}";

/* The text a PDF shows; NULL (the test skipped) without pdftotext */
static char *
pdf_text (GBytes *pdf)
{
  const char *argv[] = { "pdftotext", "FILE", "-", NULL };

  return run_on_bytes (pdf, "resume.pdf", argv, "poppler-utils");
}

/* What the DOCX's paragraphs say, one per line */
static char *
docx_text (GBytes *docx)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) members = read_zip (docx, order);
  xmlDocPtr body = parse_member (members, "word/document.xml");
  xmlChar *content = xmlNodeGetContent (xmlDocGetRootElement (body));
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  xmlFreeDoc (body);
  return text;
}

static void
assert_markers (const char *json,
                guint       first,
                guint       last)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (json);
  g_autoptr(GBytes) text = export_bytes (document, RC_EXPORT_TEXT);
  g_autoptr(GBytes) markdown = export_bytes (document, RC_EXPORT_MARKDOWN);
  g_autoptr(GBytes) docx = export_bytes (document, RC_EXPORT_DOCX);
  g_autoptr(GBytes) pdf = export_bytes (document, RC_EXPORT_PDF);
  g_autofree char *pdf_said = pdf_text (pdf);
  g_autofree char *docx_said = docx_text (docx);
  const char *said[] = {
    g_bytes_get_data (text, NULL), g_bytes_get_data (markdown, NULL), docx_said, pdf_said,
  };
  const char *formats[] = { "text", "Markdown", "DOCX", "PDF" };
  g_autofree char *text_z = g_strndup (said[0], g_bytes_get_size (text));
  g_autofree char *markdown_z = g_strndup (said[1], g_bytes_get_size (markdown));

  said[0] = text_z;
  said[1] = markdown_z;
  for (guint n = first; n <= last; n++)
    {
      g_autofree char *marker = g_strdup_printf ("zq%02umk", n);

      if (strstr (json, marker) == NULL)
        continue;

      for (gsize f = 0; f < G_N_ELEMENTS (said); f++)
        if (said[f] != NULL && strstr (said[f], marker) == NULL)
          g_error ("%s export dropped %s", formats[f], marker);
    }
}

static void
test_every_field (void)
{
  assert_markers (every_field, 1, 59);
  assert_markers (other_fields, 10, 61);
}

/* A Wikipedia address ends in ")": the Markdown link keeps it, a sentence's ")" stays out */
static void
test_markdown_paren_url (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Acme\", \"highlights\": ["
    "  \"Wrote https://en.wikipedia.org/wiki/Go_(programming_language) articles.\","
    "  \"Talks (see https://talks.example.org/a) and more.\"]}],"
    " \"basics\": {\"url\": \"https://en.wikipedia.org/wiki/Ada_(name)\"}}");
  g_autoptr(GBytes) bytes = export_bytes (document, RC_EXPORT_MARKDOWN);
  g_autofree char *markdown = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *html = NULL;

  g_assert_nonnull (strstr (markdown,
    "(https://en.wikipedia.org/wiki/Go_\\(programming_language\\)) articles."));
  g_assert_nonnull (strstr (markdown, "(https://talks.example.org/a)) and more."));
  g_assert_nonnull (strstr (markdown, "(https://en.wikipedia.org/wiki/Ada_\\(name\\))"));

  /* and a Markdown reader follows them where they lead */
  html = run_pandoc (bytes, "markdown", "html");
  if (html == NULL)
    return;
  g_assert_nonnull (strstr (html,
    "href=\"https://en.wikipedia.org/wiki/Go_(programming_language)\""));
  g_assert_nonnull (strstr (html, "href=\"https://talks.example.org/a\""));
  g_assert_nonnull (strstr (html, "href=\"https://en.wikipedia.org/wiki/Ada_(name)\""));
}

/* What the user told the coach stays with the file they save, not the one they send */
static void
test_json_private (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ada\"}, \"meta\": {\"version\": \"v1.0.0\"}}");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;

  rc_coach_state_set_job (document, "SECRET-JOB at Rival Corp");
  rc_coach_state_set_paper (document, RC_PDF_PAPER_LETTER);
  before = rc_document_to_data (document, NULL);

  plain = export_bytes (document, RC_EXPORT_JSON);
  g_assert_null (g_strstr_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain),
                               "SECRET-JOB"));
  g_assert_null (g_strstr_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain),
                               "resumeCoach"));
  /* the rest of meta is the user's */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain),
                                  "\"version\": \"v1.0.0\""));

  kept = rc_export_to_bytes_full (document, RC_EXPORT_JSON, RC_EXPORT_KEEP_COACH_DATA, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), before, strlen (before));

  /* exporting left the document as it was; saving keeps everything */
  after = rc_document_to_data (document, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "SECRET-JOB"));

  /* the exported file too */
  {
    g_autofree char *out_path = g_build_filename (dir, "sent.json", NULL);
    g_autoptr(GFile) out = g_file_new_for_path (out_path);
    g_autofree char *sent = NULL;

    g_assert_true (rc_export_to_file (document, RC_EXPORT_JSON, out, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (out_path, &sent, NULL, NULL));
    g_assert_null (strstr (sent, "SECRET-JOB"));
    g_assert_nonnull (strstr (sent, "\"Ada\""));
  }
  rc_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/office/docx", test_docx_structure);
  g_test_add_func ("/core/export/office/odt", test_odt_structure);
  g_test_add_data_func ("/core/export/office/docx-read-back", GINT_TO_POINTER (RC_EXPORT_DOCX),
                        test_read_back);
  g_test_add_data_func ("/core/export/office/odt-read-back", GINT_TO_POINTER (RC_EXPORT_ODT),
                        test_read_back);
  g_test_add_func ("/core/export/every-field", test_every_field);
  g_test_add_func ("/core/export/markdown-paren-url", test_markdown_paren_url);
  g_test_add_func ("/core/export/json-private", test_json_private);

  return g_test_run ();
}
