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

static void
add_link (GHashTable    *index,
          const RcSkill *skill,
          guint          keyword)
{
  GArray *links = g_hash_table_lookup (index, skill->id);

  if (links == NULL)
    {
      links = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, (gpointer) skill->id, links);
    }
  g_array_append_val (links, keyword);
}

/* For each skill, the job's keywords that imply it (NumPy: Python). A bullet's skill relates
 * to a keyword when the keyword implies it, or when both imply one skill (pandas and NumPy:
 * Python); a shared category alone is no relation: Java does not belong in a bullet about
 * Rust. Made once a job. */
static GHashTable *
get_related_index (RcJob *self)
{
  static GQuark quark;
  GPtrArray *keywords = rc_job_get_keywords (self);
  GHashTable *index;

  if (quark == 0)
    quark = g_quark_from_static_string ("rc-job-related");
  index = g_object_get_qdata (G_OBJECT (self), quark);
  if (index != NULL)
    return index;

  index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint k = 0; k < keywords->len; k++)
    {
      const RcSkill *skill = ((const RcJobKeyword *) g_ptr_array_index (keywords, k))->skill;

      for (guint i = 0; skill->implied != NULL && skill->implied[i] != NULL; i++)
        add_link (index, skill->implied[i], k);
    }
  g_object_set_qdata_full (G_OBJECT (self), quark, index, (GDestroyNotify) g_hash_table_unref);
  return index;
}

typedef struct
{
  const RcStringEntry *entry;
  const RcSkill       *names[2];
  guint                score;
} Related;

static void
relate (Related             *r,
        const RcAtsMatch    *match,
        guint                keyword,
        const RcStringEntry *entry,
        const RcSkill       *other,
        guint                score)
{
  if (match->keywords[keyword].status != RC_ATS_MISSING ||
      g_strcmp0 (match->keywords[keyword].skill_id, other->id) == 0)
    return;
  if (score > r->score)
    {
      r->score = score;
      r->entry = entry;
      r->names[0] = other;
      r->names[1] = NULL;
    }
  else if (score == r->score && r->entry == entry && r->names[1] == NULL && other != r->names[0])
    r->names[1] = other;
}

/* Each missing keyword's nearest bullet: the first with its strongest relation */
static void
find_related (RcJob                       *self,
              RcAtsMatch                  *match,
              const RcStringEntry * const *bullets,
              guint                        n_bullets)
{
  GHashTable *index;
  g_autofree Related *best = NULL;

  if (n_bullets == 0 || match->missing == NULL || match->missing[0] == NULL)
    return;
  index = get_related_index (self);
  best = g_new0 (Related, match->n_keywords);
  for (guint i = 0; i < n_bullets; i++)
    {
      const RcStringEntry *entry = bullets[i];

      for (guint m = 0; m < entry->n_mentions; m++)
        {
          const RcSkill *other = entry->mentions[m].skill;

          /* the skill itself (score 2), then what it implies (score 1) */
          for (gint j = -1; j < 0 || (other->implied != NULL && other->implied[j] != NULL); j++)
            {
              const RcSkill *key = j < 0 ? other : other->implied[j];
              GArray *links = g_hash_table_lookup (index, key->id);

              for (guint l = 0; links != NULL && l < links->len; l++)
                {
                  guint k = g_array_index (links, guint, l);

                  relate (&best[k], match, k, entry, other, j < 0 ? 2 : 1);
                }
            }
        }
    }
  for (guint k = 0; k < match->n_keywords; k++)
    {
      const Related *r = &best[k];
      RcAtsKeyword *keyword = &match->keywords[k];

      if (r->entry == NULL)
        continue;
      keyword->related_pointer = g_strdup (r->entry->pointer);
      keyword->related = r->names[1] != NULL
                         ? g_strdup_printf ("%s, %s", r->names[0]->name, r->names[1]->name)
                         : g_strdup (r->names[0]->name);
    }
}

/* Choices ------------------------------------------------------------------------------------ */

/* The names of the keywords of the choice @alternatives but the one at @skip, joined as a
 * choice: "Kafka or NATS", "AWS, GCP or Azure" */
