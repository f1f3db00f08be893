/* rc-ui-test-util.c — helpers the UI tests and benchmarks share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "rc-test-util.h"
#include "rc-ui-test-util.h"

static char *private_home;

void
rc_ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rc_ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_private_home (void)
{
  rc_ui_test_remove_tree (private_home);
  g_clear_pointer (&private_home, g_free);
}

void
rc_ui_test_init (int    *argc,
                 char ***argv)
{
  static const char * const folders[][2] = {
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
  };

  g_autoptr(GError) error = NULL;

  /* before anything asks GLib for these folders: it reads them once */
  private_home = g_dir_make_tmp ("resume-coach-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_private_home);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *dir = g_build_filename (private_home, folders[i][1], NULL);

      g_assert_no_errno (g_mkdir (dir, 0700));
      g_setenv (folders[i][0], dir, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

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
rc_ui_test_find (GtkWidget    *widget,
                 RcWidgetTest  test,
                 const char   *text)
{
  if (test (widget, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rc_ui_test_find (child, test, text);

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

void
rc_ui_test_print_figure (const char *what,
                         int         width,
                         double     *values,
                         guint       n)
{
  g_assert (n > 0);

  rc_test_sort_doubles (values, n);
  g_print ("%-*s median %7.3f ms   p90 %7.3f ms   max %7.3f ms\n",
           width, what, values[n / 2], values[n * 9 / 10], values[n - 1]);
}
