/* rc-section.c — the sections of a JSON Resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-section.h"

#define NAMES(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define NONE        NAMES (NULL)
#define DATES       "startDate", "endDate"

/* The members of each section's entries, as the JSON Resume v1 schema has them */
static const RcSectionInfo sections[] = {
  [RC_SECTION_BASICS] = { "basics", "/basics", N_("Contact"), RC_PAGE_CONTACT, FALSE,
    NAMES ("name", "label", "image", "email", "phone", "url", "summary"), NONE },
  [RC_SECTION_WORK] = { "work", "/work", N_("Experience"), RC_PAGE_EXPERIENCE, TRUE,
    NAMES ("name", "location", "description", "position", "url", DATES, "summary"),
    NAMES ("highlights") },
  [RC_SECTION_PROJECTS] = { "projects", "/projects", N_("Projects"), RC_PAGE_PROJECTS, TRUE,
    NAMES ("name", "description", DATES, "url", "entity", "type"),
    NAMES ("highlights", "keywords", "roles") },
  [RC_SECTION_SKILLS] = { "skills", "/skills", N_("Skills"), RC_PAGE_SKILLS, TRUE,
    NAMES ("name", "level"), NAMES ("keywords") },
  [RC_SECTION_EDUCATION] = { "education", "/education", N_("Education"), RC_PAGE_EDUCATION,
    TRUE, NAMES ("institution", "url", "area", "studyType", DATES, "score"),
    NAMES ("courses") },
  [RC_SECTION_CERTIFICATES] = { "certificates", "/certificates", N_("Certificates"),
    RC_PAGE_CERTIFICATES, TRUE, NAMES ("name", "date", "url", "issuer"), NONE },
  [RC_SECTION_VOLUNTEER] = { "volunteer", "/volunteer", N_("Volunteering"), RC_PAGE_OTHER,
    TRUE, NAMES ("organization", "position", "url", DATES, "summary"), NAMES ("highlights") },
  [RC_SECTION_AWARDS] = { "awards", "/awards", N_("Awards"), RC_PAGE_OTHER, TRUE,
    NAMES ("title", "date", "awarder", "summary"), NONE },
  [RC_SECTION_PUBLICATIONS] = { "publications", "/publications", N_("Publications"),
    RC_PAGE_OTHER, TRUE, NAMES ("name", "publisher", "releaseDate", "url", "summary"), NONE },
  [RC_SECTION_LANGUAGES] = { "languages", "/languages", N_("Languages"), RC_PAGE_OTHER, TRUE,
    NAMES ("language", "fluency"), NONE },
  [RC_SECTION_INTERESTS] = { "interests", "/interests", N_("Interests"), RC_PAGE_OTHER, TRUE,
    NAMES ("name"), NAMES ("keywords") },
  [RC_SECTION_REFERENCES] = { "references", "/references", N_("References"), RC_PAGE_OTHER,
    TRUE, NAMES ("name", "reference"), NONE },
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
 * rc_section_holds:
 * @names: (array zero-terminated=1): RcSectionInfo.texts or .text_lists
 * @member: a member name
 *
 * Returns: TRUE when @member is one of @names
 */
gboolean
rc_section_holds (const char * const *names,
                  const char         *member)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], member) == 0)
      return TRUE;
  return FALSE;
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
