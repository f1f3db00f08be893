/* test-basics.c — what the coach says of contacts, employers, the summary's voice, results,
 * old roles and missing numbers, on whole resumes written the way people write them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-test-util.h"

static RcRuleSet *builtin;

static RcReport *
check_json (const char *json)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (json);
  g_autoptr(RcEngine) engine = NULL;

  if (builtin == NULL)
    builtin = rc_rule_set_new_builtin ();
  engine = rc_engine_new (builtin);
  return rc_engine_check (engine, document, NULL);
}

/* "2025-03": @years before this month */
static char *
months_ago (guint months)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint index = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1 - (gint) months;

  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

static void
assert_match (const RcFinding *finding,
              guint            start,
              guint            end,
              const char      *match)
{
  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->start, ==, start);
  g_assert_cmpuint (finding->end, ==, end);
  g_assert_cmpstr (finding->match, ==, match);
}

static void
test_basics_phone (void)
{
  g_autoptr(RcReport) link = check_json ("{\"basics\": {\"phone\": "
                                         "\"https://calendly.com/elena-marsh/intro\"}}");
  g_autoptr(RcReport) email = check_json ("{\"basics\": {\"phone\": \"elena@marsh.dev\"}}");
  g_autoptr(RcReport) number = check_json ("{\"basics\": {\"phone\": \"+1 (416) 555-0142 "
                                           "ext. 7\"}}");
  const RcFinding *finding;

  finding = rc_test_find_finding (link, "contact.phone-url", "/basics/phone");
  assert_match (finding, 0, 38, "https://calendly.com/elena-marsh/intro");
  g_assert_nonnull (strstr (finding->message, "web address"));
  g_assert_null (finding->fix);
  finding = rc_test_find_finding (email, "contact.phone-url", "/basics/phone");
  g_assert_nonnull (strstr (finding->message, "email address"));
  g_assert_null (rc_test_find_finding (number, "contact.phone-url", NULL));
  /* nobody is told to add a phone number any more */
  g_assert_null (rc_test_find_finding (number, "contact.missing-phone", NULL));
}

static void
test_basics_profile_in_website (void)
{
  g_autoptr(RcReport) linkedin = check_json (
    "{\"basics\": {\"url\": \"https://www.linkedin.com/in/elena-marsh/\"}}");
  g_autoptr(RcReport) listed = check_json (
    "{\"basics\": {\"website\": \"https://github.com/emarsh\", \"profiles\": "
    "[{\"network\": \"github\", \"username\": \"emarsh\"}]}}");
  g_autoptr(RcReport) own = check_json (
    "{\"basics\": {\"url\": \"https://emarsh.github.io/\"}}");
  g_autoptr(RcReport) repository = check_json (
    "{\"basics\": {\"url\": \"https://github.com/emarsh/pg-replay\"}}");
  const RcFinding *finding;

  /* a profile to move: its network and username, and no fix, for that takes two edits */
  finding = rc_test_find_finding (linkedin, "contact.profile-in-website", "/basics/url");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, "Your website is your LinkedIn profile");
  g_assert_nonnull (strstr (finding->advice, "“elena-marsh”"));
  g_assert_null (finding->fix);
  /* it stops asking for a profile: the link is there */
  g_assert_null (rc_test_find_finding (linkedin, "contact.no-profile", NULL));

  /* already among the profiles: emptying the older "website" field is the fix */
  finding = rc_test_find_finding (listed, "contact.profile-in-website", "/basics/website");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->fix, ==, "");
  {
    g_autoptr(RcDocument) document = rc_test_document_from_data (
      "{\"basics\": {\"website\": \"https://github.com/emarsh\", \"profiles\": "
      "[{\"network\": \"github\", \"username\": \"emarsh\"}]}}");
    g_autoptr(GError) error = NULL;

    g_assert_true (rc_finding_apply_fix (finding, document, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (rc_document_get_string (document, "/basics/website"), ==, "");
  }

  g_assert_null (rc_test_find_finding (own, "contact.profile-in-website", NULL));
  g_assert_null (rc_test_find_finding (repository, "contact.profile-in-website", NULL));
}

static void
test_basics_no_company (void)
{
  g_autoptr(RcReport) report = check_json (
    "{\"work\": ["
    " {\"company\": \"Buckeye Insurance\", \"position\": \"Software Developer\"},"
    " {\"position\": \"Mobile Developer\", \"startDate\": \"2018-06\", \"highlights\": "
    "   [\"Built the loyalty app for a retail client.\"]},"
    " {\"position\": \"Freelance Web Developer\", \"startDate\": \"2016-01\"},"
    " {\"name\": \"Parcelwise\", \"position\": \"Backend Engineer\"}]}");
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "experience.no-company", "/work/1");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, "The role “Mobile Developer” names no company");
  /* the older "company" key names it; a freelancer has no employer to name */
  g_assert_cmpuint (rc_test_count_findings (report, "experience.no-company"), ==, 1);
}

