/* rc-checks-skills.c — whole-resume checks of skills: the summary, evidence, listing, and the job
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-json-pointer.h"

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

static gboolean
parse_summary_skills (RcRule         *rule,
                      JsonObject     *params,
                      const RcVerbs  *verbs,
                      GError        **error)
PARSE_WITH ("titles")

/* does @name hold @word as a whole word, case aside ("Spring Boot", "Spring")? */
static gboolean
has_word (const char *name,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = name; *p != '\0'; p++)
    if ((p == name || !g_ascii_isalnum (p[-1])) && g_ascii_strncasecmp (p, word, len) == 0 &&
        !g_ascii_isalnum (p[len]))
      return TRUE;
  return FALSE;
}

/* does basics.label hold one of @titles as a word ("Engineering Manager, Backend")? */
static gboolean
label_has_title (RcCheckContext     *ctx,
                 const char * const *titles)
{
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");
  const char *label = basics != NULL ? rc_json_get_member_string (basics, "label") : NULL;

  for (const char * const *t = titles; label != NULL && t != NULL && *t != NULL; t++)
    if (has_word (label, *t))
      return TRUE;
  return FALSE;
}

/* the summary names none of the skills the resume itself lists or shows; a manager's need
 * not (params.titles: the words of such a basics.label) */
static void
run_summary_skills (RcCheckContext *ctx,
                    const RcRule   *rule)
{
  const RcStringEntry *summary = find_summary (ctx);
  gboolean own = ctx->n_skills[RC_SKILL_LISTED] > 0 || ctx->n_skills[RC_SKILL_EVIDENCE] > 0;

  if (summary == NULL || summary->n_words < 3 ||
      label_has_title (ctx, (const char * const *) get_params (rule)->words))
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

static gboolean
parse_evidence (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("min", "min-share")

/* "Terraform, Helm and Ansible" */
char *
rc_checks_join_names (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      /* Translators: joins the last two names of a list: "Terraform, Helm and Ansible" */
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

/* A skills group's unbacked skills named in its message at most; past that, "and 11 more" */
#define MAX_NAMED 6

/* "Kotlin, RabbitMQ, Oracle, MongoDB, Docker, AWS and 11 more": the first @most of @names
 * and how many follow, when a long list would drown the message (a skills section of forty
 * keywords); all of them when there are few more */
static char *
join_some_names (GPtrArray *names,
                 guint      most)
{
  guint rest = names->len - most;
  GString *out;

  if (names->len <= most + 2)
    return rc_checks_join_names (names);
  out = g_string_new (NULL);
  for (guint i = 0; i < most; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (names, i));
  /* Translators: ends a list cut short: "Kotlin, RabbitMQ, Oracle and 11 more" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                            rest), rest);
  return g_string_free (out, FALSE);
}

/* The skills a work or volunteering position names ("C and C++ lecturer") and those they
 * imply: the engine reads no positions, so they are found here. */
static GHashTable *
position_skills (RcCheckContext *ctx)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char * const sections[] = { "work", "volunteer" };

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonArray *array = root_array (ctx, sections[s]);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          const char *position;
          g_autoptr(GArray) mentions = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (node) ||
              (position = rc_json_get_member_string (json_node_get_object (node),
                                                      "position")) == NULL)
            continue;
          mentions = rc_taxonomy_find (ctx->taxonomy, position);
          for (guint m = 0; m < mentions->len; m++)
            {
              const RcSkill *skill = g_array_index (mentions, RcSkillMention, m).skill;

              g_hash_table_add (ids, (gpointer) skill->id);
              for (const RcSkill * const *k = skill->implied; k != NULL && *k != NULL; k++)
                g_hash_table_add (ids, (gpointer) (*k)->id);
            }
        }
    }
  return ids;
}

static gboolean
any_evidence (RcCheckContext *ctx)
{
  for (guint i = 0; i < ctx->strings->len; i++)
    if (((const RcStringEntry *) g_ptr_array_index (ctx->strings, i))->evidence)
      return TRUE;
  return FALSE;
}

/* One skills group: @names gets the listed skills nothing shows in use, as written; returns
 * how many hard skills it lists that want evidence (not basic tools, practices or soft
 * skills). */
/* Shown in use: by a bullet naming it or a skill that implies it (EKS for Kubernetes), or by
 * bullets naming all the skills that together imply it (GitLab and CI/CD for GitLab CI) */
static gboolean
shown_in_use (RcCheckContext *ctx,
              const RcSkill  *skill)
{
  if (rc_skill_counted (ctx->skills, skill->id, RC_SKILL_EVIDENCE))
    return TRUE;
  if (skill->implied_together == NULL || skill->implied_together[0] == NULL)
    return FALSE;
  for (guint i = 0; skill->implied_together[i] != NULL; i++)
    if (!rc_skill_counted (ctx->skills, skill->implied_together[i], RC_SKILL_EVIDENCE))
      return FALSE;
  return TRUE;
}

