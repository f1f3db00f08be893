/* test-document-save.c — saving never destroys the file, and what is saved opens again
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-document.h"
#include "rc-export.h"
#include "rc-test-util.h"

static const char *original = "{\"basics\": {\"name\": \"the user's own file\"}}\n";

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* A document large enough that the first 4 KiB of it cannot hold it all */
static RcDocument *
new_large_document (void)
{
  g_autoptr(GString) data = g_string_new ("{\"basics\": {\"summary\": \"");
  RcDocument *document;

  for (guint i = 0; i < 2000; i++)
    g_string_append (data, "Grace ");
  g_string_append (data, "\"}}");

  document = rc_test_document_from_data (data->str);
  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", NULL));
  return document;
}

typedef enum
{
  SAVE_SYNC,
  SAVE_ASYNC,
  SAVE_EXPORT,
} SaveWay;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
save (RcDocument  *document,
      GFile       *file,
      SaveWay      way,
      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  switch (way)
    {
    case SAVE_SYNC:
      return rc_document_save (document, file, NULL, error);

    case SAVE_ASYNC:
      rc_document_save_async (document, file, NULL, on_saved_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      return rc_document_save_finish (document, result, error);

    case SAVE_EXPORT:
    default:
      return rc_export_to_file (document, RC_EXPORT_TEXT, file, NULL, error);
    }
}

typedef struct
{
  RcDocument  *document;
  GFile       *file;
  SaveWay      way;
  GError     **error;
} SaveCall;

static gboolean
save_call (gpointer data)
{
  SaveCall *call = data;

  return save (call->document, call->file, call->way, call->error);
}

/* A write that fails half way, as on a full disk (the file size limit stands in for it, and
 * works for root too), leaves the original byte for byte, no temporary file, and the
 * document still modified */
static void
test_failed_write (gconstpointer user_data)
{
  SaveWay way = GPOINTER_TO_INT (user_data);
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) document = new_large_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  SaveCall call = { document, file, way, &error };

  g_assert_true (g_file_set_contents (path, original, -1, NULL));

  g_assert_false (rc_test_with_file_size_limit (4096, save_call, &call));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "resume.json"));
  text = read_text (path);
  g_assert_cmpstr (text, ==, original);
  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "resume.json");
  g_assert_true (rc_document_get_modified (document));

  rc_test_remove_temp_dir (dir);
}

/* Saving through a symbolic link replaces what it points at and keeps the link */
static void
test_save_through_link (gconstpointer user_data)
{
  SaveWay way = GPOINTER_TO_INT (user_data);
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");
  g_autoptr(GError) error = NULL;
  g_autofree char *pointed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, original, -1, NULL));
  g_assert_no_errno (g_chmod (target, 0640));
  g_assert_no_errno (symlink ("resume.json", link));

  g_assert_true (save (document, file, way, &error));
  g_assert_no_error (error);

  pointed = g_file_read_link (link, NULL);
  g_assert_cmpstr (pointed, ==, "resume.json");
  text = read_text (target);
  g_assert_nonnull (strstr (text, "Ada"));
  g_assert_no_errno (g_stat (target, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  names = rc_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "link.json resume.json");

  rc_test_remove_temp_dir (dir);
}

/* The limit counts content, not our indentation: a compact resume near the limit, made of
 * many short texts and decimals, saves indented to several times its size and opens again */
static void
test_saved_opens_again (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) data = g_string_sized_new (RC_DOCUMENT_MAX_SIZE);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_string_append (data, "{\"work\":[{\"highlights\":[\"a\"");
  while (data->len < RC_DOCUMENT_MAX_SIZE / 2)
    g_string_append (data, ",\"ab\"");
  g_string_append (data, "]}],\"meta\":{\"figures\":[[1.5");
  while (data->len < RC_DOCUMENT_MAX_SIZE - RC_DOCUMENT_MAX_SIZE / 50)
    g_string_append (data, ",0.25");
  g_string_append (data, "]]}}");
  g_assert_cmpuint (data->len, <=, RC_DOCUMENT_MAX_SIZE);

  document = rc_document_new_from_data (data->str, data->len, &error);
  g_assert_no_error (error);
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_size, >, 2 * RC_DOCUMENT_MAX_SIZE);

  again = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (rc_document_get_length (again, "/meta/figures/0"), ==,
                    rc_document_get_length (document, "/meta/figures/0"));

  rc_test_remove_temp_dir (dir);
}

