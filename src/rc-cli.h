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
/* Runs it; returns the exit status (0 clean, 1 findings, 2 bad input or usage) */
int      rc_cli_run     (int    argc,
                         char **argv);

G_END_DECLS
