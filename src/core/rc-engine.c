/* rc-engine.c — runs the rules over a resume, caching per string
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-engine-private.h"
#include "rc-hash-private.h"
#include "rc-json-pointer.h"
#include "rc-page-count.h"
#include "rc-spell.h"

struct _RcEngine
{
  GObject     parent_instance;

  RcRuleSet  *rules;
  guint       rules_generation;
  guint       spell_generation;  /* the default speller's, when the cache was filled */
  GPtrArray  *strings;       /* RcStringEntry, document order, as of the last check */
  RcStringReader reader;

  /* what all strings say together, kept up to date as strings come and go */
  GHashTable *skills;          /* skill id → RcSkillCounts */
  GPtrArray  *skill_counts;    /* RcSkill.index → its RcSkillCounts: the table without a hash */
  guint       n_skills[RC_N_SKILL_COUNTS];
  guint       skills_version;  /* bumped when a skill id enters or leaves a table */

  char       *job_text;
  char       *stored_job;      /* meta.resumeCoach.job as last read */
  RcJob      *job;
  RcAtsBox   *ats;
  guint       ats_version;
  guint64     ats_facts;
  guint       job_version;     /* bumped when the ATS match may have changed */

  /* what changed in the document since the last check, from its change notifications */
  RcDocument *document;        /* weak */
  gulong      changed_id;
  gboolean    structure_dirty; /* anything but a cached string (or meta) */
  gboolean    meta_dirty;
  GHashTable *dirty;           /* pointers set since the last check */

  /* the document checks' findings from their last run, and what they were run on */
  GPtrArray  *rule_findings;   /* per compiled->document_rules item: GPtrArray or NULL */
  GArray     *rule_words;      /* gboolean per item: the run read words, not only facts */
  guint64     facts;           /* sum of the strings' facts */
  guint64     memo_facts;
  guint64     skill_facts;     /* sum of the strings' skill facts */
  guint64     memo_skill_facts;
  guint64     skill_names;     /* sum of the strings' skill names */
  guint64     memo_skill_names;
  guint64     verb_facts;      /* sum of the strings' verb facts */
  guint64     memo_verb_facts;
  guint       memo_julian;
  GDate       today;          /* the local date, read again a second after it was */
  gint64      today_read_at;  /* monotonic µs; 0 before the first check */
  guint       memo_job_version;

  /* the page count length.pages uses; with defer-pages it is kept while the resume changes,
   * until rc_engine_update_pages() counts again */
  gboolean    defer_pages;
  gboolean    pages_known;     /* pages counted the watched document at some point */
  gboolean    pages_stale;     /* and something it prints has changed since */
  guint       pages;
  guint       last_page_lines; /* lines on the last of those pages (length.last-page) */
  guint       pages_reported;  /* the count the length.pages findings were made with */
  guint       lines_reported;  /* and the last page's lines */
  guint       pages_version;   /* bumped when length.pages must run again for its count */
  guint       memo_pages_version;

  guint       last_rechecked;
  gboolean    last_blanks_changed; /* a string read again turned blank or not, or is a name */
};

