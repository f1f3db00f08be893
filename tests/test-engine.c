/* test-engine.c — the engine on whole resumes: checks, spans, ignores, fixes, the incremental
 * cache, the score and the job match
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-test-util.h"

static RcRuleSet *builtin;

static RcRuleSet *
get_rules (void)
{
  if (builtin == NULL)
    builtin = rc_rule_set_new_builtin ();
  return builtin;
}

static RcDocument *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return rc_test_document_from_file (path);
}

static RcDocument *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes =
    g_resources_lookup_data ("/io/github/resumecoach/ResumeCoach/core/samples/backend-engineer.json",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return rc_test_document_from_data (g_bytes_get_data (bytes, NULL));
}

static RcReport *
check (RcDocument *document,
       const char *job)
{
  g_autoptr(RcEngine) engine = rc_engine_new (get_rules ());

  return rc_engine_check (engine, document, job);
}

static guint
count (RcReport   *report,
       const char *rule_id)
{
  return rc_test_count_findings (report, rule_id);
}

static void
assert_span (RcDocument      *document,
             const RcFinding *finding,
             guint            start,
             guint            end,
             const char      *text)
{
  const char *string = rc_document_get_string (document, finding->pointer);
  const char *a, *b;
  g_autofree char *span = NULL;

  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->start, ==, start);
  g_assert_cmpuint (finding->end, ==, end);
  a = g_utf8_offset_to_pointer (string, start);
  b = g_utf8_offset_to_pointer (string, end);
  span = g_strndup (a, (gsize) (b - a));
  g_assert_cmpstr (span, ==, text);
  g_assert_cmpstr (finding->match, ==, text);
}

static void
assert_same_reports (RcReport *a,
                     RcReport *b)
{
  GPtrArray *fa = rc_report_get_findings (a);
  GPtrArray *fb = rc_report_get_findings (b);

  for (guint i = 0; i < MIN (fa->len, fb->len); i++)
    {
      const RcFinding *x = g_ptr_array_index (fa, i);
      const RcFinding *y = g_ptr_array_index (fb, i);

      g_assert_cmpstr (x->rule_id, ==, y->rule_id);
      g_assert_cmpstr (x->pointer, ==, y->pointer);
      g_assert_cmpint (x->level, ==, y->level);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpstr (x->message, ==, y->message);
      g_assert_cmpstr (x->advice, ==, y->advice);
      g_assert_cmpstr (x->fix, ==, y->fix);
      g_assert_cmpstr (x->tip, ==, y->tip);
      g_assert_cmpstr (x->match, ==, y->match);
    }
  g_assert_cmpuint (fa->len, ==, fb->len);
  g_assert_cmpuint (rc_report_get_score (a), ==, rc_report_get_score (b));
  g_assert_cmpuint (rc_report_get_ignored (a), ==, rc_report_get_ignored (b));
  g_assert_true ((rc_report_get_ats (a) == NULL) == (rc_report_get_ats (b) == NULL));
  if (rc_report_get_ats (a) != NULL)
    {
      const RcAtsMatch *x = rc_report_get_ats (a);
      const RcAtsMatch *y = rc_report_get_ats (b);

      g_assert_cmpuint (x->match, ==, y->match);
      g_assert_cmpstrv (x->matched, y->matched);
      g_assert_cmpstrv (x->missing, y->missing);
      g_assert_cmpstrv (x->skills_only, y->skills_only);
    }
}

/* ------------------------------------------------------------------------------------------ */

static void
test_engine_strong (void)
{
  g_autoptr(RcDocument) document = load_fixture ("engine-strong.json");
  g_autoptr(RcReport) report = check (document, NULL);
  GPtrArray *findings = rc_report_get_findings (report);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (finding->level != RC_LEVEL_SUGGESTION)
        g_error ("a strong resume got %s %s at %s: %s", rc_level_to_string (finding->level),
                 finding->rule_id, finding->pointer, finding->message);
    }
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_ERROR), ==, 0);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_WARNING), ==, 0);
  g_assert_cmpuint (findings->len, <=, 3);
  g_assert_cmpuint (rc_report_get_score (report), >=, 95);
  g_assert_null (rc_report_get_ats (report));
}

static void
test_engine_weak (void)
{
  g_autoptr(RcDocument) document = load_fixture ("engine-weak.json");
  g_autoptr(RcReport) report = check (document, NULL);
  const RcFinding *finding;

  g_assert_cmpuint (rc_report_get_findings (report)->len, >=, 30);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_ERROR), >=, 3);
  g_assert_cmpuint (rc_report_get_score (report), <, 30);

  g_assert_nonnull (rc_test_find_finding (report, "skills.missing", ""));
  g_assert_nonnull (rc_test_find_finding (report, "contact.invalid-email", "/basics/email"));
  /* "March 2021" reads as a date: only its style is a suggestion */
  g_assert_null (rc_test_find_finding (report, "dates.invalid", "/work/1/startDate"));
  g_assert_nonnull (rc_test_find_finding (report, "dates.format", "/work"));
  g_assert_nonnull (rc_test_find_finding (report, "dates.invalid", "/education/0/endDate"));
  /* no bullet has a number: that is said once for the section, not on each bullet */
  g_assert_nonnull (rc_test_find_finding (report, "achievement.metric-coverage", "/work"));
  g_assert_cmpuint (count (report, "achievement.no-metric"), ==, 0);
  g_assert_cmpuint (count (report, "achievement.duty-phrase"), ==, 4);
  g_assert_cmpuint (count (report, "style.buzzword"), ==, 3);

  finding = rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/2");
  assert_span (document, finding, 0, 6, "Builds");
  g_assert_cmpstr (finding->fix, ==, "Built");

  finding = rc_test_find_finding (report, "style.passive", "/work/0/highlights/6");
  assert_span (document, finding, 5, 15, "were fixed");

  finding = rc_test_find_finding (report, "spelling.tech", "/work/0/highlights/2");
  assert_span (document, finding, 44, 54, "Javascript");
  g_assert_cmpstr (finding->fix, ==, "JavaScript");

  /* the third and fourth "Built" openings, not the first two */
  g_assert_cmpuint (count (report, "verb.repeated"), ==, 2);
  g_assert_null (rc_test_find_finding (report, "verb.repeated", "/work/0/highlights/2"));
  g_assert_null (rc_test_find_finding (report, "verb.repeated", "/work/0/highlights/3"));
  g_assert_nonnull (rc_test_find_finding (report, "verb.repeated", "/work/0/highlights/5"));

  /* a duty phrase does not also get told its opening verb is weak */
  g_assert_null (rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/0"));
}

