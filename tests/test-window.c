/* test-window.c — the whole window on the sample resume: edit, see feedback, fix, save
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-coach-state.h"
#include "rc-entry-editor.h"
#include "rc-feedback-panel.h"
#include "rc-section-editor.h"
#include "rc-tips-window.h"
#include "rc-window-test-util.h"

/* How many labels under @widget, shown or not, read @text */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint count = 0;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    count++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_labels (child, text);
  return count;
}

/* Whether every character from @start to @end of the first line carries @level's underline */
static gboolean
is_underlined (RcField *field,
               RcLevel  level,
               guint    start,
               guint    end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  static const char *names[] = { "rc-suggestion", "rc-warning", "rc-error" };
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                               names[level]);

  g_assert_nonnull (tag);
  for (guint offset = start; offset < end; offset++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
      if (!gtk_text_iter_has_tag (&iter, tag))
        return FALSE;
    }
  return TRUE;
}

static void
test_feedback_updates (RcWindowFixture *fixture,
                       gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcField *field = rc_window_lookup_field (window, DUTY_BULLET);
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  const RcFinding *finding;
  g_autofree char *message = NULL;
  guint score_with_duty, n_rows;

  g_assert_nonnull (field);
  g_assert_nonnull (panel);
  g_assert_null (rc_window_test_find_finding (window, "achievement.duty-phrase", DUTY_BULLET));

  /* type a duty into the first bullet */
  rc_window_test_retype_line (field, 0, "Responsible for the billing service");
  g_assert_cmpstr (rc_document_get_string (document, DUTY_BULLET), ==,
                   "Responsible for the billing service");
  rc_window_test_wait_for_check (window);

  finding = rc_window_test_find_finding (window, "achievement.duty-phrase", DUTY_BULLET);
  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->start, ==, 0);
  g_assert_cmpuint (finding->end, ==, strlen ("Responsible for"));
  message = g_strdup (finding->message);
  score_with_duty = rc_report_get_score (rc_window_get_report (window));

  /* the panel lists it, and the editor underlines its exact span */
  n_rows = rc_window_test_count_containing (panel, message);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_true (is_underlined (field, finding->level, 0, finding->end));

  /* fix the bullet: the finding goes, the score rises */
  rc_window_test_retype_line (field, 0,
                              "Cut failed card payments by 30% by rebuilding billing retries in Go");
  rc_window_test_wait_for_check (window);
  g_assert_null (rc_window_test_find_finding (window, "achievement.duty-phrase", DUTY_BULLET));
  g_assert_cmpuint (rc_window_test_count_containing (panel, message), ==, n_rows - 1);
  g_assert_cmpuint (rc_report_get_score (rc_window_get_report (window)), >, score_with_duty);
  g_assert_false (is_underlined (field, RC_LEVEL_WARNING, 0, strlen ("Cut failed")));
}

static void
test_pages_after_typing (RcWindowFixture *fixture,
                         gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcField *field = rc_window_lookup_field (window, DUTY_BULLET);
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  g_autoptr(GString) text = g_string_new (NULL);
  const RcFinding *finding;

  g_assert_nonnull (field);
  g_assert_null (rc_window_test_find_finding (window, "length.pages", NULL));

  /* a bullet that pushes the sample onto a second page: the keystroke's check leaves the
   * page count for later */
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "Cut p99 latency of the rates API from 850 ms to 190 ms. ");
  rc_window_test_retype_line (field, 0, text->str);
  rc_window_check_now (window);
  g_assert_true (rc_report_get_pages_pending (rc_window_get_report (window)));
  g_assert_null (rc_window_test_find_finding (window, "length.pages", NULL));

  /* once the main loop is idle, the pages are counted and the panel says so */
  rc_ui_test_iterate ();
  g_assert_false (rc_report_get_pages_pending (rc_window_get_report (window)));
  finding = rc_window_test_find_finding (window, "length.pages", "");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "2 pages"));
  g_assert_cmpuint (rc_window_test_count_containing (panel, finding->message), >, 0);
}

