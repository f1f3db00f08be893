/* test-pdf-templates.c — each PDF template on each paper, read back as a recruiter's tools do
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <poppler.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-export.h"
#include "rc-page-count.h"
#include "rc-pdf.h"
#include "rc-test-util.h"

/* poppler-glib 22.02 has no g_autoptr support of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static const RcPdfTemplate templates[] = {
  RC_PDF_TEMPLATE_CLASSIC, RC_PDF_TEMPLATE_COMPACT, RC_PDF_TEMPLATE_MODERN,
};
static const RcPdfPaper papers[] = { RC_PDF_PAPER_A4, RC_PDF_PAPER_LETTER };

/* A fixture in @template_ on @paper, as the user would choose them */
static RcDocument *
load_in (const char    *path,
         RcPdfTemplate  template_,
         RcPdfPaper     paper)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, path, NULL);
  RcDocument *document = rc_test_document_from_file (full);

  rc_coach_state_set_template (document, template_);
  rc_coach_state_set_paper (document, paper);
  return document;
}

static PopplerDocument *
export_pdf (RcDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_export_to_bytes (document, RC_EXPORT_PDF, &error);
  PopplerDocument *pdf;

  g_assert_no_error (error);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return pdf;
}

static char *
squash (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("[\\s-]+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, "", 0, NULL);
}

/* The text of every page without white space or hyphens: lines wrap differently in each
 * template, and text extraction joins "row-by-" and "row" at a line's end into "row-byrow";
 * the letters stay in order */
static char *
dup_text (PopplerDocument *pdf)
{
  g_autoptr(GString) text = g_string_new (NULL);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  return squash (text->str);
}

/* Every bullet the blocks print is in the PDF's text, in their order */
static void
assert_bullets_in_order (RcDocument      *document,
                         PopplerDocument *pdf)
{
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  g_autofree char *text = dup_text (pdf);
  const char *at = text;
  guint n_bullets = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *bullet = NULL;
      const char *found;

      if (block->kind != RC_BLOCK_BULLET)
        continue;
      bullet = squash (block->text);
      found = strstr (at, bullet);
      if (found == NULL)
        g_error ("bullet missing or out of order: %s", bullet);
      at = found + strlen (bullet);
      n_bullets++;
    }
  g_assert_cmpuint (n_bullets, >, 0);
}

/* Every link of every block is a link annotation of the PDF, and the annotation of an email
 * address lies over the address */
static void
assert_links (RcDocument      *document,
              PopplerDocument *pdf)
{
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  g_autoptr(GHashTable) uris = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *email = rc_document_get_string (document, "/basics/email");
  gboolean email_covered = FALSE;
  guint n_links = 0;

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      GList *mapping = poppler_page_get_link_mapping (page);
      double height;

      poppler_page_get_size (page, NULL, &height);
      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;
          PopplerRectangle area = link->area;
          g_autofree char *under = NULL;
          double y1 = area.y1;

          if (link->action->type != POPPLER_ACTION_URI)
            continue;
          g_hash_table_add (uris, g_strdup (link->action->uri.uri));
          /* link areas count from the bottom of the page, text areas from its top */
          area.y1 = height - area.y2;
          area.y2 = height - y1;
          under = poppler_page_get_text_for_area (page, &area);
          if (email != NULL && g_str_has_prefix (link->action->uri.uri, "mailto:"))
            email_covered |= strstr (under, email) != NULL;
        }
      poppler_page_free_link_mapping (mapping);
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      for (guint k = 0; block->links != NULL && k < block->links->len; k++)
        {
          const RcBlockLink *link = &g_array_index (block->links, RcBlockLink, k);

          if (!g_hash_table_contains (uris, link->uri))
            g_error ("no link annotation for %s", link->uri);
          n_links++;
        }
    }
  g_assert_cmpuint (n_links, >=, 3);
  g_assert_true (email == NULL || email_covered);
  if (rc_document_get_string (document, "/basics/phone") != NULL)
    {
      gboolean has_tel = FALSE;
      GHashTableIter iter;
      const char *uri;

      g_hash_table_iter_init (&iter, uris);
      while (g_hash_table_iter_next (&iter, (gpointer *) &uri, NULL))
        has_tel |= g_str_has_prefix (uri, "tel:");
      g_assert_true (has_tel);
    }
}

