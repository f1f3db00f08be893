/* rc-document-io.c — loading a resume from a file and saving it there, safely
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "rc-compat.h"
#include "rc-document-private.h"
#include "rc-file.h"
#include "rc-json-tree.h"

static void
disk_state_query (GFile     *file,
                  DiskState *state)
{
  g_autofree char *path = g_file_get_path (file);
  struct stat st;

  memset (state, 0, sizeof *state);
  if (path == NULL || g_stat (path, (GStatBuf *) &st) != 0)
    return;

  state->known = TRUE;
  state->device = st.st_dev;
  state->inode = st.st_ino;
  state->size = st.st_size;
  state->mtime_sec = st.st_mtim.tv_sec;
  state->mtime_nsec = st.st_mtim.tv_nsec;
  state->ctime_sec = st.st_ctim.tv_sec;
  state->ctime_nsec = st.st_ctim.tv_nsec;
}

static void
remember_disk_state (RcDocument      *self,
                     GFile           *file,
                     const DiskState *state)
{
  g_set_object (&self->disk_file, file);
  self->disk_state = *state;
}

/**
 * rc_document_new_from_file:
 * @file: a JSON Resume file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads @file as rc_document_new_from_data() does. Only a regular file is read, and its
 * size is checked before it is. I/O problems are reported in %G_IO_ERROR; everything about
 * the content in %RC_DOCUMENT_ERROR. Nothing is ever written. The document remembers what
 * the file was, for rc_document_file_changed_on_disk().
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_new_from_file (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  RcDocument *self;
  DiskState state;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* before reading: a change made while we read then shows as a change, never the reverse */
  disk_state_query (file, &state);

  bytes = rc_json_read_file_bytes (file, RC_DOCUMENT_MAX_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  self = rc_document_new_from_data (size > 0 ? data : "", size, error);
  /* a file opened is meant as a resume; text from elsewhere (a draft, an edit) may hold a
   * resume not begun */
  if (self != NULL && !rc_compat_check_sections (json_node_get_object (self->root), error))
    g_clear_object (&self);
  if (self != NULL)
    remember_disk_state (self, file, &state);
  return self;
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  RcDocument *document;

  document = rc_document_new_from_file (task_data, cancellable, &error);
  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * rc_document_load_async:
 * @file: a JSON Resume file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Loads @file in a worker thread, as rc_document_new_from_file() does.
 */
void
rc_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * rc_document_load_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_document_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The one way a document reaches the disk; *@state says what the file is afterwards */
static gboolean
write_file (GFile         *file,
            GBytes        *bytes,
            DiskState     *state,
            GCancellable  *cancellable,
            GError       **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !rc_file_replace_contents (file, data, length, RC_FILE_REPLACE_NONE, error))
    return FALSE;

  disk_state_query (file, state);
  return TRUE;
}

