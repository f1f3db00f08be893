/* test-feedback-panel.c — the feedback panel on real reports of the sample resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-feedback-panel.h"
#include "rc-finding-row.h"
#include "rc-ui-test-util.h"

GResource *rc_ui_get_resource (void);

typedef struct
{
  RcDocument      *document;
  RcEngine        *engine;
  GtkWindow       *window;
  RcFeedbackPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = rc_test_sample_path ();
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();

  fixture->document = rc_test_document_from_file (path);
  fixture->engine = rc_engine_new (rules);

  fixture->panel = rc_feedback_panel_new ();
  rc_feedback_panel_set_document (fixture->panel, fixture->document);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);
  rc_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  rc_ui_test_iterate ();
  g_clear_object (&fixture->engine);
  g_assert_finalize_object (fixture->document);
}

static RcReport *
check (Fixture *fixture)
{
  return rc_engine_check (fixture->engine, fixture->document, NULL);
}

/* Sets the report and waits for the rows: those below the first screenful follow over the
 * next frames */
static void
show_report (Fixture  *fixture,
             RcReport *report)
{
  GtkWidget *panel = GTK_WIDGET (fixture->panel);
  guint expected = report != NULL ? rc_report_get_findings (report)->len : 0;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  rc_feedback_panel_set_report (fixture->panel, report);
  g_assert_cmpuint (rc_ui_test_count_type (panel, RC_TYPE_FINDING_ROW), >=, MIN (expected, 12));
  while (rc_ui_test_count_type (panel, RC_TYPE_FINDING_ROW) != expected &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  rc_ui_test_iterate ();
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (RC_IS_FINDING_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static GPtrArray *
list_rows (Fixture *fixture)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (fixture->panel), rows);
  return rows;
}

/* The first widget of @type under @widget whose text or label is @text, shown or not */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      const char *own = GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                        : GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                        : NULL;

      if (g_strcmp0 (own, text) == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
same_finding (const RcFinding *a,
              const RcFinding *b)
{
  return g_strcmp0 (a->rule_id, b->rule_id) == 0 &&
         g_strcmp0 (a->pointer, b->pointer) == 0 &&
         a->start == b->start && a->end == b->end &&
         g_strcmp0 (a->message, b->message) == 0;
}

/* A resume with at least one finding of every level: a broken email is an error */
static void
break_resume (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  rc_document_set_string (fixture->document, "/basics/email", "jordan at example", &error);
  g_assert_no_error (error);
  rc_document_set_string (fixture->document, "/work/0/highlights/0",
                          "Responsible for the very busy on-call rota of the postgres team", &error);
  g_assert_no_error (error);
}

static void
test_shows_report (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RcReport) report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) finished = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *findings;
  char text[64];
  const char *section = NULL;
  RcLevel level = RC_LEVEL_ERROR;
  guint next = 0;

  break_resume (fixture);
  report = check (fixture);
  findings = rc_report_get_findings (report);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_ERROR), >, 0);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_WARNING), >, 0);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_SUGGESTION), >, 0);

  show_report (fixture, report);

  /* The score, large, and the counts in words */
  g_snprintf (text, sizeof text, "%u", rc_report_get_score (report));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (GTK_WIDGET (fixture->panel), text),
                           GTK_WIDGET (fixture->panel)));
  g_snprintf (text, sizeof text, "%u error%s", rc_report_count_level (report, RC_LEVEL_ERROR),
              rc_report_count_level (report, RC_LEVEL_ERROR) == 1 ? "" : "s");
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (fixture->panel), text));
  g_snprintf (text, sizeof text, "%u warning%s", rc_report_count_level (report, RC_LEVEL_WARNING),
              rc_report_count_level (report, RC_LEVEL_WARNING) == 1 ? "" : "s");
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (fixture->panel), text));
  g_snprintf (text, sizeof text, "%u suggestion%s", rc_report_count_level (report, RC_LEVEL_SUGGESTION),
              rc_report_count_level (report, RC_LEVEL_SUGGESTION) == 1 ? "" : "s");
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (fixture->panel), text));

  /* One row per finding, each section in one group under one heading */
  rows = list_rows (fixture);
  g_assert_cmpuint (rows->len, ==, findings->len);
  for (guint i = 0; i < rows->len; i++)
    {
      RcFindingRow *row = g_ptr_array_index (rows, i);
      GtkWidget *header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
      const char *row_section = rc_finding_row_get_section (row);
      const RcFinding *finding = rc_finding_row_get_finding (row);
      gboolean found = FALSE;

      if (g_strcmp0 (row_section, section) != 0)
        {
          g_assert_false (g_hash_table_contains (finished, row_section));
          if (section != NULL)
            g_hash_table_add (finished, (gpointer) section);
          section = row_section;
          g_assert_nonnull (header);
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, row_section);
          level = finding->level;
          next = 0;
        }
      else
        g_assert_null (header);

      /* Within a section, errors come first, then warnings, then suggestions… */
      g_assert_cmpint (finding->level, <=, level);
      if (finding->level != level)
        {
          level = finding->level;
          next = 0;
        }
      /* …and the rows of one level follow the report's (document) order */
      for (guint j = next; j < findings->len && !found; j++)
        {
          const RcFinding *candidate = g_ptr_array_index (findings, j);

          if (same_finding (candidate, finding))
            {
              found = TRUE;
              next = j + 1;
            }
        }
      g_assert_true (found);
    }

  /* The error on the email is listed under Contact */
  for (guint i = 0; i < rows->len; i++)
    {
      const RcFinding *finding = rc_finding_row_get_finding (g_ptr_array_index (rows, i));

      if (g_strcmp0 (finding->pointer, "/basics/email") == 0)
        g_assert_cmpstr (rc_finding_row_get_section (g_ptr_array_index (rows, i)), ==, "Contact");
    }
}

