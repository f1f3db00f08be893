/* test-verbs.c — the action verbs, read once for the rule set and the guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-guide.h"
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

/* the engineering verbs of real resumes are in the lexicon, strong, with their forms */
static void
test_verbs_lexicon (void)
{
  const RcVerbs *verbs = rc_verbs_get_default ();
  const char * const strong[] = {
    "architect", "containerize", "shard", "benchmark", "profile", "instrument", "deprecate",
    "harden", "upstream", "productionize", "quantize", "bootstrap", "formalize", "craft",
    "consolidate", "codify", "debug", "triage", "onboard", "mentor", "administer", "simulate",
  };
  g_autoptr(GHashTable) bases = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_strong = 0, forms;
  const RcVerb *verb;

  for (guint i = 0; i < verbs->verbs->len; i++)
    {
      const RcVerb *v = &g_array_index (verbs->verbs, RcVerb, i);

      /* each verb once, with every form a rule may rewrite it to */
      g_assert_true (g_hash_table_add (bases, v->forms[RC_VERB_FORM_BASE]));
      for (guint f = 0; f < RC_VERB_FORM_PARTICIPLE; f++)
        g_assert_true (v->forms[f] != NULL && *v->forms[f] != '\0');
      if (v->category >= 0)
        n_strong++;
    }
  g_assert_cmpuint (n_strong, >=, 450);

  for (guint i = 0; i < G_N_ELEMENTS (strong); i++)
    {
      g_test_message ("%s", strong[i]);
      verb = rc_verbs_lookup (verbs, strong[i]);
      g_assert_nonnull (verb);
      g_assert_cmpint (verb->category, >=, 0);
    }

  verb = rc_verbs_lookup_form (verbs, "bootstrapped", &forms);
  g_assert_cmpstr (verb->forms[RC_VERB_FORM_BASE], ==, "bootstrap");
  g_assert_cmpuint (forms, ==, RC_FORM_PAST | RC_FORM_PARTICIPLE);
  verb = rc_verbs_lookup_form (verbs, "spoken", &forms);
  g_assert_cmpstr (verb->forms[RC_VERB_FORM_PAST], ==, "spoke");
  g_assert_cmpuint (forms, ==, RC_FORM_PARTICIPLE);
  /* one word, two forms of one verb */
  verb = rc_verbs_lookup_form (verbs, "split", &forms);
  g_assert_cmpuint (forms, ==, RC_FORM_BASE | RC_FORM_PAST | RC_FORM_PARTICIPLE);
  g_assert_null (rc_verbs_lookup_form (verbs, "claims", &forms));
  g_assert_cmpuint (forms, ==, 0);
  /* "Looked after", "Stayed on", "Joined", "Gained experience" say where you were */
  g_assert_cmpint (rc_verbs_lookup (verbs, "look")->category, ==, -1);
  g_assert_cmpint (rc_verbs_lookup (verbs, "stay")->category, ==, -1);
  g_assert_cmpint (rc_verbs_lookup (verbs, "join")->category, ==, -1);
  g_assert_cmpint (rc_verbs_lookup (verbs, "gain")->category, ==, -1);
}

/* an opening the lexicon lacks is a past-tense verb when English morphology says so */
static void
test_verbs_morphology (void)
{
  const RcVerbs *verbs = rc_verbs_get_default ();
  static const struct
  {
    const char *word;
    gboolean    past;
  } cases[] = {
    { "Formalized", TRUE },
    { "Dockerised", TRUE },
    { "Copied", TRUE },
    { "Sunsetted", TRUE },
    { "Dropped", TRUE },
    { "retried", TRUE },
    { "Claims", FALSE },
    { "Speed", FALSE },
    { "Exceed", FALSE },
    { "Hundred", FALSE },
    { "Embed", FALSE },
    { "Based", FALSE },
    { "Shred", FALSE },
    { "LED", FALSE },
    { "Ed", FALSE },
    { "SHARDED", FALSE },
    { "iOSed", FALSE },
    { "Node", FALSE },
    { "Naïved", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (rc_verbs_is_regular_past (verbs, cases[i].word) != cases[i].past)
      g_error ("“%s” should %sbe a regular past tense", cases[i].word, cases[i].past ? "" : "not ");
}

/* the tips browser offers a category's own verbs as buttons and names the rest on its page */
static void
test_verbs_guide (void)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(GPtrArray) offered = rc_guide_get_verbs (guide, "build");
  const RcGuideVerb *quantized = rc_guide_lookup_verb (guide, "Quantized");
  const char *body = rc_guide_entry_get_body (rc_guide_lookup (guide, "verbs.build"));
  const char *more = strstr (body, "More verbs of this kind");

  g_assert_cmpuint (offered->len, <, 40);
  for (guint i = 0; i < offered->len; i++)
    g_assert_cmpstr (((RcGuideVerb *) g_ptr_array_index (offered, i))->past, !=, "crafted");
  g_assert_nonnull (quantized);
  g_assert_cmpstr (quantized->base, ==, "quantize");
  g_assert_nonnull (more);
  /* A to Z, past tense */
  g_assert_nonnull (strstr (more, "Bootstrapped, "));
  g_assert_true (strstr (more, "Bootstrapped") < strstr (more, "Crafted"));
  g_assert_true (strstr (more, "Crafted") < strstr (more, "Upstreamed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/verbs/shared", test_verbs_shared);
  g_test_add_func ("/core/verbs/forms", test_verbs_forms);
  g_test_add_func ("/core/verbs/lexicon", test_verbs_lexicon);
  g_test_add_func ("/core/verbs/morphology", test_verbs_morphology);
  g_test_add_func ("/core/verbs/guide", test_verbs_guide);

  return g_test_run ();
}