static void
test_basics_third_person (void)
{
  g_autoptr(RcReport) name = check_json (
    "{\"basics\": {\"name\": \"Maria Lopez\", \"summary\": \"Maria is a machine learning "
    "engineer who ships ranking models.\"}}");
  g_autoptr(RcReport) pronoun = check_json (
    "{\"basics\": {\"name\": \"Tom Okafor\", \"summary\": \"Platform engineer for 9 years. "
    "He has led the move of 40 services to Kubernetes.\"}}");
  g_autoptr(RcReport) first = check_json (
    "{\"basics\": {\"name\": \"Maria Lopez\", \"summary\": \"Machine learning engineer; "
    "my team calls me Maria. I ship ranking models.\"}}");

  assert_match (rc_test_find_finding (name, "summary.third-person", "/basics/summary"),
                0, 8, "Maria is");
  assert_match (rc_test_find_finding (pronoun, "summary.third-person", "/basics/summary"),
                31, 33, "He");
  g_assert_null (rc_test_find_finding (first, "summary.third-person", NULL));
}

static void
test_basics_wrong_direction (void)
{
  g_autoptr(RcReport) report = check_json (
    "{\"work\": [{\"name\": \"Parcelwise\", \"startDate\": \"2021-04\", \"highlights\": ["
    " \"Moved search to Elasticsearch, increasing search latency by 50%.\","
    " \"Cut p99 latency from 240 ms to 38 ms.\","
    " \"Reduced the throughput of the ingest workers to save 30% on compute.\","
    " \"Increased cost savings by 20% with spot instances.\"]}]}");
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "achievement.wrong-direction", "/work/0/highlights/0");
  assert_match (finding, 31, 56, "increasing search latency");
  g_assert_cmpuint (finding->level, ==, RC_LEVEL_WARNING);
  assert_match (rc_test_find_finding (report, "achievement.wrong-direction",
                                      "/work/0/highlights/2"), 0, 22, "Reduced the throughput");
  g_assert_cmpuint (rc_test_count_findings (report, "achievement.wrong-direction"), ==, 2);
}

static void
test_basics_old_detail (void)
{
  g_autofree char *old_end = months_ago (16 * 12);
  g_autofree char *recent_end = months_ago (14 * 12);
  g_autofree char *json = g_strdup_printf (
    "{\"work\": ["
    " {\"name\": \"Parcelwise\", \"startDate\": \"2015-01\", \"highlights\": ["
    "   \"Cut costs by 31%%.\", \"Served 2M requests a day.\", \"Led 4 engineers.\"]},"
    " {\"name\": \"Tallyhouse\", \"startDate\": \"1999-01\", \"endDate\": \"%s\", \"highlights\": ["
    "   \"Built the online shop for 300 stores.\", \"Ran 40 nightly batch jobs.\","
    "   \"Wrote the tests for the shop.\"]},"
    " {\"name\": \"Brightmoor\", \"startDate\": \"1999-01\", \"endDate\": \"%s\", \"highlights\": ["
    "   \"Built the online shop for 300 stores.\", \"Ran 40 nightly batch jobs.\","
    "   \"Wrote the tests for the shop.\"]},"
    " {\"name\": \"Pellucid\", \"startDate\": \"1995-01\", \"endDate\": \"1998-12\", "
    "  \"highlights\": [\"Built a shop.\", \"Ran batch jobs.\"]}]}", old_end, recent_end);
  g_autoptr(RcReport) report = check_json (json);
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "experience.old-detail", "/work/1");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, "“Tallyhouse” ended 16 years ago and still has 3 bullets");
  /* one finding for the entry, none for its bullets; two bullets are short enough */
  g_assert_cmpuint (rc_test_count_findings (report, "experience.old-detail"), ==, 1);
  /* and nobody asks for numbers in roles that old */
  g_assert_cmpuint (rc_test_count_findings (report, "achievement.no-metric"), ==, 0);
}

