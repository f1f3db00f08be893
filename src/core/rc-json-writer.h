/* rc-json-writer.h — JSON text as a resume is saved: indented, in member order, exact numbers
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  RC_JSON_WRITE_NONE    = 0,
  RC_JSON_WRITE_COMPACT = 1 << 0,  /* no line breaks, no indentation */
} RcJsonWriteFlags;

/* Room for rc_json_format_double(): the longest %.17g, ".0" and the nul */
#define RC_JSON_DOUBLE_BUF_SIZE (G_ASCII_DTOSTR_BUF_SIZE + 3)

char        *rc_json_to_data              (JsonNode          *node,
                                           gsize             *length);
char        *rc_json_to_data_full         (JsonNode          *node,
                                           GHashTable        *numbers,
                                           RcJsonWriteFlags   flags,
                                           gsize             *length);
void         rc_json_format_double        (char              *buffer,
                                           double             value);

G_END_DECLS
