/* test-file.c — reading only what can be read, replacing files without ever losing them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-core-resources.h"
#include "rc-file.h"
#include "rc-test-util.h"

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
write_text (const char *path,
            const char *text)
{
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static gboolean
replace (const char          *path,
         const char          *text,
         RcFileReplaceFlags   flags,
         GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rc_file_replace_contents (file, text, strlen (text), flags, error);
}

typedef struct
{
  const char  *path;
  const char  *text;
  GError     **error;
} ReplaceCall;

static gboolean
replace_big (gpointer data)
{
  ReplaceCall *call = data;

  return replace (call->path, call->text, RC_FILE_REPLACE_NONE, call->error);
}

static void
test_read_regular_only (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "job.txt", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  guint64 size = 1;

  /* a FIFO nobody writes to: refused at once instead of waiting for ever */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  file = g_file_new_for_path (fifo);
  bytes = rc_file_read (file, 1024, &size, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_null (bytes);
  g_assert_cmpuint (size, ==, 0);
  g_clear_error (&error);
  g_clear_object (&file);

  /* an endless device is not read at all */
  file = g_file_new_for_path ("/dev/zero");
  bytes = rc_file_read (file, 1024, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path (dir);
  bytes = rc_file_read (file, 1024, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_clear_object (&file);

  /* the limit, exactly */
  write_text (big, "0123456789");
  file = g_file_new_for_path (big);
  bytes = rc_file_read (file, 9, &size, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_cmpuint (size, ==, 10);
  g_clear_error (&error);
  bytes = rc_file_read (file, 10, &size, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "0123456789", 10);

  rc_test_remove_temp_dir (dir);
}

/* the program's own data, which has no local path, reads as a stream within the same limit */
static void
test_read_resource (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///io/github/resumecoach/ResumeCoach/"
                                              "core/samples/backend-engineer.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) small = NULL;

  /* the core's data, linked into this test too */
  g_assert_nonnull (rc_core_get_resource ());
  bytes = rc_file_read (file, 1024 * 1024, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
  small = rc_file_read (file, 1000, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_null (small);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* the same, off the main thread: a FIFO does not block the window */
static void
test_read_async (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "job.txt", NULL);
  g_autofree char *text = g_build_filename (dir, "job.md", NULL);
  const char *paths[] = { fifo, text };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  write_text (text, "Backend engineer, Go");

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      rc_file_read_async (file, 1024, NULL, on_read_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      bytes = rc_file_read_finish (result, &error);
      if (i == 0)
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       "Backend engineer, Go", 20);
    }

  rc_test_remove_temp_dir (dir);
}

static void
test_replace_new_and_existing (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *draft = g_build_filename (dir, "draft.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  mode_t mask = umask (022);
  GStatBuf st;

  g_assert_true (replace (path, "{}\n", RC_FILE_REPLACE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  /* an existing file keeps its mode */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (replace (path, "{\"basics\": {}}\n", RC_FILE_REPLACE_NONE, &error));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "{\"basics\": {}}\n");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* drafts are private from the start */
  g_assert_true (replace (draft, "{}", RC_FILE_REPLACE_PRIVATE, &error));
  g_assert_cmpint (g_stat (draft, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* no temporary file is left behind */
  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "draft.json resume.json");

  umask (mask);
  rc_test_remove_temp_dir (dir);
}

static void
test_replace_through_symlink (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *real = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;
  g_autofree char *names = NULL;

  write_text (real, "old");
  g_assert_cmpint (symlink ("resume.json", link), ==, 0);

  g_assert_true (replace (link, "new", RC_FILE_REPLACE_NONE, &error));
  g_assert_no_error (error);

  /* the link is still a link, and what it points at holds the new text */
  target = g_file_read_link (link, NULL);
  g_assert_cmpstr (target, ==, "resume.json");
  text = read_text (real);
  g_assert_cmpstr (text, ==, "new");
  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "link.json resume.json");

  rc_test_remove_temp_dir (dir);
}

static void
test_replace_failure_keeps_original (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  ReplaceCall call = { path, big, &error };

  write_text (path, "{\"basics\": {\"name\": \"Elena\"}}\n");

  /* a write that fails half way, as on a full disk */
  g_assert_false (rc_test_with_file_size_limit (4096, replace_big, &call));

  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "resume.json"));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "{\"basics\": {\"name\": \"Elena\"}}\n");
  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "resume.json");

  rc_test_remove_temp_dir (dir);
}

static void
test_replace_refuses_what_is_no_file (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "resume.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_false (replace (dir, "{}", RC_FILE_REPLACE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_false (replace (missing, "{}", RC_FILE_REPLACE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "");
  rc_test_remove_temp_dir (dir);
}

/* a name as long as the file system allows still saves; a read-only file is not replaced */
static void
test_replace_long_name_and_read_only (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *name = g_strnfill (250, 'r');
  g_autofree char *long_path = g_build_filename (dir, name, NULL);
  g_autofree char *locked = g_build_filename (dir, "locked.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (replace (long_path, "{}", RC_FILE_REPLACE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (long_path), ==, 0);

  write_text (locked, "{\"basics\": {}}");
  g_assert_cmpint (g_chmod (locked, 0444), ==, 0);
  if (geteuid () != 0)
    {
      g_assert_false (replace (locked, "{}", RC_FILE_REPLACE_NONE, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      text = read_text (locked);
      g_assert_cmpstr (text, ==, "{\"basics\": {}}");
    }
  else
    g_test_message ("root may write a read-only file: that part is not checked");

  g_assert_cmpint (g_chmod (locked, 0644), ==, 0);
  rc_test_remove_temp_dir (dir);
}

static void
test_same_file (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.json", NULL);
  g_autofree char *other = g_build_filename (dir, "other.json", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) hard_file = g_file_new_for_path (hard);
  g_autoptr(GFile) soft_file = g_file_new_for_path (soft);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GFile) dotted_file = g_file_new_for_path (dotted);

  write_text (path, "{}");
  write_text (other, "{}");
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (symlink (path, soft), ==, 0);

  g_assert_true (rc_file_is_same (file, hard_file));
  g_assert_true (rc_file_is_same (soft_file, file));
  g_assert_true (rc_file_is_same (dotted_file, file));
  g_assert_false (rc_file_is_same (file, other_file));

  g_assert_cmpint (g_unlink (other), ==, 0);
  g_assert_false (rc_file_is_same (file, other_file));

  rc_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file/read/regular-only", test_read_regular_only);
  g_test_add_func ("/file/read/resource", test_read_resource);
  g_test_add_func ("/file/read/async", test_read_async);
  g_test_add_func ("/file/replace/new-and-existing", test_replace_new_and_existing);
  g_test_add_func ("/file/replace/through-symlink", test_replace_through_symlink);
  g_test_add_func ("/file/replace/failure-keeps-original", test_replace_failure_keeps_original);
  g_test_add_func ("/file/replace/refuses-what-is-no-file", test_replace_refuses_what_is_no_file);
  g_test_add_func ("/file/replace/long-name-and-read-only", test_replace_long_name_and_read_only);
  g_test_add_func ("/file/same", test_same_file);

  return g_test_run ();
}