static void
test_basics_no_bullets (void)
{
  g_autofree char *short_start = months_ago (2);
  g_autofree char *long_start = months_ago (30);
  g_autofree char *json = g_strdup_printf (
    "{\"work\": ["
    " {\"name\": \"Now\", \"position\": \"Engineer\", \"startDate\": \"%s\"},"
    " {\"name\": \"Before\", \"position\": \"Engineer\", \"startDate\": \"%s\", "
    "  \"endDate\": \"%s\"},"
    " {\"name\": \"Described\", \"position\": \"Engineer\", \"startDate\": \"2019-01\", "
    "  \"endDate\": \"2022-01\", \"summary\": \"Owned the rates API.\"},"
    " {\"name\": \"Long ago\", \"position\": \"Engineer\", \"startDate\": \"2005-01\", "
    "  \"endDate\": \"2009-01\"}]}", short_start, long_start, short_start);
  g_autoptr(RcReport) report = check_json (json);

  /* only the role of more than two years that nothing describes */
  g_assert_nonnull (rc_test_find_finding (report, "experience.no-bullets", "/work/1"));
  g_assert_cmpuint (rc_test_count_findings (report, "experience.no-bullets"), ==, 1);
}

static void
test_basics_projects (void)
{
  g_autofree char *start = months_ago (14);
  g_autofree char *junior = g_strdup_printf (
    "{\"work\": [{\"name\": \"Quillpoint\", \"position\": \"Junior Developer\", "
    "\"startDate\": \"%s\"}], \"education\": [{\"institution\": \"Northeastern\"}]}", start);
  g_autoptr(RcReport) early = check_json (junior);
  g_autoptr(RcReport) senior = check_json (
    "{\"work\": [{\"name\": \"Quillpoint\", \"position\": \"Staff Engineer\", "
    "\"startDate\": \"2012-03\"}]}");

  g_assert_nonnull (rc_test_find_finding (early, "projects.missing", NULL));
  g_assert_null (rc_test_find_finding (senior, "projects.missing", NULL));
  /* retired: a certificate is no one's missing piece */
  g_assert_null (rc_test_find_finding (senior, "certificates.missing", NULL));
}

/* a number in most bullets: the one without is a suggestion; few numbers: the section says it
 * once; a role that has none at all is not told bullet by bullet */
static void
test_basics_metric_weight (void)
{
  g_autoptr(RcReport) quantified = check_json (
    "{\"work\": [{\"name\": \"Parcelwise\", \"startDate\": \"2021-04\", \"highlights\": ["
    " \"Cut p99 latency from 850 ms to 190 ms.\", \"Served 2M requests a day.\","
    " \"Saved $10K a month in compute.\", \"Wrote the team's guide to safe migrations.\","
    " \"Shipped fixes in hours instead of days with canary deploys.\"]},"
    " {\"name\": \"Campus Dining\", \"startDate\": \"2017-09\", \"endDate\": \"2019-05\","
    "  \"highlights\": [\"Trained new student workers on closing procedures.\"]}]}");
  g_autoptr(RcReport) sparse = check_json (
    "{\"work\": [{\"name\": \"Parcelwise\", \"startDate\": \"2021-04\", \"highlights\": ["
    " \"Cut p99 latency by 40%.\", \"Built the rates API in Go.\","
    " \"Wrote the on-call runbooks.\", \"Added alerts for the payment service.\","
    " \"Moved the CI runners to EC2.\"]}]}");
  const RcFinding *finding;

  finding = rc_test_find_finding (quantified, "achievement.no-metric", "/work/0/highlights/3");
  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->level, ==, RC_LEVEL_SUGGESTION);
  g_assert_cmpuint (rc_test_count_findings (quantified, "achievement.no-metric"), ==, 1);
  g_assert_null (rc_test_find_finding (quantified, "achievement.metric-coverage", NULL));

  g_assert_nonnull (rc_test_find_finding (sparse, "achievement.metric-coverage", "/work"));
  g_assert_cmpuint (rc_test_count_findings (sparse, "achievement.no-metric"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/basics/phone", test_basics_phone);
  g_test_add_func ("/core/basics/profile-in-website", test_basics_profile_in_website);
  g_test_add_func ("/core/basics/no-company", test_basics_no_company);
  g_test_add_func ("/core/basics/third-person", test_basics_third_person);
  g_test_add_func ("/core/basics/wrong-direction", test_basics_wrong_direction);
  g_test_add_func ("/core/basics/old-detail", test_basics_old_detail);
  g_test_add_func ("/core/basics/no-bullets", test_basics_no_bullets);
  g_test_add_func ("/core/basics/projects", test_basics_projects);
  g_test_add_func ("/core/basics/metric-weight", test_basics_metric_weight);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
