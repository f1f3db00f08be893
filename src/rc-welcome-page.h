/* rc-welcome-page.h — what the window shows with no resume: start one, open one, recent ones
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_WELCOME_PAGE (rc_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (RcWelcomePage, rc_welcome_page, RC, WELCOME_PAGE, GtkWidget)

/* Its buttons activate win.new, win.open, win.open-sample and win.open-recent; focusing the
 * page focuses New Resume */

GtkWidget *rc_welcome_page_new        (void);
/* Lists the first five of @uris (most recent first) whose files still exist.
 * @uris: (nullable) (array zero-terminated=1) */
void       rc_welcome_page_set_recent (RcWelcomePage      *self,
                                       const char * const *uris);

G_END_DECLS
