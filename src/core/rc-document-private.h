/* rc-document-private.h — what the document's own files share: its fields and bookkeeping
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/types.h>

#include "rc-document.h"

G_BEGIN_DECLS

/* What a file on disk was when we last read or wrote it; a rewrite changes one of these */
typedef struct
{
  gboolean known;
  dev_t    device;
  ino_t    inode;
  goffset  size;
  gint64   mtime_sec;
  long     mtime_nsec;
  gint64   ctime_sec;
  long     ctime_nsec;
} DiskState;

struct _RcDocument
{
  GObject     parent_instance;

  JsonNode   *root;        /* always holds an object */
  JsonNode   *saved;       /* a deep copy of the tree as last loaded or saved; NULL when unknown
                            * or when the tree is still that (saved_is_root) */
  gboolean    saved_is_root;  /* the tree is as loaded or saved: copied only when first edited */
  GHashTable *numbers;     /* the texts numbers were read from; see rc_json_read_full() */
  guint64     generation;  /* bumped by every edit, so an async save knows if it saved the latest */
  guint32     serial;      /* unique to this document in the process, never 0 */
  gboolean    modified;
  gboolean    wrong_types; /* see rc_document_may_hold_wrong_types() */
  gboolean    legacy_keys; /* see rc_document_may_hold_legacy_keys() */

  GFile      *disk_file;   /* (nullable): the file last loaded or saved */
  DiskState   disk_state;  /* what it was then */
};

void         rc_document_keep_as_saved      (RcDocument    *self);
void         rc_document_update_modified    (RcDocument    *self,
                                             gboolean       modified);
gboolean     rc_document_differs_from_saved (RcDocument    *self,
                                             const char    *pointer,
                                             RcChangeKind   kind);
gboolean     rc_document_may_hold_wrong_types (RcDocument  *self);
/* FALSE when the resume certainly holds no key of JSON Resume v0 (rc_compat_count_legacy()) */
gboolean     rc_document_may_hold_legacy_keys (RcDocument  *self);
char        *rc_document_json_text            (JsonNode    *node,
                                               GHashTable  *numbers);
char        *rc_document_dup_json             (RcDocument  *self,
                                               JsonNode    *node);
JsonNode    *rc_document_dup_tree             (RcDocument  *self,
                                               JsonNode    *node,
                                               GHashTable **texts);
/* a value unique in the process to this document as it is now: it changes with every edit */
static inline guint64
rc_document_get_revision (RcDocument *self)
{
  return (guint64) self->serial << 32 | (guint32) self->generation;
}

G_END_DECLS
