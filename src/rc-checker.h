/* rc-checker.h — checks the document as it changes and publishes the latest report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "rc-document.h"
#include "rc-report.h"
#include "rc-rule-set.h"

G_BEGIN_DECLS

#define RC_TYPE_CHECKER (rc_checker_get_type ())
G_DECLARE_FINAL_TYPE (RcChecker, rc_checker, RC, CHECKER, GObject)

/* Properties: "document" (RcDocument, read-write), "report" (RcReport, read-only; notified
 * once per check that the document's changes asked for) */

RcChecker  *rc_checker_new          (RcRuleSet  *rules);
/* Checks @document at once; every later change of one main-loop turn is checked once, before
 * the frame is drawn, and the page count waits until the typing does.
 * @document: (nullable) */
void        rc_checker_set_document (RcChecker  *self,
                                     RcDocument *document);
/* (nullable) (transfer none) */
RcDocument *rc_checker_get_document (RcChecker  *self);
/* (nullable) (transfer none): the latest check of the document */
RcReport   *rc_checker_get_report   (RcChecker  *self);
/* Runs a pending check at once instead of in the same frame */
void        rc_checker_check_now    (RcChecker  *self);
/* Checks again now: something the rules read besides the document changed (the spelling
 * dictionaries) */
void        rc_checker_check_again  (RcChecker  *self);
/* Counts the pages again now (the template, paper or their defaults changed) and checks
 * again if the count did */
void        rc_checker_recount_pages (RcChecker *self);

G_END_DECLS
