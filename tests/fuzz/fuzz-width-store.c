/* fuzz-width-store.c — the width store, a file in the user's cache that any program or a
 * damaged disk can change: read, used for widths, and written back
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input whose first byte is odd is the whole file. Otherwise the rest is the entries,
 * behind the identity the store is opened with, so that the fuzzer reaches the entries
 * rather than stopping at an identity it cannot guess.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rc-width-store.h"
#include "rc-fuzz.h"

#define IDENTITY "fuzz widths"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *dir;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcWidthStore) store = NULL;
  g_autoptr(RcWidthStore) again = NULL;
  int width;

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("fuzz-width-store-XXXXXX", NULL);
      g_assert_nonnull (dir);
    }
  if (size == 0)
    return 0;

  path = g_build_filename (dir, "widths", NULL);
  if (data[0] & 1)
    g_assert_true (g_file_set_contents (path, (const char *) data + 1, (gssize) size - 1, NULL));
  else
    {
      g_autoptr(GBytes) bytes = g_bytes_new (data + 1, size - 1);
      g_autoptr(GVariant) entries = g_variant_ref_sink (
        g_variant_new_from_bytes (G_VARIANT_TYPE ("a(ti)"), bytes, FALSE));
      g_autoptr(GVariant) file = g_variant_ref_sink (
        g_variant_new ("(s@a(ti))", IDENTITY, entries));

      g_assert_true (g_file_set_contents (path, g_variant_get_data (file),
                                          (gssize) g_variant_get_size (file), NULL));
    }

  /* every key the input holds, and some it does not: a width is one a word can have */
  store = rc_width_store_new (path, IDENTITY);
  for (gsize i = 1; i + 8 <= size; i += 8)
    {
      guint64 key;

      memcpy (&key, data + i, 8);
      if (rc_width_store_lookup (store, key, &width))
        g_assert_cmpint (width, >=, -1);
    }
  rc_width_store_add (store, size, (int) size);

  /* what was read, and the new width, are written over it, and read again */
  g_assert_true (rc_width_store_save (store, &error));
  g_assert_no_error (error);
  again = rc_width_store_new (path, IDENTITY);
  g_assert_true (rc_width_store_lookup (again, size, &width));
  g_assert_cmpint (width, ==, (int) size);
  g_unlink (path);
  return 0;
}
