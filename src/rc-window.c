/* rc-window.c — the main window: sections, editors and the feedback panel
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-clamp.h"
#include "rc-coach-state.h"
#include "rc-draft-store.h"
#include "rc-engine.h"
#include "rc-entry-editor.h"
#include "rc-export.h"
#include "rc-feedback-panel.h"
#include "rc-job-pane.h"
#include "rc-scroll.h"
#include "rc-section-editor.h"
#include "rc-tips-window.h"
#include "rc-window.h"

#define SAMPLE_RESOURCE "/io/github/resumecoach/ResumeCoach/core/samples/backend-engineer.json"
#define DRAFT_DELAY_MS  2000
#define TOAST_SECONDS   8
#define FEEDBACK_MIN_WIDTH 340  /* the feedback panel's width-request in rc-window.ui */

typedef enum
{
  PENDING_NONE,
  PENDING_CLOSE,
  PENDING_NEW,
  PENDING_OPEN_DIALOG,
  PENDING_OPEN,
  PENDING_SAMPLE,
} PendingAction;

struct _RcWindow
{
  GtkApplicationWindow  parent_instance;

  GtkWidget            *title_label;
  GtkWidget            *modified_label;
  GtkWidget            *subtitle_label;
  GtkWidget            *save_button;
  GtkWidget            *export_button;
  GtkWidget            *job_button;
  GtkWidget            *banner_revealer;
  GtkWidget            *banner_label;
  GtkWidget            *toast_revealer;
  GtkWidget            *toast_label;
  GtkWidget            *toast_undo_button;
  GtkWidget            *main_stack;
  GtkWidget            *recent_box;
  GtkWidget            *recent_list;
  GtkWidget            *welcome_new_button;
  GtkWidget            *outer_paned;
  GtkWidget            *sidebar_list;
  GtkWidget            *section_stack;
  RcJobPane            *job_pane;
  RcFeedbackPanel      *feedback_panel;

  GtkWidget            *section_rows[RC_N_PAGES];
  GtkWidget            *section_badges[RC_N_PAGES];
  GtkWidget            *section_pages[RC_N_PAGES];
  GPtrArray            *editors;
  GHashTable           *fields;
  GHashTable           *cards;
  gboolean              fields_stale;
  GHashTable           *marked;
  GHashTable           *marked_cards;

  RcDocument           *document;
  GFile                *file;
  RcEngine             *engine;
  RcReport             *report;
  guint                 check_source;
  guint                 pages_source;
  gboolean              job_visible;
  gboolean              paned_placed;
  int                   placed_feedback_width;

  char                 *draft_id;
  guint                 draft_source;

  GCancellable         *cancellable;
  PendingAction         pending;
  GFile                *pending_file;
  gboolean              close_confirmed;
  gboolean              saving;
  GtkNativeDialog      *chooser;

  char                 *toast_pointer;
  guint                 toast_index;
  JsonNode             *toast_item;
  guint                 toast_source;
};

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_JOB_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void save_document (RcWindow *self, GFile *file);
static void show_save_dialog (RcWindow *self);
static void run_pending (RcWindow *self);

static RcApplication *
get_app (RcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return RC_IS_APPLICATION (app) ? RC_APPLICATION (app) : NULL;
}

static RcDraftStore *
get_draft_store (RcWindow *self)
{
  RcApplication *app = get_app (self);

  return app != NULL ? rc_application_get_draft_store (app) : NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */

static void
show_error (RcWindow   *self,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

static void
hide_toast (RcWindow *self)
{
  g_clear_handle_id (&self->toast_source, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast_revealer), FALSE);
  g_clear_pointer (&self->toast_pointer, g_free);
  g_clear_pointer (&self->toast_item, json_node_unref);
}

static gboolean
on_toast_timeout_cb (gpointer data)
{
  RcWindow *self = data;

  self->toast_source = 0;
  hide_toast (self);
  return G_SOURCE_REMOVE;
}

static void
show_toast (RcWindow   *self,
            const char *text,
            gboolean    undoable)
{
  g_clear_handle_id (&self->toast_source, g_source_remove);
  gtk_label_set_text (GTK_LABEL (self->toast_label), text);
  gtk_widget_set_visible (self->toast_undo_button, undoable);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast_revealer), TRUE);
  self->toast_source = g_timeout_add_seconds (TOAST_SECONDS, on_toast_timeout_cb, self);
}

