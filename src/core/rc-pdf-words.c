/* rc-pdf-words.c — measuring a plain paragraph or bullet from its words' widths
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango shapes and breaks a whole paragraph each time it lays one out; in a batch every
 * bullet is new text, and that was most of a check's time. Words come back from resume to
 * resume, so here each word is shaped once (by Pango, in the block's font) and a line is
 * filled from the sums, in Pango's integer units. This is exact only where Pango breaks as
 * a greedy fill does, so it is tried only on text whose only break opportunities are single
 * spaces (ASCII letters, digits and punctuation that never opens a break), in one font, left
 * aligned without letter spacing, and it gives up (Pango measures the text) when a line ends
 * within a space's width of the column, where it matters whether the space at the end of a
 * line counts, or when a word is wider than the column.
 */
#include "config.h"

#include <string.h>

#include "rc-pdf-private.h"

/* a word cache this size is a long batch's vocabulary; past it, start again */
#define MAX_WORDS 100000

static gboolean words_enabled = TRUE;

/**
 * rc_pdf_set_word_measure:
 * @enabled: whether plain text is measured from word widths
 *
 * For tests that compare it with Pango's own measure; on by default.
 */
void
rc_pdf_set_word_measure (gboolean enabled)
{
  words_enabled = enabled;
}

void
rc_pdf_words_forget (RcPdfLayout *self)
{
  if (self->word_widths != NULL)
    g_hash_table_remove_all (self->word_widths);
  memset (self->line_height, 0, sizeof self->line_height);
}

static gboolean
is_plain_char (char c)
{
  /* no break before or after any of these next to a letter or digit (UAX #14: AL, NU, IS,
   * OP, CP, PO, PR), so the spaces are the only places a line can end */
  return g_ascii_isalnum (c) || (c != '\0' && strchr (".,;:&%$#@()'", c) != NULL);
}

/* @text is words of plain characters, one space between each. An apostrophe (a quotation
 * mark to UAX #14) only inside a word and an opening parenthesis not at a word's end: either
 * before a space would keep the next word on the line (rules LB14 and LB15); and no word
 * starts with a closing parenthesis or punctuation, which never begins a line (LB13), or
 * with a percent sign. */
static gboolean
is_plain_text (const char *text)
{
  const char *p = text;

  if (*p == '\0' || *p == ' ')
    return FALSE;
  for (; *p != '\0'; p++)
    if (*p == ' ' ? p[1] == ' ' || p[1] == '\0' : !is_plain_char (*p))
      return FALSE;
    else if (*p == '\'' && (p == text || p[-1] == ' ' || p[1] == ' ' || p[1] == '\0'))
      return FALSE;
    else if (*p == '(' && (p[1] == ' ' || p[1] == '\0'))
      return FALSE;
    else if ((p == text || p[-1] == ' ') && strchr (").,;:%", *p) != NULL)
      return FALSE;
  return TRUE;
}

static int
layout_width (RcPdfLayout *self,
              RcBlockKind  kind,
              const char  *text,
              gsize        length)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, self->fonts[kind]);
  pango_layout_set_text (layout, text, (int) length);
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width;
}

/* The width of @word (@length bytes) in @kind's font, in Pango units, shaped once */
static int
word_width (RcPdfLayout *self,
            RcBlockKind  kind,
            const char  *word,
            gsize        length)
{
  char key[128];  /* the kind, then the word: looked up without allocating */
  gpointer value;
  int width;

  if (length + 2 > sizeof key)
    return layout_width (self, kind, word, length);
  key[0] = (char) ('a' + kind);
  memcpy (key + 1, word, length);
  key[length + 1] = '\0';
  if (g_hash_table_lookup_extended (self->word_widths, key, NULL, &value))
    return GPOINTER_TO_INT (value);
  if (g_hash_table_size (self->word_widths) >= MAX_WORDS)
    g_hash_table_remove_all (self->word_widths);
  width = layout_width (self, kind, word, length);
  g_hash_table_insert (self->word_widths, g_strdup (key), GINT_TO_POINTER (width));
  return width;
}