static void
assert_metadata (RcDocument      *document,
                 PopplerDocument *pdf)
{
  g_autofree char *title = poppler_document_get_title (pdf);
  g_autofree char *author = poppler_document_get_author (pdf);
  g_autofree char *subject = poppler_document_get_subject (pdf);
  g_autofree char *keywords = poppler_document_get_keywords (pdf);
  g_autofree char *creator = poppler_document_get_creator (pdf);
  const char *skill = rc_document_get_string (document, "/skills/0/keywords/0");

  g_assert_cmpstr (title, ==, rc_document_get_string (document, "/basics/name"));
  g_assert_cmpstr (author, ==, rc_document_get_string (document, "/basics/name"));
  g_assert_cmpstr (subject, ==, rc_document_get_string (document, "/basics/label"));
  g_assert_cmpstr (creator, ==, "Resume Coach");
  g_assert_nonnull (skill);
  g_assert_nonnull (keywords);
  g_assert_true (g_str_has_prefix (keywords, skill));
  g_assert_nonnull (strstr (keywords, ", "));
}

static void
assert_paper (PopplerDocument *pdf,
              RcPdfPaper       paper)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
  double width, height;

  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, paper == RC_PDF_PAPER_A4 ? RC_PDF_A4_WIDTH
                                                                  : RC_PDF_LETTER_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, paper == RC_PDF_PAPER_A4 ? RC_PDF_A4_HEIGHT
                                                                   : RC_PDF_LETTER_HEIGHT, 0.5);
}

/* One fixture in every template on every paper: the pages the coach counts are the PDF's */
static void
check_fixture (const char *path,
               guint       least_pages,
               guint       most_pages)
{
  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autoptr(RcDocument) document = load_in (path, templates[t], papers[p]);
        g_autoptr(PopplerDocument) pdf = export_pdf (document);
        guint pages = (guint) poppler_document_get_n_pages (pdf);

        g_test_message ("%s, %s on %s: %u pages", path, rc_pdf_template_to_string (templates[t]),
                        rc_pdf_paper_to_string (papers[p]), pages);
        g_assert_cmpuint (pages, >=, least_pages);
        g_assert_cmpuint (pages, <=, most_pages);
        g_assert_cmpuint (rc_page_count (document), ==, pages);
        assert_paper (pdf, papers[p]);
        assert_bullets_in_order (document, pdf);
        assert_links (document, pdf);
        assert_metadata (document, pdf);
      }
}

static void
test_one_page (void)
{
  check_fixture ("data/pdf-one-page.json", 1, 1);
}

static void
test_senior (void)
{
  check_fixture ("data/real/senior-long.json", 2, 3);
  check_fixture ("data/pdf-long.json", 2, 3);
}

/* Compact is the dense one: never more pages than Classic, and fewer lines on the last */
static void
test_compact_is_denser (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autoptr(RcDocument) classic = load_in ("data/real/senior-long.json",
                                               RC_PDF_TEMPLATE_CLASSIC, papers[p]);
      g_autoptr(RcDocument) compact = load_in ("data/real/senior-long.json",
                                               RC_PDF_TEMPLATE_COMPACT, papers[p]);
      guint classic_lines, compact_lines;
      guint classic_pages = rc_page_count_with_lines (classic, &classic_lines);
      guint compact_pages = rc_page_count_with_lines (compact, &compact_lines);

      g_assert_cmpuint (compact_pages, <=, classic_pages);
      if (compact_pages == classic_pages)
        g_assert_cmpuint (compact_lines, <, classic_lines);
    }
}

