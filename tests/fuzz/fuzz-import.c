/* fuzz-import.c — a resume from anywhere: import it, and what it writes must open
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-document.h"
#include "rc-fuzz.h"
#include "rc-import.h"
#include "rc-json-writer.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(RcDocument) document = NULL;

  /* the ATS view of a PDF reads it as the import does, and says why when it cannot */
  if (rc_import_detect ((const char *) data, size) == RC_IMPORT_KIND_PDF)
    {
      g_autoptr(GError) report_error = NULL;
      g_autoptr(RcImportReport) report = rc_import_pdf_report ((const char *) data, size,
                                                               &report_error);

      g_assert ((report != NULL) != (report_error != NULL));
    }
  root = rc_import_data ((const char *) data, size, &notes, &error);
  if (root == NULL)
    {
      /* a reason, on one line */
      g_assert (error != NULL && strchr (error->message, '\n') == NULL);
      return 0;
    }
  json = rc_json_to_data (root, NULL);
  document = rc_document_new_from_data (json, -1, NULL);
  g_assert (document != NULL);
  return 0;
}
