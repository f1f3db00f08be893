/* rc-file.h — reading and replacing the user's files safely
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RC_FILE_REPLACE_NONE    = 0,
  /* a new file is readable by its owner only (drafts); an existing one keeps its mode */
  RC_FILE_REPLACE_PRIVATE = 1 << 0,
} RcFileReplaceFlags;

GBytes   *rc_file_read             (GFile               *file,
                                    gsize                max_size,
                                    guint64             *size,
                                    GCancellable        *cancellable,
                                    GError             **error);
void      rc_file_read_async       (GFile               *file,
                                    gsize                max_size,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
GBytes   *rc_file_read_finish      (GAsyncResult        *result,
                                    GError             **error);
gboolean  rc_file_replace_contents (GFile               *file,
                                    const char          *data,
                                    gsize                length,
                                    RcFileReplaceFlags   flags,
                                    GError             **error);
gboolean  rc_file_is_same          (GFile               *a,
                                    GFile               *b);

G_END_DECLS
