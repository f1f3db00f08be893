/* rc-finding-row.h — one finding in the feedback panel
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-report.h"

G_BEGIN_DECLS

#define RC_TYPE_FINDING_ROW (rc_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (RcFindingRow, rc_finding_row, RC, FINDING_ROW, GtkListBoxRow)

/* Signals without arguments: "apply-fix", "ignore", "learn-more" */

/* @quote, @place: (nullable): the text the finding points at, and where it is ("Acme · bullet 2") */
RcFindingRow    *rc_finding_row_new         (const RcFinding *finding,
                                             const char      *section,
                                             const char      *quote,
                                             const char      *place);
/* Shows @finding in place, keeping the widget (and its focus); FALSE when nothing changed */
gboolean         rc_finding_row_update      (RcFindingRow    *self,
                                             const RcFinding *finding,
                                             const char      *section,
                                             const char      *quote,
                                             const char      *place);
const RcFinding *rc_finding_row_get_finding (RcFindingRow    *self);
/* The heading of the group the row belongs to: "Experience" */
const char      *rc_finding_row_get_section (RcFindingRow    *self);

G_END_DECLS
