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
#define OFFICE_PROGRAM "resume-coach-office"

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

/* (nullable): the folder of this program when it runs from a meson build tree, where the
 * window and office programs sit next to it (in libexecdir once installed) and the schema and
 * catalogs are compiled */
static char *
find_build_tree_bindir (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *ninja = NULL;

  if (self == NULL)
    return NULL;
  dir = g_path_get_dirname (self);
  ninja = g_build_filename (dir, "..", "build.ninja", NULL);
  if (!g_file_test (ninja, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&dir);
}

/* In a build tree the catalogs are compiled into <build>/po (LL/LC_MESSAGES), not installed:
 * read them there, and have the window program read them there too (RESUME_COACH_LOCALEDIR),
 * so LANGUAGE=de build/src/resume-coach shows the German translation without installing. */
static void
use_build_tree_catalogs (const char *bindir)
{
  g_autofree char *catalogs = g_build_filename (bindir, "..", "po", NULL);
  g_autofree char *canonical = NULL;

  if (!g_file_test (catalogs, G_FILE_TEST_IS_DIR))
    return;
  canonical = g_canonicalize_filename (catalogs, NULL);
  bindtextdomain (GETTEXT_PACKAGE, canonical);
  g_setenv ("RESUME_COACH_LOCALEDIR", canonical, TRUE);
}

/* @name beside this program in a build tree, else in libexecdir */
static char *
find_program (const char *build_tree_bindir,
              const char *name)
{
  if (build_tree_bindir != NULL)
    return g_build_filename (build_tree_bindir, name, NULL);
  return g_build_filename (LIBEXECDIR, name, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *program = NULL;
  g_autofree char *build_tree_bindir = find_build_tree_bindir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  if (build_tree_bindir != NULL)
    use_build_tree_catalogs (build_tree_bindir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* check, export, rules, --help and --version never touch the display */
  if (rc_cli_handles (argc, argv))
    {
      int status = rc_cli_run (argc, argv);

#ifndef RC_OFFICE_PROGRAM
      /* import and the DOCX and ODT exports: the same command line with the PDF, Word and
       * LinkedIn readers and writers (rc-office-private.h) */
      if (status == RC_CLI_HAND_OVER)
        {
          program = find_program (build_tree_bindir, OFFICE_PROGRAM);
          argv[0] = program;
          execv (program, argv);
          g_printerr (_("resume-coach: cannot start %s: %s\n"), program, g_strerror (errno));
          return 2;
        }
#endif
      return status;
    }

  if (build_tree_bindir != NULL)
    use_build_tree_schemas (build_tree_bindir);
  program = find_program (build_tree_bindir, WINDOW_PROGRAM);
  argv[0] = program;
  execv (program, argv);

  g_printerr (_("resume-coach: cannot start the window (%s): %s\n"),
              program, g_strerror (errno));
  return 2;
}
