/* rc-cli.c — the command line: check, export, import, rules
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rc-cli.h"
#include "rc-coach-state.h"
#include "rc-document.h"
#include "rc-export.h"
#include "rc-import.h"
#include "rc-pdf.h"
#include "rc-spell.h"

#define EXIT_BAD_INPUT 2
#define EXPORT_SYNOPSIS \
  "export FILE --to text|json|markdown|pdf|docx|odt [-o OUT] [--paper a4|letter] [--template NAME]"

typedef int (*RcCliCommandFunc) (int    argc,
                                 char **argv);

static int command_export (int    argc,
                           char **argv);

/* Each command's synopsis is spelled exactly as the product specification shows it. */
static const struct
{
  const char       *name;
  const char       *synopsis;
  const char       *note;     /* the short remark beside the synopsis, if any */
  const char       *summary;
  RcCliCommandFunc  run;
} commands[] = {
  {
    "check",
    RC_CLI_CHECK_SYNOPSIS,
    NULL,
    N_("Check a resume: every finding, the score and, with a job, the ATS match"),
    rc_cli_command_check,
  },
  {
    "export",
    EXPORT_SYNOPSIS,
    NULL,
    N_("Write a resume as plain text, JSON Resume, Markdown, PDF, DOCX or ODT"),
    command_export,
  },
  {
    "import",
    RC_CLI_IMPORT_SYNOPSIS,
    NULL,
    N_("Read a resume in PDF, DOCX, ODT, text or a LinkedIn export into a JSON Resume document"),
    rc_cli_command_import,
  },
  {
    "rules",
    "rules [--format text|json]",
    N_("list every rule: id, level, scope, message"),
    N_("List every rule the coach applies"),
    rc_cli_command_rules,
  },
};

/**
 * rc_cli_fail:
 * @subject: what the problem is about: the file as the user typed it, or the command
 * @format: the reason, a printf() format
 *
 * Prints "resume-coach: SUBJECT: reason" as one line on stderr, whatever the reason holds:
 * scripts read the first line only.
 *
 * Returns: the exit status for bad input or usage (2)
 */
int
rc_cli_fail (const char *subject,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strdelimit (message, "\r\n", ' ');
  fprintf (stderr, "resume-coach: %s: %s\n", subject, g_strstrip (message));
  return EXIT_BAD_INPUT;
}

/**
 * rc_cli_parse_options:
 * @command: the command's name, as messages name it: "check"
 * @synopsis: (nullable): the command's synopsis when it takes one FILE (or, when it says
 *   "FILE...", one or more); %NULL when it takes none
 * @summary: (not nullable): what the command does, untranslated (N_()), for its --help
 * @entries: its options
 * @argv: (inout): the command's name and arguments; on success, its name and its FILEs
 *
 * Returns: 0, or the exit status of a usage error once it is reported
 */
int
rc_cli_parse_options (const char          *command,
                      const char          *synopsis,
                      const char          *summary,
                      const GOptionEntry  *entries,
                      char              ***argv)
{
  gboolean many = synopsis != NULL && strstr (synopsis, "FILE...") != NULL;
  /* GOptionContext translates its parameter string and summary itself */
  g_autoptr(GOptionContext) context = g_option_context_new (many ? N_("FILE…")
                                                            : synopsis != NULL ? N_("FILE")
                                                            : NULL);
  g_autoptr(GError) error = NULL;
  guint files = synopsis != NULL ? 1 : 0;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, argv, &error))
    return rc_cli_fail (command, "%s", error->message);
  if (files == 1 && (*argv)[1] == NULL)
    return rc_cli_fail (command, _("no resume file given; usage: resume-coach %s"), synopsis);
  if (!many && (*argv)[files + 1] != NULL)
    return rc_cli_fail (command, _("unexpected argument “%s”"), (*argv)[files + 1]);
  return 0;
}

static void
print_usage_line (GString    *out,
                  const char *synopsis,
                  const char *note)
{
  g_autofree char *line = g_strconcat ("resume-coach ", synopsis, NULL);

  if (note != NULL)
    g_string_append_printf (out, "  %-45s%s\n", line, note);
  else
    g_string_append_printf (out, "  %s\n", line);
}

