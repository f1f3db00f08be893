/* test-job.c — job descriptions, their keywords and the ATS match
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "rc-job.h"
#include "rc-test-util.h"

static RcJob *
job_from_text (const char *text)
{
  return rc_job_new (rc_taxonomy_get_default (), text);
}

static RcJob *
job_from_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return job_from_text (text);
}

/* The keywords as the job spells them, "|"-separated, most important first. */
static char *
keywords_of (RcJob *job)
{
  GPtrArray *keywords = rc_job_get_keywords (job);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;

  for (guint i = 0; i < keywords->len; i++)
    g_strv_builder_add (builder, ((RcJobKeyword *) g_ptr_array_index (keywords, i))->as_written);
  words = g_strv_builder_end (builder);
  return g_strjoinv ("|", words);
}

static const RcJobKeyword *
keyword_for (RcJob      *job,
             const char *id)
{
  GPtrArray *keywords = rc_job_get_keywords (job);

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

      if (g_str_equal (keyword->skill->id, id))
        return keyword;
    }
  return NULL;
}

static guint
weight_of (RcJob      *job,
           const char *id)
{
  const RcJobKeyword *keyword = keyword_for (job, id);

  g_assert_nonnull (keyword);
  return keyword->weight;
}

static GHashTable *
id_set (const char *ids)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  const RcSkill *skill;
  g_auto(GStrv) split = g_strsplit (ids, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      if (*split[i] == '\0')
        continue;
      skill = rc_taxonomy_get_skill (rc_taxonomy_get_default (), split[i]);
      g_assert_nonnull (skill);
      g_hash_table_add (set, (gpointer) skill->id);
    }
  return set;
}

static char *
join (char **strv)
{
  g_assert_nonnull (strv);
  return g_strjoinv ("|", strv);
}

