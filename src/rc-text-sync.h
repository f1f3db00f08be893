/* rc-text-sync.h — replace the text a widget shows by the smallest edit, keeping the cursor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

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
