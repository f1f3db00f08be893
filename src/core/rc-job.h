/* rc-job.h — a job description and its keywords, matched against a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-report.h"
#include "rc-taxonomy.h"

G_BEGIN_DECLS

typedef struct
{
  const RcSkill *skill;
  char          *as_written;  /* the spelling the job uses: "Postgres" */
  guint          weight;      /* how important: mentions, required vs nice-to-have, hard first */
} RcJobKeyword;

/* The largest job description file the command line and the window read: a posting is a few
 * KiB; this leaves room for one pasted with its whole web page */
#define RC_JOB_MAX_FILE_SIZE (1024 * 1024)

#define RC_TYPE_JOB (rc_job_get_type ())
G_DECLARE_FINAL_TYPE (RcJob, rc_job, RC, JOB, GObject)

/* @text: plain text, or a JSON Resume job file (detected by its JSON shape) */
RcJob       *rc_job_new            (RcTaxonomy  *taxonomy,
                                    const char  *text);
/* A JSON job file's "title", or the first non-blank line of a text without its Markdown marks;
 * "" when there is none */
const char  *rc_job_get_title      (RcJob       *self);
/* (transfer none) (element-type RcJobKeyword): most important first */
GPtrArray   *rc_job_get_keywords   (RcJob       *self);
/* @in_bullets, @in_skills: sets of skill ids (RcSkill.id) the resume mentions in its prose
 * (summary, work, projects) and in its skills section. Returns the match, or NULL when the
 * job has no keywords. */
RcAtsMatch  *rc_job_match          (RcJob       *self,
                                    GHashTable  *in_bullets,
                                    GHashTable  *in_skills);

G_END_DECLS
