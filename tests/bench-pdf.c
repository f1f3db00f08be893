/* bench-pdf.c — how long counting PDF pages takes, cold, warm and after one edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "rc-pdf.h"
#include "rc-test-util.h"

#define N_RUNS 21

static const char *bullets[] = {
  "Cut the p99 latency of the payments API from 800 ms to 120 ms by moving hot reads to a "
  "Redis cache and batching writes to PostgreSQL",
  "Led the move of twelve services from a shared VM fleet to Kubernetes, halving deploy time",
  "Built an event pipeline on Kafka that carries 40 000 messages a second with exactly-once "
  "delivery to the billing ledger and the fraud models",
  "Wrote the on-call runbooks and cut pages per week from 30 to 4",
  "Designed a gRPC gateway in Go serving 2M requests a day for the mobile apps",
  "Mentored four engineers through their first production launches; two now lead teams",
};

static void
block_free (gpointer data)
{
  RcBlock *block = data;

  g_free (block->text);
  g_free (block->pointer);
  g_free (block);
}

static void
add (GPtrArray   *blocks,
     RcBlockKind  kind,
     char        *text)
{
  RcBlock *block = g_new0 (RcBlock, 1);

  block->kind = kind;
  block->text = text;
  block->pointer = g_strdup ("");
  g_ptr_array_add (blocks, block);
}

/* About two pages: a header, a summary, six jobs of six bullets, skills and education. */
static GPtrArray *
make_resume (void)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);

  add (blocks, RC_BLOCK_NAME, g_strdup ("Ada Quillfeather"));
  add (blocks, RC_BLOCK_LABEL, g_strdup ("Senior Backend Engineer"));
  add (blocks, RC_BLOCK_CONTACT, g_strdup ("ada@example.org · Berlin · github.com/adaq"));
  add (blocks, RC_BLOCK_HEADING, g_strdup ("Summary"));
  add (blocks, RC_BLOCK_PARAGRAPH,
       g_strdup ("Backend engineer with eight years of Go and Python, building payment and "
                 "messaging systems that stay fast under load."));
  add (blocks, RC_BLOCK_HEADING, g_strdup ("Experience"));
  for (guint i = 0; i < 6; i++)
    {
      add (blocks, RC_BLOCK_ENTRY_TITLE, g_strdup_printf ("Backend Engineer, Company %u", i));
      add (blocks, RC_BLOCK_ENTRY_META, g_strdup_printf ("Jan %u – Dec %u · Berlin",
                                                         2010 + 2 * i, 2011 + 2 * i));
      for (guint j = 0; j < 6; j++)
        add (blocks, RC_BLOCK_BULLET,
             g_strdup_printf ("%s (%u)", bullets[(i + j) % G_N_ELEMENTS (bullets)], j));
    }
  add (blocks, RC_BLOCK_HEADING, g_strdup ("Skills"));
  add (blocks, RC_BLOCK_PARAGRAPH, g_strdup ("Go, Python, SQL, Kafka, Kubernetes, PostgreSQL"));
  add (blocks, RC_BLOCK_HEADING, g_strdup ("Education"));
  add (blocks, RC_BLOCK_ENTRY_TITLE, g_strdup ("BSc Computer Science, Technical University"));
  add (blocks, RC_BLOCK_ENTRY_META, g_strdup ("2006 – 2010"));

  return blocks;
}

/* Pathological text, @n characters of it: one paragraph of words, one line a paragraph, or
 * a single word */
static char *
make_text (guint n,
           guint shape)
{
  static const char * const units[] = { "words and more words ", "line\n", "x" };
  const char *unit = units[shape];
  GString *text = g_string_sized_new (n + 32);

  while (text->len < n)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

/* Counting and drawing grow with the text, whatever its shape: 100× the text ≤ 120× the time */
static void
print_growth (void)
{
  static const char * const shapes[] = { "long paragraph", "line breaks", "one long word" };
  const guint small = 2000, large = 200000;

  g_print ("  growth, summary of %u → %u characters (count + render, fresh layout):\n",
           small, large);
  for (guint shape = 0; shape < G_N_ELEMENTS (shapes); shape++)
    {
      double seconds[2];

      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (block_free);
          g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
          g_autoptr(GBytes) pdf = NULL;
          gint64 start;

          add (blocks, RC_BLOCK_NAME, g_strdup ("Ada Quillfeather"));
          add (blocks, RC_BLOCK_PARAGRAPH, make_text (k == 0 ? small : large, shape));
          start = g_get_monotonic_time ();
          rc_pdf_layout_count_pages (layout, blocks);
          pdf = rc_pdf_layout_render (layout, blocks, NULL);
          seconds[k] = (g_get_monotonic_time () - start) / 1e6;
        }
      g_print ("    %-15s %8.4f s → %8.4f s: %.0f× the time for 100× the text\n",
               shapes[shape], seconds[0], seconds[1], seconds[1] / seconds[0]);
    }
}

