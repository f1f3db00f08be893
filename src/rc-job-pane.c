/* rc-job-pane.c — the target job description and how well the resume matches it
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-job-pane.h"

struct _RcJobPane
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  RcDocument *document;
};

G_DEFINE_FINAL_TYPE (RcJobPane, rc_job_pane, GTK_TYPE_WIDGET)

static void
rc_job_pane_dispose (GObject *object)
{
  RcJobPane *self = RC_JOB_PANE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rc_job_pane_parent_class)->dispose (object);
}

static void
rc_job_pane_class_init (RcJobPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_job_pane_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jobpane");
}

static void
rc_job_pane_init (RcJobPane *self)
{
  self->box = gtk_label_new (_("Paste the job description to see which keywords your resume is missing"));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

RcJobPane *
rc_job_pane_new (void)
{
  return g_object_new (RC_TYPE_JOB_PANE, NULL);
}

void
rc_job_pane_set_document (RcJobPane  *self,
                          RcDocument *document)
{
  g_return_if_fail (RC_IS_JOB_PANE (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
}

void
rc_job_pane_set_ats (RcJobPane        *self,
                     const RcAtsMatch *ats)
{
  g_return_if_fail (RC_IS_JOB_PANE (self));
}
