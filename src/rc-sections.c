/* rc-sections.c — the pages the sidebar lists, and their editors
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-entry-editor.h"
#include "rc-section-editor.h"
#include "rc-sections.h"

#define DATES(start, end) \
  { start, RC_FIELD_DATE, N_("_Start"), N_("e.g. 2021-04"), TRUE }, \
  { end, RC_FIELD_DATE, N_("_End"), N_("Empty while ongoing"), TRUE }

static const RcFieldSpec basics_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Full name"), N_("e.g. Elena Marsh"), TRUE },
  { "label", RC_FIELD_TEXT, N_("_Headline"), N_("e.g. Senior Backend Engineer"), TRUE },
  { "email", RC_FIELD_EMAIL, N_("_Email"), N_("e.g. elena.marsh@example.com"), TRUE },
  { "phone", RC_FIELD_PHONE, N_("_Phone"), N_("e.g. +1 416 555 0142"), TRUE },
  { "location/city", RC_FIELD_TEXT, N_("_City"), N_("e.g. Toronto"), TRUE },
  { "location/region", RC_FIELD_TEXT, N_("_Region"), N_("e.g. ON"), TRUE },
  { "location/countryCode", RC_FIELD_TEXT, N_("C_ountry code"), N_("e.g. CA"), TRUE },
  { "url", RC_FIELD_URL, N_("_Website"), N_("e.g. https://elena.dev"), TRUE },
  { NULL }
};

static const RcFieldSpec summary_fields[] = {
  { "summary", RC_FIELD_PARAGRAPH, N_("_Summary"),
    N_("Four to six lines, e.g. Backend engineer with 6 years of Go and Python on AWS. "
       "Cut API latency 4× and cloud spend by 31% at my last company. Looking for a senior "
       "platform role."), FALSE },
  { NULL }
};

static const RcFieldSpec profile_fields[] = {
  { "network", RC_FIELD_TEXT, N_("_Network"), N_("e.g. GitHub"), TRUE },
  { "username", RC_FIELD_TEXT, N_("_Username"), N_("e.g. elena-marsh-dev"), TRUE },
  { "url", RC_FIELD_URL, N_("_Link"), N_("e.g. https://github.com/elena-marsh-dev"), FALSE },
  { NULL }
};

static const RcFieldSpec work_fields[] = {
  { "position", RC_FIELD_TEXT, N_("_Position"), N_("e.g. Senior Backend Engineer"), TRUE },
  { "name", RC_FIELD_TEXT, N_("_Company"), N_("e.g. Parcelwise"), TRUE },
  DATES ("startDate", "endDate"),
  { "location", RC_FIELD_TEXT, N_("_Location"), N_("e.g. Toronto, ON or Remote"), TRUE },
  { "url", RC_FIELD_URL, N_("Company _website"), N_("e.g. https://parcelwise.com"), TRUE },
  { "summary", RC_FIELD_TEXT, N_("_About the role"),
    N_("e.g. Platform team of six owning the rates and tracking services"), FALSE },
  { "highlights", RC_FIELD_LINES, N_("_Highlights, one per line"),
    N_("One result a line: a strong verb, what you did, a number. e.g. Cut p99 latency of "
       "the rates API from 850 ms to 190 ms with covering indexes and a Redis cache"), FALSE },
  { NULL }
};

static const RcFieldSpec project_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Name"), N_("e.g. queue-lens"), TRUE },
  { "url", RC_FIELD_URL, N_("_Link"), N_("e.g. https://github.com/you/queue-lens"), TRUE },
  DATES ("startDate", "endDate"),
  { "description", RC_FIELD_TEXT, N_("_Description"),
    N_("e.g. A Kafka consumer-lag dashboard in Go, used by 300 engineers"), FALSE },
  { "highlights", RC_FIELD_LINES, N_("_Highlights, one per line"),
    N_("e.g. Reached 1,200 GitHub stars; adopted by two companies in production"), FALSE },
  { "keywords", RC_FIELD_LIST, N_("_Technologies"),
    N_("Comma separated, e.g. Go, Kafka, Prometheus"), FALSE },
  { NULL }
};

static const RcFieldSpec skill_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Area"), N_("e.g. Languages, Databases, Cloud"), TRUE },
  { "level", RC_FIELD_TEXT, N_("_Level"), N_("e.g. Advanced"), TRUE },
  { "keywords", RC_FIELD_LIST, N_("_Skills"),
    N_("Comma separated, e.g. Go, Python, PostgreSQL, Kafka"), FALSE },
  { NULL }
};

static const RcFieldSpec education_fields[] = {
  { "institution", RC_FIELD_TEXT, N_("_Institution"), N_("e.g. University of Waterloo"), TRUE },
  { "area", RC_FIELD_TEXT, N_("_Field of study"), N_("e.g. Computer Science"), TRUE },
  { "studyType", RC_FIELD_TEXT, N_("_Degree"), N_("e.g. Bachelor of Science"), TRUE },
  { "score", RC_FIELD_TEXT, N_("_Grade"), N_("e.g. 3.8 GPA (only when it helps)"), TRUE },
  DATES ("startDate", "endDate"),
  { "courses", RC_FIELD_LINES, N_("_Courses, one per line"),
    N_("Only those that matter for the job, e.g. Distributed Systems"), FALSE },
  { NULL }
};

static const RcFieldSpec certificate_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Name"), N_("e.g. AWS Certified Solutions Architect – Associate"),
    TRUE },
  { "issuer", RC_FIELD_TEXT, N_("_Issuer"), N_("e.g. Amazon Web Services"), TRUE },
  { "date", RC_FIELD_DATE, N_("_Date"), N_("e.g. 2024-03"), TRUE },
  { "url", RC_FIELD_URL, N_("_Link"), N_("e.g. a Credly badge"), TRUE },
  { NULL }
};

static const RcFieldSpec volunteer_fields[] = {
  { "position", RC_FIELD_TEXT, N_("_Role"), N_("e.g. Mentor"), TRUE },
  { "organization", RC_FIELD_TEXT, N_("_Organization"), N_("e.g. Code for Canada"), TRUE },
  DATES ("startDate", "endDate"),
  { "summary", RC_FIELD_TEXT, N_("_About"), N_("e.g. Weekly sessions for new developers"),
    FALSE },
  { "highlights", RC_FIELD_LINES, N_("_Highlights, one per line"),
    N_("e.g. Mentored 12 career changers into their first developer jobs"), FALSE },
  { NULL }
};

static const RcFieldSpec award_fields[] = {
  { "title", RC_FIELD_TEXT, N_("_Title"), N_("e.g. Best Infrastructure Hack"), TRUE },
  { "awarder", RC_FIELD_TEXT, N_("_Awarded by"), N_("e.g. HackTO 2023"), TRUE },
  { "date", RC_FIELD_DATE, N_("_Date"), N_("e.g. 2023-10"), TRUE },
  { "summary", RC_FIELD_TEXT, N_("_About"), N_("e.g. Zero-downtime Postgres upgrades"), TRUE },
  { NULL }
};

static const RcFieldSpec publication_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Title"), N_("e.g. Backpressure in Kafka consumers"), TRUE },
  { "publisher", RC_FIELD_TEXT, N_("_Publisher"), N_("e.g. the company engineering blog"), TRUE },
  { "releaseDate", RC_FIELD_DATE, N_("_Date"), N_("e.g. 2024-02"), TRUE },
  { "url", RC_FIELD_URL, N_("_Link"), N_("e.g. https://example.com/post"), TRUE },
  { "summary", RC_FIELD_TEXT, N_("_About"), N_("One line on what readers learn"), FALSE },
  { NULL }
};

static const RcFieldSpec language_fields[] = {
  { "language", RC_FIELD_TEXT, N_("_Language"), N_("e.g. French"), TRUE },
  { "fluency", RC_FIELD_TEXT, N_("_Fluency"), N_("e.g. Professional working proficiency"), TRUE },
  { NULL }
};

static const RcFieldSpec interest_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Interest"), N_("e.g. Open source"), TRUE },
  { "keywords", RC_FIELD_LIST, N_("_Keywords"), N_("Comma separated, e.g. Linux, GNOME"), TRUE },
  { NULL }
};

static const RcFieldSpec reference_fields[] = {
  { "name", RC_FIELD_TEXT, N_("_Name"), N_("e.g. Priya Shah, Engineering Manager"), FALSE },
  { "reference", RC_FIELD_PARAGRAPH, N_("_Reference"), N_("What they said about your work"),
    FALSE },
  { NULL }
};

static const RcEntrySpec basics_spec = {
  .fixed = TRUE, .fields = basics_fields,
};

static const RcEntrySpec summary_spec = {
  .fixed = TRUE, .fields = summary_fields,
};

static const RcEntrySpec profile_spec = {
  { "network", "username" }, N_("New profile"), NULL, NULL,
  N_("_Add Profile"), N_("Remove Profile"), FALSE, profile_fields,
};

static const RcEntrySpec work_spec = {
  { "position", "name" }, N_("New position"), "startDate", "endDate",
  N_("_Add Position"), N_("Remove Position"), FALSE, work_fields,
};

static const RcEntrySpec project_spec = {
  { "name", NULL }, N_("New project"), "startDate", "endDate",
  N_("_Add Project"), N_("Remove Project"), FALSE, project_fields,
};

static const RcEntrySpec skill_spec = {
  { "name", "level" }, N_("New skill group"), NULL, NULL,
  N_("_Add Skill Group"), N_("Remove Skill Group"), FALSE, skill_fields,
};

static const RcEntrySpec education_spec = {
  { "studyType", "institution" }, N_("New education"), "startDate", "endDate",
  N_("_Add Education"), N_("Remove Education"), FALSE, education_fields,
};

static const RcEntrySpec certificate_spec = {
  { "name", "issuer" }, N_("New certificate"), "date", NULL,
  N_("_Add Certificate"), N_("Remove Certificate"), FALSE, certificate_fields,
};

static const RcEntrySpec volunteer_spec = {
  { "position", "organization" }, N_("New volunteering"), "startDate", "endDate",
  N_("Add _Volunteering"), N_("Remove Volunteering"), FALSE, volunteer_fields,
};

static const RcEntrySpec award_spec = {
  { "title", "awarder" }, N_("New award"), "date", NULL,
  N_("Add A_ward"), N_("Remove Award"), FALSE, award_fields,
};

static const RcEntrySpec publication_spec = {
  { "name", "publisher" }, N_("New publication"), "releaseDate", NULL,
  N_("Add _Publication"), N_("Remove Publication"), FALSE, publication_fields,
};

static const RcEntrySpec language_spec = {
  { "language", "fluency" }, N_("New language"), NULL, NULL,
  N_("Add _Language"), N_("Remove Language"), FALSE, language_fields,
};

static const RcEntrySpec interest_spec = {
  { "name", NULL }, N_("New interest"), NULL, NULL,
  N_("Add _Interest"), N_("Remove Interest"), FALSE, interest_fields,
};

static const RcEntrySpec reference_spec = {
  { "name", NULL }, N_("New reference"), NULL, NULL,
  N_("Add _Reference"), N_("Remove Reference"), FALSE, reference_fields,
};

static const struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  const char *description;
} sections[RC_N_PAGES] = {
  [RC_PAGE_CONTACT] = { "contact", N_("Contact"), "avatar-default-symbolic",
    N_("How recruiters reach you: a professional email, a phone number, your city and links "
       "to GitHub and LinkedIn. No photo, no street address.") },
  [RC_PAGE_SUMMARY] = { "summary", N_("Summary"), "format-justify-left-symbolic",
    N_("The first thing a recruiter reads. Say what you build and with what, and give your "
       "best result in numbers.") },
  [RC_PAGE_EXPERIENCE] = { "experience", N_("Experience"), "network-workgroup-symbolic",
    N_("Newest first. Each bullet opens with a strong verb, says what you did and shows the "
       "result in a number.") },
  [RC_PAGE_PROJECTS] = { "projects", N_("Projects"), "folder-symbolic",
    N_("Side projects and open source that prove your skills. Link each one, GitHub is best.") },
  [RC_PAGE_SKILLS] = { "skills", N_("Skills"), "starred-symbolic",
    N_("Group your skills and spell them as job posts do. Every skill listed should show up in "
       "a bullet too.") },
  [RC_PAGE_EDUCATION] = { "education", N_("Education"), "accessories-dictionary-symbolic",
    N_("Degrees and courses. After a few years of work, one line per degree is enough.") },
  [RC_PAGE_CERTIFICATES] = { "certificates", N_("Certificates"),
    "application-certificate-symbolic",
    N_("Certifications that matter for the job, such as AWS or Google Cloud. They are printed "
       "with Education.") },
  [RC_PAGE_OTHER] = { "other", N_("Other"), "view-more-symbolic",
    N_("Volunteering, awards, publications, languages, interests and references. Keep only what "
       "helps you get this job.") },
};

/* The lists of entries the pages edit, in page order; the page of each is the core section
 * table's (rc-section.h). A page that holds several lists heads each with its name. */
