/* rc-width-store.h — the widths shaped in earlier runs, kept in the user's cache (private)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page count measures a resume's words by shaping them with HarfBuzz, about half of a
 * `resume-coach check`. A word's width depends only on the text, the font and the shaper, so
 * the widths are kept between runs (and each font's line metrics, so that a resume measured
 * before loads no font at all): a file of 64-bit keys (a hash of the word and how it is set)
 * and widths, sorted by key and read in place, behind an identity string naming the
 * font files and library versions they were shaped with. A store made for another identity,
 * or damaged, is not used, and is written over at the next save.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RcWidthStore RcWidthStore;

/* (transfer full): widths for @identity, kept in @path (read on the first lookup) */
RcWidthStore *rc_width_store_new    (const char    *path,
                                     const char    *identity);
void          rc_width_store_free   (RcWidthStore  *self);

/* Thread-safe. TRUE with *@width when an earlier run, or this one, stored @key. */
gboolean      rc_width_store_lookup (RcWidthStore  *self,
                                     guint64        key,
                                     int           *width);
/* Thread-safe: @width, for the next save */
void          rc_width_store_add    (RcWidthStore  *self,
                                     guint64        key,
                                     int            width);
/* Writes what was read and what was added since, at once (another process never reads half
 * of it); nothing when nothing was added */
gboolean      rc_width_store_save   (RcWidthStore  *self,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcWidthStore, rc_width_store_free)

G_END_DECLS
