/* rc-pdf-break.c — the PDF layout's page breaker: blocks into boxes, boxes into pages
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-pdf-fonts-private.h"
#include "rc-pdf-private.h"

#define MAX_UNBROKEN 160    /* bytes of a word laid out at once; longer ones are cut */

/* Room above a block of @kind after one of @previous, as the template spaces them */
static double
space_before (const RcPdfStyle *style,
              RcBlockKind       previous,
              RcBlockKind       kind)
{
  gboolean under_header = previous == RC_BLOCK_ENTRY_TITLE || previous == RC_BLOCK_ENTRY_META;

  switch (kind)
    {
    case RC_BLOCK_CONTACT:
      /* a second contact line sits close under the first (on Modern's bar with it) */
      return previous == RC_BLOCK_CONTACT ? style->kinds[RC_BLOCK_CONTACT].before / 4
                                          : style->kinds[RC_BLOCK_CONTACT].before;
    case RC_BLOCK_ENTRY_TITLE:
      return previous == RC_BLOCK_HEADING ? style->after_heading
                                          : style->kinds[RC_BLOCK_ENTRY_TITLE].before;
    case RC_BLOCK_PARAGRAPH:
    case RC_BLOCK_BULLET:
      if (previous == RC_BLOCK_HEADING)
        return style->after_heading;
      if (kind == RC_BLOCK_BULLET && previous == RC_BLOCK_BULLET)
        return style->between_bullets;
      if (under_header || (kind == RC_BLOCK_PARAGRAPH && previous == RC_BLOCK_PARAGRAPH))
        return style->after_header;
      return style->kinds[kind].before;
    default:
      return style->kinds[kind].before;
    }
}

static gboolean
keeps_with_next (RcBlockKind kind)
{
  return kind == RC_BLOCK_NAME || kind == RC_BLOCK_LABEL || kind == RC_BLOCK_HEADING ||
         kind == RC_BLOCK_ENTRY_TITLE || kind == RC_BLOCK_ENTRY_META;
}

/* Whether a line may break at @c whatever follows: a space, or a character of a script that
 * breaks between characters (Chinese, Japanese, Korean, Thai…), where no word is long */
static gboolean
breaks_before (gunichar c)
{
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_COMPLEX_CONTEXT:
    case G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER:
    case G_UNICODE_BREAK_HANGUL_L_JAMO:
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
    case G_UNICODE_BREAK_HANGUL_LV_SYLLABLE:
    case G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE:
      return TRUE;
    default:
      return g_unichar_isspace (c);
    }
}

/* The length of the run of a block's text that starts at @text, and in @skip the length of
 * the paragraph break after it. Pango lays out a paragraph, and a word it must break inside,
 * in time that grows with the square of its length, so each paragraph is measured and drawn
 * on its own, and a word longer than any real one (a pasted hash or base64 blob) is cut. */
static gsize
next_run (const char *text,
          gsize      *skip)
{
  const char *p = text;
  gsize word = 0;

  for (;;)
    {
      gunichar c;
      const char *next;

      /* most of a resume is ASCII: a letter or digit there is only part of a word */
      while ((guchar) *p >= 0x21 && (guchar) *p < 0x7F)
        {
          if (++word > MAX_UNBROKEN)
            {
              *skip = 0;
              return (gsize) (p - text);
            }
          p++;
        }

      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      switch (c)
        {
        case '\0':
          *skip = 0;
          return (gsize) (p - text);
        case '\n':
        case 0x2029:  /* PARAGRAPH SEPARATOR */
          *skip = (gsize) (next - p);
          return (gsize) (p - text);
        case '\r':
          *skip = p[1] == '\n' ? 2 : 1;
          return (gsize) (p - text);
        default:
          break;
        }

      word = breaks_before (c) ? 0 : word + (gsize) (next - p);
      /* never between a character and the marks that go with it */
      if (word > MAX_UNBROKEN && !g_unichar_ismark (c))
        {
          *skip = 0;
          return (gsize) (p - text);
        }
      p = next;
    }
}

