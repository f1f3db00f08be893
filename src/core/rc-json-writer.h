/* rc-json-writer.h — JSON text as a resume is saved: indented, in member order, exact numbers
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char        *rc_json_to_data              (JsonNode      *node,
                                           gsize         *length);

G_END_DECLS
