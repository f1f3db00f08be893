/* rc-taxonomy-stack.c — highlights that only name technologies: "Java", "Tech: Go, gRPC, Redis"
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-taxonomy-private.h"

/* what separates the items of a stack line */
static inline gboolean
is_item_separator (gunichar c)
{
  return c == ',' || c == '/' || c == '|' || c == ';' || c == '&' || c == '+' || c == '(' ||
         c == ')' || c == '[' || c == ']' || c == ':' || c == 0x00B7 /* · */ ||
         c == 0x2022 /* • */ || c == 0x2013 /* – */ || c == 0x2014 /* — */;
}

static gboolean
is_label_separator (gunichar c)
{
  return c == ':' || c == '-' || c == '|' || c == 0x2013 || c == 0x2014;
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? g_ascii_isspace (c) : g_unichar_isspace (c) || c == 0x00A0;
}

/* The byte after a stack label ("Tech stack:", "Technologies used -") at @at, else @at. */
static gsize
skip_label (RcTaxonomy *self,
            const char *text,
            gsize       at)
{
  gchar first = g_ascii_tolower (text[at]);

  for (guint i = 0; self->stack_labels != NULL && self->stack_labels[i] != NULL; i++)
    {
      const char *label = self->stack_labels[i];
      gsize len, end;

      if (label[0] != first)
        continue;
      len = strlen (label);
      if (g_ascii_strncasecmp (text + at, label, len) != 0 ||
          rc_taxonomy_is_word_ascii ((guchar) text[at + len]))
        continue;
      end = at + len;
      while (text[end] == ' ' || text[end] == '\t')
        end++;
      if (text[end] != '\0' && is_label_separator (g_utf8_get_char (text + end)))
        return (gsize) (g_utf8_next_char (text + end) - text);
    }
  return at;
}

/* "17", "3.11", "v2", "2.x", "8+": a version after a name */
static gboolean
is_version (const char *word,
            gsize       len)
{
  gsize i = 0;

  if (len > 1 && (word[0] == 'v' || word[0] == 'V'))
    i = 1;
  if (i >= len || !g_ascii_isdigit (word[i]))
    return FALSE;
  /* "11g", "19c": a release's letter */
  if (len - i >= 2 && g_ascii_islower (word[len - 1]) && g_ascii_isdigit (word[len - 2]))
    len--;
  for (; i < len; i++)
    if (!g_ascii_isdigit (word[i]) && word[i] != '.' && word[i] != 'x' && word[i] != '+')
      return FALSE;
  return TRUE;
}

/* one character on, in bytes and characters */
static inline void
step (const char *text,
      gsize      *at,
      guint      *chars)
{
  *at += (guchar) text[*at] < 0x80 ? 1 : (gsize) (g_utf8_next_char (text + *at) - (text + *at));
  (*chars)++;
}

/* the character at byte @at: most are ASCII */
static inline gunichar
char_at (const char *text,
         gsize       at)
{
  return (guchar) text[at] < 0x80 ? (gunichar) text[at] : g_utf8_get_char (text + at);
}

typedef struct
{
  guint items;
  guint unknown_items;   /* items that are no skill, or a skill with other words */
  guint longest_unknown; /* words in the longest of them */
  guint hard;            /* mentions of hard skills (technologies) */
  gboolean has_skill;    /* the current item's */
  guint words;           /* the current item's unknown words */
} Items;

static void
close_item (Items *items)
{
  if (!items->has_skill && items->words == 0)
    return;
  items->items++;
  if (items->words > 0)
    {
      items->unknown_items++;
      items->longest_unknown = MAX (items->longest_unknown, items->words);
    }
  items->has_skill = FALSE;
  items->words = 0;
}

gboolean
rc_taxonomy_is_stack_line (RcTaxonomy           *self,
                           const char           *text,
                           const RcSkillMention *mentions,
                           guint                 n_mentions)
{
  Items items = { 0 };
  gsize at = 0;
  guint chars = 0, m = 0;
  gboolean labelled;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (n_mentions == 0)
    return FALSE;
  while (text[at] != '\0' && is_space (char_at (text, at)))
    step (text, &at, &chars);
  {
    gsize after = skip_label (self, text, at);

    labelled = after != at;
    chars += (guint) g_utf8_strlen (text + at, (gssize) (after - at));
    at = after;
  }

  while (text[at] != '\0')
    {
      gunichar c = char_at (text, at);
      gsize start = at;

      while (m < n_mentions && mentions[m].start < chars)
        m++;
      if (m < n_mentions && mentions[m].start == chars)
        {
          const char *end = g_utf8_offset_to_pointer (text + at, mentions[m].end - chars);

          items.has_skill = TRUE;
          items.hard += mentions[m].skill->hard;
          chars = mentions[m].end;
          at = (gsize) (end - text);
          m++;
          continue;
        }
      if (is_space (c) || is_item_separator (c) || c == '.' || c == '-')
        {
          /* a hyphen between spaces, a full stop at a word's end, or a list mark */
          if (!is_space (c) && (c != '-' || at == 0 || text[at - 1] == ' '))
            close_item (&items);
          step (text, &at, &chars);
          continue;
        }
      while (text[at] != '\0')
        {
          gunichar w = char_at (text, at);

          if (is_space (w) || (is_item_separator (w) && w != '+') ||
              (m < n_mentions && mentions[m].start == chars))
            break;
          step (text, &at, &chars);
        }
      for (; at > start + 1 && text[at - 1] == '.'; at--)
        chars--;
      if (at - start == 3 && g_ascii_strncasecmp (text + start, "and", 3) == 0)
        close_item (&items);
      else if (!is_version (text + start, at - start) && ++items.words > (labelled ? 3u : 1u))
        return FALSE;  /* a sentence, not a list: most highlights stop here */
    }
  close_item (&items);

  /* practices count only alone: "Microservices", not "Tech: scaling, our own tooling" */
  if (items.items == 0 || (items.hard == 0 && items.unknown_items > 0))
    return FALSE;
  /* "Tech: Go, gRPC, Redis, an in-house queue" */
  if (labelled)
    return items.unknown_items * 2 <= items.items && items.longest_unknown <= 3;
  /* "Java", "Go, gRPC, Redis", or a list with one name the taxonomy lacks */
  return items.unknown_items == 0 ||
         (items.items >= 3 && items.unknown_items * 3 <= items.items &&
          items.longest_unknown == 1);
}
