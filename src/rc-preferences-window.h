/* rc-preferences-window.h — the preferences: printing, checking and drafts, bound to GSettings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RC_TYPE_PREFERENCES_WINDOW (rc_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (RcPreferencesWindow, rc_preferences_window, RC, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* A modal window above @parent whose rows set @settings' keys as they change.
 * @parent: (nullable) */
GtkWindow *rc_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

G_END_DECLS
