/* rc-import-report.c — how an ATS reads a PDF: the fields it extracted and what did not survive
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-file.h"
#include "rc-import-private.h"

/* a page with pictures and fewer words than this holds its text in them */
#define FEW_WORDS 40

static void
field_free (RcAtsField *field)
{
  g_free (field->label);
  g_free (field->value);
  g_free (field);
}

static void
problem_free (RcAtsProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

/**
 * rc_import_report_free:
 * @report: (transfer full) (nullable)
 */
void
rc_import_report_free (RcImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->resume, json_node_unref);
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_clear_pointer (&report->fields, g_ptr_array_unref);
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_free (report);
}

static void
add_field (RcImportReport *report,
           char           *label,
           char           *value)
{
  RcAtsField *field = g_new0 (RcAtsField, 1);

  field->label = label;
  field->value = value;
  g_ptr_array_add (report->fields, field);
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (RcImportReport   *report,
             RcAtsProblemKind  kind,
             guint             page,
             const char       *format,
             ...)
{
  RcAtsProblem *problem = g_new0 (RcAtsProblem, 1);
  va_list args;

  va_start (args, format);
  problem->kind = kind;
  problem->page = page;
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (report->problems, problem);
}

static const char *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_string_member_with_default (object, name, NULL) : NULL;
}

/* "Position — Company · 2021-04 – now · 3 bullets" */
static char *
describe_entry (JsonObject *entry,
                const char *title,
                const char *place)
{
  GString *text = g_string_new (NULL);
  const char *start = member (entry, "startDate");
  JsonArray *highlights = json_object_has_member (entry, "highlights")
                          ? json_object_get_array_member (entry, "highlights") : NULL;

  g_string_append (text, member (entry, title) != NULL ? member (entry, title) : "?");
  if (member (entry, place) != NULL)
    g_string_append_printf (text, " — %s", member (entry, place));
  if (start != NULL)
    g_string_append_printf (text, " · %s – %s", start,
                            member (entry, "endDate") != NULL ? member (entry, "endDate")
                                                              : C_("date", "now"));
  if (highlights != NULL)
    {
      guint n = json_array_get_length (highlights);

      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u bullet", "%u bullets", n),
                              n);
    }
  return g_string_free (text, FALSE);
}

static JsonArray *
section (JsonObject *resume,
         const char *name)
{
  JsonNode *node = json_object_get_member (resume, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
add_entries (RcImportReport *report,
             JsonObject     *resume,
             const char     *name,
             const char     *label,
             const char     *title,
             const char     *place)
{
  JsonArray *entries = section (resume, name);

  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      if (entry != NULL)
        add_field (report, g_strdup_printf ("%s %u", label, i + 1),
                   describe_entry (entry, title, place));
    }
}

/* The contact details, then one line per entry and per group of skills */
static void
add_fields (RcImportReport *report)
{
  JsonObject *resume = json_node_get_object (report->resume);
  JsonObject *basics = json_object_has_member (resume, "basics")
                       ? json_object_get_object_member (resume, "basics") : NULL;
  JsonObject *location = basics != NULL && json_object_has_member (basics, "location")
                         ? json_object_get_object_member (basics, "location") : NULL;
  JsonArray *profiles = basics != NULL && json_object_has_member (basics, "profiles")
                        ? json_object_get_array_member (basics, "profiles") : NULL;
  JsonArray *skills = section (resume, "skills");
  const struct { const char *label; const char *value; } contact[] = {
    { _("Name"), member (basics, "name") },
    { _("Title"), member (basics, "label") },
    { _("Email"), member (basics, "email") },
    { _("Phone"), member (basics, "phone") },
    { _("City"), member (location, "city") },
    { _("Website"), member (basics, "url") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (contact); i++)
    if (contact[i].value != NULL)
      add_field (report, g_strdup (contact[i].label), g_strdup (contact[i].value));
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = json_array_get_object_element (profiles, i);

      add_field (report, g_strdup (member (profile, "network") != NULL
                                   ? member (profile, "network") : _("Profile")),
                 g_strdup (member (profile, "url") != NULL ? member (profile, "url") : ""));
    }
  if (member (basics, "summary") != NULL)
    add_field (report, g_strdup (_("Summary")), g_strdup (member (basics, "summary")));
  add_entries (report, resume, "work", _("Experience"), "position", "name");
  add_entries (report, resume, "volunteer", _("Volunteering"), "position", "organization");
  add_entries (report, resume, "education", _("Education"), "area", "institution");
  add_entries (report, resume, "projects", _("Project"), "name", "entity");
  for (guint i = 0; skills != NULL && i < json_array_get_length (skills); i++)
    {
      JsonObject *skill = json_array_get_object_element (skills, i);
      JsonArray *keywords = json_object_has_member (skill, "keywords")
                            ? json_object_get_array_member (skill, "keywords") : NULL;
      GString *value = g_string_new (member (skill, "name"));

      for (guint k = 0; keywords != NULL && k < json_array_get_length (keywords); k++)
        g_string_append_printf (value, "%s%s", k == 0 ? ": " : ", ",
                                json_array_get_string_element (keywords, k));
      add_field (report, g_strdup (_("Skills")), g_string_free (value, FALSE));
    }
}

static void
add_page_problems (RcImportReport *report,
                   GArray         *pages)
{
  for (guint i = 0; i < pages->len; i++)
    {
      const RcPdfPage *page = &g_array_index (pages, RcPdfPage, i);

      if (page->columns)
        add_problem (report, RC_ATS_PROBLEM_COLUMNS, i + 1,
                     _("Page %u is set in two columns: an ATS that reads straight across the "
                       "page mixes their lines (read here one column after the other)"), i + 1);
      if (page->images && page->words < FEW_WORDS)
        add_problem (report, RC_ATS_PROBLEM_IMAGES, i + 1,
                     _("Page %u holds pictures and only %u words: text in a picture is lost "
                       "to an ATS"), i + 1, page->words);
      if (page->unreadable > 0)
        add_problem (report, RC_ATS_PROBLEM_UNREADABLE, i + 1,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Page %u has %u character its font gives no text for: an ATS "
                                  "reads it as gibberish",
                                  "Page %u has %u characters their font gives no text for: an "
                                  "ATS reads them as gibberish", page->unreadable),
                     i + 1, page->unreadable);
    }
}

