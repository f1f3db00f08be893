/* rc-import-pdf.c — a PDF resume into lines: text in reading order (columns apart), sizes, indents
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "rc-import-private.h"
#include "rc-office-private.h"

/* poppler-glib 22.12 declares no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* a resume has one to three pages; a long CV a dozen */
#define MAX_PAGES 40

typedef struct
{
  double size;    /* the font size of its first character */
  double x;
  double top;
  double bottom;
  double left;    /* where its column's text starts */
  gboolean bold;
} LineFacts;

static gboolean
set_error (GError     **error,
           int          code,
           const char  *message)
{
  g_set_error_literal (error, RC_IMPORT_ERROR, code, message);
  return FALSE;
}

/* The attributes' font size and weight at character @index */
static void
font_at (GList  *attributes,
         guint   index,
         double *size,
         gboolean *bold)
{
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      if ((guint) a->start_index <= index && index <= (guint) a->end_index)
        {
          *size = a->font_size;
          *bold = a->font_name != NULL && (strstr (a->font_name, "Bold") != NULL ||
                                           strstr (a->font_name, "bold") != NULL ||
                                           strstr (a->font_name, "Black") != NULL);
          return;
        }
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* A piece of one of poppler's lines: its characters from @first to @last, on one side of a
 * column gap (or across the page) */
typedef struct
{
  guint first;
  guint last;
  int   column;  /* 0: across the gap (or no gap), 1: left, 2: right */
  guint band;    /* how many lines across the gap come above it */
  double top;
  double x;
} Piece;

/* U+FFFD and private use: a glyph its font gives no text for (an icon, most often) */
static gboolean
is_unreadable (gunichar c)
{
  return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF);
}

/* a line's text starts and ends with a character that reads as text */
static gboolean
is_ink (gunichar c)
{
  return !g_unichar_isspace (c) && !is_unreadable (c);
}

/* How many lines have text left of @start and how many right of @end, none between */
static void
count_sides (const char       *text,
             PopplerRectangle *rects,
             guint             n_rects,
             double            start,
             double            end,
             guint            *left,
             guint            *right)
{
  gboolean has_left = FALSE, has_right = FALSE, across = FALSE;
  const char *p = text;

  *left = *right = 0;
  for (guint i = 0; i <= n_rects; i++, p = g_utf8_next_char (p))
    {
      gunichar c = i < n_rects ? g_utf8_get_char (p) : '\n';

      if (c == '\n' || c == '\0')
        {
          *left += has_left && !across;
          *right += has_right && !across;
          has_left = has_right = across = FALSE;
          if (c == '\0')
            break;
        }
      else if (is_ink (c))
        {
          has_left |= rects[i].x2 <= start;
          has_right |= rects[i].x1 >= end;
          across |= rects[i].x2 > start && rects[i].x1 < end;
        }
    }
}

/* A vertical band (at least 10 points wide, inside the text's middle) that fewest lines cross,
 * at most a tenth of them, with a fifth of them on each side: a column gap. A single column's
 * ragged right edge has no text beyond it. Its edges in @gap_start and @gap_end. */
static gboolean
find_gap (const char       *text,
          PopplerRectangle *rects,
          guint             n_rects,
          double           *gap_start,
          double           *gap_end)
{
  g_autofree guint *count = NULL;
  g_autofree guint8 *seen = NULL;
  double left = G_MAXDOUBLE, right = 0;
  guint n_bins, n_lines = 1, run = 0, best = 0, fewest = G_MAXUINT;
  const char *p = text;

  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    if (is_ink (g_utf8_get_char (p)))
      {
        left = MIN (left, rects[i].x1);
        right = MAX (right, rects[i].x2);
      }
  /* a text narrower than a column pair, or wider than PDF's largest page (a broken file) */
  if (!(right - left >= 100 && right - left <= 14400))
    return FALSE;
  n_bins = (guint) ((right - left) / 2) + 1;
  count = g_new0 (guint, n_bins);
  seen = g_new0 (guint8, n_bins);
  p = text;
  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          memset (seen, 0, n_bins);
          n_lines++;
          continue;
        }
      /* not a number in a broken file: no place on the page */
      if (!is_ink (c) || !(rects[i].x1 >= left && rects[i].x2 <= right))
        continue;
      for (guint b = (guint) ((rects[i].x1 - left) / 2);
           b <= (guint) ((rects[i].x2 - left) / 2) && b < n_bins; b++)
        if (!seen[b])
          {
            seen[b] = 1;
            count[b]++;
          }
    }
  if (n_lines < 12)
    return FALSE;
  /* of the bands fewest lines cross, the widest */
  for (guint b = n_bins / 6; b < n_bins - n_bins / 6; b++)
    fewest = MIN (fewest, count[b]);
  if (fewest * 10 > n_lines)
    return FALSE;
  for (guint b = n_bins / 6; b <= n_bins - n_bins / 6; b++)
    {
      guint on_left, on_right;

      if (b < n_bins - n_bins / 6 && count[b] == fewest)
        {
          run++;
          continue;
        }
      if (run >= 5 && run > best)
        {
          count_sides (text, rects, n_rects, left + (b - run) * 2.0, left + b * 2.0, &on_left,
                       &on_right);
          if (on_left * 5 >= n_lines && on_right * 5 >= n_lines)
            {
              best = run;
              *gap_start = left + (b - run) * 2.0;
              *gap_end = left + b * 2.0;
            }
        }
      run = 0;
    }
  return best > 0;
}

