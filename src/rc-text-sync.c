/* rc-text-sync.c — bind a text widget to a JSON Pointer of the document, and replace the text
 * it shows by the smallest edit, keeping the cursor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-entry-editor.h"
#include "rc-text-sync.h"

struct _RcTextBinding
{
  RcDocument        *document;
  char              *pointer;
  gulong             changed_id;
  guint              held;
  RcTextBindingFunc  changed;
  gpointer           user_data;
};

RcTextBinding *
rc_text_binding_new (RcTextBindingFunc changed,
                     gpointer          user_data)
{
  RcTextBinding *self = g_new0 (RcTextBinding, 1);

  self->changed = changed;
  self->user_data = user_data;
  return self;
}

void
rc_text_binding_free (RcTextBinding *self)
{
  if (self == NULL)
    return;
  rc_text_binding_bind (self, NULL, NULL);
  g_free (self);
}

static void
on_document_changed_cb (RcDocument    *document,
                        const char    *pointer,
                        RcChangeKind   kind,
                        RcTextBinding *self)
{
  /* the widget's own edit: it already shows it */
  if (self->held > 0 || self->pointer == NULL)
    return;
  if (rc_pointer_is_within (pointer, self->pointer) ||
      rc_pointer_is_within (self->pointer, pointer))
    self->changed (self->user_data, pointer, kind);
}

void
rc_text_binding_bind (RcTextBinding *self,
                      RcDocument    *document,
                      const char    *pointer)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (self->document != document)
    {
      g_clear_signal_handler (&self->changed_id, self->document);
      g_set_object (&self->document, document);
      if (document != NULL)
        self->changed_id = g_signal_connect (document, "changed",
                                             G_CALLBACK (on_document_changed_cb), self);
    }
  if (self->pointer != pointer)
    {
      g_free (self->pointer);
      self->pointer = g_strdup (pointer);
    }
}

RcDocument *
rc_text_binding_get_document (RcTextBinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->document;
}

const char *
rc_text_binding_get_pointer (RcTextBinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->pointer;
}

void
rc_text_binding_hold (RcTextBinding *self)
{
  g_return_if_fail (self != NULL);

  self->held++;
}

void
rc_text_binding_release (RcTextBinding *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->held > 0);

  self->held--;
}

gboolean
rc_text_binding_is_held (RcTextBinding *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->held > 0;
}

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
