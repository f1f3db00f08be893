/* rc-rule.c — what a rule knows of itself: its sections and its wording
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-rule-private.h"

static const char * const section_names[] = {
  "basics", "work", "projects", "skills", "education", "certificates", "volunteer", "awards",
  "publications", "languages", "interests", "references",
};

G_STATIC_ASSERT (G_N_ELEMENTS (section_names) == RC_N_SECTIONS);

const char *
rc_section_name (RcSection section)
{
  g_return_val_if_fail (section < RC_N_SECTIONS, NULL);
  return section_names[section];
}

gboolean
rc_section_from_name (const char *name,
                      RcSection  *section)
{
  for (guint i = 0; i < RC_N_SECTIONS; i++)
    if (g_strcmp0 (name, section_names[i]) == 0)
      {
        *section = (RcSection) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rc_rule_translate (const RcRule *rule,
                   const char   *text)
{
  if (text == NULL || !rule->info.builtin)
    return text;
  return g_dgettext (GETTEXT_PACKAGE, text);
}
