/* test-taxonomy.c — the key-skills taxonomy and the skill finder
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include <json-glib/json-glib.h>

#include "rc-spell.h"
#include "rc-taxonomy.h"

/* "id=text id=text…" for the mentions in @text, "*" after non-canonical spellings. */
static char *
find (const char *text)
{
  g_autoptr(GArray) mentions = rc_taxonomy_find (rc_taxonomy_get_default (), text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      const RcSkillMention *mention = &g_array_index (mentions, RcSkillMention, i);
      g_autofree char *span = g_utf8_substring (text, mention->start, mention->end);

      g_assert_cmpuint (mention->start, <, mention->end);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s=%s%s", mention->skill->id, span,
                              mention->canonical ? "" : "*");
    }
  return g_string_free (out, FALSE);
}

/* The ids found in @text, space-separated. */
static char *
find_ids (const char *text)
{
  g_autoptr(GArray) mentions = rc_taxonomy_find (rc_taxonomy_get_default (), text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (mentions, RcSkillMention, i).skill->id);
    }
  return g_string_free (out, FALSE);
}

#define assert_finds(text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = find (text); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

#define assert_ids(text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = find_ids (text); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

static void
test_bundled_data (void)
{
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  GPtrArray *skills = rc_taxonomy_get_skills (taxonomy);
  GPtrArray *categories = rc_taxonomy_get_categories (taxonomy);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  const RcSkill *skill;

  g_assert_true (rc_taxonomy_get_default () == taxonomy);
  g_assert_cmpuint (skills->len, >=, 150);
  g_assert_cmpuint (categories->len, >=, 12);

  for (guint i = 0; i < skills->len; i++)
    {
      const RcSkill *s = g_ptr_array_index (skills, i);
      const RcSkillCategory *category = rc_taxonomy_get_category (taxonomy, s->category);

      g_assert_nonnull (category);
      g_assert_true (s->hard == category->hard);
      g_assert_true (rc_taxonomy_get_skill (taxonomy, s->id) == s);
      g_assert_true (rc_taxonomy_lookup (taxonomy, s->name) == s);
      g_assert_nonnull (s->aliases);
      g_assert_nonnull (s->frameworks);
      for (guint k = 0; s->aliases[k] != NULL; k++)
        g_assert_true (rc_taxonomy_lookup (taxonomy, s->aliases[k]) == s);
      /* a skill written alone is found, whatever its spelling rules */
      {
        g_autoptr(GArray) mentions = rc_taxonomy_find (taxonomy, s->name);

        g_assert_cmpuint (mentions->len, ==, 1);
        g_assert_true (g_array_index (mentions, RcSkillMention, 0).skill == s);
        g_assert_true (g_array_index (mentions, RcSkillMention, 0).canonical);
      }
      g_hash_table_add (used, (gpointer) s->category);
    }

  for (guint i = 0; i < categories->len; i++)
    {
      const RcSkillCategory *category = g_ptr_array_index (categories, i);

      g_assert_cmpstr (category->title, !=, "");
      g_assert_cmpstr (category->description, !=, "");
      g_assert_true (g_hash_table_contains (used, category->id));
    }
  g_assert_false (rc_taxonomy_get_category (taxonomy, "practice")->hard);
  g_assert_false (rc_taxonomy_get_category (taxonomy, "soft")->hard);
  g_assert_true (rc_taxonomy_get_category (taxonomy, "database")->hard);
  g_assert_null (rc_taxonomy_get_category (taxonomy, "nonsense"));

  /* languages know their frameworks, frameworks their language */
  skill = rc_taxonomy_get_skill (taxonomy, "python");
  g_assert_true (g_strv_contains (skill->frameworks, "django"));
  g_assert_true (g_strv_contains (skill->frameworks, "fastapi"));
  g_assert_true (g_strv_contains (skill->frameworks, "flask"));
  g_assert_true (g_strv_contains (rc_taxonomy_get_skill (taxonomy, "java")->frameworks, "spring-boot"));
  g_assert_true (g_strv_contains (rc_taxonomy_get_skill (taxonomy, "nodejs")->frameworks, "express"));
  g_assert_true (g_strv_contains (rc_taxonomy_get_skill (taxonomy, "go")->frameworks, "gin"));
  g_assert_true (g_strv_contains (rc_taxonomy_get_skill (taxonomy, "kotlin")->frameworks, "ktor"));
  g_assert_true (g_strv_contains (rc_taxonomy_get_skill (taxonomy, "rust")->frameworks, "axum"));
  g_assert_cmpstr (rc_taxonomy_get_skill (taxonomy, "django")->language, ==, "python");
  g_assert_cmpstr (rc_taxonomy_get_skill (taxonomy, "laravel")->language, ==, "php");
  g_assert_null (rc_taxonomy_get_skill (taxonomy, "python")->language);
  g_assert_cmpuint (g_strv_length ((char **) rc_taxonomy_get_skill (taxonomy, "redis")->frameworks), ==, 0);
  g_assert_cmpstr (rc_taxonomy_get_skill (taxonomy, "lambda")->parent, ==, "aws");
  g_assert_cmpstr (rc_taxonomy_get_skill (taxonomy, "bigquery")->parent, ==, "gcp");
  g_assert_null (rc_taxonomy_get_skill (taxonomy, "kafka")->parent);
  g_assert_true (rc_taxonomy_get_skill (taxonomy, "kubernetes")->hard);
  g_assert_false (rc_taxonomy_get_skill (taxonomy, "microservices")->hard);
  g_assert_false (rc_taxonomy_get_skill (taxonomy, "mentoring")->hard);
}

