/* test-window-files.c — the window and its files: open, drop, save, drafts, export, rule packs
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sys/stat.h>

#include "rc-coach-state.h"
#include "rc-feedback-panel.h"
#include "rc-window-test-util.h"

static void
test_fix_and_ignore_survive_reopen (RcWindowFixture *fixture,
                                    gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *panel;
  RcField *field;
  RcFinding *fix, *ignore;
  g_autofree char *fixed_bullet = NULL;
  guint ignored;

  rc_window_test_open_and_wait (window, file);
  panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);
  field = rc_window_lookup_field (window, DUTY_BULLET);

  /* "successfully" is filler with a fix (remove it); a duty phrase can only be ignored */
  rc_window_test_retype_line (field, 0,
                              "Successfully cut failed card payments by 30% with Go retries");
  rc_window_test_retype_line (field, 1,
                              "Responsible for the billing service and its 12 integrations");
  rc_window_test_wait_for_check (window);
  fix = rc_finding_copy (rc_window_test_find_finding (window, "style.filler", DUTY_BULLET));
  ignore = rc_finding_copy (rc_window_test_find_finding (window, "achievement.duty-phrase",
                                                         "/work/0/highlights/1"));
  g_assert_nonnull (fix);
  g_assert_nonnull (fix->fix);
  g_assert_nonnull (ignore);
  ignored = rc_report_get_ignored (rc_window_get_report (window));

  g_signal_emit_by_name (panel, "apply-fix", fix);
  rc_window_test_wait_for_check (window);
  fixed_bullet = g_strdup (rc_document_get_string (rc_window_get_document (window), DUTY_BULLET));
  g_assert_null (strstr (fixed_bullet, "uccessfully"));
  g_assert_null (rc_window_test_find_finding (window, "style.filler", DUTY_BULLET));
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
  rc_window_test_wait_for_check (window);
  g_assert_null (rc_window_test_find_finding (window, "achievement.duty-phrase",
                                              "/work/0/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (rc_window_get_report (window)), ==, ignored + 1);

  rc_window_test_save_and_wait (window);

  /* reopen: the fix is in the text, the ignore in the resume's coach state */
  rc_window_set_document (window, NULL, NULL);
  rc_window_test_open_and_wait (window, file);
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window), DUTY_BULLET), ==,
                   fixed_bullet);
  g_assert_null (rc_window_test_find_finding (window, "achievement.duty-phrase",
                                              "/work/0/highlights/1"));
  g_assert_cmpuint (rc_report_get_ignored (rc_window_get_report (window)), ==, ignored + 1);
  g_assert_true (rc_coach_state_is_ignored (rc_window_get_document (window), ignore));

  rc_finding_free (fix);
  rc_finding_free (ignore);
}

/* A file with the older JSON Resume keys: the editors show and edit them where they are,
 * and one click renames them all */
static void
test_legacy_keys (RcWindowFixture *fixture,
                  gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "compat",
                                                   "legacy-v0.json", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "legacy.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcDocument *document;
  GtkWidget *panel;
  RcField *company, *website, *name;
  RcFinding *rename;

  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  rc_window_test_open_and_wait (window, file);
  document = rc_window_get_document (window);
  panel = rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_FEEDBACK_PANEL);

  /* the Company field shows "company", the website field "website" */
  company = rc_window_lookup_field (window, "/work/0/company");
  g_assert_nonnull (company);
  g_assert_null (rc_window_lookup_field (window, "/work/0/name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (company))), ==,
                   "Harbourline Logistics");
  website = rc_window_lookup_field (window, "/basics/website");
  g_assert_nonnull (website);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (website))), ==,
                   "https://tomasz.example");

  /* typing writes where the value was, not a "name" beside it */
  gtk_editable_set_text (GTK_EDITABLE (rc_field_get_control (company)), "Harbourline Group");
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/company"), ==, "Harbourline Group");
  g_assert_null (rc_document_get (document, "/work/0/name"));

  /* the rename: the v1 keys, the editors on them */
  rc_window_test_wait_for_check (window);
  rename = rc_finding_copy (rc_window_test_find_finding (window, "ats.legacy-keys", ""));
  g_assert_nonnull (rename);
  g_signal_emit_by_name (panel, "apply-fix", rename);
  rc_window_test_wait_for_check (window);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/name"), ==, "Harbourline Group");
  g_assert_null (rc_document_get (document, "/work/0/company"));
  g_assert_null (rc_window_test_find_finding (window, "ats.legacy-keys", ""));
  name = rc_window_lookup_field (window, "/work/0/name");
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (name))), ==,
                   "Harbourline Group");
  g_assert_nonnull (rc_window_lookup_field (window, "/basics/url"));

  /* and Undo takes the rename back, every key where it was */
  g_assert_nonnull (rc_window_test_find_toast (
    window, "Fixed: This file uses 8 keys of the older JSON Resume (v0)"));
  rc_window_test_click_toast_undo (window);
  rc_window_test_wait_for_check (window);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/company"), ==, "Harbourline Group");
  g_assert_null (rc_document_get (document, "/work/0/name"));
  g_assert_nonnull (rc_window_lookup_field (window, "/work/0/company"));
  g_assert_nonnull (rc_window_test_find_finding (window, "ats.legacy-keys", ""));
  rc_finding_free (rename);
}

