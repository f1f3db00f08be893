/* main.c — resume-coach: the command line, or a hand-over to the window
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <unistd.h>

#include "rc-cli.h"

#define WINDOW_PROGRAM "resume-coach-window"

/* In a build tree the settings schema is compiled into <build>/data, not installed: point
 * GSettings at it so the window runs from the build without installing anything. */
static void
use_build_tree_schemas (const char *bindir)
{
  g_autofree char *schemas = g_build_filename (bindir, "..", "data", NULL);
  g_autofree char *compiled = g_build_filename (schemas, "gschemas.compiled", NULL);
  const char *current = g_getenv ("GSETTINGS_SCHEMA_DIR");
  g_autofree char *value = NULL;

  if (!g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    return;

  value = current != NULL && *current != '\0'
    ? g_strconcat (schemas, G_SEARCHPATH_SEPARATOR_S, current, NULL)
    : g_strdup (schemas);
  g_setenv ("GSETTINGS_SCHEMA_DIR", value, TRUE);
}

/* The window program sits next to this one in a build tree, in libexecdir once installed. */
static char *
find_window_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  char *beside;

  if (self != NULL)
    {
      dir = g_path_get_dirname (self);
      beside = g_build_filename (dir, WINDOW_PROGRAM, NULL);
      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        {
          use_build_tree_schemas (dir);
          return beside;
        }
      g_free (beside);
    }

  return g_build_filename (LIBEXECDIR, WINDOW_PROGRAM, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *program = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* check, export, rules, --help and --version never touch the display */
  if (rc_cli_handles (argc, argv))
    return rc_cli_run (argc, argv);

  program = find_window_program ();
  argv[0] = program;
  execv (program, argv);

  g_printerr (_("resume-coach: cannot start the window (%s): %s\n"),
              program, g_strerror (errno));
  return 2;
}
