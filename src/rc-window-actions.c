/* rc-window-actions.c — the window's actions: new, open, save, export, and unsaved changes
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-export.h"
#include "rc-tips-window.h"
#include "rc-window-private.h"

#define SAMPLE_RESOURCE "/io/github/resumecoach/ResumeCoach/core/samples/backend-engineer.json"

static void save_document (RcWindow *self, GFile *file);
static void show_open_dialog (RcWindow *self);
static void show_save_dialog (RcWindow *self);

void
_rc_window_update_actions (RcWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-menu", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-job", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-preview", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.template", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paper", has_document);
  gtk_widget_set_sensitive (self->export_button, has_document);
}

typedef struct
{
  RcWindow *window;
  GFile    *file;
} FileOp;

static FileOp *
file_op_new (RcWindow *window,
             GFile    *file)
{
  FileOp *op = g_new0 (FileOp, 1);

  op->window = g_object_ref (window);
  op->file = g_object_ref (file);
  return op;
}

static void
file_op_free (FileOp *op)
{
  g_object_unref (op->window);
  g_object_unref (op->file);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileOp, file_op_free)

static void
on_load_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FileOp) op = user_data;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = rc_document_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      g_autofree char *name = rc_dup_display_name (op->file);
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      _rc_window_show_error (op->window, primary, error->message);
      return;
    }

  rc_window_set_document (op->window, document, op->file);
  _rc_window_add_recent (op->window, op->file);
}

void
_rc_window_load_json (RcWindow *self,
                      GFile    *file)
{
  rc_document_load_async (file, self->cancellable, on_load_cb, file_op_new (self, file));
}

void
rc_window_open_file (RcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _rc_window_open_any (self, file);
}

gboolean
rc_window_open_sample (RcWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      document = rc_document_new_from_data (data, (gssize) size, &error);
    }
  if (document == NULL)
    {
      _rc_window_show_error (self, _("Could not open the sample"), error->message);
      return FALSE;
    }

  rc_window_set_document (self, document, NULL);
  return TRUE;
}

gboolean
rc_window_restore_draft (RcWindow    *self,
                         const char  *draft_id,
                         GError     **error)
{
  RcApplication *app = _rc_window_get_app (self);
  RcDraftStore *store = app != NULL ? rc_application_get_draft_store (app) : NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  if (store == NULL)
    return FALSE;
  document = rc_draft_store_load (store, draft_id, &file, error);
  if (document == NULL)
    return FALSE;

  rc_window_set_document (self, document, file);
  /* keep writing to the same draft until it is saved or discarded */
  rc_autosave_set_draft_id (self->autosave, draft_id);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Unsaved changes                                                                             */

/* An action that would lose unsaved changes (close, new, open) waits in self->pending while
 * the user decides: Save runs it once the file is written (on_saved_cb), Discard runs it at
 * once, Cancel (or a failed save) drops it. */

static void
cancel_pending (RcWindow *self)
{
  self->pending = PENDING_NONE;
  g_clear_object (&self->pending_file);
  g_clear_pointer (&self->pending_text, g_free);
}

static void
run_pending (RcWindow *self)
{
  PendingAction action = self->pending;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);

  self->pending = PENDING_NONE;

  switch (action)
    {
    case PENDING_CLOSE:
      rc_autosave_discard (self->autosave);
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    case PENDING_NEW:
      {
        g_autoptr(RcDocument) document = rc_document_new ();

        rc_window_set_document (self, document, NULL);
        rc_window_select_section (self, RC_PAGE_CONTACT);
      }
      break;

    case PENDING_OPEN_DIALOG:
      show_open_dialog (self);
      break;

    case PENDING_OPEN:
      if (file != NULL)
        rc_window_open_file (self, file);
      break;

    case PENDING_SAMPLE:
      rc_window_open_sample (self);
      break;

    case PENDING_IMPORT_TEXT:
      {
        g_autofree char *text = g_steal_pointer (&self->pending_text);

        if (text != NULL)
          _rc_window_import_text (self, text);
      }
      break;

    case PENDING_NONE:
    default:
      break;
    }
}

static void
on_save_changes_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             RcWindow         *self)
{
  if (g_str_equal (response, "save"))
    {
      if (self->file != NULL)
        save_document (self, self->file);
      else
        show_save_dialog (self);
    }
  else if (g_str_equal (response, "discard"))
    run_pending (self);
  else
    cancel_pending (self);
}

static void
ask_save_changes (RcWindow *self)
{
  g_autofree char *title = rc_autosave_dup_title (self->document, self->file);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                                       _("If you don’t save, your changes will "
                                                         "be lost.")));
  adw_message_dialog_format_heading (dialog, _("Save changes to “%s”?"), title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", self->file != NULL ? _("_Save") : _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_changes_response_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_rc_window_maybe_save_then (RcWindow      *self,
                            PendingAction  action,
                            GFile         *file)
{
  self->pending = action;
  g_set_object (&self->pending_file, file);

  if (self->document != NULL && rc_document_get_modified (self->document))
    ask_save_changes (self);
  else
    run_pending (self);
}

