/* rc-markup.h — a resume string as printed: HTML and Markdown rendered (private to the core)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one string reads like once its markup is rendered, and where each printed character
 * came from. Kept and reused by its owner: rendering allocates only while its buffers grow. */
typedef struct
{
  GString    *printed;     /* the text as printed (valid while the next render) */
  guint       n_chars;     /* characters of printed */
  guint       n_raw_chars; /* characters of the raw text */
  gboolean    ascii;       /* both texts are ASCII: character offsets are byte offsets */
  gboolean    list_marker; /* it opens with a list marker: "- ", "• ", "1. " */
  guint       list_lines;  /* lines after the first that open with one: bullets pasted into
                            * one string */
  const char *raw;         /* the text rendered (not owned) */
  gsize       raw_len;
  /* private */
  GArray     *marks;
  GArray     *starts;      /* guint32 per printed character, and one at the end */
  GArray     *ends;        /* guint32 per printed character */
  GArray     *paired;      /* guint32: the marks that are half of a pair, in text order */
} RcMarkup;

void      rc_markup_init     (RcMarkup       *self);
void      rc_markup_clear    (RcMarkup       *self);
/* Renders @text: TRUE when it holds markup, FALSE (nothing else set) when it prints as
 * written. HTML tags (<br> and block tags read as a space), entities, Markdown emphasis,
 * code spans, links, a leading list marker and a leading heading. */
gboolean  rc_markup_render   (RcMarkup       *self,
                              const char     *text,
                              gsize           len);
/* A span of printed characters as the raw characters it came from. A span that takes in
 * only one end of a markup pair (a closing tag, not its opening one) widens to hold both; the
 * whole printed text is the whole raw text. */
void      rc_markup_map_span (const RcMarkup *self,
                              guint           start,
                              guint           end,
                              guint          *raw_start,
                              guint          *raw_end);
/* (transfer full): the first markup as written: "<b>Migrated</b>", "**Payments**", "&amp;",
 * "-"; only the opening half of a long pair ("<a href=\"…\">") */
char     *rc_markup_first    (const RcMarkup *self);

G_END_DECLS