static void
test_entry_notes (RcWindowFixture *fixture,
                  gconstpointer    data)
{
  RcWindow *window = fixture->window;
  const RcFinding *no_link = rc_window_test_find_finding (window, "projects.no-link", NULL);
  g_autofree char *pointer = NULL;
  g_autofree char *message = NULL;
  GtkWidget *card;
  RcField *url;

  /* a finding about a whole project is listed in its card */
  g_assert_nonnull (no_link);
  message = g_strdup (no_link->message);
  pointer = g_strconcat (no_link->pointer, "/name", NULL);
  card = gtk_widget_get_ancestor (GTK_WIDGET (rc_window_lookup_field (window, pointer)),
                                  RC_TYPE_ENTRY_EDITOR);
  g_assert_nonnull (card);
  g_assert_cmpuint (count_labels (card, message), ==, 1);

  /* clicking it in the panel brings the card into view and focuses it */
  rc_window_select_section (window, RC_PAGE_CONTACT);
  rc_window_reveal_finding (window, no_link);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), card));

  /* adding the link takes it away */
  g_free (pointer);
  pointer = g_strconcat (no_link->pointer, "/url", NULL);
  url = rc_window_lookup_field (window, pointer);
  gtk_editable_set_text (GTK_EDITABLE (rc_field_get_control (url)),
                         "https://github.com/emarsh-dev/pg-replay");
  rc_window_test_wait_for_check (window);
  g_assert_null (rc_window_test_find_finding (window, "projects.no-link", NULL));
  g_assert_cmpuint (count_labels (card, message), ==, 0);
}

static void
test_reveal_finding (RcWindowFixture *fixture,
                     gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcField *field = rc_window_lookup_field (window, DUTY_BULLET);
  GtkWidget *view = rc_field_get_control (field);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  g_autofree char *selected = NULL;
  GtkTextIter start, end;
  RcFinding *finding;

  rc_window_select_section (window, RC_PAGE_CONTACT);
  rc_window_test_retype_line (field, 0, "Responsible for the billing service");
  rc_window_test_wait_for_check (window);
  finding = rc_finding_copy (rc_window_test_find_finding (window, "achievement.duty-phrase",
                                                          DUTY_BULLET));

  /* what a click on the finding's row does */
  g_signal_emit_by_name (panel, "finding-activated", finding);
  rc_ui_test_iterate ();

  g_assert_true (gtk_widget_is_ancestor (view, gtk_stack_get_visible_child (
    GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (field), GTK_TYPE_STACK)))));
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "Responsible for");
  rc_finding_free (finding);
}

/* The first shown badge in the sections sidebar whose tooltip starts with @words */
static GtkWidget *
find_badge (GtkWidget  *widget,
            const char *words)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "badge") &&
      gtk_widget_get_visible (widget) && tooltip != NULL && g_str_has_prefix (tooltip, words))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_badge (child, words);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A new resume: what is missing is counted on its section, listed in its card, and a click
 * on the finding goes there */
static void
test_missing_parts (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  RcWindow *window = fixture->window;
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  RcField *name;
  g_autoptr(RcFinding) finding = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  rc_ui_test_iterate ();
  g_assert_null (rc_document_get (rc_window_get_document (window), "/basics/name"));
  g_assert_nonnull (rc_window_test_find_finding (window, "contact.missing-name", NULL));
  finding = rc_finding_copy (rc_window_test_find_finding (window, "contact.missing-name", NULL));

  /* Contact's badge counts the missing name and email */
  g_assert_nonnull (find_badge (GTK_WIDGET (window), "2 errors"));
  /* the Contact card lists it, as well as the panel (and maybe its score breakdown) */
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), finding->message), >=, 2);

  /* from another section, a click on the finding shows Contact's first field */
  rc_window_select_section (window, RC_PAGE_SKILLS);
  g_signal_emit_by_name (panel, "finding-activated", finding);
  rc_ui_test_iterate ();
  name = rc_window_lookup_field (window, "/basics/name");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (name)));
}

