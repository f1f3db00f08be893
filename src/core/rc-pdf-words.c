/* rc-pdf-words.c — measuring a block from its words' widths
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango itemizes, shapes and breaks a whole paragraph each time it lays one out, and that was
 * most of a check's time. Words come back from bullet to bullet and resume to resume, so here
 * each word is shaped once, by HarfBuzz in the kind's own font as Pango shapes a run, and a
 * line is filled from the sums, in Pango's integer units.
 *
 * Two kinds of text are measured so. Plain text, whose only break opportunities are single
 * spaces and hyphens between letters (ASCII letters, digits and punctuation that never opens
 * a break), in a left-aligned kind without letter spacing, is filled line by line as a greedy
 * fill does, which is how Pango breaks it; a fill gives up (Pango measures the text) when a
 * line ends within a space's width of the column, where it matters whether the space at the
 * end of a line counts, or when a word is wider than the column. Any other text of Latin and
 * common characters that the kind's first font has, one space between words, is measured
 * when it fits on one line, where its breaks do not matter: a date and place line, a contact
 * line, a centred label, and in ASCII a letter-spaced name or heading (Pango adds the spacing
 * between characters, not at a line's ends, and turns ligatures off).
 */
#include "config.h"

#include <string.h>

#include "rc-hash-private.h"
#include "rc-pdf-fonts-private.h"
#include "rc-pdf.h"
#include "rc-pdf-private.h"
#include "rc-width-store.h"

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
  if (self->kern_other != NULL)
    g_hash_table_remove_all (self->kern_other);
  for (guint kind = 0; kind < RC_PDF_N_KINDS; kind++)
    g_clear_object (&self->kind_font[kind]);
  memset (self->line_height, 0, sizeof self->line_height);
  memset (self->width_seed, 0, sizeof self->width_seed);
}

void
rc_pdf_words_free (RcPdfLayout *self)
{
  rc_pdf_words_forget (self);
  g_clear_pointer (&self->word_widths, g_hash_table_unref);
  g_clear_pointer (&self->kern_other, g_hash_table_unref);
  g_clear_pointer (&self->shaping, hb_buffer_destroy);
}

/* No break before or after any of these next to a letter or digit (UAX #14: AL, NU, IS, OP,
 * CP, PO, PR), so the spaces are the only places a line can end */
static gboolean
is_plain_char (char c)
{
  switch (c)
    {
    case '.': case ',': case ';': case ':': case '&': case '%': case '$': case '#': case '@':
    case '(': case ')': case '\'':
      return TRUE;
    default:
      return g_ascii_isalnum (c);
    }
}

/* Never begins a line (LB13), or a percent sign */
static gboolean
never_starts_word (char c)
{
  switch (c)
    {
    case ')': case '.': case ',': case ';': case ':': case '%':
      return TRUE;
    default:
      return FALSE;
    }
}

/* @text is words of plain characters, one space between each, or two words of letters joined
 * by a hyphen, after which a line can also end (UAX #14 breaks after HY unless a number
 * follows, and never before it). An apostrophe (a quotation mark to UAX #14) only inside a
 * word and an opening parenthesis not at a word's end: either before a space would keep the
 * next word on the line (rules LB14 and LB15); and no word starts with never_starts_word(). */
static gboolean
is_plain_text (const char *text)
{
  const char *p = text;

  if (*p == '\0' || *p == ' ')
    return FALSE;
  for (; *p != '\0'; p++)
    if (*p == '-' && p > text && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[1]))
      continue;  /* a line may end after it (hyphen_break()) */
    else if (*p == ' ' ? p[1] == ' ' || p[1] == '\0' : !is_plain_char (*p))
      return FALSE;
    else if (*p == '\'' && (p == text || p[-1] == ' ' || p[1] == ' ' || p[1] == '\0'))
      return FALSE;
    else if (*p == '(' && (p[1] == ' ' || p[1] == '\0'))
      return FALSE;
    else if ((p == text || p[-1] == ' ') && never_starts_word (*p))
      return FALSE;
  return TRUE;
}

/* @text is valid UTF-8, words one space apart, of characters that print in a Latin run and
 * are not spaces, controls, format characters or unassigned; *@latin says whether it holds a
 * Latin letter (a line of dates and dashes is a run of the common script), *@ascii whether
 * it is all ASCII */