static const struct
{
  const char        *pointer;
  const char        *heading;  /* (nullable): else the section's, on a page of several */
  const RcEntrySpec *spec;
  const char        *empty;
} lists[] = {
  { "/basics/profiles", N_("Profiles"), &profile_spec,
    N_("No profiles yet. A GitHub and a LinkedIn link are what recruiters look for.") },
  { "/work", NULL, &work_spec, N_("No positions yet. Add your current or last job first.") },
  { "/projects", NULL, &project_spec,
    N_("No projects yet. One or two that show the skills of the job you want are plenty.") },
  { "/skills", NULL, &skill_spec,
    N_("No skills yet. Start with a group such as Languages: Go, Python.") },
  { "/education", NULL, &education_spec, N_("No education yet.") },
  { "/certificates", NULL, &certificate_spec,
    N_("No certificates yet. A cloud certification (AWS, Google Cloud) helps backend roles.") },
  { "/volunteer", NULL, &volunteer_spec, NULL },
  { "/awards", NULL, &award_spec, NULL },
  { "/publications", NULL, &publication_spec, NULL },
  { "/languages", NULL, &language_spec, NULL },
  { "/interests", NULL, &interest_spec, NULL },
  { "/references", NULL, &reference_spec,
    N_("“References available on request” goes without saying: leave this empty unless a job "
       "asks for them.") },
};

