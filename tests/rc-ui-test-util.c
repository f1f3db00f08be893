/* rc-ui-test-util.c — helpers the UI tests and benchmarks share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "rc-ui-test-util.h"

void
rc_ui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
rc_ui_test_wait_until (gboolean (*done) (gpointer data),
                       gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

GtkWidget *
rc_ui_test_find_type (GtkWidget *widget,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rc_ui_test_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
rc_ui_test_find_label (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rc_ui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

guint
rc_ui_test_count_type (GtkWidget *widget,
                       GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += rc_ui_test_count_type (child, type);
  return n;
}

gboolean
rc_ui_test_is_shown (GtkWidget *widget,
                     GtkWidget *top)
{
  if (widget == NULL)
    return FALSE;
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
        return FALSE;
      if (widget == top)
        return TRUE;
    }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

void
rc_ui_test_print_figure (const char *what,
                         int         width,
                         double     *values,
                         guint       n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);
  g_print ("%-*s median %7.3f ms   p90 %7.3f ms   max %7.3f ms\n",
           width, what, values[n / 2], values[n * 9 / 10], values[n - 1]);
}
