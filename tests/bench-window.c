/* bench-window.c — the window as a user meets it: start-up, memory, and a long typing session
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 1. Cold start: the real program (`resume-coach SAMPLE`, $RC_BINARY) started again and again
 *    with RESUME_COACH_FIRST_FRAME=1, which prints when the first frame showing the checked
 *    resume was painted and quits (main-window.c). Timed from this process's fork () to that
 *    frame (both on CLOCK_MONOTONIC); the program's own figure, from its start time in
 *    /proc/self/stat (on CLOCK_BOOTTIME, in 10 ms clock ticks), is printed beside it.
 * 2. Memory with the sample open (GSK_RENDERER=cairo), against a bare GTK window
 *    (bench-bare-window) on the same display: the difference is what the app itself costs.
 * 3. A soak: 10,000 keystrokes typed into a bullet of a window in this process, the resident
 *    memory printed every 1,000.
 * Prints figures; asserts nothing. `bench-window [KEYSTROKES]` types that many instead;
 * RC_BENCH_SOAK_ONLY=1 runs only the soak.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <adwaita.h>

#include "rc-application.h"
#include "rc-bench-util.h"
#include "rc-ui-test-util.h"
#include "rc-window.h"

#define N_STARTS    10
#define N_MEMORY    3
#define N_SOAK_KEYS 10000
#define SOAK_EVERY  1000
#define SOAK_LIMIT_S 55
#define SOAK_FRAME_EVERY 10
#define SETTLE_MS   1500

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backend-engineer.json",
                                NULL);
}

/* Our environment with @name set to @value (NULL: unset) */
static char **
environ_with (char      **envp,
              const char *name,
              const char *value)
{
  return value != NULL ? g_environ_setenv (envp, name, value, TRUE)
                       : g_environ_unsetenv (envp, name);
}

/* Starts @argv and waits for its "first-frame" line; the µs from fork () to that frame, or -1.
 * With @self_ms, the program's own figure since its start. The process is left running in
 * *@pid (kill it) unless @pid is NULL, when it is waited for. */
static double
start_to_first_frame (const char * const *argv,
                      char              **envp,
                      double             *self_ms,
                      GPid               *pid)
{
  gint64 fork_time = 0, frame_time = 0;
  g_autofree char *line = NULL;
  const char *monotonic;
  int fd = -1;
  GPid child = rc_bench_start (argv, envp, &fork_time, &fd);

  if (child < 0)
    return -1;
  line = rc_bench_read_line (fd, 20000);
  close (fd);
  if (line != NULL && self_ms != NULL)
    *self_ms = g_ascii_strtod (line + strlen ("first-frame "), NULL);
  if (line != NULL && (monotonic = strstr (line, "monotonic ")) != NULL)
    frame_time = g_ascii_strtoll (monotonic + strlen ("monotonic "), NULL, 10);
  if (pid != NULL)
    *pid = child;
  else
    {
      int status;

      if (line == NULL)
        kill (child, SIGTERM);
      waitpid (child, &status, 0);
    }
  return frame_time > 0 ? (frame_time - fork_time) / 1000.0 : -1;
}

static void
bench_start (const char *binary,
             const char *renderer)
{
  g_autofree char *sample = sample_path ();
  const char *argv[] = { binary, sample, NULL };
  g_auto(GStrv) envp = environ_with (g_get_environ (), "RESUME_COACH_FIRST_FRAME", "1");
  double from_fork[N_STARTS], self[N_STARTS];
  g_autofree char *what = g_strdup_printf ("fork to first frame, %s", renderer != NULL
                                           ? renderer : "default renderer");
  g_autofree char *own = g_strdup_printf ("  the program's own figure (%s)", renderer != NULL
                                          ? renderer : "default renderer");

  envp = environ_with (envp, "GSK_RENDERER", renderer);
  for (guint i = 0; i < N_STARTS + 1; i++)
    {
      double self_ms = -1;
      double ms = start_to_first_frame (argv, envp, &self_ms, NULL);

      if (ms < 0)
        {
          printf ("  %s: the window printed no first frame: skipped\n", what);
          return;
        }
      /* the first start reads the program, GTK and the theme from the disk if not cached */
      if (i > 0)
        {
          from_fork[i - 1] = ms;
          self[i - 1] = self_ms;
        }
    }
  rc_bench_print_spread (what, from_fork, N_STARTS, "ms", "target < 300 ms");
  rc_bench_print_spread (own, self, N_STARTS, "ms", NULL);
}