static void
on_toast_undo_clicked_cb (RcWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->document != NULL && self->toast_item != NULL &&
      !rc_document_insert (self->document, self->toast_pointer, (int) self->toast_index,
                           self->toast_item, &error))
    g_warning ("Could not restore %s/%u: %s", self->toast_pointer, self->toast_index,
               error->message);
  hide_toast (self);
}

static void
on_entry_removed_cb (RcSectionEditor *editor,
                     const char      *array_pointer,
                     guint            index,
                     JsonNode        *item,
                     const char      *title,
                     RcWindow        *self)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: shown after removing an entry, with an Undo button */
  text = g_strdup_printf (_("Removed “%s”"), title);
  show_toast (self, text, TRUE);
  g_free (self->toast_pointer);
  self->toast_pointer = g_strdup (array_pointer);
  self->toast_index = index;
  g_clear_pointer (&self->toast_item, json_node_unref);
  self->toast_item = json_node_copy (item);
}

static void
on_banner_dismiss_clicked_cb (RcWindow *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), FALSE);
}

void
rc_window_show_rule_errors (RcWindow  *self,
                            GPtrArray *errors)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (RC_IS_WINDOW (self));

  if (errors == NULL || errors->len == 0)
    return;

  g_string_append (text, g_dngettext (GETTEXT_PACKAGE,
                                      "A rule pack of yours was skipped; the built-in rules "
                                      "still apply.",
                                      "Some rule packs of yours were skipped; the built-in "
                                      "rules still apply.",
                                      errors->len));
  for (guint i = 0; i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);

      g_string_append_c (text, '\n');
      g_string_append (text, error->message);
    }
  gtk_label_set_text (GTK_LABEL (self->banner_label), text->str);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), TRUE);
}

/* ------------------------------------------------------------------------------------------ */
/* Title                                                                                       */

static char *
dup_document_title (RcWindow *self)
{
  const char *name;

  if (self->file != NULL)
    return dup_display_name (self->file);
  if (self->document != NULL)
    {
      name = rc_document_get_string (self->document, "/basics/name");
      if (name != NULL && *name != '\0')
        return g_strdup (name);
    }
  return g_strdup (_("New Resume"));
}