static char *
build_help (void)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n", _("Usage:"));
  print_usage_line (out, "[FILE]", _("open the window (optionally a file)"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    print_usage_line (out, commands[i].synopsis,
                      commands[i].note != NULL ? _(commands[i].note) : NULL);
  print_usage_line (out, "--help", _("show this help"));
  print_usage_line (out, "--version", _("show the version"));

  g_string_append_printf (out, "\n%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-8s %s\n", commands[i].name, _(commands[i].summary));

  g_string_append_printf (out, "\n%s\n",
                          _("Exit status: 0 clean, 1 findings at or above --fail-on, "
                            "2 bad input or usage."));
  g_string_append_printf (out, "%s\n",
                          _("Run “resume-coach COMMAND --help” for a command’s options."));

  return g_string_free (out, FALSE);
}

static int
print_help (void)
{
  g_autofree char *help = build_help ();

  fputs (help, stdout);
  return fflush (stdout) == 0 ? 0 : EXIT_BAD_INPUT;
}

static int
print_version (void)
{
  printf ("resume-coach %s\n", PACKAGE_VERSION);
  return fflush (stdout) == 0 ? 0 : EXIT_BAD_INPUT;
}

static gboolean
write_stdout (GBytes  *bytes,
              GError **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("could not write to standard output"));
      return FALSE;
    }

  return TRUE;
}

/**
 * rc_cli_describe_io_error:
 * @error: an error from reading or writing a file the user named
 * @writing: whether it was being written
 *
 * GIO's messages repeat the file name, which the rc_cli_fail() line already starts with.
 *
 * Returns: (transfer none): the reason, without the file name for the common errors
 */
const char *
rc_cli_describe_io_error (const GError *error,
                          gboolean      writing)
{
  if (error->domain != G_IO_ERROR)
    return error->message;

  switch (error->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return writing ? _("the folder to write into does not exist") : _("no such file");
    case G_IO_ERROR_IS_DIRECTORY:
      return _("this is a folder, not a file");
    case G_IO_ERROR_PERMISSION_DENIED:
      return writing ? _("no permission to write here") : _("no permission to read this file");
    case G_IO_ERROR_NOT_REGULAR_FILE:
      return _("this is not a regular file");
    default:
      return error->message;
    }
}

/* Without --to, the extension of -o says which format is wanted: "-o resume.md". */
static gboolean
format_from_output (const char     *output,
                    RcExportFormat *format)
{
  const char *dot;

  if (output == NULL)
    return FALSE;

  dot = strrchr (output, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  return rc_export_format_from_string (dot + 1, format);
}

static int
command_export (int    argc,
                char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *template_name = NULL;
  gboolean keep_coach_data = FALSE;
  RcExportFormat format = RC_EXPORT_TEXT;
  RcExportFlags flags = RC_EXPORT_NONE;
  RcPdfPaper paper = RC_PDF_PAPER_A4;
  RcPdfTemplate template_ = RC_PDF_TEMPLATE_CLASSIC;
  const char *path;
  int status;
  const GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("The format to export to: text, json, markdown, pdf, docx or odt"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output"), N_("OUT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name,
      N_("The page size of PDF, DOCX and ODT: a4 or letter (default: the resume's choice, "
         "else the locale's)"), N_("PAPER") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_("The PDF design: classic, compact or modern (default: the resume's choice)"),
      N_("NAME") },
    { "keep-coach-data", 0, 0, G_OPTION_ARG_NONE, &keep_coach_data,
      N_("JSON: keep meta.resumeCoach (the target job, ignored findings, notes), which is left "
         "out by default"), NULL },
    G_OPTION_ENTRY_NULL
  };

  /* The command line draws no text but the PDF layout's: keep fontconfig from loading
   * the machine's whole font configuration (the memory budget in the README). */
  rc_pdf_use_own_fonts_by_default ();

  status = rc_cli_parse_options ("export", EXPORT_SYNOPSIS,
                                 N_("Write a resume as plain text, JSON Resume, Markdown, PDF, "
                                    "DOCX or ODT; to standard output unless -o is given."),
                                 entries, &args);
  if (status != 0)
    return status;
  path = args[1];

  if (to != NULL)
    {
      if (!rc_export_format_from_string (to, &format))
        return rc_cli_fail (path,
                            _("unknown export format “%s”; use text, json, markdown, pdf, docx "
                              "or odt"),
                            to);
    }
  else if (!format_from_output (output, &format))
    {
      return rc_cli_fail (path, _("no export format given; use --to text, json, markdown, pdf, "
                                  "docx or odt"));
    }

  if ((format == RC_EXPORT_DOCX || format == RC_EXPORT_ODT) && !rc_office_available ())
    return RC_CLI_HAND_OVER;
  if (paper_name != NULL && !rc_pdf_paper_from_string (paper_name, &paper))
    return rc_cli_fail (path, _("unknown paper “%s”; use a4 or letter"), paper_name);
  if (template_name != NULL && !rc_pdf_template_from_string (template_name, &template_))
    return rc_cli_fail (path, _("unknown template “%s”; use classic, compact or modern"),
                        template_name);
  if (keep_coach_data)
    flags |= RC_EXPORT_KEEP_COACH_DATA;

  /* binary formats would fill the terminal with garbage */
  if (output == NULL && isatty (STDOUT_FILENO) &&
      (format == RC_EXPORT_PDF || format == RC_EXPORT_DOCX || format == RC_EXPORT_ODT))
    return rc_cli_fail (path, _("will not write a %s file to the terminal; use -o OUT"),
                        rc_export_format_extension (format));

  input = g_file_new_for_commandline_arg (path);
  document = rc_document_new_from_file (input, NULL, &error);
  if (document == NULL)
    return rc_cli_fail (path, "%s", rc_cli_describe_io_error (error, FALSE));

  /* in memory only: the file keeps its own choice */
  if (paper_name != NULL)
    rc_coach_state_set_paper (document, paper);
  if (template_name != NULL)
    rc_coach_state_set_template (document, template_);

  if (output != NULL)
    {
      g_autoptr(GFile) destination = g_file_new_for_commandline_arg (output);

      if (!rc_export_to_file_full (document, format, flags, destination, NULL, &error))
        return rc_cli_fail (output, "%s", rc_cli_describe_io_error (error, TRUE));
    }
  else
    {
      g_autoptr(GBytes) bytes = rc_export_to_bytes_full (document, format, flags, &error);

      if (bytes == NULL)
        return rc_cli_fail (path, "%s", error->message);
      if (!write_stdout (bytes, &error))
        return rc_cli_fail (_("standard output"), "%s", error->message);
    }

  return 0;
}

