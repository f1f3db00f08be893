/* rc-autosave.h — keeps a draft of the document's unsaved changes after a short idle
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "rc-document.h"
#include "rc-draft-store.h"

G_BEGIN_DECLS

#define RC_TYPE_AUTOSAVE (rc_autosave_get_type ())
G_DECLARE_FINAL_TYPE (RcAutosave, rc_autosave, RC, AUTOSAVE, GObject)

/* @store: (nullable): without one, no drafts are kept */
RcAutosave *rc_autosave_new           (RcDraftStore *store);
/* Follows @document under a new draft id; the last document's draft is removed.
 * @document: (nullable) @file: (nullable): where the document is saved */
void        rc_autosave_set_document  (RcAutosave   *self,
                                       RcDocument   *document,
                                       GFile        *file);
/* Keeps writing to the draft @draft_id, one restored from a session that ended badly */
void        rc_autosave_set_draft_id  (RcAutosave   *self,
                                       const char   *draft_id);
const char *rc_autosave_get_draft_id  (RcAutosave   *self);
/* The document was saved to @file: its draft goes, unless it was edited while saving */
void        rc_autosave_saved         (RcAutosave   *self,
                                       GFile        *file);
/* Removes the draft: the changes were saved or discarded */
void        rc_autosave_discard       (RcAutosave   *self);

/* Property "interval" (guint): the seconds after the last edit a draft is written, 2 unless
 * set (the draft-interval key) */
guint       rc_autosave_get_interval  (RcAutosave   *self);
void        rc_autosave_set_interval  (RcAutosave   *self,
                                       guint         interval);
/* When the pending draft is written, in g_get_monotonic_time(); 0 when none is pending */
gint64      rc_autosave_get_draft_due (RcAutosave   *self);

/* The name a resume goes by: its file's, else the person's, else "New Resume".
 * @document: (nullable) @file: (nullable) */
char       *rc_autosave_dup_title     (RcDocument   *document,
                                       GFile        *file);
/* @file's display name, or its base name when that cannot be read */
char       *rc_dup_display_name       (GFile        *file);

G_END_DECLS
