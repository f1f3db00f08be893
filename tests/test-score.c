/* test-score.c — the score ranks resumes as a hiring manager would: the calibration set, rates
 * over the bullets, categories from the rule data, and the breakdown
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

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

static RcReport *
check_with (RcRuleSet  *rules,
            RcDocument *document)
{
  g_autoptr(RcEngine) engine = rc_engine_new (rules);

  return rc_engine_check (engine, document, NULL);
}

/* "weak.json: 43 (content 15/70, completeness 18/20, format 10/10; -20 achievement.no-metric
 * x9, …)": what a failing assertion says */
static char *
describe (const char *name,
          RcReport   *report)
{
  GString *out = g_string_new (NULL);
  guint n_items;
  const RcScoreItem *items = rc_report_get_breakdown (report, &n_items);

  g_string_append_printf (out, "%s: %u (", name, rc_report_get_score (report));
  for (guint c = 0; c < RC_N_CATEGORIES; c++)
    g_string_append_printf (out, "%s%s %u/%u", c > 0 ? ", " : "", rc_category_to_string (c),
                            rc_report_get_category_score (report, c), rc_category_get_max (c));
  for (guint i = 0; i < n_items && i < 8; i++)
    g_string_append_printf (out, "%s-%.1f %s x%u", i == 0 ? "; " : ", ", items[i].points,
                            items[i].rule_id != NULL ? items[i].rule_id : items[i].label,
                            items[i].count);
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *name;
  RcReport   *report;
  guint       score;
} Calibrated;

typedef enum
{
  EMPTY,
  BARE_NAMES,
  WEAK,
  SAMPLE,
  STRONG_MID,
  STRONG_SENIOR,
  DATES_ISO,
  DATES_WRITTEN,
  N_CALIBRATED
} Which;

static const char * const calibration_files[] = {
  "empty.json", "bare-names.json", "weak.json", NULL, "strong-mid.json", "strong-senior.json",
  "dates-iso.json", "dates-written.json",
};

static void
load_calibration (Calibrated set[N_CALIBRATED])
{
  for (guint i = 0; i < N_CALIBRATED; i++)
    {
      g_autofree char *path = calibration_files[i] != NULL
        ? g_test_build_filename (G_TEST_DIST, "data", "calibration", calibration_files[i], NULL)
        : rc_test_sample_path ();
      g_autoptr(RcDocument) document = rc_test_document_from_file (path);
      g_autofree char *text = NULL;

      set[i].name = calibration_files[i] != NULL ? calibration_files[i]
                                                 : "data/samples/backend-engineer.json";
      set[i].report = check_with (get_rules (), document);
      set[i].score = rc_report_get_score (set[i].report);
      text = describe (set[i].name, set[i].report);
      g_test_message ("%s", text);
    }
}

static void
free_calibration (Calibrated set[N_CALIBRATED])
{
  for (guint i = 0; i < N_CALIBRATED; i++)
    g_clear_pointer (&set[i].report, rc_report_unref);
}

static void
assert_below (const Calibrated *lower,
              const Calibrated *higher)
{
  if (lower->score < higher->score)
    return;
  g_error ("%s should score below %s:\n  %s\n  %s", lower->name, higher->name,
           describe (lower->name, lower->report), describe (higher->name, higher->report));
}

static void
assert_range (const Calibrated *c,
              guint             min,
              guint             max)
{
  if (c->score >= min && c->score <= max)
    return;
  g_error ("%s should score %u–%u:\n  %s", c->name, min, max, describe (c->name, c->report));
}

/* The order a hiring manager would give the calibration set, with margins wide enough that
 * rules changing around it do not break it by a point */
