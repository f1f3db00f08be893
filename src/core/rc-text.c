/* rc-text.c — tokens and the word lexicon every rule matches against
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-text.h"

#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

guint32
rc_text_hash (const char *data,
              gsize       len)
{
  guint32 h = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) data[i]) * FNV_PRIME;
  return h;
}

/* @n empty slots, wholly written: rc_lexicon_write() copies them as they are */
static RcLexiconSlot *
new_slots (guint n)
{
  RcLexiconSlot *slots = g_new0 (RcLexiconSlot, n);

  for (guint i = 0; i < n; i++)
    slots[i].id = -1;
  return slots;
}

/* slots, offsets and text pointing into the arrays the lexicon owns */
static void
point_at_own (RcLexicon *self)
{
  self->offsets = (const guint32 *) (void *) self->own_offsets->data;
  self->text = self->own_text->str;
  self->size = self->own_offsets->len;
}

RcLexicon *
rc_lexicon_new (void)
{
  RcLexicon *self = g_new0 (RcLexicon, 1);

  self->mask = 255;
  self->slots = new_slots (self->mask + 1);
  self->own_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->own_text = g_string_new (NULL);
  point_at_own (self);
  return self;
}

void
rc_lexicon_free (RcLexicon *self)
{
  if (self == NULL)
    return;
  if (self->in_place != NULL)
    g_bytes_unref (self->in_place);
  else
    {
      g_free (self->slots);
      g_array_unref (self->own_offsets);
      g_string_free (self->own_text, TRUE);
    }
  g_free (self);
}

/* the bytes of text the words take, their NULs included */
static gsize
text_length (const RcLexicon *self)
{
  const char *last;

  if (self->size == 0)
    return 0;
  last = self->text + self->offsets[self->size - 1];
  return (gsize) (last - self->text) + strlen (last) + 1;
}

RcLexicon *
rc_lexicon_copy (const RcLexicon *self)
{
  RcLexicon *copy = g_new0 (RcLexicon, 1);

  copy->mask = self->mask;
  copy->slots = g_memdup2 (self->slots, (self->mask + 1) * sizeof (RcLexiconSlot));
  copy->own_offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint32), self->size);
  g_array_append_vals (copy->own_offsets, self->offsets, self->size);
  copy->own_text = g_string_new_len (self->text, (gssize) text_length (self));
  point_at_own (copy);
  return copy;
}

static void
grow (RcLexicon *self)
{
  RcLexiconSlot *old = self->slots;
  guint old_size = self->mask + 1;

  self->mask = old_size * 2 - 1;
  self->slots = new_slots (self->mask + 1);
  for (guint i = 0; i < old_size; i++)
    if (old[i].id >= 0)
      {
        guint j = old[i].hash & self->mask;

        while (self->slots[j].id >= 0)
          j = (j + 1) & self->mask;
        self->slots[j] = old[i];
      }
  g_free (old);
}

guint
rc_lexicon_intern (RcLexicon  *self,
                   const char *folded,
                   gsize       len)
{
  guint32 hash = rc_text_hash (folded, len);
  RcLexiconSlot *slot = rc_lexicon_find_slot (self, folded, len, hash);
  guint32 offset;

  if (slot->id >= 0)
    return (guint) slot->id;

  if (self->in_place != NULL)
    {
      RcLexicon *own = rc_lexicon_copy (self);

      g_bytes_unref (self->in_place);
      *self = *own;
      g_free (own);
      slot = rc_lexicon_find_slot (self, folded, len, hash);
    }
  if ((self->size + 1) * 2 > self->mask + 1)
    {
      grow (self);
      slot = rc_lexicon_find_slot (self, folded, len, hash);
    }

  offset = (guint32) self->own_text->len;
  g_string_append_len (self->own_text, folded, (gssize) len);
  g_string_append_c (self->own_text, '\0');
  slot->hash = hash;
  slot->offset = offset;
  slot->len = (guint32) len;
  slot->id = (gint32) self->size;
  g_array_append_val (self->own_offsets, offset);
  point_at_own (self);
  return (guint) slot->id;
}

