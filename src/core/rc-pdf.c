/* rc-pdf.c — the PDF layout: measuring blocks in a template's fonts, and the layout object
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#ifdef HAVE_LANGINFO_PAPER
#include <langinfo.h>
#endif

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "rc-core-enums.h"
#include "rc-pdf-fonts-private.h"
#include "rc-pdf-private.h"

G_DEFINE_FINAL_TYPE (RcPdfLayout, rc_pdf_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAPER,
  PROP_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
measure_free (gpointer data)
{
  Measure *measure = data;

  g_free (measure->text);
  g_free (measure->bottoms);
  g_free (measure);
}

static guint
measure_hash (gconstpointer data)
{
  const Measure *measure = data;

  return g_str_hash (measure->text) * 31 + (guint) measure->kind;
}

static gboolean
measure_equal (gconstpointer a,
               gconstpointer b)
{
  const Measure *ma = a;
  const Measure *mb = b;

  return ma->kind == mb->kind && strcmp (ma->text, mb->text) == 0;
}

/* The layout's own fonts, or the machine's (@system_fonts, or when it has none of its own);
 * what was measured with other fonts is forgotten */
void
rc_pdf_use_fonts (RcPdfLayout *self,
                  gboolean     system_fonts)
{
  g_ptr_array_set_size (self->by_run, 0);
  g_hash_table_remove_all (self->measures);
  rc_pdf_words_forget (self);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  self->system_fonts = system_fonts || rc_pdf_fonts_get_own () == NULL;
}

/* A font map and context of the fonts rc_pdf_use_fonts() chose, at 72 dpi (one Pango point
 * is one PDF point) with no hinting, so a count is the same on any screen and equals what
 * the PDF surface draws. Made when something is first measured by Pango: a count whose
 * words were all measured by earlier runs (rc-width-store.h) loads no font at all. */
PangoContext *
rc_pdf_get_context (RcPdfLayout *self)
{
  FcConfig *config;
  cairo_font_options_t *options;

  if (self->context != NULL)
    return self->context;

  config = self->system_fonts ? rc_pdf_fonts_get_system () : rc_pdf_fonts_get_own ();
  if (config != NULL)
    self->font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (self->font_map != NULL)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (self->font_map), config);
  else
    self->font_map = pango_cairo_font_map_new ();

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  return self->context;
}

RcBlockKind
rc_pdf_block_kind (const RcBlock *block)
{
  /* An unknown kind, from a newer block list, prints as a paragraph rather than out of bounds. */
  if ((guint) block->kind >= RC_PDF_N_KINDS)
    return RC_BLOCK_PARAGRAPH;
  return block->kind;
}

const char *
rc_pdf_block_text (const RcBlock *block)
{
  return block->text != NULL ? block->text : "";
}

/* A composed line wraps after the " · " between its parts, not inside an email address or a
 * URL, unless a part is wider than the column by itself. */
static void
keep_parts_whole (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoAttrList *base = pango_layout_get_attributes (layout);
  g_autoptr(PangoAttrList) kept = base != NULL ? pango_attr_list_ref (base) : NULL;
  g_autoptr(PangoAttrList) attributes = base != NULL ? pango_attr_list_copy (base)
                                                     : pango_attr_list_new ();
  const char *start = text;
  PangoRectangle logical;

  while (*start != '\0')
    {
      const char *end = strstr (start, RC_PDF_SEPARATOR);
      PangoAttribute *attribute;

      /* The part keeps the separator's space and dot, so no line begins with the dot. */
      end = end != NULL ? end + strlen (RC_PDF_SEPARATOR) - 1 : start + strlen (start);
      attribute = pango_attr_allow_breaks_new (FALSE);
      attribute->start_index = start - text;
      attribute->end_index = end - text;
      pango_attr_list_insert (attributes, attribute);

      start = end;
      if (*start == ' ')
        start++;
    }

  pango_layout_set_attributes (layout, attributes);

  pango_layout_get_extents (layout, NULL, &logical);
  if (logical.width > pango_layout_get_width (layout))
    pango_layout_set_attributes (layout, kept);
}

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* @text as the PDF can hold it: valid UTF-8 (Pango warns about anything else, and warnings
 * are fatal in tests) without noncharacters such as U+FFFF, which JSON allows and cairo
 * refuses (each becomes U+FFFD), nor symbols no font can draw (left out with a space beside
 * them: "🚀 Shipped" prints "Shipped"). NULL when @text is fine as it is. */
