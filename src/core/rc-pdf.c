/* rc-pdf.c — the PDF layout: one clean single-column page design, drawn with Pango and cairo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#ifdef HAVE_LANGINFO_PAPER
#include <langinfo.h>
#endif

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "rc-core-enums.h"
#include "rc-pdf.h"
#include "rc-pdf-fonts-private.h"

#define N_KINDS      (RC_BLOCK_BULLET + 1)
#define NO_BLOCK     G_MAXUINT
#define FONT_FAMILY  "DejaVu Sans,Cantarell,Sans"
#define SEPARATOR    " · "  /* between the parts of a contact or meta line */
#define BULLET_X     4.0    /* where the bullet glyph sits, from the margin */
#define BULLET_TEXT  14.0   /* where a bullet's text and its wrapped lines start */
#define META_GAP     12.0   /* least room between an entry title and a meta line beside it */
#define RULE_GAP     2.5    /* from a heading's text down to its rule */
#define RULE_WIDTH   0.6
#define RULE_AFTER   3.5    /* from the rule down to what follows */
#define MAX_UNBROKEN 160    /* bytes of a word laid out at once; longer ones are cut */

typedef struct
{
  double      size;    /* points */
  PangoWeight weight;
  double      indent;  /* of the text, from the margin */
  double      gray;    /* ink */
} KindStyle;

static const KindStyle kind_styles[N_KINDS] = {
  [RC_BLOCK_NAME]        = { 20.0, PANGO_WEIGHT_BOLD,   0.0,         0.07 },
  [RC_BLOCK_LABEL]       = { 11.5, PANGO_WEIGHT_NORMAL, 0.0,         0.25 },
  [RC_BLOCK_CONTACT]     = {  8.5, PANGO_WEIGHT_NORMAL, 0.0,         0.25 },
  [RC_BLOCK_HEADING]     = { 11.0, PANGO_WEIGHT_BOLD,   0.0,         0.07 },
  [RC_BLOCK_ENTRY_TITLE] = { 10.0, PANGO_WEIGHT_BOLD,   0.0,         0.07 },
  [RC_BLOCK_ENTRY_META]  = {  9.0, PANGO_WEIGHT_NORMAL, 0.0,         0.30 },
  [RC_BLOCK_PARAGRAPH]   = {  9.5, PANGO_WEIGHT_NORMAL, 0.0,         0.10 },
  [RC_BLOCK_BULLET]      = {  9.5, PANGO_WEIGHT_NORMAL, BULLET_TEXT, 0.10 },
};

/* What one block measures at the column width, cached by kind and text. Line bottoms are
 * relative to the block's top; the last one includes what the kind draws under its text. */
typedef struct
{
  RcBlockKind  kind;
  char        *text;
  guint        generation;
  gboolean     uncovered;   /* has a character the layout's own fonts lack */
  guint        n_lines;
  double      *bottoms;
  double       text_height;
  double       right;       /* the right end of the widest line */
  double       baseline;    /* of the first line */
} Measure;

/* A run of a block (the block whole, or one of its paragraphs: see next_run()), or an entry
 * title with its meta line beside it, as the page breaker sees it. */
typedef struct
{
  guint          block;
  guint          meta;      /* the meta line drawn beside the title, or NO_BLOCK */
  const Measure *measure;   /* of the run: measure->text is what the box prints */
  double         space;     /* above the box, dropped at the top of a page */
  gboolean       keep;      /* never the last box of a page */
  gboolean       first;     /* the block's first run */
  gboolean       last;      /* its last */
} Box;

/* Lines [first_line, end_line) of a block, drawn on one page with their top at y. */
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
  double                page_width;
  double                page_height;

  PangoFontMap         *font_map;
  PangoContext         *context;
  gboolean              system_fonts;  /* the machine's fonts, not only the layout's own */
  PangoFontDescription *fonts[N_KINDS];

  GHashTable           *measures;      /* (element-type Measure): a set, keyed by kind + text */
  GPtrArray            *by_run;        /* (element-type Measure): the last pass's, in order */
  guint                 generation;
  guint                 n_used;        /* measures used by the current pass */
  GArray               *boxes;         /* (element-type Box): scratch, reused by each pass */
  GArray               *pieces;        /* (element-type Piece): the last paginate()'s */
  guint                 n_pages;       /* and its page count */
};

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

