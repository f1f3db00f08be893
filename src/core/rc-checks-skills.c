/* rc-checks-skills.c — whole-resume checks of skills: the summary, evidence, listing, and the job
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-checks-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Skills                                                                                     */

static const RcStringEntry *
find_summary (RcCheckContext *ctx)
{
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->section == RC_SECTION_BASICS && entry->field == RC_FIELD_SUMMARY)
        return entry;
      if (entry->section != RC_SECTION_BASICS)
        break;
    }
  return NULL;
}

/* the summary names none of the skills the resume itself lists or shows */
static void
run_summary_skills (RcCheckContext *ctx,
                    const RcRule   *rule)
{
  const RcStringEntry *summary = find_summary (ctx);
  gboolean own = ctx->n_skills[RC_SKILL_LISTED] > 0 || ctx->n_skills[RC_SKILL_EVIDENCE] > 0;

  if (summary == NULL || summary->n_words < 3)
    return;
  for (guint m = 0; m < summary->n_mentions; m++)
    {
      const RcSkill *skill = summary->mentions[m].skill;

      if (!skill->hard)
        continue;
      if (!own || rc_skill_counted (ctx->skills, skill->id, RC_SKILL_LISTED) ||
          rc_skill_counted (ctx->skills, skill->id, RC_SKILL_EVIDENCE))
        return;
    }
  add (ctx, rc_rule_make_finding (rule, rule->info.level, summary->pointer, 0, 0, NULL, NULL,
                                  NULL));
}

/* a skills-section string: a keyword, or a group's name when the group lists no keywords */
static gboolean
is_listed_skill (RcCheckContext      *ctx,
                 guint                i)
{
  const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

  if (entry->section != RC_SECTION_SKILLS)
    return FALSE;
  if (entry->field == RC_FIELD_KEYWORDS)
    return TRUE;
  if (i + 1 < ctx->strings->len)
    {
      const RcStringEntry *next = g_ptr_array_index (ctx->strings, i + 1);

      if (next->section == RC_SECTION_SKILLS && next->entry == entry->entry &&
          next->field == RC_FIELD_KEYWORDS)
        return FALSE;
    }
  return TRUE;
}

/* every word of @entry in some evidence string; @words is built on first use */
static gboolean
words_in_evidence (RcCheckContext       *ctx,
                   const RcStringEntry  *entry,
                   GHashTable          **words)
{
  if (*words == NULL)
    {
      *words = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < ctx->strings->len; i++)
        {
          const RcStringEntry *other = g_ptr_array_index (ctx->strings, i);

          if (other->evidence)
            for (guint h = 0; h < other->n_hashes; h++)
              g_hash_table_add (*words, GUINT_TO_POINTER (other->hashes[h]));
        }
    }
  for (guint h = 0; h < entry->n_hashes; h++)
    if (!g_hash_table_contains (*words, GUINT_TO_POINTER (entry->hashes[h])))
      return FALSE;
  return entry->n_hashes > 0;
}

static gboolean
parse_evidence (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("max", "implied-by")

/* SQL is shown in use by a bullet on PostgreSQL: params.implied-by lists such skills */
static gboolean
implied_in_evidence (RcCheckContext *ctx,
                     const RcRule   *rule,
                     const char     *id)
{
  JsonNode *map = json_object_get_member (rule->params, "implied-by");
  JsonNode *list;
  JsonArray *array;

  if (map == NULL || (list = json_object_get_member (json_node_get_object (map), id)) == NULL)
    return FALSE;
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *skill = rc_json_get_string (json_array_get_element (array, i));

      if (rc_skill_counted (ctx->skills, skill, RC_SKILL_EVIDENCE))
        return TRUE;
    }
  return FALSE;
}

/* skills.no-context: a listed skill no bullet, summary of a role or project shows in use */
static void
run_evidence (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max_words = params->max >= 0 ? (guint) params->max : 3;
  g_autoptr(GHashTable) words = NULL;

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);
      gboolean shown = FALSE, hard = FALSE;

      if (!is_listed_skill (ctx, i) || entry->n_words == 0)
        continue;
      if (entry->n_mentions > 0)
        {
          for (guint m = 0; m < entry->n_mentions && !shown; m++)
            {
              const RcSkill *skill = entry->mentions[m].skill;

              hard |= skill->hard;
              shown = rc_skill_counted (ctx->skills, skill->id, RC_SKILL_EVIDENCE) ||
                      (rule->params != NULL && implied_in_evidence (ctx, rule, skill->id));
            }
          if (!hard)
            continue;
        }
      else
        {
          /* a skill the taxonomy does not know: its words in some bullet */
          if (entry->n_words > max_words)
            continue;
          shown = words_in_evidence (ctx, entry, &words);
          ctx->used_words = TRUE;
        }
      if (!shown)
        add (ctx, whole_string (rule, NULL, entry, NULL, NULL, NULL));
    }
}

