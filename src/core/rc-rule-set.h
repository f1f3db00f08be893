/* rc-rule-set.h — the rules, loaded from data
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "rc-report.h"

G_BEGIN_DECLS

#define RC_RULE_SET_ERROR (rc_rule_set_error_quark ())

typedef enum
{
  RC_RULE_SET_ERROR_SYNTAX,   /* the pack is not JSON */
  RC_RULE_SET_ERROR_INVALID,  /* a rule lacks a field, has a bad kind or a bad parameter */
  RC_RULE_SET_ERROR_DUPLICATE,/* a rule id that is already loaded */
} RcRuleSetError;

#define RC_TYPE_RULE_SET (rc_rule_set_get_type ())
G_DECLARE_FINAL_TYPE (RcRuleSet, rc_rule_set, RC, RULE_SET, GObject)

GQuark      rc_rule_set_error_quark   (void);

/* The built-in rules from the bundled resource; never fails once the suite passes. */
RcRuleSet  *rc_rule_set_new_builtin   (void);
gboolean    rc_rule_set_load_pack     (RcRuleSet   *self,
                                       GFile       *file,
                                       GError     **error);
/* Loads $XDG_CONFIG_HOME/resume-coach/rules/ *.json; each bad pack is skipped and its error
 * (message naming the file and line) appended to @errors (element-type GError). */
void        rc_rule_set_load_user_packs (RcRuleSet *self,
                                         GPtrArray *errors);
guint       rc_rule_set_get_n_rules   (RcRuleSet   *self);

G_END_DECLS
