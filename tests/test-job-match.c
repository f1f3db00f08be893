/* test-job-match.c — postings written to trap a keyword matcher, implied skills, and the gaps
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "rc-engine.h"
#include "rc-job.h"
#include "rc-test-util.h"

static RcRuleSet *builtin;

static const char *
asked_id (RcAtsAsked asked)
{
  return asked == RC_ATS_ASKED_REQUIRED ? "requirement"
         : asked == RC_ATS_ASKED_NICE ? "nice-to-have" : "body";
}

/* Every posting in data/jobs/ comes with NAME.keywords: each keyword the job really asks for,
 * one a line as the job spells it, with where it asks ("Helm (requirement)") and the job's other
 * choices when it takes any one of several ("Kafka (nice-to-have, or NATS)"), most important
 * first. The postings carry every trap: sentence-initial verbs ("React quickly"), common
 * words that are product names (Spring, Express, Swift, Chef, Temporal, Go), employers
 * ("Former Oracle and SAP consultants"), perks, "about us" and "About <employer>" parts,
 * choices ("one or more of the following:", "such as Kafka, RabbitMQ or SQS"), soft and junk terms
 * (stakeholders, postmortems, RFC reviews), and text pasted from web pages (HTML, Markdown,
 * •, – and numbered lists). */
static void
test_trap_postings (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "jobs", NULL);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n = 0;

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL, *text = NULL, *expected = NULL, *stem = NULL;
      g_autofree char *keywords_path = NULL;
      g_autoptr(GString) found = g_string_new (NULL);
      g_autoptr(RcJob) job = NULL;
      GPtrArray *keywords;

      if (g_str_has_suffix (name, ".keywords"))
        continue;
      path = g_build_filename (dir, name, NULL);
      stem = g_strndup (name, strrchr (name, '.') - name);
      keywords_path = g_strconcat (dir, G_DIR_SEPARATOR_S, stem, ".keywords", NULL);
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      g_file_get_contents (keywords_path, &expected, NULL, &error);
      g_assert_no_error (error);

      job = rc_job_new (rc_taxonomy_get_default (), text);
      keywords = rc_job_get_keywords (job);
      for (guint i = 0; i < keywords->len; i++)
        {
          const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

          g_string_append_printf (found, "%s (%s", keyword->as_written,
                                  asked_id (keyword->asked));
          for (guint j = 0; keyword->alternatives != 0 && j < keywords->len; j++)
            {
              const RcJobKeyword *other = g_ptr_array_index (keywords, j);

              if (j != i && other->alternatives == keyword->alternatives)
                g_string_append_printf (found, ", or %s", other->as_written);
            }
          g_string_append (found, ")\n");
        }
      g_test_message ("posting %s", name);
      g_assert_cmpstr (found->str, ==, expected);
      n++;
    }
  g_assert_cmpuint (n, >=, 5);
}

/* A posting's parts: perks and "about us" weigh nothing, a clause says how much it asks */
static void
test_parts (void)
{
  g_autoptr(RcJob) job = rc_job_new (rc_taxonomy_get_default (),
                                     "Engineer\n"
                                     "About us:\n"
                                     "We love Kafka.\n"
                                     "\n"
                                     "Requirements:\n"
                                     "- Oracle DB required; PL/SQL a plus\n"
                                     "Perks: a Go club, Docker stickers\n"
                                     "- Redis\n");
  GPtrArray *keywords = rc_job_get_keywords (job);
  const RcJobKeyword *first, *second, *third;

  g_assert_cmpuint (keywords->len, ==, 3);
  first = g_ptr_array_index (keywords, 0);
  second = g_ptr_array_index (keywords, 1);
  third = g_ptr_array_index (keywords, 2);
  g_assert_cmpstr (first->as_written, ==, "Oracle DB");
  g_assert_cmpint (first->asked, ==, RC_ATS_ASKED_REQUIRED);
  g_assert_cmpstr (second->as_written, ==, "Redis");
  g_assert_cmpint (second->asked, ==, RC_ATS_ASKED_REQUIRED);
  g_assert_cmpstr (third->as_written, ==, "PL/SQL");
  g_assert_cmpint (third->asked, ==, RC_ATS_ASKED_NICE);
  g_assert_cmpuint (third->count, ==, 1);
}

