/* rc-finding-row.c — one finding in the feedback panel
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-coach-state.h"
#include "rc-finding-row.h"

struct _RcFindingRow
{
  GtkListBoxRow  parent_instance;

  GtkImage      *level_icon;
  GtkLabel      *level_label;
  GtkLabel      *message_label;
  GtkLabel      *quote_label;
  GtkLabel      *advice_label;
  GtkButton     *apply_fix_button;
  GtkButton     *ignore_button;
  GtkButton     *learn_more_button;

  RcFinding     *finding;
  char          *section;
  char          *quote;
  char          *place;
};

G_DEFINE_FINAL_TYPE (RcFindingRow, rc_finding_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  APPLY_FIX,
  IGNORE,
  LEARN_MORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
level_icon_name (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR:
      return "dialog-error-symbolic";
    case RC_LEVEL_WARNING:
      return "dialog-warning-symbolic";
    case RC_LEVEL_SUGGESTION:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
level_css_class (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR:
      return "rc-level-error";
    case RC_LEVEL_WARNING:
      return "rc-level-warning";
    case RC_LEVEL_SUGGESTION:
    default:
      return "rc-level-suggestion";
    }
}

static const char *
level_word (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR:
      return _("Error");
    case RC_LEVEL_WARNING:
      return _("Warning");
    case RC_LEVEL_SUGGESTION:
    default:
      return _("Suggestion");
    }
}

static gboolean
findings_equal (const RcFinding *a,
                const RcFinding *b)
{
  return a->level == b->level &&
         a->start == b->start &&
         a->end == b->end &&
         g_strcmp0 (a->rule_id, b->rule_id) == 0 &&
         g_strcmp0 (a->pointer, b->pointer) == 0 &&
         g_strcmp0 (a->message, b->message) == 0 &&
         g_strcmp0 (a->advice, b->advice) == 0 &&
         g_strcmp0 (a->fix, b->fix) == 0 &&
         g_strcmp0 (a->tip, b->tip) == 0 &&
         g_strcmp0 (a->match, b->match) == 0;
}

static void
show_finding (RcFindingRow *self)
{
  const RcFinding *finding = self->finding;
  g_autofree char *heading = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *a11y_label = NULL;

  for (RcLevel level = RC_LEVEL_SUGGESTION; level <= RC_LEVEL_ERROR; level++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), level_css_class (level));
  gtk_widget_add_css_class (GTK_WIDGET (self), level_css_class (finding->level));
  gtk_image_set_from_icon_name (self->level_icon, level_icon_name (finding->level));

  if (self->place != NULL && *self->place != '\0')
    /* Translators: a finding's level, then where it is: "Warning · Acme Corp, bullet 2" */
    heading = g_markup_printf_escaped (_("<b>%s</b> · %s"), level_word (finding->level), self->place);
  else
    heading = g_markup_printf_escaped ("<b>%s</b>", level_word (finding->level));
  gtk_label_set_markup (self->level_label, heading);

  gtk_label_set_text (self->message_label, finding->message != NULL ? finding->message : "");

  gtk_label_set_text (self->advice_label, finding->advice != NULL ? finding->advice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->advice_label),
                          finding->advice != NULL && *finding->advice != '\0');

  if (self->quote != NULL && *self->quote != '\0')
    {
      /* Translators: the text a finding points at, quoted */
      quoted = g_strdup_printf (_("“%s”"), self->quote);
      gtk_label_set_text (self->quote_label, quoted);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), quoted != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->apply_fix_button), finding->fix != NULL);
  if (finding->fix != NULL)
    {
      g_autofree char *tooltip = NULL;

      if (rc_finding_fix_is_value (finding))
        tooltip = g_strdup (_("Apply the fix this finding describes"));
      else if (*finding->fix == '\0')
        tooltip = g_strdup (_("Remove the marked words"));
      else
        /* Translators: the tooltip of Apply Fix; %s is the replacement text */
        tooltip = g_strdup_printf (_("Replace the marked words with “%s”"), finding->fix);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->apply_fix_button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->apply_fix_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->learn_more_button), finding->tip != NULL);

  /* Translators: what a screen reader says for a finding: "Warning: Bullet describes a duty" */
  a11y_label = g_strdup_printf (_("%s: %s"), level_word (finding->level),
                                finding->message != NULL ? finding->message : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  finding->advice != NULL ? finding->advice : "",
                                  -1);
}

static void
on_apply_fix_clicked_cb (RcFindingRow *self)
{
  g_signal_emit (self, signals[APPLY_FIX], 0);
}

static void
on_ignore_clicked_cb (RcFindingRow *self)
{
  g_signal_emit (self, signals[IGNORE], 0);
}

static void
on_learn_more_clicked_cb (RcFindingRow *self)
{
  g_signal_emit (self, signals[LEARN_MORE], 0);
}

static void
rc_finding_row_finalize (GObject *object)
{
  RcFindingRow *self = RC_FINDING_ROW (object);

  g_clear_pointer (&self->finding, rc_finding_free);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->place, g_free);

  G_OBJECT_CLASS (rc_finding_row_parent_class)->finalize (object);
}

static void
rc_finding_row_class_init (RcFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rc_finding_row_finalize;

  signals[APPLY_FIX] =
    g_signal_new ("apply-fix", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[IGNORE] =
    g_signal_new ("ignore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LEARN_MORE] =
    g_signal_new ("learn-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, level_icon);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, level_label);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, advice_label);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, apply_fix_button);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, ignore_button);
  gtk_widget_class_bind_template_child (widget_class, RcFindingRow, learn_more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_fix_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ignore_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_learn_more_clicked_cb);
}

static void
rc_finding_row_init (RcFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RcFindingRow *
rc_finding_row_new (const RcFinding *finding,
                    const char      *section,
                    const char      *quote,
                    const char      *place)
{
  RcFindingRow *self;

  g_return_val_if_fail (finding != NULL, NULL);
  g_return_val_if_fail (section != NULL, NULL);

  self = g_object_new (RC_TYPE_FINDING_ROW, NULL);
  self->finding = rc_finding_copy (finding);
  self->section = g_strdup (section);
  self->quote = g_strdup (quote);
  self->place = g_strdup (place);
  show_finding (self);

  return self;
}

gboolean
rc_finding_row_update (RcFindingRow    *self,
                       const RcFinding *finding,
                       const char      *section,
                       const char      *quote,
                       const char      *place)
{
  g_return_val_if_fail (RC_IS_FINDING_ROW (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);
  g_return_val_if_fail (section != NULL, FALSE);

  if (findings_equal (self->finding, finding) &&
      g_strcmp0 (self->section, section) == 0 &&
      g_strcmp0 (self->quote, quote) == 0 &&
      g_strcmp0 (self->place, place) == 0)
    return FALSE;

  g_clear_pointer (&self->finding, rc_finding_free);
  self->finding = rc_finding_copy (finding);
  if (g_strcmp0 (self->section, section) != 0)
    {
      g_free (self->section);
      self->section = g_strdup (section);
    }
  g_free (self->quote);
  self->quote = g_strdup (quote);
  g_free (self->place);
  self->place = g_strdup (place);
  show_finding (self);

  return TRUE;
}

const RcFinding *
rc_finding_row_get_finding (RcFindingRow *self)
{
  g_return_val_if_fail (RC_IS_FINDING_ROW (self), NULL);

  return self->finding;
}

const char *
rc_finding_row_get_section (RcFindingRow *self)
{
  g_return_val_if_fail (RC_IS_FINDING_ROW (self), NULL);

  return self->section;
}
