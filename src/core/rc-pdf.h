/* rc-pdf.h — the PDF layout: single-column page designs, drawn with Pango and cairo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "rc-blocks.h"

G_BEGIN_DECLS

#define RC_TYPE_PDF_LAYOUT (rc_pdf_layout_get_type ())
G_DECLARE_FINAL_TYPE (RcPdfLayout, rc_pdf_layout, RC, PDF_LAYOUT, GObject)

/* The layout keeps the measured height of each block, keyed by kind and text, so counting the
 * pages again after one edit measures only the edited block. */
RcPdfLayout *rc_pdf_layout_new         (void);
/* the number of pages the PDF export of @blocks has (element-type RcBlock) */
guint        rc_pdf_layout_count_pages (RcPdfLayout *self,
                                        GPtrArray   *blocks);
/* (transfer full): the PDF file's bytes */
GBytes      *rc_pdf_layout_render      (RcPdfLayout *self,
                                        GPtrArray   *blocks,
                                        GError     **error);

/* Page sizes in PostScript points (1/72 inch): A4 is 210 × 297 mm, Letter 8.5 × 11 in. Every
 * edge of a Classic page keeps RC_PDF_MARGIN of white (Compact's and Modern's margins are
 * their own); the text column is the page width less two margins. */
#define RC_PDF_A4_WIDTH      595.276
#define RC_PDF_A4_HEIGHT     841.890
#define RC_PDF_LETTER_WIDTH  612.0
#define RC_PDF_LETTER_HEIGHT 792.0
#define RC_PDF_MARGIN        50.0

typedef enum
{
  RC_PDF_PAPER_A4,
  RC_PDF_PAPER_LETTER,
} RcPdfPaper;

/* Added: the page designs, all single-column and ATS-safe */
typedef enum
{
  RC_PDF_TEMPLATE_CLASSIC,  /* the default: serif, a centred header, ruled headings */
  RC_PDF_TEMPLATE_COMPACT,  /* dense, for a senior two-pager */
  RC_PDF_TEMPLATE_MODERN,   /* an accent colour and a contact bar */
} RcPdfTemplate;

#define RC_PDF_N_TEMPLATES (RC_PDF_TEMPLATE_MODERN + 1)

/* "classic", "compact", "modern"; "a4", "letter" (ASCII case ignored when read) */
const char  *rc_pdf_template_to_string     (RcPdfTemplate  template_);
gboolean     rc_pdf_template_from_string   (const char    *name,
                                            RcPdfTemplate *template_);
const char  *rc_pdf_paper_to_string        (RcPdfPaper     paper);
gboolean     rc_pdf_paper_from_string      (const char    *name,
                                            RcPdfPaper    *paper);

/* The template and paper of a resume that chooses none (meta.resumeCoach): Classic, and the
 * locale's paper (LC_PAPER: Letter in the US and Canada, A4 elsewhere) until a program sets
 * them from its preferences. Process-wide; set them before checking anything. */
RcPdfTemplate rc_pdf_get_default_template  (void);
void          rc_pdf_set_default_template  (RcPdfTemplate  template_);
RcPdfPaper    rc_pdf_get_default_paper     (void);
void          rc_pdf_set_default_paper     (RcPdfPaper     paper);

RcPdfTemplate rc_pdf_layout_get_template   (RcPdfLayout   *self);
void          rc_pdf_layout_set_template   (RcPdfLayout   *self,
                                            RcPdfTemplate  template_);

/* Added: drawing pages one at a time, for the window's preview: paginate once, then draw any
 * page or ask what is at a point of it (the index of a block, G_MAXUINT for none). */
guint        rc_pdf_layout_paginate        (RcPdfLayout *self,
                                            GPtrArray   *blocks);
void         rc_pdf_layout_draw_page       (RcPdfLayout *self,
                                            GPtrArray   *blocks,
                                            guint        page,
                                            cairo_t     *cr);
guint        rc_pdf_layout_find_block      (RcPdfLayout *self,
                                            guint        page,
                                            double       x,
                                            double       y);
void         rc_pdf_layout_get_page_size   (RcPdfLayout *self,
                                            double      *width,
                                            double      *height);

/* The paper the layout measures and draws on; A4 unless set. */
RcPdfPaper   rc_pdf_layout_get_paper       (RcPdfLayout *self);
void         rc_pdf_layout_set_paper       (RcPdfLayout *self,
                                            RcPdfPaper   paper);
/* (transfer full) (element-type guint): for each page, the index in @blocks of the block it
 * begins with; a block split across pages begins each page that holds its continuation. The
 * array holds as many items as rc_pdf_layout_count_pages() counts (one 0 for no blocks). */
GArray      *rc_pdf_layout_get_page_starts (RcPdfLayout *self,
                                            GPtrArray   *blocks);
/* Added: the lines of text on the last page, as the last count or paginate() broke them
 * (length.last-page: a page holding a few lines) */
guint        rc_pdf_layout_get_last_page_lines (RcPdfLayout *self);
/* Added: the PDF's keywords (the skills, comma-separated); the name gives its title and
 * author, the label its subject */
void         rc_pdf_layout_set_keywords    (RcPdfLayout *self,
                                            const char  *keywords);
/* (transfer full) (nullable): a document's skill keywords, comma-separated, for the above */
char        *rc_pdf_dup_keywords           (RcDocument  *document);
/* How many measured blocks the layout keeps, for tests that the cache stays bounded. */
guint        rc_pdf_layout_get_n_cached    (RcPdfLayout *self);

/* Added: in a program that draws no other text (the command line), before anything uses
 * fontconfig: the layout's own fonts become fontconfig's default, so the machine's whole
 * font configuration is not loaded unless the text needs it (the memory budget in the README). */
void         rc_pdf_use_own_fonts_by_default (void);
/* Keeps the widths of the words this process shaped for the next one, in the user's cache
 * (resume-coach/widths), so its page counts start from them; nothing when none is new.
 * Thread-safe. */
gboolean     rc_pdf_save_widths            (GError     **error);

G_END_DECLS