static void
test_calibration_order (void)
{
  Calibrated set[N_CALIBRATED] = { { 0 } };

  load_calibration (set);

  assert_range (&set[EMPTY], 0, 19);
  assert_range (&set[BARE_NAMES], 0, 45);
  assert_range (&set[WEAK], 20, 60);
  assert_range (&set[STRONG_MID], 80, 100);
  assert_range (&set[STRONG_SENIOR], 80, 100);

  assert_below (&set[EMPTY], &set[BARE_NAMES]);
  assert_below (&set[BARE_NAMES], &set[WEAK]);
  assert_below (&set[WEAK], &set[SAMPLE]);
  assert_below (&set[WEAK], &set[STRONG_MID]);
  assert_below (&set[WEAK], &set[STRONG_SENIOR]);

  /* near the top: no other resume of the set beats the long senior history by much */
  for (guint i = 0; i < N_CALIBRATED; i++)
    if (set[i].score > set[STRONG_SENIOR].score + 10)
      g_error ("the strong senior resume should be near the top:\n  %s\n  %s",
               describe (set[STRONG_SENIOR].name, set[STRONG_SENIOR].report),
               describe (set[i].name, set[i].report));

  free_calibration (set);
}

/* Writing "May 2018" instead of "2018-05" is a format point, not a different resume */
static void
test_calibration_dates (void)
{
  Calibrated set[N_CALIBRATED] = { { 0 } };
  guint iso, written;

  load_calibration (set);
  iso = set[DATES_ISO].score;
  written = set[DATES_WRITTEN].score;
  if (MAX (iso, written) - MIN (iso, written) > 2)
    g_error ("the date pair should score within 2 points:\n  %s\n  %s",
             describe (set[DATES_ISO].name, set[DATES_ISO].report),
             describe (set[DATES_WRITTEN].name, set[DATES_WRITTEN].report));
  g_assert_cmpuint (written, <=, iso);
  g_assert_nonnull (rc_test_find_finding (set[DATES_WRITTEN].report, "dates.format", "/work"));
  g_assert_cmpuint (rc_test_count_findings (set[DATES_WRITTEN].report, "dates.format"), ==, 2);
  g_assert_cmpuint (rc_test_count_findings (set[DATES_WRITTEN].report, "dates.invalid"), ==, 0);
  free_calibration (set);
}

/* @roles roles, each with the same two strong and two weak bullets */
static RcDocument *
history (guint roles)
{
  g_autoptr(GString) json = g_string_new ("{\"basics\": {\"name\": \"Noor Haddad\", "
                                          "\"email\": \"noor@example.com\"}, \"work\": [");

  for (guint i = 0; i < roles; i++)
    g_string_append_printf (json,
                            "%s{\"name\": \"Firm %u\", \"position\": \"Engineer\", "
                            "\"startDate\": \"%u-01\", \"endDate\": \"%u-12\", \"highlights\": ["
                            "\"Cut p99 latency of the quotes API from 700 ms to 120 ms.\","
                            "\"Moved 12 batch jobs to Kafka, ending 4 missed payouts a month.\","
                            "\"Responsible for the release process of the team.\","
                            "\"Worked on the internal admin tools for the support staff.\"]}",
                            i > 0 ? ", " : "", i, 2024 - 2 * i, 2025 - 2 * i);
  g_string_append (json, "], \"skills\": [{\"name\": \"Backend\", \"keywords\": [\"Kafka\"]}]}");
  return rc_test_document_from_data (json->str);
}

/* Content is a rate: a long history of the same quality scores as a short one */
static void
test_rates (void)
{
  g_autoptr(RcDocument) short_doc = history (2);
  g_autoptr(RcDocument) long_doc = history (8);
  g_autoptr(RcReport) short_report = check_with (get_rules (), short_doc);
  g_autoptr(RcReport) long_report = check_with (get_rules (), long_doc);
  guint a = rc_report_get_score (short_report);
  guint b = rc_report_get_score (long_report);

  if (MAX (a, b) - MIN (a, b) > 3)
    g_error ("the same bullets over 8 roles should score as over 2:\n  %s\n  %s",
             describe ("2 roles", short_report), describe ("8 roles", long_report));
  /* half the bullets are duties without a number: far from the top */
  g_assert_cmpuint (a, <, 85);
}

