/* rc-engine-report.c — the engine's findings gathered into a report, in reading order, scored
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The score, 0–100, is three categories' points; ignored findings do not count. The README's
 * "The score" says it for users.
 *
 *   content (70): a rate over the bullets, so a long history is not punished for its length.
 *     Each bullet (a highlight of work, volunteering or a project; a role's description counts
 *     as one bullet per 20 words, up to two) is worth its substance (its words / 6, at most 1)
 *     times its quality, the product of (1 − f) over the content findings on it:
 *     f = 0.6 an error, 0.35 a warning, 0.1 a suggestion, times the rule's weight.
 *     bullets = 70 × Σ worth / max (6, bullets): fewer than six bullets cannot earn it all.
 *     Content findings elsewhere (summary, skills, whole sections) cost 4 / 2 / 0.5 points
 *     each, a rule at most 3 × its costliest finding, all of them at most 20.
 *   completeness (20): 8 / 4 / 1 points a finding, capped per rule the same way.
 *   format (10): 3 / 1.5 / 0.5 points a finding, capped per rule the same way; a resume earns
 *     it in proportion to its bullets (up to six), so an empty one earns nothing for being
 *     tidy.
 *
 * The breakdown gives each rule the points it cost, the bullet losses shared among a bullet's
 * findings by their f; what is lost to missing or short bullets is one item of its own.
 */

#include "config.h"

#include <string.h>

#include "rc-engine-private.h"

#define MIN_BULLETS        6.0
#define SUBSTANCE_WORDS    6.0
#define DESCRIPTION_WORDS  20.0
#define DESCRIPTION_MAX    2.0
#define OTHER_CONTENT_MAX  20.0

/* by RcLevel: suggestion, warning, error */
static const gdouble bullet_factor[] = { 0.1, 0.35, 0.6 };
static const gdouble level_points[RC_N_CATEGORIES][3] = {
  { 0.5, 2.0, 4.0 },   /* content outside the bullets */
  { 1.0, 4.0, 8.0 },   /* completeness */
  { 0.5, 1.5, 3.0 },   /* format */
};

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

/* what one rule cost */
typedef struct
{
  gdouble     units;  /* bullets' worth lost to it */
  gdouble     cost;   /* points outside the bullets, before its cap */
  gdouble     cap;
  guint       count;
  const char *label;
} RuleCost;

typedef struct
{
  guint   rule;
  gdouble factor;
} SlotFinding;

typedef struct
{
  RcReport   *report;
  GHashTable *ignored;
  guint       n_ignored;
  GPtrArray  *quiet;      /* (nullable) the findings of entry rules an "unless" names */
  GHashTable *said;       /* (nullable) what rules said "once" per entry said, by entry */
  RcRuleSet  *rules;
  RuleCost   *costs;      /* per rule */

  /* the string whose findings are being collected, and whether it is a bullet the content
   * rate reads */
  const RcStringEntry *entry;
  /* (nullable) by rule index + 1: whether the rule spoke on fired_for, worked out the first
   * time quieted_here() asks of a string, so that asking costs no scan of its findings */
  guint8     *fired;
  const RcStringEntry *fired_for;
  gboolean    in_slot;
  gdouble     slot_units;
  gboolean    slot_short; /* counted in short_bullets */
  gdouble     slot_worth; /* its units × substance */
  gdouble     quality;
  gdouble     sum;
  GArray     *slot;       /* SlotFinding */

  gdouble     units;      /* every bullet's units */
  gdouble     filled;     /* Σ units × substance */
  gdouble     worth;      /* Σ units × substance × quality */
  guint       short_bullets;
} Collect;

static gboolean
is_ignored (Collect         *c,
            const RcFinding *finding)
{
  g_autofree char *key = NULL;

  if (c->ignored == NULL)
    return FALSE;
  key = rc_finding_dup_key (finding);
  return g_hash_table_contains (c->ignored, key);
}

/* "/work/6" of "/work/6/highlights/4"; NULL for a pointer that is no deeper than an entry */
static char *
entry_pointer (const char *pointer)
{
  const char *end = pointer;

  for (guint i = 0; i < 2 && end != NULL; i++)
    end = strchr (end + 1, '/');
  return end != NULL ? g_strndup (pointer, (gsize) (end - pointer)) : NULL;
}

/* a rule is quiet inside an entry where a rule of its "unless" fired ("Supported" opens a
 * bullet of a role to condense: polishing it is no advice). Such entry findings are few. */
