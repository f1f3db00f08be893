/* rc-import-pdf.c — a PDF resume into lines: text in poppler's reading order, sizes, indents
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

/* Reads one page's lines into @lines, with their facts in @facts */
static void
read_page (PopplerPage *page,
           guint        number,
           GPtrArray   *lines,
           GArray      *facts)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GList *attributes;
  const char *start;
  guint index = 0;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return;
  attributes = poppler_page_get_text_attributes (page);
  start = text;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      if (*p == '\n' || *p == '\0')
        {
          g_autofree char *line_text = g_strndup (start, (gsize) (p - start));
          guint first = index - (guint) g_utf8_strlen (start, p - start);
          LineFacts f = { 0, 0, 0, 0, FALSE };

          if (*g_strstrip (line_text) != '\0' && first < n_rects &&
              lines->len < RC_IMPORT_MAX_LINES)
            {
              RcImportLine *line = rc_import_line_new (line_text);

              f.x = rects[first].x1;
              f.top = rects[first].y1;
              f.bottom = rects[first].y2;
              font_at (attributes, first, &f.size, &f.bold);
              line->bold = f.bold;
              line->page = number;
              line->x = f.x;
              g_ptr_array_add (lines, line);
              g_array_append_val (facts, f);
            }
          if (*p == '\0')
            break;
          start = p + 1;
        }
      index++;
    }
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

/**
 * rc_import_pdf_lines:
 * @data: the bytes of a PDF
 * @length: their number
 * @error: a one-line reason: encrypted, damaged, too many pages, no text (a scan)
 *
 * Returns: (transfer full) (element-type RcImportLine) (nullable): the lines in reading order
 */
GPtrArray *
rc_import_pdf_lines (const char  *data,
                     gsize        length,
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

      if (page != NULL)
        read_page (page, (guint) i + 1, lines, facts);
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
  return g_steal_pointer (&lines);
}
