/* rc-taxonomy-private.h — the taxonomy's tables, shared by its loader and its finder
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rc-taxonomy.h"
#include "rc-text.h"

G_BEGIN_DECLS

/* Longer first tokens cannot start any term, so they skip the hash lookup. */
#define MAX_KEY 48

typedef enum
{
  TERM_NAME       = 1 << 0,
  TERM_PHRASE     = 1 << 1,
  TERM_EXACT_CASE = 1 << 2,
  TERM_CONTEXT    = 1 << 3,
  TERM_PLURAL     = 1 << 4,
} TermFlags;

typedef struct _Skill Skill;

/* Every string below, and every list's pointers, belong to the taxonomy: its strings chunk
 * and lists (read from JSON) or its compiled bytes, which it keeps (read in place). */
typedef const char *const *RcStrList;  /* NULL-terminated */

typedef struct
{
  const char  *key;       /* lower-case spelling */
  const char  *spelling;  /* as the data writes it, same length as key */
  guint        len;
  guint        lead;      /* bytes before the first word character (".NET") */
  char         second;    /* the first letter of the second word after a space or hyphen,
                           * lower case ("kafka streams": 's'), or 0 */
  TermFlags    flags;
  const Skill *skill;
} Term;

struct _Skill
{
  RcSkill     pub;        /* first, so an RcSkill* is a Skill* */
  const char *id;
  const char *name;
  const char *category;
  const char *language;
  const char *parent;
  RcStrList   aliases;
  RcStrList   phrases;
  RcStrList   frameworks;
  RcStrList   implies;    /* ids, as the data writes them */
  GPtrArray  *implied;    /* const RcSkill*, the closure, NULL-terminated (pub.implied) */
  GPtrArray  *implying;   /* const RcSkill*: the skills whose closure holds this one */
  RcStrList   before;     /* lower case */
  RcStrList   after;      /* lower case */
  RcStrList   not_after;  /* lower case */
  RcStrList   not_before; /* lower case */
  RcStrList   together;   /* ids: the data's "implied-together" */
};

typedef struct
{
  RcSkillCategory pub;
  const char     *id;
  const char     *title;
  const char     *description;
} Category;

struct _RcTaxonomy
{
  GObject     parent_instance;

  GPtrArray  *skills;      /* Skill*, data order */
  GPtrArray  *categories;  /* Category* */
  GHashTable *by_id;       /* id → Skill* */
  GHashTable *by_term;     /* normalised whole term → Skill* */
  RcLexicon  *keys;        /* the first words of terms, lower case, as rc_tokenize() folds them */
  GPtrArray  *key_terms;   /* a key's id → GPtrArray of its Term*, longest first */
  GPtrArray  *terms;       /* Term*, owns them */
  RcStrList   stack_labels; /* lower case: "tech", "technologies used" */

  GStringChunk *strings;   /* the strings read from JSON */
  GPtrArray  *lists;       /* the lists' pointer arrays */
  GBytes     *compiled;    /* (nullable): the compiled data the rest points into */
};

static inline gboolean
rc_taxonomy_is_word_ascii (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

char     *rc_taxonomy_normalise_term (const char  *term);

/* rc-taxonomy-load.c: fills an empty taxonomy from @json */
gboolean  rc_taxonomy_load           (RcTaxonomy  *self,
                                      GBytes      *json,
                                      GError     **error);

/* The compiled form (rc-taxonomy-load.c): what rc_taxonomy_load() made, stored at build time
 * by rc-compile-data and read at start without JSON (see rc-compiled-data.h). The magic names
 * the layout: change it with the layout. */
#define RC_TAXONOMY_COMPILED_MAGIC    "rc-taxonomy-3"
#define RC_TAXONOMY_COMPILED_RESOURCE "/io/github/resumecoach/ResumeCoach/core/compiled/skills.bin"

GBytes     *rc_taxonomy_to_compiled   (RcTaxonomy  *self);
/* fills an empty taxonomy from rc_taxonomy_to_compiled()'s bytes */
gboolean    rc_taxonomy_load_compiled (RcTaxonomy  *self,
                                       GBytes      *data,
                                       GError     **error);
/* (nullable): the compiled taxonomy built into the program; NULL in rc-compile-data itself */
RcTaxonomy *rc_taxonomy_new_compiled  (GError     **error);

G_END_DECLS
