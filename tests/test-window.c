/* test-window.c — the whole window on the sample resume: edit, see feedback, fix, save
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sys/stat.h>

#include "rc-application.h"
#include "rc-coach-state.h"
#include "rc-entry-editor.h"
#include "rc-feedback-panel.h"
#include "rc-section-editor.h"
#include "rc-tips-window.h"
#include "rc-ui-test-util.h"
#include "rc-window.h"

#define DUTY_BULLET "/work/0/highlights/0"

static RcApplication *app;

typedef struct
{
  RcWindow *window;
  char     *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("rc-window-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->window = rc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rc_window_open_sample (fixture->window));
  rc_ui_test_iterate ();
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (window))
        g_ptr_array_add (dialogs, window);
    }
  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_destroy (g_ptr_array_index (dialogs, i));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  RcDocument *document = fixture->window != NULL ? rc_window_get_document (fixture->window)
                                                  : NULL;

  close_dialogs ();
  /* nothing to ask about: the test is over */
  if (document != NULL)
    rc_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rc_ui_test_iterate ();
  rc_ui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* How many labels under @widget, shown or not, contain @text */
static guint
count_labels_containing (GtkWidget  *widget,
                         const char *text)
{
  guint count = 0;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    count++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_labels_containing (child, text);
  return count;
}

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

static const RcFinding *
find_finding (RcWindow   *window,
              const char *rule_id,
              const char *pointer)
{
  GPtrArray *findings = rc_report_get_findings (rc_window_get_report (window));

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule_id, rule_id) &&
          (pointer == NULL || g_str_equal (finding->pointer, pointer)))
        return finding;
    }
  return NULL;
}

/* Replaces the text of line @line in the bullets of @field as typing would */
static void
retype_line (RcField    *field,
             int         line,
             const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive (buffer, &start, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
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

typedef struct
{
  RcWindow *window;
  RcReport *before;
} ReportWait;

static gboolean
report_changed (gpointer data)
{
  ReportWait *wait = data;

  return rc_window_get_report (wait->window) != wait->before;
}

/* The check runs before the next frame; the main loop gets there without a timer */
static void
wait_for_check (RcWindow *window)
{
  ReportWait wait = { window, rc_window_get_report (window) };

  rc_ui_test_wait_until (report_changed, &wait);
}

static void
test_feedback_updates (Fixture       *fixture,
                       gconstpointer  data)
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
  g_assert_null (find_finding (window, "achievement.duty-phrase", DUTY_BULLET));

  /* type a duty into the first bullet */
  retype_line (field, 0, "Responsible for the billing service");
  g_assert_cmpstr (rc_document_get_string (document, DUTY_BULLET), ==,
                   "Responsible for the billing service");
  wait_for_check (window);

  finding = find_finding (window, "achievement.duty-phrase", DUTY_BULLET);
  g_assert_nonnull (finding);
  g_assert_cmpuint (finding->start, ==, 0);
  g_assert_cmpuint (finding->end, ==, strlen ("Responsible for"));
  message = g_strdup (finding->message);
  score_with_duty = rc_report_get_score (rc_window_get_report (window));

  /* the panel lists it, and the editor underlines its exact span */
  n_rows = count_labels_containing (panel, message);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_true (is_underlined (field, finding->level, 0, finding->end));

  /* fix the bullet: the finding goes, the score rises */
  retype_line (field, 0, "Cut failed card payments by 30% by rebuilding billing retries in Go");
  wait_for_check (window);
  g_assert_null (find_finding (window, "achievement.duty-phrase", DUTY_BULLET));
  g_assert_cmpuint (count_labels_containing (panel, message), ==, n_rows - 1);
  g_assert_cmpuint (rc_report_get_score (rc_window_get_report (window)), >, score_with_duty);
  g_assert_false (is_underlined (field, RC_LEVEL_WARNING, 0, strlen ("Cut failed")));
}

static void
test_pages_after_typing (Fixture       *fixture,
                         gconstpointer  data)
{
  RcWindow *window = fixture->window;
  RcField *field = rc_window_lookup_field (window, DUTY_BULLET);
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  g_autoptr(GString) text = g_string_new (NULL);
  const RcFinding *finding;

  g_assert_nonnull (field);
  g_assert_null (find_finding (window, "length.pages", NULL));

  /* a bullet that pushes the sample onto a second page: the keystroke's check leaves the
   * page count for later */
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "Cut p99 latency of the rates API from 850 ms to 190 ms. ");
  retype_line (field, 0, text->str);
  rc_window_check_now (window);
  g_assert_true (rc_report_get_pages_pending (rc_window_get_report (window)));
  g_assert_null (find_finding (window, "length.pages", NULL));

  /* once the main loop is idle, the pages are counted and the panel says so */
  rc_ui_test_iterate ();
  g_assert_false (rc_report_get_pages_pending (rc_window_get_report (window)));
  finding = find_finding (window, "length.pages", "");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "2 pages"));
  g_assert_cmpuint (count_labels_containing (panel, finding->message), >, 0);
}

