/* rc-resume-editor.c — the sections sidebar and the editor pages, marked with the findings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-entry-editor.h"
#include "rc-resume-editor.h"
#include "rc-scroll.h"
#include "rc-section-editor.h"

struct _RcResumeEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *content;
  GtkWidget  *sidebar;
  GtkWidget  *sidebar_list;
  GtkWidget  *section_stack;

  GtkWidget  *section_rows[RC_N_PAGES];
  GtkWidget  *section_badges[RC_N_PAGES];
  GtkWidget  *section_pages[RC_N_PAGES];
  GPtrArray  *editors;
  GHashTable *fields;
  GHashTable *cards;
  gboolean    fields_stale;
  GHashTable *marked;
  GHashTable *marked_cards;

  RcDocument *document;
  RcReport   *report;
  int         page;  /* the RcPage shown, -1 before the first */
};

G_DEFINE_FINAL_TYPE (RcResumeEditor, rc_resume_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_REPORT,
  PROP_PAGE,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTRY_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_entry_removed_cb (RcSectionEditor *editor,
                     const char      *array_pointer,
                     guint            index,
                     JsonNode        *item,
                     const char      *title,
                     RcResumeEditor  *self)
{
  g_signal_emit (self, signals[ENTRY_REMOVED], 0, array_pointer, index, item, title);
}

static void
add_fields (GHashTable    *table,
            RcEntryEditor *entry)
{
  GPtrArray *fields = rc_entry_editor_get_fields (entry);

  for (guint i = 0; i < fields->len; i++)
    {
      RcField *field = g_ptr_array_index (fields, i);
      const char *pointer = rc_field_get_pointer (field);

      if (pointer != NULL)
        g_hash_table_insert (table, (gpointer) pointer, field);
    }
}

static void
ensure_fields (RcResumeEditor *self)
{
  if (!self->fields_stale)
    return;

  g_hash_table_remove_all (self->fields);
  g_hash_table_remove_all (self->cards);
  for (guint i = 0; i < self->editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (self->editors, i);

      if (RC_IS_SECTION_EDITOR (editor))
        {
          GPtrArray *entries = rc_section_editor_get_entries (RC_SECTION_EDITOR (editor));
          const char *pointer = rc_section_editor_get_pointer (RC_SECTION_EDITOR (editor));

          g_hash_table_insert (self->cards, (gpointer) pointer, editor);
          for (guint j = 0; j < entries->len; j++)
            {
              RcEntryEditor *entry = g_ptr_array_index (entries, j);

              g_hash_table_insert (self->cards, (gpointer) rc_entry_editor_get_pointer (entry),
                                   entry);
              add_fields (self->fields, entry);
            }
        }
      else
        {
          const char *pointer = rc_entry_editor_get_pointer (RC_ENTRY_EDITOR (editor));

          /* Contact and Summary both edit /basics; findings about it belong to Contact */
          if (!g_hash_table_contains (self->cards, pointer))
            g_hash_table_insert (self->cards, (gpointer) pointer, editor);
          add_fields (self->fields, RC_ENTRY_EDITOR (editor));
        }
    }
  self->fields_stale = FALSE;
}

static RcField *
find_field (RcResumeEditor *self,
            const char     *pointer)
{
  RcField *field;
  const char *slash;

  ensure_fields (self);
  field = g_hash_table_lookup (self->fields, pointer);
  if (field != NULL)
    return field;

  /* an item of a list shown as one field: a bullet, a keyword */
  slash = strrchr (pointer, '/');
  if (slash != NULL && slash != pointer)
    {
      g_autofree char *parent = g_strndup (pointer, (gsize) (slash - pointer));

      field = g_hash_table_lookup (self->fields, parent);
      if (field != NULL && (rc_field_get_kind (field) == RC_FIELD_LINES ||
                            rc_field_get_kind (field) == RC_FIELD_LIST))
        return field;
    }
  return NULL;
}

static void ensure_page (RcResumeEditor *self, RcPage page);

RcField *
rc_resume_editor_lookup_field (RcResumeEditor *self,
                               const char     *pointer)
{
  int page;

  g_return_val_if_fail (RC_IS_RESUME_EDITOR (self), NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  page = rc_page_for_pointer (pointer);
  if (page >= 0 && self->document != NULL)
    ensure_page (self, (RcPage) page);
  return find_field (self, pointer);
}

static void
add_to_group (GHashTable *groups,
              gpointer    widget,
              RcFinding  *finding)
{
  GPtrArray *list = g_hash_table_lookup (groups, widget);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (groups, widget, list);
    }
  g_ptr_array_add (list, finding);
}

static void
set_card_findings (GtkWidget *card,
                   GPtrArray *findings)
{
  if (RC_IS_SECTION_EDITOR (card))
    rc_section_editor_set_findings (RC_SECTION_EDITOR (card), findings);
  else
    rc_entry_editor_set_findings (RC_ENTRY_EDITOR (card), findings);
}

/* Findings about a whole entry or list (a project without a link, no certificates) are listed
 * in its card, since no field can underline them */
static void
update_card_notes (RcResumeEditor *self,
                   GHashTable     *by_card)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->marked_cards);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (by_card, key))
      {
        set_card_findings (key, NULL);
        g_hash_table_iter_remove (&iter);
      }

  g_hash_table_iter_init (&iter, by_card);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      set_card_findings (key, value);
      if (!g_hash_table_contains (self->marked_cards, key))
        g_hash_table_add (self->marked_cards, g_object_ref (key));
    }
}

