/* rc-report.h — findings, score and ATS match: what a check says about a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RC_LEVEL_SUGGESTION,
  RC_LEVEL_WARNING,
  RC_LEVEL_ERROR,
} RcLevel;

const char *rc_level_to_string   (RcLevel     level);
gboolean    rc_level_from_string (const char *string,
                                  RcLevel    *level);

/* Added: what a rule's findings cost in the score (see "The score" in the README) */
typedef enum
{
  RC_CATEGORY_CONTENT,       /* what the bullets and the summary say */
  RC_CATEGORY_COMPLETENESS,  /* what is missing: contact, experience, skills… */
  RC_CATEGORY_FORMAT,        /* how it is written down: date style, spacing, length */
} RcCategory;

#define RC_N_CATEGORIES 3

const char *rc_category_to_string   (RcCategory  category);
gboolean    rc_category_from_string (const char *string,
                                     RcCategory *category);
/* "Content", "Completeness", "Format", in the user's language */
const char *rc_category_get_name    (RcCategory  category);
/* the points a category is worth out of 100 */
guint       rc_category_get_max     (RcCategory  category);

/**
 * RcFinding:
 * @rule_id: the rule's public id, e.g. "achievement.duty-phrase"
 * @level: how serious it is
 * @pointer: JSON Pointer of the string (or section, or "" for the whole resume)
 * @start: first character (code point) of the span in that string
 * @end: character just past the span (start == end == 0 for whole-field findings)
 * @message: what is wrong, in the user's language
 * @advice: how to fix it
 * @fix: (nullable): a replacement for the span the UI can apply
 * @tip: (nullable): id of the guide entry that explains it
 * @match: (nullable): added: the text of the span when the finding was made (NULL for
 *   whole-field findings); part of the ignore key, so an ignore survives edits elsewhere
 * @place: (nullable): added: where a finding about something missing (@pointer "") is shown,
 *   from its rule, e.g. "/basics/profiles"; NULL for one about the whole resume
 */
typedef struct
{
  char    *rule_id;
  RcLevel  level;
  char    *pointer;
  guint    start;
  guint    end;
  char    *message;
  char    *advice;
  char    *fix;
  char    *tip;
  char    *match;
  char    *place;
  /* < private > what the report build keeps of a finding it sees on every keystroke */
  guint64  sort_key;     /* rc_pointer_sort_key (pointer); 0 until known */
  guint    rule_index;   /* the rule's index in its rule set + 1; 0 when unknown */
} RcFinding;

#define RC_TYPE_FINDING (rc_finding_get_type ())
GType      rc_finding_get_type   (void) G_GNUC_CONST;
RcFinding *rc_finding_copy       (const RcFinding *finding);
void       rc_finding_free       (RcFinding       *finding);
char      *rc_finding_dup_key    (const RcFinding *finding);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcFinding, rc_finding_free)
/* Added: document order — by pointer as the resume reads (sections in JSON Resume order,
 * list items by index), then start, end and rule id */
int        rc_finding_compare    (const RcFinding *a,
                                  const RcFinding *b);

/* Where a job asks for a keyword: the strongest part that names it */
typedef enum
{
  RC_ATS_ASKED_NICE     = 1,  /* "nice to have", "a plus" */
  RC_ATS_ASKED_BODY     = 2,  /* the description, the responsibilities */
  RC_ATS_ASKED_REQUIRED = 3,  /* the title, "requirements", "must have", the job's skills */
} RcAtsAsked;

typedef enum
{
  RC_ATS_MISSING,
  RC_ATS_MATCHED,  /* the resume names the skill */
  RC_ATS_IMPLIED,  /* it names a skill that shows it: EKS for Kubernetes */
  RC_ATS_ALTERNATIVE,  /* one of the job's choices that another stands for: one the resume
                        * has (NATS when the job takes "Kafka or NATS" and the resume shows
                        * Kafka), or one the job also asks for on its own */
} RcAtsStatus;