static void
test_keeps_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RcReport) before = check (fixture);
  g_autoptr(RcReport) after = NULL;
  g_autoptr(GPtrArray) old_rows = NULL;
  g_autoptr(GPtrArray) new_rows = NULL;
  g_autoptr(GHashTable) old_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  guint kept = 0;
  guint added = 0;

  show_report (fixture, before);
  old_rows = list_rows (fixture);
  g_assert_cmpuint (old_rows->len, >, 3);
  for (guint i = 0; i < old_rows->len; i++)
    {
      RcFindingRow *row = g_ptr_array_index (old_rows, i);

      g_hash_table_insert (old_by_key, rc_finding_dup_key (rc_finding_row_get_finding (row)), row);
    }

  /* One bullet turns into a duty: one more finding, the rest unchanged */
  rc_document_set_string (fixture->document, "/work/1/highlights/0",
                          "Responsible for the billing service and its 12 integrations", &error);
  g_assert_no_error (error);
  after = check (fixture);
  g_assert_cmpuint (rc_report_get_findings (after)->len, !=, rc_report_get_findings (before)->len);

  /* The keyboard focus stays on a row that survives */
  gtk_widget_grab_focus (g_ptr_array_index (old_rows, old_rows->len - 1));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == g_ptr_array_index (old_rows, old_rows->len - 1));

  show_report (fixture, after);
  new_rows = list_rows (fixture);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == g_ptr_array_index (new_rows, new_rows->len - 1));
  g_assert_cmpuint (new_rows->len, ==, rc_report_get_findings (after)->len);

  for (guint i = 0; i < new_rows->len; i++)
    {
      RcFindingRow *row = g_ptr_array_index (new_rows, i);
      g_autofree char *key = rc_finding_dup_key (rc_finding_row_get_finding (row));
      RcFindingRow *old = g_hash_table_lookup (old_by_key, key);

      if (old != NULL)
        {
          /* the same widget, not a rebuilt one */
          g_assert_true (old == row);
          kept++;
        }
      else
        added++;
    }
  g_assert_cmpuint (added, >=, 1);
  g_assert_cmpuint (kept, >=, old_rows->len - 2);

  /* Setting the same report again changes no row */
  show_report (fixture, after);
  g_clear_pointer (&old_rows, g_ptr_array_unref);
  old_rows = list_rows (fixture);
  g_assert_cmpuint (old_rows->len, ==, new_rows->len);
  for (guint i = 0; i < new_rows->len; i++)
    g_assert_true (g_ptr_array_index (old_rows, i) == g_ptr_array_index (new_rows, i));
}

