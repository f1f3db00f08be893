/* rc-page-count.c — the pages of the PDF export, with one layout shared by the whole process
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-document-private.h"
#include "rc-hash-private.h"
#include "rc-json-tree.h"
#include "rc-page-count.h"
#include "rc-pdf.h"

/* Block heights depend only on a block's kind and text in a template on a paper, so one
 * layout for each of those serves every engine: a new engine for each check still measures
 * only what changed, and a resume switched to another template and back is not measured
 * again. The count itself depends only on what the resume prints and how, so it is kept for
 * the last content, template and paper seen (the rest of meta, where ignores and the job
 * live, prints nothing). */
G_LOCK_DEFINE_STATIC (page_layout);
static RcPdfLayout *page_layouts[RC_PDF_N_TEMPLATES][2];  /* by template and paper */
static RcBlocksMemo *page_blocks;  /* rebuilds only the entries an edit changed */
static gboolean page_counted;
static guint64 page_fingerprint;
static guint64 page_revision;      /* rc_document_get_revision() of the document last counted */
static guint page_count;
static guint page_last_lines;

/* The layout of @document's template and paper, made on first use */
static RcPdfLayout *
get_layout (RcDocument *document)
{
  RcPdfTemplate template_ = rc_coach_state_get_template (document);
  RcPdfPaper paper = rc_coach_state_get_paper (document);
  RcPdfLayout **layout = &page_layouts[template_][paper == RC_PDF_PAPER_LETTER];

  if (*layout == NULL)
    {
      *layout = rc_pdf_layout_new ();
      rc_pdf_layout_set_template (*layout, template_);
      rc_pdf_layout_set_paper (*layout, paper);
    }
  return *layout;
}

/**
 * rc_page_count_with_lines:
 * @document: a resume
 * @last_page_lines: (out) (optional): how many lines of text its last page holds
 *
 * Returns: how many pages the PDF export of @document has
 */
guint
rc_page_count_with_lines (RcDocument *document,
                          guint      *last_page_lines)
{
  guint64 revision = rc_document_get_revision (document);
  guint pages, lines;

  G_LOCK (page_layout);
  /* the same document, not edited since: no need to read it again */
  if (!page_counted || revision != page_revision)
    {
      guint64 fingerprint;

      G_UNLOCK (page_layout);
      /* the template and paper print too */
      fingerprint = rc_json_tree_hash (rc_document_get_root (document), "meta");
      fingerprint ^= (guint64) rc_coach_state_get_template (document) * 2 +
                     rc_coach_state_get_paper (document) + 1;
      RC_HASH_MIX (fingerprint);

      G_LOCK (page_layout);
      if (!page_counted || fingerprint != page_fingerprint)
        {
          RcPdfLayout *layout = get_layout (document);

          if (page_blocks == NULL)
            page_blocks = rc_blocks_memo_new ();
          page_count = rc_pdf_layout_count_pages (layout, rc_blocks_memo_update (page_blocks,
                                                                                 document));
          page_last_lines = rc_pdf_layout_get_last_page_lines (layout);
          page_fingerprint = fingerprint;
          page_counted = TRUE;
        }
      page_revision = revision;
    }
  pages = page_count;
  lines = page_last_lines;
  G_UNLOCK (page_layout);

  if (last_page_lines != NULL)
    *last_page_lines = lines;
  return pages;
}

/**
 * rc_page_count:
 * @document: a resume
 *
 * Returns: how many pages the PDF export of @document has
 */
guint
rc_page_count (RcDocument *document)
{
  return rc_page_count_with_lines (document, NULL);
}
