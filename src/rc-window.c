/* rc-window.c — the main window: sections, editors and the feedback panel
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-window.h"

struct _RcWindow
{
  GtkApplicationWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, GTK_TYPE_APPLICATION_WINDOW)

static void
rc_window_class_init (RcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-window.ui");
}

static void
rc_window_init (RcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RcWindow *
rc_window_new (RcApplication *application)
{
  g_return_val_if_fail (RC_IS_APPLICATION (application), NULL);

  return g_object_new (RC_TYPE_WINDOW, "application", application, NULL);
}
