/* bench-cli.c — the command line as a user runs it: whole processes, wall time, peak memory
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real binary ($RC_BINARY) RUNS times a command (25 unless given) and prints the
 * median wall time with its spread, and the peak resident memory of the process (wait4's
 * ru_maxrss), beside the budgets of the README. Asserts nothing.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "rc-bench-util.h"

typedef struct
{
  const char *what;
  const char *args[3];
  const char *wall_target;
  const char *memory_target;
} Command;

static void
bench_command (const char * const *argv,
               const char         *what,
               guint               runs,
               const char         *wall_target,
               const char         *memory_target)
{
  g_autofree double *wall = g_new (double, runs);
  g_autofree double *memory = g_new (double, runs);
  g_autofree char *wall_label = g_strdup_printf ("%s, wall", what);
  g_autofree char *memory_label = g_strdup_printf ("%s, peak resident", what);

  for (guint i = 0; i < runs + 1; i++)
    {
      RcBenchRun run = { 0 };

      if (!rc_bench_run (argv, NULL, &run, NULL) || !WIFEXITED (run.status) ||
          WEXITSTATUS (run.status) > 1)
        {
          printf ("  %s did not run (wait status %d): skipped\n", what, run.status);
          return;
        }
      /* the first run reads the binary and its data from the disk, if they were not cached */
      if (i > 0)
        {
          wall[i - 1] = run.wall_ms;
          memory[i - 1] = run.maxrss_mb;
        }
    }
  rc_bench_print_spread (wall_label, wall, runs, "ms", wall_target);
  rc_bench_print_spread (memory_label, memory, runs, "MB", memory_target);
}

int
main (int   argc,
      char *argv[])
{
  const char *binary = g_getenv ("RC_BINARY");
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *sample = g_build_filename (srcdir != NULL ? srcdir : "tests", "..", "data",
                                              "samples", "backend-engineer.json", NULL);
  guint runs = argc > 1 ? (guint) MAX (atoi (argv[1]), 3) : 25;
  const char *nothing[] = { "true", NULL };
  const char *version[] = { binary, "--version", NULL };
  const char *rules[] = { binary, "rules", NULL };
  const char *check[] = { binary, "check", sample, NULL };

  if (binary == NULL)
    {
      printf ("RC_BINARY is not set (meson test sets it): nothing to run\n");
      return 0;
    }
  printf ("Whole processes: %s, each run %u times after one unmeasured run\n", binary, runs);
  /* what this way of measuring reads for a process that does nothing: its floor */
  bench_command (nothing, "true (the floor)", runs, NULL, NULL);
  bench_command (version, "resume-coach --version", runs, NULL, NULL);
  bench_command (rules, "resume-coach rules", runs, NULL, NULL);
  bench_command (check, "resume-coach check SAMPLE", runs, "target ≤ 10 ms",
                 "target < 15 MB");
  return 0;
}