static void
add_other_problems (RcImportReport *report)
{
  JsonObject *resume = json_node_get_object (report->resume);
  JsonObject *basics = json_object_has_member (resume, "basics")
                       ? json_object_get_object_member (resume, "basics") : NULL;
  const struct { const char *member; const char *message; } contact[] = {
    { "name", N_("No name found at the top: an ATS files the resume under no one") },
    { "email", N_("No email address found: an ATS cannot reach you") },
    { "phone", N_("No phone number found") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (contact); i++)
    if (member (basics, contact[i].member) == NULL)
      add_problem (report, RC_ATS_PROBLEM_CONTACT, 0, "%s", _(contact[i].message));
  for (guint i = 0; i < report->notes->len; i++)
    {
      const RcImportNote *note = g_ptr_array_index (report->notes, i);

      if (g_strcmp0 (note->kind, "unplaced") == 0)
        add_problem (report, RC_ATS_PROBLEM_UNPLACED, 0,
                     _("“%s” came under no section"),
                     note->source != NULL ? note->source : note->value);
    }
}

/**
 * rc_import_pdf_report:
 * @data: the bytes of a PDF
 * @length: their number
 * @error: a one-line reason, as rc_import_pdf_lines() gives
 *
 * Reads a PDF as an ATS would and says what did not survive: pages in columns, text in
 * pictures, characters with no Unicode, contact details not found, lines under no section.
 *
 * Returns: (transfer full) (nullable): the report, free with rc_import_report_free()
 */
RcImportReport *
rc_import_pdf_report (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (RcPdfPage));
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) lines = rc_import_pdf_read (data, length, pages, &local);
  RcImportReport *report;

  /* a scan: nothing read, and the report says why */
  if (g_error_matches (local, RC_IMPORT_ERROR, RC_IMPORT_ERROR_EMPTY) && pages->len > 0)
    lines = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_line_free);
  else if (lines == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  report = g_new0 (RcImportReport, 1);
  report->pages = pages->len;
  report->resume = rc_import_build (lines, &report->notes);
  report->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  add_fields (report);
  add_page_problems (report, pages);
  add_other_problems (report);
  return report;
}

/**
 * rc_import_report_file:
 * @file: a PDF
 * @cancellable: (nullable)
 * @error: a one-line reason: not a PDF, or as rc_import_pdf_report() gives
 *
 * Returns: (transfer full) (nullable): how an ATS reads @file
 */
RcImportReport *
rc_import_report_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = rc_file_read (file, RC_IMPORT_MAX_BYTES, NULL, cancellable, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (rc_import_detect (data != NULL ? data : "", length) != RC_IMPORT_KIND_PDF)
    {
      g_set_error_literal (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_UNKNOWN_KIND,
                           _("not a PDF: the ATS view reads what an ATS reads of a PDF"));
      return NULL;
    }
  return rc_import_pdf_report (data, length, error);
}
