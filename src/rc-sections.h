/* rc-sections.h — the resume's sections as the window lists them, and their editor pages
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-report.h"

G_BEGIN_DECLS

typedef enum
{
  RC_SECTION_CONTACT,
  RC_SECTION_SUMMARY,
  RC_SECTION_EXPERIENCE,
  RC_SECTION_PROJECTS,
  RC_SECTION_SKILLS,
  RC_SECTION_EDUCATION,
  RC_SECTION_CERTIFICATES,
  RC_SECTION_OTHER,
  RC_N_SECTIONS,
} RcSection;

const char *rc_section_get_id          (RcSection   section);
/* translated */
const char *rc_section_get_title       (RcSection   section);
const char *rc_section_get_icon_name   (RcSection   section);
/* The section showing @pointer, or -1 (the whole resume, meta…) */
int         rc_section_for_pointer     (const char *pointer);
/* Where @finding is shown and counted: its pointer or, for one about something missing from
 * the resume (no pointer), the part its rule is about ("contact.missing-email" → "/basics") */
const char *rc_section_pointer_for_finding (const RcFinding *finding);
/* A scrolled page with the section's editors; each RcEntryEditor and RcSectionEditor on it
 * is added to @editors, unbound */
GtkWidget  *rc_section_build_page      (RcSection   section,
                                        GPtrArray  *editors);

G_END_DECLS
