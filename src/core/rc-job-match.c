/* rc-job-match.c — a job's keywords against a resume: implied skills, counts and what to do
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-check-private.h"
#include "rc-job.h"
#include "rc-json-private.h"

/* What the resume shows of one skill */
typedef struct
{
  guint prose;   /* mentions in work, project or volunteer prose and the summary */
  guint listed;  /* in the skills section, or a profile on its network ("GitHub") */
} Shown;

static void
show (GHashTable    *shown,
      const RcSkill *skill,
      gboolean       prose)
{
  Shown *s = g_hash_table_lookup (shown, skill->id);

  if (s == NULL)
    {
      s = g_new0 (Shown, 1);
      g_hash_table_insert (shown, (gpointer) skill->id, s);
    }
  if (prose)
    s->prose++;
  else
    s->listed++;
}

static GHashTable *
shown_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/* Matching one keyword ---------------------------------------------------------------------- */

typedef struct
{
  gboolean       shown;
  gboolean       prose;
  guint          count;
  const RcSkill *via;    /* the first skill that implies it, preferring one in prose */
} Evidence;

static Evidence
evidence_of (RcTaxonomy  *taxonomy,
             GHashTable  *shown,
             const char  *id)
{
  const Shown *own = g_hash_table_lookup (shown, id);
  GPtrArray *implying = rc_taxonomy_get_implying (taxonomy, id);
  const RcSkill *via_listed = NULL;
  Evidence e = { 0 };

  if (own != NULL)
    {
      e.shown = TRUE;
      e.prose = own->prose > 0;
      e.count = own->prose + own->listed;
    }
  for (guint i = 0; i < implying->len; i++)
    {
      const RcSkill *skill = g_ptr_array_index (implying, i);
      const Shown *s = g_hash_table_lookup (shown, skill->id);

      if (s == NULL)
        continue;
      e.count += s->prose + s->listed;
      if (s->prose > 0 && e.via == NULL)
        e.via = skill;
      if (via_listed == NULL)
        via_listed = skill;
    }
  e.prose = e.prose || e.via != NULL;
  if (e.via == NULL)
    e.via = via_listed;
  return e;
}

