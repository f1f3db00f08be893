/* rc-report.c — findings, score and ATS match: what a check says about a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-report-private.h"
#include "rc-section.h"

const char *
rc_level_to_string (RcLevel level)
{
  switch (level)
    {
    case RC_LEVEL_SUGGESTION:
      return "suggestion";
    case RC_LEVEL_WARNING:
      return "warning";
    case RC_LEVEL_ERROR:
      return "error";
    default:
      return NULL;
    }
}

gboolean
rc_level_from_string (const char *string,
                      RcLevel    *level)
{
  static const RcLevel levels[] = { RC_LEVEL_SUGGESTION, RC_LEVEL_WARNING, RC_LEVEL_ERROR };

  g_return_val_if_fail (level != NULL, FALSE);

  if (string == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (strcmp (string, rc_level_to_string (levels[i])) == 0)
      {
        *level = levels[i];
        return TRUE;
      }
  return FALSE;
}

static const char * const category_ids[] = { "content", "completeness", "format" };

/* Content is read as a rate over the bullets, so most of the score is there; format weighs
 * least: a date style never outweighs what the bullets say */
static const guint category_max[] = { 70, 20, 10 };

const char *
rc_category_to_string (RcCategory category)
{
  g_return_val_if_fail ((guint) category < RC_N_CATEGORIES, NULL);

  return category_ids[category];
}

gboolean
rc_category_from_string (const char *string,
                         RcCategory *category)
{
  g_return_val_if_fail (category != NULL, FALSE);

  for (guint i = 0; string != NULL && i < RC_N_CATEGORIES; i++)
    if (strcmp (string, category_ids[i]) == 0)
      {
        *category = (RcCategory) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rc_category_get_name (RcCategory category)
{
  switch (category)
    {
    case RC_CATEGORY_CONTENT:
      return C_("score", "Content");
    case RC_CATEGORY_COMPLETENESS:
      return C_("score", "Completeness");
    case RC_CATEGORY_FORMAT:
      return C_("score", "Format");
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
rc_category_get_max (RcCategory category)
{
  g_return_val_if_fail ((guint) category < RC_N_CATEGORIES, 0);

  return category_max[category];
}

/* ------------------------------------------------------------------------------------------ */
/* Findings                                                                                    */

G_DEFINE_BOXED_TYPE (RcFinding, rc_finding, rc_finding_copy, rc_finding_free)

RcFinding *
rc_finding_new (const char *rule_id,
                RcLevel     level,
                const char *pointer,
                guint       start,
                guint       end)
{
  RcFinding *finding = g_new0 (RcFinding, 1);

  finding->rule_id = g_strdup (rule_id);
  finding->level = level;
  finding->pointer = g_strdup (pointer);
  finding->start = start;
  finding->end = end;
  return finding;
}

/**
 * rc_finding_copy:
 * @finding: a finding
 *
 * Returns: (transfer full): a deep copy
 */
RcFinding *
rc_finding_copy (const RcFinding *finding)
{
  RcFinding *copy;

  g_return_val_if_fail (finding != NULL, NULL);

  copy = g_new (RcFinding, 1);
  copy->rule_id = g_strdup (finding->rule_id);
  copy->level = finding->level;
  copy->pointer = g_strdup (finding->pointer);
  copy->start = finding->start;
  copy->end = finding->end;
  copy->message = g_strdup (finding->message);
  copy->advice = g_strdup (finding->advice);
  copy->fix = g_strdup (finding->fix);
  copy->tip = g_strdup (finding->tip);
  copy->match = g_strdup (finding->match);
  copy->place = g_strdup (finding->place);
  copy->sort_key = finding->sort_key;
  copy->rule_index = finding->rule_index;
  return copy;
}

void
rc_finding_free (RcFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->rule_id);
  g_free (finding->pointer);
  g_free (finding->message);
  g_free (finding->advice);
  g_free (finding->fix);
  g_free (finding->tip);
  g_free (finding->match);
  g_free (finding->place);
  g_free (finding);
}

/**
 * rc_finding_dup_key:
 * @finding: a finding
 *
 * The key under which an ignored finding is remembered: the rule, the pointer and the text
 * the finding points at, so the ignore survives edits anywhere else (and elsewhere in the
 * same string), and lapses when that text itself changes.
 *
 * Returns: (transfer full): "rule-id pointer text", separated by U+001F
 */
char *
rc_finding_dup_key (const RcFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return g_strconcat (finding->rule_id, "\x1f", finding->pointer,
                      finding->match != NULL ? "\x1f" : NULL, finding->match, NULL);
}

/* Reading order of the names a pointer can hold: the sections as the printed resume has them
 * (rc-section.h), then these: meta, then fields as an entry reads. */
static const char * const field_names[] = {
  "meta",
  "name", "label", "image", "email", "phone", "url", "location", "profiles", "network",
  "username", "position", "organization", "institution", "area", "studyType", "title",
  "awarder", "issuer", "publisher", "entity", "type", "roles", "level", "language", "fluency",
  "startDate", "endDate", "date", "releaseDate", "score", "summary", "description",
  "highlights", "keywords", "courses", "reference",
};

static gsize names_ready;

#define RANK_SLOTS 256

static guint32
hash_name (const char *name,
           gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) name[i]) * 16777619u;
  return h;
}

guint
rc_pointer_token_rank (const char *token,
                       gsize       len)
{
  static const char *names[RC_N_SECTIONS + G_N_ELEMENTS (field_names)];
  static guint8 slots[RANK_SLOTS];  /* index + 1 into names, 0: empty */
  gboolean numeric = len > 0;
  guint i;

  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isdigit (token[k]))
      {
        numeric = FALSE;
        break;
      }
  if (numeric)
    {
      guint value = 0;

      for (gsize k = 0; k < len && value < 0xFFFD; k++)
        value = value * 10 + (guint) (token[k] - '0');
      return 1 + MIN (value, 0xFFFDu);
    }

  if (g_once_init_enter (&names_ready))
    {
      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          names[n] = n < RC_N_SECTIONS ? rc_section_get_info ((RcSection) n)->id
                                       : field_names[n - RC_N_SECTIONS];
          i = hash_name (names[n], strlen (names[n])) % RANK_SLOTS;
          while (slots[i] != 0)
            i = (i + 1) % RANK_SLOTS;
          slots[i] = (guint8) (n + 1);
        }
      g_once_init_leave (&names_ready, 1);
    }

  for (i = hash_name (token, len) % RANK_SLOTS; slots[i] != 0; i = (i + 1) % RANK_SLOTS)
    {
      const char *name = names[slots[i] - 1];

      if (strncmp (name, token, len) == 0 && name[len] == '\0')
        return slots[i];
    }
  return 0xFFFF;
}

