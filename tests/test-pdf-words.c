/* test-pdf-words.c — a paragraph measured from its words' widths is what Pango measures
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "rc-blocks.h"
#include "rc-page-count.h"
#include "rc-pdf-private.h"
#include "rc-test-util.h"

static const char * const words[] = {
  "Built", "the", "carrier", "rates", "API", "in", "Go", "with", "p99", "latency", "under",
  "120", "ms,", "serving", "3M", "requests", "a", "day", "at", "99.95%", "availability.",
  "Migrated", "14", "services", "from", "EC2", "to", "Kubernetes", "(EKS)", "on", "AWS;",
  "saving", "$410K", "yearly.", "WAVE", "Typography", "AVATAR", "Yesterday",
  "it's", "#1", "@team", "R&D", "Wolfgang", "fffiffl", "VAT", "To.", "Ty,", "LT", "TV", "y.",
  "extraordinarily", "internationalization", "x", "I", "W",
};

/* Pango's own measure of @text, as rc-pdf.c takes it */
static void
assert_same_as_pango (RcPdfLayout   *layout,
                      RcBlockKind    kind,
                      const char    *text,
                      const Measure *measure)
{
  g_autoptr(PangoLayout) pango = rc_pdf_create_layout (layout, kind, text);
  PangoLayoutIter *iter = pango_layout_get_iter (pango);
  PangoRectangle logical;
  guint i = 0;

  if ((guint) pango_layout_get_line_count (pango) != measure->n_lines)
    g_error ("“%s” (kind %d): %u lines from its words, %d from Pango", text, kind,
             measure->n_lines, pango_layout_get_line_count (pango));
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      g_assert_cmpfloat_with_epsilon (measure->bottoms[i++], pango_units_to_double (y1), 1e-9);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pango_layout_get_extents (pango, NULL, &logical);
  g_assert_cmpfloat_with_epsilon (measure->right,
                                  pango_units_to_double (logical.x + logical.width), 1e-9);
  g_assert_cmpfloat_with_epsilon (measure->baseline,
                                  pango_units_to_double (pango_layout_get_baseline (pango)),
                                  1e-9);
}

/* Random sentences of 1 to 80 words, in every template and paper, in paragraphs and bullets:
 * every measure taken from word widths equals Pango's, and most are taken so */
static void
test_words_match_pango (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint by_words = 0, tried = 0;

  for (guint t = 0; t < RC_PDF_N_TEMPLATES; t++)
    for (guint p = 0; p < 2; p++)
      {
        g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();

        rc_pdf_layout_set_template (layout, t);
        rc_pdf_layout_set_paper (layout, p == 0 ? RC_PDF_PAPER_A4 : RC_PDF_PAPER_LETTER);
        for (guint n = 0; n < 1500; n++)
          {
            g_autoptr(GString) text = g_string_new (NULL);
            guint length = g_rand_int_range (rand, 1, 81);
            static const RcBlockKind kinds[] = {
              RC_BLOCK_BULLET, RC_BLOCK_PARAGRAPH, RC_BLOCK_BULLET, RC_BLOCK_PARAGRAPH,
              RC_BLOCK_ENTRY_TITLE, RC_BLOCK_NAME, RC_BLOCK_LABEL,
            };
            RcBlockKind kind = kinds[n % G_N_ELEMENTS (kinds)];
            Measure *measure;

            for (guint w = 0; w < length; w++)
              g_string_append_printf (text, "%s%s", w > 0 ? " " : "",
                                      words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
            tried++;
            measure = rc_pdf_measure_words (layout, kind, text->str);
            if (measure == NULL)
              continue;
            by_words++;
            assert_same_as_pango (layout, kind, text->str, measure);
            g_free (measure->text);
            g_free (measure->bottoms);
            g_free (measure);
          }
      }
  g_test_message ("%u of %u measured from their words", by_words, tried);
  g_assert_cmpuint (by_words, >, tried * 2 / 3);
}

/* Text with other break opportunities, other characters or other spacing is Pango's */
static void
test_words_refused (void)
{
  static const char * const texts[] = {
    "on-call rotation", "client/server", "two  spaces", " leading", "trailing ", "café",
    "Jan 2020 – Present", "a\tb", "line\nbreak", "why? because", "", "C++ and C#",
    "a \"quoted\" word", "'quoted' word", "( spaced", "it' (EKS)", "Go , Rust", "a ;b",
    "(a )b", "ends with .", "x :y",
  };
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_BULLET, texts[i]));
  /* headings, contact and meta lines keep Pango's measure: a rule under it, parts kept */
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_HEADING, "Experience"));
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_CONTACT, "Berlin"));
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_ENTRY_META, "Berlin"));
}

/* Every resume of the test data counts the same pages and last-page lines either way */
static void
test_words_same_pages (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "real", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(RcDocument) document = NULL;
      g_autoptr(GPtrArray) blocks = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir, name, NULL);
      document = rc_test_document_from_file (path);
      blocks = rc_resume_blocks (document);
      for (guint t = 0; t < RC_PDF_N_TEMPLATES; t++)
        {
          g_autoptr(RcPdfLayout) words_layout = rc_pdf_layout_new ();
          g_autoptr(RcPdfLayout) pango_layout = rc_pdf_layout_new ();
          guint pages;

          rc_pdf_layout_set_template (words_layout, t);
          rc_pdf_layout_set_template (pango_layout, t);
          rc_pdf_set_word_measure (TRUE);
          pages = rc_pdf_layout_count_pages (words_layout, blocks);
          rc_pdf_set_word_measure (FALSE);
          g_assert_cmpuint (rc_pdf_layout_count_pages (pango_layout, blocks), ==, pages);
          g_assert_cmpuint (rc_pdf_layout_get_last_page_lines (pango_layout), ==,
                            rc_pdf_layout_get_last_page_lines (words_layout));
          rc_pdf_set_word_measure (TRUE);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rc_pdf_use_own_fonts_by_default ();

  g_test_add_func ("/core/pdf-words/match-pango", test_words_match_pango);
  g_test_add_func ("/core/pdf-words/refused", test_words_refused);
  g_test_add_func ("/core/pdf-words/same-pages", test_words_same_pages);

  return g_test_run ();
}
