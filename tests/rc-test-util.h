/* rc-test-util.h — helpers the core and command-line tests share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"
#include "rc-report.h"
#include "rc-rule-set.h"

G_BEGIN_DECLS

/* Documents that must load: the test fails here otherwise */
RcDocument      *rc_test_document_from_data (const char *json);
RcDocument      *rc_test_document_from_file (const char *path);
/* A rule set of one pack that must load, its JSON written with printf's @format */
RcRuleSet       *rc_test_rules_from_pack    (const char *format,
                                             ...) G_GNUC_PRINTF (1, 2);

/* The bundled sample resume, where it ships: data/samples/backend-engineer.json */
char            *rc_test_sample_path        (void);

/* A new empty folder named after the test program; rc_test_remove_temp_dir removes it and
 * everything in it (links, not what they point to) */
char            *rc_test_make_temp_dir      (void);
void             rc_test_remove_temp_dir    (const char *dir);
/* The names in @dir, sorted and joined by spaces, to see what was created or removed */
char            *rc_test_list_dir           (const char *dir);

/* Calls @func with every file write limited to @limit bytes and SIGXFSZ ignored, so a write
 * fails half way as on a full disk (root too); the limit is lifted before it returns */
gboolean         rc_test_with_file_size_limit (goffset      limit,
                                               gboolean   (*func) (gpointer data),
                                               gpointer     data);

/* (nullable): the first finding of @rule_id, at @pointer unless that is NULL */
const RcFinding *rc_test_find_finding       (RcReport   *report,
                                             const char *rule_id,
                                             const char *pointer);

/* A JSON object whose "title" is @depth nested lists: past every reader's depth limit, and
 * deep enough to overflow the stack of a recursive parser */
char            *rc_test_deep_json          (guint       depth);

/* How many findings @report has of @rule_id */
guint            rc_test_count_findings     (RcReport   *report,
                                             const char *rule_id);

/* What the resume-coach binary ($RC_BINARY) did */
typedef struct
{
  int   status;  /* the exit status, or -1 when killed by a signal */
  char *out;
  char *err;
} RcTestRun;

void             rc_test_run_clear          (RcTestRun  *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RcTestRun, rc_test_run_clear)

/* Runs the binary with the NULL-terminated arguments, with @config_home as XDG_CONFIG_HOME
 * (NULL: the test's own, empty one). DISPLAY and WAYLAND_DISPLAY are removed to prove that no
 * command needs a display. */
void             rc_test_run_binary         (RcTestRun  *run,
                                             const char *config_home,
                                             const char *first_arg,
                                             ...) G_GNUC_NULL_TERMINATED;

/* Benchmarks: sorts @values in place; the median of @n values (n > 0) */
void             rc_test_sort_doubles       (double     *values,
                                             gsize       n);
double           rc_test_median             (double     *values,
                                             gsize       n);

G_END_DECLS
