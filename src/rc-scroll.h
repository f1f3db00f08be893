/* rc-scroll.h — scroll a place inside a scrolled window into view once it is laid out
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Scrolls the closest GtkScrolledWindow around @widget so that the band from @y to @y +
 * @height (in @widget's coordinates) is visible. Waits for the frame that lays @widget out,
 * since a widget just shown or added has no position yet, and follows the band while the
 * next frames still move it (a view switched in, text wrapped to a new width). */
void rc_scroll_to_widget (GtkWidget *widget,
                          double     y,
                          double     height);

G_END_DECLS
