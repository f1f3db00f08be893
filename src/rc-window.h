/* rc-window.h — the main window: the welcome page or the resume editor, and the panels
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "rc-application.h"
#include "rc-document.h"
#include "rc-field.h"
#include "rc-report.h"
#include "rc-sections.h"

G_BEGIN_DECLS

#define RC_TYPE_WINDOW (rc_window_get_type ())
G_DECLARE_FINAL_TYPE (RcWindow, rc_window, RC, WINDOW, AdwApplicationWindow)

/* Properties: "document" (RcDocument, read-only, nullable), which the resume editor, the panels
 * and the checker follow; "job-visible" (gboolean, the win.show-job action) */

RcWindow   *rc_window_new               (RcApplication   *application);

/* Shows @document (NULL: the welcome page); @file is where Save writes, NULL to ask */
void        rc_window_set_document      (RcWindow        *self,
                                         RcDocument      *document,
                                         GFile           *file);
/* (nullable) (transfer none) */
RcDocument *rc_window_get_document      (RcWindow        *self);
/* (nullable) (transfer none) */
GFile      *rc_window_get_file          (RcWindow        *self);
/* Loads @file without blocking; a file that cannot be read leaves the window as it was and
 * says why in a dialog */
void        rc_window_open_file         (RcWindow        *self,
                                         GFile           *file);
/* The bundled sample, as a document that was never saved */
gboolean    rc_window_open_sample       (RcWindow        *self);
/* A draft left by a session that ended badly */
gboolean    rc_window_restore_draft     (RcWindow        *self,
                                         const char      *draft_id,
                                         GError         **error);
const char *rc_window_get_draft_id      (RcWindow        *self);

/* (nullable) (transfer none): the latest check of the document */
RcReport   *rc_window_get_report        (RcWindow        *self);
/* Runs a pending check at once instead of in the same frame */
void        rc_window_check_now         (RcWindow        *self);
/* (nullable) (transfer none): the field editing @pointer, or the list holding it */
RcField    *rc_window_lookup_field      (RcWindow        *self,
                                         const char      *pointer);
void        rc_window_select_section    (RcWindow        *self,
                                         RcPage           page);
/* Shows the finding's section, scrolls to its field, focuses it and selects the span */
void        rc_window_reveal_finding    (RcWindow        *self,
                                         const RcFinding *finding);
/* Tells, in a banner, about rule packs that could not be loaded (element-type GError) */
void        rc_window_show_rule_errors  (RcWindow        *self,
                                         GPtrArray       *errors);

G_END_DECLS
