/* rc-section.h — the sections of a JSON Resume: one table for the schema, the order findings
 * and printed blocks read in, and the pages the window shows them on
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The top-level members of a JSON Resume, in the order the printed resume reads */
typedef enum
{
  RC_SECTION_BASICS,
  RC_SECTION_WORK,
  RC_SECTION_PROJECTS,
  RC_SECTION_SKILLS,
  RC_SECTION_EDUCATION,
  RC_SECTION_CERTIFICATES,
  RC_SECTION_VOLUNTEER,
  RC_SECTION_AWARDS,
  RC_SECTION_PUBLICATIONS,
  RC_SECTION_LANGUAGES,
  RC_SECTION_INTERESTS,
  RC_SECTION_REFERENCES,
  RC_N_SECTIONS,
} RcSection;

/* The pages of the window's sections sidebar, in its order. The basics take two (the contact
 * details and the summary); the sections a backend resume rarely needs share one. */
typedef enum
{
  RC_PAGE_CONTACT,
  RC_PAGE_SUMMARY,
  RC_PAGE_EXPERIENCE,
  RC_PAGE_PROJECTS,
  RC_PAGE_SKILLS,
  RC_PAGE_EDUCATION,
  RC_PAGE_CERTIFICATES,
  RC_PAGE_OTHER,
  RC_N_PAGES,
} RcPage;

/**
 * RcSectionInfo:
 * @id: the member's name, e.g. "work"
 * @pointer: its JSON Pointer, e.g. "/work"
 * @heading: (untranslated): its heading, as the printed resume and the feedback panel show
 *   it; pass it through gettext
 * @page: the sidebar page that edits it
 * @list: TRUE for a list of entries; FALSE for the basics object
 * @texts: (array zero-terminated=1): the members of an entry (of the basics) that hold text
 * @text_lists: (array zero-terminated=1): the members of an entry that hold a list of text
 */
typedef struct
{
  const char         *id;
  const char         *pointer;
  const char         *heading;
  RcPage              page;
  gboolean            list;
  const char * const *texts;
  const char * const *text_lists;
} RcSectionInfo;

const RcSectionInfo *rc_section_get_info     (RcSection    section);
gboolean             rc_section_holds        (const char * const *names,
                                              const char         *member);
/* the section named @id (@length bytes, or -1 when NUL-terminated) */
gboolean             rc_section_from_id      (const char  *id,
                                              gssize       length,
                                              RcSection   *section);
/* The section @pointer is in, with the page that shows it and the heading it is listed
 * under: the summary is basics, on a page and under a heading of its own. FALSE for a pointer
 * outside every section ("", "/meta"). @page and @heading may be NULL. */
gboolean             rc_section_locate       (const char  *pointer,
                                              RcSection   *section,
                                              RcPage      *page,
                                              const char **heading);

G_END_DECLS