static void
test_lookup (void)
{
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  static const struct { const char *term; const char *id; } cases[] = {
    { "PostgreSQL", "postgresql" }, { "Postgres", "postgresql" }, { "postgres", "postgresql" },
    { "Kubernetes", "kubernetes" }, { "k8s", "kubernetes" }, { "K8S", "kubernetes" },
    { "Node.js", "nodejs" }, { "NodeJS", "nodejs" }, { "Node", "nodejs" },
    { "Go", "go" }, { "Golang", "go" }, { "go", "go" },
    { "JavaScript", "javascript" }, { "Javascript", "javascript" }, { "JS", "javascript" },
    { "C#", "csharp" }, { "CSharp", "csharp" }, { "C++", "cpp" },
    { "CI/CD", "cicd" }, { "CICD", "cicd" }, { "gRPC", "grpc" },
    { "REST", "rest" }, { "RESTful", "rest" }, { "REST APIs", "rest" },
    { "  event driven   architecture ", "event-driven" }, { "Spring Boot", "spring-boot" },
    { "microservice", "microservices" }, { "Microservices", "microservices" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RcSkill *skill = rc_taxonomy_lookup (taxonomy, cases[i].term);

      g_assert_nonnull (skill);
      g_assert_cmpstr (skill->id, ==, cases[i].id);
    }
  g_assert_null (rc_taxonomy_lookup (taxonomy, "Cobol on Cogs"));
  g_assert_null (rc_taxonomy_lookup (taxonomy, ""));
  g_assert_null (rc_taxonomy_get_skill (taxonomy, "Postgres"));
}

static void
test_aliases (void)
{
  /* every spelling finds the same skill; only the canonical one is marked canonical */
  assert_finds ("PostgreSQL, Postgres and psql", "postgresql=PostgreSQL postgresql=Postgres* postgresql=psql*");
  assert_finds ("Kubernetes or k8s", "kubernetes=Kubernetes kubernetes=k8s*");
  assert_finds ("Node.js, NodeJS, Node JS", "nodejs=Node.js nodejs=NodeJS* nodejs=Node JS*");
  assert_finds ("JavaScript, Javascript, JS", "javascript=JavaScript javascript=Javascript* javascript=JS*");
  assert_finds ("C#, CSharp", "csharp=C# csharp=CSharp*");
  assert_finds ("CI/CD, CICD", "cicd=CI/CD cicd=CICD*");
  assert_finds ("REST, RESTful", "rest=REST rest=RESTful*");
  assert_finds ("Golang and golang", "go=Golang* go=golang*");
  /* official long names and wordings are not misspellings */
  assert_finds ("Amazon Web Services and continuous integration",
                "aws=Amazon Web Services cicd=continuous integration");
  assert_finds ("Apache Kafka", "kafka=Apache Kafka");
}

static void
test_multi_word (void)
{
  assert_finds ("Spring Boot and Spring", "spring-boot=Spring Boot spring=Spring");
  assert_finds ("system design and distributed systems",
                "system-design=system design distributed-systems=distributed systems");
  assert_finds ("event-driven architecture", "event-driven=event-driven architecture");
  assert_finds ("event driven architecture", "event-driven=event driven architecture");
  assert_finds ("an event-driven pipeline", "event-driven=event-driven");
  assert_finds ("CI/CD pipelines on GitHub Actions", "cicd=CI/CD github-actions=GitHub Actions");
  assert_finds ("Google Cloud Run and Google Cloud", "cloud-run=Google Cloud Run gcp=Google Cloud");
  assert_finds ("Ruby on Rails and Ruby", "rails=Ruby on Rails ruby=Ruby");
  /* a line break inside a term is wrapped text; an empty line is not */
  assert_finds ("Spring\nBoot", "spring-boot=Spring\nBoot");
  assert_ids ("distributed\n\nsystems", "");
}

static void
test_go_trap (void)
{
  /* the language */
  assert_ids ("Go", "go");
  assert_ids ("Rewrote the billing service in Go, cutting p99 latency by 40%", "go");
  assert_ids ("Built Go microservices on Kubernetes", "go microservices kubernetes");
  assert_ids ("Go, Python, PostgreSQL", "go python postgresql");
  assert_ids ("Languages: Go", "go");
  assert_ids ("- Go\n- Rust", "go rust");
  assert_ids ("Senior Go Engineer", "go");
  assert_ids ("Strong Go skills", "go");
  assert_ids ("Migrated the API from Python to Go", "python go");
  assert_ids ("Go 1.22 generics", "go");
  assert_ids ("Go's concurrency model", "go concurrency");
  assert_ids ("a Go-based rate limiter", "go rate-limiting");
  assert_ids ("the rates API (Go, Gin)", "go gin");
  assert_ids ("Backend (Go)", "go");
  /* a skills keyword with a note: the name, then only the note in brackets */
  assert_ids ("Go (4 yrs)", "go");
  assert_ids ("Spring (advanced)", "spring");
  assert_ids ("Go (4 yrs) and more", "");
  assert_ids ("Built a Go gRPC service", "go grpc");
  assert_ids ("Golang", "go");
  assert_ids ("使用Go语言开发", "go");
  assert_ids ("Go와 Kafka를 사용한 결제 서비스", "go kafka");

  /* the verb, and everything else */
  assert_ids ("we go live next week", "");
  assert_ids ("Go live in March", "");
  assert_ids ("Ready to Go Live", "");
  assert_ids ("Let's go!", "");
  assert_ids ("Let's Go!", "");
  assert_ids ("Owned the go-to-market launch", "");
  assert_ids ("Led the Go-To-Market plan", "");
  assert_ids ("a go-getter", "");
  assert_ids ("The Go/No-Go meeting", "");
  assert_ids ("On the Go", "");
  assert_ids ("Go ahead and apply", "");
  assert_ids ("We Go the Extra Mile", "");
  assert_ids ("GO TEAM", "");
  assert_ids ("Goes to production weekly", "");
  assert_ids ("Google and Gopher", "");
}

static void
test_ambiguous_words (void)
{
  /* REST is a technology in capitals, and only then */
  assert_ids ("the rest of the team", "");
  assert_ids ("The Rest Of The Team", "");
  assert_ids ("REST endpoints", "rest");
  assert_ids ("REST APIs", "rest");
  assert_ids ("rest api", "rest");

  assert_ids ("Spring 2020 internship", "");
  assert_ids ("in Spring 2021", "");
  assert_ids ("Java/Spring", "java spring");
  assert_ids ("Spring MVC and Spring Security", "spring spring-security");
  assert_ids ("Spring framework", "spring");

  assert_ids ("Express interest in the role", "");
  assert_ids ("Node.js/Express", "nodejs express");
  assert_ids ("Node/Express", "nodejs express");
  assert_ids ("Express.js middleware", "express");
  assert_ids ("an Express app", "express");

  assert_ids ("A Swift response to incidents", "");
  assert_ids ("Swift and Kotlin", "swift kotlin");
  assert_ids ("written in Swift", "swift");

  assert_ids ("Make sure every release is tested", "");
  assert_ids ("CMake and Make targets", "cmake make");
  assert_ids ("GNU Make", "make");

  assert_ids ("Sous Chef at a bistro", "");
  assert_ids ("Ansible, Chef and Puppet", "ansible chef puppet");
  assert_ids ("Puppet show volunteer", "");

  assert_ids ("at the Helm of the team", "");
  assert_ids ("Helm charts", "helm");
  assert_ids ("Kubernetes/Helm", "kubernetes helm");

  assert_ids ("Raised a Series C round", "");
  assert_ids ("Grade C", "");
  assert_ids ("C/C++ firmware", "c cpp");
  assert_ids ("written in C", "c");

  assert_ids ("Lambda calculus", "");
  assert_ids ("AWS Lambda functions", "aws lambda");
  assert_ids ("S3, Lambda, DynamoDB", "s3 lambda dynamodb");

  assert_ids ("rust on the pipes", "");
  assert_ids ("Rust", "rust");
  assert_ids ("the Node was down", "");
  assert_ids ("Node services", "nodejs");
  assert_ids ("Play a key role", "");
  assert_ids ("Scala with Play", "scala play");
}

static void
test_case (void)
{
  assert_ids ("POSTGRESQL postgresql PostgreSQL", "postgresql postgresql postgresql");
  assert_finds ("kubernetes", "kubernetes=kubernetes*");
  assert_finds ("KAFKA", "kafka=KAFKA*");
  /* practices and soft skills are ordinary words: case is not a spelling mistake */
  assert_finds ("Microservices and microservices", "microservices=Microservices microservices=microservices");
  assert_finds ("MENTORING", "mentoring=MENTORING");
}

static void
test_plurals (void)
{
  assert_finds ("a microservice, then microservices", "microservices=microservice microservices=microservices");
  assert_finds ("a REST API and more REST APIs", "rest=REST API rest=REST APIs");
  assert_finds ("load balancers", "load-balancing=load balancers");
  assert_finds ("JWTs and SDKs", "jwt=JWTs");
  assert_finds ("code reviews", "code-review=code reviews");
  assert_finds ("database indexes", "indexing=database indexes");
  assert_finds ("WebSockets and a WebSocket", "websockets=WebSockets websockets=WebSocket*");
  /* an ordinary word never takes a plural: "Gos", "Springs", "RESTs" */
  assert_ids ("Gos Springs RESTs Makes", "");
}

static void
test_punctuation (void)
{
  assert_ids ("C, C++, C#, F# and .NET", "c cpp csharp fsharp dotnet");
  assert_finds ("ASP.NET Core on .NET 8", "aspnet-core=ASP.NET Core dotnet=.NET");
  assert_finds ("Node.js, Vue.js, Next.js", "nodejs=Node.js vue=Vue.js nextjs=Next.js");
  assert_finds ("Pub/Sub, CI/CD, SSL/TLS", "pubsub=Pub/Sub cicd=CI/CD tls=SSL/TLS*");
  assert_finds ("OAuth 2.0 and OAuth2", "oauth=OAuth 2.0 oauth=OAuth2*");
  assert_finds ("Route 53", "route53=Route 53");
  assert_finds ("Python's typing", "python=Python");
  assert_finds ("(Kafka)", "kafka=Kafka");
  assert_finds ("Kafka.", "kafka=Kafka");
  /* dotted names and addresses are not the words inside them */
  assert_ids ("github.com/acme", "");
  assert_ids ("kubernetes.io and redis.conf", "");
  assert_ids ("see app.js", "");
  assert_ids ("ASP.NET", "aspnet-core");
  assert_ids ("my_python_script", "");
  assert_ids ("#golang", "go");
}

static void
test_boundaries (void)
{
  /* accented letters belong to the word */
  assert_ids ("Pythonés Javaïste Gó", "");
  assert_finds ("café Java", "java=Java");
  assert_finds ("Désormais Kafka été", "kafka=Kafka");
  assert_ids ("Kafkaësque", "");
  /* unspaced scripts do not */
  assert_finds ("使用Python开发", "python=Python");
  assert_finds ("用Kubernetes部署", "kubernetes=Kubernetes");
  assert_finds ("Pythonで開発", "python=Python");
  assert_finds ("Python으로 개발", "python=Python");
  /* non-breaking space inside a term */
  assert_finds ("Spring\xc2\xa0" "Boot", "spring-boot=Spring\xc2\xa0" "Boot");
  /* Cyrillic next to a term is a word of its own */
  assert_ids ("опыт Java", "java");
  assert_ids ("Javaскрипт", "");
}

static void
test_offsets (void)
{
  const char *text = "😀 Déployé sur Kubernetes — 用Go";
  g_autoptr(GArray) mentions = rc_taxonomy_find (rc_taxonomy_get_default (), text);
  const RcSkillMention *mention;

  g_assert_cmpuint (mentions->len, ==, 2);
  mention = &g_array_index (mentions, RcSkillMention, 0);
  g_assert_cmpstr (mention->skill->id, ==, "kubernetes");
  g_assert_cmpuint (mention->start, ==, 14);
  g_assert_cmpuint (mention->end, ==, 24);
  mention = &g_array_index (mentions, RcSkillMention, 1);
  g_assert_cmpstr (mention->skill->id, ==, "go");
  g_assert_cmpuint (mention->start, ==, 28);
  g_assert_cmpuint (mention->end, ==, 30);

  g_clear_pointer (&mentions, g_array_unref);
  mentions = rc_taxonomy_find (rc_taxonomy_get_default (), "");
  g_assert_cmpuint (mentions->len, ==, 0);
}

static void
test_many_mentions (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GArray) mentions = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "Go, Kafka and Redis; ");
  mentions = rc_taxonomy_find (rc_taxonomy_get_default (), text->str);
  g_assert_cmpuint (mentions->len, ==, 300);
  g_assert_cmpstr (g_array_index (mentions, RcSkillMention, 297).skill->id, ==, "go");
  g_assert_cmpuint (g_array_index (mentions, RcSkillMention, 299).end, ==, 100 * 21 - 2);
  g_string_free (text, TRUE);
}