void
rc_lexicon_write (const RcLexicon  *self,
                  RcCompiledWriter *writer)
{
  rc_compiled_put_data (writer, self->slots, (self->mask + 1) * sizeof (RcLexiconSlot));
  rc_compiled_put_data (writer, self->offsets, self->size * sizeof (guint32));
  rc_compiled_put_data (writer, self->text, text_length (self));
}

/* The compiled data is part of the program, made by rc-compile-data and checked by the
 * tests against the data it came from: its layout is checked (whole slots, a power of two of
 * them, the words NUL-terminated), not every slot, which would read all of them at each
 * start instead of the few a check looks up. */
RcLexicon *
rc_lexicon_read (RcCompiledReader *reader)
{
  gsize slots_len, offsets_len, words_len;
  const RcLexiconSlot *slots = rc_compiled_get_data (reader, &slots_len);
  const guint32 *offsets = rc_compiled_get_data (reader, &offsets_len);
  const char *words = rc_compiled_get_data (reader, &words_len);
  guint n_slots = (guint) (slots_len / sizeof (RcLexiconSlot));
  guint size = (guint) (offsets_len / sizeof (guint32));
  RcLexicon *self;

  if (reader->bad || n_slots == 0 || (n_slots & (n_slots - 1)) != 0 ||
      slots_len % sizeof (RcLexiconSlot) != 0 || offsets_len % sizeof (guint32) != 0 ||
      size * 2 > n_slots || (size > 0 && (words_len == 0 || words[words_len - 1] != '\0')) ||
      (size > 0 && offsets[size - 1] >= words_len))
    {
      reader->bad = TRUE;
      return NULL;
    }

  self = g_new0 (RcLexicon, 1);
  self->mask = n_slots - 1;
  self->slots = (RcLexiconSlot *) slots;  /* never written: rc_lexicon_intern() copies */
  self->offsets = offsets;
  self->text = words;
  self->size = size;
  self->in_place = g_bytes_ref (reader->bytes);
  return self;
}

guint
rc_lexicon_get_size (const RcLexicon *self)
{
  return self->size;
}

const char *
rc_lexicon_get_word (const RcLexicon *self,
                     guint            id)
{
  g_return_val_if_fail (id < self->size, NULL);
  return self->text + self->offsets[id];
}

void
rc_tokens_init (RcTokens *tokens)
{
  memset (tokens, 0, sizeof *tokens);
  tokens->storage = g_array_sized_new (FALSE, FALSE, sizeof (RcToken), 256);
  tokens->folded = g_string_sized_new (1024);
}

void
rc_tokens_clear (RcTokens *tokens)
{
  g_clear_pointer (&tokens->storage, g_array_unref);
  if (tokens->folded != NULL)
    g_string_free (tokens->folded, TRUE);
  tokens->folded = NULL;
  tokens->tokens = NULL;
  tokens->n_tokens = 0;
}

static inline gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script;

  if (c < 0x2E80)
    return FALSE;
  script = g_unichar_get_script (c);
  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA;
}

static inline gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Apostrophes and hyphens come in several code points; one spelling each lets a phrase
 * written with ' match text written with ’. */
static const char *
fold_symbol (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x02BC: case 0xFF07:
      return "'";
    case 0x2010: case 0x2011: case 0x2012: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x201C: case 0x201D: case 0xFF02:
      return "\"";
    default:
      return NULL;
    }
}

char *
rc_text_fold (const char *text,
              gsize       len)
{
  g_autofree char *folded = NULL;
  gsize n = (gssize) len < 0 ? strlen (text) : len;
  gsize i;

  /* ASCII folds to its lower case and is already normal: most of the data, skipping the
   * Unicode tables (rules compile some 2,600 texts at every start) */
  for (i = 0; i < n && (guchar) text[i] < 0x80; i++)
    ;
  if (i == n)
    return g_ascii_strdown (text, (gssize) n);

  folded = g_utf8_casefold (text, (gssize) len);
  char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return normal != NULL ? normal : g_steal_pointer (&folded);
}