static char *
keywords_with_parts (const char *text)
{
  g_autoptr(RcJob) job = rc_job_new (rc_taxonomy_get_default (), text);
  GPtrArray *keywords = rc_job_get_keywords (job);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

      g_string_append_printf (out, "%s%s (%s)", i > 0 ? ", " : "", keyword->as_written,
                              asked_id (keyword->asked));
    }
  return g_string_free (out, FALSE);
}

/* Lists as people paste them: •, –, * and numbered markers, glued or spaced, text and tags
 * mixed; a marker does not hide a perks label */
static void
test_pasted_lists (void)
{
  static const struct
  {
    const char *text;
    const char *keywords;
  } cases[] = {
    { "Engineer\nRequirements:\n\xe2\x80\xa2 Go\n\xe2\x80\x93 Rust\n* Kafka\n1) Redis\n2. Helm\n",
      "Go (requirement), Rust (requirement), Kafka (requirement), Redis (requirement), "
      "Helm (requirement)" },
    { "Engineer\n\xe2\x80\xa2" "Benefits: Docker\n- Go required; Rust a plus.\n<ul><li>Kafka</li></ul>",
      "Go (requirement), Kafka (body), Rust (nice-to-have)" },
    { "<h1>Backend Engineer</h1><h2>Nice to have</h2><ul><li>Go &amp; Rust</li></ul><h2>Benefits</h2><p>Docker swag</p>",
      "Go (nice-to-have), Rust (nice-to-have)" },
    { "Platform Engineer\nWho we are\nWe love Kafka.\nWho we are looking for\n- Go\n",
      "Go (requirement)" },
    { "Data Engineer\nRequirements: Spark, Airflow\nFormer Databricks engineers, ex-Confluent "
      "staff and Snowflake alumni welcome.\n",
      "Spark (requirement), Airflow (requirement)" },
    { "Backend Engineer\n**Must have**\n- **Go**\n- `Kafka`\n\n**Perks**\n- Docker\n",
      "Go (requirement), Kafka (requirement)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = keywords_with_parts (cases[i].text);

      g_test_message ("posting: %s", cases[i].text);
      g_assert_cmpstr (found, ==, cases[i].keywords);
    }
}

/* the JSON Resume job schema: the company is the employer, never a keyword */
static void
test_json_company (void)
{
  g_autoptr(RcJob) job = rc_job_new (rc_taxonomy_get_default (),
                                     "{\"title\": \"Engineer\", \"company\": \"Redis\","
                                     " \"description\": \"Redis builds databases. You know Go.\","
                                     " \"skills\": [{\"name\": \"Backend\", \"keywords\": [\"Go\"]}]}");
  GPtrArray *keywords = rc_job_get_keywords (job);

  g_assert_cmpuint (keywords->len, ==, 1);
  g_assert_cmpstr (((RcJobKeyword *) g_ptr_array_index (keywords, 0))->skill->id, ==, "go");
}

static const RcAtsMatch *
check (RcEngine   *engine,
       RcDocument *document,
       const char *job)
{
  RcReport *report = rc_engine_check (engine, document, job);
  const RcAtsMatch *ats = rc_report_get_ats (report);

  /* the engine keeps the report's match; the test holds the report through the engine */
  g_object_set_data_full (G_OBJECT (engine), "report", report, (GDestroyNotify) rc_report_unref);
  return ats;
}

static const RcAtsKeyword *
keyword_of (const RcAtsMatch *ats,
            const char       *id)
{
  for (guint i = 0; ats != NULL && i < ats->n_keywords; i++)
    if (g_str_equal (ats->keywords[i].skill_id, id))
      return &ats->keywords[i];
  return NULL;
}

#define RESUME(work_name, bullet) \
  "{\"basics\": {\"name\": \"Ana Silva\"}, \"work\": [{\"name\": \"" work_name "\"," \
  " \"position\": \"Engineer\", \"startDate\": \"2020-01\", \"highlights\": [\"" bullet "\"]}]}"

/* Implied skills count and say why; an employer is no skill */
static void
test_implication_probes (void)
{
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcDocument) eks = rc_test_document_from_data (
    RESUME ("Harbourline", "Moved 40 services to EKS, cutting hosting costs by 30%"));
  g_autoptr(RcDocument) oracle = rc_test_document_from_data (
    RESUME ("Oracle", "Led 40 engineers at Oracle, shipping the billing rewrite in 9 months"));
  g_autoptr(RcDocument) profile = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ana Silva\", \"profiles\": [{\"network\": \"GitHub\","
    " \"username\": \"ana\"}]}, \"work\": [{\"name\": \"Acme\", \"highlights\":"
    " [\"Set up CI/CD on GitLab for 12 repositories, cutting release time by half\"]}]}");
  const RcAtsMatch *ats;
  const RcAtsKeyword *keyword;

  ats = check (engine, eks, "Platform Engineer\nRequirements:\n- Kubernetes\n- Terraform\n");
  keyword = keyword_of (ats, "kubernetes");
  g_assert_nonnull (keyword);
  g_assert_cmpint (keyword->status, ==, RC_ATS_IMPLIED);
  g_assert_cmpstr (keyword->via, ==, "EKS");
  g_assert_true (keyword->in_bullets);
  g_assert_cmpuint (keyword->resume_count, ==, 1);
  g_assert_cmpuint (ats->match, ==, 50);
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Kubernetes"));
  /* the gap comes with the bullet to say it in: Terraform is no relation of EKS */
  keyword = keyword_of (ats, "terraform");
  g_assert_cmpint (keyword->status, ==, RC_ATS_MISSING);
  g_assert_null (keyword->related_pointer);

  ats = check (engine, oracle, "DBA\nRequirements:\n- Oracle DB required\n");
  keyword = keyword_of (ats, "oracle");
  g_assert_cmpint (keyword->status, ==, RC_ATS_MISSING);
  g_assert_cmpuint (ats->match, ==, 0);

  /* GitLab and CI/CD together show GitLab CI; a GitHub profile shows Git */
  ats = check (engine, profile, "Build Engineer\nRequirements: GitLab CI, Git\n");
  keyword = keyword_of (ats, "gitlab-ci");
  g_assert_cmpint (keyword->status, ==, RC_ATS_IMPLIED);
  g_assert_cmpstr (keyword->via, ==, "GitLab and CI/CD");
  g_assert_true (keyword->in_bullets);
  keyword = keyword_of (ats, "git");
  g_assert_cmpint (keyword->status, ==, RC_ATS_IMPLIED);
  g_assert_true (keyword->via != NULL);
  g_assert_cmpuint (ats->match, ==, 100);
}

