/* rc-document.h — a JSON Resume document, edited by JSON Pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rc-json-pointer.h"
#include "rc-json-reader.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CHANGE_SET,     /* the value at the pointer was replaced */
  RC_CHANGE_INSERT,  /* an item was inserted at the pointer (an array index) */
  RC_CHANGE_REMOVE,  /* the value at the pointer was removed */
  RC_CHANGE_MOVE,    /* an array item moved; the pointer names the array */
  RC_CHANGE_RELOAD,  /* the whole document was replaced; the pointer is "" */
} RcChangeKind;

/*
 * RcDocument — the resume as a JSON tree whose root is always an object.
 *
 * Signal "changed" (const char *pointer, RcChangeKind kind): exactly one per successful
 * edit, emitted after the tree holds the new value; failed edits and no-ops emit nothing.
 * Property "modified" (boolean): whether the tree differs from the one last loaded or saved
 * (an edit that restores the saved value clears it); notifies on change.
 * Nodes and strings returned by the getters stay valid until the next edit.
 */
#define RC_TYPE_DOCUMENT (rc_document_get_type ())
G_DECLARE_FINAL_TYPE (RcDocument, rc_document, RC, DOCUMENT, GObject)

RcDocument  *rc_document_new              (void);
RcDocument  *rc_document_new_from_data    (const char    *data,
                                           gssize         length,
                                           GError       **error);
RcDocument  *rc_document_new_from_file    (GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);

char        *rc_document_to_data          (RcDocument    *self,
                                           gsize         *length);
gboolean     rc_document_check_size       (RcDocument    *self,
                                           gsize          written,
                                           GError       **error);
gboolean     rc_document_save             (RcDocument    *self,
                                           GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);

/* Added: asynchronous load and save for the window (GTask; the main thread never blocks) */
void         rc_document_load_async       (GFile               *file,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
RcDocument  *rc_document_load_finish      (GAsyncResult        *result,
                                           GError             **error);
void         rc_document_save_async       (RcDocument          *self,
                                           GFile               *file,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean     rc_document_save_finish      (RcDocument          *self,
                                           GAsyncResult        *result,
                                           GError             **error);

gboolean     rc_document_file_changed_on_disk (RcDocument  *self,
                                               GFile       *file);
/* What the document knows of @file on disk, as text to keep elsewhere (a draft), and back */
char        *rc_document_dup_disk_state       (RcDocument  *self,
                                               GFile       *file);
void         rc_document_set_disk_state       (RcDocument  *self,
                                               GFile       *file,
                                               const char  *state);

gboolean     rc_document_get_modified     (RcDocument    *self);
void         rc_document_set_modified     (RcDocument    *self,
                                           gboolean       modified);

JsonNode    *rc_document_get_root         (RcDocument    *self);
JsonNode    *rc_document_get              (RcDocument    *self,
                                           const char    *pointer);
const char  *rc_document_get_string       (RcDocument    *self,
                                           const char    *pointer);
guint        rc_document_get_length       (RcDocument    *self,
                                           const char    *pointer);

gboolean     rc_document_set              (RcDocument    *self,
                                           const char    *pointer,
                                           JsonNode      *value,
                                           GError       **error);
gboolean     rc_document_set_string       (RcDocument    *self,
                                           const char    *pointer,
                                           const char    *value,
                                           GError       **error);
/* Added: a fix's new value, as JSON text (see rc_finding_apply_fix()) */
gboolean     rc_document_set_json         (RcDocument    *self,
                                           const char    *pointer,
                                           const char    *json,
                                           GError       **error);
gboolean     rc_document_insert           (RcDocument    *self,
                                           const char    *array_pointer,
                                           int            index,
                                           JsonNode      *value,
                                           GError       **error);
gboolean     rc_document_remove           (RcDocument    *self,
                                           const char    *pointer,
                                           GError       **error);
gboolean     rc_document_move             (RcDocument    *self,
                                           const char    *array_pointer,
                                           guint          from,
                                           guint          to,
                                           GError       **error);

JsonObject  *rc_document_get_coach_state  (RcDocument    *self);

G_END_DECLS