typedef struct
{
  double rss, hwm, pss;
  double frame;  /* ms from fork () to the first frame */
} Memory;

/* MB of @argv's process a moment after its first frame, in N_MEMORY runs (their medians) */
static gboolean
measure_memory (const char * const *argv,
                char              **envp,
                Memory             *memory)
{
  double rss[N_MEMORY], hwm[N_MEMORY], pss[N_MEMORY], frame[N_MEMORY];

  for (guint i = 0; i < N_MEMORY; i++)
    {
      GPid pid = -1;
      int status;

      if ((frame[i] = start_to_first_frame (argv, envp, NULL, &pid)) < 0)
        {
          if (pid > 0)
            {
              kill (pid, SIGTERM);
              waitpid (pid, &status, 0);
            }
          return FALSE;
        }
      /* the idle after the first frame: the page count, the spelling of the rest */
      g_usleep (SETTLE_MS * 1000);
      rss[i] = rc_bench_status_kb (pid, "VmRSS") / 1024.0;
      hwm[i] = rc_bench_status_kb (pid, "VmHWM") / 1024.0;
      pss[i] = rc_bench_status_kb (pid, "Pss") / 1024.0;
      kill (pid, SIGTERM);
      waitpid (pid, &status, 0);
    }
  memory->rss = rc_test_median (rss, N_MEMORY);
  memory->hwm = rc_test_median (hwm, N_MEMORY);
  memory->pss = rc_test_median (pss, N_MEMORY);
  memory->frame = rc_test_median (frame, N_MEMORY);
  return TRUE;
}

static void
bench_memory (const char *binary)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *bare = g_test_build_filename (G_TEST_BUILT, "bench-bare-window", NULL);
  const char *ours_argv[] = { binary, sample, NULL };
  const char *bare_argv[] = { bare, NULL };
  g_auto(GStrv) envp = environ_with (g_get_environ (), "RESUME_COACH_FIRST_FRAME", "keep");
  Memory ours, theirs;

  envp = environ_with (envp, "GSK_RENDERER", "cairo");
  printf ("\nMemory %.1f s after the first frame, GSK_RENDERER=cairo (MB, median of %u starts)\n",
          SETTLE_MS / 1000.0, N_MEMORY);
  if (!measure_memory (ours_argv, envp, &ours) || !measure_memory (bare_argv, envp, &theirs))
    {
      printf ("  a window printed no first frame: skipped\n");
      return;
    }
  printf ("  %-46s VmRSS %6.1f   VmHWM %6.1f   Pss %6.1f   target < 80 MB resident\n",
          "resume-coach, the sample open", ours.rss, ours.hwm, ours.pss);
  printf ("  %-46s VmRSS %6.1f   VmHWM %6.1f   Pss %6.1f\n", "a bare GTK 4 window (1200x700)",
          theirs.rss, theirs.hwm, theirs.pss);
  printf ("  %-46s VmRSS %6.1f   VmHWM %6.1f   Pss %6.1f   target < 20 MB\n",
          "our own part (the difference)", ours.rss - theirs.rss, ours.hwm - theirs.hwm,
          ours.pss - theirs.pss);
  printf ("  %-46s %6.1f ms (median of %u), ours %.1f ms\n",
          "a bare GTK 4 window: fork to first frame", theirs.frame, N_MEMORY, ours.frame);
  fflush (stdout);
}

/* 10,000 keystrokes into the first bullet: a phrase typed, then taken away, again and again;
 * each checked at once as the window does before its frame, the main loop run in between */
