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
  "on-call", "results-driven", "state-of-the-art", "end-to-end", "T-shirt", "Wi-Fi", "AVA-TAR",
};

/* words that break elsewhere than at spaces, or are not ASCII: measured on one line only */
static const char * const other_words[] = {
  "on-call", "client/server", "café", "Zürich", "–", "·", "2019–2022", "naïve", "C++", "C#",
  "why?", "\"quoted\"", "O’Brien", "Jan", "2020", "Present", "Berlin", "kavya@example.com",
  "+1", "555", "0187", "https://example.com/~me", "—", "…", "Ångström", "™", "½", "…and",
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

static void
free_measure (Measure *measure)
{
  g_free (measure->text);
  g_free (measure->bottoms);
  g_free (measure);
}

/* @n random sentences of 1 to @most words from @pool in every template and paper, in each of
 * @kinds in turn: every measure taken from word widths equals Pango's. Returns how many were. */
static guint
check_sentences (GRand              *rand,
                 const char * const *pool,
                 guint               n_pool,
                 guint               most,
                 const RcBlockKind  *kinds,
                 guint               n_kinds,
                 guint               n)
{
  guint by_words = 0;

  for (guint t = 0; t < RC_PDF_N_TEMPLATES; t++)
    for (guint p = 0; p < 2; p++)
      {
        g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();

        rc_pdf_layout_set_template (layout, t);
        rc_pdf_layout_set_paper (layout, p == 0 ? RC_PDF_PAPER_A4 : RC_PDF_PAPER_LETTER);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(GString) text = g_string_new (NULL);
            guint length = g_rand_int_range (rand, 1, most + 1);
            RcBlockKind kind = kinds[i % n_kinds];
            Measure *measure;

            for (guint w = 0; w < length; w++)
              g_string_append_printf (text, "%s%s", w > 0 ? " " : "",
                                      pool[g_rand_int_range (rand, 0, n_pool)]);
            measure = rc_pdf_measure_words (layout, kind, text->str);
            if (measure == NULL)
              continue;
            by_words++;
            assert_same_as_pango (layout, kind, text->str, measure);
            free_measure (measure);
          }
      }
  return by_words;
}

/* Plain sentences of 1 to 80 words, in paragraphs, bullets, titles, names and labels (some
 * centred, some letter-spaced): most are measured from their words, all as Pango does */
static void
test_words_match_pango (void)
{
  static const RcBlockKind kinds[] = {
    RC_BLOCK_BULLET, RC_BLOCK_PARAGRAPH, RC_BLOCK_BULLET, RC_BLOCK_PARAGRAPH,
    RC_BLOCK_ENTRY_TITLE, RC_BLOCK_NAME, RC_BLOCK_LABEL,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint tried = RC_PDF_N_TEMPLATES * 2 * 1500;
  guint by_words = check_sentences (rand, words, G_N_ELEMENTS (words), 80,
                                    kinds, G_N_ELEMENTS (kinds), 1500);

  g_test_message ("%u of %u measured from their words", by_words, tried);
  g_assert_cmpuint (by_words, >, tried * 2 / 3);
}

/* Short lines with dashes, slashes, accents and symbols, as meta, contact, label, bullet,
 * heading and name lines (centred, letter-spaced): the ones that fit are measured from their
 * words, as Pango does */
static void
test_words_one_line (void)
{
  static const RcBlockKind kinds[] = {
    RC_BLOCK_ENTRY_META, RC_BLOCK_CONTACT, RC_BLOCK_LABEL, RC_BLOCK_BULLET, RC_BLOCK_ENTRY_TITLE,
    RC_BLOCK_HEADING, RC_BLOCK_NAME,
  };
  g_autoptr(GPtrArray) pool = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint tried = RC_PDF_N_TEMPLATES * 2 * 1000;
  guint by_words;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_ptr_array_add (pool, (gpointer) words[i]);
  for (guint i = 0; i < G_N_ELEMENTS (other_words); i++)
    for (guint j = 0; j < 3; j++)  /* as often as a plain word: most lines have some */
      g_ptr_array_add (pool, (gpointer) other_words[i]);
  by_words = check_sentences (rand, (const char * const *) pool->pdata, pool->len, 10,
                              kinds, G_N_ELEMENTS (kinds), 1000);

  g_test_message ("%u of %u measured from their words", by_words, tried);
  g_assert_cmpuint (by_words, >, tried / 2);
}

/* Text that Pango alone can measure: other spacing, other scripts, characters the fonts
 * lack, letter spacing, or breaks other than at spaces in more than one line */
static void
test_words_refused (void)
{
  static const char * const texts[] = {
    "two  spaces", " leading", "trailing ", "a\tb", "line\nbreak", "", "soft\u00adhyphen",
    "non\u00a0breaking", "Привет мир", "日本語", "emoji 😀", "\xff invalid",
  };
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GString) wrapping = g_string_new ("Owned");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (rc_pdf_measure_words (layout, RC_BLOCK_BULLET, texts[i]) != NULL)
      g_error ("“%s” measured from its words", texts[i]);
  for (guint i = 0; i < 40; i++)
    g_string_append (wrapping, " the client/server rotation");
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_BULLET, wrapping->str));
  /* every template letter-spaces its headings: by words only in ASCII, on one line */
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_HEADING, "Expérience"));
  g_assert_null (rc_pdf_measure_words (layout, RC_BLOCK_HEADING, wrapping->str));
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

/* A count whose words were all measured before (in this process, or an earlier run's, in the
 * width store) loads no font: what `resume-coach check` costs on a resume checked before */
static void
test_words_measured_before (void)
{
  g_autofree char *path = rc_test_sample_path ();
  g_autoptr(RcDocument) document = rc_test_document_from_file (path);
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  g_autoptr(RcPdfLayout) first = rc_pdf_layout_new ();
  g_autoptr(RcPdfLayout) again = rc_pdf_layout_new ();
  guint pages = rc_pdf_layout_count_pages (first, blocks);

  g_assert_cmpuint (rc_pdf_layout_count_pages (again, blocks), ==, pages);
  g_assert_cmpuint (rc_pdf_layout_get_last_page_lines (again), ==,
                    rc_pdf_layout_get_last_page_lines (first));
  g_assert_null (again->context);
  for (guint kind = 0; kind < RC_PDF_N_KINDS; kind++)
    g_assert_null (again->kind_font[kind]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rc_pdf_use_own_fonts_by_default ();

  g_test_add_func ("/core/pdf-words/match-pango", test_words_match_pango);
  g_test_add_func ("/core/pdf-words/one-line", test_words_one_line);
  g_test_add_func ("/core/pdf-words/refused", test_words_refused);
  g_test_add_func ("/core/pdf-words/same-pages", test_words_same_pages);
  g_test_add_func ("/core/pdf-words/measured-before", test_words_measured_before);

  return g_test_run ();
}
