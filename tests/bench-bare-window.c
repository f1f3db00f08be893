/* bench-bare-window.c — a bare GTK 4 window, what bench-window measures the window against
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window of Resume Coach's first size (1200×700) with one label, nothing else: GTK, its
 * theme, fonts and renderer. On its first frame it prints "first-frame" as the window program
 * does with RESUME_COACH_FIRST_FRAME=keep, and runs until it is killed.
 */
#include "config.h"

#include <stdio.h>

#include <gtk/gtk.h>

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  printf ("first-frame monotonic %" G_GINT64_FORMAT " us\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, data);
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect_after (gtk_widget_get_frame_clock (window), "after-paint",
                          G_CALLBACK (on_after_paint_cb), NULL);
}

int
main (void)
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("A bare GTK window"));
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
