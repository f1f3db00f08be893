/* test-cli-check.c — `resume-coach check` and `resume-coach rules` as a user runs them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rc-test-util.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
test_check_text (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_auto(RcTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *expected = NULL;
  guint findings = 0;

  rc_test_run_binary (&run, NULL, "check", sample, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  /* FILE:POINTER:START-END: LEVEL: message [rule-id] */
  expected = g_strdup_printf ("%s:/work/0/highlights/3:0-15: warning: “Responsible for” describes "
                              "a duty, not what you achieved [achievement.duty-phrase]\n", sample);
  g_assert_nonnull (strstr (run.out, expected));

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      if (g_str_has_prefix (lines[i], "Score: "))
        {
          g_assert_true (g_regex_match_simple ("^Score: [0-9]+/100 \\(0 errors, [0-9]+ warnings, "
                                               "[0-9]+ suggestions\\)$", lines[i], 0, 0));
          /* then the breakdown: the categories, and what costs the most points */
          g_assert_true (g_regex_match_simple ("^Content [0-9]+/70, completeness [0-9]+/20, "
                                               "format [0-9]+/10$", lines[i + 1], 0, 0));
          g_assert_cmpstr (lines[i + 2], ==, "What costs the most points:");
          g_assert_true (g_regex_match_simple ("^  -[0-9]+  .+$", lines[i + 3], 0, 0));
          break;
        }
      if (!g_regex_match_simple ("^.+:(/[^:]*)?:[0-9]+-[0-9]+: (error|warning|suggestion): .+ "
                                 "\\[[a-z-]+\\.[a-z.-]+\\]$", lines[i], 0, 0))
        g_error ("not a finding line: %s", lines[i]);
      g_assert_true (g_str_has_prefix (lines[i], sample));
      findings++;
    }
  g_assert_cmpuint (findings, >=, 10);
}

static void
test_check_json (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(RcTestRun) run = { 0 };
  JsonObject *root;
  JsonArray *findings, *costs;
  JsonObject *breakdown;
  gboolean seen_duty = FALSE;

  rc_test_run_binary (&run, NULL, "check", sample, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 5);
  g_assert_cmpint (json_object_get_int_member (root, "score"), >, 0);
  g_assert_cmpint (json_object_get_int_member (root, "score"), <=, 100);
  g_assert_true (json_object_get_null_member (root, "ats"));
  g_assert_cmpint (json_object_get_int_member (root, "ignored"), ==, 0);

  findings = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (findings), >=, 10);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      static const char * const members[] = {
        "rule", "level", "pointer", "start", "end", "message", "advice", "fix", "tip",
      };

      g_assert_cmpuint (json_object_get_size (finding), ==, G_N_ELEMENTS (members));
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        g_assert_true (json_object_has_member (finding, members[m]));
      if (strcmp (json_object_get_string_member (finding, "rule"), "achievement.duty-phrase") == 0 &&
          strcmp (json_object_get_string_member (finding, "pointer"), "/work/0/highlights/3") == 0)
        {
          seen_duty = TRUE;
          g_assert_cmpint (json_object_get_int_member (finding, "start"), ==, 0);
          g_assert_cmpint (json_object_get_int_member (finding, "end"), ==, 15);
          g_assert_true (json_object_get_null_member (finding, "fix"));
          g_assert_cmpstr (json_object_get_string_member (finding, "tip"), ==, "mistake.duties");
        }
    }
  g_assert_true (seen_duty);

  /* the breakdown: each category's points, and what cost them, the most first */
  breakdown = json_object_get_object_member (root, "breakdown");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (
                     json_object_get_object_member (breakdown, "categories"), "content"), "max"),
                   ==, 70);
  costs = json_object_get_array_member (breakdown, "costs");
  g_assert_cmpuint (json_array_get_length (costs), >=, 3);
  for (guint i = 0; i < json_array_get_length (costs); i++)
    {
      JsonObject *cost = json_array_get_object_element (costs, i);

      g_assert_true (json_object_has_member (cost, "rule"));
      g_assert_nonnull (json_object_get_string_member (cost, "category"));
      g_assert_nonnull (json_object_get_string_member (cost, "label"));
      if (i > 0)
        g_assert_cmpfloat (json_object_get_double_member (cost, "points"), <=,
                           json_object_get_double_member (json_array_get_object_element (
                             costs, i - 1), "points"));
    }
}