/* The page count follows the template and paper chosen after the last count, though the
 * text is the same (the memo of the last count knows them apart) */
static void
test_count_follows_choice (void)
{
  g_autoptr(RcDocument) document = load_in ("data/real/senior-long.json",
                                            RC_PDF_TEMPLATE_COMPACT, RC_PDF_PAPER_A4);
  guint compact_lines, classic_lines;
  guint compact = rc_page_count_with_lines (document, &compact_lines);
  guint classic;

  rc_coach_state_set_template (document, RC_PDF_TEMPLATE_CLASSIC);
  classic = rc_page_count_with_lines (document, &classic_lines);
  g_assert_true (compact != classic || compact_lines != classic_lines);

  rc_coach_state_set_template (document, RC_PDF_TEMPLATE_COMPACT);
  g_assert_cmpuint (rc_page_count_with_lines (document, &classic_lines), ==, compact);
  g_assert_cmpuint (classic_lines, ==, compact_lines);
}

/* The lines rc_page_count_with_lines() counts on the last page are the lines a reader sees
 * there: four one-line bullets past a full page */
static void
test_last_page_lines (void)
{
  g_autoptr(GString) json = g_string_new ("{\"basics\": {\"name\": \"Elena Marsh\"}, \"work\": "
                                          "[{\"name\": \"Parcelwise\", \"highlights\": [");
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) last = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines, pages, seen = 0;

  for (guint i = 0; i < 54; i++)
    g_string_append_printf (json, "%s\"Cut p99 latency of the rates API from 850 ms to 190 ms "
                            "(release %u).\"", i > 0 ? ", " : "", i);
  g_string_append (json, "]}]}");
  document = rc_test_document_from_data (json->str);
  rc_coach_state_set_template (document, RC_PDF_TEMPLATE_CLASSIC);
  rc_coach_state_set_paper (document, RC_PDF_PAPER_A4);

  pages = rc_page_count_with_lines (document, &n_lines);
  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpuint (n_lines, >, 0);
  g_assert_cmpuint (n_lines, <=, 8);

  pdf = export_pdf (document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, pages);
  last = poppler_document_get_page (pdf, (int) pages - 1);
  text = poppler_page_get_text (last);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    seen += *g_strstrip (lines[i]) != '\0';
  g_assert_cmpuint (seen, ==, n_lines);
}

/* length.last-page says what spills in words a reader would write: one line, not "1 lines" */
static void
test_last_page_one_line (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(GString) bullets = g_string_new (NULL);
  gboolean seen = FALSE;

  /* one-line bullets, one more at a time, until one line spills onto page 2 */
  for (guint n = 0; n < 80 && !seen; n++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RcDocument) document = NULL;
      g_autoptr(RcEngine) engine = rc_engine_new (rules);
      g_autoptr(RcReport) report = NULL;
      GPtrArray *findings;
      guint lines = 0;

      g_string_append_printf (bullets, "%s\"Cut p99 latency of the rates API from 850 ms to "
                              "190 ms (release %u).\"", n > 0 ? ", " : "", n);
      json = g_strdup_printf ("{\"basics\": {\"name\": \"Elena Marsh\"}, \"work\": [{\"name\": "
                              "\"Parcelwise\", \"highlights\": [%s]}], \"meta\": {\"resumeCoach\": "
                              "{\"template\": \"classic\", \"paper\": \"a4\"}}}", bullets->str);
      document = rc_test_document_from_data (json);
      if (rc_page_count_with_lines (document, &lines) != 2 || lines != 1)
        continue;

      report = rc_engine_check (engine, document, NULL);
      findings = rc_report_get_findings (report);
      for (guint i = 0; i < findings->len; i++)
        {
          const RcFinding *finding = g_ptr_array_index (findings, i);

          if (g_strcmp0 (finding->rule_id, "length.last-page") == 0)
            {
              g_assert_cmpstr (finding->message, ==, "Only one line spills onto page 2");
              seen = TRUE;
            }
        }
      g_assert_true (seen);
    }
  g_assert_true (seen);
}

