/* test-markup.c — a resume string as printed, and its map back to what was typed
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-markup.h"
#include "rc-test-util.h"

/* the printed text of @raw, or NULL when it prints as written */
static char *
printed (const char *raw)
{
  RcMarkup markup;
  char *text = NULL;

  rc_markup_init (&markup);
  if (rc_markup_render (&markup, raw, strlen (raw)))
    text = g_strdup (markup.printed->str);
  rc_markup_clear (&markup);
  return text;
}

#define assert_printed(raw, expected) \
  G_STMT_START { \
    g_autofree char *got = printed (raw); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

/* the raw text a printed span maps back to */
static char *
raw_of_span (const char *raw,
             const char *printed_span)
{
  RcMarkup markup;
  const char *at;
  guint start, end, rs, re;
  char *text;

  rc_markup_init (&markup);
  g_assert_true (rc_markup_render (&markup, raw, strlen (raw)));
  at = strstr (markup.printed->str, printed_span);
  g_assert_nonnull (at);
  start = (guint) g_utf8_pointer_to_offset (markup.printed->str, at);
  end = start + (guint) g_utf8_strlen (printed_span, -1);
  rc_markup_map_span (&markup, start, end, &rs, &re);
  g_assert_cmpuint (rs, <=, re);
  g_assert_cmpuint (re, <=, markup.n_raw_chars);
  text = g_utf8_substring (raw, rs, re);
  rc_markup_clear (&markup);
  return text;
}

#define assert_maps(raw, span, expected) \
  G_STMT_START { \
    g_autofree char *got = raw_of_span (raw, span); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

static void
test_markup_html (void)
{
  assert_printed ("<b>Migrated</b> 40 services to Kubernetes",
                  "Migrated 40 services to Kubernetes");
  assert_printed ("<strong>Cut</strong> costs <em>by</em> <i>30%</i>, <u>fast</u>",
                  "Cut costs by 30%, fast");
  assert_printed ("Line one<br>line two", "Line one line two");
  assert_printed ("Line one  <br/>  line two", "Line one line two");
  assert_printed ("<p>First.</p><p>Second.</p>", "First. Second.");
  assert_printed ("<ul><li>One</li><li>Two</li></ul>", "One Two");
  assert_printed ("See <a href=\"https://example.com/a>b\">the demo</a> now", "See the demo now");
  assert_printed ("<span class='x' style=\"color: red\">Red</span> text", "Red text");
  assert_printed ("<B>Upper</B> case tags", "Upper case tags");
}

static void
test_markup_lone_angle (void)
{
  /* a '<' that opens no tag is text, and so is a Java generic */
  g_assert_null (printed ("Cut p99 latency to < 200 ms"));
  g_assert_null (printed ("Kept <5% error on 3 regions"));
  g_assert_null (printed ("Wrote a List<String> cache for 2 teams"));
  g_assert_null (printed ("a <b unterminated tag"));
  g_assert_null (printed ("x<y and y>z"));
  assert_printed ("<b>bold</b> and p99 < 200 ms", "bold and p99 < 200 ms");
}

static void
test_markup_entities (void)
{
  assert_printed ("R&amp;D &lt;tag&gt; &quot;q&quot; it&#39;s", "R&D <tag> \"q\" it's");
  assert_printed ("a&nbsp;b", "a\xc2\xa0" "b");
  assert_printed ("caf&#233; &#x263A;", "café ☺");
  assert_printed ("&amp;amp;", "&amp;");
  g_assert_null (printed ("R&D and AT&T; Q&A"));
  g_assert_null (printed ("&#0; &#xD800; &#99999999; &bogus;"));
}

static void
test_markup_markdown (void)
{
  assert_printed ("**Payments**: built the ledger", "Payments: built the ledger");
  assert_printed ("__Bold__ and *em* and _em here_ and ***both***",
                  "Bold and em and em here and both");
  assert_printed ("Wrote the C++ `std::` allocator", "Wrote the C++ std:: allocator");
  assert_printed ("Ran ``a `b` c`` once", "Ran a `b` c once");
  assert_printed ("Shipped [the app](https://example.com/app) to 1M users",
                  "Shipped the app to 1M users");
  assert_printed ("[**Bold link**](http://x.y)", "Bold link");
  /* not emphasis: identifiers, arithmetic, lone delimiters */
  g_assert_null (printed ("Renamed snake_case_name and __init fields"));
  g_assert_null (printed ("Used __slots__ and __init__ in 40 classes, and _id_"));
  g_assert_null (printed ("Computed a*b and 2 * 3 * 4"));
  g_assert_null (printed ("Ported *nix tools"));
  g_assert_null (printed ("Unclosed **bold and `code"));
  g_assert_null (printed ("See [1] and [x] (y)"));
}

static void
test_markup_leading (void)
{
  assert_printed ("- Built the thing", "Built the thing");
  assert_printed ("* Built the thing", "Built the thing");
  assert_printed ("• Built the thing", "Built the thing");
  assert_printed ("· Built the thing", "Built the thing");
  assert_printed ("1. Built the thing", "Built the thing");
  assert_printed ("12) Built the thing", "Built the thing");
  assert_printed ("  ## Heading", "Heading");
  /* the signs a word processor or a pasted list uses, each with a space after it */
  assert_printed ("► Built the thing", "Built the thing");
  assert_printed ("✔  Built the thing", "Built the thing");
  assert_printed ("– Built the thing", "Built the thing");
  assert_printed ("Built the rates API\n➤ Moved search", "Built the rates API\nMoved search");
  g_assert_null (printed ("→Built the thing"));
  g_assert_null (printed ("Rates → Orders → Invoices"));
  g_assert_null (printed ("€5 a user, — and more"));
  /* a bullet pasted from a web page's source: the entity is the marker */
  assert_printed ("&#x2022; Developed the portal", "Developed the portal");
  assert_printed ("&bull;  Developed the portal", "Developed the portal");
  assert_printed ("&#183; Developed the portal", "Developed the portal");
  assert_printed ("&#x2022;Developed the portal", "•Developed the portal");
  assert_printed ("&amp; co", "& co");
  g_assert_null (printed ("-5% churn in a year"));
  g_assert_null (printed ("2019. A year"));
  g_assert_null (printed ("#1 ranked app"));
  g_assert_null (printed ("# of incidents down 40%"));
  g_assert_null (printed ("C# and F# in 3 teams"));
  g_assert_null (printed ("Led a team - of 5"));
}

/* bullets pasted into one string: every line's marker goes, the lines stay */
static void
test_markup_pasted_list (void)
{
  RcMarkup markup;

  assert_printed ("• Built the checkout\n• Moved search to Elasticsearch",
                  "Built the checkout\nMoved search to Elasticsearch");
  assert_printed ("Built the checkout\n  - Moved search", "Built the checkout\nMoved search");
  assert_printed ("Built the checkout\n2. Moved search", "Built the checkout\nMoved search");
  /* a line break that is no list, and one a <br> already took in */
  g_assert_null (printed ("Built the checkout\nand moved search"));
  g_assert_null (printed ("Built the checkout\n# of incidents down"));
  assert_printed ("A<br>\n \t\xc2\xb7#o", "A \xc2\xb7#o");

  rc_markup_init (&markup);
  g_assert_true (rc_markup_render (&markup, "- A\n- B\n- C", 11));
  g_assert_true (markup.list_marker);
  g_assert_cmpuint (markup.list_lines, ==, 2);
  g_assert_true (rc_markup_render (&markup, "- A", 3));
  g_assert_cmpuint (markup.list_lines, ==, 0);
  rc_markup_clear (&markup);
}

static void
test_markup_nested (void)
{
  assert_printed ("<b><i>Both</i></b> tags", "Both tags");
  assert_printed ("**<em>Mixed</em>** markup", "Mixed markup");
  assert_printed ("- **Payments**: <b>built</b> &amp; ran", "Payments: built & ran");
  /* crossed tags still print their text */
  assert_printed ("<b>one <i>two</b> three</i>", "one two three");
}

static void
test_markup_unterminated (void)
{
  assert_printed ("<b>Never closed", "Never closed");
  assert_printed ("Closed only</b>", "Closed only");
  assert_printed ("**x** and **y", "x and **y");
  assert_printed ("Line<br>", "Line");
  assert_printed ("<br>Line", "Line");
  assert_printed ("<b>", "");
}

static void
test_markup_unicode (void)
{
  assert_printed ("<b>Réduit</b> la latence de 40 %", "Réduit la latence de 40 %");
  assert_printed ("**東京** チーム", "東京 チーム");
  assert_printed ("_é_ and *ü*", "é and ü");
  /* an emphasis run between letters of any script stays */
  g_assert_null (printed ("日本_語_テキスト"));
}

static void
test_markup_map (void)
{
  const char *raw = "<b>Worked</b> on caf&#233; &amp; 40 services";

  assert_maps ("<b>Worked</b> on the API", "Worked", "Worked");
  assert_maps ("<b>Worked</b> on the API", "on the", "on the");
  /* a span with one half of a pair takes the other */
  assert_maps ("<b>Worked</b> on the API", "Worked on", "<b>Worked</b> on");
  assert_maps ("x <b>Worked</b> on", "x Worked", "x <b>Worked</b>");
  assert_maps ("**Payments**: built it", "Payments:", "**Payments**:");
  assert_maps ("**Payments**: built it", "Payments", "Payments");
  assert_maps ("R&amp;D team", "&", "&amp;");
  assert_maps ("Line one<br>  line two", "one line", "one<br>  line");
  /* the whole printed text is the whole raw text */
  assert_maps ("- <b>All</b> of it", "All of it", "- <b>All</b> of it");
  assert_maps ("<b>Réduit</b> la latence", "latence", "latence");
  assert_maps ("🚀 <i>Launched</i> it", "Launched", "Launched");

  /* every printed character maps to a raw one, in order */
  {
    RcMarkup markup;
    guint last_end = 0;

    rc_markup_init (&markup);
    g_assert_true (rc_markup_render (&markup, raw, strlen (raw)));
    g_assert_cmpuint (markup.n_chars, ==, g_utf8_strlen (markup.printed->str, -1));
    g_assert_cmpuint (markup.n_raw_chars, ==, g_utf8_strlen (raw, -1));
    g_assert_false (markup.ascii);
    for (guint i = 0; i < markup.n_chars; i++)
      {
        guint rs, re;

        rc_markup_map_span (&markup, i, i + 1, &rs, &re);
        g_assert_cmpuint (rs, >=, last_end);
        g_assert_cmpuint (rs, <, re);
        last_end = re;
      }
    rc_markup_clear (&markup);
  }
}

static void
test_markup_first (void)
{
  const char *cases[][2] = {
    { "<b>Migrated</b> it", "<b>Migrated</b>" },
    { "Built **x** fast", "**x**" },
    { "- Built it", "-" },
    { "&#x2022; Built it", "&#x2022;" },
    { "R&amp;D", "&amp;" },
    { "Built `x`", "`x`" },
    { "<b>Never closed", "<b>" },
    { "Line<br>  two", "<br>" },
    { "See <a href=\"https://example.com/a/very/long/path/that/goes/on\">it</a>",
      "<a href=\"https://example.com/a/very/long/path/that/goes/on\">" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcMarkup markup;
      g_autofree char *first = NULL;

      rc_markup_init (&markup);
      g_assert_true (rc_markup_render (&markup, cases[i][0], strlen (cases[i][0])));
      first = rc_markup_first (&markup);
      g_assert_cmpstr (first, ==, cases[i][1]);
      rc_markup_clear (&markup);
    }
}

/* one buffer reused for many strings: what the engine does */
static void
test_markup_reuse (void)
{
  RcMarkup markup;

  rc_markup_init (&markup);
  g_assert_true (rc_markup_render (&markup, "<b>Long first string here</b>", 29));
  g_assert_cmpstr (markup.printed->str, ==, "Long first string here");
  g_assert_false (rc_markup_render (&markup, "plain", 5));
  g_assert_true (rc_markup_render (&markup, "*a*", 3));
  g_assert_cmpstr (markup.printed->str, ==, "a");
  g_assert_cmpuint (markup.n_chars, ==, 1);
  rc_markup_clear (&markup);
}

/* ------------------------------------------------------------------------------------------ */
/* What the engine reads: the printed text, with spans on the text as written */

static RcRuleSet *builtin;

/* a work entry with these highlights, checked */
static RcReport *
check_bullets (RcDocument         **document,
               const char * const  *bullets)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autofree char *highlights = NULL;
  g_autofree char *json = NULL;

  if (builtin == NULL)
    builtin = rc_rule_set_new_builtin ();
  for (guint i = 0; bullets[i] != NULL; i++)
    json_array_add_string_element (array, bullets[i]);
  node = json_node_init_array (json_node_alloc (), array);
  highlights = json_to_string (node, FALSE);
  json = g_strdup_printf ("{\"work\": [{\"name\": \"Acme\", \"startDate\": \"2019-01\", "
                          "\"endDate\": \"2021-06\", \"highlights\": %s}], "
                          "\"skills\": [{\"keywords\": [\"Go\"]}]}", highlights);

  *document = rc_test_document_from_data (json);
  engine = rc_engine_new (builtin);
  return rc_engine_check (engine, *document, NULL);
}

/* the finding's span, its match and the text as written there agree */
static void
assert_finding_at (RcDocument      *document,
                   const RcFinding *finding,
                   const char      *text)
{
  const char *string;
  g_autofree char *span = NULL;

  g_assert_nonnull (finding);
  string = rc_document_get_string (document, finding->pointer);
  span = g_utf8_substring (string, finding->start, finding->end);
  g_assert_cmpstr (span, ==, text);
  g_assert_cmpstr (finding->match, ==, text);
}

static void
test_markup_engine_weak_start (void)
{
  static const char * const bullets[] = {
    "<b>Helped</b> the team ship 3 releases a quarter.",
    "Apr. 2015: helped the support team close 200 tickets.",
    "**Payments**: helped the ledger team cut fees by 5%.",
    "Q3 2020: Helped 4 teams move to Kubernetes.",
    "03/2018 - Helped 4 teams move to Kubernetes.",
    "2017-2019: Helped 4 teams move to Kubernetes.",
    "2019 – Helped 4 teams move to Kubernetes.",
    "🚀 <i>Helped</i> 4 teams move to Kubernetes.",
    "Payments – helped the ledger team cut fees by 5%.",
    NULL
  };
  static const char * const strong[] = {
    "<b>Migrated</b> 40 services to Kubernetes in 6 months.",
    "Oct. 2015: Migrated 40 services to Kubernetes.",
    "**Filter interfaces**: built a policy layer that 40 teams use.",
    "Payments: Built the ledger that settles $2M a day.",
    "Tech: Go, gRPC, Redis",
    "Stack - Python / Django / Postgres / AWS",
    NULL
  };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) strong_document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);
  g_autoptr(RcReport) strong_report = check_bullets (&strong_document, strong);

  /* the span points at the verb as written, past the tag, the date or the label */
  for (guint i = 0; bullets[i] != NULL; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/0/highlights/%u", i);
      const RcFinding *finding = rc_test_find_finding (report, "verb.weak-start", pointer);

      assert_finding_at (document, finding,
                         strstr (bullets[i], "Helped") != NULL ? "Helped" : "helped");
    }
  g_assert_cmpuint (rc_test_find_finding (report, "verb.weak-start",
                                          "/work/0/highlights/0")->start, ==, 3);
  g_assert_cmpuint (rc_test_count_findings (strong_report, "verb.weak-start"), ==, 0);
}

