/* rc-compat.h — what real-world JSON Resume files hold beside v1: older keys, text for lists,
 * and JSON files that are no resume at all
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "rc-section.h"

G_BEGIN_DECLS

const char  *rc_compat_key            (RcSection    section,
                                       JsonObject  *entry,
                                       const char  *key);
gboolean     rc_compat_is_legacy_name (const char  *name);
guint        rc_compat_count_legacy   (JsonNode    *root);
guint        rc_compat_upgrade        (JsonNode    *root,
                                       GPtrArray   *renamed);
const char  *rc_compat_import_kind    (JsonObject  *root);
gboolean     rc_compat_check_resume   (JsonObject  *root,
                                       GError     **error);
gboolean     rc_compat_check_sections (JsonObject  *root,
                                       GError     **error);
char       **rc_compat_split_list     (const char  *text,
                                       gboolean     sentences);

G_END_DECLS