static void
test_bad_file (RcWindowFixture *fixture,
               gconstpointer    data)
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
  rc_ui_test_wait_until (rc_window_test_message_shown, window);

  /* an error dialog, and the window exactly as it was */
  g_assert_true (rc_window_get_document (window) == document);
  g_assert_true (rc_window_get_report (window) == report);
  g_assert_null (rc_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Elena Marsh — Resume Coach");
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
test_changed_on_disk (RcWindowFixture *fixture,
                      gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *theirs = "{\"basics\": {\"name\": \"Elena Marsh\", \"label\": \"Theirs\"}}\n";
  g_autofree char *kept = NULL;
  g_autofree char *ours = NULL;
  int position = -1;

  rc_window_test_open_and_wait (window, file);
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), " (ours)", -1, &position);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_ui_test_wait_until (rc_window_test_message_shown, window);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, theirs);
  g_assert_true (rc_document_get_modified (rc_window_get_document (window)));

  /* Overwrite */
  rc_window_test_respond (window, "overwrite");
  rc_window_test_wait_for_save (window);
  g_assert_true (g_file_get_contents (path, &ours, NULL, NULL));
  g_assert_nonnull (strstr (ours, " (ours)"));

  /* again, and this time Reload: what is on disk, unmodified */
  position = -1;
  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_ui_test_wait_until (rc_window_test_message_shown, window);
  rc_window_test_respond (window, "reload");
  rc_ui_test_wait_until (label_is, (gpointer[]) { window, "Theirs" });
  g_assert_null (rc_window_test_find_dialog (window));
}

