/* test-preferences.c — the preferences window, its keys, and what each changes in the window
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-feedback-panel.h"
#include "rc-finding-row.h"
#include "rc-pdf.h"
#include "rc-preferences-window.h"
#include "rc-window-private.h"
#include "rc-window-test-util.h"

#define BRITISH_BULLET "Redesigned the colour scheme of the dashboards 40 teams use."

static GSettings *
get_settings (void)
{
  return rc_application_get_settings (rc_window_test_get_app ());
}

/* The preferences window as app.preferences (Ctrl+comma) opens it over @window */
static GtkWindow *
open_preferences (RcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *preferences = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (rc_window_test_get_app ()), "preferences",
                                  NULL);
  rc_ui_test_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && preferences == NULL; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (RC_IS_PREFERENCES_WINDOW (toplevel))
        preferences = toplevel;
    }
  g_assert_nonnull (preferences);
  return preferences;
}

/* (transfer none): the row titled @title (with its mnemonic) under @widget */
static AdwPreferencesRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_PREFERENCES_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* the label a combo row shows for its choice */
static const char *
get_choice_label (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* Chooses the item labelled @label, as a click in the row's popover does */
static void
choose (GtkWindow  *preferences,
        const char *title,
        const char *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_row (GTK_WIDGET (preferences), title));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (row, i);
          rc_ui_test_iterate ();
          return;
        }
    }
  g_error ("no “%s” in the row “%s”", label, title);
}

/* The widget an action row activates: its switch or its spin button */
static GtkWidget *
get_row_control (GtkWindow  *preferences,
                 const char *title)
{
  AdwActionRow *row = ADW_ACTION_ROW (find_row (GTK_WIDGET (preferences), title));
  GtkWidget *control = adw_action_row_get_activatable_widget (row);

  g_assert_nonnull (control);
  return control;
}

static gboolean
switch_is_on (gpointer data)
{
  return gtk_switch_get_active (data);
}

/* Activates the row, as a click on it does: its switch flips, once its animation ends */
static void
flip_switch_row (GtkWindow  *preferences,
                 const char *title)
{
  GtkWidget *control = get_row_control (preferences, title);

  g_assert_false (gtk_switch_get_active (GTK_SWITCH (control)));
  adw_action_row_activate (ADW_ACTION_ROW (find_row (GTK_WIDGET (preferences), title)));
  rc_ui_test_wait_until (switch_is_on, control);
}

/* Every row shows what its key holds by default */
static void
assert_rows_show_defaults (GtkWindow *preferences)
{
  g_assert_cmpstr (get_choice_label (ADW_COMBO_ROW (find_row (GTK_WIDGET (preferences),
                                                              "_Paper Size"))), ==, "Automatic");
  g_assert_cmpstr (get_choice_label (ADW_COMBO_ROW (find_row (GTK_WIDGET (preferences),
                                                              "_Template"))), ==, "Classic");
  g_assert_cmpstr (get_choice_label (ADW_COMBO_ROW (find_row (GTK_WIDGET (preferences),
                                                              "_Spelling"))), ==,
                   "US and British English");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (get_row_control (
    preferences, "Only This _Section’s Findings"))));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (get_row_control (
    preferences, "Draft _Interval"))), ==, 2);
}

static void
test_open (RcWindowFixture *fixture,
           gconstpointer    data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (
    GTK_APPLICATION (rc_window_test_get_app ()), "app.preferences");
  GtkWindow *preferences = open_preferences (fixture->window);

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preferences)));
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (preferences));

  assert_rows_show_defaults (preferences);

  gtk_window_close (preferences);
  rc_ui_test_iterate ();
}

