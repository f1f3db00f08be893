/* test-guide.c — the bundled guide: its data, links, search, markup and translations
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rc-engine.h"
#include "rc-guide.h"
#include "rc-rule-set.h"

/* The agreed tip ids (coord/TIP-IDS.md): each rule's tip, and the rules that use it. */
static const struct
{
  const char *tip;
  const char *rules;
} tip_ids[] = {
  { "mistake.duties",         "achievement.duty-phrase" },
  { "mistake.no-metrics",     "achievement.no-metric" },
  { "tip.numbers",            "achievement.metric-coverage summary.no-achievement" },
  { "verbs.strong",           "verb.weak-start verb.repeated" },
  { "style.tense",            "tense.mismatch" },
  { "style.bullet-length",    "bullet.too-long bullet.too-short" },
  { "style.pronouns",         "style.pronoun" },
  { "style.passive",          "style.passive" },
  { "style.buzzwords",        "style.buzzword" },
  { "style.filler",           "style.filler" },
  { "section.summary",        "summary.missing summary.length summary.no-skills" },
  { "section.skills",         "skills.missing skills.unlisted" },
  { "mistake.generic-skills", "skills.no-context achievement.stack-line" },
  { "skills.spelling",        "spelling.tech" },
  { "section.projects",       "projects.missing projects.no-link" },
  { "section.contact",        "contact.missing-email contact.invalid-email contact.no-profile" },
  { "style.dates",            "dates.invalid dates.order" },
  { "tip.length",             "length.pages" },
  { "mistake.ignoring-ats",   "ats.missing-keywords ats.low-match" },
  { "section.certificates",   "" },
  { "section.experience",     "" },
  { "section.education",      "" },
};

static const char * const other_ids[] = {
  "faq.backend-skills", "faq.summary", "faq.quantify", "faq.certifications", "faq.interviews",
  "faq.score", "faq.ats-match", "faq.ignore", "faq.json-resume", "faq.pdf",
  "tip.tailor", "tip.feedback", "tip.github", "tip.star", "tip.metrics",
  "mistake.too-long", "verbs.weak", "skills.taxonomy", NULL
};

static RcGuide *
load_fixture (const char         *name,
              const char * const *languages)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcGuide *guide = rc_guide_new_for_directory (directory, languages, &error);

  g_assert_no_error (error);
  g_assert_nonnull (guide);
  return guide;
}

static int
position_of (GPtrArray  *entries,
             const char *id)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (rc_guide_entry_get_id (g_ptr_array_index (entries, i)), id) == 0)
      return i;
  return -1;
}

static gboolean
contains_entry (GPtrArray  *entries,
                const char *id)
{
  return position_of (entries, id) >= 0;
}

static void
test_bundled_loads (void)
{
  RcGuide *guide = rc_guide_get_default ();
  const char * const *categories = rc_guide_get_categories (guide);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *all = rc_guide_get_entries (guide, NULL);
  guint total = 0;

  g_assert_cmpuint (g_strv_length ((char **) categories), ==, 8);
  for (guint i = 0; categories[i] != NULL; i++)
    {
      GPtrArray *entries = rc_guide_get_entries (guide, categories[i]);

      g_assert_nonnull (entries);
      g_assert_cmpuint (entries->len, >, 0);
      g_assert_cmpstr (rc_guide_get_category_title (guide, categories[i]), !=, categories[i]);
      for (guint j = 0; j < entries->len; j++)
        {
          RcGuideEntry *entry = g_ptr_array_index (entries, j);
          const char *id = rc_guide_entry_get_id (entry);

          g_assert_cmpstr (rc_guide_entry_get_category (entry), ==, categories[i]);
          g_assert_true (g_hash_table_add (seen, (gpointer) id));
          g_assert_true (rc_guide_lookup (guide, id) == entry);
          g_assert_cmpstr (rc_guide_entry_get_title (entry), !=, "");
          g_assert_cmpstr (rc_guide_entry_get_body (entry), !=, "");
          /* a link-free, readable id: category-ish prefix, a dot, lower-case words */
          g_assert_true (g_regex_match_simple ("^[a-z]+\\.[a-z0-9-]+$", id, 0, 0));
          total++;
        }
    }
  g_assert_cmpuint (all->len, ==, total);
}