static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *x = a, *y = b;

  if (x->band != y->band)
    return x->band < y->band ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  if (fabs (x->top - y->top) > 1.0)
    return x->top < y->top ? -1 : 1;
  return x->x < y->x ? -1 : x->x > y->x;
}

/* Adds the pieces of the line of characters @first to @last (the newline excluded): apart at
 * a column gap, and there also where poppler ran on into the next line of the same column */
static void
add_pieces (const char       *line,
            guint             first,
            guint             last,
            PopplerRectangle *rects,
            gboolean          gap,
            double            gap_start,
            double            gap_end,
            GArray           *pieces)
{
  Piece sides[3] = { { 0, 0, -1, 0, 0, 0 }, { 0, 0, -1, 0, 0, 0 }, { 0, 0, -1, 0, 0, 0 } };
  gboolean across = !gap;
  const char *p = line;

  for (guint i = first; i < last && !across; i++, p = g_utf8_next_char (p))
    if (is_ink (g_utf8_get_char (p)) && rects[i].x2 > gap_start && rects[i].x1 < gap_end)
      across = TRUE;
  p = line;
  for (guint i = first; i < last; i++, p = g_utf8_next_char (p))
    {
      int side = across ? 0 : (rects[i].x1 + rects[i].x2) / 2 < gap_start ? 1 : 2;
      Piece *piece = &sides[side];

      if (!is_ink (g_utf8_get_char (p)))
        continue;
      if (piece->column >= 0 && gap &&
          fabs (rects[i].y1 - rects[piece->last].y1) > (rects[i].y2 - rects[i].y1) / 2)
        {
          g_array_append_val (pieces, *piece);
          piece->column = -1;
        }
      if (piece->column < 0)
        *piece = (Piece) { i, i, side, 0, rects[i].y1, rects[i].x1 };
      piece->last = i;
    }
  for (guint s = 0; s < 3; s++)
    if (sides[s].column >= 0)
      g_array_append_val (pieces, sides[s]);
}

/* The page's lines in reading order: poppler's, or in two columns the left one (with the text
 * across the page above it) before the right. Returns whether the page is set in columns. */
static gboolean
page_pieces (const char       *text,
             PopplerRectangle *rects,
             guint             n_rects,
             GArray           *pieces)
{
  double gap_start = 0, gap_end = 0;
  gboolean gap = find_gap (text, rects, n_rects, &gap_start, &gap_end);
  g_autoptr(GArray) across = NULL;
  const char *start = text;
  guint index = 0, first = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      if (*p == '\n' || *p == '\0')
        {
          if (index <= n_rects)
            add_pieces (start, first, index, rects, gap, gap_start, gap_end, pieces);
          if (*p == '\0')
            break;
          start = p + 1;
          first = index + 1;
        }
      index++;
    }
  if (!gap)
    return FALSE;
  /* a piece's band: how many lines across the gap start above it */
  across = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < pieces->len; i++)
    if (g_array_index (pieces, Piece, i).column == 0)
      g_array_append_val (across, g_array_index (pieces, Piece, i).top);
  g_array_sort (across, compare_doubles);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      guint low = 0, high = across->len;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (g_array_index (across, double, middle) < piece->top - 1.0)
            low = middle + 1;
          else
            high = middle;
        }
      piece->band = low;
    }
  g_array_sort (pieces, compare_pieces);
  return TRUE;
}