static RcTaxonomy *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return rc_taxonomy_new_from_bytes (bytes, error);
}

#define CATEGORIES \
  "\"categories\": [" \
  "{\"id\": \"language\", \"title\": \"Languages\", \"description\": \"d\", \"hard\": true}," \
  "{\"id\": \"framework\", \"title\": \"Frameworks\", \"description\": \"d\", \"hard\": true}]"

static void
test_custom_data (void)
{
  /* the context rule is data: a made-up language "Tide" that only counts after "in" */
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTaxonomy) taxonomy = load_string (
    "{" CATEGORIES ", \"skills\": ["
    "{\"id\": \"tide\", \"name\": \"Tide\", \"category\": \"language\", \"aliases\": [\"TideLang\"],"
    " \"frameworks\": [\"surf\"],"
    " \"ambiguous\": {\"before\": [\"in\"], \"after\": [\"code\"], \"not_after\": [\"turned\"]}},"
    "{\"id\": \"surf\", \"name\": \"Surf\", \"category\": \"framework\", \"language\": \"tide\","
    " \"ambiguous\": true}"
    "]}", &error);
  g_autoptr(GArray) found = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (taxonomy);
  g_assert_cmpuint (rc_taxonomy_get_skills (taxonomy)->len, ==, 2);

  found = rc_taxonomy_find (taxonomy, "The Tide turned. Written in Tide. Tide code. Tide/Surf. TideLang");
  g_assert_cmpuint (found->len, ==, 5);
  g_assert_cmpuint (g_array_index (found, RcSkillMention, 0).start, ==, 28);
  g_assert_cmpuint (g_array_index (found, RcSkillMention, 1).start, ==, 34);
  g_assert_cmpstr (g_array_index (found, RcSkillMention, 3).skill->id, ==, "surf");
  g_assert_false (g_array_index (found, RcSkillMention, 4).canonical);
  g_clear_pointer (&found, g_array_unref);

  found = rc_taxonomy_find (taxonomy, "Surf the web, tide or Tide");
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_bad_data (void)
{
  static const char * const bad[] = {
    "not json",
    "[]",
    "{\"skills\": []}",
    "{" CATEGORIES "}",
    /* missing name */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"category\": \"language\"}]}",
    /* unknown category */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"food\"}]}",
    /* bad id */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"A b\", \"name\": \"A\", \"category\": \"language\"}]}",
    /* duplicate id */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\"},"
    "{\"id\": \"a\", \"name\": \"B\", \"category\": \"language\"}]}",
    /* the same spelling for two skills */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"Alpha\", \"category\": \"language\"},"
    "{\"id\": \"b\", \"name\": \"Beta\", \"aliases\": [\"alpha\"], \"category\": \"language\"}]}",
    /* a framework its language does not list */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\"},"
    "{\"id\": \"f\", \"name\": \"F\", \"category\": \"framework\", \"language\": \"a\"}]}",
    /* frameworks naming a skill that does not exist */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
    " \"frameworks\": [\"nope\"]}]}",
    /* an ambiguous term that is not one of the skill's spellings */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
    " \"ambiguous\": {\"terms\": [\"B\"]}}]}",
    /* a spelling that is not ASCII, or not a word */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"Ä\", \"category\": \"language\"}]}",
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"++\", \"category\": \"language\"}]}",
    /* wrong types */
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
    " \"aliases\": \"AA\"}]}",
    "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
    " \"parent\": \"nowhere\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcTaxonomy) taxonomy = load_string (bad[i], &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_null (taxonomy);
      g_assert_nonnull (error);
    }
}