static gboolean
quieted (Collect         *c,
         const RcRule    *rule,
         const RcFinding *finding)
{
  if (c->quiet == NULL || rule->unless_index == NULL)
    return FALSE;
  for (guint q = 0; q < c->quiet->len; q++)
    {
      const RcFinding *entry = g_ptr_array_index (c->quiet, q);
      gsize len = strlen (entry->pointer);

      if (strncmp (finding->pointer, entry->pointer, len) != 0 || finding->pointer[len] != '/')
        continue;
      for (guint u = 0; u < rule->unless_index->len; u++)
        if (strcmp (entry->rule_id, rc_rule_set_get_rule_private (
                      c->rules, g_array_index (rule->unless_index, guint, u))->info.id) == 0)
          return TRUE;
    }
  return FALSE;
}

/* a whole-resume check's finding on a string is quiet where a rule of its "unless" spoke on
 * the same string: "Responsible for…" is told to end with its result, so "no number" would
 * say it twice. Ignoring that finding dismisses the advice, not only its words: it stays
 * quiet. (The string rules' own "unless" is applied as they run.) */
static gboolean
quieted_here (Collect         *c,
              const RcRule    *rule,
              const RcFinding *finding)
{
  const RcStringEntry *entry = c->entry;

  if (rule->unless_index == NULL || entry == NULL || entry->findings == NULL ||
      strcmp (finding->pointer, entry->pointer) != 0)
    return FALSE;
  if (c->fired_for != entry)
    {
      guint n_rules = rc_rule_set_get_n_rules (c->rules);

      if (c->fired == NULL)
        c->fired = g_new (guint8, n_rules + 1);
      memset (c->fired, 0, n_rules + 1);
      for (guint f = 0; f < entry->findings->len; f++)
        {
          const RcFinding *other = g_ptr_array_index (entry->findings, f);

          if (other->rule_index <= n_rules)
            c->fired[other->rule_index] = 1;
        }
      c->fired_for = entry;
    }
  for (guint u = 0; u < rule->unless_index->len; u++)
    if (c->fired[g_array_index (rule->unless_index, guint, u) + 1])
      return TRUE;
  return FALSE;
}

/* a rule said "once" per entry says the same words in an entry once: a "•" pasted before
 * each bullet is one habit */
static gboolean
said_before (Collect         *c,
             const RcRule    *rule,
             const RcFinding *finding)
{
  g_autofree char *entry = NULL;
  char *key;

  if (!rule->once_per_entry || (entry = entry_pointer (finding->pointer)) == NULL)
    return FALSE;
  key = g_strdup_printf ("%u%s\x1f%s", rule->index, entry, finding->message);
  if (c->said == NULL)
    c->said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_add (c->said, key))
    return TRUE;
  return FALSE;
}

/* the finding's rule: by the index it carries, checked against its id, else by its id */
static const RcRuleInfo *
finding_rule (RcRuleSet       *rules,
              const RcFinding *finding)
{
  if (finding->rule_index > 0 && finding->rule_index <= rc_rule_set_get_n_rules (rules))
    {
      const RcRule *rule = rc_rule_set_get_rule_private (rules, finding->rule_index - 1);

      if (strcmp (rule->info.id, finding->rule_id) == 0)
        return &rule->info;
    }
  return rc_rule_set_lookup (rules, finding->rule_id);
}

static guint64
finding_key (RcFinding *finding)
{
  if (finding->sort_key == 0)
    finding->sort_key = rc_pointer_sort_key (finding->pointer);
  return finding->sort_key;
}

/* the document checks' findings mostly come in document order already */
static gboolean
is_sorted (GArray *keyed)
{
  for (guint i = 1; i < keyed->len; i++)
    if (compare_keyed (&g_array_index (keyed, Keyed, i - 1), &g_array_index (keyed, Keyed, i)) > 0)
      return FALSE;
  return TRUE;
}

/* the current string is no bullet after all: the content rate forgets it */
static void
drop_slot (Collect *c)
{
  c->units -= c->slot_units;
  c->filled -= c->slot_worth;
  if (c->slot_short)
    c->short_bullets--;
  c->in_slot = FALSE;
}

static void
collect (Collect   *c,
         RcFinding *finding)
{
  const RcRuleInfo *info = finding_rule (c->rules, finding);
  const RcRule *rule = (const RcRule *) info;
  RuleCost *cost;

  if (rule != NULL && (quieted (c, rule, finding) || quieted_here (c, rule, finding) ||
                       said_before (c, rule, finding)))
    return;
  if (is_ignored (c, finding))
    {
      c->n_ignored++;
      return;
    }

  rc_report_add (c->report, finding);
  if (info == NULL)
    return;
  /* "Responsibilities:" is a heading among the bullets, which its finding says: it is no
   * bullet, short or otherwise */
  if (rule->not_a_bullet && c->in_slot && strcmp (finding->pointer, c->entry->pointer) == 0)
    drop_slot (c);
  cost = &c->costs[rule->index];
  cost->count++;
  if (cost->label == NULL)
    cost->label = rule->label != NULL ? rule->label : finding->message;
  if (info->category == RC_CATEGORY_CONTENT && c->in_slot)
    {
      SlotFinding f = { rule->index, MIN (bullet_factor[finding->level] * info->weight, 1.0) };

      c->quality *= 1.0 - f.factor;
      c->sum += f.factor;
      g_array_append_val (c->slot, f);
    }
  else
    {
      gdouble points = level_points[info->category][finding->level] * info->weight;

      cost->cost += points;
      cost->cap = MAX (cost->cap, 3 * points);
    }
}