static void
test_entry_notes (Fixture       *fixture,
                  gconstpointer  data)
{
  RcWindow *window = fixture->window;
  const RcFinding *no_link = find_finding (window, "projects.no-link", NULL);
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
  wait_for_check (window);
  g_assert_null (find_finding (window, "projects.no-link", NULL));
  g_assert_cmpuint (count_labels (card, message), ==, 0);
}

static void
test_reveal_finding (Fixture       *fixture,
                     gconstpointer  data)
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
  retype_line (field, 0, "Responsible for the billing service");
  wait_for_check (window);
  finding = rc_finding_copy (find_finding (window, "achievement.duty-phrase", DUTY_BULLET));

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
test_missing_parts (Fixture       *fixture,
                    gconstpointer  data)
{
  RcWindow *window = fixture->window;
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  RcField *name;
  g_autoptr(RcFinding) finding = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  rc_ui_test_iterate ();
  g_assert_null (rc_document_get (rc_window_get_document (window), "/basics/name"));
  g_assert_nonnull (find_finding (window, "contact.missing-name", NULL));
  finding = rc_finding_copy (find_finding (window, "contact.missing-name", NULL));

  /* Contact's badge counts the missing name and email */
  g_assert_nonnull (find_badge (GTK_WIDGET (window), "2 errors"));
  /* the Contact card lists it, as well as the panel */
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), finding->message), ==, 2);

  /* from another section, a click on the finding shows Contact's first field */
  rc_window_select_section (window, RC_PAGE_SKILLS);
  g_signal_emit_by_name (panel, "finding-activated", finding);
  rc_ui_test_iterate ();
  name = rc_window_lookup_field (window, "/basics/name");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (name)));
}

static char *
copy_sample (Fixture *fixture)
{
  g_autofree char *source = rc_test_sample_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, "resume.json", NULL);
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  RcWindow *window;
  GFile    *file;
} FileWait;

static gboolean
file_loaded (gpointer data)
{
  FileWait *wait = data;
  GFile *shown = rc_window_get_file (wait->window);

  return shown != NULL && g_file_equal (shown, wait->file);
}

static void
open_and_wait (RcWindow *window,
               GFile    *file)
{
  FileWait wait = { window, file };

  rc_window_open_file (window, file);
  rc_ui_test_wait_until (file_loaded, &wait);
  rc_ui_test_iterate ();
}

static gboolean
saved (gpointer data)
{
  return !rc_document_get_modified (rc_window_get_document (data));
}

static void
save_and_wait (RcWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_ui_test_wait_until (saved, window);
}