static void
update_title (RcWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean modified;

  if (self->document == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->title_label), _("Resume Coach"));
      gtk_widget_set_visible (self->modified_label, FALSE);
      gtk_widget_set_visible (self->subtitle_label, FALSE);
      gtk_window_set_title (GTK_WINDOW (self), _("Resume Coach"));
      return;
    }

  title = dup_document_title (self);
  modified = rc_document_get_modified (self->document);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;
      const char *home = g_get_home_dir ();
      gsize n = strlen (home);

      /* "~/Documents", but "/home/ann" is not in the home of "/home/an" */
      if (path != NULL && strncmp (path, home, n) == 0 && (path[n] == '/' || path[n] == '\0'))
        subtitle = g_strconcat ("~", path + n, NULL);
      else
        subtitle = g_steal_pointer (&path);
    }
  else
    {
      subtitle = g_strdup (_("Not saved yet"));
    }

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_visible (self->modified_label, modified);
  gtk_label_set_text (GTK_LABEL (self->subtitle_label), subtitle);
  gtk_widget_set_visible (self->subtitle_label, subtitle != NULL);

  /* TRANSLATORS: the window title; the first %s marks unsaved changes with "*" */
  window_title = g_strdup_printf (_("%s%s — Resume Coach"), modified ? "*" : "", title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/* ------------------------------------------------------------------------------------------ */
/* Fields and findings                                                                         */

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
ensure_fields (RcWindow *self)
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

          g_hash_table_insert (self->cards,
                               (gpointer) rc_section_editor_get_pointer (RC_SECTION_EDITOR (editor)),
                               editor);
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
find_field (RcWindow   *self,
            const char *pointer)
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

static void ensure_page (RcWindow *self, RcPage section);

RcField *
rc_window_lookup_field (RcWindow   *self,
                        const char *pointer)
{
  int section;

  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  section = rc_page_for_pointer (pointer);
  if (section >= 0 && self->document != NULL)
    ensure_page (self, (RcPage) section);
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
update_card_notes (RcWindow   *self,
                   GHashTable *by_card)
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
update_underlines (RcWindow *self)
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
update_badges (RcWindow *self)
{
  GPtrArray *findings = self->report != NULL ? rc_report_get_findings (self->report) : NULL;
  guint counts[RC_N_PAGES][3] = { { 0 } };

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (findings, i);
      int section = rc_page_for_pointer (rc_section_pointer_for_finding (finding));

      if (section >= 0)
        counts[section][finding->level]++;
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

static gboolean on_pages_idle_cb (gpointer data);

static void
run_check (RcWindow *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);

  if (self->document == NULL || self->engine == NULL)
    return;

  g_clear_pointer (&self->report, rc_report_unref);
  self->report = rc_engine_check (self->engine, self->document, NULL);

  rc_feedback_panel_set_report (self->feedback_panel, self->report);
  rc_job_pane_set_ats (self->job_pane, rc_report_get_ats (self->report));
  update_underlines (self);
  update_badges (self);

  /* laying the pages out again waits until the typing does (PRODUCT.md §7) */
  if (rc_report_get_pages_pending (self->report) && self->pages_source == 0)
    self->pages_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_pages_idle_cb, self, NULL);
}

static gboolean
on_pages_idle_cb (gpointer data)
{
  RcWindow *self = data;

  self->pages_source = 0;
  if (self->document != NULL && self->engine != NULL &&
      rc_engine_update_pages (self->engine, self->document))
    run_check (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_check_idle_cb (gpointer data)
{
  RcWindow *self = data;

  self->check_source = 0;
  run_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (RcWindow *self)
{
  /* every change of one main-loop turn is checked once, before the frame is drawn */
  if (self->check_source == 0)
    self->check_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_check_idle_cb, self, NULL);
}

void
rc_window_check_now (RcWindow *self)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  if (self->check_source != 0)
    run_check (self);
}

RcReport *
rc_window_get_report (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->report;
}

/* ------------------------------------------------------------------------------------------ */
/* Sections                                                                                    */

void
rc_window_select_section (RcWindow  *self,
                          RcPage     section)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (section < RC_N_PAGES);

  gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar_list),
                           GTK_LIST_BOX_ROW (self->section_rows[section]));
}

static void
on_sidebar_row_selected_cb (RcWindow      *self,
                            GtkListBoxRow *row)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || index >= RC_N_PAGES || self->document == NULL)
    return;
  ensure_page (self, (RcPage) index);
  gtk_stack_set_visible_child (GTK_STACK (self->section_stack), self->section_pages[index]);
}

/* Tab leaves the sections for the editor instead of walking through every section */
static gboolean
on_sidebar_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           RcWindow              *self)
{
  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != 0)
    return FALSE;
  return gtk_widget_child_focus (self->section_stack, GTK_DIR_TAB_FORWARD);
}

