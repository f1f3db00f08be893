/* fuzz-import-office.c — a DOCX or ODT from anywhere: the ZIP and XML readers, never a crash
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-fuzz.h"
#include "rc-import.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  for (RcImportKind kind = RC_IMPORT_KIND_DOCX; kind <= RC_IMPORT_KIND_ODT; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) lines = rc_import_office_lines ((const char *) data, size, kind,
                                                           &error);

      g_assert ((lines == NULL) == (error != NULL));
      if (lines != NULL)
        g_assert (lines->len <= RC_IMPORT_MAX_LINES);
    }
  return 0;
}
