/* test-rules.c — every rule's own examples, the rule packs and the public rule list
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-rule-set-private.h"
#include "rc-section.h"
#include "rc-test-util.h"

/* the guide entries rules may point at (/work/coord/TIP-IDS.md) */
static const char * const tip_ids[] = {
  "mistake.duties", "mistake.no-metrics", "tip.numbers", "verbs.strong", "style.tense",
  "style.bullet-length", "style.pronouns", "style.passive", "style.buzzwords", "style.filler",
  "section.summary", "section.skills", "mistake.generic-skills", "skills.spelling",
  "section.projects", "section.contact", "style.dates", "tip.length", "mistake.ignoring-ats",
  "section.certificates", "section.experience", "section.education",
  /* added on the guide side for style.double-space */
  "tip.proofread",
  /* for ats.wrong-type: what an ATS reads */
  "tip.ats-layout", NULL,
};

static RcRuleSet *builtin;

static RcRuleSet *
get_builtin (void)
{
  if (builtin == NULL)
    builtin = rc_rule_set_new_builtin ();
  return builtin;
}

/* The pointer a string example is checked at: the first of its rule's scopes (and sections) */
static const char *
place_string (const RcRule *rule,
              JsonObject   *root,
              const char   *text)
{
  g_autoptr(JsonArray) list = json_array_new ();
  JsonObject *entry = json_object_new ();
  const char *section = "work";

  if (rule->sections != 0 && !(rule->sections & (1u << RC_SECTION_WORK)))
    section = rule->sections & (1u << RC_SECTION_PROJECTS) ? "projects" : "volunteer";

  if (rule->scopes & RC_SCOPE_BULLET)
    {
      JsonArray *highlights = json_array_new ();

      json_array_add_string_element (highlights, text);
      json_object_set_string_member (entry, "name", "Example");
      json_object_set_string_member (entry, "startDate", "2021-04");
      json_object_set_array_member (entry, "highlights", highlights);
      json_array_add_object_element (list, entry);
      json_object_set_array_member (root, section, json_array_ref (list));
      return strcmp (section, "work") == 0 ? "/work/0/highlights/0"
             : strcmp (section, "projects") == 0 ? "/projects/0/highlights/0"
             : "/volunteer/0/highlights/0";
    }
  if (rule->scopes & RC_SCOPE_SUMMARY)
    {
      json_object_set_string_member (entry, "summary", text);
      json_object_set_object_member (root, "basics", entry);
      return "/basics/summary";
    }
  if (rule->scopes & RC_SCOPE_DESCRIPTION)
    {
      json_object_set_string_member (entry, "name", "Example");
      json_object_set_string_member (entry, "summary", text);
      json_array_add_object_element (list, entry);
      json_object_set_array_member (root, "work", json_array_ref (list));
      return "/work/0/summary";
    }
  {
    JsonArray *keywords = json_array_new ();

    json_array_add_string_element (keywords, text);
    json_object_set_string_member (entry, "name", "Skills");
    json_object_set_array_member (entry, "keywords", keywords);
    json_array_add_object_element (list, entry);
    json_object_set_array_member (root, "skills", json_array_ref (list));
    return "/skills/0/keywords/0";
  }
}

/* Every finding's span lies in its string and reads as its match */
static void
assert_spans (RcDocument *document,
              RcReport   *report)
{
  GPtrArray *findings = rc_report_get_findings (report);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      const char *text = rc_document_get_string (document, finding->pointer);

      g_assert_nonnull (finding->message);
      g_assert_nonnull (finding->advice);
      g_assert_null (strchr (finding->message, '{'));
      g_assert_null (strchr (finding->advice, '{'));
      g_assert_cmpuint (finding->start, <=, finding->end);
      if (finding->end > finding->start)
        {
          g_autofree char *span = NULL;
          const char *a, *b;

          g_assert_nonnull (text);
          g_assert_cmpuint (finding->end, <=, g_utf8_strlen (text, -1));
          a = g_utf8_offset_to_pointer (text, finding->start);
          b = g_utf8_offset_to_pointer (text, finding->end);
          span = g_strndup (a, (gsize) (b - a));
          g_assert_cmpstr (span, ==, finding->match);
        }
      if (i > 0)
        g_assert_cmpint (rc_finding_compare (g_ptr_array_index (findings, i - 1), finding), <=, 0);
    }
}

static void
run_example (RcRuleSet    *rules,
             const RcRule *rule,
             JsonNode     *example,
             gboolean      fires)
{
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *pointer = NULL;

  if (JSON_NODE_HOLDS_OBJECT (example))
    data = json_to_string (example, FALSE);
  else
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

      json_node_take_object (root, json_object_new ());
      pointer = place_string (rule, json_node_get_object (root), json_node_get_string (example));
      data = json_to_string (root, FALSE);
    }

  document = rc_document_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  report = rc_engine_check (engine, document, NULL);
  assert_spans (document, report);

  if ((rc_test_find_finding (report, rule->info.id, pointer) != NULL) != fires)
    g_error ("%s should %s on %s", rule->info.id, fires ? "fire" : "pass", data);
}