typedef struct
{
  const char *signal;
  RcFinding  *finding;
  guint       count;
} Emission;

static void
on_finding_signal_cb (RcFeedbackPanel *panel,
                      const RcFinding *finding,
                      Emission        *emission)
{
  emission->count++;
  g_clear_pointer (&emission->finding, rc_finding_free);
  emission->finding = rc_finding_copy (finding);
}

static void
test_buttons (Fixture       *fixture,
              gconstpointer  data)
{
  const struct {
    const char *signal;
    const char *button;
  } cases[] = {
    { "apply-fix", "Apply Fix" },
    { "ignore", "Ignore" },
    { "learn-more", "Learn More" },
  };
  g_autoptr(RcReport) report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean saw_fix = FALSE;

  break_resume (fixture);
  report = check (fixture);
  show_report (fixture, report);
  rows = list_rows (fixture);
  g_assert_cmpuint (rows->len, >, 0);

  for (guint i = 0; i < rows->len; i++)
    {
      RcFindingRow *row = g_ptr_array_index (rows, i);
      const RcFinding *finding = rc_finding_row_get_finding (row);
      GtkWidget *apply = find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Apply Fix");
      GtkWidget *learn = find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Learn More");

      g_assert_nonnull (apply);
      g_assert_cmpint (gtk_widget_get_visible (apply), ==, finding->fix != NULL);
      g_assert_cmpint (gtk_widget_get_visible (learn), ==, finding->tip != NULL);
      saw_fix |= finding->fix != NULL;
    }

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Emission emission = { cases[c].signal, NULL, 0 };
      RcFindingRow *row = NULL;
      GtkWidget *button;
      gulong id;

      /* A row whose button is there to press */
      for (guint i = 0; i < rows->len && row == NULL; i++)
        {
          button = find_widget (g_ptr_array_index (rows, i), GTK_TYPE_BUTTON, cases[c].button);
          if (gtk_widget_get_visible (button))
            row = g_ptr_array_index (rows, i);
        }
      if (row == NULL)
        {
          g_test_message ("no finding offers %s", cases[c].button);
          continue;
        }

      id = g_signal_connect (fixture->panel, cases[c].signal, G_CALLBACK (on_finding_signal_cb), &emission);
      button = find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, cases[c].button);
      g_signal_emit_by_name (button, "clicked");
      g_signal_handler_disconnect (fixture->panel, id);

      g_assert_cmpuint (emission.count, ==, 1);
      g_assert_true (same_finding (emission.finding, rc_finding_row_get_finding (row)));
      g_clear_pointer (&emission.finding, rc_finding_free);
    }
  g_assert_true (saw_fix);

  /* Activating a row (click or Enter) names its finding */
  {
    Emission emission = { "finding-activated", NULL, 0 };
    RcFindingRow *row = g_ptr_array_index (rows, rows->len - 1);
    gulong id = g_signal_connect (fixture->panel, "finding-activated",
                                  G_CALLBACK (on_finding_signal_cb), &emission);

    g_signal_emit_by_name (row, "activate");
    g_signal_handler_disconnect (fixture->panel, id);
    g_assert_cmpuint (emission.count, ==, 1);
    g_assert_true (same_finding (emission.finding, rc_finding_row_get_finding (row)));
    g_clear_pointer (&emission.finding, rc_finding_free);
  }
}

static void
on_restore_cb (RcFeedbackPanel *panel,
               guint           *count)
{
  (*count)++;
}