/* an opening joined by a hyphen or colon is quoted and marked whole, as it is read: "On-call",
 * not "On"; "1:1s", not "1" */
static void
test_markup_engine_weak_start_compound (void)
{
  static const char * const bullets[] = {
    "On-call for the core banking APIs; wrote the runbooks the team still uses.",
    "<b>Web-based</b> booking dashboard for 40 clinics.",
    "2019 – Cross-team design reviews for 30 services.",
    "1:1s, career plans and reviews for 14 engineers.",
    NULL
  };
  static const char * const openings[] = { "On-call", "Web-based", "Cross-team", "1:1s" };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);

  for (guint i = 0; bullets[i] != NULL; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/0/highlights/%u", i);

      assert_finding_at (document, rc_test_find_finding (report, "verb.weak-start", pointer),
                         openings[i]);
    }
}

/* a verb made a noun opens the bullet: the fix puts the verb back, when the data knows it */
static void
test_markup_engine_weak_start_noun (void)
{
  static const char * const bullets[] = {
    "Implementation of CI/CD pipelines with GitLab CI, deployment time divided by 4.",
    "2019: development of the invoicing API for 3M calls a month.",
    "Correction of 40 production bugs in the claims service.",
    NULL
  };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);
  const RcFinding *finding;

  finding = rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/0");
  assert_finding_at (document, finding, "Implementation of");
  g_assert_cmpstr (finding->fix, ==, "Implemented");
  finding = rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/1");
  assert_finding_at (document, finding, "development of");
  g_assert_cmpstr (finding->fix, ==, "developed");
  /* "correct" is not in data/verbs.json: no fix it is not sure of */
  finding = rc_test_find_finding (report, "verb.weak-start", "/work/0/highlights/2");
  assert_finding_at (document, finding, "Correction");
  g_assert_null (finding->fix);
}

