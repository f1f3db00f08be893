/* main-window.c — resume-coach-window: the GTK application
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;
  /* set by resume-coach when it runs from a build tree: the build's catalogs (main.c) */
  const char *localedir = g_getenv ("RESUME_COACH_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
