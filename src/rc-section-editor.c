/* rc-section-editor.c — the entries of one resume list (work, projects…) as cards
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-scroll.h"
#include "rc-section-editor.h"

struct _RcSectionEditor
{
  GtkWidget          parent_instance;

  const RcEntrySpec *spec;
  GtkWidget         *notes;
  GtkWidget         *list;
  GtkWidget         *empty;
  GtkWidget         *add_button;
  GPtrArray         *entries;

  RcDocument        *document;
  char              *pointer;

  /* a move this editor asked for: its cards move instead of all reloading */
  int                moving_from;
  int                moving_to;
  gboolean           focus_added;
};

G_DEFINE_FINAL_TYPE (RcSectionEditor, rc_section_editor, GTK_TYPE_WIDGET)

enum {
  ENTRY_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
get_length (RcSectionEditor *self)
{
  JsonNode *node;

  if (self->document == NULL)
    return 0;
  node = rc_document_get (self->document, self->pointer);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return 0;
  return json_array_get_length (json_node_get_array (node));
}

static int
find_entry (RcSectionEditor *self,
            RcEntryEditor   *entry)
{
  guint index;

  if (!g_ptr_array_find (self->entries, entry, &index))
    return -1;
  return (int) index;
}

static void
on_remove_requested_cb (RcEntryEditor   *entry,
                        RcSectionEditor *self)
{
  int index = find_entry (self, entry);
  g_autoptr(JsonNode) item = NULL;
  g_autofree char *pointer = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (index < 0)
    return;

  pointer = rc_json_pointer_append_index (self->pointer, (guint) index);
  item = json_node_copy (rc_document_get (self->document, pointer));
  title = rc_entry_editor_dup_title (entry);
  if (!rc_document_remove (self->document, pointer, &error))
    {
      g_warning ("Could not remove %s: %s", pointer, error->message);
      return;
    }

  if ((guint) index < self->entries->len)
    rc_entry_editor_focus (g_ptr_array_index (self->entries, index), 0);
  else
    gtk_widget_grab_focus (self->add_button);

  g_signal_emit (self, signals[ENTRY_REMOVED], 0, self->pointer, (guint) index, item, title);
}

static void
on_move_requested_cb (RcEntryEditor   *entry,
                      int              delta,
                      RcSectionEditor *self)
{
  int index = find_entry (self, entry);
  int target = index + delta;
  g_autoptr(GError) error = NULL;

  if (index < 0 || target < 0 || target >= (int) self->entries->len)
    return;

  self->moving_from = index;
  self->moving_to = target;
  if (!rc_document_move (self->document, self->pointer, (guint) index, (guint) target, &error))
    g_warning ("Could not move %s/%d: %s", self->pointer, index, error->message);
  self->moving_from = self->moving_to = -1;

  rc_entry_editor_focus (entry, delta);
  rc_scroll_to_widget (GTK_WIDGET (entry), 0, 48);
}

static GtkWidget *
create_entry (RcSectionEditor *self)
{
  GtkWidget *entry = rc_entry_editor_new (self->spec);

  g_signal_connect (entry, "remove-requested", G_CALLBACK (on_remove_requested_cb), self);
  g_signal_connect (entry, "move-requested", G_CALLBACK (on_move_requested_cb), self);
  return entry;
}

static void
rebind_from (RcSectionEditor *self,
             guint            first)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      RcEntryEditor *entry = g_ptr_array_index (self->entries, i);

      if (i >= first)
        {
          g_autofree char *pointer = rc_json_pointer_append_index (self->pointer, i);

          rc_entry_editor_bind (entry, self->document, pointer);
        }
      rc_entry_editor_set_position (entry, i, self->entries->len);
    }

  gtk_widget_set_visible (self->empty, self->entries->len == 0 &&
                          *gtk_label_get_text (GTK_LABEL (self->empty)) != '\0');
  gtk_widget_set_visible (self->list, self->entries->len > 0);
}

static void
resync (RcSectionEditor *self)
{
  guint length = get_length (self);

  while (self->entries->len > length)
    {
      GtkWidget *entry = g_ptr_array_steal_index (self->entries, self->entries->len - 1);

      gtk_box_remove (GTK_BOX (self->list), entry);
    }
  while (self->entries->len < length)
    {
      GtkWidget *entry = create_entry (self);

      g_ptr_array_add (self->entries, entry);
      gtk_box_append (GTK_BOX (self->list), entry);
    }
  rebind_from (self, 0);
}

static void
insert_entry (RcSectionEditor *self,
              guint            index)
{
  GtkWidget *entry = create_entry (self);
  GtkWidget *before = index > 0 ? g_ptr_array_index (self->entries, index - 1) : NULL;

  g_ptr_array_insert (self->entries, (int) index, entry);
  gtk_box_insert_child_after (GTK_BOX (self->list), entry, before);
  rebind_from (self, index);

  if (self->focus_added)
    {
      self->focus_added = FALSE;
      rc_entry_editor_focus (RC_ENTRY_EDITOR (entry), 0);
      rc_scroll_to_widget (entry, 0, 200);
    }
}

static void
remove_entry (RcSectionEditor *self,
              guint            index)
{
  GtkWidget *entry = g_ptr_array_steal_index (self->entries, index);

  gtk_box_remove (GTK_BOX (self->list), entry);
  rebind_from (self, index);
}