/**
 * RcAtsKeyword:
 * @keyword: as the job spells it
 * @skill_id: the taxonomy's id
 * @name: the skill's canonical name, what "Add to Skills" adds
 * @weight: its share of the match: mentions, where the job asks for it, hard skills first
 * @asked: where the job asks for it
 * @job_count: how often the job names it
 * @resume_count: how often the resume names it, or a skill that shows it
 * @status: missing, matched, matched through a skill that implies it, or not needed because
 *   the resume has another of the choices it is one of
 * @in_bullets: a bullet or the summary backs it, not only the skills list
 * @via: (nullable): for an implied match, what shows it: "EKS", "GitLab and CI/CD"; for an
 *   alternative, the choice that stands for it: "Kafka"
 * @alternatives: (nullable): the job's other choices when it takes any one of several skills,
 *   as it spells them: "NATS", "GCP or Azure"
 * @choice: 0, or a number the keywords of one such choice share
 * @related: (nullable): for a missing keyword, the related skills a bullet names: "Pulumi"
 * @related_pointer: (nullable): that bullet: "/work/1/highlights/2"
 */
typedef struct
{
  char        *keyword;
  char        *skill_id;
  char        *name;
  guint        weight;
  RcAtsAsked   asked;
  guint        job_count;
  guint        resume_count;
  RcAtsStatus  status;
  gboolean     in_bullets;
  char        *via;
  char        *alternatives;
  guint        choice;
  char        *related;
  char        *related_pointer;
} RcAtsKeyword;

/**
 * RcAtsMatch:
 * @match: 0–100, share of the job's keywords the resume has
 * @matched: (array zero-terminated=1): keywords found, spelled as the job spells them
 * @missing: (array zero-terminated=1): keywords not found, most important first; choices the
 *   resume has none of are one entry: "Kafka or NATS"
 * @skills_only: (array zero-terminated=1): matched keywords backed only by the skills list
 * @keywords: (array length=n_keywords) (nullable): every keyword in the job's order of
 *   importance, with what to do about it
 */
typedef struct
{
  guint         match;
  char        **matched;
  char        **missing;
  char        **skills_only;
  RcAtsKeyword *keywords;
  guint         n_keywords;
} RcAtsMatch;

/* whether two matches say the same to the user */
gboolean          rc_ats_match_equal     (const RcAtsMatch *a,
                                          const RcAtsMatch *b);

void              rc_ats_match_free      (RcAtsMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcAtsMatch, rc_ats_match_free)

/**
 * RcScoreItem:
 * @category: where the points were lost
 * @rule_id: (nullable): the rule that cost them; %NULL for bullets that are missing or too
 *   short to say anything
 * @points: points lost, out of 100
 * @count: the rule's findings that count; the bullets too short when @rule_id is %NULL
 * @label: a short line saying what it is, in the user's language: the rule's label, else the
 *   message of its first finding
 *
 * Added: one line of the score's breakdown.
 */
typedef struct
{
  RcCategory  category;
  const char *rule_id;
  gdouble     points;
  guint       count;
  const char *label;
} RcScoreItem;

typedef struct _RcReport RcReport;

#define RC_TYPE_REPORT (rc_report_get_type ())
GType             rc_report_get_type     (void) G_GNUC_CONST;
RcReport         *rc_report_ref          (RcReport *self);
void              rc_report_unref        (RcReport *self);
/* findings in document order, ignored ones left out; element-type RcFinding */
GPtrArray        *rc_report_get_findings (RcReport *self);
guint             rc_report_get_ignored  (RcReport *self);
guint             rc_report_get_score    (RcReport *self);
/* Added: what costs the most points first (transfer none), @n_items set to their number */
const RcScoreItem *rc_report_get_breakdown (RcReport *self,
                                            guint    *n_items);
/* Added: the points a category earned, out of rc_category_get_max() */
guint             rc_report_get_category_score (RcReport   *self,
                                                RcCategory  category);
/* (nullable): NULL when no job description is set */
const RcAtsMatch *rc_report_get_ats      (RcReport *self);
guint             rc_report_count_level  (RcReport *self,
                                          RcLevel   level);
/* Added: the findings of one string (or container) pointer, in order (element-type RcFinding,
 * transfer container) — what the editor underlines in that field */
GPtrArray        *rc_report_get_findings_at (RcReport   *self,
                                             const char *pointer);
/* Added: TRUE when length.pages used a page count older than the latest edits (an engine
 * with "defer-pages"); rc_engine_update_pages() then brings it up to date */
gboolean          rc_report_get_pages_pending (RcReport *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcReport, rc_report_unref)

G_END_DECLS
