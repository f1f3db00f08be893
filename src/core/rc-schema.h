/* rc-schema.h — the JSON Resume type rules: what each known place of a resume must hold
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-json-reader.h"

G_BEGIN_DECLS

/* The deepest place a type rule looks at: /work/0/highlights/0 */
#define RC_SCHEMA_MAX_DEPTH 4

typedef enum
{
  RC_SCHEMA_NONE,    /* no rule: anything goes */
  RC_SCHEMA_OBJECT,
  RC_SCHEMA_LIST,
  RC_SCHEMA_TEXT,
} RcSchemaKind;

/* @pointer: a known place; @found: (transfer none): what it holds instead of @expected */
typedef void (*RcSchemaMismatchFunc) (const char   *pointer,
                                      RcSchemaKind  expected,
                                      JsonNode     *found,
                                      gpointer      user_data);

RcSchemaKind rc_schema_at                 (const char * const *path,
                                           guint               n);
gboolean     rc_schema_check              (JsonNode           *root,
                                           gboolean           *kept_wrong_types,
                                           GError            **error);
gboolean     rc_schema_check_at           (JsonNode           *node,
                                           GPtrArray          *tokens,
                                           guint               n,
                                           GError            **error);
void         rc_schema_foreach_mismatch   (JsonNode              *root,
                                           RcSchemaMismatchFunc   func,
                                           gpointer               user_data);
const char  *rc_schema_describe           (RcSchemaKind           kind);

G_END_DECLS