/* Adds the boxes of block @index, one a run, measuring each run from slot *@slot on. */
static void
add_block_boxes (RcPdfLayout *self,
                 guint        index,
                 RcBlockKind  kind,
                 const char  *text,
                 double       space,
                 guint       *slot,
                 gboolean    *uncovered)
{
  const Measure *same = *slot < self->by_run->len ? g_ptr_array_index (self->by_run, *slot) : NULL;
  const char *run = text;
  gsize skip;

  /* the block as it was in the last pass, one run then: no need to look for breaks again */
  if (same != NULL && same->single_run && same->kind == kind && strcmp (same->text, text) == 0)
    {
      Box box = { .block = index, .meta = RC_PDF_NO_BLOCK, .first = TRUE, .last = TRUE,
                  .space = space, .keep = keeps_with_next (kind) };

      box.measure = rc_pdf_reuse_measure (self, (*slot)++);
      *uncovered |= box.measure->uncovered;
      g_array_append_val (self->boxes, box);
      return;
    }

  do
    {
      gsize len = next_run (run, &skip);
      g_autofree char *owned = run == text && run[len] == '\0' ? NULL : g_strndup (run, len);
      Box box = { .block = index, .meta = RC_PDF_NO_BLOCK, .first = run == text };

      box.measure = rc_pdf_lookup_measure (self, (*slot)++, kind, owned != NULL ? owned : run);
      /* whether a text is one run depends on the text alone: the next pass may trust it */
      if (owned == NULL && skip == 0)
        ((Measure *) box.measure)->single_run = TRUE;
      box.offset = (gsize) (run - text);
      *uncovered |= box.measure->uncovered;
      box.space = box.first ? space : 0.0;
      box.keep = keeps_with_next (kind);
      run += len + skip;
      box.last = skip == 0 && *run == '\0';
      g_array_append_val (self->boxes, box);
    }
  while (skip > 0 || *run != '\0');
}

/* An entry title and its meta line share a line when both fit on one, each a single run */
static gboolean
fits_beside (RcPdfLayout   *self,
             const Box     *title,
             const RcBlock *next,
             guint         *slot,
             gboolean      *uncovered)
{
  const char *text = next != NULL ? rc_pdf_block_text (next) : "";
  const Measure *meta;
  gsize skip;

  if (next == NULL || rc_pdf_block_kind (next) != RC_BLOCK_ENTRY_META || *text == '\0' ||
      !title->first || !title->last || title->measure->n_lines != 1 ||
      next_run (text, &skip) != strlen (text))
    return FALSE;

  meta = rc_pdf_lookup_measure (self, (*slot)++, RC_BLOCK_ENTRY_META, text);
  *uncovered |= meta->uncovered;
  return meta->n_lines == 1 &&
         title->measure->right + self->style->meta_gap + meta->right <=
         rc_pdf_column_width (self);
}

/* The section the blocks being collected are in: its heading's box, and its lines so far */
typedef struct
{
  guint heading;  /* RC_PDF_NO_BLOCK before the first heading */
  guint lines;
} Section;

/* A section of three lines or fewer under its heading (a short Skills list, one degree)
 * moves to the next page whole rather than split: each of its boxes before @end keeps with
 * the next. */
static void
close_section (RcPdfLayout *self,
               Section     *section,
               guint        end)
{
  if (section->heading != RC_PDF_NO_BLOCK && section->lines <= 3)
    for (guint k = section->heading; k + 1 < end; k++)
      g_array_index (self->boxes, Box, k).keep = TRUE;
  section->heading = RC_PDF_NO_BLOCK;
}

/* Which boxes keep with the next, once the boxes of a block of @kind from @first_box on are
 * added. An entry title (or meta) with no body under it, such as a degree, has nothing to
 * keep with: it does not carry the next entry or section along. */
