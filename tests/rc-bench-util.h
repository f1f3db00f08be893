/* rc-bench-util.h — benchmarks that run real processes: wall time, peak memory, figures
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double wall_ms;    /* from just before fork () to the child reaped */
  double maxrss_mb;  /* the child's peak resident memory (wait4's ru_maxrss) */
  int    status;     /* its wait status */
} RcBenchRun;

/* Runs @argv (searched on PATH) to its end with @envp (NULL: ours), standard error to
 * /dev/null and standard output into @out (NULL: to /dev/null). FALSE if it could not start.
 * Its ru_maxrss counts what fork () copied of this process too: keep the caller small. */
gboolean rc_bench_run            (const char * const *argv,
                                  char              **envp,
                                  RcBenchRun         *run,
                                  char              **out);
/* Starts @argv with its standard output on a pipe (@stdout_fd) and standard error to
 * /dev/null; @fork_time gets g_get_monotonic_time () just before fork (); -1 if it failed */
GPid     rc_bench_start          (const char * const *argv,
                                  char              **envp,
                                  gint64             *fork_time,
                                  int                *stdout_fd);
/* (nullable): the next line on @fd, or NULL after @timeout_ms or at its end */
char    *rc_bench_read_line      (int                 fd,
                                  int                 timeout_ms);
/* kB in the field @field ("VmRSS", "VmHWM") of /proc/@pid/status (0: this process), or
 * "Pss" of /proc/@pid/smaps_rollup; -1 if unreadable */
glong    rc_bench_status_kb      (GPid                pid,
                                  const char         *field);
/* Prints "@what  median M  (min A, max B, N runs)@target", @what padded to 46 */
void     rc_bench_print_spread   (const char         *what,
                                  double             *values,
                                  guint               n,
                                  const char         *unit,
                                  const char         *target);

G_END_DECLS
