/* rc-import-private.h — what the importer's files share: its word lists, dates and contacts
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-import.h"

G_BEGIN_DECLS

typedef struct
{
  GHashTable *headings;      /* folded heading → section id ("work", "skills"…) */
  GHashTable *titles;        /* folded words of a job title */
  GHashTable *degrees;
  GHashTable *institutions;
} ImportWords;

const ImportWords *rc_import_words            (void);
gboolean           rc_import_has_word         (const char  *text,
                                               GHashTable  *set);
gboolean           rc_import_find_dates       (const char  *text,
                                               gsize       *begin,
                                               gsize       *end,
                                               char       **start_iso,
                                               char       **end_iso);
gboolean           rc_import_read_contact     (JsonObject  *basics,
                                               const char  *piece);
gboolean           rc_import_looks_like_place (const char  *piece);
void               rc_import_set_place        (JsonObject  *basics,
                                               const char  *piece);

G_END_DECLS
