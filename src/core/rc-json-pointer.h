/* rc-json-pointer.h — JSON Pointers (RFC 6901): building, splitting and following them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-json-reader.h"

G_BEGIN_DECLS

/* Building: the one place that writes "~" as "~0" and "/" as "~1". Build every pointer with
 * these, never by pasting names between slashes. */
void         rc_json_pointer_add_token    (GString       *pointer,
                                           const char    *token);
void         rc_json_pointer_add_index    (GString       *pointer,
                                           guint          index);
char        *rc_json_pointer_append       (const char    *pointer,
                                           const char    *token);
char        *rc_json_pointer_append_index (const char    *pointer,
                                           guint          index);
char        *rc_json_pointer_append_item  (const char    *pointer,
                                           const char    *token,
                                           guint          index);
char        *rc_json_pointer_join         (const char * const *tokens,
                                           guint          n);
char        *rc_json_pointer_escape       (const char    *token);
char        *rc_json_pointer_unescape     (const char    *token);

/* Reading: NULL when the pointer is malformed or names nothing; no allocation */
JsonNode    *rc_json_pointer_lookup       (JsonNode      *root,
                                           const char    *pointer);
gboolean     rc_json_pointer_parse_index  (const char    *token,
                                           gsize          length,
                                           guint         *index);

/* Editing: unescaped tokens, with %RC_DOCUMENT_ERROR_BAD_POINTER errors naming @pointer */
GPtrArray   *rc_json_pointer_split        (const char    *pointer,
                                           GError       **error);
char        *rc_json_pointer_prefix       (GPtrArray     *tokens,
                                           guint          n);
gboolean     rc_json_pointer_find_item    (JsonArray     *array,
                                           const char    *pointer,
                                           const char    *token,
                                           guint         *index,
                                           GError       **error);
gboolean     rc_json_pointer_check_container (JsonNode   *parent,
                                              const char *pointer,
                                              GPtrArray  *tokens,
                                              guint       reached,
                                              GError    **error);
gboolean     rc_json_pointer_walk         (JsonNode      *root,
                                           const char    *pointer,
                                           GPtrArray     *tokens,
                                           guint          count,
                                           JsonNode     **node,
                                           guint         *reached,
                                           GError       **error);
void         rc_json_pointer_set_nothing_error (GError     **error,
                                                const char  *pointer,
                                                GPtrArray   *tokens,
                                                guint        reached);

G_END_DECLS
