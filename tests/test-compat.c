/* test-compat.c — real-world JSON Resume files: older keys, text for lists, numbers for
 * dates, nulls, and JSON files that are no resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-coach-state.h"
#include "rc-compat.h"
#include "rc-date.h"
#include "rc-engine.h"
#include "rc-json-tree.h"
#include "rc-schema.h"
#include "rc-test-util.h"

static RcRuleSet *builtin;

static char *
compat_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "compat", name, NULL);
}

static RcDocument *
open_legacy (void)
{
  g_autofree char *path = compat_path ("legacy-v0.json");

  return rc_test_document_from_file (path);
}

/* Nothing is refused or lost: saved, the file reads back as the same tree */
static void
test_legacy_lossless (void)
{
  g_autofree char *path = compat_path ("legacy-v0.json");
  g_autoptr(RcDocument) document = rc_test_document_from_file (path);
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  saved = rc_document_to_data (document, NULL);
  before = rc_json_read (original, strlen (original), &error);
  g_assert_no_error (error);
  after = rc_json_read (saved, strlen (saved), &error);
  g_assert_no_error (error);
  g_assert_true (rc_json_tree_equal (before, after));
  /* a number keeps the digits it was written with */
  g_assert_nonnull (strstr (saved, "\"gpa\": 4.50"));
  g_assert_false (rc_document_get_modified (document));
}

static const RcFinding *
expect_fix (RcReport   *report,
            const char *rule_id,
            const char *pointer,
            const char *fix)
{
  const RcFinding *finding = rc_test_find_finding (report, rule_id, pointer);

  if (finding == NULL)
    g_error ("no %s finding at %s", rule_id, pointer);
  g_assert_cmpstr (finding->fix, ==, fix);
  return finding;
}

/* Each problem is a finding whose fix says what one click does */
static void
test_legacy_findings (void)
{
  g_autoptr(RcDocument) document = open_legacy ();
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  const RcFinding *finding;

  expect_fix (report, "ats.wrong-type", "/skills/0/keywords",
              "[\"Bazel\",\"Gradle\",\"GitHub Actions\"]");
  expect_fix (report, "ats.wrong-type", "/skills/1/keywords", "[\"Kubernetes\",\"Terraform\"]");
  expect_fix (report, "ats.wrong-type", "/work/0/highlights",
              "[\"Cut the median CI run from 31 to 9 minutes by caching Bazel outputs.\","
              "\"Moved 140 services to Kubernetes without a customer-facing outage.\"]");
  expect_fix (report, "ats.wrong-type", "/work/1/startDate", "2016");
  expect_fix (report, "ats.wrong-type", "/work/1/endDate", "2018-05");
  expect_fix (report, "ats.wrong-type", "/education/0/courses",
              "[\"Distributed Systems\",\"Compilers\",\"Operating Systems\"]");
  finding = expect_fix (report, "ats.wrong-type", "/work/1/highlights",
                        "[\"Wrote the release tool that 30 teams still use\","
                        "\"Halved flaky tests in 6 months\"]");
  g_assert_cmpstr (finding->message, ==, "This list holds empty items (null)");
  g_assert_true (rc_finding_fix_is_value (finding));

  /* May 2018 and Present in work; 07/2025 and now in volunteering */
  finding = rc_test_find_finding (report, "dates.format", "/work");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->fix, "\"startDate\":\"2018-05\""));
  g_assert_null (strstr (finding->fix, "Present"));
  finding = rc_test_find_finding (report, "dates.format", "/volunteer");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->fix, "\"startDate\":\"2025-07\""));
  g_assert_null (strstr (finding->fix, "endDate"));

  finding = rc_test_find_finding (report, "ats.legacy-keys", "");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, "This file uses 8 keys of the older JSON Resume (v0)");
  g_assert_nonnull (strstr (finding->advice, "“company” to “name”"));
  g_assert_nonnull (strstr (finding->advice, "“gpa” to “score”"));
  g_assert_true (rc_finding_fix_is_value (finding));
}

static gboolean
is_fix_rule (const char *rule_id)
{
  return strcmp (rule_id, "ats.wrong-type") == 0 || strcmp (rule_id, "ats.legacy-keys") == 0 ||
         strcmp (rule_id, "dates.format") == 0;
}

static void
assert_iso (RcDocument *document,
            const char *pointer)
{
  const char *text = rc_document_get_string (document, pointer);
  RcDate date;

  if (text != NULL)
    g_assert_cmpint (rc_date_read (text, &date), ==, RC_DATE_ISO);
}

static void
collect_mismatch (const char   *pointer,
                  RcSchemaKind  expected,
                  JsonNode     *found,
                  gpointer      user_data)
{
  g_string_append_printf (user_data, "%s ", pointer);
}