static RcSectionEditor *
section_editor (RcWindow   *window,
                const char *pointer)
{
  RcField *field;
  GtkWidget *editor;
  g_autofree char *first = g_strconcat (pointer, "/0/name", NULL);

  field = rc_window_lookup_field (window, first);
  g_assert_nonnull (field);
  editor = gtk_widget_get_ancestor (GTK_WIDGET (field), RC_TYPE_SECTION_EDITOR);
  g_assert_nonnull (editor);
  return RC_SECTION_EDITOR (editor);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  rc_ui_test_iterate ();
}

static void
test_edit_entries_and_save (RcWindowFixture *fixture,
                            gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;
  RcDocument *document;
  RcSectionEditor *work;
  GPtrArray *entries;
  RcField *field;
  g_autofree char *first_company = NULL;
  g_autofree char *second_company = NULL;
  g_autofree char *third_company = NULL;
  g_autofree char *moved_bullet = NULL;
  g_autofree char *project_name = NULL;
  guint n_jobs, n_projects, n_bullets;

  rc_window_test_open_and_wait (window, file);
  document = rc_window_get_document (window);
  n_jobs = rc_document_get_length (document, "/work");
  n_projects = rc_document_get_length (document, "/projects");
  g_assert_cmpuint (n_jobs, >=, 3);
  first_company = g_strdup (rc_document_get_string (document, "/work/0/name"));
  second_company = g_strdup (rc_document_get_string (document, "/work/1/name"));
  third_company = g_strdup (rc_document_get_string (document, "/work/2/name"));

  /* reorder: the second job moves up with its button */
  work = section_editor (window, "/work");
  entries = rc_section_editor_get_entries (work);
  click (find_button (g_ptr_array_index (entries, 1), "go-up-symbolic"));
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/name"), ==, second_company);

  /* remove: the third job goes */
  click (find_button (g_ptr_array_index (entries, 2), "user-trash-symbolic"));
  g_assert_cmpuint (rc_document_get_length (document, "/work"), ==, n_jobs - 1);

  /* add: a project, typed in */
  rc_section_editor_add_entry (section_editor (window, "/projects"));
  project_name = g_strdup_printf ("/projects/%u/name", n_projects);
  field = rc_window_lookup_field (window, project_name);
  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (rc_field_get_control (field)), "ledger-lint");

  /* bullets: move the second bullet of the first job up with Alt+Up's action */
  field = rc_window_lookup_field (window, "/work/0/highlights");
  moved_bullet = g_strdup (rc_document_get_string (document, "/work/0/highlights/1"));
  {
    GtkTextView *view = GTK_TEXT_VIEW (rc_field_get_control (field));
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_line (gtk_text_view_get_buffer (view), &iter, 1);
    gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (view), &iter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bullets.move-up", NULL));
  }
  /* and remove the last bullet by deleting its line */
  n_bullets = rc_document_get_length (document, "/work/0/highlights");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_line (buffer, &start, (int) n_bullets - 2);
    gtk_text_iter_forward_to_line_end (&start);
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  }
  g_assert_cmpuint (rc_document_get_length (document, "/work/0/highlights"), ==, n_bullets - 1);

  rc_window_test_save_and_wait (window);

  /* the saved resume is the most recent one */
  {
    g_auto(GStrv) recent = rc_application_dup_recent (rc_window_test_get_app ());
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_nonnull (recent[0]);
    g_assert_cmpstr (recent[0], ==, uri);
  }

  reopened = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rc_document_get_length (reopened, "/work"), ==, n_jobs - 1);
  g_assert_cmpstr (rc_document_get_string (reopened, "/work/0/name"), ==, second_company);
  g_assert_cmpstr (rc_document_get_string (reopened, "/work/1/name"), ==, first_company);
  g_assert_cmpuint (rc_document_get_length (reopened, "/projects"), ==, n_projects + 1);
  g_assert_cmpstr (rc_document_get_string (reopened, "/work/0/highlights/0"), ==, moved_bullet);
  g_assert_cmpuint (rc_document_get_length (reopened, "/work/0/highlights"), ==, n_bullets - 1);
  for (guint i = 0; i < rc_document_get_length (reopened, "/work"); i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/%u/name", i);

      g_assert_cmpstr (rc_document_get_string (reopened, pointer), !=, third_company);
    }
}