static void
test_tip_ids_resolve (void)
{
  RcGuide *guide = rc_guide_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (tip_ids); i++)
    {
      RcGuideEntry *entry = rc_guide_lookup (guide, tip_ids[i].tip);
      g_auto(GStrv) rules = g_strsplit (tip_ids[i].rules, " ", -1);

      if (entry == NULL)
        g_error ("tip “%s” has no guide entry", tip_ids[i].tip);
      for (guint j = 0; rules[j] != NULL; j++)
        {
          g_autoptr(GPtrArray) explaining = NULL;

          if (*rules[j] == '\0')
            continue;
          if (!rc_guide_entry_has_rule (entry, rules[j]))
            g_error ("entry “%s” does not name its rule “%s”", tip_ids[i].tip, rules[j]);
          explaining = rc_guide_get_entries_for_rule (guide, rules[j]);
          g_assert_true (contains_entry (explaining, tip_ids[i].tip));
        }
    }

  for (guint i = 0; other_ids[i] != NULL; i++)
    if (rc_guide_lookup (guide, other_ids[i]) == NULL)
      g_error ("the guide lacks “%s”", other_ids[i]);
}

/* Every built-in rule's tip resolves to an entry that names the rule. */
static void
test_rule_tips_resolve (void)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  guint n = rc_rule_set_get_n_rules (rules);

  g_assert_cmpuint (n, >=, 30);
  for (guint i = 0; i < n; i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);
      RcGuideEntry *entry;

      if (info->tip == NULL)
        g_error ("rule “%s” has no tip", info->id);
      entry = rc_guide_lookup (guide, info->tip);
      if (entry == NULL)
        g_error ("rule “%s”: tip “%s” is not in the guide", info->id, info->tip);
      if (!rc_guide_entry_has_rule (entry, info->id))
        g_error ("rule “%s”: its tip “%s” does not name it", info->id, info->tip);
    }
}

/* Every rule id an entry names is a built-in rule. */
static void
test_entry_rules_exist (void)
{
  GPtrArray *all = rc_guide_get_entries (rc_guide_get_default (), NULL);
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();

  for (guint i = 0; i < all->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (all, i);
      const char * const *rule_ids = rc_guide_entry_get_rules (entry);

      for (guint j = 0; rule_ids[j] != NULL; j++)
        if (rc_rule_set_lookup (rules, rule_ids[j]) == NULL)
          g_error ("entry “%s” names an unknown rule “%s”", rc_guide_entry_get_id (entry),
                   rule_ids[j]);
    }
}

/* Every related entry and link of @guide exists and every block renders; returns the links. */
static guint
assert_links_resolve (RcGuide *guide)
{
  GPtrArray *all = rc_guide_get_entries (guide, NULL);
  guint links = 0;

  for (guint i = 0; i < all->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (all, i);
      const char *id = rc_guide_entry_get_id (entry);
      const char * const *related = rc_guide_entry_get_related (entry);
      const char * const *linked = rc_guide_entry_get_links (entry);
      g_autoptr(GPtrArray) blocks = rc_guide_render (guide, entry);

      for (guint j = 0; related[j] != NULL; j++)
        {
          if (rc_guide_lookup (guide, related[j]) == NULL)
            g_error ("entry “%s”: related “%s” does not exist", id, related[j]);
          g_assert_cmpstr (related[j], !=, id);
        }
      for (guint j = 0; linked[j] != NULL; j++, links++)
        if (rc_guide_lookup (guide, linked[j]) == NULL)
          g_error ("entry “%s”: link [[%s]] does not exist", id, linked[j]);

      /* Every block is valid Pango markup, so the article view can show it. */
      for (guint j = 0; j < blocks->len; j++)
        {
          RcGuideBlock *block = g_ptr_array_index (blocks, j);
          g_autoptr(GError) error = NULL;
          g_autoptr(GMarkupParseContext) context = NULL;
          static const GMarkupParser no_callbacks = { 0 };
          g_autofree char *wrapped = g_strdup_printf ("<markup>%s</markup>", block->markup);

          context = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
          if (!g_markup_parse_context_parse (context, wrapped, -1, &error) ||
              !g_markup_parse_context_end_parse (context, &error))
            g_error ("entry “%s”: bad markup %s: %s", id, block->markup, error->message);
          g_assert_null (strstr (block->text, "[["));
          g_assert_null (strstr (block->text, "**"));
        }
    }
  return links;
}

static void
test_links_resolve (void)
{
  g_assert_cmpuint (assert_links_resolve (rc_guide_get_default ()), >, 10);
}

