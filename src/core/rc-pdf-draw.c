/* rc-pdf-draw.c — the PDF layout's drawing: pages, their links, the file and its metadata
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "rc-pdf-private.h"

/* Where drawing a box has got to: pieces of one box come one after another, each going on
 * from the line the last one ended at, so each layout is made and walked once. */
typedef struct
{
  guint            box;   /* RC_PDF_NO_BLOCK before the first */
  PangoLayout     *layout;
  PangoLayoutIter *iter;
  guint            line;  /* the iterator's */
} Cursor;

static void
cursor_clear (Cursor *cursor)
{
  g_clear_pointer (&cursor->iter, pango_layout_iter_free);
  g_clear_object (&cursor->layout);
  cursor->box = RC_PDF_NO_BLOCK;
  cursor->line = 0;
}

static void
cursor_start (Cursor      *cursor,
              PangoLayout *layout)
{
  cursor_clear (cursor);
  cursor->layout = layout;
  cursor->iter = pango_layout_get_iter (layout);
}

/* Draws lines [first_line, end_line) of the cursor's layout with the top of the first at y:
 * line by line rather than clipping the whole layout, so the PDF holds each line's text once
 * (a clipped copy would still be found by text extraction). */
static void
show_lines (cairo_t *cr,
            Cursor  *cursor,
            double   x,
            double   y,
            guint    first_line,
            guint    end_line)
{
  int y0, y1;
  double top;

  while (cursor->line < first_line)
    {
      if (!pango_layout_iter_next_line (cursor->iter))
        return;
      cursor->line++;
    }

  pango_layout_iter_get_line_yrange (cursor->iter, &y0, &y1);
  top = pango_units_to_double (y0);

  while (cursor->line < end_line)
    {
      PangoRectangle logical;
      double baseline = pango_units_to_double (pango_layout_iter_get_baseline (cursor->iter));

      pango_layout_iter_get_line_extents (cursor->iter, NULL, &logical);
      cairo_move_to (cr, x + pango_units_to_double (logical.x), y + baseline - top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (cursor->iter));
      cursor->line++;
      if (!pango_layout_iter_next_line (cursor->iter))
        break;
    }
}