char *
rc_pdf_dup_printable (const char *text)
{
  g_autofree char *valid = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);
  const char *p = valid != NULL ? valid : text;
  gboolean dropped = FALSE;  /* since the last character kept */
  GString *out = NULL;

  for (const char *c = p; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = (guchar) *c < 0x80 ? (guchar) *c : g_utf8_get_char (c);
      gboolean odd = u >= 0x80 && (is_noncharacter (u) || rc_pdf_fonts_is_undrawable_symbol (u));

      if (odd && out == NULL)
        out = g_string_new_len (p, c - p);
      if (odd && is_noncharacter (u))
        g_string_append_unichar (out, 0xFFFD);
      else if (odd)
        dropped = TRUE;
      else if (out != NULL && dropped && u == ' ' &&
               (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      else if (out != NULL)
        g_string_append_len (out, c, g_utf8_next_char (c) - c);
      if (!odd || is_noncharacter (u))
        dropped = FALSE;
    }

  if (out == NULL)
    return g_steal_pointer (&valid);
  if (dropped && out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

PangoLayout *
rc_pdf_create_layout (RcPdfLayout *self,
                      RcBlockKind  kind,
                      const char  *text)
{
  const RcPdfKindStyle *style = &self->style->kinds[kind];
  PangoLayout *layout = pango_layout_new (rc_pdf_get_context (self));
  double width = rc_pdf_column_width (self) - style->indent;

  pango_layout_set_font_description (layout, self->fonts[kind]);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  if (style->tracking > 0.0)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes,
                              pango_attr_letter_spacing_new (pango_units_from_double (style->tracking)));
      pango_layout_set_attributes (layout, attributes);
    }

  {
    g_autofree char *printable = rc_pdf_dup_printable (text);

    pango_layout_set_text (layout, printable != NULL ? printable : text, -1);
  }

  if (kind == RC_BLOCK_CONTACT || kind == RC_BLOCK_ENTRY_META)
    keep_parts_whole (layout);

  return layout;
}

/* Pango's measure of @text, as it lays it out */
static Measure *
measure_layout (RcPdfLayout *self,
                RcBlockKind  kind,
                const char  *text)
{
  g_autoptr(PangoLayout) layout = rc_pdf_create_layout (self, kind, text);
  Measure *measure = g_new0 (Measure, 1);
  PangoLayoutIter *iter;
  PangoRectangle logical;
  guint i = 0;

  measure->kind = kind;
  measure->text = g_strdup (text);
  measure->uncovered = rc_pdf_fonts_need_system (pango_layout_get_text (layout));
  measure->n_lines = MAX (pango_layout_get_line_count (layout), 1);
  measure->bottoms = g_new0 (double, measure->n_lines);

  iter = pango_layout_get_iter (layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i < measure->n_lines)
        measure->bottoms[i++] = pango_units_to_double (y1);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (layout, NULL, &logical);
  measure->text_height = measure->bottoms[measure->n_lines - 1];
  measure->right = pango_units_to_double (logical.x + logical.width);
  measure->baseline = pango_units_to_double (pango_layout_get_baseline (layout));
  return measure;
}

static Measure *
measure_block (RcPdfLayout *self,
               RcBlockKind  kind,
               const char  *text)
{
  Measure *measure = rc_pdf_measure_words (self, kind, text);

  if (measure == NULL)
    measure = measure_layout (self, kind, text);
  if (kind == RC_BLOCK_HEADING && self->style->rule_width > 0.0)
    measure->bottoms[measure->n_lines - 1] += self->style->rule_gap + self->style->rule_width +
                                              self->style->rule_after;
  return measure;
}

/* The measure of the @index-th run measured in this pass: after an edit, most runs are where
 * they were in the last pass with the same text, so one comparison replaces hashing it. */
const Measure *
rc_pdf_lookup_measure (RcPdfLayout *self,
                       guint        index,
                       RcBlockKind  kind,
                       const char  *text)
{
  Measure *measure;

  if (index >= self->by_run->len)
    g_ptr_array_set_size (self->by_run, index + 1);
  measure = g_ptr_array_index (self->by_run, index);

  if (measure == NULL || measure->kind != kind || strcmp (measure->text, text) != 0)
    {
      Measure probe = { .kind = kind, .text = (char *) text };

      measure = g_hash_table_lookup (self->measures, &probe);
      if (measure == NULL)
        {
          measure = measure_block (self, kind, text);
          g_hash_table_add (self->measures, measure);
        }
    }

  g_ptr_array_index (self->by_run, index) = measure;

  return rc_pdf_reuse_measure (self, index);
}

/* The measure of the @index-th run in the last pass, used again in this one */
const Measure *
rc_pdf_reuse_measure (RcPdfLayout *self,
                      guint        index)
{
  Measure *measure = g_ptr_array_index (self->by_run, index);

  if (measure->generation != self->generation)
    {
      measure->generation = self->generation;
      self->n_used++;
    }
  return measure;
}

static gboolean
is_stale_cb (gpointer key,
             gpointer value,
             gpointer user_data)
{
  const Measure *measure = key;
  RcPdfLayout *self = user_data;

  return measure->generation != self->generation;
}

/* Drops what this pass did not use, so the cache does not grow while someone types. */
void
rc_pdf_drop_stale (RcPdfLayout *self)
{
  if (g_hash_table_size (self->measures) > self->n_used)
    g_hash_table_foreach_remove (self->measures, is_stale_cb, self);
}


/**
 * rc_pdf_layout_new:
 *
 * Creates a layout for A4 paper in the Classic template, with its own font map at 72 dpi and
 * unhinted metrics, so what it measures does not depend on the screen, and with only its own
 * fonts (Liberation Serif and Sans, DejaVu Sans) unless the text has characters they lack, so
 * it does not depend on the machine's fonts. Like its Pango objects, a layout is used from one
 * thread at a time.
 *
 * Returns: (transfer full): a new #RcPdfLayout
 */
RcPdfLayout *
rc_pdf_layout_new (void)
{
  return g_object_new (RC_TYPE_PDF_LAYOUT, NULL);
}

/**
 * rc_pdf_layout_count_pages:
 * @self: a #RcPdfLayout
 * @blocks: (element-type RcBlock): the blocks to print
 *
 * Counts the pages rc_pdf_layout_render() draws for @blocks. Only blocks whose kind and text
 * were not in the previous call are measured; the rest is arithmetic.
 *
 * Returns: the number of pages, at least 1
 */
guint
rc_pdf_layout_count_pages (RcPdfLayout *self,
                           GPtrArray   *blocks)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), 1);
  g_return_val_if_fail (blocks != NULL, 1);

  rc_pdf_collect_boxes (self, blocks);
  return rc_pdf_break_pages (self, NULL);
}

