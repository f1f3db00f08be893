/* fuzz-json-reader.c — the strict JSON reader every file the program opens goes through: it
 * accepts or refuses with a short, valid message, and what it accepts is written and read back
 * unchanged
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-json-reader.h"
#include "rc-json-tree.h"
#include "rc-json-writer.h"
#include "rc-fuzz.h"

static const RcJsonLimits limits = { RC_DOCUMENT_MAX_SIZE, RC_DOCUMENT_MAX_DEPTH };

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) numbers = NULL;
  g_autoptr(GHashTable) numbers_again = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_again = NULL;
  gsize length, length_again;

  node = rc_json_read_full ((const char *) data, size, &limits, &numbers, &error);
  if (node == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      g_assert (strlen (error->message) < 1000);
      return 0;
    }

  /* as the document writes it, numbers' texts kept: it reads back to the same tree and
   * writes out the same again */
  written = rc_json_to_data_full (node, numbers, RC_JSON_WRITE_NONE, &length);
  again = rc_json_read_full (written, length, &limits, &numbers_again, &error);
  g_assert (again != NULL);
  g_assert (rc_json_tree_equal (node, again));
  written_again = rc_json_to_data_full (again, numbers_again, RC_JSON_WRITE_NONE, &length_again);
  g_assert (length == length_again && memcmp (written, written_again, length) == 0);
  return 0;
}
