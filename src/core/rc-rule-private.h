/* rc-rule-private.h — a rule and the compiled matcher: what the rule set makes, the checks read
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 8

#include <json-glib/json-glib.h>
#include <pcre2.h>

#include "rc-rule-info.h"
#include "rc-section.h"
#include "rc-text.h"
#include "rc-verbs.h"

G_BEGIN_DECLS

typedef enum
{
  RC_RULE_PHRASES,
  RC_RULE_PATTERN,
  RC_RULE_THRESHOLD,
  RC_RULE_CHECK,
} RcRuleKind;

/* Which strings a rule reads. The first four are strings of the resume; a string rule sees
 * each one as it is checked. The others are read by built-in checks over the whole resume. */
typedef enum
{
  RC_SCOPE_BULLET      = 1 << 0,  /* a highlight of work, volunteering or a project */
  RC_SCOPE_SUMMARY     = 1 << 1,  /* basics.summary */
  RC_SCOPE_DESCRIPTION = 1 << 2,  /* an entry's summary or description */
  RC_SCOPE_SKILLS      = 1 << 3,  /* a skill: skills keywords and names, project keywords */
  RC_SCOPE_ENTRY       = 1 << 4,
  RC_SCOPE_SECTION     = 1 << 5,
  RC_SCOPE_DOCUMENT    = 1 << 6,
  RC_SCOPE_JOB         = 1 << 7,
} RcScope;

#define RC_SCOPE_STRINGS (RC_SCOPE_BULLET | RC_SCOPE_SUMMARY | RC_SCOPE_DESCRIPTION | RC_SCOPE_SKILLS)
#define RC_N_STRING_SCOPES 4

typedef enum
{
  RC_COUNT_WORDS,
  RC_COUNT_CHARACTERS,
  RC_COUNT_LINES,
} RcCount;

/* a word the lexicon knows */
enum
{
  RC_WORD_NUMBER       = 1 << 0,  /* a number word for metric checks: two, dozen, doubled */
  RC_WORD_AUX          = 1 << 1,  /* a form of "be" (or "get") before a passive participle */
  RC_WORD_PREFIX       = 1 << 2,  /* re-, co-: skipped before an opening verb */
  RC_WORD_AMBIGUOUS    = 1 << 3,  /* tense cannot be told */
  RC_WORD_YEAR_CONTEXT = 1 << 4,  /* "in", "since": a following year is a date, not a metric */
  RC_WORD_STRONG       = 1 << 5,  /* a form of a strong verb */
  RC_WORD_WEAK         = 1 << 6,  /* a form of a weak verb */
  RC_WORD_VERSION      = 1 << 7,  /* "Python", "HTTP", "version": a following number is a version */
  RC_WORD_NO_METRIC    = 1 << 8,  /* "awarded", "certified": a bullet that needs no number */
  RC_WORD_FREQUENCY    = 1 << 9,  /* "daily": scale in "releases daily", not in "daily standups" */
  RC_WORD_UP           = 1 << 10, /* "increased", "raised": a result that went up */
  RC_WORD_DOWN         = 1 << 11, /* "reduced", "cut": a result that went down */
  RC_WORD_TECH_FIX     = 1 << 12, /* "node", "k8s": begins a name spelling.tech corrects */
  RC_WORD_PAIR_FIRST   = 1 << 13, /* "to": begins two words that never follow each other */
};

typedef struct
{
  gint32  verb;        /* index into RcVerbs.verbs, -1 none */
  guint8  forms;       /* RC_FORM_* */
  guint16 flags;       /* RC_WORD_* */
  guint32 n_first;     /* phrases beginning with this word */
  guint32 first;       /* offset into RcCompiled.candidates */
} RcWord;

