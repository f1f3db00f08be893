/* rc-store-file.c — a cache file of the user's: a GVariant that names what it was made for
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rc-store-file.h"

GVariant *
rc_store_file_read (const char *path,
                    const char *type,
                    const char *identity)
{
  g_autoptr(GVariant) store = NULL;
  g_autoptr(GVariant) made_for = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  store = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (type), bytes, FALSE));
  made_for = g_variant_get_child_value (store, 0);
  if (strcmp (g_variant_get_string (made_for, NULL), identity) != 0)
    return NULL;
  return g_steal_pointer (&store);
}

gboolean
rc_store_file_write (const char  *path,
                     GVariant    *store,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", dir,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return g_file_set_contents_full (path, g_variant_get_data (store),
                                   (gssize) g_variant_get_size (store),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
