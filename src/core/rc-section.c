/* rc-section.c — the sections of a JSON Resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-section.h"

#define TEXT_LISTS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const RcSectionInfo sections[] = {
  [RC_SECTION_BASICS] = { "basics", "/basics", N_("Contact"), RC_PAGE_CONTACT, FALSE,
                          TEXT_LISTS (NULL) },
  [RC_SECTION_WORK] = { "work", "/work", N_("Experience"), RC_PAGE_EXPERIENCE, TRUE,
                        TEXT_LISTS ("highlights") },
  [RC_SECTION_PROJECTS] = { "projects", "/projects", N_("Projects"), RC_PAGE_PROJECTS, TRUE,
                            TEXT_LISTS ("highlights", "keywords", "roles") },
  [RC_SECTION_SKILLS] = { "skills", "/skills", N_("Skills"), RC_PAGE_SKILLS, TRUE,
                          TEXT_LISTS ("keywords") },
  [RC_SECTION_EDUCATION] = { "education", "/education", N_("Education"), RC_PAGE_EDUCATION,
                             TRUE, TEXT_LISTS ("courses") },
  [RC_SECTION_CERTIFICATES] = { "certificates", "/certificates", N_("Certificates"),
                                RC_PAGE_CERTIFICATES, TRUE, TEXT_LISTS (NULL) },
  [RC_SECTION_VOLUNTEER] = { "volunteer", "/volunteer", N_("Volunteering"), RC_PAGE_OTHER,
                             TRUE, TEXT_LISTS ("highlights") },
  [RC_SECTION_AWARDS] = { "awards", "/awards", N_("Awards"), RC_PAGE_OTHER, TRUE,
                          TEXT_LISTS (NULL) },
  [RC_SECTION_PUBLICATIONS] = { "publications", "/publications", N_("Publications"),
                                RC_PAGE_OTHER, TRUE, TEXT_LISTS (NULL) },
  [RC_SECTION_LANGUAGES] = { "languages", "/languages", N_("Languages"), RC_PAGE_OTHER, TRUE,
                             TEXT_LISTS (NULL) },
  [RC_SECTION_INTERESTS] = { "interests", "/interests", N_("Interests"), RC_PAGE_OTHER, TRUE,
                             TEXT_LISTS ("keywords") },
  [RC_SECTION_REFERENCES] = { "references", "/references", N_("References"), RC_PAGE_OTHER,
                              TRUE, TEXT_LISTS (NULL) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sections) == RC_N_SECTIONS);

/**
 * rc_section_get_info:
 * @section: a section
 *
 * Returns: (transfer none): what the table says of @section
 */
const RcSectionInfo *
rc_section_get_info (RcSection section)
{
  g_return_val_if_fail (section < RC_N_SECTIONS, NULL);

  return &sections[section];
}

/**
 * rc_section_from_id:
 * @id: a member name, e.g. "work"
 * @length: its length in bytes, or -1 when it is NUL-terminated
 * @section: (out): the section
 *
 * Returns: TRUE when @id names a section
 */
gboolean
rc_section_from_id (const char *id,
                    gssize      length,
                    RcSection  *section)
{
  gsize len;

  g_return_val_if_fail (section != NULL, FALSE);

  if (id == NULL)
    return FALSE;
  len = length < 0 ? strlen (id) : (gsize) length;
  for (guint i = 0; i < RC_N_SECTIONS; i++)
    if (strncmp (sections[i].id, id, len) == 0 && sections[i].id[len] == '\0')
      {
        *section = (RcSection) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * rc_section_locate:
 * @pointer: a JSON Pointer into a resume
 * @section: (out) (optional): the section it is in
 * @page: (out) (optional): the sidebar page that shows it
 * @heading: (out) (optional) (transfer none): the heading it is listed under, untranslated
 *
 * Returns: TRUE when @pointer is within a section
 */
gboolean
rc_section_locate (const char  *pointer,
                   RcSection   *section,
                   RcPage      *page,
                   const char **heading)
{
  RcSection found;
  gsize len;
  gboolean summary;

  if (pointer == NULL || pointer[0] != '/')
    return FALSE;
  len = strcspn (pointer + 1, "/");
  if (!rc_section_from_id (pointer + 1, (gssize) len, &found))
    return FALSE;

  summary = found == RC_SECTION_BASICS &&
            strncmp (pointer + 1 + len, "/summary", strlen ("/summary")) == 0 &&
            (pointer[1 + len + strlen ("/summary")] == '\0' ||
             pointer[1 + len + strlen ("/summary")] == '/');
  if (section != NULL)
    *section = found;
  if (page != NULL)
    *page = summary ? RC_PAGE_SUMMARY : sections[found].page;
  if (heading != NULL)
    *heading = summary ? N_("Summary") : sections[found].heading;
  return TRUE;
}