static void
test_title_and_marker (RcWindowFixture *fixture,
                       gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcField *field = rc_window_lookup_field (window, "/basics/label");
  g_autofree char *path = g_build_filename (fixture->dir, "elena.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  int position = -1;

  /* the sample was never saved: its title is the person's name */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Elena Marsh — Resume Coach");
  g_assert_false (rc_document_get_modified (rc_window_get_document (window)));

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (field)), " (Go)", -1, &position);
  g_assert_true (rc_document_get_modified (rc_window_get_document (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "*Elena Marsh — Resume Coach");

  /* once saved, the file names the window and the marker goes */
  g_assert_true (rc_document_save (rc_window_get_document (window), file, NULL, &error));
  g_assert_no_error (error);
  rc_window_test_open_and_wait (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "elena.json — Resume Coach");
}

/* Typing and undoing it leaves the resume as it was: no marker, nothing to ask on close */
static void
test_undo_clears_marker (RcWindowFixture *fixture,
                         gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcField *field = rc_window_lookup_field (window, "/basics/label");
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (rc_field_get_control (field))));
  g_autofree char *label = g_strdup (rc_document_get_string (document, "/basics/label"));
  int position = -1;

  g_assert_true (GTK_IS_TEXT (text));
  g_assert_false (rc_document_get_modified (document));

  gtk_editable_insert_text (GTK_EDITABLE (text), " (Go)", -1, &position);
  rc_ui_test_iterate ();
  g_assert_true (rc_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "*Elena Marsh — Resume Coach");

  g_assert_true (gtk_widget_activate_action (text, "text.undo", NULL));
  rc_ui_test_iterate ();
  g_assert_cmpstr (rc_document_get_string (document, "/basics/label"), ==, label);
  g_assert_false (rc_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Elena Marsh — Resume Coach");
}

static void
test_learn_more (RcWindowFixture *fixture,
                 gconstpointer    data)
{
  RcWindow *window = fixture->window;
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  const RcFinding *finding = NULL;
  GPtrArray *findings = rc_report_get_findings (rc_window_get_report (window));
  RcTipsWindow *tips;

  for (guint i = 0; i < findings->len && finding == NULL; i++)
    if (((RcFinding *) g_ptr_array_index (findings, i))->tip != NULL)
      finding = g_ptr_array_index (findings, i);
  g_assert_nonnull (finding);

  g_signal_emit_by_name (panel, "learn-more", finding);
  rc_ui_test_iterate ();
  tips = rc_tips_window_find (GTK_WINDOW (window));
  g_assert_nonnull (tips);
  g_assert_cmpstr (rc_tips_window_get_entry_id (tips), ==, finding->tip);
  gtk_window_destroy (GTK_WINDOW (tips));

  /* F1 opens the guide too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tips", NULL));
  rc_ui_test_iterate ();
  tips = rc_tips_window_find (GTK_WINDOW (window));
  g_assert_nonnull (tips);
  gtk_window_destroy (GTK_WINDOW (tips));
}

static void
test_job_description (RcWindowFixture *fixture,
                      gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *job = NULL;
  const RcAtsMatch *ats;

  /* without a job description there is no match to show */
  job = rc_coach_state_dup_job (rc_window_get_document (window));
  if (job != NULL)
    {
      rc_coach_state_set_job (rc_window_get_document (window), NULL);
      rc_window_test_wait_for_check (window);
    }
  g_assert_null (rc_report_get_ats (rc_window_get_report (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", NULL));
  rc_coach_state_set_job (rc_window_get_document (window),
                          "Senior Backend Engineer. We use Go, PostgreSQL, Kafka and gRPC on AWS. "
                          "Experience with Terraform and Kubernetes required.");
  rc_window_test_wait_for_check (window);

  ats = rc_report_get_ats (rc_window_get_report (window));
  g_assert_nonnull (ats);
  g_assert_nonnull (ats->matched);
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Go"));
}

static gboolean
has_tooltip_starting (GtkWidget  *widget,
                      const char *text)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_tooltip_text (widget) != NULL &&
         g_str_has_prefix (gtk_widget_get_tooltip_text (widget), text);
}

/* The button under @widget whose tooltip starts with @text */
static GtkWidget *
find_button_by_tooltip (GtkWidget  *widget,
                        const char *text)
{
  return rc_ui_test_find (widget, has_tooltip_starting, text);
}

static gboolean
focus_is_text (gpointer data)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (data));

  return GTK_IS_TEXT_VIEW (focus) || GTK_IS_TEXT (focus);
}

