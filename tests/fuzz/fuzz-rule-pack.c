/* fuzz-rule-pack.c — a user's rule pack: loaded all or nothing, then run over a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-engine.h"
#include "rc-fuzz.h"

static const char resume[] =
  "{\"basics\": {\"name\": \"Elena Marsh\", \"summary\": \"Backend engineer, 6 years of Go.\"},"
  " \"work\": [{\"name\": \"Parcelwise\", \"position\": \"Engineer\", \"startDate\": \"2021-04\","
  " \"highlights\": [\"Cut p99 latency from 850 ms to 190 ms\", \"Was responsible for  APIs\"]}],"
  " \"skills\": [{\"name\": \"Languages\", \"keywords\": [\"Go\", \"Python\"]}]}";

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static RcDocument *document;
  g_autoptr(RcRuleSet) rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;
  guint n_before = rc_rule_set_get_n_rules (rules);

  if (document == NULL)
    document = rc_document_new_from_data (resume, -1, NULL);

  if (!rc_rule_set_load_pack_from_data (rules, (const char *) data, (gssize) size, "fuzz.json",
                                        &error))
    {
      /* all or nothing, with a message that is valid text */
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      g_assert (rc_rule_set_get_n_rules (rules) == n_before);
      return 0;
    }

  engine = rc_engine_new (rules);
  report = rc_engine_check (engine, document, NULL);
  for (guint i = 0; i < rc_report_get_findings (report)->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (rc_report_get_findings (report), i);

      g_assert (g_utf8_validate (finding->message, -1, NULL));
      g_assert (finding->fix == NULL || g_utf8_validate (finding->fix, -1, NULL));
    }
  return 0;
}
