/* rc-ui-test-util.h — helpers the UI tests and benchmarks share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "rc-test-util.h"

G_BEGIN_DECLS

/* Runs the main loop until nothing is pending */
/* gtk_test_init() in private, empty config, data and cache folders (removed at exit), so a UI
 * test run by hand never reads or writes the user's own settings, rule packs or drafts */
void       rc_ui_test_init         (int        *argc,
                                    char     ***argv);
/* removes @path and everything below it */
void       rc_ui_test_remove_tree  (const char *path);
void       rc_ui_test_iterate      (void);
/* Runs the main loop until @done says so, or fails after a few seconds */
void       rc_ui_test_wait_until   (gboolean  (*done) (gpointer data),
                                    gpointer    data);

typedef gboolean (*RcWidgetTest) (GtkWidget *widget, const char *text);

/* (nullable): the first widget at or under @widget that passes @test with @text, shown or
 * not */
GtkWidget *rc_ui_test_find        (GtkWidget    *widget,
                                    RcWidgetTest  test,
                                    const char   *text);
/* (nullable): the first widget of @type at or under @widget, shown or not */
GtkWidget *rc_ui_test_find_type    (GtkWidget  *widget,
                                    GType       type);
/* (nullable): the first label at or under @widget that reads @text, shown or not */
GtkWidget *rc_ui_test_find_label   (GtkWidget  *widget,
                                    const char *text);
/* How many widgets of @type are at or under @widget, shown or not */
guint      rc_ui_test_count_type   (GtkWidget  *widget,
                                    GType       type);
/* Shown to the user: visible itself and in every ancestor up to @top; FALSE for NULL */
gboolean   rc_ui_test_is_shown     (GtkWidget  *widget,
                                    GtkWidget  *top);

/* Sorts @values and prints their median, 90th percentile and maximum, @what padded to @width */
void       rc_ui_test_print_figure (const char *what,
                                    int         width,
                                    double     *values,
                                    guint       n);

G_END_DECLS
