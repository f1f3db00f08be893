/* main.c — entry point: the command line or the window
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-application.h"
#include "rc-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* check, export, rules, --help and --version never touch the display */
  if (rc_cli_handles (argc, argv))
    return rc_cli_run (argc, argv);

  app = rc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