/* Every fix applied, one click after another, leaves a valid v1 resume with every value */
static void
test_legacy_fix_all (void)
{
  g_autoptr(RcDocument) document = open_legacy ();
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(GString) mismatches = g_string_new (NULL);
  guint applied = 0;

  for (;;)
    {
      g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
      GPtrArray *findings = rc_report_get_findings (report);
      const RcFinding *fix = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < findings->len && fix == NULL; i++)
        {
          const RcFinding *finding = g_ptr_array_index (findings, i);

          if (finding->fix != NULL && is_fix_rule (finding->rule_id))
            fix = finding;
        }
      if (fix == NULL)
        break;
      g_assert_true (rc_finding_apply_fix (fix, document, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (++applied, <, 20);
    }
  g_assert_cmpuint (applied, ==, 11);

  g_assert_cmpuint (rc_compat_count_legacy (rc_document_get_root (document)), ==, 0);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/name"), ==, "Harbourline Logistics");
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/url"), ==,
                   "https://harbourline.example");
  g_assert_cmpstr (rc_document_get_string (document, "/basics/url"), ==, "https://tomasz.example");
  g_assert_cmpstr (rc_document_get_string (document, "/basics/image"), ==,
                   "https://tomasz.example/me.png");
  g_assert_cmpstr (rc_document_get_string (document, "/education/0/score"), ==, "4.50");
  g_assert_cmpstr (rc_document_get_string (document, "/work/1/highlights/1"), ==,
                   "Halved flaky tests in 6 months");
  g_assert_cmpstr (rc_document_get_string (document, "/skills/0/keywords/2"), ==,
                   "GitHub Actions");
  g_assert_null (rc_document_get (document, "/work/0/endDate"));
  g_assert_null (rc_document_get (document, "/volunteer/0/endDate"));
  g_assert_cmpstr (rc_document_get_string (document, "/volunteer/0/startDate"), ==, "2025-07");
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *start = g_strdup_printf ("/work/%u/startDate", i);
      g_autofree char *end = g_strdup_printf ("/work/%u/endDate", i);

      assert_iso (document, start);
      assert_iso (document, end);
    }
  /* HTML and Markdown in strings stay as written: the rules read them as printed */
  g_assert_nonnull (strstr (rc_document_get_string (document, "/basics/summary"), "<b>"));

  rc_schema_foreach_mismatch (rc_document_get_root (document), collect_mismatch, mismatches);
  g_assert_cmpstr (mismatches->str, ==, "");
  g_assert_true (rc_document_get_modified (document));
}