static void
test_rules_examples (void)
{
  /* the examples stay in the JSON: the compiled packs the program starts with leave them out */
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin_from_json ();
  guint n = rc_rule_set_get_n_rules (rules);

  g_assert_cmpuint (n, >=, 35);
  for (guint i = 0; i < n; i++)
    {
      const RcRule *rule = rc_rule_set_get_rule_private (rules, i);
      guint min = rule->kind == RC_RULE_PHRASES || rule->kind == RC_RULE_PATTERN ? 3 : 1;

      g_test_message ("%s", rule->info.id);
      if (rule->info.fires == NULL || json_array_get_length (rule->info.fires) < min)
        g_error ("%s needs at least %u examples it fires on", rule->info.id, min);
      if (rule->info.passes == NULL || json_array_get_length (rule->info.passes) < min)
        g_error ("%s needs at least %u examples it passes", rule->info.id, min);

      for (guint e = 0; e < json_array_get_length (rule->info.fires); e++)
        run_example (rules, rule, json_array_get_element (rule->info.fires, e), TRUE);
      for (guint e = 0; e < json_array_get_length (rule->info.passes); e++)
        run_example (rules, rule, json_array_get_element (rule->info.passes, e), FALSE);
    }
}

/* these ids and levels are public: scripts and ignore lists name them */
static void
test_rules_required (void)
{
  static const struct {
    const char *id;
    RcLevel     level;
  } required[] = {
    { "achievement.duty-phrase", RC_LEVEL_WARNING },
    { "achievement.no-metric", RC_LEVEL_SUGGESTION },
    { "achievement.metric-coverage", RC_LEVEL_WARNING },
    { "verb.weak-start", RC_LEVEL_SUGGESTION },
    { "verb.repeated", RC_LEVEL_SUGGESTION },
    { "tense.mismatch", RC_LEVEL_SUGGESTION },
    { "bullet.too-long", RC_LEVEL_SUGGESTION },
    { "bullet.too-short", RC_LEVEL_SUGGESTION },
    { "style.pronoun", RC_LEVEL_SUGGESTION },
    { "style.passive", RC_LEVEL_SUGGESTION },
    { "style.buzzword", RC_LEVEL_WARNING },
    { "style.filler", RC_LEVEL_SUGGESTION },
    { "summary.missing", RC_LEVEL_WARNING },
    { "summary.length", RC_LEVEL_WARNING },
    { "summary.no-achievement", RC_LEVEL_SUGGESTION },
    { "summary.no-skills", RC_LEVEL_SUGGESTION },
    { "skills.missing", RC_LEVEL_ERROR },
    { "skills.no-context", RC_LEVEL_WARNING },
    { "projects.missing", RC_LEVEL_SUGGESTION },
    { "projects.no-link", RC_LEVEL_SUGGESTION },
    { "contact.missing-email", RC_LEVEL_ERROR },
    { "contact.invalid-email", RC_LEVEL_ERROR },
    { "contact.no-profile", RC_LEVEL_SUGGESTION },
    { "dates.invalid", RC_LEVEL_ERROR },
    { "dates.order", RC_LEVEL_WARNING },
    { "length.pages", RC_LEVEL_WARNING },
    { "ats.missing-keywords", RC_LEVEL_WARNING },
    { "ats.low-match", RC_LEVEL_WARNING },
    { "skills.unlisted", RC_LEVEL_SUGGESTION },
    { "achievement.stack-line", RC_LEVEL_WARNING },
    { "contact.phone-url", RC_LEVEL_WARNING },
    { "contact.profile-in-website", RC_LEVEL_SUGGESTION },
    { "experience.no-company", RC_LEVEL_WARNING },
    { "experience.old-detail", RC_LEVEL_SUGGESTION },
    { "summary.third-person", RC_LEVEL_SUGGESTION },
    { "achievement.wrong-direction", RC_LEVEL_WARNING },
    { "spelling.tech", RC_LEVEL_WARNING },
    { "spelling.word", RC_LEVEL_SUGGESTION },
  };
  /* retired (data/rules/README.md): never used again for something else */
  static const char * const retired[] = { "certificates.missing", "contact.missing-phone" };
  RcRuleSet *rules = get_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const RcRuleInfo *info = rc_rule_set_lookup (rules, required[i].id);

      if (info == NULL)
        g_error ("missing rule %s", required[i].id);
      g_assert_cmpint (info->level, ==, required[i].level);
    }
  for (guint i = 0; i < G_N_ELEMENTS (retired); i++)
    g_assert_null (rc_rule_set_lookup (rules, retired[i]));
}

