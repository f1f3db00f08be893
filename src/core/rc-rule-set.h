/* rc-rule-set.h — the rules, loaded from data
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rc-report.h"
#include "rc-rule-info.h"

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

/* Added: an empty set (the bundled verb data loaded, no rules), e.g. to try one pack alone */
RcRuleSet        *rc_rule_set_new                (void);
/* Added: loads a pack from memory; @name names it in errors. All or nothing. */
gboolean          rc_rule_set_load_pack_from_data (RcRuleSet   *self,
                                                   const char  *data,
                                                   gssize       length,
                                                   const char  *name,
                                                   GError     **error);
/* Added: the rules in load order (built-in packs by file name, then user packs) */
const RcRuleInfo *rc_rule_set_get_rule           (RcRuleSet   *self,
                                                  guint        index);
/* Added: (nullable) */
const RcRuleInfo *rc_rule_set_lookup             (RcRuleSet   *self,
                                                  const char  *id);
/* Added: the message or advice text in the user's language, placeholders such as {match}
 * shown as "…" — what `rules` prints */
char             *rc_rule_info_dup_display_text  (const RcRuleInfo *info,
                                                  const char       *text);

G_END_DECLS