static void
test_check_job (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-cli-job-XXXXXX", &error);
  g_autofree char *text_job = g_build_filename (dir, "job.txt", NULL);
  g_autofree char *json_job = g_build_filename (dir, "job.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(RcTestRun) text = { 0 };
  g_auto(RcTestRun) json = { 0 };
  g_auto(RcTestRun) missing = { 0 };
  JsonObject *ats;

  g_assert_true (g_file_set_contents (text_job, "Backend engineer\nRequirements: Go, Kafka, "
                                      "Kubernetes, gRPC and Rust.\nYou write design docs.\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (json_job, "{\"title\": \"Backend Engineer\", \"skills\": "
                                      "[{\"name\": \"Stack\", \"keywords\": [\"Golang\", "
                                      "\"Elixir\"]}]}", -1, NULL));

  rc_test_run_binary (&text, NULL, "check", sample, "--job", text_job, NULL);
  g_assert_true (g_regex_match_simple ("^ATS match: [0-9]+% \\(matched: .*Kafka.*; missing: "
                                       ".*Rust.*\\)$", text.out, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (text.out, "[ats.missing-keywords]"));
  /* then a line a keyword: weight, where the job asks, how often each side names it, the action */
  g_assert_true (g_regex_match_simple ("^  Rust +[0-9]+  requirement +job 1×, resume 0×  missing: "
                                       "add it to Skills", text.out, G_REGEX_MULTILINE, 0));
  /* a practice belongs in a bullet, not in the list of skills */
  g_assert_true (g_regex_match_simple ("^  design docs +[0-9]+  body +job 1×, resume 0×  missing: "
                                       "show it in a bullet", text.out, G_REGEX_MULTILINE, 0));

  rc_test_run_binary (&json, NULL, "check", sample, "--job", json_job, "--format", "json", NULL);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  ats = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "ats");
  g_assert_nonnull (ats);
  /* today's keys, and the detail added after them */
  g_assert_cmpuint (json_object_get_size (ats), ==, 5);
  {
    JsonArray *keywords = json_object_get_array_member (ats, "keywords");
    JsonObject *first = json_array_get_object_element (keywords, 0);
    JsonObject *second = json_array_get_object_element (keywords, 1);

    g_assert_cmpuint (json_array_get_length (keywords), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (first, "keyword"), ==, "Golang");
    g_assert_cmpstr (json_object_get_string_member (first, "skill"), ==, "go");
    g_assert_cmpstr (json_object_get_string_member (first, "asked"), ==, "requirement");
    g_assert_cmpint (json_object_get_int_member (first, "job_count"), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "matched");
    g_assert_nonnull (json_object_get_string_member (first, "backed_by"));
    g_assert_cmpstr (json_object_get_string_member (second, "status"), ==, "missing");
    g_assert_true (json_object_get_null_member (second, "backed_by"));
    g_assert_cmpint (json_object_get_int_member (second, "resume_count"), ==, 0);
  }
  g_assert_cmpint (json_object_get_int_member (ats, "match"), ==, 50);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (ats, "matched"), 0),
                   ==, "Golang");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (ats, "missing"), 0),
                   ==, "Elixir");

  rc_test_run_binary (&missing, NULL, "check", sample, "--job", "no-such-job.txt", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_cmpuint (count_lines (missing.err), ==, 1);
  g_assert_nonnull (strstr (missing.err, "no-such-job.txt"));

  /* a choice: the sample's Go answers "Go or Elixir" */
  g_assert_true (g_file_set_contents (text_job, "Backend engineer\nRequirements: Go or Elixir.\n",
                                      -1, NULL));
  rc_test_run_clear (&text);
  rc_test_run_binary (&text, NULL, "check", sample, "--job", text_job, NULL);
  g_assert_true (g_regex_match_simple ("^  Elixir +[0-9]+  requirement +job 1×, resume 0×  not "
                                       "needed: you have Go, which the job takes instead$",
                                       text.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ATS match: 100% \\(matched: Go; missing: none\\)$",
                                       text.out, G_REGEX_MULTILINE, 0));
  rc_test_run_clear (&json);
  rc_test_run_binary (&json, NULL, "check", sample, "--job", text_job, "--format", "json", NULL);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  ats = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "ats");
  {
    JsonObject *elixir = json_array_get_object_element (json_object_get_array_member (ats,
                                                                                   "keywords"), 1);

    g_assert_cmpstr (json_object_get_string_member (elixir, "status"), ==, "alternative");
    g_assert_cmpstr (json_object_get_string_member (elixir, "via"), ==, "Go");
    g_assert_cmpstr (json_object_get_string_member (elixir, "alternatives"), ==, "Go");
    g_assert_true (json_object_get_null_member (elixir, "backed_by"));
  }

  g_unlink (text_job);
  g_unlink (json_job);
  g_rmdir (dir);
}

static void
test_check_exit_status (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *weak = data_path ("engine-weak.json");
  g_autofree char *strong = data_path ("engine-strong.json");
  static const struct {
    const char *fail_on;
    int         sample;
    int         weak;
    int         strong;
  } cases[] = {
    { NULL, 0, 1, 0 },
    { "error", 0, 1, 0 },
    { "warning", 1, 1, 0 },
    { "never", 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RcTestRun) a = { 0 };
      g_auto(RcTestRun) b = { 0 };
      g_auto(RcTestRun) c = { 0 };

      if (cases[i].fail_on != NULL)
        {
          rc_test_run_binary (&a, NULL, "check", sample, "--fail-on", cases[i].fail_on, NULL);
          rc_test_run_binary (&b, NULL, "check", "--fail-on", cases[i].fail_on, weak, NULL);
          rc_test_run_binary (&c, NULL, "check", strong, "--fail-on", cases[i].fail_on, NULL);
        }
      else
        {
          rc_test_run_binary (&a, NULL, "check", sample, NULL);
          rc_test_run_binary (&b, NULL, "check", weak, NULL);
          rc_test_run_binary (&c, NULL, "check", strong, NULL);
        }
      g_assert_cmpint (a.status, ==, cases[i].sample);
      g_assert_cmpint (b.status, ==, cases[i].weak);
      g_assert_cmpint (c.status, ==, cases[i].strong);
    }
}

