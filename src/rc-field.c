/* rc-field.c — one labelled field of a resume entry, bound to a JSON Pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-date.h"
#include "rc-bullets-view.h"
#include "rc-field.h"
#include "rc-text-sync.h"

typedef struct
{
  RcLevel  level;
  guint    start;  /* characters into the whole text the control shows */
  guint    end;
  char    *text;   /* level and message, for the tooltip */
} Mark;

struct _RcField
{
  GtkWidget      parent_instance;

  RcFieldKind    kind;
  GtkWidget     *label;
  GtkWidget     *control;
  GtkWidget     *placeholder;
  GtkWidget     *message;

  RcTextBinding *binding;
  GArray        *marks;
  GdkRGBA        level_rgba[RC_LEVEL_ERROR + 1];  /* the style's colour of each level */

  int            text_width;
  guint          remeasure_source;
};

#define SPACING 6

G_DEFINE_FINAL_TYPE (RcField, rc_field, GTK_TYPE_WIDGET)

static const char * const tag_names[] = {
  [RC_LEVEL_SUGGESTION] = "rc-suggestion",
  [RC_LEVEL_WARNING] = "rc-warning",
  [RC_LEVEL_ERROR] = "rc-error",
};

/* GTK 4.8 draws only the wavy underline in text widgets, so the level shows as its colour,
 * as words in the tooltip and, in one-line fields, as an icon. The colour is style.css's (or
 * style-dark.css's) named colour, so it stays readable in the dark style; the fallback is
 * the light one, for a field shown without the application's style. */
static const struct
{
  const char     *color_name;
  const char     *fallback;
  PangoUnderline  underline;
  const char     *icon_name;
} level_style[] = {
  [RC_LEVEL_SUGGESTION] = { "rc_suggestion_color", "#1c71d8", PANGO_UNDERLINE_ERROR,
                            "dialog-information-symbolic" },
  [RC_LEVEL_WARNING] = { "rc_warning_color", "#c64600", PANGO_UNDERLINE_ERROR,
                         "dialog-warning-symbolic" },
  [RC_LEVEL_ERROR] = { "rc_error_color", "#c01c28", PANGO_UNDERLINE_ERROR,
                       "dialog-error-symbolic" },
};

static guint16
to_pango_channel (float value)
{
  return (guint16) (CLAMP (value, 0.f, 1.f) * 65535.f + .5f);
}

static RcDocument *
get_document (RcField *self)
{
  return rc_text_binding_get_document (self->binding);
}

static const char *
get_pointer (RcField *self)
{
  return rc_text_binding_get_pointer (self->binding);
}

static gboolean
is_text_view (RcField *self)
{
  return self->kind == RC_FIELD_PARAGRAPH || self->kind == RC_FIELD_LINES;
}

static void
clear_mark (gpointer data)
{
  Mark *mark = data;

  g_free (mark->text);
}

static char *
get_shown_text (RcField *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!is_text_view (self))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->control)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The items of a comma-separated line, trimmed, empty ones left out; @starts gets each
 * item's first character */
static GPtrArray *
split_list (const char *text,
            GArray     *starts)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  const char *segment = text;
  guint offset = 0;

  for (;;)
    {
      const char *comma = strchr (segment, ',');
      const char *segment_end = comma != NULL ? comma : segment + strlen (segment);
      const char *p = segment;
      guint item_start = offset;
      g_autofree char *item = NULL;

      while (p < segment_end && g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          item_start++;
        }
      item = g_strstrip (g_strndup (p, (gsize) (segment_end - p)));
      if (*item != '\0')
        {
          g_ptr_array_add (items, g_steal_pointer (&item));
          if (starts != NULL)
            g_array_append_val (starts, item_start);
        }

      offset += (guint) g_utf8_strlen (segment, segment_end - segment);
      if (comma == NULL)
        break;
      segment = comma + 1;
      offset++;
    }
  return items;
}

static GPtrArray *
read_list (RcField *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = rc_document_get (get_document (self), get_pointer (self));
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return items;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_ptr_array_add (items, g_strdup (json_node_get_string (element)));
      else
        g_ptr_array_add (items, json_to_string (element, FALSE));
    }
  return items;
}