static int
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, name))
        return (int) i;
    }

  return -1;
}

static int
run_command (int    index,
             int    argc,
             char **argv)
{
  g_autofree char *prgname = g_strconcat ("resume-coach ", commands[index].name, NULL);

  /* GOptionContext names the program in its --help: "resume-coach export [OPTION…] FILE" */
  g_set_prgname (prgname);
  return commands[index].run (argc, argv);
}

/* `resume-coach help export` shows the command's own options */
static int
run_help (int    argc,
          char **argv)
{
  char *help_argv[] = { NULL, (char *) "--help", NULL };
  int index;

  if (argc < 3)
    return print_help ();

  index = find_command (argv[2]);
  if (index < 0)
    return rc_cli_fail (argv[2], _("no such command; run “resume-coach --help”"));

  help_argv[0] = (char *) commands[index].name;
  return run_command (index, 2, help_argv);
}

/**
 * rc_cli_handles:
 * @argc: the argument count
 * @argv: the arguments, as main() received them
 *
 * Returns: %TRUE when @argv asks for a command-line mode rather than the window
 */
gboolean
rc_cli_handles (int    argc,
                char **argv)
{
  static const char * const words[] = {
    "--help", "-h", "help", "--version", "-v",
  };

  if (argc < 2 || argv[1] == NULL)
    return FALSE;

  if (find_command (argv[1]) >= 0)
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (g_str_equal (argv[1], words[i]))
        return TRUE;
    }

  return FALSE;
}

/**
 * rc_cli_run:
 * @argc: the argument count
 * @argv: the arguments, as main() received them
 *
 * Runs the command-line mode @argv asks for. Nothing here touches the display.
 *
 * Returns: the exit status: 0 clean, 1 findings, 2 bad input or usage
 */
int
rc_cli_run (int    argc,
            char **argv)
{
  const char *word;
  int index, status;

  g_return_val_if_fail (rc_cli_handles (argc, argv), EXIT_BAD_INPUT);

  word = argv[1];
  if (g_str_equal (word, "--help") || g_str_equal (word, "-h"))
    return print_help ();
  if (g_str_equal (word, "help"))
    return run_help (argc, argv);
  if (g_str_equal (word, "--version") || g_str_equal (word, "-v"))
    return print_version ();

  index = find_command (word);
  g_assert (index >= 0);
  status = run_command (index, argc - 1, argv + 1);
  if (status == RC_CLI_HAND_OVER)
    return status;
  /* what the dictionaries said, so the next run need not open them, and the widths of the
   * words it shaped (caches: failing to write them changes nothing the user asked for) */
  rc_spell_save (rc_spell_get_default (), NULL);
  rc_pdf_save_widths (NULL);
  return status;
}
