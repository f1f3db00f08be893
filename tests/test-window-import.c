/* test-window-import.c — the window imports PDF, Word, LibreOffice, text, LinkedIn, FRESH and
 * pasted resumes
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-ats-window.h"
#include "rc-window-test-util.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static gboolean
name_is (gpointer data)
{
  RcWindow *window = ((gpointer *) data)[0];
  RcDocument *document = rc_window_get_document (window);

  return document != NULL &&
         g_strcmp0 (rc_document_get_string (document, "/basics/name"),
                    ((gpointer *) data)[1]) == 0;
}

/* What a new import looks like: its own document, unsaved, with no file (Save asks for one) */
static void
assert_new_unsaved (RcWindow   *window,
                    RcDocument *before)
{
  RcDocument *document = rc_window_get_document (window);

  g_assert_true (document != before);
  g_assert_true (rc_document_get_modified (document));
  g_assert_null (rc_window_get_file (window));
}

/* Open on the fixture @name, until the document holds @person's name */
static void
open_fixture (RcWindow   *window,
              const char *name,
              const char *person)
{
  RcDocument *before = rc_window_get_document (window);
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  rc_window_open_file (window, file);
  rc_ui_test_wait_until (name_is, (gpointer[]) { window, (gpointer) person });
  assert_new_unsaved (window, before);
}

/* Open on a DOCX: the roles and bullets in the editor, nothing saved over anything */
static void
test_open_docx (RcWindowFixture *fixture,
                gconstpointer    data)
{
  RcWindow *window = fixture->window;

  open_fixture (window, "marta-lindgren.docx", "Marta Lindgren");
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window), "/work/1/name"), ==,
                   "Brightwave AB");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (
                     rc_window_lookup_field (window, "/basics/email")))), ==,
                   "marta.lindgren@example.se");
}

static gboolean
degree_marked (gpointer data)
{
  return rc_window_get_report (data) != NULL &&
         rc_window_test_find_finding (data, "import.check", "/education/0/area") != NULL;
}

/* Open on a LinkedIn export: told by its content, its roles in the editor, its guess marked */
static void
test_open_linkedin (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  RcWindow *window = fixture->window;

  open_fixture (window, "linkedin-export.zip", "Ines Okafor-Brandt");
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window), "/work/0/name"), ==,
                   "Lieferkette, GmbH");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (
                     rc_window_lookup_field (window, "/basics/email")))), ==,
                   "ines.okafor@example.org");
  rc_ui_test_wait_until (degree_marked, window);
}

/* Open on a FRESH file: imported, where a JSON Resume file would open as it is */
static void
test_open_fresh (RcWindowFixture *fixture,
                 gconstpointer    data)
{
  RcWindow *window = fixture->window;

  open_fixture (window, "dara-fresh.json", "Dara Quinlan");
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window), "/work/0/name"), ==,
                   "Harbourline Payments");
}

static gboolean
date_marked (gpointer data)
{
  return rc_window_get_report (data) != NULL &&
         rc_window_test_find_finding (data, "import.check", "/work/2/startDate") != NULL;
}

/* A text file with a date the importer could not read: import.check marks that field, and
 * typing a date there ends it */
