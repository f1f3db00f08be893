/* test-markup.c — a resume string as printed, and its map back to what was typed
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-markup.h"

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
  assert_printed ("__Bold__ and *em* and _em_ and ***both***", "Bold and em and em and both");
  assert_printed ("Wrote the C++ `std::` allocator", "Wrote the C++ std:: allocator");
  assert_printed ("Ran ``a `b` c`` once", "Ran a `b` c once");
  assert_printed ("Shipped [the app](https://example.com/app) to 1M users",
                  "Shipped the app to 1M users");
  assert_printed ("[**Bold link**](http://x.y)", "Bold link");
  /* not emphasis: identifiers, arithmetic, lone delimiters */
  g_assert_null (printed ("Renamed snake_case_name and __init fields"));
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
  g_assert_null (printed ("-5% churn in a year"));
  g_assert_null (printed ("2019. A year"));
  g_assert_null (printed ("#1 ranked app"));
  g_assert_null (printed ("C# and F# in 3 teams"));
  g_assert_null (printed ("Led a team - of 5"));
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
    { "<b>Migrated</b> it", "<b>" },
    { "Built **x** fast", "**" },
    { "- Built it", "-" },
    { "R&amp;D", "&amp;" },
    { "Built `x`", "`" },
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/markup/html", test_markup_html);
  g_test_add_func ("/core/markup/lone-angle", test_markup_lone_angle);
  g_test_add_func ("/core/markup/entities", test_markup_entities);
  g_test_add_func ("/core/markup/markdown", test_markup_markdown);
  g_test_add_func ("/core/markup/leading", test_markup_leading);
  g_test_add_func ("/core/markup/nested", test_markup_nested);
  g_test_add_func ("/core/markup/unterminated", test_markup_unterminated);
  g_test_add_func ("/core/markup/unicode", test_markup_unicode);
  g_test_add_func ("/core/markup/map", test_markup_map);
  g_test_add_func ("/core/markup/first", test_markup_first);
  g_test_add_func ("/core/markup/reuse", test_markup_reuse);
  return g_test_run ();
}
