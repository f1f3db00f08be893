/* test-window-adaptive.c — the main window on a phone, a small laptop and a desktop screen
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-window-private.h"
#include "rc-window-test-util.h"

typedef struct
{
  int      width;
  int      height;
  gboolean folded;    /* the feedback is a view of its own */
  gboolean sections;  /* the list of sections beside the section edited */
} Screen;

static const Screen phone = { 360, 640, TRUE, FALSE };
static const Screen laptop = { 800, 600, FALSE, FALSE };
static const Screen desktop = { 1400, 900, FALSE, TRUE };

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
is_wide (gpointer data)
{
  return gtk_widget_get_width (data) >= 100;
}

/* A window of @screen's size on the sample resume */
static RcWindow *
open_window (const Screen *screen)
{
  RcWindow *window = rc_window_new (rc_window_test_get_app ());

  gtk_window_set_default_size (GTK_WINDOW (window), screen->width, screen->height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_window_open_sample (window));
  rc_ui_test_wait_until (is_mapped, window->resume_editor);
  rc_ui_test_iterate ();
  return window;
}

static void
close_window (RcWindow *window)
{
  rc_document_set_modified (rc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  rc_ui_test_iterate ();
}

/* Is @widget drawn and wholly inside @window? Its place in @bounds */
static gboolean
is_inside (RcWindow        *window,
           GtkWidget       *widget,
           graphene_rect_t *bounds)
{
  return gtk_widget_get_mapped (widget) &&
         gtk_widget_compute_bounds (widget, GTK_WIDGET (window), bounds) &&
         bounds->origin.x >= 0 && bounds->origin.y >= 0 &&
         bounds->origin.x + bounds->size.width <= gtk_widget_get_width (GTK_WIDGET (window)) + 0.5 &&
         bounds->origin.y + bounds->size.height <= gtk_widget_get_height (GTK_WIDGET (window)) + 0.5 &&
         bounds->size.width >= 1;
}

/* Drawn, and wholly inside the window */
static void
assert_inside (RcWindow   *window,
               GtkWidget  *widget,
               const char *what)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    g_error ("%s is not shown", what);
  if (!is_inside (window, widget, &bounds))
    g_error ("%s is at %g,%g %g×%g, outside the %d×%d window", what, bounds.origin.x,
             bounds.origin.y, bounds.size.width, bounds.size.height,
             gtk_widget_get_width (GTK_WIDGET (window)),
             gtk_widget_get_height (GTK_WIDGET (window)));
}

/* Every button drawn in @widget, the window's own included, is inside the window; returns how
 * many there are */
static guint
assert_buttons_inside (RcWindow  *window,
                       GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_BUTTON (widget))
    {
      g_autofree char *what = g_strdup_printf ("the header's %s “%s”",
                                               G_OBJECT_TYPE_NAME (widget),
                                               gtk_widget_get_tooltip_text (widget)
                                               ? gtk_widget_get_tooltip_text (widget) : "");

      assert_inside (window, widget, what);
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_buttons_inside (window, child);
  return n;
}

static gboolean
is_label_shown (GtkWidget  *widget,
                const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The score, in sight whatever the page shown */
static void
assert_score_shown (RcWindow *window)
{
  g_autofree char *score = g_strdup_printf ("%u",
                                            rc_report_get_score (rc_window_get_report (window)));
  GtkWidget *label = rc_ui_test_find (GTK_WIDGET (window), is_label_shown, score);

  g_assert_nonnull (label);
  assert_inside (window, label, "the score");
}

/* At each size the window is that size, the header's controls and the score are in it, and the
 * editor, the sections and the feedback are side by side or one view at a time */
static void
test_fits (RcWindowFixture *fixture,
           gconstpointer    data)
{
  const Screen *screen = data;
  RcWindow *window = open_window (screen);
  GtkWidget *header = rc_ui_test_find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *sections = rc_ui_test_find_type (GTK_WIDGET (window->resume_editor),
                                              GTK_TYPE_LIST_BOX);
  int min_width, min_height;

  /* it can be that small (the surface also holds the window's frame, a few pixels) */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                      NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, min_width, &min_height,
                      NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, screen->width);
  g_assert_cmpint (min_height, <=, screen->height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, screen->width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, screen->width - 20);
  /* Open, New, Save, Export, the primary menu, Close at least */
  g_assert_cmpuint (assert_buttons_inside (window, header), >=, 6);
  assert_score_shown (window);

  g_assert_cmpint (adw_leaflet_get_folded (ADW_LEAFLET (window->leaflet)), ==, screen->folded);
  g_assert_cmpint (gtk_widget_get_mapped (GTK_WIDGET (window->feedback_panel)), ==,
                   !screen->folded);
  g_assert_cmpint (gtk_widget_get_mapped (window->view_bar), ==, screen->folded);
  g_assert_cmpint (gtk_widget_get_mapped (sections), ==, screen->sections);
  /* the sections one step back, with a way there */
  if (!screen->sections)
    {
      assert_inside (window, window->back_button, "the back button");
      g_signal_emit_by_name (window->back_button, "clicked");
      rc_ui_test_wait_until (is_wide, sections);
      assert_inside (window, sections, "the sections");
      g_assert_false (gtk_widget_get_visible (window->back_button));
      g_assert_cmpuint (assert_buttons_inside (window, header), >=, 6);
    }
  else
    {
      g_assert_false (gtk_widget_get_visible (window->back_button));
    }
  if (!screen->folded)
    {
      assert_inside (window, GTK_WIDGET (window->feedback_panel), "the feedback");
      /* Job Match in the header, or beside the feedback when the header is short of room */
      g_assert_cmpint (gtk_widget_get_mapped (window->job_button), !=,
                       gtk_widget_get_mapped (window->side_job_button));
      assert_inside (window, gtk_widget_get_mapped (window->job_button)
                             ? window->job_button : window->side_job_button, "Job Match");
    }

  close_window (window);
}

