/* rc-markup.c — a resume string as printed: HTML and Markdown rendered
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-markup.h"

/* One stretch of markup in the raw text and what it prints as. Marks are kept in text order
 * and never overlap. */
typedef struct
{
  guint32  start;     /* raw bytes */
  guint32  end;
  guint32  cstart;    /* raw characters, set when the printed text is built */
  guint32  cend;
  gunichar replace;   /* the one character it prints as; 0: nothing */
  gint32   partner;   /* the other half of a pair (tags, emphasis, code, links), or -1 */
  gint32   below;     /* the pending opener under it on its stack, or -1 */
  guint8   kind;      /* what pairs with it: a delimiter run or a tag name */
  guint8   active;    /* a delimiter run is markup only once its closer pairs it */
  guint8   block;     /* a block tag: one space between words */
} Mark;

#define N_EMPHASIS  6     /* '*' and '_' runs of one, two and three */
#define TAG_SEARCH  8     /* open tags a closing tag looks through for its partner */
#define ATTR_MAX    512   /* bytes of attributes a tag may hold: keeps a scan linear */

typedef struct
{
  RcMarkup   *self;
  const char *text;
  gsize       len;
  gsize       end;          /* where scanning stops: a pending link's closing "](…)" */
  gsize       link_end;     /* the end of that "](…)" */
  gint32      link_open;    /* its "[" mark, -1 when no link is pending */
  gint32      emphasis[N_EMPHASIS];
  gint32      tags;         /* the innermost open inline tag */
  gboolean    no_code[3];   /* no run of this many backticks is left to close a code span */
} Scan;

static const struct
{
  const char *name;
  gboolean    block;
} tags[] = {
  { "a", FALSE }, { "abbr", FALSE }, { "b", FALSE }, { "big", FALSE },
  { "blockquote", TRUE }, { "br", TRUE }, { "cite", FALSE }, { "code", FALSE },
  { "dd", TRUE }, { "del", FALSE }, { "div", TRUE }, { "dl", TRUE }, { "dt", TRUE },
  { "em", FALSE }, { "font", FALSE }, { "h1", TRUE }, { "h2", TRUE }, { "h3", TRUE },
  { "h4", TRUE }, { "h5", TRUE }, { "h6", TRUE }, { "hr", TRUE }, { "i", FALSE },
  { "ins", FALSE }, { "kbd", FALSE }, { "li", TRUE }, { "mark", FALSE }, { "ol", TRUE },
  { "p", TRUE }, { "pre", TRUE }, { "q", FALSE }, { "s", FALSE }, { "samp", FALSE },
  { "small", FALSE }, { "span", FALSE }, { "strike", FALSE }, { "strong", FALSE },
  { "sub", FALSE }, { "sup", FALSE }, { "table", TRUE }, { "td", TRUE }, { "th", TRUE },
  { "tr", TRUE }, { "tt", FALSE }, { "u", FALSE }, { "ul", TRUE },
};

static const struct
{
  const char *name;
  gunichar    c;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
  { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "hellip", 0x2026 },
  { "bull", 0x2022 }, { "middot", 0x00B7 }, { "copy", 0x00A9 }, { "reg", 0x00AE },
  { "trade", 0x2122 }, { "times", 0x00D7 }, { "rarr", 0x2192 }, { "larr", 0x2190 },
  { "euro", 0x20AC }, { "pound", 0x00A3 }, { "deg", 0x00B0 }, { "plusmn", 0x00B1 },
};

void
rc_markup_init (RcMarkup *self)
{
  memset (self, 0, sizeof *self);
}

void
rc_markup_clear (RcMarkup *self)
{
  if (self->printed != NULL)
    g_string_free (g_steal_pointer (&self->printed), TRUE);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->ends, g_array_unref);
  g_clear_pointer (&self->paired, g_array_unref);
}

static inline Mark *
get_mark (const Scan *s,
          gint32      i)
{
  return &g_array_index (s->self->marks, Mark, i);
}

static gint32
add_mark (Scan     *s,
          gsize     start,
          gsize     end,
          gunichar  replace,
          gboolean  active)
{
  Mark mark = { (guint32) start, (guint32) end, 0, 0, replace, -1, -1, 0, active, FALSE };

  g_array_append_val (s->self->marks, mark);
  return (gint32) s->self->marks->len - 1;
}

