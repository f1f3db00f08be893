/* rc-bullets-view.c — a text view whose lines are the items of a string array
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-bullets-view.h"
#include "rc-text-sync.h"

struct _RcBulletsView
{
  GtkTextView    parent_instance;

  RcTextBinding *binding;
  /* the items as the document holds them (newlines flattened), i.e. what the buffer shows
   * once every edit has been pushed */
  GPtrArray     *items;

  guint          user_action_depth;
  gboolean       dirty;
};

G_DEFINE_FINAL_TYPE (RcBulletsView, rc_bullets_view, GTK_TYPE_TEXT_VIEW)

static RcDocument *
get_document (RcBulletsView *self)
{
  return rc_text_binding_get_document (self->binding);
}

static const char *
get_pointer (RcBulletsView *self)
{
  return rc_text_binding_get_pointer (self->binding);
}

static GPtrArray *
split_buffer (GtkTextBuffer *buffer)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (*text == '\0')
    return lines;

  parts = g_strsplit (text, "\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (lines, g_steal_pointer (&parts[i]));
  return lines;
}

static char *
flatten_item (JsonNode *node)
{
  char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_strdup (json_node_get_string (node));
  else
    text = json_to_string (node, FALSE);

  /* one item is one line: a newline inside an item would split it in two */
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';
  return text;
}

static GPtrArray *
read_document (RcBulletsView *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node;
  JsonArray *array;

  if (get_document (self) == NULL || get_pointer (self) == NULL)
    return items;

  node = rc_document_get (get_document (self), get_pointer (self));
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return items;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (items, flatten_item (json_array_get_element (array, i)));
  return items;
}

static gboolean
items_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static char *
join_items (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

/* The smallest set of model changes that turns the old items into the new lines: lines equal
 * at both ends are left alone, changed ones in the middle are set, the rest inserted or
 * removed. */
static void
push_lines (RcBulletsView *self,
            GPtrArray     *lines)
{
  RcDocument *document = get_document (self);
  const char *pointer = get_pointer (self);
  GPtrArray *old = self->items;
  guint prefix = 0, suffix = 0, n_old, n_new, common;
  g_autoptr(GError) error = NULL;

  while (prefix < old->len && prefix < lines->len &&
         g_str_equal (g_ptr_array_index (old, prefix), g_ptr_array_index (lines, prefix)))
    prefix++;
  while (suffix < old->len - prefix && suffix < lines->len - prefix &&
         g_str_equal (g_ptr_array_index (old, old->len - 1 - suffix),
                      g_ptr_array_index (lines, lines->len - 1 - suffix)))
    suffix++;

  n_old = old->len - prefix - suffix;
  n_new = lines->len - prefix - suffix;
  common = MIN (n_old, n_new);

  for (guint i = 0; i < common; i++)
    {
      g_autofree char *item = rc_json_pointer_append_index (pointer, prefix + i);

      if (!rc_document_set_string (document, item, g_ptr_array_index (lines, prefix + i), &error))
        goto failed;
    }
  for (guint i = common; i < n_new; i++)
    {
      g_autoptr(JsonNode) item = json_node_init_string (json_node_alloc (),
                                                        g_ptr_array_index (lines, prefix + i));

      if (!rc_document_insert (document, pointer, (int) (prefix + i), item, &error))
        goto failed;
    }
  for (guint i = common; i < n_old; i++)
    {
      g_autofree char *item = rc_json_pointer_append_index (pointer, prefix + common);

      if (!rc_document_remove (document, item, &error))
        goto failed;
    }
  return;

failed:
  g_warning ("Could not edit %s: %s", pointer, error->message);
}

static void
push (RcBulletsView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(GPtrArray) lines = split_buffer (buffer);

  self->dirty = FALSE;
  if (get_document (self) == NULL || items_equal (lines, self->items))
    return;

  rc_text_binding_hold (self->binding);
  push_lines (self, lines);
  rc_text_binding_release (self->binding);

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&lines);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      RcBulletsView *self)
{
  if (rc_text_binding_is_held (self->binding))
    return;
  if (self->user_action_depth > 0)
    self->dirty = TRUE;
  else
    push (self);
}

static void
on_begin_user_action_cb (GtkTextBuffer *buffer,
                         RcBulletsView *self)
{
  self->user_action_depth++;
}

static void
on_end_user_action_cb (GtkTextBuffer *buffer,
                       RcBulletsView *self)
{
  if (self->user_action_depth > 0)
    self->user_action_depth--;
  if (self->user_action_depth == 0 && self->dirty &&
      !rc_text_binding_is_held (self->binding))
    push (self);
}

static void
show_items (RcBulletsView *self,
            GPtrArray     *items,
            gboolean       undoable)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autofree char *text = join_items (items);

  rc_text_binding_hold (self->binding);
  rc_text_sync_buffer (buffer, text, undoable);
  rc_text_binding_release (self->binding);
}

