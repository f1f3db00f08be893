/* rc-check-private.h — what a built-in check sees: the strings, the resume and its rule
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "rc-document.h"
#include "rc-job.h"
#include "rc-markup.h"
#include "rc-report-private.h"
#include "rc-rule-private.h"
#include "rc-taxonomy.h"
#include "rc-verbs.h"

G_BEGIN_DECLS

/* The fields a checked string can sit in, in the order an entry reads */
typedef enum
{
  RC_FIELD_NAME,
  RC_FIELD_SUMMARY,
  RC_FIELD_DESCRIPTION,
  RC_FIELD_HIGHLIGHTS,
  RC_FIELD_KEYWORDS,
} RcField;

/* One string of the resume and what the engine learnt from it. Cached by the engine and
 * reused while its place and text stay the same. One allocation holds the entry, its
 * pointer, text, opening word, mentions and hashes. Its facts are read from the text as
 * printed (markup rendered); every offset it keeps is into the text as written. While a
 * string check runs, text, len and the offsets are the printed ones. */
typedef struct
{
  guint64         key;          /* rc_pointer_sort_key (pointer) */
  char           *pointer;
  char           *text;
  guint           len;          /* bytes */
  char           *printed;      /* the text as printed: == text when it holds no markup */
  guint           printed_len;
  guint8          section;      /* RcSection */
  guint8          scope;        /* index of the RcScope bit: 0 bullet … 3 skills */
  guint8          field;        /* RcField */
  gint32          entry;        /* index of the entry in its section; -1 for basics */
  gint32          item;         /* index in its list; -1 for a single field */

  guint           n_words;      /* printed */
  guint           n_chars;      /* of text */
  gboolean        ascii;        /* character offsets are byte offsets */
  gboolean        has_metric;
  gboolean        evidence;     /* work, volunteering or project prose: it shows skills in use */
  gint32          verb;         /* the opening verb (RcVerbs.verbs index), -1 when none */
  guint8          verb_forms;   /* RC_FORM_* of the opening word; 0 if it is no known verb */
  guint8          verb_flags;   /* RC_WORD_* of the opening word */
  guint           first_start;  /* the opening word, in characters; both 0 when none */
  guint           first_end;
  guint           printed_next; /* the byte of printed just after the opening word */
  char           *first_word;   /* (nullable) as written */
  RcSkillMention *mentions;     /* skills the string names */
  guint           n_mentions;
  guint8          marks;        /* RcStringMark: a whole-resume check speaks for the string */
  guint32        *hashes;       /* evidence and skills strings: the hashes of their words */
  guint           n_hashes;

  /* hashes of what whole-resume checks read of it (RC_DEPENDS_*) */
  guint64         facts;        /* its shape: a number, length, evidence, marks */
  guint64         verb_facts;   /* its opening verb, as written and where */
  guint64         skill_facts;  /* the skills it names, and where */
  guint64         skill_names;  /* the skills it names, as written, not where */
  GPtrArray      *findings;     /* (element-type RcFinding) (nullable): its string rules'
                                 * findings; NULL when there are none */
} RcStringEntry;

static inline gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* what a string check sees */
typedef struct
{
  const RcCompiled *compiled;
  const RcVerbs    *verbs;
  RcStringEntry    *entry;
  const RcTokens   *tokens;
  guint             first;      /* the opening word's token (past a date or a label),
                                 * n_tokens when none */
  const RcMarkup   *markup;     /* (nullable): the string's markup, NULL when it has none */
  GPtrArray        *findings;   /* out */
  /* the engine's buffers: what the entry's facts point at until it is stored */
  GString          *word_buffer;
  GArray           *hash_buffer;
  GArray           *mentions;   /* the engine's: the string's skill mentions (entry->mentions) */
  const RcLexicon  *names;      /* (nullable): folded words of the resume's own names */
  guint             serial;     /* unique to this reading of the string in the process: what a
                                 * check may cache between its rules */
  guint             word_flags; /* the RC_WORD_* of all its words together: a check whose words
                                 * are absent has nothing to do */
} RcStringContext;

/* What a whole-resume check says about a string in place of the string rules: a rule whose
 * "unless" names a rule of a check with that mark does not speak on the string (a stack line
 * gets no "no metric" or "weak start"). Whole checks that read strings ask rc_rule_skips(). */
typedef enum
{
  RC_MARK_STACK_LINE = 1 << 0,  /* a highlight that only names technologies */
} RcStringMark;

static inline gboolean
rc_rule_skips (const RcRule        *rule,
               const RcStringEntry *entry)
{
  return (rule->skip_marks & entry->marks) != 0;
}

/* How many strings mention a skill (by id): in work, volunteering or project prose (where a
 * skill also counts for every skill it implies: RcSkill.implied), in the skills
 * section, and in prose or the summary */
