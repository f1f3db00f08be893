/* test-section.c — the one table of JSON Resume sections agrees with the schema, and orders
 * and places what the report and the window show
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-report-private.h"
#include "rc-schema.h"
#include "rc-section.h"

/* Every member a JSON Resume (v1 schema) entry can have, and every top-level member */
static const char * const entry_members[] = {
  "name", "label", "image", "email", "phone", "url", "summary", "location", "profiles",
  "position", "startDate", "endDate", "highlights", "organization", "institution", "area",
  "studyType", "score", "courses", "title", "date", "awarder", "issuer", "publisher",
  "releaseDate", "level", "keywords", "language", "fluency", "reference", "description",
  "entity", "type", "roles",
};
static const char * const top_members[] = {
  "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
  "skills", "languages", "interests", "references", "projects", "meta", "x-custom",
};

static gboolean
is_listed (const char * const *names,
           const char         *member)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], member))
      return TRUE;
  return FALSE;
}

static void
test_agrees_with_schema (void)
{
  /* every top-level member the schema has a rule for is a section of the table, and back */
  for (guint i = 0; i < G_N_ELEMENTS (top_members); i++)
    {
      const char *path[] = { top_members[i] };
      RcSection section;
      gboolean known = rc_section_from_id (top_members[i], -1, &section);
      RcSchemaKind kind = rc_schema_at (path, 1);

      g_test_message ("%s", top_members[i]);
      if (!known)
        {
          /* meta is an object too, but no section: it holds data about the resume */
          g_assert_cmpint (kind, ==, g_str_equal (top_members[i], "meta") ? RC_SCHEMA_OBJECT
                                                                          : RC_SCHEMA_NONE);
          continue;
        }
      g_assert_cmpstr (rc_section_get_info (section)->id, ==, top_members[i]);
      g_assert_cmpint (kind, ==, rc_section_get_info (section)->list ? RC_SCHEMA_LIST
                                                                      : RC_SCHEMA_OBJECT);
    }

  /* each section's entries (the basics themselves) hold text and lists of text where the
   * table says, and nothing the schema knows elsewhere */
  for (RcSection section = 0; section < RC_N_SECTIONS; section++)
    {
      const RcSectionInfo *info = rc_section_get_info (section);
      g_autofree char *pointer = g_strconcat ("/", info->id, NULL);

      g_assert_cmpstr (info->pointer, ==, pointer);
      g_assert_nonnull (info->heading);
      g_assert_cmpint (info->page, <, RC_N_PAGES);

      for (guint i = 0; i < G_N_ELEMENTS (entry_members); i++)
        {
          const char *entry_path[] = { info->id, "0", entry_members[i], "3" };
          const char *basics_path[] = { info->id, entry_members[i] };
          const char * const *path = info->list ? entry_path : basics_path;
          guint n = info->list ? 3 : 2;
          gboolean text = is_listed (info->texts, entry_members[i]);
          gboolean list = is_listed (info->text_lists, entry_members[i]);
          RcSchemaKind kind = rc_schema_at (path, n);

          g_test_message ("%s: %s", info->id, entry_members[i]);
          g_assert_false (text && list);
          if (text)
            g_assert_cmpint (kind, ==, RC_SCHEMA_TEXT);
          else if (list)
            g_assert_cmpint (kind, ==, RC_SCHEMA_LIST);
          else
            /* the basics' location and profiles are objects of their own */
            g_assert_true (kind == RC_SCHEMA_NONE ||
                           (!info->list && kind != RC_SCHEMA_TEXT));
          if (list)
            g_assert_cmpint (rc_schema_at (entry_path, 4), ==, RC_SCHEMA_TEXT);
        }
    }
}

static void
test_locate (void)
{
  static const struct {
    const char *pointer;
    gboolean    found;
    RcSection   section;
    RcPage      page;
    const char *heading;
  } cases[] = {
    { "/basics", TRUE, RC_SECTION_BASICS, RC_PAGE_CONTACT, "Contact" },
    { "/basics/email", TRUE, RC_SECTION_BASICS, RC_PAGE_CONTACT, "Contact" },
    { "/basics/profiles/1/url", TRUE, RC_SECTION_BASICS, RC_PAGE_CONTACT, "Contact" },
    { "/basics/summary", TRUE, RC_SECTION_BASICS, RC_PAGE_SUMMARY, "Summary" },
    { "/basics/summaryLine", TRUE, RC_SECTION_BASICS, RC_PAGE_CONTACT, "Contact" },
    { "/work/2/highlights/0", TRUE, RC_SECTION_WORK, RC_PAGE_EXPERIENCE, "Experience" },
    { "/projects", TRUE, RC_SECTION_PROJECTS, RC_PAGE_PROJECTS, "Projects" },
    { "/certificates/0", TRUE, RC_SECTION_CERTIFICATES, RC_PAGE_CERTIFICATES, "Certificates" },
    { "/volunteer/0/summary", TRUE, RC_SECTION_VOLUNTEER, RC_PAGE_OTHER, "Volunteering" },
    { "/references", TRUE, RC_SECTION_REFERENCES, RC_PAGE_OTHER, "References" },
    { "/workshops/0", FALSE },
    { "/meta/resumeCoach/job", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcSection section = RC_N_SECTIONS;
      RcPage page = RC_N_PAGES;
      const char *heading = NULL;

      g_test_message ("%s", cases[i].pointer);
      g_assert_cmpint (rc_section_locate (cases[i].pointer, &section, &page, &heading), ==,
                       cases[i].found);
      if (!cases[i].found)
        continue;
      g_assert_cmpint (section, ==, cases[i].section);
      g_assert_cmpint (page, ==, cases[i].page);
      g_assert_cmpstr (heading, ==, cases[i].heading);
    }

  /* the outputs are optional */
  g_assert_true (rc_section_locate ("/skills/0", NULL, NULL, NULL));
}

/* findings sort as the printed resume reads: in the table's order */
static void
test_reading_order (void)
{
  for (RcSection section = 0; section + 1 < RC_N_SECTIONS; section++)
    {
      g_autofree char *a = g_strconcat (rc_section_get_info (section)->pointer, "/9", NULL);
      g_autofree char *b = g_strconcat (rc_section_get_info (section + 1)->pointer, "/0", NULL);

      g_assert_cmpint (rc_pointer_compare (a, b), <, 0);
      g_assert_cmpint (rc_pointer_compare (b, a), >, 0);
    }
  g_assert_cmpint (rc_pointer_compare ("/references", "/meta"), <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/section/agrees-with-schema", test_agrees_with_schema);
  g_test_add_func ("/core/section/locate", test_locate);
  g_test_add_func ("/core/section/reading-order", test_reading_order);

  return g_test_run ();
}