static void
test_check_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-cli-bad-XXXXXX", &error);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *list = g_build_filename (dir, "list.json", NULL);
  g_autofree char *sample = rc_test_sample_path ();
  struct {
    const char *args[4];
  } cases[] = {
    { { "check", "no-such-resume.json", NULL } },
    { { "check", broken, NULL } },
    { { "check", list, NULL } },
    { { "check", NULL } },
    { { "check", sample, "--format", "xml" } },
    { { "check", sample, "--fail-on", "sometimes" } },
    { { "rules", "--format", "yaml", NULL } },
  };

  g_assert_true (g_file_set_contents (broken, "{\"basics\": {\"name\": \"A\",}", -1, NULL));
  g_assert_true (g_file_set_contents (list, "[1, 2, 3]", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RcTestRun) run = { 0 };

      rc_test_run_binary (&run, NULL, cases[i].args[0], cases[i].args[1], cases[i].args[2],
                          cases[i].args[3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (count_lines (run.err), ==, 1);
      g_assert_true (g_str_has_prefix (run.err, "resume-coach: "));
    }

  /* a folder as the job is named once, not again inside GIO's message; as the resume, it is
   * a batch of its JSON files (/cli/check/batch-sources), each bad one reported */
  {
    g_autofree char *expected = g_strdup_printf ("resume-coach: %s: this is a folder, not a "
                                                 "file\n", dir);
    g_auto(RcTestRun) resume = { 0 };
    g_auto(RcTestRun) job = { 0 };

    rc_test_run_binary (&resume, NULL, "check", dir, NULL);
    g_assert_cmpint (resume.status, ==, 2);
    g_assert_nonnull (strstr (resume.err, broken));
    rc_test_run_binary (&job, NULL, "check", sample, "--job", dir, NULL);
    g_assert_cmpint (job.status, ==, 2);
    g_assert_cmpstr (job.err, ==, expected);
  }

  /* a JSON file of another format says what it looks like, on one line */
  {
    g_autofree char *fresh = g_test_build_filename (G_TEST_DIST, "data", "compat", "fresh.json",
                                                    NULL);
    g_autofree char *expected = g_strdup_printf ("resume-coach: %s: This looks like a FRESH "
                                                 "resume", fresh);
    g_auto(RcTestRun) run = { 0 };

    rc_test_run_binary (&run, NULL, "check", fresh, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpuint (count_lines (run.err), ==, 1);
    g_assert_true (g_str_has_prefix (run.err, expected));
  }

  g_unlink (broken);
  g_unlink (list);
  g_rmdir (dir);
}

/* a job file that is no regular file is refused at once: a FIFO would block the command for
 * ever, /dev/zero would fill the memory */
static void
test_check_job_not_regular (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "job.txt", NULL);
  g_autofree char *sample = rc_test_sample_path ();
  const char *jobs[] = { fifo, "/dev/zero" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autofree char *expected = g_strdup_printf ("resume-coach: %s: this is not a regular "
                                                   "file\n", jobs[i]);
      g_auto(RcTestRun) run = { 0 };

      rc_test_run_binary (&run, NULL, "check", sample, "--job", jobs[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected);
    }

  rc_test_remove_temp_dir (dir);
}

/* A job file nested past the reader's limit is a plain-text posting, not a crash */
static void
test_check_deep_job (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "job.json", NULL);
  g_autofree char *json = rc_test_deep_json (100000);
  g_autofree char *sample = rc_test_sample_path ();
  g_auto(RcTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  rc_test_run_binary (&run, NULL, "check", sample, "--job", path, NULL);
  g_assert_cmpint (run.status, >=, 0);
  g_assert_cmpint (run.status, <=, 1);
  g_assert_cmpstr (run.err, ==, "");

  rc_test_remove_temp_dir (dir);
}

/* A user pack too deep to read, or a FIFO among the packs, is skipped with one line at once */
static void
test_check_unreadable_packs (void)
{
  g_autofree char *home = rc_test_make_temp_dir ();
  g_autofree char *dir = g_build_filename (home, "resume-coach", "rules", NULL);
  g_autofree char *deep = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *json = rc_test_deep_json (100000);
  g_autofree char *sample = rc_test_sample_path ();
  g_auto(RcTestRun) check = { 0 };
  g_auto(RcTestRun) rules = { 0 };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (deep, json, -1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  rc_test_run_binary (&check, home, "check", sample, NULL);
  lines = g_strsplit (check.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], deep));
  g_assert_nonnull (strstr (lines[0], "nested"));
  g_assert_nonnull (strstr (lines[1], fifo));
  g_assert_nonnull (strstr (lines[1], "not a regular file"));
  g_assert_nonnull (strstr (check.out, "[achievement.duty-phrase]"));
  g_assert_cmpint (check.status, ==, 0);

  rc_test_run_binary (&rules, home, "rules", NULL);
  g_assert_cmpint (rules.status, ==, 0);
  g_assert_nonnull (strstr (rules.out, "achievement.duty-phrase"));
  g_assert_cmpuint (count_lines (rules.err), ==, 2);

  rc_test_remove_temp_dir (dir);
  g_rmdir (parent);
  g_rmdir (home);
}

static void
test_check_bad_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("rc-cli-xdg-XXXXXX", &error);
  g_autofree char *dir = g_build_filename (home, "resume-coach", "rules", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *worse = g_build_filename (dir, "worse.json", NULL);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *parent = NULL;
  g_auto(RcTestRun) check = { 0 };
  g_auto(RcTestRun) rules = { 0 };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (bad, "{\"rules\": [\n  {\"id\": \"team.x\",\n]}", -1, NULL));
  g_assert_true (g_file_set_contents (worse, "{\"rules\": [{\"id\": \"team.y\", \"level\": "
                                      "\"loud\", \"scope\": \"bullet\", \"kind\": \"phrases\", "
                                      "\"phrases\": [\"x\"], \"message\": \"m\", \"advice\": "
                                      "\"a\"}]}", -1, NULL));
  g_assert_true (g_file_set_contents (good, "{\"rules\": [{\"id\": \"team.no-kafka\", \"level\": "
                                      "\"error\", \"scope\": \"bullet\", \"kind\": \"phrases\", "
                                      "\"phrases\": [\"Kafka\"], \"message\": \"No {match} here\", "
                                      "\"advice\": \"We use NATS.\"}]}", -1, NULL));

  rc_test_run_binary (&check, home, "check", sample, NULL);
  /* one warning line per bad pack, naming it; the built-in rules and the good pack still run */
  lines = g_strsplit (check.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], bad));
  g_assert_true (g_regex_match_simple ("bad\\.json:[0-9]+:[0-9]+: ", lines[0], 0, 0));
  g_assert_nonnull (strstr (lines[1], worse));
  g_assert_nonnull (strstr (lines[1], "loud"));
  g_assert_nonnull (strstr (check.out, "[achievement.duty-phrase]"));
  g_assert_nonnull (strstr (check.out, ": error: No Kafka here [team.no-kafka]"));
  g_assert_cmpint (check.status, ==, 1);

  rc_test_run_binary (&rules, home, "rules", NULL);
  g_assert_cmpint (rules.status, ==, 0);
  g_assert_nonnull (strstr (rules.out, "team.no-kafka"));
  g_assert_null (strstr (rules.out, "team.y"));
  g_assert_cmpuint (count_lines (rules.err), ==, 2);

  g_unlink (bad);
  g_unlink (worse);
  g_unlink (good);
  g_rmdir (dir);
  parent = g_path_get_dirname (dir);
  g_rmdir (parent);
  g_rmdir (home);
}

