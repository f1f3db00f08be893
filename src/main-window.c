/* main-window.c — resume-coach-window: the GTK application
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rc-application.h"
#include "rc-window.h"

/* RESUME_COACH_FIRST_FRAME (HACKING, benchmarks; tests/bench-window.c reads what it prints):
 * when set, the first frame a window paints with a resume shown and checked prints how long
 * after the process started it was painted, then the program quits ("keep": it keeps running,
 * for a memory reading). Unset, none of this is connected. */
#define FIRST_FRAME_VARIABLE "RESUME_COACH_FIRST_FRAME"

/* µs on CLOCK_BOOTTIME when this process was forked, from /proc/self/stat (field 22, in clock
 * ticks since boot, which the kernel counts on that clock); 0 if unreadable. `resume-coach
 * FILE` execs this program in the same process, so this is when resume-coach started. */
static gint64
process_start_us (void)
{
  g_autofree char *stat = NULL;
  const char *fields;
  unsigned long long ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (fields = strrchr (stat, ')')) == NULL ||
      sscanf (fields + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d "
              "%*d %*d %*d %llu", &ticks) != 1)
    return 0;
  return (gint64) (ticks * G_USEC_PER_SEC / (unsigned long long) sysconf (_SC_CLK_TCK));
}

static void
on_first_frame_painted_cb (GdkFrameClock *clock,
                           RcWindow      *window)
{
  struct timespec now;
  gint64 start = process_start_us ();
  gint64 monotonic = g_get_monotonic_time ();
  double elapsed_ms;

  if (rc_window_get_document (window) == NULL || rc_window_get_report (window) == NULL)
    return;

  clock_gettime (CLOCK_BOOTTIME, &now);
  elapsed_ms = start > 0 ? ((gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000 - start)
                           / 1000.0
                         : -1;
  /* the benchmark also reads the monotonic time, to time from its own fork () to the µs */
  printf ("first-frame %.1f ms since process start, monotonic %" G_GINT64_FORMAT " us\n",
          elapsed_ms, monotonic);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted_cb, window);
  if (g_strcmp0 (g_getenv (FIRST_FRAME_VARIABLE), "keep") != 0)
    g_application_quit (g_application_get_default ());
}

static void
on_window_realized_cb (GtkWidget *window)
{
  /* once a process: a window realized again does not print again */
  g_signal_handlers_disconnect_by_func (window, on_window_realized_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_painted_cb), window, G_CONNECT_AFTER);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window)
{
  if (RC_IS_WINDOW (window))
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realized_cb), NULL);
}

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
  if (g_getenv (FIRST_FRAME_VARIABLE) != NULL)
    g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
