/* rc-resume-editor.h — the sections sidebar and the editor pages, marked with the findings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-field.h"
#include "rc-report.h"
#include "rc-sections.h"

G_BEGIN_DECLS

#define RC_TYPE_RESUME_EDITOR (rc_resume_editor_get_type ())
G_DECLARE_FINAL_TYPE (RcResumeEditor, rc_resume_editor, RC, RESUME_EDITOR, GtkWidget)

/* Properties: "document" (RcDocument), "report" (RcReport), both read-write and nullable;
 * "page" (int, read-only): the RcPage shown, -1 before the first;
 * "can-go-back" (boolean, read-only): folded to one view, it shows a section, not the list.
 * Signal "entry-removed" (const char *array_pointer, guint index, JsonNode *item,
 * const char *title), as RcSectionEditor's: an entry was removed with its button. */

GtkWidget  *rc_resume_editor_new             (void);
void        rc_resume_editor_set_document    (RcResumeEditor  *self,
                                              RcDocument      *document);
/* (nullable) (transfer none) */
RcDocument *rc_resume_editor_get_document    (RcResumeEditor  *self);
/* Underlines the report's findings and counts them in the sidebar. @report: (nullable) */
void        rc_resume_editor_set_report      (RcResumeEditor  *self,
                                              RcReport        *report);
/* (nullable) (transfer none) */
RcReport   *rc_resume_editor_get_report      (RcResumeEditor  *self);
/* (nullable) (transfer none): the field editing @pointer, or the list holding it; builds its
 * page if need be */
RcField    *rc_resume_editor_lookup_field    (RcResumeEditor  *self,
                                              const char      *pointer);
void        rc_resume_editor_select_page     (RcResumeEditor  *self,
                                              RcPage           page);
/* Selects @page and focuses its row in the sidebar */
void        rc_resume_editor_focus_page      (RcResumeEditor  *self,
                                              RcPage           page);
gboolean    rc_resume_editor_get_can_go_back (RcResumeEditor  *self);
/* Folded, back from the section shown to the list of sections */
void        rc_resume_editor_go_back         (RcResumeEditor  *self);
/* Shows the finding's page, scrolls to its field, focuses it and selects the span */
void        rc_resume_editor_reveal_finding  (RcResumeEditor  *self,
                                              const RcFinding *finding);

G_END_DECLS