/* The score the single check's text prints: "Score: N/100 (…)" */
static int
text_score (const char *out)
{
  const char *line = strstr (out, "\nScore: ");

  g_assert_nonnull (line);
  return atoi (line + strlen ("\nScore: "));
}

/* The counts the single check's text prints: "Score: N/100 (E errors, W warnings, S
 * suggestions" */
static void
text_counts (const char *out,
             guint       counts[4])
{
  g_autoptr(GRegex) regex = g_regex_new ("\nScore: ([0-9]+)/100 \\(([0-9]+) errors?, ([0-9]+) "
                                         "warnings?, ([0-9]+) suggestions?", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_true (g_regex_match (regex, out, 0, &match));
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *number = g_match_info_fetch (match, i + 1);

      counts[i] = (guint) atoi (number);
    }
}

/* The table a batch of @n files ends with, from what each one's single check printed (NULL:
 * it could not be read): the file column as wide as the longest name, each number
 * right-aligned under its heading, then the sums */
static char *
expected_summary (const char * const *paths,
                  const char * const *outs,
                  guint               n)
{
  GString *table = g_string_new ("\n");
  guint width = strlen ("Total"), totals[3] = { 0 }, checked = 0;

  for (guint i = 0; i < n; i++)
    width = MAX (width, strlen (paths[i]));
  g_string_append_printf (table, "%-*s  Score  Errors  Warnings  Suggestions\n", (int) width,
                          "File");
  for (guint i = 0; i < n; i++)
    {
      guint counts[4];

      if (outs[i] == NULL)
        {
          g_string_append_printf (table, "%-*s  not checked\n", (int) width, paths[i]);
          continue;
        }
      text_counts (outs[i], counts);
      g_string_append_printf (table, "%-*s  %5u  %6u  %8u  %11u\n", (int) width, paths[i],
                              counts[0], counts[1], counts[2], counts[3]);
      for (guint c = 0; c < 3; c++)
        totals[c] += counts[c + 1];
      checked++;
    }
  g_string_append_printf (table, "%-*s  %5s  %6u  %8u  %11u\n", (int) width, "Total", "",
                          totals[0], totals[1], totals[2]);
  g_string_append_printf (table, "%u resume%s checked", checked, checked == 1 ? "" : "s");
  if (checked < n)
    g_string_append_printf (table, ", %u could not be read", n - checked);
  g_string_append_c (table, '\n');
  return g_string_free (table, FALSE);
}

