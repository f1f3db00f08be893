/* rc-rule.c — what a rule knows of itself: its wording
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-rule-private.h"

const char *
rc_rule_translate (const RcRule *rule,
                   const char   *text)
{
  if (text == NULL || !rule->info.builtin)
    return text;
  return g_dgettext (GETTEXT_PACKAGE, text);
}