void
rc_bullets_view_bind (RcBulletsView *self,
                      RcDocument    *document,
                      const char    *pointer)
{
  g_return_if_fail (RC_IS_BULLETS_VIEW (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  rc_text_binding_bind (self->binding, document, pointer);

  g_ptr_array_unref (self->items);
  self->items = read_document (self);
  show_items (self, self->items, FALSE);
}

void
rc_bullets_view_sync (RcBulletsView *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) shown = NULL;

  g_return_if_fail (RC_IS_BULLETS_VIEW (self));

  if (rc_text_binding_is_held (self->binding))
    return;

  items = read_document (self);
  shown = split_buffer (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  if (!items_equal (items, shown))
    show_items (self, items, TRUE);

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
}

gboolean
rc_bullets_view_get_item_start (RcBulletsView *self,
                                guint          index,
                                GtkTextIter   *iter)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (RC_IS_BULLETS_VIEW (self), FALSE);

  if (index >= self->items->len)
    return FALSE;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  return gtk_text_buffer_get_iter_at_line (buffer, iter, (int) index);
}

gboolean
rc_bullets_view_move_current (RcBulletsView *self,
                              int            delta)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GError) error = NULL;
  int line, column, target;

  g_return_val_if_fail (RC_IS_BULLETS_VIEW (self), FALSE);

  if (get_document (self) == NULL)
    return FALSE;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  push (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  column = gtk_text_iter_get_line_offset (&iter);
  target = line + delta;
  if (line >= (int) self->items->len || target < 0 || target >= (int) self->items->len)
    return FALSE;

  rc_text_binding_hold (self->binding);
  if (!rc_document_move (get_document (self), get_pointer (self), (guint) line, (guint) target,
                         &error))
    {
      rc_text_binding_release (self->binding);
      g_warning ("Could not move %s/%d: %s", get_pointer (self), line, error->message);
      return FALSE;
    }
  rc_text_binding_release (self->binding);

  moved = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (moved, g_strdup (g_ptr_array_index (self->items, i)));
  g_ptr_array_insert (moved, target, g_ptr_array_steal_index (moved, (guint) line));
  show_items (self, moved, TRUE);
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&moved);

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, target, column);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
  return TRUE;
}

static void
move_up_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  rc_bullets_view_move_current (RC_BULLETS_VIEW (widget), -1);
}

static void
move_down_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rc_bullets_view_move_current (RC_BULLETS_VIEW (widget), 1);
}

/* A dot before each item tells one long wrapped bullet from two short ones */
static void
rc_bullets_view_snapshot_layer (GtkTextView      *view,
                                GtkTextViewLayer  layer,
                                GtkSnapshot      *snapshot)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible;
  GtkTextIter iter;
  GdkRGBA color;
  int line, n_lines;
  float x;

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || gtk_text_buffer_get_char_count (buffer) == 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (view)), &color);
  color.alpha *= 0.55f;
  x = gtk_text_view_get_left_margin (view) / 2.f;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, NULL);
  n_lines = gtk_text_buffer_get_line_count (buffer);

  for (line = gtk_text_iter_get_line (&iter); line < n_lines; line++)
    {
      GdkRectangle rect;
      GskRoundedRect dot;
      float radius = 2.5f;
      float y;

      gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
      gtk_text_view_get_iter_location (view, &iter, &rect);
      if (rect.y > visible.y + visible.height)
        break;

      y = rect.y + rect.height / 2.f;
      gsk_rounded_rect_init_from_rect (&dot,
                                       &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                            2 * radius, 2 * radius),
                                       radius);
      gtk_snapshot_push_rounded_clip (snapshot, &dot);
      gtk_snapshot_append_color (snapshot, &color, &dot.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

static void
rc_bullets_view_dispose (GObject *object)
{
  RcBulletsView *self = RC_BULLETS_VIEW (object);

  rc_text_binding_bind (self->binding, NULL, NULL);
  G_OBJECT_CLASS (rc_bullets_view_parent_class)->dispose (object);
}

static void
rc_bullets_view_finalize (GObject *object)
{
  RcBulletsView *self = RC_BULLETS_VIEW (object);

  g_clear_pointer (&self->binding, rc_text_binding_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (rc_bullets_view_parent_class)->finalize (object);
}

static void
rc_bullets_view_class_init (RcBulletsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bullets_view_dispose;
  object_class->finalize = rc_bullets_view_finalize;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = rc_bullets_view_snapshot_layer;

  gtk_widget_class_install_action (widget_class, "bullets.move-up", NULL, move_up_cb);
  gtk_widget_class_install_action (widget_class, "bullets.move-down", NULL, move_down_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "bullets.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "bullets.move-down", NULL);
}

static void
on_binding_changed_cb (gpointer      user_data,
                       const char   *pointer,
                       RcChangeKind  kind)
{
  rc_bullets_view_sync (user_data);
}

static void
rc_bullets_view_init (RcBulletsView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autoptr(GMenu) menu = g_menu_new ();

  self->binding = rc_text_binding_new (on_binding_changed_cb, self);
  self->items = g_ptr_array_new_with_free_func (g_free);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), 6);
  gtk_text_buffer_set_enable_undo (buffer, TRUE);

  g_menu_append (menu, _("Move Bullet _Up"), "bullets.move-up");
  g_menu_append (menu, _("Move Bullet _Down"), "bullets.move-down");
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self), G_MENU_MODEL (menu));

  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);
  g_signal_connect (buffer, "begin-user-action", G_CALLBACK (on_begin_user_action_cb), self);
  g_signal_connect (buffer, "end-user-action", G_CALLBACK (on_end_user_action_cb), self);
}

GtkWidget *
rc_bullets_view_new (void)
{
  return g_object_new (RC_TYPE_BULLETS_VIEW, NULL);
}
