/* rc-window.c — the main window: the welcome page or the editor, the panel, title and toasts
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-coach-state.h"
#include "rc-entry-editor.h"
#include "rc-tips-window.h"
#include "rc-window-private.h"

#define TOAST_SECONDS   8

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_JOB_VISIBLE,
  PROP_PREVIEW_VISIBLE,
  PROP_TEMPLATE,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

RcApplication *
_rc_window_get_app (RcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return RC_IS_APPLICATION (app) ? RC_APPLICATION (app) : NULL;
}

void
_rc_window_add_recent (RcWindow *self,
                       GFile    *file)
{
  RcApplication *app = _rc_window_get_app (self);

  if (app != NULL)
    rc_application_add_recent (app, file);
}

/* ------------------------------------------------------------------------------------------ */
/* Messages                                                                                    */

void
_rc_window_show_error (RcWindow   *self,
                       const char *primary,
                       const char *secondary)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), primary, secondary);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What Undo would restore goes with the toast that offers it */
static void
clear_toast_undo (RcWindow *self)
{
  g_clear_pointer (&self->toast_pointer, g_free);
  g_clear_pointer (&self->toast_item, json_node_unref);
  g_clear_pointer (&self->toast_resume, g_free);
  g_clear_pointer (&self->toast_value, g_free);
}

static void
hide_toast (RcWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->toast);

  clear_toast_undo (self);
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
on_toast_dismissed_cb (RcWindow *self,
                       AdwToast *toast)
{
  /* a toast dismissed cannot be shown again: the next message gets a new one */
  if (toast == self->toast)
    {
      clear_toast_undo (self);
      g_clear_object (&self->toast);
    }
}

/* A new message replaces the one shown, in the same toast: an Undo left behind would restore
 * something older than the user's last change.  (Dismissing a toast for a new one also lets
 * libadwaita 1.2 free a toast that is still sliding in.)  The caller sets what Undo restores
 * after this. */
void
_rc_window_show_toast (RcWindow   *self,
                       const char *text,
                       gboolean    undoable)
{
  g_autofree char *title = g_markup_escape_text (text, -1);

  clear_toast_undo (self);
  if (self->toast == NULL)
    {
      self->toast = adw_toast_new (title);
      adw_toast_set_timeout (self->toast, TOAST_SECONDS);
      g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  adw_toast_set_title (self->toast, title);
  adw_toast_set_button_label (self->toast, undoable ? _("_Undo") : NULL);
  adw_toast_set_action_name (self->toast, undoable ? "win.undo-toast" : NULL);
  /* one shown already starts its timeout again */
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}

static void
undo_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->document != NULL && self->toast_resume != NULL)
    {
      if (!rc_document_set_json (self->document, "", self->toast_resume, &error))
        g_warning ("Could not undo the fix: %s", error->message);
    }
  else if (self->document != NULL && self->toast_item != NULL &&
      !rc_document_insert (self->document, self->toast_pointer, (int) self->toast_index,
                           self->toast_item, &error))
    g_warning ("Could not restore %s/%u: %s", self->toast_pointer, self->toast_index,
               error->message);
  else if (self->document != NULL && self->toast_value != NULL &&
           !rc_document_set_string (self->document, self->toast_pointer, self->toast_value,
                                    &error))
    g_warning ("Could not restore %s: %s", self->toast_pointer, error->message);
  else if (self->document != NULL && self->toast_item == NULL && self->toast_value == NULL &&
           self->toast_pointer != NULL && !rc_document_remove (self->document, self->toast_pointer, &error))
    g_warning ("Could not remove %s: %s", self->toast_pointer, error->message);
  hide_toast (self);
}

/* A fix that puts a new value in place (a list split, keys renamed) changes more than the
 * marked words, so it comes with an Undo: the resume as it was */
static void
on_apply_fix_cb (RcWindow  *self,
                 RcFinding *finding)
{
  g_clear_pointer (&self->fixing, g_free);
  if (self->document != NULL && rc_finding_fix_is_value (finding))
    self->fixing = rc_document_to_data (self->document, NULL);
}