static void
test_empty_states (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RcReport) report = check (fixture);
  g_autoptr(RcReport) clean = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *findings = rc_report_get_findings (report);
  GtkWidget *panel = GTK_WIDGET (fixture->panel);
  GtkWidget *restore;
  guint n = findings->len;
  guint restored = 0;
  char text[64];

  /* No report: no rows, no score, an explanation */
  show_report (fixture, NULL);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel, "No Feedback Yet"), panel));
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (panel, "Nothing to fix — nice work"), panel));

  show_report (fixture, report);
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (panel, "No Feedback Yet"), panel));
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (panel, "Nothing to fix — nice work"), panel));

  /* Ignore every finding: the list empties, the ignored ones are counted */
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    rc_coach_state_ignore (fixture->document, g_ptr_array_index (findings, i));
  clean = check (fixture);
  g_assert_cmpuint (rc_report_get_findings (clean)->len, ==, 0);
  show_report (fixture, clean);

  rows = list_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel, "Nothing to fix — nice work"), panel));
  g_snprintf (text, sizeof text, "Your resume scores %u out of 100.", rc_report_get_score (clean));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel, text), panel));
  g_snprintf (text, sizeof text, "%u finding%s ignored", rc_report_get_ignored (clean),
              rc_report_get_ignored (clean) == 1 ? "" : "s");
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel, text), panel));

  restore = find_widget (panel, GTK_TYPE_BUTTON, "Show Again");
  g_assert_true (rc_ui_test_is_shown (restore, panel));
  g_signal_connect (fixture->panel, "restore-ignored", G_CALLBACK (on_restore_cb), &restored);
  g_signal_emit_by_name (restore, "clicked");
  g_assert_cmpuint (restored, ==, 1);
}

static void
test_level_filter (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RcReport) report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *toggle;
  char text[64];
  guint suggestions;

  break_resume (fixture);
  report = check (fixture);
  show_report (fixture, report);

  suggestions = rc_report_count_level (report, RC_LEVEL_SUGGESTION);
  g_snprintf (text, sizeof text, "%u suggestion%s", suggestions, suggestions == 1 ? "" : "s");
  toggle = gtk_widget_get_ancestor (rc_ui_test_find_label (GTK_WIDGET (fixture->panel), text),
                                    GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  rc_ui_test_iterate ();

  rows = list_rows (fixture);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      RcLevel level = rc_finding_row_get_finding (RC_FINDING_ROW (row))->level;

      g_assert_cmpint (gtk_widget_get_child_visible (row), ==, level != RC_LEVEL_SUGGESTION);
    }

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  rc_ui_test_iterate ();
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (gtk_widget_get_child_visible (g_ptr_array_index (rows, i)));
}

static void
test_focus_after_ignore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RcReport) before = check (fixture);
  g_autoptr(RcReport) after = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) left = NULL;
  GtkWidget *focused;
  RcFindingRow *next;

  show_report (fixture, before);
  rows = list_rows (fixture);
  g_assert_cmpuint (rows->len, >, 2);

  /* Rows take the keyboard focus and can be activated with Enter */
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_true (gtk_widget_get_focusable (g_ptr_array_index (rows, i)));
      g_assert_true (gtk_list_box_row_get_activatable (g_ptr_array_index (rows, i)));
    }

  /* The user ignores the second finding from its row: the focus moves to the next one */
  gtk_widget_grab_focus (g_ptr_array_index (rows, 1));
  next = g_ptr_array_index (rows, 2);
  rc_coach_state_ignore (fixture->document, rc_finding_row_get_finding (g_ptr_array_index (rows, 1)));
  after = check (fixture);
  show_report (fixture, after);

  left = list_rows (fixture);
  g_assert_cmpuint (left->len, ==, rows->len - 1);
  focused = GTK_WIDGET (gtk_root_get_focus (GTK_ROOT (fixture->window)));
  g_assert_nonnull (focused);
  g_assert_true (focused == GTK_WIDGET (next) || gtk_widget_is_ancestor (focused, GTK_WIDGET (next)));
}

static gboolean
shows_label (Fixture    *fixture,
             const char *text)
{
  GtkWidget *panel = GTK_WIDGET (fixture->panel);
  GtkWidget *label = rc_ui_test_find_label (panel, text);

  return label != NULL && rc_ui_test_is_shown (label, panel);
}

/* A new, empty resume: each missing part is listed under its section, in the sidebar's
 * order, and the verdict starts with the errors */