static void
test_rows_set_keys (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  GSettings *settings = get_settings ();
  GtkWindow *preferences = open_preferences (fixture->window);
  GtkWidget *section_only = get_row_control (preferences, "Only This _Section’s Findings");
  GtkSpinButton *interval = GTK_SPIN_BUTTON (get_row_control (preferences,
                                                              "Draft _Interval"));
  g_autofree char *paper = NULL;
  g_autofree char *template_ = NULL;
  g_autofree char *language = NULL;

  choose (preferences, "_Paper Size", "US Letter");
  choose (preferences, "_Template", "Modern");
  choose (preferences, "_Spelling", "British English");
  flip_switch_row (preferences, "Only This _Section’s Findings");
  gtk_spin_button_set_value (interval, 45);

  paper = g_settings_get_string (settings, "pdf-paper");
  template_ = g_settings_get_string (settings, "pdf-template");
  language = g_settings_get_string (settings, "spelling-language");
  g_assert_cmpstr (paper, ==, "letter");
  g_assert_cmpstr (template_, ==, "modern");
  g_assert_cmpstr (language, ==, "en_GB");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (section_only)));
  g_assert_true (g_settings_get_boolean (settings, "feedback-section-only"));
  g_assert_cmpuint (g_settings_get_uint (settings, "draft-interval"), ==, 45);

  /* the spin button stops where the key's range does */
  gtk_spin_button_set_value (interval, 100000);
  g_assert_cmpuint (g_settings_get_uint (settings, "draft-interval"), ==, 300);

  /* and the rows follow the keys, set elsewhere */
  g_settings_reset (settings, "pdf-paper");
  g_settings_reset (settings, "pdf-template");
  g_settings_reset (settings, "spelling-language");
  g_settings_reset (settings, "feedback-section-only");
  g_settings_reset (settings, "draft-interval");
  assert_rows_show_defaults (preferences);
  gtk_window_close (preferences);
}

/* The paper and the template: a resume that chooses neither is laid out again at once */
static void
test_paper_and_template (RcWindowFixture *fixture,
                         gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcPreview *preview = rc_window_test_show_preview (window);
  GtkWindow *preferences;
  g_autofree char *paper = NULL;
  g_autofree char *template_ = NULL;

  rc_window_test_wait_for_pages (preview);
  g_assert_true (rc_window_test_is_a4 (preview));
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "Classic"));

  preferences = open_preferences (window);
  choose (preferences, "_Paper Size", "US Letter");
  g_assert_cmpint (rc_pdf_get_default_paper (), ==, RC_PDF_PAPER_LETTER);
  paper = rc_window_test_dup_string (window, "paper");
  g_assert_cmpstr (paper, ==, "letter");
  rc_ui_test_wait_until (rc_window_test_is_letter, preview);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "US Letter"));

  choose (preferences, "_Template", "Compact");
  template_ = rc_window_test_dup_string (window, "template");
  g_assert_cmpstr (template_, ==, "compact");
  rc_ui_test_wait_until (rc_window_test_has_pages, preview);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "Compact"));

  /* the resume itself chooses nothing: it follows the defaults */
  g_assert_null (rc_document_get_string (rc_window_get_document (window),
                                         "/meta/resumeCoach/paper"));
  g_assert_null (rc_document_get_string (rc_window_get_document (window),
                                         "/meta/resumeCoach/template"));
  g_assert_false (rc_document_get_modified (rc_window_get_document (window)));

  /* "Automatic" is the locale's paper again (C.UTF-8: A4) */
  choose (preferences, "_Paper Size", "Automatic");
  choose (preferences, "_Template", "Classic");
  g_assert_cmpint (rc_pdf_get_default_paper (), ==, RC_PDF_PAPER_A4);
  rc_ui_test_wait_until (rc_window_test_is_a4, preview);
  gtk_window_close (preferences);
}

static gboolean
flags_colour (gpointer data)
{
  const RcFinding *finding = rc_window_test_find_finding (data, "spelling.word",
                                                          DUTY_BULLET);

  return finding != NULL && g_strcmp0 (finding->match, "colour") == 0;
}

/* US English alone flags a British spelling the default takes; the open resume is checked
 * again at once, with no edit */
static void
test_spelling_language (RcWindowFixture *fixture,
                        gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autoptr(GError) error = NULL;
  GtkWindow *preferences;

  rc_document_set_string (rc_window_get_document (window), DUTY_BULLET, BRITISH_BULLET,
                          &error);
  g_assert_no_error (error);
  rc_window_check_now (window);
  g_assert_false (flags_colour (window));

  preferences = open_preferences (window);
  choose (preferences, "_Spelling", "US English");
  g_assert_true (flags_colour (window));
  g_assert_cmpstr (rc_window_test_find_finding (window, "spelling.word", DUTY_BULLET)->fix, ==,
                   "color");

  choose (preferences, "_Spelling", "British English");
  g_assert_false (flags_colour (window));
  choose (preferences, "_Spelling", "US and British English");
  g_assert_false (flags_colour (window));
  gtk_window_close (preferences);
}

/* how long after now the pending draft is written, in seconds */
static double
seconds_to_draft (RcWindow *window)
{
  gint64 due = rc_autosave_get_draft_due (window->autosave);

  g_assert_cmpint (due, >, 0);
  return (due - g_get_monotonic_time ()) / (double) G_USEC_PER_SEC;
}

