/* rc-bullets-view.h — a text view whose lines are the items of a string array
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"

G_BEGIN_DECLS

#define RC_TYPE_BULLETS_VIEW (rc_bullets_view_get_type ())
G_DECLARE_FINAL_TYPE (RcBulletsView, rc_bullets_view, RC, BULLETS_VIEW, GtkTextView)

GtkWidget *rc_bullets_view_new            (void);
/* Shows the array at @pointer, one item a line; each edit becomes the smallest set of
 * changes (set one item, insert or remove items) on @document. */
void       rc_bullets_view_bind           (RcBulletsView *self,
                                           RcDocument    *document,
                                           const char    *pointer);
/* Reads the array again after a change made elsewhere, keeping the cursor where it is */
void       rc_bullets_view_sync           (RcBulletsView *self);
/* The buffer position where item @index starts; FALSE when there is no such line */
gboolean   rc_bullets_view_get_item_start (RcBulletsView *self,
                                           guint          index,
                                           GtkTextIter   *iter);
/* Moves the item under the cursor one place up (-1) or down (+1) */
gboolean   rc_bullets_view_move_current   (RcBulletsView *self,
                                           int            delta);

G_END_DECLS
