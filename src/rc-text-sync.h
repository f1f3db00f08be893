/* rc-text-sync.h — bind a text widget to a JSON Pointer of the document, and replace the text
 * it shows by the smallest edit, keeping the cursor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"

G_BEGIN_DECLS

/* A text widget's link to the document: what it edits, and one guard against echoes. The widget
 * writes its edits and shows the document's text inside rc_text_binding_hold/release; changes
 * made while held are not reported back, and the widget ignores its own signals while
 * rc_text_binding_is_held says so. */
typedef struct _RcTextBinding RcTextBinding;

/* Called for a change at, inside or around the bound pointer that the widget did not make */
typedef void (*RcTextBindingFunc) (gpointer      user_data,
                                   const char   *pointer,
                                   RcChangeKind  kind);

RcTextBinding *rc_text_binding_new          (RcTextBindingFunc  changed,
                                             gpointer           user_data);
void           rc_text_binding_free         (RcTextBinding     *self);
/* Follows @document's changes for @pointer. @document: (nullable) */
void           rc_text_binding_bind         (RcTextBinding     *self,
                                             RcDocument        *document,
                                             const char        *pointer);
/* (nullable) (transfer none) */
RcDocument    *rc_text_binding_get_document (RcTextBinding     *self);
/* (nullable) */
const char    *rc_text_binding_get_pointer  (RcTextBinding     *self);
void           rc_text_binding_hold         (RcTextBinding     *self);
void           rc_text_binding_release      (RcTextBinding     *self);
gboolean       rc_text_binding_is_held      (RcTextBinding     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcTextBinding, rc_text_binding_free)

/* Character counts of what @a and @b share at their start and, after that, at their end */
void rc_text_common_affixes (const char    *a,
                             const char    *b,
                             guint         *prefix,
                             guint         *suffix);
/* @undoable: FALSE to load text that undo must not go back past (a fresh document) */
void rc_text_sync_buffer    (GtkTextBuffer *buffer,
                             const char    *text,
                             gboolean       undoable);
void rc_text_sync_editable  (GtkEditable   *editable,
                             const char    *text);

G_END_DECLS