static guint
group_unbacked (RcCheckContext  *ctx,
                guint           *i,
                GHashTable      *positions,
                GPtrArray       *names)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const RcStringEntry *first = g_ptr_array_index (ctx->strings, *i);
  guint checked = 0;

  for (; *i < ctx->strings->len; (*i)++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, *i);

      if (entry->section != RC_SECTION_SKILLS || entry->entry != first->entry)
        break;
      guint before = names->len, wanted = 0;

      if (!is_listed_skill (ctx, *i))
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkillMention *mention = &entry->mentions[m];
          const RcSkill *skill = mention->skill;

          if (!skill->hard || skill->basic || !g_hash_table_add (seen, (gpointer) skill->id))
            continue;
          checked++;
          wanted++;
          if (!shown_in_use (ctx, skill) && !g_hash_table_contains (positions, skill->id))
            g_ptr_array_add (names, g_utf8_substring (entry->text, mention->start, mention->end));
        }
      /* "Dagger/Hilt" with nothing behind either: named as the user wrote it */
      if (wanted > 1 && names->len - before == wanted)
        {
          g_ptr_array_set_size (names, before);
          g_ptr_array_add (names, g_strstrip (g_strdup (entry->text)));
        }
    }
  (*i)--;
  return checked;
}

/* skills.no-context: once per skills group, the hard skills it lists that no bullet, role or
 * project shows in use (directly or through a skill that implies them: EKS shows Kubernetes) */
static void
run_evidence (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint min = params->min > 0 ? (guint) params->min : 1;
  g_autoptr(GHashTable) positions = NULL;

  /* with no bullet at all, the missing experience is the finding, not each skill */
  if (!any_evidence (ctx))
    return;
  positions = position_skills (ctx);
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);
      g_autoptr(GPtrArray) names = NULL;
      g_autofree char *pointer = NULL, *list = NULL, *all = NULL, *count = NULL, *total = NULL;
      guint checked;
      gint32 group = entry->entry;

      if (entry->section != RC_SECTION_SKILLS)
        continue;
      names = g_ptr_array_new_with_free_func (g_free);
      checked = group_unbacked (ctx, &i, positions, names);
      if (names->len < min)
        continue;
      pointer = rc_json_pointer_append_index ("/skills", (guint) group);
      list = join_some_names (names, MAX_NAMED);
      all = rc_checks_join_names (names);
      count = uint_string (names->len);
      total = uint_string (checked);
      add (ctx, rc_rule_make_variant (rule, names->len == 1 ? "one"
                                            : strcmp (list, all) != 0 ? "many" : NULL,
                                      names->len > 1 && names->len >= params->share * checked
                                        ? RC_LEVEL_WARNING : RC_LEVEL_SUGGESTION,
                                      pointer, 0, 0, NULL, NULL, "skills", list, "all", all,
                                      "count", count, "total", total, NULL));
    }
}