/* A font map and context of our own, at 72 dpi (one Pango point is one PDF point) with no
 * hinting, so a count is the same on any screen and equals what the PDF surface draws. What
 * was measured with other fonts is forgotten. */
static void
use_fonts (RcPdfLayout *self,
           gboolean     system_fonts)
{
  FcConfig *config = system_fonts ? rc_pdf_fonts_get_system () : rc_pdf_fonts_get_own ();
  cairo_font_options_t *options;

  g_ptr_array_set_size (self->by_run, 0);
  g_hash_table_remove_all (self->measures);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  if (config != NULL)
    self->font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (self->font_map != NULL)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (self->font_map), config);
  else
    self->font_map = pango_cairo_font_map_new ();
  self->system_fonts = system_fonts || rc_pdf_fonts_get_own () == NULL;

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
}

static RcBlockKind
block_kind (const RcBlock *block)
{
  /* An unknown kind, from a newer block list, prints as a paragraph rather than out of bounds. */
  if ((guint) block->kind >= N_KINDS)
    return RC_BLOCK_PARAGRAPH;
  return block->kind;
}

static double
column_width (RcPdfLayout *self)
{
  return self->page_width - 2 * RC_PDF_MARGIN;
}

static double
body_height (RcPdfLayout *self)
{
  return self->page_height - 2 * RC_PDF_MARGIN;
}

/* A composed line wraps after the " · " between its parts, not inside an email address or a
 * URL, unless a part is wider than the column by itself. */
static void
keep_parts_whole (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  const char *start = text;
  PangoRectangle logical;

  while (*start != '\0')
    {
      const char *end = strstr (start, SEPARATOR);
      PangoAttribute *attribute;

      /* The part keeps the separator's space and dot, so no line begins with the dot. */
      end = end != NULL ? end + strlen (SEPARATOR) - 1 : start + strlen (start);
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
    pango_layout_set_attributes (layout, NULL);
}

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* @text as the PDF can hold it: valid UTF-8 (Pango warns about anything else, and warnings
 * are fatal in tests) without noncharacters such as U+FFFF, which JSON allows and cairo
 * refuses; each becomes U+FFFD. NULL when @text is fine as it is. */
static char *
dup_printable (const char *text)
{
  g_autofree char *valid = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);
  const char *p = valid != NULL ? valid : text;
  GString *out = NULL;

  for (const char *c = p; *c != '\0'; c = g_utf8_next_char (c))
    if (is_noncharacter (g_utf8_get_char (c)))
      {
        if (out == NULL)
          out = g_string_new_len (p, c - p);
        g_string_append_unichar (out, 0xFFFD);
      }
    else if (out != NULL)
      g_string_append_len (out, c, g_utf8_next_char (c) - c);

  if (out != NULL)
    return g_string_free (out, FALSE);
  return g_steal_pointer (&valid);
}

static PangoLayout *
create_layout (RcPdfLayout *self,
               RcBlockKind  kind,
               const char  *text)
{
  PangoLayout *layout = pango_layout_new (self->context);
  double width = column_width (self) - kind_styles[kind].indent;

  pango_layout_set_font_description (layout, self->fonts[kind]);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  {
    g_autofree char *printable = dup_printable (text);

    pango_layout_set_text (layout, printable != NULL ? printable : text, -1);
  }

  if (kind == RC_BLOCK_CONTACT || kind == RC_BLOCK_ENTRY_META)
    keep_parts_whole (layout);

  return layout;
}

static Measure *
measure_block (RcPdfLayout *self,
               RcBlockKind  kind,
               const char  *text)
{
  g_autoptr(PangoLayout) layout = create_layout (self, kind, text);
  PangoLayoutIter *iter;
  PangoRectangle logical;
  Measure *measure = g_new0 (Measure, 1);
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

  if (kind == RC_BLOCK_HEADING)
    measure->bottoms[measure->n_lines - 1] += RULE_GAP + RULE_WIDTH + RULE_AFTER;

  return measure;
}

/* The measure of the @index-th run measured in this pass: after an edit, most runs are where
 * they were in the last pass with the same text, so one comparison replaces hashing it. */
