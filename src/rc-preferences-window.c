/* rc-preferences-window.c — the preferences: printing, checking and drafts, bound to GSettings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-pdf.h"
#include "rc-preferences-window.h"
#include "rc-preview.h"

struct _RcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *paper_row;
  AdwComboRow          *template_row;
  AdwComboRow          *spelling_row;
  GtkSwitch            *section_only_switch;
  GtkSpinButton        *draft_interval_spin;
};

G_DEFINE_FINAL_TYPE (RcPreferencesWindow, rc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A combo row's "selected" is the position of the key's string among the values */
static gboolean
get_choice (GValue   *value,
            GVariant *variant,
            gpointer  user_data)
{
  const char * const *values = user_data;
  const char *string = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_equal (values[i], string))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
set_choice (const GValue       *value,
            const GVariantType *expected_type,
            gpointer            user_data)
{
  const char * const *values = user_data;
  guint selected = g_value_get_uint (value);

  /* GTK_INVALID_LIST_POSITION while the model changes: nothing to store */
  if (selected >= g_strv_length ((char **) values))
    return NULL;
  return g_variant_new_string (values[selected]);
}

/* @row lists @labels and sets @key to the value of the same position in @values */
static void
bind_choice (GSettings          *settings,
             const char         *key,
             AdwComboRow        *row,
             const char * const *labels,
             const char * const *values)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_choice, set_choice, g_strdupv ((char **) values),
                                (GDestroyNotify) g_strfreev);
}

/* The spin button offers what the key's range allows */
static void
bind_range (GSettings     *settings,
            const char    *key,
            GtkSpinButton *spin)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  const char *kind;
  guint lower, upper;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &bounds);
  g_assert (g_str_equal (kind, "range"));
  g_variant_get (bounds, "(uu)", &lower, &upper);
  gtk_spin_button_set_range (spin, lower, upper);
  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
bind_settings (RcPreferencesWindow *self,
               GSettings           *settings)
{
  const char * const paper_labels[] = {
    /* Translators: the paper of the user's region (LC_PAPER) */
    C_("paper", "Automatic"),
    rc_preview_get_paper_name (RC_PDF_PAPER_A4),
    rc_preview_get_paper_name (RC_PDF_PAPER_LETTER),
    NULL
  };
  const char * const paper_values[] = {
    "auto",
    rc_pdf_paper_to_string (RC_PDF_PAPER_A4),
    rc_pdf_paper_to_string (RC_PDF_PAPER_LETTER),
    NULL
  };
  const char * const template_labels[] = {
    rc_preview_get_template_name (RC_PDF_TEMPLATE_CLASSIC),
    rc_preview_get_template_name (RC_PDF_TEMPLATE_COMPACT),
    rc_preview_get_template_name (RC_PDF_TEMPLATE_MODERN),
    NULL
  };
  const char * const template_values[] = {
    rc_pdf_template_to_string (RC_PDF_TEMPLATE_CLASSIC),
    rc_pdf_template_to_string (RC_PDF_TEMPLATE_COMPACT),
    rc_pdf_template_to_string (RC_PDF_TEMPLATE_MODERN),
    NULL
  };
  const char * const spelling_labels[] = {
    _("US and British English"),
    _("US English"),
    _("British English"),
    NULL
  };
  static const char * const spelling_values[] = { "auto", "en_US", "en_GB", NULL };

  bind_choice (settings, "pdf-paper", self->paper_row, paper_labels, paper_values);
  bind_choice (settings, "pdf-template", self->template_row, template_labels, template_values);
  bind_choice (settings, "spelling-language", self->spelling_row, spelling_labels,
               spelling_values);
  g_settings_bind (settings, "feedback-section-only", self->section_only_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  bind_range (settings, "draft-interval", self->draft_interval_spin);
}

static void
rc_preferences_window_class_init (RcPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, template_row);
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, spelling_row);
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, section_only_switch);
  gtk_widget_class_bind_template_child (widget_class, RcPreferencesWindow, draft_interval_spin);
}

static void
rc_preferences_window_init (RcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
rc_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  RcPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RC_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  bind_settings (self, settings);
  return GTK_WINDOW (self);
}
