/* rc-guide-private.h — the guide's parts, shared by its loader and its generated pages
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-guide.h"

G_BEGIN_DECLS

typedef struct
{
  char *title;
  char *tags;
  char *text;
} SearchIndex;

struct _RcGuide
{
  GObject        parent_instance;

  GHashTable    *by_id;          /* id → RcGuideEntry (owned) */
  GHashTable    *by_category;    /* category → GPtrArray of RcGuideEntry, data order */
  GPtrArray     *entries;        /* every entry, categories in display order */
  GArray        *index;          /* SearchIndex, parallel to entries */

  GStringChunk  *strings;        /* the verb data's strings */
  GPtrArray     *allocations;    /* the verb data's structs and arrays */
  GPtrArray     *verbs;          /* RcGuideVerb, data order */
  GPtrArray     *weak_verbs;     /* RcGuideWeakVerb, data order */
  char         **verb_categories;
  GHashTable    *verb_names;     /* category → name, English, from the data */
  GHashTable    *verb_descriptions;
  GHashTable    *verb_forms;     /* lower-case form → RcGuideVerb */
  GHashTable    *weak_forms;     /* lower-case form → RcGuideWeakVerb */
  GPtrArray     *duty_phrases;   /* lower-case, data order */
  GPtrArray     *duty_longest;   /* the same, longest first, for matching */
};

/* adds @entry (owned) to its category at @position, or last when -1 */
void      rc_guide_add_entry                (RcGuide      *self,
                                             RcGuideEntry *entry,
                                             int           position);

/* rc-guide-pages.c */
gboolean  rc_guide_load_verbs               (RcGuide      *self,
                                             GError      **error);
/* the entries the generated lists hang from, before translations are read */
void      rc_guide_create_generated_entries (RcGuide      *self);
/* the verb and skill lists, once the translations are read */
void      rc_guide_append_generated_pages   (RcGuide      *self);

G_END_DECLS