static gboolean
lists_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static void
validate_typed (RcField  *self,
                gboolean  typing)
{
  const char *text;
  gboolean invalid;

  if (self->kind != RC_FIELD_DATE)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->control));
  invalid = *text != '\0' && rc_date_read (text, NULL) == RC_DATE_UNREADABLE;

  /* "2021-0" is not wrong yet while it is being typed: judge it when the field is left, or
   * once it is as long as a full date or holds something no date can */
  if (invalid && typing && strlen (text) < strlen ("YYYY-MM-DD") &&
      strspn (text, "0123456789-") == strlen (text))
    invalid = FALSE;

  if (invalid == gtk_widget_get_visible (self->message))
    return;

  gtk_widget_set_visible (self->message, invalid);
  if (invalid)
    {
      gtk_widget_add_css_class (self->control, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->control),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->control, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
validate (RcField *self)
{
  /* only a date is validated, and only a date's control is an editable */
  if (self->kind != RC_FIELD_DATE || self->control == NULL)
    return;

  validate_typed (self, gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (
                    GTK_EDITABLE (self->control)))));
}

static void
on_date_focus_leave_cb (RcField *self)
{
  validate_typed (self, FALSE);
}

static void
push_text (RcField    *self,
           const char *text)
{
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      /* an emptied field leaves the file, as if it had never been filled in */
      if (rc_document_get (get_document (self), get_pointer (self)) != NULL)
        rc_document_remove (get_document (self), get_pointer (self), &error);
    }
  else
    {
      rc_document_set_string (get_document (self), get_pointer (self), text, &error);
    }

  if (error != NULL)
    g_warning ("Could not edit %s: %s", get_pointer (self), error->message);
}

static void
push_list (RcField    *self,
           const char *text)
{
  g_autoptr(GPtrArray) items = split_list (text, NULL);
  g_autoptr(GPtrArray) stored = read_list (self);
  g_autoptr(GError) error = NULL;

  if (lists_equal (items, stored))
    return;

  if (items->len == 0)
    {
      rc_document_remove (get_document (self), get_pointer (self), &error);
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < items->len; i++)
        json_array_add_string_element (array, g_ptr_array_index (items, i));
      json_node_set_array (node, array);
      rc_document_set (get_document (self), get_pointer (self), node, &error);
    }

  if (error != NULL)
    g_warning ("Could not edit %s: %s", get_pointer (self), error->message);
}

static void
on_editable_changed_cb (GtkEditable *editable,
                        RcField     *self)
{
  const char *text = gtk_editable_get_text (editable);

  validate (self);
  if (rc_text_binding_is_held (self->binding) || get_document (self) == NULL)
    return;

  rc_text_binding_hold (self->binding);
  if (self->kind == RC_FIELD_LIST)
    push_list (self, text);
  else
    push_text (self, text);
  rc_text_binding_release (self->binding);
}

