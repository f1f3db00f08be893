/* rc-compiled-data.h — the bundled taxonomy and verbs in their compiled form (private)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/skills.json and data/verbs.json are read at build time by rc-compile-data with the
 * core's own loaders (one reader, one truth) and written as a flat stream: a header, 32-bit
 * words read in the order they were written, then a pool of NUL-terminated strings the words
 * point into. They sit uncompressed in a resource of their own (rc-core-compiled), so the start
 * reads them in place with no JSON parsing, no validation and no format strings.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Made by glib-compile-resources from rc-core-compiled.gresource.xml; rc-compile-data defines
 * it to return NULL, so the loaders read the JSON there. */
GResource *rc_core_compiled_get_resource (void);

#define RC_COMPILED_MAGIC_LEN 16
#define RC_COMPILED_NONE      G_MAXUINT32   /* a NULL string or list */

typedef struct
{
  GArray     *words;    /* guint32 */
  GString    *pool;
  GHashTable *offsets;  /* string → its offset + 1 in the pool */
} RcCompiledWriter;

void        rc_compiled_writer_init   (RcCompiledWriter   *writer);
void        rc_compiled_put_u32       (RcCompiledWriter   *writer,
                                       guint32             value);
/* @string (nullable) */
void        rc_compiled_put_string    (RcCompiledWriter   *writer,
                                       const char         *string);
/* @strv (nullable): its length, then its strings */
void        rc_compiled_put_strv      (RcCompiledWriter   *writer,
                                       const char * const *strv);
/* @length bytes of @data, padded to whole words: a table written as the program holds it */
void        rc_compiled_put_data      (RcCompiledWriter   *writer,
                                       gconstpointer       data,
                                       gsize               length);
/* @magic: up to RC_COMPILED_MAGIC_LEN bytes naming the data and its layout's version */
GBytes     *rc_compiled_writer_finish (RcCompiledWriter   *writer,
                                       const char         *magic);

typedef struct
{
  GBytes        *bytes;
  const guint32 *word;
  const guint32 *end;
  const char    *pool;
  gsize          pool_len;
  gboolean       bad;     /* read past the end or out of the pool */
} RcCompiledReader;

gboolean    rc_compiled_reader_init   (RcCompiledReader   *reader,
                                       GBytes             *bytes,
                                       const char         *magic,
                                       GError            **error);
void        rc_compiled_reader_clear  (RcCompiledReader   *reader);
/* @error set when the stream was cut or out of bounds, or did not end where it should */
gboolean    rc_compiled_reader_check  (RcCompiledReader   *reader,
                                       GError            **error);
guint32     rc_compiled_get_u32       (RcCompiledReader   *reader);
/* (nullable) borrowed from the bytes */
const char *rc_compiled_get_string    (RcCompiledReader   *reader);
/* what rc_compiled_put_data() wrote, in place (its length in @length); %NULL when cut */
gconstpointer rc_compiled_get_data    (RcCompiledReader   *reader,
                                       gsize              *length);
/* (nullable) */
GStrv       rc_compiled_dup_strv      (RcCompiledReader   *reader);

/* the compiled resource's @name; NULL (with @error) when the program has no compiled data */
GBytes     *rc_compiled_data_lookup   (const char         *name,
                                       GError            **error);

G_END_DECLS