static char *
dup_choice (GPtrArray *keywords,
            guint      alternatives,
            guint      skip)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

      if (keyword->alternatives == alternatives && i != skip)
        g_ptr_array_add (names, keyword->as_written);
    }
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: joins a job's choices of skills: "AWS, GCP or Azure" */
        g_string_append (out, i + 1 == names->len ? _(" or ") : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

/* The keyword of the choice @alternatives the resume shows, or -1 */
static gint
find_chosen (GPtrArray          *keywords,
             const RcAtsKeyword *judged,
             guint               alternatives)
{
  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

      if (keyword->alternatives == alternatives && judged[i].status != RC_ATS_MISSING)
        return i;
    }
  return -1;
}

/* The keyword that speaks for the choice @alternatives when the resume has none of it: the
 * skill the job also asks for on its own ("PostgreSQL" beside "PostgreSQL or MySQL"), else
 * the first, the heaviest */
static gint
speaker_of_choice (GPtrArray *keywords,
                   guint      alternatives)
{
  gint first = -1;

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);

      if (keyword->alternatives != alternatives)
        continue;
      if (keyword->alone)
        return (gint) i;
      if (first < 0)
        first = (gint) i;
    }
  return first;
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
    judge_keyword (taxonomy, shown, g_ptr_array_index (keywords, i), &match->keywords[i]);

  for (guint i = 0; i < keywords->len; i++)
    {
      const RcJobKeyword *keyword = g_ptr_array_index (keywords, i);
      RcAtsKeyword *out = &match->keywords[i];

      /* one the job also asks for on its own is judged as any keyword */
      if (keyword->alternatives != 0 && !keyword->alone)
        {
          out->choice = keyword->alternatives;
          out->alternatives = dup_choice (keywords, keyword->alternatives, i);
        }
      if (out->choice != 0 && out->status == RC_ATS_MISSING)
        {
          /* another stands for it: one the resume has, else one the job also asks for on its
           * own; with neither, the choice counts once, as its first */
          gint other = find_chosen (keywords, match->keywords, keyword->alternatives);

          if (other < 0)
            other = speaker_of_choice (keywords, keyword->alternatives);
          if (match->keywords[other].status != RC_ATS_MISSING ||
              ((const RcJobKeyword *) g_ptr_array_index (keywords, other))->alone)
            {
              out->status = RC_ATS_ALTERNATIVE;
              out->via = g_strdup (match->keywords[other].keyword);
            }
          else if (other == (gint) i)
            {
              total += keyword->weight;
              g_ptr_array_add (missing, dup_choice (keywords, keyword->alternatives, G_MAXUINT));
            }
          continue;
        }
      total += keyword->weight;
      if (out->status == RC_ATS_MISSING)
        {
          g_ptr_array_add (missing, g_strdup (keyword->as_written));
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

  match->match = total > 0 ? (guint) ((200 * got + total) / (2 * total)) : 100;
  match->matched = (char **) g_ptr_array_free (g_steal_pointer (&matched), FALSE);
  match->missing = (char **) g_ptr_array_free (g_steal_pointer (&missing), FALSE);
  match->skills_only = (char **) g_ptr_array_free (g_steal_pointer (&skills_only), FALSE);
  find_related (self, match, bullets, n_bullets);
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
 * so a missing required hard skill costs more than a missing nice-to-have soft skill. Where
 * the job takes any one of several skills ("Kafka or NATS"), the one the resume has counts
 * and the others are not asked for; when it has none, the choice counts once. A
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
             GHashTable           *employers)
{
  const char *start, *end;
  char key[64];
  gsize n;

  if (g_hash_table_size (employers) == 0)
    return FALSE;
  start = entry->ascii ? entry->text + mention->start
                       : g_utf8_offset_to_pointer (entry->text, mention->start);
  end = entry->ascii ? entry->text + mention->end
                     : g_utf8_offset_to_pointer (start, mention->end - mention->start);
  n = end - start;
  if (n >= sizeof key)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    key[i] = g_ascii_tolower (start[i]);
  key[n] = '\0';
  return g_hash_table_contains (employers, key);
}

/* An employer's name and its leading words, lower case: "oracle corporation", "oracle" */
static void
add_employer (GHashTable *employers,
              const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  g_strstrip (lower);
  for (char *p = lower; *p != '\0'; p++)
    if (*p == ' ' || *p == ',')
      g_hash_table_add (employers, g_strndup (lower, p - lower));
  g_hash_table_add (employers, g_steal_pointer (&lower));
}

static void
read_json (RcTaxonomy *taxonomy,
           JsonObject *root,
           GHashTable *employers,
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
        add_employer (employers, name);
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
  g_autoptr(GHashTable) employers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
