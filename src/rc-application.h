/* rc-application.h — the AdwApplication: windows, actions, settings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "rc-draft-store.h"
#include "rc-rule-set.h"

G_BEGIN_DECLS

#define RC_TYPE_APPLICATION (rc_application_get_type ())
G_DECLARE_FINAL_TYPE (RcApplication, rc_application, RC, APPLICATION, AdwApplication)

RcApplication *rc_application_new             (void);
GSettings     *rc_application_get_settings    (RcApplication *self);
/* The built-in rules and the user's rule packs, loaded once for every window */
RcRuleSet     *rc_application_get_rule_set    (RcApplication *self);
/* (element-type GError): why each skipped rule pack was skipped */
GPtrArray     *rc_application_get_rule_errors (RcApplication *self);
RcDraftStore  *rc_application_get_draft_store (RcApplication *self);
/* Remembers @file as the most recent resume */
void           rc_application_add_recent      (RcApplication *self,
                                               GFile         *file);
/* (transfer full): URIs of recent resumes, newest first */
char         **rc_application_dup_recent      (RcApplication *self);

G_END_DECLS