G_DEFINE_FINAL_TYPE (RcEngine, rc_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULES,
  PROP_DEFER_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* the page count length.pages reports, and the lines on the last page: rc_page_count() of
 * @document, or with defer-pages the last count of it */
static guint
check_pages (RcEngine   *self,
             RcDocument *document,
             guint      *last_page_lines)
{
  if (!self->defer_pages || !self->pages_known)
    {
      self->pages = rc_page_count_with_lines (document, &self->last_page_lines);
      self->pages_known = TRUE;
      self->pages_stale = FALSE;
    }
  /* deferred: the last count stands, even if the resume has changed since (the report says) */
  self->pages_reported = self->pages;
  self->lines_reported = self->last_page_lines;
  *last_page_lines = self->last_page_lines;
  return self->pages;
}

/* ------------------------------------------------------------------------------------------ */
/* String entries and the aggregates they feed                                                 */

static void
count_skill (RcEngine      *self,
             const RcSkill *skill,
             RcSkillCount   which,
             gint           delta)
{
  RcSkillCounts *counts = skill->index < self->skill_counts->len
                          ? g_ptr_array_index (self->skill_counts, skill->index) : NULL;
  guint before;

  if (counts == NULL)
    {
      counts = g_hash_table_lookup (self->skills, skill->id);
      if (counts == NULL)
        {
          counts = g_new0 (RcSkillCounts, 1);
          g_hash_table_insert (self->skills, (gpointer) skill->id, counts);
        }
      if (skill->index >= self->skill_counts->len)
        g_ptr_array_set_size (self->skill_counts, (gint) skill->index + 1);
      g_ptr_array_index (self->skill_counts, skill->index) = counts;
    }
  before = counts->counts[which];
  g_return_if_fail (delta > 0 || before > 0);
  counts->counts[which] = (guint) ((gint) before + delta);
  if ((before == 0) != (counts->counts[which] == 0))
    {
      self->n_skills[which] = (guint) ((gint) self->n_skills[which] + delta);
      self->skills_version++;
    }
}

static void
account (RcEngine      *self,
         RcStringEntry *entry,
         gint           delta)
{
  gboolean listed = entry->section == RC_SECTION_SKILLS;
  gboolean prose = entry->evidence ||
                   (entry->section == RC_SECTION_BASICS && entry->field == RC_FIELD_SUMMARY);

  for (guint i = 0; i < entry->n_mentions; i++)
    {
      const RcSkill *skill = entry->mentions[i].skill;

      if (entry->evidence)
        {
          count_skill (self, skill, RC_SKILL_EVIDENCE, delta);
          /* EKS shows Kubernetes and AWS in use, Celery shows Python: the taxonomy's graph */
          for (const RcSkill * const *implied = skill->implied;
               implied != NULL && *implied != NULL; implied++)
            count_skill (self, *implied, RC_SKILL_EVIDENCE, delta);
        }
      if (listed)
        count_skill (self, skill, RC_SKILL_LISTED, delta);
      if (prose)
        count_skill (self, skill, RC_SKILL_PROSE, delta);
    }
}

static void
string_entry_free (gpointer data)
{
  RcStringEntry *entry = data;

  if (entry == NULL)
    return;
  g_clear_pointer (&entry->findings, g_ptr_array_unref);
  g_free (entry);
}

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcEngine     *self)
{
  if (strcmp (pointer, "/meta") == 0 || g_str_has_prefix (pointer, "/meta/"))
    {
      self->meta_dirty = TRUE;
      return;
    }
  /* a resume replaced whole brings its own meta, and is counted afresh as a new one is */
  if (*pointer == '\0')
    {
      self->meta_dirty = TRUE;
      self->pages_known = FALSE;
    }
  self->pages_stale = TRUE;
  if (kind == RC_CHANGE_SET && !self->structure_dirty && g_hash_table_size (self->dirty) < 64)
    g_hash_table_add (self->dirty, g_strdup (pointer));
  else
    self->structure_dirty = TRUE;
}

static void
unwatch_document (RcEngine *self)
{
  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->document);
      g_object_remove_weak_pointer (G_OBJECT (self->document), (gpointer *) &self->document);
      self->document = NULL;
    }
  self->changed_id = 0;
}

/* The cache describes one document; its notifications say what to read again */
static void
watch_document (RcEngine   *self,
                RcDocument *document)
{
  if (self->document == document)
    return;
  unwatch_document (self);
  self->document = document;
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &self->document);
  self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed_cb),
                                       self);
  self->structure_dirty = TRUE;
  self->meta_dirty = TRUE;
  /* a count of another document says nothing about this one */
  self->pages_known = FALSE;
  self->pages_stale = FALSE;
}

/* Reads again only the strings that were set since the last check. FALSE when a change is not
 * one of the cached strings: the caller then walks the whole resume. */
