/* test-drafts.c — a draft brings back exactly what was typed, whatever the resume holds
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "rc-draft-store.h"
#include "rc-test-util.h"

/* A resume of about 4.6 MiB of decimals, as a data export pasted into an unknown member: its
 * draft is no larger than a save and restores byte for byte, numbers and all */
static void
test_large_lossless (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *drafts = g_build_filename (dir, "drafts", NULL);
  g_autoptr(RcDraftStore) store = rc_draft_store_new (drafts);
  g_autoptr(GString) json = g_string_new ("{\"basics\": {\"name\": \"Ada\"}, \"x-samples\": [");
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) restored = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/home/ada/resume.json");
  g_autoptr(GFile) restored_file = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;
  g_autofree char *resume_path = NULL;
  GStatBuf st;

  for (guint i = 0; json->len < 4600 * 1024; i++)
    g_string_append_printf (json, "%s%u.50,1e400,123456789012345678901234567890", i > 0 ? "," : "",
                            i);
  g_string_append (json, "]}");
  document = rc_test_document_from_data (json->str);
  saved = rc_document_to_data (document, NULL);

  g_assert_true (rc_draft_store_save (store, "a1b2", document, file, "Ada", &error));
  g_assert_no_error (error);
  resume_path = g_build_filename (drafts, "a1b2.json", NULL);
  g_assert_no_errno (g_stat (resume_path, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (st.st_size, ==, strlen (saved));

  list = rc_draft_store_list (store);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((RcDraftInfo *) g_ptr_array_index (list, 0))->title, ==, "Ada");

  restored = rc_draft_store_load (store, "a1b2", &restored_file, &error);
  g_assert_no_error (error);
  g_assert_true (rc_document_get_modified (restored));
  g_assert_true (g_file_equal (restored_file, file));
  again = rc_document_to_data (restored, NULL);
  g_assert_cmpstr (again, ==, saved);

  rc_draft_store_remove (store, "a1b2");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = rc_draft_store_list (store);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpint (g_rmdir (drafts), ==, 0);
  rc_test_remove_temp_dir (dir);
}

/* A damaged or half-written draft is left out of the list, not offered */
static void
test_damaged (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autoptr(RcDraftStore) store = rc_draft_store_new (dir);
  g_autofree char *info = g_build_filename (dir, "c3d4.info", NULL);
  g_autofree char *fifo = g_build_filename (dir, "e5f6.info", NULL);
  g_autofree char *fifo_resume = g_build_filename (dir, "e5f6.json", NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  /* an info file without its resume */
  g_assert_true (g_file_set_contents (info, "[Draft]\ntitle=Lost\n", -1, NULL));
  /* a FIFO where the info should be: read at once, never waited on */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_set_contents (fifo_resume, "{}", -1, NULL));

  list = rc_draft_store_list (store);
  g_assert_cmpuint (list->len, ==, 0);
  document = rc_draft_store_load (store, "c3d4", NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  rc_test_remove_temp_dir (dir);
}

/* A draft left by the first version (one file, the resume inside) is offered and restores */
static void
test_old_format (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autoptr(RcDraftStore) store = rc_draft_store_new (dir);
  g_autofree char *old = g_build_filename (dir, "9f8e.json", NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  RcDraftInfo *info;

  g_assert_true (g_file_set_contents (old,
    "{\"file\": \"file:///home/ada/resume.json\", \"title\": \"Ada\", \"saved\": 1700000000,"
    " \"resume\": {\"basics\": {\"name\": \"Ada Quill\"}}}", -1, NULL));

  list = rc_draft_store_list (store);
  g_assert_cmpuint (list->len, ==, 1);
  info = g_ptr_array_index (list, 0);
  g_assert_cmpstr (info->id, ==, "9f8e");
  g_assert_cmpstr (info->title, ==, "Ada");
  g_assert_cmpstr (info->uri, ==, "file:///home/ada/resume.json");

  document = rc_draft_store_load (store, "9f8e", &file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/name"), ==, "Ada Quill");
  g_assert_true (rc_document_get_modified (document));

  rc_draft_store_remove (store, "9f8e");
  rc_test_remove_temp_dir (dir);
}

/* After a crash, the restored draft still knows the file as it was when it was opened: a
 * change another program made since is seen before the draft is saved over it */
static void
test_changed_on_disk_after_restore (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *drafts = g_build_filename (dir, "drafts", NULL);
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(RcDraftStore) store = rc_draft_store_new (drafts);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) restored = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(GFile) restored_file = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{\"basics\": {\"name\": \"Ada\"}}", -1, NULL));
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rc_document_set_string (document, "/basics/label", "Engineer", NULL));
  g_assert_true (rc_draft_store_save (store, "b7c8", document, file, "Ada", &error));

  restored = rc_draft_store_load (store, "b7c8", &restored_file, &error);
  g_assert_no_error (error);
  g_assert_false (rc_document_file_changed_on_disk (restored, restored_file));

  g_assert_true (g_file_set_contents (path, "{\"basics\": {\"name\": \"Ada L.\"}}", -1,
                                      NULL));
  again = rc_draft_store_load (store, "b7c8", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rc_document_file_changed_on_disk (again, file));

  rc_draft_store_remove (store, "b7c8");
  g_assert_cmpint (g_rmdir (drafts), ==, 0);
  rc_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/drafts/large-lossless", test_large_lossless);
  g_test_add_func ("/ui/drafts/damaged", test_damaged);
  g_test_add_func ("/ui/drafts/old-format", test_old_format);
  g_test_add_func ("/ui/drafts/changed-on-disk-after-restore",
                   test_changed_on_disk_after_restore);

  return g_test_run ();
}