/* ------------------------------------------------------------------------------------------ */
/* File choosers                                                                               */

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("JSON Resume"));
  gtk_file_filter_add_mime_type (filter, "application/x-resume+json");  /* *.resume.json */
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        rc_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

/* what the importer reads, besides JSON Resume */
static GtkFileFilter *
resume_filter (void)
{
  static const char * const suffixes[] = { "json", "pdf", "docx", "odt", "txt", "zip" };
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Resumes (JSON Resume, PDF, Word, LibreOffice, text, LinkedIn)"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_filter_add_mime_type (filter, "application/x-resume+json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter,
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.text");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "application/zip");
  return filter;
}

static void
show_open_dialog (RcWindow *self)
{
  g_autoptr(GtkFileFilter) resumes = resume_filter ();
  g_autoptr(GtkFileFilter) filter = json_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Resume"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), resumes);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* Save As keeps the file's own name; a resume not saved yet is named as Export names it */
static char *
dup_suggested_name (RcWindow   *self,
                    const char *extension)
{
  g_autofree char *base = NULL;
  char *dot;

  if (self->file == NULL)
    return _rc_window_dup_export_name (self->document, extension);

  base = g_file_get_basename (self->file);
  dot = strrchr (base, '.');
  if (dot != NULL)
    *dot = '\0';
  return g_strconcat (base, ".", extension, NULL);
}

/* What a recruiter receives is named after the person, "Elena Marsh Resume.pdf", whatever
 * the user called their working file; no character a file system refuses */
char *
_rc_window_dup_export_name (RcDocument *document,
                            const char *extension)
{
  const char *name = rc_document_get_string (document, "/basics/name");
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *stem = NULL;

  for (const char *p = name != NULL && g_utf8_validate (name, -1, NULL) ? name : "";
       *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_isspace (c) ||
          (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        c = ' ';
      /* one space between words, none at the ends, no leading dot (a hidden file) */
      if (c == ' ' && (clean->len == 0 || clean->str[clean->len - 1] == ' '))
        continue;
      if (c == '.' && clean->len == 0)
        continue;
      if (clean->len > 80)
        break;
      g_string_append_unichar (clean, c);
    }
  while (clean->len > 0 && (clean->str[clean->len - 1] == ' ' || clean->str[clean->len - 1] == '.'))
    g_string_truncate (clean, clean->len - 1);

  if (clean->len > 0)
    /* TRANSLATORS: the file name offered when exporting, e.g. "Elena Marsh Resume" */
    stem = g_strdup_printf (_("%s Resume"), clean->str);
  else
    stem = g_strdup (_("Resume"));
  return g_strconcat (stem, ".", extension, NULL);
}

/* Save As and Export start in the resume's folder, not wherever the app was started */
static void
set_chooser_folder (RcWindow       *self,
                    GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RcWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    {
      save_document (self, file);
    }
  else
    {
      cancel_pending (self);
    }
}

static void
show_save_dialog (RcWindow *self)
{
  g_autoptr(GtkFileFilter) filter = json_filter ();
  g_autofree char *name = dup_suggested_name (self, "json");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Resume"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FileOp) op = user_data;
  RcWindow *self = op->window;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!rc_document_save_finish (RC_DOCUMENT (source), result, &error))
    {
      g_autofree char *name = NULL;
      g_autofree char *primary = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      name = rc_dup_display_name (op->file);
      primary = g_strdup_printf (_("Could not save “%s”"), name);
      _rc_window_show_error (self, primary, error->message);
      cancel_pending (self);
      return;
    }

  if (RC_DOCUMENT (source) != self->document)
    return;

  g_set_object (&self->file, op->file);
  rc_autosave_saved (self->autosave, op->file);
  _rc_window_add_recent (self, op->file);
  _rc_window_update_title (self);

  /* typed while the file was written: those edits are not saved, so ask again */
  if (self->pending != PENDING_NONE)
    _rc_window_maybe_save_then (self, self->pending, self->pending_file);
}

static void
write_document (RcWindow *self,
                GFile    *file)
{
  self->saving = TRUE;
  rc_document_save_async (self->document, file, self->cancellable, on_saved_cb,
                          file_op_new (self, file));
}

static void
on_changed_on_disk_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                RcWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "rc-file");

  if (g_str_equal (response, "overwrite"))
    {
      if (!self->saving)
        write_document (self, file);
    }
  else if (g_str_equal (response, "save-as"))
    show_save_dialog (self);
  else if (g_str_equal (response, "reload"))
    {
      /* what is on disk now, without the edits: they were the user's to drop; the draft goes
       * once the file is open, not before */
      cancel_pending (self);
      rc_window_open_file (self, file);
    }
  else
    cancel_pending (self);
}