/* GitLab and CI/CD together show GitLab CI; "GitLab and CI/CD" is what shows it */
static char *
dup_together (RcTaxonomy    *taxonomy,
              GHashTable    *shown,
              const RcSkill *skill,
              gboolean      *prose)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = skill->implied_together != NULL ? g_strv_length ((char **) skill->implied_together) : 0;

  if (n == 0)
    return NULL;
  *prose = TRUE;
  for (guint i = 0; i < n; i++)
    {
      Evidence e = evidence_of (taxonomy, shown, skill->implied_together[i]);
      const RcSkill *part = rc_taxonomy_get_skill (taxonomy, skill->implied_together[i]);

      if (!e.shown && e.via == NULL)
        return NULL;
      *prose = *prose && e.prose;
      if (i > 0)
        /* Translators: joins the skills that together show another: "GitLab and CI/CD" */
        g_string_append (names, i + 1 == n ? _(" and ") : ", ");
      g_string_append (names, part->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
judge_keyword (RcTaxonomy         *taxonomy,
               GHashTable         *shown,
               const RcJobKeyword *keyword,
               RcAtsKeyword       *out)
{
  const RcSkill *skill = keyword->skill;
  Evidence e = evidence_of (taxonomy, shown, skill->id);

  out->keyword = g_strdup (keyword->as_written);
  out->skill_id = g_strdup (skill->id);
  out->name = g_strdup (skill->name);
  out->weight = keyword->weight;
  out->asked = keyword->asked;
  out->job_count = keyword->count;
  out->resume_count = e.count;
  out->in_bullets = e.prose;
  if (e.shown)
    out->status = RC_ATS_MATCHED;
  else if (e.via != NULL)
    {
      out->status = RC_ATS_IMPLIED;
      out->via = g_strdup (e.via->name);
    }
  else if ((out->via = dup_together (taxonomy, shown, skill, &out->in_bullets)) != NULL)
    out->status = RC_ATS_IMPLIED;
  else
    out->in_bullets = FALSE;
}

/* Where to add a missing skill ------------------------------------------------------------- */

static gboolean
holds (const RcSkill * const *skills,
       const RcSkill         *skill)
{
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    if (skills[i] == skill)
      return TRUE;
  return FALSE;
}

/* 2 when one of @a and @b implies the other, 1 when both imply one skill (Pulumi and
 * Terraform: infrastructure as code; pandas and FastAPI: Python), else 0. A shared category
 * alone is no relation: Java does not belong in a bullet about Rust. */
static guint
relation (const RcSkill *a,
          const RcSkill *b)
{
  if (holds (a->implied, b) || holds (b->implied, a))
    return 2;
  for (guint i = 0; a->implied != NULL && a->implied[i] != NULL; i++)
    if (holds (b->implied, a->implied[i]))
      return 1;
  return 0;
}

/* The bullet whose skills are nearest @keyword's: the first with the strongest relation */
static void
find_related (const RcStringEntry * const *bullets,
              guint                        n_bullets,
              RcAtsKeyword                *keyword,
              const RcSkill               *skill)
{
  const RcStringEntry *best = NULL;
  const RcSkill *names[2] = { NULL, NULL };
  guint best_score = 0;

  for (guint i = 0; i < n_bullets; i++)
    {
      const RcStringEntry *entry = bullets[i];

      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkill *other = entry->mentions[m].skill;
          guint score = relation (skill, other);

          if (score > best_score)
            {
              best_score = score;
              best = entry;
              names[0] = other;
              names[1] = NULL;
            }
          else if (score > 0 && score == best_score && entry == best && names[1] == NULL &&
                   other != names[0])
            names[1] = other;
        }
    }
  if (best == NULL)
    return;
  keyword->related_pointer = g_strdup (best->pointer);
  keyword->related = names[1] != NULL ? g_strdup_printf ("%s, %s", names[0]->name, names[1]->name)
                                      : g_strdup (names[0]->name);
}

/* The match ---------------------------------------------------------------------------------- */

static RcAtsMatch *
build_match (RcJob                       *self,
             GHashTable                  *shown,
             const RcStringEntry * const *bullets,
             guint                        n_bullets)
{
  GPtrArray *keywords = rc_job_get_keywords (self);
  RcTaxonomy *taxonomy = rc_job_get_taxonomy (self);
  g_autoptr(GPtrArray) matched = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GPtrArray) skills_only = NULL;
  RcAtsMatch *match;
  guint64 total = 0, got = 0;

  if (keywords->len == 0)
    return NULL;

  matched = g_ptr_array_new ();
  missing = g_ptr_array_new ();
  skills_only = g_ptr_array_new ();
  match = g_new0 (RcAtsMatch, 1);
  match->keywords = g_new0 (RcAtsKeyword, keywords->len);
  match->n_keywords = keywords->len;

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);
      RcAtsKeyword *out = &match->keywords[i];

      judge_keyword (taxonomy, shown, keyword, out);
      total += keyword->weight;
      if (out->status == RC_ATS_MISSING)
        {
          g_ptr_array_add (missing, g_strdup (keyword->as_written));
          find_related (bullets, n_bullets, out, keyword->skill);
          continue;
        }
      got += keyword->weight;
      g_ptr_array_add (matched, g_strdup (keyword->as_written));
      if (!out->in_bullets)
        g_ptr_array_add (skills_only, g_strdup (keyword->as_written));
    }

  g_ptr_array_add (matched, NULL);
  g_ptr_array_add (missing, NULL);
  g_ptr_array_add (skills_only, NULL);

  match->match = (guint) ((200 * got + total) / (2 * total));
  match->matched = (char **) g_ptr_array_free (g_steal_pointer (&matched), FALSE);
  match->missing = (char **) g_ptr_array_free (g_steal_pointer (&missing), FALSE);
  match->skills_only = (char **) g_ptr_array_free (g_steal_pointer (&skills_only), FALSE);
  return match;
}

/**
 * rc_job_match:
 * @self: a #RcJob
 * @in_bullets: (nullable): ids of the skills the resume's prose mentions
 * @in_skills: (nullable): ids of the skills its skills section lists
 *
 * Matches the job's keywords against a resume. A keyword is matched when the resume names
 * the skill, and implied when it names a skill that shows it (the taxonomy's "implies":
 * EKS for Kubernetes, Lambda for AWS, Django for Python) or all the skills that together do
 * (GitLab and CI/CD for GitLab CI). The match is the weighted share of the job's keywords
 * the resume has:
 *
 *   match = round (100 × Σ weight of matched keywords / Σ weight of all keywords)
 *
 * so a missing required hard skill costs more than a missing nice-to-have soft skill. A
 * matched keyword is "skills only" when no prose backs it — neither the skill nor a skill
 * that implies it appears outside the skills section.
 *
 * Returns: (transfer full) (nullable): the match, or NULL when the job has no keywords
 */