/* A finding about something missing from the whole resume (no pointer), placed where its
 * rule points, so the page and the card it is about can show it; NULL when it has a place */
static RcFinding *
dup_placed_finding (const RcFinding *finding)
{
  const char *place = rc_section_pointer_for_finding (finding);
  RcFinding *placed;

  if (g_strcmp0 (place, finding->pointer) == 0)
    return NULL;
  placed = rc_finding_copy (finding);
  g_free (placed->pointer);
  placed->pointer = g_strdup (place);
  return placed;
}

static void
update_underlines (RcResumeEditor *self)
{
  g_autoptr(GPtrArray) placed = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_finding_free);
  g_autoptr(GHashTable) by_field = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_card = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *findings = self->report != NULL ? rc_report_get_findings (self->report) : NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (findings, i);
      RcFinding *copy = dup_placed_finding (finding);
      RcField *field;
      GtkWidget *card;

      if (copy != NULL)
        {
          g_ptr_array_add (placed, copy);
          finding = copy;
        }
      field = find_field (self, finding->pointer);
      if (field != NULL)
        add_to_group (by_field, field, finding);
      else if ((card = g_hash_table_lookup (self->cards, finding->pointer)) != NULL)
        add_to_group (by_card, card, finding);
    }
  update_card_notes (self, by_card);

  g_hash_table_iter_init (&iter, self->marked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (by_field, key))
      {
        rc_field_set_findings (key, NULL);
        g_hash_table_iter_remove (&iter);
      }

  g_hash_table_iter_init (&iter, by_field);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      rc_field_set_findings (key, value);
      if (!g_hash_table_contains (self->marked, key))
        g_hash_table_add (self->marked, g_object_ref (key));
    }
}

