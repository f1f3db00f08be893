/* rc-engine-report.c — the engine's findings gathered into a report, in reading order, scored
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The score, 0–100, from the findings a check reports (ignored findings do not count):
 *
 *   each finding weighs its level:   error 10, warning 4, suggestion 1
 *   each rule costs the sum of its findings' weights, capped at 3 × the weight of its
 *   highest-level finding:           at most 30 (error), 12 (warning), 3 (suggestion)
 *   score = max (0, 100 − the sum of every rule's cost)
 *
 * So one rule alone, however often it fires, takes at most 30 points, and forty bullets
 * without a metric cost what three do. The ATS match is reported beside the score, not in it;
 * the ats.* findings count like any other.
 */

#include "config.h"

#include <string.h>

#include "rc-engine-private.h"

static guint
level_weight (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR:
      return 10;
    case RC_LEVEL_WARNING:
      return 4;
    case RC_LEVEL_SUGGESTION:
    default:
      return 1;
    }
}

typedef struct
{
  guint64    key;
  RcFinding *finding;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *ka = a;
  const Keyed *kb = b;
  int c;

  if (ka->key != kb->key)
    return ka->key < kb->key ? -1 : 1;
  c = strcmp (ka->finding->pointer, kb->finding->pointer);
  if (c != 0)
    return c;
  return rc_finding_compare_spans (&ka->finding, &kb->finding);
}

static GHashTable *
read_ignored (RcDocument *document)
{
  JsonObject *state = rc_document_get_coach_state (document);
  JsonNode *node = state != NULL ? json_object_get_member (state, "ignored") : NULL;
  JsonArray *array;
  GHashTable *keys;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) == 0)
    return NULL;
  array = json_node_get_array (node);
  keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
        g_hash_table_add (keys, (gpointer) json_node_get_string (item));
    }
  return keys;
}

typedef struct
{
  RcReport   *report;
  GHashTable *ignored;
  guint       n_ignored;
  guint      *weights;   /* per rule */
  guint      *caps;
  RcRuleSet  *rules;
} Collect;

static void
collect (Collect   *c,
         RcFinding *finding)
{
  const RcRuleInfo *info;
  RcRule *rule;
  guint weight;

  if (c->ignored != NULL)
    {
      g_autofree char *key = rc_finding_dup_key (finding);

      if (g_hash_table_contains (c->ignored, key))
        {
          c->n_ignored++;
          return;
        }
    }

  rc_report_add (c->report, finding);
  info = rc_rule_set_lookup (c->rules, finding->rule_id);
  if (info == NULL)
    return;
  rule = (RcRule *) info;
  weight = level_weight (finding->level);
  c->weights[rule->index] += weight;
  c->caps[rule->index] = MAX (c->caps[rule->index], 3 * weight);
}

RcReport *
rc_engine_build_report (RcRuleSet  *rules,
                        GPtrArray  *strings,
                        GPtrArray  *rule_findings,
                        RcDocument *document)
{
  RcReport *report = rc_report_new ();
  g_autoptr(GArray) keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));
  guint n_rules = rc_rule_set_get_n_rules (rules);
  g_autofree guint *weights = g_new0 (guint, n_rules * 2);
  Collect c = { report, read_ignored (document), 0, weights, weights + n_rules, rules };
  guint d = 0;
  gint score = 100;

  for (guint r = 0; r < rule_findings->len; r++)
    {
      GPtrArray *findings = g_ptr_array_index (rule_findings, r);

      if (findings == NULL || findings->len == 0)
        continue;
      for (guint i = 0; i < findings->len; i++)
        {
          Keyed k = { 0, g_ptr_array_index (findings, i) };

          k.key = rc_pointer_sort_key (k.finding->pointer);
          g_array_append_val (keyed, k);
        }
      rc_report_hold (report, findings);
    }
  if (keyed->len > 1)
    g_array_sort (keyed, compare_keyed);

  /* merge the document checks' findings into the strings' findings, in document order */
  for (guint s = 0; s < strings->len; s++)
    {
      RcStringEntry *entry = g_ptr_array_index (strings, s);

      if (entry->findings == NULL)
        continue;
      for (guint f = 0; f < entry->findings->len; f++)
        {
          RcFinding *finding = g_ptr_array_index (entry->findings, f);
          Keyed here = { entry->key, finding };

          while (d < keyed->len && compare_keyed (&g_array_index (keyed, Keyed, d), &here) < 0)
            collect (&c, g_array_index (keyed, Keyed, d++).finding);
          collect (&c, finding);
        }
      rc_report_hold (report, entry->findings);
    }
  while (d < keyed->len)
    collect (&c, g_array_index (keyed, Keyed, d++).finding);

  for (guint r = 0; r < n_rules; r++)
    score -= (gint) MIN (c.weights[r], c.caps[r]);
  rc_report_set_score (report, (guint) MAX (score, 0));
  rc_report_set_ignored (report, c.n_ignored);
  g_clear_pointer (&c.ignored, g_hash_table_unref);
  return report;
}
