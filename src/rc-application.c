/* rc-application.c — the GtkApplication: windows, actions, settings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-application.h"
#include "rc-window.h"

struct _RcApplication
{
  GtkApplication  parent_instance;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RcApplication, rc_application, GTK_TYPE_APPLICATION)

static void
rc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (rc_window_new (RC_APPLICATION (app)));
  gtk_window_present (window);
}

static void
rc_application_startup (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

  G_APPLICATION_CLASS (rc_application_parent_class)->startup (app);
  self->settings = g_settings_new (APP_ID);
}

static void
rc_application_dispose (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (rc_application_parent_class)->dispose (object);
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rc_application_dispose;
  app_class->startup = rc_application_startup;
  app_class->activate = rc_application_activate;
}

static void
rc_application_init (RcApplication *self)
{
}

RcApplication *
rc_application_new (void)
{
  return g_object_new (RC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/resumecoach/ResumeCoach",
                       NULL);
}

GSettings *
rc_application_get_settings (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->settings;
}