static gboolean
refresh_dirty (RcEngine         *self,
               RcDocument       *document,
               const RcCompiled *compiled)
{
  GHashTableIter iter;
  const char *pointer;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, (gpointer *) &pointer, NULL))
    {
      guint64 key = rc_pointer_sort_key (pointer);
      guint lo = 0, hi = self->strings->len;
      RcStringEntry *old = NULL, *entry;
      RcStringEntry tmp;
      const char *text;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (((RcStringEntry *) g_ptr_array_index (self->strings, mid))->key < key)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo < self->strings->len)
        old = g_ptr_array_index (self->strings, lo);
      if (old == NULL || old->key != key || strcmp (old->pointer, pointer) != 0 ||
          (text = rc_document_get_string (document, pointer)) == NULL)
        return FALSE;
      if (strlen (text) == old->len && memcmp (text, old->text, old->len) == 0)
        continue;

      tmp = *old;
      tmp.text = (char *) text;
      tmp.len = (guint) strlen (text);
      tmp.n_words = tmp.n_chars = tmp.n_mentions = tmp.n_hashes = 0;
      tmp.has_metric = FALSE;
      tmp.marks = 0;
      tmp.verb = -1;
      tmp.verb_forms = tmp.verb_flags = 0;
      tmp.first_start = tmp.first_end = 0;
      tmp.first_word = NULL;
      tmp.mentions = NULL;
      tmp.hashes = NULL;
      tmp.findings = NULL;
      rc_string_reader_read (&self->reader, &tmp, compiled);
      entry = rc_string_entry_store (&tmp);

      account (self, old, -1);
      account (self, entry, +1);
      if (entry->field == RC_FIELD_NAME || is_blank (entry->text) != is_blank (old->text))
        self->last_blanks_changed = TRUE;
      self->facts += entry->facts - old->facts;
      self->skill_facts += entry->skill_facts - old->skill_facts;
      self->skill_names += entry->skill_names - old->skill_names;
      self->verb_facts += entry->verb_facts - old->verb_facts;
      self->strings->pdata[lo] = entry;
      string_entry_free (old);
      self->last_rechecked++;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Walking the resume                                                                          */

typedef struct
{
  RcEngine         *self;
  const RcCompiled *compiled;
  GPtrArray        *old;
  guint             cursor;
  GPtrArray        *strings;
  guint             rechecked;
  GString          *pointer;   /* build_pointer()'s */
} Walk;

static const char * const field_names[] = {
  "name", "summary", "description", "highlights", "keywords",
};

/* "/work/3/highlights/2" in @pointer */
static const char *
build_pointer (GString   *pointer,
               RcSection  section,
               gint32     entry,
               RcField    field,
               gint32     item)
{
  g_string_assign (pointer, rc_section_get_info (section)->pointer);
  if (entry >= 0)
    rc_json_pointer_add_index (pointer, (guint) entry);
  rc_json_pointer_add_token (pointer, field_names[field]);
  if (item >= 0)
    rc_json_pointer_add_index (pointer, (guint) item);
  return pointer->str;
}

/* rc_pointer_sort_key() of the pointer build_pointer() writes, without reading it again */
static guint64
place_key (RcSection section,
           gint32    entry,
           RcField   field,
           gint32    item)
{
  static guint section_rank[RC_N_SECTIONS];
  static guint field_rank[G_N_ELEMENTS (field_names)];
  static gsize ranked;
  guint64 key;

  if (g_once_init_enter (&ranked))
    {
      for (guint i = 0; i < RC_N_SECTIONS; i++)
        section_rank[i] = rc_pointer_token_rank (rc_section_get_info ((RcSection) i)->id,
                                                 strlen (rc_section_get_info ((RcSection) i)->id));
      for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
        field_rank[i] = rc_pointer_token_rank (field_names[i], strlen (field_names[i]));
      g_once_init_leave (&ranked, 1);
    }

  key = (guint64) section_rank[section] << 48;
  if (entry < 0)
    return key | (guint64) field_rank[field] << 32;
  key |= (guint64) (1 + MIN ((guint) entry, 0xFFFDu)) << 32 | (guint64) field_rank[field] << 16;
  if (item >= 0)
    key |= 1 + MIN ((guint) item, 0xFFFDu);
  return key;
}

static int
compare_place (guint8  section_a,
               gint32  entry_a,
               guint8  field_a,
               gint32  item_a,
               const RcStringEntry *b)
{
  if (section_a != b->section)
    return section_a < b->section ? -1 : 1;
  if (entry_a != b->entry)
    return entry_a < b->entry ? -1 : 1;
  if (field_a != b->field)
    return field_a < b->field ? -1 : 1;
  if (item_a != b->item)
    return item_a < b->item ? -1 : 1;
  return 0;
}

