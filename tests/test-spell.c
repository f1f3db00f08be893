/* test-spell.c — the spell checker, the technical lexicon and the grammar basics
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "rc-engine.h"
#include "rc-spell.h"
#include "rc-test-util.h"

static RcRuleSet *rules;

/* the findings of @rule_id on one bullet */
static GPtrArray *
check_bullet (const char *bullet,
              const char *rule_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_finding_free);
  GPtrArray *findings;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "work");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "Parcelwise");
  json_builder_set_member_name (builder, "startDate");
  json_builder_add_string_value (builder, "2020-01");
  json_builder_set_member_name (builder, "highlights");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, bullet);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  document = rc_test_document_from_data (json);
  report = rc_engine_check (engine, document, NULL);
  findings = rc_report_get_findings (report);
  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (finding->rule_id, rule_id) == 0)
        g_ptr_array_add (found, rc_finding_copy (finding));
    }
  return found;
}

/* @bullet gets exactly one finding of @rule_id, on @match, with @fix (nullable: none) */
static void
assert_one (const char *bullet,
            const char *rule_id,
            const char *match,
            const char *fix)
{
  g_autoptr(GPtrArray) found = check_bullet (bullet, rule_id);
  const RcFinding *finding;

  if (found->len != 1)
    g_error ("%s: %u findings of %s, not 1", bullet, found->len, rule_id);
  finding = g_ptr_array_index (found, 0);
  g_assert_cmpstr (finding->match, ==, match);
  g_assert_cmpstr (finding->fix, ==, fix);
}

static void
assert_none (const char *bullet,
             const char *rule_id)
{
  g_autoptr(GPtrArray) found = check_bullet (bullet, rule_id);

  if (found->len > 0)
    g_error ("%s: %s fired on “%s”", bullet, rule_id,
             ((RcFinding *) g_ptr_array_index (found, 0))->match);
}

/* neither spelling rule says anything of these */
static void
assert_spelled (const char * const *texts,
                gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      assert_none (texts[i], "spelling.word");
      assert_none (texts[i], "spelling.tech");
    }
}

static void
test_spell_misspelled (void)
{
  assert_one ("Desgined the billing service for 40 merchants.", "spelling.word", "Desgined",
              "Designed");
  assert_one ("Mentored four enginers on the payments team.", "spelling.word", "enginers",
              "engineers");
  assert_one ("Assisted with managment of the build server.", "spelling.word", "managment",
              "management");
  /* the span is the word, so the fix replaces it alone */
  {
    g_autoptr(GPtrArray) found = check_bullet ("Cut the time to recieve a refund by 80%.",
                                               "spelling.word");
    const RcFinding *finding = g_ptr_array_index (found, 0);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpuint (finding->start, ==, 16);
    g_assert_cmpuint (finding->end, ==, 23);
  }
}

