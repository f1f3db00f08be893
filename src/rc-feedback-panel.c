/* rc-feedback-panel.c — score, counts and the findings of the current report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-feedback-panel.h"

struct _RcFeedbackPanel
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  RcReport  *report;
  RcDocument *document;
};

G_DEFINE_FINAL_TYPE (RcFeedbackPanel, rc_feedback_panel, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  APPLY_FIX,
  IGNORE,
  LEARN_MORE,
  RESTORE_IGNORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rc_feedback_panel_dispose (GObject *object)
{
  RcFeedbackPanel *self = RC_FEEDBACK_PANEL (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rc_feedback_panel_parent_class)->dispose (object);
}

static void
rc_feedback_panel_class_init (RcFeedbackPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_feedback_panel_dispose;

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[APPLY_FIX] =
    g_signal_new ("apply-fix", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[IGNORE] =
    g_signal_new ("ignore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[LEARN_MORE] =
    g_signal_new ("learn-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[RESTORE_IGNORED] =
    g_signal_new ("restore-ignored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "feedbackpanel");
}

static void
rc_feedback_panel_init (RcFeedbackPanel *self)
{
  self->box = gtk_label_new (_("No resume checked yet"));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

RcFeedbackPanel *
rc_feedback_panel_new (void)
{
  return g_object_new (RC_TYPE_FEEDBACK_PANEL, NULL);
}

void
rc_feedback_panel_set_report (RcFeedbackPanel *self,
                              RcReport        *report)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));

  if (report != NULL)
    rc_report_ref (report);
  g_clear_pointer (&self->report, rc_report_unref);
  self->report = report;
}

void
rc_feedback_panel_set_document (RcFeedbackPanel *self,
                                RcDocument      *document)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
}