static void
test_engine_sample (void)
{
  g_autoptr(RcDocument) document = load_sample ();
  g_autoptr(RcReport) report = check (document, NULL);
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "achievement.duty-phrase", "/work/0/highlights/3");
  assert_span (document, finding, 0, 15, "Responsible for");
  finding = rc_test_find_finding (report, "achievement.duty-phrase", "/work/1/highlights/1");
  assert_span (document, finding, 0, 9, "Worked on");
  finding = rc_test_find_finding (report, "style.passive", "/work/1/highlights/2");
  assert_span (document, finding, 15, 25, "were moved");
  finding = rc_test_find_finding (report, "style.buzzword", "/basics/summary");
  g_assert_nonnull (finding);
  g_assert_cmpuint (count (report, "style.buzzword"), ==, 2);
  /* one finding for the group, naming the one skill nothing shows (Terraform) */
  finding = rc_test_find_finding (report, "skills.no-context", "/skills/2");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->level, ==, RC_LEVEL_SUGGESTION);
  g_assert_cmpstr (finding->message, ==, "Terraform is listed, but no bullet shows you using it");
  g_assert_cmpuint (count (report, "skills.no-context"), ==, 1);
  g_assert_nonnull (rc_test_find_finding (report, "projects.no-link", "/projects/1"));
  g_assert_nonnull (rc_test_find_finding (report, "style.pronoun", "/work/2/highlights/2"));

  /* AWS is listed, so EKS (an AWS service) is not "unlisted" */
  g_assert_null (rc_test_find_finding (report, "skills.unlisted", "/work/0/highlights/2"));
  /* the bullets that truly lack a number, told as suggestions: the rest of the resume has them;
   * a duty ("Responsible for", "Worked on") is told to end with its result already */
  finding = rc_test_find_finding (report, "achievement.no-metric", "/work/1/highlights/4");
  g_assert_cmpuint (finding->level, ==, RC_LEVEL_SUGGESTION);
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/0/highlights/3"));
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/1/highlights/1"));
  g_assert_cmpuint (count (report, "achievement.no-metric"), ==, 1);
  /* "so clinics see updates in minutes" says its scale in words */
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/1/highlights/2"));
  /* "two junior engineers" is a number */
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/0/highlights/4"));
  /* "p99", "40M", "1.2M", "99.95%" are metrics; "CI" in "CI build" is no pronoun */
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/0/highlights/0"));
  g_assert_null (rc_test_find_finding (report, "achievement.no-metric", "/work/1/highlights/0"));
  g_assert_null (rc_test_find_finding (report, "style.pronoun", "/work/2/highlights/0"));

  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_ERROR), ==, 0);
  g_assert_cmpuint (rc_report_get_score (report), >, 40);
  g_assert_cmpuint (rc_report_get_score (report), <, 90);
}

/* one rule, one phrase list: the matcher's word bounds on any script */
static RcRuleSet *
phrase_pack (const char *phrases)
{
  return rc_test_rules_from_pack ("{\"rules\": [{\"id\": \"test.phrase\", \"level\": \"warning\", "
                                  "\"scope\": [\"bullet\", \"summary\"], \"kind\": \"phrases\", "
                                  "\"phrases\": %s, \"message\": \"Found {match}\", "
                                  "\"advice\": \"Change it\"}]}", phrases);
}

static GPtrArray *
phrase_findings (RcRuleSet  *rules,
                 const char *text,
                 RcReport  **report_out)
{
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autoptr(RcDocument) document = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "basics");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);
  document = rc_test_document_from_data (json);
  *report_out = rc_engine_check (engine, document, NULL);
  return rc_report_get_findings (*report_out);
}

static void
assert_phrase (RcRuleSet  *rules,
               const char *text,
               gint        start,
               gint        end)
{
  g_autoptr(RcReport) report = NULL;
  GPtrArray *findings = phrase_findings (rules, text, &report);

  if (start < 0)
    {
      if (findings->len != 0)
        g_error ("“%s” should not match", text);
      return;
    }
  if (findings->len != 1)
    g_error ("“%s” should match once, not %u times", text, findings->len);
  g_assert_cmpuint (((RcFinding *) g_ptr_array_index (findings, 0))->start, ==, (guint) start);
  g_assert_cmpuint (((RcFinding *) g_ptr_array_index (findings, 0))->end, ==, (guint) end);
}

static void
test_engine_boundaries (void)
{
  g_autoptr(RcRuleSet) rules = phrase_pack ("[\"café\", \"team player\", \"node.js\", \"résumé\"]");
  g_autoptr(RcRuleSet) cjk = phrase_pack ("[\"工程师\"]");

  /* accented letters are part of words */
  assert_phrase (rules, "Cafés open late", -1, -1);
  assert_phrase (rules, "décafé", -1, -1);
  assert_phrase (rules, "the café.", 4, 8);
  assert_phrase (rules, "THE CAFÉ", 4, 8);
  assert_phrase (rules, "Cafe\xcc\x81 au lait", 0, 5);
  assert_phrase (rules, "a résumé", 2, 8);
  assert_phrase (rules, "résuméd", -1, -1);
  /* CJK and emoji beside a phrase are boundaries; offsets are code points */
  assert_phrase (rules, "团队team player精神", 2, 13);
  assert_phrase (rules, "🚀team player🚀", 1, 12);
  assert_phrase (rules, "ça va, TEAM  PLAYER!", 7, 19);
  assert_phrase (rules, "teamplayer", -1, -1);
  assert_phrase (rules, "team players", -1, -1);
  assert_phrase (rules, "team, player", -1, -1);
  assert_phrase (rules, "Built APIs in Node.js.", 14, 21);
  assert_phrase (rules, "Built APIs in Node", -1, -1);
  /* a phrase in a language without spaces */
  assert_phrase (cjk, "资深工程师，擅长Go", 2, 5);
  assert_phrase (cjk, "工程", -1, -1);
}

static void
test_engine_case (void)
{
  g_autoptr(RcRuleSet) rules = phrase_pack ("[{\"text\": \"I\", \"case-sensitive\": true}, \"we\"]");

  assert_phrase (rules, "I built it", 0, 1);
  assert_phrase (rules, "i built it", -1, -1);
  assert_phrase (rules, "We built it", 0, 2);
  assert_phrase (rules, "WE built it", 0, 2);
  assert_phrase (rules, "Built CI/CD and IO", -1, -1);
}