/* Draws the first line of a one-off layout, such as a bullet glyph, and frees it */
static void
show_first_line (cairo_t     *cr,
                 PangoLayout *layout,
                 double       x,
                 double       y)
{
  Cursor cursor = { .box = RC_PDF_NO_BLOCK };

  cursor_start (&cursor, layout);
  show_lines (cr, &cursor, x, y, 0, 1);
  cursor_clear (&cursor);
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* @uri as a cairo tag attribute's quoted string: a backslash before each ' and \. First
 * what a URI may not hold as it is (a space, a backslash, parentheses, non-ASCII letters) is
 * percent-encoded: cairo 1.16 writes the URI into a PDF string without escaping a backslash
 * or an unbalanced parenthesis, which would change the link or break the file. */
static char *
quote_uri (const char *uri)
{
  g_autofree char *escaped = g_uri_escape_string (uri, "!#$%&'*+,/:;=?@[]~", FALSE);
  GString *quoted = g_string_sized_new (strlen (escaped) + 8);

  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  return g_string_free (quoted, FALSE);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* never the locale's decimal comma: cairo reads the attribute in C */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
  g_string_append_c (out, ' ');
}

/* Appends to @rects the boxes of bytes [start, end) of @layout's lines [first_line, end_line),
 * drawn with their layout's left at x and the top of the first line at y */
static void
append_link_rects (GString     *rects,
                   PangoLayout *layout,
                   gsize        start,
                   gsize        end,
                   double       x,
                   double       y,
                   guint        first_line,
                   guint        end_line)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0.0;
  guint line = 0;

  do
    {
      PangoLayoutLine *layout_line = pango_layout_iter_get_line_readonly (iter);
      gsize line_start = (gsize) layout_line->start_index;
      gsize line_end = line_start + (gsize) layout_line->length;
      int y0, y1, *ranges = NULL, n_ranges = 0;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (line == first_line)
        top = pango_units_to_double (y0);
      if (line >= first_line && line < end_line && start < line_end && line_start < end)
        {
          pango_layout_line_get_x_ranges (layout_line, (int) MAX (start, line_start),
                                          (int) MIN (end, line_end), &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              append_number (rects, x + pango_units_to_double (ranges[2 * r]));
              append_number (rects, y + pango_units_to_double (y0) - top);
              append_number (rects, pango_units_to_double (ranges[2 * r + 1] - ranges[2 * r]));
              append_number (rects, pango_units_to_double (y1 - y0));
            }
          g_free (ranges);
        }
      line++;
    }
  while (line < end_line && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Makes the parts of @block that link somewhere clickable: a link annotation over each, for
 * the run of its text at @offset that @layout shows (lines [first_line, end_line), drawn at
 * x, y). Other surfaces than PDF ignore the tags. */
static void
tag_links (cairo_t       *cr,
           const RcBlock *block,
           PangoLayout   *layout,
           gsize          offset,
           double         x,
           double         y,
           guint          first_line,
           guint          end_line)
{
  gsize length = strlen (pango_layout_get_text (layout));

  /* offsets into text the PDF could not hold as it was would point at the wrong characters */
  if (block->links == NULL || offset + length > strlen (rc_pdf_block_text (block)) ||
      strncmp (rc_pdf_block_text (block) + offset, pango_layout_get_text (layout), length) != 0)
    return;

  for (guint i = 0; i < block->links->len; i++)
    {
      const RcBlockLink *link = &g_array_index (block->links, RcBlockLink, i);
      g_autoptr(GString) rects = g_string_new (NULL);

      if (link->uri == NULL || link->end <= offset || link->start >= offset + length)
        continue;
      append_link_rects (rects, layout, MAX (link->start, offset) - offset,
                         MIN (link->end, offset + length) - offset, x, y, first_line, end_line);
      if (rects->len > 0)
        {
          g_autofree char *uri = quote_uri (link->uri);
          g_autofree char *attributes = NULL;

          g_string_truncate (rects, rects->len - 1);
          attributes = g_strdup_printf ("rect=[%s] uri='%s'", rects->str, uri);
          cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
          cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
    }
}

/* The meta line beside an entry title: right-aligned, on the title's baseline */
static void
draw_meta_beside (RcPdfLayout   *self,
                  cairo_t       *cr,
                  const RcBlock *meta_block,
                  double         title_baseline_y)
{
  PangoLayout *meta = rc_pdf_create_layout (self, RC_BLOCK_ENTRY_META,
                                            rc_pdf_block_text (meta_block));
  PangoRectangle logical;
  double meta_y = title_baseline_y - pango_units_to_double (pango_layout_get_baseline (meta));
  double meta_x;

  pango_layout_get_extents (meta, NULL, &logical);
  meta_x = self->style->margin_x + rc_pdf_column_width (self) -
           pango_units_to_double (logical.width) - pango_units_to_double (logical.x);
  set_color (cr, self->style->kinds[RC_BLOCK_ENTRY_META].color);
  tag_links (cr, meta_block, meta, 0, meta_x, meta_y, 0, 1);
  show_first_line (cr, meta, meta_x, meta_y);
}

static void
draw_piece (RcPdfLayout *self,
            cairo_t     *cr,
            GPtrArray   *blocks,
            const Piece *piece,
            Cursor      *cursor)
{
  const RcPdfStyle *design = self->style;
  const Box *box = rc_pdf_box_at (self, piece->box);
  const RcBlock *block = g_ptr_array_index (blocks, box->block);
  const Measure *measure = box->measure;
  RcBlockKind kind = rc_pdf_block_kind (block);
  const RcPdfKindStyle *style = &design->kinds[kind];
  double x = design->margin_x + style->indent;
  double y = design->margin_y + piece->y;
  double top = piece->first_line > 0 ? measure->bottoms[piece->first_line - 1] : 0.0;

  if (cursor->box != piece->box)
    {
      cursor_start (cursor, rc_pdf_create_layout (self, kind, measure->text));
      cursor->box = piece->box;
    }

  if (kind == RC_BLOCK_CONTACT && design->band_color != 0)
    {
      /* up to the line above at most: a second contact line's bar must not paint over the
       * first line's descenders */
      double above = piece->first_line == 0 ? MIN (design->band_pad, box->space) : 0.0;

      set_color (cr, design->band_color);
      cairo_rectangle (cr, design->margin_x - design->band_pad, y - above,
                       rc_pdf_column_width (self) + 2 * design->band_pad,
                       measure->bottoms[piece->end_line - 1] - top + above + design->band_pad);
      cairo_fill (cr);
    }

  tag_links (cr, block, cursor->layout, box->offset, x, y, piece->first_line, piece->end_line);
  set_color (cr, style->color);
  show_lines (cr, cursor, x, y, piece->first_line, piece->end_line);

  if (kind == RC_BLOCK_BULLET && box->first && piece->first_line == 0)
    {
      PangoLayout *bullet = rc_pdf_create_layout (self, kind, design->bullet);

      show_first_line (cr, bullet, design->margin_x + design->bullet_x, y + measure->baseline -
                       pango_units_to_double (pango_layout_get_baseline (bullet)));
    }

  if (kind == RC_BLOCK_HEADING && design->rule_width > 0.0 && box->last &&
      piece->end_line == measure->n_lines)
    {
      double rule_y = y + measure->text_height - top + design->rule_gap + design->rule_width / 2;

      set_color (cr, design->rule_color);
      cairo_set_line_width (cr, design->rule_width);
      cairo_move_to (cr, design->margin_x, rule_y);
      cairo_line_to (cr, design->margin_x + rc_pdf_column_width (self), rule_y);
      cairo_stroke (cr);
    }

  if (box->meta != RC_PDF_NO_BLOCK && piece->first_line == 0)
    draw_meta_beside (self, cr, g_ptr_array_index (blocks, box->meta), y + measure->baseline);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The text of the first block of @kind, as the PDF can hold it; NULL when there is none */
static char *
dup_first (GPtrArray   *blocks,
           RcBlockKind  kind)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      if (block != NULL && rc_pdf_block_kind (block) == kind && *rc_pdf_block_text (block) != '\0')
        {
          char *printable = rc_pdf_dup_printable (rc_pdf_block_text (block));

          return printable != NULL ? printable : g_strdup (rc_pdf_block_text (block));
        }
    }
  return NULL;
}

/* Title and author: the name; subject: the label; keywords: the skills, as set */
static void
set_metadata (RcPdfLayout     *self,
              cairo_surface_t *surface,
              GPtrArray       *blocks)
{
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE (1, 16, 0)
  g_autofree char *name = dup_first (blocks, RC_BLOCK_NAME);
  g_autofree char *label = dup_first (blocks, RC_BLOCK_LABEL);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Resume Coach");
  if (name != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, name);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, name);
    }
  if (label != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, label);
  if (self->keywords != NULL && *self->keywords != '\0')
    {
      g_autofree char *keywords = rc_pdf_dup_printable (self->keywords);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                      keywords != NULL ? keywords : self->keywords);
    }