/* "Responsibilities:" and "Achievements:" pasted among the bullets are headings, which
 * bullet.label-line says: they cost that finding's point, not the content rate of two
 * bullets too short to show anything */
static void
test_label_lines (void)
{
  static const char * const json =
    "{\"basics\": {\"name\": \"Noor Haddad\", \"email\": \"noor@example.com\"}, "
    "\"work\": [{\"name\": \"Firm\", \"position\": \"Engineer\", \"startDate\": \"2021-01\", "
    "\"highlights\": [%s\"Cut p99 latency of the quotes API from 700 ms to 120 ms.\", "
    "\"Moved 12 batch jobs to Kafka, ending 4 missed payouts a month.\"%s]}], "
    "\"skills\": [{\"name\": \"Backend\", \"keywords\": [\"Kafka\"]}]}";
  g_autofree char *plain_json = g_strdup_printf (json, "", "");
  g_autofree char *labelled_json = g_strdup_printf (json, "\"Achievements:\", ",
                                                    ", \"Key responsibilities\"");
  g_autoptr(RcDocument) plain = rc_test_document_from_data (plain_json);
  g_autoptr(RcDocument) labelled = rc_test_document_from_data (labelled_json);
  g_autoptr(RcReport) plain_report = check_with (get_rules (), plain);
  g_autoptr(RcReport) labelled_report = check_with (get_rules (), labelled);
  guint a = rc_report_get_score (plain_report);
  guint b = rc_report_get_score (labelled_report);

  g_assert_cmpuint (rc_test_count_findings (labelled_report, "bullet.label-line"), ==, 2);
  g_assert_cmpuint (rc_test_count_findings (labelled_report, "bullet.too-short"), ==, 0);
  if (b > a || a - b > 2)
    g_error ("two headings among the bullets should cost about a point:\n  %s\n  %s",
             describe ("plain", plain_report), describe ("labelled", labelled_report));
}

static void
assert_breakdown_sums (const char *name,
                       RcReport   *report)
{
  guint n_items;
  const RcScoreItem *items = rc_report_get_breakdown (report, &n_items);
  gdouble lost = 0, earned = 0;

  for (guint i = 0; i < n_items; i++)
    {
      if (i > 0)
        g_assert_cmpfloat (items[i].points, <=, items[i - 1].points);
      g_assert_cmpfloat (items[i].points, >, 0);
      g_assert_nonnull (items[i].label);
      g_assert_cmpstr (items[i].label, !=, "");
      lost += items[i].points;
    }
  for (guint c = 0; c < RC_N_CATEGORIES; c++)
    earned += rc_report_get_category_score (report, c);
  /* the items account for every point lost, the categories for every point kept */
  if (fabs (100 - lost - rc_report_get_score (report)) > 1.0 ||
      fabs (earned - rc_report_get_score (report)) > 2.0)
    g_error ("the breakdown does not add up: %s", describe (name, report));
}