static void
update_placeholder (RcField *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));

  gtk_widget_set_visible (self->placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      RcField       *self)
{
  g_autofree char *text = NULL;

  update_placeholder (self);
  if (self->kind != RC_FIELD_PARAGRAPH || rc_text_binding_is_held (self->binding) ||
      get_document (self) == NULL)
    return;

  text = get_shown_text (self);
  rc_text_binding_hold (self->binding);
  push_text (self, text);
  rc_text_binding_release (self->binding);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     RcField    *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextIter iter;
  guint offset;

  if (keyboard_mode)
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      int bx, by;

      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
        return FALSE;
    }

  offset = (guint) gtk_text_iter_get_offset (&iter);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (offset >= mark->start && offset < mark->end)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, mark->text);
        }
    }

  if (text->len == 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static GtkWidget *
create_control (RcField    *self,
                const char *placeholder)
{
  GtkWidget *frame, *overlay;
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;

  if (!is_text_view (self))
    {
      GtkWidget *entry = gtk_entry_new ();
      GtkInputPurpose purpose = GTK_INPUT_PURPOSE_FREE_FORM;

      switch (self->kind)
        {
        case RC_FIELD_EMAIL: purpose = GTK_INPUT_PURPOSE_EMAIL; break;
        case RC_FIELD_PHONE: purpose = GTK_INPUT_PURPOSE_PHONE; break;
        case RC_FIELD_URL: purpose = GTK_INPUT_PURPOSE_URL; break;
        case RC_FIELD_DATE:
        case RC_FIELD_LIST:
        case RC_FIELD_TEXT:
        case RC_FIELD_PARAGRAPH:
        case RC_FIELD_LINES:
        default:
          break;
        }

      self->control = entry;
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), purpose);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_widget_set_hexpand (entry, TRUE);
      if (placeholder != NULL)
        gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
      g_signal_connect (entry, "changed", G_CALLBACK (on_editable_changed_cb), self);
      if (self->kind == RC_FIELD_DATE)
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();

          g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_date_focus_leave_cb), self);
          gtk_widget_add_controller (entry, focus);
        }
      return entry;
    }

  if (self->kind == RC_FIELD_LINES)
    {
      self->control = rc_bullets_view_new ();
      gtk_widget_set_size_request (self->control, -1, 76);
    }
  else
    {
      self->control = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->control), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->control), FALSE);
      gtk_widget_set_size_request (self->control, -1, 96);
    }

  gtk_widget_add_css_class (self->control, "field-text");
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->control), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->control), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->control),
                                 self->kind == RC_FIELD_LINES ? 24 : 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->control), 10);
  gtk_widget_set_hexpand (self->control, TRUE);
  gtk_widget_set_has_tooltip (self->control, TRUE);
  g_signal_connect (self->control, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
  table = gtk_text_buffer_get_tag_table (buffer);
  for (guint level = 0; level < G_N_ELEMENTS (tag_names); level++)
    {
      GtkTextTag *tag = gtk_text_tag_new (tag_names[level]);

      g_object_set (tag, "underline", level_style[level].underline, NULL);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);

  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "text-field");
  gtk_frame_set_child (GTK_FRAME (frame), self->control);

  self->placeholder = gtk_label_new (placeholder);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_add_css_class (self->placeholder, "field-placeholder");
  gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->placeholder), 0.f);
  gtk_widget_set_halign (self->placeholder, GTK_ALIGN_FILL);
  gtk_widget_set_valign (self->placeholder, GTK_ALIGN_START);
  gtk_widget_set_can_target (self->placeholder, FALSE);
  gtk_widget_set_margin_start (self->placeholder, self->kind == RC_FIELD_LINES ? 25 : 11);
  gtk_widget_set_margin_end (self->placeholder, 11);
  gtk_widget_set_margin_top (self->placeholder, 9);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, placeholder,
                                  -1);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), frame);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->placeholder);
  return overlay;
}

static void show_marks (RcField *self);

/* Takes each level's colour from the style, again whenever the style turns light or dark
 * (AdwApplication has swapped style-dark.css in by then: it connected first) */
static void
update_level_colours (RcField *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (self->control);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint level = 0; level < G_N_ELEMENTS (level_style); level++)
    {
      GdkRGBA *rgba = &self->level_rgba[level];

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (!gtk_style_context_lookup_color (context, level_style[level].color_name, rgba))
        gdk_rgba_parse (rgba, level_style[level].fallback);
      G_GNUC_END_IGNORE_DEPRECATIONS

      if (is_text_view (self))
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
          GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                       tag_names[level]);

          g_object_set (tag, "underline-rgba", rgba, NULL);
        }
    }
  if (!is_text_view (self))
    show_marks (self);
}

GtkWidget *
rc_field_new (RcFieldKind  kind,
              const char  *label,
              const char  *placeholder)
{
  RcField *self = g_object_new (RC_TYPE_FIELD, NULL);
  GtkWidget *box;
  g_autofree char *plain = NULL;

  self->kind = kind;

  self->label = gtk_label_new_with_mnemonic (label);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.f);
  gtk_widget_add_css_class (self->label, "field-label");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  box = create_control (self, placeholder);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  update_level_colours (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_level_colours), self, G_CONNECT_SWAPPED);
  gtk_label_set_mnemonic_widget (GTK_LABEL (self->label), self->control);
  plain = g_strdup (gtk_label_get_text (GTK_LABEL (self->label)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                  -1);

  self->message = gtk_label_new (kind == RC_FIELD_DATE
                                 ? _("Write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-04")
                                 : NULL);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0.f);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "caption");
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));
  if (kind == RC_FIELD_DATE)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->control),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message, NULL,
                                    -1);

  return GTK_WIDGET (self);
}

RcFieldKind
rc_field_get_kind (RcField *self)
{
  g_return_val_if_fail (RC_IS_FIELD (self), RC_FIELD_TEXT);

  return self->kind;
}

static void
show_text (RcField    *self,
           const char *text,
           gboolean    undoable)
{
  rc_text_binding_hold (self->binding);
  if (is_text_view (self))
    rc_text_sync_buffer (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control)), text, undoable);
  else
    rc_text_sync_editable (GTK_EDITABLE (self->control), text);
  rc_text_binding_release (self->binding);
  validate (self);
}