static void
visit (Walk       *walk,
       JsonNode   *node,
       RcSection   section,
       RcScope     scope,
       RcField     field,
       gint32      entry_index,
       gint32      item)
{
  RcEngine *self = walk->self;
  RcStringEntry *entry = NULL;
  const char *text;
  gsize len;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return;
  text = json_node_get_string (node);
  len = strlen (text);

  /* the old entries are in the same order: a merge finds the one for this place */
  while (walk->cursor < walk->old->len)
    {
      RcStringEntry *old = g_ptr_array_index (walk->old, walk->cursor);
      int c = compare_place ((guint8) section, entry_index, (guint8) field, item, old);

      if (c > 0)
        {
          walk->cursor++;
          continue;
        }
      if (c == 0)
        {
          walk->cursor++;
          if (old->len == len && memcmp (old->text, text, len) == 0)
            {
              g_ptr_array_index (walk->old, walk->cursor - 1) = NULL;
              entry = old;
            }
        }
      break;
    }

  if (entry == NULL)
    {
      RcStringEntry tmp = { 0 };

      tmp.section = (guint8) section;
      tmp.scope = (guint8) g_bit_nth_lsf (scope, -1);
      tmp.field = (guint8) field;
      tmp.entry = entry_index;
      tmp.item = item;
      tmp.text = (char *) text;
      tmp.len = (guint) len;
      tmp.pointer = (char *) build_pointer (walk->pointer, section, entry_index, field, item);
      tmp.key = place_key (section, entry_index, field, item);
      tmp.evidence = section == RC_SECTION_WORK || section == RC_SECTION_VOLUNTEER ||
                     section == RC_SECTION_PROJECTS;
      rc_string_reader_read (&self->reader, &tmp, walk->compiled);
      entry = rc_string_entry_store (&tmp);
      account (self, entry, +1);
      walk->rechecked++;
    }

  g_ptr_array_add (walk->strings, entry);
}

static void
visit_list (Walk       *walk,
            JsonObject *object,
            const char *member,
            RcSection   section,
            RcScope     scope,
            RcField     field,
            gint32      entry_index)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    visit (walk, json_array_get_element (array, i), section, scope, field, entry_index,
           (gint32) i);
}

