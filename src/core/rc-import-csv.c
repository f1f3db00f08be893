/* rc-import-csv.c — comma-separated values (RFC 4180) into rows of fields
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-import-private.h"

/* a row of a resume's file has a handful of fields; a file of thousands is not one */
#define MAX_FIELDS 256

static void
end_field (GPtrArray *row,
           GString   *field)
{
  g_ptr_array_add (row, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

static void
end_row (GPtrArray *rows,
         GPtrArray *row)
{
  /* a line with nothing on it is no row: the blank line many files end with */
  if (row->len == 2 && *(const char *) g_ptr_array_index (row, 0) == '\0')
    g_ptr_array_remove_index (row, 0);
  if (row->len > 1)
    g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
  else
    g_ptr_array_set_size (row, 0);
}

static gboolean
fail (GError    **error,
      const char *name,
      guint       line,
      const char *why)
{
  g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_CORRUPT,
               _("%s is damaged at line %u: %s"), name, line, why);
  return FALSE;
}

/* Reads the fields of @data into @rows; each row ends with a NULL */
static gboolean
read_rows (const char  *data,
           gsize        length,
           const char  *name,
           GPtrArray   *rows,
           GPtrArray   *row,
           GString     *field,
           GError     **error)
{
  const char *end = data + length;
  gboolean quoted = FALSE;
  gboolean after_quote = FALSE;
  guint line = 1, quote_line = 0;

  for (const char *p = data; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              after_quote = TRUE;
            }
          else
            {
              if (c == '\n')
                line++;
              /* a line break in a field written as CR LF reads as one LF */
              if (c != '\r' || p + 1 >= end || p[1] != '\n')
                g_string_append_c (field, c);
            }
          continue;
        }
      if (c == ',' || c == '\n' || (c == '\r' && (p + 1 >= end || p[1] == '\n')))
        {
          if (row->len >= MAX_FIELDS)
            return fail (error, name, line, _("too many fields"));
          end_field (row, field);
          after_quote = FALSE;
          if (c == ',')
            continue;
          if (c == '\r')
            p++;
          g_ptr_array_add (row, NULL);
          end_row (rows, row);
          if (rows->len > RC_IMPORT_MAX_LINES)
            {
              g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                           _("%s holds over %d rows, too many for a resume"), name,
                           RC_IMPORT_MAX_LINES);
              return FALSE;
            }
          line++;
        }
      else if (after_quote)
        return fail (error, name, line, _("text after a closing quote"));
      else if (c == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else
        g_string_append_c (field, c);
    }
  if (quoted)
    return fail (error, name, quote_line, _("a quoted field never ends"));
  if (field->len > 0 || row->len > 0 || after_quote)
    {
      end_field (row, field);
      g_ptr_array_add (row, NULL);
      end_row (rows, row);
    }
  return TRUE;
}

/**
 * rc_import_csv_read:
 * @data: UTF-8 text (a byte-order mark is skipped)
 * @length: its length in bytes
 * @name: the file's name, for the error
 * @error: a one-line reason: not UTF-8, an unclosed quote, too many rows
 *
 * Fields are separated by commas, rows by CR LF or LF; a field in double quotes may hold
 * commas, line breaks and doubled quotes. Empty lines are skipped.
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows, the header first
 */
GPtrArray *
rc_import_csv_read (const char  *data,
                    gsize        length,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) row = NULL;
  g_autoptr(GString) field = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, (gssize) length, NULL))
    {
      g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_CORRUPT,
                   _("%s is damaged: its text is not UTF-8"), name);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  row = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  if (!read_rows (data, length, name, rows, row, field, error))
    return NULL;
  return g_steal_pointer (&rows);
}

const char *
rc_import_csv_get (char       **header,
                   char       **row,
                   const char  *column)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip (header[i]), column) == 0)
      {
        for (guint j = 0; j < i; j++)
          if (row[j] == NULL)
            return NULL;
        if (row[i] == NULL || *g_strstrip (row[i]) == '\0')
          return NULL;
        return row[i];
      }
  return NULL;
}