static void
test_markup_engine_spans (void)
{
  static const char * const bullets[] = {
    "Moved 12 services to <i>Kuberentes</i> in 4 months.",
    "Built pipelines on **Kafka** for 3 teams.",
    "Shipped the app<br>  to 3 stores in 2 weeks.",
    "Maintained <a href=\"https://github.com/x/y\">y</a>, a tool with 400 stars.",
    "Worked with analysts to define the company&#39;s core metrics.",
    "<b>Worked</b> on the billing API",
    NULL
  };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);
  g_autoptr(GError) error = NULL;
  const RcFinding *finding;

  /* a fix on the printed text applies to the text as written, inside its markup */
  finding = rc_test_find_finding (report, "spelling.tech", "/work/0/highlights/0");
  assert_finding_at (document, finding, "Kuberentes");
  g_assert_cmpuint (finding->start, ==, 24);
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Moved 12 services to <i>Kubernetes</i> in 4 months.");

  /* a skill's mention, in the text as written */
  assert_finding_at (document, rc_test_find_finding (report, "skills.unlisted",
                                                     "/work/0/highlights/1"), "Kafka");

  /* no rule reads the markup itself: spaces around <br>, a URL in href, "39" in &#39; */
  g_assert_null (rc_test_find_finding (report, "style.double-space", "/work/0/highlights/2"));
  g_assert_null (rc_test_find_finding (report, "spelling.tech", "/work/0/highlights/3"));
  g_assert_nonnull (rc_test_find_finding (report, "achievement.no-metric",
                                          "/work/0/highlights/4"));

  /* a span that takes in one half of a pair takes the other */
  assert_finding_at (document, rc_test_find_finding (report, "achievement.duty-phrase",
                                                     "/work/0/highlights/5"),
                     "<b>Worked</b> on");
}