static void
on_fix_applied_cb (RcWindow  *self,
                   RcFinding *finding)
{
  g_autofree char *before = g_steal_pointer (&self->fixing);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  if (before == NULL || self->document == NULL)
    return;
  after = rc_document_to_data (self->document, NULL);
  if (strcmp (before, after) == 0)
    return;
  /* TRANSLATORS: shown after a one-click fix, with an Undo button; %s is the finding */
  text = g_strdup_printf (_("Fixed: %s"), finding->message);
  _rc_window_show_toast (self, text, TRUE);
  self->toast_resume = g_steal_pointer (&before);
}

/* the job pane added a missing keyword to the skills: say so, with an Undo */
static void
on_skill_added_cb (RcWindow   *self,
                   const char *name,
                   const char *pointer)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: shown after adding a job's keyword to the resume's skills, with an Undo button */
  text = g_strdup_printf (_("Added “%s” to Skills"), name);
  _rc_window_show_toast (self, text, TRUE);
  self->toast_pointer = g_strdup (pointer);
}

/* ------------------------------------------------------------------------------------------ */
/* Folding                                                                                     */

static gboolean
get_folded (RcWindow *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
}

static gboolean
get_feedback_shown (RcWindow *self)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (ADW_LEAFLET (self->leaflet)),
                    "feedback") == 0;
}

/* The header and the view bar for the page shown and the room there is.  Folded, the view bar
 * switches between the resume and its feedback and the back button leads from a section to
 * the sections; when the header is short of room, Job Match moves beside the feedback (and
 * the guide is in the primary menu). */
static void
update_layout (RcWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean folded = get_folded (self);
  gboolean feedback = folded && get_feedback_shown (self);
  gboolean squeezed = adw_squeezer_get_visible_child (ADW_SQUEEZER (self->header_squeezer)) == NULL;

  gtk_widget_set_visible (self->view_bar, has_document && folded);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (feedback ? self->feedback_view_button
                                                            : self->editor_view_button), TRUE);
  gtk_widget_set_visible (self->back_button,
                          has_document && !feedback &&
                          rc_resume_editor_get_can_go_back (self->resume_editor));
  /* the welcome page has nothing to save, export or match: no greyed-out buttons there */
  gtk_widget_set_visible (self->save_button, has_document);
  gtk_widget_set_visible (self->export_button, has_document);
  gtk_widget_set_visible (self->job_button, has_document);
  gtk_widget_set_visible (self->side_job_button, squeezed);
}

static gboolean
update_layout_idle (gpointer data)
{
  RcWindow *self = data;

  self->layout_idle = 0;
  update_layout (self);
  return G_SOURCE_REMOVE;
}

/* The leaflets and the squeezer say so while they are being allocated: the header changes
 * once that is done, before the frame is drawn */
static void
on_leaflet_changed_cb (RcWindow *self)
{
  if (self->layout_idle == 0)
    self->layout_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_layout_idle, self, NULL);
}

static void
on_view_button_toggled_cb (RcWindow        *self,
                           GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet),
                                        GTK_WIDGET (button) == self->feedback_view_button
                                        ? "feedback" : "editor");
}

static void
on_back_clicked_cb (RcWindow *self)
{
  rc_resume_editor_go_back (self->resume_editor);
}

/* Folded, the resume's view: what the user goes to from a finding, a keyword or the preview */
static void
show_editor (RcWindow *self)
{
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet), "editor");
}

static void
show_feedback (RcWindow *self)
{
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet), "feedback");
}

/* A labelled header button that gives way to its icon when the header is short of room:
 * GtkButton, GtkToggleButton or GtkMenuButton, with a mnemonic label already set */
static void
make_compact (GtkWidget  *button,
              const char *icon_name)
{
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *label;
  const char *text;

  if (GTK_IS_MENU_BUTTON (button))
    text = gtk_menu_button_get_label (GTK_MENU_BUTTON (button));
  else
    text = gtk_button_get_label (GTK_BUTTON (button));
  label = gtk_label_new_with_mnemonic (text);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), label);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_image_new_from_icon_name (icon_name));
  /* the name stays the button's when only the icon shows */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (label)), -1);
  if (GTK_IS_MENU_BUTTON (button))
    gtk_menu_button_set_child (GTK_MENU_BUTTON (button), squeezer);
  else
    gtk_button_set_child (GTK_BUTTON (button), squeezer);
}

