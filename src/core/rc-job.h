/* rc-job.h — a job description and its keywords, matched against a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "rc-document.h"
#include "rc-report.h"
#include "rc-taxonomy.h"

G_BEGIN_DECLS

typedef struct
{
  const RcSkill *skill;
  char          *as_written;  /* the spelling the job uses: "Postgres" */
  guint          weight;      /* how important: mentions, required vs nice-to-have, hard first */
  RcAtsAsked     asked;       /* the strongest part of the job that names it */
  guint          count;       /* how often the job names it (perks and "about us" not counted) */
  /* 0, or a number shared by the skills the job offers as choices: "Kafka or NATS", "a cloud
   * such as AWS or GCP", "Terraform, Pulumi or similar" */
  guint          alternatives;
  /* one of them the job also asks for on its own: "PostgreSQL" beside "PostgreSQL or MySQL" */
  gboolean       alone;
} RcJobKeyword;

/* The largest job description file the command line and the window read: a posting is a few
 * KiB; this leaves room for one pasted with its whole web page */
#define RC_JOB_MAX_FILE_SIZE (1024 * 1024)

#define RC_TYPE_JOB (rc_job_get_type ())
G_DECLARE_FINAL_TYPE (RcJob, rc_job, RC, JOB, GObject)

/* @text: plain text, HTML or Markdown pasted from a web page, or a JSON Resume job file
 * (detected by its JSON shape) */
RcJob       *rc_job_new            (RcTaxonomy  *taxonomy,
                                    const char  *text);
/* A JSON job file's "title", or the first non-blank line of a text without its Markdown marks;
 * "" when there is none */
const char  *rc_job_get_title      (RcJob       *self);
/* (transfer none) (element-type RcJobKeyword): most important first */
GPtrArray   *rc_job_get_keywords   (RcJob       *self);
/* (transfer none) */
RcTaxonomy  *rc_job_get_taxonomy   (RcJob       *self);

/* rc-job-match.c */

/* @in_bullets, @in_skills: sets of skill ids (RcSkill.id) the resume mentions in its prose
 * (summary, work, projects) and in its skills section. Returns the match, or NULL when the
 * job has no keywords. */
RcAtsMatch  *rc_job_match          (RcJob       *self,
                                    GHashTable  *in_bullets,
                                    GHashTable  *in_skills);
/* The match against a resume's strings as the engine read them (@strings: RcStringEntry, in
 * document order) and its JSON (@root: employers, profiles), with how often it names each
 * keyword and, for a missing one, the bullet that names related skills. NULL when the job
 * has no keywords. */
RcAtsMatch  *rc_job_match_resume   (RcJob       *self,
                                    JsonObject  *root,
                                    GPtrArray   *strings);
/* Adds @name to the resume's skills, as one edit: to the keywords of the skills group that
 * holds skills of its category, else as a group of its own. Sets @pointer (nullable) to what
 * was added, so an undo can remove it. FALSE with @error set when the document refuses it. */
gboolean     rc_job_add_skill      (RcDocument  *document,
                                    RcTaxonomy  *taxonomy,
                                    const char  *name,
                                    char       **pointer,
                                    GError     **error);

G_END_DECLS
