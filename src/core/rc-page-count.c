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

static guint64
fingerprint_node (JsonNode *node,
                  guint     depth)
{
  guint64 h = (guint64) json_node_get_node_type (node) + 1;

  if (depth > RC_DOCUMENT_MAX_DEPTH)
    return h;
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        guint64 sum = 0;

        /* members in any order: their hashes are added up */
        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          {
            guint64 m;

            if (depth == 0 && strcmp (name, "meta") == 0)
              continue;
            m = rc_hash_bytes (name, strlen (name), fingerprint_node (member, depth + 1));
            RC_HASH_MIX (m);
            sum += m;
          }
        h ^= sum;
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            h = h * 31 + fingerprint_node (json_array_get_element (array, i), depth + 1);
            RC_HASH_MIX (h);
          }
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          h = rc_hash_bytes (text, strlen (text), h);
        }
      else
        {
          g_autofree char *text = json_to_string (node, FALSE);

          h = rc_hash_bytes (text, strlen (text), h);
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
  RC_HASH_MIX (h);
  return h;
}

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
      fingerprint = fingerprint_node (rc_document_get_root (document), 0);
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