static void
pair_marks (Scan   *s,
            gint32  open,
            gint32  close)
{
  get_mark (s, open)->partner = close;
  get_mark (s, open)->active = TRUE;
  get_mark (s, close)->partner = open;
}

static inline gunichar
char_at (const char *text,
         gsize       at,
         gsize       len)
{
  if (at >= len)
    return 0;
  if ((guchar) text[at] < 0x80)
    return (guchar) text[at];
  return g_utf8_get_char (text + at);
}

/* The other signs a word processor or a pasted list puts before an item, each only with a
 * space after it: – ‣ ⁃ → ∙ ■ □ ▪ ► ● ○ ◦ ✓ ✔ ➢ ➤ */
static const char * const symbol_markers[] = {
  "\xe2\x80\x93", "\xe2\x80\xa3", "\xe2\x81\x83", "\xe2\x86\x92", "\xe2\x88\x99",
  "\xe2\x96\xa0", "\xe2\x96\xa1", "\xe2\x96\xaa", "\xe2\x96\xba", "\xe2\x97\x8f",
  "\xe2\x97\x8b", "\xe2\x97\xa6", "\xe2\x9c\x93", "\xe2\x9c\x94", "\xe2\x9e\xa2",
  "\xe2\x9e\xa4",
};

/* "- ", "* ", "• ", "· ", "1. ", "1) ", "## ", "► " at the start: the bytes it takes, with
 * the spaces after it; 0 for none */
static gsize
leading_marker (const char *text,
                gsize       len)
{
  gsize n = 0;

  if (len >= 2 && (text[0] == '-' || text[0] == '*') && text[1] == ' ')
    n = 1;
  else if (len >= 3 && memcmp (text, "\xe2\x80\xa2", 3) == 0)  /* • */
    n = 3;
  else if (len >= 4 && (guchar) text[0] == 0xe2 && text[3] == ' ')
    {
      for (guint m = 0; m < G_N_ELEMENTS (symbol_markers) && n == 0; m++)
        if (memcmp (text, symbol_markers[m], 3) == 0)
          n = 3;
      if (n == 0)
        return 0;
    }
  else if (len >= 2 && memcmp (text, "\xc2\xb7", 2) == 0)      /* · */
    n = 2;
  else if (len >= 2 && g_ascii_isdigit (text[0]))
    {
      n = g_ascii_isdigit (text[1]) ? 2 : 1;
      if (n + 1 >= len || (text[n] != '.' && text[n] != ')') || text[n + 1] != ' ')
        return 0;
      n++;
    }
  else if (len >= 2 && text[0] == '#')
    {
      while (n < len && n < 6 && text[n] == '#')
        n++;
      /* "# of incidents" is a count, not a heading */
      if (n >= len || text[n] != ' ' || (n == 1 && len >= 5 && memcmp (text + 1, " of ", 4) == 0))
        return 0;
    }
  else
    return 0;
  while (n < len && text[n] == ' ')
    n++;
  return n;
}

/* The cheap test every string takes, so a string without markup costs one pass over its
 * bytes and no allocation */
