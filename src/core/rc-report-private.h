/* rc-report-private.h — how the engine builds a report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-report.h"

G_BEGIN_DECLS

/* A refcounted holder for an ATS match, shared by the engine's cache and its reports */
typedef struct _RcAtsBox RcAtsBox;

RcAtsBox   *rc_ats_box_new        (RcAtsMatch *match);
RcAtsBox   *rc_ats_box_ref        (RcAtsBox   *box);
void        rc_ats_box_unref      (RcAtsBox   *box);
RcAtsMatch *rc_ats_box_get        (RcAtsBox   *box);

RcReport   *rc_report_new         (void);
/* @findings stays alive as long as the report: the report holds a reference to it */
void        rc_report_hold        (RcReport   *self,
                                   GPtrArray  *findings);
void        rc_report_add         (RcReport   *self,
                                   RcFinding  *finding);
void        rc_report_set_ignored (RcReport   *self,
                                   guint       ignored);
void        rc_report_set_score   (RcReport   *self,
                                   guint       score);
/* @items: RcScoreItem, most points first (taken), the one for missing or short bullets
 * without its label (@no_bullets: there are none at all); @earned: per category */
void        rc_report_set_breakdown (RcReport     *self,
                                     GArray       *items,
                                     const gdouble earned[RC_N_CATEGORIES],
                                     gboolean      no_bullets);
void        rc_report_set_pages_pending (RcReport *self,
                                         gboolean  pending);
void        rc_report_set_ats     (RcReport   *self,
                                   RcAtsBox   *ats);

/* Orders pointers as the printed resume reads: sections in print order, fields in reading
 * order, list items by index. Equal keys fall back to strcmp(). */
guint64     rc_pointer_sort_key   (const char *pointer);
/* the rank rc_pointer_sort_key() gives one token: a name's reading order, or 1 + an index */
guint       rc_pointer_token_rank (const char *token,
                                   gsize       len);
int         rc_pointer_compare    (const char *a,
                                   const char *b);

RcFinding  *rc_finding_new        (const char *rule_id,
                                   RcLevel     level,
                                   const char *pointer,
                                   guint       start,
                                   guint       end);

G_END_DECLS
