/* rc-window-test-util.c — the fixture and helpers the window tests share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rc-pdf.h"
#include "rc-window-test-util.h"

static RcApplication *app;
static char *bad_pack;

static void
fixture_set_up (RcWindowFixture *fixture,
                gconstpointer    data)
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

      if (GTK_IS_DIALOG (window) || ADW_IS_MESSAGE_DIALOG (window))
        g_ptr_array_add (dialogs, window);
    }
  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_destroy (g_ptr_array_index (dialogs, i));
}

static void
fixture_tear_down (RcWindowFixture *fixture,
                   gconstpointer    data)
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

void
rc_window_test_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GError) error = NULL;

  rc_ui_test_init (argc, argv);

  /* a broken pack of the user's own rules, read when the application starts; every window
   * test runs with its banner, so all see the same layout */
  {
    g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "resume-coach", "rules",
                                             NULL);

    g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
    bad_pack = g_build_filename (dir, "broken-pack.json", NULL);
    g_file_set_contents (bad_pack, "{ \"rules\": [ { \"id\": ", -1, &error);
    g_assert_no_error (error);
  }

  /* no slides or fades: a test clicks a toast's Undo sooner than anyone, and libadwaita 1.2
   * frees a toast dismissed while it is still sliding in (fixed in 1.3) */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* the window's buttons as GNOME and phones lay them out: Close alone */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);

  app = rc_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

void
rc_window_test_add (const char       *path,
                    RcWindowTestFunc  func)
{
  rc_window_test_add_data (path, NULL, func);
}

void
rc_window_test_add_data (const char       *path,
                         gconstpointer     data,
                         RcWindowTestFunc  func)
{
  g_test_add (path, RcWindowFixture, data, fixture_set_up, func, fixture_tear_down);
}

int
rc_window_test_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  g_unlink (bad_pack);
  g_free (bad_pack);
  return status;
}

RcApplication *
rc_window_test_get_app (void)
{
  return app;
}

const char *
rc_window_test_get_bad_pack (void)
{
  return bad_pack;
}

char *
rc_window_test_copy_sample (RcWindowFixture *fixture)
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

void
rc_window_test_wait_for_file (RcWindow *window,
                              GFile    *file)
{
  FileWait wait = { window, file };

  rc_ui_test_wait_until (file_loaded, &wait);
}

void
rc_window_test_open_and_wait (RcWindow *window,
                              GFile    *file)
{
  rc_window_open_file (window, file);
  rc_window_test_wait_for_file (window, file);
  rc_ui_test_iterate ();
}

static gboolean
saved (gpointer data)
{
  return !rc_document_get_modified (rc_window_get_document (data));
}

void
rc_window_test_wait_for_save (RcWindow *window)
{
  rc_ui_test_wait_until (saved, window);
}

void
rc_window_test_save_and_wait (RcWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  rc_window_test_wait_for_save (window);
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

void
rc_window_test_wait_for_check (RcWindow *window)
{
  ReportWait wait = { window, rc_window_get_report (window) };

  rc_ui_test_wait_until (report_changed, &wait);
}

AdwMessageDialog *
rc_window_test_find_dialog (RcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) ==
          GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

void
rc_window_test_respond (RcWindow   *window,
                        const char *response)
{
  g_autoptr(AdwMessageDialog) dialog = rc_window_test_find_dialog (window);

  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  /* as the response's button does: the dialog goes, then it answers */
  gtk_window_destroy (GTK_WINDOW (dialog));
  adw_message_dialog_response (dialog, response);
}

/* The file chooser dialog shown, if any: Open, Export and Import all show one */
GtkWindow *
rc_window_test_find_file_chooser (void)
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

const RcFinding *
rc_window_test_find_finding (RcWindow   *window,
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

void
rc_window_test_retype_line (RcField    *field,
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

guint
rc_window_test_count_containing (GtkWidget  *widget,
                                 const char *text)
{
  guint count = 0;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    count++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += rc_window_test_count_containing (child, text);
  return count;
}

gboolean
rc_window_test_message_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == data)
        return TRUE;
    }
  return FALSE;
}

/* A toast going away can no longer be clicked; the overlay's own child is the window's page */
static gboolean
is_toast_shown (GtkWidget *toast,
                GtkWidget *overlay)
{
  return toast != adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)) &&
         gtk_widget_get_can_target (toast);
}

GtkWidget *
rc_window_test_find_toast (RcWindow   *window,
                           const char *title)
{
  GtkWidget *overlay = rc_ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);

  g_assert_nonnull (overlay);
  for (GtkWidget *child = gtk_widget_get_first_child (overlay);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_toast_shown (child, overlay) &&
        (title == NULL || rc_ui_test_find_label (child, title) != NULL))
      return child;
  return NULL;
}

static GtkWidget *
find_shown_button (GtkWidget  *widget,
                   const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
rc_window_test_find_toast_undo (RcWindow *window)
{
  GtkWidget *toast = rc_window_test_find_toast (window, NULL);

  return toast != NULL ? find_shown_button (toast, "_Undo") : NULL;
}

void
rc_window_test_click_toast_undo (RcWindow *window)
{
  GtkWidget *undo = rc_window_test_find_toast_undo (window);

  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
}

/* What GTK does when a file is dropped on the window */
gboolean
rc_window_test_drop_file (RcWindow *window,
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

RcPreview *
rc_window_test_show_preview (RcWindow *window)
{
  RcPreview *preview = RC_PREVIEW (rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_PREVIEW));

  g_assert_nonnull (preview);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (preview)));
  return preview;
}

gboolean
rc_window_test_has_pages (gpointer data)
{
  return rc_preview_get_n_pages (data) > 0;
}

void
rc_window_test_wait_for_pages (RcPreview *preview)
{
  rc_ui_test_wait_until (rc_window_test_has_pages, preview);
  while (gtk_widget_get_width (rc_preview_get_pages (preview)) == 0)
    rc_ui_test_iterate ();
  rc_ui_test_iterate ();
}

static gboolean
page_is (RcPreview *preview,
         double     width,
         double     height)
{
  graphene_rect_t page;

  return rc_preview_get_page_area (preview, 0, &page, NULL) &&
         G_APPROX_VALUE (page.size.height / page.size.width, height / width, 0.01);
}

gboolean
rc_window_test_is_letter (gpointer data)
{
  return page_is (data, RC_PDF_LETTER_WIDTH, RC_PDF_LETTER_HEIGHT);
}

gboolean
rc_window_test_is_a4 (gpointer data)
{
  return page_is (data, RC_PDF_A4_WIDTH, RC_PDF_A4_HEIGHT);
}

char *
rc_window_test_dup_string (RcWindow   *window,
                           const char *property)
{
  char *value = NULL;

  g_object_get (window, property, &value, NULL);
  return value;
}
