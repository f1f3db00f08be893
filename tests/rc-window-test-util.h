/* rc-window-test-util.h — the fixture and helpers the window tests share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-application.h"
#include "rc-preview.h"
#include "rc-ui-test-util.h"
#include "rc-window.h"

G_BEGIN_DECLS

#define DUTY_BULLET "/work/0/highlights/0"

/* A window on the sample resume, sized like a desktop's, and a temporary folder */
typedef struct
{
  RcWindow *window;
  char     *dir;
} RcWindowFixture;

typedef void (*RcWindowTestFunc) (RcWindowFixture *fixture,
                                  gconstpointer    data);

/* rc_ui_test_init(), a broken pack of the user's own rules, then the application */
void             rc_window_test_init             (int               *argc,
                                                  char            ***argv);
/* Adds a test that runs on an RcWindowFixture */
void             rc_window_test_add              (const char        *path,
                                                  RcWindowTestFunc   func);
/* The same, with @data for @func */
void             rc_window_test_add_data         (const char        *path,
                                                  gconstpointer      data,
                                                  RcWindowTestFunc   func);
/* g_test_run(), then drops the application and the broken pack */
int              rc_window_test_run              (void);
RcApplication   *rc_window_test_get_app          (void);
/* The broken rule pack's path, read when the application started */
const char      *rc_window_test_get_bad_pack     (void);

/* (transfer full): a copy of the sample resume in the fixture's folder */
char            *rc_window_test_copy_sample      (RcWindowFixture   *fixture);
/* Runs the main loop until @window shows @file */
void             rc_window_test_wait_for_file    (RcWindow          *window,
                                                  GFile             *file);
void             rc_window_test_open_and_wait    (RcWindow          *window,
                                                  GFile             *file);
/* Runs the main loop until @window's resume has no unsaved changes */
void             rc_window_test_wait_for_save    (RcWindow          *window);
void             rc_window_test_save_and_wait    (RcWindow          *window);
/* The check runs before the next frame; the main loop gets there without a timer */
void             rc_window_test_wait_for_check   (RcWindow          *window);
/* Whether a message dialog (an error, a question) is transient for the window @data */
gboolean         rc_window_test_message_shown    (gpointer           data);
/* (nullable): the toast shown (not one going away) that reads @title, or any if NULL */
GtkWidget       *rc_window_test_find_toast       (RcWindow          *window,
                                                  const char        *title);
/* (nullable): the Undo button of the toast shown */
GtkWidget       *rc_window_test_find_toast_undo  (RcWindow          *window);
/* Clicks Undo on the toast shown; fails if there is none */
void             rc_window_test_click_toast_undo (RcWindow          *window);
/* What GTK does when @file is dropped on @window: whether the drop was taken */
gboolean         rc_window_test_drop_file        (RcWindow          *window,
                                                  GFile             *file);
/* (nullable): the message dialog transient for @window */
AdwMessageDialog *rc_window_test_find_dialog     (RcWindow          *window);
/* Answers the message dialog transient for @window with @response, as its button would */
void             rc_window_test_respond          (RcWindow          *window,
                                                  const char        *response);
/* (nullable): the finding of @rule_id at @pointer (any pointer if NULL) */
GtkWindow       *rc_window_test_find_file_chooser (void);
const RcFinding *rc_window_test_find_finding     (RcWindow          *window,
                                                  const char        *rule_id,
                                                  const char        *pointer);
/* Replaces the text of line @line in the bullets of @field as typing would */
void             rc_window_test_retype_line      (RcField           *field,
                                                  int                line,
                                                  const char        *text);
/* (transfer full): the string property @property of @window */
char            *rc_window_test_dup_string       (RcWindow          *window,
                                                  const char        *property);
/* How many labels under @widget, shown or not, contain @text */
guint            rc_window_test_count_containing (GtkWidget         *widget,
                                                  const char        *text);

/* Shows the preview in @window's side panel */
RcPreview       *rc_window_test_show_preview     (RcWindow          *window);
/* Whether the RcPreview @data has laid out a page */
gboolean         rc_window_test_has_pages        (gpointer           data);
/* Runs the main loop until @preview is laid out and drawn at its width */
void             rc_window_test_wait_for_pages   (RcPreview         *preview);
/* Whether the first page of the RcPreview @data is US Letter, or A4 */
gboolean         rc_window_test_is_letter        (gpointer           data);
gboolean         rc_window_test_is_a4            (gpointer           data);

G_END_DECLS
