/* bench-panel.c — how long the feedback panel takes to show a new report after one edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "rc-engine.h"
#include "rc-feedback-panel.h"
#include "rc-finding-row.h"
#include "rc-ui-test-util.h"

GResource *rc_ui_get_resource (void);

#define N_RUNS 41
#define N_FINDINGS 50

#define print_figure(what, values) rc_ui_test_print_figure ((what), 44, (values), N_RUNS)

static const char *weak_bullets[] = {
  "Responsible for the deployment scripts of the team",
  "Worked on various internal tools",
  "I helped with the migration of the database",
  "Was involved in code reviews",
  "Tasked with really improving the test suite",
  "Duties included on-call support",
};

typedef struct
{
  gint64   paint_start;
  gint64   layout_end;
  double   layout_ms;
  double   paint_ms;
  gboolean painted;
} Frame;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Frame         *frame)
{
  frame->paint_start = g_get_monotonic_time ();
}

/* Connected after GTK's own handlers: runs once the window is laid out */
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
  gint64 now = g_get_monotonic_time ();

  frame->layout_ms = (frame->layout_end - frame->paint_start) / 1000.0;
  frame->paint_ms = (now - frame->layout_end) / 1000.0;
  frame->painted = TRUE;
}

/* Runs the main loop until the next frame is drawn (or a second passes) and keeps its times */
static void
wait_for_frame (Frame  *frame,
                double *layout_ms,
                double *paint_ms)
{
  gint64 deadline;

  frame->painted = FALSE;
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (!frame->painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  *layout_ms = frame->painted ? frame->layout_ms : -1;
  *paint_ms = frame->painted ? frame->paint_ms : -1;
}

/* Weakens the sample until it has about fifty findings, over two pages; returns its report */
static RcReport *
weaken_document (RcEngine   *engine,
                 RcDocument *document)
{
  g_autoptr(GError) error = NULL;
  RcReport *base;
  guint added = 0;

  base = rc_engine_check (engine, document, NULL);
  while (rc_report_get_findings (base)->len < N_FINDINGS && added < 60)
    {
      guint entry = added % rc_document_get_length (document, "/work");
      g_autofree char *array = g_strdup_printf ("/work/%u/highlights", entry);
      g_autoptr(JsonNode) bullet = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (bullet, weak_bullets[added % G_N_ELEMENTS (weak_bullets)]);
      rc_document_insert (document, array, -1, bullet, &error);
      g_assert_no_error (error);
      added++;
      g_clear_pointer (&base, rc_report_unref);
      base = rc_engine_check (engine, document, NULL);
    }
  return base;
}

/* The panel switching between @base and @edited, which differ in one finding */
static void
measure_one_edit (RcFeedbackPanel *panel,
                  RcReport        *base,
                  RcReport        *edited,
                  Frame           *frame)
{
  double set_ms[N_RUNS];
  double layout_ms[N_RUNS];
  double paint_ms[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      RcReport *report = i % 2 == 0 ? edited : base;
      gint64 start = g_get_monotonic_time ();

      rc_feedback_panel_set_report (panel, report);
      set_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      /* The frame that shows it */
      wait_for_frame (frame, &layout_ms[i], &paint_ms[i]);
    }

  print_figure ("set_report (one finding differs)", set_ms);
  print_figure ("next frame: layout", layout_ms);
  print_figure ("next frame: drawing (whole window, Xvfb)", paint_ms);
}

/* From an empty panel to the whole list, as when a resume is opened */
static void
measure_whole_list (RcFeedbackPanel *panel,
                    RcReport        *base,
                    Frame           *frame)
{
  double set_ms[N_RUNS];
  double layout_ms[N_RUNS];
  double paint_ms[N_RUNS];
  double full_ms[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start;

      rc_feedback_panel_set_report (panel, NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      start = g_get_monotonic_time ();
      rc_feedback_panel_set_report (panel, base);
      set_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      wait_for_frame (frame, &layout_ms[i], &paint_ms[i]);

      /* The rows below the fold follow, a few per frame */
      while (rc_ui_test_count_type (GTK_WIDGET (panel), RC_TYPE_FINDING_ROW) <
             rc_report_get_findings (base)->len)
        g_main_context_iteration (NULL, TRUE);
      frame->painted = FALSE;
      while (!frame->painted)
        g_main_context_iteration (NULL, TRUE);
      full_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_print ("\n");
  print_figure ("set_report (empty panel to all findings)", set_ms);
  print_figure ("next frame: layout", layout_ms);
  print_figure ("next frame: drawing (whole window, Xvfb)", paint_ms);
  print_figure ("until every row is shown (a few per frame)", full_ms);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcRuleSet) rules = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) base = NULL;
  g_autoptr(RcReport) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  RcFeedbackPanel *panel;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  const char *fix_pointer = NULL;

  gtk_init ();
  adw_init ();
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (rc_ui_get_resource ());

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backend-engineer.json", NULL);
  file = g_file_new_for_path (path);
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  rules = rc_rule_set_new_builtin ();
  engine = rc_engine_new (rules);
  base = weaken_document (engine, document);

  /* The other report: one bullet rewritten, as a keystroke might */
  fix_pointer = "/work/0/highlights/0";
  rc_document_set_string (document, fix_pointer,
                          "Responsible for designing the shipment tracking pipeline", &error);
  g_assert_no_error (error);
  edited = rc_engine_check (engine, document, NULL);
  g_print ("findings: %u and %u (one bullet differs)\n",
           rc_report_get_findings (base)->len, rc_report_get_findings (edited)->len);

  panel = rc_feedback_panel_new ();
  rc_feedback_panel_set_document (panel, document);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 420, 900);
  gtk_window_set_child (window, GTK_WIDGET (panel));
  gtk_window_present (window);
  rc_feedback_panel_set_report (panel, base);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), &frame);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &frame);

  measure_one_edit (panel, base, edited, &frame);
  measure_whole_list (panel, base, &frame);

  g_signal_handlers_disconnect_by_data (clock, &frame);
  gtk_window_destroy (window);

  return 0;
}