#endif
}

/* Draws the pieces of @page, the first at @from or after: returns the index past them, where
 * the next page's begin. @cursor keeps the layout of a block whose lines the page ends
 * inside, for the next page. */
static guint
draw_pieces (RcPdfLayout *self,
             cairo_t     *cr,
             GPtrArray   *blocks,
             guint        page,
             guint        from,
             Cursor      *cursor)
{
  guint i;

  for (i = from; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);

      if (piece->page > page)
        break;
      if (piece->page == page)
        draw_piece (self, cr, blocks, piece, cursor);
    }
  return i;
}

/**
 * rc_pdf_layout_render:
 * @self: a #RcPdfLayout
 * @blocks: (element-type RcBlock): the blocks to print
 * @error: return location for a #GError
 *
 * Draws @blocks as a PDF with selectable text and embedded fonts, breaking pages exactly as
 * rc_pdf_layout_count_pages() counts them. There are no page numbers or other running text:
 * text extraction, as an applicant-tracking system does it, reads only the resume.
 *
 * Returns: (transfer full): the PDF file's bytes, or %NULL with @error set
 */
GBytes *
rc_pdf_layout_render (RcPdfLayout *self,
                      GPtrArray   *blocks,
                      GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Cursor cursor = { .box = RC_PDF_NO_BLOCK };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), NULL);
  g_return_val_if_fail (blocks != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_pages = rc_pdf_layout_paginate (self, blocks);

  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes,
                                                 self->page_width, self->page_height);
  set_metadata (self, surface, blocks);
  cr = cairo_create (surface);

  /* one cursor for every page: a block that runs over many pages is laid out once, not once
   * a page (a long paragraph cost the square of its length) */
  for (guint page = 0, from = 0; page < n_pages; page++)
    {
      from = draw_pieces (self, cr, blocks, page, from, &cursor);
      cairo_show_page (cr);
    }
  cursor_clear (&cursor);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * rc_pdf_layout_paginate:
 * @self: a #RcPdfLayout
 * @blocks: (element-type RcBlock): the blocks to print
 *
 * Measures @blocks and breaks them into pages, as rc_pdf_layout_count_pages() does, and keeps
 * where each line goes for rc_pdf_layout_draw_page() and rc_pdf_layout_find_block() until the
 * next call.
 *
 * Returns: the number of pages, at least 1
 */
