/* test-width-store.c — the widths kept between runs: read back for the same fonts and
 * libraries only, never from a damaged file, written only when something is new
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "rc-test-util.h"
#include "rc-width-store.h"

#define IDENTITY "fonts A|harfbuzz 6.0.0|pango 1.50.12"

static char *
store_path (const char *dir)
{
  return g_build_filename (dir, "cache", "widths", NULL);
}

static void
add_some (RcWidthStore *store)
{
  for (guint64 key = 1; key <= 500; key++)
    rc_width_store_add (store, key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15), (int) key * 10);
  /* a word the font lacks a character of: -1, kept like any width */
  rc_width_store_add (store, 7, -1);
}

static void
assert_has_some (RcWidthStore *store)
{
  int width = 0;

  for (guint64 key = 1; key <= 500; key++)
    {
      g_assert_true (rc_width_store_lookup (store, key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15),
                                            &width));
      g_assert_cmpint (width, ==, (int) key * 10);
    }
  g_assert_true (rc_width_store_lookup (store, 7, &width));
  g_assert_cmpint (width, ==, -1);
}

/* what one run adds, the next reads; what it adds, the one after reads beside the first */
static void
test_width_store_round_trip (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = store_path (dir);
  g_autoptr(GError) error = NULL;
  int width = 0;

  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    g_assert_false (rc_width_store_lookup (store, 42, &width));
    add_some (store);
    assert_has_some (store);
    g_assert_false (rc_width_store_lookup (store, 8, &width));
    g_assert_true (rc_width_store_save (store, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    assert_has_some (store);
    rc_width_store_add (store, 8, 80);
    g_assert_true (rc_width_store_save (store, &error));
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    assert_has_some (store);
    g_assert_true (rc_width_store_lookup (store, 8, &width));
    g_assert_cmpint (width, ==, 80);
  }
  rc_test_remove_temp_dir (dir);
}

/* widths shaped with other fonts or libraries are not used, and are written over */
static void
test_width_store_other_identity (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = store_path (dir);
  int width = 0;

  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    add_some (store);
    g_assert_true (rc_width_store_save (store, NULL));
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, "fonts B|harfbuzz 6.0.0|pango 1.50.12");

    g_assert_false (rc_width_store_lookup (store, 7, &width));
    rc_width_store_add (store, 9, 90);
    g_assert_true (rc_width_store_save (store, NULL));
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    g_assert_false (rc_width_store_lookup (store, 7, &width));
    g_assert_false (rc_width_store_lookup (store, 9, &width));
  }
  rc_test_remove_temp_dir (dir);
}

/* a damaged file is no store: nothing is read from it, and the next save writes a whole one */
static void
test_width_store_damaged (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = store_path (dir);
  g_autofree char *whole = NULL;
  gsize length;
  int width = 0;

  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    add_some (store);
    g_assert_true (rc_width_store_save (store, NULL));
  }
  g_assert_true (g_file_get_contents (path, &whole, &length, NULL));
  for (gsize cut = 0; cut < length; cut += length / 7 + 1)
    {
      g_autoptr(RcWidthStore) store = NULL;

      g_assert_true (g_file_set_contents (path, whole, (gssize) cut, NULL));
      store = rc_width_store_new (path, IDENTITY);
      g_assert_false (rc_width_store_lookup (store, 7, &width));
    }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    g_assert_false (rc_width_store_lookup (store, 7, &width));
    add_some (store);
    g_assert_true (rc_width_store_save (store, NULL));
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    assert_has_some (store);
  }
  rc_test_remove_temp_dir (dir);
}

/* a run that shaped nothing new leaves the file alone: it is not written again */
static void
test_width_store_nothing_new (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = store_path (dir);
  GStatBuf before, after;
  int width = 0;

  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    g_assert_false (rc_width_store_lookup (store, 7, &width));
    g_assert_true (rc_width_store_save (store, NULL));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    add_some (store);
    g_assert_true (rc_width_store_save (store, NULL));
    /* saved: until something is added, not again */
    g_assert_no_errno (g_stat (path, &before));
    g_assert_true (rc_width_store_save (store, NULL));
    g_assert_no_errno (g_stat (path, &after));
    g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  }
  {
    g_autoptr(RcWidthStore) store = rc_width_store_new (path, IDENTITY);

    assert_has_some (store);
    /* shaped again, to the same width */
    rc_width_store_add (store, 7, -1);
    g_assert_true (rc_width_store_save (store, NULL));
    g_assert_no_errno (g_stat (path, &after));
    g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  }
  rc_test_remove_temp_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/width-store/round-trip", test_width_store_round_trip);
  g_test_add_func ("/core/width-store/other-identity", test_width_store_other_identity);
  g_test_add_func ("/core/width-store/damaged", test_width_store_damaged);
  g_test_add_func ("/core/width-store/nothing-new", test_width_store_nothing_new);
  return g_test_run ();
}