static void
update_badges (RcResumeEditor *self)
{
  GPtrArray *findings = self->report != NULL ? rc_report_get_findings (self->report) : NULL;
  guint counts[RC_N_PAGES][3] = { { 0 } };

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (findings, i);
      int page = rc_page_for_pointer (rc_section_pointer_for_finding (finding));

      if (page >= 0)
        counts[page][finding->level]++;
    }

  for (guint s = 0; s < RC_N_PAGES; s++)
    {
      GtkWidget *badge = self->section_badges[s];
      guint total = counts[s][RC_LEVEL_ERROR] + counts[s][RC_LEVEL_WARNING] +
                    counts[s][RC_LEVEL_SUGGESTION];
      g_autofree char *number = g_strdup_printf ("%u", total);
      g_autoptr(GString) words = g_string_new (NULL);
      g_autofree char *row_label = NULL;
      const char *worst;

      if (counts[s][RC_LEVEL_ERROR] > 0)
        g_string_append_printf (words, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                    counts[s][RC_LEVEL_ERROR]),
                                counts[s][RC_LEVEL_ERROR]);
      if (counts[s][RC_LEVEL_WARNING] > 0)
        {
          if (words->len > 0)
            g_string_append (words, ", ");
          g_string_append_printf (words, g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                      "%u warnings", counts[s][RC_LEVEL_WARNING]),
                                  counts[s][RC_LEVEL_WARNING]);
        }
      if (counts[s][RC_LEVEL_SUGGESTION] > 0)
        {
          if (words->len > 0)
            g_string_append (words, ", ");
          g_string_append_printf (words, g_dngettext (GETTEXT_PACKAGE, "%u suggestion",
                                                      "%u suggestions",
                                                      counts[s][RC_LEVEL_SUGGESTION]),
                                  counts[s][RC_LEVEL_SUGGESTION]);
        }

      worst = counts[s][RC_LEVEL_ERROR] > 0 ? "error"
            : counts[s][RC_LEVEL_WARNING] > 0 ? "warning" : "suggestion";
      gtk_widget_remove_css_class (badge, "error");
      gtk_widget_remove_css_class (badge, "warning");
      gtk_widget_remove_css_class (badge, "suggestion");
      gtk_widget_add_css_class (badge, worst);
      gtk_label_set_text (GTK_LABEL (badge), number);
      gtk_widget_set_visible (badge, total > 0);
      gtk_widget_set_tooltip_text (badge, total > 0 ? words->str : NULL);

      if (total > 0)
        /* TRANSLATORS: a section in the sidebar and what the coach found in it */
        row_label = g_strdup_printf (_("%s, %s"), rc_page_get_title (s), words->str);
      else
        row_label = g_strdup (rc_page_get_title (s));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->section_rows[s]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
    }
}

void
rc_resume_editor_select_page (RcResumeEditor *self,
                              RcPage          page)
{
  g_return_if_fail (RC_IS_RESUME_EDITOR (self));
  g_return_if_fail (page < RC_N_PAGES);

  gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar_list),
                           GTK_LIST_BOX_ROW (self->section_rows[page]));
}

static void
on_sidebar_row_selected_cb (RcResumeEditor *self,
                            GtkListBoxRow  *row)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || index >= RC_N_PAGES || self->document == NULL)
    return;
  ensure_page (self, (RcPage) index);
  gtk_stack_set_visible_child (GTK_STACK (self->section_stack), self->section_pages[index]);
  if (self->page != index)
    {
      self->page = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

/* Folded, the sections and the section chosen are two views */
static gboolean
get_section_shown (RcResumeEditor *self)
{
  return adw_leaflet_get_visible_child (ADW_LEAFLET (self->content)) == self->section_stack;
}

gboolean
rc_resume_editor_get_can_go_back (RcResumeEditor *self)
{
  g_return_val_if_fail (RC_IS_RESUME_EDITOR (self), FALSE);

  return adw_leaflet_get_folded (ADW_LEAFLET (self->content)) && get_section_shown (self);
}

void
rc_resume_editor_go_back (RcResumeEditor *self)
{
  g_return_if_fail (RC_IS_RESUME_EDITOR (self));

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->content), self->sidebar);
  gtk_widget_grab_focus (self->sidebar_list);
}

static void
on_leaflet_changed_cb (RcResumeEditor *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

/* a section clicked or chosen with Enter: in a narrow window, its page replaces the list */
static void
on_sidebar_row_activated_cb (RcResumeEditor *self)
{
  if (!adw_leaflet_get_folded (ADW_LEAFLET (self->content)))
    return;
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->content), self->section_stack);
  gtk_widget_child_focus (self->section_stack, GTK_DIR_TAB_FORWARD);
}

/* Tab leaves the sections for the editor instead of walking through every section */
static gboolean
on_sidebar_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           RcResumeEditor        *self)
{
  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != 0)
    return FALSE;
  return gtk_widget_child_focus (self->section_stack, GTK_DIR_TAB_FORWARD);
}