/**
 * rc_pdf_layout_get_page_starts:
 * @self: a #RcPdfLayout
 * @blocks: (element-type RcBlock): the blocks to print
 *
 * Says where each page begins, for tests of the page breaking.
 *
 * Returns: (transfer full) (element-type guint): one block index per page
 */
GArray *
rc_pdf_layout_get_page_starts (RcPdfLayout *self,
                               GPtrArray   *blocks)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), starts);
  g_return_val_if_fail (blocks != NULL, starts);

  rc_pdf_collect_boxes (self, blocks);
  rc_pdf_break_pages (self, pieces);

  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->page == starts->len)
        g_array_append_val (starts, rc_pdf_box_at (self, piece->box)->block);
    }

  if (starts->len == 0)
    {
      guint none = 0;
      g_array_append_val (starts, none);
    }

  return starts;
}

/**
 * rc_pdf_layout_get_n_cached:
 * @self: a #RcPdfLayout
 *
 * Returns: how many measured blocks the layout keeps: those of the last count
 */
guint
rc_pdf_layout_get_n_cached (RcPdfLayout *self)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), 0);

  return g_hash_table_size (self->measures);
}


/**
 * rc_pdf_layout_get_last_page_lines:
 * @self: a #RcPdfLayout
 *
 * Returns: how many lines of text the last page holds, as the last count or paginate() broke
 *   the pages (a heading's rule is no line)
 */