void
rc_window_reveal_finding (RcWindow        *self,
                          const RcFinding *finding)
{
  g_autoptr(RcFinding) placed = NULL;
  GtkWidget *card;
  RcField *field;
  int section;
  double y = 0;

  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (finding != NULL);

  placed = dup_placed_finding (finding);
  if (placed != NULL)
    finding = placed;
  section = rc_page_for_pointer (finding->pointer);
  if (section < 0 || self->document == NULL)
    return;

  rc_window_select_section (self, (RcPage) section);

  field = rc_window_lookup_field (self, finding->pointer);
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
on_finding_activated_cb (RcWindow  *self,
                         RcFinding *finding)
{
  rc_window_reveal_finding (self, finding);
}

static void
on_apply_fix_cb (RcWindow  *self,
                 RcFinding *finding)
{
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  if (!rc_finding_apply_fix (finding, self->document, &error))
    show_error (self, _("Could not apply the fix"), error->message);
}

static void
on_ignore_cb (RcWindow  *self,
              RcFinding *finding)
{
  if (self->document != NULL)
    rc_coach_state_ignore (self->document, finding);
}

static void
on_restore_ignored_cb (RcWindow *self)
{
  if (self->document != NULL)
    rc_coach_state_unignore_all (self->document);
}

static void
on_learn_more_cb (RcWindow  *self,
                  RcFinding *finding)
{
  rc_tips_window_present_for_finding (GTK_WINDOW (self), self->document, finding);
}

static void
build_sidebar (RcWindow *self)
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
clear_pages (RcWindow *self)
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
ensure_page (RcWindow  *self,
             RcPage     section)
{
  guint first = self->editors->len;

  if (self->section_pages[section] != NULL)
    return;

  self->section_pages[section] = rc_page_build (section, self->editors);
  gtk_stack_add_named (GTK_STACK (self->section_stack), self->section_pages[section],
                       rc_page_get_id (section));

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

/* ------------------------------------------------------------------------------------------ */
/* The document                                                                                */

static void
remove_draft (RcWindow *self)
{
  RcDraftStore *store = get_draft_store (self);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (store != NULL && self->draft_id != NULL)
    rc_draft_store_remove (store, self->draft_id);
}

static gboolean
on_draft_timeout_cb (gpointer data)
{
  RcWindow *self = data;
  RcDraftStore *store = get_draft_store (self);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  self->draft_source = 0;
  if (store == NULL || self->document == NULL || !rc_document_get_modified (self->document))
    return G_SOURCE_REMOVE;

  title = dup_document_title (self);
  if (!rc_draft_store_save (store, self->draft_id, self->document, self->file, title, &error))
    g_debug ("Could not keep a draft: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (RcWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, on_draft_timeout_cb, self);
}

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcWindow     *self)
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

  if (self->file == NULL && (rc_pointer_is_within (pointer, "/basics/name") ||
                             rc_pointer_is_within ("/basics/name", pointer)))
    update_title (self);

  schedule_check (self);
  schedule_draft (self);
}

static void
on_modified_changed_cb (RcDocument *document,
                        GParamSpec *pspec,
                        RcWindow   *self)
{
  update_title (self);
}

static void
set_actions_enabled (RcWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-menu", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-job", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", has_document);
  gtk_widget_set_sensitive (self->export_button, has_document);

  /* the welcome page has nothing to save, export or match: no greyed-out buttons there */
  gtk_widget_set_visible (self->save_button, has_document);
  gtk_widget_set_visible (self->export_button, has_document);
  gtk_widget_set_visible (self->job_button, has_document);
}

void
rc_window_set_document (RcWindow   *self,
                        RcDocument *document,
                        GFile      *file)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  remove_draft (self);
  hide_toast (self);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->pages_source, g_source_remove);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  clear_pages (self);
  g_clear_pointer (&self->report, rc_report_unref);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_free (self->draft_id);
  self->draft_id = g_uuid_string_random ();

  rc_feedback_panel_set_document (self->feedback_panel, document);
  rc_job_pane_set_document (self->job_pane, document);

  if (document == NULL)
    {
      rc_feedback_panel_set_report (self->feedback_panel, NULL);
      rc_job_pane_set_ats (self->job_pane, NULL);
      gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "welcome");
      gtk_widget_grab_focus (self->welcome_new_button);
      update_title (self);
      set_actions_enabled (self);
      return;
    }

  g_signal_connect (document, "changed", G_CALLBACK (on_document_changed_cb), self);
  g_signal_connect (document, "notify::modified", G_CALLBACK (on_modified_changed_cb), self);

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "editor");
  if (gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list)) == NULL)
    rc_window_select_section (self, RC_PAGE_CONTACT);
  else
    on_sidebar_row_selected_cb (self, gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list)));

  update_title (self);
  set_actions_enabled (self);
  run_check (self);

  if (rc_document_get_modified (document))
    schedule_draft (self);
}

