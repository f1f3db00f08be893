/* rc-checks-private.h — what the families of built-in checks share: parameters, wording
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-check-private.h"
#include "rc-json-private.h"

G_BEGIN_DECLS

/* Each family (rc-checks-*.c) lists its checks, ended by one without a name. */
extern const RcCheckClass rc_checks_basics[];
extern const RcCheckClass rc_checks_content[];
extern const RcCheckClass rc_checks_dates[];
extern const RcCheckClass rc_checks_skills[];
extern const RcCheckClass rc_checks_spelling[];
extern const RcCheckClass rc_checks_strings[];
extern const RcCheckClass rc_checks_verbs[];

#define RC_CHECKS_STRINGS RC_SCOPE_STRINGS
#define RC_CHECKS_WHOLE (RC_SCOPE_ENTRY | RC_SCOPE_SECTION | RC_SCOPE_DOCUMENT)

/* ---- parameters ---- */

typedef struct
{
  guint    sections;     /* bits of RcSection; 0: the check's default */
  gdouble  share;
  gdouble  max_share;    /* 0 when not given */
  gint     min;
  gint     max;
  gint     min_bullets;
  gint     limit;
  gint     junior_years;
  gint     junior_max;
  gint     years;
  gint     months;
  char    *pointer;
  char    *each;
  char    *field;
  char   **words;        /* number words, auxiliaries, networks… */
  char   **more_words;   /* year context */
  char   **versions;     /* words a version number follows */
  char   **more_words2;  /* words a number must not come before */
  char   **exempt;       /* words of strings that need no number, of entries that need no
                          * bullets (a career break) */
  char   **frequencies;  /* daily, weekly… */
  char   **suggest;      /* verbs to offer */
  char    *suggest_text; /* …written out: "Built, Cut, Led" */
} Params;

void       rc_checks_params_free    (gpointer            data);
/* "Terraform, Helm and Ansible" */
char      *rc_checks_join_names     (GPtrArray          *names);
/* Reads @params into a new Params, accepting only @allowed names (and "variants"). */
Params    *rc_checks_read_params    (JsonObject          *params,
                                     const char * const  *allowed,
                                     GError             **error);
/* a parameter is wrong: FALSE */
gboolean   rc_checks_param_error    (GError            **error,
                                     const char         *format,
                                     ...) G_GNUC_PRINTF (2, 3);
/* a check without parameters */
gboolean   rc_checks_parse_nothing  (RcRule             *rule,
                                     JsonObject         *params,
                                     const RcVerbs      *verbs,
                                     GError            **error);

#define PARSE_WITH(...) \
  { \
    static const char * const allowed[] = { __VA_ARGS__, NULL }; \
    Params *p = rc_checks_read_params (params, allowed, error); \
    if (p == NULL) \
      return FALSE; \
    rule->check_data = p; \
    return TRUE; \
  }

static inline Params *
get_params (const RcRule *rule)
{
  return rule->check_data;
}

static inline gboolean
section_selected (const Params *params,
                  guint         defaults,
                  RcSection     section)
{
  guint sections = params->sections != 0 ? params->sections : defaults;

  return (sections & (1u << section)) != 0;
}

/* ---- compiling ---- */

/* sets @flag on each of @words in the lexicon */
static inline void
mark_words (RcCompiled  *compiled,
            guint      (*intern) (RcCompiled *, const char *),
            char       **words,
            guint16      flag)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      /* interning may grow the array: index it afterwards */
      guint id = intern (compiled, words[i]);

      g_array_index (compiled->words, RcWord, id).flags |= flag;
    }
}

/* does @text, case-folded, hold one of @words (folded already)? FALSE for blank text */
gboolean   rc_checks_text_names     (char              **words,
                                     const char         *text);

/* What a message calls @entry: its "name" (or "company", in older files), else its
 * "position", else its "institution"; NULL when it has none of them */
const char *rc_checks_entry_name    (JsonObject         *entry);

/* ---- dates ---- */

/* @entry's length in months, from its start to its end or today (-1 when unknown), and how
 * many months ago it ended (0 while it runs, -1 when unknown) */
void       rc_checks_entry_months   (RcCheckContext     *ctx,
                                     JsonObject         *entry,
                                     gint               *months,
                                     gint               *ended_ago);

/* ---- wording ---- */

/* A finding of @rule worded by one of its variants: params.variants[@variant] gives
 * "message" and "advice" that replace the rule's own (either may be left out). */
RcFinding *rc_rule_make_variant     (const RcRule       *rule,
                                     const char         *variant,
                                     RcLevel             level,
                                     const char         *pointer,
                                     guint               start,
                                     guint               end,
                                     const char         *match,
                                     const char         *fix,
                                     ...) G_GNUC_NULL_TERMINATED;

/* ---- document checks ---- */

static inline JsonArray *
root_array (RcCheckContext *ctx,
            const char     *member)
{
  return rc_json_get_member_array (ctx->root, member);
}

static inline void
add (RcCheckContext *ctx,
     RcFinding      *finding)
{
  g_ptr_array_add (ctx->findings, finding);
}

static inline char *
uint_string (guint value)
{
  return g_strdup_printf ("%u", value);
}

/* a whole string as the span: its text is the match, so an ignore lapses when it changes */
static inline RcFinding *
whole_string (const RcRule        *rule,
              const char          *variant,
              const RcStringEntry *entry,
              const char          *fix,
              const char          *name,
              const char          *value)
{
  return rc_rule_make_variant (rule, variant, rule->info.level, entry->pointer, 0,
                               entry->n_chars, entry->text, fix, name, value, NULL);
}

G_END_DECLS
