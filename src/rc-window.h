/* rc-window.h — the main window: sections, editors and the feedback panel
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-application.h"

G_BEGIN_DECLS

#define RC_TYPE_WINDOW (rc_window_get_type ())
G_DECLARE_FINAL_TYPE (RcWindow, rc_window, RC, WINDOW, GtkApplicationWindow)

RcWindow *rc_window_new (RcApplication *application);

G_END_DECLS