/* A space's kerning with character @c after it (@after) or before it, in @kind's font */
static int
space_kerning (RcPdfLayout *self,
               RcBlockKind  kind,
               char         c,
               gboolean     after)
{
  int (*table)[128] = after ? self->kern_after_space : self->kern_then_space;
  guchar index = (guchar) c & 0x7f;

  if (table[kind][index] == G_MININT)
    {
      char pair[3] = { after ? ' ' : c, after ? c : ' ', '\0' };

      table[kind][index] = layout_width (self, kind, pair, 2) - self->space_width[kind] -
                           layout_width (self, kind, &c, 1);
    }
  return table[kind][index];
}

/* A line's height and first baseline in @kind's font, and a space's width, measured once */
static void
measure_kind (RcPdfLayout *self,
              RcBlockKind  kind)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  PangoLayoutIter *iter;
  int y0, y1;

  pango_layout_set_font_description (layout, self->fonts[kind]);
  pango_layout_set_text (layout, "Ag", -1);
  iter = pango_layout_get_iter (layout);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_free (iter);
  self->line_height[kind] = y1 - y0;
  self->first_baseline[kind] = pango_layout_get_baseline (layout);
  self->space_width[kind] = layout_width (self, kind, " ", 1);
  for (guint c = 0; c < 128; c++)
    self->kern_then_space[kind][c] = self->kern_after_space[kind][c] = G_MININT;
}

/**
 * rc_pdf_measure_words:
 * @self: a layout
 * @kind: the block's kind
 * @text: its printable text
 *
 * Returns: (transfer full) (nullable): the measure Pango would give @text, or %NULL when
 *   only Pango can tell
 */
Measure *
rc_pdf_measure_words (RcPdfLayout *self,
                      RcBlockKind  kind,
                      const char  *text)
{
  const RcPdfKindStyle *style = &self->style->kinds[kind];
  g_autoptr(GArray) widths = NULL;
  int column, line = -1, widest = 0;
  char last = '\0';
  guint n_lines = 1;
  Measure *measure;

  /* a contact or meta line is kept in parts, a heading draws a rule under its text */
  if (!words_enabled || kind == RC_BLOCK_CONTACT || kind == RC_BLOCK_ENTRY_META ||
      kind == RC_BLOCK_HEADING ||
      style->tracking > 0.0 || style->align != PANGO_ALIGN_LEFT || self->system_fonts ||
      !is_plain_text (text))
    return NULL;

  if (self->word_widths == NULL)
    self->word_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (self->line_height[kind] == 0)
    measure_kind (self, kind);
  column = pango_units_from_double (rc_pdf_column_width (self) - style->indent);

  for (const char *word = text; *word != '\0';)
    {
      const char *end = strchr (word, ' ');
      gsize length = end != NULL ? (gsize) (end - word) : strlen (word);
      int width = word_width (self, kind, word, length);
      /* the kerning of the word's last letter with the space after it, which a line that
       * ends there keeps (Pango zeroes only the space), and that space */
      int kern = end != NULL ? space_kerning (self, kind, word[length - 1], FALSE) : 0;
      int after = end != NULL ? self->space_width[kind] + kern : 0;
      int space;

      if (width > column)
        return NULL;  /* broken inside the word */
      space = line < 0 ? 0 : self->space_width[kind] + space_kerning (self, kind, last, FALSE) +
                             space_kerning (self, kind, *word, TRUE);
      if (line < 0)
        line = width;
      else if (line + space + width + after <= column)
        line += space + width;  /* fits, with or without the space after it */
      else if (line + space + width + MIN (kern, 0) > column)
        {
          widest = MAX (widest, line + space_kerning (self, kind, last, FALSE));
          line = width;
          n_lines++;
        }
      else
        return NULL;  /* fits only if a line's last space does not count */
      last = word[length - 1];
      word = end != NULL ? end + 1 : word + length;
    }
  widest = MAX (widest, line);

  measure = g_new0 (Measure, 1);
  measure->kind = kind;
  measure->text = g_strdup (text);
  measure->n_lines = n_lines;
  measure->bottoms = g_new0 (double, n_lines);
  for (guint i = 0; i < n_lines; i++)
    measure->bottoms[i] = pango_units_to_double ((int) (i + 1) * self->line_height[kind]);
  measure->text_height = measure->bottoms[n_lines - 1];
  measure->right = pango_units_to_double (widest);
  measure->baseline = pango_units_to_double (self->first_baseline[kind]);
  return measure;
}