static void
settle_keeps (RcPdfLayout *self,
              guint        first_box,
              RcBlockKind  kind,
              Section     *section)
{
  if ((kind == RC_BLOCK_HEADING || kind == RC_BLOCK_ENTRY_TITLE) && first_box > 0)
    {
      Box *before = &g_array_index (self->boxes, Box, first_box - 1);

      if (before->measure->kind == RC_BLOCK_ENTRY_TITLE ||
          before->measure->kind == RC_BLOCK_ENTRY_META)
        before->keep = FALSE;
    }

  if (kind == RC_BLOCK_HEADING)
    {
      close_section (self, section, first_box);
      section->heading = first_box;
      section->lines = 0;
      return;
    }
  for (guint k = first_box; k < self->boxes->len && section->lines <= 3; k++)
    section->lines += rc_pdf_box_at (self, k)->measure->n_lines;
}

/* Measures every block (once per kind and text, thanks to the cache) into self->boxes. */
void
rc_pdf_collect_boxes (RcPdfLayout *self,
                      GPtrArray   *blocks)
{
  RcBlockKind previous = RC_BLOCK_NAME;
  Section section = { RC_PDF_NO_BLOCK, 0 };
  gboolean first = TRUE;
  gboolean uncovered = FALSE;
  guint slot = 0;

  self->generation++;
  self->n_used = 0;
  g_array_set_size (self->boxes, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);
      guint first_box = self->boxes->len;
      RcBlockKind kind;

      if (block == NULL || *rc_pdf_block_text (block) == '\0')
        continue;

      kind = rc_pdf_block_kind (block);
      add_block_boxes (self, i, kind, rc_pdf_block_text (block),
                       first ? 0.0 : space_before (self->style, previous, kind), &slot,
                       &uncovered);

      if (kind == RC_BLOCK_ENTRY_TITLE && i + 1 < blocks->len &&
          fits_beside (self, &g_array_index (self->boxes, Box, self->boxes->len - 1),
                       g_ptr_array_index (blocks, i + 1), &slot, &uncovered))
        {
          g_array_index (self->boxes, Box, self->boxes->len - 1).meta = i + 1;
          kind = RC_BLOCK_ENTRY_META;
          i++;
        }

      settle_keeps (self, first_box, rc_pdf_block_kind (block), &section);
      previous = kind;
      first = FALSE;
    }

  /* No slot keeps a measure the sweep below frees. */
  g_ptr_array_set_size (self->by_run, slot);

  /* The whole document is measured and drawn with one set of fonts, so that the count of a
   * layout that measured it before is the count of a new one. Either way the text decides,
   * so the second pass keeps the fonts. */
  if (rc_pdf_fonts_get_own () != NULL && uncovered != self->system_fonts)
    {
      rc_pdf_use_fonts (self, uncovered);
      rc_pdf_collect_boxes (self, blocks);
      return;
    }

  close_section (self, &section, self->boxes->len);
  rc_pdf_drop_stale (self);
}

static void
add_piece (GArray *pieces,
           guint   box,
           guint   page,
           double  y,
           guint   first_line,
           guint   end_line)
{
  Piece piece = { box, page, y, first_line, end_line };

  if (pieces != NULL)
    g_array_append_val (pieces, piece);
}

/* The fewest lines of a box that may end a page: two, so that no line is left alone, and a
 * box of three lines or fewer does not split at all */
static guint
least_lines (const Measure *measure)
{
  return measure->n_lines <= 3 ? measure->n_lines : 2;
}

/* Breaker state: the page and how far down it the last box ended */
typedef struct
{
  guint    page;
  double   y;
  gboolean fresh;  /* nothing on the page yet */
  guint    lines;  /* on the page */
} Cursor;