/* Another program changed @file since we read or wrote it: saving would silently replace
 * its changes, so the user chooses, as GNOME Text Editor has them choose */
static void
ask_changed_on_disk (RcWindow *self,
                     GFile    *file)
{
  g_autofree char *name = rc_dup_display_name (file);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                                       _("Another program changed the file "
                                                         "since you opened it. Saving over it "
                                                         "loses those changes; reloading loses "
                                                         "yours.")));
  adw_message_dialog_format_heading (dialog, _("“%s” changed on disk"), name);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  /* a file that is gone has nothing to reload */
  if (g_file_query_exists (file, NULL))
    {
      adw_message_dialog_add_response (dialog, "reload", _("_Reload"));
      adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_responses (dialog,
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rc-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_on_disk_response_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_document (RcWindow *self,
               GFile    *file)
{
  if (self->document == NULL || self->saving)
    return;

  if (rc_document_file_changed_on_disk (self->document, file))
    ask_changed_on_disk (self, file);
  else
    write_document (self, file);
}

/* The window owns its chooser and destroys it when it goes, so the chooser holds no
 * reference to the window; the format travels on the chooser */
static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       RcWindow        *self)
{
  RcExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rc-format"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL && self->document != NULL)
    {
      g_autofree char *name = rc_dup_display_name (file);

      if (rc_export_to_file (self->document, format, file, NULL, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

          _rc_window_show_toast (self, text, FALSE);
        }
      else
        {
          g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

          _rc_window_show_error (self, primary, error->message);
        }
    }
}

static GtkFileFilter *
export_filter (RcExportFormat  format,
               const char    **title)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", rc_export_format_extension (format), NULL);
  const char *mime_type;

  switch (format)
    {
    case RC_EXPORT_PDF:
      *title = _("Export as PDF");
      gtk_file_filter_set_name (filter, _("PDF document"));
      mime_type = "application/pdf";
      break;
    case RC_EXPORT_DOCX:
      *title = _("Export as Word Document");
      gtk_file_filter_set_name (filter, _("Word document (.docx)"));
      mime_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      break;
    case RC_EXPORT_ODT:
      *title = _("Export as LibreOffice Document");
      gtk_file_filter_set_name (filter, _("OpenDocument text (.odt)"));
      mime_type = "application/vnd.oasis.opendocument.text";
      break;
    case RC_EXPORT_MARKDOWN:
      *title = _("Export as Markdown");
      gtk_file_filter_set_name (filter, _("Markdown"));
      mime_type = "text/markdown";
      break;
    case RC_EXPORT_JSON:
      *title = _("Export as JSON Resume");
      gtk_file_filter_set_name (filter, _("JSON Resume"));
      mime_type = "application/json";
      break;
    case RC_EXPORT_TEXT:
    default:
      *title = _("Export as Plain Text");
      gtk_file_filter_set_name (filter, _("Plain text"));
      mime_type = "text/plain";
      break;
    }
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_type);
  return filter;
}

static void
show_export_dialog (RcWindow       *self,
                    RcExportFormat  format)
{
  g_autofree char *name = _rc_window_dup_export_name (self->document,
                                                      rc_export_format_extension (format));
  const char *title = NULL;
  g_autoptr(GtkFileFilter) filter = export_filter (format, &title);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_object_set_data (G_OBJECT (chooser), "rc-format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* ------------------------------------------------------------------------------------------ */
/* Actions                                                                                     */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _rc_window_maybe_save_then (RC_WINDOW (widget), PENDING_NEW, NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _rc_window_maybe_save_then (RC_WINDOW (widget), PENDING_OPEN_DIALOG, NULL);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _rc_window_maybe_save_then (RC_WINDOW (widget), PENDING_SAMPLE, NULL);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _rc_window_maybe_save_then (RC_WINDOW (widget), PENDING_OPEN, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (self->file != NULL)
    save_document (self, self->file);
  else
    show_save_dialog (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document != NULL)
    show_save_dialog (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  RcExportFormat format;

  if (self->document == NULL ||
      !rc_export_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;
  show_export_dialog (self, format);
}

static void
export_menu_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->export_button));
}

static void
show_tips_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rc_tips_window_present_entry (GTK_WINDOW (widget), NULL);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  int section = g_variant_get_int32 (parameter);

  if (section >= 0 && section < RC_N_PAGES)
    rc_resume_editor_focus_page (RC_WINDOW (widget)->resume_editor, (RcPage) section);
}

void
_rc_window_class_actions_init (RcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-menu", NULL, export_menu_action);
  gtk_widget_class_install_action (widget_class, "win.show-tips", NULL, show_tips_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "i", show_section_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-job", "job-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-preview", "preview-visible");
  gtk_widget_class_install_property_action (widget_class, "win.template", "template");
  gtk_widget_class_install_property_action (widget_class, "win.paper", "paper");
}
