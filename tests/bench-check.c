/* bench-check.c — how long a check takes: full, incremental, with and without a job
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints medians in microseconds; asserts nothing (the budgets in the README are for people to
 * read). Run by hand or with `meson test --benchmark check`; `bench-check --full RUNS` runs
 * only the full check of the two-page resume, for a profiler (HACKING, Keeping it fast).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-engine-private.h"
#include "rc-bench-util.h"
#include "rc-page-count.h"
#include "rc-test-util.h"

static const char *job_text =
  "Senior Backend Engineer\n\nWe build the payments platform behind 4,000 merchants.\n\n"
  "Requirements:\n- 5+ years with Go or Java (Spring Boot)\n- PostgreSQL, Redis and Kafka\n"
  "- Kubernetes, Docker and Terraform on AWS\n- gRPC and REST API design\n"
  "- System design and on-call experience\n\nNice to have: Rust, ClickHouse, Prometheus.\n";

static const char * const verbs[] = {
  "Built", "Cut", "Led", "Designed", "Migrated", "Automated", "Reduced", "Scaled", "Shipped",
  "Rebuilt", "Optimized", "Introduced", "Replaced", "Mentored", "Launched", "Streamlined",
  "Hardened", "Consolidated", "Instrumented", "Rewrote", "Delivered",
};

static const char * const objects[] = {
  "the carrier rates API in Go with Gin",
  "a Kafka pipeline for shipment tracking events",
  "PostgreSQL query latency with covering indexes",
  "14 services from EC2 to Kubernetes on AWS",
  "the nightly claims reconciliation in Python",
  "CI build times by caching Docker layers",
  "a Redis read-through cache for hot rates",
  "the on-call runbooks and Prometheus alerts",
  "Terraform modules for five AWS accounts",
  "a Django admin for the support team",
};

static const char * const weak[] = {
  "Responsible for the deploy pipeline and its runbooks.",
  "Worked on various internal tools that were used by the support team.",
  "I helped the team with code reviews and on-call.",
};

static const char * const results[] = {
  "serving 2M requests a day at 99.95% availability",
  "processing 40M events a day with p99 under 2 s",
  "cutting p99 latency from 850 ms to 190 ms",
  "saving $410K a year in compute spend",
  "removing 6 hours of manual work a week",
  "taking builds from 22 to 9 minutes",
  "lifting cache hit rate to 94%",
  "halving mean time to recovery",
};

/* A resume: @copies times seven roles of six bullets (about two pages per copy); @seed picks
 * other bullets and employers, for a batch of resumes that differ as people's do */