static void
new_page (Cursor *at)
{
  at->page++;
  at->y = 0.0;
  at->fresh = TRUE;
  at->lines = 0;
}

/* Places box @k, splitting it over pages where it must: never leaving one line alone at the
 * bottom of a page (an orphan) or at the top of the next (a widow) when the box has room for
 * two on each side. */
static void
place_box (RcPdfLayout *self,
           GArray      *pieces,
           guint        k,
           Cursor      *at)
{
  const Box *box = rc_pdf_box_at (self, k);
  const Measure *measure = box->measure;
  double body = self->page_height - 2 * self->style->margin_y;
  guint first_line = 0;

  while (first_line < measure->n_lines)
    {
      double top = first_line > 0 ? measure->bottoms[first_line - 1] : 0.0;
      double space = at->fresh || first_line > 0 ? 0.0 : box->space;
      guint end_line = first_line;

      while (end_line < measure->n_lines &&
             at->y + space + measure->bottoms[end_line] - top <= body)
        end_line++;

      if (end_line < measure->n_lines && !at->fresh && first_line == 0 &&
          end_line < least_lines (measure))
        end_line = 0;
      else if (end_line < measure->n_lines && end_line + 1 == measure->n_lines &&
               end_line - first_line > 2)
        end_line--;

      if (end_line == first_line)
        {
          if (!at->fresh)
            {
              new_page (at);
              continue;
            }
          /* A line taller than a page: it overflows, but the break moves on. */
          end_line = first_line + 1;
        }

      add_piece (pieces, k, at->page, at->y + space, first_line, end_line);
      at->y += space + measure->bottoms[end_line - 1] - top;
      at->lines += end_line - first_line;
      at->fresh = FALSE;
      first_line = end_line;

      if (first_line < measure->n_lines)
        new_page (at);
    }
}

/* Breaks self->boxes into pages and returns how many; with @pieces, also says where each part
 * goes. Counting and drawing both come here, so the count is the drawn PDF's page count. */
guint
rc_pdf_break_pages (RcPdfLayout *self,
                    GArray      *pieces)
{
  double body = self->page_height - 2 * self->style->margin_y;
  Cursor at = { .fresh = TRUE };
  guint i = 0;

  while (i < self->boxes->len)
    {
      guint j = i;
      double whole = 0.0;
      double least = 0.0;

      /* A heading or an entry title goes with what follows it: the group moves to a new page
       * whole; when it is taller than a page, its kept boxes and the first lines of its last
       * box must still share a page. */
      while (j + 1 < self->boxes->len && rc_pdf_box_at (self, j)->keep)
        j++;
      for (guint k = i; k <= j; k++)
        {
          const Measure *measure = rc_pdf_box_at (self, k)->measure;
          double space = k == i ? 0.0 : rc_pdf_box_at (self, k)->space;

          whole += space + measure->bottoms[measure->n_lines - 1];
          least += space + (k < j ? measure->bottoms[measure->n_lines - 1]
                                  : measure->bottoms[least_lines (measure) - 1]);
        }

      if (!at.fresh)
        {
          double space = rc_pdf_box_at (self, i)->space;

          if (at.y + space + whole > body && (whole <= body || at.y + space + least > body))
            new_page (&at);
        }

      for (guint k = i; k <= j; k++)
        {
          const Box *box = rc_pdf_box_at (self, k);
          const Measure *measure = box->measure;
          double space = at.fresh ? 0.0 : box->space;
          double height = measure->bottoms[measure->n_lines - 1];

          /* most boxes fit whole where they are */
          if (at.y + space + height > body)
            {
              place_box (self, pieces, k, &at);
              continue;
            }
          add_piece (pieces, k, at.page, at.y + space, 0, measure->n_lines);
          at.y += space + height;
          at.lines += measure->n_lines;
          at.fresh = FALSE;
        }

      i = j + 1;
    }

  self->last_page_lines = at.lines;
  return at.page + 1;
}