/* skills.no-context reads the same data: GitLab CI listed is shown by GitLab and CI/CD in a
 * bullet, as the job match counts it */
static void
test_no_context_together (void)
{
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ana Silva\"}, \"work\": [{\"name\": \"Acme\", \"highlights\":"
    " [\"Set up CI/CD on GitLab for 12 repositories, cutting release time by half\"]}],"
    " \"skills\": [{\"name\": \"Delivery\", \"keywords\": [\"GitLab CI\", \"Jenkins\"]}]}");
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  GPtrArray *findings = rc_report_get_findings (report);
  gboolean jenkins = FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule_id, "skills.no-context") != 0)
        continue;
      g_assert_null (strstr (finding->message, "GitLab CI"));
      jenkins = jenkins || strstr (finding->message, "Jenkins") != NULL;
    }
  /* Jenkins, shown nowhere, is still asked for */
  g_assert_true (jenkins);
}

/* A missing keyword points at the bullet whose skills are nearest it */
static void
test_related_bullet (void)
{
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ana Silva\"}, \"work\": [{\"name\": \"Acme\", \"highlights\": ["
    "\"Cut report time from 4 hours to 9 minutes for 30 analysts\","
    "\"Rebuilt the forecasting service with pandas and FastAPI, serving 2M requests a day\"]}]}");
  const RcAtsMatch *ats = check (engine, document, "Data Engineer\nRequirements: NumPy\n");
  const RcAtsKeyword *keyword = keyword_of (ats, "numpy");

  g_assert_cmpint (keyword->status, ==, RC_ATS_MISSING);
  g_assert_cmpstr (keyword->related_pointer, ==, "/work/0/highlights/1");
  g_assert_cmpstr (keyword->related, ==, "pandas, FastAPI");
}