static void
test_engine_metrics (void)
{
  static const struct {
    const char *bullet;
    gboolean    metric;
  } cases[] = {
    { "Cut p99 latency of the rates service.", TRUE },
    { "Made the build 10x faster for the team.", TRUE },
    { "Reduced page load from 5s→500ms for shoppers.", TRUE },
    { "Saved $10K in cloud costs for the company.", TRUE },
    { "Scaled the pipeline to 1M events for clients.", TRUE },
    { "Kept availability at 99.95% for the service.", TRUE },
    { "Doubled throughput of the ingest service.", TRUE },
    { "Led a dozen engineers across the platform.", TRUE },
    { "Moved the runners to EC2 and artifacts to S3.", FALSE },
    { "Moved the services to k8s last spring.", FALSE },
    { "Upgraded the services to Python 3 and Java 17.", FALSE },
    { "Rewrote the gateway in Go 1.21 for the team.", FALSE },
    { "Moved the gateway to HTTP/2 for the team.", FALSE },
    { "Rebuilt the billing service in 2021 for the team.", FALSE },
    { "Ran the billing migration during 2019–2020 for us.", FALSE },
    { "Added 2FA to the admin console for staff.", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* next to a bullet with a number: where a missing one is worth telling */
      g_autofree char *json = g_strdup_printf ("{\"work\": [{\"name\": \"A\", \"startDate\": "
                                               "\"2020\", \"highlights\": [\"Cut costs by 31%%.\", "
                                               "\"%s\"]}]}", cases[i].bullet);
      g_autoptr(RcDocument) document = rc_test_document_from_data (json);
      g_autoptr(RcReport) report = check (document, NULL);
      gboolean flagged = rc_test_find_finding (report, "achievement.no-metric",
                                               "/work/0/highlights/1") != NULL;

      if (flagged == cases[i].metric)
        g_error ("“%s” should %s a metric", cases[i].bullet, cases[i].metric ? "be" : "not be");
    }
}

static void
test_engine_tense (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": ["
    " {\"name\": \"Now\", \"startDate\": \"2022-01\", \"highlights\": ["
    "   \"Lead the platform team of 6 engineers.\","
    "   \"Own the rates API serving 2M calls a day.\","
    "   \"Cut p99 latency by 40% with Redis.\","
    "   \"Owned the carrier API for 40 carriers.\","
    "   \"Migrated 14 services to Kubernetes.\"]},"
    " {\"name\": \"Before\", \"startDate\": \"2018-01\", \"endDate\": \"2021-12\", \"highlights\": ["
    "   \"Re-architects the billing pipeline for 9M payments.\","
    "   \"Set up CI for 12 services in 3 weeks.\","
    "   \"Led 4 engineers through 2 launches.\","
    "   \"Mentoring 3 new hires each quarter.\"]}]}");
  g_autoptr(RcReport) report = check (document, NULL);
  const RcFinding *finding;

  /* the current role reads in the present: "Owned" next to "Own" stands out, while a finished
   * piece of work ("Migrated") may stay in the past */
  finding = rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/3");
  assert_span (document, finding, 0, 5, "Owned");
  g_assert_cmpstr (finding->fix, ==, "Own");
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/4"));
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/0"));
  /* "Cut" is past and present alike */
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/2"));

  /* a finished role: present forms are wrong, whatever the others do */
  finding = rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/0");
  assert_span (document, finding, 0, 13, "Re-architects");
  g_assert_cmpstr (finding->fix, ==, "Re-architected");
  finding = rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/3");
  g_assert_cmpstr (finding->fix, ==, "Mentored");
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/1"));
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/2"));
  g_assert_cmpuint (count (report, "tense.mismatch"), ==, 3);
}

static void
test_engine_coverage (void)
{
  g_autoptr(RcDocument) half = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"A\", \"startDate\": \"2020\", \"highlights\": ["
    "\"Cut costs by 31% for the group.\", \"Served 2M requests a day.\","
    "\"Wrote the runbooks for on-call.\", \"Built the admin console for support.\"]}]}");
  g_autoptr(RcDocument) under = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"A\", \"startDate\": \"2020\", \"highlights\": ["
    "\"Cut costs by 31% for the group.\", \"Shipped the rates API for carriers.\","
    "\"Wrote the runbooks for on-call.\", \"Built the admin console for support.\"]}]}");
  g_autoptr(RcReport) a = check (half, NULL);
  g_autoptr(RcReport) b = check (under, NULL);
  const RcFinding *finding;

  g_assert_null (rc_test_find_finding (a, "achievement.metric-coverage", NULL));
  finding = rc_test_find_finding (b, "achievement.metric-coverage", "/work");
  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->start, ==, 0);
  g_assert_cmpuint (finding->end, ==, 0);
  g_assert_nonnull (strstr (finding->message, "1 of your 4"));
}

static void
test_engine_dates (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": ["
    " {\"name\": \"Old\", \"startDate\": \"2015-01\", \"endDate\": \"2017-06\"},"
    " {\"name\": \"New\", \"startDate\": \"2018-01\", \"endDate\": \"Present\"},"
    " {\"name\": \"Newer\", \"startDate\": \"2019-02\", \"endDate\": \"2021\"},"
    " {\"name\": \"Bad\", \"startDate\": \"2021-02-30\"}],"
    " \"education\": [{\"institution\": \"U\", \"startDate\": \"2012\", \"endDate\": \"2011\"}]}");
  g_autoptr(RcReport) report = check (document, NULL);
  const RcFinding *finding;

  /* "Present" reads as an ongoing end: only its style is said, once for the section */
  g_assert_null (rc_test_find_finding (report, "dates.invalid", "/work/1/endDate"));
  finding = rc_test_find_finding (report, "dates.format", "/work");
  g_assert_nonnull (strstr (finding->message, "“Present”"));
  finding = rc_test_find_finding (report, "dates.invalid", "/work/3/startDate");
  assert_span (document, finding, 0, 10, "2021-02-30");
  g_assert_null (finding->fix);
  finding = rc_test_find_finding (report, "dates.invalid", "/education/0/endDate");
  g_assert_nonnull (strstr (finding->message, "2012"));
  g_assert_cmpuint (count (report, "dates.invalid"), ==, 2);

  /* "New" runs to the present, after "Old" above it ended in 2017; "Newer", ended in 2021, is
   * in order below "New" */
  g_assert_nonnull (rc_test_find_finding (report, "dates.order", "/work/1"));
  g_assert_cmpuint (count (report, "dates.order"), ==, 1);
}

