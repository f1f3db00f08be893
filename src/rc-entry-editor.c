/* rc-entry-editor.c — a card with the fields of one resume entry (a job, a project…)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-compat.h"
#include "rc-date.h"
#include "rc-entry-editor.h"

struct _RcEntryEditor
{
  GtkWidget          parent_instance;

  const RcEntrySpec *spec;
  GtkWidget         *header;
  GtkWidget         *title;
  GtkWidget         *subtitle;
  GtkWidget         *up_button;
  GtkWidget         *down_button;
  GtkWidget         *remove_button;
  GtkWidget         *notes;
  GtkWidget         *grid;
  GPtrArray         *fields;

  RcDocument        *document;
  char              *pointer;
};

G_DEFINE_FINAL_TYPE (RcEntryEditor, rc_entry_editor, GTK_TYPE_WIDGET)

enum {
  REMOVE_REQUESTED,
  MOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
rc_pointer_is_within (const char *pointer,
                      const char *ancestor)
{
  gsize n = strlen (ancestor);

  return strncmp (pointer, ancestor, n) == 0 && (pointer[n] == '\0' || pointer[n] == '/');
}

/* The key the entry holds @key under: an older file's own ("company" for "name"), so that
 * the editor shows its value and an edit goes where it was */
static const char *
entry_key (RcDocument *document,
           const char *pointer,
           const char *key)
{
  RcSection section;
  JsonNode *entry;

  if (document == NULL || !rc_section_locate (pointer, &section, NULL, NULL))
    return key;
  entry = rc_document_get (document, pointer);
  return rc_compat_key (section, entry != NULL && JSON_NODE_HOLDS_OBJECT (entry)
                                   ? json_node_get_object (entry) : NULL, key);
}

static const char *
member_string (RcEntryEditor *self,
               const char    *key)
{
  g_autofree char *pointer = NULL;
  const char *text;

  if (key == NULL || self->document == NULL || self->pointer == NULL)
    return NULL;
  key = entry_key (self->document, self->pointer, key);
  pointer = g_strconcat (self->pointer, "/", key, NULL);
  text = rc_document_get_string (self->document, pointer);
  return text != NULL && *text != '\0' ? text : NULL;
}

char *
rc_entry_editor_dup_title (RcEntryEditor *self)
{
  const char *first, *second;

  g_return_val_if_fail (RC_IS_ENTRY_EDITOR (self), NULL);

  first = member_string (self, self->spec->title_keys[0]);
  second = member_string (self, self->spec->title_keys[1]);
  if (first != NULL && second != NULL)
    /* TRANSLATORS: a card's title from two fields, e.g. "Backend Engineer · Parcelwise" */
    return g_strdup_printf (_("%s · %s"), first, second);
  if (first != NULL || second != NULL)
    return g_strdup (first != NULL ? first : second);
  return g_strdup (_(self->spec->untitled));
}

