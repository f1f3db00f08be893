/* bench-batch.c — how many resumes a second `resume-coach check FOLDER` checks
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes COUNT (1,000) varied two-page resumes, made up here from a seeded random generator,
 * into a temporary folder, runs the real binary ($RC_BINARY) on the folder several times and
 * prints resumes a second (median and range of the runs, CPU time of the child and wall time)
 * and the time per resume. Asserts nothing: the budget (≥ 1,000 a second, one core) is in the
 * README. `bench-batch --generate DIR [COUNT]` only writes the resumes, for a profiler:
 *
 *   build/tests/bench-batch --generate /tmp/batch 50
 *   valgrind --tool=callgrind build/src/resume-coach check /tmp/batch > /dev/null
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rc-page-count.h"
#include "rc-test-util.h"

#define RUNS 5

static const char * const first_names[] = {
  "Amara", "Bastien", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
  "Kavya", "Lorenzo", "Mei", "Nikolai", "Oona", "Pavel", "Quinn", "Rosa", "Sanjay", "Tove",
};

static const char * const last_names[] = {
  "Achterberg", "Brannigan", "Castellanos", "Drozdov", "Eklund", "Ferreira", "Gallagher",
  "Haddad", "Ibarra", "Jovanovic", "Kowalczyk", "Lindqvist", "Mbeki", "Nakagawa", "Okafor",
};

static const char * const roles[] = {
  "Backend Engineer", "Senior Backend Engineer", "Software Engineer", "Platform Engineer",
  "Site Reliability Engineer", "Staff Engineer", "Data Engineer", "Infrastructure Engineer",
};

static const char * const companies[] = {
  "Northwind Freight", "Bluefin Payments", "Quarry Labs", "Lumen Health", "Tessellate",
  "Harbor Logistics", "Copperleaf Media", "Orbital Retail", "Fernway Insurance", "Kestrel AI",
  "Saltmarsh Energy", "Pinecone Travel",
};

static const char * const cities[] = {
  "Lisbon", "Toronto", "Berlin", "Austin", "Melbourne", "Dublin", "Warsaw", "Osaka",
};

static const char * const verbs[] = {
  "Built", "Cut", "Led", "Designed", "Migrated", "Automated", "Reduced", "Scaled", "Shipped",
  "Rebuilt", "Optimized", "Introduced", "Replaced", "Mentored", "Launched", "Streamlined",
  "Hardened", "Consolidated", "Instrumented", "Rewrote", "Delivered", "Split", "Profiled",
};

static const char * const things[] = {
  "the order history API in Go", "a Kafka consumer for inventory events",
  "slow PostgreSQL reports with partial indexes", "nine services from VMs to Kubernetes",
  "the invoice export job in Python", "the CI pipeline with cached Docker layers",
  "a Redis cache in front of the pricing service", "the alerting rules in Prometheus",
  "Terraform modules for the staging accounts", "a gRPC gateway for the mobile apps",
  "the search indexer on Elasticsearch", "a feature-flag service in Java with Spring Boot",
  "the nightly ETL into BigQuery", "an rate limiter shared by the public APIs",
};

/* each with a number of its own, so no two resumes share a bullet's text */
static const char * const results[] = {
  "serving %dM requests a day at 99.9%% availability", "with p99 latency under %d ms",
  "saving $%dK a year in compute", "removing %d hours of manual work a week",
  "taking deploys from %d to 8 minutes", "lifting the cache hit rate to %d%%",
  "halving the time to recover from %d incidents a month", "for %d teams and 300 engineers",
  "cutting error rates by %d%%", "processing %dM events a day",
};

static const char * const weak_bullets[] = {
  "Responsible for maintaining the deployment scripts.",
  "Worked on different internal tools for the operations team.",
  "Helped with code reviews and on-call duties.",
  "Participated in sprint planning and retrospectives.",
};