const char *
rc_page_get_id (RcPage page)
{
  g_return_val_if_fail (page < RC_N_PAGES, NULL);

  return sections[page].id;
}

const char *
rc_page_get_title (RcPage page)
{
  g_return_val_if_fail (page < RC_N_PAGES, NULL);

  return _(sections[page].title);
}

const char *
rc_page_get_icon_name (RcPage page)
{
  g_return_val_if_fail (page < RC_N_PAGES, NULL);

  return sections[page].icon_name;
}

int
rc_page_for_pointer (const char *pointer)
{
  RcPage page;

  g_return_val_if_fail (pointer != NULL, -1);

  return rc_section_locate (pointer, NULL, &page, NULL) ? (int) page : -1;
}

const char *
rc_section_pointer_for_finding (const RcFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  if ((finding->pointer == NULL || *finding->pointer == '\0') && finding->place != NULL)
    return finding->place;
  return finding->pointer;
}

static GtkWidget *
heading (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_fixed (GtkWidget         *box,
           const RcEntrySpec *spec,
           GPtrArray         *editors)
{
  GtkWidget *editor = rc_entry_editor_new (spec);

  g_object_set_data (G_OBJECT (editor), "rc-pointer", (gpointer) "/basics");
  gtk_box_append (GTK_BOX (box), editor);
  g_ptr_array_add (editors, editor);
}

GtkWidget *
rc_page_build (RcPage     page,
               GPtrArray *editors)
{
  GtkWidget *scrolled, *viewport, *box, *header;

  g_return_val_if_fail (page < RC_N_PAGES, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (box, "section-page");

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (header), heading (_(sections[page].title), "title-2"));
  gtk_box_append (GTK_BOX (header), heading (_(sections[page].description), "dim-label"));
  gtk_box_append (GTK_BOX (box), header);

  if (page == RC_PAGE_CONTACT)
    add_fixed (box, &basics_spec, editors);
  else if (page == RC_PAGE_SUMMARY)
    add_fixed (box, &summary_spec, editors);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      const char *list_heading = lists[i].heading;
      RcSection section;
      RcPage list_page;
      GtkWidget *editor;

      if (!rc_section_locate (lists[i].pointer, &section, &list_page, NULL) || list_page != page)
        continue;

      if (list_heading == NULL && page == RC_PAGE_OTHER)
        list_heading = rc_section_get_info (section)->heading;
      if (list_heading != NULL)
        {
          GtkWidget *label = heading (_(list_heading), "title-4");

          gtk_widget_set_margin_top (label, 12);
          gtk_box_append (GTK_BOX (box), label);
        }

      editor = rc_section_editor_new (lists[i].spec, lists[i].empty);
      g_object_set_data (G_OBJECT (editor), "rc-pointer", (gpointer) lists[i].pointer);
      gtk_box_append (GTK_BOX (box), editor);
      g_ptr_array_add (editors, editor);
    }

  viewport = gtk_viewport_new (NULL, NULL);
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
  gtk_viewport_set_child (GTK_VIEWPORT (viewport), box);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), viewport);
  gtk_widget_set_hexpand (scrolled, TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}