/* Even a resume whose indentation alone would pass the file limit (short values nested deep)
 * is written so that it opens again: without indentation */
static void
test_deep_opens_again (void)
{
  g_autoptr(GString) data = g_string_new ("{\"figures\":");
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  guint depth = RC_DOCUMENT_MAX_DEPTH - 1;
  gsize length;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (data, '[');
  g_string_append_c (data, '1');
  for (guint i = 0; i < 2 * RC_DOCUMENT_MAX_FILE_SIZE / (2 * depth); i++)
    g_string_append (data, ",1");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (data, ']');
  g_string_append_c (data, '}');

  document = rc_document_new_from_data (data->str, data->len, &error);
  g_assert_no_error (error);
  saved = rc_document_to_data (document, &length);
  g_assert_cmpuint (length, <=, RC_DOCUMENT_MAX_FILE_SIZE);

  again = rc_document_new_from_data (saved, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* Another program's change since the file was opened or saved shows; our own save does not */
/* Edits can grow a resume past what a file may hold: such a resume is not written (it could
 * not be opened again), by a save, a JSON export or in any other way, and the file stays */
static void
test_too_large_not_written (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) document = rc_test_document_from_data (original);
  g_autofree char *huge = g_strnfill (RC_DOCUMENT_MAX_SIZE + 1000, 'x');
  g_autoptr(GBytes) json = NULL;
  g_autofree char *kept = NULL;
  GError *error = NULL;

  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  g_assert_true (rc_document_set_string (document, "/basics/summary", huge, NULL));

  for (SaveWay way = SAVE_SYNC; way <= SAVE_ASYNC; way++)
    {
      g_assert_false (save (document, file, way, &error));
      g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);
      g_assert_cmpuint (strlen (error->message), <, 200);
      g_clear_error (&error);
    }
  json = rc_export_to_bytes (document, RC_EXPORT_JSON, &error);
  g_assert_null (json);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  kept = read_text (path);
  g_assert_cmpstr (kept, ==, original);
  g_assert_true (rc_document_get_modified (document));
  rc_test_remove_temp_dir (dir);
}

static void
test_changed_on_disk (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  FILE *stream;

  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (rc_document_file_changed_on_disk (document, file));
  g_assert_false (rc_document_file_changed_on_disk (document, other));

  /* replaced by another file */
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_true (rc_document_file_changed_on_disk (document, file));

  /* our own save is what the file now is */
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rc_document_file_changed_on_disk (document, file));

  /* rewritten in place, to the same size */
  g_usleep (10000);
  stream = g_fopen (path, "r+");
  g_assert_nonnull (stream);
  g_assert_cmpint (fputc ('\n', stream), ==, '\n');
  g_assert_cmpint (fclose (stream), ==, 0);
  g_assert_true (rc_document_file_changed_on_disk (document, file));

  /* the asynchronous save remembers the file too */
  g_assert_true (save (document, file, SAVE_ASYNC, &error));
  g_assert_no_error (error);
  g_assert_false (rc_document_file_changed_on_disk (document, file));

  /* removed */
  g_assert_no_errno (g_unlink (path));
  g_assert_true (rc_document_file_changed_on_disk (document, file));

  rc_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *name;
    SaveWay     way;
  } ways[] = {
    { "save", SAVE_SYNC },
    { "save-async", SAVE_ASYNC },
    { "export", SAVE_EXPORT },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autofree char *failed = g_strdup_printf ("/core/document/save/%s/failed-write",
                                                 ways[i].name);
      g_autofree char *link = g_strdup_printf ("/core/document/save/%s/through-link",
                                               ways[i].name);

      g_test_add_data_func (failed, GINT_TO_POINTER (ways[i].way), test_failed_write);
      g_test_add_data_func (link, GINT_TO_POINTER (ways[i].way), test_save_through_link);
    }
  g_test_add_func ("/core/document/save/opens-again", test_saved_opens_again);
  g_test_add_func ("/core/document/save/deep-opens-again", test_deep_opens_again);
  g_test_add_func ("/core/document/save/too-large-not-written", test_too_large_not_written);
  g_test_add_func ("/core/document/save/changed-on-disk", test_changed_on_disk);

  return g_test_run ();
}
