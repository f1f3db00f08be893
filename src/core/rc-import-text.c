/* rc-import-text.c — a resume pasted as plain text, into lines
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-import.h"

/**
 * rc_import_text_lines:
 * @data: UTF-8 text (a byte-order mark is skipped)
 * @length: its length in bytes
 * @error: a one-line reason when it is not text or too long
 *
 * Returns: (transfer full) (element-type RcImportLine) (nullable): one line per line of text,
 *   empty lines dropped and marked on the line after them
 */
GPtrArray *
rc_import_text_lines (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  const char *end = data + length;
  gboolean blank = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_line_free);
  if (!g_utf8_validate (data, (gssize) length, NULL) || memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_UNKNOWN_KIND,
                           _("the text is not UTF-8"));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    data += 3;
  while (data < end)
    {
      const char *eol = memchr (data, '\n', (gsize) (end - data));
      const char *stop = eol != NULL ? eol : end;
      gsize len = (gsize) (stop - data);
      g_autofree char *text = NULL;
      RcImportLine *line;

      if (len > 0 && data[len - 1] == '\r')
        len--;
      text = g_strndup (data, len);
      data = eol != NULL ? eol + 1 : end;
      if (*g_strstrip (text) == '\0')
        {
          blank = TRUE;
          continue;
        }
      if (lines->len >= RC_IMPORT_MAX_LINES)
        {
          g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                       _("over %d lines of text, too long for a resume"), RC_IMPORT_MAX_LINES);
          return NULL;
        }
      line = rc_import_line_new (text);
      line->blank_before = blank;
      blank = FALSE;
      g_ptr_array_add (lines, line);
    }
  return g_steal_pointer (&lines);
}