/* A batch prints what each single check prints, in order, then one table line per file */
static void
test_check_batch_text (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *weak = data_path ("real/weak-duties.json");
  g_auto(RcTestRun) first = { 0 };
  g_auto(RcTestRun) second = { 0 };
  g_auto(RcTestRun) batch = { 0 };
  g_autofree char *both = NULL;
  g_autofree char *summary = NULL;
  const char *paths[2];
  const char *outs[2];

  rc_test_run_binary (&first, NULL, "check", sample, NULL);
  rc_test_run_binary (&second, NULL, "check", weak, NULL);
  rc_test_run_binary (&batch, NULL, "check", sample, weak, NULL);
  g_assert_cmpstr (batch.err, ==, "");
  /* the worst of the two: the weak resume has an error */
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpint (second.status, ==, 1);
  g_assert_cmpint (batch.status, ==, 1);

  both = g_strconcat (first.out, second.out, NULL);
  g_assert_true (g_str_has_prefix (batch.out, both));
  paths[0] = sample;
  paths[1] = weak;
  outs[0] = first.out;
  outs[1] = second.out;
  summary = expected_summary (paths, outs, 2);
  g_assert_cmpstr (batch.out + strlen (both), ==, summary);
  /* the sample has no error, the weak resume has some: both rows say so */
  g_assert_cmpint (text_score (first.out), >, text_score (second.out));
}

/* Removes "file" from a batch line's object and writes it as the single check's object is
 * written, compact */
static char *
without_file (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  json_object_remove_member (json_node_get_object (node), "file");
  return json_to_string (node, FALSE);
}

/* --format json in a batch: JSON Lines, each line the single check's object with its file */
static void
test_check_batch_json (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *senior = data_path ("real/senior-long.json");
  const char *paths[] = { sample, senior };
  g_auto(RcTestRun) batch = { 0 };
  g_auto(GStrv) lines = NULL;

  rc_test_run_binary (&batch, NULL, "check", "--format", "json", sample, senior, NULL);
  g_assert_cmpint (batch.status, ==, 0);
  lines = g_strsplit (batch.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_auto(RcTestRun) single = { 0 };
      g_autoptr(JsonNode) node = json_from_string (lines[i], NULL);
      g_autoptr(JsonNode) single_node = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *got = NULL;

      g_assert_nonnull (node);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "file"), ==,
                       paths[i]);
      rc_test_run_binary (&single, NULL, "check", "--format", "json", paths[i], NULL);
      single_node = json_from_string (single.out, NULL);
      g_assert_nonnull (single_node);
      expected = json_to_string (single_node, FALSE);
      got = without_file (lines[i]);
      g_assert_cmpstr (got, ==, expected);
    }
}

/* A folder gives its JSON files by name; "-" reads paths from standard input; a file that
 * is not a resume is reported and the rest still checked, the exit status the worst */
static void
test_check_batch_sources (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rc-batch-XXXXXX", NULL);
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *contents = NULL;
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(RcTestRun) folder = { 0 };
  int wait_status;

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (b, contents, -1, NULL));
  g_assert_true (g_file_set_contents (a, "{\"basics\": ", -1, NULL));
  g_assert_true (g_file_set_contents (notes, "not a resume", -1, NULL));

  rc_test_run_binary (&folder, NULL, "check", dir, NULL);
  g_assert_cmpint (folder.status, ==, 2);
  g_assert_nonnull (strstr (folder.err, a));
  g_assert_null (strstr (folder.out, notes));
  g_assert_true (g_regex_match_simple ("a\\.json +not checked\n.*b\\.json +[0-9]+ +0 ",
                                       folder.out, G_REGEX_DOTALL, 0));
  g_assert_true (g_str_has_suffix (folder.out, "1 resume checked, 1 could not be read\n"));

  /* two paths, a blank line between them */
  command = g_strdup_printf ("/bin/sh -c 'printf \"%%s\\n\\n%%s\\n\" %s %s | "
                             "\"$RC_BINARY\" check --format json -'", b, b);
  g_assert_true (g_spawn_command_line_sync (command, &out, &err, &wait_status, NULL));
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_cmpuint (count_lines (out), ==, 2);
  g_assert_true (g_str_has_prefix (out, "{\"file\":\""));

  g_remove (a);
  g_remove (b);

  /* a folder without resumes is a mistake, not a clean run */
  {
    g_auto(RcTestRun) empty = { 0 };

    rc_test_run_binary (&empty, NULL, "check", dir, NULL);
    g_assert_cmpint (empty.status, ==, 2);
    g_assert_nonnull (strstr (empty.err, "no .json files"));
  }

  g_remove (notes);
  g_rmdir (dir);
}

