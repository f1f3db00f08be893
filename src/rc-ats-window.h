/* rc-ats-window.h — how an ATS reads a PDF: the fields it read beside what did not survive
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-import.h"

G_BEGIN_DECLS

#define RC_TYPE_ATS_WINDOW (rc_ats_window_get_type ())
G_DECLARE_FINAL_TYPE (RcAtsWindow, rc_ats_window, RC, ATS_WINDOW, GtkWindow)

/* A window above @parent showing @report of the PDF called @name; takes @report */
RcAtsWindow *rc_ats_window_new            (GtkWindow      *parent,
                                           const char     *name,
                                           RcImportReport *report);
guint        rc_ats_window_get_n_fields   (RcAtsWindow    *self);
guint        rc_ats_window_get_n_problems (RcAtsWindow    *self);

G_END_DECLS
