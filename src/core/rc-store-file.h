/* rc-store-file.h — a cache file of the user's: a GVariant that names what it was made for
 * (private)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The spelling store and the width store keep what a run found out in the user's cache: a
 * GVariant whose first child is an identity string (the dictionaries, fonts and library
 * versions the rest depends on). Such a file is outside data: any program or a damaged disk
 * can change it, so it is read untrusted (GVariant gives a safe default for whatever is
 * malformed) and written whole, at once.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* (transfer full) (nullable): the file at @path as a GVariant of @type whose first child is
 * the string @identity; NULL when it is missing, or made for another identity (damaged: it
 * reads as empty) */
GVariant *rc_store_file_read  (const char  *path,
                               const char  *type,
                               const char  *identity);
/* Writes @store to @path at once, readable by the user only, making its folder */
gboolean  rc_store_file_write (const char  *path,
                               GVariant    *store,
                               GError     **error);

G_END_DECLS