static void
test_engine_skills (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"skills\": [{\"name\": \"Languages\", \"keywords\": [\"Python\", \"Go\", \"Java\"]},"
    "              {\"name\": \"Cloud\", \"keywords\": [\"AWS\", \"Terraform\", \"Rate limiting\","
    "                                               \"Chaos engineering\"]}],"
    " \"work\": [{\"name\": \"A\", \"startDate\": \"2020\", \"highlights\": ["
    "   \"Built a Django API serving 2M calls a day on AWS Lambda.\","
    "   \"Added rate limiting to 12 public endpoints in Go with Gin.\","
    "   \"Moved 30 jobs to Kafka, cutting delays to 2 minutes.\"]}]}");
  g_autoptr(RcReport) report = check (document, NULL);
  const RcFinding *finding;

  /* Django shows Python, Lambda shows AWS: each group says once what nothing shows; "Rate
   * limiting" is a practice and "Chaos engineering" unknown, so neither is named */
  finding = rc_test_find_finding (report, "skills.no-context", "/skills/0");
  g_assert_cmpstr (finding->message, ==, "Java is listed, but no bullet shows you using it");
  g_assert_cmpint (finding->level, ==, RC_LEVEL_SUGGESTION);
  finding = rc_test_find_finding (report, "skills.no-context", "/skills/1");
  g_assert_cmpstr (finding->message, ==, "Terraform is listed, but no bullet shows you using it");
  g_assert_cmpuint (count (report, "skills.no-context"), ==, 2);

  /* forty keywords: the message names six and counts the rest, the advice names them all */
  {
    g_autoptr(RcDocument) stuffed = rc_test_document_from_data (
      "{\"skills\": [{\"name\": \"Technologies\", \"keywords\": [\"Kotlin\", \"RabbitMQ\","
      " \"Oracle\", \"MongoDB\", \"Docker\", \"Azure\", \"GCP\", \"Terraform\", \"Jenkins\","
      " \"Grafana\", \"Java\"]}],"
      " \"work\": [{\"name\": \"A\", \"startDate\": \"2020\", \"highlights\": ["
      "   \"Built the order service in Java, handling 30,000 orders a day.\"]}]}");
    g_autoptr(RcReport) many = check (stuffed, NULL);

    finding = rc_test_find_finding (many, "skills.no-context", "/skills/0");
    g_assert_cmpstr (finding->message, ==, "Kotlin, RabbitMQ, Oracle, MongoDB, Docker, Azure and 4 "
                                           "more are listed, but no bullet shows you using them");
    g_assert_nonnull (strstr (finding->advice, "these 10: Kotlin, RabbitMQ, Oracle, MongoDB, "
                                               "Docker, Azure, GCP, Terraform, Jenkins and "
                                               "Grafana."));
  }

  /* Kafka is used but not listed; Django and Gin too */
  finding = rc_test_find_finding (report, "skills.unlisted", "/work/0/highlights/2");
  assert_span (document, finding, 17, 22, "Kafka");
  g_assert_nonnull (strstr (finding->message, "Kafka"));
  g_assert_nonnull (rc_test_find_finding (report, "skills.unlisted", "/work/0/highlights/0"));
}

static void
test_engine_go_verb (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"skills\": [{\"name\": \"Languages\", \"keywords\": [\"Python\"]}],"
    " \"work\": [{\"name\": \"A\", \"startDate\": \"2020\", \"highlights\": ["
    "   \"Helped 3 teams go live with Python services in 2 weeks.\"]}]}");
  g_autoptr(RcReport) report = check (document, NULL);

  g_assert_null (rc_test_find_finding (report, "skills.unlisted", NULL));
}

static void
test_engine_pages (void)
{
  GString *json = g_string_new ("{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"A\", "
                                "\"startDate\": \"2021-01\", \"highlights\": [");
  g_autofree char *data = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = NULL;
  const RcFinding *finding;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s\"Cut p99 latency of the rates API from 850 ms to 190 ms "
                            "with covering indexes and a Redis read-through cache, step %u.\"",
                            i > 0 ? "," : "", i);
  g_string_append (json, "]}]}");
  data = g_string_free (json, FALSE);
  document = rc_test_document_from_data (data);
  report = check (document, NULL);

  finding = rc_test_find_finding (report, "length.pages", "");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->level, ==, RC_LEVEL_WARNING);
  g_assert_nonnull (strstr (finding->message, "2 pages"));

  /* a year in: "1 year", not "1 years" */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *start = g_strdup_printf ("%04d-%02d", g_date_time_get_year (now) - 1,
                                              g_date_time_get_month (now));

    g_assert_true (rc_document_set_string (document, "/work/0/startDate", start, NULL));
    g_clear_pointer (&report, rc_report_unref);
    report = check (document, NULL);
    finding = rc_test_find_finding (report, "length.pages", "");
    g_assert_nonnull (finding);
    g_assert_nonnull (strstr (finding->message, "with 1 year of experience"));
  }

  /* ten years in, two pages are fine */
  g_assert_true (rc_document_set_string (document, "/work/0/startDate", "2010-01", NULL));
  g_clear_pointer (&report, rc_report_unref);
  report = check (document, NULL);
  g_assert_null (rc_test_find_finding (report, "length.pages", NULL));
}

/* a junior's resume of @n_bullets one-line bullets, one page */
static RcDocument *
load_junior (guint n_bullets)
{
  GString *json = g_string_new ("{\"basics\": {\"name\": \"A\", \"email\": \"a@example.com\"}, "
                                "\"work\": [{\"name\": \"A\", \"startDate\": \"2021-01\", "
                                "\"highlights\": [");
  g_autofree char *data = NULL;

  for (guint i = 0; i < n_bullets; i++)
    g_string_append_printf (json, "%s\"Cut p99 latency of the rates API from 850 ms to %u ms.\"",
                            i > 0 ? "," : "", 100 + i);
  g_string_append (json, "]}]}");
  data = g_string_free (json, FALSE);
  return rc_test_document_from_data (data);
}

/* a bullet long enough to push a short resume onto a second page */
static char *
make_long_bullet (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 150; i++)
    g_string_append (text, "Cut p99 latency of the rates API from 850 ms to 190 ms. ");
  return g_string_free (text, FALSE);
}

