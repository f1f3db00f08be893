/* rc-compile-data.c — build tool: the bundled taxonomy and verbs in their compiled form
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rc-compile-data SKILLS-OUT VERBS-OUT RULES-OUT SPELLING-OUT
 *
 * Reads data/skills.json, data/verbs.json, data/rules/ *.json and data/words/ from the core's
 * resource with the core's own loaders (so a broken file fails the build with the loader's
 * message) and writes the compiled files rc-core-compiled.gresource.xml holds.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "rc-compiled-data.h"
#include "rc-core-resources.h"
#include "rc-rule-set-private.h"
#include "rc-spell.h"
#include "rc-taxonomy-private.h"
#include "rc-verbs.h"

/* this program makes the compiled data, so it has none: the loaders read the JSON */
GResource *
rc_core_compiled_get_resource (void)
{
  return NULL;
}

static gboolean
write_bytes (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  g_autoptr(GBytes) owned = bytes;
  gsize size;
  gconstpointer data = g_bytes_get_data (owned, &size);

  return g_file_set_contents (path, data, (gssize) size, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) skills = NULL;
  g_autoptr(RcTaxonomy) taxonomy = NULL;
  g_autoptr(RcRuleSet) rules = NULL;
  g_autoptr(GBytes) packs = NULL;
  JsonObject *verbs_root;
  RcVerbs *verbs;

  static const char * const no_languages[] = { NULL };
  RcSpell *spell;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s SKILLS-OUT VERBS-OUT RULES-OUT SPELLING-OUT\n", argv[0]);
      return 2;
    }
  /* a bundled pack that does not load is a g_critical(): make it fail the build */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  skills = g_resource_lookup_data (rc_core_get_resource (),
                                   "/io/github/resumecoach/ResumeCoach/core/skills.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (skills != NULL)
    taxonomy = rc_taxonomy_new_from_bytes (skills, &error);
  if (taxonomy == NULL)
    {
      fprintf (stderr, "data/skills.json: %s\n", error->message);
      return 1;
    }

  verbs_root = rc_verbs_get_data ();
  if (verbs_root == NULL)
    return 1;
  verbs = rc_verbs_new_from_json (verbs_root);

  /* every pack loads, examples checked, before its lean form is written */
  rules = rc_rule_set_new_builtin_from_json ();
  /* the spelling lexicon: the taxonomy's names, the word lists and the verbs' forms */
  spell = rc_spell_new (taxonomy, no_languages);

  if (!write_bytes (argv[1], rc_taxonomy_to_compiled (taxonomy), &error) ||
      !write_bytes (argv[2], rc_verbs_to_compiled (verbs, verbs_root), &error) ||
      (packs = rc_rule_set_compile_builtin (&error)) == NULL ||
      !write_bytes (argv[3], g_steal_pointer (&packs), &error) ||
      !write_bytes (argv[4], rc_spell_to_compiled (spell), &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  rc_spell_free (spell);
  rc_verbs_free (verbs);
  return 0;
}
