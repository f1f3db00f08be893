/* rc-ats-window.c — how an ATS reads a PDF: the fields it read beside what did not survive
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-ats-window.h"

struct _RcAtsWindow
{
  GtkWindow       parent_instance;

  GtkLabel       *summary_label;
  GtkListBox     *field_list;
  GtkListBox     *problem_list;
  AdwLeaflet     *leaflet;
  GtkWidget      *view_bar;
  GtkWidget      *read_button;
  GtkWidget      *lost_button;
  guint           layout_idle;

  RcImportReport *report;
};

G_DEFINE_FINAL_TYPE (RcAtsWindow, rc_ats_window, GTK_TYPE_WINDOW)

static GtkWidget *
new_value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* "Email" over "ines@example.org": the label small and dim, the value as read */
static void
add_field_row (RcAtsWindow      *self,
               const RcAtsField *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (field->label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), new_value_label (field->value));
  gtk_list_box_append (self->field_list, box);
}

static void
add_message_row (GtkListBox *list,
                 const char *icon_name,
                 const char *message)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), new_value_label (message));
  gtk_list_box_append (list, box);
}

/* Folded (a phone), the two lists are two views and the bar below switches them */
static gboolean
update_layout (gpointer data)
{
  RcAtsWindow *self = data;
  gboolean lost = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "lost") == 0;

  self->layout_idle = 0;
  gtk_widget_set_visible (self->view_bar, adw_leaflet_get_folded (self->leaflet));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lost ? self->lost_button : self->read_button),
                                TRUE);
  return G_SOURCE_REMOVE;
}

/* said while the leaflet is allocated: the bar changes once that is done */
static void
on_leaflet_changed_cb (RcAtsWindow *self)
{
  if (self->layout_idle == 0)
    self->layout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_layout, self, NULL);
}

static void
on_view_button_toggled_cb (RcAtsWindow     *self,
                           GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    adw_leaflet_set_visible_child_name (self->leaflet,
                                        GTK_WIDGET (button) == self->lost_button ? "lost"
                                                                                 : "read");
}

static void
rc_ats_window_dispose (GObject *object)
{
  RcAtsWindow *self = RC_ATS_WINDOW (object);

  g_clear_handle_id (&self->layout_idle, g_source_remove);
  G_OBJECT_CLASS (rc_ats_window_parent_class)->dispose (object);
}

static void
rc_ats_window_finalize (GObject *object)
{
  RcAtsWindow *self = RC_ATS_WINDOW (object);

  g_clear_pointer (&self->report, rc_import_report_free);
  G_OBJECT_CLASS (rc_ats_window_parent_class)->finalize (object);
}

static void
rc_ats_window_class_init (RcAtsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_ats_window_dispose;
  object_class->finalize = rc_ats_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/"
                                               "rc-ats-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, field_list);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, problem_list);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, view_bar);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, read_button);
  gtk_widget_class_bind_template_child (widget_class, RcAtsWindow, lost_button);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_button_toggled_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rc_ats_window_init (RcAtsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rc_ats_window_new:
 * @parent: the window it stays above
 * @name: the PDF's name, as the user knows it
 * @report: (transfer full): what rc_import_pdf_report() found
 *
 * Returns: (transfer none): the window, not yet shown; it is destroyed with @parent
 */
RcAtsWindow *
rc_ats_window_new (GtkWindow      *parent,
                   const char     *name,
                   RcImportReport *report)
{
  RcAtsWindow *self;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (RC_TYPE_ATS_WINDOW, "transient-for", parent, NULL);
  self->report = report;
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s”, %u page, as an applicant tracking system "
                                          "reads its text: what it found for each field, and "
                                          "what it lost.",
                                          "“%s”, %u pages, as an applicant tracking system "
                                          "reads its text: what it found for each field, and "
                                          "what it lost.", report->pages),
                             name, report->pages);
  gtk_label_set_text (self->summary_label, summary);
  for (guint i = 0; i < report->fields->len; i++)
    add_field_row (self, g_ptr_array_index (report->fields, i));
  if (report->fields->len == 0)
    add_message_row (self->field_list, "dialog-warning-symbolic", _("No text was read at all"));
  for (guint i = 0; i < report->problems->len; i++)
    {
      const RcAtsProblem *problem = g_ptr_array_index (report->problems, i);

      add_message_row (self->problem_list, "dialog-warning-symbolic", problem->message);
    }
  if (report->problems->len == 0)
    add_message_row (self->problem_list, "emblem-ok-symbolic",
                     _("Nothing was lost: every page reads in order, as text, with your "
                       "contact details"));
  return self;
}

guint
rc_ats_window_get_n_fields (RcAtsWindow *self)
{
  g_return_val_if_fail (RC_IS_ATS_WINDOW (self), 0);

  return self->report->fields->len;
}

guint
rc_ats_window_get_n_problems (RcAtsWindow *self)
{
  g_return_val_if_fail (RC_IS_ATS_WINDOW (self), 0);

  return self->report->problems->len;
}