static void
test_spell_british (void)
{
  const char * const british[] = {
    "Optimised the organisation's programme of behaviour analytics, halving the cost.",
    "Standardised the colour palette and analysed the catalogue for 12 teams.",
    "Modularisation of the authorisation service cut deploys to 5 minutes.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (british); i++)
    assert_none (british[i], "spelling.word");

  /* a British resume gets British suggestions, and an American one American */
  {
    RcSpell *spell = rc_spell_get_default ();
    g_autoptr(GString) suggestion = g_string_new (NULL);

    g_assert_cmpint (rc_spell_check (spell, "colour", 6, FALSE, NULL), ==, RC_SPELL_BRITISH);
    g_assert_cmpint (rc_spell_check (spell, "color", 5, FALSE, NULL), ==, RC_SPELL_CORRECT);
    g_assert_cmpint (rc_spell_check (spell, "optimisd", 8, TRUE, suggestion), ==,
                     RC_SPELL_MISSPELLED);
    g_assert_cmpstr (suggestion->str, ==, "optimised");
    rc_spell_check (spell, "optimisd", 8, FALSE, suggestion);
    g_assert_cmpstr (suggestion->str, !=, "optimised");
  }
}

/* One dictionary chosen: a British spelling is a slip to American English alone, and the
 * engine, which caches findings per string, finds it in a resume it checked before */
static void
test_spell_languages (void)
{
  static const char * const both[] = { "en_US", "en_GB", NULL };
  static const char * const american[] = { "en_US", NULL };
  static const char * const british[] = { "en_GB", NULL };
  static const char bullet[] = "Redesigned the colour scheme of the dashboards 40 teams use.";
  RcSpell *spell = rc_spell_get_default ();
  guint generation = rc_spell_get_generation (spell);
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autofree char *json = g_strdup_printf ("{\"work\": [{\"name\": \"Parcelwise\", "
                                           "\"highlights\": [\"%s\"]}]}", bullet);
  g_autoptr(RcDocument) document = rc_test_document_from_data (json);
  g_autoptr(RcReport) before = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) after = NULL;
  const RcFinding *finding;

  if (!rc_spell_has_dictionaries (spell))
    {
      g_test_skip ("no en_US or en_GB dictionary");
      return;
    }
  g_assert_null (rc_test_find_finding (before, "spelling.word", "/work/0/highlights/0"));

  rc_spell_set_languages (spell, american);
  g_assert_cmpuint (rc_spell_get_generation (spell), !=, generation);
  g_assert_cmpint (rc_spell_check (spell, "colour", 6, FALSE, NULL), ==, RC_SPELL_MISSPELLED);
  after = rc_engine_check (engine, document, NULL);
  finding = rc_test_find_finding (after, "spelling.word", "/work/0/highlights/0");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->match, ==, "colour");
  g_assert_cmpstr (finding->fix, ==, "color");

  /* British alone accepts it as its own, with no British verdict to give */
  rc_spell_set_languages (spell, british);
  g_assert_cmpint (rc_spell_check (spell, "colour", 6, FALSE, NULL), ==, RC_SPELL_CORRECT);
  g_assert_cmpint (rc_spell_check (spell, "color", 5, FALSE, NULL), ==, RC_SPELL_MISSPELLED);

  /* the same languages again change nothing */
  rc_spell_set_languages (spell, both);
  generation = rc_spell_get_generation (spell);
  rc_spell_set_languages (spell, both);
  g_assert_cmpuint (rc_spell_get_generation (spell), ==, generation);
  g_clear_pointer (&after, rc_report_unref);
  after = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (after, "spelling.word", "/work/0/highlights/0"));
}

static void
test_spell_names (void)
{
  const char * const names[] = {
    /* a capital inside a sentence is a name */
    "Built the routing engine Parcelwise runs on, with the Frobnicator team.",
    "Shipped the Zentrix integration for Kaltbrunn Logistics in 6 weeks.",
    /* a name at the start, with no word a slip away */
    "Parcelwise's routing engine now serves 2M requests a day.",
    /* the technical lexicon */
    "Deployed the gRPC gateway on Kubernetes with Postgres, Redis and Terraform.",
    "Wrote idempotent webhook handlers and middleware for the serverless backend.",
    "Cut onboarding from 3 days to 4 hours with a monorepo and async workers.",
    "Moved the frontend to Next.js and the microservices to gitops deploys.",
    "Used tmux, vim and kubectl daily across 30 repos.",
  };

  assert_spelled (names, G_N_ELEMENTS (names));
}

