/* rc-entry-editor.h — a card with the fields of one resume entry (a job, a project…)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-field.h"
#include "rc-report.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *key;          /* under the entry: "position", "location/city"; NULL ends */
  RcFieldKind  kind;
  const char  *label;        /* N_(), with a mnemonic */
  const char  *placeholder;  /* N_(), an example that teaches */
  gboolean     half;         /* shares a row with the half field next to it */
} RcFieldSpec;

typedef struct
{
  const char        *title_keys[2];  /* shown, joined, as the card's title */
  const char        *untitled;       /* N_(), the title while those are empty */
  const char        *start_key;      /* dates shown under the title; NULL for none */
  const char        *end_key;
  const char        *add_label;      /* N_(), with a mnemonic: "_Add Position" */
  const char        *remove_label;   /* N_(): "Remove Position" */
  gboolean           fixed;          /* one object (basics): no title, not movable */
  const RcFieldSpec *fields;
} RcEntrySpec;

#define RC_TYPE_ENTRY_EDITOR (rc_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (RcEntryEditor, rc_entry_editor, RC, ENTRY_EDITOR, GtkWidget)

GtkWidget   *rc_entry_editor_new          (const RcEntrySpec *spec);
/* Points the fields at @pointer's members; a field showing other text than the document's
 * reloads it (its undo history starts again) */
void         rc_entry_editor_bind         (RcEntryEditor     *self,
                                           RcDocument        *document,
                                           const char        *pointer);
const char  *rc_entry_editor_get_pointer  (RcEntryEditor     *self);
/* After a change at @pointer (NULL: anything) shows the title again; the fields follow the
 * document themselves */
void         rc_entry_editor_sync         (RcEntryEditor     *self,
                                           const char        *pointer);
/* Sets which move buttons make sense for item @index of @n_items */
void         rc_entry_editor_set_position (RcEntryEditor     *self,
                                           guint              index,
                                           guint              n_items);
/* (transfer none) (element-type RcField) */
GPtrArray   *rc_entry_editor_get_fields   (RcEntryEditor     *self);
/* (transfer full): the title as shown */
char        *rc_entry_editor_dup_title    (RcEntryEditor     *self);
/* Focuses the first field, or the move button for @delta -1 / +1 when it can still move */
void         rc_entry_editor_focus        (RcEntryEditor     *self,
                                           int                move_delta);

/* Lists, in the card, the findings about the whole entry (element-type RcFinding) */
void         rc_entry_editor_set_findings (RcEntryEditor     *self,
                                           GPtrArray         *findings);

/* A box listing findings with their level's icon and message: for findings about a whole
 * entry or list, which no field can underline */
GtkWidget   *rc_notes_new                 (void);
void         rc_notes_set_findings        (GtkWidget         *notes,
                                           GPtrArray         *findings);

/* TRUE when @pointer is @ancestor or lies inside it ("/work/1/x" in "/work/1", not "/work/10") */
gboolean     rc_pointer_is_within         (const char        *pointer,
                                           const char        *ancestor);

G_END_DECLS
