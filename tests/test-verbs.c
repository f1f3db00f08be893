/* test-verbs.c — the action verbs, read once for the rule set and the guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-rule-set-private.h"
#include "rc-verbs.h"

static void
test_verbs_shared (void)
{
  g_autoptr(RcRuleSet) a = rc_rule_set_new ();
  g_autoptr(RcRuleSet) b = rc_rule_set_new_builtin ();

  /* one parse of verbs.json, one table of verbs, whoever asks */
  g_assert_nonnull (rc_verbs_get_data ());
  g_assert_true (rc_verbs_get_data () == rc_verbs_get_data ());
  g_assert_true (rc_rule_set_get_verbs (a) == rc_verbs_get_default ());
  g_assert_true (rc_rule_set_get_verbs (b) == rc_verbs_get_default ());
  g_assert_cmpuint (rc_verbs_get_default ()->verbs->len, >, 100);
  g_assert_cmpuint (rc_verbs_get_default ()->categories->len, ==,
                    json_array_get_length (json_object_get_array_member (rc_verbs_get_data (),
                                                                         "strong")));
}

static void
test_verbs_forms (void)
{
  const RcVerbs *verbs = rc_verbs_get_default ();
  const char * const bases[] = { "build", "lead", "nonsense-verb", "cut", NULL };
  g_autofree char *suggest = rc_verbs_suggest (verbs, bases, 2);
  g_autofree char *led = rc_verbs_form (verbs, "lead", RC_VERB_FORM_PAST);
  g_autofree char *worked_on = rc_verbs_form (verbs, "work on", RC_VERB_FORM_PAST);
  g_autofree char *shipping = rc_verbs_form (verbs, "zzship", RC_VERB_FORM_ING);
  const RcVerb *build = rc_verbs_lookup (verbs, "build");

  g_assert_nonnull (build);
  g_assert_cmpstr (build->forms[RC_VERB_FORM_PAST], ==, "built");
  g_assert_null (rc_verbs_lookup (verbs, "nonsense-verb"));
  g_assert_cmpstr (suggest, ==, "Built, Led");
  g_assert_cmpstr (led, ==, "led");
  g_assert_cmpstr (worked_on, ==, "worked on");
  /* a verb the data lacks is inflected by rule */
  g_assert_cmpstr (shipping, ==, "zzshipping");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/verbs/shared", test_verbs_shared);
  g_test_add_func ("/core/verbs/forms", test_verbs_forms);

  return g_test_run ();
}
