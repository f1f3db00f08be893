/* rc-spell.h — the spell checker: enchant-2 dictionaries, the technical lexicon, near-misses
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "rc-taxonomy.h"
#include "rc-text.h"

G_BEGIN_DECLS

typedef struct _RcSpell RcSpell;

/* What the dictionaries say of one word */
typedef enum
{
  RC_SPELL_CORRECT,      /* a dictionary accepts it, or there is no dictionary */
  RC_SPELL_BRITISH,      /* only the second dictionary (en_GB) accepts it */
  RC_SPELL_MISSPELLED,
} RcSpellVerdict;

/* (transfer none): en_US and en_GB, the bundled taxonomy's spellings and data/words/, kept
 * between runs (rc_spell_set_store()); made once per process. The dictionaries are opened
 * on the first word neither the lexicon nor the store knows. */
RcSpell        *rc_spell_get_default     (void);
/* (transfer full): for tests: @languages (enchant tags, the first gives suggestions), the
 * lexicon from @taxonomy and the bundled words */
RcSpell        *rc_spell_new             (RcTaxonomy          *taxonomy,
                                          const char * const  *languages);
void            rc_spell_free            (RcSpell             *self);

#define RC_SPELL_COMPILED_MAGIC    "rc-spelling-1"
#define RC_SPELL_COMPILED_RESOURCE "/io/github/resumecoach/ResumeCoach/core/compiled/spelling.bin"

/* (transfer full): the lexicon and names of @self, which rc_spell_get_default() reads back
 * (rc-compile-data writes those of the bundled taxonomy) */
GBytes         *rc_spell_to_compiled     (RcSpell             *self);
/* (transfer full) (nullable): a speller of @languages with the lexicon and names
 * rc_spell_to_compiled() wrote in @bytes (kept: the names point into them); %NULL with @error when
 * @bytes hold no such thing */
RcSpell        *rc_spell_new_from_compiled (GBytes            *bytes,
                                            const char * const *languages,
                                            GError           **error);

/* the lexicon knows the folded word (@hash: rc_text_hash() of it): a technical name or word,
 * a common word, a form of a known verb. Lock-free: it does not change once made. */
gboolean        rc_spell_is_known    (RcSpell             *self,
                                          const char          *folded,
                                          gsize                len,
                                          guint32              hash);
/* Checks @word as written, cached. For a misspelled word, @suggestion (nullable) gets the
 * dictionaries' first suggestion when it is a good one (a word within two edits), else is
 * emptied; @british asks en_GB for it first. Thread-safe. */
RcSpellVerdict  rc_spell_check           (RcSpell             *self,
                                          const char          *word,
                                          gsize                len,
                                          gboolean             british,
                                          GString             *suggestion);
/* the shortest text rc_spell_near_miss() looks at */
#define RC_SPELL_MIN_NEAR_MISS 4

/* (nullable): the technical name @text (a word or two, one space between) is a near-miss
 * of, case-insensitively: one edit, two for long names; NULL when none or it is one */
const char     *rc_spell_near_miss       (RcSpell             *self,
                                          const char          *text,
                                          gsize                len);
/* (nullable): the spelling the taxonomy or the word list gives @text, case-insensitively */
const char     *rc_spell_lookup_name     (RcSpell             *self,
                                          const char          *text,
                                          gsize                len);
/* Chooses the dictionaries @self asks, as rc_spell_new() takes them (the default speller's
 * are en_US and en_GB). What the old ones said of each word is forgotten and
 * rc_spell_get_generation() changes, so a check made before is out of date. Thread-safe. */
void            rc_spell_set_languages   (RcSpell             *self,
                                          const char * const  *languages);
/* changes with the languages: findings made under another generation are stale */
guint           rc_spell_get_generation  (RcSpell             *self);
/* whether a dictionary could be opened (opens them) */
gboolean        rc_spell_has_dictionaries (RcSpell            *self);
/* µs the dictionaries took to open; -1 before */
gint64          rc_spell_get_load_time   (RcSpell             *self);
/* whether a dictionary was asked for yet: a run whose words the lexicon or the store all
 * knew opens none */
gboolean        rc_spell_get_dictionaries_opened (RcSpell     *self);
/* Keeps the dictionaries' verdicts between runs in the file at @path (nullable: not kept; the
 * default speller keeps them in the user's cache folder, resume-coach/spelling): each word's
 * 64-bit hash, never the word, with its verdict and suggestions, for the dictionaries and
 * personal word lists as they are (changed, the file is not used). Read on the first word
 * checked; rc_spell_save() writes what the dictionaries said since. */
void            rc_spell_set_store       (RcSpell             *self,
                                          const char          *path);
gboolean        rc_spell_save            (RcSpell             *self,
                                          GError             **error);
/* (transfer full): what a store file for @self's dictionaries as they are now begins with: a
 * file that begins otherwise is not read (for the fuzzer, which writes stores @self reads) */
char           *rc_spell_dup_store_identity (RcSpell          *self);

/* (transfer full): the folded words of the resume's own names (basics.name and location, the
 * names of employers, projects, schools, awarders, issuers…), so that “Parcelwise” is a word;
 * *@hash changes when they do */
RcLexicon      *rc_spell_read_names      (JsonObject          *root,
                                          guint64             *hash);

/* Damerau–Levenshtein (optimal string alignment) distance of two byte strings, or
 * @max + 1 once it is over @max */
guint           rc_spell_distance        (const char          *a,
                                          gsize                a_len,
                                          const char          *b,
                                          gsize                b_len,
                                          guint                max);

G_END_DECLS
