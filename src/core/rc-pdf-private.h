/* rc-pdf-private.h — the PDF layout's parts: its templates, its page breaker and its drawing
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "rc-pdf.h"

G_BEGIN_DECLS

#define RC_PDF_N_KINDS (RC_BLOCK_BULLET + 1)
#define RC_PDF_NO_BLOCK G_MAXUINT
#define RC_PDF_SEPARATOR " · "  /* between the parts of a contact or meta line */

/* How a template prints one kind of block */
typedef struct
{
  const char     *family;     /* a Pango family list */
  double          size;       /* points */
  PangoWeight     weight;
  PangoAlignment  align;
  double          indent;     /* of the text, from the margin */
  guint32         color;      /* 0xRRGGBB */
  double          tracking;   /* letter spacing, points */
  double          before;     /* room above it, when nothing below says otherwise */
} RcPdfKindStyle;

/* A template: one design, as data */
typedef struct
{
  double         margin_x;        /* left and right */
  double         margin_y;        /* top and bottom */
  RcPdfKindStyle kinds[RC_PDF_N_KINDS];
  double         after_heading;   /* above whatever follows a heading */
  double         after_header;    /* above a paragraph or bullet under an entry title or meta */
  double         between_bullets;
  double         meta_gap;        /* least room between an entry title and the meta beside it */
  double         bullet_x;        /* where the bullet glyph sits, from the margin */
  const char    *bullet;
  double         rule_gap;        /* from a heading's text down to its rule */
  double         rule_width;
  double         rule_after;      /* from the rule down to what follows */
  guint32        rule_color;
  guint32        band_color;      /* a bar behind the contact lines; 0 for none */
  double         band_pad;        /* the bar's room above and below the text */
} RcPdfStyle;

const RcPdfStyle *rc_pdf_style_get (RcPdfTemplate template_);

/* What one block measures at the column width, cached by kind and text. Line bottoms are
 * relative to the block's top; the last one includes what the kind draws under its text. */
typedef struct
{
  RcBlockKind  kind;
  char        *text;
  guint        generation;
  gboolean     uncovered;   /* has a character the layout's own fonts lack */
  gboolean     single_run;  /* a block of this text is printed as one run (see next_run()) */
  guint        n_lines;
  double      *bottoms;
  double       text_height;
  double       right;       /* the right end of the widest line */
  double       baseline;    /* of the first line */
} Measure;

/* A run of a block (the block whole, or one of its paragraphs), or an entry title with its
 * meta line beside it, as the page breaker sees it. */
typedef struct
{
  guint          block;
  guint          meta;      /* the meta line drawn beside the title, or RC_PDF_NO_BLOCK */
  const Measure *measure;   /* of the run: measure->text is what the box prints */
  gsize          offset;    /* of the run in the block's text, in bytes */
  double         space;     /* above the box, dropped at the top of a page */
  gboolean       keep;      /* never the last box of a page */
  gboolean       first;     /* the block's first run */
  gboolean       last;      /* its last */
} Box;

/* Lines [first_line, end_line) of a box, drawn on one page with their top at y. */
typedef struct
{
  guint  box;
  guint  page;
  double y;
  guint  first_line;
  guint  end_line;
} Piece;

struct _RcPdfLayout
{
  GObject               parent_instance;

  RcPdfPaper            paper;
  RcPdfTemplate         template_;
  const RcPdfStyle     *style;
  double                page_width;
  double                page_height;
  char                 *keywords;      /* (nullable): for the PDF's metadata */

  PangoFontMap         *font_map;      /* (nullable): both made by rc_pdf_get_context() */
  PangoContext         *context;
  gboolean              system_fonts;  /* the machine's fonts, not only the layout's own */
  PangoFontDescription *fonts[RC_PDF_N_KINDS];

  GHashTable           *measures;      /* (element-type Measure): a set, keyed by kind + text */
  GPtrArray            *by_run;        /* (element-type Measure): the last pass's, in order */
  guint                 generation;
  guint                 n_used;        /* measures used by the current pass */
  GArray               *boxes;         /* (element-type Box): scratch, reused by each pass */
  GArray               *pieces;        /* (element-type Piece): the last paginate()'s */
  guint                 n_pages;       /* and its page count */
  guint                 last_page_lines;  /* lines on the last page of the last pass */

  GHashTable           *word_widths;   /* (nullable): kind + word → Pango units (rc-pdf-words.c) */
  hb_buffer_t          *shaping;       /* (nullable): scratch for shaping a word */
  PangoFont            *kind_font[RC_PDF_N_KINDS];       /* (nullable): each kind's first font */
  int                   line_height[RC_PDF_N_KINDS];     /* 0: not measured yet, -1: not by words */
  guint64               width_seed[2][RC_PDF_N_KINDS];   /* 0: not known yet; how a kind's text
                                                          * is shaped in a common-script run
                                                          * ([0]) or a Latin one, for the
                                                          * width store */
  int                   first_baseline[RC_PDF_N_KINDS];
  int                   space_width[RC_PDF_N_KINDS];
  /* the kerning of a space with an ASCII character before it ([0]) or after it ([1]), in a
   * common-script run ([0]) or a Latin one ([1]); G_MININT: not measured yet */
  int                   kern_space[2][2][RC_PDF_N_KINDS][128];
  GHashTable           *kern_other;    /* (nullable): the same for other characters */
};

static inline const Box *
rc_pdf_box_at (RcPdfLayout *self,
               guint        i)
{
  return &g_array_index (self->boxes, Box, i);
}

static inline double
rc_pdf_column_width (RcPdfLayout *self)
{
  return self->page_width - 2 * self->style->margin_x;
}

/* rc-pdf.c */
RcBlockKind    rc_pdf_block_kind       (const RcBlock *block);
const char    *rc_pdf_block_text       (const RcBlock *block);
char          *rc_pdf_dup_printable    (const char    *text);
PangoLayout   *rc_pdf_create_layout    (RcPdfLayout   *self,
                                        RcBlockKind    kind,
                                        const char    *text);
const Measure *rc_pdf_lookup_measure   (RcPdfLayout   *self,
                                        guint          index,
                                        RcBlockKind    kind,
                                        const char    *text);
const Measure *rc_pdf_reuse_measure    (RcPdfLayout   *self,
                                        guint          index);
void           rc_pdf_use_fonts        (RcPdfLayout   *self,
                                        gboolean       system_fonts);
PangoContext  *rc_pdf_get_context      (RcPdfLayout   *self);
void           rc_pdf_drop_stale       (RcPdfLayout   *self);

/* rc-pdf-words.c */
Measure       *rc_pdf_measure_words    (RcPdfLayout   *self,
                                        RcBlockKind    kind,
                                        const char    *text);
void           rc_pdf_words_forget     (RcPdfLayout   *self);
void           rc_pdf_words_free       (RcPdfLayout   *self);
void           rc_pdf_set_word_measure (gboolean       enabled);

/* rc-pdf-break.c */
void           rc_pdf_collect_boxes    (RcPdfLayout   *self,
                                        GPtrArray     *blocks);
guint          rc_pdf_break_pages      (RcPdfLayout   *self,
                                        GArray        *pieces);

G_END_DECLS
