/* rc-release-notes.h — the newest release's notes, read from the metainfo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* (transfer full) (nullable): the description of the first (newest) <release> in @metainfo,
 * as the markup AdwAboutWindow's release notes take (<p>, <ul>, <ol>, <li>, <em>, <code>),
 * each paragraph and item in the first of @languages it is translated into (a merged
 * metainfo's xml:lang copies) or else as written; NULL if it has none. @version: (out)
 * (optional): that release's version */
char *rc_release_notes_parse (const char          *metainfo,
                              gssize               length,
                              const char * const  *languages,
                              char               **version,
                              GError             **error);

G_END_DECLS
