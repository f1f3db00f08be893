/* rc-guide-markup.h — the guide's small text markup, parsed into blocks for display
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The markup of a guide entry's body:
 *
 *   - blocks are separated by blank lines; the lines of a paragraph are joined with a space
 *   - a line starting with "- " is a list item (a following line without "- " continues it)
 *   - a line starting with "## " is a heading
 *   - inline: *emphasis*, **strong**, `code`, [[entry.id]] and [[entry.id|label]] links
 *   - a "*" or "`" that has no closing partner is plain text
 */

typedef enum
{
  RC_GUIDE_BLOCK_PARAGRAPH,
  RC_GUIDE_BLOCK_LIST_ITEM,
  RC_GUIDE_BLOCK_HEADING,
} RcGuideBlockKind;

/**
 * RcGuideBlock:
 * @kind: what the block is
 * @markup: the block's text as Pango markup (the kind GtkLabel takes with use-markup): <i>,
 *   <b>, <tt>, and links as <a href="guide:ENTRY-ID">label</a>
 * @text: the same text without markup
 * @links: (array zero-terminated=1): the entry ids the block links to, in order
 */
typedef struct
{
  RcGuideBlockKind   kind;
  char              *markup;
  char              *text;
  char             **links;
} RcGuideBlock;

/* Returns the label to show for a link written [[id]] without one (transfer none), or NULL
 * to show the id itself. */
typedef const char *(*RcGuideLinkTitleFunc) (const char *id,
                                             gpointer    user_data);

/* The URI scheme of links in RcGuideBlock.markup: "guide:faq.score". */
#define RC_GUIDE_LINK_SCHEME "guide:"

void       rc_guide_block_free          (RcGuideBlock         *block);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcGuideBlock, rc_guide_block_free)

/* (transfer full) (element-type RcGuideBlock) */
GPtrArray *rc_guide_markup_parse        (const char           *body,
                                         RcGuideLinkTitleFunc  title_func,
                                         gpointer              user_data);
/* (transfer full): every link target in @body, in order, repeats included */
char     **rc_guide_markup_collect_links (const char          *body);
/* (transfer full): @body as plain text, blocks separated by newlines */
char      *rc_guide_markup_to_text      (const char           *body,
                                         RcGuideLinkTitleFunc  title_func,
                                         gpointer              user_data);
/* (transfer full) (nullable): the entry id of a "guide:" link URI, NULL for any other URI */
char      *rc_guide_link_uri_to_id      (const char           *uri);

G_END_DECLS