static void
walk_document (Walk       *walk,
               JsonObject *root)
{
  JsonNode *basics = json_object_get_member (root, "basics");

  if (basics != NULL && JSON_NODE_HOLDS_OBJECT (basics))
    visit (walk, json_object_get_member (json_node_get_object (basics), "summary"),
           RC_SECTION_BASICS, RC_SCOPE_SUMMARY, RC_FIELD_SUMMARY, -1, -1);

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonNode *node = json_object_get_member (root, rc_section_get_info (section)->id);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      if (section != RC_SECTION_WORK && section != RC_SECTION_PROJECTS &&
          section != RC_SECTION_SKILLS && section != RC_SECTION_VOLUNTEER &&
          section != RC_SECTION_AWARDS && section != RC_SECTION_PUBLICATIONS)
        continue;

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          JsonObject *object;
          gint32 index = (gint32) i;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            continue;
          object = json_node_get_object (item);
          switch (section)
            {
            case RC_SECTION_SKILLS:
              visit (walk, json_object_get_member (object, "name"), section, RC_SCOPE_SKILLS,
                     RC_FIELD_NAME, index, -1);
              visit_list (walk, object, "keywords", section, RC_SCOPE_SKILLS, RC_FIELD_KEYWORDS,
                          index);
              break;
            case RC_SECTION_PROJECTS:
              visit (walk, json_object_get_member (object, "description"), section,
                     RC_SCOPE_DESCRIPTION, RC_FIELD_DESCRIPTION, index, -1);
              visit_list (walk, object, "highlights", section, RC_SCOPE_BULLET,
                          RC_FIELD_HIGHLIGHTS, index);
              visit_list (walk, object, "keywords", section, RC_SCOPE_SKILLS, RC_FIELD_KEYWORDS,
                          index);
              break;
            case RC_SECTION_WORK:
            case RC_SECTION_VOLUNTEER:
              visit (walk, json_object_get_member (object, "summary"), section,
                     RC_SCOPE_DESCRIPTION, RC_FIELD_SUMMARY, index, -1);
              visit_list (walk, object, "highlights", section, RC_SCOPE_BULLET,
                          RC_FIELD_HIGHLIGHTS, index);
              break;
            case RC_SECTION_AWARDS:
            case RC_SECTION_PUBLICATIONS:
              visit (walk, json_object_get_member (object, "summary"), section,
                     RC_SCOPE_DESCRIPTION, RC_FIELD_SUMMARY, index, -1);
              break;
            case RC_SECTION_BASICS:
            case RC_SECTION_EDUCATION:
            case RC_SECTION_CERTIFICATES:
            case RC_SECTION_LANGUAGES:
            case RC_SECTION_INTERESTS:
            case RC_SECTION_REFERENCES:
            case RC_N_SECTIONS:
            default:
              break;
            }
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Checking                                                                                    */

static void
unref_findings (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

static void
flush (RcEngine *self)
{
  g_ptr_array_set_size (self->strings, 0);
  g_ptr_array_set_size (self->rule_findings, 0);
  g_array_set_size (self->rule_words, 0);
  self->facts = self->skill_facts = self->skill_names = self->verb_facts = 0;
  self->structure_dirty = TRUE;
  g_hash_table_remove_all (self->skills);
  g_ptr_array_set_size (self->skill_counts, 0);
  memset (self->n_skills, 0, sizeof self->n_skills);
  self->skills_version++;
}

static void
update_job (RcEngine   *self,
            const char *job_text,
            RcTaxonomy *taxonomy)
{
  if (job_text != NULL && *job_text == '\0')
    job_text = NULL;
  if (g_strcmp0 (job_text, self->job_text) == 0)
    return;

  g_free (self->job_text);
  self->job_text = g_strdup (job_text);
  g_clear_object (&self->job);
  g_clear_pointer (&self->ats, rc_ats_box_unref);
  self->job_version++;
  if (job_text != NULL)
    self->job = rc_job_new (taxonomy, job_text);
}

/* only strings were set: read those again; anything else: walk the whole resume, reusing
 * every string whose place and text are unchanged */
static void
read_strings (RcEngine         *self,
              RcDocument       *document,
              const RcCompiled *compiled)
{
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) none = NULL;
  Walk walk = { 0 };

  self->last_rechecked = 0;
  self->last_blanks_changed = FALSE;
  if (!self->structure_dirty && refresh_dirty (self, document, compiled))
    return;

  old = g_steal_pointer (&self->strings);
  self->strings = g_ptr_array_new_full (old->len + 16, string_entry_free);
  walk.self = self;
  walk.compiled = compiled;
  walk.old = old;
  /* the spelling rules know the resume's names: when they change, every string is read again */
  {
    guint64 hash;
    RcLexicon *names = rc_spell_read_names (json_node_get_object (rc_document_get_root (document)),
                                            &hash);

    if (self->reader.names == NULL || hash != self->reader.names_hash)
      {
        g_clear_pointer (&self->reader.names, rc_lexicon_free);
        self->reader.names = names;
        self->reader.names_hash = hash;
        walk.old = none = g_ptr_array_new ();
      }
    else
      rc_lexicon_free (names);
  }
  walk.strings = self->strings;
  walk.pointer = g_string_sized_new (64);
  walk_document (&walk, json_node_get_object (rc_document_get_root (document)));
  g_string_free (walk.pointer, TRUE);
  /* strings that are gone leave the aggregates */
  for (guint i = 0; i < old->len; i++)
    {
      RcStringEntry *entry = g_ptr_array_index (old, i);

      if (entry != NULL)
        account (self, entry, -1);
    }
  self->last_rechecked = walk.rechecked;
  self->facts = self->skill_facts = self->skill_names = self->verb_facts = 0;
  for (guint i = 0; i < self->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (self->strings, i);

      self->facts += entry->facts;
      self->skill_facts += entry->skill_facts;
      self->skill_names += entry->skill_names;
      self->verb_facts += entry->verb_facts;
    }
  self->structure_dirty = TRUE;
}

/* the job to match (@job_text, else the resume's own) and its ATS match, into @ctx */
static void
read_job (RcEngine       *self,
          RcDocument     *document,
          const char     *job_text,
          RcCheckContext *ctx)
{
  if (self->meta_dirty)
    {
      g_free (self->stored_job);
      self->stored_job = rc_coach_state_dup_job (document);
      self->meta_dirty = FALSE;
    }
  update_job (self, job_text != NULL ? job_text : self->stored_job, ctx->taxonomy);
  if (self->job == NULL)
    return;
  /* the match reads mentions, counts and employers, not where they are: the strings' skill
   * names hold them all */
  if (self->ats == NULL || self->ats_version != self->skills_version ||
      self->ats_facts != self->skill_names)
    {
      JsonObject *root = json_node_get_object (rc_document_get_root (document));
      RcAtsMatch *match = rc_job_match_resume (self->job, root, self->strings);

      self->ats_version = self->skills_version;
      self->ats_facts = self->skill_names;
      if (self->ats != NULL && rc_ats_match_equal (rc_ats_box_get (self->ats), match))
        rc_ats_match_free (match);
      else
        {
          g_clear_pointer (&self->ats, rc_ats_box_unref);
          self->ats = rc_ats_box_new (match);
          self->job_version++;
        }
    }
  ctx->job = self->job;
  ctx->ats = rc_ats_box_get (self->ats);
}

/* Runs each whole-resume check whose inputs changed since its last run; the others keep their
 * findings. TRUE when a check reads the page count. */
static gboolean
run_document_rules (RcEngine         *self,
                    RcCheckContext   *ctx,
                    const RcCompiled *compiled,
                    gboolean          json_changed,
                    gboolean          strings_changed,
                    gboolean          blanks_changed,
                    guint             julian)
{
  gboolean facts_changed = self->facts != self->memo_facts;
  gboolean mentions_changed = self->skill_facts != self->memo_skill_facts;
  gboolean skills_changed = self->skill_names != self->memo_skill_names;
  gboolean verbs_changed = self->verb_facts != self->memo_verb_facts;
  gboolean today_changed = julian != self->memo_julian;
  gboolean job_changed = self->job_version != self->memo_job_version;
  gboolean pages_changed = self->pages_version != self->memo_pages_version;
  gboolean pages_checked = FALSE, pages_counted = FALSE;

  if (self->rule_findings->len != compiled->document_rules->len)
    {
      g_ptr_array_set_size (self->rule_findings, compiled->document_rules->len);
      g_array_set_size (self->rule_words, compiled->document_rules->len);
    }

  for (guint i = 0; i < compiled->document_rules->len; i++)
    {
      const RcRule *rule = rc_rule_set_get_rule_private (self->rules,
                                                         g_array_index (compiled->document_rules,
                                                                        guint, i));
      guint depends = rule->check->depends;

      if (g_array_index (self->rule_words, gboolean, i))
        depends |= RC_DEPENDS_STRINGS;
      if (depends & RC_DEPENDS_PAGES)
        {
          pages_checked = TRUE;
          /* the text counts only through the page count, which is kept */
          if (self->defer_pages && self->pages_known)
            depends &= ~(guint) RC_DEPENDS_STRINGS;
        }
      /* what it read is as it was: its findings are too */
      if (g_ptr_array_index (self->rule_findings, i) != NULL &&
          !((depends & RC_DEPENDS_JSON) && json_changed) &&
          !((depends & RC_DEPENDS_FACTS) && facts_changed) &&
          !((depends & RC_DEPENDS_SKILLS) && skills_changed) &&
          !((depends & RC_DEPENDS_MENTIONS) && mentions_changed) &&
          !((depends & RC_DEPENDS_VERBS) && verbs_changed) &&
          !((depends & RC_DEPENDS_STRINGS) && strings_changed) &&
          !((depends & RC_DEPENDS_BLANKS) && blanks_changed) &&
          !((depends & RC_DEPENDS_TODAY) && today_changed) &&
          !((depends & RC_DEPENDS_JOB) && job_changed) &&
          !((depends & RC_DEPENDS_PAGES) && pages_changed))
        continue;

      if ((rule->check->depends & RC_DEPENDS_PAGES) && !pages_counted)
        {
          ctx->pages = check_pages (self, ctx->document, &ctx->last_page_lines);
          pages_counted = TRUE;
        }
      ctx->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_finding_free);
      ctx->used_words = FALSE;
      rule->check->run (ctx, rule);
      g_clear_pointer (&g_ptr_array_index (self->rule_findings, i), g_ptr_array_unref);
      g_ptr_array_index (self->rule_findings, i) = ctx->findings;
      g_array_index (self->rule_words, gboolean, i) = ctx->used_words;
    }
  self->memo_facts = self->facts;
  self->memo_skill_facts = self->skill_facts;
  self->memo_skill_names = self->skill_names;
  self->memo_verb_facts = self->verb_facts;
  self->memo_julian = julian;
  self->memo_job_version = self->job_version;
  self->memo_pages_version = self->pages_version;
  return pages_checked;
}