guint
rc_pdf_layout_get_last_page_lines (RcPdfLayout *self)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), 0);

  return self->last_page_lines;
}

/**
 * rc_pdf_layout_set_keywords:
 * @self: a #RcPdfLayout
 * @keywords: (nullable): comma-separated keywords for the PDF's metadata
 *
 * The rest of the metadata comes from the blocks: the name is the title and the author, the
 * label the subject.
 */
void
rc_pdf_layout_set_keywords (RcPdfLayout *self,
                            const char  *keywords)
{
  g_return_if_fail (RC_IS_PDF_LAYOUT (self));

  g_free (self->keywords);
  self->keywords = g_strdup (keywords);
}

/**
 * rc_pdf_layout_find_block:
 * @self: a #RcPdfLayout
 * @page: a page index, from 0
 * @x: a point on the page, in points from its left edge
 * @y: and from its top edge
 *
 * Says which block the last rc_pdf_layout_paginate() put at a point of a page: the one whose
 * lines are there, or the nearest one above it on the same page.
 *
 * Returns: the block's index in the blocks paginated, or %G_MAXUINT when there is none
 */
guint
rc_pdf_layout_find_block (RcPdfLayout *self,
                          guint        page,
                          double       x,
                          double       y)
{
  guint found = G_MAXUINT;

  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), G_MAXUINT);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);
      const Box *box = rc_pdf_box_at (self, piece->box);

      if (piece->page < page)
        continue;
      if (piece->page > page || self->style->margin_y + piece->y > y)
        break;

      /* The meta line beside a title is a block of its own: the right half of the title. */
      found = box->meta != RC_PDF_NO_BLOCK && x > self->style->margin_x + rc_pdf_column_width (self) / 2
              ? box->meta : box->block;
    }
  return found;
}

/**
 * rc_pdf_layout_get_page_size:
 * @self: a #RcPdfLayout
 * @width: (out) (optional): the page's width in points
 * @height: (out) (optional): its height
 */
void
rc_pdf_layout_get_page_size (RcPdfLayout *self,
                             double      *width,
                             double      *height)
{
  g_return_if_fail (RC_IS_PDF_LAYOUT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/* The fonts of the layout's template, one a kind of block */
static void
use_style (RcPdfLayout *self)
{
  self->style = rc_pdf_style_get (self->template_);

  for (guint i = 0; i < RC_PDF_N_KINDS; i++)
    {
      const RcPdfKindStyle *style = &self->style->kinds[i];

      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      self->fonts[i] = pango_font_description_from_string (style->family);
      pango_font_description_set_size (self->fonts[i], (int) (style->size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[i], style->weight);
    }
}

/**
 * rc_pdf_layout_get_paper:
 * @self: a #RcPdfLayout
 *
 * Returns: the paper the layout measures and draws on
 */
RcPdfPaper
rc_pdf_layout_get_paper (RcPdfLayout *self)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), RC_PDF_PAPER_A4);

  return self->paper;
}