static const char * const skill_pool[] = {
  "Go", "Python", "Java", "Rust", "SQL", "TypeScript", "PostgreSQL", "MySQL", "Redis", "Kafka",
  "RabbitMQ", "Elasticsearch", "AWS", "GCP", "Kubernetes", "Docker", "Terraform", "Prometheus",
  "Grafana", "gRPC", "REST", "Spring Boot", "Django", "FastAPI", "Linux", "BigQuery",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_work (JsonBuilder *builder,
          GRand       *rand,
          guint        n_jobs)
{
  int year = 2025 - g_rand_int_range (rand, 0, 2);

  json_builder_set_member_name (builder, "work");
  json_builder_begin_array (builder);
  for (guint j = 0; j < n_jobs; j++)
    {
      int length = g_rand_int_range (rand, 1, 4);
      guint n_bullets = g_rand_int_range (rand, 4, 9);
      g_autofree char *start = g_strdup_printf ("%d-%02d", year - length,
                                                g_rand_int_range (rand, 1, 13));
      g_autofree char *end = g_strdup_printf ("%d-%02d", year, g_rand_int_range (rand, 1, 13));

      json_builder_begin_object (builder);
      add_member (builder, "name", PICK (rand, companies));
      add_member (builder, "position", PICK (rand, roles));
      add_member (builder, "startDate", start);
      if (j > 0)
        add_member (builder, "endDate", end);
      add_member (builder, "summary", "A product team of seven owning the services behind "
                  "checkout, billing and the partner APIs.");
      json_builder_set_member_name (builder, "highlights");
      json_builder_begin_array (builder);
      for (guint b = 0; b < n_bullets; b++)
        {
          g_autofree char *bullet = NULL;

          if (g_rand_int_range (rand, 0, 6) == 0)
            bullet = g_strdup (PICK (rand, weak_bullets));
          else
            {
              g_autofree char *result = g_strdup_printf (PICK (rand, results),
                                                         g_rand_int_range (rand, 2, 400));

              bullet = g_strdup_printf ("%s %s, %s.", PICK (rand, verbs), PICK (rand, things),
                                        result);
            }
          json_builder_add_string_value (builder, bullet);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      year -= length;
    }
  json_builder_end_array (builder);
}

static void
add_skills (JsonBuilder *builder,
            GRand       *rand)
{
  static const char * const groups[] = { "Languages", "Data", "Cloud", "Practices" };

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      guint n = g_rand_int_range (rand, 2, 6);

      json_builder_begin_object (builder);
      add_member (builder, "name", groups[g]);
      json_builder_set_member_name (builder, "keywords");
      json_builder_begin_array (builder);
      for (guint k = 0; k < n; k++)
        json_builder_add_string_value (builder, skill_pool[(g * 7 + k * 3 +
                                                            g_rand_int_range (rand, 0, 3)) %
                                                           G_N_ELEMENTS (skill_pool)]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* One made-up resume: 5 to 7 roles of 4 to 8 bullets, about two pages */
static char *
make_resume (GRand *rand)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *first = PICK (rand, first_names);
  const char *last = PICK (rand, last_names);
  g_autofree char *name = g_strdup_printf ("%s %s", first, last);
  g_autofree char *email = g_ascii_strdown (first, -1);
  g_autofree char *address = g_strdup_printf ("%s@example.com", email);
  g_autofree char *phone = g_strdup_printf ("+1 555 01%02d", g_rand_int_range (rand, 0, 100));
  g_autofree char *result = g_strdup_printf (PICK (rand, results),
                                             g_rand_int_range (rand, 2, 400));
  g_autofree char *summary = g_strdup_printf ("%s with %d years of experience building APIs "
                                              "and data pipelines. %s %s, %s.",
                                              PICK (rand, roles), g_rand_int_range (rand, 3, 15),
                                              PICK (rand, verbs), PICK (rand, things), result);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "basics");
  json_builder_begin_object (builder);
  add_member (builder, "name", name);
  add_member (builder, "label", PICK (rand, roles));
  add_member (builder, "email", address);
  add_member (builder, "phone", phone);
  add_member (builder, "summary", summary);
  json_builder_set_member_name (builder, "location");
  json_builder_begin_object (builder);
  add_member (builder, "city", PICK (rand, cities));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  add_work (builder, rand, g_rand_int_range (rand, 5, 8));

  json_builder_set_member_name (builder, "education");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_member (builder, "institution", "Technical University of Example");
  add_member (builder, "area", g_rand_boolean (rand) ? "Computer Science" : "Mathematics");
  add_member (builder, "studyType", g_rand_boolean (rand) ? "BSc" : "MSc");
  add_member (builder, "startDate", "2008-09");
  add_member (builder, "endDate", "2012-06");
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  add_skills (builder, rand);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Writes @count resumes into @dir; counts their pages into @pages (1, 2, 3 or more) */
static void
write_resumes (const char *dir,
               guint       count,
               guint       pages[4])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *json = make_resume (rand);
      g_autofree char *name = g_strdup_printf ("resume-%04u.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (path, json, -1, &error))
        g_error ("%s", error->message);
      if (pages != NULL)
        {
          g_autoptr(RcDocument) document = rc_test_document_from_data (json);

          pages[MIN (rc_page_count (document), 3)]++;
        }
    }
}

static double
child_cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  const char *binary = g_getenv ("RC_BINARY");
  gboolean generate = argc > 2 && strcmp (argv[1], "--generate") == 0;
  guint count = argc > 1 + 2 * generate ? (guint) atoi (argv[1 + 2 * generate]) : 1000;
  g_autofree char *dir = NULL;
  guint pages[4] = { 0 };
  double cpu_rates[RUNS], wall_rates[RUNS], per_resume[RUNS];
  int status = 0;

  g_set_prgname ("bench-batch");
  if (generate)
    {
      g_mkdir_with_parents (argv[2], 0700);
      write_resumes (argv[2], count, NULL);
      return 0;
    }
  if (binary == NULL)
    g_error ("RC_BINARY is not set: run through meson test --benchmark batch");

  dir = rc_test_make_temp_dir ();
  write_resumes (dir, count, pages);
  printf ("Batch: resume-coach check FOLDER on %u made-up resumes (%u of one page, %u of two, "
          "%u longer), %d runs\n", count, pages[1], pages[2], pages[3], RUNS);

  for (guint run = 0; run < RUNS; run++)
    {
      const char *child_argv[] = { binary, "check", dir, NULL };
      g_autoptr(GError) error = NULL;
      double cpu = child_cpu_seconds ();
      gint64 start = g_get_monotonic_time ();
      double wall;

      if (!g_spawn_sync (NULL, (char **) child_argv, NULL,
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error))
        g_error ("%s", error->message);
      wall = (g_get_monotonic_time () - start) / 1e6;
      cpu = child_cpu_seconds () - cpu;
      cpu_rates[run] = count / cpu;
      wall_rates[run] = count / wall;
      per_resume[run] = cpu * 1e6 / count;
    }
  /* 1: findings at the default --fail-on; 2 would mean a resume could not be read */
  if (!g_spawn_check_wait_status (status, NULL) && WEXITSTATUS (status) != 1)
    printf ("  (the check exited with %d)\n", WEXITSTATUS (status));

  rc_test_sort_doubles (cpu_rates, RUNS);
  rc_test_sort_doubles (wall_rates, RUNS);
  rc_test_sort_doubles (per_resume, RUNS);
  printf ("  %-40s %8.0f   (runs %.0f–%.0f; budget ≥ 1,000)\n",
          "resumes a second, CPU time, median", rc_test_median (cpu_rates, RUNS), cpu_rates[0],
          cpu_rates[RUNS - 1]);
  printf ("  %-40s %8.0f   (runs %.0f–%.0f)\n", "resumes a second, wall time, median",
          rc_test_median (wall_rates, RUNS), wall_rates[0], wall_rates[RUNS - 1]);
  printf ("  %-40s %8.0f   (runs %.0f–%.0f; start-up included)\n",
          "µs of CPU time a resume, median", rc_test_median (per_resume, RUNS), per_resume[0],
          per_resume[RUNS - 1]);

  rc_test_remove_temp_dir (dir);
  return 0;
}
