/* rc-draft-store.h — unsaved work kept in private files until it is saved or discarded
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "rc-document.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *uri;    /* (nullable): the file the draft belongs to; NULL for a resume never saved */
  char   *title;  /* the resume's name, or its file's name */
  gint64  saved;  /* Unix time of the draft */
  char   *disk_state;  /* (nullable): what the file was when last read or written */
} RcDraftInfo;

void rc_draft_info_free (RcDraftInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcDraftInfo, rc_draft_info_free)

#define RC_TYPE_DRAFT_STORE (rc_draft_store_get_type ())
G_DECLARE_FINAL_TYPE (RcDraftStore, rc_draft_store, RC, DRAFT_STORE, GObject)

/* @directory: (nullable): defaults to $XDG_DATA_HOME/resume-coach/drafts */
RcDraftStore *rc_draft_store_new           (const char    *directory);
const char   *rc_draft_store_get_directory (RcDraftStore  *self);
/* Marks a session as running; TRUE when the last one never ended (a crash or a kill) */
gboolean      rc_draft_store_begin_session (RcDraftStore  *self);
void          rc_draft_store_end_session   (RcDraftStore  *self);
/* Writes the draft @id (mode 0600, in a 0700 directory), replacing the previous one */
gboolean      rc_draft_store_save          (RcDraftStore  *self,
                                            const char    *id,
                                            RcDocument    *document,
                                            GFile         *file,
                                            const char    *title,
                                            GError       **error);
void          rc_draft_store_remove        (RcDraftStore  *self,
                                            const char    *id);
/* (transfer full) (element-type RcDraftInfo): newest first */
GPtrArray    *rc_draft_store_list          (RcDraftStore  *self);
/* @file: (out) (optional) (nullable): the file the draft belongs to */
RcDocument   *rc_draft_store_load          (RcDraftStore  *self,
                                            const char    *id,
                                            GFile        **file,
                                            GError       **error);

G_END_DECLS