guint64
rc_pointer_sort_key (const char *pointer)
{
  guint64 key = 0;
  const char *p = pointer;
  guint depth = 0;

  if (pointer == NULL)
    return 0;

  while (*p == '/' && depth < 4)
    {
      const char *start = ++p;

      while (*p != '\0' && *p != '/')
        p++;
      key |= (guint64) rc_pointer_token_rank (start, (gsize) (p - start)) << (48 - 16 * depth);
      depth++;
    }
  return key;
}

int
rc_pointer_compare (const char *a,
                    const char *b)
{
  guint64 ka = rc_pointer_sort_key (a);
  guint64 kb = rc_pointer_sort_key (b);

  if (ka != kb)
    return ka < kb ? -1 : 1;
  return g_strcmp0 (a, b);
}

/**
 * rc_finding_compare:
 * @a: a finding
 * @b: another
 *
 * Returns: <0, 0 or >0 as @a comes before, with or after @b in document order
 */
int
rc_finding_compare (const RcFinding *a,
                    const RcFinding *b)
{
  int c;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  c = rc_pointer_compare (a->pointer, b->pointer);
  if (c != 0)
    return c;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return g_strcmp0 (a->rule_id, b->rule_id);
}

/* ------------------------------------------------------------------------------------------ */
/* ATS match                                                                                   */

void
rc_ats_match_free (RcAtsMatch *match)
{
  if (match == NULL)
    return;
  g_strfreev (match->matched);
  g_strfreev (match->missing);
  g_strfreev (match->skills_only);
  for (guint i = 0; i < match->n_keywords; i++)
    {
      RcAtsKeyword *keyword = &match->keywords[i];

      g_free (keyword->keyword);
      g_free (keyword->skill_id);
      g_free (keyword->name);
      g_free (keyword->via);
      g_free (keyword->alternatives);
      g_free (keyword->related);
      g_free (keyword->related_pointer);
    }
  g_free (match->keywords);
  g_free (match);
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || *a == NULL) && (b == NULL || *b == NULL);
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