static void
test_empty_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *rule_prefix;
    const char *section;
  } expected[] = {
    { "contact.", "Contact" },
    { "summary.", "Summary" },
    { "experience.", "Experience" },
    { "projects.", "Projects" },
    { "skills.", "Skills" },
    { "education.", "Education" },
    { "certificates.", "Certificates" },
  };
  g_autoptr(RcReport) sample = check (fixture);
  g_autoptr(RcDocument) empty = rc_document_new ();
  g_autoptr(RcReport) report = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint last = 0, placed = 0;

  /* the sample has warnings and no errors: a good score says polish, a lower one points at the
   * breakdown */
  g_assert_cmpuint (rc_report_count_level (sample, RC_LEVEL_ERROR), ==, 0);
  g_assert_cmpuint (rc_report_count_level (sample, RC_LEVEL_WARNING), >, 0);
  show_report (fixture, sample);
  g_assert_true (shows_label (fixture, "Strong, with a few things to polish") ||
                 shows_label (fixture, "Getting there: start with what costs the most") ||
                 shows_label (fixture, "Needs work: start with what costs the most"));

  rc_feedback_panel_set_document (fixture->panel, empty);
  report = rc_engine_check (fixture->engine, empty, NULL);
  g_assert_cmpuint (rc_report_count_level (report, RC_LEVEL_ERROR), >, 0);
  show_report (fixture, report);
  g_assert_true (shows_label (fixture, "Getting there: fix the errors first") ||
                 shows_label (fixture, "Needs work: start with the errors"));

  rows = list_rows (fixture);
  for (guint i = 0; i < rows->len; i++)
    {
      const RcFinding *finding = rc_finding_row_get_finding (g_ptr_array_index (rows, i));
      const char *section = rc_finding_row_get_section (g_ptr_array_index (rows, i));

      for (guint j = 0; j < G_N_ELEMENTS (expected); j++)
        {
          if (!g_str_has_prefix (finding->rule_id, expected[j].rule_prefix))
            continue;
          g_assert_cmpstr (section, ==, expected[j].section);
          g_assert_cmpuint (j, >=, last);
          last = j;
          placed++;
        }
    }
  /* name, email, summary, experience, skills… all missing */
  g_assert_cmpuint (placed, >=, 5);
}

/* The label of a breakdown line as the panel writes it: the item's, with how often */
static char *
breakdown_text (const RcScoreItem *item)
{
  if (item->rule_id != NULL && item->count > 1)
    return g_strdup_printf ("%s (%u times)", item->label, item->count);
  return g_strdup (item->label);
}

static GtkWidget *
ancestor_button (GtkWidget *widget)
{
  while (widget != NULL && !GTK_IS_BUTTON (widget))
    widget = gtk_widget_get_parent (widget);
  return widget;
}

static gboolean
emitted (gpointer data)
{
  return ((Emission *) data)->count > 0;
}

/* What costs the most points, under the score: each line a button that shows where to start,
 * reachable from the keyboard; points lost to missing bullets are a plain line */
