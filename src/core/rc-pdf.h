/* rc-pdf.h — the PDF layout: one clean single-column page design, drawn with Pango and cairo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
 * edge keeps RC_PDF_MARGIN of white; the text column is the page width less two margins. */
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

/* The paper the layout measures and draws on; A4 unless set. */
RcPdfPaper   rc_pdf_layout_get_paper       (RcPdfLayout *self);
void         rc_pdf_layout_set_paper       (RcPdfLayout *self,
                                            RcPdfPaper   paper);
/* (transfer full) (element-type guint): for each page, the index in @blocks of the block it
 * begins with; a block split across pages begins each page that holds its continuation. The
 * array holds as many items as rc_pdf_layout_count_pages() counts (one 0 for no blocks). */
GArray      *rc_pdf_layout_get_page_starts (RcPdfLayout *self,
                                            GPtrArray   *blocks);
/* How many measured blocks the layout keeps, for tests that the cache stays bounded. */
guint        rc_pdf_layout_get_n_cached    (RcPdfLayout *self);

/* Added: in a program that draws no other text (the command line), before anything uses
 * fontconfig: the layout's own fonts become fontconfig's default, so the machine's whole
 * font configuration is not loaded unless the text needs it (the memory budget in the README). */
void         rc_pdf_use_own_fonts_by_default (void);

G_END_DECLS