static void
test_rules_fields (void)
{
  RcRuleSet *rules = get_builtin ();

  for (guint i = 0; i < rc_rule_set_get_n_rules (rules); i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);
      g_autofree char *display = rc_rule_info_dup_display_text (info, info->message);

      g_assert_true (info->builtin);
      g_assert_true (g_str_has_prefix (info->source, "/io/github/resumecoach/"));
      g_assert_cmpstr (rc_rule_set_lookup (rules, info->id)->id, ==, info->id);
      g_assert_nonnull (strchr (info->id, '.'));
      g_assert_cmpuint (strlen (info->message), >, 10);
      g_assert_cmpuint (strlen (info->advice), >, 20);
      g_assert_null (strchr (display, '{'));
      if (info->tip == NULL)
        g_error ("%s has no guide entry", info->id);
      if (!g_strv_contains (tip_ids, info->tip))
        g_error ("%s points at an unknown guide entry %s", info->id, info->tip);
      if (strcmp (info->kind, "check") == 0)
        g_assert_nonnull (info->check);
    }
}

static void
assert_pack_fails (const char *json,
                   gint        code,
                   const char *part)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_rule_set_load_pack_from_data (rules, json, -1, "my-pack.json", &error));
  g_assert_error (error, RC_RULE_SET_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "my-pack.json:"));
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, part);
  g_assert_cmpuint (rc_rule_set_get_n_rules (rules), ==, 0);
}

#define RULE(extra) "{\"rules\": [{\"id\": \"my.rule\", \"level\": \"warning\", " \
  "\"scope\": \"bullet\", \"message\": \"Message\", \"advice\": \"Advice\", " extra "}]}"

/* a recursive parser would overflow the stack here */
static void
test_rules_deep_pack (void)
{
  g_autofree char *json = rc_test_deep_json (100000);

  assert_pack_fails (json, RC_RULE_SET_ERROR_SYNTAX, "nest");
}

static void
test_rules_bad_packs (void)
{
  assert_pack_fails ("{\"rules\": [\n  {\"id\": \"a\",}\n]}", RC_RULE_SET_ERROR_SYNTAX, ":2:");
  assert_pack_fails ("[]", RC_RULE_SET_ERROR_INVALID, "“rules” list");
  assert_pack_fails (RULE ("\"kind\": \"magic\""), RC_RULE_SET_ERROR_INVALID, "unknown kind “magic”");
  assert_pack_fails (RULE ("\"kind\": \"phrases\""), RC_RULE_SET_ERROR_INVALID,
                     "rule “my.rule”: “phrases” is missing");
  assert_pack_fails (RULE ("\"kind\": \"pattern\", \"pattern\": \"(unclosed\""),
                     RC_RULE_SET_ERROR_INVALID, "bad pattern");
  assert_pack_fails (RULE ("\"kind\": \"threshold\", \"count\": \"words\""),
                     RC_RULE_SET_ERROR_INVALID, "“min”, “max”");
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"nope\""),
                     RC_RULE_SET_ERROR_INVALID, "unknown check “nope”");
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"metric\", \"params\": {\"x\": 1}"),
                     RC_RULE_SET_ERROR_INVALID, "unknown parameter “x”");
  /* the checks that bring their own word lists need them */
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"wrong-direction\""),
                     RC_RULE_SET_ERROR_INVALID, "“params.up” is missing");
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"wrong-direction\", "
                           "\"params\": {\"up\": [\"raised\"], \"x\": []}"),
                     RC_RULE_SET_ERROR_INVALID, "unknown parameter “x”");
  /* a variant's wording is printed as it stands: it must be text */
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"metric\", "
                           "\"params\": {\"variants\": {\"short\": {\"message\": 5}}}"),
                     RC_RULE_SET_ERROR_INVALID, "“params.variants.short.message” must be");
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"metric\", "
                           "\"params\": {\"variants\": {\"short\": \"Too short\"}}"),
                     RC_RULE_SET_ERROR_INVALID, "“params.variants.short” must be an object");
  assert_pack_fails (RULE ("\"kind\": \"check\", \"check\": \"metric\", "
                           "\"params\": {\"variants\": {\"short\": {\"mesage\": \"m\"}}}"),
                     RC_RULE_SET_ERROR_INVALID, "unknown field “mesage”");
  assert_pack_fails (RULE ("\"kind\": \"phrases\", \"phrases\": [{\"text\": \"a\", "
                           "\"at-start\": true, \"not-at-start\": true}]"),
                     RC_RULE_SET_ERROR_INVALID, "both “at-start” and “not-at-start”");
  assert_pack_fails (RULE ("\"kind\": \"phrases\", \"phrases\": [\"a\"], \"mesage\": \"x\""),
                     RC_RULE_SET_ERROR_INVALID, "unknown field “mesage”");
  assert_pack_fails (RULE ("\"kind\": \"phrases\", \"phrases\": [\"a\"], \"examples\": {\"fires\": [{}]}"),
                     RC_RULE_SET_ERROR_INVALID, "must list strings");
  assert_pack_fails ("{\"rules\": [{\"id\": \"my.rule\", \"level\": \"fatal\", \"kind\": \"phrases\", "
                     "\"scope\": \"bullet\", \"message\": \"m\", \"advice\": \"a\", "
                     "\"phrases\": [\"x\"]}]}",
                     RC_RULE_SET_ERROR_INVALID, "unknown level “fatal”");
  assert_pack_fails ("{\"rules\": [{\"level\": \"error\"}]}", RC_RULE_SET_ERROR_INVALID,
                     "rule 1: “id” is missing");
  assert_pack_fails ("{\"rules\": [{\"id\": \"a\", \"level\": \"error\", \"scope\": \"document\", "
                     "\"kind\": \"phrases\", \"phrases\": [\"x\"], \"message\": \"m\", "
                     "\"advice\": \"a\"}]}",
                     RC_RULE_SET_ERROR_INVALID, "its scope must be");
}

