/* rc-section-editor.h — the entries of one resume list (work, projects…) as cards
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-entry-editor.h"

G_BEGIN_DECLS

#define RC_TYPE_SECTION_EDITOR (rc_section_editor_get_type ())
G_DECLARE_FINAL_TYPE (RcSectionEditor, rc_section_editor, RC, SECTION_EDITOR, GtkWidget)

/* Signal "entry-removed" (const char *array_pointer, guint index, JsonNode *item,
 * const char *title): an entry was removed with its button; inserting @item back at @index
 * undoes it. */

/* @empty_text: (nullable): N_(), shown while the list is empty */
GtkWidget  *rc_section_editor_new         (const RcEntrySpec *spec,
                                           const char        *empty_text);
void        rc_section_editor_bind        (RcSectionEditor   *self,
                                           RcDocument        *document,
                                           const char        *pointer);
const char *rc_section_editor_get_pointer (RcSectionEditor   *self);
/* After the document changed at @pointer */
void        rc_section_editor_sync        (RcSectionEditor   *self,
                                           const char        *pointer,
                                           RcChangeKind       kind);
/* (transfer none) (element-type RcEntryEditor): the cards in document order */
GPtrArray  *rc_section_editor_get_entries (RcSectionEditor   *self);
/* Lists the findings about the whole list (element-type RcFinding) above its entries */
void        rc_section_editor_set_findings (RcSectionEditor *self,
                                            GPtrArray       *findings);
/* Appends an empty entry and focuses it */
void        rc_section_editor_add_entry   (RcSectionEditor   *self);

G_END_DECLS