static void
test_drop_text_marks_guesses (RcWindowFixture *fixture,
                              gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *before = rc_window_get_document (window);
  g_autofree char *path = fixture_path ("weak-duties.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (rc_window_test_drop_file (window, file));
  rc_ui_test_wait_until (name_is, (gpointer[]) { window, "Steven Harlow" });
  assert_new_unsaved (window, before);
  rc_ui_test_wait_until (date_marked, window);

  rc_document_set_string (rc_window_get_document (window), "/work/2/startDate", "2016-01",
                          NULL);
  rc_window_test_wait_for_check (window);
  g_assert_null (rc_window_test_find_finding (window, "import.check", "/work/2/startDate"));
}

/* Paste a Resume: a dialog with a text view; Import opens what was pasted */
static void
test_paste (RcWindowFixture *fixture,
            gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *before = rc_window_get_document (window);
  AdwMessageDialog *dialog;
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-resume", NULL));
  dialog = rc_window_test_find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Paste a Resume");
  /* the text goes in a view below the explanation, and has the focus */
  view = rc_ui_test_find_type (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_has_focus (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Ana Ruiz\nana.ruiz@example.com | +34 612 555 019\n\n"
                            "EXPERIENCE\nBackend Developer, Brightly | Jan 2020 – Present\n"
                            "• Cut p99 latency from 900 to 120 ms.\n", -1);
  rc_window_test_respond (window, "import");
  rc_ui_test_wait_until (name_is, (gpointer[]) { window, "Ana Ruiz" });
  assert_new_unsaved (window, before);
  /* a toast says where it came from; there is nothing to undo */
  g_assert_nonnull (rc_window_test_find_toast (window, NULL));
  g_assert_null (rc_window_test_find_toast_undo (window));
  g_assert_cmpstr (rc_document_get_string (rc_window_get_document (window),
                                           "/work/0/highlights/0"), ==,
                   "Cut p99 latency from 900 to 120 ms.");
}

static gboolean
find_ats_window (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RC_IS_ATS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(RcAtsWindow **) data = RC_ATS_WINDOW (window);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
find_file_chooser (gpointer data)
{
  GtkWindow *chooser = rc_window_test_find_file_chooser ();

  *(GtkDialog **) data = chooser != NULL ? GTK_DIALOG (chooser) : NULL;
  return chooser != NULL;
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
is_narrow (gpointer data)
{
  return gtk_widget_get_width (data) <= 360;
}

/* A PDF in two columns: the menu offers how an ATS reads it, the fields read on one side,
 * the columns named on the other; without a PDF import it reads any PDF the user picks */
static void
test_ats_view (RcWindowFixture *fixture,
               gconstpointer    data)
{
  RcWindow *window = fixture->window;
  g_autofree char *path = fixture_path ("ines-okafor-columns.pdf");
  g_autofree char *docx_path = fixture_path ("marta-lindgren.docx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) docx = g_file_new_for_path (docx_path);
  RcAtsWindow *ats = NULL;
  GtkDialog *chooser = NULL;
  GtkWidget *fields, *lost;

  /* nothing imported: the PDF to read is picked (any PDF: rc_import_report_file() reads it,
   * tested with the core); cancelled, nothing opens */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.ats-view", NULL);
  rc_ui_test_wait_until (find_file_chooser, &chooser);
  g_assert_false (find_ats_window (&ats));
  gtk_dialog_response (chooser, GTK_RESPONSE_CANCEL);
  rc_ui_test_iterate ();
  g_assert_false (find_ats_window (&ats));

  /* imported from a PDF: that PDF, read again */
  rc_window_open_file (window, file);
  rc_ui_test_wait_until (name_is, (gpointer[]) { window, "Ines Okafor" });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.ats-view", NULL));
  rc_ui_test_wait_until (find_ats_window, &ats);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (ats)) == GTK_WINDOW (window));
  g_assert_cmpuint (rc_ats_window_get_n_problems (ats), ==, 1);
  g_assert_cmpuint (rc_ats_window_get_n_fields (ats), >=, 12);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (ats), "ines.okafor@example.org"));
  g_assert_cmpuint (rc_window_test_count_containing (GTK_WIDGET (ats), "set in two columns"),
                    ==, 1);
  g_assert_cmpuint (rc_window_test_count_containing (GTK_WIDGET (ats), "Pennine Parcels"),
                    ==, 1);
  /* side by side; on a phone one at a time, switched below */
  fields = rc_ui_test_find_label (GTK_WIDGET (ats), "ines.okafor@example.org");
  lost = rc_ui_test_find_label (GTK_WIDGET (ats), "Lost");
  rc_ui_test_wait_until (is_drawn, fields);
  g_assert_true (gtk_widget_get_mapped (fields));
  g_assert_false (gtk_widget_get_mapped (lost));
  gtk_window_set_default_size (GTK_WINDOW (ats), 360, 640);
  rc_ui_test_wait_until (is_narrow, ats);
  rc_ui_test_wait_until (is_drawn, lost);
  g_assert_true (gtk_widget_get_mapped (fields));
  g_signal_emit_by_name (gtk_widget_get_parent (lost), "clicked");
  rc_ui_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (fields));
  g_assert_cmpuint (rc_window_test_count_containing (GTK_WIDGET (ats), "set in two columns"),
                    ==, 1);
  gtk_window_destroy (GTK_WINDOW (ats));
  ats = NULL;

  /* imported from Word: there is no PDF to read again, so one is asked for */
  rc_window_open_file (window, docx);
  rc_ui_test_wait_until (name_is, (gpointer[]) { window, "Marta Lindgren" });
  gtk_widget_activate_action (GTK_WIDGET (window), "win.ats-view", NULL);
  chooser = NULL;
  rc_ui_test_wait_until (find_file_chooser, &chooser);
  gtk_dialog_response (chooser, GTK_RESPONSE_CANCEL);
  rc_ui_test_iterate ();
  g_assert_false (find_ats_window (&ats));
}

/* A zip bomb: an error, and the window as it was */
static void
test_bad_import (RcWindowFixture *fixture,
                 gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *before = rc_window_get_document (window);
  g_autofree char *path = fixture_path ("bad-zip-bomb.docx");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  rc_window_open_file (window, file);
  rc_ui_test_wait_until (rc_window_test_message_shown, window);
  g_assert_true (rc_window_get_document (window) == before);
  g_assert_false (rc_document_get_modified (before));
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);

  rc_window_test_add ("/ui/window/import/open-docx", test_open_docx);
  rc_window_test_add ("/ui/window/import/open-linkedin", test_open_linkedin);
  rc_window_test_add ("/ui/window/import/open-fresh", test_open_fresh);
  rc_window_test_add ("/ui/window/import/drop-text-marks-guesses", test_drop_text_marks_guesses);
  rc_window_test_add ("/ui/window/import/paste", test_paste);
  rc_window_test_add ("/ui/window/import/bad", test_bad_import);
  rc_window_test_add ("/ui/window/import/ats-view", test_ats_view);

  return rc_window_test_run ();
}