static void
test_examples (void)
{
  RcGuide *guide = rc_guide_get_default ();
  GPtrArray *mistakes = rc_guide_get_entries (guide, "mistakes");
  GPtrArray *examples = rc_guide_get_entries (guide, "examples");
  guint bullets = 0;

  /* Each common mistake shows a before and an after. */
  for (guint i = 0; i < mistakes->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (mistakes, i);

      if (rc_guide_entry_get_n_examples (entry) == 0)
        g_error ("mistake “%s” has no before/after example", rc_guide_entry_get_id (entry));
    }

  for (guint i = 0; i < examples->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (examples, i);

      g_assert_cmpuint (rc_guide_entry_get_n_examples (entry), >=, 2);
      for (guint j = 0; j < rc_guide_entry_get_n_examples (entry); j++, bullets++)
        {
          const RcGuideExample *example = rc_guide_entry_get_example (entry, j);

          g_assert_cmpstr (example->before, !=, example->after);
          g_assert_nonnull (example->why);
          /* A rewritten bullet carries a number: that is the point the guide makes. */
          g_assert_true (g_regex_match_simple ("[0-9]", example->after, 0, 0));
        }
    }
  g_assert_cmpuint (bullets, >=, 30);
}

/* The rewritten bullets are what the coach itself would accept: checked as a bullet of a
 * finished role, not one rule fires on them. (Not bullets, or in the present tense on purpose:
 * the summaries, skills lines and notes of a few entries.) */
static void
test_examples_pass_rules (void)
{
  static const char * const not_bullets[] = {
    "example.summary:1", "example.summary:2", "mistake.generic-skills:1",
    "mistake.generic-skills:2", "mistake.too-long:1", "mistake.fancy-layout:1", "style.tense:2",
    "style.buzzwords:1", NULL
  };
  GPtrArray *all = rc_guide_get_entries (rc_guide_get_default (), NULL);
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  guint checked = 0;

  for (guint i = 0; i < all->len; i++)
    {
      RcGuideEntry *entry = g_ptr_array_index (all, i);

      for (guint j = 0; j < rc_guide_entry_get_n_examples (entry); j++, checked++)
        {
          const RcGuideExample *example = rc_guide_entry_get_example (entry, j);
          g_autofree char *key = g_strdup_printf ("%s:%u", rc_guide_entry_get_id (entry), j + 1);
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) root = NULL;
          g_autofree char *json = NULL;
          g_autoptr(RcDocument) document = NULL;
          g_autoptr(RcReport) report = NULL;
          g_autoptr(GPtrArray) findings = NULL;
          g_autoptr(GError) error = NULL;

          if (g_strv_contains (not_bullets, key))
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "work");
          json_builder_begin_array (builder);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, "Acme");
          json_builder_set_member_name (builder, "startDate");
          json_builder_add_string_value (builder, "2019-01");
          json_builder_set_member_name (builder, "endDate");
          json_builder_add_string_value (builder, "2022-06");
          json_builder_set_member_name (builder, "highlights");
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, example->after);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          root = json_builder_get_root (builder);
          json = json_to_string (root, FALSE);

          document = rc_document_new_from_data (json, -1, &error);
          g_assert_no_error (error);
          report = rc_engine_check (engine, document, NULL);
          findings = rc_report_get_findings_at (report, "/work/0/highlights/0");
          for (guint k = 0; k < findings->len; k++)
            {
              const RcFinding *finding = g_ptr_array_index (findings, k);
              g_error ("%s, example %u: “%s” fires %s", rc_guide_entry_get_id (entry), j + 1,
                       example->after, finding->rule_id);
            }
        }
    }
  g_assert_cmpuint (checked, >=, 30);
}

static void
assert_first (RcGuide    *guide,
              const char *query,
              const char *id)
{
  g_autoptr(GPtrArray) hits = rc_guide_search (guide, query);

  if (hits->len == 0)
    g_error ("search “%s” found nothing", query);
  if (g_strcmp0 (rc_guide_entry_get_id (g_ptr_array_index (hits, 0)), id) != 0)
    g_error ("search “%s” ranks “%s” first, not “%s”", query,
             rc_guide_entry_get_id (g_ptr_array_index (hits, 0)), id);
}