/* the field at @pointer, the cursor at its start or end */
static void
reveal_field (RcWindow   *self,
              const char *pointer,
              gboolean    at_end)
{
  const char *text = self->document != NULL ? rc_document_get_string (self->document, pointer)
                                            : NULL;
  RcFinding place = { 0 };

  if (text == NULL)
    return;
  place.pointer = (char *) pointer;
  place.start = place.end = at_end ? g_utf8_strlen (text, -1) : 0;
  show_editor (self);
  rc_resume_editor_reveal_finding (self->resume_editor, &place);
}

/* the bullet a missing keyword may belong in */
static void
on_job_reveal_cb (RcWindow   *self,
                  const char *pointer)
{
  reveal_field (self, pointer, TRUE);
}

/* a line clicked in the preview */
static void
on_preview_reveal_cb (RcWindow   *self,
                      const char *pointer)
{
  reveal_field (self, pointer, FALSE);
}

static void
on_entry_removed_cb (RcResumeEditor  *editor,
                     const char      *array_pointer,
                     guint            index,
                     JsonNode        *item,
                     const char      *title,
                     RcWindow        *self)
{
  g_autofree char *text = NULL;

  /* TRANSLATORS: shown after removing an entry, with an Undo button */
  text = g_strdup_printf (_("Removed “%s”"), title);
  _rc_window_show_toast (self, text, TRUE);
  self->toast_pointer = g_strdup (array_pointer);
  self->toast_index = index;
  self->toast_item = json_node_copy (item);
}

static void
on_banner_dismiss_clicked_cb (RcWindow *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), FALSE);
}

/* the banner's Details: each skipped pack and why */
static void
on_banner_details_clicked_cb (RcWindow *self)
{
  _rc_window_show_error (self, gtk_label_get_text (GTK_LABEL (self->banner_label)),
                         self->banner_details);
}

void
rc_window_show_rule_errors (RcWindow  *self,
                            GPtrArray *errors)
{
  g_autoptr(GString) details = g_string_new (NULL);

  g_return_if_fail (RC_IS_WINDOW (self));

  if (errors == NULL || errors->len == 0)
    return;

  for (guint i = 0; i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);

      if (i > 0)
        g_string_append (details, "\n\n");
      g_string_append (details, error->message);
    }
  g_free (self->banner_details);
  self->banner_details = g_string_free (g_steal_pointer (&details), FALSE);
  /* one line at any width (a wrapped label there upsets GTK 4.8's measuring of the window);
   * the reasons are a click away */
  gtk_label_set_text (GTK_LABEL (self->banner_label),
                      g_dngettext (GETTEXT_PACKAGE,
                                   "A rule pack of yours was skipped; the built-in rules "
                                   "still apply.",
                                   "Some rule packs of yours were skipped; the built-in "
                                   "rules still apply.",
                                   errors->len));
  gtk_widget_set_tooltip_text (self->banner_label,
                               gtk_label_get_text (GTK_LABEL (self->banner_label)));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), TRUE);
}

/* ------------------------------------------------------------------------------------------ */
/* Title                                                                                       */

void
_rc_window_update_title (RcWindow *self)
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

  title = rc_autosave_dup_title (self->document, self->file);
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
/* Pages: the preview, the template and the paper                                              */

#define TEMPLATE_POINTER "/meta/resumeCoach/template"
#define PAPER_POINTER    "/meta/resumeCoach/paper"

void
_rc_window_pages_changed (RcWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
  rc_preview_refresh (self->preview);
  rc_checker_recount_pages (self->checker);
}

static const char *
get_template (RcWindow *self)
{
  return rc_pdf_template_to_string (self->document != NULL
                                    ? rc_coach_state_get_template (self->document)
                                    : rc_pdf_get_default_template ());
}

static const char *
get_paper (RcWindow *self)
{
  return rc_pdf_paper_to_string (self->document != NULL
                                 ? rc_coach_state_get_paper (self->document)
                                 : rc_pdf_get_default_paper ());
}