static gboolean
focus_is_text (gpointer data)
{
  GtkWidget *focus = gtk_window_get_focus (data);

  return focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus));
}

/* the back button inside the window, and the focused field scrolled into sight */
static gboolean
editor_settled (gpointer data)
{
  RcWindow *window = data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  graphene_rect_t bounds;

  return is_inside (window, window->back_button, &bounds) && focus != NULL &&
         gtk_widget_compute_bounds (focus, GTK_WIDGET (window), &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + 24 <= gtk_widget_get_height (GTK_WIDGET (window));
}

/* On a phone the feedback is a view the bar switches to; a finding leads back to its field */
static void
test_phone_views (RcWindowFixture *fixture,
                  gconstpointer    data)
{
  RcWindow *window = open_window (&phone);
  graphene_rect_t bounds;
  const RcFinding *finding = rc_window_test_find_finding (window, "achievement.duty-phrase", "/work/1/highlights/1");

  g_assert_nonnull (finding);
  g_signal_emit_by_name (window->feedback_view_button, "clicked");
  rc_ui_test_wait_until (is_mapped, window->feedback_panel);
  assert_inside (window, GTK_WIDGET (window->feedback_panel), "the feedback");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->resume_editor)));
  assert_score_shown (window);
  g_assert_false (gtk_widget_get_visible (window->back_button));

  /* the job match is there, not in the header */
  assert_inside (window, window->side_job_button, "Job Match");
  g_assert_false (gtk_widget_get_mapped (window->job_button));
  g_signal_emit_by_name (window->side_job_button, "clicked");
  rc_ui_test_wait_until (is_mapped, window->job_pane);
  rc_ui_test_iterate ();
  assert_inside (window, GTK_WIDGET (window->job_pane), "the job pane");
  assert_inside (window, GTK_WIDGET (window->feedback_panel), "the feedback");

  /* a finding shows its field, in its section, with the way back to the feedback */
  rc_window_reveal_finding (window, finding);
  rc_ui_test_wait_until (focus_is_text, window);
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->resume_editor)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->feedback_panel)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->editor_view_button)));
  /* the header and the scroll follow in the next frames, once the editor view is laid out */
  rc_ui_test_wait_until (editor_settled, window);
  assert_inside (window, window->back_button, "the back button");
  /* scrolled into sight (a list of bullets may run on below the window) */
  g_assert_true (gtk_widget_compute_bounds (gtk_window_get_focus (GTK_WINDOW (window)),
                                            GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + 24, <=, gtk_widget_get_height (GTK_WIDGET (window)));

  close_window (window);
}

/* With the job pane open on a small laptop both it and the findings keep room to be read, and
 * the height the user gives the pane is kept for the next window */
static void
test_job_pane_room (RcWindowFixture *fixture,
                    gconstpointer    data)
{
  GSettings *settings = rc_application_get_settings (rc_window_test_get_app ());
  RcWindow *window = open_window (&laptop);

  g_settings_reset (settings, "job-pane-height");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", NULL));
  rc_ui_test_wait_until (is_mapped, window->job_pane);
  rc_ui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window->feedback_panel)), >=, 250);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window->job_pane)), >=, 160);
  assert_inside (window, GTK_WIDGET (window->job_pane), "the job pane");
  assert_inside (window, GTK_WIDGET (window->feedback_panel), "the feedback");

  /* dragged to 165 pixels (as far as the findings let it go at this size is 174): kept */
  gtk_paned_set_position (GTK_PANED (window->side_paned), 165);
  rc_ui_test_iterate ();
  gtk_window_close (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "job-pane-height"), ==, 165);

  window = open_window (&laptop);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", NULL));
  rc_ui_test_wait_until (is_mapped, window->job_pane);
  g_assert_cmpint (gtk_paned_get_position (GTK_PANED (window->side_paned)), ==, 165);
  close_window (window);
  g_settings_reset (settings, "job-pane-height");
}

/* The first window fits a 1366×768 laptop under GNOME's top bar; the size a window is closed
 * at is the next one's */
static void
test_window_size (RcWindowFixture *fixture,
                  gconstpointer    data)
{
  GSettings *settings = rc_application_get_settings (rc_window_test_get_app ());
  RcWindow *window;
  int width, height;

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  window = rc_window_new (rc_window_test_get_app ());
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, <=, 1366);
  g_assert_cmpint (height, <=, 768 - 32);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (&laptop);
  gtk_window_close (GTK_WINDOW (window));
  rc_ui_test_iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, laptop.width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, laptop.height);
  window = rc_window_new (rc_window_test_get_app ());
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, laptop.width);
  g_assert_cmpint (height, ==, laptop.height);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);

  rc_window_test_add_data ("/ui/window/adaptive/phone", &phone, test_fits);
  rc_window_test_add_data ("/ui/window/adaptive/laptop", &laptop, test_fits);
  rc_window_test_add_data ("/ui/window/adaptive/desktop", &desktop, test_fits);
  rc_window_test_add ("/ui/window/adaptive/phone-views", test_phone_views);
  rc_window_test_add ("/ui/window/adaptive/job-pane-room", test_job_pane_room);
  rc_window_test_add ("/ui/window/adaptive/window-size", test_window_size);

  return rc_window_test_run ();
}