static void
test_rules_duplicates (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(GError) error = NULL;
  guint n = rc_rule_set_get_n_rules (rules);
  const char *pack =
    "{\"rules\": [{\"id\": \"my.first\", \"level\": \"warning\", \"scope\": \"bullet\", "
    "\"kind\": \"phrases\", \"phrases\": [\"x\"], \"message\": \"m\", \"advice\": \"a\"}, "
    "{\"id\": \"style.buzzword\", \"level\": \"warning\", \"scope\": \"bullet\", "
    "\"kind\": \"phrases\", \"phrases\": [\"y\"], \"message\": \"m\", \"advice\": \"a\"}]}";

  g_assert_false (rc_rule_set_load_pack_from_data (rules, pack, -1, "dup.json", &error));
  g_assert_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "style.buzzword"));
  /* all or nothing: the good rule before it is not kept either */
  g_assert_cmpuint (rc_rule_set_get_n_rules (rules), ==, n);
  g_assert_null (rc_rule_set_lookup (rules, "my.first"));
}

static void
test_rules_lemma (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  const RcRule *rule;
  const RcPhraseSpec *spec;
  const char *pack =
    "{\"rules\": [{\"id\": \"my.verbs\", \"level\": \"suggestion\", \"scope\": \"bullet\", "
    "\"kind\": \"phrases\", \"message\": \"m\", \"advice\": \"a\", \"phrases\": ["
    "{\"lemma\": \"build\"}, {\"lemma\": \"ship\"}, {\"lemma\": \"work on\"}, "
    "{\"lemma\": \"utilize\", \"fix-lemma\": \"use\"}, "
    "{\"lemma\": \"grok\", \"forms\": [\"groks\", \"grokked\"]}]}]}";

  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "lemma.json", &error));
  g_assert_no_error (error);
  rule = rc_rule_set_get_rule_private (rules, 0);

  spec = g_ptr_array_index (rule->phrases, 0);
  g_assert_cmpuint (spec->texts->len, ==, 4);
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "built", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "builds", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "building", g_str_equal, NULL));

  spec = g_ptr_array_index (rule->phrases, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "shipped", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "shipping", g_str_equal, NULL));

  spec = g_ptr_array_index (rule->phrases, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "worked on", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (spec->texts, "works on", g_str_equal, NULL));

  spec = g_ptr_array_index (rule->phrases, 3);
  for (guint i = 0; i < spec->texts->len; i++)
    if (strcmp (g_ptr_array_index (spec->texts, i), "utilized") == 0)
      g_assert_cmpstr (g_ptr_array_index (spec->fixes, i), ==, "used");
    else if (strcmp (g_ptr_array_index (spec->texts, i), "utilizing") == 0)
      g_assert_cmpstr (g_ptr_array_index (spec->fixes, i), ==, "using");

  spec = g_ptr_array_index (rule->phrases, 4);
  g_assert_cmpuint (spec->texts->len, ==, 3);
}

/* A resume of one job whose bullets are @n copies of @bullet */
static RcDocument *
document_of_bullets (const char *bullet,
                     guint       n)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *json = NULL;
  JsonObject *resume = json_object_new ();
  JsonObject *job = json_object_new ();
  JsonArray *highlights = json_array_new ();
  JsonArray *work = json_array_new ();

  for (guint i = 0; i < n; i++)
    json_array_add_string_element (highlights, bullet);
  json_object_set_string_member (job, "name", "Example");
  json_object_set_array_member (job, "highlights", highlights);
  json_array_add_object_element (work, job);
  json_object_set_array_member (resume, "work", work);
  json_node_take_object (root, resume);
  json = json_to_string (root, FALSE);
  return rc_test_document_from_data (json);
}

#define PATTERN_RULE(id, pattern) "{\"id\": \"" id "\", \"level\": \"warning\", " \
  "\"scope\": \"bullet\", \"kind\": \"pattern\", \"pattern\": \"" pattern "\", " \
  "\"message\": \"Message\", \"advice\": \"Advice\"}"

/* Nested repetition takes exponential time; the search stops at a limit and says so, once per
 * string, and the other rules still run */