static void
test_search (void)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(GPtrArray) everything = rc_guide_search (guide, "  ");
  g_autoptr(GPtrArray) body_only = NULL;
  g_autoptr(GPtrArray) tag_only = NULL;
  g_autoptr(GPtrArray) both = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GPtrArray) rule = NULL;

  g_assert_cmpuint (everything->len, ==, rc_guide_get_entries (guide, NULL)->len);

  /* by title */
  assert_first (guide, "passive", "style.passive");
  assert_first (guide, "ATS MATCH", "faq.ats-match");

  /* by a word only the body has ("Athena" is in one example bullet) */
  body_only = rc_guide_search (guide, "athena");
  g_assert_true (contains_entry (body_only, "example.metrics-cost"));

  /* by tag: "sre" is a tag of the reliability pages, not in their titles */
  tag_only = rc_guide_search (guide, "sre");
  g_assert_true (contains_entry (tag_only, "tip.on-call"));

  /* by rule id */
  rule = rc_guide_search (guide, "tense.mismatch");
  g_assert_true (contains_entry (rule, "style.tense"));

  /* several words: all must match */
  both = rc_guide_search (guide, "latency p99 redis");
  g_assert_cmpuint (both->len, >, 0);
  g_assert_true (contains_entry (both, "example.metrics-latency"));
  g_assert_false (contains_entry (both, "faq.json-resume"));

  nothing = rc_guide_search (guide, "kubernetes zzyzx");
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_search_ranking (void)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(GPtrArray) hits = rc_guide_search (guide, "interview");

  /* a title hit, then a tag hit ("interview" is one of tip.feedback's tags), then text hits */
  g_assert_cmpstr (rc_guide_entry_get_id (g_ptr_array_index (hits, 0)), ==, "faq.interviews");
  g_assert_cmpint (position_of (hits, "tip.feedback"), ==, 1);
  g_assert_cmpint (position_of (hits, "faq.summary"), >, 1);
  g_assert_null (strstr (rc_guide_entry_get_title (rc_guide_lookup (guide, "faq.summary")), "nterview"));
}

static void
test_search_accents (void)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(GPtrArray) plain = rc_guide_search (guide, "resume");
  g_autoptr(GPtrArray) accented = rc_guide_search (guide, "RÉSUMÉ");
  g_autofree char *folded = rc_guide_fold ("Ça, Crème BRÛLÉE, ﬁle");

  g_assert_cmpstr (folded, ==, "ca, creme brulee, file");
  g_assert_cmpuint (plain->len, >, 0);
  g_assert_cmpuint (plain->len, ==, accented->len);
}

static void
test_markup (void)
{
  static const char body[] =
    "First *line*\n"
    "continues with **strong** and `a <b> & c`.\n"
    "\n"
    "## A heading\n"
    "- one [[faq.score]]\n"
    "  more of one\n"
    "- two [[faq.ignore|ignoring]] * and 5 * 3\n"
    "\n"
    "*emphasis with **strong** inside*";
  g_autoptr(GPtrArray) blocks = rc_guide_markup_parse (body, NULL, NULL);
  g_auto(GStrv) links = rc_guide_markup_collect_links (body);
  g_autofree char *text = rc_guide_markup_to_text ("a *b*\n\n- c", NULL, NULL);
  g_autofree char *id = rc_guide_link_uri_to_id ("guide:faq.score");
  g_autofree char *other = rc_guide_link_uri_to_id ("https://example.com");
  RcGuideBlock *block;

  g_assert_cmpuint (blocks->len, ==, 5);

  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpint (block->kind, ==, RC_GUIDE_BLOCK_PARAGRAPH);
  g_assert_cmpstr (block->markup, ==,
                   "First <i>line</i> continues with <b>strong</b> and <tt>a &lt;b&gt; &amp; c</tt>.");
  g_assert_cmpstr (block->text, ==, "First line continues with strong and a <b> & c.");

  block = g_ptr_array_index (blocks, 1);
  g_assert_cmpint (block->kind, ==, RC_GUIDE_BLOCK_HEADING);
  g_assert_cmpstr (block->text, ==, "A heading");

  block = g_ptr_array_index (blocks, 2);
  g_assert_cmpint (block->kind, ==, RC_GUIDE_BLOCK_LIST_ITEM);
  g_assert_cmpstr (block->markup, ==, "one <a href=\"guide:faq.score\">faq.score</a> more of one");
  g_assert_cmpstr (block->links[0], ==, "faq.score");

  block = g_ptr_array_index (blocks, 3);
  g_assert_cmpint (block->kind, ==, RC_GUIDE_BLOCK_LIST_ITEM);
  g_assert_cmpstr (block->markup, ==, "two <a href=\"guide:faq.ignore\">ignoring</a> * and 5 * 3");

  block = g_ptr_array_index (blocks, 4);
  g_assert_cmpstr (block->markup, ==, "<i>emphasis with <b>strong</b> inside</i>");

  g_assert_cmpuint (g_strv_length (links), ==, 2);
  g_assert_cmpstr (links[1], ==, "faq.ignore");
  g_assert_cmpstr (text, ==, "a b\nc");
  g_assert_cmpstr (id, ==, "faq.score");
  g_assert_null (other);
}

