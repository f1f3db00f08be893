/* rc-fuzz.h — what the fuzz targets share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* the input as a NUL-terminated string, or NULL when it is not UTF-8 text (as every caller
 * of these parsers checks first) */
static inline char *
rc_fuzz_dup_text (const guint8 *data,
                  size_t        size)
{
  if (!g_utf8_validate_len ((const char *) data, size, NULL) ||
      memchr (data, '\0', size) != NULL)
    return NULL;
  return g_strndup ((const char *) data, size);
}
