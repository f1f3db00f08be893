/* bench-ui.c — keystroke to updated panel and underlines, and opening a resume to its first frame
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "rc-application.h"
#include "rc-preview.h"
#include "rc-window.h"
#include "rc-ui-test-util.h"

#define N_KEYS  101
#define N_OPENS 11
#define N_BULLETS 40
#define N_DRAWS 21

#define print_figure(what, values, n) rc_ui_test_print_figure ((what), 48, (values), (n))

typedef struct
{
  gint64   before_paint;
  gint64   layout_end;
  gint64   after_paint;
  gboolean painted;
} Frame;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Frame         *frame)
{
  frame->before_paint = g_get_monotonic_time ();
}

static void
on_layout_cb (GdkFrameClock *clock,
              Frame         *frame)
{
  frame->layout_end = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  frame->after_paint = g_get_monotonic_time ();
  frame->painted = TRUE;
}

static void
watch_frames (GtkWidget *widget,
              Frame     *frame)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), frame);
  g_signal_connect_after (clock, "layout", G_CALLBACK (on_layout_cb), frame);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint_cb), frame);
}

static gboolean
wait_for_frame (Frame *frame)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!frame->painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return frame->painted;
}

static const char *extra_bullets[] = {
  "Built a Go service that batches carrier webhooks, cutting API calls by 45%",
  "Responsible for the deployment scripts of the team",
  "Migrated 120 cron jobs to Kubernetes CronJobs with zero missed runs",
  "Worked on various internal tools",
  "Reduced PostgreSQL storage by 2 TB by partitioning the events table",
  "Helped with the on-call handbook",
};

/* The sample grown to two printed pages: about forty bullets */
static RcDocument *
load_two_pages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "backend-engineer.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcDocument *document = rc_document_new_from_file (file, NULL, &error);
  guint n_bullets = 0, added = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < rc_document_get_length (document, "/work"); i++)
    {
      g_autofree char *array = g_strdup_printf ("/work/%u/highlights", i);

      n_bullets += rc_document_get_length (document, array);
    }
  while (n_bullets < N_BULLETS)
    {
      guint entry = added % rc_document_get_length (document, "/work");
      g_autofree char *array = g_strdup_printf ("/work/%u/highlights", entry);
      g_autoptr(JsonNode) bullet = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (bullet, extra_bullets[added % G_N_ELEMENTS (extra_bullets)]);
      rc_document_insert (document, array, -1, bullet, &error);
      g_assert_no_error (error);
      added++;
      n_bullets++;
    }
  rc_document_set_modified (document, FALSE);
  return document;
}

static void
bench_open (RcApplication *app,
            RcDocument    *template)
{
  double open_ms[N_OPENS], build_ms[N_OPENS], style_ms[N_OPENS], layout_ms[N_OPENS];
  double paint_ms[N_OPENS];
  g_autofree char *data = rc_document_to_data (template, NULL);

  for (guint i = 0; i < N_OPENS; i++)
    {
      Frame frame = { 0 };
      gint64 start = g_get_monotonic_time ();
      g_autoptr(RcDocument) document = rc_document_new_from_data (data, -1, NULL);
      RcWindow *window = rc_window_new (app);

      rc_window_set_document (window, document, NULL);
      rc_window_select_section (window, RC_PAGE_EXPERIENCE);
      build_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      gtk_window_present (GTK_WINDOW (window));
      watch_frames (GTK_WIDGET (window), &frame);
      g_assert_true (wait_for_frame (&frame));
      open_ms[i] = (frame.after_paint - start) / 1000.0;
      style_ms[i] = (frame.before_paint - start) / 1000.0 - build_ms[i];
      layout_ms[i] = (frame.layout_end - frame.before_paint) / 1000.0;
      paint_ms[i] = (frame.after_paint - frame.layout_end) / 1000.0;
      if (i == 0)
        g_print ("%-48s %7.3f ms\n", "open to first frame, first window (cold theme)",
                 open_ms[0]);

      g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                            &frame);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  print_figure ("open: parse, build one section, check", build_ms + 1, N_OPENS - 1);
  print_figure ("open: show, realize, style", style_ms + 1, N_OPENS - 1);
  print_figure ("open: first layout", layout_ms + 1, N_OPENS - 1);
  print_figure ("open: first drawing (Xvfb, software)", paint_ms + 1, N_OPENS - 1);
  print_figure ("open to first frame", open_ms + 1, N_OPENS - 1);
}