static void
test_render_titles_links (void)
{
  RcGuide *guide = rc_guide_get_default ();
  RcGuideEntry *entry = rc_guide_lookup (guide, "faq.score");
  g_autoptr(GPtrArray) blocks = rc_guide_render (guide, entry);
  gboolean found = FALSE;

  /* [[faq.ats-match]] is shown with that entry's title */
  for (guint i = 0; i < blocks->len; i++)
    {
      RcGuideBlock *block = g_ptr_array_index (blocks, i);
      if (strstr (block->markup, "<a href=\"guide:faq.ats-match\">What does the ATS match mean?</a>"))
        found = TRUE;
    }
  g_assert_true (found);
}

static void
test_verbs (void)
{
  RcGuide *guide = rc_guide_get_default ();
  const char * const *categories = rc_guide_get_verb_categories (guide);
  RcGuideEntry *strong = rc_guide_lookup (guide, "verbs.strong");
  RcGuideEntry *weak = rc_guide_lookup (guide, "verbs.weak");
  g_autoptr(GPtrArray) all = rc_guide_get_verbs (guide, NULL);
  g_autoptr(GPtrArray) from_strong = rc_guide_get_verbs_for_entry (guide, strong);
  g_autoptr(GPtrArray) none = rc_guide_get_verbs_for_entry (guide, rc_guide_lookup (guide, "faq.score"));
  const char * const *links = rc_guide_entry_get_links (strong);
  const RcGuideVerb *led = rc_guide_lookup_verb (guide, "Led");
  guint sum = 0;

  g_assert_cmpuint (g_strv_length ((char **) categories), >=, 5);
  g_assert_true (g_strv_contains (categories, "build"));
  g_assert_null (none);
  g_assert_cmpuint (from_strong->len, ==, all->len);

  for (guint i = 0; categories[i] != NULL; i++)
    {
      g_autofree char *id = g_strconcat ("verbs.", categories[i], NULL);
      RcGuideEntry *page = rc_guide_lookup (guide, id);
      g_autoptr(GPtrArray) verbs = rc_guide_get_verbs (guide, categories[i]);
      g_autoptr(GPtrArray) shown = NULL;
      const RcGuideVerb *first;
      g_autofree char *past = NULL;

      /* one generated page per category, linked from the overview */
      g_assert_nonnull (page);
      g_assert_cmpstr (rc_guide_entry_get_category (page), ==, "verbs");
      g_assert_true (g_strv_contains (links, id));
      g_assert_cmpuint (verbs->len, >, 0);
      shown = rc_guide_get_verbs_for_entry (guide, page);
      g_assert_cmpuint (shown->len, ==, verbs->len);
      sum += verbs->len;

      /* the page lists the verbs from data/verbs.json */
      first = g_ptr_array_index (verbs, 0);
      past = g_strdup (first->past);
      past[0] = g_ascii_toupper (past[0]);
      g_assert_nonnull (strstr (rc_guide_entry_get_body (page), past));
    }
  g_assert_cmpuint (sum, ==, all->len);

  g_assert_nonnull (led);
  g_assert_cmpstr (led->base, ==, "lead");
  g_assert_cmpstr (led->past, ==, "led");
  g_assert_null (rc_guide_lookup_verb (guide, "worked"));
  g_assert_cmpstr (rc_guide_lookup_weak_verb (guide, "Worked")->base, ==, "work");

  /* the weak page lists weak verbs and duty phrases from the same data */
  g_assert_nonnull (strstr (rc_guide_entry_get_body (weak), "**Worked**"));
  g_assert_nonnull (strstr (rc_guide_entry_get_body (weak), "*responsible for*"));
}