typedef enum
{
  RC_SKILL_EVIDENCE,
  RC_SKILL_LISTED,
  RC_SKILL_PROSE,
  RC_N_SKILL_COUNTS,
} RcSkillCount;

typedef struct
{
  guint counts[RC_N_SKILL_COUNTS];
} RcSkillCounts;

static inline gboolean
rc_skill_counted (GHashTable   *skills,
                  const char   *id,
                  RcSkillCount  which)
{
  const RcSkillCounts *counts = id != NULL ? g_hash_table_lookup (skills, id) : NULL;

  return counts != NULL && counts->counts[which] > 0;
}

/* what a document check sees */
typedef struct
{
  const RcCompiled *compiled;
  const RcVerbs    *verbs;
  RcDocument       *document;
  JsonObject       *root;
  GPtrArray        *strings;     /* RcStringEntry, in document order */
  RcTaxonomy       *taxonomy;
  GHashTable       *skills;      /* skill id → RcSkillCounts */
  guint             n_skills[RC_N_SKILL_COUNTS];  /* skills with each count above 0 */
  RcJob            *job;         /* (nullable) */
  const RcAtsMatch *ats;         /* (nullable) */
  guint             pages;       /* for RC_DEPENDS_PAGES checks: the page count to report */
  guint             last_page_lines;  /* and the lines of text on the last of those pages */
  GDate             today;
  GPtrArray        *findings;    /* out: owned */
  gboolean          used_words;  /* out: the check read the words of strings, not only facts */
} RcCheckContext;

/* What a whole-resume check reads: the engine runs it again only when one of these changed,
 * and otherwise reports its findings from the last check */
typedef enum
{
  RC_DEPENDS_JSON    = 1 << 0,  /* the document, apart from the strings the engine caches */
  RC_DEPENDS_FACTS   = 1 << 1,  /* the cached strings' shapes (RcStringEntry.facts) */
  RC_DEPENDS_STRINGS = 1 << 2,  /* the text of any cached string */
  RC_DEPENDS_JOB     = 1 << 3,  /* the job description and its ATS match */
  RC_DEPENDS_TODAY   = 1 << 4,  /* today's date */
  RC_DEPENDS_PAGES   = 1 << 5,  /* the page count the engine keeps (RcCheckContext.pages) */
  RC_DEPENDS_BLANKS  = 1 << 6,  /* which cached strings are blank, and the entries' names */
  RC_DEPENDS_SKILLS  = 1 << 7,  /* the skills the cached strings name (.skill_names) */
  RC_DEPENDS_MENTIONS = 1 << 8, /* … and where they stand (.skill_facts) */
  RC_DEPENDS_VERBS   = 1 << 9,  /* the cached strings' opening verbs (.verb_facts) */
} RcDepends;

struct _RcCheckClass
{
  const char *name;
  guint       scopes;           /* the scopes a rule of this check may have */
  gboolean    per_string;       /* runs as each string is read; else over the whole resume */
  guint       depends;          /* RcDepends, for a whole-resume check */
  /* validates params (nullable) into rule->check_data */
  gboolean  (*parse)      (RcRule             *rule,
                           JsonObject         *params,
                           const RcVerbs      *verbs,
                           GError            **error);
  void      (*free_data)  (gpointer            data);
  /* marks the words it needs in the lexicon */
  void      (*compile)    (const RcRule       *rule,
                           RcCompiled         *compiled,
                           guint             (*intern) (RcCompiled *, const char *));
  void      (*run_string) (RcStringContext    *ctx,
                           const RcRule       *rule);
  void      (*run)        (RcCheckContext     *ctx,
                           const RcRule       *rule);
  guint       marks;            /* RcStringMark: the strings its findings speak for */
};

const RcCheckClass *rc_check_class_lookup (const char *name);

/* A finding of @rule: message and advice formatted from the NULL-terminated name, value
 * pairs ({match} is filled from @match). */
RcFinding *rc_rule_make_finding     (const RcRule   *rule,
                                     RcLevel         level,
                                     const char     *pointer,
                                     guint           start,
                                     guint           end,
                                     const char     *match,
                                     const char     *fix,
                                     ...) G_GNUC_NULL_TERMINATED;

/* Is the number at the opening of a string a metric? @not_before (nullable): words after which
 * a number does not count ("years" of experience). The engine stores it in the facts. */
gboolean   rc_check_detect_metric   (const RcStringContext *ctx,
                                     char                 **not_before);

static inline gboolean
rc_check_token_is (const RcTokens *tokens,
                   guint           i,
                   const char     *folded)
{
  return i < tokens->n_tokens && strcmp (rc_tokens_folded (tokens, i), folded) == 0;
}

G_END_DECLS