static void
update_header (RcEntryEditor *self)
{
  g_autofree char *title = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;

  if (self->header == NULL)
    return;

  title = rc_entry_editor_dup_title (self);
  gtk_label_set_text (GTK_LABEL (self->title), title);

  if (self->spec->end_key != NULL)
    {
      dates = rc_date_format_range (member_string (self, self->spec->start_key),
                                    member_string (self, self->spec->end_key));
    }
  else if (member_string (self, self->spec->start_key) != NULL)
    {
      const char *start = member_string (self, self->spec->start_key);
      RcDate date;

      dates = rc_date_read_day (start, &date) ? rc_date_format (&date) : g_strdup (start);
    }
  gtk_label_set_text (GTK_LABEL (self->subtitle), dates);
  gtk_widget_set_visible (self->subtitle, dates != NULL);

  /* TRANSLATORS: accessible names of a card's buttons; %s is the card's title */
  up = g_strdup_printf (_("Move “%s” Up"), title);
  down = g_strdup_printf (_("Move “%s” Down"), title);
  remove = g_strdup_printf (_("%s: %s"), _(self->spec->remove_label), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->up_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->down_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
}

void
rc_entry_editor_bind (RcEntryEditor *self,
                      RcDocument    *document,
                      const char    *pointer)
{
  g_return_if_fail (RC_IS_ENTRY_EDITOR (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));
  g_return_if_fail (pointer != NULL);

  g_set_object (&self->document, document);
  g_free (self->pointer);
  self->pointer = g_strdup (pointer);

  for (guint i = 0; i < self->fields->len; i++)
    {
      RcField *field = g_ptr_array_index (self->fields, i);
      const char *key = entry_key (document, pointer,
                                   g_object_get_data (G_OBJECT (field), "rc-key"));
      g_autofree char *field_pointer = g_strconcat (pointer, "/", key, NULL);

      rc_field_bind (field, document, field_pointer);
      /* same pointer as before: rc_field_bind() kept it, but the value may differ */
      rc_field_sync (field);
    }
  update_header (self);
}

const char *
rc_entry_editor_get_pointer (RcEntryEditor *self)
{
  g_return_val_if_fail (RC_IS_ENTRY_EDITOR (self), NULL);

  return self->pointer;
}

void
rc_entry_editor_sync (RcEntryEditor *self,
                      const char    *pointer)
{
  g_return_if_fail (RC_IS_ENTRY_EDITOR (self));

  /* the fields follow the document themselves, but a new entry may hold other keys: the
   * older ones renamed, or a file reloaded */
  if (self->pointer != NULL && pointer != NULL && rc_pointer_is_within (self->pointer, pointer))
    {
      g_autofree char *own = g_strdup (self->pointer);

      rc_entry_editor_bind (self, self->document, own);
      return;
    }
  update_header (self);
}

void
rc_entry_editor_set_position (RcEntryEditor *self,
                              guint          index,
                              guint          n_items)
{
  g_return_if_fail (RC_IS_ENTRY_EDITOR (self));

  if (self->header == NULL)
    return;
  gtk_widget_set_sensitive (self->up_button, index > 0);
  gtk_widget_set_sensitive (self->down_button, index + 1 < n_items);
}

GPtrArray *
rc_entry_editor_get_fields (RcEntryEditor *self)
{
  g_return_val_if_fail (RC_IS_ENTRY_EDITOR (self), NULL);

  return self->fields;
}

void
rc_entry_editor_focus (RcEntryEditor *self,
                       int            move_delta)
{
  GtkWidget *button = NULL;

  g_return_if_fail (RC_IS_ENTRY_EDITOR (self));

  if (move_delta < 0)
    button = self->up_button;
  else if (move_delta > 0)
    button = self->down_button;

  if (button != NULL && !gtk_widget_get_sensitive (button))
    button = button == self->up_button ? self->down_button : self->up_button;

  if (button != NULL && gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (button);
  else if (self->fields->len > 0)
    gtk_widget_grab_focus (rc_field_get_control (g_ptr_array_index (self->fields, 0)));
}

static void
on_up_clicked_cb (GtkButton     *button,
                  RcEntryEditor *self)
{
  g_signal_emit (self, signals[MOVE_REQUESTED], 0, -1);
}

static void
on_down_clicked_cb (GtkButton     *button,
                    RcEntryEditor *self)
{
  g_signal_emit (self, signals[MOVE_REQUESTED], 0, 1);
}

static void
on_remove_clicked_cb (GtkButton     *button,
                      RcEntryEditor *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
build_header (RcEntryEditor *self)
{
  GtkWidget *titles;

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->header, "card-header");

  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0.f);
  /* wrapped, not ellipsized: the title is how a user tells two cards apart */
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->title, "heading");
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0.f);
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_box_append (GTK_BOX (titles), self->title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  gtk_box_append (GTK_BOX (self->header), titles);

  self->up_button = icon_button ("go-up-symbolic", _("Move Up"));
  self->down_button = icon_button ("go-down-symbolic", _("Move Down"));
  self->remove_button = icon_button ("user-trash-symbolic", _(self->spec->remove_label));
  g_signal_connect (self->up_button, "clicked", G_CALLBACK (on_up_clicked_cb), self);
  g_signal_connect (self->down_button, "clicked", G_CALLBACK (on_down_clicked_cb), self);
  g_signal_connect (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->header), self->up_button);
  gtk_box_append (GTK_BOX (self->header), self->down_button);
  gtk_box_append (GTK_BOX (self->header), self->remove_button);

  gtk_widget_set_parent (self->header, GTK_WIDGET (self));
}

GtkWidget *
rc_notes_new (void)
{
  GtkWidget *notes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (notes, "finding-notes");
  gtk_widget_set_visible (notes, FALSE);
  return notes;
}