static char *
dup_document_text (RcField *self)
{
  g_autoptr(GPtrArray) items = NULL;
  const char *text;

  if (self->kind != RC_FIELD_LIST)
    {
      text = rc_document_get_string (get_document (self), get_pointer (self));
      return g_strdup (text != NULL ? text : "");
    }

  items = read_list (self);
  g_ptr_array_add (items, NULL);
  return g_strjoinv (", ", (char **) items->pdata);
}

static void
load (RcField  *self,
      gboolean  undoable)
{
  g_autofree char *text = NULL;

  /* the field's own edit, written to the document: it shows it already */
  if (rc_text_binding_is_held (self->binding))
    return;

  if (get_document (self) == NULL)
    {
      show_text (self, "", undoable);
      return;
    }

  if (self->kind == RC_FIELD_LINES)
    {
      if (undoable)
        rc_bullets_view_sync (RC_BULLETS_VIEW (self->control));
      else
        rc_bullets_view_bind (RC_BULLETS_VIEW (self->control), get_document (self),
                              get_pointer (self));
      return;
    }

  if (self->kind == RC_FIELD_LIST)
    {
      g_autoptr(GPtrArray) shown = split_list (gtk_editable_get_text (GTK_EDITABLE (self->control)),
                                               NULL);
      g_autoptr(GPtrArray) stored = read_list (self);

      /* "Go, " while typing the next keyword is the same list as "Go" */
      if (lists_equal (shown, stored))
        return;
    }

  text = dup_document_text (self);
  show_text (self, text, undoable);
}

void
rc_field_bind (RcField    *self,
               RcDocument *document,
               const char *pointer)
{
  g_return_if_fail (RC_IS_FIELD (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (get_document (self) == document && g_strcmp0 (get_pointer (self), pointer) == 0)
    return;

  rc_text_binding_bind (self->binding, document, pointer);
  g_array_set_size (self->marks, 0);
  load (self, FALSE);
}

const char *
rc_field_get_pointer (RcField *self)
{
  g_return_val_if_fail (RC_IS_FIELD (self), NULL);

  return get_pointer (self);
}

void
rc_field_sync (RcField *self)
{
  g_return_if_fail (RC_IS_FIELD (self));

  load (self, TRUE);
}

GtkWidget *
rc_field_get_control (RcField *self)
{
  g_return_val_if_fail (RC_IS_FIELD (self), NULL);

  return self->control;
}

/* Where the finding's span lies in the whole text the control shows, in characters */
static gboolean
locate (RcField         *self,
        const RcFinding *finding,
        guint           *start,
        guint           *end)
{
  const char *pointer = finding->pointer;
  gsize n = strlen (get_pointer (self));
  guint base = 0, length;
  gint64 index = -1;

  if (!g_str_has_prefix (pointer, get_pointer (self)))
    return FALSE;
  if (pointer[n] == '/')
    {
      char *index_end;

      index = g_ascii_strtoll (pointer + n + 1, &index_end, 10);
      if (*index_end != '\0' || index < 0)
        return FALSE;
    }
  else if (pointer[n] != '\0')
    {
      return FALSE;
    }

  if (self->kind == RC_FIELD_LINES)
    {
      GtkTextIter iter, line_end;

      if (index < 0 || !rc_bullets_view_get_item_start (RC_BULLETS_VIEW (self->control),
                                                        (guint) index, &iter))
        return FALSE;
      base = (guint) gtk_text_iter_get_offset (&iter);
      line_end = iter;
      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      length = (guint) gtk_text_iter_get_offset (&line_end) - base;
    }
  else if (self->kind == RC_FIELD_LIST)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->control));
      g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) items = split_list (text, starts);

      if (index < 0 || index >= items->len)
        return FALSE;
      base = g_array_index (starts, guint, index);
      length = (guint) g_utf8_strlen (g_ptr_array_index (items, index), -1);
    }
  else
    {
      g_autofree char *text = NULL;

      if (index >= 0)
        return FALSE;
      text = get_shown_text (self);
      length = (guint) g_utf8_strlen (text, -1);
    }

  if (finding->start == 0 && finding->end == 0)
    {
      *start = base;
      *end = base + length;
    }
  else
    {
      *start = base + MIN (finding->start, length);
      *end = base + MIN (finding->end, MAX (finding->start, length));
    }
  /* an empty span (a missing email, an empty field) has nothing to underline, but the field
   * still shows the finding's icon and tooltip */
  return TRUE;
}

