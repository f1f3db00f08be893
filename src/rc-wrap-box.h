/* rc-wrap-box.h — children side by side, wrapping to new lines like words
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_WRAP_BOX (rc_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (RcWrapBox, rc_wrap_box, RC, WRAP_BOX, GtkWidget)

GtkWidget *rc_wrap_box_new        (void);
void       rc_wrap_box_append     (RcWrapBox *self,
                                   GtkWidget *child);
void       rc_wrap_box_remove_all (RcWrapBox *self);

G_END_DECLS