static gboolean
may_hold_markup (const char *text,
                 gsize       len)
{
  static const guint8 interesting[256] = {
    ['<'] = 1, ['&'] = 1, ['*'] = 1, ['_'] = 1, ['`'] = 1, ['['] = 1, ['\n'] = 1,
  };
  gsize i = 0;

  while (i < len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  if (leading_marker (text + i, len - i) > 0)
    return TRUE;
  for (; i < len; i++)
    if (interesting[(guchar) text[i]])
      return TRUE;
  return FALSE;
}

/* The character the entity at @i of @text (up to @end) stands for, in @c, and the byte after
 * its ";"; 0 when there is none there */
static gsize
decode_entity (const char *text,
               gsize       i,
               gsize       end,
               gunichar   *c)
{
  gsize j = i + 1, from;

  *c = 0;
  if (j < end && text[j] == '#')
    {
      gboolean hex = ++j < end && (text[j] == 'x' || text[j] == 'X');
      guint64 value = 0;

      j += hex;
      for (from = j; j < end && j - from < 7 &&
           (hex ? g_ascii_isxdigit (text[j]) : g_ascii_isdigit (text[j])); j++)
        value = value * (hex ? 16 : 10) + (guint64) (hex ? g_ascii_xdigit_value (text[j])
                                                          : g_ascii_digit_value (text[j]));
      if (j == from || value < 0x20 || (value >= 0x7f && value < 0xa0) ||
          !g_unichar_validate ((gunichar) value))
        return 0;
      *c = (gunichar) value;
    }
  else
    {
      for (from = j; j < end && j - from < 8 && g_ascii_isalnum (text[j]); j++)
        ;
      for (guint e = 0; e < G_N_ELEMENTS (entities) && *c == 0; e++)
        if (strlen (entities[e].name) == j - from &&
            memcmp (entities[e].name, text + from, j - from) == 0)
          *c = entities[e].c;
      if (*c == 0)
        return 0;
    }
  if (j >= end || text[j] != ';')
    return 0;
  return j + 1;
}

static gsize
scan_entity (Scan  *s,
             gsize  i)
{
  gunichar c;
  gsize next = decode_entity (s->text, i, s->end, &c);

  if (next > 0)
    add_mark (s, i, next, c, TRUE);
  return next;
}

/* "&bull; ", "&#x2022; ", "&middot; ": a pasted list marker written as an entity, the bytes it
 * takes with the spaces after it; 0 for none */
static gsize
leading_entity_marker (const char *text,
                       gsize       len)
{
  gunichar c;
  gsize n = text[0] == '&' ? decode_entity (text, 0, len, &c) : 0;

  if (n == 0 || (c != 0x2022 && c != 0x00B7) || n >= len || text[n] != ' ')
    return 0;
  while (n < len && text[n] == ' ')
    n++;
  return n;
}

static gint
lookup_tag (const char *name,
            gsize       len)
{
  for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
    if (strlen (tags[t].name) == len && g_ascii_strncasecmp (tags[t].name, name, len) == 0)
      return (gint) t;
  return -1;
}

/* <br> and block tags print as one space between words, with the spaces around them */
static void
add_block_tag (Scan  *s,
               gsize  start,
               gsize  end)
{
  GArray *marks = s->self->marks;
  gsize floor = marks->len > 0 ? g_array_index (marks, Mark, marks->len - 1).end : 0;
  Mark *last = marks->len > 0 ? &g_array_index (marks, Mark, marks->len - 1) : NULL;
  Mark *mark;

  while (start > floor && (s->text[start - 1] == ' ' || s->text[start - 1] == '\t' ||
                           s->text[start - 1] == '\n'))
    start--;
  while (end < s->end && (s->text[end] == ' ' || s->text[end] == '\t' || s->text[end] == '\n'))
    end++;
  if (last != NULL && last->block && last->end == start)
    mark = last;
  else
    {
      mark = get_mark (s, add_mark (s, start, end, ' ', TRUE));
      mark->block = TRUE;
    }
  mark->end = (guint32) end;
  mark->replace = mark->start == 0 || end >= s->len ? 0 : ' ';
}

static void
close_tag (Scan   *s,
           gint32  close,
           guint8  kind)
{
  gint32 open = s->tags;

  for (guint depth = 0; open >= 0 && depth < TAG_SEARCH; depth++)
    {
      Mark *mark = get_mark (s, open);

      if (mark->kind == kind)
        {
          pair_marks (s, open, close);
          s->tags = mark->below;
          return;
        }
      open = mark->below;
    }
}

/* "<b>", "</strong>", "<br/>", "<a href="…">": a '<' that opens no known tag stays text */
static gsize
scan_tag (Scan  *s,
          gsize  i)
{
  const char *text = s->text;
  gsize j = i + 1, name;
  gboolean closing = FALSE, self_closing = FALSE;
  gint tag;

  if (j < s->end && text[j] == '/')
    closing = TRUE, j++;
  for (name = j; j < s->end && g_ascii_isalnum (text[j]) && j - name <= 10; j++)
    ;
  if (j == name || !g_ascii_isalpha (text[name]) || (tag = lookup_tag (text + name, j - name)) < 0)
    return 0;
  if (j + 1 < s->end && text[j] == '/' && text[j + 1] == '>')
    self_closing = TRUE, j++;
  else if (j < s->end && !closing && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n'))
    {
      gsize limit = MIN (s->end, j + ATTR_MAX);
      char quote = 0;

      for (; j < limit; j++)
        {
          if (quote != 0)
            quote = text[j] == quote ? 0 : quote;
          else if (text[j] == '"' || text[j] == '\'')
            quote = text[j];
          else if (text[j] == '>' || text[j] == '<')
            break;
        }
      if (j >= limit || text[j] != '>')
        return 0;
    }
  if (j >= s->end || text[j] != '>')
    return 0;

  if (tags[tag].block)
    add_block_tag (s, i, j + 1);
  else
    {
      gint32 mark = add_mark (s, i, j + 1, 0, TRUE);

      get_mark (s, mark)->kind = (guint8) tag;
      if (closing)
        close_tag (s, mark, (guint8) tag);
      else if (!self_closing)
        {
          get_mark (s, mark)->below = s->tags;
          s->tags = mark;
        }
    }
  return j + 1;
}

/* __slots__, _id_: what an underscore pair holds is a name in code when it is one lower-case
 * word */
static gboolean
is_identifier (const Scan *s,
               guint       kind,
               gsize       close)
{
  for (gsize i = get_mark (s, s->emphasis[kind])->end; i < close; i++)
    if (!g_ascii_islower (s->text[i]) && !g_ascii_isdigit (s->text[i]) && s->text[i] != '_')
      return FALSE;
  return TRUE;
}

/* **bold**, __bold__, *em*, _em_: a run opens when a word follows it and none comes before
 * it, and closes the other way round, so snake_case_name and a*b stay as written */
static gsize
scan_emphasis (Scan     *s,
               gsize     i,
               gunichar  before)
{
  char c = s->text[i];
  gsize n = 1;
  gunichar after;
  gboolean can_open, can_close;
  guint kind;

  while (i + n < s->end && s->text[i + n] == c)
    n++;
  if (n > 3)
    return i + n;
  after = char_at (s->text, i + n, s->end);
  can_open = after != 0 && !g_unichar_isspace (after) && !g_unichar_isalnum (before);
  can_close = before != 0 && !g_unichar_isspace (before) && !g_unichar_isalnum (after);
  kind = (c == '*' ? 0 : 3) + (guint) n - 1;

  if (can_close && s->emphasis[kind] >= 0 && !(c == '_' && is_identifier (s, kind, i)))
    {
      gint32 open = s->emphasis[kind];

      s->emphasis[kind] = get_mark (s, open)->below;
      pair_marks (s, open, add_mark (s, i, i + n, 0, TRUE));
    }
  else if (can_open)
    {
      gint32 open = add_mark (s, i, i + n, 0, FALSE);

      get_mark (s, open)->below = s->emphasis[kind];
      s->emphasis[kind] = open;
    }
  return i + n;
}

/* `code` and ``code``: the text between is printed as it is, markup and all */
static gsize
scan_code (Scan  *s,
           gsize  i)
{
  gsize n = 1, j;

  while (i + n < s->end && s->text[i + n] == '`')
    n++;
  if (n > 2 || s->no_code[n])
    return i + n;
  for (j = i + n; j < s->end; )
    {
      const char *tick = memchr (s->text + j, '`', s->end - j);
      gsize m = 1;

      if (tick == NULL)
        break;
      j = (gsize) (tick - s->text);
      while (j + m < s->end && s->text[j + m] == '`')
        m++;
      if (m == n)
        {
          gint32 open = add_mark (s, i, i + n, 0, TRUE);

          pair_marks (s, open, add_mark (s, j, j + n, 0, TRUE));
          return j + n;
        }
      j += m;
    }
  /* a later run of the same length cannot find a closer either */
  s->no_code[n] = TRUE;
  return i + n;
}

/* [text](url): the text is read on as usual; "](url)" becomes a mark when the scan gets there */
static gsize
scan_link (Scan  *s,
           gsize  i)
{
  const char *text = s->text;
  gsize j = i + 1, k;

  if (s->link_open >= 0)
    return 0;
  while (j < s->end && text[j] != ']' && text[j] != '[' && text[j] != '\n')
    j++;
  if (j >= s->end || text[j] != ']' || j == i + 1 || j + 1 >= s->end || text[j + 1] != '(')
    return 0;
  for (k = j + 2; k < s->end && text[k] != ')' && !g_ascii_isspace (text[k]) &&
       text[k] != '(' && text[k] != '['; k++)
    ;
  if (k >= s->end || text[k] != ')' || k == j + 2)
    return 0;
  s->link_open = add_mark (s, i, i + 1, 0, TRUE);
  s->end = j;
  s->link_end = k + 1;
  return i + 1;
}

/* a list marker opening the line after the "\n" at @i: bullets pasted into one string, whose
 * markers all go ("• A\n• B" prints "A" and "B" on two lines) */
static gsize
scan_line_marker (Scan  *s,
                  gsize  i)
{
  const char *text = s->text;
  GArray *marks = s->self->marks;
  gsize j = i + 1, lead;

  /* a "<br>" before takes the line break in */
  if (marks->len > 0 && g_array_index (marks, Mark, marks->len - 1).end > i)
    return 0;
  while (j < s->end && (text[j] == ' ' || text[j] == '\t'))
    j++;
  if (j >= s->end || text[j] == '#')
    return 0;
  lead = leading_marker (text + j, s->end - j);
  if (lead == 0)
    lead = leading_entity_marker (text + j, s->end - j);
  if (lead == 0)
    return 0;
  add_mark (s, i + 1, j + lead, 0, TRUE);
  s->self->list_lines++;
  return j + lead;
}

static void
scan_marks (Scan *s)
{
  const char *text = s->text;
  gsize i = 0, lead;
  gunichar before = 0;

  while (i < s->len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  lead = leading_marker (text + i, s->len - i);
  if (lead == 0 && i < s->len)
    lead = leading_entity_marker (text + i, s->len - i);
  if (lead > 0)
    {
      add_mark (s, 0, i + lead, 0, TRUE);
      s->self->list_marker = text[i] != '#';
      i += lead;
    }
  else
    i = 0;

  for (;;)
    {
      gsize next = 0;

      if (i >= s->end)
        {
          if (s->link_open < 0)
            break;
          /* the link's "](url)" */
          pair_marks (s, s->link_open, add_mark (s, s->end, s->link_end, 0, TRUE));
          i = s->link_end;
          s->end = s->len;
          s->link_open = -1;
          before = ')';
          continue;
        }
      switch (text[i])
        {
        case '<':
          next = scan_tag (s, i);
          break;
        case '&':
          next = scan_entity (s, i);
          break;
        case '*':
        case '_':
          next = scan_emphasis (s, i, before);
          break;
        case '`':
          next = scan_code (s, i);
          break;
        case '[':
          next = scan_link (s, i);
          break;
        case '\n':
          next = scan_line_marker (s, i);
          break;
        default:
          break;
        }
      if (next == 0)
        next = i + ((guchar) text[i] < 0x80 ? 1 : (gsize) g_utf8_skip[(guchar) text[i]]);
      next = MIN (next, s->len);
      before = (guchar) text[next - 1] < 0x80 ? (guchar) text[next - 1]
               : g_utf8_get_char (g_utf8_find_prev_char (text, text + next));
      i = next;
    }
}

/* raw text [from, to) as printed: each character maps to itself */
static guint32
copy_text (RcMarkup *self,
           gsize     from,
           gsize     to,
           guint32   chars)
{
  g_string_append_len (self->printed, self->raw + from, (gssize) (to - from));
  while (from < to)
    {
      guint32 end = chars + 1;

      g_array_append_val (self->starts, chars);
      g_array_append_val (self->ends, end);
      from += (guchar) self->raw[from] < 0x80 ? 1 : (gsize) g_utf8_skip[(guchar) self->raw[from]];
      chars++;
    }
  return chars;
}

static void
build_printed (RcMarkup *self)
{
  gsize at = 0;
  guint32 chars = 0;

  g_string_truncate (self->printed, 0);
  g_array_set_size (self->starts, 0);
  g_array_set_size (self->ends, 0);
  g_array_set_size (self->paired, 0);
  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);

      if (!mark->active)
        continue;
      if (mark->partner >= 0)
        g_array_append_val (self->paired, i);
      chars = copy_text (self, at, mark->start, chars);
      mark->cstart = chars;
      chars += (guint32) g_utf8_strlen (self->raw + mark->start, mark->end - mark->start);
      mark->cend = chars;
      if (mark->replace != 0)
        {
          g_string_append_unichar (self->printed, mark->replace);
          g_array_append_val (self->starts, mark->cstart);
          g_array_append_val (self->ends, mark->cend);
        }
      at = mark->end;
    }
  chars = copy_text (self, at, self->raw_len, chars);
  g_array_append_val (self->starts, chars);
  self->n_chars = self->ends->len;
  self->n_raw_chars = chars;
  self->ascii = chars == self->raw_len && self->n_chars == self->printed->len;
}

gboolean
rc_markup_render (RcMarkup   *self,
                  const char *text,
                  gsize       len)
{
  Scan s = { self, text, len, len, 0, -1, { -1, -1, -1, -1, -1, -1 }, -1, { FALSE } };
  gboolean any = FALSE;

  if (!may_hold_markup (text, len))
    return FALSE;
  if (self->marks == NULL)
    {
      self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
      self->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
      self->ends = g_array_new (FALSE, FALSE, sizeof (guint32));
      self->paired = g_array_new (FALSE, FALSE, sizeof (guint32));
      self->printed = g_string_sized_new (len + 1);
    }
  g_array_set_size (self->marks, 0);
  self->list_marker = FALSE;
  self->list_lines = 0;
  self->raw = text;
  self->raw_len = len;
  scan_marks (&s);
  for (guint i = 0; i < self->marks->len && !any; i++)
    any = g_array_index (self->marks, Mark, i).active;
  if (!any)
    return FALSE;
  build_printed (self);
  return TRUE;
}

static inline const Mark *
paired_mark (const RcMarkup *self,
             guint           i)
{
  return &g_array_index (self->marks, Mark, g_array_index (self->paired, guint32, i));
}

/* a mark inside the span whose partner is outside takes the partner in */
static void
take_partner (const RcMarkup *self,
              const Mark     *mark,
              guint          *rs,
              guint          *re)
{
  const Mark *partner = &g_array_index (self->marks, Mark, mark->partner);

  *rs = MIN (*rs, partner->cstart);
  *re = MAX (*re, partner->cend);
}

/* "Migrated</b> 40" → "<b>Migrated</b> 40". Only the paired marks inside the span, as it
 * grows, are looked at: a binary search finds the first. */
static void
widen_span (const RcMarkup *self,
            guint          *rs,
            guint          *re)
{
  guint n = self->paired->len, lo = 0, hi = n, from, to;
  gboolean moved = TRUE;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (paired_mark (self, mid)->cstart < *rs)
        lo = mid + 1;
      else
        hi = mid;
    }
  from = to = lo;
  while (moved)
    {
      moved = FALSE;
      for (; to < n && paired_mark (self, to)->cend <= *re; to++, moved = TRUE)
        take_partner (self, paired_mark (self, to), rs, re);
      for (; from > 0 && paired_mark (self, from - 1)->cstart >= *rs; from--, moved = TRUE)
        take_partner (self, paired_mark (self, from - 1), rs, re);
    }
}

