/* rc-welcome-page.c — what the window shows with no resume: start one, open one, recent ones
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "rc-welcome-page.h"

#define MAX_RECENT 5

struct _RcWelcomePage
{
  GtkWidget  parent_instance;

  GtkWidget *status_page;  /* bound so that disposing the template takes it away */
  GtkWidget *recent_box;
  GtkWidget *recent_list;
  GtkWidget *new_button;
};

G_DEFINE_FINAL_TYPE (RcWelcomePage, rc_welcome_page, GTK_TYPE_WIDGET)

static void
on_recent_row_activated_cb (RcWelcomePage *self,
                            GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "rc-uri");

  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-recent", "s", uri);
}

static GtkWidget *
create_recent_row (const char *uri,
                   GFile      *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  GtkWidget *row = adw_action_row_new ();

  /* a file name is not markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "rc-uri", g_strdup (uri), g_free);
  return row;
}

void
rc_welcome_page_set_recent (RcWelcomePage      *self,
                            const char * const *uris)
{
  GtkWidget *child;
  guint shown = 0;

  g_return_if_fail (RC_IS_WELCOME_PAGE (self));

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);

  for (guint i = 0; uris != NULL && uris[i] != NULL && shown < MAX_RECENT; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);

      if (!g_file_query_exists (file, NULL))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->recent_list), create_recent_row (uris[i], file));
      shown++;
    }

  gtk_widget_set_visible (self->recent_box, shown > 0);
}

static gboolean
rc_welcome_page_grab_focus (GtkWidget *widget)
{
  RcWelcomePage *self = RC_WELCOME_PAGE (widget);

  return gtk_widget_grab_focus (self->new_button);
}

static void
rc_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (rc_welcome_page_parent_class)->dispose (object);
}

static void
rc_welcome_page_class_init (RcWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_welcome_page_dispose;
  widget_class->grab_focus = rc_welcome_page_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, RcWelcomePage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, RcWelcomePage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RcWelcomePage, new_button);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rc_welcome_page_init (RcWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rc_welcome_page_new (void)
{
  return g_object_new (RC_TYPE_WELCOME_PAGE, NULL);
}