RcDocument *
rc_window_get_document (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
rc_window_get_file (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->file;
}

const char *
rc_window_get_draft_id (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->draft_id;
}

static void
add_recent (RcWindow *self,
            GFile    *file)
{
  RcApplication *app = get_app (self);

  if (app != NULL)
    rc_application_add_recent (app, file);
}

typedef struct
{
  RcWindow *window;
  GFile    *file;
} FileOp;

static FileOp *
file_op_new (RcWindow *window,
             GFile    *file)
{
  FileOp *op = g_new0 (FileOp, 1);

  op->window = g_object_ref (window);
  op->file = g_object_ref (file);
  return op;
}

static void
file_op_free (FileOp *op)
{
  g_object_unref (op->window);
  g_object_unref (op->file);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileOp, file_op_free)

static void
on_load_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FileOp) op = user_data;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = rc_document_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      g_autofree char *name = dup_display_name (op->file);
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      show_error (op->window, primary, error->message);
      return;
    }

  rc_window_set_document (op->window, document, op->file);
  add_recent (op->window, op->file);
}

void
rc_window_open_file (RcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  rc_document_load_async (file, self->cancellable, on_load_cb, file_op_new (self, file));
}

gboolean
rc_window_open_sample (RcWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      document = rc_document_new_from_data (data, (gssize) size, &error);
    }
  if (document == NULL)
    {
      show_error (self, _("Could not open the sample"), error->message);
      return FALSE;
    }

  rc_window_set_document (self, document, NULL);
  return TRUE;
}

gboolean
rc_window_restore_draft (RcWindow    *self,
                         const char  *draft_id,
                         GError     **error)
{
  RcDraftStore *store = get_draft_store (self);
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  if (store == NULL)
    return FALSE;
  document = rc_draft_store_load (store, draft_id, &file, error);
  if (document == NULL)
    return FALSE;

  rc_window_set_document (self, document, file);
  /* keep writing to the same draft until it is saved or discarded */
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Unsaved changes                                                                             */

static void
on_save_changes_response_cb (GtkDialog *dialog,
                             int        response,
                             RcWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      if (self->file != NULL)
        save_document (self, self->file);
      else
        show_save_dialog (self);
      break;

    case GTK_RESPONSE_REJECT:
      run_pending (self);
      break;

    default:
      self->pending = PENDING_NONE;
      g_clear_object (&self->pending_file);
      break;
    }
}

