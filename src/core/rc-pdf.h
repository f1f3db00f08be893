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

G_END_DECLS
