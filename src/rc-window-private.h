/* rc-window-private.h — what the window's files share: its instance and their entry points
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-autosave.h"
#include "rc-checker.h"
#include "rc-feedback-panel.h"
#include "rc-job-pane.h"
#include "rc-preview.h"
#include "rc-resume-editor.h"
#include "rc-welcome-page.h"
#include "rc-window.h"

G_BEGIN_DECLS

/* What to do once the unsaved changes are saved or discarded */
typedef enum
{
  PENDING_NONE,
  PENDING_CLOSE,
  PENDING_NEW,
  PENDING_OPEN_DIALOG,
  PENDING_OPEN,
  PENDING_SAMPLE,
  PENDING_IMPORT_TEXT,
} PendingAction;

struct _RcWindow
{
  AdwApplicationWindow  parent_instance;

  GtkWidget            *back_button;
  GtkWidget            *open_button;
  GtkWidget            *title_label;
  GtkWidget            *modified_label;
  GtkWidget            *subtitle_label;
  GtkWidget            *save_button;
  GtkWidget            *export_button;
  GtkWidget            *job_button;
  GtkWidget            *header_squeezer;
  GtkWidget            *side_job_button;
  GtkWidget            *banner_revealer;
  GtkWidget            *banner_label;
  char                 *banner_details;  /* (nullable): why the rule packs were skipped */
  AdwToastOverlay      *toast_overlay;
  RcWelcomePage        *welcome_page;
  GtkWidget            *leaflet;
  RcResumeEditor       *resume_editor;
  GtkWidget            *side_paned;
  RcJobPane            *job_pane;
  RcFeedbackPanel      *feedback_panel;
  GtkWidget            *side_stack;
  GtkWidget            *side_score_label;
  RcPreview            *preview;
  GtkWidget            *view_bar;
  GtkWidget            *editor_view_button;
  GtkWidget            *feedback_view_button;
  GtkWidget            *view_score_label;

  RcDocument           *document;
  GSignalGroup         *document_signals;
  GFile                *file;
  RcChecker            *checker;
  RcAutosave           *autosave;
  gboolean              job_visible;
  gboolean              job_placed;  /* the job pane's height is set */
  guint                 layout_idle;

  GCancellable         *cancellable;
  PendingAction         pending;
  GFile                *pending_file;
  char                 *pending_text;  /* a pasted resume, for PENDING_IMPORT_TEXT */
  GFile                *imported_pdf;  /* (nullable): the PDF the document was imported from */
  gboolean              close_confirmed;
  gboolean              saving;
  GtkNativeDialog      *chooser;

  AdwToast             *toast;          /* (nullable): the toast shown, what Undo belongs to */
  char                 *toast_pointer;  /* what Undo restores, or with no item removes */
  guint                 toast_index;
  JsonNode             *toast_item;
  char                 *toast_resume;   /* (nullable): the resume before a fix, as JSON */
  char                 *toast_value;    /* (nullable): the string Undo puts back at the pointer */
  char                 *fixing;         /* the resume as an apply-fix found it */
};

/* rc-window.c */
RcApplication *_rc_window_get_app           (RcWindow      *self);
void           _rc_window_show_error        (RcWindow      *self,
                                             const char    *primary,
                                             const char    *secondary);
void           _rc_window_show_toast        (RcWindow      *self,
                                             const char    *text,
                                             gboolean       undoable);
void           _rc_window_update_title      (RcWindow      *self);
void           _rc_window_add_recent        (RcWindow      *self,
                                             GFile         *file);

/* what the rules read besides the resume changed (the spelling language): checks again */
void           _rc_window_check_again       (RcWindow      *self);
/* the page size, template and paper the preview and export use changed (a default, say) */
void           _rc_window_pages_changed     (RcWindow      *self);

/* rc-window-actions.c */
void           _rc_window_class_actions_init (RcWindowClass *klass);
void           _rc_window_update_actions     (RcWindow      *self);
/* Asks to save unsaved changes first (the user may cancel), then does @action */
void           _rc_window_maybe_save_then    (RcWindow      *self,
                                              PendingAction  action,
                                              GFile         *file);

/* (transfer full): the file name Export proposes: "Elena Marsh Resume.pdf", "Resume.pdf" */
char          *_rc_window_dup_export_name    (RcDocument    *document,
                                              const char    *extension);

/* Loads a JSON Resume file (rc_window_open_file() imports any other kind) */
void           _rc_window_load_json          (RcWindow      *self,
                                              GFile         *file);

/* rc-window-import.c */
void           _rc_window_class_import_init  (RcWindowClass *klass);
void           _rc_window_open_any           (RcWindow      *self,
                                              GFile         *file);
void           _rc_window_import_text        (RcWindow      *self,
                                              const char    *text);

/* rc-window-dnd.c */
void           _rc_window_dnd_init           (RcWindow      *self);

G_END_DECLS
