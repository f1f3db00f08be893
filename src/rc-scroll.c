/* rc-scroll.c — scroll a place inside a scrolled window into view once it is laid out
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-scroll.h"

typedef struct
{
  double y;
  double height;
  guint  ticks;
} ScrollRequest;

static gboolean
scroll_now (GtkWidget *widget,
            double     y,
            double     height)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;
  GtkAdjustment *adjustment;
  graphene_point_t point = GRAPHENE_POINT_INIT (0, (float) y);
  graphene_point_t out;
  double value, page, top, margin = 48;

  if (scrolled == NULL)
    return TRUE;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (child == NULL || !gtk_widget_compute_point (widget, scrolled, &point, &out))
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  top = out.y + value;

  if (top - margin < value)
    gtk_adjustment_set_value (adjustment, top - margin);
  else if (top + height + margin > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top - margin, top + height + margin - page));
  return TRUE;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  ScrollRequest *request = user_data;

  /* the first tick comes before this frame's layout; the second sees its result */
  if (++request->ticks < 2)
    return G_SOURCE_CONTINUE;
  scroll_now (widget, request->y, request->height);
  return G_SOURCE_REMOVE;
}

void
rc_scroll_to_widget (GtkWidget *widget,
                     double     y,
                     double     height)
{
  ScrollRequest *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  request = g_new0 (ScrollRequest, 1);
  request->y = y;
  request->height = height;
  gtk_widget_add_tick_callback (widget, on_tick_cb, request, g_free);
}