/* the resume's own names are words: one engine, the name set after the bullet was read */
static void
test_spell_resume_names (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"summary\": \"Brex engineer since 2019, in Tromsø.\"}, "
    "\"work\": [{\"name\": \"Acme\", \"startDate\": \"2020-01\", "
    "\"highlights\": [\"Brex's card platform now serves 2M requests a day.\"]}]}");
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) before = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) after = NULL;
  g_autoptr(GError) error = NULL;
  const RcFinding *finding;

  /* “Brex” is one letter from “brew”: unknown, it reads as a slip */
  finding = rc_test_find_finding (before, "spelling.word", "/work/0/highlights/0");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->match, ==, "Brex");
  g_assert_nonnull (rc_test_find_finding (before, "spelling.word", "/basics/summary"));

  g_assert_true (rc_document_set_string (document, "/work/0/name", "Brex", &error));
  g_assert_no_error (error);
  after = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (after, "spelling.word", "/work/0/highlights/0"));
  g_assert_null (rc_test_find_finding (after, "spelling.word", "/basics/summary"));
}

static void
test_spell_never_flagged (void)
{
  const char * const texts[] = {
    "See https://recieve.example.com/managment/enginers for the write-up.",
    "Reach me at managment.enginers@example.com any time.",
    "Renamed `recieve_msg` to recieveMessage in src/recieve/handler.go.",
    "Fixed recieve_msg, RecieveMsg and recieve.msg in the SDK.",
    "Released v1.2.3 and 3.11 of the CLI with 2x faster startup.",
    "Wrote the SLAs, RFCs and APIs; cut p99 to 40ms and storage to 3TB.",
    "Added <b>bold</b> text and <br/> tags to the page.",
    "MANAGMENT RECIEVED the shouting acronyms in 2 days.",
    "Moved 30 services off Heroku to github.com/acme and gitlab.com/acme.",
  };

  assert_spelled (texts, G_N_ELEMENTS (texts));
}

static void
test_spell_tech (void)
{
  assert_one ("Automated the releases with Github Actons.", "spelling.tech", "Github Actons",
              "GitHub Actions");
  assert_one ("Tuned the slowest queries in PostgresSQL.", "spelling.tech", "PostgresSQL",
              "PostgreSQL");
  assert_one ("Rendered the receipts with Mustach templates.", "spelling.tech", "Mustach",
              "Mustache");
  assert_one ("Ran 40 services on Kuberentes.", "spelling.tech", "Kuberentes", "Kubernetes");
  assert_one ("Built APIs in nodejs.", "spelling.tech", "nodejs", "Node.js");
  /* a tech near-miss is not also an ordinary misspelling */
  assert_none ("Ran 40 services on Kuberentes.", "spelling.word");

  /* accepted spellings and the names inside links pass */
  assert_none ("Moved the ledger from MySQL to Postgres in 3 months.", "spelling.tech");
  assert_none ("Ran 40 services on k8s with ArgoCD and NodeJS.", "spelling.tech");
  assert_none ("Published it at https://github.com/acme/javascript-sdk.", "spelling.tech");

  /* the wrong case is only a suggestion: a search finds it */
  {
    g_autoptr(GPtrArray) found = check_bullet ("Rewrote the SPA in Javascript.", "spelling.tech");
    const RcFinding *finding = g_ptr_array_index (found, 0);

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (finding->level, ==, RC_LEVEL_SUGGESTION);
    g_assert_cmpstr (finding->fix, ==, "JavaScript");
  }
  {
    g_autoptr(GPtrArray) found = check_bullet ("Ran 40 services on Kuberentes.", "spelling.tech");

    g_assert_cmpint (((RcFinding *) g_ptr_array_index (found, 0))->level, ==, RC_LEVEL_WARNING);
  }
}

static void
test_spell_cache (void)
{
  RcSpell *spell = rc_spell_get_default ();
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) again = g_string_new (NULL);

  g_assert_true (rc_spell_get_default () == spell);
  g_assert_cmpint (rc_spell_check (spell, "recieve", 7, FALSE, first), ==, RC_SPELL_MISSPELLED);
  g_assert_cmpstr (first->str, ==, "receive");
  g_assert_cmpint (rc_spell_check (spell, "recieve", 7, FALSE, again), ==, RC_SPELL_MISSPELLED);
  g_assert_cmpstr (again->str, ==, first->str);
  g_assert_cmpint (rc_spell_check (spell, "receive", 7, FALSE, again), ==, RC_SPELL_CORRECT);
  g_assert_cmpuint (again->len, ==, 0);

  /* a bullet read again gives the same findings */
  for (guint i = 0; i < 2; i++)
    assert_one ("Mentored four enginers on the payments team.", "spelling.word", "enginers",
                "engineers");
}