/* The basics' objects written as text, profiles as one object: fixed into their shape */
static void
test_basics_shapes (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ada\", \"location\": \"Oslo, Norway\","
    " \"profiles\": {\"network\": \"GitHub\", \"username\": \"ada\"}}}");
  g_autoptr(RcDocument) links = rc_test_document_from_data (
    "{\"basics\": {\"location\": \"Oslo\", \"profiles\": [\"https://github.com/ada\"]}}");
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) links_report = rc_engine_check (engine, links, NULL);
  const RcFinding *location, *profiles;
  g_autoptr(GError) error = NULL;

  location = expect_fix (report, "ats.wrong-type", "/basics/location",
                         "{\"city\":\"Oslo\",\"region\":\"Norway\"}");
  profiles = expect_fix (report, "ats.wrong-type", "/basics/profiles",
                         "[{\"network\":\"GitHub\",\"username\":\"ada\"}]");
  expect_fix (links_report, "ats.wrong-type", "/basics/location", "{\"city\":\"Oslo\"}");
  expect_fix (links_report, "ats.wrong-type", "/basics/profiles/0",
              "{\"url\":\"https://github.com/ada\"}");

  g_assert_true (rc_finding_apply_fix (location, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/location/region"), ==, "Norway");
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  profiles = rc_test_find_finding (report, "ats.wrong-type", "/basics/profiles");
  g_assert_true (rc_finding_apply_fix (profiles, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/profiles/0/username"), ==, "ada");
}

/* A v1 key beside its older one is never renamed over it */
static void
test_legacy_both_keys (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Parcelwise\", \"company\": \"Parcelwise GmbH\"}]}");
  JsonNode *root = rc_document_get_root (document);
  JsonObject *entry = json_node_get_object (rc_document_get (document, "/work/0"));

  g_assert_cmpuint (rc_compat_count_legacy (root), ==, 0);
  g_assert_cmpstr (rc_compat_key (RC_SECTION_WORK, entry, "name"), ==, "name");
  g_assert_cmpstr (rc_compat_key (RC_SECTION_WORK, entry, "position"), ==, "position");
}

/* An edit that adds an older key, by name or in a new entry, is found like one read */
static void
test_legacy_by_edit (void)
{
  static const char *v1 =
    "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"Parcelwise\"}]}";
  g_autoptr(RcDocument) by_name = rc_test_document_from_data (v1);
  g_autoptr(RcDocument) by_entry = rc_test_document_from_data (v1);
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcReport) before = rc_engine_check (engine, by_name, NULL);
  g_autoptr(RcReport) name_report = NULL;
  g_autoptr(RcReport) entry_report = NULL;
  g_autoptr(JsonNode) entry = json_from_string ("{\"company\": \"Tallyhouse\"}", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (rc_test_find_finding (before, "ats.legacy-keys", ""));

  g_assert_true (rc_document_set_string (by_name, "/basics/picture", "me.png", &error));
  g_assert_no_error (error);
  name_report = rc_engine_check (engine, by_name, NULL);
  g_assert_nonnull (rc_test_find_finding (name_report, "ats.legacy-keys", ""));

  g_assert_true (rc_document_insert (by_entry, "/work", 1, entry, &error));
  g_assert_no_error (error);
  entry_report = rc_engine_check (engine, by_entry, NULL);
  g_assert_nonnull (rc_test_find_finding (entry_report, "ats.legacy-keys", ""));
}

/* Keys keep their place in the entry when renamed */
static void
test_legacy_order (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"position\": \"SRE\", \"company\": \"Tallyhouse\", \"startDate\": \"2020\"}]}");
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  const RcFinding *finding = rc_test_find_finding (report, "ats.legacy-keys", "");
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  g_assert_nonnull (finding);
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_no_error (error);
  saved = rc_document_to_data (document, NULL);
  g_assert_cmpstr (saved, ==,
                   "{\n  \"work\": [\n    {\n      \"position\": \"SRE\",\n"
                   "      \"name\": \"Tallyhouse\",\n      \"startDate\": \"2020\"\n    }\n  ]\n}\n");
}

typedef struct
{
  const char *file;
  const char *says;
} NotResume;

static const NotResume not_resumes[] = {
  { "fresh.json", "This looks like a FRESH resume (the format of HackMyResume and FluentCV), "
                  "not a JSON Resume file: bring it in with “resume-coach import”" },
  { "reactive-resume.json", "This looks like a Reactive Resume export, not a JSON Resume file" },
  { "package.json", "This looks like an npm package.json, not a JSON Resume file" },
  { "tasks.json", "This JSON file holds none of a resume's sections (basics, work, education, "
                  "skills…), so it is not a JSON Resume file" },
};

static void
test_not_resume (gconstpointer user_data)
{
  const NotResume *input = user_data;
  g_autofree char *path = compat_path (input->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_document_new_from_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME);
  g_assert_true (g_str_has_prefix (error->message, input->says));
}

/* Text that is not a file (a draft, a test's resume) may be a resume not begun: members of
 * its own and no section yet */
static void
test_no_section_data (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"x-notes\": \"later\"}");
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) empty = NULL;

  g_assert_cmpstr (rc_document_get_string (document, "/x-notes"), ==, "later");
  /* and an empty file object is a resume not begun */
  g_assert_true (g_file_set_contents (path, "{}\n", -1, &error));
  empty = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (empty);
  rc_test_remove_temp_dir (dir);
}

/* What people write for a list */
static void
test_split_list (void)
{
  static const struct
  {
    const char *text;
    gboolean    sentences;
    const char *items;
  } cases[] = {
    { "Rust, Go", FALSE, "Rust|Go" },
    { "SQL; dbt;  ", FALSE, "SQL|dbt" },
    { "Did X. Did Y.", TRUE, "Did X.|Did Y." },
    { "Cut p99 by 40 ms. 3 teams adopted it!", TRUE, "Cut p99 by 40 ms.|3 teams adopted it!" },
    { "Shipped v2.1 of the API. then more", TRUE, "Shipped v2.1 of the API. then more" },
    { "- Led the migration\n- Cut costs, by half\n\n", TRUE, "Led the migration|Cut costs, by half" },
    { "• Kafka\n• Go", FALSE, "Kafka|Go" },
    { "", FALSE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) items = rc_compat_split_list (cases[i].text, cases[i].sentences);
      g_autofree char *joined = g_strjoinv ("|", items);

      g_assert_cmpstr (joined, ==, cases[i].items);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  builtin = rc_rule_set_new_builtin ();

  g_test_add_func ("/core/compat/legacy/lossless", test_legacy_lossless);
  g_test_add_func ("/core/compat/legacy/findings", test_legacy_findings);
  g_test_add_func ("/core/compat/legacy/fix-all", test_legacy_fix_all);
  g_test_add_func ("/core/compat/legacy/both-keys", test_legacy_both_keys);
  g_test_add_func ("/core/compat/legacy/order", test_legacy_order);
  g_test_add_func ("/core/compat/legacy/by-edit", test_legacy_by_edit);
  g_test_add_func ("/core/compat/basics-shapes", test_basics_shapes);
  for (guint i = 0; i < G_N_ELEMENTS (not_resumes); i++)
    {
      g_autofree char *name = g_strdup_printf ("/core/compat/not-resume/%s", not_resumes[i].file);

      g_test_add_data_func (name, &not_resumes[i], test_not_resume);
    }
  g_test_add_func ("/core/compat/no-section-data", test_no_section_data);
  g_test_add_func ("/core/compat/split-list", test_split_list);

  status = g_test_run ();
  g_object_unref (builtin);
  return status;
}