/* Makes room for @extra more bytes of folded text; returns the buffer (it may move). */
static inline char *
reserve_folded (GString *out,
                gsize    used,
                gsize    extra)
{
  if (used + extra + 1 > out->len)
    g_string_set_size (out, MAX (out->len * 2, used + extra + 1));
  return out->str;
}

/* Where rc_tokenize() has got to in its string */
typedef struct
{
  RcTokens        *tokens;
  const RcLexicon *lexicon;
  const guchar    *text;
  const guchar    *p;
  const guchar    *end;
  char            *folded;
  gsize            fpos;
  guint32          cpos;
  gboolean         space_before;
  gboolean         ascii;
} Scanner;

static inline void
finish_token (Scanner *s,
              RcToken *token)
{
  if (s->space_before)
    token->flags |= RC_TOKEN_SPACE_BEFORE;
  s->space_before = FALSE;
  token->lex = s->lexicon != NULL
               ? rc_lexicon_lookup (s->lexicon, s->folded + token->fold, token->fold_len,
                                    token->hash)
               : -1;
}

/* The common case, an ASCII word: scanned, folded and hashed in one pass. FALSE, having
 * written nothing that counts, when the word goes on past ASCII ("Résumé"): the general path
 * folds it whole. */
static inline gboolean
scan_ascii_word (Scanner *s,
                 RcToken *token)
{
  const guchar *q = s->p;
  guint16 first = g_ascii_table[*q];
  guint16 seen = 0;   /* the classes (G_ASCII_*) of the characters after the first */
  guint16 flags = RC_TOKEN_WORD;
  guint32 h;
  gsize tlen;
  char *w;

  s->folded = reserve_folded (s->tokens->folded, s->fpos, (gsize) (s->end - s->p));
  w = s->folded + s->fpos;
  /* lower case is upper case with bit 5 set, which G_ASCII_UPPER >> 4 is */
  *w = (char) (*q | ((first & G_ASCII_UPPER) >> 4));
  h = (FNV_OFFSET ^ (guchar) *w++) * FNV_PRIME;
  for (q++; q < s->end; q++)
    {
      guint16 cls = g_ascii_table[*q];
      guchar b;

      if (!(cls & G_ASCII_ALNUM))
        break;
      seen |= cls;
      b = *q | ((cls & G_ASCII_UPPER) >> 4);
      *w++ = (char) b;
      h = (h ^ b) * FNV_PRIME;
    }
  if (q < s->end && *q >= 0x80 && is_word_char (g_utf8_get_char ((const char *) q)) &&
      !rc_text_is_unspaced (g_utf8_get_char ((const char *) q)))
    return FALSE;

  tlen = (gsize) (q - s->p);
  if ((first | seen) & G_ASCII_DIGIT)
    flags |= RC_TOKEN_DIGIT;
  if ((first | seen) & G_ASCII_ALPHA)
    {
      flags |= RC_TOKEN_ALPHA;
      if (!((first | seen) & G_ASCII_LOWER))
        flags |= RC_TOKEN_ALL_UPPER;
    }
  if (first & G_ASCII_UPPER)
    flags |= RC_TOKEN_UPPER;
  if (seen & G_ASCII_UPPER)
    flags |= RC_TOKEN_INNER_UPPER;
  token->start = (guint32) (s->p - s->text);
  token->end = (guint32) (q - s->text);
  token->cstart = s->cpos;
  token->cend = s->cpos + (guint32) tlen;
  token->flags = flags;
  token->fold = (guint32) s->fpos;
  token->fold_len = (guint16) MIN (tlen, G_MAXUINT16);
  token->hash = h;
  s->folded[s->fpos + tlen] = '\0';
  s->fpos += tlen + 1;
  s->cpos += (guint32) tlen;
  s->p = q;
  s->tokens->n_words++;
  finish_token (s, token);
  return TRUE;
}

/* An ASCII symbol other than a space: one token of one byte, its own folded form */
static inline gboolean
scan_ascii_symbol (Scanner *s,
                   RcToken *token)
{
  guchar c = *s->p;

  s->folded = reserve_folded (s->tokens->folded, s->fpos, 1);
  token->start = (guint32) (s->p - s->text);
  token->end = token->start + 1;
  token->cstart = s->cpos;
  token->cend = s->cpos + 1;
  token->flags = 0;
  token->fold = (guint32) s->fpos;
  token->fold_len = 1;
  token->hash = (FNV_OFFSET ^ c) * FNV_PRIME;
  s->folded[s->fpos++] = (char) c;
  s->folded[s->fpos++] = '\0';
  s->cpos++;
  s->p++;
  finish_token (s, token);
  return TRUE;
}