/* "Add to Skills": where a reader looks for it, and the match rises */
static void
test_add_skill (void)
{
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcDocument) grouped = rc_test_document_from_data (
    "{\"basics\": {\"name\": \"Ana Silva\"}, \"skills\": ["
    "{\"name\": \"Languages\", \"keywords\": [\"Go\"]},"
    "{\"name\": \"Infrastructure\", \"keywords\": [\"Docker\", \"Terraform\"]}]}");
  g_autoptr(RcDocument) empty = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ana\"}}");
  g_autoptr(GError) error = NULL;
  g_autofree char *pointer = NULL;
  const char *job = "Engineer\nRequirements: Go, Kubernetes, Redis\n";
  guint before;

  before = check (engine, grouped, job)->match;
  g_assert_true (rc_job_add_skill (grouped, rc_taxonomy_get_default (), "Kubernetes",
                                   &pointer, &error));
  g_assert_no_error (error);
  /* next to Docker, a container skill too */
  g_assert_cmpstr (pointer, ==, "/skills/1/keywords/2");
  g_assert_cmpstr (rc_document_get_string (grouped, pointer), ==, "Kubernetes");
  g_assert_cmpuint (check (engine, grouped, job)->match, >, before);
  g_clear_pointer (&pointer, g_free);

  /* no group of its category: a group named after it */
  g_assert_true (rc_job_add_skill (grouped, rc_taxonomy_get_default (), "Redis", &pointer, &error));
  g_assert_cmpstr (pointer, ==, "/skills/2");
  g_assert_cmpstr (rc_document_get_string (grouped, "/skills/2/name"), ==, "Databases and storage");
  g_assert_cmpstr (rc_document_get_string (grouped, "/skills/2/keywords/0"), ==, "Redis");
  g_assert_cmpuint (check (engine, grouped, job)->match, ==, 100);
  g_clear_pointer (&pointer, g_free);

  /* no skills at all: the list is made */
  g_assert_true (rc_job_add_skill (empty, rc_taxonomy_get_default (), "Go", &pointer, &error));
  g_assert_cmpstr (pointer, ==, "/skills/0");
  g_assert_cmpstr (rc_document_get_string (empty, "/skills/0/name"), ==, "Go");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  builtin = rc_rule_set_new_builtin ();

  g_test_add_func ("/core/job-match/trap-postings", test_trap_postings);
  g_test_add_func ("/core/job-match/parts", test_parts);
  g_test_add_func ("/core/job-match/pasted-lists", test_pasted_lists);
  g_test_add_func ("/core/job-match/json-company", test_json_company);
  g_test_add_func ("/core/job-match/implication-probes", test_implication_probes);
  g_test_add_func ("/core/job-match/related-bullet", test_related_bullet);
  g_test_add_func ("/core/job-match/no-context-together", test_no_context_together);
  g_test_add_func ("/core/job-match/add-skill", test_add_skill);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