static void
test_fix_and_ignore_survive_reopen (Fixture       *fixture,
                                    gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *panel;
  RcField *field;
  RcFinding *fix, *ignore;
  g_autofree char *fixed_bullet = NULL;
  guint ignored;

  open_and_wait (window, file);
  panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  field = rc_window_lookup_field (window, DUTY_BULLET);

  /* "successfully" is filler with a fix (remove it); a duty phrase can only be ignored */
  retype_line (field, 0, "Successfully cut failed card payments by 30% with Go retries");
  retype_line (field, 1, "Responsible for the billing service and its 12 integrations");
  wait_for_check (window);
  fix = rc_finding_copy (find_finding (window, "style.filler", DUTY_BULLET));
  ignore = rc_finding_copy (find_finding (window, "achievement.duty-phrase",
                                          "/work/0/highlights/1"));
  g_assert_nonnull (fix);
  g_assert_nonnull (fix->fix);
  g_assert_nonnull (ignore);
  ignored = rc_report_get_ignored (rc_window_get_report (window));

  g_signal_emit_by_name (panel, "apply-fix", fix);
  wait_for_check (window);
  fixed_bullet = g_strdup (rc_document_get_string (rc_window_get_document (window), DUTY_BULLET));
  g_assert_null (strstr (fixed_bullet, "uccessfully"));
  g_assert_null (find_finding (window, "style.filler", DUTY_BULLET));
  /* the editor shows the fixed text too */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
    g_autofree char *line = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_line (buffer, &start, 0);
    end = start;
    gtk_text_iter_forward_to_line_end (&end);
    line = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (line, ==, fixed_bullet);
  }

  g_signal_emit_by_name (panel, "ignore", ignore);
  wait_for_check (window);
  g_assert_null (find_finding (window, "achievement.duty-phrase", "/work/0/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (rc_window_get_report (window)), ==, ignored + 1);

  save_and_wait (window);

  /* reopen: the fix is in the text, the ignore in the resume's coach state */
  rc_window_set_document (window, NULL, NULL);
  open_and_wait (window, file);
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window), DUTY_BULLET), ==,
                   fixed_bullet);
  g_assert_null (find_finding (window, "achievement.duty-phrase", "/work/0/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (rc_window_get_report (window)), ==, ignored + 1);
  g_assert_true (rc_coach_state_is_ignored (rc_window_get_document (window), ignore));

  rc_finding_free (fix);
  rc_finding_free (ignore);
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
test_edit_entries_and_save (Fixture       *fixture,
                            gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = copy_sample (fixture);
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

  open_and_wait (window, file);
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

  save_and_wait (window);

  /* the saved resume is the most recent one */
  {
    g_auto(GStrv) recent = rc_application_dup_recent (app);
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
test_title_and_marker (Fixture       *fixture,
                       gconstpointer  data)
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
  open_and_wait (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "elena.json — Resume Coach");
}

/* Typing and undoing it leaves the resume as it was: no marker, nothing to ask on close */
static void
test_undo_clears_marker (Fixture       *fixture,
                         gconstpointer  data)
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

static gboolean
dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == data)
        return TRUE;
    }
  return FALSE;
}

static void
test_bad_file (Fixture       *fixture,
               gconstpointer  data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcReport *report = rc_window_get_report (window);
  g_autofree char *path = g_build_filename (fixture->dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "{\"basics\": {\"name\": \"Half", -1, &error);
  g_assert_no_error (error);

  rc_window_open_file (window, file);
  rc_ui_test_wait_until (dialog_shown, window);

  /* an error dialog, and the window exactly as it was */
  g_assert_true (rc_window_get_document (window) == document);
  g_assert_true (rc_window_get_report (window) == report);
  g_assert_null (rc_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Elena Marsh — Resume Coach");
}

static GtkDialog *find_dialog (RcWindow *window);

/* What GTK does when a file is dropped on the window */
static gboolean
drop_file (RcWindow *window,
           GFile    *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
          return accepted;
        }
    }
  g_assert_not_reached ();
}

static gboolean
label_is (gpointer data)
{
  RcWindow *window = ((gpointer *) data)[0];
  const char *label = ((gpointer *) data)[1];

  return !rc_document_get_modified (rc_window_get_document (window)) &&
         g_strcmp0 (rc_document_get_string (rc_window_get_document (window), "/basics/label"),
                    label) == 0;
}

/* Another program rewrote the file since it was opened: Save asks before it replaces that;
 * Overwrite saves our version, Reload shows theirs */
static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *theirs = "{\"basics\": {\"name\": \"Elena Marsh\", \"label\": \"Theirs\"}}\n";
  g_autofree char *kept = NULL;
  g_autofree char *ours = NULL;
  int position = -1;

  open_and_wait (window, file);
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), " (ours)", -1, &position);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_ui_test_wait_until (dialog_shown, window);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, theirs);
  g_assert_true (rc_document_get_modified (rc_window_get_document (window)));

  /* Overwrite (the first of the dialog's own responses) */
  gtk_dialog_response (find_dialog (window), 1);
  rc_ui_test_wait_until (saved, window);
  g_assert_true (g_file_get_contents (path, &ours, NULL, NULL));
  g_assert_nonnull (strstr (ours, " (ours)"));

  /* again, and this time Reload: what is on disk, unmodified */
  position = -1;
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_ui_test_wait_until (dialog_shown, window);
  gtk_dialog_response (find_dialog (window), 3);
  rc_ui_test_wait_until (label_is, (gpointer[]) { window, "Theirs" });
  g_assert_null (find_dialog (window));
}