/* The word at s->p, whose first character's flags are @flags */
static inline guint16
scan_word_rest (Scanner  *s,
                guint16   flags,
                gboolean *token_ascii)
{
  const guchar *start = s->p;
  gboolean unspaced = *start >= 0x80 &&
                      rc_text_is_unspaced (g_utf8_get_char ((const char *) start));
  gboolean lower_seen = FALSE;

  while (s->p < s->end)
    {
      guchar b = *s->p;

      if (b < 0x80)
        {
          if (!g_ascii_isalnum (b) || unspaced)
            break;
          if (b <= '9')
            flags |= RC_TOKEN_DIGIT;
          else
            {
              flags |= RC_TOKEN_ALPHA;
              lower_seen |= b >= 'a';
              if (b <= 'Z' && s->p > start)
                flags |= RC_TOKEN_INNER_UPPER;
            }
          s->p++;
        }
      else
        {
          gunichar u = g_utf8_get_char ((const char *) s->p);

          if (!is_word_char (u) || is_cjk (u) || rc_text_is_unspaced (u) != unspaced)
            break;
          *token_ascii = FALSE;
          s->ascii = FALSE;
          flags |= RC_TOKEN_NON_ASCII;
          if (g_unichar_isdigit (u))
            flags |= RC_TOKEN_DIGIT;
          else if (g_unichar_isalpha (u))
            {
              flags |= RC_TOKEN_ALPHA;
              if (g_unichar_islower (u))
                lower_seen = TRUE;
              else if (g_unichar_isupper (u) && s->p > start)
                flags |= RC_TOKEN_INNER_UPPER;
            }
          s->p = (const guchar *) g_utf8_next_char (s->p);
        }
      s->cpos++;
    }
  if ((flags & RC_TOKEN_ALPHA) && !lower_seen)
    flags |= RC_TOKEN_ALL_UPPER;
  return flags;
}

/* The folded form of the token from @start to s->p, and its hash as it is written */
static inline void
fold_token (Scanner      *s,
            RcToken      *token,
            const guchar *start,
            gboolean      token_ascii)
{
  gsize tlen = (gsize) (s->p - start);

  if (token_ascii)
    {
      guint32 h = FNV_OFFSET;

      s->folded = reserve_folded (s->tokens->folded, s->fpos, tlen);
      for (gsize i = 0; i < tlen; i++)
        {
          guchar l = start[i];

          if (l >= 'A' && l <= 'Z')
            l += 'a' - 'A';
          s->folded[s->fpos + i] = (char) l;
          h = (h ^ l) * FNV_PRIME;
        }
      s->fpos += tlen;
      token->fold_len = (guint16) MIN (tlen, G_MAXUINT16);
      token->hash = h;
    }
  else
    {
      g_autofree char *casefolded = NULL;
      const char *symbol = NULL;
      gsize flen;

      if (!(token->flags & RC_TOKEN_WORD))
        symbol = fold_symbol (g_utf8_get_char ((const char *) start));
      if (symbol == NULL)
        symbol = casefolded = rc_text_fold ((const char *) start, tlen);
      flen = strlen (symbol);
      s->folded = reserve_folded (s->tokens->folded, s->fpos, flen);
      memcpy (s->folded + s->fpos, symbol, flen);
      s->fpos += flen;
      token->fold_len = (guint16) MIN (flen, G_MAXUINT16);
      token->hash = rc_text_hash (symbol, flen);
    }
  s->folded[s->fpos++] = '\0';
}