/* Each template lays the same resume out on its own pages: a cold count and a keystroke's */
static void
print_templates (GPtrArray *blocks,
                 RcBlock   *edited,
                 const char *typed)
{
  g_print ("  per template (A4): pages, cold count, count after one bullet changed:\n");
  for (guint t = 0; t < RC_PDF_N_TEMPLATES; t++)
    {
      double cold[N_RUNS], edit[N_RUNS];
      g_autoptr(RcPdfLayout) layout = NULL;
      guint pages = 0;

      for (guint run = 0; run < N_RUNS; run++)
        {
          g_autoptr(RcPdfLayout) fresh = rc_pdf_layout_new ();
          gint64 start;

          rc_pdf_layout_set_template (fresh, (RcPdfTemplate) t);
          start = g_get_monotonic_time ();
          pages = rc_pdf_layout_count_pages (fresh, blocks);
          cold[run] = g_get_monotonic_time () - start;
        }

      layout = rc_pdf_layout_new ();
      rc_pdf_layout_set_template (layout, (RcPdfTemplate) t);
      rc_pdf_layout_count_pages (layout, blocks);
      for (guint run = 0; run < N_RUNS; run++)
        {
          gint64 start;

          g_free (edited->text);
          edited->text = g_strdup_printf ("%s, then %u more", typed, run);
          start = g_get_monotonic_time ();
          rc_pdf_layout_count_pages (layout, blocks);
          edit[run] = g_get_monotonic_time () - start;
        }
      g_print ("    %-8s %u pages  %8.1f µs  %6.1f µs\n",
               rc_pdf_template_to_string ((RcPdfTemplate) t), pages,
               rc_test_median (cold, N_RUNS), rc_test_median (edit, N_RUNS));
    }
  g_free (edited->text);
  edited->text = g_strdup (typed);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) blocks = make_resume ();
  g_autoptr(RcPdfLayout) layout = NULL;
  RcBlock *edited = NULL;
  g_autofree char *typed = NULL;
  double cold[N_RUNS], warm[N_RUNS], edit[N_RUNS], render[N_RUNS];
  double first_new, first_count;
  guint pages = 0;
  gint64 start;

  setlocale (LC_ALL, "");
  for (guint i = blocks->len / 2; i < blocks->len && edited == NULL; i++)
    if (((RcBlock *) g_ptr_array_index (blocks, i))->kind == RC_BLOCK_BULLET)
      edited = g_ptr_array_index (blocks, i);
  g_assert (edited != NULL);
  typed = g_strdup (edited->text);

  /* The first layout of the process also pays for loading fontconfig's configuration. */
  start = g_get_monotonic_time ();
  layout = rc_pdf_layout_new ();
  first_new = g_get_monotonic_time () - start;
  start = g_get_monotonic_time ();
  pages = rc_pdf_layout_count_pages (layout, blocks);
  first_count = g_get_monotonic_time () - start;
  g_clear_object (&layout);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(RcPdfLayout) fresh = rc_pdf_layout_new ();

      start = g_get_monotonic_time ();
      rc_pdf_layout_count_pages (fresh, blocks);
      cold[run] = g_get_monotonic_time () - start;
    }

  layout = rc_pdf_layout_new ();
  rc_pdf_layout_count_pages (layout, blocks);
  for (guint run = 0; run < N_RUNS; run++)
    {
      const guint n = 1000;

      start = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        rc_pdf_layout_count_pages (layout, blocks);
      warm[run] = (double) (g_get_monotonic_time () - start) / n;
    }

  /* A keystroke: one bullet's text changes, the page count is asked again. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      const guint n = 50;
      double total = 0;

      for (guint i = 0; i < n; i++)
        {
          g_free (edited->text);
          edited->text = g_strdup_printf ("%s, then %u more", typed, run * n + i);
          start = g_get_monotonic_time ();
          rc_pdf_layout_count_pages (layout, blocks);
          total += g_get_monotonic_time () - start;
        }
      edit[run] = total / n;
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GBytes) pdf = NULL;

      start = g_get_monotonic_time ();
      pdf = rc_pdf_layout_render (layout, blocks, NULL);
      render[run] = g_get_monotonic_time () - start;
    }

  g_print ("bench pdf: %u blocks, %u pages, medians of %d runs\n", blocks->len, pages, N_RUNS);
  g_print ("  first layout in the process: new %.0f µs, first count %.0f µs\n",
           first_new, first_count);
  g_print ("  cold count (new layout, every block measured): %.1f µs\n", rc_test_median (cold, N_RUNS));
  g_print ("  warm count (every block cached): %.2f µs\n", rc_test_median (warm, N_RUNS));
  g_print ("  warm count after one bullet changed: %.1f µs\n", rc_test_median (edit, N_RUNS));
  g_print ("  render to PDF bytes (warm): %.0f µs\n", rc_test_median (render, N_RUNS));
  print_templates (blocks, edited, typed);
  print_growth ();

  return 0;
}