/* a string the content rate reads: a bullet, or a role's description */
static void
begin_slot (Collect             *c,
            const RcStringEntry *entry)
{
  gdouble units, substance;

  c->entry = entry;
  c->in_slot = entry->evidence && (entry->scope == 0 || entry->scope == 2);
  if (!c->in_slot)
    return;
  if (entry->scope == 0)
    {
      units = 1.0;
      substance = MIN (entry->n_words / SUBSTANCE_WORDS, 1.0);
    }
  else
    {
      units = MIN (entry->n_words / DESCRIPTION_WORDS, DESCRIPTION_MAX);
      substance = 1.0;
    }
  c->slot_short = substance < 1.0;
  if (c->slot_short)
    c->short_bullets++;
  c->units += units;
  c->slot_units = units;
  c->slot_worth = units * substance;
  c->filled += c->slot_worth;
  c->quality = 1.0;
  c->sum = 0.0;
  if (c->slot->len > 0)
    g_array_set_size (c->slot, 0);
}

static void
end_slot (Collect *c)
{
  gdouble lost;

  if (!c->in_slot)
    return;
  c->in_slot = FALSE;
  c->worth += c->slot_worth * c->quality;
  lost = c->slot_worth * (1.0 - c->quality);
  for (guint i = 0; i < c->slot->len; i++)
    {
      const SlotFinding *f = &g_array_index (c->slot, SlotFinding, i);

      c->costs[f->rule].units += lost * f->factor / c->sum;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const RcScoreItem *ia = a;
  const RcScoreItem *ib = b;

  if (ia->points != ib->points)
    return ia->points > ib->points ? -1 : 1;
  return g_strcmp0 (ia->rule_id, ib->rule_id);
}

static void
add_item (GArray      *items,
          RcCategory   category,
          const char  *rule_id,
          gdouble      points,
          guint        count,
          const char  *label)
{
  RcScoreItem item = { category, rule_id, points, count, label };

  if (points >= 0.05)
    g_array_append_val (items, item);
}

/* the categories' points and what each rule cost, from what collect() gathered */
static guint
score (Collect  *c,
       guint     n_rules,
       GArray   *items,
       gdouble   earned[RC_N_CATEGORIES])
{
  gdouble bullets = MAX (c->units, MIN_BULLETS);
  gdouble fill = MIN (c->filled / MIN_BULLETS, 1.0);
  gdouble lost[RC_N_CATEGORIES] = { 0 };
  gdouble scale[RC_N_CATEGORIES];
  gdouble content = rc_category_get_max (RC_CATEGORY_CONTENT) * c->worth / bullets;
  gdouble thin;

  for (guint r = 0; r < n_rules; r++)
    if (c->costs[r].count > 0)
      lost[rc_rule_set_get_rule_private (c->rules, r)->info.category] +=
        MIN (c->costs[r].cost, c->costs[r].cap);
  scale[RC_CATEGORY_CONTENT] = lost[0] > 0 ? MIN (MIN (lost[0], OTHER_CONTENT_MAX), content)
                                             / lost[0] : 0;
  for (guint k = 1; k < RC_N_CATEGORIES; k++)
    scale[k] = lost[k] > 0 ? MIN (lost[k], rc_category_get_max (k)) / lost[k] : 0;
  scale[RC_CATEGORY_FORMAT] *= fill;

  earned[RC_CATEGORY_CONTENT] = content - lost[0] * scale[0];
  earned[RC_CATEGORY_COMPLETENESS] = rc_category_get_max (RC_CATEGORY_COMPLETENESS) -
                                     lost[1] * scale[1];
  earned[RC_CATEGORY_FORMAT] = (rc_category_get_max (RC_CATEGORY_FORMAT) -
                                MIN (lost[2], rc_category_get_max (RC_CATEGORY_FORMAT))) * fill;

  for (guint r = 0; r < n_rules; r++)
    {
      const RuleCost *cost = &c->costs[r];
      const RcRuleInfo *info;
      gdouble points;

      if (cost->count == 0)
        continue;
      info = &rc_rule_set_get_rule_private (c->rules, r)->info;
      points = MIN (cost->cost, cost->cap) * scale[info->category];

      if (info->category == RC_CATEGORY_CONTENT)
        points += rc_category_get_max (RC_CATEGORY_CONTENT) * cost->units / bullets;
      add_item (items, info->category, info->id, points, cost->count, cost->label);
    }
  thin = rc_category_get_max (RC_CATEGORY_CONTENT) * (bullets - c->filled) / bullets +
         rc_category_get_max (RC_CATEGORY_FORMAT) * (1.0 - fill);
  /* its label is worded when the breakdown is read (rc-report.c), not on every keystroke */
  add_item (items, RC_CATEGORY_CONTENT, NULL, thin, c->units == 0 ? 0 : c->short_bullets, NULL);
  g_array_sort (items, compare_items);

  return (guint) CLAMP (earned[0] + earned[1] + earned[2] + 0.5, 0, 100);
}

/* a document check's finding that sorts before @entry's own strings and findings */
static gboolean
keyed_before (const Keyed         *k,
              const RcStringEntry *entry)
{
  return k->key != entry->key ? k->key < entry->key
                              : strcmp (k->finding->pointer, entry->pointer) < 0;
}

static gboolean
keyed_at (const Keyed         *k,
          const RcStringEntry *entry)
{
  return k->key == entry->key && strcmp (k->finding->pointer, entry->pointer) == 0;
}

RcReport *
rc_engine_build_report (RcRuleSet  *rules,
                        GPtrArray  *strings,
                        GPtrArray  *rule_findings,
                        RcDocument *document)
{
  RcReport *report = rc_report_new ();
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), 64);
  g_autoptr(GArray) slot = g_array_sized_new (FALSE, FALSE, sizeof (SlotFinding), 8);
  GArray *items = g_array_sized_new (FALSE, FALSE, sizeof (RcScoreItem), 16);
  guint n_rules = rc_rule_set_get_n_rules (rules);
  g_autofree RuleCost *costs = g_new0 (RuleCost, n_rules);
  Collect c = {
    .report = report, .ignored = read_ignored (document), .rules = rules, .costs = costs,
    .quality = 1, .slot = slot,
  };
  gdouble earned[RC_N_CATEGORIES];
  guint d = 0;

  for (guint r = 0; r < rule_findings->len; r++)
    {
      GPtrArray *findings = g_ptr_array_index (rule_findings, r);
      const RcRule *rule;

      if (findings == NULL || findings->len == 0)
        continue;
      /* one document rule's findings */
      rule = (const RcRule *) finding_rule (rules, findings->pdata[0]);
      for (guint i = 0; i < findings->len; i++)
        {
          Keyed k = { 0, g_ptr_array_index (findings, i) };

          k.key = finding_key (k.finding);
          g_array_append_val (keyed, k);
          /* an ignored "condense this role" leaves its bullets to the other rules */
          if (rule != NULL && rule->quiets_entry && !is_ignored (&c, k.finding))
            {
              if (c.quiet == NULL)
                c.quiet = g_ptr_array_new ();
              g_ptr_array_add (c.quiet, k.finding);
            }
        }
      rc_report_hold (report, findings);
    }
  if (keyed->len > 1 && !is_sorted (keyed))
    g_array_sort (keyed, compare_keyed);

  /* merge the document checks' findings into the strings' findings, in document order; the
   * findings at a string's pointer, of either kind, are that string's */
  for (guint s = 0; s < strings->len; s++)
    {
      RcStringEntry *entry = g_ptr_array_index (strings, s);

      while (d < keyed->len && keyed_before (&g_array_index (keyed, Keyed, d), entry))
        collect (&c, g_array_index (keyed, Keyed, d++).finding);
      begin_slot (&c, entry);
      for (guint f = 0; entry->findings != NULL && f < entry->findings->len; f++)
        {
          RcFinding *finding = g_ptr_array_index (entry->findings, f);
          Keyed here = { entry->key, finding };

          while (d < keyed->len && compare_keyed (&g_array_index (keyed, Keyed, d), &here) < 0)
            collect (&c, g_array_index (keyed, Keyed, d++).finding);
          collect (&c, finding);
        }
      while (d < keyed->len && keyed_at (&g_array_index (keyed, Keyed, d), entry))
        collect (&c, g_array_index (keyed, Keyed, d++).finding);
      end_slot (&c);
      if (entry->findings != NULL)
        rc_report_hold (report, entry->findings);
    }
  while (d < keyed->len)
    collect (&c, g_array_index (keyed, Keyed, d++).finding);

  rc_report_set_score (report, score (&c, n_rules, items, earned));
  rc_report_set_breakdown (report, items, earned, c.units == 0);
  rc_report_set_ignored (report, c.n_ignored);
  g_clear_pointer (&c.ignored, g_hash_table_unref);
  g_clear_pointer (&c.quiet, g_ptr_array_unref);
  g_clear_pointer (&c.said, g_hash_table_unref);
  g_free (c.fired);
  return report;
}
