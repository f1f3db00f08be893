/* fuzz-import.c — a pasted resume from anywhere: import it, and what it writes must open
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