static char *
make_varied_resume (guint copies,
                    guint seed)
{
  GString *json = g_string_new (NULL);
  guint role = seed * 7;

  g_string_append (json,
    "{\"basics\": {\"name\": \"Priya Raman\", \"label\": \"Senior Backend Engineer\", "
    "\"email\": \"priya@example.com\", \"phone\": \"+44 20 7946 0311\", "
    "\"summary\": \"Backend engineer with 9 years of experience building APIs and data "
    "pipelines in Go and Python on AWS. Led the re-architecture of a payments platform that "
    "settles 9M transactions a day, and cut its cloud spend by 38%. Looking for a staff role "
    "on a platform team.\", "
    "\"profiles\": [{\"network\": \"GitHub\", \"url\": \"https://github.com/priya\"}]}, "
    "\"work\": [");
  for (guint c = 0; c < copies; c++)
    for (guint r = 0; r < 7; r++, role++)
      {
        g_string_append_printf (json, "%s{\"name\": \"Company %u\", \"position\": \"Backend "
                                "Engineer\", \"startDate\": \"%u-01\", \"endDate\": \"%u-12\", "
                                "\"summary\": \"Platform team of six owning the rates and "
                                "tracking services.\", \"highlights\": [",
                                role > seed * 7 ? ", " : "", role, 2023 - r * 2 - 1,
                                2023 - r * 2);
        for (guint b = 0; b < 6; b++)
          if (b == 5 && r % 2 == 1)
            /* a typical resume: a few weak bullets among the good ones */
            g_string_append_printf (json, ", \"%s\"",
                                    weak[(r / 2 + seed) % G_N_ELEMENTS (weak)]);
          else
            g_string_append_printf (json, "%s\"%s %s, %s.\"", b > 0 ? ", " : "",
                                    verbs[(r * 6 + b + seed) % G_N_ELEMENTS (verbs)],
                                    objects[(r * 3 + b + seed * 5) % G_N_ELEMENTS (objects)],
                                    results[(r + b * 5 + seed * 3) % G_N_ELEMENTS (results)]);
        g_string_append (json, "]}");
      }
  g_string_append (json, "], \"projects\": [");
  for (guint c = 0; c < copies; c++)
    g_string_append_printf (json, "%s{\"name\": \"slidegate %u\", \"url\": "
                            "\"https://github.com/priya/slidegate\", \"description\": "
                            "\"A distributed rate limiter for Go services backed by Redis.\", "
                            "\"highlights\": [\"Serves 50k decisions per second per node.\", "
                            "\"Adopted by two open-source API gateways.\"], \"keywords\": "
                            "[\"Go\", \"Redis\"]}", c > 0 ? ", " : "", c);
  g_string_append (json, "], \"skills\": [");
  for (guint c = 0; c < copies; c++)
    g_string_append_printf (json, "%s{\"name\": \"Languages\", \"keywords\": [\"Go\", "
                            "\"Python\", \"SQL\"]}, {\"name\": \"Frameworks\", \"keywords\": "
                            "[\"Gin\", \"Django\", \"gRPC\"]}, {\"name\": \"Data\", "
                            "\"keywords\": [\"PostgreSQL\", \"Redis\", \"Kafka\"]}, {\"name\": "
                            "\"Cloud\", \"keywords\": [\"AWS\", \"Kubernetes\", \"Docker\", "
                            "\"Terraform\", \"Prometheus\"]}", c > 0 ? ", " : "");
  g_string_append (json, "], \"education\": [{\"institution\": \"University of Leeds\", "
                   "\"area\": \"Computer Science\", \"studyType\": \"BSc\", \"startDate\": "
                   "\"2010-09\", \"endDate\": \"2013-06\"}], \"certificates\": [{\"name\": "
                   "\"AWS Certified Developer\", \"date\": \"2022-05\"}]}");
  return g_string_free (json, FALSE);
}

static char *
make_resume (guint copies)
{
  return make_varied_resume (copies, 0);
}

#define min_of(a) extreme ((a), G_N_ELEMENTS (a), -1)
#define max_of(a) extreme ((a), G_N_ELEMENTS (a), 1)

static double
extreme (const double *values,
         guint         n,
         int           sign)
{
  double e = values[0];

  for (guint i = 1; i < n; i++)
    if ((values[i] - e) * sign > 0)
      e = values[i];
  return e;
}

/* CPU time of this thread: the machine is shared, and time spent descheduled is not ours */
static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* median µs of a full check, a new engine each time (the rule set is compiled once);
 * kept out of line for `valgrind --tool=callgrind --toggle-collect=bench_full` (HACKING) */
static G_NO_INLINE double
bench_full (RcRuleSet  *rules,
            RcDocument *document,
            const char *job,
            guint       runs)
{
  g_autofree double *samples = g_new (double, runs);

  for (guint i = 0; i < runs + 2; i++)
    {
      g_autoptr(RcEngine) engine = NULL;
      g_autoptr(RcReport) report = NULL;
      gint64 start = now_ns ();

      engine = rc_engine_new (rules);
      report = rc_engine_check (engine, document, job);
      g_clear_object (&engine);
      /* the first two warm the shared page layout and the caches of the process */
      if (i >= 2)
        samples[i - 2] = (now_ns () - start) / 1000.0;
    }
  return rc_test_median (samples, runs);
}

/* median µs of a check after one bullet changed, the engine kept. With @idle, the engine
 * defers the page count as the window's does, and @idle gets the median µs of what the
 * window's idle does after each check: rc_engine_update_pages () and the check it may ask for */
