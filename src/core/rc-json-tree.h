/* rc-json-tree.h — deep copies, exact equality and list surgery on json-glib trees
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-json-reader.h"

G_BEGIN_DECLS

/* NULL with *@problem an RcDocumentError (TOO_DEEP, INVALID_UTF8) when it cannot copy */
JsonNode    *rc_json_tree_copy            (JsonNode      *node,
                                           int            depth_left,
                                           int           *problem);
JsonNode    *rc_json_tree_clone           (JsonNode      *node);
gboolean     rc_json_tree_equal           (JsonNode      *a,
                                           JsonNode      *b);
gboolean     rc_json_scalars_equal        (JsonNode      *a,
                                           JsonNode      *b);
guint64      rc_json_tree_hash            (JsonNode      *node,
                                           const char    *skip);

void         rc_json_array_insert         (JsonArray     *array,
                                           guint          index,
                                           JsonNode      *node);
JsonNode    *rc_json_array_take           (JsonArray     *array,
                                           guint          index);

G_END_DECLS
