/* rc-cli.h — the command line: check, export, rules
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for a command-line mode rather than the window */
gboolean rc_cli_handles (int    argc,
                         char **argv);
/* Runs it; returns the exit status (0 clean, 1 findings, 2 bad input or usage), or
 * RC_CLI_HAND_OVER when it needs the PDF, Word, LibreOffice and LinkedIn files this program
 * does not read or write (rc_office_available()): the caller runs resume-coach-office */
int      rc_cli_run     (int    argc,
                         char **argv);
#define RC_CLI_HAND_OVER (-1)

/* Added: how `resume-coach --help` and a usage error spell the check command */
#define RC_CLI_CHECK_SYNOPSIS \
  "check FILE... [--job JOB] [--format text|json] [--fail-on error|warning|never]"

/* Added: one line "resume-coach: SUBJECT: reason" on stderr; returns 2 (bad input or usage) */
int      rc_cli_fail    (const char *subject,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

/* Added: parses a command's options (argv[0] is its name) for a command that takes one FILE
 * (its @synopsis is then shown in the usage error) or none (@synopsis NULL). Returns 0 with
 * @argv holding the name and the FILE, or reports the usage error and returns its status. */
int         rc_cli_parse_options     (const char          *command,
                                      const char          *synopsis,
                                      const char          *summary,
                                      const GOptionEntry  *entries,
                                      char              ***argv);

/* Added: the reason to give rc_cli_fail() when reading (or, with @writing, writing) a file the
 * user named failed */
const char *rc_cli_describe_io_error (const GError *error,
                                      gboolean      writing);

/* Added: the commands built in other files, for the command table in rc-cli.c; argv[0] is
 * the command's name ("check"), the rest its arguments */
int      rc_cli_command_check (int    argc,
                               char **argv);
int      rc_cli_command_rules (int    argc,
                               char **argv);
#define RC_CLI_IMPORT_SYNOPSIS "import FILE [-o OUT.json]"
int      rc_cli_command_import (int    argc,
                                char **argv);

G_END_DECLS