#define assert_keywords(job, expected) \
  G_STMT_START { \
    g_autofree char *found_ = keywords_of (job); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

#define assert_strv(strv, expected) \
  G_STMT_START { \
    g_autofree char *joined_ = join (strv); \
    g_assert_cmpstr (joined_, ==, expected); \
  } G_STMT_END

static void
test_plain_text_posting (void)
{
  RcJob *job = job_from_file ("job-backend.txt");

  g_assert_cmpstr (rc_job_get_title (job), ==, "Senior Backend Engineer (Go)");
  /* hard skills by weight then first appearance, then practices, then soft skills; "go live"
   * and "Let's go" are not Go; each keyword spelled as the posting first spells it */
  assert_keywords (job,
                   "Go|PostgreSQL|Kubernetes|Kafka|gRPC|AWS|EKS|RDS|S3|CI/CD|GitHub Actions|"
                   "Terraform|REST APIs|Prometheus|Grafana|OpenTelemetry|Redis|Protobuf|Python|Rust|"
                   "indexing|replication|distributed systems|microservices|infrastructure as code|"
                   "data modeling|query tuning|event-driven|observability|caching|"
                   "communication|Mentor|code review");

  /* title + requirements outweigh the body; "what you'll do" outweighs "nice to have" */
  g_assert_cmpuint (weight_of (job, "go"), ==, 27);
  g_assert_cmpuint (weight_of (job, "postgresql"), ==, 21);
  g_assert_cmpuint (weight_of (job, "terraform"), ==, 9);
  g_assert_cmpuint (weight_of (job, "prometheus"), ==, 6);
  g_assert_cmpuint (weight_of (job, "redis"), ==, 3);
  g_assert_cmpuint (weight_of (job, "microservices"), ==, 6);
  g_assert_cmpuint (weight_of (job, "caching"), ==, 2);
  g_assert_cmpuint (weight_of (job, "communication"), ==, 3);
  g_assert_null (keyword_for (job, "java"));

  g_assert_finalize_object (job);
}

static void
test_json_job_file (void)
{
  RcJob *job = job_from_file ("job-backend.json");

  g_assert_cmpstr (rc_job_get_title (job), ==, "Platform Engineer, Payments");
  /* responsibilities, qualifications ("… is a plus" is not required), the skills list and
   * the description's own "Nice to have:" heading */
  assert_keywords (job,
                   "Java|Spring Boot|Postgres|Kafka|k8s|Terraform|GCP|Helm|Argo CD|Kotlin|Redis|"
                   "OAuth 2.0|JWT|Event-driven architecture|indexes|cache|Mentor");
  g_assert_cmpuint (weight_of (job, "java"), ==, 24);
  g_assert_cmpuint (weight_of (job, "kafka"), ==, 18);
  g_assert_cmpuint (weight_of (job, "kubernetes"), ==, 15);
  g_assert_cmpuint (weight_of (job, "kotlin"), ==, 3);
  g_assert_cmpuint (weight_of (job, "oauth"), ==, 3);
  g_assert_cmpuint (weight_of (job, "event-driven"), ==, 6);
  g_assert_cmpuint (weight_of (job, "mentoring"), ==, 2);

  g_assert_finalize_object (job);
}

static void
test_json_detection (void)
{
  RcJob *job;

  /* a job file with no title: the description is still read */
  job = job_from_text ("{\"company\": \"Acme\", \"description\": \"Rust services, Go tools\"}");
  g_assert_cmpstr (rc_job_get_title (job), ==, "");
  assert_keywords (job, "Rust|Go");
  g_assert_finalize_object (job);

  /* skills may be plain strings too */
  job = job_from_text ("  {\"title\": \"SRE\", \"skills\": [\"Go\", \"Kafka\"], \"remote\": \"Full\"}");
  g_assert_cmpstr (rc_job_get_title (job), ==, "SRE");
  assert_keywords (job, "Go|Kafka|SRE");
  g_assert_finalize_object (job);

  /* not JSON, a JSON list, a resume, an object with no job fields: plain text */
  job = job_from_text ("{ Go developer, Kafka\nmore");
  g_assert_cmpstr (rc_job_get_title (job), ==, "{ Go developer, Kafka");
  assert_keywords (job, "Go|Kafka");
  g_assert_finalize_object (job);

  job = job_from_text ("[\"Kafka\"]");
  g_assert_cmpstr (rc_job_get_title (job), ==, "[\"Kafka\"]");
  g_assert_finalize_object (job);

  job = job_from_text ("{\"basics\": {\"name\": \"A\"}, \"skills\": [{\"name\": \"Redis\"}]}");
  g_assert_true (g_str_has_prefix (rc_job_get_title (job), "{\"basics\""));
  g_assert_finalize_object (job);

  job = job_from_text ("{\"colour\": \"blue\"}");
  g_assert_cmpstr (rc_job_get_title (job), ==, "{\"colour\": \"blue\"}");
  g_assert_cmpuint (rc_job_get_keywords (job)->len, ==, 0);
  g_assert_finalize_object (job);
}

static void
test_sections (void)
{
  RcJob *job;

  /* inline wording decides a line; a heading decides the lines under it */
  job = job_from_text ("Engineer\n"
                       "We use Docker every day.\n"
                       "Kafka experience is required.\n"
                       "Experience with Redis is a plus.\n"
                       "\n"
                       "## Must have\n"
                       "* Terraform\n"
                       "\n"
                       "**Bonus points**\n"
                       "* Ansible\n"
                       "\n"
                       "What you’ll bring:\n"
                       "1. Helm charts\n"
                       "Preferred qualifications:\n"
                       "1. Pulumi\n"
                       "Benefits:\n"
                       "- Jenkins\n");
  g_assert_cmpuint (weight_of (job, "docker"), ==, 6);
  g_assert_cmpuint (weight_of (job, "kafka"), ==, 9);
  g_assert_cmpuint (weight_of (job, "redis"), ==, 3);
  g_assert_cmpuint (weight_of (job, "terraform"), ==, 9);
  g_assert_cmpuint (weight_of (job, "ansible"), ==, 3);
  g_assert_cmpuint (weight_of (job, "helm"), ==, 9);
  g_assert_cmpuint (weight_of (job, "pulumi"), ==, 3);
  /* what the employer offers is not what it asks for */
  g_assert_null (keyword_for (job, "jenkins"));
  assert_keywords (job, "Kafka|Terraform|Helm|Docker|Redis|Ansible|Pulumi");
  g_assert_finalize_object (job);

  /* a line with a skill on it is not a heading: "Must have Go" does not make the rest required */
  job = job_from_text ("Engineer\nMust have Go experience\nWe also use Redis.");
  g_assert_cmpuint (weight_of (job, "go"), ==, 9);
  g_assert_cmpuint (weight_of (job, "redis"), ==, 6);
  g_assert_finalize_object (job);
}

static void
test_mentions_and_tiers (void)
{
  RcJob *job;

  /* more mentions weigh more, up to three */
  job = job_from_text ("Engineer\n"
                       "Redis. Kafka, Kafka. Docker, Docker, Docker, Docker, Docker.");
  g_assert_cmpuint (weight_of (job, "redis"), ==, 6);
  g_assert_cmpuint (weight_of (job, "kafka"), ==, 12);
  g_assert_cmpuint (weight_of (job, "docker"), ==, 18);
  assert_keywords (job, "Docker|Kafka|Redis");
  g_assert_finalize_object (job);

  /* hard skills come before practices and soft skills, however often those are asked for */
  job = job_from_text ("Engineer\n"
                       "Requirements:\n"
                       "- communication, communication, communication\n"
                       "- system design, system design\n"
                       "Nice to have:\n"
                       "- Redis\n");
  assert_keywords (job, "Redis|system design|communication");
  g_assert_cmpuint (weight_of (job, "communication"), ==, 9);
  g_assert_cmpuint (weight_of (job, "system-design"), ==, 12);
  g_assert_cmpuint (weight_of (job, "redis"), ==, 3);
  g_assert_finalize_object (job);
}

static void
test_spelling_and_traps (void)
{
  RcJob *job;

  /* the first spelling, white space folded */
  job = job_from_text ("Engineer\npostgres and PostgreSQL; Spring\n   Boot; Golang and Go");
  assert_keywords (job, "postgres|Spring Boot|Golang");
  g_assert_finalize_object (job);

  /* the verb is not the language */
  job = job_from_text ("Growth Engineer\nWe go live soon. Let's go! Go-to-market matters here.");
  g_assert_cmpuint (rc_job_get_keywords (job)->len, ==, 0);
  g_assert_finalize_object (job);

  job = job_from_text ("Engineer\nWe go live soon.\nRequirements: Go");
  assert_keywords (job, "Go");
  g_assert_cmpuint (weight_of (job, "go"), ==, 9);
  g_assert_finalize_object (job);

  /* the first non-blank line is the title, its markup trimmed */
  job = job_from_text ("\n\n  ## Staff Engineer, Data ##  \nPython");
  g_assert_cmpstr (rc_job_get_title (job), ==, "Staff Engineer, Data");
  g_assert_finalize_object (job);

  /* invalid UTF-8 is repaired, not trusted */
  job = job_from_text ("Engineer \xff\xfe\nKafka");
  assert_keywords (job, "Kafka");
  g_assert_finalize_object (job);
}

static void
test_match (void)
{
  RcJob *job = job_from_text ("Backend Engineer\n"
                              "Requirements:\n"
                              "- Go\n"
                              "- PostgreSQL\n"
                              "- AWS\n"
                              "Nice to have:\n"
                              "- Redis\n"
                              "- Mentoring\n");
  g_autoptr(GHashTable) bullets = NULL;
  g_autoptr(GHashTable) skills = NULL;
  g_autoptr(RcAtsMatch) match = NULL;

  /* weights: Go, PostgreSQL and AWS 9 each, Redis 3, Mentoring 1: 31 in all */
  assert_keywords (job, "Go|PostgreSQL|AWS|Redis|Mentoring");

  /* Lambda in a bullet counts for AWS; PostgreSQL and Redis only listed */
  bullets = id_set ("go lambda");
  skills = id_set ("go postgresql redis");
  match = rc_job_match (job, bullets, skills);
  g_assert_nonnull (match);
  g_assert_cmpuint (match->match, ==, 97);  /* 30 / 31 */
  assert_strv (match->matched, "Go|PostgreSQL|AWS|Redis");
  assert_strv (match->missing, "Mentoring");
  assert_strv (match->skills_only, "PostgreSQL|Redis");
  g_clear_pointer (&match, rc_ats_match_free);

  /* nothing matched: missing, most important first */
  match = rc_job_match (job, NULL, NULL);
  g_assert_cmpuint (match->match, ==, 0);
  assert_strv (match->matched, "");
  assert_strv (match->missing, "Go|PostgreSQL|AWS|Redis|Mentoring");
  assert_strv (match->skills_only, "");
  g_clear_pointer (&match, rc_ats_match_free);

  /* only the soft skill: a small share */
  g_clear_pointer (&bullets, g_hash_table_unref);
  bullets = id_set ("mentoring");
  match = rc_job_match (job, bullets, NULL);
  g_assert_cmpuint (match->match, ==, 3);  /* 1 / 31 */
  assert_strv (match->missing, "Go|PostgreSQL|AWS|Redis");
  g_clear_pointer (&match, rc_ats_match_free);

  /* everything, in prose */
  g_clear_pointer (&bullets, g_hash_table_unref);
  bullets = id_set ("go postgresql aws redis mentoring kafka");
  match = rc_job_match (job, bullets, skills);
  g_assert_cmpuint (match->match, ==, 100);
  assert_strv (match->missing, "");
  assert_strv (match->skills_only, "");
  g_clear_pointer (&match, rc_ats_match_free);

  /* the required hard skills without the nice-to-haves */
  g_clear_pointer (&bullets, g_hash_table_unref);
  bullets = id_set ("go postgresql aws");
  match = rc_job_match (job, bullets, NULL);
  g_assert_cmpuint (match->match, ==, 87);  /* 27 / 31 */
  assert_strv (match->missing, "Redis|Mentoring");
  g_clear_pointer (&match, rc_ats_match_free);

  g_assert_finalize_object (job);
}

/* The skills of each choice the job offers, "|"-separated, choices ";"-separated in order */
static char *
choices_of (RcJob *job)
{
  GPtrArray *keywords = rc_job_get_keywords (job);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);
      gboolean first = TRUE;

      for (guint j = 0; j < i && keyword->alternatives != 0 && first; j++)
        first = ((RcJobKeyword *) g_ptr_array_index (keywords, j))->alternatives !=
                keyword->alternatives;
      if (keyword->alternatives == 0 || !first)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      for (guint j = i; j < keywords->len; j++)
        {
          const RcJobKeyword *other = g_ptr_array_index (keywords, j);

          if (other->alternatives == keyword->alternatives)
            g_string_append_printf (out, "%s%s", j > i ? "|" : "", other->as_written);
        }
    }
  return g_string_free (out, FALSE);
}