static double
bench_incremental (RcRuleSet  *rules,
                   RcDocument *document,
                   const char *job,
                   guint       runs,
                   guint      *rechecked,
                   double     *idle)
{
  g_autoptr(RcEngine) engine = g_object_new (RC_TYPE_ENGINE, "rules", rules,
                                             "defer-pages", idle != NULL, NULL);
  g_autoptr(RcReport) first = rc_engine_check (engine, document, job);
  g_autofree double *samples = g_new (double, runs);
  g_autofree double *idle_samples = g_new (double, runs);
  const char *pointer = "/work/1/highlights/2";
  g_autofree char *original = g_strdup (rc_document_get_string (document, pointer));

  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *text = g_strdup_printf ("Cut p99 latency of the rates API from 850 ms "
                                               "to %u ms with covering indexes.", 100 + i);
      g_autoptr(RcReport) report = NULL;
      gint64 start;

      rc_document_set_string (document, pointer, text, NULL);
      start = now_ns ();
      report = rc_engine_check (engine, document, job);
      samples[i] = (now_ns () - start) / 1000.0;
      *rechecked = rc_engine_get_last_rechecked (engine);
      if (idle != NULL)
        {
          g_assert_true (rc_report_get_pages_pending (report));
          start = now_ns ();
          if (rc_engine_update_pages (engine, document))
            {
              g_autoptr(RcReport) again = rc_engine_check (engine, document, job);
            }
          idle_samples[i] = (now_ns () - start) / 1000.0;
        }
    }
  rc_document_set_string (document, pointer, original, NULL);
  if (idle != NULL)
    *idle = rc_test_median (idle_samples, runs);
  return rc_test_median (samples, runs);
}

/* median µs of rc_resume_blocks() alone: the printable blocks the page count starts from */
static double
bench_blocks (RcDocument *document,
              guint       runs)
{
  g_autofree double *samples = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = now_ns ();
      g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);

      samples[i] = (now_ns () - start) / 1000.0;
    }
  return rc_test_median (samples, runs);
}

/* median µs of rc_blocks_memo_update() after one bullet changed: what the page count builds */
static double
bench_memo (RcDocument *document,
            guint       runs)
{
  g_autoptr(RcBlocksMemo) memo = rc_blocks_memo_new ();
  g_autofree double *samples = g_new (double, runs);
  const char *pointer = "/work/1/highlights/2";
  g_autofree char *original = g_strdup (rc_document_get_string (document, pointer));

  rc_blocks_memo_update (memo, document);
  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *text = g_strdup_printf ("Cut p99 latency of the rates API from 850 ms "
                                               "to %u ms with covering indexes.", 100 + i);
      gint64 start;

      rc_document_set_string (document, pointer, text, NULL);
      start = now_ns ();
      rc_blocks_memo_update (memo, document);
      samples[i] = (now_ns () - start) / 1000.0;
    }
  rc_document_set_string (document, pointer, original, NULL);
  return rc_test_median (samples, runs);
}

/* median µs of the page count alone after one bullet changed (blocks + layout) */
static double
bench_pages (RcDocument *document,
             guint       runs)
{
  g_autofree double *samples = g_new (double, runs);
  const char *pointer = "/work/1/highlights/2";
  g_autofree char *original = g_strdup (rc_document_get_string (document, pointer));

  rc_page_count (document);
  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *text = g_strdup_printf ("Cut p99 latency of the rates API from 850 ms "
                                               "to %u ms with covering indexes.", 100 + i);
      gint64 start;

      rc_document_set_string (document, pointer, text, NULL);
      start = now_ns ();
      rc_page_count (document);
      samples[i] = (now_ns () - start) / 1000.0;
    }
  rc_document_set_string (document, pointer, original, NULL);
  return rc_test_median (samples, runs);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* the built-in rules but length.pages, whose page layout belongs to the PDF export, in the
 * order the built-in set loads them (a rule's "unless" names rules loaded before it) */
static RcRuleSet *
rules_without_pages (void)
{
  RcRuleSet *rules = rc_rule_set_new ();
  const char *dir = "/io/github/resumecoach/ResumeCoach/core/rules/";
  g_auto(GStrv) names = g_resources_enumerate_children (dir, 0, NULL);

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (dir, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GError) error = NULL;

      if (strcmp (names[i], "length.json") == 0)
        continue;
      rc_rule_set_load_pack_from_data (rules, g_bytes_get_data (bytes, NULL),
                                       (gssize) g_bytes_get_size (bytes), path, &error);
      g_assert_no_error (error);
    }
  return rules;
}