static void
test_replace_opening_verb (void)
{
  RcGuide *guide = rc_guide_get_default ();
  static const struct { const char *bullet, *verb, *expected; } cases[] = {
    { "Worked on the appointment scheduling service.", "rebuilt", "Rebuilt the appointment scheduling service." },
    { "Responsible for the on-call rotation.", "ran", "Ran the on-call rotation." },
    { "Was responsible for the on-call rotation.", "ran", "Ran the on-call rotation." },
    { "helped with onboarding", "led", "Led onboarding" },
    { "  Did the migration of sessions to Redis", "migrated", "  Migrated the migration of sessions to Redis" },
    { "Built an API", "design", "Design an API" },
    { "Improved test coverage", "raised", "Raised test coverage" },
    { "", "built", "Built" },
    { "Élaboré x", "built", "Built x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = rc_guide_replace_opening_verb (guide, cases[i].bullet, cases[i].verb);
      g_assert_cmpstr (result, ==, cases[i].expected);
    }
}

static void
test_opening_is_replaceable (void)
{
  RcGuide *guide = rc_guide_get_default ();
  static const struct { const char *bullet; gboolean replaceable; } cases[] = {
    /* duty phrases, with and without "was" */
    { "Responsible for the on-call rotation.", TRUE },
    { "Was responsible for the on-call rotation.", TRUE },
    /* weak verbs, with a particle or without */
    { "Worked on the appointment scheduling service.", TRUE },
    { "  helped with onboarding", TRUE },
    { "Did the migration of sessions to Redis", TRUE },
    /* a strong verb can be swapped for another, as for a repeated verb */
    { "Built an API", TRUE },
    { "Led a team of four", TRUE },
    /* a noun or a word the guide does not know: the verb would make nonsense */
    { "Claims exports were moved from nightly batches to Kafka, so clinics see updates in minutes.", FALSE },
    { "Élaboré x", FALSE },
    { "", FALSE },
    { "   ", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("bullet: “%s”", cases[i].bullet);
      g_assert_cmpint (rc_guide_opening_is_replaceable (guide, cases[i].bullet), ==,
                       cases[i].replaceable);
    }
}

static void
test_translation_fallback (void)
{
  static const char * const languages[] = { "xx_YY.UTF-8", "xx_YY", "xx", "C", NULL };
  g_autoptr(RcGuide) english = load_fixture ("guide-i18n", NULL);
  g_autoptr(RcGuide) translated = load_fixture ("guide-i18n", languages);
  RcGuideEntry *entry;

  /* English only */
  entry = rc_guide_lookup (english, "faq.one");
  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==, "One in English");

  /* the regional translation wins over the language's */
  entry = rc_guide_lookup (translated, "faq.one");
  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==, "One in xx_YY");
  g_assert_cmpstr (rc_guide_entry_get_body (entry), ==, "Body in xx_YY.");

  /* a field the regional file leaves out comes from the language's file */
  entry = rc_guide_lookup (translated, "faq.two");
  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==, "Two in xx");
  g_assert_cmpstr (rc_guide_entry_get_body (entry), ==, "Body of two in xx_YY.");

  /* an entry nobody translated stays English, with its examples */
  entry = rc_guide_lookup (translated, "tips.three");
  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==, "Three in English");
  g_assert_cmpuint (rc_guide_entry_get_n_examples (entry), ==, 1);
  g_assert_cmpstr (rc_guide_entry_get_example (entry, 0)->after, ==, "Cut p99 by 40%.");

  /* translations cannot change what a rule points at, and stale ids are skipped */
  entry = rc_guide_lookup (translated, "faq.one");
  g_assert_true (rc_guide_entry_has_rule (entry, "style.pronoun"));
  g_assert_cmpstr (rc_guide_entry_get_category (entry), ==, "faq");
  g_assert_null (rc_guide_lookup (translated, "faq.gone"));

  /* search works in the translation */
  {
    g_autoptr(GPtrArray) hits = rc_guide_search (translated, "xx_yy");
    g_assert_true (contains_entry (hits, "faq.one"));
  }
}

/* The bundled guide as the app loads it: English in guide/, a folder per translation. */
#define GUIDE_URI "resource:///io/github/resumecoach/ResumeCoach/core/guide"

static RcGuide *
load_bundled (const char * const *languages)
{
  g_autoptr(GFile) directory = g_file_new_for_uri (GUIDE_URI);
  g_autoptr(GError) error = NULL;
  RcGuide *guide = rc_guide_new_for_directory (directory, languages, &error);

  g_assert_no_error (error);
  return guide;
}

/* The entries of the *.json files in @directory as written, by id; the names of its
 * sub-folders go to @folders. */