static void
test_rules_pattern_limit (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = document_of_bullets ("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", 100);
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  const RcFinding *finding;
  const char *pack = "{\"rules\": [" PATTERN_RULE ("my.slow", "(a+)+$") ", "
                     PATTERN_RULE ("my.fast", "a!") "]}";

  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "slow.json", &error));
  g_assert_no_error (error);
  engine = rc_engine_new (rules);
  report = rc_engine_check (engine, document, NULL);

  g_assert_cmpuint (rc_test_count_findings (report, "my.slow"), ==, 100);
  g_assert_cmpuint (rc_test_count_findings (report, "my.fast"), ==, 100);
  finding = rc_test_find_finding (report, "my.slow", "/work/0/highlights/99");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "“my.slow” took too long"));
  g_assert_cmpuint (finding->start, ==, 0);
  g_assert_cmpuint (finding->end, ==, 0);
}

/* A stack line is said once, for its entry; a rule whose "unless" names the stack-line rule
 * leaves such bullets alone (string rules and what they match), the others still read them */
static void
test_rules_stack_line_unless (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Brightline\", \"startDate\": \"2019\", \"highlights\": ["
    "  \"Java\", \"Tech: Go, gRPC, Redis\", \"Cut p99 latency by 70 ms.\"]},"
    " {\"name\": \"Parcelwise\", \"startDate\": \"2017\", \"highlights\": [\"React\"]}]}");
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  const RcFinding *finding;
  const char *pack =
    "{\"rules\": ["
    " {\"id\": \"my.stack\", \"level\": \"warning\", \"scope\": \"entry\", \"kind\": \"check\","
    "  \"check\": \"stack-line\", \"message\": \"{bullets} ({count})\", \"advice\": \"Move.\"},"
    " {\"id\": \"my.short\", \"level\": \"suggestion\", \"scope\": \"bullet\","
    "  \"kind\": \"threshold\", \"count\": \"words\", \"min\": 7, \"unless\": \"my.stack\","
    "  \"message\": \"Short\", \"advice\": \"Longer.\"},"
    " {\"id\": \"my.go\", \"level\": \"suggestion\", \"scope\": \"bullet\", \"kind\": \"phrases\","
    "  \"phrases\": [\"Go\", \"Java\"], \"unless\": [\"my.stack\"],"
    "  \"message\": \"Go\", \"advice\": \"Go.\"},"
    " {\"id\": \"my.short-anyway\", \"level\": \"suggestion\", \"scope\": \"bullet\","
    "  \"kind\": \"threshold\", \"count\": \"words\", \"min\": 7,"
    "  \"message\": \"Short\", \"advice\": \"Longer.\"}]}";

  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "stack.json", &error));
  g_assert_no_error (error);
  engine = rc_engine_new (rules);
  report = rc_engine_check (engine, document, NULL);

  /* once per entry, naming its stack lines */
  g_assert_cmpuint (rc_test_count_findings (report, "my.stack"), ==, 2);
  finding = rc_test_find_finding (report, "my.stack", "/work/0");
  g_assert_cmpstr (finding->message, ==, "“Java” and “Tech: Go, gRPC, Redis” (2)");
  g_assert_cmpint (finding->level, ==, RC_LEVEL_WARNING);
  finding = rc_test_find_finding (report, "my.stack", "/work/1");
  g_assert_cmpstr (finding->message, ==, "“React” (1)");

  /* the rules that name it are quiet on those bullets, and only there */
  g_assert_cmpuint (rc_test_count_findings (report, "my.short"), ==, 1);
  g_assert_nonnull (rc_test_find_finding (report, "my.short", "/work/0/highlights/2"));
  g_assert_cmpuint (rc_test_count_findings (report, "my.go"), ==, 0);
  g_assert_cmpuint (rc_test_count_findings (report, "my.short-anyway"), ==, 4);

  /* once the bullet says what was done, it is a bullet again */
  g_clear_pointer (&report, rc_report_unref);
  g_assert_true (rc_document_set_string (document, "/work/1/highlights/0",
                                         "Rebuilt the React checkout", NULL));
  report = rc_engine_check (engine, document, NULL);
  g_assert_cmpuint (rc_test_count_findings (report, "my.stack"), ==, 1);
  g_assert_nonnull (rc_test_find_finding (report, "my.short", "/work/1/highlights/0"));
}

/* A "missing" rule names a member with "/" or "~" escaped as a JSON Pointer does, and says
 * where the nearest existing place is with the same escapes */
static void
test_rules_missing_escaped (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  const char *pack =
    "{\"rules\": [{\"id\": \"test.missing\", \"level\": \"warning\", \"scope\": \"document\","
    " \"kind\": \"check\", \"check\": \"missing\","
    " \"params\": {\"pointer\": \"/x~1y/a~0b/c\"},"
    " \"message\": \"Missing\", \"advice\": \"Add it\"}]}";
  g_autoptr(RcDocument) present = rc_test_document_from_data ("{\"x/y\": {\"a~b\": {\"c\": \"1\"}}}");
  g_autoptr(RcDocument) absent = rc_test_document_from_data ("{\"x/y\": {\"a~b\": {}}}");
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) kept = NULL;
  g_autoptr(RcReport) missing = NULL;
  const RcFinding *finding;

  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "test.json", &error));
  g_assert_no_error (error);
  engine = rc_engine_new (rules);

  kept = rc_engine_check (engine, present, NULL);
  g_assert_null (rc_test_find_finding (kept, "test.missing", NULL));
  missing = rc_engine_check (engine, absent, NULL);
  finding = rc_test_find_finding (missing, "test.missing", NULL);
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->pointer, ==, "/x~1y/a~0b");
}

