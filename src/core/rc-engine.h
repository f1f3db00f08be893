/* rc-engine.h — runs the rules over a resume, caching per string
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"
#include "rc-report.h"
#include "rc-rule-set.h"

G_BEGIN_DECLS

#define RC_TYPE_ENGINE (rc_engine_get_type ())
G_DECLARE_FINAL_TYPE (RcEngine, rc_engine, RC, ENGINE, GObject)

/* The engine keeps what it learnt about each string, keyed by pointer and text, so checking
 * again after one edit re-reads only that string and then runs the document-level rules:
 * the result is always identical to a check from scratch. */
RcEngine *rc_engine_new    (RcRuleSet  *rules);
RcRuleSet *rc_engine_get_rules (RcEngine *self);

/* Checks @document. The job description is @job_text when given, otherwise the one stored in
 * the document's coach state (meta.resumeCoach.job), if any. */
RcReport *rc_engine_check  (RcEngine   *self,
                            RcDocument *document,
                            const char *job_text);

/* Added: how many strings the last check read afresh rather than from its cache */
guint     rc_engine_get_last_rechecked (RcEngine *self);

/* Added: with "defer-pages" set, a check after an edit uses the last page count instead of
 * laying the resume out again (rc_report_get_pages_pending() then says so);
 * rc_engine_update_pages() counts again and returns TRUE when the count changed, so the
 * caller checks again. Unset (the default), every check counts exactly. */
gboolean  rc_engine_get_defer_pages    (RcEngine   *self);
void      rc_engine_set_defer_pages    (RcEngine   *self,
                                        gboolean    defer_pages);
gboolean  rc_engine_update_pages       (RcEngine   *self,
                                        RcDocument *document);

G_END_DECLS