void
rc_resume_editor_reveal_finding (RcResumeEditor  *self,
                                 const RcFinding *finding)
{
  g_autoptr(RcFinding) placed = NULL;
  GtkWidget *card;
  RcField *field;
  int page;
  double y = 0;

  g_return_if_fail (RC_IS_RESUME_EDITOR (self));
  g_return_if_fail (finding != NULL);

  placed = dup_placed_finding (finding);
  if (placed != NULL)
    finding = placed;
  page = rc_page_for_pointer (finding->pointer);
  if (page < 0 || self->document == NULL)
    return;

  rc_resume_editor_select_page (self, (RcPage) page);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->content), self->section_stack);

  field = rc_resume_editor_lookup_field (self, finding->pointer);
  if (field != NULL)
    {
      rc_field_reveal (field, finding, &y);
      rc_scroll_to_widget (GTK_WIDGET (field), y, 48);
      return;
    }

  /* about a whole entry or list: its card, where the finding is listed */
  card = g_hash_table_lookup (self->cards, finding->pointer);
  if (card == NULL)
    return;
  if (RC_IS_ENTRY_EDITOR (card))
    rc_entry_editor_focus (RC_ENTRY_EDITOR (card), 0);
  else
    gtk_widget_child_focus (card, GTK_DIR_TAB_FORWARD);
  rc_scroll_to_widget (card, 0, 96);
}

static void
build_sidebar (RcResumeEditor *self)
{
  for (guint s = 0; s < RC_N_PAGES; s++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (rc_page_get_title (s));
      GtkWidget *badge = gtk_label_new (NULL);

      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (rc_page_get_icon_name (s)));
      gtk_label_set_xalign (GTK_LABEL (label), 0.f);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_visible (badge, FALSE);
      gtk_box_append (GTK_BOX (box), badge);

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, rc_page_get_title (s),
                                      -1);
      gtk_list_box_append (GTK_LIST_BOX (self->sidebar_list), row);
      self->section_rows[s] = row;
      self->section_badges[s] = badge;
    }
}

static void
clear_pages (RcResumeEditor *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->marked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    rc_field_set_findings (key, NULL);
  g_hash_table_remove_all (self->marked);
  g_hash_table_remove_all (self->marked_cards);
  g_hash_table_remove_all (self->fields);
  g_hash_table_remove_all (self->cards);
  g_ptr_array_set_size (self->editors, 0);

  for (guint s = 0; s < RC_N_PAGES; s++)
    if (self->section_pages[s] != NULL)
      {
        gtk_stack_remove (GTK_STACK (self->section_stack), self->section_pages[s]);
        self->section_pages[s] = NULL;
      }
}

/* Pages are built when first shown: opening a resume builds one section's editors, not all */
static void
ensure_page (RcResumeEditor *self,
             RcPage          page)
{
  guint first = self->editors->len;

  if (self->section_pages[page] != NULL)
    return;

  self->section_pages[page] = rc_page_build (page, self->editors);
  gtk_stack_add_named (GTK_STACK (self->section_stack), self->section_pages[page],
                       rc_page_get_id (page));

  for (guint i = first; i < self->editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (self->editors, i);
      const char *pointer = g_object_get_data (G_OBJECT (editor), "rc-pointer");

      if (RC_IS_SECTION_EDITOR (editor))
        {
          rc_section_editor_bind (RC_SECTION_EDITOR (editor), self->document, pointer);
          g_signal_connect (editor, "entry-removed", G_CALLBACK (on_entry_removed_cb), self);
        }
      else
        {
          rc_entry_editor_bind (RC_ENTRY_EDITOR (editor), self->document, pointer);
        }
    }

  self->fields_stale = TRUE;
  if (self->report != NULL)
    update_underlines (self);
}

static void
on_document_changed_cb (RcDocument     *document,
                        const char     *pointer,
                        RcChangeKind    kind,
                        RcResumeEditor *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (self->editors, i);

      if (RC_IS_SECTION_EDITOR (editor))
        {
          rc_section_editor_sync (RC_SECTION_EDITOR (editor), pointer, kind);
        }
      else
        {
          const char *base = rc_entry_editor_get_pointer (RC_ENTRY_EDITOR (editor));

          if (rc_pointer_is_within (pointer, base) || rc_pointer_is_within (base, pointer))
            rc_entry_editor_sync (RC_ENTRY_EDITOR (editor), pointer);
        }
    }

  if (kind != RC_CHANGE_SET)
    {
      self->fields_stale = TRUE;
    }
  else
    {
      JsonNode *node = rc_document_get (document, pointer);

      /* only a new object or list can bring fields with it */
      if (node == NULL || JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_ARRAY (node))
        self->fields_stale = TRUE;
    }
}