static void
test_markup_engine_rule (void)
{
  static const char * const bullets[] = {
    "- <b>Migrated</b> 40 services &amp; **3** databases",
    "• Shipped the iOS app to 1M users.",
    "Cut p99 latency to < 200 ms across 3 regions.",
    "Renamed snake_case_name columns across 30 tables.",
    NULL
  };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);
  g_autoptr(RcReport) again = NULL;
  g_autoptr(GError) error = NULL;
  const RcFinding *finding;

  /* one finding a string, over all of it, naming the first markup */
  g_assert_cmpuint (rc_test_count_findings (report, "style.markup"), ==, 2);
  finding = rc_test_find_finding (report, "style.markup", "/work/0/highlights/0");
  assert_finding_at (document, finding, bullets[0]);
  g_assert_nonnull (strstr (finding->message, "“-”"));
  g_assert_nonnull (strstr (finding->message, "second bullet"));
  g_assert_cmpstr (finding->fix, ==, "Migrated 40 services & 3 databases");
  g_assert_nonnull (strstr (rc_test_find_finding (report, "style.markup",
                                                  "/work/0/highlights/1")->message, "“•”"));

  /* applying it removes every piece of markup at once */
  g_assert_true (rc_finding_apply_fix (finding, document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Migrated 40 services & 3 databases");
  {
    g_autoptr(RcEngine) engine = rc_engine_new (builtin);

    again = rc_engine_check (engine, document, NULL);
  }
  g_assert_null (rc_test_find_finding (again, "style.markup", "/work/0/highlights/0"));
}

/* typing markup into a string the engine has cached reads it the same as a fresh check */
static void
test_markup_engine_incremental (void)
{
  static const char * const bullets[] = { "Helped the team ship 3 releases.", NULL };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) first = check_bullets (&document, bullets);
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcEngine) fresh = rc_engine_new (builtin);
  g_autoptr(RcReport) before = rc_engine_check (engine, document, NULL);
  g_autoptr(RcReport) after = NULL;
  g_autoptr(RcReport) expected = NULL;
  const RcFinding *a, *b;

  g_assert_nonnull (first);
  g_assert_nonnull (before);
  g_assert_true (rc_document_set_string (document, "/work/0/highlights/0",
                                         "<b>Helped</b> the team ship 3 releases.", NULL));
  after = rc_engine_check (engine, document, NULL);
  expected = rc_engine_check (fresh, document, NULL);
  g_assert_cmpuint (rc_report_get_findings (after)->len, ==,
                    rc_report_get_findings (expected)->len);
  a = rc_test_find_finding (after, "verb.weak-start", "/work/0/highlights/0");
  b = rc_test_find_finding (expected, "verb.weak-start", "/work/0/highlights/0");
  assert_finding_at (document, a, "Helped");
  g_assert_cmpuint (a->start, ==, b->start);
  g_assert_cmpuint (a->end, ==, b->end);
  g_assert_nonnull (rc_test_find_finding (after, "style.markup", "/work/0/highlights/0"));
}