/* skills.language-without-framework */
static void
run_language_framework (RcCheckContext *ctx,
                        const RcRule   *rule)
{
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (!is_listed_skill (ctx, i))
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkill *skill = entry->mentions[m].skill;
          gboolean has = FALSE;
          GString *names;
          guint n = 0;

          if (g_strcmp0 (skill->category, "language") != 0 || skill->frameworks == NULL ||
              skill->frameworks[0] == NULL || !g_hash_table_add (done, (gpointer) skill->id))
            continue;
          for (guint f = 0; skill->frameworks[f] != NULL && !has; f++)
            has = rc_skill_counted (ctx->skills, skill->frameworks[f], RC_SKILL_LISTED) ||
                  rc_skill_counted (ctx->skills, skill->frameworks[f], RC_SKILL_PROSE);
          if (has)
            continue;

          names = g_string_new (NULL);
          for (guint f = 0; skill->frameworks[f] != NULL && n < 3; f++)
            {
              const RcSkill *framework = rc_taxonomy_get_skill (ctx->taxonomy,
                                                                skill->frameworks[f]);

              if (framework == NULL)
                continue;
              if (n > 0)
                g_string_append (names, ", ");
              g_string_append (names, framework->name);
              n++;
            }
          {
            g_autofree char *frameworks = g_string_free (names, FALSE);
            g_autofree char *match = g_strndup (entry->text +
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].start),
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].end) -
                                                rc_text_char_to_byte (entry->text, entry->len,
                                                                      entry->mentions[m].start));

            add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer,
                                            entry->mentions[m].start, entry->mentions[m].end,
                                            match, NULL, "skill", skill->name,
                                            "frameworks", frameworks, NULL));
          }
        }
    }
}

static gboolean
parse_unlisted (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("categories")

/* skills.unlisted: a technology a bullet uses that the skills section leaves out */
static void
run_unlisted (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  g_autoptr(GHashTable) done = NULL;

  if (root_array (ctx, "skills") == NULL || json_array_get_length (root_array (ctx, "skills")) == 0)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (!entry->evidence)
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkillMention *mention = &entry->mentions[m];
          gsize from, to;
          g_autofree char *match = NULL;

          if (!mention->skill->hard ||
              rc_skill_counted (ctx->skills, mention->skill->id, RC_SKILL_LISTED) ||
              rc_skill_counted (ctx->skills, mention->skill->parent, RC_SKILL_LISTED) ||
              (params->words != NULL &&
               !g_strv_contains ((const char * const *) params->words, mention->skill->category)) ||
              !g_hash_table_add (done, (gpointer) mention->skill->id))
            continue;
          from = rc_text_char_to_byte (entry->text, entry->len, mention->start);
          to = rc_text_char_to_byte (entry->text, entry->len, mention->end);
          match = g_strndup (entry->text + from, to - from);
          add (ctx, rc_rule_make_finding (rule, rule->info.level, entry->pointer, mention->start,
                                          mention->end, match, NULL,
                                          "skill", mention->skill->name, NULL));
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The job                                                                                    */

static gboolean
parse_ats_keywords (RcRule         *rule,
                    JsonObject     *params,
                    const RcVerbs  *verbs,
                    GError        **error)
PARSE_WITH ("limit")

/* ats.missing-keywords: the job's keywords the resume lacks, most important first */
static void
run_ats_keywords (RcCheckContext *ctx,
                  const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint limit = params->limit > 0 ? (guint) params->limit : 8;
  GString *keywords;
  guint n;
  g_autofree char *count = NULL;

  if (ctx->ats == NULL || ctx->ats->missing == NULL || ctx->ats->missing[0] == NULL)
    return;
  n = g_strv_length (ctx->ats->missing);
  keywords = g_string_new (NULL);
  for (guint i = 0; i < n && i < limit; i++)
    {
      if (i > 0)
        g_string_append (keywords, ", ");
      g_string_append (keywords, ctx->ats->missing[i]);
    }
  if (n > limit)
    g_string_append (keywords, ", …");
  count = uint_string (n);
  {
    g_autofree char *list = g_string_free (keywords, FALSE);

    add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                    "keywords", list, "count", count, NULL));
  }
}

static gboolean
parse_ats_match (RcRule         *rule,
                 JsonObject     *params,
                 const RcVerbs  *verbs,
                 GError        **error)
PARSE_WITH ("min")

static void
run_ats_match (RcCheckContext *ctx,
               const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint min = params->min >= 0 ? (guint) params->min : 75;
  g_autofree char *percent = NULL, *min_text = NULL;

  if (ctx->ats == NULL || ctx->ats->match >= min)
    return;
  percent = uint_string (ctx->ats->match);
  min_text = uint_string (min);
  add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                  "percent", percent, "min", min_text, NULL));
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

const RcCheckClass rc_checks_skills[] = {
  { "summary-skills", RC_SCOPE_SUMMARY | RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_summary_skills },
  { "skills-evidence", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS,
    parse_evidence, rc_checks_params_free, NULL, NULL, run_evidence },
  { "language-framework", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_language_framework },
  { "skills-unlisted", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS | RC_DEPENDS_JSON,
    parse_unlisted, rc_checks_params_free, NULL, NULL, run_unlisted },
  { "ats-keywords", RC_SCOPE_JOB | RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_keywords, rc_checks_params_free, NULL, NULL, run_ats_keywords },
  { "ats-match", RC_SCOPE_JOB | RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_match, rc_checks_params_free, NULL, NULL, run_ats_match },
  { NULL },
};
