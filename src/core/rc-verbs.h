/* rc-verbs.h — the action verbs of data/verbs.json, read once for the rule set and the guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rc-text.h"

G_BEGIN_DECLS

/* Verb forms, as bits of RcWord.forms */
enum
{
  RC_FORM_BASE       = 1 << 0,
  RC_FORM_S          = 1 << 1,
  RC_FORM_PAST       = 1 << 2,
  RC_FORM_ING        = 1 << 3,
  RC_FORM_PARTICIPLE = 1 << 4,
};
#define RC_FORMS_PRESENT (RC_FORM_BASE | RC_FORM_S | RC_FORM_ING)

typedef enum
{
  RC_VERB_FORM_BASE,
  RC_VERB_FORM_S,
  RC_VERB_FORM_PAST,
  RC_VERB_FORM_ING,
  RC_VERB_FORM_PARTICIPLE,
  RC_N_VERB_FORMS,
} RcVerbForm;

typedef struct
{
  char  *forms[RC_N_VERB_FORMS];  /* participle NULL when it is the past form */
  gint   category;                /* index into RcVerbs.categories; -1 for a weak verb */
  char **instead;                 /* weak verbs: stronger ones (base forms) */
  char  *instead_text;            /* …written out for advice: "Built, Shipped, Delivered" */
} RcVerb;

typedef struct
{
  char   *id;
  char   *name;
  GArray *verbs;  /* guint indices into RcVerbs.verbs */
} RcVerbCategory;

/* data/verbs.json */
typedef struct
{
  GArray    *verbs;        /* RcVerb */
  GPtrArray *categories;   /* RcVerbCategory */
  RcLexicon *forms;        /* every verb's forms, each once */
  GArray    *by_base;      /* guint32 per form: the verb it is the base of, index + 1; 0 */
  GArray    *by_form;      /* guint32 per form: (index + 1) << 8 | its RC_FORM_* bits */
  char     **prefixes;
  char     **ambiguous;
  JsonArray *duty_phrases;
  /* sets of lower-case words, as data/verbs.json describes them */
  GHashTable *not_past;
  GHashTable *natural_passives;
  GHashTable *verb_evidence;
  GHashTable *noun_after;
  GBytes     *compiled;    /* (nullable): the compiled form the word sets point into */
} RcVerbs;

/* the bundled verbs.json as parsed, once per process; NULL when it cannot be read */
JsonObject    *rc_verbs_get_data        (void);
/* the verbs of rc_verbs_get_data(), with the forms it leaves out inflected; built once */
const RcVerbs *rc_verbs_get_default     (void);

/* The compiled form: rc_verbs_get_default() reads the one rc-compile-data stored at build
 * time (see rc-compiled-data.h); the JSON loader is for rc-compile-data and the tests. */
#define RC_VERBS_COMPILED_MAGIC    "rc-verbs-2"
#define RC_VERBS_COMPILED_RESOURCE "/io/github/resumecoach/ResumeCoach/core/compiled/verbs.bin"

/* @root: the object of a verbs.json */
RcVerbs       *rc_verbs_new_from_json   (JsonObject         *root);
GBytes        *rc_verbs_to_compiled     (const RcVerbs      *verbs,
                                         JsonObject         *root);
RcVerbs       *rc_verbs_new_from_compiled (GBytes           *data,
                                         GError            **error);
/* (nullable): the compiled verbs built into the program */
RcVerbs       *rc_verbs_new_compiled    (GError            **error);
void           rc_verbs_free            (RcVerbs            *verbs);

const RcVerb  *rc_verbs_lookup          (const RcVerbs      *verbs,
                                         const char         *base);
/* the verb @word (lower case) is a form of, and which forms it is (RC_FORM_* bits in @forms);
 * NULL when the data lacks it */
const RcVerb  *rc_verbs_lookup_form     (const RcVerbs      *verbs,
                                         const char         *word,
                                         guint              *forms);
/* Is @word (any case) a regular past tense the data does not list: “Quantized”, “copied”,
 * “Bootstrapped”; not “Claims”, “speed”, “hundred” (not-past) or an acronym such as “LED”? */
gboolean       rc_verbs_is_regular_past (const RcVerbs      *verbs,
                                         const char         *word);
/* @form of @lemma, a verb with any words after it ("work on" → "worked on"); a verb the data
 * lacks is inflected by the regular rules, and its participle is its past form */
char          *rc_verbs_form            (const RcVerbs      *verbs,
                                         const char         *lemma,
                                         RcVerbForm          form);
/* the verb forms @verb offers as suggestions, capitalised past tense: "Built, Cut, Led" */
char          *rc_verbs_suggest         (const RcVerbs      *verbs,
                                         const char * const *bases,
                                         guint               max);

G_END_DECLS
