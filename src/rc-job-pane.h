/* rc-job-pane.h — the target job description and how well the resume matches it
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-report.h"

G_BEGIN_DECLS

#define RC_TYPE_JOB_PANE (rc_job_pane_get_type ())
G_DECLARE_FINAL_TYPE (RcJobPane, rc_job_pane, RC, JOB_PANE, GtkWidget)

/* Properties: "document" (RcDocument), "report" (RcReport), both read-write and nullable */

RcJobPane *rc_job_pane_new          (void);
/* @document: (nullable) */
void       rc_job_pane_set_document (RcJobPane        *self,
                                     RcDocument       *document);
/* Shows the report's match with the job. @report: (nullable) */
void       rc_job_pane_set_report   (RcJobPane        *self,
                                     RcReport         *report);
/* @ats: (nullable): NULL when no job is set */
void       rc_job_pane_set_ats      (RcJobPane        *self,
                                     const RcAtsMatch *ats);

G_END_DECLS