static const char *
level_word (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR: return _("Error");
    case RC_LEVEL_WARNING: return _("Warning");
    case RC_LEVEL_SUGGESTION:
    default: return _("Suggestion");
    }
}

static void
show_marks (RcField *self)
{
  if (is_text_view (self))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      for (guint level = 0; level < G_N_ELEMENTS (tag_names); level++)
        gtk_text_buffer_remove_tag_by_name (buffer, tag_names[level], &start, &end);

      for (guint i = 0; i < self->marks->len; i++)
        {
          const Mark *mark = &g_array_index (self->marks, Mark, i);

          if (mark->end <= mark->start)
            continue;
          gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) mark->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) mark->end);
          gtk_text_buffer_apply_tag_by_name (buffer, tag_names[mark->level], &start, &end);
        }
    }
  else
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->control));
      g_autoptr(PangoAttrList) attrs = NULL;
      g_autoptr(GString) tooltip = g_string_new (NULL);
      int worst = -1;

      if (self->marks->len > 0)
        attrs = pango_attr_list_new ();

      for (guint i = 0; i < self->marks->len; i++)
        {
          const Mark *mark = &g_array_index (self->marks, Mark, i);
          guint start_index = (guint) (g_utf8_offset_to_pointer (text, mark->start) - text);
          guint end_index = (guint) (g_utf8_offset_to_pointer (text, mark->end) - text);
          PangoAttribute *attr;

          if (end_index > start_index)
            {
              attr = pango_attr_underline_new (level_style[mark->level].underline);
              attr->start_index = start_index;
              attr->end_index = end_index;
              pango_attr_list_insert (attrs, attr);
              attr = pango_attr_underline_color_new (
                to_pango_channel (self->level_rgba[mark->level].red),
                to_pango_channel (self->level_rgba[mark->level].green),
                to_pango_channel (self->level_rgba[mark->level].blue));
              attr->start_index = start_index;
              attr->end_index = end_index;
              pango_attr_list_insert (attrs, attr);
            }

          worst = MAX (worst, (int) mark->level);
          if (tooltip->len > 0)
            g_string_append_c (tooltip, '\n');
          g_string_append (tooltip, mark->text);
        }

      gtk_entry_set_attributes (GTK_ENTRY (self->control), attrs);
      gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self->control), GTK_ENTRY_ICON_SECONDARY,
                                         worst >= 0 ? level_style[worst].icon_name : NULL);
      gtk_entry_set_icon_tooltip_text (GTK_ENTRY (self->control), GTK_ENTRY_ICON_SECONDARY,
                                       worst >= 0 ? tooltip->str : NULL);
      gtk_widget_set_tooltip_text (self->control, worst >= 0 ? tooltip->str : NULL);
    }
}

void
rc_field_set_findings (RcField   *self,
                       GPtrArray *findings)
{
  g_return_if_fail (RC_IS_FIELD (self));

  /* a field whose entry was just removed may still be asked to clear its marks */
  if (self->control == NULL)
    return;
  if (self->marks->len == 0 && (findings == NULL || findings->len == 0))
    return;

  g_array_set_size (self->marks, 0);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      Mark mark = { finding->level, 0, 0, NULL };

      if (!locate (self, finding, &mark.start, &mark.end))
        continue;
      /* TRANSLATORS: a finding's level and message, e.g. "Warning: Describe a result" */
      mark.text = g_strdup_printf (_("%s: %s"), level_word (finding->level), finding->message);
      g_array_append_val (self->marks, mark);
    }
  show_marks (self);
}

void
rc_field_reveal (RcField         *self,
                 const RcFinding *finding,
                 double          *y)
{
  guint start = 0, end = 0;
  graphene_point_t point = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t out;

  g_return_if_fail (RC_IS_FIELD (self));

  if (finding == NULL || !locate (self, finding, &start, &end))
    start = end = 0;

  gtk_widget_grab_focus (self->control);

  if (is_text_view (self))
    {
      GtkTextView *view = GTK_TEXT_VIEW (self->control);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter start_iter, end_iter;
      GdkRectangle rect;
      int wx, wy;

      gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, (int) start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, (int) end);
      gtk_text_buffer_select_range (buffer, &end_iter, &start_iter);
      gtk_text_view_get_iter_location (view, &start_iter, &rect);
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &wx, &wy);
      point = GRAPHENE_POINT_INIT (wx, wy);
    }
  else if (end > start)
    {
      gtk_editable_select_region (GTK_EDITABLE (self->control), (int) start, (int) end);
    }

  if (y != NULL)
    *y = gtk_widget_compute_point (self->control, GTK_WIDGET (self), &point, &out) ? out.y : 0;
}