typedef struct
{
  guint    rule;       /* index of its rule */
  guint16  n;          /* tokens */
  guint8   at_start;
  guint8   not_at_start;
  guint8   except;     /* masks matches of its rule instead of being one */
  guint8   fix_as_subject; /* the fix holds only where it opens the string before a verb */
  guint32  ids;        /* offset into RcCompiled.phrase_ids */
  char    *exact;      /* case-sensitive: the tokens as written, NUL-separated; else NULL */
  char    *fix;        /* (nullable) */
} RcPhrase;

typedef struct _RcRule RcRule;
typedef struct _RcCheckClass RcCheckClass;

struct _RcRule
{
  RcRuleInfo          info;
  guint               index;
  RcRuleKind          kind;
  guint               scopes;       /* RcScope */
  guint               sections;     /* bits of RcSection; all when 0 */
  char              **unless;       /* rule ids whose finding in the same string hides this one */
  GArray             *unless_index; /* resolved */
  guint               skip_marks;   /* RcStringMark of the checks "unless" names */
  gboolean            quiets_entry; /* an entry rule another's "unless" names: that one is
                                     * quiet inside the entries this one fires on */
  gboolean            once_per_entry; /* "once": "entry" */
  gboolean            not_a_bullet; /* a bullet it fires on is none: the content rate leaves
                                     * it out ("Responsibilities:") */
  gboolean            case_sensitive;

  /* phrases: each a JsonObject normalised from the pack; expanded at compile */
  GPtrArray          *phrases;      /* element-type RcPhraseSpec */
  GPtrArray          *excepts;
  gboolean            spelling;     /* a phrase whose text already equals its fix passes */

  pcre2_code         *pattern;
  char               *contains;     /* pattern rules: text a string must hold to be searched */
  gboolean            non_ascii;    /* pattern rules: a match starts above ASCII, so a string
                                     * of ASCII alone is not searched */

  RcCount             count;
  gint                min;          /* -1: none */
  gint                max;
  guint               chars_per_line;

  const RcCheckClass *check;
  JsonObject         *params;
  gpointer            check_data;

  /* message and advice in the user's language (borrowed from gettext, or info's own) */
  const char         *message;
  const char         *advice;
  const char         *label;        /* (nullable) */

  /* owned copies behind info */
  char               *scope_string;
  JsonNode           *examples;
};

/* one phrase of a rule, as written, with its inflections expanded */
typedef struct
{
  GPtrArray *texts;    /* char*: each form, e.g. "build", "builds", "built", "building" */
  GPtrArray *fixes;    /* char* or NULL, one per text */
  gboolean   at_start;
  gboolean   not_at_start;
  gboolean   case_sensitive;
  gboolean   fix_as_subject;
} RcPhraseSpec;

typedef struct
{
  guint      generation;
  RcLexicon *lexicon;
  GArray    *words;          /* RcWord per lexicon id */
  GArray    *phrases;        /* RcPhrase */
  GArray    *phrase_ids;     /* gint32 */
  GArray    *candidates;     /* guint32 phrase indices, grouped by first word */
  /* string rules per [scope bit][section]: guint rule indices, in rule order */
  GArray    *string_rules[RC_N_STRING_SCOPES][RC_N_SECTIONS];
  GArray    *document_rules; /* guint rule indices of document-level checks */
  gboolean   has_phrases[RC_N_STRING_SCOPES][RC_N_SECTIONS];
} RcCompiled;

/* rc_verb_words_write(): a compiled set's lexicon and words after its verbs, before its rules */
typedef struct
{
  RcLexicon *lexicon;
  GArray    *words;          /* RcWord per lexicon id */
} RcVerbWords;

static inline const RcWord *
rc_compiled_word (const RcCompiled *compiled,
                  gint32            lex)
{
  return lex >= 0 ? &g_array_index (compiled->words, RcWord, lex) : NULL;
}

/* the message or advice in the user's language (built-in rules are in the translations) */
const char       *rc_rule_translate            (const RcRule *rule,
                                                const char   *text);

G_END_DECLS