void
rc_markup_map_span (const RcMarkup *self,
                    guint           start,
                    guint           end,
                    guint          *raw_start,
                    guint          *raw_end)
{
  const guint32 *starts = (const guint32 *) (void *) self->starts->data;
  const guint32 *ends = (const guint32 *) (void *) self->ends->data;
  guint rs, re;

  end = MIN (end, self->n_chars);
  start = MIN (start, end);
  if (start == 0 && end == 0)
    rs = re = 0;
  else if (start == 0 && end == self->n_chars)
    rs = 0, re = self->n_raw_chars;
  else if (start == end)
    rs = re = starts[start];
  else
    {
      rs = starts[start];
      re = ends[end - 1];
      widen_span (self, &rs, &re);
    }
  *raw_start = rs;
  *raw_end = re;
}

/* a pair is quoted whole ("**Payments**", "`git push`") when it is short enough to read */
#define QUOTE_MAX 64

char *
rc_markup_first (const RcMarkup *self)
{
  for (guint i = 0; self->marks != NULL && i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);
      guint32 end = mark->end;
      g_autofree char *text = NULL;

      if (!mark->active)
        continue;
      if (mark->partner > (gint32) i &&
          g_array_index (self->marks, Mark, mark->partner).end - mark->start <= QUOTE_MAX)
        end = g_array_index (self->marks, Mark, mark->partner).end;
      text = g_strndup (self->raw + mark->start, end - mark->start);
      return g_strdup (g_strstrip (text));
    }
  return NULL;
}