/* Dropping a JSON Resume file opens it, after asking about unsaved changes */
static void
test_drop_file (Fixture       *fixture,
                gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (drop_file (window, file));
  g_assert_nonnull (find_dialog (window));
  gtk_dialog_response (find_dialog (window), GTK_RESPONSE_REJECT);

  rc_ui_test_wait_until (file_loaded, &(FileWait) { window, file });
  g_assert_false (rc_document_get_modified (rc_window_get_document (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "resume.json — Resume Coach");
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  RcWindow *window = fixture->window;
  RcDraftStore *store = rc_application_get_draft_store (app);
  g_autofree char *resume = copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (resume);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  RcWindow *restored;
  RcDocument *document;
  RcField *field;
  GStatBuf info;
  int position = -1;

  open_and_wait (window, file);
  document = rc_window_get_document (window);
  name = g_strconcat (rc_window_get_draft_id (window), ".json", NULL);
  path = g_build_filename (rc_draft_store_get_directory (store), name, NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* two seconds after the last edit, a private draft */
  field = rc_window_lookup_field (window, "/basics/label");
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (field)), " (Go)", -1, &position);
  rc_ui_test_wait_until (file_exists, path);
  g_assert_no_errno (g_stat (path, &info));
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_no_errno (g_stat (rc_draft_store_get_directory (store), &info));
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);

  /* after a crash, the draft brings the edit back, unsaved, for the same file */
  restored = rc_window_new (app);
  g_assert_true (rc_window_restore_draft (restored, rc_window_get_draft_id (window), NULL));
  g_assert_true (rc_document_get_modified (rc_window_get_document (restored)));
  g_assert_true (g_file_equal (rc_window_get_file (restored), file));
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (restored), "/basics/label"),
                   ==, rc_document_get_string (document, "/basics/label"));
  rc_document_set_modified (rc_window_get_document (restored), FALSE);
  gtk_window_destroy (GTK_WINDOW (restored));

  /* saving makes the draft go */
  save_and_wait (window);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_learn_more (Fixture       *fixture,
                 gconstpointer  data)
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
test_job_description (Fixture       *fixture,
                      gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autofree char *job = NULL;
  const RcAtsMatch *ats;

  /* without a job description there is no match to show */
  job = rc_coach_state_dup_job (rc_window_get_document (window));
  if (job != NULL)
    {
      rc_coach_state_set_job (rc_window_get_document (window), NULL);
      wait_for_check (window);
    }
  g_assert_null (rc_report_get_ats (rc_window_get_report (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", NULL));
  rc_coach_state_set_job (rc_window_get_document (window),
                          "Senior Backend Engineer. We use Go, PostgreSQL, Kafka and gRPC on AWS. "
                          "Experience with Terraform and Kubernetes required.");
  wait_for_check (window);

  ats = rc_report_get_ats (rc_window_get_report (window));
  g_assert_nonnull (ats);
  g_assert_nonnull (ats->matched);
  g_assert_true (g_strv_contains ((const char * const *) ats->matched, "Go"));
}

static GtkDialog *
find_dialog (RcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) ==
          GTK_WINDOW (window))
        return GTK_DIALOG (toplevel);
    }
  return NULL;
}