/* a finding about something missing points at nothing; its rule says where it is shown */
static void
test_rules_places (void)
{
  static const struct { const char *rule_id, *place; } cases[] = {
    { "contact.missing-email", "/basics" },
    { "contact.no-profile", "/basics/profiles" },
    { "summary.missing", "/basics/summary" },
    { "experience.missing", "/work" },
    { "skills.missing", "/skills" },
    { "education.missing", "/education" },
  };
  g_autoptr(RcDocument) empty = rc_test_document_from_data ("{}");
  g_autoptr(RcEngine) engine = rc_engine_new (get_builtin ());
  g_autoptr(RcReport) report = rc_engine_check (engine, empty, NULL);
  g_autofree char *sample_path = rc_test_sample_path ();
  g_autoptr(RcDocument) sample = rc_test_document_from_file (sample_path);
  g_autoptr(RcReport) sample_report = rc_engine_check (engine, sample, NULL);
  GPtrArray *findings = rc_report_get_findings (sample_report);
  RcRuleSet *rules = get_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RcFinding *finding = rc_test_find_finding (report, cases[i].rule_id, NULL);

      g_test_message ("%s", cases[i].rule_id);
      g_assert_nonnull (finding);
      g_assert_cmpstr (finding->pointer, ==, "");
      g_assert_cmpstr (finding->place, ==, cases[i].place);
    }

  /* a finding that points at its string needs no place */
  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (*finding->pointer != '\0')
        g_assert_null (finding->place);
    }

  /* every place a built-in rule names is in a section */
  for (guint i = 0; i < rc_rule_set_get_n_rules (rules); i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);

      if (info->place != NULL)
        g_assert_true (rc_section_locate (info->place, NULL, NULL, NULL));
    }
}

/* The limit holds for the whole string, not for each search: a pattern that matches often
 * and backtracks between its matches is stopped on the string too, after a few matches */
static void
test_rules_pattern_limit_many (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) bullet = g_string_new (NULL);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  const char *pack = "{\"rules\": [" PATTERN_RULE ("my.slow", "(a+)+b|x") "]}";
  GPtrArray *findings;
  gboolean stopped = FALSE;
  guint n;

  for (guint i = 0; i < 2000; i++)
    g_string_append (bullet, "aaaaaaaaaaaaaaaaaax");
  document = document_of_bullets (bullet->str, 1);
  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "slow.json", &error));
  g_assert_no_error (error);
  engine = rc_engine_new (rules);
  report = rc_engine_check (engine, document, NULL);

  /* some of the 2,000 matches, then the rule stops and says why */
  n = rc_test_count_findings (report, "my.slow");
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <, 2000);
  findings = rc_report_get_findings (report);
  for (guint i = 0; i < findings->len; i++)
    stopped |= strstr (((RcFinding *) g_ptr_array_index (findings, i))->message,
                       "“my.slow” took too long") != NULL;
  g_assert_true (stopped);
}

/* \C matches one byte: a match could end inside a character and the output not be UTF-8 */
static void
test_rules_pattern_byte (void)
{
  assert_pack_fails (RULE ("\"kind\": \"pattern\", \"pattern\": \"x\\\\C\""),
                     RC_RULE_SET_ERROR_INVALID, "“\\C” matches a single byte");
}

/* Every double space of a long non-ASCII bullet is found where it is (character offsets are
 * counted in one pass; bench-check prints how the time grows) */
static void
test_rules_many_matches (void)
{
  g_autoptr(GString) bullet = g_string_new (NULL);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcEngine) engine = rc_engine_new (get_builtin ());
  g_autoptr(RcReport) report = NULL;
  GPtrArray *findings;
  const RcFinding *last = NULL;

  for (guint i = 0; i < 16000; i++)
    g_string_append (bullet, "Développé  ");
  document = document_of_bullets (bullet->str, 1);
  report = rc_engine_check (engine, document, NULL);

  g_assert_cmpuint (rc_test_count_findings (report, "style.double-space"), ==, 15999);
  findings = rc_report_get_findings (report);
  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((RcFinding *) g_ptr_array_index (findings, i))->rule_id,
                "style.double-space") == 0)
      last = g_ptr_array_index (findings, i);
  g_assert_nonnull (last);
  g_assert_cmpuint (last->start, ==, 15998 * 11 + 9);
  g_assert_cmpuint (last->end, ==, 15998 * 11 + 11);
}

