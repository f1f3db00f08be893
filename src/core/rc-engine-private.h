/* rc-engine-private.h — what the engine adds to the checks' view, for its own units
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-check-private.h"
#include "rc-engine.h"
#include "rc-rule-set-private.h"

G_BEGIN_DECLS

/* What the engine reads one string with (rc-engine-read.c): the buffers an RcStringEntry
 * points at until rc_string_entry_store() copies it, and scratch for the string rules */
typedef struct
{
  RcRuleSet  *rules;        /* the engine's */
  RcTokens    tokens;
  RcMarkup    markup;       /* the string as printed */
  GPtrArray  *scratch;      /* findings of the string being read */
  GString    *word_buffer;  /* its opening word */
  GArray     *hash_buffer;  /* its word hashes */
  GArray     *mentions;     /* the string's skill mentions, until the next string */
  GArray     *matches;
  guint8     *active;       /* rules that apply to the string being read */
  guint       n_active;
  RcLexicon  *names;        /* the resume's own names (rc_spell_read_names) */
  guint64     names_hash;
} RcStringReader;

void           rc_string_reader_init        (RcStringReader      *self,
                                             RcRuleSet           *rules);
void           rc_string_reader_clear       (RcStringReader      *self);
/* after the rules changed */
void           rc_string_reader_set_n_rules (RcStringReader      *self,
                                             guint                n_rules);
/* reads @entry (its place and text set) for its facts and findings */
void           rc_string_reader_read        (RcStringReader      *self,
                                             RcStringEntry       *entry,
                                             const RcCompiled    *compiled);
/* Copies what @tmp points at (the document's text, the reader's buffers) into one block */
RcStringEntry *rc_string_entry_store        (const RcStringEntry *tmp);

/* orders the findings of one string: by span, then rule id (a GCompareFunc on pointers) */
int            rc_finding_compare_spans     (gconstpointer        a,
                                             gconstpointer        b);

/* rc-engine-report.c: the report of the strings' findings and the whole-resume checks'
 * (@rule_findings: a GPtrArray of findings or NULL per document rule), ignores applied */
RcReport      *rc_engine_build_report       (RcRuleSet           *rules,
                                             GPtrArray           *strings,
                                             GPtrArray           *rule_findings,
                                             RcDocument          *document);

/* facts every string gets, whatever the rules */
void           rc_string_facts              (RcStringContext     *ctx);

G_END_DECLS
