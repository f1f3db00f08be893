/* rc-page-count.c — the pages of the PDF export, with one layout shared by the whole process
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-blocks.h"
#include "rc-document-private.h"
#include "rc-hash-private.h"
#include "rc-page-count.h"
#include "rc-pdf.h"

/* Block heights depend only on a block's kind and text, so one layout serves every engine:
 * a new engine for each check still measures only what changed. The count itself depends
 * only on what the resume prints, so it is kept for the last content seen (meta, where
 * ignores and the job live, prints nothing). */
G_LOCK_DEFINE_STATIC (page_layout);
static RcPdfLayout *page_layout;
static RcBlocksMemo *page_blocks;  /* rebuilds only the entries an edit changed */
static guint64 page_fingerprint;
static guint64 page_revision;      /* rc_document_get_revision() of the document last counted */
static guint page_count;

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

guint
rc_page_count (RcDocument *document)
{
  guint64 revision = rc_document_get_revision (document);
  guint64 fingerprint;
  guint pages;

  /* the same document, not edited since: no need to read it again */
  G_LOCK (page_layout);
  if (page_layout != NULL && revision == page_revision)
    {
      pages = page_count;
      G_UNLOCK (page_layout);
      return pages;
    }
  G_UNLOCK (page_layout);

  fingerprint = fingerprint_node (rc_document_get_root (document), 0);
  G_LOCK (page_layout);
  if (page_layout != NULL && fingerprint == page_fingerprint)
    {
      page_revision = revision;
      pages = page_count;
      G_UNLOCK (page_layout);
      return pages;
    }

  if (page_layout == NULL)
    {
      page_layout = rc_pdf_layout_new ();
      page_blocks = rc_blocks_memo_new ();
    }
  pages = rc_pdf_layout_count_pages (page_layout, rc_blocks_memo_update (page_blocks, document));
  page_fingerprint = fingerprint;
  page_revision = revision;
  page_count = pages;
  G_UNLOCK (page_layout);
  return pages;
}