void
rc_notes_set_findings (GtkWidget *notes,
                       GPtrArray *findings)
{
  static const char *icon_names[] = {
    [RC_LEVEL_SUGGESTION] = "dialog-information-symbolic",
    [RC_LEVEL_WARNING] = "dialog-warning-symbolic",
    [RC_LEVEL_ERROR] = "dialog-error-symbolic",
  };
  static const char *css_classes[] = {
    [RC_LEVEL_SUGGESTION] = "suggestion",
    [RC_LEVEL_WARNING] = "warning",
    [RC_LEVEL_ERROR] = "error",
  };
  const char *level_words[] = {
    [RC_LEVEL_SUGGESTION] = _("Suggestion"),
    [RC_LEVEL_WARNING] = _("Warning"),
    [RC_LEVEL_ERROR] = _("Error"),
  };
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (notes));

  while ((child = gtk_widget_get_first_child (notes)) != NULL)
    gtk_box_remove (GTK_BOX (notes), child);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_names[finding->level]);
      GtkWidget *label = gtk_label_new (finding->message);

      gtk_widget_add_css_class (icon, css_classes[finding->level]);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      level_words[finding->level], -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.f);
      gtk_widget_set_tooltip_text (label, finding->advice);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (notes), row);
    }

  gtk_widget_set_visible (notes, findings != NULL && findings->len > 0);
}

void
rc_entry_editor_set_findings (RcEntryEditor *self,
                              GPtrArray     *findings)
{
  g_return_if_fail (RC_IS_ENTRY_EDITOR (self));

  if (self->notes != NULL)
    rc_notes_set_findings (self->notes, findings);
}

static void
build_fields (RcEntryEditor *self)
{
  int row = 0, column = 0;

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);

  for (const RcFieldSpec *spec = self->spec->fields; spec->key != NULL; spec++)
    {
      GtkWidget *field = rc_field_new (spec->kind, _(spec->label),
                                       spec->placeholder != NULL ? _(spec->placeholder) : NULL);

      g_object_set_data (G_OBJECT (field), "rc-key", (gpointer) spec->key);
      g_ptr_array_add (self->fields, field);

      if (spec->half)
        {
          gtk_grid_attach (GTK_GRID (self->grid), field, column, row, 1, 1);
          column++;
          if (column == 2)
            {
              column = 0;
              row++;
            }
        }
      else
        {
          if (column != 0)
            row++;
          gtk_grid_attach (GTK_GRID (self->grid), field, 0, row, 2, 1);
          column = 0;
          row++;
        }
    }

  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
}

GtkWidget *
rc_entry_editor_new (const RcEntrySpec *spec)
{
  RcEntryEditor *self;

  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (RC_TYPE_ENTRY_EDITOR, NULL);
  self->spec = spec;
  if (!spec->fixed)
    build_header (self);
  self->notes = rc_notes_new ();
  gtk_widget_set_parent (self->notes, GTK_WIDGET (self));
  build_fields (self);
  return GTK_WIDGET (self);
}

/* Tab reaches the fields before the buttons that move or remove the card, though the
 * buttons sit above them: a user tabbing into a card has come to edit it */
static gboolean
rc_entry_editor_focus_fields_first (GtkWidget        *widget,
                                    GtkDirectionType  direction)
{
  RcEntryEditor *self = RC_ENTRY_EDITOR (widget);
  GtkWidget *order[3];
  GtkWidget *focus_child;
  guint n = 0, next = 0;

  if (self->header == NULL ||
      (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD))
    return GTK_WIDGET_CLASS (rc_entry_editor_parent_class)->focus (widget, direction);

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      order[n++] = self->notes;
      order[n++] = self->grid;
      order[n++] = self->header;
    }
  else
    {
      order[n++] = self->header;
      order[n++] = self->grid;
      order[n++] = self->notes;
    }

  focus_child = gtk_widget_get_focus_child (widget);
  if (focus_child != NULL)
    {
      while (next < n && order[next] != focus_child)
        next++;
      if (next < n && gtk_widget_child_focus (focus_child, direction))
        return TRUE;
      next++;
    }

  for (; next < n; next++)
    if (gtk_widget_child_focus (order[next], direction))
      return TRUE;
  return FALSE;
}

static void
rc_entry_editor_dispose (GObject *object)
{
  RcEntryEditor *self = RC_ENTRY_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->notes = NULL;
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (rc_entry_editor_parent_class)->dispose (object);
}

static void
rc_entry_editor_finalize (GObject *object)
{
  RcEntryEditor *self = RC_ENTRY_EDITOR (object);

  g_clear_pointer (&self->pointer, g_free);
  G_OBJECT_CLASS (rc_entry_editor_parent_class)->finalize (object);
}

static void
rc_entry_editor_class_init (RcEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_entry_editor_dispose;
  object_class->finalize = rc_entry_editor_finalize;

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  widget_class->focus = rc_entry_editor_focus_fields_first;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entrycard");
}

static void
rc_entry_editor_init (RcEntryEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  self->fields = g_ptr_array_new ();
}
