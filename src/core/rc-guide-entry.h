/* rc-guide-entry.h — one article of the bundled guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RcGuideExample:
 * @before: a weak resume line
 * @after: the same line rewritten
 * @why: (nullable): what the rewrite changed, in guide markup
 */
typedef struct
{
  char *before;
  char *after;
  char *why;
} RcGuideExample;

#define RC_TYPE_GUIDE_ENTRY (rc_guide_entry_get_type ())
G_DECLARE_FINAL_TYPE (RcGuideEntry, rc_guide_entry, RC, GUIDE_ENTRY, GObject)

/* Entries are made by RcGuide; the UI only reads them. Properties: "id", "category",
 * "title" (all read-only strings), for binding in list item templates. */
const char           *rc_guide_entry_get_id          (RcGuideEntry *self);
const char           *rc_guide_entry_get_category    (RcGuideEntry *self);
const char           *rc_guide_entry_get_title       (RcGuideEntry *self);
/* the body in guide markup (see rc-guide-markup.h) */
const char           *rc_guide_entry_get_body        (RcGuideEntry *self);
const char * const   *rc_guide_entry_get_tags        (RcGuideEntry *self);
/* ids of the rules this entry explains */
const char * const   *rc_guide_entry_get_rules       (RcGuideEntry *self);
/* ids of related entries, as listed in the data */
const char * const   *rc_guide_entry_get_related     (RcGuideEntry *self);
/* ids the body links to with [[id]], each once, in order */
const char * const   *rc_guide_entry_get_links       (RcGuideEntry *self);
guint                 rc_guide_entry_get_n_examples  (RcGuideEntry *self);
const RcGuideExample *rc_guide_entry_get_example     (RcGuideEntry *self,
                                                      guint         index);
gboolean              rc_guide_entry_has_rule        (RcGuideEntry *self,
                                                      const char   *rule_id);

/* For RcGuide, which builds and translates the entries while it loads. The strv setters take
 * @tags, @rules and @related (transfer full), as set_examples takes @examples. */
RcGuideEntry         *rc_guide_entry_new             (const char   *id,
                                                      const char   *category);
void                  rc_guide_entry_set_title       (RcGuideEntry *self,
                                                      const char   *title);
void                  rc_guide_entry_set_body        (RcGuideEntry *self,
                                                      const char   *body);
void                  rc_guide_entry_append_body     (RcGuideEntry *self,
                                                      const char   *markup);
void                  rc_guide_entry_set_tags        (RcGuideEntry *self,
                                                      char        **tags);
void                  rc_guide_entry_set_rules       (RcGuideEntry *self,
                                                      char        **rules);
void                  rc_guide_entry_set_related     (RcGuideEntry *self,
                                                      char        **related);
/* takes @examples (element-type RcGuideExample, freed with the entry) */
void                  rc_guide_entry_set_examples    (RcGuideEntry *self,
                                                      GArray       *examples);

G_END_DECLS
