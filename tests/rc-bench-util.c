/* rc-bench-util.c — benchmarks that run real processes: wall time, peak memory, figures
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* execvpe (), pipe2 () */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rc-bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* fork () and exec, standard output to @out_fd (-1: /dev/null) */
static GPid
spawn (const char * const *argv,
       char              **envp,
       int                 out_fd)
{
  GPid pid = fork ();

  if (pid == 0)
    {
      int null_fd = open ("/dev/null", O_RDWR);

      dup2 (null_fd, STDIN_FILENO);
      dup2 (out_fd >= 0 ? out_fd : null_fd, STDOUT_FILENO);
      dup2 (null_fd, STDERR_FILENO);
      if (envp != NULL)
        execvpe (argv[0], (char * const *) argv, envp);
      else
        execvp (argv[0], (char * const *) argv);
      _exit (127);
    }
  return pid;
}

gboolean
rc_bench_run (const char * const *argv,
              char              **envp,
              RcBenchRun         *run,
              char              **out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int fds[2] = { -1, -1 };
  struct rusage usage;
  gint64 start;
  GPid pid;

  if (out != NULL && pipe2 (fds, O_CLOEXEC) != 0)
    return FALSE;
  start = g_get_monotonic_time ();
  pid = spawn (argv, envp, fds[1]);
  if (fds[1] >= 0)
    close (fds[1]);
  if (pid < 0)
    return FALSE;
  if (out != NULL)
    {
      char buffer[4096];
      ssize_t n;

      while ((n = read (fds[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
          g_string_append_len (text, buffer, n);
      close (fds[0]);
    }
  while (wait4 (pid, &run->status, 0, &usage) < 0)
    if (errno != EINTR)
      return FALSE;
  run->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  run->maxrss_mb = usage.ru_maxrss / 1024.0;
  if (out != NULL)
    *out = g_string_free (g_steal_pointer (&text), FALSE);
  /* 127: exec failed */
  return !(WIFEXITED (run->status) && WEXITSTATUS (run->status) == 127);
}

GPid
rc_bench_start (const char * const *argv,
                char              **envp,
                gint64             *fork_time,
                int                *stdout_fd)
{
  int fds[2];
  GPid pid;

  if (pipe2 (fds, O_CLOEXEC) != 0)
    return -1;
  *fork_time = g_get_monotonic_time ();
  pid = spawn (argv, envp, fds[1]);
  close (fds[1]);
  if (pid < 0)
    {
      close (fds[0]);
      return -1;
    }
  *stdout_fd = fds[0];
  return pid;
}

char *
rc_bench_read_line (int fd,
                    int timeout_ms)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  for (;;)
    {
      struct pollfd poll_fd = { fd, POLLIN, 0 };
      gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
      char c;

      if (left <= 0 || poll (&poll_fd, 1, (int) left) <= 0 || read (fd, &c, 1) != 1)
        return NULL;
      if (c == '\n')
        return g_string_free (g_steal_pointer (&line), FALSE);
      g_string_append_c (line, c);
    }
}

glong
rc_bench_status_kb (GPid        pid,
                    const char *field)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *key = g_strconcat ("\n", field, ":", NULL);
  const char *found;

  if (pid > 0)
    path = g_strdup_printf ("/proc/%d/%s", (int) pid,
                            strcmp (field, "Pss") == 0 ? "smaps_rollup" : "status");
  else
    path = g_strdup (strcmp (field, "Pss") == 0 ? "/proc/self/smaps_rollup"
                                                 : "/proc/self/status");
  if (!g_file_get_contents (path, &text, NULL, NULL) || (found = strstr (text, key)) == NULL)
    return -1;
  return strtol (found + strlen (key), NULL, 10);
}

void
rc_bench_print_spread (const char *what,
                       double     *values,
                       guint       n,
                       const char *unit,
                       const char *target)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);
  printf ("  %-46s median %8.2f %s  (min %.2f, max %.2f; %u runs)%s%s\n", what,
          n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2, unit, values[0],
          values[n - 1], n, target != NULL ? "   " : "", target != NULL ? target : "");
  fflush (stdout);
}