static guint
ats_match (RcWindow *window)
{
  const RcAtsMatch *ats = rc_report_get_ats (rc_window_get_report (window));

  g_assert_nonnull (ats);
  return ats->match;
}

/* A missing keyword's chip is a button a keyboard reaches: it adds the skill to Skills as an
 * edit Undo takes back, and the match rises; the chip beside it shows the bullet it may
 * belong in */
static void
test_job_add_skill (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  const RcAtsMatch *ats;
  GtkWidget *button, *jump;
  guint before, skills_before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", NULL));
  rc_coach_state_set_job (document, "Platform Engineer\nRequirements:\n- Kubernetes\n- Nomad\n"
                                    "- Terraform\n- Helm\n");
  rc_window_test_wait_for_check (window);
  ats = rc_report_get_ats (rc_window_get_report (window));
  g_assert_true (g_strv_contains ((const char * const *) ats->missing, "Nomad"));
  before = ats->match;
  skills_before = rc_document_get_length (document, "/skills");

  button = find_button_by_tooltip (GTK_WIDGET (window), "Add “Nomad” to your skills");
  g_assert_nonnull (button);
  g_assert_true (rc_ui_test_is_shown (button, GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (gtk_widget_grab_focus (button));
  /* Helm is missing too, and the bullet about Kubernetes is where it may belong */
  jump = find_button_by_tooltip (GTK_WIDGET (window), "Show the bullet about Kubernetes");
  g_assert_nonnull (jump);

  /* Enter on the focused chip */
  g_assert_true (gtk_widget_activate (button));
  rc_window_test_wait_for_check (window);
  g_assert_cmpuint (ats_match (window), >, before);
  ats = rc_report_get_ats (rc_window_get_report (window));
  g_assert_false (g_strv_contains ((const char * const *) ats->missing, "Nomad"));
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Nomad"));
  g_assert_null (find_button_by_tooltip (GTK_WIDGET (window), "Add “Nomad”"));
  /* the keyboard goes on with the next gap, not back to the window's start */
  g_assert_nonnull (find_button_by_tooltip (gtk_window_get_focus (GTK_WINDOW (window)), "Add “"));

  g_assert_nonnull (rc_window_test_find_toast (window, "Added “Nomad” to Skills"));
  rc_window_test_click_toast_undo (window);
  rc_window_test_wait_for_check (window);
  g_assert_cmpuint (ats_match (window), ==, before);
  g_assert_cmpuint (rc_document_get_length (document, "/skills"), ==, skills_before);

  /* the other chip shows that bullet */
  jump = find_button_by_tooltip (GTK_WIDGET (window), "Show the bullet about Kubernetes");
  g_assert_true (gtk_widget_activate (jump));
  rc_ui_test_wait_until (focus_is_text, window);
}

static gboolean
has_action (GtkWidget  *widget,
            const char *action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The header bar's button for @action_name */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  return rc_ui_test_find (widget, has_action, action_name);
}

static gboolean
is_label_starting (GtkWidget  *widget,
                   const char *text)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* The label under @widget that starts with @text */
static GtkWidget *
find_label_starting (GtkWidget  *widget,
                     const char *text)
{
  return rc_ui_test_find (widget, is_label_starting, text);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* With recent resumes the welcome page is taller than a small window: its text still wraps
 * in the status page's readable column instead of running across the window */
static void
test_welcome_layout (RcWindowFixture *fixture,
                     gconstpointer    data)
{
  GSettings *settings = rc_application_get_settings (rc_window_test_get_app ());
  g_autofree char *path = rc_test_sample_path ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  const char *recent[] = { uri, NULL };
  g_auto(GStrv) saved = g_settings_get_strv (settings, "recent-files");
  RcWindow *window;
  GtkWidget *text;

  g_settings_set_strv (settings, "recent-files", recent);
  window = rc_window_new (rc_window_test_get_app ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_present (GTK_WINDOW (window));
  text = find_label_starting (GTK_WIDGET (window), "Write a software engineering resume");
  g_assert_nonnull (text);
  rc_ui_test_wait_until (is_allocated, text);
  rc_ui_test_iterate ();

  g_assert_cmpint (gtk_widget_get_width (text), <=, 600);
  g_assert_nonnull (find_label_starting (GTK_WIDGET (window), "backend-engineer.json"));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_settings_set_strv (settings, "recent-files", (const char * const *) saved);
}

/* the header's button for @action_name */
static GtkWidget *
header_button (RcWindow   *window,
               const char *action_name)
{
  return find_action_button (rc_ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR),
                             action_name);
}

static void
test_welcome_and_new (RcWindowFixture *fixture,
                      gconstpointer    data)
{
  RcWindow *window = rc_window_new (rc_window_test_get_app ());
  RcDocument *sample;
  int position = -1;

  /* no resume: the welcome page, and nothing to save or export */
  gtk_window_present (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_assert_null (rc_window_get_document (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Resume Coach");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL) &&
                  rc_window_get_document (window) != NULL);
  g_assert_false (gtk_widget_get_visible (header_button (window, "win.save")));
  g_assert_false (gtk_widget_get_visible (header_button (window, "win.show-job")));

  /* try the sample: a resume never saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  sample = rc_window_get_document (window);
  g_assert_nonnull (sample);
  g_assert_null (rc_window_get_file (window));
  g_assert_false (rc_document_get_modified (sample));
  g_assert_nonnull (rc_window_get_report (window));
  g_assert_true (gtk_widget_get_visible (header_button (window, "win.save")));

  /* New with unsaved changes asks first; Cancel keeps everything */
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_nonnull (rc_window_test_find_dialog (window));
  rc_window_test_respond (window, "cancel");
  rc_ui_test_iterate ();
  g_assert_null (rc_window_test_find_dialog (window));
  g_assert_true (rc_window_get_document (window) == sample);

  /* …and Discard starts the new resume */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  rc_window_test_respond (window, "discard");
  rc_ui_test_iterate ();
  g_assert_true (rc_window_get_document (window) != sample);
  g_assert_null (rc_document_get (rc_window_get_document (window), "/basics/name"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Resume — Resume Coach");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
}

static void
test_close_asks (RcWindowFixture *fixture,
                 gconstpointer    data)
{
  RcWindow *window = fixture->window;
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);

  /* Ctrl+W with unsaved changes: the window stays and asks */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (rc_window_test_find_dialog (window));
  rc_window_test_respond (window, "cancel");
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (rc_document_get_modified (rc_window_get_document (window)));
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* (transfer full): a new window on @file, with an edit not saved */
static RcWindow *
open_modified (GFile *file)
{
  RcWindow *window = rc_window_new (rc_window_test_get_app ());
  int position = -1;

  gtk_window_present (GTK_WINDOW (window));
  rc_window_test_open_and_wait (window, file);
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), " (edited)", -1, &position);
  return g_object_ref (window);
}

/* Closing a modified resume asks: Save is the suggested default, Discard the destructive
 * choice, Escape cancels; and each does what it says */
static void
test_close_responses (RcWindowFixture *fixture,
                      gconstpointer    data)
{
  g_autofree char *path = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *original = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(RcWindow) discarded = NULL;
  g_autoptr(RcWindow) window = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  discarded = open_modified (file);
  gtk_window_close (GTK_WINDOW (discarded));
  dialog = rc_window_test_find_dialog (discarded);
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Save changes to “"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "If you don’t save, your changes will be lost.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==, "_Save");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_SUGGESTED);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "cancel"), ==,
                   ADW_RESPONSE_DEFAULT);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  /* Cancel: the window stays, with its edit */
  rc_window_test_respond (discarded, "cancel");
  rc_ui_test_iterate ();
  g_assert_null (rc_window_test_find_dialog (discarded));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (discarded)));
  g_assert_true (rc_document_get_modified (rc_window_get_document (discarded)));

  /* Discard: the window goes and the file is as it was */
  gtk_window_close (GTK_WINDOW (discarded));
  rc_window_test_respond (discarded, "discard");
  rc_ui_test_wait_until (is_hidden, discarded);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, original);

  /* Save: the file gets the edit, then the window goes */
  window = open_modified (file);
  gtk_window_close (GTK_WINDOW (window));
  rc_window_test_respond (window, "save");
  rc_ui_test_wait_until (is_hidden, window);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, " (edited)"));
}

