/* rc-taxonomy.h — the key-skills taxonomy: canonical names, aliases, categories, frameworks
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "rc-text.h"

G_BEGIN_DECLS

/* Loaded from the bundled data/skills.json — the same data the tips browser shows. */
typedef struct _RcSkill
{
  const char         *id;          /* "postgresql" */
  const char         *name;        /* canonical spelling: "PostgreSQL" */
  const char         *category;    /* "language", "framework", "database", "messaging", "cloud",
                                    * "container", "observability", "cicd", "security", "tool",
                                    * "practice", "soft"; also "api", "data", "iac" */
  const char * const *aliases;     /* other accepted spellings: "Postgres", "psql" */
  const char * const *frameworks;  /* for a language: ids of its frameworks; else empty */
  const char         *language;    /* for a framework: id of its language, else NULL */
  gboolean            hard;        /* a hard skill (everything but "soft" and "practice") */
  const char         *parent;      /* for a cloud service: id of its platform ("aws"), else NULL */
  gboolean            basic;       /* a basic tool (Git, HTML, bash): nobody asks to see it used */
  /* every skill this one implies, nearest first, NULL-terminated: the data's "implies", a
   * framework's language and a service's platform, followed transitively (Spring Boot →
   * Spring, Java; EKS → AWS, Kubernetes) */
  const struct _RcSkill * const *implied;
  /* ids of skills that only together show this one (GitLab and CI/CD: GitLab CI); empty for
   * most skills */
  const char * const *implied_together;
  /* its name is also an English word nobody means in a resume or job ad (Python, Docker) */
  gboolean            dictionary_word;
  guint               index;       /* its place in rc_taxonomy_get_skills () */
} RcSkill;

/* A group of skills, as the tips browser shows them ("key skills by category"). */
typedef struct
{
  const char *id;           /* "database" */
  const char *title;        /* "Databases and storage" */
  const char *description;  /* one line: why recruiters look for these */
  gboolean    hard;
} RcSkillCategory;

typedef struct
{
  const RcSkill *skill;
  guint          start;       /* character offsets into the searched text */
  guint          end;
  gboolean       canonical;   /* written exactly as the canonical name */
} RcSkillMention;

#define RC_TYPE_TAXONOMY (rc_taxonomy_get_type ())
G_DECLARE_FINAL_TYPE (RcTaxonomy, rc_taxonomy, RC, TAXONOMY, GObject)

/* (transfer none): the bundled taxonomy, loaded once */
RcTaxonomy    *rc_taxonomy_get_default  (void);
/* (transfer full) (nullable): a taxonomy from skills.json-shaped @json; NULL with @error set
 * (G_IO_ERROR_INVALID_DATA, naming the skill) when the data is malformed */
RcTaxonomy    *rc_taxonomy_new_from_bytes (GBytes   *json,
                                           GError  **error);
/* (nullable): the skill @term names, through its aliases, case-insensitively */
const RcSkill *rc_taxonomy_lookup       (RcTaxonomy *self,
                                         const char *term);
/* (nullable): the skill with that id */
const RcSkill *rc_taxonomy_get_skill    (RcTaxonomy *self,
                                         const char *id);
/* (transfer none) (element-type RcSkill): all skills in data order */
GPtrArray     *rc_taxonomy_get_skills   (RcTaxonomy *self);
/* (transfer none) (element-type RcSkillCategory): the categories in display order */
GPtrArray     *rc_taxonomy_get_categories (RcTaxonomy *self);
/* (nullable) */
const RcSkillCategory *rc_taxonomy_get_category (RcTaxonomy *self,
                                                 const char *id);
/* whether the skill @id implies the skill @implied_id (through any chain of implications); a
 * skill does not imply itself */
gboolean       rc_taxonomy_implies      (RcTaxonomy *self,
                                         const char *id,
                                         const char *implied_id);
/* (transfer none) (element-type RcSkill): the skills that imply @id, nearest first: for
 * Kubernetes, EKS, GKE, Helm…; empty for an unknown id */
GPtrArray     *rc_taxonomy_get_implying (RcTaxonomy *self,
                                         const char *id);
/* whether @text, a highlight with @mentions from rc_taxonomy_find(), only names technologies:
 * a bare name ("Java"), a list of them ("Go, gRPC, Redis") or a stack line
 * ("Tech: Go, gRPC, Redis", "Stack - Python / Django / Postgres") */
gboolean       rc_taxonomy_is_stack_line (RcTaxonomy           *self,
                                          const char           *text,
                                          const RcSkillMention *mentions,
                                          guint                 n_mentions);
/* (transfer full) (element-type RcSkillMention): every word-bounded mention of a skill in @text,
 * in order, longest match first at each place ("Spring Boot" over "Spring"); ambiguous aliases
 * (Go, the verb "go") are only taken where the data says they are safe */
GArray        *rc_taxonomy_find         (RcTaxonomy *self,
                                         const char *text);
/* the same for @text already split by rc_tokenize() (the engine's strings), into @mentions */
void           rc_taxonomy_find_tokens  (RcTaxonomy     *self,
                                         const char     *text,
                                         gsize           len,
                                         const RcTokens *tokens,
                                         GArray         *mentions);

G_END_DECLS