/* the tense check reads the words after the opening verb as printed */
static void
test_markup_engine_tense (void)
{
  static const char * const bullets[] = {
    "<b>Leads</b> the on-call rotation for 12 services.",
    "**Design** and implementation of the rates API for 40 carriers.",
    "Cut p99 latency by 40% with covering indexes.",
    NULL
  };
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = check_bullets (&document, bullets);
  const RcFinding *finding = rc_test_find_finding (report, "tense.mismatch",
                                                   "/work/0/highlights/0");

  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->fix, ==, "Led");
  g_assert_null (rc_test_find_finding (report, "tense.mismatch", "/work/0/highlights/1"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/markup/html", test_markup_html);
  g_test_add_func ("/core/markup/lone-angle", test_markup_lone_angle);
  g_test_add_func ("/core/markup/entities", test_markup_entities);
  g_test_add_func ("/core/markup/markdown", test_markup_markdown);
  g_test_add_func ("/core/markup/leading", test_markup_leading);
  g_test_add_func ("/core/markup/pasted-list", test_markup_pasted_list);
  g_test_add_func ("/core/markup/nested", test_markup_nested);
  g_test_add_func ("/core/markup/unterminated", test_markup_unterminated);
  g_test_add_func ("/core/markup/unicode", test_markup_unicode);
  g_test_add_func ("/core/markup/map", test_markup_map);
  g_test_add_func ("/core/markup/first", test_markup_first);
  g_test_add_func ("/core/markup/reuse", test_markup_reuse);
  g_test_add_func ("/core/markup/engine/weak-start", test_markup_engine_weak_start);
  g_test_add_func ("/core/markup/engine/weak-start-compound",
                   test_markup_engine_weak_start_compound);
  g_test_add_func ("/core/markup/engine/weak-start-noun", test_markup_engine_weak_start_noun);
  g_test_add_func ("/core/markup/engine/spans", test_markup_engine_spans);
  g_test_add_func ("/core/markup/engine/rule", test_markup_engine_rule);
  g_test_add_func ("/core/markup/engine/incremental", test_markup_engine_incremental);
  g_test_add_func ("/core/markup/engine/tense", test_markup_engine_tense);
  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
