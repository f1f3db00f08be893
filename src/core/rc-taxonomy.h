/* rc-taxonomy.h — the key-skills taxonomy: canonical names, aliases, categories, frameworks
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Loaded from the bundled data/skills.json — the same data the tips browser shows. */
typedef struct
{
  const char         *id;          /* "postgresql" */
  const char         *name;        /* canonical spelling: "PostgreSQL" */
  const char         *category;    /* "language", "framework", "database", "messaging", "cloud",
                                    * "container", "observability", "cicd", "security", "tool",
                                    * "practice", "soft" */
  const char * const *aliases;     /* other accepted spellings: "Postgres", "psql" */
  const char * const *frameworks;  /* for a language: ids of its frameworks; else empty */
  const char         *language;    /* for a framework: id of its language, else NULL */
  gboolean            hard;        /* a hard skill (everything but "soft" and "practice") */
} RcSkill;

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
/* (nullable): the skill @term names, through its aliases, case-insensitively */
const RcSkill *rc_taxonomy_lookup       (RcTaxonomy *self,
                                         const char *term);
const RcSkill *rc_taxonomy_get_skill    (RcTaxonomy *self,
                                         const char *id);
/* (transfer none) (element-type RcSkill): all skills in data order */
GPtrArray     *rc_taxonomy_get_skills   (RcTaxonomy *self);
/* (transfer full) (element-type RcSkillMention): every word-bounded mention of a skill in @text,
 * in order, longest match first at each place ("Spring Boot" over "Spring"); ambiguous aliases
 * (Go, the verb "go") are only taken where the data says they are safe */
GArray        *rc_taxonomy_find         (RcTaxonomy *self,
                                         const char *text);

G_END_DECLS
