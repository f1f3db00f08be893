/* bench-taxonomy.c — how long finding skills in resume text and reading a job take
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "rc-job.h"
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

/* Microseconds per rc_taxonomy_find() over @texts, median of N_RUNS runs of @n rounds. */
static double
time_find (RcTaxonomy         *taxonomy,
           const char * const *texts,
           guint               n_texts,
           guint               n,
           guint              *found)
{
  double runs[N_RUNS];

  *found = 0;
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < n; i++)
        for (guint t = 0; t < n_texts; t++)
          {
            g_autoptr(GArray) mentions = rc_taxonomy_find (taxonomy, texts[t]);

            if (run == 0 && i == 0)
              *found += mentions->len;
          }
      runs[run] = (double) (g_get_monotonic_time () - start) / n;
    }
  return rc_test_median (runs, N_RUNS);
}

/* Microseconds to tell whether each of @texts is a stack line, its mentions found beforehand */
static double
time_stack_lines (RcTaxonomy         *taxonomy,
                  const char * const *texts,
                  guint               n_texts,
                  guint               n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double runs[N_RUNS];

  for (guint t = 0; t < n_texts; t++)
    g_ptr_array_add (found, rc_taxonomy_find (taxonomy, texts[t]));
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < n; i++)
        for (guint t = 0; t < n_texts; t++)
          {
            GArray *mentions = g_ptr_array_index (found, t);

            rc_taxonomy_is_stack_line (taxonomy, texts[t],
                                       (const RcSkillMention *) (void *) mentions->data,
                                       mentions->len);
          }
      runs[run] = (double) (g_get_monotonic_time () - start) / n;
    }
  return rc_test_median (runs, N_RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *posting_path = NULL;
  g_autofree char *posting = NULL;
  const char *resume[40];
  g_autoptr(GString) long_text = g_string_new (NULL);
  const char *long_texts[1];
  RcTaxonomy *taxonomy;
  double load, one, forty, hundredfold, stack, job[N_RUNS];
  guint found_one, found_forty, found_long;
  gint64 start;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  posting_path = g_test_build_filename (G_TEST_DIST, "data", "job-backend.txt", NULL);
  if (!g_file_get_contents (posting_path, &posting, NULL, NULL))
    g_error ("cannot read %s", posting_path);

  start = g_get_monotonic_time ();
  taxonomy = rc_taxonomy_get_default ();
  load = g_get_monotonic_time () - start;

  for (guint i = 0; i < G_N_ELEMENTS (resume); i++)
    resume[i] = bullets[i % G_N_ELEMENTS (bullets)];
  for (guint i = 0; i < 100 * G_N_ELEMENTS (resume); i++)
    {
      g_string_append (long_text, bullets[i % G_N_ELEMENTS (bullets)]);
      g_string_append (long_text, ". ");
    }
  long_texts[0] = long_text->str;

  one = time_find (taxonomy, bullets, 1, 20000, &found_one);
  forty = time_find (taxonomy, resume, G_N_ELEMENTS (resume), 500, &found_forty);
  hundredfold = time_find (taxonomy, long_texts, 1, 5, &found_long);
  stack = time_stack_lines (taxonomy, resume, G_N_ELEMENTS (resume), 500);

  for (guint run = 0; run < N_RUNS; run++)
    {
      const guint n = 50;

      start = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        g_object_unref (rc_job_new (taxonomy, posting));
      job[run] = (double) (g_get_monotonic_time () - start) / n;
    }

  g_print ("bench taxonomy: %u skills, medians of %d runs\n",
           rc_taxonomy_get_skills (taxonomy)->len, N_RUNS);
  g_print ("  load the bundled taxonomy: %.0f µs\n", load);
  g_print ("  find in one 25-word bullet: %.2f µs (%u mentions)\n", one, found_one);
  g_print ("  find in 40 bullets: %.1f µs (%u mentions)\n", forty, found_forty);
  g_print ("  stack lines among those 40 bullets: %.2f µs\n", stack);
  g_print ("  find in 100× that text as one string: %.0f µs (%u mentions, %.0f× the 40 bullets)\n",
           hundredfold, found_long, hundredfold / forty);
  g_print ("  read the backend job posting (rc_job_new): %.1f µs\n", rc_test_median (job, N_RUNS));

  return 0;
}