void
rc_resume_editor_set_document (RcResumeEditor *self,
                               RcDocument     *document)
{
  GtkListBoxRow *row;

  g_return_if_fail (RC_IS_RESUME_EDITOR (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  clear_pages (self);
  /* the last report is about the last document: no marks until this one is checked */
  rc_resume_editor_set_report (self, NULL);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect (document, "changed", G_CALLBACK (on_document_changed_cb), self);
      row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list));
      if (row == NULL)
        rc_resume_editor_select_page (self, RC_PAGE_CONTACT);
      else
        on_sidebar_row_selected_cb (self, row);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RcDocument *
rc_resume_editor_get_document (RcResumeEditor *self)
{
  g_return_val_if_fail (RC_IS_RESUME_EDITOR (self), NULL);

  return self->document;
}

void
rc_resume_editor_set_report (RcResumeEditor *self,
                             RcReport       *report)
{
  g_return_if_fail (RC_IS_RESUME_EDITOR (self));

  if (self->report == report)
    return;

  if (report != NULL)
    rc_report_ref (report);
  g_clear_pointer (&self->report, rc_report_unref);
  self->report = report;
  update_underlines (self);
  update_badges (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

RcReport *
rc_resume_editor_get_report (RcResumeEditor *self)
{
  g_return_val_if_fail (RC_IS_RESUME_EDITOR (self), NULL);

  return self->report;
}

void
rc_resume_editor_focus_page (RcResumeEditor *self,
                             RcPage          page)
{
  g_return_if_fail (RC_IS_RESUME_EDITOR (self));
  g_return_if_fail (page < RC_N_PAGES);

  rc_resume_editor_select_page (self, page);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->content), self->sidebar);
  gtk_widget_grab_focus (self->section_rows[page]);
}

static void
rc_resume_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RcResumeEditor *self = RC_RESUME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_REPORT:
      g_value_set_boxed (value, self->report);
      break;

    case PROP_PAGE:
      g_value_set_int (value, self->page);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, rc_resume_editor_get_can_go_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_resume_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcResumeEditor *self = RC_RESUME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rc_resume_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_REPORT:
      rc_resume_editor_set_report (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_resume_editor_dispose (GObject *object)
{
  RcResumeEditor *self = RC_RESUME_EDITOR (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_RESUME_EDITOR);

  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_pointer (&self->marked_cards, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rc_resume_editor_parent_class)->dispose (object);
}

static void
rc_resume_editor_class_init (RcResumeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_resume_editor_dispose;
  object_class->get_property = rc_resume_editor_get_property;
  object_class->set_property = rc_resume_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_boxed ("report", NULL, NULL, RC_TYPE_REPORT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_int ("page", NULL, NULL, -1, RC_N_PAGES - 1, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ENTRY_REMOVED] =
    g_signal_new ("entry-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_STRING, G_TYPE_UINT, JSON_TYPE_NODE, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-resume-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RcResumeEditor, content);
  gtk_widget_class_bind_template_child (widget_class, RcResumeEditor, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RcResumeEditor, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, RcResumeEditor, section_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rc_resume_editor_init (RcResumeEditor *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->page = -1;
  self->editors = g_ptr_array_new ();
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->marked = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->cards = g_hash_table_new (g_str_hash, g_str_equal);
  self->marked_cards = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  build_sidebar (self);
  /* folded, a resume opens on its first section, the list one step back */
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->content), self->section_stack);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_sidebar_key_pressed_cb), self);
  gtk_widget_add_controller (self->sidebar_list, controller);
}

GtkWidget *
rc_resume_editor_new (void)
{
  return g_object_new (RC_TYPE_RESUME_EDITOR, NULL);
}