static void
ask_save_changes (RcWindow *self)
{
  g_autofree char *title = dup_document_title (self);
  GtkWidget *dialog, *button;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s”?"), title);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you don’t save, your changes will be lost."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (button, "destructive-action");
  button = gtk_dialog_add_button (GTK_DIALOG (dialog),
                                  self->file != NULL ? _("_Save") : _("_Save As…"),
                                  GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_changes_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
maybe_save_then (RcWindow      *self,
                 PendingAction  action,
                 GFile         *file)
{
  self->pending = action;
  g_set_object (&self->pending_file, file);

  if (self->document != NULL && rc_document_get_modified (self->document))
    ask_save_changes (self);
  else
    run_pending (self);
}

/* ------------------------------------------------------------------------------------------ */
/* File choosers                                                                               */

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("JSON Resume"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        rc_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
show_open_dialog (RcWindow *self)
{
  g_autoptr(GtkFileFilter) filter = json_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Resume"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static char *
dup_suggested_name (RcWindow   *self,
                    const char *extension)
{
  const char *name = rc_document_get_string (self->document, "/basics/name");
  g_autofree char *stem = NULL;

  if (self->file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->file);
      char *dot = strrchr (base, '.');

      if (dot != NULL)
        *dot = '\0';
      stem = g_steal_pointer (&base);
    }
  else if (name != NULL && *name != '\0')
    {
      /* TRANSLATORS: the file name offered when saving, e.g. "Elena Marsh Resume" */
      stem = g_strdup_printf (_("%s Resume"), name);
    }
  else
    {
      stem = g_strdup (_("Resume"));
    }

  return g_strconcat (stem, ".", extension, NULL);
}

/* Save As and Export start in the resume's folder, not wherever the app was started */
static void
set_chooser_folder (RcWindow       *self,
                    GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RcWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    {
      save_document (self, file);
    }
  else
    {
      self->pending = PENDING_NONE;
      g_clear_object (&self->pending_file);
    }
}

static void
show_save_dialog (RcWindow *self)
{
  g_autoptr(GtkFileFilter) filter = json_filter ();
  g_autofree char *name = dup_suggested_name (self, "json");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Resume"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FileOp) op = user_data;
  RcWindow *self = op->window;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!rc_document_save_finish (RC_DOCUMENT (source), result, &error))
    {
      g_autofree char *name = NULL;
      g_autofree char *primary = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      name = dup_display_name (op->file);
      primary = g_strdup_printf (_("Could not save “%s”"), name);
      show_error (self, primary, error->message);
      self->pending = PENDING_NONE;
      g_clear_object (&self->pending_file);
      return;
    }

  if (RC_DOCUMENT (source) != self->document)
    return;

  g_set_object (&self->file, op->file);
  /* edits made while saving are not in the file: their draft stays */
  if (rc_document_get_modified (self->document))
    schedule_draft (self);
  else
    remove_draft (self);
  add_recent (self, op->file);
  update_title (self);

  if (self->pending != PENDING_NONE)
    run_pending (self);
}

static void
save_document (RcWindow *self,
               GFile    *file)
{
  if (self->document == NULL || self->saving)
    return;

  self->saving = TRUE;
  rc_document_save_async (self->document, file, self->cancellable, on_saved_cb,
                          file_op_new (self, file));
}

typedef struct
{
  RcWindow       *window;
  RcExportFormat  format;
} ExportData;

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  ExportData *data = user_data;
  RcWindow *self = data->window;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL && self->document != NULL)
    {
      g_autofree char *name = dup_display_name (file);

      if (rc_export_to_file (self->document, data->format, file, NULL, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

          show_toast (self, text, FALSE);
        }
      else
        {
          g_autofree char *primary = g_strdup_printf (_("Could not export “%s”"), name);

          show_error (self, primary, error->message);
        }
    }

  g_object_unref (data->window);
  g_free (data);
}

static void
show_export_dialog (RcWindow       *self,
                    RcExportFormat  format)
{
  const char *extension = rc_export_format_extension (format);
  g_autofree char *name = dup_suggested_name (self, extension);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", extension, NULL);
  GtkFileChooserNative *chooser;
  ExportData *data;
  const char *title;

  switch (format)
    {
    case RC_EXPORT_PDF: title = _("Export as PDF"); break;
    case RC_EXPORT_MARKDOWN: title = _("Export as Markdown"); break;
    case RC_EXPORT_JSON: title = _("Export as JSON Resume"); break;
    case RC_EXPORT_TEXT:
    default: title = _("Export as Plain Text"); break;
    }

  gtk_file_filter_set_name (filter, title);
  gtk_file_filter_add_pattern (filter, pattern);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  data = g_new0 (ExportData, 1);
  data->window = g_object_ref (self);
  data->format = format;
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), data);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
run_pending (RcWindow *self)
{
  PendingAction action = self->pending;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);

  self->pending = PENDING_NONE;

  switch (action)
    {
    case PENDING_CLOSE:
      remove_draft (self);
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    case PENDING_NEW:
      {
        g_autoptr(RcDocument) document = rc_document_new ();

        rc_window_set_document (self, document, NULL);
        rc_window_select_section (self, RC_PAGE_CONTACT);
      }
      break;

    case PENDING_OPEN_DIALOG:
      show_open_dialog (self);
      break;

    case PENDING_OPEN:
      if (file != NULL)
        rc_window_open_file (self, file);
      break;

    case PENDING_SAMPLE:
      rc_window_open_sample (self);
      break;

    case PENDING_NONE:
    default:
      break;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Actions                                                                                     */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  maybe_save_then (RC_WINDOW (widget), PENDING_NEW, NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  maybe_save_then (RC_WINDOW (widget), PENDING_OPEN_DIALOG, NULL);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  maybe_save_then (RC_WINDOW (widget), PENDING_SAMPLE, NULL);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  maybe_save_then (RC_WINDOW (widget), PENDING_OPEN, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (self->file != NULL)
    save_document (self, self->file);
  else
    show_save_dialog (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document != NULL)
    show_save_dialog (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  RcExportFormat format;

  if (self->document == NULL ||
      !rc_export_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;
  show_export_dialog (self, format);
}

static void
export_menu_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  if (self->document != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->export_button));
}

static void
show_tips_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rc_tips_window_present_entry (GTK_WINDOW (widget), NULL);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  int section = g_variant_get_int32 (parameter);

  if (section >= 0 && section < RC_N_PAGES)
    {
      rc_window_select_section (RC_WINDOW (widget), (RcPage) section);
      gtk_widget_grab_focus (RC_WINDOW (widget)->section_rows[section]);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Welcome page, drops                                                                         */

static void
on_recent_row_activated_cb (RcWindow      *self,
                            GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "rc-uri");

  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-recent", "s", uri);
}

static void
fill_recent (RcWindow *self)
{
  RcApplication *app = get_app (self);
  g_auto(GStrv) uris = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);

  if (app != NULL)
    uris = rc_application_dup_recent (app);

  for (guint i = 0; uris != NULL && uris[i] != NULL && shown < 5; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
      GtkWidget *row, *box, *label;

      if (!g_file_query_exists (file, NULL))
        continue;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      label = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (label), 0.f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_box_append (GTK_BOX (box), label);
      label = gtk_label_new (folder);
      gtk_label_set_xalign (GTK_LABEL (label), 0.f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_START);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "rc-uri", g_strdup (uris[i]), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_list_box_append (GTK_LIST_BOX (self->recent_list), row);
      shown++;
    }

  gtk_widget_set_visible (self->recent_box, shown > 0);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            RcWindow      *self)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;
  maybe_save_then (self, PENDING_OPEN, file);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                     */

static gboolean
rc_window_close_request (GtkWindow *window)
{
  RcWindow *self = RC_WINDOW (window);
  RcApplication *app = get_app (self);

  if (!self->close_confirmed && self->document != NULL &&
      rc_document_get_modified (self->document))
    {
      maybe_save_then (self, PENDING_CLOSE, NULL);
      return TRUE;
    }

  if (app != NULL)
    {
      GSettings *settings = rc_application_get_settings (app);
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
      /* only a width the user chose by dragging: not one narrowed to fit a small window */
      if (self->paned_placed && gtk_widget_get_width (self->outer_paned) > 0)
        {
          int feedback = gtk_widget_get_width (self->outer_paned) -
                         gtk_paned_get_position (GTK_PANED (self->outer_paned));

          if (ABS (feedback - self->placed_feedback_width) > 1)
            g_settings_set_int (settings, "feedback-width", CLAMP (feedback, 300, 1200));
        }
    }

  remove_draft (self);
  return GTK_WINDOW_CLASS (rc_window_parent_class)->close_request (window);
}

static void
rc_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  RcWindow *self = RC_WINDOW (widget);

  /* the feedback panel keeps its width; the editor takes what the window gains */
  if (!self->paned_placed && self->document != NULL)
    {
      RcApplication *app = get_app (self);
      int feedback = app != NULL
                   ? g_settings_get_int (rc_application_get_settings (app), "feedback-width")
                   : 440;

      /* in a small window the editor needs the room more than the panel does */
      feedback = MIN (feedback, MAX (FEEDBACK_MIN_WIDTH, width * 9 / 25));
      gtk_paned_set_position (GTK_PANED (self->outer_paned), MAX (width - feedback, 0));
      self->paned_placed = TRUE;
      self->placed_feedback_width = feedback;
    }

  GTK_WIDGET_CLASS (rc_window_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
rc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_JOB_VISIBLE:
      g_value_set_boolean (value, self->job_visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_job_visible (RcWindow *self,
                 gboolean  visible)
{
  if (self->job_visible == visible)
    return;

  self->job_visible = visible;
  gtk_widget_set_visible (GTK_WIDGET (self->job_pane), visible);
  if (visible)
    gtk_widget_child_focus (GTK_WIDGET (self->job_pane), GTK_DIR_TAB_FORWARD);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_VISIBLE]);
}

static void
rc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_JOB_VISIBLE:
      set_job_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_window_dispose (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->pages_source, g_source_remove);
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  g_clear_pointer (&self->toast_pointer, g_free);
  g_clear_pointer (&self->toast_item, json_node_unref);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WINDOW);

  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_pointer (&self->marked_cards, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->engine);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rc_window_parent_class)->dispose (object);
}

