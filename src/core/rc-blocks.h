/* rc-blocks.h — a resume as a flat list of printable blocks, shared by every exporter
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"

G_BEGIN_DECLS

typedef enum
{
  RC_BLOCK_NAME,         /* the person's name */
  RC_BLOCK_LABEL,        /* basics.label, e.g. "Senior Backend Engineer" */
  RC_BLOCK_CONTACT,      /* one line of contact details: email · phone · location · links */
  RC_BLOCK_HEADING,      /* a section heading: "Experience" */
  RC_BLOCK_ENTRY_TITLE,  /* "Senior Backend Engineer, Acme Corp" */
  RC_BLOCK_ENTRY_META,   /* "Jan 2020 – Present · Berlin" */
  RC_BLOCK_PARAGRAPH,    /* summary, an entry's summary, a skills line */
  RC_BLOCK_BULLET,       /* one highlight */
} RcBlockKind;

/* Added: joins the parts of a composed line (CONTACT, ENTRY_META); the plain-text export
 * swaps it for " | " */
#define RC_BLOCK_SEPARATOR " \u00b7 "

/* Added: a part of a block's text that links somewhere: an email address (mailto:), a phone
 * number (tel:), a website or a profile */
typedef struct
{
  gsize  start;  /* byte offsets into the block's text */
  gsize  end;
  char  *uri;
} RcBlockLink;

typedef struct
{
  RcBlockKind  kind;
  char        *text;     /* plain text, no markup */
  char        *pointer;  /* JSON Pointer of what it shows ("" when composed) */
  GArray      *links;    /* (nullable) (element-type RcBlockLink): in text order */
} RcBlock;

void       rc_block_link_clear (gpointer  data);
void       rc_block_free     (RcBlock    *block);
/* (transfer full) (element-type RcBlock): the blocks in reading order */
GPtrArray *rc_resume_blocks  (RcDocument *document);

/* Added: the blocks of a document asked for again after each edit, as the page count does:
 * an entry whose JSON did not change keeps its blocks. */
typedef struct _RcBlocksMemo RcBlocksMemo;

RcBlocksMemo *rc_blocks_memo_new    (void);
void          rc_blocks_memo_free   (RcBlocksMemo *memo);
/* (transfer none) (element-type RcBlock): what rc_resume_blocks (@document) gives, valid
 * until the next call */
GPtrArray    *rc_blocks_memo_update (RcBlocksMemo *memo,
                                     RcDocument   *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcBlocksMemo, rc_blocks_memo_free)

G_END_DECLS