static RcDocument *
load (const char *json)
{
  g_autoptr(GError) error = NULL;
  RcDocument *document = rc_document_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return document;
}

/* How a full check grows with one pathological bullet: @unit 100 times, then 10,000 times */
static void
print_growth (RcRuleSet  *rules,
              const char *what,
              const char *unit,
              guint       runs)
{
  double times[2];

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GString) json = g_string_new ("{\"work\": [{\"name\": \"X\", \"position\": "
                                              "\"Y\", \"highlights\": [\"");
      g_autoptr(RcDocument) document = NULL;

      for (guint i = 0; i < (k == 0 ? 100 : 10000); i++)
        g_string_append (json, unit);
      g_string_append (json, "\"]}]}");
      document = load (json->str);
      times[k] = bench_full (rules, document, NULL, k == 0 ? runs : MAX (runs / 20, 5));
    }
  printf ("  %-34s %9.1f µs, 100×: %11.1f µs: %.1f× the time for 100× the input\n", what,
          times[0], times[1], times[1] / times[0]);
}

static void
collect_strings (JsonNode  *node,
                 JsonArray *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        collect_strings (member, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_strings (json_array_get_element (array, i), out);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    json_array_add_string_element (out, json_node_get_string (node));
}

/* A JavaScript prose linter (write-good, from the npm registry: .ci/run installs it into
 * tests/npm of the build directory for the benchmarks only) on every string of @document,
 * beside our full check of it. This machine's speed drifts by a third over seconds, so the
 * two take turns, ROUNDS times, and the ratio printed is the median of each round's. */
#define WRITE_GOOD_ROUNDS 5
#define PROCESS_ROUNDS 21

/* What a user waits for: write-good as a whole process on the strings of @resume_json
 * (node started, the module loaded, one pass), and `resume-coach check` of the same resume
 * (the real binary, $RC_BINARY), taking turns */
static void
print_write_good_processes (const char * const *node_argv,
                            const char         *resume_json)
{
  const char *binary = g_getenv ("RC_BINARY");
  const char *node_once[] = { "node", node_argv[1], node_argv[2], node_argv[3], "once", NULL };
  g_autofree char *resume = NULL;
  g_autoptr(GError) error = NULL;
  double ours[PROCESS_ROUNDS], theirs[PROCESS_ROUNDS], ratios[PROCESS_ROUNDS];
  int fd;

  printf ("\nThe same as whole processes, as a user runs them (%u rounds, each theirs then ours; "
          "wall time)\n", PROCESS_ROUNDS);
  if (binary == NULL)
    {
      printf ("  RC_BINARY is not set (meson test sets it): skipped\n");
      return;
    }
  fd = g_file_open_tmp ("rc-bench-XXXXXX.json", &resume, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (resume, resume_json, -1, &error);
  g_assert_no_error (error);

  for (guint r = 0; r < PROCESS_ROUNDS + 1; r++)
    {
      const char *check[] = { binary, "check", resume, NULL };
      RcBenchRun node_run = { 0 }, check_run = { 0 };
      g_autofree char *out = NULL;

      if (!rc_bench_run (node_once, NULL, &node_run, &out) ||
          !g_str_has_prefix (out, "suggestions "))
        {
          printf ("  write-good did not run as a process: skipped\n");
          g_unlink (resume);
          return;
        }
      /* check's status: 0, or 1 when it found errors; 2 is bad input */
      if (!rc_bench_run (check, NULL, &check_run, NULL) ||
          !WIFEXITED (check_run.status) || WEXITSTATUS (check_run.status) > 1)
        {
          printf ("  %s check did not run: skipped\n", binary);
          g_unlink (resume);
          return;
        }
      /* the first round reads node, the module and our binary from the disk */
      if (r == 0)
        continue;
      theirs[r - 1] = node_run.wall_ms;
      ours[r - 1] = check_run.wall_ms;
      ratios[r - 1] = node_run.wall_ms / check_run.wall_ms;
    }
  rc_bench_print_spread ("node bench-write-good.js … once", theirs, PROCESS_ROUNDS, "ms",
                         NULL);
  rc_bench_print_spread ("resume-coach check (the same resume)", ours, PROCESS_ROUNDS, "ms",
                         "target ≤ 10 ms");
  rc_bench_print_spread ("faster, the rounds' ratios", ratios, PROCESS_ROUNDS, "× ", NULL);
  g_unlink (resume);
}

static void
print_write_good (RcRuleSet  *rules,
                  RcDocument *document,
                  const char *json_text,
                  guint       runs)
{
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *modules = g_build_filename (builddir != NULL ? builddir : ".", "npm",
                                               "node_modules", NULL);
  g_autofree char *module = g_build_filename (modules, "write-good", NULL);
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *script = g_build_filename (srcdir != NULL ? srcdir : ".",
                                              "bench-write-good.js", NULL);
  g_autoptr(JsonArray) strings = json_array_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *json = NULL;
  g_autofree char *file = NULL;
  g_autofree char *runs_text = g_strdup_printf ("%u", runs);
  g_autoptr(GError) error = NULL;
  const char *node_argv[] = { "node", script, modules, NULL, runs_text, NULL };
  double ours[WRITE_GOOD_ROUNDS], theirs[WRITE_GOOD_ROUNDS], ratios[WRITE_GOOD_ROUNDS];
  guint found = 0;
  int fd;

  printf ("\nA JavaScript prose linter on the same strings (%u rounds, each theirs then ours)\n",
          WRITE_GOOD_ROUNDS);
  if (!g_file_test (module, G_FILE_TEST_IS_DIR))
    {
      printf ("  write-good is not installed (npm install --prefix %s/npm write-good): "
              "skipped, and its whole-process comparison too\n",
              builddir != NULL ? builddir : ".");
      return;
    }
  collect_strings (rc_document_get_root (document), strings);
  json_node_set_array (node, strings);
  json = json_to_string (node, FALSE);
  fd = g_file_open_tmp ("rc-bench-XXXXXX.json", &file, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (file, json, -1, &error);
  g_assert_no_error (error);
  node_argv[3] = file;

  for (guint r = 0; r < WRITE_GOOD_ROUNDS; r++)
    {
      g_autofree char *out = NULL;
      int status = 0;

      if (!g_spawn_sync (NULL, (char **) node_argv, NULL, G_SPAWN_SEARCH_PATH |
                         G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, NULL)
          || !g_spawn_check_wait_status (status, NULL)
          || sscanf (out, "median-us %lf suggestions %u", &theirs[r], &found) != 2)
        {
          printf ("  write-good did not run (is node on PATH?): skipped, and its whole-process "
                  "comparison too\n");
          g_unlink (file);
          return;
        }
      ours[r] = bench_full (rules, document, NULL, runs);
      ratios[r] = theirs[r] / ours[r];
    }
  printf ("  %-46s %10.1f   (%u strings, %u suggestions; rounds %.0f–%.0f)\n"
          "  %-46s %10.1f   (rounds %.0f–%.0f)\n"
          "  %-46s %10.0f×  (rounds %.0f×–%.0f×)\n",
          "write-good, two-page resume", rc_test_median (theirs, WRITE_GOOD_ROUNDS),
          json_array_get_length (strings), found, min_of (theirs), max_of (theirs),
          "our full check of it", rc_test_median (ours, WRITE_GOOD_ROUNDS), min_of (ours),
          max_of (ours), "faster, median of the rounds' ratios",
          rc_test_median (ratios, WRITE_GOOD_ROUNDS), min_of (ratios), max_of (ratios));
  print_write_good_processes (node_argv, json_text);
  g_unlink (file);
}

#ifndef BATCH_SIZE  /* smaller for a profiler: -DBATCH_SIZE=60 */
#define BATCH_SIZE 1000
#endif

/* What `resume-coach check FILE...` does for each resume of a batch, in one process: read its
 * JSON, check it with a new engine (pages counted), the rules read once. Prints resumes per
 * second of CPU time, over BATCH_SIZE two-page resumes that differ in employers and bullets. */
static void
print_batch (RcRuleSet *rules)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  double samples[3];
  guint findings = 0;

  for (guint i = 0; i < BATCH_SIZE; i++)
    g_ptr_array_add (texts, make_varied_resume (1, i + 1));

  for (guint round = 0; round < G_N_ELEMENTS (samples); round++)
    {
      gint64 start = now_ns ();

      for (guint i = 0; i < texts->len; i++)
        {
          g_autoptr(RcDocument) document = load (g_ptr_array_index (texts, i));
          g_autoptr(RcEngine) engine = rc_engine_new (rules);
          g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);

          findings += rc_report_get_findings (report)->len;
        }
      samples[round] = BATCH_SIZE / ((now_ns () - start) / 1e9);
    }

  printf ("\nBatch: %u varied two-page resumes in one process (read, checked, pages counted; "
          "budget ≥ 1,000 a second)\n", BATCH_SIZE);
  printf ("  %-46s %10.0f   (rounds %.0f–%.0f; %u findings a round)\n",
          "resumes a second, CPU time, median of 3", rc_test_median (samples, 3),
          min_of (samples), max_of (samples), findings / 3);
}

static void
print_counts (const char *what,
              RcRuleSet  *rules,
              RcDocument *document)
{
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);

  printf ("  %-34s %u strings, %u findings, %u pages\n", what,
          rc_engine_get_last_rechecked (engine), rc_report_get_findings (report)->len,
          rc_page_count (document));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcRuleSet) no_pages = rules_without_pages ();
  g_autoptr(GBytes) sample_bytes = NULL;
  g_autoptr(RcDocument) sample = NULL;
  g_autoptr(RcDocument) two = NULL;
  g_autoptr(RcDocument) hundred = NULL;
  g_autofree char *two_json = make_resume (1);
  g_autofree char *hundred_json = make_resume (100);
  gboolean full_only = argc > 1 && strcmp (argv[1], "--full") == 0;
  guint runs = argc > 1 + full_only ? (guint) atoi (argv[1 + full_only]) : 201;
  double sample_full, two_full, two_job, hundred_full, hundred_job;
  double two_inc, two_inc_job, hundred_inc, pages_two, pages_hundred;
  double two_def, two_def_job, hundred_def, two_idle, two_idle_job, hundred_idle;
  double two_full_np, two_inc_np, hundred_full_np, hundred_inc_np, blocks_two, memo_two;
  guint rechecked = 0, rechecked_hundred = 0;

  sample_bytes = g_resources_lookup_data ("/io/github/resumecoach/ResumeCoach/core/samples/"
                                          "backend-engineer.json", 0, NULL);
  sample = load (g_bytes_get_data (sample_bytes, NULL));
  two = load (two_json);
  hundred = load (hundred_json);
  rc_rule_set_get_compiled (rules);
  rc_rule_set_get_compiled (no_pages);

  /* --full RUNS: only the full check of the two-page resume, for a profiler */
  if (full_only)
    {
      /* the first check opens the dictionaries and lays the pages out: outside bench_full */
      print_counts ("two-page resume (42 bullets)", rules, two);
      printf ("full, two-page resume: %.1f µs\n", bench_full (rules, two, NULL, runs));
      return 0;
    }

  printf ("Inputs\n");
  print_counts ("bundled sample", rules, sample);
  print_counts ("two-page resume (42 bullets)", rules, two);
  print_counts ("100× resume (4200 bullets)", rules, hundred);

  /* each series on its own: the page layout keeps the blocks of its last count only */
  sample_full = bench_full (rules, sample, NULL, runs);
  two_full = bench_full (rules, two, NULL, runs);
  two_job = bench_full (rules, two, job_text, runs);
  two_inc = bench_incremental (rules, two, NULL, runs, &rechecked, NULL);
  two_inc_job = bench_incremental (rules, two, job_text, runs, &rechecked, NULL);
  two_def = bench_incremental (rules, two, NULL, runs, &rechecked, &two_idle);
  two_def_job = bench_incremental (rules, two, job_text, runs, &rechecked, &two_idle_job);
  pages_two = bench_pages (two, runs);
  blocks_two = bench_blocks (two, runs);
  memo_two = bench_memo (two, runs);
  two_full_np = bench_full (no_pages, two, NULL, runs);
  two_inc_np = bench_incremental (no_pages, two, NULL, runs, &rechecked, NULL);
  hundred_full = bench_full (rules, hundred, NULL, MAX (runs / 10, 11));
  hundred_job = bench_full (rules, hundred, job_text, MAX (runs / 10, 11));
  hundred_inc = bench_incremental (rules, hundred, NULL, MAX (runs / 10, 5), &rechecked_hundred,
                                   NULL);
  hundred_def = bench_incremental (rules, hundred, NULL, MAX (runs / 10, 5), &rechecked_hundred,
                                   &hundred_idle);
  pages_hundred = bench_pages (hundred, MAX (runs / 10, 5));
  hundred_full_np = bench_full (no_pages, hundred, NULL, MAX (runs / 10, 11));
  hundred_inc_np = bench_incremental (no_pages, hundred, NULL, MAX (runs / 10, 5),
                                      &rechecked_hundred, NULL);

  printf ("\nMedian µs of CPU time per check (%u runs; full = a new engine each time)\n", runs);
  printf ("  %-46s %10.1f\n", "full, bundled sample", sample_full);
  printf ("  %-46s %10.1f\n", "full, two-page resume", two_full);
  printf ("  %-46s %10.1f\n", "full, two-page resume, with a job", two_job);
  printf ("  %-46s %10.1f\n", "full, 100× resume", hundred_full);
  printf ("  %-46s %10.1f\n", "full, 100× resume, with a job", hundred_job);
  printf ("  %-46s %10.1f   (%u string read again)\n", "incremental, one bullet edited",
          two_inc, rechecked);
  printf ("  %-46s %10.1f\n", "incremental, one bullet edited, with a job", two_inc_job);
  printf ("  %-46s %10.1f   (%u string read again)\n", "incremental, 100× resume", hundred_inc,
          rechecked_hundred);
  printf ("  %-46s %10.1f\n", "  of which length.pages (blocks + layout)", pages_two);
  printf ("  %-46s %10.1f\n", "    of which the blocks (rc_blocks_memo_update)", memo_two);
  printf ("  %-46s %10.1f\n", "    (all blocks built: rc_resume_blocks ())", blocks_two);
  printf ("  %-46s %10.1f\n", "  of which length.pages, 100× resume", pages_hundred);
  printf ("\nPages deferred (the window's path: RcEngine:defer-pages, pages counted in an idle)\n");
  printf ("  %-46s %10.1f\n", "incremental, one bullet edited, pages deferred", two_def);
  printf ("  %-46s %10.1f\n", "  with a job", two_def_job);
  printf ("  %-46s %10.1f\n", "  100× resume", hundred_def);
  printf ("  %-46s %10.1f\n", "then the idle (rc_engine_update_pages ())", two_idle);
  printf ("  %-46s %10.1f\n", "  with a job", two_idle_job);
  printf ("  %-46s %10.1f\n", "  100× resume", hundred_idle);
  printf ("\nWithout length.pages (the PDF layout's work)\n");
  printf ("  %-46s %10.1f\n", "full, two-page resume", two_full_np);
  printf ("  %-46s %10.1f\n", "full, 100× resume", hundred_full_np);
  printf ("  %-46s %10.1f\n", "incremental, one bullet edited", two_inc_np);
  printf ("  %-46s %10.1f\n", "incremental, 100× resume", hundred_inc_np);
  printf ("\n100×/1× ratio: full %.1f×, with a job %.1f×, incremental %.1f×; "
          "without length.pages: full %.1f×, incremental %.1f×; pages deferred: %.1f×\n",
          hundred_full / two_full, hundred_job / two_job, hundred_inc / two_inc,
          hundred_full_np / two_full_np, hundred_inc_np / two_inc_np, hundred_def / two_def);

  printf ("\nPathological bullets (full check without length.pages; budget: 100× the input "
          "≤ 120× the time)\n");
  print_growth (no_pages, "double spaces, non-ASCII", "Développé  ", runs);
  print_growth (no_pages, "a finding every two words", "utilized synergy, ", runs);

  print_batch (rules);
  print_write_good (rules, two, two_json, MAX (runs / 4, 11));
  return 0;
}