/* A choice of the resume, with an Undo that puts back what it had (or nothing: the default) */
static void
show_choice_toast (RcWindow   *self,
                   const char *text,
                   const char *pointer,
                   const char *before)
{
  _rc_window_show_toast (self, text, TRUE);
  self->toast_pointer = g_strdup (pointer);
  self->toast_value = g_strdup (before);
}

static void
set_template (RcWindow   *self,
              const char *name)
{
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  RcPdfTemplate template_;

  if (self->document == NULL || !rc_pdf_template_from_string (name, &template_) ||
      template_ == rc_coach_state_get_template (self->document))
    return;
  before = g_strdup (rc_document_get_string (self->document, TEMPLATE_POINTER));
  rc_coach_state_set_template (self->document, template_);
  /* TRANSLATORS: shown after choosing a resume's template, with an Undo button */
  text = g_strdup_printf (_("Template: %s"), rc_preview_get_template_name (template_));
  show_choice_toast (self, text, TEMPLATE_POINTER, before);
}

static void
set_paper (RcWindow   *self,
           const char *name)
{
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  RcPdfPaper paper;

  if (self->document == NULL || !rc_pdf_paper_from_string (name, &paper) ||
      paper == rc_coach_state_get_paper (self->document))
    return;
  before = g_strdup (rc_document_get_string (self->document, PAPER_POINTER));
  rc_coach_state_set_paper (self->document, paper);
  /* TRANSLATORS: shown after choosing a resume's paper, with an Undo button */
  text = g_strdup_printf (_("Paper: %s"), rc_preview_get_paper_name (paper));
  show_choice_toast (self, text, PAPER_POINTER, before);
}

static gboolean
get_preview_visible (RcWindow *self)
{
  return self->side_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->side_stack)),
                    "preview") == 0;
}

static void
update_side_score (RcWindow *self)
{
  RcReport *report = rc_checker_get_report (self->checker);
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;

  /* the feedback panel shows the score; over the preview it stays in sight here, and in a
   * folded window on the button that shows the feedback */
  gtk_widget_set_visible (self->side_score_label, report != NULL && get_preview_visible (self));
  gtk_widget_set_visible (self->view_score_label, report != NULL);
  if (report == NULL)
    return;
  /* TRANSLATORS: the score beside the preview, out of 100 */
  text = g_strdup_printf (_("Score %u"), rc_report_get_score (report));
  gtk_label_set_text (GTK_LABEL (self->side_score_label), text);
  number = g_strdup_printf ("%u", rc_report_get_score (report));
  gtk_label_set_text (GTK_LABEL (self->view_score_label), number);
}

static void
on_side_page_changed_cb (RcWindow *self)
{
  if (self->checker != NULL)
    update_side_score (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIEW_VISIBLE]);
}

static void
set_preview_visible (RcWindow *self,
                     gboolean  visible)
{
  if (get_preview_visible (self) == visible)
    return;
  gtk_stack_set_visible_child_name (GTK_STACK (self->side_stack),
                                    visible ? "preview" : "feedback");
  if (visible)
    {
      show_feedback (self);
      gtk_widget_grab_focus (rc_preview_get_pages (self->preview));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The document                                                                                */

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcWindow     *self)
{
  if (self->file == NULL && (rc_pointer_is_within (pointer, "/basics/name") ||
                             rc_pointer_is_within ("/basics/name", pointer)))
    _rc_window_update_title (self);
  /* the action states follow the resume's choice (an Undo, a resume replaced whole) */
  if (rc_pointer_is_within (pointer, TEMPLATE_POINTER) ||
      rc_pointer_is_within (pointer, PAPER_POINTER) ||
      rc_pointer_is_within ("/meta/resumeCoach", pointer))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
      if (rc_pointer_is_within (pointer, "/meta"))
        rc_checker_recount_pages (self->checker);
    }
}

static void
on_modified_changed_cb (RcDocument *document,
                        GParamSpec *pspec,
                        RcWindow   *self)
{
  _rc_window_update_title (self);
}