static void
move_entry (RcSectionEditor *self,
            guint            from,
            guint            to)
{
  GtkWidget *entry = g_ptr_array_steal_index (self->entries, from);
  GtkWidget *before;

  g_ptr_array_insert (self->entries, (int) to, entry);
  before = to > 0 ? g_ptr_array_index (self->entries, to - 1) : NULL;
  gtk_box_reorder_child_after (GTK_BOX (self->list), entry, before);
  rebind_from (self, MIN (from, to));
}

void
rc_section_editor_sync (RcSectionEditor *self,
                        const char      *pointer,
                        RcChangeKind     kind)
{
  gsize n;
  const char *rest;
  char *end;
  guint64 index;

  g_return_if_fail (RC_IS_SECTION_EDITOR (self));

  if (self->pointer == NULL)
    return;

  if (rc_pointer_is_within (self->pointer, pointer))
    {
      if (kind == RC_CHANGE_MOVE && self->moving_from >= 0 &&
          g_str_equal (pointer, self->pointer))
        move_entry (self, (guint) self->moving_from, (guint) self->moving_to);
      else
        resync (self);
      return;
    }

  if (!rc_pointer_is_within (pointer, self->pointer))
    return;

  n = strlen (self->pointer);
  index = g_ascii_strtoull (pointer + n + 1, &end, 10);
  rest = end;
  if (end == pointer + n + 1 || (*rest != '\0' && *rest != '/'))
    return;

  if (*rest == '\0' && kind == RC_CHANGE_INSERT && index <= self->entries->len &&
      get_length (self) == self->entries->len + 1)
    insert_entry (self, (guint) index);
  else if (*rest == '\0' && kind == RC_CHANGE_REMOVE && index < self->entries->len &&
           get_length (self) + 1 == self->entries->len)
    remove_entry (self, (guint) index);
  else if (index < self->entries->len && get_length (self) == self->entries->len)
    rc_entry_editor_sync (g_ptr_array_index (self->entries, index), pointer);
  else
    resync (self);
}

void
rc_section_editor_bind (RcSectionEditor *self,
                        RcDocument      *document,
                        const char      *pointer)
{
  g_return_if_fail (RC_IS_SECTION_EDITOR (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_free (self->pointer);
  self->pointer = g_strdup (pointer);
  resync (self);
}

const char *
rc_section_editor_get_pointer (RcSectionEditor *self)
{
  g_return_val_if_fail (RC_IS_SECTION_EDITOR (self), NULL);

  return self->pointer;
}

GPtrArray *
rc_section_editor_get_entries (RcSectionEditor *self)
{
  g_return_val_if_fail (RC_IS_SECTION_EDITOR (self), NULL);

  return self->entries;
}

void
rc_section_editor_add_entry (RcSectionEditor *self)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) item = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RC_IS_SECTION_EDITOR (self));

  if (self->document == NULL)
    return;

  item = json_node_init_object (json_node_alloc (), object);
  self->focus_added = TRUE;
  if (!rc_document_insert (self->document, self->pointer, -1, item, &error))
    g_warning ("Could not add to %s: %s", self->pointer, error->message);
  self->focus_added = FALSE;
}

void
rc_section_editor_set_findings (RcSectionEditor *self,
                                GPtrArray       *findings)
{
  g_return_if_fail (RC_IS_SECTION_EDITOR (self));

  if (self->notes != NULL)
    rc_notes_set_findings (self->notes, findings);
}

static void
on_add_clicked_cb (GtkButton       *button,
                   RcSectionEditor *self)
{
  rc_section_editor_add_entry (self);
}

GtkWidget *
rc_section_editor_new (const RcEntrySpec *spec,
                       const char        *empty_text)
{
  RcSectionEditor *self;
  GtkWidget *content;

  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (RC_TYPE_SECTION_EDITOR, NULL);
  self->spec = spec;

  self->notes = rc_notes_new ();
  gtk_widget_set_parent (self->notes, GTK_WIDGET (self));

  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));

  self->empty = gtk_label_new (empty_text != NULL ? _(empty_text) : NULL);
  gtk_label_set_wrap (GTK_LABEL (self->empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty), 0.f);
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_add_css_class (self->empty, "empty-section");
  gtk_widget_set_parent (self->empty, GTK_WIDGET (self));

  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_box_append (GTK_BOX (content), gtk_label_new_with_mnemonic (_(spec->add_label)));
  self->add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_button), content);
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->add_button, "add-entry");
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  gtk_widget_set_parent (self->add_button, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

static void
rc_section_editor_dispose (GObject *object)
{
  RcSectionEditor *self = RC_SECTION_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->notes = NULL;
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (rc_section_editor_parent_class)->dispose (object);
}

static void
rc_section_editor_finalize (GObject *object)
{
  RcSectionEditor *self = RC_SECTION_EDITOR (object);

  g_clear_pointer (&self->pointer, g_free);
  G_OBJECT_CLASS (rc_section_editor_parent_class)->finalize (object);
}

static void
rc_section_editor_class_init (RcSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_section_editor_dispose;
  object_class->finalize = rc_section_editor_finalize;

  signals[ENTRY_REMOVED] =
    g_signal_new ("entry-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_STRING, G_TYPE_UINT, JSON_TYPE_NODE, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
rc_section_editor_init (RcSectionEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
  self->entries = g_ptr_array_new ();
  self->moving_from = self->moving_to = -1;
}
