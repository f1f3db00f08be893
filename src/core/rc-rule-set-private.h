/* rc-rule-set-private.h — what the engine reads from a rule set beyond its public view
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-rule-private.h"
#include "rc-rule-set.h"

G_BEGIN_DECLS

RcRule           *rc_rule_set_get_rule_private (RcRuleSet *self,
                                                guint      index);
/* Compiles after the rules changed; cheap when nothing did. */
const RcCompiled *rc_rule_set_get_compiled     (RcRuleSet *self);
const RcVerbs    *rc_rule_set_get_verbs        (RcRuleSet *self);
/* rc-rule-compile.c: @rules (element-type RcRule) matched in one pass; @verb_words
 * (nullable): rc_verb_words_read() of @verbs, which saves indexing their forms again */
RcCompiled       *rc_compiled_new              (GPtrArray         *rules,
                                                const RcVerbs     *verbs,
                                                const RcVerbWords *verb_words,
                                                guint              generation);
void              rc_compiled_free             (RcCompiled        *compiled);

/* The part of a compiled set that depends on the verb data alone: their forms, folded and
 * interned, each a word saying which verb and forms it is. rc_rule_set_compile_builtin()
 * stores it beside the packs, so that a start copies it instead of interning some 2,200
 * forms. */
void              rc_verb_words_write          (RcCompiledWriter  *out,
                                                const RcVerbs     *verbs);
/* (nullable): what rc_verb_words_write() wrote for @verbs; NULL, the reader marked bad,
 * when it is not that */
RcVerbWords      *rc_verb_words_read           (RcCompiledReader  *in,
                                                const RcVerbs     *verbs);
void              rc_verb_words_free           (RcVerbWords       *verb_words);

/* The bundled packs' compiled form (see rc_rule_set_compile_builtin()); the magic names its
 * layout */
#define RC_RULES_COMPILED_MAGIC    "rc-rules-2"
#define RC_RULES_COMPILED_RESOURCE "/io/github/resumecoach/ResumeCoach/core/compiled/rules.bin"

/* data/rules/ *.json read as JSON, examples and all (the tests and rc-compile-data) */
RcRuleSet        *rc_rule_set_new_builtin_from_json (void);
GBytes           *rc_rule_set_compile_builtin  (GError       **error);

G_END_DECLS