static const Measure *
lookup_measure (RcPdfLayout *self,
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

  if (measure->generation != self->generation)
    {
      measure->generation = self->generation;
      self->n_used++;
    }

  g_ptr_array_index (self->by_run, index) = measure;

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

static double
space_before (RcBlockKind previous,
              RcBlockKind kind)
{
  switch (kind)
    {
    case RC_BLOCK_NAME:
      return 6.0;
    case RC_BLOCK_LABEL:
      return 2.0;
    case RC_BLOCK_CONTACT:
      return 5.0;
    case RC_BLOCK_HEADING:
      return 14.0;
    case RC_BLOCK_ENTRY_TITLE:
      return previous == RC_BLOCK_HEADING ? 2.0 : 9.0;
    case RC_BLOCK_ENTRY_META:
      return 1.0;
    case RC_BLOCK_PARAGRAPH:
      if (previous == RC_BLOCK_HEADING)
        return 2.0;
      if (previous == RC_BLOCK_ENTRY_TITLE || previous == RC_BLOCK_ENTRY_META ||
          previous == RC_BLOCK_PARAGRAPH)
        return 3.0;
      return 5.0;
    case RC_BLOCK_BULLET:
    default:
      return previous == RC_BLOCK_BULLET ? 1.5 : 3.0;
    }
}

static gboolean
keeps_with_next (RcBlockKind kind)
{
  return kind == RC_BLOCK_NAME || kind == RC_BLOCK_LABEL || kind == RC_BLOCK_HEADING ||
         kind == RC_BLOCK_ENTRY_TITLE || kind == RC_BLOCK_ENTRY_META;
}

static const char *
block_text (const RcBlock *block)
{
  return block->text != NULL ? block->text : "";
}

/* The length of the run of a block's text that starts at @text, and in @skip the length of
 * the paragraph break after it. Pango lays out a paragraph, and a word it must break inside,
 * in time that grows with the square of its length, so each paragraph is measured and drawn
 * on its own, and a word longer than any real one (a pasted hash or base64 blob) is cut. */
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
  const char *run = text;
  gsize skip;

  do
    {
      gsize len = next_run (run, &skip);
      g_autofree char *owned = run == text && run[len] == '\0' ? NULL : g_strndup (run, len);
      Box box = { .block = index, .meta = NO_BLOCK, .first = run == text };

      box.measure = lookup_measure (self, (*slot)++, kind, owned != NULL ? owned : run);
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
  const Measure *meta;
  gsize skip;

  if (next == NULL || block_kind (next) != RC_BLOCK_ENTRY_META || *block_text (next) == '\0' ||
      !title->first || !title->last || title->measure->n_lines != 1 ||
      next_run (block_text (next), &skip) != strlen (block_text (next)))
    return FALSE;

  meta = lookup_measure (self, (*slot)++, RC_BLOCK_ENTRY_META, block_text (next));
  *uncovered |= meta->uncovered;
  return meta->n_lines == 1 &&
         title->measure->right + META_GAP + meta->right <= column_width (self);
}

/* Measures every block (once per kind and text, thanks to the cache) into self->boxes. */
static void
collect_boxes (RcPdfLayout *self,
               GPtrArray   *blocks)
{
  RcBlockKind previous = RC_BLOCK_NAME;
  gboolean first = TRUE;
  gboolean uncovered = FALSE;
  guint slot = 0;

  self->generation++;
  self->n_used = 0;
  g_array_set_size (self->boxes, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);
      RcBlockKind kind;

      if (block == NULL || *block_text (block) == '\0')
        continue;

      kind = block_kind (block);
      add_block_boxes (self, i, kind, block_text (block),
                       first ? 0.0 : space_before (previous, kind), &slot, &uncovered);

      if (kind == RC_BLOCK_ENTRY_TITLE && i + 1 < blocks->len &&
          fits_beside (self, &g_array_index (self->boxes, Box, self->boxes->len - 1),
                       g_ptr_array_index (blocks, i + 1), &slot, &uncovered))
        {
          g_array_index (self->boxes, Box, self->boxes->len - 1).meta = i + 1;
          kind = RC_BLOCK_ENTRY_META;
          i++;
        }

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
      use_fonts (self, uncovered);
      collect_boxes (self, blocks);
      return;
    }

  /* Drop what this pass did not use, so the cache does not grow while someone types. */
  if (g_hash_table_size (self->measures) > self->n_used)
    g_hash_table_foreach_remove (self->measures, is_stale_cb, self);
}