static gboolean
is_one_run_text (const char *text,
                 gboolean   *latin,
                 gboolean   *ascii)
{
  gboolean validated = FALSE;

  *latin = FALSE;
  *ascii = TRUE;
  if (*text == '\0' || *text == ' ')
    return FALSE;
  for (const char *p = text; *p != '\0';)
    {
      guchar b = (guchar) *p;
      GUnicodeScript script;
      gunichar c;

      if (b == ' ' && (p[1] == ' ' || p[1] == '\0'))
        return FALSE;
      if (b < 0x80)
        {
          if (b != ' ' && !g_ascii_isgraph (b))
            return FALSE;
          *latin = *latin || g_ascii_isalpha (b);
          p++;
          continue;
        }
      /* the rest is read as UTF-8 only once it is known to be */
      if (!validated && !g_utf8_validate (p, -1, NULL))
        return FALSE;
      validated = TRUE;
      *ascii = FALSE;
      c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      switch (g_unichar_type (c))
        {
        case G_UNICODE_CONTROL:
        case G_UNICODE_FORMAT:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_PRIVATE_USE:
        case G_UNICODE_SURROGATE:
        case G_UNICODE_SPACE_SEPARATOR:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
          return FALSE;
        default:
          break;
        }
      script = g_unichar_get_script (c);
      if (script == G_UNICODE_SCRIPT_LATIN)
        *latin = TRUE;
      else if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED)
        return FALSE;
    }
  return TRUE;
}

/* The character that starts at @p, read fast when it is ASCII */
static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p);
}

/* @kind's first font: the one Pango prints a character in when the font has it */
static PangoFont *
kind_font (RcPdfLayout *self,
           RcBlockKind  kind)
{
  if (self->kind_font[kind] == NULL)
    self->kind_font[kind] = pango_context_load_font (rc_pdf_get_context (self),
                                                     self->fonts[kind]);
  return self->kind_font[kind];
}