static GHashTable *
read_guide_folder (GFile     *directory,
                   GPtrArray *folders)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) json_object_unref);
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  for (;;)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *contents = NULL;
      g_autofree char *uri = NULL;
      GFileInfo *info;
      GFile *child;
      JsonArray *array;
      gsize length;

      g_assert_true (g_file_enumerator_iterate (enumerator, &info, &child, NULL, &error));
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (folders != NULL)
            g_ptr_array_add (folders, g_strdup (g_file_info_get_name (info)));
          continue;
        }

      uri = g_file_get_uri (child);
      g_assert_true (g_file_load_contents (child, NULL, &contents, &length, NULL, &error));
      g_assert_true (json_parser_load_from_data (parser, contents, length, &error));
      array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "entries");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          const char *id = json_object_get_string_member (object, "id");

          if (!g_hash_table_insert (entries, g_strdup (id), json_object_ref (object)))
            g_error ("%s: “%s” is there twice", uri, id);
        }
    }
  return entries;
}

/* A bundled translation covers every entry of the English files and nothing English lacks,
 * keeps the example bullets, and renders. */
static void
test_translations_complete (void)
{
  g_autoptr(GFile) directory = g_file_new_for_uri (GUIDE_URI);
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) written = read_guide_folder (directory, languages);
  g_autoptr(RcGuide) english = load_bundled (NULL);

  g_assert_true (g_ptr_array_find_with_equal_func (languages, "de", g_str_equal, NULL));
  for (guint l = 0; l < languages->len; l++)
    {
      const char *language = g_ptr_array_index (languages, l);
      const char * const only[] = { language, NULL };
      g_autoptr(GFile) folder = g_file_get_child (directory, language);
      g_autoptr(GHashTable) translated = read_guide_folder (folder, NULL);
      g_autoptr(RcGuide) guide = load_bundled (only);
      GHashTableIter iter;
      const char *id;

      g_test_message ("guide/%s: %u entries", language, g_hash_table_size (translated));

      /* (a generated page counts as English: its intro may be translated too) */
      g_hash_table_iter_init (&iter, translated);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        if (rc_guide_lookup (english, id) == NULL)
          g_error ("guide/%s: “%s” is no English entry", language, id);

      g_hash_table_iter_init (&iter, written);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        {
          RcGuideEntry *source = rc_guide_lookup (english, id);
          RcGuideEntry *entry = rc_guide_lookup (guide, id);

          if (!g_hash_table_contains (translated, id))
            g_error ("guide/%s lacks “%s”", language, id);
          if (g_str_equal (rc_guide_entry_get_body (entry), rc_guide_entry_get_body (source)))
            g_error ("guide/%s: the body of “%s” is still English", language, id);

          /* The bullets are resume text, which the user writes and the rules check in
           * English: a translation gives the reasons only. */
          g_assert_cmpuint (rc_guide_entry_get_n_examples (entry), ==,
                            rc_guide_entry_get_n_examples (source));
          for (guint i = 0; i < rc_guide_entry_get_n_examples (entry); i++)
            {
              const RcGuideExample *example = rc_guide_entry_get_example (entry, i);
              const RcGuideExample *original = rc_guide_entry_get_example (source, i);

              g_assert_cmpstr (example->before, ==, original->before);
              g_assert_cmpstr (example->after, ==, original->after);
              g_assert_cmpstr (example->why, !=, original->why);
            }
        }

      g_assert_cmpuint (assert_links_resolve (guide), ==, assert_links_resolve (english));
    }
}

static void
test_german (void)
{
  static const char * const german[] = { "de", NULL };
  g_autoptr(RcGuide) guide = load_bundled (german);
  RcGuideEntry *entry = rc_guide_lookup (guide, "style.passive");
  g_autoptr(GPtrArray) blocks = NULL;
  gboolean found = FALSE;

  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==,
                   "Aktiv statt Passiv: Sagen Sie, wer es getan hat");
  g_assert_true (rc_guide_entry_has_rule (entry, "style.passive"));
  g_assert_cmpstr (rc_guide_entry_get_example (entry, 1)->after, ==,
                   "Added a Redis caching layer that cut read latency by 60%.");
  g_assert_cmpstr (rc_guide_entry_get_example (entry, 1)->why, ==,
                   "Kürzer, und es ist klar, wer es getan hat.");

  /* a link shows the German title of the entry it points at */
  blocks = rc_guide_render (guide, rc_guide_lookup (guide, "faq.score"));
  for (guint i = 0; i < blocks->len; i++)
    if (strstr (((RcGuideBlock *) g_ptr_array_index (blocks, i))->markup,
                ">Was bedeutet die ATS-Übereinstimmung?</a>"))
      found = TRUE;
  g_assert_true (found);

  /* German words are found, with or without their umlauts */
  assert_first (guide, "Füllwörter", "style.filler");
  assert_first (guide, "fullworter", "style.filler");
}