static inline const Box *
box_at (RcPdfLayout *self,
        guint        i)
{
  return &g_array_index (self->boxes, Box, i);
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

/* Breaks self->boxes into pages and returns how many; with @pieces, also says where each part
 * goes. Counting and drawing both come here, so the count is the drawn PDF's page count. */
static guint
break_pages (RcPdfLayout *self,
             GArray      *pieces)
{
  double body = body_height (self);
  guint page = 0;
  double y = 0.0;
  gboolean fresh = TRUE;
  guint i = 0;

  while (i < self->boxes->len)
    {
      guint j = i;
      double whole = 0.0;
      double least = 0.0;

      /* A heading or an entry title goes with what follows it: the group moves to a new page
       * whole; when it is taller than a page, its kept boxes and the first line of its last
       * box must still share a page. */
      while (j + 1 < self->boxes->len && box_at (self, j)->keep)
        j++;
      for (guint k = i; k <= j; k++)
        {
          const Box *box = box_at (self, k);
          double space = k == i ? 0.0 : box->space;

          whole += space + box->measure->bottoms[box->measure->n_lines - 1];
          least += space + (k < j ? box->measure->bottoms[box->measure->n_lines - 1]
                                  : box->measure->bottoms[0]);
        }

      if (!fresh)
        {
          double space = box_at (self, i)->space;

          if (y + space + whole > body && (whole <= body || y + space + least > body))
            {
              page++;
              y = 0.0;
              fresh = TRUE;
            }
        }

      for (guint k = i; k <= j; k++)
        {
          const Box *box = box_at (self, k);
          const Measure *measure = box->measure;
          guint first_line = 0;

          while (first_line < measure->n_lines)
            {
              double top = first_line > 0 ? measure->bottoms[first_line - 1] : 0.0;
              double space = fresh || first_line > 0 ? 0.0 : box->space;
              guint end_line = first_line;

              while (end_line < measure->n_lines &&
                     y + space + measure->bottoms[end_line] - top <= body)
                end_line++;

              if (end_line == first_line)
                {
                  if (!fresh)
                    {
                      page++;
                      y = 0.0;
                      fresh = TRUE;
                      continue;
                    }
                  /* A line taller than a page: it overflows, but the break moves on. */
                  end_line = first_line + 1;
                }

              add_piece (pieces, k, page, y + space, first_line, end_line);
              y += space + measure->bottoms[end_line - 1] - top;
              fresh = FALSE;
              first_line = end_line;

              if (first_line < measure->n_lines)
                {
                  page++;
                  y = 0.0;
                  fresh = TRUE;
                }
            }
        }

      i = j + 1;
    }

  return page + 1;
}

/**
 * rc_pdf_layout_new:
 *
 * Creates a layout for A4 paper, with its own font map at 72 dpi and unhinted metrics, so
 * what it measures does not depend on the screen, and with only its own fonts (DejaVu Sans)
 * unless the text has characters they lack, so it does not depend on the machine's fonts. Like its Pango objects, a layout is used
 * from one thread at a time.
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

  collect_boxes (self, blocks);
  return break_pages (self, NULL);
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

  collect_boxes (self, blocks);
  break_pages (self, pieces);

  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->page == starts->len)
        g_array_append_val (starts, box_at (self, piece->box)->block);
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

/* Where drawing a box has got to: pieces of one box come one after another, each going on
 * from the line the last one ended at, so each layout is made and walked once. */
typedef struct
{
  guint            box;   /* NO_BLOCK before the first */
  PangoLayout     *layout;
  PangoLayoutIter *iter;
  guint            line;  /* the iterator's */
} Cursor;

static void
cursor_clear (Cursor *cursor)
{
  g_clear_pointer (&cursor->iter, pango_layout_iter_free);
  g_clear_object (&cursor->layout);
  cursor->box = NO_BLOCK;
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
  Cursor cursor = { .box = NO_BLOCK };

  cursor_start (&cursor, layout);
  show_lines (cr, &cursor, x, y, 0, 1);
  cursor_clear (&cursor);
}

static void
draw_piece (RcPdfLayout *self,
            cairo_t     *cr,
            GPtrArray   *blocks,
            const Piece *piece,
            Cursor      *cursor)
{
  const Box *box = box_at (self, piece->box);
  const RcBlock *block = g_ptr_array_index (blocks, box->block);
  const Measure *measure = box->measure;
  RcBlockKind kind = block_kind (block);
  const KindStyle *style = &kind_styles[kind];
  double x = RC_PDF_MARGIN + style->indent;
  double y = RC_PDF_MARGIN + piece->y;

  if (cursor->box != piece->box)
    {
      cursor_start (cursor, create_layout (self, kind, measure->text));
      cursor->box = piece->box;
    }

  cairo_set_source_rgb (cr, style->gray, style->gray, style->gray);
  show_lines (cr, cursor, x, y, piece->first_line, piece->end_line);

  if (kind == RC_BLOCK_BULLET && box->first && piece->first_line == 0)
    {
      PangoLayout *bullet = create_layout (self, kind, "•");

      show_first_line (cr, bullet, RC_PDF_MARGIN + BULLET_X, y + measure->baseline -
                       pango_units_to_double (pango_layout_get_baseline (bullet)));
    }

  if (kind == RC_BLOCK_HEADING && box->last && piece->end_line == measure->n_lines)
    {
      double top = piece->first_line > 0 ? measure->bottoms[piece->first_line - 1] : 0.0;
      double rule_y = y + measure->text_height - top + RULE_GAP + RULE_WIDTH / 2;

      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_move_to (cr, RC_PDF_MARGIN, rule_y);
      cairo_line_to (cr, RC_PDF_MARGIN + column_width (self), rule_y);
      cairo_stroke (cr);
    }

  if (box->meta != NO_BLOCK && piece->first_line == 0)
    {
      const RcBlock *meta_block = g_ptr_array_index (blocks, box->meta);
      const KindStyle *meta_style = &kind_styles[RC_BLOCK_ENTRY_META];
      PangoLayout *meta = create_layout (self, RC_BLOCK_ENTRY_META, block_text (meta_block));
      PangoRectangle logical;
      double meta_baseline = pango_units_to_double (pango_layout_get_baseline (meta));

      /* Right-aligned beside the title, on the title's baseline. */
      pango_layout_get_extents (meta, NULL, &logical);
      cairo_set_source_rgb (cr, meta_style->gray, meta_style->gray, meta_style->gray);
      show_first_line (cr, meta,
                       RC_PDF_MARGIN + column_width (self) - pango_units_to_double (logical.width) -
                       pango_units_to_double (logical.x),
                       y + measure->baseline - meta_baseline);
    }
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              GPtrArray       *blocks)
{
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE (1, 16, 0)
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Resume Coach");

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      if (block != NULL && block_kind (block) == RC_BLOCK_NAME && *block_text (block) != '\0')
        {
          g_autofree char *printable = dup_printable (block_text (block));
          const char *name = printable != NULL ? printable : block_text (block);

          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, name);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, name);
          break;
        }
    }
