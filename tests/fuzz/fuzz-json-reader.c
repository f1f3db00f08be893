/* fuzz-json-reader.c — the strict JSON reader every file the program opens goes through: it
 * accepts or refuses with a short, valid message, and what it accepts is written and read back
 * unchanged
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-json-reader.h"
#include "rc-json-tree.h"
#include "rc-json-writer.h"
#include "rc-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = rc_json_read ((const char *) data, size, &error);
  g_autoptr(JsonNode) again = NULL;
  g_autofree char *written = NULL;
  gsize length;

  if (node == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  written = rc_json_to_data (node, &length);
  again = rc_json_read (written, length, &error);
  g_assert (again != NULL);
  g_assert (rc_json_tree_equal (node, again));
  return 0;
}