char *
rc_field_describe_underlines (RcField *self,
                              RcLevel  level)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (RC_IS_FIELD (self), NULL);

  if (is_text_view (self))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                   tag_names[level]);
      GtkTextIter iter;

      gtk_text_buffer_get_start_iter (buffer, &iter);
      while (gtk_text_iter_starts_tag (&iter, tag) ||
             gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        {
          int start = gtk_text_iter_get_offset (&iter);

          gtk_text_iter_forward_to_tag_toggle (&iter, tag);
          g_string_append_printf (text, "%s%d-%d", text->len > 0 ? " " : "",
                                  start, gtk_text_iter_get_offset (&iter));
        }
    }
  else
    {
      PangoAttrList *attrs = gtk_entry_get_attributes (GTK_ENTRY (self->control));
      const char *shown = gtk_editable_get_text (GTK_EDITABLE (self->control));
      g_autoptr(GSList) list = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;

      for (GSList *l = list; l != NULL; l = l->next)
        {
          PangoAttribute *attr = l->data;

          if (attr->klass->type == PANGO_ATTR_UNDERLINE_COLOR &&
              ((PangoAttrColor *) attr)->color.red == to_pango_channel (self->level_rgba[level].red) &&
              ((PangoAttrColor *) attr)->color.green == to_pango_channel (self->level_rgba[level].green))
            g_string_append_printf (text, "%s%ld-%ld", text->len > 0 ? " " : "",
                                    g_utf8_pointer_to_offset (shown, shown + attr->start_index),
                                    g_utf8_pointer_to_offset (shown, shown + attr->end_index));
        }
      g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
    }

  return g_string_free (text, FALSE);
}

static void
rc_field_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  int n_visible = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      n_visible++;
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
        }
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && n_visible > 1)
    {
      *minimum += SPACING * (n_visible - 1);
      *natural += SPACING * (n_visible - 1);
    }
}

static gboolean
on_remeasure_cb (gpointer data)
{
  RcField *self = data;

  self->remeasure_source = 0;
  if (self->control != NULL)
    gtk_widget_queue_resize (self->control);
  return G_SOURCE_REMOVE;
}

static void
rc_field_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  RcField *self = RC_FIELD (widget);
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat,
                          NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_nat }, -1);
      y += child_nat + SPACING;
    }

  /* A GTK 4.8 text view keeps the height it had at its old width until something asks it
   * again; once it has wrapped its lines anew (at a higher priority), ask. */
  if (is_text_view (self) && width != self->text_width)
    {
      self->text_width = width;
      if (self->remeasure_source == 0)
        self->remeasure_source = g_idle_add (on_remeasure_cb, self);
    }
}

static void
rc_field_dispose (GObject *object)
{
  RcField *self = RC_FIELD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->remeasure_source, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->label = self->control = self->placeholder = self->message = NULL;
  rc_text_binding_bind (self->binding, NULL, NULL);
  G_OBJECT_CLASS (rc_field_parent_class)->dispose (object);
}

static void
rc_field_finalize (GObject *object)
{
  RcField *self = RC_FIELD (object);

  g_clear_pointer (&self->binding, rc_text_binding_free);
  g_clear_pointer (&self->marks, g_array_unref);
  G_OBJECT_CLASS (rc_field_parent_class)->finalize (object);
}

static void
rc_field_class_init (RcFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_field_dispose;
  object_class->finalize = rc_field_finalize;

  widget_class->measure = rc_field_measure;
  widget_class->size_allocate = rc_field_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "field");
}

/* a change someone else made: an edit elsewhere, an undo, a fix */
static void
on_binding_changed_cb (gpointer      user_data,
                       const char   *pointer,
                       RcChangeKind  kind)
{
  RcField *self = user_data;

  /* a list of lines is a bullets view, which follows the document itself */
  if (self->kind != RC_FIELD_LINES)
    load (self, TRUE);
}

static void
rc_field_init (RcField *self)
{
  self->binding = rc_text_binding_new (on_binding_changed_cb, self);
  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  g_array_set_clear_func (self->marks, clear_mark);
}