/* More phrases sharing a first word than a 16-bit count holds: the last still fires */
static void
test_rules_many_phrases (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) pack = g_string_new ("{\"rules\": [{\"id\": \"my.many\", \"level\": "
                                          "\"warning\", \"scope\": \"bullet\", \"kind\": "
                                          "\"phrases\", \"message\": \"m\", \"advice\": "
                                          "\"a\", \"phrases\": [");
  g_autoptr(RcDocument) document = document_of_bullets ("Shipped zork w69999 weekly", 1);
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  const RcFinding *finding;

  for (guint i = 0; i < 70000; i++)
    g_string_append_printf (pack, "%s\"zork w%05u\"", i > 0 ? ", " : "", i);
  g_string_append (pack, "]}]}");
  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack->str, -1, "many.json", &error));
  g_assert_no_error (error);
  engine = rc_engine_new (rules);
  report = rc_engine_check (engine, document, NULL);

  finding = rc_test_find_finding (report, "my.many", "/work/0/highlights/0");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->match, ==, "zork w69999");
}

static void
test_rules_display_text (void)
{
  RcRuleSet *rules = get_builtin ();
  const RcRuleInfo *info = rc_rule_set_lookup (rules, "achievement.duty-phrase");
  g_autofree char *text = rc_rule_info_dup_display_text (info, info->message);

  g_assert_cmpstr (text, ==, "“…” describes a duty, not what you achieved");
}

/* The opening-verb rules on the patterns of real resumes: what they say, and what they fix */
static void
test_rules_opening_verbs (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"basics\": {\"summary\": \"Former teacher, now a web developer. I am fascinated by "
    "tools that save time, and was promoted twice as SDE I.\"},"
    " \"work\": ["
    "  {\"name\": \"Now\", \"position\": \"Software Engineer I\", \"startDate\": \"2022-01\","
    "   \"highlights\": ["
    "    \"Leading the redesign of the event pipeline across five teams.\","
    "    \"Quantized the speech model to int8, shrinking it from 180 MB to 48 MB.\","
    "    \"Mentor two junior engineers.\","
    "    \"Integrated Verified.Me sign-in, cutting verification to 5 minutes.\","
    "    \"Promoted from SDE I to SDE II after I rewrote the ledger.\"]},"
    "  {\"name\": \"Before\", \"startDate\": \"2017-01\", \"endDate\": \"2021-12\","
    "   \"highlights\": ["
    "    \"Design and implementation of the billing API for 40 teams.\","
    "    \"Lead architect for the move to one monorepo.\","
    "    \"Builds the carrier API used by 40 carriers.\","
    "    \"Design and build the rates API for 3 markets.\","
    "    \"Claims exports were moved from batches to Kafka.\","
    "    \"Was hired to rebuild the shop after its theme stopped being maintained.\","
    "    \"Formalized the RFC process; 70 RFCs were reviewed through it.\","
    "    \"Hand-tuned the garbage collector of 40 JVM services.\","
    "    \"Lead <i>architect</i> of the payments platform.\"]}]}");
  g_autoptr(RcEngine) engine = rc_engine_new (get_builtin ());
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  const RcFinding *finding;

  /* nouns are no verbs; verbs in a finished role get the past tense */
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/0"));
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/1"));
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/8"));
  finding = rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/2");
  g_assert_cmpstr (finding->fix, ==, "Built");
  finding = rc_test_find_finding (report, "tense.mismatch", "/work/1/highlights/3");
  g_assert_cmpstr (finding->fix, ==, "Designed");
  /* ongoing work in a current role stays in the present */
  g_assert_cmpuint (rc_test_count_findings (report, "tense.mismatch"), ==, 2);

  /* strong verbs the list may lack are strong; a noun opening stays weak */
  g_assert_null (rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/1"));
  g_assert_null (rc_test_find_finding (report, "verb.weak-start", "/work/1/highlights/6"));
  g_assert_null (rc_test_find_finding (report, "verb.weak-start", "/work/1/highlights/7"));
  finding = rc_test_find_finding (report, "verb.weak-start", "/work/1/highlights/4");
  g_assert_cmpstr (finding->match, ==, "Claims");
  g_assert_nonnull (rc_test_find_finding (report, "verb.weak-start", "/work/1/highlights/5"));

  /* the passive of the bullet's own action, not those a career is told in */
  finding = rc_test_find_finding (report, "style.passive", "/work/1/highlights/4");
  g_assert_cmpstr (finding->match, ==, "were moved");
  g_assert_cmpuint (rc_test_count_findings (report, "style.passive"), ==, 1);

  /* "I rewrote" is a pronoun; "SDE I" and "Verified.Me" are not, and a summary in the first
   * person is a style choice */
  g_assert_cmpuint (rc_test_count_findings (report, "style.pronoun"), ==, 1);
  finding = rc_test_find_finding (report, "style.pronoun", "/work/0/highlights/4");
  g_assert_cmpuint (finding->start, ==, 36);
  g_assert_cmpstr (finding->match, ==, "I");
}