static void
test_breakdown (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RcReport) report = check (fixture);
  g_autoptr(RcDocument) empty = rc_document_new ();
  g_autoptr(RcReport) empty_report = NULL;
  const RcScoreItem *items;
  guint n_items;
  g_autofree char *first_text = NULL, *points_text = NULL, *third_text = NULL;
  g_autofree char *fourth_text = NULL;
  GtkWidget *label, *button, *box;
  Emission emission = { "finding-activated", NULL, 0 };
  gulong id;

  show_report (fixture, report);
  items = rc_report_get_breakdown (report, &n_items);
  g_assert_cmpuint (n_items, >=, 4);
  g_assert_nonnull (items[0].rule_id);
  g_assert_true (shows_label (fixture, "What costs the most points"));
  box = gtk_widget_get_parent (rc_ui_test_find_label (GTK_WIDGET (fixture->panel),
                                                      "What costs the most points"));

  /* the costliest first, with the points it costs */
  first_text = breakdown_text (&items[0]);
  label = rc_ui_test_find_label (box, first_text);
  g_assert_nonnull (label);
  g_assert_true (rc_ui_test_is_shown (label, GTK_WIDGET (fixture->panel)));
  points_text = g_strdup_printf ("\u2212%u", (guint) (items[0].points + 0.5));
  g_assert_nonnull (rc_ui_test_find_label (box, points_text));
  third_text = breakdown_text (&items[2]);
  g_assert_nonnull (rc_ui_test_find_label (box, third_text));
  /* three lines, not the whole list */
  fourth_text = breakdown_text (&items[3]);
  g_assert_null (rc_ui_test_find_label (box, fourth_text));

  /* a button the keyboard reaches: activating it shows the rule's first finding */
  button = ancestor_button (label);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (gtk_widget_grab_focus (button));
  id = g_signal_connect (fixture->panel, "finding-activated",
                         G_CALLBACK (on_finding_signal_cb), &emission);
  /* Enter or Space on a focused button: it shows the press, then clicks */
  g_signal_emit_by_name (button, "activate");
  rc_ui_test_wait_until (emitted, &emission);
  g_signal_handler_disconnect (fixture->panel, id);
  g_assert_cmpuint (emission.count, ==, 1);
  g_assert_cmpstr (emission.finding->rule_id, ==, items[0].rule_id);
  g_assert_true (same_finding (emission.finding, rc_test_find_finding (report, items[0].rule_id,
                                                                      NULL)));
  g_clear_pointer (&emission.finding, rc_finding_free);

  /* an empty resume: nothing to read costs the most, a line without a button */
  rc_feedback_panel_set_document (fixture->panel, empty);
  empty_report = rc_engine_check (fixture->engine, empty, NULL);
  show_report (fixture, empty_report);
  items = rc_report_get_breakdown (empty_report, &n_items);
  g_assert_null (items[0].rule_id);
  label = rc_ui_test_find_label (box, items[0].label);
  g_assert_nonnull (label);
  g_assert_true (rc_ui_test_is_shown (label, GTK_WIDGET (fixture->panel)));
  g_assert_null (ancestor_button (label));
  label = rc_ui_test_find_label (box, first_text);
  g_assert_true (label == NULL || !rc_ui_test_is_shown (label, GTK_WIDGET (fixture->panel)));
}

static void
test_row_without_fix (void)
{
  RcFinding finding = {
    .rule_id = (char *) "style.pronoun",
    .level = RC_LEVEL_SUGGESTION,
    .pointer = (char *) "/work/0/highlights/1",
    .start = 0,
    .end = 1,
    .message = (char *) "A first-person pronoun",
    .advice = (char *) "Drop the pronoun: start with the verb.",
  };
  RcFindingRow *row = g_object_ref_sink (rc_finding_row_new (&finding, "Experience", "I", "Acme, bullet 2"));
  GtkWidget *apply = find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Apply Fix");

  g_assert_false (gtk_widget_get_visible (apply));
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Learn More")));
  /* the level in words, not by colour alone */
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (row), "Suggestion · Acme, bullet 2"));
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (row), "“I”"));

  finding.fix = (char *) "";
  finding.tip = (char *) "style.pronouns";
  g_assert_true (rc_finding_row_update (row, &finding, "Experience", "I", "Acme, bullet 2"));
  g_assert_true (gtk_widget_get_visible (apply));
  g_assert_false (rc_finding_row_update (row, &finding, "Experience", "I", "Acme, bullet 2"));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);
  g_assert_nonnull (rc_ui_get_resource ());

  g_test_add_func ("/ui/feedback-panel/row-without-fix", test_row_without_fix);
  g_test_add ("/ui/feedback-panel/shows-report", Fixture, NULL,
              fixture_set_up, test_shows_report, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/keeps-rows", Fixture, NULL,
              fixture_set_up, test_keeps_rows, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/buttons", Fixture, NULL,
              fixture_set_up, test_buttons, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/empty-states", Fixture, NULL,
              fixture_set_up, test_empty_states, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/level-filter", Fixture, NULL,
              fixture_set_up, test_level_filter, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/empty-resume", Fixture, NULL,
              fixture_set_up, test_empty_resume, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/breakdown", Fixture, NULL,
              fixture_set_up, test_breakdown, fixture_tear_down);
  g_test_add ("/ui/feedback-panel/focus-after-ignore", Fixture, NULL,
              fixture_set_up, test_focus_after_ignore, fixture_tear_down);

  return g_test_run ();
}
