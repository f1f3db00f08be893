/* rc-file.c — reading and replacing the user's files safely
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-file.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *prefix = g_strdup_printf (format, display);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", prefix,
               g_strerror (saved_errno));
  return FALSE;
}

static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only files on this computer can be opened or saved"));
  return path;
}

/* Reads @stream into @buffer, never more than the limit and one byte */
static gboolean
read_limited (GInputStream  *stream,
              GByteArray    *buffer,
              gsize          max_size,
              GCancellable  *cancellable,
              GError       **error)
{
  for (;;)
    {
      guint have = buffer->len;
      gsize want = MIN (65536, max_size + 1 - have);
      gssize n;

      g_byte_array_set_size (buffer, have + want);
      n = g_input_stream_read (stream, buffer->data + have, want, cancellable, error);
      if (n < 0)
        return FALSE;
      g_byte_array_set_size (buffer, have + (guint) n);
      if (n == 0 || buffer->len > max_size)
        return TRUE;
    }
}

static void
set_too_large_error (GError **error,
                     gsize    max_size)
{
  g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("The file is too large; at most %s can be read"), limit);
}

/**
 * rc_file_read:
 * @file: a local file
 * @max_size: the most it may hold, in bytes
 * @size: (out) (optional): the file's size when it is too large, 0 otherwise
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a %G_IO_ERROR
 *
 * Reads a regular file whole. Anything else (a folder, a FIFO, a device) is refused before a
 * byte of it is read, so nothing can block or feed it without end; so is a file larger than
 * @max_size (%G_IO_ERROR_MESSAGE_TOO_LARGE), even one that grows while it is read. A file with
 * no local path, such as the program's own resource:// data, is read as a stream, within the
 * same limit.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
rc_file_read (GFile         *file,
              gsize          max_size,
              guint64       *size,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st = { 0 };
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size != NULL)
    *size = 0;
  if ((path = g_file_get_path (file)) == NULL)
    {
      /* a file with no local path, such as our own resource:// data */
      g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);

      buffer = g_byte_array_new ();
      if (stream == NULL ||
          !read_limited (G_INPUT_STREAM (stream), buffer, max_size, cancellable, error))
        return NULL;
      if (buffer->len > max_size)
        {
          set_too_large_error (error, max_size);
          return NULL;
        }
      return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
    }

  /* O_NONBLOCK: opening a FIFO must not wait for a writer */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      if (S_ISDIR (st.st_mode))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                             _("It is a folder, not a file"));
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                             _("It is not a regular file"));
      return NULL;
    }

  if ((guint64) st.st_size <= max_size)
    {
      g_autoptr(GInputStream) stream = g_unix_input_stream_new (fd, FALSE);

      fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
      buffer = g_byte_array_sized_new ((guint) st.st_size + 1);
      if (!read_limited (stream, buffer, max_size, cancellable, error))
        {
          close (fd);
          return NULL;
        }
    }
  close (fd);

  if (buffer == NULL || buffer->len > max_size)
    {
      if (size != NULL && (guint64) st.st_size > max_size)
        *size = (guint64) st.st_size;
      set_too_large_error (error, max_size);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = rc_file_read (G_FILE (source_object), GPOINTER_TO_SIZE (task_data), NULL,
                                cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

/**
 * rc_file_read_async:
 * @file: a local file
 * @max_size: the most it may hold, in bytes
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result in the thread-default main context
 * @user_data: data for @callback
 *
 * rc_file_read() in a worker thread.
 */
void
rc_file_read_async (GFile               *file,
                    gsize                max_size,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_file_read_async);
  g_task_set_task_data (task, GSIZE_TO_POINTER (max_size), NULL);
  g_task_run_in_thread (task, read_in_thread);
}

/**
 * rc_file_read_finish:
 * @result: the result rc_file_read_async() gave its callback
 * @error: return location for a %G_IO_ERROR
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
rc_file_read_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, rc_file_read_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The file a save must replace: @path with every symbolic link followed, so that saving
 * through a link replaces what it points at and keeps the link */
static char *
resolve_target (const char  *path,
                struct stat *st,
                gboolean    *exists,
                GError     **error)
{
  char *resolved;

  if (g_stat (path, st) != 0)
    {
      int saved_errno = errno;
      GStatBuf lst;

      if (saved_errno == ENOENT && g_lstat (path, &lst) != 0)
        {
          *exists = FALSE;
          return g_strdup (path);
        }
      set_errno_error (error, saved_errno, _("Cannot save to “%s”"), path);
      return NULL;
    }

  if (!S_ISREG (st->st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot save to “%s”: it is not a regular file"), display);
      return NULL;
    }

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    {
      set_errno_error (error, errno, _("Cannot save to “%s”"), path);
      return NULL;
    }
  /* the rename would replace a file its owner made read-only: refuse as writing would */
  if (access (resolved, W_OK) != 0)
    {
      set_errno_error (error, errno, _("Cannot save to “%s”"), resolved);
      free (resolved);
      return NULL;
    }
  *exists = TRUE;
  return resolved;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/**
 * rc_file_replace_contents:
 * @file: a local file, which may not exist yet
 * @data: (array length=length): what it is to hold
 * @length: length of @data in bytes
 * @flags: #RcFileReplaceFlags
 * @error: return location for a %G_IO_ERROR
 *
 * Replaces @file atomically: @data goes to a temporary file in the folder of the file @file
 * resolves to (symbolic links followed), each write checked and synced to disk, then renamed
 * over it with its mode kept. The file is never written in place: on any failure it is left
 * byte for byte as it was, the temporary file is removed, and @error says what happened.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_file_replace_contents (GFile               *file,
                          const char          *data,
                          gsize                length,
                          RcFileReplaceFlags   flags,
                          GError             **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  struct stat st = { 0 };
  gboolean exists = FALSE;
  int fd, dir_fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((path = get_local_path (file, error)) == NULL ||
      (target = resolve_target (path, &st, &exists, error)) == NULL)
    return FALSE;

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  /* a name near the file system's limit has no room for more: the temporary one is short */
  if (strlen (base) > 200)
    base[200] = '\0';
  temp = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);

  /* the mode given here passes through the umask, as for any new file */
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC,
                       (flags & RC_FILE_REPLACE_PRIVATE) ? 0600 : 0666);
  if (fd < 0)
    return set_errno_error (error, errno, _("Cannot write in the folder “%s”"), folder);

  /* keep the group too where we may; only root could give the file away, so that can fail */
  if (exists && fchown (fd, st.st_uid, st.st_gid) != 0)
    g_debug ("Keeping the owner of %s: %s", target, g_strerror (errno));

  if (!write_all (fd, data != NULL ? data : "", length) ||
      (exists && fchmod (fd, st.st_mode & 07777) != 0) ||
      fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      return set_errno_error (error, saved_errno, _("Cannot save “%s”"), target);
    }

  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      return set_errno_error (error, saved_errno, _("Cannot save “%s”"), target);
    }

  /* the rename itself is durable only once the folder is synced */
  dir_fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

/**
 * rc_file_is_same:
 * @a: a file
 * @b: another
 *
 * Whether @a and @b are one file on disk, whatever path names them: through a symbolic
 * link, a hard link or another spelling of the path.
 *
 * Returns: %TRUE when both exist and are the same file
 */
gboolean
rc_file_is_same (GFile *a,
                 GFile *b)
{
  g_autofree char *path_a = g_file_get_path (a);
  g_autofree char *path_b = g_file_get_path (b);
  GStatBuf sa, sb;

  if (path_a == NULL || path_b == NULL)
    return g_file_equal (a, b);
  if (g_stat (path_a, &sa) != 0 || g_stat (path_b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