RcAtsMatch *
rc_job_match (RcJob      *self,
              GHashTable *in_bullets,
              GHashTable *in_skills)
{
  g_autoptr(GHashTable) shown = shown_new ();
  RcTaxonomy *taxonomy;
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (RC_IS_JOB (self), NULL);

  taxonomy = rc_job_get_taxonomy (self);
  for (guint k = 0; k < 2; k++)
    {
      GHashTable *set = k == 0 ? in_bullets : in_skills;

      if (set == NULL)
        continue;
      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          const RcSkill *skill = rc_taxonomy_get_skill (taxonomy, id);

          if (skill != NULL)
            show (shown, skill, k == 0);
        }
    }
  return build_match (self, shown, NULL, 0);
}

/* Whether the mention is an employer the resume names in work[].name: "Led 40 engineers at
 * Oracle" at Oracle is the company, not its database */
static gboolean
is_employer (const RcStringEntry  *entry,
             const RcSkillMention *mention,
             GPtrArray            *employers)
{
  const char *start, *end;

  if (employers->len == 0)
    return FALSE;
  start = entry->ascii ? entry->text + mention->start
                       : g_utf8_offset_to_pointer (entry->text, mention->start);
  end = entry->ascii ? entry->text + mention->end
                     : g_utf8_offset_to_pointer (start, mention->end - mention->start);
  for (guint i = 0; i < employers->len; i++)
    {
      const char *name = g_ptr_array_index (employers, i);
      gsize n = end - start;

      if (g_ascii_strncasecmp (name, start, n) == 0 &&
          (name[n] == '\0' || name[n] == ' ' || name[n] == ','))
        return TRUE;
    }
  return FALSE;
}

static void
read_json (RcTaxonomy *taxonomy,
           JsonObject *root,
           GPtrArray  *employers,
           GHashTable *shown)
{
  JsonArray *work = root != NULL ? rc_json_get_member_array (root, "work") : NULL;
  JsonObject *basics = root != NULL ? rc_json_get_member_object (root, "basics") : NULL;
  JsonArray *profiles = basics != NULL ? rc_json_get_member_array (basics, "profiles") : NULL;

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonNode *node = json_array_get_element (work, i);
      const char *name = JSON_NODE_HOLDS_OBJECT (node)
                         ? rc_json_get_member_string (json_node_get_object (node), "name") : NULL;

      if (name != NULL && *name != '\0')
        g_ptr_array_add (employers, (gpointer) name);
    }
  /* a GitHub profile shows GitHub, and so Git */
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonNode *node = json_array_get_element (profiles, i);
      const char *network = JSON_NODE_HOLDS_OBJECT (node)
                            ? rc_json_get_member_string (json_node_get_object (node), "network")
                            : NULL;
      const RcSkill *skill = network != NULL ? rc_taxonomy_lookup (taxonomy, network) : NULL;

      if (skill != NULL)
        show (shown, skill, FALSE);
    }
}

/**
 * rc_job_match_resume:
 * @self: a #RcJob
 * @root: (nullable): the resume
 * @strings: (element-type RcStringEntry): the resume's strings as the engine read them
 *
 * Like rc_job_match(), reading the skills from the resume's strings: with how often it names
 * each keyword, and for each missing one the bullet whose skills are nearest it. A mention
 * that is one of the resume's employers (work[].name) is not a skill.
 *
 * Returns: (transfer full) (nullable): the match, or NULL when the job has no keywords
 */