gboolean
rc_ats_match_equal (const RcAtsMatch *a,
                    const RcAtsMatch *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->match != b->match || a->n_keywords != b->n_keywords ||
      !strv_equal0 (a->matched, b->matched) || !strv_equal0 (a->missing, b->missing) ||
      !strv_equal0 (a->skills_only, b->skills_only))
    return FALSE;
  for (guint i = 0; i < a->n_keywords; i++)
    {
      const RcAtsKeyword *x = &a->keywords[i];
      const RcAtsKeyword *y = &b->keywords[i];

      if (x->weight != y->weight || x->asked != y->asked || x->job_count != y->job_count ||
          x->resume_count != y->resume_count || x->status != y->status ||
          x->in_bullets != y->in_bullets || x->choice != y->choice ||
          g_strcmp0 (x->keyword, y->keyword) != 0 ||
          g_strcmp0 (x->via, y->via) != 0 || g_strcmp0 (x->alternatives, y->alternatives) != 0 ||
          g_strcmp0 (x->related, y->related) != 0 ||
          g_strcmp0 (x->related_pointer, y->related_pointer) != 0)
        return FALSE;
    }
  return TRUE;
}

struct _RcAtsBox
{
  RcAtsMatch *match;
};

static void
ats_box_clear (gpointer data)
{
  RcAtsBox *box = data;

  g_clear_pointer (&box->match, rc_ats_match_free);
}

RcAtsBox *
rc_ats_box_new (RcAtsMatch *match)
{
  RcAtsBox *box = g_rc_box_new0 (RcAtsBox);

  box->match = match;
  return box;
}

RcAtsBox *
rc_ats_box_ref (RcAtsBox *box)
{
  return g_rc_box_acquire (box);
}

void
rc_ats_box_unref (RcAtsBox *box)
{
  g_rc_box_release_full (box, ats_box_clear);
}

RcAtsMatch *
rc_ats_box_get (RcAtsBox *box)
{
  return box->match;
}

/* ------------------------------------------------------------------------------------------ */
/* Report                                                                                      */

struct _RcReport
{
  gatomicrefcount  ref_count;
  GPtrArray       *findings;  /* borrowed from @held */
  GPtrArray       *held;      /* GPtrArray of RcFinding, one reference each */
  RcAtsBox        *ats;
  guint            ignored;
  guint            score;
  GArray          *breakdown;  /* RcScoreItem, most points first */
  char            *breakdown_label;  /* the missing or short bullets' item's */
  gboolean         no_bullets;
  gdouble          earned[RC_N_CATEGORIES];
  gboolean         pages_pending;
};

G_DEFINE_BOXED_TYPE (RcReport, rc_report, rc_report_ref, rc_report_unref)

RcReport *
rc_report_new (void)
{
  RcReport *self = g_new0 (RcReport, 1);

  g_atomic_ref_count_init (&self->ref_count);
  /* room for what a resume usually has, so a keystroke's report does not grow them */
  self->findings = g_ptr_array_sized_new (64);
  self->held = g_ptr_array_new_full (32, (GDestroyNotify) g_ptr_array_unref);
  self->score = 100;
  for (guint c = 0; c < RC_N_CATEGORIES; c++)
    self->earned[c] = category_max[c];
  return self;
}

/**
 * rc_report_ref:
 * @self: a report
 *
 * Returns: (transfer full): @self
 */
RcReport *
rc_report_ref (RcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rc_report_unref (RcReport *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->findings);
  g_ptr_array_unref (self->held);
  g_clear_pointer (&self->ats, rc_ats_box_unref);
  g_clear_pointer (&self->breakdown, g_array_unref);
  g_free (self->breakdown_label);
  g_free (self);
}

void
rc_report_hold (RcReport  *self,
                GPtrArray *findings)
{
  g_ptr_array_add (self->held, g_ptr_array_ref (findings));
}

void
rc_report_add (RcReport  *self,
               RcFinding *finding)
{
  g_ptr_array_add (self->findings, finding);
}

void
rc_report_set_ignored (RcReport *self,
                       guint     ignored)
{
  self->ignored = ignored;
}

void
rc_report_set_score (RcReport *self,
                     guint     score)
{
  self->score = score;
}