static void
assert_same_as_fresh (RcReport   *report,
                      RcDocument *document)
{
  g_autoptr(RcReport) fresh = check (document, NULL);

  g_assert_false (rc_report_get_pages_pending (fresh));
  assert_same_reports (report, fresh);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *n_notified)
{
  (*n_notified)++;
}

static void
test_engine_defer_pages (void)
{
  g_autoptr(RcDocument) document = load_junior (8);
  g_autoptr(RcDocument) other = load_junior (8);
  g_autoptr(RcEngine) engine = rc_engine_new (get_rules ());
  g_autoptr(RcReport) report = NULL;
  g_autofree char *long_bullet = make_long_bullet ();
  const RcFinding *finding;
  guint n_notified = 0;

  g_assert_true (rc_document_set_string (other, "/work/0/highlights/5", long_bullet, NULL));

  g_assert_false (rc_engine_get_defer_pages (engine));
  g_signal_connect (engine, "notify::defer-pages", G_CALLBACK (on_notify_cb), &n_notified);
  g_object_set (engine, "defer-pages", TRUE, NULL);
  rc_engine_set_defer_pages (engine, TRUE);
  g_assert_true (rc_engine_get_defer_pages (engine));
  g_assert_cmpuint (n_notified, ==, 1);

  /* nothing counted yet: the first check counts */
  report = rc_engine_check (engine, document, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  g_assert_null (rc_test_find_finding (report, "length.pages", NULL));
  assert_same_as_fresh (report, document);

  /* one edit makes it two pages: the check keeps the count of one page, and says so */
  g_assert_true (rc_document_set_string (document, "/work/0/highlights/3", long_bullet, NULL));
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_true (rc_report_get_pages_pending (report));
  g_assert_null (rc_test_find_finding (report, "length.pages", NULL));
  g_assert_nonnull (rc_test_find_finding (report, "bullet.too-long", "/work/0/highlights/3"));

  /* counted again: the count changed, and the next check is a fresh one's */
  g_assert_true (rc_engine_update_pages (engine, document));
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  finding = rc_test_find_finding (report, "length.pages", "");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "2 pages"));
  assert_same_as_fresh (report, document);
  g_assert_false (rc_engine_update_pages (engine, document));

  /* an edit that keeps two pages: pending until counted, then no change */
  g_assert_true (rc_document_set_string (document, "/work/0/highlights/0",
                                         "Cut p99 latency of the rates API from 850 ms to 90 ms.",
                                         NULL));
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_true (rc_report_get_pages_pending (report));
  g_assert_nonnull (rc_test_find_finding (report, "length.pages", ""));
  g_assert_false (rc_engine_update_pages (engine, document));
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  assert_same_as_fresh (report, document);

  /* what the resume keeps in meta prints nothing */
  rc_coach_state_set_job (document, "Go and Kafka");
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  assert_same_as_fresh (report, document);

  /* back to one page, then the deferral is turned off: that check is exact */
  g_assert_true (rc_document_set_string (document, "/work/0/highlights/3", "Cut costs by 9%.", NULL));
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_true (rc_report_get_pages_pending (report));
  g_assert_nonnull (rc_test_find_finding (report, "length.pages", ""));
  rc_engine_set_defer_pages (engine, FALSE);
  g_assert_cmpuint (n_notified, ==, 2);
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, document, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  g_assert_null (rc_test_find_finding (report, "length.pages", NULL));
  assert_same_as_fresh (report, document);

  /* another document is counted, not given this one's count */
  rc_engine_set_defer_pages (engine, TRUE);
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, other, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  g_assert_nonnull (rc_test_find_finding (report, "length.pages", ""));
  assert_same_as_fresh (report, other);

  /* and so is a resume replaced whole */
  {
    g_autoptr(JsonNode) root = json_node_copy (rc_document_get_root (document));

    g_assert_true (rc_document_set (other, "", root, NULL));
  }
  g_clear_pointer (&report, rc_report_unref);
  report = rc_engine_check (engine, other, NULL);
  g_assert_false (rc_report_get_pages_pending (report));
  g_assert_null (rc_test_find_finding (report, "length.pages", NULL));
  assert_same_as_fresh (report, other);
}