/* Runs the binary with @list on standard input, as `printf … | resume-coach check …` does */
static void
run_with_stdin (RcTestRun   *run,
                const char  *list,
                const char  *format)
{
  const char *argv[] = { g_getenv ("RC_BINARY"), "check", "--format", format, "-", NULL };
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, list, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

/* Copies fixture @name into @dir as @as; returns its new path */
static char *
copy_fixture (const char *dir,
              const char *name,
              const char *as)
{
  g_autofree char *from = data_path (name);
  g_autofree char *contents = NULL;
  char *to = g_build_filename (dir, as, NULL);

  g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (to, contents, -1, NULL));
  return to;
}

/* A folder, its files named one by one and the same paths on standard input (with \r\n line
 * ends and a blank line) check the same resumes in the same order: the same output, text and
 * JSON, and the same exit status. A folder's subfolders are not read. */
static void
test_check_batch_same_sources (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *sub = g_build_filename (dir, "older", NULL);
  /* written out of order: the folder gives them by name */
  g_autofree char *c = copy_fixture (dir, "real/weak-duties.json", "c-weak.json");
  g_autofree char *a = copy_fixture (dir, "real/new-grad.json", "a-grad.json");
  g_autofree char *b = copy_fixture (dir, "real/sre-british.json", "b-sre.json");
  g_autofree char *hidden = NULL;
  g_autofree char *list = g_strdup_printf ("%s\r\n\n%s\n%s\n", a, b, c);
  const char *formats[] = { "text", "json" };

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  hidden = copy_fixture (sub, "real/bare-names.json", "d-bare.json");

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_auto(RcTestRun) named = { 0 };
      g_auto(RcTestRun) folder = { 0 };
      g_auto(RcTestRun) piped = { 0 };

      rc_test_run_binary (&named, NULL, "check", "--format", formats[f], a, b, c, NULL);
      rc_test_run_binary (&folder, NULL, "check", "--format", formats[f], dir, NULL);
      run_with_stdin (&piped, list, formats[f]);

      g_assert_cmpstr (named.err, ==, "");
      g_assert_cmpint (named.status, ==, 1);  /* the weak resume has an error */
      g_assert_nonnull (strstr (named.out, a));
      g_assert_null (strstr (named.out, hidden));
      g_assert_cmpstr (folder.out, ==, named.out);
      g_assert_cmpstr (folder.err, ==, named.err);
      g_assert_cmpint (folder.status, ==, named.status);
      g_assert_cmpstr (piped.out, ==, named.out);
      g_assert_cmpstr (piped.err, ==, named.err);
      g_assert_cmpint (piped.status, ==, named.status);
      /* in the order named: a, b, c */
      g_assert_true (strstr (named.out, a) < strstr (named.out, b));
      g_assert_true (strstr (named.out, b) < strstr (named.out, c));
    }

  /* nothing on standard input is a mistake, not a clean run */
  {
    g_auto(RcTestRun) empty = { 0 };

    run_with_stdin (&empty, "\n", "text");
    g_assert_cmpint (empty.status, ==, 2);
    g_assert_cmpstr (empty.err, ==, "resume-coach: standard input: no resume paths on standard "
                                    "input\n");
  }

  rc_test_remove_temp_dir (sub);
  rc_test_remove_temp_dir (dir);
}

/* A file that cannot be read in the middle of a batch: one line on stderr naming it and why,
 * "not checked" in the table (or an error object in JSON), the files after it still checked,
 * and the exit status the worst, 2 */
