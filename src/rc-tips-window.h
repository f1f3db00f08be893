/* rc-tips-window.h — the tips browser: the bundled guide, searchable, beside the editor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-report.h"

G_BEGIN_DECLS

#define RC_TYPE_TIPS_WINDOW (rc_tips_window_get_type ())
G_DECLARE_FINAL_TYPE (RcTipsWindow, rc_tips_window, RC, TIPS_WINDOW, GtkWindow)

/* Shows the guide at @entry_id (NULL or unknown: the first entry, or where it was), in the one
 * browser of @parent's application (one per process without an application). The browser is
 * not modal and stays above @parent, so the editor stays usable while it is open. */
void          rc_tips_window_present_entry       (GtkWindow       *parent,
                                                  const char      *entry_id);
/* Shows @finding's tip. For a weak or repeated opening verb (verb.weak-start, verb.repeated)
 * the verb pages offer a button per strong verb that rewrites the bullet's first word in
 * @document — past tense, or present for a current role (no end date). */
void          rc_tips_window_present_for_finding (GtkWindow       *parent,
                                                  RcDocument      *document,
                                                  const RcFinding *finding);

/* (nullable) (transfer none): the browser of @parent's application, if one is open */
RcTipsWindow *rc_tips_window_find                (GtkWindow       *parent);
/* (nullable): the id of the entry shown */
const char   *rc_tips_window_get_entry_id        (RcTipsWindow    *self);
/* The entries the list shows: every entry, or the search results, best first */
guint         rc_tips_window_get_n_listed        (RcTipsWindow    *self);

G_END_DECLS