static void
edit_label (RcWindow   *window,
            const char *text)
{
  RcField *field = rc_window_lookup_field (window, "/basics/label");
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (field)), text, -1, &position);
}

/* The draft waits the interval after the last edit; a new interval applies to a pending one */
static void
test_draft_interval (RcWindowFixture *fixture,
                     gconstpointer    data)
{
  RcWindow *window = fixture->window;
  GtkWindow *preferences;
  GtkSpinButton *interval;

  g_assert_cmpint (rc_autosave_get_draft_due (window->autosave), ==, 0);
  edit_label (window, " (Go)");
  g_assert_cmpfloat (seconds_to_draft (window), >, 1);
  g_assert_cmpfloat (seconds_to_draft (window), <=, 2);

  preferences = open_preferences (window);
  interval = GTK_SPIN_BUTTON (get_row_control (preferences, "Draft _Interval"));
  gtk_spin_button_set_value (interval, 60);
  g_assert_cmpfloat (seconds_to_draft (window), >, 59);
  g_assert_cmpfloat (seconds_to_draft (window), <=, 60);
  edit_label (window, "!");
  g_assert_cmpfloat (seconds_to_draft (window), >, 59);

  gtk_spin_button_set_value (interval, 2);
  g_assert_cmpfloat (seconds_to_draft (window), <=, 2);
  gtk_window_close (preferences);
}

/* The pages of the findings the panel lists; -1 for one about no page */
static GArray *
list_pages (RcWindow *window)
{
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (int));
  GtkWidget *list = rc_ui_test_find_type (panel, GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (RC_IS_FINDING_ROW (row))
      {
        const RcFinding *finding = rc_finding_row_get_finding (RC_FINDING_ROW (row));
        int page = rc_page_for_pointer (rc_section_pointer_for_finding (finding));

        g_array_append_val (pages, page);
      }
  return pages;
}

/* Whether the panel lists only findings on @page, and at least one */
static gboolean
lists_only (RcWindow *window,
            int       page)
{
  g_autoptr(GArray) pages = list_pages (window);

  for (guint i = 0; i < pages->len; i++)
    if (g_array_index (pages, int, i) != page)
      return FALSE;
  return pages->len > 0;
}

static void
test_section_only (RcWindowFixture *fixture,
                   gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcReport *report = rc_window_get_report (window);
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  g_autofree char *score = g_strdup_printf ("%u", rc_report_get_score (report));
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) again = NULL;
  GtkWindow *preferences;
  gboolean other_pages = FALSE;

  rc_window_select_section (window, RC_PAGE_EXPERIENCE);
  rc_ui_test_iterate ();
  all = list_pages (window);
  for (guint i = 0; i < all->len; i++)
    other_pages |= g_array_index (all, int, i) != RC_PAGE_EXPERIENCE;
  g_assert_true (other_pages);

  preferences = open_preferences (window);
  flip_switch_row (preferences, "Only This _Section’s Findings");
  gtk_window_close (preferences);
  rc_ui_test_iterate ();
  g_assert_true (lists_only (window, RC_PAGE_EXPERIENCE));
  /* the score is the whole resume's still */
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel, score), panel));

  /* it follows the section the editor shows */
  rc_window_select_section (window, RC_PAGE_SKILLS);
  rc_ui_test_iterate ();
  g_assert_true (lists_only (window, RC_PAGE_SKILLS));

  /* a section with nothing to fix says so, not that the whole resume is clean */
  rc_window_select_section (window, RC_PAGE_CERTIFICATES);
  rc_ui_test_iterate ();
  none = list_pages (window);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (panel,
                                                             "Nothing to fix in this section"),
                                      panel));

  g_settings_reset (get_settings (), "feedback-section-only");
  rc_ui_test_iterate ();
  again = list_pages (window);
  g_assert_cmpuint (again->len, ==, all->len);
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);
  rc_window_test_add ("/ui/preferences/open", test_open);
  rc_window_test_add ("/ui/preferences/rows-set-keys", test_rows_set_keys);
  rc_window_test_add ("/ui/preferences/paper-and-template", test_paper_and_template);
  rc_window_test_add ("/ui/preferences/spelling-language", test_spelling_language);
  rc_window_test_add ("/ui/preferences/draft-interval", test_draft_interval);
  rc_window_test_add ("/ui/preferences/section-only", test_section_only);
  return rc_window_test_run ();
}