static void
test_check_batch_unreadable (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *senior = data_path ("real/senior-long.json");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *expected_err = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *firsts = NULL;
  g_auto(RcTestRun) one = { 0 };
  g_auto(RcTestRun) two = { 0 };
  g_auto(RcTestRun) bad = { 0 };
  g_auto(RcTestRun) missing_run = { 0 };
  g_auto(RcTestRun) batch = { 0 };
  g_auto(RcTestRun) json = { 0 };
  g_auto(GStrv) lines = NULL;
  const char *paths[4];
  const char *outs[4];

  g_assert_true (g_file_set_contents (broken, "{\"basics\": {\"name\": ", -1, NULL));
  rc_test_run_binary (&one, NULL, "check", sample, NULL);
  rc_test_run_binary (&two, NULL, "check", senior, NULL);
  rc_test_run_binary (&bad, NULL, "check", broken, NULL);
  rc_test_run_binary (&missing_run, NULL, "check", missing, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpint (missing_run.status, ==, 2);
  g_assert_true (g_str_has_prefix (bad.err, "resume-coach: "));
  g_assert_nonnull (strstr (bad.err, broken));

  rc_test_run_binary (&batch, NULL, "check", sample, broken, missing, senior, NULL);
  g_assert_cmpint (batch.status, ==, 2);
  /* the reasons, as a check of each alone gives them, in order */
  expected_err = g_strconcat (bad.err, missing_run.err, NULL);
  g_assert_cmpstr (batch.err, ==, expected_err);
  firsts = g_strconcat (one.out, two.out, NULL);
  g_assert_true (g_str_has_prefix (batch.out, firsts));
  paths[0] = sample;
  paths[1] = broken;
  paths[2] = missing;
  paths[3] = senior;
  outs[0] = one.out;
  outs[1] = NULL;
  outs[2] = NULL;
  outs[3] = two.out;
  summary = expected_summary (paths, outs, 4);
  g_assert_cmpstr (batch.out + strlen (firsts), ==, summary);

  rc_test_run_binary (&json, NULL, "check", "--format", "json", sample, broken, senior, NULL);
  g_assert_cmpint (json.status, ==, 2);
  lines = g_strsplit (json.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  {
    g_autoptr(JsonNode) node = json_from_string (lines[1], NULL);
    JsonObject *object = json_node_get_object (node);

    g_assert_cmpuint (json_object_get_size (object), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, broken);
    /* the reason stderr gives after the file's name */
    g_assert_nonnull (strstr (bad.err, json_object_get_string_member (object, "error")));
  }
  g_assert_true (g_str_has_prefix (lines[2], "{\"file\":\""));
  g_assert_nonnull (strstr (lines[2], "senior-long.json"));

  g_remove (broken);
  g_rmdir (dir);
}

/* The exit status of a batch is the worst of its files' at the same --fail-on */
static void
test_check_batch_status (void)
{
  g_autofree char *sample = rc_test_sample_path ();  /* warnings, no error */
  g_autofree char *grad = data_path ("real/new-grad.json");
  g_autofree char *weak = data_path ("real/weak-duties.json");  /* an error */
  static const char * const levels[] = { "error", "warning", "never" };

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      g_auto(RcTestRun) a = { 0 };
      g_auto(RcTestRun) b = { 0 };
      g_auto(RcTestRun) c = { 0 };
      g_auto(RcTestRun) clean = { 0 };
      g_auto(RcTestRun) all = { 0 };

      rc_test_run_binary (&a, NULL, "check", "--fail-on", levels[l], sample, NULL);
      rc_test_run_binary (&b, NULL, "check", "--fail-on", levels[l], grad, NULL);
      rc_test_run_binary (&c, NULL, "check", "--fail-on", levels[l], weak, NULL);
      rc_test_run_binary (&clean, NULL, "check", "--fail-on", levels[l], sample, grad, NULL);
      rc_test_run_binary (&all, NULL, "check", "--fail-on", levels[l], sample, weak, grad, NULL);
      g_assert_cmpint (clean.status, ==, MAX (a.status, b.status));
      g_assert_cmpint (all.status, ==, MAX (MAX (a.status, b.status), c.status));
    }
  /* and the statuses differ, so the test tells them apart */
  {
    g_auto(RcTestRun) error = { 0 };
    g_auto(RcTestRun) warning = { 0 };
    g_auto(RcTestRun) never = { 0 };

    rc_test_run_binary (&error, NULL, "check", sample, grad, NULL);
    rc_test_run_binary (&warning, NULL, "check", "--fail-on", "warning", sample, grad, NULL);
    rc_test_run_binary (&never, NULL, "check", "--fail-on", "never", weak, sample, NULL);
    g_assert_cmpint (error.status, ==, 0);
    g_assert_cmpint (warning.status, ==, 1);
    g_assert_cmpint (never.status, ==, 0);
  }
}

/* The width store of @path with each width multiplied by @factor, as a damaged or foreign
 * one could say */
static void
widen_store (const char *path,
             int         factor)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) store = NULL;
  g_autoptr(GVariant) identity = NULL;
  g_autoptr(GVariant) entries = NULL;
  g_autoptr(GVariantBuilder) widened = g_variant_builder_new (G_VARIANT_TYPE ("a(ti)"));
  g_autoptr(GVariant) out = NULL;
  GVariantIter iter;
  guint64 key;
  gint32 width;

  g_assert_nonnull (file);
  bytes = g_mapped_file_get_bytes (file);
  store = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE ("(sa(ti))"), bytes,
                                                        FALSE));
  identity = g_variant_get_child_value (store, 0);
  entries = g_variant_get_child_value (store, 1);
  g_assert_cmpuint (g_variant_n_children (entries), >, 100);
  g_variant_iter_init (&iter, entries);
  while (g_variant_iter_next (&iter, "(ti)", &key, &width))
    g_variant_builder_add (widened, "(ti)", key, width > 0 ? width * factor : width);
  out = g_variant_ref_sink (g_variant_new ("(@s@a(ti))", identity,
                                           g_variant_builder_end (widened)));
  g_assert_true (g_file_set_contents (path, g_variant_get_data (out),
                                      (gssize) g_variant_get_size (out), NULL));
}

