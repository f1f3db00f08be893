/* rc-guide.h — the bundled guide: articles by category, search, and the action-verb lists
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "rc-guide-entry.h"
#include "rc-guide-markup.h"

G_BEGIN_DECLS

#define RC_GUIDE_ERROR (rc_guide_error_quark ())

typedef enum
{
  RC_GUIDE_ERROR_SYNTAX,     /* a guide file is not JSON */
  RC_GUIDE_ERROR_INVALID,    /* an entry lacks a field, has a wrong type or an unknown category */
  RC_GUIDE_ERROR_DUPLICATE,  /* an entry id that is already loaded */
} RcGuideError;

/**
 * RcGuideVerb:
 * @category: id of its category in data/verbs.json ("build")
 * @base: "build" — also the form for a current role's bullets
 * @s: "builds"
 * @past: "built" — the form for a finished role's bullets
 * @ing: "building"
 *
 * A strong action verb, owned by the guide.
 */
typedef struct
{
  const char *category;
  const char *base;
  const char *s;
  const char *past;
  const char *ing;
} RcGuideVerb;

/**
 * RcGuideWeakVerb:
 * @base: "work"
 * @past: "worked"
 * @instead: (array zero-terminated=1): base forms of strong verbs to use instead
 * @why: (nullable): why it is weak, in English (translated where it is shown)
 *
 * A verb that makes a weak opening, owned by the guide.
 */
typedef struct
{
  const char         *base;
  const char         *past;
  const char * const *instead;
  const char         *why;
} RcGuideWeakVerb;

#define RC_TYPE_GUIDE (rc_guide_get_type ())
G_DECLARE_FINAL_TYPE (RcGuide, rc_guide, RC, GUIDE, GObject)

GQuark               rc_guide_error_quark          (void);

/**
 * rc_guide_get_default:
 *
 * The bundled guide in the user's language (g_get_language_names()), each entry falling back
 * to English where no translation exists. Loaded once.
 *
 * Returns: (transfer none): the guide
 */
RcGuide             *rc_guide_get_default          (void);

/**
 * rc_guide_new_for_directory:
 * @directory: a folder of guide files (*.json), English, with translations in sub-folders
 *   named by language ("de", "pt_BR"); a resource:// folder works too
 * @languages: (nullable) (array zero-terminated=1): language names, most preferred first,
 *   as g_get_language_names() gives them; NULL for English only
 * @error: a #RC_GUIDE_ERROR or an I/O error naming the file
 *
 * Loads a guide. The action-verb and key-skill pages are generated from the bundled
 * data/verbs.json and the skills taxonomy when the folder has the entries they hang from
 * ("verbs.strong", "verbs.weak", "skills.taxonomy", "skills.spelling").
 *
 * Returns: (transfer full) (nullable): the guide, or NULL with @error set
 */
RcGuide             *rc_guide_new_for_directory    (GFile               *directory,
                                                    const char * const  *languages,
                                                    GError             **error);

/* Category ids in display order: "faq", "tips", "mistakes", "verbs", "skills", "sections",
 * "style", "examples". */
const char * const  *rc_guide_get_categories       (RcGuide             *self);
/* (transfer none): the category's title in the user's language */
const char          *rc_guide_get_category_title   (RcGuide             *self,
                                                    const char          *category);
/* (transfer none) (element-type RcGuideEntry): the category's entries in data order, or every
 * entry (categories in display order) when @category is NULL */
GPtrArray           *rc_guide_get_entries          (RcGuide             *self,
                                                    const char          *category);
/* (transfer none) (nullable) */
RcGuideEntry        *rc_guide_lookup               (RcGuide             *self,
                                                    const char          *id);
/**
 * rc_guide_search:
 * @query: words; every word must appear (case- and accent-insensitive) in the entry's title,
 *   tags, rule ids, body or examples
 *
 * Returns: (transfer container) (element-type RcGuideEntry): matching entries, best first:
 *   hits in titles rank above hits in tags and rule ids, which rank above hits in the text;
 *   a hit at the start of a word above one inside a word; ties in data order. An empty query
 *   gives every entry.
 */
GPtrArray           *rc_guide_search               (RcGuide             *self,
                                                    const char          *query);
/* (transfer container) (element-type RcGuideEntry): entries that name @rule_id, data order */
GPtrArray           *rc_guide_get_entries_for_rule (RcGuide             *self,
                                                    const char          *rule_id);
/* (transfer full) (element-type RcGuideBlock): @entry's body parsed for display; links
 * written [[id]] are labelled with the target's title */
GPtrArray           *rc_guide_render               (RcGuide             *self,
                                                    RcGuideEntry        *entry);
/* (transfer full) (element-type RcGuideBlock): any text in guide markup, parsed the same way */
GPtrArray           *rc_guide_render_markup        (RcGuide             *self,
                                                    const char          *markup);

/* Ids of the strong-verb categories, data order ("build", "design", "scale"...). Each has a
 * guide entry "verbs.<id>". */
const char * const  *rc_guide_get_verb_categories  (RcGuide             *self);
/* (transfer container) (element-type RcGuideVerb): the category's strong verbs in data order,
 * or all of them (categories in order) when @category is NULL */
GPtrArray           *rc_guide_get_verbs            (RcGuide             *self,
                                                    const char          *category);
/* (transfer container) (nullable) (element-type RcGuideVerb): the verbs @entry presents —
 * all of them for "verbs.strong", one category's for "verbs.<id>" — or NULL */
GPtrArray           *rc_guide_get_verbs_for_entry  (RcGuide             *self,
                                                    RcGuideEntry        *entry);
/* (nullable): the strong verb @word is a form of, case-insensitively ("Led" → lead) */
const RcGuideVerb   *rc_guide_lookup_verb          (RcGuide             *self,
                                                    const char          *word);
/* (nullable): the weak verb @word is a form of ("Worked" → work) */
const RcGuideWeakVerb *rc_guide_lookup_weak_verb   (RcGuide             *self,
                                                    const char          *word);

/**
 * rc_guide_opening_is_replaceable:
 * @bullet: a resume bullet
 *
 * Whether rc_guide_replace_opening_verb() can swap the bullet's opening for a verb and keep a
 * sentence: it opens with a duty phrase ("Responsible for"), a weak verb ("Worked on") or a
 * strong verb ("Built"). A bullet that opens with anything else, such as a noun ("Claims
 * exports were moved…"), needs rewriting by hand.
 *
 * Returns: %TRUE when the opening can be replaced
 */
gboolean             rc_guide_opening_is_replaceable (RcGuide           *self,
                                                      const char        *bullet);

/**
 * rc_guide_replace_opening_verb:
 * @bullet: a resume bullet
 * @verb_form: the word to open with, e.g. "built"
 *
 * Replaces the bullet's opening with @verb_form, capitalised: a duty phrase whole, a weak verb
 * followed by "on", "with" or "in" ("Worked on", "Helped with") with its preposition, otherwise
 * the first word.
 * Leading white space is kept.
 *
 * Returns: (transfer full): the new bullet
 */
char                *rc_guide_replace_opening_verb (RcGuide             *self,
                                                    const char          *bullet,
                                                    const char          *verb_form);

/* (transfer full): @text case-folded, compatibility-decomposed and stripped of accents: what
 * search compares */
char                *rc_guide_fold                 (const char          *text);

G_END_DECLS
