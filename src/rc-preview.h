/* rc-preview.h — the resume's pages as the PDF export prints them, redrawn after each edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-pdf.h"

G_BEGIN_DECLS

#define RC_TYPE_PREVIEW (rc_preview_get_type ())
G_DECLARE_FINAL_TYPE (RcPreview, rc_preview, RC, PREVIEW, GtkWidget)

/* Properties: "document" (RcDocument, nullable), "n-pages" (guint, read-only).
 * Signal "reveal" (pointer): a line of the page was clicked; @pointer is its field.
 * The pages are laid out again in an idle after the page count's (never while typing), and
 * only while the preview is shown; rc_preview_refresh() lays them out at once. */

RcPreview  *rc_preview_new          (void);
void        rc_preview_set_document (RcPreview  *self,
                                     RcDocument *document);
RcDocument *rc_preview_get_document (RcPreview  *self);
guint       rc_preview_get_n_pages  (RcPreview  *self);
/* Lays out now what an idle would: after a change of the default template or paper too */
void        rc_preview_refresh      (RcPreview  *self);
/* The widget that draws the pages: it takes the focus and the clicks */
GtkWidget  *rc_preview_get_pages    (RcPreview  *self);
/* Where page @page (from 0) is drawn in rc_preview_get_pages()'s coordinates, and how many
 * pixels a point is. FALSE if there is no such page. */
gboolean    rc_preview_get_page_area (RcPreview       *self,
                                      guint            page,
                                      graphene_rect_t *area,
                                      double          *scale);

/* What the menus call a template and a paper: "Classic", "US Letter"… */
const char *rc_preview_get_template_name (RcPdfTemplate template_);
const char *rc_preview_get_paper_name    (RcPdfPaper    paper);

G_END_DECLS