static void
expect_load_error (const char *contents,
                   int         code,
                   const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-guide-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(RcGuide) guide = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  guide = rc_guide_new_for_directory (directory, NULL, &error);
  g_assert_null (guide);
  g_assert_error (error, RC_GUIDE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "bad.json"));
  g_assert_nonnull (strstr (error->message, in_message));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bad_files (void)
{
  expect_load_error ("{ \"entries\": [ { \"id\": ", RC_GUIDE_ERROR_SYNTAX, "bad.json");
  expect_load_error ("[]", RC_GUIDE_ERROR_INVALID, "entries");
  expect_load_error ("{ \"entries\": [ { \"id\": \"faq.x\", \"category\": \"recipes\", "
                     "\"title\": \"X\", \"body\": \"x\" } ] }",
                     RC_GUIDE_ERROR_INVALID, "recipes");
  expect_load_error ("{ \"entries\": [ { \"id\": \"faq.x\", \"category\": \"faq\", "
                     "\"title\": \"X\", \"body\": \"x\", \"tags\": \"one\" } ] }",
                     RC_GUIDE_ERROR_INVALID, "tags");
  expect_load_error ("{ \"entries\": [ { \"id\": \"faq.x\", \"category\": \"faq\", "
                     "\"title\": \"X\", \"body\": \"x\" }, { \"id\": \"faq.x\", "
                     "\"category\": \"faq\", \"title\": \"Y\", \"body\": \"y\" } ] }",
                     RC_GUIDE_ERROR_DUPLICATE, "faq.x");
  expect_load_error ("{ \"entries\": [ { \"id\": \"faq.x\", \"category\": \"faq\", "
                     "\"title\": \"X\", \"body\": \"x\", \"examples\": [ { \"before\": \"b\" } ] } ] }",
                     RC_GUIDE_ERROR_INVALID, "after");
}

/* The key-skills pages show what a skill counts for: the graph the job match reads */
static void
test_skill_pages_implied (void)
{
  RcGuide *guide = rc_guide_get_default ();
  RcGuideEntry *cloud = rc_guide_lookup (guide, "skills.cloud");
  RcGuideEntry *database = rc_guide_lookup (guide, "skills.database");

  g_assert_nonnull (cloud);
  g_assert_nonnull (strstr (rc_guide_entry_get_body (cloud), "**EKS**, counts for Kubernetes"));
  g_assert_nonnull (database);
  g_assert_nonnull (strstr (rc_guide_entry_get_body (database), "**PostgreSQL**, counts for SQL"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/guide/bundled-loads", test_bundled_loads);
  g_test_add_func ("/core/guide/skill-pages-implied", test_skill_pages_implied);
  g_test_add_func ("/core/guide/tip-ids-resolve", test_tip_ids_resolve);
  g_test_add_func ("/core/guide/rule-tips-resolve", test_rule_tips_resolve);
  g_test_add_func ("/core/guide/entry-rules-exist", test_entry_rules_exist);
  g_test_add_func ("/core/guide/links-resolve", test_links_resolve);
  g_test_add_func ("/core/guide/examples", test_examples);
  g_test_add_func ("/core/guide/examples-pass-rules", test_examples_pass_rules);
  g_test_add_func ("/core/guide/search", test_search);
  g_test_add_func ("/core/guide/search-ranking", test_search_ranking);
  g_test_add_func ("/core/guide/search-accents", test_search_accents);
  g_test_add_func ("/core/guide/markup", test_markup);
  g_test_add_func ("/core/guide/render-titles-links", test_render_titles_links);
  g_test_add_func ("/core/guide/verbs", test_verbs);
  g_test_add_func ("/core/guide/replace-opening-verb", test_replace_opening_verb);
  g_test_add_func ("/core/guide/opening-is-replaceable", test_opening_is_replaceable);
  g_test_add_func ("/core/guide/translation-fallback", test_translation_fallback);
  g_test_add_func ("/core/guide/translations-complete", test_translations_complete);
  g_test_add_func ("/core/guide/german", test_german);
  g_test_add_func ("/core/guide/bad-files", test_bad_files);

  return g_test_run ();
}
