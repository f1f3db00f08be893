/* rc-coach-state.h — what the coach keeps in meta.resumeCoach: job, ignored findings, seniority
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"
#include "rc-pdf.h"
#include "rc-report.h"

G_BEGIN_DECLS

/* (nullable): the job description as text (a stored JSON job is serialised back to JSON text) */
char        *rc_coach_state_dup_job        (RcDocument      *document);
/* stores @text (NULL or "" removes it) at /meta/resumeCoach/job; one change notification */
void         rc_coach_state_set_job        (RcDocument      *document,
                                            const char      *text);
/* keys are rc_finding_dup_key(): stored in /meta/resumeCoach/ignored */
gboolean     rc_coach_state_is_ignored     (RcDocument      *document,
                                            const RcFinding *finding);
void         rc_coach_state_ignore         (RcDocument      *document,
                                            const RcFinding *finding);
void         rc_coach_state_unignore_all   (RcDocument      *document);
/* "junior", "mid", "senior", "staff" or NULL */
const char  *rc_coach_state_get_seniority  (RcDocument      *document);

/* Added: the PDF design and paper the resume prints with: /meta/resumeCoach/template and
 * /paper, else rc_pdf_get_default_template() and _paper(). Setting one makes it the resume's
 * own choice (one change notification). */
RcPdfTemplate rc_coach_state_get_template  (RcDocument      *document);
void          rc_coach_state_set_template  (RcDocument      *document,
                                            RcPdfTemplate    template_);
RcPdfPaper    rc_coach_state_get_paper     (RcDocument      *document);
void          rc_coach_state_set_paper     (RcDocument      *document,
                                            RcPdfPaper       paper);

/* Added: whether the fix is a value (JSON text) for the list or object at the pointer */
gboolean     rc_finding_fix_is_value       (const RcFinding *finding);
/* Replaces the finding's span with its fix through the model (one change notification) */
gboolean     rc_finding_apply_fix          (const RcFinding *finding,
                                            RcDocument      *document,
                                            GError         **error);

G_END_DECLS