/* Pango turns ligatures off in letter-spaced text */
static const hb_feature_t no_ligatures[] = {
  { HB_TAG ('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
  { HB_TAG ('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
  { HB_TAG ('d', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
  { HB_TAG ('h', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
};

/* The width Pango gives @text (@length bytes) in @kind's font, in Pango units: the advances
 * HarfBuzz shapes it to as one run, as Pango shapes a run (rc-pdf.c turns off the hinting
 * and rounding that would change them). -1 when the font lacks a character, which Pango
 * would print in another font. */
static int
shape_width (RcPdfLayout *self,
             RcBlockKind  kind,
             const char  *text,
             gsize        length,
             gboolean     latin)
{
  PangoFont *font = kind_font (self, kind);
  PangoLanguage *language = pango_language_get_default ();  /* the context's: never set */
  hb_glyph_position_t *positions;
  unsigned int n_glyphs;
  int width = 0;

  /* measure_kind() found every ASCII character in the font */
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0x80 && !pango_font_has_char (font, g_utf8_get_char (p)))
      return -1;

  if (self->shaping == NULL)
    self->shaping = hb_buffer_create ();
  hb_buffer_reset (self->shaping);
  hb_buffer_add_utf8 (self->shaping, text, (int) length, 0, (int) length);
  hb_buffer_set_direction (self->shaping, HB_DIRECTION_LTR);
  hb_buffer_set_script (self->shaping, latin ? HB_SCRIPT_LATIN : HB_SCRIPT_COMMON);
  hb_buffer_set_language (self->shaping,
                          hb_language_from_string (pango_language_to_string (language), -1));
  hb_buffer_set_flags (self->shaping, HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT);
  hb_shape (pango_font_get_hb_font (font), self->shaping, no_ligatures,
            self->style->kinds[kind].tracking > 0.0 ? G_N_ELEMENTS (no_ligatures) : 0);

  positions = hb_buffer_get_glyph_positions (self->shaping, &n_glyphs);
  for (unsigned int i = 0; i < n_glyphs; i++)
    width += positions[i].x_advance;
  return width;
}

/* Change it with anything shape_width() asks of HarfBuzz or rc-pdf.c of Pango: the widths
 * earlier runs kept were shaped the old way */
#define WIDTHS_VERSION "2"

/* the widths earlier runs shaped (rc-width-store.h), once a word is shaped: the store itself,
 * or &width_store when there is none */
static RcWidthStore *width_store;

/* (nullable): the widths earlier runs shaped, in the user's cache, for the own fonts' files
 * as they are now and these HarfBuzz and Pango; NULL without the own fonts */
static RcWidthStore *
get_width_store (void)
{
  if (g_once_init_enter (&width_store))
    {
      const char *stamp = rc_pdf_fonts_get_own_stamp ();
      RcWidthStore *made = (RcWidthStore *) &width_store;

      if (stamp != NULL)
        {
          g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "resume-coach",
                                                    "widths", NULL);
          g_autofree char *identity = g_strdup_printf (
            "resume-coach widths " WIDTHS_VERSION "|%s|harfbuzz %s|pango %s", stamp,
            hb_version_string (), pango_version_string ());

          made = rc_width_store_new (path, identity);
        }
      g_once_init_leave (&width_store, made);
    }
  return width_store != (RcWidthStore *) &width_store ? width_store : NULL;
}

gboolean
rc_pdf_save_widths (GError **error)
{
  RcWidthStore *store = g_atomic_pointer_get (&width_store);

  /* nothing was shaped, or there is no store */
  if (store == NULL || store == (RcWidthStore *) &width_store)
    return TRUE;
  return rc_width_store_save (store, error);
}

/* What a width in @kind's font depends on besides the text: the font, as Pango names it
 * (family, style, weight, size), whether ligatures are off, the script and the language; a
 * whole hash, so that no two seeds make the same key of different texts */
static guint64
width_seed (RcPdfLayout *self,
            RcBlockKind  kind,
            gboolean     latin)
{
  guint64 *seed = &self->width_seed[latin][kind];

  if (*seed == 0)
    {
      g_autofree char *font = pango_font_description_to_string (self->fonts[kind]);
      g_autofree char *text = g_strdup_printf (
        "%s|%d|%d|%s", font, self->style->kinds[kind].tracking > 0.0, latin,
        pango_language_to_string (pango_language_get_default ()));

      *seed = rc_hash_bytes (text, strlen (text), 0);
      RC_HASH_MIX (*seed);
      *seed |= 1;
    }
  return *seed;
}

/* shape_width(), kept between runs */
static int
shaped_width (RcPdfLayout *self,
              RcBlockKind  kind,
              const char  *text,
              gsize        length,
              gboolean     latin)
{
  RcWidthStore *store = get_width_store ();
  guint64 key = 0;
  int width;

  if (store != NULL)
    {
      key = rc_hash_bytes (text, length, width_seed (self, kind, latin));
      RC_HASH_MIX (key);
      if (rc_width_store_lookup (store, key, &width))
        return width;
    }
  width = shape_width (self, kind, text, length, latin);
  if (store != NULL)
    rc_width_store_add (store, key, width);
  return width;
}

/* The width of @word (@length bytes) in @kind's font, as shaped_width(), shaped once */
static int
word_width (RcPdfLayout *self,
            RcBlockKind  kind,
            const char  *word,
            gsize        length,
            gboolean     latin)
{
  char key[128];  /* the kind and script, then the word: looked up without allocating */
  gpointer value;
  int width;

  if (length + 3 > sizeof key)
    return shaped_width (self, kind, word, length, latin);
  key[0] = (char) ('a' + kind);
  key[1] = latin ? 'l' : 'c';
  memcpy (key + 2, word, length);
  key[length + 2] = '\0';
  if (g_hash_table_lookup_extended (self->word_widths, key, NULL, &value))
    return GPOINTER_TO_INT (value);
  if (g_hash_table_size (self->word_widths) >= MAX_WORDS)
    g_hash_table_remove_all (self->word_widths);
  width = shaped_width (self, kind, word, length, latin);
  g_hash_table_insert (self->word_widths, g_strdup (key), GINT_TO_POINTER (width));
  return width;
}

/* The kerning of a space with character @c after it (@after) or before it, in @kind's font,
 * which has @c */
static int
space_kerning (RcPdfLayout *self,
               RcBlockKind  kind,
               gunichar     c,
               gboolean     after,
               gboolean     latin)
{
  int *slot = c < 0x80 ? &self->kern_space[latin][after][kind][c] : NULL;
  gpointer key = GUINT_TO_POINTER (c << 5 | (guint) kind << 2 | (guint) latin << 1 | (guint) after);
  gpointer value;
  char pair[8];
  int n, kerning;

  if (slot != NULL && *slot != G_MININT)
    return *slot;
  if (slot == NULL && self->kern_other != NULL &&
      g_hash_table_lookup_extended (self->kern_other, key, NULL, &value))
    return GPOINTER_TO_INT (value);

  pair[0] = ' ';
  n = g_unichar_to_utf8 (c, pair + 1);
  kerning = -shaped_width (self, kind, pair + 1, n, latin) - self->space_width[kind];
  if (!after)
    {
      memmove (pair, pair + 1, n);
      pair[n] = ' ';
    }
  kerning += shaped_width (self, kind, pair, n + 1, latin);

  if (slot != NULL)
    *slot = kerning;
  else
    {
      if (self->kern_other == NULL)
        self->kern_other = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (self->kern_other, key, GINT_TO_POINTER (kerning));
    }
  return kerning;
}

/* A line's height and first baseline in @kind's font, as Pango takes them from its extents,
 * or a line height of -1 when Pango would print some ASCII character in another font: FALSE
 * when the font did not load */
static gboolean
kind_metrics (RcPdfLayout *self,
              RcBlockKind  kind,
              int          metrics[2])
{
  PangoFont *font = kind_font (self, kind);
  hb_font_extents_t extents;
  PangoCoverage *coverage;
  gboolean all_ascii = TRUE;

  if (font == NULL)
    return FALSE;
  /* as pango_font_has_char() asks, with the coverage made once instead of per character */
  coverage = pango_font_get_coverage (font, pango_language_get_default ());
  for (gunichar c = 0x20; all_ascii && c < 0x7f; c++)
    all_ascii = pango_coverage_get (coverage, c) != PANGO_COVERAGE_NONE;
  pango_coverage_unref (coverage);
  metrics[0] = metrics[1] = -1;
  if (all_ascii)
    {
      hb_font_get_h_extents (pango_font_get_hb_font (font), &extents);
      metrics[0] = extents.ascender - extents.descender;
      metrics[1] = extents.ascender;
    }
  return TRUE;
}

/* kind_metrics(), kept between runs beside the widths, under keys that no text has: a
 * text's hashes its bytes, which hold no NUL */
static gboolean
stored_kind_metrics (RcPdfLayout *self,
                     RcBlockKind  kind,
                     int          metrics[2])
{
  static const char names[2][14] = { "\0line-height", "\0baseline" };
  RcWidthStore *store = get_width_store ();
  guint64 keys[2];

  if (store == NULL)
    return kind_metrics (self, kind, metrics);
  for (guint i = 0; i < 2; i++)
    {
      keys[i] = rc_hash_bytes (names[i], sizeof names[i], width_seed (self, kind, FALSE));
      RC_HASH_MIX (keys[i]);
    }
  if (rc_width_store_lookup (store, keys[0], &metrics[0]) &&
      rc_width_store_lookup (store, keys[1], &metrics[1]))
    return TRUE;
  if (!kind_metrics (self, kind, metrics))
    return FALSE;
  for (guint i = 0; i < 2; i++)
    rc_width_store_add (store, keys[i], metrics[i]);
  return TRUE;
}

/* @kind's line metrics and a space's width, measured once */
static void
measure_kind (RcPdfLayout *self,
              RcBlockKind  kind)
{
  int metrics[2];

  self->line_height[kind] = -1;
  if (!stored_kind_metrics (self, kind, metrics) || metrics[0] < 0)
    return;
  self->line_height[kind] = metrics[0];
  self->first_baseline[kind] = metrics[1];
  self->space_width[kind] = shaped_width (self, kind, " ", 1, TRUE);
  for (guint latin = 0; latin < 2; latin++)
    for (guint after = 0; after < 2; after++)
      for (guint c = 0; c < 128; c++)
        self->kern_space[latin][after][kind][c] = G_MININT;
}

/* Where a line with @room Pango units left ends inside @word (@length bytes), which does not
 * fit whole: after its last hyphen whose part of the word fits, which returns that part's
 * width and sets *@split to the length of it; 0 when no part fits; -1 when one ends too near
 * the column to tell. Pango decides from the width of the part shaped inside the word, which
 * may kern the hyphen with the next letter, and then shapes it alone, as measured here; a
 * space's width of slack covers the difference. */
static int
hyphen_break (RcPdfLayout *self,
              RcBlockKind  kind,
              const char  *word,
              gsize        length,
              gboolean     latin,
              int          room,
              gsize       *split)
{
  int slack = self->space_width[kind];

  for (gsize h = length - 1; h > 0; h--)
    {
      int width;

      if (word[h] != '-')
        continue;
      width = word_width (self, kind, word, h + 1, latin);
      if (width + slack <= room)
        {
          *split = h + 1;
          return width;
        }
      if (width - slack <= room)
        return -1;
    }
  return 0;
}

/* Where Pango starts a line @width wide in a column @column wide, both in Pango units */
static int
line_start (PangoAlignment align,
            int            column,
            int            width)
{
  int x;

  if (align == PANGO_ALIGN_LEFT)
    return 0;
  x = align == PANGO_ALIGN_RIGHT ? column - width : (column - width) / 2;
  /* Pango keeps a centred line on whole points when the column and the line are */
  if (align == PANGO_ALIGN_CENTER && ((column | width) & (PANGO_SCALE - 1)) == 0)
    x = PANGO_UNITS_ROUND (x);
  return x;
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
  int column, line = -1, widest = 0;
  int spacing = pango_units_from_double (style->tracking);
  gunichar last = 0;
  guint n_lines = 1;
  gboolean latin, ascii, fill;
  Measure *measure;

  if (!words_enabled || self->system_fonts || !is_one_run_text (text, &latin, &ascii))
    return NULL;
  /* letter spacing goes between characters: ASCII ones are each a cluster of their own */
  if (spacing > 0 && !ascii)
    return NULL;
  /* a contact or meta line is kept in parts, a centred one starts where its width says, a
   * spaced one loses the spacing at a line's ends: all measured on one line only */
  fill = kind != RC_BLOCK_CONTACT && kind != RC_BLOCK_ENTRY_META &&
         style->align == PANGO_ALIGN_LEFT && spacing == 0 && is_plain_text (text);

  if (self->word_widths == NULL)
    self->word_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (self->line_height[kind] == 0)
    measure_kind (self, kind);
  if (self->line_height[kind] < 0)
    return NULL;
  column = pango_units_from_double (rc_pdf_column_width (self) - style->indent);

  for (const char *word = text; *word != '\0';)
    {
      const char *end = strchr (word, ' ');
      gsize length = end != NULL ? (gsize) (end - word) : strlen (word);
      int width = word_width (self, kind, word, length, latin);
      gunichar first = char_at (word);
      gunichar final = (guchar) word[length - 1] < 0x80
                       ? (guchar) word[length - 1]
                       : g_utf8_get_char (g_utf8_prev_char (word + length));
      int kern, after, space, part;
      gsize split;

      if (width < 0 || width > column)
        return NULL;  /* in another font, or broken inside the word */
      /* the spacing after each character but the line's last, space included */
      width += spacing * (int) (length - 1);
      /* the kerning of the word's last letter with the space after it, which a line that
       * ends there keeps (Pango zeroes only the space), and that space */
      kern = end != NULL ? space_kerning (self, kind, final, FALSE, latin) : 0;
      after = end != NULL ? self->space_width[kind] + kern + spacing : 0;
      space = line < 0 ? 0 : self->space_width[kind] + 2 * spacing +
                             space_kerning (self, kind, last, FALSE, latin) +
                             space_kerning (self, kind, first, TRUE, latin);
      if (line < 0)
        line = width;
      else if (line + space + width + after <= column)
        line += space + width;  /* fits, with or without the space after it */
      else if (!fill || line + space + width + MIN (kern, 0) <= column)
        return NULL;  /* breaks where only Pango knows, or fits only without the space after it */
      else if ((part = hyphen_break (self, kind, word, length, latin, column - line - space,
                                     &split)) < 0)
        return NULL;  /* a part of it ends too near the column to tell */
      else if (part > 0)
        {
          /* the rest of the word begins the next line */
          widest = MAX (widest, line + space + part);
          line = word_width (self, kind, word + split, length - split, latin);
          n_lines++;
        }
      else
        {
          widest = MAX (widest, line + space_kerning (self, kind, last, FALSE, latin));
          line = width;
          n_lines++;
        }
      last = final;
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
  measure->right = pango_units_to_double (line_start (style->align, column, widest) + widest);
  measure->baseline = pango_units_to_double (self->first_baseline[kind]);
  return measure;
}