/* The breakdown says where the points went, the costliest first */
static void
test_breakdown (void)
{
  Calibrated set[N_CALIBRATED] = { { 0 } };
  guint n_items;
  const RcScoreItem *items;

  load_calibration (set);
  for (guint i = 0; i < N_CALIBRATED; i++)
    assert_breakdown_sums (set[i].name, set[i].report);

  /* an empty resume: nothing to read is what costs the most, then what is missing */
  items = rc_report_get_breakdown (set[EMPTY].report, &n_items);
  g_assert_cmpuint (n_items, >=, 3);
  g_assert_null (items[0].rule_id);
  g_assert_cmpint (items[0].category, ==, RC_CATEGORY_CONTENT);
  g_assert_cmpuint (rc_report_get_category_score (set[EMPTY].report,
                                                  RC_CATEGORY_COMPLETENESS), <, 5);

  /* bare names: the bullets that say nothing */
  items = rc_report_get_breakdown (set[BARE_NAMES].report, &n_items);
  g_assert_null (items[0].rule_id);
  g_assert_cmpuint (items[0].count, ==, 10);
  g_assert_nonnull (strstr (items[0].label, "10 bullets"));

  /* duties without numbers: content problems, not format */
  items = rc_report_get_breakdown (set[WEAK].report, &n_items);
  g_assert_cmpint (items[0].category, ==, RC_CATEGORY_CONTENT);
  g_assert_nonnull (items[0].rule_id);
  g_assert_cmpuint (rc_report_get_category_score (set[WEAK].report, RC_CATEGORY_FORMAT), ==,
                    rc_category_get_max (RC_CATEGORY_FORMAT));

  /* the rule's label, not one finding's message */
  items = rc_report_get_breakdown (set[DATES_WRITTEN].report, &n_items);
  for (guint i = 0; i < n_items; i++)
    if (g_strcmp0 (items[i].rule_id, "dates.format") == 0)
      {
        g_assert_cmpint (items[i].category, ==, RC_CATEGORY_FORMAT);
        g_assert_cmpstr (items[i].label, ==, "Dates not written as YYYY-MM");
        g_assert_cmpuint (items[i].count, ==, 2);
      }
  free_calibration (set);
}

/* one rule with @members (a category, a weight) */
static RcRuleSet *
pack_with (const char *members)
{
  return rc_test_rules_from_pack ("{\"rules\": [{\"id\": \"team.sloppy\", \"level\": \"error\", "
                                  "\"scope\": \"bullet\", \"kind\": \"phrases\", \"phrases\": "
                                  "[\"sloppy\"], %s \"message\": \"Found {match}\", "
                                  "\"advice\": \"Change it\"}]}", members);
}

/* A rule's category and weight come from its data */
static void
test_category_from_data (void)
{
  g_autoptr(RcRuleSet) content = pack_with ("");
  g_autoptr(RcRuleSet) format = pack_with ("\"category\": \"format\",");
  g_autoptr(RcRuleSet) weightless = pack_with ("\"weight\": 0,");
  g_autoptr(RcRuleSet) bad = rc_rule_set_new ();
  g_autoptr(RcDocument) untouched = history (2);
  g_autoptr(RcDocument) document = history (2);
  g_autoptr(RcReport) clean = NULL, as_content = NULL, as_format = NULL, as_nothing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_document_set_string (document, "/work/0/highlights/0",
                                         "Cut sloppy p99 latency of the quotes API by 80%.",
                                         NULL));
  clean = check_with (content, untouched);
  as_content = check_with (content, document);
  as_format = check_with (format, document);
  as_nothing = check_with (weightless, document);

  g_assert_cmpuint (rc_report_get_score (clean), ==, 100);
  g_assert_cmpuint (rc_test_count_findings (as_content, "team.sloppy"), ==, 1);
  /* an error in one of eight bullets costs that bullet's share; as format, a few points */
  g_assert_cmpuint (rc_report_get_score (as_content), <, 97);
  g_assert_cmpuint (rc_report_get_score (as_format), <, 100);
  g_assert_cmpuint (rc_report_get_score (as_format), >, rc_report_get_score (as_content));
  g_assert_cmpuint (rc_report_get_score (as_nothing), ==, 100);

  g_assert_false (rc_rule_set_load_pack_from_data (
    bad, "{\"rules\": [{\"id\": \"team.x\", \"level\": \"error\", \"scope\": \"bullet\", "
    "\"kind\": \"phrases\", \"phrases\": [\"x\"], \"category\": \"style\", "
    "\"message\": \"m\", \"advice\": \"a\"}]}", -1, "team.json", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "unknown category “style”"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/score/calibration-order", test_calibration_order);
  g_test_add_func ("/core/score/calibration-dates", test_calibration_dates);
  g_test_add_func ("/core/score/label-lines", test_label_lines);
  g_test_add_func ("/core/score/rates", test_rates);
  g_test_add_func ("/core/score/breakdown", test_breakdown);
  g_test_add_func ("/core/score/category-from-data", test_category_from_data);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