/* a role to condense gets no advice on polishing its bullets, until the user ignores that */
static void
test_rules_old_role_quiet (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Halyard\", \"position\": \"Engineer\", \"startDate\": \"2019-01\","
    "  \"highlights\": [\"Supported the billing team during the 2023 migration of 40 services.\"]},"
    " {\"name\": \"Brightmoor\", \"position\": \"Engineer\", \"startDate\": \"2001-01\","
    "  \"endDate\": \"2006-12\", \"highlights\": ["
    "  \"Supported the billing team during the migration of 40 services.\","
    "  \"Wrote the rating engine for 2M calls a day.\", \"Ran the nightly batch for 9 regions.\"]}]}");
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) again = NULL;
  const RcFinding *old = rc_test_find_finding (report, "experience.old-detail", "/work/1");

  g_assert_nonnull (old);
  g_assert_nonnull (rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/0"));
  g_assert_null (rc_test_find_finding (report, "verb.weak-start", "/work/1/highlights/0"));

  rc_coach_state_ignore (document, old);
  again = rc_engine_check (engine, document, NULL);
  g_assert_null (rc_test_find_finding (again, "experience.old-detail", "/work/1"));
  g_assert_nonnull (rc_test_find_finding (again, "verb.weak-start", "/work/1/highlights/0"));
}

/* summary.no-skills: an engineer's summary should name their stack, a manager's says whom
 * they lead */
static void
test_rules_summary_manager (void)
{
  static const char *json =
    "{\"basics\": {\"label\": \"%s\", \"summary\": \"Leads backend teams of 6 to 14; "
    "hires well and keeps on-call humane.\"}, \"skills\": [{\"name\": \"Technical\", "
    "\"keywords\": [\"Go\", \"PostgreSQL\"]}]}";
  static const struct { const char *label; gboolean fires; } cases[] = {
    { "Backend Engineer", TRUE },
    { "Engineering Manager, Backend", FALSE },
    { "Head of Platform", FALSE },
    { "Senior Software Engineer / Tech Lead", TRUE },
  };
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcEngine) engine = rc_engine_new (rules);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf (json, cases[i].label);
      g_autoptr(RcDocument) document = rc_test_document_from_data (data);
      g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);

      g_assert_cmpint (rc_test_find_finding (report, "summary.no-skills", NULL) != NULL, ==,
                       cases[i].fires);
    }
}

/* "once": "entry": the same words in one entry are said once */
static void
test_rules_once_per_entry (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Halyard\", \"position\": \"Engineer\", \"startDate\": \"2019-01\","
    "  \"highlights\": [\"• Cut p99 latency by 40% on 12 services.\","
    "  \"• Moved 14 services to Kubernetes in 6 months.\", \"<b>Led</b> a team of 4 engineers.\","
    "  \"<i>Wrote</i> the runbooks for 30 alerts.\"]},"
    " {\"name\": \"Brightmoor\", \"position\": \"Engineer\", \"startDate\": \"2016-01\","
    "  \"endDate\": \"2018-12\", \"highlights\": [\"• Built the rating engine for 2M calls a day.\"]}]}");
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);

  /* the pasted bullets once per role, at the first; each different markup where it is */
  g_assert_nonnull (rc_test_find_finding (report, "style.markup", "/work/0/highlights/0"));
  g_assert_null (rc_test_find_finding (report, "style.markup", "/work/0/highlights/1"));
  g_assert_nonnull (rc_test_find_finding (report, "style.markup", "/work/0/highlights/2"));
  g_assert_nonnull (rc_test_find_finding (report, "style.markup", "/work/0/highlights/3"));
  g_assert_nonnull (rc_test_find_finding (report, "style.markup", "/work/1/highlights/0"));
  g_assert_cmpuint (rc_test_count_findings (report, "style.markup"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/rules/examples", test_rules_examples);
  g_test_add_func ("/core/rules/required", test_rules_required);
  g_test_add_func ("/core/rules/fields", test_rules_fields);
  g_test_add_func ("/core/rules/bad-packs", test_rules_bad_packs);
  g_test_add_func ("/core/rules/duplicates", test_rules_duplicates);
  g_test_add_func ("/core/rules/lemma", test_rules_lemma);
  g_test_add_func ("/core/rules/display-text", test_rules_display_text);
  g_test_add_func ("/core/rules/opening-verbs", test_rules_opening_verbs);
  g_test_add_func ("/core/rules/deep-pack", test_rules_deep_pack);
  g_test_add_func ("/core/rules/missing-escaped", test_rules_missing_escaped);
  g_test_add_func ("/core/rules/places", test_rules_places);
  g_test_add_func ("/core/rules/pattern-limit", test_rules_pattern_limit);
  g_test_add_func ("/core/rules/pattern-limit-many", test_rules_pattern_limit_many);
  g_test_add_func ("/core/rules/pattern-byte", test_rules_pattern_byte);
  g_test_add_func ("/core/rules/many-matches", test_rules_many_matches);
  g_test_add_func ("/core/rules/many-phrases", test_rules_many_phrases);
  g_test_add_func ("/core/rules/stack-line-unless", test_rules_stack_line_unless);
  g_test_add_func ("/core/rules/old-role-quiet", test_rules_old_role_quiet);
  g_test_add_func ("/core/rules/once-per-entry", test_rules_once_per_entry);
  g_test_add_func ("/core/rules/summary-manager", test_rules_summary_manager);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