guint
rc_pdf_layout_paginate (RcPdfLayout *self,
                        GPtrArray   *blocks)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), 1);
  g_return_val_if_fail (blocks != NULL, 1);

  g_array_set_size (self->pieces, 0);
  rc_pdf_collect_boxes (self, blocks);
  self->n_pages = rc_pdf_break_pages (self, self->pieces);
  return self->n_pages;
}

/**
 * rc_pdf_layout_draw_page:
 * @self: a #RcPdfLayout
 * @blocks: (element-type RcBlock): the blocks last given to rc_pdf_layout_paginate()
 * @page: a page index, from 0
 * @cr: where to draw, in points with the page's top left corner at the origin
 *
 * Draws one page as the PDF export prints it: the export draws with this, and so does the
 * window's preview. Draws nothing past the last page.
 */
void
rc_pdf_layout_draw_page (RcPdfLayout *self,
                         GPtrArray   *blocks,
                         guint        page,
                         cairo_t     *cr)
{
  Cursor cursor = { .box = RC_PDF_NO_BLOCK };

  g_return_if_fail (RC_IS_PDF_LAYOUT (self));
  g_return_if_fail (blocks != NULL);
  g_return_if_fail (cr != NULL);

  draw_pieces (self, cr, blocks, page, 0, &cursor);
  cursor_clear (&cursor);
}

static void
append_keyword (GString    *out,
                GHashTable *seen,
                JsonNode   *node)
{
  const char *keyword;
  g_autofree char *folded = NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return;
  keyword = json_node_get_string (node);
  folded = g_utf8_casefold (keyword, -1);
  g_strstrip (folded);
  if (*folded == '\0' || !g_hash_table_add (seen, g_steal_pointer (&folded)))
    return;
  if (out->len > 0)
    g_string_append (out, ", ");
  g_string_append (out, keyword);
}

/**
 * rc_pdf_dup_keywords:
 * @document: a resume
 *
 * The keywords of the resume's skills, each once, in order, for the PDF's metadata.
 *
 * Returns: (transfer full) (nullable): them, comma-separated, or %NULL when there are none
 */
char *
rc_pdf_dup_keywords (RcDocument *document)
{
  JsonNode *root = rc_document_get_root (document);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  JsonNode *skills;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  skills = json_object_get_member (json_node_get_object (root), "skills");
  if (skills == NULL || !JSON_NODE_HOLDS_ARRAY (skills))
    return NULL;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (skills)); i++)
    {
      JsonNode *skill = json_array_get_element (json_node_get_array (skills), i);
      JsonNode *keywords;

      if (!JSON_NODE_HOLDS_OBJECT (skill))
        continue;
      keywords = json_object_get_member (json_node_get_object (skill), "keywords");
      if (keywords == NULL || !JSON_NODE_HOLDS_ARRAY (keywords))
        continue;
      for (guint k = 0; k < json_array_get_length (json_node_get_array (keywords)); k++)
        append_keyword (out, seen, json_array_get_element (json_node_get_array (keywords), k));
    }

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}
