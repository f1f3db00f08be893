/* rc-clamp.h — a container that keeps its child no wider than a maximum, centred
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_CLAMP (rc_clamp_get_type ())
G_DECLARE_FINAL_TYPE (RcClamp, rc_clamp, RC, CLAMP, GtkWidget)

GtkWidget *rc_clamp_new              (void);
GtkWidget *rc_clamp_get_child        (RcClamp   *self);
void       rc_clamp_set_child        (RcClamp   *self,
                                      GtkWidget *child);
int        rc_clamp_get_maximum_size (RcClamp   *self);
void       rc_clamp_set_maximum_size (RcClamp   *self,
                                      int        maximum_size);

G_END_DECLS
