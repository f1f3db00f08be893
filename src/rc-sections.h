/* rc-sections.h — the pages the sidebar lists, and their editors
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-report.h"
#include "rc-section.h"

G_BEGIN_DECLS

const char *rc_page_get_id                 (RcPage           page);
/* translated */
const char *rc_page_get_title              (RcPage           page);
const char *rc_page_get_icon_name          (RcPage           page);
/* The page showing @pointer, or -1 (the whole resume, meta…) */
int         rc_page_for_pointer            (const char      *pointer);
/* Where @finding is shown and counted: its pointer or, for one about something missing from
 * the resume (no pointer), its rule's place ("contact.no-profile" → "/basics/profiles") */
const char *rc_section_pointer_for_finding (const RcFinding *finding);
/* A scrolled page with the section's editors; each RcEntryEditor and RcSectionEditor on it
 * is added to @editors, unbound */
GtkWidget  *rc_page_build                  (RcPage           page,
                                            GPtrArray       *editors);

G_END_DECLS