/**
 * rc_engine_check:
 * @self: an engine
 * @document: the resume
 * @job_text: (nullable): a job description (plain text or a JSON Resume job), overriding
 *   the one stored in the resume
 *
 * Checks the resume. Strings unchanged since the last check (same place, same text) are not
 * read again; the result is the same as a new engine's.
 *
 * Returns: (transfer full): the report
 */
RcReport *
rc_engine_check (RcEngine   *self,
                 RcDocument *document,
                 const char *job_text)
{
  const RcCompiled *compiled;
  RcCheckContext ctx = { 0 };
  RcReport *report;
  GDateTime *now;
  gboolean json_changed, strings_changed, pages_checked;
  guint spell_generation;

  g_return_val_if_fail (RC_IS_ENGINE (self), NULL);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);

  compiled = rc_rule_set_get_compiled (self->rules);
  spell_generation = rc_spell_get_generation (rc_spell_get_default ());
  /* other dictionaries: every string's spelling findings may differ */
  if (compiled->generation != self->rules_generation ||
      spell_generation != self->spell_generation ||
      self->reader.n_active != rc_rule_set_get_n_rules (self->rules))
    {
      flush (self);
      self->rules_generation = compiled->generation;
      self->spell_generation = spell_generation;
      rc_string_reader_set_n_rules (&self->reader, rc_rule_set_get_n_rules (self->rules));
    }

  watch_document (self, document);
  read_strings (self, document, compiled);
  json_changed = self->structure_dirty;
  strings_changed = self->last_rechecked > 0;
  self->structure_dirty = FALSE;
  g_hash_table_remove_all (self->dirty);

  ctx.compiled = compiled;
  ctx.verbs = rc_rule_set_get_verbs (self->rules);
  ctx.document = document;
  ctx.root = json_node_get_object (rc_document_get_root (document));
  ctx.strings = self->strings;
  ctx.taxonomy = rc_taxonomy_get_default ();
  ctx.skills = self->skills;
  memcpy (ctx.n_skills, self->n_skills, sizeof ctx.n_skills);
  /* the local time zone costs more than the rest of a keystroke's check: once a second */
  if (self->today_read_at == 0 || g_get_monotonic_time () - self->today_read_at > G_USEC_PER_SEC)
    {
      now = g_date_time_new_now_local ();
      g_date_clear (&self->today, 1);
      g_date_set_dmy (&self->today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
      g_date_time_unref (now);
      self->today_read_at = g_get_monotonic_time ();
    }
  ctx.today = self->today;
  read_job (self, document, job_text, &ctx);

  pages_checked = run_document_rules (self, &ctx, compiled, json_changed, strings_changed,
                                      self->last_blanks_changed,
                                      g_date_get_julian (&ctx.today));

  report = rc_engine_build_report (self->rules, self->strings, self->rule_findings, document);
  rc_report_set_pages_pending (report, pages_checked && self->defer_pages && self->pages_stale);
  if (self->ats != NULL && ctx.ats != NULL)
    rc_report_set_ats (report, self->ats);
  return report;
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                     */

static void
rc_engine_dispose (GObject *object)
{
  RcEngine *self = (RcEngine *) object;

  unwatch_document (self);
  g_clear_object (&self->rules);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (rc_engine_parent_class)->dispose (object);
}

static void
rc_engine_finalize (GObject *object)
{
  RcEngine *self = (RcEngine *) object;

  g_clear_pointer (&self->strings, g_ptr_array_unref);
  rc_string_reader_clear (&self->reader);
  g_clear_pointer (&self->skills, g_hash_table_unref);
  g_clear_pointer (&self->skill_counts, g_ptr_array_unref);
  g_free (self->job_text);
  g_free (self->stored_job);
  g_clear_pointer (&self->ats, rc_ats_box_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->rule_findings, g_ptr_array_unref);
  g_clear_pointer (&self->rule_words, g_array_unref);

  G_OBJECT_CLASS (rc_engine_parent_class)->finalize (object);
}

static void
rc_engine_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcEngine *self = RC_ENGINE (object);

  switch (prop_id)
    {
    case PROP_RULES:
      g_value_set_object (value, self->rules);
      break;
    case PROP_DEFER_PAGES:
      g_value_set_boolean (value, self->defer_pages);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_engine_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RcEngine *self = RC_ENGINE (object);

  switch (prop_id)
    {
    case PROP_RULES:
      self->rules = g_value_dup_object (value);
      self->reader.rules = self->rules;
      break;
    case PROP_DEFER_PAGES:
      rc_engine_set_defer_pages (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_engine_class_init (RcEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_engine_dispose;
  object_class->finalize = rc_engine_finalize;
  object_class->get_property = rc_engine_get_property;
  object_class->set_property = rc_engine_set_property;

  properties[PROP_RULES] =
    g_param_spec_object ("rules", NULL, NULL, RC_TYPE_RULE_SET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RcEngine:defer-pages:
   *
   * Whether a check may leave the page count as it was before the last edits (for a window
   * that re-checks on every keystroke): length.pages then uses the last count the engine
   * made, the report says so (rc_report_get_pages_pending()), and rc_engine_update_pages()
   * counts again when there is time. A check of a document the engine has not counted yet
   * always counts.
   */
  properties[PROP_DEFER_PAGES] =
    g_param_spec_boolean ("defer-pages", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_engine_init (RcEngine *self)
{
  self->strings = g_ptr_array_new_with_free_func (string_entry_free);
  rc_string_reader_init (&self->reader, NULL);
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rule_findings = g_ptr_array_new_with_free_func (unref_findings);
  self->rule_words = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->structure_dirty = TRUE;
  self->skills = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->skill_counts = g_ptr_array_new ();
  self->rules_generation = G_MAXUINT;
}

/**
 * rc_engine_new:
 * @rules: the rules to run
 *
 * Returns: (transfer full): a new engine
 */
RcEngine *
rc_engine_new (RcRuleSet *rules)
{
  g_return_val_if_fail (RC_IS_RULE_SET (rules), NULL);

  return g_object_new (RC_TYPE_ENGINE, "rules", rules, NULL);
}

/**
 * rc_engine_get_rules:
 * @self: an engine
 *
 * Returns: (transfer none): its rules
 */
RcRuleSet *
rc_engine_get_rules (RcEngine *self)
{
  g_return_val_if_fail (RC_IS_ENGINE (self), NULL);

  return self->rules;
}

/**
 * rc_engine_get_last_rechecked:
 * @self: an engine
 *
 * Returns: how many strings the last check read afresh (the others came from the cache)
 */
guint
rc_engine_get_last_rechecked (RcEngine *self)
{
  g_return_val_if_fail (RC_IS_ENGINE (self), 0);

  return self->last_rechecked;
}

/**
 * rc_engine_get_defer_pages:
 * @self: an engine
 *
 * Returns: whether checks may use a page count made before the last edits
 */
gboolean
rc_engine_get_defer_pages (RcEngine *self)
{
  g_return_val_if_fail (RC_IS_ENGINE (self), FALSE);

  return self->defer_pages;
}

/**
 * rc_engine_set_defer_pages:
 * @self: an engine
 * @defer_pages: whether checks may use a page count made before the last edits
 *
 * Sets #RcEngine:defer-pages. Once it is unset, the next check counts exactly again.
 */
void
rc_engine_set_defer_pages (RcEngine *self,
                           gboolean  defer_pages)
{
  g_return_if_fail (RC_IS_ENGINE (self));

  defer_pages = !!defer_pages;
  if (self->defer_pages == defer_pages)
    return;
  self->defer_pages = defer_pages;
  /* a stale count must not outlive the deferral */
  if (!defer_pages && self->pages_stale)
    self->pages_version++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFER_PAGES]);
}

/**
 * rc_engine_update_pages:
 * @self: an engine
 * @document: the resume
 *
 * Counts the pages of @document now, as the PDF export lays them out, for the next checks to
 * use (see #RcEngine:defer-pages).
 *
 * Returns: %TRUE when the count (or the lines on the last page) differs from the one the last
 *   report used: check again for length.pages and length.last-page to say so
 */
gboolean
rc_engine_update_pages (RcEngine   *self,
                        RcDocument *document)
{
  guint pages, lines;

  g_return_val_if_fail (RC_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);

  watch_document (self, document);
  pages = rc_page_count_with_lines (document, &lines);
  self->pages = pages;
  self->last_page_lines = lines;
  self->pages_known = TRUE;
  self->pages_stale = FALSE;
  if (pages == self->pages_reported && lines == self->lines_reported)
    return FALSE;
  self->pages_version++;
  return TRUE;
}