RcAtsMatch *
rc_job_match_resume (RcJob      *self,
                     JsonObject *root,
                     GPtrArray  *strings)
{
  g_autoptr(GHashTable) shown = shown_new ();
  g_autoptr(GPtrArray) employers = g_ptr_array_new ();
  g_autoptr(GPtrArray) bullets = g_ptr_array_new ();

  g_return_val_if_fail (RC_IS_JOB (self), NULL);
  g_return_val_if_fail (strings != NULL, NULL);

  if (rc_job_get_keywords (self)->len == 0)
    return NULL;

  read_json (rc_job_get_taxonomy (self), root, employers, shown);
  for (guint i = 0; i < strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (strings, i);
      gboolean listed = entry->section == RC_SECTION_SKILLS;
      gboolean prose = entry->evidence ||
                       (entry->section == RC_SECTION_BASICS && entry->field == RC_FIELD_SUMMARY);

      if ((!listed && !prose) || entry->n_mentions == 0)
        continue;
      if (entry->evidence)
        g_ptr_array_add (bullets, (gpointer) entry);
      for (guint m = 0; m < entry->n_mentions; m++)
        if (listed || !is_employer (entry, &entry->mentions[m], employers))
          show (shown, entry->mentions[m].skill, prose);
    }
  return build_match (self, shown, (const RcStringEntry * const *) bullets->pdata, bullets->len);
}

/* Adding a skill ----------------------------------------------------------------------------- */

/* The skills group that holds a skill of @skill's category ("Cloud: AWS, GCP" for EKS), -1
 * when none; @grouped: whether the resume groups its skills in keywords at all */
static gint
find_group (RcTaxonomy    *taxonomy,
            JsonArray     *skills,
            const RcSkill *skill,
            gboolean      *grouped)
{
  *grouped = FALSE;
  for (guint i = 0; skills != NULL && i < json_array_get_length (skills); i++)
    {
      JsonObject *group = rc_json_get_element_object (skills, i);
      JsonArray *keywords = group != NULL ? rc_json_get_member_array (group, "keywords") : NULL;

      if (keywords == NULL)
        continue;
      *grouped = TRUE;
      for (guint k = 0; k < json_array_get_length (keywords); k++)
        {
          const char *text = rc_json_get_string (json_array_get_element (keywords, k));
          const RcSkill *other = text != NULL ? rc_taxonomy_lookup (taxonomy, text) : NULL;

          if (other != NULL && strcmp (other->category, skill->category) == 0)
            return (gint) i;
        }
    }
  return -1;
}

/**
 * rc_job_add_skill:
 * @document: the resume
 * @taxonomy: the skills
 * @name: the skill to add, as the user should read it: "Kubernetes"
 * @pointer: (out) (optional) (transfer full): what was added: "/skills/2/keywords/4"
 * @error: where a refused edit is told
 *
 * Adds a skill to the resume's skills section in one edit, where a reader looks for it: to
 * the group that lists skills of its category; else, when the resume groups its skills, as a
 * group named after the category ("Containers and orchestration"); else as a skill of its own.
 *
 * Returns: whether the document took the edit
 */
gboolean
rc_job_add_skill (RcDocument  *document,
                  RcTaxonomy  *taxonomy,
                  const char  *name,
                  char       **pointer,
                  GError     **error)
{
  JsonNode *node;
  JsonArray *skills;
  const RcSkill *skill;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) item = NULL;
  g_autofree char *target = NULL;
  gboolean grouped = FALSE;
  gint group = -1;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (RC_IS_TAXONOMY (taxonomy), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  node = rc_document_get (document, "/skills");
  skills = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  skill = rc_taxonomy_lookup (taxonomy, name);
  if (skill != NULL)
    group = find_group (taxonomy, skills, skill, &grouped);

  if (group >= 0)
    {
      JsonArray *keywords = rc_json_get_member_array (rc_json_get_element_object (skills, group),
                                                      "keywords");

      guint at = json_array_get_length (keywords);

      target = g_strdup_printf ("/skills/%d/keywords", group);
      item = json_node_init_string (json_node_alloc (), name);
      if (!rc_document_insert (document, target, -1, item, error))
        return FALSE;
      if (pointer != NULL)
        *pointer = g_strdup_printf ("%s/%u", target, at);
      return TRUE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  if (grouped && skill != NULL)
    {
      const RcSkillCategory *category = rc_taxonomy_get_category (taxonomy, skill->category);

      json_builder_add_string_value (builder, category != NULL ? category->title : name);
      json_builder_set_member_name (builder, "keywords");
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, name);
      json_builder_end_array (builder);
    }
  else
    json_builder_add_string_value (builder, name);
  json_builder_end_object (builder);
  item = json_builder_get_root (builder);

  {
    guint at = skills != NULL ? json_array_get_length (skills) : 0;

    /* a missing list is made */
    if (!rc_document_insert (document, "/skills", -1, item, error))
      return FALSE;
    if (pointer != NULL)
      *pointer = g_strdup_printf ("/skills/%u", at);
  }
  return TRUE;
}