/* A link's URI reaches the PDF as written, a quote included, and what a URI cannot hold as
 * it is percent-encoded (a backslash or an unbalanced parenthesis would break the PDF's
 * string), over the part of the line it links and not the rest */
static void
test_link_quoting (void)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_block_free);
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  const char *uri = "https://example.org/o'neil\\path(1?q=a b&r=é";
  RcBlock *block = g_new0 (RcBlock, 1);
  RcBlockLink link = { 0 };
  GList *mapping;
  guint n_uris = 0;

  block->kind = RC_BLOCK_CONTACT;
  block->text = g_strdup ("Berlin · example.org/o'neil");
  block->pointer = g_strdup ("");
  block->links = g_array_new (FALSE, TRUE, sizeof (RcBlockLink));
  g_array_set_clear_func (block->links, rc_block_link_clear);
  link.start = strlen ("Berlin · ");
  link.end = strlen (block->text);
  link.uri = g_strdup (uri);
  g_array_append_val (block->links, link);
  g_ptr_array_add (blocks, block);

  bytes = rc_pdf_layout_render (layout, blocks, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  mapping = poppler_page_get_link_mapping (page);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *m = l->data;

      g_assert_cmpint (m->action->type, ==, POPPLER_ACTION_URI);
      g_assert_cmpstr (m->action->uri.uri, ==,
                       "https://example.org/o'neil%5Cpath%281?q=a%20b&r=%C3%A9");
      /* right of "Berlin · ", which links nowhere */
      g_assert_cmpfloat (m->area.x1, >, RC_PDF_MARGIN + 30);
      n_uris++;
    }
  poppler_page_free_link_mapping (mapping);
  g_assert_cmpuint (n_uris, ==, 1);
}

/* What a click on the page finds: the block drawn there, and the dates beside a title */
static void
test_find_block (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      g_autoptr(RcDocument) document = load_in ("data/pdf-one-page.json", templates[t],
                                                RC_PDF_PAPER_A4);
      g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
      g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
      g_autoptr(PopplerDocument) pdf = export_pdf (document);
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
      const char *targets[] = { "Added FastAPI endpoints for depot managers", "Sep 2022",
                                "tomas.okafor@example.net" };
      double height;

      rc_pdf_layout_set_template (layout, templates[t]);
      g_assert_cmpuint (rc_pdf_layout_paginate (layout, blocks), ==, 1);
      poppler_page_get_size (page, NULL, &height);

      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        {
          GList *found = poppler_page_find_text (page, targets[i]);
          PopplerRectangle *rect;
          const RcBlock *block;
          guint index;

          g_assert_nonnull (found);
          rect = found->data;
          /* found text counts from the bottom of the page; find_block from its top */
          index = rc_pdf_layout_find_block (layout, 0, (rect->x1 + rect->x2) / 2,
                                            height - (rect->y1 + rect->y2) / 2);
          g_assert_cmpuint (index, <, blocks->len);
          block = g_ptr_array_index (blocks, index);
          g_assert_nonnull (strstr (block->text, targets[i]));
          g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
        }
      g_assert_cmpuint (rc_pdf_layout_find_block (layout, 3, 100, 100), ==, G_MAXUINT);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/pdf-templates/one-page", test_one_page);
  g_test_add_func ("/core/pdf-templates/senior", test_senior);
  g_test_add_func ("/core/pdf-templates/compact-is-denser", test_compact_is_denser);
  g_test_add_func ("/core/pdf-templates/count-follows-choice", test_count_follows_choice);
  g_test_add_func ("/core/pdf-templates/last-page-lines", test_last_page_lines);
  g_test_add_func ("/core/pdf-templates/last-page-one-line", test_last_page_one_line);
  g_test_add_func ("/core/pdf-templates/link-quoting", test_link_quoting);
  g_test_add_func ("/core/pdf-templates/find-block", test_find_block);

  return g_test_run ();
}