/**
 * rc_pdf_layout_set_paper:
 * @self: a #RcPdfLayout
 * @paper: the paper to measure and draw on
 *
 * Changes the page size; what was measured at the old column width is forgotten.
 */
void
rc_pdf_layout_set_paper (RcPdfLayout *self,
                         RcPdfPaper   paper)
{
  g_return_if_fail (RC_IS_PDF_LAYOUT (self));
  g_return_if_fail (paper == RC_PDF_PAPER_A4 || paper == RC_PDF_PAPER_LETTER);

  if (self->paper == paper)
    return;

  self->paper = paper;
  self->page_width = paper == RC_PDF_PAPER_LETTER ? RC_PDF_LETTER_WIDTH : RC_PDF_A4_WIDTH;
  self->page_height = paper == RC_PDF_PAPER_LETTER ? RC_PDF_LETTER_HEIGHT : RC_PDF_A4_HEIGHT;
  g_ptr_array_set_size (self->by_run, 0);
  g_hash_table_remove_all (self->measures);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
}

/**
 * rc_pdf_layout_get_template:
 * @self: a #RcPdfLayout
 *
 * Returns: the page design the layout measures and draws
 */
RcPdfTemplate
rc_pdf_layout_get_template (RcPdfLayout *self)
{
  g_return_val_if_fail (RC_IS_PDF_LAYOUT (self), RC_PDF_TEMPLATE_CLASSIC);

  return self->template_;
}

/**
 * rc_pdf_layout_set_template:
 * @self: a #RcPdfLayout
 * @template_: the page design to measure and draw
 *
 * Changes the design; what was measured with the old one is forgotten.
 */