void
rc_window_set_document (RcWindow   *self,
                        RcDocument *document,
                        GFile      *file)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  hide_toast (self);
  rc_autosave_set_document (self->autosave, document, file);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_signal_group_set_target (self->document_signals, document);
  /* the editor, the panels and then the checker follow it */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);

  if (document == NULL)
    {
      gtk_widget_set_visible (self->leaflet, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->welcome_page), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->welcome_page));
    }
  else
    {
      /* hiding the focused welcome page would hand the focus to some field of the resume,
       * its text selected: no focus until the user picks one */
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->welcome_page), FALSE);
      gtk_widget_set_visible (self->leaflet, TRUE);
      show_editor (self);
    }
  update_layout (self);
  _rc_window_update_title (self);
  _rc_window_update_actions (self);
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

  return rc_autosave_get_draft_id (self->autosave);
}

RcReport *
rc_window_get_report (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return rc_checker_get_report (self->checker);
}

void
rc_window_check_now (RcWindow *self)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_checker_check_now (self->checker);
}

void
_rc_window_check_again (RcWindow *self)
{
  rc_checker_check_again (self->checker);
}

RcField *
rc_window_lookup_field (RcWindow   *self,
                        const char *pointer)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  return rc_resume_editor_lookup_field (self->resume_editor, pointer);
}

void
rc_window_select_section (RcWindow *self,
                          RcPage    page)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_resume_editor_select_page (self->resume_editor, page);
}

void
rc_window_reveal_finding (RcWindow        *self,
                          const RcFinding *finding)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  show_editor (self);
  rc_resume_editor_reveal_finding (self->resume_editor, finding);
}

static void
on_finding_activated_cb (RcWindow  *self,
                         RcFinding *finding)
{
  rc_window_reveal_finding (self, finding);
}

static void
on_learn_more_cb (RcWindow  *self,
                  RcFinding *finding)
{
  rc_tips_window_present_for_finding (GTK_WINDOW (self), self->document, finding);
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                     */

static gboolean
rc_window_close_request (GtkWindow *window)
{
  RcWindow *self = RC_WINDOW (window);
  RcApplication *app = _rc_window_get_app (self);

  if (!self->close_confirmed && self->document != NULL &&
      rc_document_get_modified (self->document))
    {
      _rc_window_maybe_save_then (self, PENDING_CLOSE, NULL);
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
      if (self->job_placed)
        g_settings_set_int (settings, "job-pane-height",
                            gtk_paned_get_position (GTK_PANED (self->side_paned)));
    }

  rc_autosave_discard (self->autosave);
  return GTK_WINDOW_CLASS (rc_window_parent_class)->close_request (window);
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
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_JOB_VISIBLE:
      g_value_set_boolean (value, self->job_visible);
      break;

    case PROP_PREVIEW_VISIBLE:
      g_value_set_boolean (value, get_preview_visible (self));
      break;

    case PROP_TEMPLATE:
      g_value_set_string (value, get_template (self));
      break;

    case PROP_PAPER:
      g_value_set_string (value, get_paper (self));
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
  /* the height the user last gave it, or two fifths of the column at first */
  if (visible && !self->job_placed)
    {
      RcApplication *app = _rc_window_get_app (self);
      int height = app != NULL
                 ? g_settings_get_int (rc_application_get_settings (app), "job-pane-height")
                 : 0;

      if (height <= 0)
        height = gtk_widget_get_height (self->side_paned) * 2 / 5;
      gtk_paned_set_position (GTK_PANED (self->side_paned), height);
      self->job_placed = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->job_pane), visible);
  if (visible)
    show_feedback (self);
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

    case PROP_PREVIEW_VISIBLE:
      set_preview_visible (self, g_value_get_boolean (value));
      break;

    case PROP_TEMPLATE:
      set_template (self, g_value_get_string (value));
      break;

    case PROP_PAPER:
      set_paper (self, g_value_get_string (value));
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
  clear_toast_undo (self);
  g_clear_object (&self->toast);
  g_clear_pointer (&self->fixing, g_free);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WINDOW);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->checker);
  g_clear_object (&self->autosave);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->imported_pdf);
  g_clear_pointer (&self->pending_text, g_free);
  g_clear_pointer (&self->banner_details, g_free);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rc_window_parent_class)->dispose (object);
}

