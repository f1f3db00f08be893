/* rc-json-reader.h — a strict, lossless JSON reader with limits on size and nesting
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The errors of reading JSON, and of checking and editing a resume made of it */
#define RC_DOCUMENT_ERROR (rc_document_error_quark ())

typedef enum
{
  RC_DOCUMENT_ERROR_TOO_LARGE,     /* file over RC_DOCUMENT_MAX_SIZE */
  RC_DOCUMENT_ERROR_INVALID_UTF8,  /* bytes that are not UTF-8 */
  RC_DOCUMENT_ERROR_SYNTAX,        /* not JSON */
  RC_DOCUMENT_ERROR_TOO_DEEP,      /* nesting over RC_DOCUMENT_MAX_DEPTH */
  RC_DOCUMENT_ERROR_NOT_RESUME,    /* JSON, but not an object */
  RC_DOCUMENT_ERROR_WRONG_TYPE,    /* a known field of the wrong type */
  RC_DOCUMENT_ERROR_BAD_POINTER,   /* a pointer that is malformed or names nothing */
} RcDocumentError;

/* The size limits count content, not whitespace between tokens; a file may hold up to
 * RC_JSON_SPACE_FACTOR times as many bytes in all */
#define RC_DOCUMENT_MAX_SIZE      (5 * 1024 * 1024)
#define RC_DOCUMENT_MAX_DEPTH     64
#define RC_JSON_SPACE_FACTOR      8
#define RC_DOCUMENT_MAX_FILE_SIZE (RC_JSON_SPACE_FACTOR * RC_DOCUMENT_MAX_SIZE)

/* How many characters of its input a message quotes at most */
#define RC_JSON_EXCERPT_LENGTH    40

GQuark       rc_document_error_quark   (void);

/* What a reader accepts; rc_json_read() uses a resume's limits */
typedef struct
{
  gsize max_size;   /* bytes of content */
  guint max_depth;  /* containers around the deepest value */
} RcJsonLimits;

JsonNode    *rc_json_read              (const char          *data,
                                        gsize                length,
                                        GError             **error);
JsonNode    *rc_json_read_with_limits  (const char          *data,
                                        gsize                length,
                                        const RcJsonLimits  *limits,
                                        GError             **error);
JsonNode    *rc_json_read_full         (const char          *data,
                                        gsize                length,
                                        const RcJsonLimits  *limits,
                                        GHashTable         **numbers,
                                        GError             **error);
GHashTable  *rc_json_numbers_new       (void);
GBytes      *rc_json_read_file_bytes   (GFile               *file,
                                        gsize                max_size,
                                        GCancellable        *cancellable,
                                        GError             **error);

/* How messages name the kind of a value: "an object", "a list", "text"… */
const char  *rc_json_describe_node     (JsonNode            *node);
char        *rc_json_excerpt           (const char          *text);

G_END_DECLS