static void
rc_window_finalize (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  g_clear_pointer (&self->draft_id, g_free);
  G_OBJECT_CLASS (rc_window_parent_class)->finalize (object);
}

static void
rc_window_class_init (RcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rc_window_dispose;
  object_class->finalize = rc_window_finalize;
  object_class->get_property = rc_window_get_property;
  object_class->set_property = rc_window_set_property;
  widget_class->size_allocate = rc_window_size_allocate;
  window_class->close_request = rc_window_close_request;

  properties[PROP_JOB_VISIBLE] =
    g_param_spec_boolean ("job-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_CLAMP);
  g_type_ensure (RC_TYPE_FEEDBACK_PANEL);
  g_type_ensure (RC_TYPE_JOB_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, modified_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, job_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toast_undo_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, welcome_new_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, job_pane);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, feedback_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_dismiss_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_toast_undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, hide_toast);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_fix_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ignore_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_learn_more_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_ignored_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-menu", NULL, export_menu_action);
  gtk_widget_class_install_action (widget_class, "win.show-tips", NULL, show_tips_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "i", show_section_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-job", "job-visible");
}

static void
rc_window_init (RcWindow *self)
{
  GtkEventController *controller;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new ();
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->marked = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->cards = g_hash_table_new (g_str_hash, g_str_equal);
  self->marked_cards = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->cancellable = g_cancellable_new ();
  self->draft_id = g_uuid_string_random ();

  build_sidebar (self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_sidebar_key_pressed_cb), self);
  gtk_widget_add_controller (self->sidebar_list, controller);

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_widget_set_visible (GTK_WIDGET (self->job_pane), FALSE);
  gtk_window_set_focus (GTK_WINDOW (self), self->welcome_new_button);
  set_actions_enabled (self);
}

RcWindow *
rc_window_new (RcApplication *application)
{
  GSettings *settings;
  RcWindow *self;

  g_return_val_if_fail (RC_IS_APPLICATION (application), NULL);

  self = g_object_new (RC_TYPE_WINDOW, "application", application, NULL);

  settings = rc_application_get_settings (application);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  self->engine = rc_engine_new (rc_application_get_rule_set (application));
  rc_engine_set_defer_pages (self->engine, TRUE);
  rc_window_show_rule_errors (self, rc_application_get_rule_errors (application));
  fill_recent (self);

  return self;
}