/* "Go, Python or Ruby": the job takes any one, so the resume needs one, and the others are
 * not missing; a choice it has none of is one missing keyword that counts once */
static void
test_choices (void)
{
  static const struct
  {
    const char *text;
    const char *choices;
  } cases[] = {
    { "Requirements:\n- Go, Python or Ruby\n", "Go|Python|Ruby" },
    { "Requirements:\n- Java/Kotlin on the JVM\n", "Java|Kotlin" },
    { "Requirements:\n- a message broker such as Kafka, RabbitMQ\n", "Kafka|RabbitMQ" },
    { "Requirements:\n- a cloud (e.g. AWS, GCP)\n", "AWS|GCP" },
    { "Requirements:\n- Terraform, Pulumi or similar\n", "Terraform|Pulumi" },
    { "Requirements:\n- Kafka and/or NATS\n", "Kafka|NATS" },
    /* both asked for */
    { "Requirements:\n- Go and Python\n", "" },
    { "Requirements:\n- Go, Python, Kafka\n", "" },
    /* a framework names its language too: Python either way, then Django or Flask */
    { "Requirements:\n- Python, Django or Flask\n", "Django|Flask" },
    { "Requirements:\n- Python/Django\n", "" },
    /* one of them asked for on its own as well: still a choice (the match judges it) */
    { "Requirements:\n- PostgreSQL\nNice to have:\n- PostgreSQL or MySQL\n", "PostgreSQL|MySQL" },
    /* the lists that share a skill are one choice (Java, named twice, weighs most) */
    { "Requirements:\n- Go or Java\n- Java or Kotlin\n", "Java|Go|Kotlin" },
    /* two lists on one line, each its own */
    { "Requirements:\n- Go or Rust; AWS or GCP\n", "Go|Rust;AWS|GCP" },
    /* the items under "one of the following:", to the next line that is no item */
    { "Requirements:\nExperience with one or more of the following:\n\n- Go\n- Java\n- Python\n"
      "Also:\n- Kafka\n", "Go|Java|Python" },
    { "Requirements:\n- At least one of the following languages:\n  - Go\n  - Rust\n"
      "- Kubernetes\n", "Go|Rust" },
    { "<h3>Requirements</h3><ul><li>A cloud provider, such as:<ul><li>AWS</li><li>GCP</li>"
      "</ul></li><li>Terraform</li></ul>", "AWS|GCP" },
    /* a list of what the job uses is no choice */
    { "Requirements:\nYou will work with the following:\n- Go\n- Kafka\n", "" },
    /* examples in brackets after a kind of technology, or after a skill; "or" between two
     * such makes one choice of them all */
    { "Requirements:\n- A cloud platform (AWS, GCP)\n", "AWS|GCP" },
    { "Requirements:\n- SQL (PostgreSQL, MySQL)\n", "PostgreSQL|MySQL" },
    { "Requirements:\n- Experience with a relational (PostgreSQL, MySQL) or NoSQL (MongoDB, "
      "DynamoDB) database\n", "PostgreSQL|MySQL|MongoDB|DynamoDB" },
    { "Requirements:\n- Relational databases (PostgreSQL, MySQL) and caches (Redis, Memcached)\n",
      "PostgreSQL|MySQL;Redis|Memcached" },
    { "Requirements:\n- Our stack (Go, Kafka) is simple\n", "" },
    { "Requirements:\n- Strong Go (gRPC, Kafka) skills\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RcJob) job = job_from_text (cases[i].text);
      g_autofree char *choices = choices_of (job);

      g_test_message ("job: %s", cases[i].text);
      g_assert_cmpstr (choices, ==, cases[i].choices);
    }
}

static void
test_match_choices (void)
{
  g_autoptr(RcJob) job = job_from_text ("Backend Engineer\n"
                                        "Requirements:\n"
                                        "- Go\n"
                                        "- Kafka or NATS\n"
                                        "- AWS, GCP or Azure\n");
  g_autoptr(GHashTable) bullets = id_set ("go nats");
  g_autoptr(GHashTable) none = id_set ("");
  g_autoptr(RcAtsMatch) match = rc_job_match (job, bullets, NULL);
  const RcAtsKeyword *kafka = NULL;

  /* NATS answers "Kafka or NATS"; no cloud: one keyword missing, counted once */
  g_assert_cmpuint (match->n_keywords, ==, 6);
  for (guint i = 0; i < match->n_keywords; i++)
    if (g_str_equal (match->keywords[i].skill_id, "kafka"))
      kafka = &match->keywords[i];
  g_assert_nonnull (kafka);
  g_assert_cmpint (kafka->status, ==, RC_ATS_ALTERNATIVE);
  g_assert_cmpstr (kafka->via, ==, "NATS");
  g_assert_cmpstr (kafka->alternatives, ==, "NATS");
  assert_strv (match->matched, "Go|NATS");
  assert_strv (match->missing, "AWS, GCP or Azure");
  g_assert_cmpuint (match->match, ==, 67);  /* Go, a broker, a cloud: 9 + 9 of 27 */
  for (guint i = 0; i < match->n_keywords; i++)
    if (g_str_equal (match->keywords[i].skill_id, "gcp"))
      g_assert_cmpstr (match->keywords[i].alternatives, ==, "AWS or Azure");
  g_clear_pointer (&match, rc_ats_match_free);

  /* nothing: three things missing, not six */
  match = rc_job_match (job, none, NULL);
  assert_strv (match->missing, "Go|Kafka or NATS|AWS, GCP or Azure");
  g_assert_cmpuint (match->match, ==, 0);
  g_clear_pointer (&match, rc_ats_match_free);

  /* a skill that implies one of the choices answers it: EKS shows AWS */
  g_clear_pointer (&bullets, g_hash_table_unref);
  bullets = id_set ("go kafka eks");
  match = rc_job_match (job, bullets, NULL);
  assert_strv (match->missing, "");
  g_assert_cmpuint (match->match, ==, 100);
}

/* "Keep our PostgreSQL fleet healthy" and "PostgreSQL or MySQL": the job runs PostgreSQL, so
 * PostgreSQL is what to add, and MySQL is asked for only where PostgreSQL does too */
static void
test_match_choice_alone (void)
{
  g_autoptr(RcJob) job = job_from_text ("Backend Engineer\n"
                                        "What you'll do:\n"
                                        "- Keep our PostgreSQL fleet healthy\n"
                                        "Requirements:\n"
                                        "- PostgreSQL or MySQL at scale\n");
  g_autoptr(GHashTable) none = id_set ("");
  g_autoptr(GHashTable) postgres = id_set ("postgresql");
  g_autoptr(GHashTable) mysql = id_set ("mysql");
  g_autoptr(RcAtsMatch) match = rc_job_match (job, none, NULL);

  assert_keywords (job, "PostgreSQL|MySQL");
  g_assert_true (keyword_for (job, "postgresql")->alone);
  g_assert_false (keyword_for (job, "mysql")->alone);

  /* neither: PostgreSQL is missing, and says it for MySQL too */
  assert_strv (match->missing, "PostgreSQL");
  g_assert_cmpint (match->keywords[0].status, ==, RC_ATS_MISSING);
  g_assert_null (match->keywords[0].alternatives);
  g_assert_cmpint (match->keywords[1].status, ==, RC_ATS_ALTERNATIVE);
  g_assert_cmpstr (match->keywords[1].via, ==, "PostgreSQL");
  g_clear_pointer (&match, rc_ats_match_free);

  /* PostgreSQL: everything */
  match = rc_job_match (job, postgres, NULL);
  assert_strv (match->missing, "");
  g_assert_cmpuint (match->match, ==, 100);
  g_clear_pointer (&match, rc_ats_match_free);

  /* MySQL answers the requirement, not the work on PostgreSQL */
  match = rc_job_match (job, mysql, NULL);
  assert_strv (match->matched, "MySQL");
  assert_strv (match->missing, "PostgreSQL");
}

static void
test_match_backing (void)
{
  RcJob *job = job_from_text ("Python Developer\nRequirements: Python, GCP");
  g_autoptr(GHashTable) bullets = id_set ("django");
  g_autoptr(GHashTable) skills = id_set ("python gcp");
  g_autoptr(GHashTable) none = id_set ("");
  g_autoptr(RcAtsMatch) match = NULL;

  /* a framework in a bullet shows its language in use */
  match = rc_job_match (job, bullets, skills);
  g_assert_cmpuint (match->match, ==, 100);
  assert_strv (match->matched, "Python|GCP");
  assert_strv (match->skills_only, "GCP");
  g_clear_pointer (&match, rc_ats_match_free);

  /* listed but shown nowhere */
  match = rc_job_match (job, none, skills);
  assert_strv (match->skills_only, "Python|GCP");
  g_clear_pointer (&match, rc_ats_match_free);

  /* BigQuery in a bullet counts as GCP, and Django as Python: both implied, and said so */
  g_clear_pointer (&bullets, g_hash_table_unref);
  bullets = id_set ("django bigquery");
  match = rc_job_match (job, bullets, none);
  assert_strv (match->matched, "Python|GCP");
  assert_strv (match->missing, "");
  assert_strv (match->skills_only, "");
  g_assert_cmpuint (match->n_keywords, ==, 2);
  g_assert_cmpint (match->keywords[0].status, ==, RC_ATS_IMPLIED);
  g_assert_cmpstr (match->keywords[0].via, ==, "Django");
  g_assert_cmpint (match->keywords[1].status, ==, RC_ATS_IMPLIED);
  g_assert_cmpstr (match->keywords[1].via, ==, "BigQuery");
  g_clear_pointer (&match, rc_ats_match_free);

  g_assert_finalize_object (job);
}

static void
test_no_keywords (void)
{
  RcJob *job = job_from_text ("Office Manager\nKeep the office running smoothly.");
  g_autoptr(GHashTable) skills = id_set ("go");

  g_assert_cmpstr (rc_job_get_title (job), ==, "Office Manager");
  g_assert_cmpuint (rc_job_get_keywords (job)->len, ==, 0);
  g_assert_null (rc_job_match (job, skills, skills));
  g_assert_finalize_object (job);

  job = job_from_text ("");
  g_assert_cmpstr (rc_job_get_title (job), ==, "");
  g_assert_null (rc_job_match (job, NULL, NULL));
  g_assert_finalize_object (job);
}

/* JSON the strict reader refuses, here for its depth, is read as the plain text it is */
static void
test_deep_json (void)
{
  g_autofree char *text = rc_test_deep_json (100000);
  RcJob *job = job_from_text (text);

  g_assert_true (g_str_has_prefix (rc_job_get_title (job), "{\"title\": [[["));
  g_assert_cmpuint (rc_job_get_keywords (job)->len, ==, 0);
  g_assert_finalize_object (job);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/job/plain-text-posting", test_plain_text_posting);
  g_test_add_func ("/core/job/json-job-file", test_json_job_file);
  g_test_add_func ("/core/job/json-detection", test_json_detection);
  g_test_add_func ("/core/job/sections", test_sections);
  g_test_add_func ("/core/job/mentions-and-tiers", test_mentions_and_tiers);
  g_test_add_func ("/core/job/spelling-and-traps", test_spelling_and_traps);
  g_test_add_func ("/core/job/match", test_match);
  g_test_add_func ("/core/job/match-backing", test_match_backing);
  g_test_add_func ("/core/job/choices", test_choices);
  g_test_add_func ("/core/job/match-choices", test_match_choices);
  g_test_add_func ("/core/job/match-choice-alone", test_match_choice_alone);
  g_test_add_func ("/core/job/no-keywords", test_no_keywords);
  g_test_add_func ("/core/job/deep-json", test_deep_json);

  return g_test_run ();
}