void
rc_report_set_breakdown (RcReport      *self,
                         GArray        *items,
                         const gdouble  earned[RC_N_CATEGORIES],
                         gboolean       no_bullets)
{
  g_clear_pointer (&self->breakdown, g_array_unref);
  g_clear_pointer (&self->breakdown_label, g_free);
  self->breakdown = items;
  self->no_bullets = no_bullets;
  memcpy (self->earned, earned, sizeof self->earned);
}

void
rc_report_set_pages_pending (RcReport *self,
                             gboolean  pending)
{
  self->pages_pending = pending;
}

void
rc_report_set_ats (RcReport *self,
                   RcAtsBox *ats)
{
  g_clear_pointer (&self->ats, rc_ats_box_unref);
  if (ats != NULL)
    self->ats = rc_ats_box_ref (ats);
}

/**
 * rc_report_get_findings:
 * @self: a report
 *
 * Returns: (transfer none) (element-type RcFinding): the findings in document order,
 *   ignored ones left out
 */
GPtrArray *
rc_report_get_findings (RcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->findings;
}

/**
 * rc_report_get_findings_at:
 * @self: a report
 * @pointer: a JSON Pointer
 *
 * Returns: (transfer container) (element-type RcFinding): the findings whose pointer is
 *   exactly @pointer, in order
 */
GPtrArray *
rc_report_get_findings_at (RcReport   *self,
                           const char *pointer)
{
  GPtrArray *found;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < self->findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (self->findings, i);

      if (strcmp (finding->pointer, pointer) == 0)
        g_ptr_array_add (found, finding);
    }
  return found;
}

guint
rc_report_get_ignored (RcReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->ignored;
}

guint
rc_report_get_score (RcReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->score;
}

/**
 * rc_report_get_breakdown:
 * @self: a report
 * @n_items: (out): the number of items
 *
 * What the score lost, by rule (and, with %NULL for a rule, to bullets that are missing or
 * too short), the most points first: where to start improving the resume.
 *
 * Returns: (array length=n_items) (transfer none): the items; valid as long as @self
 */
const RcScoreItem *
rc_report_get_breakdown (RcReport *self,
                         guint    *n_items)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = self->breakdown != NULL ? self->breakdown->len : 0;
  for (guint i = 0; i < *n_items; i++)
    {
      RcScoreItem *item = &g_array_index (self->breakdown, RcScoreItem, i);

      if (item->label != NULL)
        continue;
      if (self->breakdown_label == NULL)
        self->breakdown_label =
          self->no_bullets ? g_strdup (_("No bullets that show what you did"))
          /* the bullets the score counts as short (under six words), so they can be found */
          : item->count > 0 ? g_strdup_printf (ngettext ("%u bullet under six words",
                                                         "%u bullets under six words",
                                                         item->count), item->count)
          : g_strdup (_("Too few bullets to show what you did"));
      item->label = self->breakdown_label;
    }
  return self->breakdown != NULL ? (const RcScoreItem *) (gpointer) self->breakdown->data : NULL;
}

/**
 * rc_report_get_category_score:
 * @self: a report
 * @category: a category
 *
 * Returns: the points @category earned, rounded, out of rc_category_get_max()
 */
guint
rc_report_get_category_score (RcReport   *self,
                              RcCategory  category)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail ((guint) category < RC_N_CATEGORIES, 0);

  return (guint) (self->earned[category] + 0.5);
}

/**
 * rc_report_get_ats:
 * @self: a report
 *
 * Returns: (transfer none) (nullable): the ATS match, or %NULL when no job is set
 */
const RcAtsMatch *
rc_report_get_ats (RcReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->ats != NULL ? rc_ats_box_get (self->ats) : NULL;
}

guint
rc_report_count_level (RcReport *self,
                       RcLevel   level)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->findings->len; i++)
    if (((RcFinding *) g_ptr_array_index (self->findings, i))->level == level)
      n++;
  return n;
}

/**
 * rc_report_get_pages_pending:
 * @self: a report
 *
 * Whether length.pages was judged on a page count made before the latest edits (an engine
 * with #RcEngine:defer-pages): its finding may change once rc_engine_update_pages() has
 * counted again.
 *
 * Returns: %TRUE when the page count is still to be updated
 */
gboolean
rc_report_get_pages_pending (RcReport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->pages_pending;
}