/* What an ATS loses on the page: pictures, characters with no Unicode */
static void
describe_page (PopplerPage *page,
               const char  *text,
               gboolean     columns,
               RcPdfPage   *about)
{
  GList *images = poppler_page_get_image_mapping (page);

  about->columns = columns;
  about->images = images != NULL;
  about->words = rc_import_count_words (text);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (is_unreadable (g_utf8_get_char (p)))
        about->unreadable++;
    }
  poppler_page_free_image_mapping (images);
}

/* Reads one page's lines into @lines, with their facts in @facts; what an ATS loses there
 * into @about (nullable) */
static void
read_page (PopplerPage *page,
           guint        number,
           GPtrArray   *lines,
           GArray      *facts,
           RcPdfPage   *about)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autofree char **starts = NULL;
  PopplerRectangle *rects = NULL;
  guint n_rects = 0, n_chars, index = 0;
  double left[3] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE };
  GList *attributes;
  gboolean columns;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      if (about != NULL)
        describe_page (page, text != NULL ? text : "", FALSE, about);
      return;
    }
  n_chars = (guint) g_utf8_strlen (text, -1);
  starts = g_new (char *, n_chars + 1);
  for (char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    starts[index++] = p;
  starts[index] = text + strlen (text);
  columns = page_pieces (text, rects, MIN (n_rects, n_chars), pieces);
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);

      left[piece->column] = MIN (left[piece->column], piece->x);
    }
  attributes = poppler_page_get_text_attributes (page);
  for (guint i = 0; i < pieces->len && lines->len < RC_IMPORT_MAX_LINES; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);
      g_autofree char *line_text = g_strndup (starts[piece->first],
                                              (gsize) (starts[piece->last + 1] -
                                                       starts[piece->first]));
      LineFacts f = { 0, piece->x, rects[piece->first].y1, rects[piece->first].y2,
                      left[piece->column], FALSE };
      RcImportLine *line = rc_import_line_new (g_strstrip (line_text));

      font_at (attributes, piece->first, &f.size, &f.bold);
      line->bold = f.bold;
      line->page = number;
      line->x = f.x;
      g_ptr_array_add (lines, line);
      g_array_append_val (facts, f);
    }
  if (about != NULL)
    describe_page (page, text, columns, about);
  poppler_page_free_text_attributes (attributes);
  g_free (rects);
}

static gboolean
has_date (const char *text)
{
  g_autofree char *start = NULL, *end = NULL;
  gsize begin, stop;

  return rc_import_find_dates (text, &begin, &stop, &start, &end);
}

/* A date set flush right on its entry's line ("Strathmore Cloud · Jan 2023") comes out of the
 * reading order after the text under the entry: it goes back beside its line */
static void
join_right_dates (GPtrArray *lines,
                  GArray    *facts)
{
  for (guint i = 1; i < lines->len; i++)
    {
      LineFacts f = g_array_index (facts, LineFacts, i);
      RcImportLine *line = g_ptr_array_index (lines, i);

      /* poppler may put it a whole block later: look back over the page */
      for (guint j = i > 200 ? i - 200 : 0; j + 1 < i; j++)
        {
          const LineFacts *g = &g_array_index (facts, LineFacts, j);
          const RcImportLine *other = g_ptr_array_index (lines, j);

          if (other->page != line->page || fabs (g->top - f.top) > 1.0 || g->x >= f.x ||
              !has_date (line->text))
            continue;
          g_ptr_array_steal_index (lines, i);
          g_ptr_array_insert (lines, (gint) j + 1, line);
          g_array_remove_index (facts, i);
          g_array_insert_val (facts, j + 1, f);
          break;
        }
    }
}

/* A browser prints a list's markers as drawings, not text: with no marker anywhere, a line
 * set in from its column starts an item when the line above is not, or ends a sentence at
 * the same indent (else it is that item wrapped). A list is set in by a marker's width, less
 * than an inch: a line that starts further in is centred or pushed right (an entry's dates
 * and place), no item. */
#define MAX_ITEM_INDENT 72.0