#endif
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
  set_metadata (surface, blocks);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      rc_pdf_layout_draw_page (self, blocks, page, cr);
      cairo_show_page (cr);
    }

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
  collect_boxes (self, blocks);
  self->n_pages = break_pages (self, self->pieces);
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
  Cursor cursor = { .box = NO_BLOCK };

  g_return_if_fail (RC_IS_PDF_LAYOUT (self));
  g_return_if_fail (blocks != NULL);
  g_return_if_fail (cr != NULL);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);

      if (piece->page == page)
        draw_piece (self, cr, blocks, piece, &cursor);
      else if (piece->page > page)
        break;
    }
  cursor_clear (&cursor);
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
      const Box *box = box_at (self, piece->box);

      if (piece->page < page)
        continue;
      if (piece->page > page || RC_PDF_MARGIN + piece->y > y)
        break;

      /* The meta line beside a title is a block of its own: the right half of the title. */
      found = box->meta != NO_BLOCK && x > RC_PDF_MARGIN + column_width (self) / 2
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
  g_ptr_array_set_size (self->by_run, 0);
  g_hash_table_remove_all (self->measures);

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
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (template_names); i++)
    if (g_ascii_strcasecmp (name, template_names[i]) == 0)
      {
        if (template_ != NULL)
          *template_ = (RcPdfTemplate) i;
        return TRUE;
      }
  return FALSE;
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
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (paper_names); i++)
    if (g_ascii_strcasecmp (name, paper_names[i]) == 0)
      {
        if (paper != NULL)
          *paper = (RcPdfPaper) i;
        return TRUE;
      }
  return FALSE;
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
  g_clear_pointer (&self->boxes, g_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  for (guint i = 0; i < N_KINDS; i++)
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

  for (guint i = 0; i < N_KINDS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i], (int) (kind_styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[i], kind_styles[i].weight);
    }

  self->measures = g_hash_table_new_full (measure_hash, measure_equal, measure_free, NULL);
  self->by_run = g_ptr_array_new ();
  self->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  use_fonts (self, FALSE);
}