/**
 * rc_document_save:
 * @self: a document
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Saves rc_document_to_data() to @file with rc_file_replace_contents(): through a symbolic
 * link to what it points at, never in place, so the old file stays whole if anything
 * fails. Marks the document unmodified on success; a failure leaves it as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_document_save (RcDocument    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  DiskState state;
  char *data;
  gsize length;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = rc_document_to_data (self, &length);
  bytes = g_bytes_new_take (data, length);

  if (!rc_document_check_size (self, length, error) ||
      !write_file (file, bytes, &state, cancellable, error))
    return FALSE;

  remember_disk_state (self, file, &state);
  rc_document_keep_as_saved (self);
  rc_document_update_modified (self, FALSE);
  return TRUE;
}

typedef struct
{
  GFile     *file;
  GBytes    *bytes;
  JsonNode  *tree;        /* what @bytes hold, to become the saved state */
  guint64    generation;
  DiskState  state;       /* the file once saved */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->tree, json_node_unref);
  g_free (data);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (write_file (data->file, data->bytes, &data->state, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * rc_document_save_async:
 * @self: a document
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Takes a snapshot of the document now and saves it in a worker thread as
 * rc_document_save() does; edits made meanwhile are not part of this save.
 */
void
rc_document_save_async (RcDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *data;
  char *text;
  gsize length;

  g_return_if_fail (RC_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  text = rc_document_to_data (self, &length);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_document_save_async);
  if (!rc_document_check_size (self, length, &error))
    {
      g_free (text);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = g_bytes_new_take (text, length);
  data->tree = rc_json_tree_clone (self->root);
  data->generation = self->generation;

  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

/**
 * rc_document_save_finish:
 * @self: a document
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * On success, marks the document unmodified unless it was edited after the save started.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_document_save_finish (RcDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  SaveData *data;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_document_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  remember_disk_state (self, data->file, &data->state);
  g_clear_pointer (&self->saved, json_node_unref);
  self->saved = g_steal_pointer (&data->tree);
  self->saved_is_root = FALSE;

  /* edits made while saving are not in the file, unless they came back to what it holds */
  if (data->generation == self->generation)
    rc_document_update_modified (self, FALSE);
  else
    rc_document_update_modified (self, rc_document_differs_from_saved (self, "", RC_CHANGE_RELOAD));

  return TRUE;
}

/**
 * rc_document_file_changed_on_disk:
 * @self: a document
 * @file: the file about to be saved over
 *
 * Whether another program changed, replaced or removed @file since this document was
 * loaded from it or last saved to it (its device, inode, size, modification and change
 * times, to the nanosecond, are compared), so the caller can ask before overwriting.
 *
 * Returns: %TRUE if @file is the file the document last read or wrote and it is no longer
 *   as it was then; %FALSE if it is, or if the document knows nothing of @file
 */
gboolean
rc_document_file_changed_on_disk (RcDocument *self,
                                  GFile      *file)
{
  const DiskState *then = &self->disk_state;
  DiskState now;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->disk_file == NULL || !g_file_equal (file, self->disk_file) || !then->known)
    return FALSE;

  disk_state_query (file, &now);
  return !now.known ||
         now.device != then->device || now.inode != then->inode || now.size != then->size ||
         now.mtime_sec != then->mtime_sec || now.mtime_nsec != then->mtime_nsec ||
         now.ctime_sec != then->ctime_sec || now.ctime_nsec != then->ctime_nsec;
}

/**
 * rc_document_dup_disk_state:
 * @self: a document
 * @file: the file it was loaded from or saved to
 *
 * What rc_document_file_changed_on_disk() compares @file with, as text, so a draft of the
 * document can take it along: after a crash, the restored draft still knows whether another
 * program changed the file since.
 *
 * Returns: (transfer full) (nullable): the state, or %NULL when the document knows nothing
 *   of @file
 */
char *
rc_document_dup_disk_state (RcDocument *self,
                            GFile      *file)
{
  const DiskState *s = &self->disk_state;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (self->disk_file == NULL || !g_file_equal (file, self->disk_file) || !s->known)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT " %ld",
                          (guint64) s->device, (guint64) s->inode, (gint64) s->size,
                          s->mtime_sec, s->mtime_nsec, s->ctime_sec, s->ctime_nsec);
}

/**
 * rc_document_set_disk_state:
 * @self: a document
 * @file: the file @state is of
 * @state: (nullable): what rc_document_dup_disk_state() gave; %NULL: nothing is known
 *
 * Makes @file, as @state says it was, the file the document last read or wrote.
 */
void
rc_document_set_disk_state (RcDocument *self,
                            GFile      *file,
                            const char *state)
{
  DiskState parsed = { 0 };
  guint64 device, inode;
  gint64 size;

  g_return_if_fail (RC_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  if (state != NULL &&
      sscanf (state, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT
              " %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT " %ld", &device, &inode, &size,
              &parsed.mtime_sec, &parsed.mtime_nsec, &parsed.ctime_sec,
              &parsed.ctime_nsec) == 7)
    {
      parsed.known = TRUE;
      parsed.device = (dev_t) device;
      parsed.inode = (ino_t) inode;
      parsed.size = (goffset) size;
    }
  remember_disk_state (self, file, &parsed);
}