/* The header bar's button for @action_name */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label under @widget that starts with @text */
static GtkWidget *
find_label_starting (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_starting (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* With recent resumes the welcome page is taller than a small window: its text still wraps
 * in a readable column instead of running across the window */
static void
test_welcome_layout (Fixture       *fixture,
                     gconstpointer  data)
{
  GSettings *settings = rc_application_get_settings (app);
  g_autofree char *path = rc_test_sample_path ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  const char *recent[] = { uri, NULL };
  g_auto(GStrv) saved = g_settings_get_strv (settings, "recent-files");
  RcWindow *window;
  GtkWidget *text;

  g_settings_set_strv (settings, "recent-files", recent);
  window = rc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_present (GTK_WINDOW (window));
  text = find_label_starting (GTK_WIDGET (window), "Write a software engineering resume");
  g_assert_nonnull (text);
  rc_ui_test_wait_until (is_allocated, text);
  rc_ui_test_iterate ();

  g_assert_cmpint (gtk_widget_get_width (text), <=, 540);
  g_assert_nonnull (find_label_starting (GTK_WIDGET (window), "backend-engineer.json"));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_settings_set_strv (settings, "recent-files", (const char * const *) saved);
}

static void
test_welcome_and_new (Fixture       *fixture,
                      gconstpointer  data)
{
  RcWindow *window = rc_window_new (app);
  RcDocument *sample;
  int position = -1;

  /* no resume: the welcome page, and nothing to save or export */
  gtk_window_present (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_assert_null (rc_window_get_document (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Resume Coach");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL) &&
                  rc_window_get_document (window) != NULL);
  g_assert_false (gtk_widget_get_visible (find_action_button (
    gtk_window_get_titlebar (GTK_WINDOW (window)), "win.save")));
  g_assert_false (gtk_widget_get_visible (find_action_button (
    gtk_window_get_titlebar (GTK_WINDOW (window)), "win.show-job")));

  /* try the sample: a resume never saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  sample = rc_window_get_document (window);
  g_assert_nonnull (sample);
  g_assert_null (rc_window_get_file (window));
  g_assert_false (rc_document_get_modified (sample));
  g_assert_nonnull (rc_window_get_report (window));
  g_assert_true (gtk_widget_get_visible (find_action_button (
    gtk_window_get_titlebar (GTK_WINDOW (window)), "win.save")));

  /* New with unsaved changes asks first; Cancel keeps everything */
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_nonnull (find_dialog (window));
  gtk_dialog_response (find_dialog (window), GTK_RESPONSE_CANCEL);
  rc_ui_test_iterate ();
  g_assert_null (find_dialog (window));
  g_assert_true (rc_window_get_document (window) == sample);

  /* …and Discard starts the new resume */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  gtk_dialog_response (find_dialog (window), GTK_RESPONSE_REJECT);
  rc_ui_test_iterate ();
  g_assert_true (rc_window_get_document (window) != sample);
  g_assert_null (rc_document_get (rc_window_get_document (window), "/basics/name"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Resume — Resume Coach");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
}

static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  RcWindow *window = fixture->window;
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);

  /* Ctrl+W with unsaved changes: the window stays and asks */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (find_dialog (window));
  gtk_dialog_response (find_dialog (window), GTK_RESPONSE_CANCEL);
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (rc_document_get_modified (rc_window_get_document (window)));
}

static void
test_offer_drafts (Fixture       *fixture,
                   gconstpointer  data)
{
  RcDraftStore *store = rc_application_get_draft_store (app);
  g_autoptr(RcDocument) lost = rc_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left = NULL;
  GtkWindow *active;
  RcDocument *restored;

  /* a draft left behind, as after a crash */
  rc_document_set_string (lost, "/basics/name", "Robin Lost", &error);
  g_assert_no_error (error);
  g_assert_true (rc_draft_store_save (store, "0d5e2c1a-lost", lost, NULL, "Robin Lost", &error));
  g_assert_no_error (error);

  /* the next start offers it back; Restore opens it, unsaved */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_application_activate (G_APPLICATION (app));
  rc_ui_test_iterate ();
  active = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RC_IS_WINDOW (active));
  fixture->window = RC_WINDOW (active);
  g_assert_nonnull (find_dialog (fixture->window));
  gtk_dialog_response (find_dialog (fixture->window), GTK_RESPONSE_ACCEPT);
  rc_ui_test_iterate ();

  restored = rc_window_get_document (fixture->window);
  g_assert_nonnull (restored);
  g_assert_cmpstr (rc_document_get_string (restored, "/basics/name"), ==, "Robin Lost");
  g_assert_true (rc_document_get_modified (restored));
  g_assert_cmpstr (rc_window_get_draft_id (fixture->window), ==, "0d5e2c1a-lost");

  /* discarding it at last removes the draft */
  rc_window_set_document (fixture->window, NULL, NULL);
  left = rc_draft_store_list (store);
  g_assert_cmpuint (left->len, ==, 0);
}

static GtkWindow *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  RcWindow *window = fixture->window;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autofree char *path = g_build_filename (fixture->dir, "elena.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = g_build_filename (fixture->dir, "elena.json", NULL);
  g_autofree char *markdown = g_build_filename (fixture->dir, "elena.md", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GFile) current = NULL;
  g_autofree char *name = NULL;
  GtkWindow *chooser;

  /* Export → Plain Text: a file chooser, then the file */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "text"));
  rc_ui_test_iterate ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "elena.txt");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  rc_ui_test_wait_until (file_exists, path);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Elena Marsh"));
  /* exporting is not saving */
  g_assert_null (rc_window_get_file (window));

  /* once the resume has a file, Export offers its folder and its name */
  g_assert_true (rc_document_save (rc_window_get_document (window), saved_file, NULL, &error));
  g_assert_no_error (error);
  open_and_wait (window, saved_file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "markdown"));
  rc_ui_test_iterate ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (current);
  g_assert_true (g_file_equal (current, folder));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "elena.md");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  rc_ui_test_wait_until (file_exists, markdown);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (markdown, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "# Elena Marsh"));
}

