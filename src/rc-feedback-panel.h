/* rc-feedback-panel.h — score, counts and the findings of the current report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-report.h"
#include "rc-section.h"

G_BEGIN_DECLS

#define RC_TYPE_FEEDBACK_PANEL (rc_feedback_panel_get_type ())
G_DECLARE_FINAL_TYPE (RcFeedbackPanel, rc_feedback_panel, RC, FEEDBACK_PANEL, GtkWidget)

/* Properties: "document" (RcDocument), "report" (RcReport), both read-write and nullable;
 * "page" (int: the RcPage the editor shows, -1 for none) and "section-only" (gboolean: list
 * only the findings shown on that page; the score and the counts stay the whole resume's).
 *
 * Signals for the window, each with one RcFinding (RC_TYPE_FINDING) argument:
 *   "finding-activated" (show it in the editor), "learn-more" (open its tip).
 * The panel applies fixes, ignores findings and shows ignored ones again through its
 * document; "apply-fix", "ignore" (an RcFinding) and "restore-ignored" (no arguments) say so.
 */

RcFeedbackPanel *rc_feedback_panel_new        (void);
/* @report: (nullable): NULL clears the panel */
void             rc_feedback_panel_set_report (RcFeedbackPanel *self,
                                               RcReport        *report);
/* @page: an RcPage, or -1 */
void             rc_feedback_panel_set_page   (RcFeedbackPanel *self,
                                               int              page);
void             rc_feedback_panel_set_section_only (RcFeedbackPanel *self,
                                                     gboolean         section_only);
/* Optional: with the document, rows quote the text a finding points at and name its entry.
 * @document: (nullable) */
void             rc_feedback_panel_set_document (RcFeedbackPanel *self,
                                                 RcDocument      *document);

G_END_DECLS