static void
test_spell_no_dictionary (void)
{
  static const char * const languages[] = { "xx_NOWHERE", NULL };
  RcSpell *spell = rc_spell_new (rc_taxonomy_get_default (), languages);
  g_autoptr(GString) suggestion = g_string_new ("x");

  g_assert_false (rc_spell_has_dictionaries (spell));
  g_assert_cmpint (rc_spell_get_load_time (spell), >=, 0);
  /* ordinary words: quietly nothing */
  g_assert_cmpint (rc_spell_check (spell, "managment", 9, FALSE, suggestion), ==,
                   RC_SPELL_CORRECT);
  g_assert_cmpuint (suggestion->len, ==, 0);
  /* technical names still */
  g_assert_cmpstr (rc_spell_near_miss (spell, "Kuberentes", 10), ==, "Kubernetes");
  g_assert_cmpstr (rc_spell_near_miss (spell, "github actons", 13), ==, "GitHub Actions");
  g_assert_null (rc_spell_near_miss (spell, "Kubernetes", 10));
  g_assert_cmpstr (rc_spell_lookup_name (spell, "postgres", 8), ==, "Postgres");
  rc_spell_free (spell);
}

/* the words test_spell_store() checks */
static const struct
{
  const char *word;
  gboolean    british;
} store_words[] = {
  { "managment", FALSE }, { "recieve", TRUE }, { "colour", FALSE }, { "Okafor", FALSE },
  { "deployed", FALSE }, { "optimise", TRUE },
};

/* @spell answers each of them as the first run did */
static void
assert_same_answers (RcSpell              *spell,
                     const RcSpellVerdict *verdicts,
                     char * const         *suggestions)
{
  g_autoptr(GString) again = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (store_words); i++)
    {
      g_assert_cmpint (rc_spell_check (spell, store_words[i].word, strlen (store_words[i].word),
                                       store_words[i].british, again), ==, verdicts[i]);
      g_assert_cmpstr (again->str, ==, suggestions[i]);
    }
}

/* Saves @spell's store and frees it: the next run's speller on the same @path */
static RcSpell *
next_run (RcSpell            *spell,
          const char         *path,
          const char * const *languages)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_spell_save (spell, &error));
  g_assert_no_error (error);
  rc_spell_free (spell);
  spell = rc_spell_new (rc_taxonomy_get_default (), languages);
  rc_spell_set_store (spell, path);
  return spell;
}

/* What the dictionaries said is kept between runs: the next speller answers the same without
 * opening a dictionary, and the file holds no word of the resume; other languages, or a
 * damaged file, are not used */