/* Any token but a plain ASCII word: FALSE when s->p was at white space, which it skips */
static inline gboolean
scan_token (Scanner *s,
            RcToken *token)
{
  const guchar *start = s->p;
  guchar c = *s->p;
  gboolean token_ascii = TRUE;
  guint16 flags = 0;

  if (c < 0x80)
    {
      if (g_ascii_isspace (c))
        {
          s->p++;
          s->cpos++;
          s->space_before = TRUE;
          return FALSE;
        }
      token->cstart = s->cpos;
      if (g_ascii_isalnum (c))
        flags = RC_TOKEN_WORD | (g_ascii_isupper (c) ? RC_TOKEN_UPPER : 0);
      else
        {
          s->p++;
          s->cpos++;
        }
    }
  else
    {
      gunichar u = g_utf8_get_char ((const char *) s->p);
      const guchar *next = (const guchar *) g_utf8_next_char (s->p);

      s->ascii = FALSE;
      if (g_unichar_isspace (u))
        {
          s->p = next;
          s->cpos++;
          s->space_before = TRUE;
          return FALSE;
        }
      token->cstart = s->cpos;
      token_ascii = FALSE;
      flags = RC_TOKEN_NON_ASCII;
      if (is_cjk (u))
        {
          flags |= RC_TOKEN_WORD | RC_TOKEN_ALPHA | RC_TOKEN_CJK;
          s->p = next;
          s->cpos++;
        }
      else if (g_unichar_isalnum (u))
        flags |= RC_TOKEN_WORD |
                 (g_unichar_isupper (u) || g_unichar_istitle (u) ? RC_TOKEN_UPPER : 0);
      else
        {
          s->p = next;
          s->cpos++;
        }
    }

  if ((flags & (RC_TOKEN_WORD | RC_TOKEN_CJK)) == RC_TOKEN_WORD)
    {
      flags = scan_word_rest (s, flags, &token_ascii);
      s->tokens->n_words++;
    }
  else if (flags & RC_TOKEN_CJK)
    s->tokens->n_words++;

  token->start = (guint32) (start - s->text);
  token->end = (guint32) (s->p - s->text);
  token->cend = s->cpos;
  token->flags = flags;
  token->fold = (guint32) s->fpos;
  fold_token (s, token, start, token_ascii);
  finish_token (s, token);
  return TRUE;
}

void
rc_tokenize (RcTokens        *tokens,
             const char      *text,
             gsize            len,
             const RcLexicon *lexicon)
{
  Scanner s = {
    .tokens = tokens,
    .lexicon = lexicon,
    .text = (const guchar *) text,
    .p = (const guchar *) text,
    .end = (const guchar *) text + len,
    .space_before = TRUE,
    .ascii = TRUE,
  };
  RcToken *out;
  guint n = 0;

  /* every token takes at least one byte: room for all of them, written in place */
  g_array_set_size (tokens->storage, len + 1);
  out = (RcToken *) (void *) tokens->storage->data;
  s.folded = reserve_folded (tokens->folded, 0, len + len / 2 + 16);
  tokens->n_words = 0;

  while (s.p < s.end)
    {
      guchar c = *s.p;

      /* the common cases first: a space, an ASCII word, ASCII punctuation */
      if (c == ' ')
        {
          s.p++;
          s.cpos++;
          s.space_before = TRUE;
        }
      else if ((c < 0x80 && g_ascii_isalnum (c) && scan_ascii_word (&s, &out[n])) ||
               (g_ascii_ispunct (c) && scan_ascii_symbol (&s, &out[n])) ||
               scan_token (&s, &out[n]))
        n++;
    }

  g_array_set_size (tokens->storage, n);
  tokens->tokens = (RcToken *) (void *) tokens->storage->data;
  tokens->n_tokens = n;
  tokens->n_chars = s.cpos;
  tokens->ascii = s.ascii;
}

gsize
rc_text_char_to_byte (const char *text,
                      gsize       len,
                      guint       offset)
{
  const char *p = text;
  const char *end = text + len;

  while (offset > 0 && p < end)
    {
      p = g_utf8_next_char (p);
      offset--;
    }
  return (gsize) (MIN (p, end) - text);
}

char *
rc_capitalize (const char *text)
{
  char first[8];
  gint len;

  if (text == NULL || *text == '\0')
    return g_strdup (text);
  len = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  first[len] = '\0';
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}