static void
bench_soak (guint n_keys)
{
  static const char phrase[] = " across 3 regions at 99.9%";
  g_autoptr(RcApplication) app = rc_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree double *rss = g_new0 (double, n_keys / SOAK_EVERY + 2);
  guint typed = 0, n_phrase = strlen (phrase), done = 0;
  GtkTextBuffer *buffer;
  RcWindow *window;
  RcField *field;
  gint64 start;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = rc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  g_assert_true (rc_window_open_sample (window));
  rc_window_select_section (window, RC_PAGE_EXPERIENCE);
  gtk_window_present (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  field = rc_window_lookup_field (window, "/work/0/highlights");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  gtk_widget_grab_focus (rc_field_get_control (field));

  printf ("\nSoak: %u keystrokes into a bullet of the sample, in this process (GSK_RENDERER=%s; "
          "the main loop run every %u; resident MB every %u)\n", n_keys, g_getenv ("GSK_RENDERER"),
          SOAK_FRAME_EVERY, SOAK_EVERY);
  rss[0] = rc_bench_status_kb (0, "VmRSS") / 1024.0;
  printf ("  %6u keystrokes   VmRSS %6.1f\n", 0, rss[0]);
  start = g_get_monotonic_time ();
  while (typed < n_keys)
    {
      double seconds;
      GtkTextIter iter;
      guint at = typed % (2 * n_phrase);

      /* the end of the first line: type the phrase, then backspace it away */
      gtk_text_buffer_get_start_iter (buffer, &iter);
      gtk_text_iter_forward_to_line_end (&iter);
      if (at < n_phrase)
        gtk_text_buffer_insert_interactive (buffer, &iter, phrase + at, 1, TRUE);
      else
        {
          GtkTextIter before = iter;

          gtk_text_iter_backward_char (&before);
          gtk_text_buffer_delete_interactive (buffer, &before, &iter, TRUE);
        }
      rc_window_check_now (window);
      typed++;
      /* a frame every few keystrokes, as for a fast typist: drawing the whole window with
       * cairo takes longer than a check, and the soak is about memory */
      if (typed % SOAK_FRAME_EVERY == 0)
        while (g_main_context_iteration (NULL, FALSE))
          ;
      seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      if (typed % SOAK_EVERY == 0 || typed == n_keys || seconds > SOAK_LIMIT_S)
        {
          rss[++done] = rc_bench_status_kb (0, "VmRSS") / 1024.0;
          printf ("  %6u keystrokes   VmRSS %6.1f   (%.1f s, %.2f ms a keystroke)\n", typed,
                  rss[done], seconds, seconds * 1000 / typed);
          fflush (stdout);
          if (seconds > SOAK_LIMIT_S)
            break;
        }
    }
  if (typed < n_keys)
    printf ("  stopped after %u keystrokes: over %d s on this machine\n", typed, SOAK_LIMIT_S);
  if (done >= 2)
    {
      double growth = rss[done] - rss[1];

      printf ("  %-46s %+6.1f MB from keystroke %u to %u%s\n", "growth", growth, SOAK_EVERY,
              typed, growth > 1.0 ? "   NOTE: memory grows as you type" : "   (flat)");
      printf ("  %-46s %+6.1f MB\n", "  (in the first 1,000, the warm-up)", rss[1] - rss[0]);
    }
  rc_document_set_modified (rc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  const char *binary = g_getenv ("RC_BINARY");
  guint n_keys;

  /* the soak draws with cairo, as the memory is measured: GL on a software rasteriser (Xvfb)
   * takes longer than a keystroke to draw a frame, and keeps its own caches */
  if (g_getenv ("GSK_RENDERER") == NULL)
    g_setenv ("GSK_RENDERER", "cairo", TRUE);
  /* private config, data and cache folders: the programs started here inherit them, so no
   * draft of another session is offered */
  rc_ui_test_init (&argc, &argv);
  n_keys = argc > 1 ? (guint) MAX (atoi (argv[1]), SOAK_EVERY) : N_SOAK_KEYS;

  if (binary == NULL || g_getenv ("RC_BENCH_SOAK_ONLY"))
    printf ("RC_BINARY is not set (meson test sets it): start-up and memory skipped\n");
  else
    {
      printf ("Start to the first frame with the sample shown and checked: %s SAMPLE, %u "
              "starts after one unmeasured\n", binary, N_STARTS);
      bench_start (binary, NULL);
      bench_start (binary, "cairo");
      bench_memory (binary);
    }
  bench_soak (n_keys);
  return 0;
}