static gboolean
parse_unlisted (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("categories", "max")

/* a platform's service whose general skill is listed: EKS when Kubernetes is, Lambda when
 * AWS or serverless is (PostgreSQL is no service: SQL listed still leaves it out); and a skill
 * whose name a listed one that implies it holds, so a keyword search finds it there: Spring in
 * Spring Boot, Azure in Azure Service Bus (not Kubernetes in Helm) */
static gboolean
covered_by_listed (RcCheckContext *ctx,
                   const RcSkill  *skill)
{
  GPtrArray *implying = rc_taxonomy_get_implying (ctx->taxonomy, skill->id);

  for (guint i = 0; i < implying->len; i++)
    {
      const RcSkill *listed = g_ptr_array_index (implying, i);

      if (rc_skill_counted (ctx->skills, listed->id, RC_SKILL_LISTED) &&
          has_word (listed->name, skill->name))
        return TRUE;
    }
  if (skill->parent == NULL)
    return FALSE;
  for (const RcSkill * const *k = skill->implied; k != NULL && *k != NULL; k++)
    if (rc_skill_counted (ctx->skills, (*k)->id, RC_SKILL_LISTED))
      return TRUE;
  return FALSE;
}

/* "migrated from MySQL", "moved off Jenkins": what the person left behind */
static gboolean
is_left_behind (const RcStringEntry  *entry,
                const RcSkillMention *mention)
{
  gsize at = rc_text_char_to_byte (entry->text, entry->len, mention->start);
  gsize end;

  while (at > 0 && entry->text[at - 1] == ' ')
    at--;
  end = at;
  while (at > 0 && g_ascii_isalpha (entry->text[at - 1]))
    at--;
  return (end - at == 4 && g_ascii_strncasecmp (entry->text + at, "from", 4) == 0) ||
         (end - at == 3 && g_ascii_strncasecmp (entry->text + at, "off", 3) == 0);
}

/* skills.unlisted: a technology a bullet uses that the skills section leaves out; only the
 * latest roles (params.max, 2) count, older ones are history rather than what one offers now */
static void
run_unlisted (RcCheckContext *ctx,
              const RcRule   *rule)
{
  const Params *params = get_params (rule);
  gint32 recent = params->max >= 0 ? params->max : 2;
  g_autoptr(GHashTable) done = NULL;

  if (root_array (ctx, "skills") == NULL || json_array_get_length (root_array (ctx, "skills")) == 0)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      /* a stack line already gets "move it into Skills" (achievement.stack-line); a project's
       * keywords are a list of its skills, where a keyword search finds them already */
      if (!entry->evidence || (entry->marks & RC_MARK_STACK_LINE) ||
          entry->field == RC_FIELD_KEYWORDS ||
          (entry->section == RC_SECTION_WORK && entry->entry >= recent))
        continue;
      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkillMention *mention = &entry->mentions[m];
          gsize from, to;
          g_autofree char *match = NULL;

          if (!mention->skill->hard || mention->skill->basic ||
              rc_skill_counted (ctx->skills, mention->skill->id, RC_SKILL_LISTED) ||
              rc_skill_counted (ctx->skills, mention->skill->parent, RC_SKILL_LISTED) ||
              covered_by_listed (ctx, mention->skill) || is_left_behind (entry, mention) ||
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
/* Highlights that only name technologies                                                      */

static void
report_stack_lines (RcCheckContext *ctx,
                    const RcRule   *rule,
                    GPtrArray      *lines,
                    guint           bullets)
{
  const RcStringEntry *first = g_ptr_array_index (lines, 0);
  g_autoptr(GPtrArray) quoted = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pointer = NULL, *list = NULL, *count = NULL;
  /* one stack line beside real achievements is a habit, not a problem */
  gboolean one = lines->len == 1 && bullets > 1;

  for (guint i = 0; i < lines->len; i++)
    /* Translators: a highlight quoted in a message */
    g_ptr_array_add (quoted, g_strdup_printf (_("“%s”"),
                                              ((const RcStringEntry *)
                                               g_ptr_array_index (lines, i))->text));
  pointer = rc_json_pointer_append_index (rc_section_get_info (first->section)->pointer,
                                          (guint) first->entry);
  list = rc_checks_join_names (quoted);
  count = uint_string (lines->len);
  add (ctx, rc_rule_make_variant (rule, one ? "one" : NULL,
                                  one ? RC_LEVEL_SUGGESTION : rule->info.level, pointer, 0, 0,
                                  NULL, NULL, "bullets", list, "count", count, NULL));
}

/* achievement.stack-line: once per entry, its highlights that only name technologies (the
 * engine marks them: RC_MARK_STACK_LINE) */
static void
run_stack_line (RcCheckContext *ctx,
                const RcRule   *rule)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  const RcStringEntry *group = NULL;
  guint bullets = 0;

  for (guint i = 0; i <= ctx->strings->len; i++)
    {
      const RcStringEntry *entry = i < ctx->strings->len ? g_ptr_array_index (ctx->strings, i)
                                                         : NULL;

      if (entry != NULL && entry->field != RC_FIELD_HIGHLIGHTS)
        continue;
      if (group != NULL &&
          (entry == NULL || entry->section != group->section || entry->entry != group->entry))
        {
          if (lines->len > 0)
            report_stack_lines (ctx, rule, lines, bullets);
          g_ptr_array_set_size (lines, 0);
          bullets = 0;
        }
      if (entry == NULL)
        break;
      group = entry;
      bullets++;
      if (entry->marks & RC_MARK_STACK_LINE)
        g_ptr_array_add (lines, (gpointer) entry);
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
  { "summary-skills", RC_SCOPE_SUMMARY | RC_CHECKS_WHOLE, FALSE,
    RC_DEPENDS_SKILLS | RC_DEPENDS_FACTS | RC_DEPENDS_JSON,
    parse_summary_skills, rc_checks_params_free, NULL, NULL, run_summary_skills },
  { "skills-evidence", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_SKILLS | RC_DEPENDS_JSON,
    parse_evidence, rc_checks_params_free, NULL, NULL, run_evidence },
  { "stack-line", RC_SCOPE_ENTRY, FALSE, RC_DEPENDS_SKILLS,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_stack_line,
    RC_MARK_STACK_LINE },
  { "skills-unlisted", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_MENTIONS | RC_DEPENDS_JSON,
    parse_unlisted, rc_checks_params_free, NULL, NULL, run_unlisted },
  { "ats-keywords", RC_SCOPE_JOB | RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_keywords, rc_checks_params_free, NULL, NULL, run_ats_keywords },
  { "ats-match", RC_SCOPE_JOB | RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JOB,
    parse_ats_match, rc_checks_params_free, NULL, NULL, run_ats_match },
  { NULL },
};