static void
rc_window_class_init (RcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rc_window_dispose;
  object_class->get_property = rc_window_get_property;
  object_class->set_property = rc_window_set_property;
  window_class->close_request = rc_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB_VISIBLE] =
    g_param_spec_boolean ("job-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIEW_VISIBLE] =
    g_param_spec_boolean ("preview-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the resume's template and paper ("classic", "a4"…): the defaults without a resume */
  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, "classic",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER] =
    g_param_spec_string ("paper", NULL, NULL, "a4",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_FEEDBACK_PANEL);
  g_type_ensure (RC_TYPE_JOB_PANE);
  g_type_ensure (RC_TYPE_PREVIEW);
  g_type_ensure (RC_TYPE_RESUME_EDITOR);
  g_type_ensure (RC_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, modified_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, job_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, header_squeezer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, side_job_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, resume_editor);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, job_pane);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, feedback_panel);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, side_score_label);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, view_bar);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, editor_view_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, feedback_view_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, view_score_label);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_dismiss_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_details_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_removed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_skill_added_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_job_reveal_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_reveal_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_side_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_learn_more_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.undo-toast", NULL, undo_toast_action);

  _rc_window_class_actions_init (klass);
  _rc_window_class_import_init (klass);
}

static void
rc_window_init (RcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  make_compact (self->open_button, "document-open-symbolic");
  make_compact (self->save_button, "document-save-symbolic");
  make_compact (self->export_button, "document-send-symbolic");
  make_compact (self->job_button, "edit-find-symbolic");

  self->cancellable = g_cancellable_new ();
  self->document_signals = g_signal_group_new (RC_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (on_document_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_group_connect_object (self->document_signals, "notify::modified",
                                 G_CALLBACK (on_modified_changed_cb), self, G_CONNECT_DEFAULT);

  _rc_window_dnd_init (self);
  g_signal_connect_object (self->feedback_panel, "apply-fix", G_CALLBACK (on_apply_fix_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feedback_panel, "apply-fix", G_CALLBACK (on_fix_applied_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  gtk_widget_set_visible (GTK_WIDGET (self->job_pane), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->welcome_page));
  _rc_window_update_actions (self);
  update_layout (self);
}

RcWindow *
rc_window_new (RcApplication *application)
{
  GSettings *settings;
  RcWindow *self;
  g_auto(GStrv) recent = NULL;

  g_return_val_if_fail (RC_IS_APPLICATION (application), NULL);

  self = g_object_new (RC_TYPE_WINDOW, "application", application, NULL);

  settings = rc_application_get_settings (application);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->autosave = rc_autosave_new (rc_application_get_draft_store (application));
  g_settings_bind (settings, "draft-interval", self->autosave, "interval", G_SETTINGS_BIND_GET);
  /* the checker follows the document after the editor and the panels (bound in rc-window.ui)
   * have taken it, and they follow its report */
  self->checker = rc_checker_new (rc_application_get_rule_set (application));
  g_object_bind_property (self, "document", self->checker, "document", G_BINDING_DEFAULT);
  g_object_bind_property (self->checker, "report", self->feedback_panel, "report",
                          G_BINDING_DEFAULT);
  g_object_bind_property (self->checker, "report", self->job_pane, "report", G_BINDING_DEFAULT);
  g_object_bind_property (self->checker, "report", self->resume_editor, "report",
                          G_BINDING_DEFAULT);
  g_signal_connect_object (self->checker, "notify::report", G_CALLBACK (update_side_score),
                           self, G_CONNECT_SWAPPED);
  /* "show only this section's findings": the panel follows the page the editor shows */
  g_object_bind_property (self->resume_editor, "page", self->feedback_panel, "page",
                          G_BINDING_SYNC_CREATE);
  g_settings_bind (settings, "feedback-section-only", self->feedback_panel, "section-only",
                   G_SETTINGS_BIND_GET);

  rc_window_show_rule_errors (self, rc_application_get_rule_errors (application));
  recent = rc_application_dup_recent (application);
  rc_welcome_page_set_recent (self->welcome_page, (const char * const *) recent);

  return self;
}