static void
test_engine_ignore (void)
{
  g_autoptr(RcDocument) document = load_sample ();
  g_autoptr(RcEngine) engine = rc_engine_new (get_rules ());
  g_autoptr(RcReport) before = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) after = NULL;
  g_autoptr(RcReport) edited = NULL;
  g_autoptr(RcReport) reloaded = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(GFile) file = NULL;
  RcFinding *duty = rc_finding_copy (rc_test_find_finding (before, "achievement.duty-phrase",
                                                           "/work/1/highlights/1"));
  guint n = rc_report_get_findings (before)->len;

  rc_coach_state_ignore (document, duty);
  rc_coach_state_ignore (document, duty);
  g_assert_true (rc_coach_state_is_ignored (document, duty));
  after = rc_engine_check (engine, document, NULL);
  g_assert_cmpuint (rc_report_get_ignored (after), ==, 1);
  g_assert_null (rc_test_find_finding (after, "achievement.duty-phrase", "/work/1/highlights/1"));
  /* the advice is dismissed, not only its words: "no number" does not take its place */
  g_assert_null (rc_test_find_finding (after, "achievement.no-metric", "/work/1/highlights/1"));
  g_assert_cmpuint (rc_report_get_findings (after)->len, ==, n - 1);
  g_assert_cmpuint (rc_report_get_score (after), >, rc_report_get_score (before));

  /* an edit elsewhere in the same bullet keeps the ignore: the key is the matched text */
  g_assert_true (rc_document_set_string (document, "/work/1/highlights/1",
                                         "Worked on the scheduling service and its REST API.",
                                         NULL));
  edited = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (edited, "achievement.duty-phrase", "/work/1/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (edited), ==, 1);

  /* saved with the resume, found again after reopening */
  dir = g_dir_make_tmp ("rc-engine-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "resume.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  again = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  reloaded = check (again, NULL);
  g_assert_null (rc_test_find_finding (reloaded, "achievement.duty-phrase",
                                       "/work/1/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (reloaded), ==, 1);

  rc_coach_state_unignore_all (again);
  g_clear_pointer (&reloaded, rc_report_unref);
  reloaded = check (again, NULL);
  g_assert_nonnull (rc_test_find_finding (reloaded, "achievement.duty-phrase",
                                          "/work/1/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (reloaded), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
  rc_finding_free (duty);
}

static void
test_engine_fix (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"A\", \"startDate\": \"2019\", \"endDate\": \"2020\", "
    "\"highlights\": [\"Successfully moved 12 services to Kuberentes, a very big win.\","
    " \"Leads 3 reviews a week on the Postgres team.\"]}]}");
  g_autoptr(RcReport) report = check (document, NULL);
  g_autoptr(RcReport) fixed = NULL;
  g_autoptr(GError) error = NULL;
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "spelling.tech", "/work/0/highlights/0");
  g_assert_cmpstr (finding->fix, ==, "Kubernetes");
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Successfully moved 12 services to Kubernetes, a very big win.");

  /* the report is stale now: a fix for text that moved is refused */
  finding = rc_test_find_finding (report, "style.filler", "/work/0/highlights/0");
  g_assert_cmpstr (finding->match, ==, "Successfully");
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Moved 12 services to Kubernetes, a very big win.");

  fixed = check (document, NULL);
  finding = rc_test_find_finding (fixed, "style.filler", "/work/0/highlights/0");
  g_assert_cmpstr (finding->match, ==, "very");
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Moved 12 services to Kubernetes, a big win.");
  g_assert_false (rc_finding_apply_fix (finding, document, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  finding = rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/1");
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/1"), ==,
                   "Led 3 reviews a week on the Postgres team.");

  finding = rc_test_find_finding (report, "skills.missing", NULL);
  g_assert_false (rc_finding_apply_fix (finding, document, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

/* "I led…" and "We cut…": taking the subject out leaves the verb to open the bullet, so the
 * pronoun's fix does that; where it would not leave a sentence ("I was promoted", "I have 10
 * years", the pronoun inside the sentence) there is no fix */
static void
test_engine_pronoun_fix (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"A\", \"startDate\": \"2019\", \"endDate\": \"2020\", "
    "\"highlights\": [\"I led the move of 140 services to EKS.\", "
    "\"We cut the AWS bill by $1.1M a year.\", \"I was promoted twice in three years.\", "
    "\"I have 10 years of Go in production.\", "
    "\"Automated the report I assembled by hand for 4 teams.\"]}]}");
  g_autoptr(RcReport) report = check (document, NULL);
  g_autoptr(GError) error = NULL;
  const char * const fixed[] = {
    "Led the move of 140 services to EKS.", "Cut the AWS bill by $1.1M a year.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/0/highlights/%u", i);
      const RcFinding *finding = rc_test_find_finding (report, "style.pronoun", pointer);

      g_assert_nonnull (finding);
      g_assert_cmpstr (finding->fix, ==, "");
      g_assert_true (rc_finding_apply_fix (finding, document, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (rc_document_get_string (document, pointer), ==, fixed[i]);
    }
  for (guint i = G_N_ELEMENTS (fixed); i < 5; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/0/highlights/%u", i);
      const RcFinding *finding = rc_test_find_finding (report, "style.pronoun", pointer);

      g_assert_nonnull (finding);
      g_assert_null (finding->fix);
    }
}

static const char *incremental_job = "Senior backend engineer. Requirements: Go, Kafka, "
                                     "Kubernetes, PostgreSQL, Terraform and gRPC. Nice to have: "
                                     "Rust.";

static const struct {
  const char *what;
  guint       max_rechecked;
} incremental_steps[] = {
  { "unchanged", 0 },
  { "edit a bullet", 1 },
  { "edit it to a duty phrase", 1 },
  { "add a skill", 1 },
  { "insert a bullet", 6 },
  { "remove a bullet", 6 },
  { "swap two roles", 100 },
  { "set a job", 0 },
  { "edit the summary", 1 },
  { "unknown text", 1 },
  { "type inside a bullet", 1 },
  { "change an opening verb", 1 },
  { "break an end date", 0 },
  { "rename a skill", 1 },
  { "add a role summary", 1 },
  { "ignore a finding", 0 },
  { "a job given for one check", 0 },
  { "blank a bullet", 1 },
  /* what is missing follows blank strings and the names entries go by */
  { "blank the summary", 1 },
  /* a name the spelling rules learn: every string is read again */
  { "rename a project that has no link", 100 },
  /* the job match follows the skills the bullets name, not where they stand */
  { "name a skill the job asks for", 1 },
  { "type before that skill", 1 },
  /* the checks of verbs, and of where skills stand, run again; the others need not */
  { "name a skill Skills lacks", 1 },
  { "change the opening verb before it", 1 },
};

/* The edit of incremental_steps[@step]; @first is the report before any edit */
static void
apply_incremental_step (RcDocument  *document,
                        RcReport    *first,
                        guint        step,
                        GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  switch (step)
    {
    case 1:
      rc_document_set_string (document, "/work/0/highlights/1",
                              "Cut p99 latency of the rates API from 850 ms to 120 ms.", error);
      break;
    case 2:
      rc_document_set_string (document, "/work/0/highlights/1",
                              "Responsible for the rates API and its Terraform modules.", error);
      break;
    case 3:
      node = json_node_init_string (json_node_alloc (), "Rust");
      rc_document_insert (document, "/skills/0/keywords", -1, node, error);
      break;
    case 4:
      node = json_node_init_string (json_node_alloc (), "Built a Kafka consumer in Go.");
      rc_document_insert (document, "/work/0/highlights", 2, node, error);
      break;
    case 5:
      rc_document_remove (document, "/work/0/highlights/0", error);
      break;
    case 6:
      rc_document_move (document, "/work", 0, 1, error);
      break;
    case 7:
      rc_coach_state_set_job (document, incremental_job);
      break;
    case 8:
      rc_document_set_string (document, "/basics/summary", "Go engineer, 6 years.", error);
      break;
    case 9:
      rc_document_set_string (document, "/work/1/highlights/0", "Ünïcödé 工程师 🚀 bullet", error);
      break;
    case 10:
      rc_document_set_string (document, "/work/1/highlights/1",
                              "Worked on the appointment scheduling service and its public REST "
                              "API for clinics.", error);
      break;
    case 11:
      rc_document_set_string (document, "/work/1/highlights/3",
                              "Built Python tooling to reconcile claims, saving 6 hours a week.",
                              error);
      break;
    case 12:
      rc_document_set_string (document, "/work/2/endDate", "2021-13", error);
      break;
    case 13:
      rc_document_set_string (document, "/skills/0/keywords/0", "Golang", error);
      break;
    case 14:
      rc_document_set_string (document, "/work/2/summary", "Payments start-up of 12.", error);
      break;
    case 15:
      {
        const RcFinding *finding = rc_test_find_finding (first, "style.buzzword", NULL);

        g_assert_nonnull (finding);
        rc_coach_state_ignore (document, finding);
      }
      break;
    case 17:
      rc_document_set_string (document, "/work/0/highlights/0", "   ", error);
      break;
    case 18:
      rc_document_set_string (document, "/basics/summary", " ", error);
      break;
    case 19:
      rc_document_set_string (document, "/projects/1/name", "pg-replayer", error);
      break;
    case 20:
      rc_document_set_string (document, "/work/0/highlights/1",
                              "Moved billing to Terraform, cutting setup from 2 days to 1 hour.",
                              error);
      break;
    case 21:
      rc_document_set_string (document, "/work/0/highlights/1",
                              "Moved the whole billing stack to Terraform, cutting setup from 2 "
                              "days to 1 hour.", error);
      break;
    case 22:
      rc_document_set_string (document, "/work/0/highlights/2",
                              "Moved the ledger to Cassandra, cutting writes from 40 ms to 6 ms.",
                              error);
      break;
    case 23:
      rc_document_set_string (document, "/work/0/highlights/2",
                              "Migrated the ledger to Cassandra, cutting writes from 40 ms to 6 ms.",
                              error);
      break;
    default:
      break;
    }
}

/* The window's engine: once the pages are counted again, it says what a fresh one says */
static void
assert_deferred_matches (RcEngine   *deferring,
                         RcDocument *document,
                         const char *job,
                         RcReport   *fresh)
{
  g_autoptr(RcReport) deferred = rc_engine_check (deferring, document, job);

  if (rc_report_get_pages_pending (deferred) &&
      rc_engine_update_pages (deferring, document))
    {
      g_clear_pointer (&deferred, rc_report_unref);
      deferred = rc_engine_check (deferring, document, job);
    }
  assert_same_reports (deferred, fresh);
}

static void
test_engine_incremental (void)
{
  g_autoptr(RcDocument) document = load_sample ();
  g_autoptr(RcEngine) engine = rc_engine_new (get_rules ());
  g_autoptr(RcEngine) deferring = g_object_new (RC_TYPE_ENGINE, "rules", get_rules (),
                                                "defer-pages", TRUE, NULL);
  g_autoptr(RcReport) first = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&first, rc_report_unref);
  first = rc_engine_check (engine, document, NULL);
  g_assert_cmpuint (rc_engine_get_last_rechecked (engine), >, 30);

  for (guint s = 0; s < G_N_ELEMENTS (incremental_steps); s++)
    {
      const char *job = s == 16 ? "Rust and Elixir" : NULL;
      g_autoptr(RcReport) incremental = NULL;
      g_autoptr(RcReport) fresh = NULL;

      apply_incremental_step (document, first, s, &error);
      g_assert_no_error (error);

      g_test_message ("%s", incremental_steps[s].what);
      incremental = rc_engine_check (engine, document, job);
      g_assert_cmpuint (rc_engine_get_last_rechecked (engine), <=,
                        incremental_steps[s].max_rechecked);
      g_assert_false (rc_report_get_pages_pending (incremental));
      fresh = check (document, job);
      assert_same_reports (incremental, fresh);

      assert_deferred_matches (deferring, document, job, fresh);
      if (s >= 7)
        g_assert_nonnull (rc_report_get_ats (incremental));
      if (s == 18)
        g_assert_nonnull (rc_test_find_finding (incremental, "summary.missing", NULL));
      /* Terraform, listed in Skills, is then backed by a bullet */
      if (s == 19 || s == 20)
        g_assert_true (g_strv_contains ((const char * const *)
                                        rc_report_get_ats (incremental)->skills_only,
                                        "Terraform") == (s == 19));
      if (s == 22 || s == 23)
        {
          const RcFinding *unlisted = rc_test_find_finding (incremental, "skills.unlisted",
                                                            "/work/0/highlights/2");

          g_assert_nonnull (unlisted);
          g_assert_cmpuint (unlisted->start, ==, s == 22 ? 20 : 23);
        }
      if (s == 19)
        {
          const RcFinding *link = rc_test_find_finding (incremental, "projects.no-link",
                                                                 "/projects/1");

          g_assert_nonnull (link);
          g_assert_nonnull (strstr (link->message, "pg-replayer"));
        }
    }
}

/* meta.resumeCoach.job holding JSON nested past any limit: read as text, no crash */
static void
test_engine_deep_stored_job (void)
{
  g_autofree char *job = rc_test_deep_json (100000);
  g_autofree char *escaped = g_strescape (job, NULL);
  g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"Ada\"}, \"meta\": "
                                           "{\"resumeCoach\": {\"job\": \"%s\"}}}", escaped);
  g_autoptr(RcDocument) document = rc_test_document_from_data (json);
  g_autoptr(RcReport) report = check (document, NULL);

  g_assert_nonnull (report);
  g_assert_nonnull (rc_test_find_finding (report, "skills.missing", NULL));
}

static void
test_engine_job (void)
{
  g_autoptr(RcDocument) document = load_sample ();
  g_autoptr(RcReport) report = NULL;
  g_autoptr(RcReport) stored = NULL;
  g_autoptr(RcReport) json_job = NULL;
  const RcAtsMatch *ats;
  const RcFinding *finding;
  const char *job = "Backend Engineer\n\nRequirements:\n- Golang and PostgreSQL\n- Kafka, "
                    "Kubernetes, gRPC\n- Spring Boot and Java\n- CI/CD and system design\n"
                    "We go the extra mile.";

  report = check (document, job);
  ats = rc_report_get_ats (report);
  g_assert_nonnull (ats);
  g_assert_cmpuint (ats->match, >, 30);
  g_assert_cmpuint (ats->match, <, 90);
  /* spelled as the job spells them */
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Golang"));
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "PostgreSQL"));
  g_assert_true (g_strv_contains ((const char * const *) ats->missing, "Spring Boot"));
  g_assert_true (g_strv_contains ((const char * const *) ats->missing, "Java"));

  finding = rc_test_find_finding (report, "ats.missing-keywords", "");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "Spring Boot"));

  /* stored with the resume, the job is used when none is given */
  rc_coach_state_set_job (document, job);
  stored = check (document, NULL);
  g_assert_nonnull (rc_report_get_ats (stored));
  g_assert_cmpuint (rc_report_get_ats (stored)->match, ==, ats->match);

  /* a JSON Resume job file */
  json_job = check (document, "{\"title\": \"Backend Engineer\", \"skills\": [{\"name\": "
                              "\"Backend\", \"keywords\": [\"Go\", \"Kafka\", \"Elixir\"]}]}");
  ats = rc_report_get_ats (json_job);
  g_assert_nonnull (ats);
  g_assert_true (g_strv_contains ((const char * const *) ats->missing, "Elixir"));
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Go"));
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
test_engine_user_packs (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("rc-xdg-XXXXXX", &error);
  g_autofree char *dir = g_build_filename (home, "resume-coach", "rules", NULL);
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(RcDocument) document = load_sample ();
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  g_autoptr(RcReport) before = NULL;
  guint n = rc_rule_set_get_n_rules (rules);
  GError *bad;

  /* GLib keeps the first $XDG_CONFIG_HOME it reads, and the spelling dictionaries read it as
   * they open: a process of its own sees the one set here */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_rmdir (home);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  write_file (dir, "a-broken.json", "{\"rules\": [\n  {\"id\": \"x\" ]\n}");
  write_file (dir, "b-bad-rule.json",
              "{\"rules\": [{\"id\": \"team.ok\", \"level\": \"warning\", \"scope\": \"bullet\", "
              "\"kind\": \"phrases\", \"phrases\": [\"x\"], \"message\": \"m\", \"advice\": \"a\"},"
              "{\"id\": \"team.bad\", \"level\": \"warning\", \"scope\": \"bullet\", "
              "\"kind\": \"threshold\", \"count\": \"syllables\", \"max\": 3, "
              "\"message\": \"m\", \"advice\": \"a\"}]}");
  write_file (dir, "c-good.json",
              "{\"rules\": [{\"id\": \"team.no-gin\", \"level\": \"warning\", \"scope\": \"bullet\", "
              "\"kind\": \"phrases\", \"phrases\": [\"Gin\"], \"case-sensitive\": true, "
              "\"message\": \"We do not use {match}\", \"advice\": \"Say Echo\"}]}");
  write_file (dir, "notes.txt", "not a pack");

  engine = rc_engine_new (rules);
  before = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (before, "team.no-gin", NULL));

  rc_rule_set_load_user_packs (rules, errors);
  g_assert_cmpuint (errors->len, ==, 2);
  bad = g_ptr_array_index (errors, 0);
  g_assert_error (bad, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX);
  /* file:line:column: what */
  g_assert_true (g_regex_match_simple ("a-broken\\.json:2:[0-9]+: .*error", bad->message, 0, 0));
  bad = g_ptr_array_index (errors, 1);
  g_assert_error (bad, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID);
  g_assert_nonnull (strstr (bad->message, "b-bad-rule.json"));
  g_assert_nonnull (strstr (bad->message, "team.bad"));
  g_assert_nonnull (strstr (bad->message, "syllables"));
  g_assert_cmpuint (rc_rule_set_get_n_rules (rules), ==, n + 1);
  g_assert_null (rc_rule_set_lookup (rules, "team.ok"));

  /* the same engine sees the new rule, and the built-in ones still run */
  report = rc_engine_check (engine, document, NULL);
  g_assert_nonnull (rc_test_find_finding (report, "team.no-gin", "/work/0/highlights/1"));
  g_assert_nonnull (rc_test_find_finding (report, "achievement.duty-phrase", NULL));

  g_unsetenv ("XDG_CONFIG_HOME");
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (dir);
  {
    g_autofree char *parent = g_path_get_dirname (dir);

    g_rmdir (parent);
  }
  g_rmdir (home);
}

static void
test_engine_order (void)
{
  g_autoptr(RcDocument) document = load_fixture ("engine-weak.json");
  g_autoptr(RcReport) report = check (document, NULL);
  GPtrArray *findings = rc_report_get_findings (report);
  g_autoptr(GPtrArray) at = NULL;

  for (guint i = 1; i < findings->len; i++)
    g_assert_cmpint (rc_finding_compare (g_ptr_array_index (findings, i - 1),
                                         g_ptr_array_index (findings, i)), <=, 0);
  /* the whole resume first, then basics, work in entry order, then education */
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, 0))->pointer, ==, "");
  g_assert_cmpstr (((RcFinding *) g_ptr_array_index (findings, findings->len - 1))->pointer, ==,
                   "/education/0/endDate");

  /* its missing number is the section's (achievement.metric-coverage), not its own */
  at = rc_report_get_findings_at (report, "/work/0/highlights/6");
  g_assert_cmpuint (at->len, ==, 4);
  for (guint i = 1; i < at->len; i++)
    g_assert_cmpuint (((RcFinding *) g_ptr_array_index (at, i - 1))->start, <=,
                      ((RcFinding *) g_ptr_array_index (at, i))->start);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/engine/strong", test_engine_strong);
  g_test_add_func ("/core/engine/weak", test_engine_weak);
  g_test_add_func ("/core/engine/sample", test_engine_sample);
  g_test_add_func ("/core/engine/boundaries", test_engine_boundaries);
  g_test_add_func ("/core/engine/case", test_engine_case);
  g_test_add_func ("/core/engine/metrics", test_engine_metrics);
  g_test_add_func ("/core/engine/tense", test_engine_tense);
  g_test_add_func ("/core/engine/coverage", test_engine_coverage);
  g_test_add_func ("/core/engine/dates", test_engine_dates);
  g_test_add_func ("/core/engine/skills", test_engine_skills);
  g_test_add_func ("/core/engine/go-verb", test_engine_go_verb);
  g_test_add_func ("/core/engine/pages", test_engine_pages);
  g_test_add_func ("/core/engine/defer-pages", test_engine_defer_pages);
  g_test_add_func ("/core/engine/ignore", test_engine_ignore);
  g_test_add_func ("/core/engine/fix", test_engine_fix);
  g_test_add_func ("/core/engine/pronoun-fix", test_engine_pronoun_fix);
  g_test_add_func ("/core/engine/incremental", test_engine_incremental);
  g_test_add_func ("/core/engine/job", test_engine_job);
  g_test_add_func ("/core/engine/deep-stored-job", test_engine_deep_stored_job);
  g_test_add_func ("/core/engine/user-packs", test_engine_user_packs);
  g_test_add_func ("/core/engine/order", test_engine_order);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
