/* rc-text-sync.c — replace the text a widget shows by the smallest edit, keeping the cursor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-text-sync.h"

void
rc_text_common_affixes (const char *a,
                        const char *b,
                        guint      *prefix,
                        guint      *suffix)
{
  const char *pa = a, *pb = b;
  const char *ea = a + strlen (a), *eb = b + strlen (b);
  guint n_prefix = 0, n_suffix = 0;

  while (pa < ea && pb < eb && g_utf8_get_char (pa) == g_utf8_get_char (pb))
    {
      pa = g_utf8_next_char (pa);
      pb = g_utf8_next_char (pb);
      n_prefix++;
    }

  while (ea > pa && eb > pb)
    {
      const char *qa = g_utf8_prev_char (ea);
      const char *qb = g_utf8_prev_char (eb);

      if (g_utf8_get_char (qa) != g_utf8_get_char (qb))
        break;
      ea = qa;
      eb = qb;
      n_suffix++;
    }

  *prefix = n_prefix;
  *suffix = n_suffix;
}

void
rc_text_sync_buffer (GtkTextBuffer *buffer,
                     const char    *text,
                     gboolean       undoable)
{
  GtkTextIter start, end;
  g_autofree char *old = NULL;
  guint prefix, suffix;
  glong n_old, n_new;
  const char *middle, *middle_end;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  old = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_str_equal (old, text))
    return;

  rc_text_common_affixes (old, text, &prefix, &suffix);
  n_old = g_utf8_strlen (old, -1);
  n_new = g_utf8_strlen (text, -1);
  middle = g_utf8_offset_to_pointer (text, prefix);
  middle_end = g_utf8_offset_to_pointer (text, n_new - suffix);

  if (undoable)
    gtk_text_buffer_begin_user_action (buffer);
  else
    gtk_text_buffer_begin_irreversible_action (buffer);

  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) prefix);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) (n_old - suffix));
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, middle, (int) (middle_end - middle));

  if (undoable)
    gtk_text_buffer_end_user_action (buffer);
  else
    gtk_text_buffer_end_irreversible_action (buffer);
}

void
rc_text_sync_editable (GtkEditable *editable,
                       const char  *text)
{
  const char *old;
  guint prefix, suffix;
  glong n_old, n_new;
  const char *middle, *middle_end;
  int position;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  old = gtk_editable_get_text (editable);
  if (g_str_equal (old, text))
    return;

  rc_text_common_affixes (old, text, &prefix, &suffix);
  n_old = g_utf8_strlen (old, -1);
  n_new = g_utf8_strlen (text, -1);
  middle = g_utf8_offset_to_pointer (text, prefix);
  middle_end = g_utf8_offset_to_pointer (text, n_new - suffix);

  gtk_editable_delete_text (editable, (int) prefix, (int) (n_old - suffix));
  position = (int) prefix;
  gtk_editable_insert_text (editable, middle, (int) (middle_end - middle), &position);
}