static void
test_spell_store (void)
{
  static const char * const languages[] = { "en_US", "en_GB", NULL };
  static const char * const american[] = { "en_US", NULL };
  g_autofree char *dir = g_dir_make_tmp ("rc-spell-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "resume-coach", "spelling", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) again = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  RcSpellVerdict verdicts[G_N_ELEMENTS (store_words)];
  char *suggestions[G_N_ELEMENTS (store_words)];
  RcSpell *spell = rc_spell_new (rc_taxonomy_get_default (), languages);
  gsize length;

  rc_spell_set_store (spell, path);
  if (!rc_spell_has_dictionaries (spell))
    {
      rc_spell_free (spell);
      g_test_skip ("no en_US or en_GB dictionary");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (store_words); i++)
    {
      verdicts[i] = rc_spell_check (spell, store_words[i].word, strlen (store_words[i].word),
                                    store_words[i].british, first);
      suggestions[i] = g_strdup (first->str);
    }
  g_assert_cmpint (verdicts[0], ==, RC_SPELL_MISSPELLED);
  g_assert_cmpstr (suggestions[0], ==, "management");
  g_assert_cmpint (verdicts[2], ==, RC_SPELL_BRITISH);

  /* the next run: the same answers, no dictionary opened */
  spell = next_run (spell, path, languages);
  assert_same_answers (spell, verdicts, suggestions);
  g_assert_false (rc_spell_get_dictionaries_opened (spell));
  /* a word it has not seen opens them, and joins the earlier ones in the store */
  g_assert_cmpint (rc_spell_check (spell, "recrutment", 10, FALSE, again), ==,
                   RC_SPELL_MISSPELLED);
  g_assert_true (rc_spell_get_dictionaries_opened (spell));
  spell = next_run (spell, path, languages);
  assert_same_answers (spell, verdicts, suggestions);
  g_assert_cmpint (rc_spell_check (spell, "recrutment", 10, FALSE, again), ==,
                   RC_SPELL_MISSPELLED);
  g_assert_false (rc_spell_get_dictionaries_opened (spell));
  rc_spell_free (spell);

  /* no word of the resume is written down */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (store_words); i++)
    g_assert_null (g_strstr_len (contents, (gssize) length, store_words[i].word));

  /* made for other dictionaries: not used */
  spell = rc_spell_new (rc_taxonomy_get_default (), american);
  rc_spell_set_store (spell, path);
  rc_spell_check (spell, "managment", 9, FALSE, again);
  g_assert_true (rc_spell_get_dictionaries_opened (spell));
  rc_spell_free (spell);

  /* damaged: not used, and written over */
  g_assert_true (g_file_set_contents (path, "(\"resume-coach spelling", -1, NULL));
  spell = rc_spell_new (rc_taxonomy_get_default (), languages);
  rc_spell_set_store (spell, path);
  g_assert_cmpint (rc_spell_check (spell, "managment", 9, FALSE, again), ==,
                   RC_SPELL_MISSPELLED);
  g_assert_cmpstr (again->str, ==, "management");
  g_assert_true (rc_spell_get_dictionaries_opened (spell));
  g_assert_true (rc_spell_save (spell, &error));
  rc_spell_free (spell);

  for (guint i = 0; i < G_N_ELEMENTS (store_words); i++)
    g_free (suggestions[i]);
  g_assert_no_errno (g_unlink (path));
  g_free (contents);
  contents = g_path_get_dirname (path);
  g_assert_no_errno (g_rmdir (contents));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_spell_distance (void)
{
  g_assert_cmpuint (rc_spell_distance ("kuberentes", 10, "kubernetes", 10, 2), ==, 1);
  g_assert_cmpuint (rc_spell_distance ("postgressql", 11, "postgresql", 10, 2), ==, 1);
  g_assert_cmpuint (rc_spell_distance ("mustach", 7, "mustache", 8, 2), ==, 1);
  g_assert_cmpuint (rc_spell_distance ("kafka", 5, "kafka", 5, 2), ==, 0);
  g_assert_cmpuint (rc_spell_distance ("redis", 5, "rails", 5, 1), ==, 2);
  g_assert_cmpuint (rc_spell_distance ("elasticsaerch", 13, "elasticsearch", 13, 2), ==, 1);
}

static void
test_spell_grammar (void)
{
  assert_one ("Designed and lead the migration of 30 services.", "grammar.mixed-tense",
              "Designed and lead", "Designed and led");
  assert_one ("Build and shipped the billing API for 40 merchants.", "grammar.mixed-tense",
              "Build and shipped", "Built and shipped");
  assert_none ("Lead and mentor a team of five engineers.", "grammar.mixed-tense");
  assert_none ("Designed and lead engineer of the ledger.", "grammar.mixed-tense");

  assert_one ("Worked on the the customer portal.", "grammar.doubled-word", "the the", "the");
  assert_one ("Used Java and and Spring for 3 services.", "grammar.doubled-word", "and and",
              "and");
  assert_none ("Showed that that design had had its day.", "grammar.doubled-word");

  {
    g_autoptr(RcDocument) document = rc_test_document_from_data (
      "{\"education\": [{\"institution\": \"State University\", \"studyType\": "
      "\"Bachelors of Arts\", \"area\": \"Computer Science\"}, {\"institution\": \"Tech\", "
      "\"studyType\": \"Master of Science\", \"area\": \"Masters degree in Physics\"}]}");
    g_autoptr(RcEngine) engine = rc_engine_new (rules);
    g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
    const RcFinding *finding;

    finding = rc_test_find_finding (report, "grammar.degree", "/education/0/studyType");
    g_assert_cmpstr (finding->match, ==, "Bachelors of");
    g_assert_cmpstr (finding->fix, ==, "Bachelor of");
    finding = rc_test_find_finding (report, "grammar.degree", "/education/1/area");
    g_assert_cmpstr (finding->fix, ==, "Master's degree");
    g_assert_null (rc_test_find_finding (report, "grammar.degree", "/education/1/studyType"));
  }
}

/* figures, not assertions: meson test --suite core spell -- -m perf */
static void
test_spell_timing (void)
{
  static const char * const languages[] = { "en_US", "en_GB", NULL };
  static const char * const words[] = {
    "designed", "engineers", "billing", "recieve", "migration", "managment", "services",
  };
  RcSpell *spell;
  gint64 start, made, cold, warm;
  g_autoptr(GString) suggestion = g_string_new (NULL);

  if (!g_test_perf ())
    return;
  g_assert_nonnull (rc_taxonomy_get_default ());
  start = g_get_monotonic_time ();
  spell = rc_spell_new (rc_taxonomy_get_default (), languages);
  made = g_get_monotonic_time () - start;
  rc_spell_has_dictionaries (spell);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    rc_spell_check (spell, words[i], strlen (words[i]), FALSE, suggestion);
  cold = g_get_monotonic_time () - start;
  start = g_get_monotonic_time ();
  for (guint r = 0; r < 1000; r++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      rc_spell_check (spell, words[i], strlen (words[i]), FALSE, suggestion);
  warm = g_get_monotonic_time () - start;
  g_test_minimized_result ((double) rc_spell_get_load_time (spell) / 1000.0,
                           "dictionaries opened in %.1f ms (lexicon built in %.1f ms)",
                           rc_spell_get_load_time (spell) / 1000.0, made / 1000.0);
  g_test_minimized_result (cold / 1000.0, "%zu words, first time (2 misspelled, suggested): "
                           "%.2f ms; cached: %.1f ns a word", G_N_ELEMENTS (words),
                           cold / 1000.0, warm * 1000.0 / (1000.0 * G_N_ELEMENTS (words)));
  rc_spell_free (spell);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  rules = rc_rule_set_new_builtin ();
  g_test_add_func ("/core/spell/misspelled", test_spell_misspelled);
  g_test_add_func ("/core/spell/british", test_spell_british);
  g_test_add_func ("/core/spell/languages", test_spell_languages);
  g_test_add_func ("/core/spell/names", test_spell_names);
  g_test_add_func ("/core/spell/resume-names", test_spell_resume_names);
  g_test_add_func ("/core/spell/never-flagged", test_spell_never_flagged);
  g_test_add_func ("/core/spell/tech", test_spell_tech);
  g_test_add_func ("/core/spell/cache", test_spell_cache);
  g_test_add_func ("/core/spell/no-dictionary", test_spell_no_dictionary);
  g_test_add_func ("/core/spell/store", test_spell_store);
  g_test_add_func ("/core/spell/distance", test_spell_distance);
  g_test_add_func ("/core/spell/grammar", test_spell_grammar);
  g_test_add_func ("/core/spell/timing", test_spell_timing);
  status = g_test_run ();
  g_object_unref (rules);
  return status;
}