/* The widths a check shapes are kept in the user's cache for the next one: a second run
 * prints what the first printed, a damaged store changes nothing and is written whole again,
 * and the widths kept are the ones used (tripled, they make the resume run longer) */
static void
test_check_kept_widths (void)
{
  g_autofree char *cache = rc_test_make_temp_dir ();
  g_autofree char *store = g_build_filename (cache, "resume-coach", "widths", NULL);
  g_autofree char *old_cache = g_strdup (g_getenv ("XDG_CACHE_HOME"));
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *senior = data_path ("real/senior-long.json");
  g_auto(RcTestRun) cold = { 0 };
  g_auto(RcTestRun) warm = { 0 };
  g_auto(RcTestRun) damaged = { 0 };
  g_auto(RcTestRun) widened = { 0 };
  g_autofree char *contents = NULL;
  g_autofree char *again = NULL;
  gsize length, length_again;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  rc_test_run_binary (&cold, NULL, "check", "--format", "json", sample, senior, NULL);
  g_assert_cmpstr (cold.err, ==, "");
  g_assert_true (g_file_get_contents (store, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);

  rc_test_run_binary (&warm, NULL, "check", "--format", "json", sample, senior, NULL);
  g_assert_cmpstr (warm.out, ==, cold.out);

  g_assert_true (g_file_set_contents (store, contents, (gssize) length / 2, NULL));
  rc_test_run_binary (&damaged, NULL, "check", "--format", "json", sample, senior, NULL);
  g_assert_cmpstr (damaged.out, ==, cold.out);
  g_assert_true (g_file_get_contents (store, &again, &length_again, NULL));
  g_assert_cmpuint (length_again, ==, length);

  widen_store (store, 3);
  rc_test_run_binary (&widened, NULL, "check", "--format", "json", sample, senior, NULL);
  g_assert_cmpstr (widened.out, !=, cold.out);
  g_assert_nonnull (strstr (widened.out, "\"length.pages\""));
  g_assert_null (strstr (cold.out, "\"length.pages\""));

  if (old_cache != NULL)
    g_setenv ("XDG_CACHE_HOME", old_cache, TRUE);
  else
    g_unsetenv ("XDG_CACHE_HOME");
  rc_test_remove_temp_dir (cache);
}

static void
test_rules_list (void)
{
  g_auto(RcTestRun) text = { 0 };
  g_auto(RcTestRun) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *rules;
  static const char * const some[] = {
    "achievement.duty-phrase", "verb.weak-start", "skills.missing", "length.pages",
    "ats.low-match", "contact.phone-url",
  };

  rc_test_run_binary (&text, NULL, "rules", NULL);
  g_assert_cmpint (text.status, ==, 0);
  lines = g_strsplit (text.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 36);
  g_assert_true (g_regex_match_simple ("^skills\\.missing +error +document +Your resume has no "
                                       "skills section$", text.out, G_REGEX_MULTILINE, 0));
  for (guint i = 0; i < G_N_ELEMENTS (some); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("^%s ", some[i]);

      g_assert_true (g_regex_match_simple (pattern, text.out, G_REGEX_MULTILINE, 0));
    }

  rc_test_run_binary (&json, NULL, "rules", "--format", "json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  g_assert_no_error (error);
  rules = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "rules");
  g_assert_cmpuint (json_array_get_length (rules), ==, g_strv_length (lines) - 1);
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);

      g_assert_nonnull (json_object_get_string_member (rule, "id"));
      g_assert_nonnull (json_object_get_string_member (rule, "level"));
      g_assert_nonnull (json_object_get_string_member (rule, "scope"));
      g_assert_nonnull (json_object_get_string_member (rule, "message"));
      g_assert_null (strchr (json_object_get_string_member (rule, "message"), '{'));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/text", test_check_text);
  g_test_add_func ("/cli/check/json", test_check_json);
  g_test_add_func ("/cli/check/job", test_check_job);
  g_test_add_func ("/cli/check/exit-status", test_check_exit_status);
  g_test_add_func ("/cli/check/bad-input", test_check_bad_input);
  g_test_add_func ("/cli/check/job-not-regular", test_check_job_not_regular);
  g_test_add_func ("/cli/check/bad-pack", test_check_bad_pack);
  g_test_add_func ("/cli/check/deep-job", test_check_deep_job);
  g_test_add_func ("/cli/check/unreadable-packs", test_check_unreadable_packs);
  g_test_add_func ("/cli/check/batch-text", test_check_batch_text);
  g_test_add_func ("/cli/check/batch-json", test_check_batch_json);
  g_test_add_func ("/cli/check/batch-sources", test_check_batch_sources);
  g_test_add_func ("/cli/check/batch-same-sources", test_check_batch_same_sources);
  g_test_add_func ("/cli/check/batch-unreadable", test_check_batch_unreadable);
  g_test_add_func ("/cli/check/batch-status", test_check_batch_status);
  g_test_add_func ("/cli/check/kept-widths", test_check_kept_widths);
  g_test_add_func ("/cli/rules/list", test_rules_list);

  return g_test_run ();
}