/* Dropping a JSON Resume file opens it, after asking about unsaved changes */
static void
test_drop_file (RcWindowFixture *fixture,
                gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (rc_field_get_control (
    rc_window_lookup_field (window, "/basics/label"))), "!", -1, &position);
  g_assert_true (rc_window_test_drop_file (window, file));
  g_assert_nonnull (rc_window_test_find_dialog (window));
  rc_window_test_respond (window, "discard");

  rc_window_test_wait_for_file (window, file);
  g_assert_false (rc_document_get_modified (rc_window_get_document (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "resume.json — Resume Coach");
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_draft (RcWindowFixture *fixture,
            gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDraftStore *store = rc_application_get_draft_store (rc_window_test_get_app ());
  g_autofree char *resume = rc_window_test_copy_sample (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (resume);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  RcWindow *restored;
  RcDocument *document;
  RcField *field;
  GStatBuf info;
  int position = -1;

  rc_window_test_open_and_wait (window, file);
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
  restored = rc_window_new (rc_window_test_get_app ());
  g_assert_true (rc_window_restore_draft (restored, rc_window_get_draft_id (window), NULL));
  g_assert_true (rc_document_get_modified (rc_window_get_document (restored)));
  g_assert_true (g_file_equal (rc_window_get_file (restored), file));
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (restored), "/basics/label"),
                   ==, rc_document_get_string (document, "/basics/label"));
  rc_document_set_modified (rc_window_get_document (restored), FALSE);
  gtk_window_destroy (GTK_WINDOW (restored));

  /* saving makes the draft go */
  rc_window_test_save_and_wait (window);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_offer_drafts (RcWindowFixture *fixture,
                   gconstpointer    data)
{
  RcDraftStore *store = rc_application_get_draft_store (rc_window_test_get_app ());
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
  g_application_activate (G_APPLICATION (rc_window_test_get_app ()));
  rc_ui_test_iterate ();
  active = gtk_application_get_active_window (GTK_APPLICATION (rc_window_test_get_app ()));
  g_assert_true (RC_IS_WINDOW (active));
  fixture->window = RC_WINDOW (active);
  g_assert_nonnull (rc_window_test_find_dialog (fixture->window));
  rc_window_test_respond (fixture->window, "restore");
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

static void
test_export (RcWindowFixture *fixture,
             gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autofree char *path = g_build_filename (fixture->dir, "elena.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = g_build_filename (fixture->dir, "elena.json", NULL);
  g_autofree char *markdown = g_build_filename (fixture->dir, "Elena Marsh Resume.md", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GFile) current = NULL;
  g_autofree char *name = NULL;
  GtkWindow *chooser;

  /* Export → Plain Text: a file chooser, then the file */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "text"));
  rc_ui_test_iterate ();
  chooser = rc_window_test_find_file_chooser ();
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

  /* once the resume has a file, Export offers its folder, and the name a recruiter should
   * receive rather than the working file's */
  g_assert_true (rc_document_save (rc_window_get_document (window), saved_file, NULL, &error));
  g_assert_no_error (error);
  rc_window_test_open_and_wait (window, saved_file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "markdown"));
  rc_ui_test_iterate ();
  chooser = rc_window_test_find_file_chooser ();
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (current);
  g_assert_true (g_file_equal (current, folder));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "Elena Marsh Resume.md");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  rc_ui_test_wait_until (file_exists, markdown);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (markdown, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "# Elena Marsh"));
}

static void
test_bad_rule_pack (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  GtkWidget *revealer = NULL;
  GtkWidget *details;
  AdwMessageDialog *dialog;
  g_autofree char *name = g_path_get_basename (rc_window_test_get_bad_pack ());

  /* the banner says a pack was skipped; the built-in rules still run */
  for (GtkWidget *child = gtk_widget_get_first_child (adw_application_window_get_content (
         ADW_APPLICATION_WINDOW (fixture->window)));
       child != NULL && revealer == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_REVEALER (child))
      revealer = child;
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpuint (rc_window_test_count_containing (revealer, "A rule pack of yours was skipped"),
                    ==, 1);
  g_assert_cmpuint (rc_report_get_findings (rc_window_get_report (fixture->window))->len, >, 0);

  /* its Details name the pack and what is wrong with it */
  details = rc_ui_test_find_label (revealer, "Details");
  g_assert_nonnull (details);
  g_signal_emit_by_name (gtk_widget_get_parent (details), "clicked");
  rc_ui_test_iterate ();
  dialog = rc_window_test_find_dialog (fixture->window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
  rc_window_test_respond (fixture->window, "close");
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);

  rc_window_test_add ("/ui/window/fix-and-ignore-survive-reopen",
                      test_fix_and_ignore_survive_reopen);
  rc_window_test_add ("/ui/window/bad-file", test_bad_file);
  rc_window_test_add ("/ui/window/legacy-keys", test_legacy_keys);
  rc_window_test_add ("/ui/window/drop-file", test_drop_file);
  rc_window_test_add ("/ui/window/draft", test_draft);
  rc_window_test_add ("/ui/window/changed-on-disk", test_changed_on_disk);

  rc_window_test_add ("/ui/window/bad-rule-pack", test_bad_rule_pack);
  rc_window_test_add ("/ui/window/offer-drafts", test_offer_drafts);
  rc_window_test_add ("/ui/window/export", test_export);

  return rc_window_test_run ();
}