/* "a b c": the ids @id implies, nearest first */
static char *
implied_ids (const char *id)
{
  const RcSkill *skill = rc_taxonomy_get_skill (rc_taxonomy_get_default (), id);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (skill);
  for (const RcSkill * const *k = skill->implied; *k != NULL; k++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", (*k)->id);
  return g_string_free (out, FALSE);
}

static void
test_implications (void)
{
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  GPtrArray *skills = rc_taxonomy_get_skills (taxonomy);
  GPtrArray *implying;
  g_autofree char *spring_boot = implied_ids ("spring-boot");
  g_autofree char *lambda = implied_ids ("lambda");

  /* managed Kubernetes, SQL databases, frameworks, services, CI products */
  g_assert_true (rc_taxonomy_implies (taxonomy, "eks", "kubernetes"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "eks", "aws"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "gke", "kubernetes"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "openshift", "kubernetes"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "postgresql", "sql"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "mariadb", "sql"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "celery", "python"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "django", "python"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "nestjs", "javascript"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "lambda", "serverless"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "github-actions", "cicd"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "github-actions", "git"));
  g_assert_true (rc_taxonomy_implies (taxonomy, "tls", "encryption"));
  /* followed to the end, nearest first: Spring Boot → Spring → Java */
  g_assert_cmpstr (spring_boot, ==, "spring java");
  g_assert_cmpstr (lambda, ==, "serverless aws");

  /* one way only, never itself, nothing for unknown ids */
  g_assert_false (rc_taxonomy_implies (taxonomy, "kubernetes", "eks"));
  g_assert_false (rc_taxonomy_implies (taxonomy, "sql", "postgresql"));
  g_assert_false (rc_taxonomy_implies (taxonomy, "java", "java"));
  g_assert_false (rc_taxonomy_implies (taxonomy, "python", "django"));
  g_assert_false (rc_taxonomy_implies (taxonomy, "nonsense", "sql"));

  implying = rc_taxonomy_get_implying (taxonomy, "kubernetes");
  g_assert_true (g_ptr_array_find (implying, rc_taxonomy_get_skill (taxonomy, "eks"), NULL));
  g_assert_true (g_ptr_array_find (implying, rc_taxonomy_get_skill (taxonomy, "helm"), NULL));
  g_assert_false (g_ptr_array_find (implying, rc_taxonomy_get_skill (taxonomy, "docker"), NULL));
  g_assert_cmpuint (rc_taxonomy_get_implying (taxonomy, "nonsense")->len, ==, 0);

  /* the graph is closed: whatever a skill implies, it implies what that implies */
  for (guint i = 0; i < skills->len; i++)
    {
      const RcSkill *skill = g_ptr_array_index (skills, i);

      for (const RcSkill * const *k = skill->implied; *k != NULL; k++)
        {
          g_assert_true (*k != skill);
          for (const RcSkill * const *j = (*k)->implied; *j != NULL; j++)
            g_assert_true (rc_taxonomy_implies (taxonomy, skill->id, (*j)->id));
          g_assert_true (g_ptr_array_find (rc_taxonomy_get_implying (taxonomy, (*k)->id), skill,
                                           NULL));
        }
    }

  /* basic tools need no proof; the rest do */
  g_assert_true (rc_taxonomy_get_skill (taxonomy, "git")->basic);
  g_assert_true (rc_taxonomy_get_skill (taxonomy, "html")->basic);
  g_assert_true (rc_taxonomy_get_skill (taxonomy, "vscode")->basic);
  g_assert_true (rc_taxonomy_lookup (taxonomy, "IntelliJ")->basic);
  g_assert_true (rc_taxonomy_lookup (taxonomy, "Shell")->basic);
  g_assert_false (rc_taxonomy_get_skill (taxonomy, "terraform")->basic);
  g_assert_false (rc_taxonomy_get_skill (taxonomy, "kubernetes")->basic);
}

/* evidence written as people write it: product names, a migration, a list in a title */
static void
test_product_names (void)
{
  assert_ids ("Ran 300 nodes on Google Kubernetes Engine.", "gke");
  assert_ids ("Wrote GitHub Actions bots that merge updates.", "github-actions");
  assert_ids ("Moved config management from Chef to Ansible.", "chef ansible");
  assert_ids ("Moved from Puppet to Terraform.", "puppet terraform");
  assert_ids ("C and C++ Lecturer", "c cpp");
  assert_ids ("Rebuilt the warehouse on Postgres and Spark.", "postgresql spark");
  assert_ids ("Migrated the screens to Jetpack Compose.", "jetpack-compose");
  /* still words where they are words */
  assert_ids ("Worked as a chef for six years.", "");
  assert_ids ("Please compose a reply.", "");
  assert_ids ("Booked a meeting room.", "");
}

static gboolean
stack_line (const char *text)
{
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  g_autoptr(GArray) mentions = rc_taxonomy_find (taxonomy, text);

  return rc_taxonomy_is_stack_line (taxonomy, text, (const RcSkillMention *) (void *) mentions->data,
                                    mentions->len);
}

static void
test_stack_lines (void)
{
  static const char * const lines[] = {
    "Java", "React", "Spring Boot", "Microservices", "Node.js.", "  Kubernetes  ",
    "Go, gRPC, Redis", "Python / Django / Postgres", "Java 17, Spring Boot 3 and PostgreSQL",
    "Tech: Go, gRPC, Redis", "Stack - Python / Django / Postgres", "Tech stack: Kotlin, Ktor",
    "Technologies used: Java, Spring, Hystrix, Oracle", "TOOLS – Terraform | Helm | Argo CD",
    "Built with: React and Storybook", "Java, Spring, Hystrix", "Java and Python",
  };
  static const char * const achievements[] = {
    "Built a Go service that handles 2M requests a day.",
    "Migrated 14 services from Java 8 to Java 17.",
    "Kubernetes migration of 40 services, finished early.",
    "Tech debt: rewrote the import pipeline in Python.",
    "Stack Overflow answers with 40k views on Kafka.",
    "Tech lead for the React rewrite.",
    "Go, gRPC and a lot of patience",
    "Mentored four engineers",
    "", "Technologies used:", "Led the team",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("stack line: %s", lines[i]);
      g_assert_true (stack_line (lines[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (achievements); i++)
    {
      g_test_message ("not a stack line: %s", achievements[i]);
      g_assert_false (stack_line (achievements[i]));
    }
}

static void
test_bad_implications (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } bad[] = {
    { "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
      " \"implies\": [\"nope\"]}]}", "skill “a”: implies an unknown skill “nope”" },
    { "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
      " \"implies\": [\"a\"]}]}", "skill “a”: implies itself (“a”)" },
    { "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
      " \"implies\": [\"b\"]}, {\"id\": \"b\", \"name\": \"B\", \"category\": \"language\","
      " \"implies\": [\"c\"]}, {\"id\": \"c\", \"name\": \"C\", \"category\": \"language\","
      " \"implies\": [\"a\"]}]}", "skill “a”: its implications lead back to it" },
    { "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
      " \"aliases\": [\"AA\"]}, {\"id\": \"b\", \"name\": \"B\", \"category\": \"language\","
      " \"aliases\": [\"aa\"]}]}", "skill “b”: spelling “aa” is already used by “a”" },
    { "{" CATEGORIES ", \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"category\": \"language\","
      " \"basic\": \"yes\"}]}", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcTaxonomy) taxonomy = load_string (bad[i].json, &error);

      g_assert_null (taxonomy);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      if (bad[i].message != NULL)
        g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* The implications a recruiter signs: one graph the job match, skills.no-context and the
 * key-skills pages read */
static void
test_recruiter_implications (void)
{
  static const char * const edges[][2] = {
    { "eks", "kubernetes" }, { "openshift", "kubernetes" }, { "gke", "kubernetes" },
    { "postgresql", "sql" }, { "mysql", "sql" }, { "spring-boot", "spring" },
    { "spring-boot", "java" }, { "spring-security", "spring" }, { "django", "python" },
    { "celery", "python" }, { "pandas", "python" }, { "lambda", "serverless" },
    { "lambda", "aws" }, { "github", "git" }, { "tls", "encryption" },
    { "cryptography", "encryption" }, { "hibernate", "jpa" }, { "github-actions", "cicd" },
    { "plsql", "sql" }, { "mockito", "java" }, { "pyspark", "spark" },
  };
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  const RcSkill *gitlab_ci = rc_taxonomy_get_skill (taxonomy, "gitlab-ci");

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_test_message ("%s implies %s", edges[i][0], edges[i][1]);
      g_assert_true (rc_taxonomy_implies (taxonomy, edges[i][0], edges[i][1]));
      g_assert_false (rc_taxonomy_implies (taxonomy, edges[i][1], edges[i][0]));
    }
  /* GitLab alone is no CI, CI/CD alone is no GitLab: together they are GitLab CI */
  g_assert_false (rc_taxonomy_implies (taxonomy, "gitlab", "gitlab-ci"));
  g_assert_cmpstrv (gitlab_ci->implied_together, ((const char * const []) { "gitlab", "cicd", NULL }));
  /* Hibernate is its own keyword, not JPA's spelling */
  g_assert_true (rc_taxonomy_lookup (taxonomy, "Hibernate") != rc_taxonomy_lookup (taxonomy, "JPA"));
  /* TS is TypeScript, in a technical context */
  assert_ids ("JS/TS", "javascript typescript");
  assert_ids ("TS/SCI clearance", "");
}

/* The project's common words (data/words/common.txt): what a posting says on every line */
static GHashTable *
read_common_words (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "words", "common.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words_of_line = NULL;

      if (lines[i][0] == '#')
        continue;
      words_of_line = g_strsplit_set (lines[i], " \t", -1);
      for (guint k = 0; words_of_line[k] != NULL; k++)
        if (*words_of_line[k] != '\0')
          g_hash_table_add (words, g_strdup (words_of_line[k]));
    }
  return words;
}

static gboolean
is_one_word (const char *spelling)
{
  for (const char *p = spelling; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return *spelling != '\0';
}

/* @object's ambiguous terms, and whether they need a technical context */
static GStrv
ambiguous_terms (JsonObject *object,
                 gboolean   *context)
{
  JsonNode *node = json_object_get_member (object, "ambiguous");
  const char *name = json_object_get_string_member (object, "name");
  JsonObject *rule;

  *context = TRUE;
  if (node == NULL)
    return g_new0 (char *, 1);
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strdupv ((char *[]) { (char *) name, NULL });
  rule = json_node_get_object (node);
  *context = !json_object_has_member (rule, "context") ||
             json_object_get_boolean_member (rule, "context");
  if (!json_object_has_member (rule, "terms"))
    return g_strdupv ((char *[]) { (char *) name, NULL });
  {
    JsonArray *terms = json_object_get_array_member (rule, "terms");
    GStrv out = g_new0 (char *, json_array_get_length (terms) + 1);

    for (guint i = 0; i < json_array_get_length (terms); i++)
      out[i] = g_strdup (json_array_get_string_element (terms, i));
    return out;
  }
}

static void
assert_ids_resolve (RcTaxonomy *taxonomy,
                    JsonObject *object,
                    const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      g_assert_nonnull (rc_taxonomy_get_skill (taxonomy, json_node_get_string (node)));
      return;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      const char *id = json_array_get_string_element (json_node_get_array (node), i);

      g_test_message ("%s: %s %s", json_object_get_string_member (object, "id"), member, id);
      g_assert_nonnull (rc_taxonomy_get_skill (taxonomy, id));
    }
}

/* The bundled data as a reviewer checks it: 600 skills and more; every spelling belongs to one
 * skill; every id it names is a skill; and a hard skill spelled as an English word (the en_US
 * dictionary's, through rc-spell, read without the taxonomy's own lexicon) has an ambiguity
 * rule unless the data says the word only ever means the skill; a common word
 * (data/words/common.txt) needs a technical context even then. Practices and soft skills are
 * ideas written as ordinary words, so only hard skills are held to this. */
static void
test_validation (void)
{
  static const char * const languages[] = { "en_US", NULL };
  static const char * const need_context[] = {
    "react", "go", "spring", "express", "swift", "chef", "oracle", "temporal", "nodejs", "make",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "skills.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) common = read_common_words ();
  g_autoptr(GHashTable) context_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RcTaxonomy) bare = load_string ("{\"categories\": [], \"skills\": []}", &error);
  RcTaxonomy *taxonomy = rc_taxonomy_get_default ();
  g_autoptr(GString) wrong = g_string_new (NULL);
  RcSpell *spell;
  JsonArray *skills;
  gboolean dictionaries;

  g_assert_no_error (error);
  spell = rc_spell_new (bare, languages);
  dictionaries = rc_spell_has_dictionaries (spell);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  skills = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "skills");
  g_assert_cmpuint (json_array_get_length (skills), >=, 600);
  g_assert_cmpuint (rc_taxonomy_get_skills (taxonomy)->len, ==, json_array_get_length (skills));

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonObject *object = json_array_get_object_element (skills, i);
      const char *id = json_object_get_string_member (object, "id");
      const RcSkill *skill = rc_taxonomy_get_skill (taxonomy, id);
      gboolean context;
      g_auto(GStrv) terms = ambiguous_terms (object, &context);
      g_autoptr(GPtrArray) spellings = g_ptr_array_new ();

      g_assert_nonnull (skill);
      if (context && terms[0] != NULL)
        g_hash_table_add (context_ids, (gpointer) skill->id);
      assert_ids_resolve (taxonomy, object, "implies");
      assert_ids_resolve (taxonomy, object, "frameworks");
      assert_ids_resolve (taxonomy, object, "implied-together");
      assert_ids_resolve (taxonomy, object, "language");
      assert_ids_resolve (taxonomy, object, "parent");

      g_ptr_array_add (spellings, (gpointer) skill->name);
      for (guint k = 0; skill->aliases[k] != NULL; k++)
        g_ptr_array_add (spellings, (gpointer) skill->aliases[k]);
      if (json_object_has_member (object, "phrases"))
        {
          JsonArray *phrases = json_object_get_array_member (object, "phrases");

          for (guint k = 0; k < json_array_get_length (phrases); k++)
            g_ptr_array_add (spellings, (gpointer) json_array_get_string_element (phrases, k));
        }

      for (guint k = 0; k < spellings->len; k++)
        {
          const char *spelling = g_ptr_array_index (spellings, k);
          g_autofree char *lower = g_ascii_strdown (spelling, -1);
          gboolean ruled = g_strv_contains ((const char * const *) terms, spelling);

          /* no spelling is two skills' (the loader refuses that too) */
          if (rc_taxonomy_lookup (taxonomy, spelling) != skill)
            g_string_append_printf (wrong, "%s: “%s” is another skill's\n", id, spelling);
          if (!is_one_word (spelling))
            continue;
          /* practices and soft skills are ideas written as words: "scaling", "mentored" */
          if (skill->hard && g_hash_table_contains (common, lower) && !(ruled && context))
            g_string_append_printf (wrong, "%s: “%s” is a common word with no context rule\n",
                                    id, spelling);
          if (skill->hard && !ruled && !skill->dictionary_word && dictionaries &&
              rc_spell_check (spell, lower, strlen (lower), FALSE, NULL) == RC_SPELL_CORRECT)
            g_string_append_printf (wrong, "%s: “%s” is an English word with no ambiguity rule\n",
                                    id, spelling);
        }
    }

  g_assert_cmpstr (wrong->str, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (need_context); i++)
    {
      g_test_message ("needs a context: %s", need_context[i]);
      g_assert_true (g_hash_table_contains (context_ids, need_context[i]));
    }
  rc_spell_free (spell);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/taxonomy/bundled-data", test_bundled_data);
  g_test_add_func ("/core/taxonomy/validation", test_validation);
  g_test_add_func ("/core/taxonomy/recruiter-implications", test_recruiter_implications);
  g_test_add_func ("/core/taxonomy/lookup", test_lookup);
  g_test_add_func ("/core/taxonomy/find/aliases", test_aliases);
  g_test_add_func ("/core/taxonomy/find/multi-word", test_multi_word);
  g_test_add_func ("/core/taxonomy/find/go-trap", test_go_trap);
  g_test_add_func ("/core/taxonomy/find/ambiguous-words", test_ambiguous_words);
  g_test_add_func ("/core/taxonomy/find/case", test_case);
  g_test_add_func ("/core/taxonomy/find/plurals", test_plurals);
  g_test_add_func ("/core/taxonomy/find/punctuation", test_punctuation);
  g_test_add_func ("/core/taxonomy/find/boundaries", test_boundaries);
  g_test_add_func ("/core/taxonomy/find/offsets", test_offsets);
  g_test_add_func ("/core/taxonomy/find/many-mentions", test_many_mentions);
  g_test_add_func ("/core/taxonomy/custom-data", test_custom_data);
  g_test_add_func ("/core/taxonomy/bad-data", test_bad_data);
  g_test_add_func ("/core/taxonomy/implications", test_implications);
  g_test_add_func ("/core/taxonomy/implications/bad", test_bad_implications);
  g_test_add_func ("/core/taxonomy/find/product-names", test_product_names);
  g_test_add_func ("/core/taxonomy/stack-lines", test_stack_lines);

  return g_test_run ();
}
