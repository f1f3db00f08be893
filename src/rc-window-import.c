/* rc-window-import.c — other resumes open as new, unsaved documents; how an ATS reads a PDF
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-ats-window.h"
#include "rc-file.h"
#include "rc-import.h"
#include "rc-json-writer.h"
#include "rc-window-private.h"

/* as rc_import_file(): a resume file is far smaller */
#define MAX_IMPORT_BYTES (32 * 1024 * 1024)

/* JSON (a JSON Resume file, or a broken one the document reader should explain) opens as a
 * document; everything else (a FRESH file too) is imported */
static gboolean
looks_like_json (const char *data,
                 gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return i < length && (data[i] == '{' || data[i] == '[');
}

typedef struct
{
  char     *json;  /* (nullable): NULL for a JSON file */
  gboolean  pdf;
} Imported;

static void
imported_free (Imported *imported)
{
  g_free (imported->json);
  g_free (imported);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Imported, imported_free)

/* Returns the imported resume as JSON text, or none for a JSON file */
static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_file_read (file, MAX_IMPORT_BYTES, NULL, cancellable, &error);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(Imported) imported = g_new0 (Imported, 1);
  const char *data;
  gsize length = 0;

  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (looks_like_json (data, length) &&
      rc_import_detect (data, length) != RC_IMPORT_KIND_FRESH)
    {
      g_task_return_pointer (task, g_steal_pointer (&imported), (GDestroyNotify) imported_free);
      return;
    }
  root = rc_import_data (data, length, NULL, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  imported->json = rc_json_to_data (root, NULL);
  imported->pdf = rc_import_detect (data, length) == RC_IMPORT_KIND_PDF;
  g_task_return_pointer (task, g_steal_pointer (&imported), (GDestroyNotify) imported_free);
}

/* The ATS view is offered for the PDF the document came from */
static void
set_imported_pdf (RcWindow *self,
                  GFile    *pdf)
{
  g_set_object (&self->imported_pdf, pdf);
}

static guint
count_notes (RcDocument *document)
{
  JsonNode *notes = rc_document_get (document, "/meta/resumeCoach/import");

  return notes != NULL && JSON_NODE_HOLDS_ARRAY (notes)
         ? json_array_get_length (json_node_get_array (notes)) : 0;
}

/* The import becomes a new document with no file: Save asks where to keep it */
static gboolean
show_import (RcWindow    *self,
             const char  *json,
             const char  *from,
             GError     **error)
{
  g_autoptr(RcDocument) document = rc_document_new_from_data (json, -1, error);
  g_autofree char *message = NULL;
  guint notes;

  if (document == NULL)
    return FALSE;
  rc_document_set_modified (document, TRUE);
  rc_window_set_document (self, document, NULL);
  notes = count_notes (document);
  if (notes == 0)
    message = g_strdup_printf (_("Imported from %s: check it against your original, then save "
                                 "it as a JSON Resume file"), from);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Imported from %s: %u field to check is marked",
                                            "Imported from %s: %u fields to check are marked",
                                            notes), from, notes);
  _rc_window_show_toast (self, message, FALSE);
  return TRUE;
}

static void
on_import_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  RcWindow *self = RC_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Imported) imported = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = rc_dup_display_name (file);
  g_autofree char *quoted = g_strdup_printf ("“%s”", name);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (imported != NULL && imported->json == NULL)
    {
      set_imported_pdf (self, NULL);
      _rc_window_load_json (self, file);
      return;
    }
  if (imported == NULL || !show_import (self, imported->json, quoted, &error))
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      _rc_window_show_error (self, primary, error->message);
      return;
    }
  set_imported_pdf (self, imported->pdf ? file : NULL);
}

/* Opens @file: a JSON Resume file as it is, any other resume (PDF, DOCX, ODT, text, a LinkedIn
 * export, told by its content) imported into a new, unsaved document */
void
_rc_window_open_any (RcWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_import_cb,
                                      g_object_ref (file));

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

/* A resume pasted as text: imported at once (a few hundred lines) */
void
_rc_window_import_text (RcWindow   *self,
                        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = rc_import_data (text, strlen (text), NULL, &error);
  g_autofree char *json = NULL;

  if (root != NULL)
    {
      json = rc_json_to_data (root, NULL);
      if (show_import (self, json, _("the pasted text"), &error))
        {
          set_imported_pdf (self, NULL);
          return;
        }
    }
  _rc_window_show_error (self, _("Could not import the pasted text"), error->message);
}

static void
on_paste_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RcWindow         *self)
{
  GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!g_str_equal (response, "import") || *g_strstrip (text) == '\0')
    return;
  g_free (self->pending_text);
  self->pending_text = g_steal_pointer (&text);
  _rc_window_maybe_save_then (self, PENDING_IMPORT_TEXT, NULL);
}

static void
paste_resume_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *scrolled, *view;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Paste a Resume"),
                                                       _("Paste your resume as text, from a "
                                                         "PDF, a Word document or a web page. "
                                                         "The coach reads its sections, roles "
                                                         "and bullets and marks what you should "
                                                         "check.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "frame");
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Resume text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_paste_response_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
report_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  RcImportReport *report = rc_import_report_file (task_data, cancellable, &error);

  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) rc_import_report_free);
}

static void
on_report_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  RcWindow *self = RC_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  RcImportReport *report = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = rc_dup_display_name (file);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (report == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not read “%s”"), name);

      _rc_window_show_error (self, primary, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (rc_ats_window_new (GTK_WINDOW (self), name, report)));
}

static void
show_ats_view (RcWindow *self,
               GFile    *pdf)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_report_cb, g_object_ref (pdf));

  g_task_set_task_data (task, g_object_ref (pdf), g_object_unref);
  g_task_run_in_thread (task, report_thread);
}

static void
on_ats_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            RcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        show_ats_view (self, file);
    }
  g_clear_object (&self->chooser);
}

/* The PDF the document was imported from is read again, as an ATS reads it (the import may
 * have been edited since); otherwise any PDF the user picks: their own, or our export */
static void
ats_view_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  if (self->imported_pdf != NULL)
    {
      show_ats_view (self, self->imported_pdf);
      return;
    }
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  chooser = gtk_file_chooser_native_new (_("How an ATS Reads a PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Read"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_ats_chooser_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

void
_rc_window_class_import_init (RcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.paste-resume", NULL, paste_resume_action);
  gtk_widget_class_install_action (widget_class, "win.ats-view", NULL, ats_view_action);
}

