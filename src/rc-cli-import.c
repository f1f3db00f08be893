/* rc-cli-import.c — the import command: a resume in another form into JSON Resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rc-cli.h"
#include "rc-file.h"
#include "rc-import.h"
#include "rc-json-writer.h"

/* What an ATS read, field by field, then what did not survive */
static int
print_ats_report (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = g_file_new_for_commandline_arg (path);
  g_autoptr(RcImportReport) report = rc_import_report_file (input, NULL, &error);

  if (report == NULL)
    return rc_cli_fail (path, "%s", rc_cli_describe_io_error (error, FALSE));
  printf (g_dngettext (GETTEXT_PACKAGE, "%s: what an ATS reads of its %u page\n",
                       "%s: what an ATS reads of its %u pages\n", report->pages),
          path, report->pages);
  for (guint i = 0; i < report->fields->len; i++)
    {
      const RcAtsField *field = g_ptr_array_index (report->fields, i);

      printf ("  %-14s %s\n", field->label, field->value);
    }
  if (report->problems->len == 0)
    printf ("%s\n", _("Nothing was lost."));
  else
    printf ("%s\n", _("What did not survive:"));
  for (guint i = 0; i < report->problems->len; i++)
    {
      const RcAtsProblem *problem = g_ptr_array_index (report->problems, i);

      printf ("  - %s\n", problem->message);
    }
  if (fflush (stdout) != 0)
    return rc_cli_fail (_("standard output"), _("could not write to standard output"));
  return 0;
}

/**
 * rc_cli_command_import:
 *
 * Imports FILE (its kind read from its content) and writes the JSON Resume document to OUT
 * or standard output. What the importer was unsure of is in meta.resumeCoach.import and, one
 * line each, on standard error. With --ats, prints instead how an ATS reads a PDF.
 */
int
rc_cli_command_import (int    argc,
                       char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *output = NULL;
  g_autofree char *data = NULL;
  const char *path;
  gboolean ats = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output"), N_("OUT") },
    { "ats", 0, 0, G_OPTION_ARG_NONE, &ats,
      N_("For a PDF: print what an ATS reads of it, field by field, and what did not survive "
         "(columns, text in pictures, characters with no text, missing contact details)"),
      NULL },
    G_OPTION_ENTRY_NULL
  };

  status = rc_cli_parse_options ("import", RC_CLI_IMPORT_SYNOPSIS,
                                 N_("Read a resume in PDF, DOCX, ODT, plain text, a LinkedIn data "
                                    "export (ZIP) or FRESH into a JSON Resume document, to standard output unless -o is given. "
                                    "What the importer was unsure of is listed on standard "
                                    "error."),
                                 entries, &args);
  if (status != 0)
    return status;
  /* resume-coach reads no PDF, Word or LinkedIn file itself: resume-coach-office does */
  if (!rc_office_available ())
    return RC_CLI_HAND_OVER;
  path = args[1];
  if (ats)
    return print_ats_report (path);

  input = g_file_new_for_commandline_arg (path);
  root = rc_import_file (input, &notes, NULL, &error);
  if (root == NULL)
    return rc_cli_fail (path, "%s", rc_cli_describe_io_error (error, FALSE));
  data = rc_json_to_data (root, NULL);

  if (output != NULL)
    {
      g_autoptr(GFile) destination = g_file_new_for_commandline_arg (output);
      g_autofree char *text = g_strconcat (data, "\n", NULL);

      if (!rc_file_replace_contents (destination, text, strlen (text), RC_FILE_REPLACE_NONE,
                                     &error))
        return rc_cli_fail (output, "%s", rc_cli_describe_io_error (error, TRUE));
    }
  else if (printf ("%s\n", data) < 0 || fflush (stdout) != 0)
    return rc_cli_fail (_("standard output"), _("could not write to standard output"));

  for (guint i = 0; i < notes->len; i++)
    {
      const RcImportNote *note = g_ptr_array_index (notes, i);

      g_printerr ("%s: check %s (%s): %s\n", path, note->pointer, note->kind,
                  note->source != NULL ? note->source : note->value != NULL ? note->value : "");
    }
  return 0;
}
