/* fuzz-import-csv.c — a CSV file from anywhere: the RFC 4180 reader, never a crash
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-fuzz.h"
#include "rc-import-private.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = rc_import_csv_read ((const char *) data, size, "f.csv", &error);

  g_assert ((rows == NULL) == (error != NULL));
  if (rows == NULL)
    {
      g_assert (strchr (error->message, '\n') == NULL);
      return 0;
    }
  g_assert (rows->len <= RC_IMPORT_MAX_LINES);
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      /* every field is UTF-8, and asking for a column past the row's end is safe */
      for (guint j = 0; row[j] != NULL; j++)
        g_assert (g_utf8_validate (row[j], -1, NULL));
      rc_import_csv_get (g_ptr_array_index (rows, 0), row, "Name");
    }
  return 0;
}