/* A choice of template says so in a toast with an Undo; the next message replaces it, and
 * Undo takes back only what that one says */
static void
test_toast (RcWindowFixture *fixture,
            gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  g_autoptr(GError) error = NULL;
  RcSectionEditor *work;
  GtkWidget *toast;
  guint n_jobs;

  g_assert_null (rc_window_test_find_toast (window, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.template", "s",
                                             "compact"));
  toast = rc_window_test_find_toast (window, "Template: Compact");
  g_assert_true (rc_ui_test_is_shown (toast, GTK_WIDGET (window)));
  g_assert_nonnull (rc_window_test_find_toast_undo (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paper", "s", "letter"));
  g_assert_nonnull (rc_window_test_find_toast (window, "Paper: US Letter"));
  g_assert_null (rc_window_test_find_toast (window, "Template: Compact"));

  rc_window_test_click_toast_undo (window);
  rc_ui_test_iterate ();
  g_assert_null (rc_document_get_string (document, "/meta/resumeCoach/paper"));
  g_assert_cmpstr (rc_document_get_string (document, "/meta/resumeCoach/template"), ==,
                   "compact");
  g_assert_null (rc_window_test_find_toast (window, NULL));

  /* a removed job comes back where it was, whole; its name shows as typed, & and all */
  g_assert_true (rc_document_set_string (document, "/work/0/name", "Barnes & Noble", &error));
  g_assert_no_error (error);
  n_jobs = rc_document_get_length (document, "/work");
  work = section_editor (window, "/work");
  click (find_button (g_ptr_array_index (rc_section_editor_get_entries (work), 0),
                      "user-trash-symbolic"));
  g_assert_cmpuint (rc_document_get_length (document, "/work"), ==, n_jobs - 1);
  toast = rc_window_test_find_toast (window, NULL);
  g_assert_nonnull (toast);
  g_assert_cmpuint (rc_window_test_count_containing (toast, "Barnes & Noble"), ==, 1);
  rc_window_test_click_toast_undo (window);
  g_assert_cmpuint (rc_document_get_length (document, "/work"), ==, n_jobs);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/name"), ==, "Barnes & Noble");
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);

  rc_window_test_add ("/ui/window/feedback-updates", test_feedback_updates);
  rc_window_test_add ("/ui/window/pages-after-typing", test_pages_after_typing);
  rc_window_test_add ("/ui/window/reveal-finding", test_reveal_finding);
  rc_window_test_add ("/ui/window/missing-parts", test_missing_parts);
  rc_window_test_add ("/ui/window/entry-notes", test_entry_notes);
  rc_window_test_add ("/ui/window/edit-entries-and-save", test_edit_entries_and_save);
  rc_window_test_add ("/ui/window/title-and-marker", test_title_and_marker);
  rc_window_test_add ("/ui/window/undo-clears-marker", test_undo_clears_marker);
  rc_window_test_add ("/ui/window/job-description", test_job_description);
  rc_window_test_add ("/ui/window/job-add-skill", test_job_add_skill);
  rc_window_test_add ("/ui/window/learn-more", test_learn_more);

  rc_window_test_add ("/ui/window/welcome-and-new", test_welcome_and_new);
  rc_window_test_add ("/ui/window/welcome-layout", test_welcome_layout);
  rc_window_test_add ("/ui/window/close-asks", test_close_asks);
  rc_window_test_add ("/ui/window/close-responses", test_close_responses);
  rc_window_test_add ("/ui/window/toast", test_toast);

  return rc_window_test_run ();
}
