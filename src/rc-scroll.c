/* rc-scroll.c — scroll a place inside a scrolled window into view once it is laid out
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-scroll.h"

/* frames to follow the place while the layout still moves it: about a second */
#define MAX_TICKS 60

typedef struct
{
  double y;
  double height;
  guint  ticks;
  double top;     /* where the place was in the scrolled content at the last frame */
} ScrollRequest;

/* Scrolls [@y, @y + @height] of @widget into view; returns where @y is in the scrolled
 * content, or -1 when it cannot tell yet (or nothing scrolls) */
static double
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
    return -1;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (child == NULL || !gtk_widget_compute_point (widget, scrolled, &point, &out))
    return -1;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  top = out.y + value;

  if (top - margin < value)
    gtk_adjustment_set_value (adjustment, top - margin);
  else if (top + height + margin > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top - margin, top + height + margin - page));
  return top;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  ScrollRequest *request = user_data;
  double top;

  /* the first tick comes before this frame's layout; the second sees its result */
  if (++request->ticks < 2)
    return G_SOURCE_CONTINUE;
  top = scroll_now (widget, request->y, request->height);
  /* a view switched in, or text wrapped to a new width, can move the place again in the
   * next frames: follow it until it stays where it is */
  if ((top >= 0 && top == request->top) || request->ticks >= MAX_TICKS)
    return G_SOURCE_REMOVE;
  request->top = top;
  return G_SOURCE_CONTINUE;
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
  request->top = -1;
  gtk_widget_add_tick_callback (widget, on_tick_cb, request, g_free);
}