static void
bench_keystrokes (RcApplication *app,
                  RcDocument    *document)
{
  double work_ms[N_KEYS], layout_ms[N_KEYS], paint_ms[N_KEYS], busy_ms[N_KEYS];
  RcWindow *window = rc_window_new (app);
  GtkTextBuffer *buffer;
  RcField *field;
  Frame frame = { 0 };
  guint n_painted = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  rc_window_set_document (window, document, NULL);
  rc_window_select_section (window, RC_PAGE_EXPERIENCE);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  field = rc_window_lookup_field (window, "/work/0/highlights");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  gtk_widget_grab_focus (rc_field_get_control (field));
  watch_frames (GTK_WIDGET (window), &frame);

  for (guint i = 0; i < N_KEYS; i++)
    {
      GtkTextIter iter;
      gint64 start;

      /* type a letter into the first bullet, or take it away again */
      gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 0, 11);
      frame.painted = FALSE;
      start = g_get_monotonic_time ();
      if (i % 2 == 0)
        {
          gtk_text_buffer_insert_interactive (buffer, &iter, "x", 1, TRUE);
        }
      else
        {
          GtkTextIter end = iter;

          gtk_text_iter_forward_char (&end);
          gtk_text_buffer_delete_interactive (buffer, &iter, &end, TRUE);
        }
      /* what the main loop does next, before the frame: check, panel, underlines */
      rc_window_check_now (window);
      work_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      if (wait_for_frame (&frame))
        {
          layout_ms[n_painted] = (frame.layout_end - frame.before_paint) / 1000.0;
          paint_ms[n_painted] = (frame.after_paint - frame.layout_end) / 1000.0;
          busy_ms[n_painted] = work_ms[i] + (frame.after_paint - frame.before_paint) / 1000.0;
          n_painted++;
        }
    }

  g_print ("resume: %u work entries, first bullet edited, %u findings\n",
           rc_document_get_length (document, "/work"),
           rc_report_get_findings (rc_window_get_report (window))->len);
  print_figure ("keystroke: model, check, panel, underlines", work_ms, N_KEYS);
  if (n_painted > 0)
    {
      print_figure ("next frame: layout", layout_ms, n_painted);
      print_figure ("next frame: drawing (Xvfb, software)", paint_ms, n_painted);
      print_figure ("keystroke to painted frame (busy time)", busy_ms, n_painted);
    }

  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        &frame);
  rc_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The preview beside the editor: laying the pages out after an edit (in the idle), and drawing
 * both pages at the panel's width */
static void
bench_preview (RcApplication *app,
               RcDocument    *document)
{
  double layout_ms[N_DRAWS], draw_ms[N_DRAWS];
  RcWindow *window = rc_window_new (app);
  RcPreview *preview;
  GtkWidget *pages;
  g_autoptr(GdkPaintable) paintable = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  rc_window_set_document (window, document, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL));
  preview = RC_PREVIEW (rc_ui_test_find_type (GTK_WIDGET (window), RC_TYPE_PREVIEW));
  pages = rc_preview_get_pages (preview);
  while (rc_preview_get_n_pages (preview) == 0 || gtk_widget_get_height (pages) < 100)
    g_main_context_iteration (NULL, TRUE);
  paintable = gtk_widget_paintable_new (pages);

  for (guint i = 0; i < N_DRAWS; i++)
    {
      int width = gtk_widget_get_width (pages), height = gtk_widget_get_height (pages);
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      gint64 start;

      rc_document_set_string (document, "/basics/label",
                              i % 2 == 0 ? "Backend Engineers" : "Backend Engineer", NULL);
      start = g_get_monotonic_time ();
      rc_preview_refresh (preview);
      layout_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      /* the draw function records into a cairo node; replaying it rasterizes the pages */
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      draw_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_print ("preview: %u pages, %d px wide\n", rc_preview_get_n_pages (preview),
           gtk_widget_get_width (pages));
  print_figure ("preview: lay the pages out after an edit", layout_ms + 1, N_DRAWS - 1);
  print_figure ("preview: draw every page (cairo, software)", draw_ms + 1, N_DRAWS - 1);

  rc_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  gtk_init ();
  adw_init ();
  g_test_init (&argc, &argv, NULL);

  app = rc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  document = load_two_pages ();
  bench_open (app, document);
  bench_keystrokes (app, document);
  bench_preview (app, document);
  return 0;
}