static void
mark_drawn_items (GPtrArray *lines,
                  GArray    *facts)
{
  for (guint i = 0; i < lines->len; i++)
    if (rc_import_after_marker (((RcImportLine *) g_ptr_array_index (lines, i))->text) != NULL)
      return;
  for (guint i = 1; i < lines->len; i++)
    {
      RcImportLine *line = g_ptr_array_index (lines, i);
      const RcImportLine *prev_line = g_ptr_array_index (lines, i - 1);
      const LineFacts *f = &g_array_index (facts, LineFacts, i);
      const LineFacts *prev = &g_array_index (facts, LineFacts, i - 1);

      if (line->heading_level > 0 || f->x <= f->left + 4 || f->x > f->left + MAX_ITEM_INDENT ||
          prev_line->page != line->page)
        continue;
      line->list_item = prev->x <= prev->left + 4 || prev_line->heading_level > 0 ||
                        (fabs (prev->x - f->x) < 1 && rc_import_ends_sentence (prev_line->text));
    }
}

/* Headings by size: the largest text of the first lines is the name; text larger than the
 * body (or bold, short and alone) a heading. An empty line before: a gap over half a line. */
static void
mark_lines (GPtrArray *lines,
            GArray    *facts)
{
  g_autofree double *sizes = g_new (double, MAX (facts->len, 1));
  double body, largest = 0;

  for (guint i = 0; i < facts->len; i++)
    sizes[i] = g_array_index (facts, LineFacts, i).size;
  qsort (sizes, facts->len, sizeof (double), compare_doubles);
  body = facts->len > 0 ? sizes[facts->len / 2] : 0;
  for (guint i = 0; i < MIN (facts->len, 5); i++)
    largest = MAX (largest, g_array_index (facts, LineFacts, i).size);

  for (guint i = 0; i < lines->len; i++)
    {
      RcImportLine *line = g_ptr_array_index (lines, i);
      const LineFacts *f = &g_array_index (facts, LineFacts, i);
      const LineFacts *prev = i > 0 ? &g_array_index (facts, LineFacts, i - 1) : NULL;
      const RcImportLine *prev_line = i > 0 ? g_ptr_array_index (lines, i - 1) : NULL;

      if (i < 5 && f->size >= largest && largest > body * 1.3)
        line->heading_level = 1;
      else if (f->size > body * 1.15)
        line->heading_level = 2;
      if (prev != NULL && (prev_line->page != line->page ||
                           f->top - prev->bottom > (f->bottom - f->top) * 0.5))
        line->blank_before = TRUE;
    }
}

/* The lines in reading order; what an ATS loses on each page into @pages (element-type
 * RcPdfPage, nullable) */
GPtrArray *
rc_office_pdf_read (const char  *data,
                    gsize        length,
                    GArray      *pages_out,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GError) local = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) facts = NULL;
  int pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &local);
  if (document == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        set_error (error, RC_IMPORT_ERROR_ENCRYPTED,
                   _("the PDF is protected by a password; save an unprotected copy first"));
      else
        set_error (error, RC_IMPORT_ERROR_CORRUPT, _("the PDF is damaged and cannot be read"));
      return NULL;
    }
  pages = poppler_document_get_n_pages (document);
  if (pages > MAX_PAGES)
    {
      g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                   _("the PDF has %d pages, more than any resume (at most %d)"), pages,
                   MAX_PAGES);
      return NULL;
    }
  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_line_free);
  facts = g_array_new (FALSE, TRUE, sizeof (LineFacts));
  for (int i = 0; i < pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      RcPdfPage about = { FALSE, FALSE, 0, 0 };

      if (page != NULL)
        read_page (page, (guint) i + 1, lines, facts, pages_out != NULL ? &about : NULL);
      if (pages_out != NULL)
        g_array_append_val (pages_out, about);
    }
  if (lines->len == 0)
    {
      set_error (error, RC_IMPORT_ERROR_EMPTY,
                 _("the PDF holds no text, only images (a scan?); an ATS reads nothing in it "
                   "either"));
      return NULL;
    }
  join_right_dates (lines, facts);
  mark_lines (lines, facts);
  mark_drawn_items (lines, facts);
  return g_steal_pointer (&lines);
}

/**
 * rc_import_pdf_lines:
 * @data: the bytes of a PDF
 * @length: their number
 * @error: a one-line reason: encrypted, damaged, too many pages, no text (a scan)
 *
 * Returns: (transfer full) (element-type RcImportLine) (nullable): the lines in reading order,
 *   a page in two columns the left column before the right
 */
GPtrArray *
rc_office_pdf_lines (const char  *data,
                     gsize        length,
                     GError     **error)
{
  return rc_import_pdf_read (data, length, NULL, error);
}