void
rc_pdf_layout_set_template (RcPdfLayout   *self,
                            RcPdfTemplate  template_)
{
  g_return_if_fail (RC_IS_PDF_LAYOUT (self));
  g_return_if_fail (template_ < RC_PDF_N_TEMPLATES);

  if (self->template_ == template_)
    return;

  self->template_ = template_;
  use_style (self);
  g_ptr_array_set_size (self->by_run, 0);
  g_hash_table_remove_all (self->measures);
  rc_pdf_words_forget (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

static const char * const template_names[RC_PDF_N_TEMPLATES] = {
  [RC_PDF_TEMPLATE_CLASSIC] = "classic",
  [RC_PDF_TEMPLATE_COMPACT] = "compact",
  [RC_PDF_TEMPLATE_MODERN] = "modern",
};

static const char * const paper_names[] = {
  [RC_PDF_PAPER_A4] = "a4",
  [RC_PDF_PAPER_LETTER] = "letter",
};

/* The index of @name (ASCII case ignored) among @n @names; -1 when it is none of them */
static int
find_name (const char * const *names,
           guint               n,
           const char         *name)
{
  for (guint i = 0; name != NULL && i < n; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return (int) i;
  return -1;
}

/**
 * rc_pdf_template_to_string:
 * @template_: a template
 *
 * Returns: its name in files and on the command line: "classic", "compact" or "modern"
 */
const char *
rc_pdf_template_to_string (RcPdfTemplate template_)
{
  g_return_val_if_fail (template_ < RC_PDF_N_TEMPLATES, NULL);

  return template_names[template_];
}

/**
 * rc_pdf_template_from_string:
 * @name: (nullable): a template's name (ASCII case is ignored)
 * @template_: (out) (optional): the template
 *
 * Returns: whether @name names a template
 */
gboolean
rc_pdf_template_from_string (const char    *name,
                             RcPdfTemplate *template_)
{
  int i = find_name (template_names, G_N_ELEMENTS (template_names), name);

  if (i >= 0 && template_ != NULL)
    *template_ = (RcPdfTemplate) i;
  return i >= 0;
}

/**
 * rc_pdf_paper_to_string:
 * @paper: a paper size
 *
 * Returns: its name in files and on the command line: "a4" or "letter"
 */
const char *
rc_pdf_paper_to_string (RcPdfPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (paper_names), NULL);

  return paper_names[paper];
}

/**
 * rc_pdf_paper_from_string:
 * @name: (nullable): a paper's name (ASCII case is ignored)
 * @paper: (out) (optional): the paper
 *
 * Returns: whether @name names a paper size
 */
gboolean
rc_pdf_paper_from_string (const char *name,
                          RcPdfPaper *paper)
{
  int i = find_name (paper_names, G_N_ELEMENTS (paper_names), name);

  if (i >= 0 && paper != NULL)
    *paper = (RcPdfPaper) i;
  return i >= 0;
}

static RcPdfTemplate default_template = RC_PDF_TEMPLATE_CLASSIC;
static int default_paper = -1;  /* the locale's until set */

RcPdfTemplate
rc_pdf_get_default_template (void)
{
  return default_template;
}

void
rc_pdf_set_default_template (RcPdfTemplate template_)
{
  g_return_if_fail (template_ < RC_PDF_N_TEMPLATES);

  default_template = template_;
}

/* The locale's paper (LC_PAPER): Letter is 216 mm wide; every other paper a locale names is
 * A4 or closest to it. */
static RcPdfPaper
locale_paper (void)
{
#ifdef HAVE_LANGINFO_PAPER
  if ((intptr_t) nl_langinfo (_NL_PAPER_WIDTH) == 216)
    return RC_PDF_PAPER_LETTER;
#endif
  return RC_PDF_PAPER_A4;
}

RcPdfPaper
rc_pdf_get_default_paper (void)
{
  if (default_paper < 0)
    default_paper = locale_paper ();
  return (RcPdfPaper) default_paper;
}

void
rc_pdf_set_default_paper (RcPdfPaper paper)
{
  g_return_if_fail (paper < G_N_ELEMENTS (paper_names));

  default_paper = paper;
}

static void
rc_pdf_layout_finalize (GObject *object)
{
  RcPdfLayout *self = RC_PDF_LAYOUT (object);

  g_clear_pointer (&self->by_run, g_ptr_array_unref);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  rc_pdf_words_free (self);
  g_clear_pointer (&self->boxes, g_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  g_clear_pointer (&self->keywords, g_free);
  for (guint i = 0; i < RC_PDF_N_KINDS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (rc_pdf_layout_parent_class)->finalize (object);
}

static void
rc_pdf_layout_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcPdfLayout *self = RC_PDF_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_value_set_enum (value, self->paper);
      break;

    case PROP_TEMPLATE:
      g_value_set_enum (value, self->template_);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_pdf_layout_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RcPdfLayout *self = RC_PDF_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      rc_pdf_layout_set_paper (self, g_value_get_enum (value));
      break;

    case PROP_TEMPLATE:
      rc_pdf_layout_set_template (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_pdf_layout_class_init (RcPdfLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_pdf_layout_finalize;
  object_class->get_property = rc_pdf_layout_get_property;
  object_class->set_property = rc_pdf_layout_set_property;

  properties[PROP_PAPER] =
    g_param_spec_enum ("paper", NULL, NULL,
                       RC_TYPE_PDF_PAPER, RC_PDF_PAPER_A4,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEMPLATE] =
    g_param_spec_enum ("template", NULL, NULL,
                       RC_TYPE_PDF_TEMPLATE, RC_PDF_TEMPLATE_CLASSIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_pdf_layout_init (RcPdfLayout *self)
{
  self->paper = RC_PDF_PAPER_A4;
  self->page_width = RC_PDF_A4_WIDTH;
  self->page_height = RC_PDF_A4_HEIGHT;

  use_style (self);

  self->measures = g_hash_table_new_full (measure_hash, measure_equal, measure_free, NULL);
  self->by_run = g_ptr_array_new ();
  self->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  rc_pdf_use_fonts (self, FALSE);
}
