/* rc-compiled-data.c — the compiled form's writer and reader
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-compiled-data.h"

/* header: the magic, then the number of words and the pool's length (host order: the data
 * is made and read by the same build) */
#define HEADER_LEN (RC_COMPILED_MAGIC_LEN + 2 * sizeof (guint32))

void
rc_compiled_writer_init (RcCompiledWriter *writer)
{
  writer->words = g_array_new (FALSE, FALSE, sizeof (guint32));
  writer->pool = g_string_new (NULL);
  writer->offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
rc_compiled_put_u32 (RcCompiledWriter *writer,
                     guint32           value)
{
  g_array_append_val (writer->words, value);
}

void
rc_compiled_put_string (RcCompiledWriter *writer,
                        const char       *string)
{
  guint32 offset;

  if (string == NULL)
    {
      rc_compiled_put_u32 (writer, RC_COMPILED_NONE);
      return;
    }
  /* each string once */
  offset = GPOINTER_TO_UINT (g_hash_table_lookup (writer->offsets, string));
  if (offset == 0)
    {
      offset = (guint32) writer->pool->len + 1;
      g_string_append_len (writer->pool, string, (gssize) strlen (string) + 1);
      g_hash_table_insert (writer->offsets, g_strdup (string), GUINT_TO_POINTER (offset));
    }
  rc_compiled_put_u32 (writer, offset - 1);
}

void
rc_compiled_put_data (RcCompiledWriter *writer,
                      gconstpointer     data,
                      gsize             length)
{
  guint n = (guint) ((length + sizeof (guint32) - 1) / sizeof (guint32));

  g_return_if_fail (length < RC_COMPILED_NONE);
  rc_compiled_put_u32 (writer, (guint32) length);
  g_array_set_size (writer->words, writer->words->len + n);
  /* the padding is zeroes, so the same data always makes the same bytes */
  memset (&g_array_index (writer->words, guint32, writer->words->len - n), 0,
          n * sizeof (guint32));
  memcpy (&g_array_index (writer->words, guint32, writer->words->len - n), data, length);
}

void
rc_compiled_put_strv (RcCompiledWriter   *writer,
                      const char * const *strv)
{
  if (strv == NULL)
    {
      rc_compiled_put_u32 (writer, RC_COMPILED_NONE);
      return;
    }
  rc_compiled_put_u32 (writer, g_strv_length ((char **) strv));
  for (guint i = 0; strv[i] != NULL; i++)
    rc_compiled_put_string (writer, strv[i]);
}

GBytes *
rc_compiled_writer_finish (RcCompiledWriter *writer,
                           const char       *magic)
{
  GByteArray *out = g_byte_array_new ();
  char header[RC_COMPILED_MAGIC_LEN] = { 0 };
  guint32 sizes[2] = { writer->words->len, (guint32) writer->pool->len };

  memcpy (header, magic, MIN (strlen (magic), sizeof header));
  g_byte_array_append (out, (const guint8 *) header, sizeof header);
  g_byte_array_append (out, (const guint8 *) sizes, sizeof sizes);
  g_byte_array_append (out, (const guint8 *) writer->words->data,
                       writer->words->len * sizeof (guint32));
  g_byte_array_append (out, (const guint8 *) writer->pool->str, writer->pool->len);

  g_array_unref (writer->words);
  g_string_free (writer->pool, TRUE);
  g_hash_table_unref (writer->offsets);
  memset (writer, 0, sizeof *writer);
  return g_byte_array_free_to_bytes (out);
}

gboolean
rc_compiled_reader_init (RcCompiledReader  *reader,
                         GBytes            *bytes,
                         const char        *magic,
                         GError           **error)
{
  char header[RC_COMPILED_MAGIC_LEN] = { 0 };
  const guint8 *data;
  guint32 sizes[2];
  gsize size;

  memset (reader, 0, sizeof *reader);
  data = g_bytes_get_data (bytes, &size);
  memcpy (header, magic, MIN (strlen (magic), sizeof header));
  if (size < HEADER_LEN || memcmp (data, header, sizeof header) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the compiled data is not “%s”", magic);
      return FALSE;
    }
  memcpy (sizes, data + RC_COMPILED_MAGIC_LEN, sizeof sizes);
  if ((gsize) sizes[0] * sizeof (guint32) + sizes[1] != size - HEADER_LEN ||
      (sizes[1] > 0 && data[size - 1] != '\0'))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the compiled data “%s” is cut or too long", magic);
      return FALSE;
    }
  /* the resource keeps its data aligned; a copy when it is not */
  if (((guintptr) data % G_ALIGNOF (guint32)) != 0)
    reader->bytes = g_bytes_new (data, size);
  else
    reader->bytes = g_bytes_ref (bytes);
  data = g_bytes_get_data (reader->bytes, NULL);
  reader->word = (const guint32 *) (data + HEADER_LEN);
  reader->end = reader->word + sizes[0];
  reader->pool = (const char *) reader->end;
  reader->pool_len = sizes[1];
  return TRUE;
}

void
rc_compiled_reader_clear (RcCompiledReader *reader)
{
  g_clear_pointer (&reader->bytes, g_bytes_unref);
}

gboolean
rc_compiled_reader_check (RcCompiledReader  *reader,
                          GError           **error)
{
  if (reader->bad || reader->word != reader->end)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the compiled data does not hold what its reader expects");
      return FALSE;
    }
  return TRUE;
}

guint32
rc_compiled_get_u32 (RcCompiledReader *reader)
{
  if (reader->word >= reader->end)
    {
      reader->bad = TRUE;
      return RC_COMPILED_NONE;
    }
  return *reader->word++;
}

const char *
rc_compiled_get_string (RcCompiledReader *reader)
{
  guint32 offset = rc_compiled_get_u32 (reader);

  if (offset == RC_COMPILED_NONE)
    return NULL;
  if (offset >= reader->pool_len)
    {
      reader->bad = TRUE;
      return NULL;
    }
  return reader->pool + offset;
}

gconstpointer
rc_compiled_get_data (RcCompiledReader *reader,
                      gsize            *length)
{
  guint32 bytes = rc_compiled_get_u32 (reader);
  guint32 n = (guint32) ((bytes + (guint64) sizeof (guint32) - 1) / sizeof (guint32));
  const guint32 *data = reader->word;

  *length = 0;
  if (reader->bad || n > (guint32) (reader->end - reader->word))
    {
      reader->bad = TRUE;
      return NULL;
    }
  reader->word += n;
  *length = bytes;
  return data;
}

GStrv
rc_compiled_dup_strv (RcCompiledReader *reader)
{
  guint32 n = rc_compiled_get_u32 (reader);
  GStrv strv;

  if (n == RC_COMPILED_NONE)
    return NULL;
  if (n > (guint32) (reader->end - reader->word))
    {
      reader->bad = TRUE;
      return NULL;
    }
  strv = g_new (char *, n + 1);
  for (guint32 i = 0; i < n; i++)
    strv[i] = g_strdup (rc_compiled_get_string (reader));
  strv[n] = NULL;
  /* a bad offset leaves a NULL inside: cut there, and the caller's check fails */
  return strv;
}

GBytes *
rc_compiled_data_lookup (const char  *name,
                         GError     **error)
{
  GResource *resource = rc_core_compiled_get_resource ();

  if (resource == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "this program has no compiled data");
      return NULL;
    }
  /* stored uncompressed: the bytes are the program's own, no copy */
  return g_resource_lookup_data (resource, name, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