static char *bad_pack;

static void
test_bad_rule_pack (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *revealer = NULL;
  g_autofree char *name = g_path_get_basename (bad_pack);

  /* the banner names the skipped pack; the built-in rules still run */
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_window_get_child (
         GTK_WINDOW (fixture->window)));
       child != NULL && revealer == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_REVEALER (child))
      revealer = child;
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpuint (count_labels_containing (revealer, name), ==, 1);
  g_assert_cmpuint (rc_report_get_findings (rc_window_get_report (fixture->window))->len, >, 0);
}

static gboolean
panel_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* At 1000×700 the editor gets the room: the panel narrows, but a width the user did not
 * choose is not remembered for the next, larger window */
static void
test_small_window (Fixture       *fixture,
                   gconstpointer  data)
{
  GSettings *settings = rc_application_get_settings (app);
  RcWindow *window = rc_window_new (app);
  GtkWidget *panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  int saved_width = g_settings_get_int (settings, "feedback-width");

  g_assert_cmpint (saved_width, >, 400);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_window_open_sample (window));
  rc_ui_test_wait_until (panel_allocated, panel);
  rc_ui_test_iterate ();

  g_assert_cmpint (gtk_widget_get_width (panel), >=, 340);
  g_assert_cmpint (gtk_widget_get_width (panel), <=, 360);

  gtk_window_close (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "feedback-width"), ==, saved_width);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  rc_ui_test_init (&argc, &argv);

  /* a broken pack of the user's own rules, read when the application starts */
  {
    g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "resume-coach", "rules",
                                             NULL);

    g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
    bad_pack = g_build_filename (dir, "broken-pack.json", NULL);
    g_file_set_contents (bad_pack, "{ \"rules\": [ { \"id\": ", -1, &error);
    g_assert_no_error (error);
  }

  app = rc_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window/feedback-updates", test_feedback_updates);
  ADD ("/ui/window/pages-after-typing", test_pages_after_typing);
  ADD ("/ui/window/small-window", test_small_window);
  ADD ("/ui/window/reveal-finding", test_reveal_finding);
  ADD ("/ui/window/missing-parts", test_missing_parts);
  ADD ("/ui/window/entry-notes", test_entry_notes);
  ADD ("/ui/window/fix-and-ignore-survive-reopen", test_fix_and_ignore_survive_reopen);
  ADD ("/ui/window/edit-entries-and-save", test_edit_entries_and_save);
  ADD ("/ui/window/title-and-marker", test_title_and_marker);
  ADD ("/ui/window/undo-clears-marker", test_undo_clears_marker);
  ADD ("/ui/window/bad-file", test_bad_file);
  ADD ("/ui/window/drop-file", test_drop_file);
  ADD ("/ui/window/draft", test_draft);
  ADD ("/ui/window/changed-on-disk", test_changed_on_disk);
  ADD ("/ui/window/job-description", test_job_description);
  ADD ("/ui/window/learn-more", test_learn_more);

  ADD ("/ui/window/welcome-and-new", test_welcome_and_new);
  ADD ("/ui/window/welcome-layout", test_welcome_layout);
  ADD ("/ui/window/close-asks", test_close_asks);
  ADD ("/ui/window/bad-rule-pack", test_bad_rule_pack);
  ADD ("/ui/window/offer-drafts", test_offer_drafts);
  ADD ("/ui/window/export", test_export);

  status = g_test_run ();
  g_clear_object (&app);
  g_unlink (bad_pack);
  g_free (bad_pack);
  return status;
}
