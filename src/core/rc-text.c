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

typedef struct
{
  guint32 hash;
  guint32 offset;  /* into words */
  guint32 len;
  gint32  id;      /* -1: empty slot */
} Slot;

struct _RcLexicon
{
  Slot    *slots;
  guint    mask;
  GArray  *offsets;  /* guint32 per id */
  GString *words;    /* NUL-separated */
};

guint32
rc_text_hash (const char *data,
              gsize       len)
{
  guint32 h = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) data[i]) * FNV_PRIME;
  return h;
}

RcLexicon *
rc_lexicon_new (void)
{
  RcLexicon *self = g_new0 (RcLexicon, 1);

  self->mask = 255;
  self->slots = g_new (Slot, self->mask + 1);
  for (guint i = 0; i <= self->mask; i++)
    self->slots[i].id = -1;
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->words = g_string_new (NULL);
  return self;
}

void
rc_lexicon_free (RcLexicon *self)
{
  if (self == NULL)
    return;
  g_free (self->slots);
  g_array_unref (self->offsets);
  g_string_free (self->words, TRUE);
  g_free (self);
}

static Slot *
find_slot (const RcLexicon *self,
           const char      *folded,
           gsize            len,
           guint32          hash)
{
  guint i = hash & self->mask;

  for (;;)
    {
      Slot *slot = &self->slots[i];

      if (slot->id < 0)
        return slot;
      if (slot->hash == hash && slot->len == len &&
          memcmp (self->words->str + slot->offset, folded, len) == 0)
        return slot;
      i = (i + 1) & self->mask;
    }
}

static void
grow (RcLexicon *self)
{
  Slot *old = self->slots;
  guint old_size = self->mask + 1;

  self->mask = old_size * 2 - 1;
  self->slots = g_new (Slot, self->mask + 1);
  for (guint i = 0; i <= self->mask; i++)
    self->slots[i].id = -1;
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
  Slot *slot = find_slot (self, folded, len, hash);
  guint32 offset;

  if (slot->id >= 0)
    return (guint) slot->id;

  if ((self->offsets->len + 1) * 2 > self->mask + 1)
    {
      grow (self);
      slot = find_slot (self, folded, len, hash);
    }

  offset = (guint32) self->words->len;
  g_string_append_len (self->words, folded, (gssize) len);
  g_string_append_c (self->words, '\0');
  slot->hash = hash;
  slot->offset = offset;
  slot->len = (guint32) len;
  slot->id = (gint32) self->offsets->len;
  g_array_append_val (self->offsets, offset);
  return (guint) slot->id;
}

gint
rc_lexicon_lookup (const RcLexicon *self,
                   const char      *folded,
                   gsize            len,
                   guint32          hash)
{
  return find_slot (self, folded, len, hash)->id;
}

guint
rc_lexicon_get_size (const RcLexicon *self)
{
  return self->offsets->len;
}

const char *
rc_lexicon_get_word (const RcLexicon *self,
                     guint            id)
{
  g_return_val_if_fail (id < self->offsets->len, NULL);
  return self->words->str + g_array_index (self->offsets, guint32, id);
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
  g_autofree char *folded = g_utf8_casefold (text, (gssize) len);
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

void
rc_tokenize (RcTokens        *tokens,
             const char      *text,
             gsize            len,
             const RcLexicon *lexicon)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  guint32 cpos = 0;
  gboolean space_before = TRUE;
  gboolean ascii = TRUE;
  RcToken *out;
  guint n = 0;
  gsize fpos = 0;
  char *folded;

  /* every token takes at least one byte: room for all of them, written in place */
  g_array_set_size (tokens->storage, len + 1);
  out = (RcToken *) (void *) tokens->storage->data;
  folded = reserve_folded (tokens->folded, 0, len + len / 2 + 16);
  tokens->n_words = 0;

  while (p < end)
    {
      guchar c = *p;
      RcToken *token = &out[n];
      const guchar *start = p;
      guint16 flags = 0;
      gboolean token_ascii = TRUE;

      /* the common case, an ASCII word: scanned, folded and hashed in one pass */
      if (c < 0x80 && g_ascii_isalnum (c))
        {
          const guchar *q = p;
          guint32 h = FNV_OFFSET;
          gboolean lower_seen = FALSE;
          char *w;

          flags = RC_TOKEN_WORD | (g_ascii_isupper (c) ? RC_TOKEN_UPPER : 0);
          folded = reserve_folded (tokens->folded, fpos, (gsize) (end - p));
          w = folded + fpos;
          while (q < end && *q < 0x80 && g_ascii_isalnum (*q))
            {
              guchar b = *q++;

              if (b <= '9')
                flags |= RC_TOKEN_DIGIT;
              else
                {
                  flags |= RC_TOKEN_ALPHA;
                  if (b >= 'a')
                    lower_seen = TRUE;
                  else
                    b += 'a' - 'A';
                }
              *w++ = (char) b;
              h = (h ^ b) * FNV_PRIME;
            }
          /* "Résumé": the word goes on past ASCII, the general path folds it whole */
          if (q == end || *q < 0x80 || !is_word_char (g_utf8_get_char ((const char *) q)) ||
              is_cjk (g_utf8_get_char ((const char *) q)))
            {
              gsize tlen = (gsize) (q - p);

              if ((flags & RC_TOKEN_ALPHA) && !lower_seen)
                flags |= RC_TOKEN_ALL_UPPER;
              if (space_before)
                flags |= RC_TOKEN_SPACE_BEFORE;
              space_before = FALSE;
              token->start = (guint32) (p - (const guchar *) text);
              token->end = (guint32) (q - (const guchar *) text);
              token->cstart = cpos;
              token->cend = cpos + (guint32) tlen;
              token->flags = flags;
              token->fold = (guint32) fpos;
              token->fold_len = (guint16) MIN (tlen, G_MAXUINT16);
              token->hash = h;
              folded[fpos + tlen] = '\0';
              token->lex = lexicon != NULL
                           ? rc_lexicon_lookup (lexicon, folded + fpos, token->fold_len, h)
                           : -1;
              fpos += tlen + 1;
              cpos += (guint32) tlen;
              p = q;
              n++;
              tokens->n_words++;
              continue;
            }
          flags = 0;
        }

      if (c < 0x80)
        {
          if (g_ascii_isspace (c))
            {
              p++;
              cpos++;
              space_before = TRUE;
              continue;
            }
          token->cstart = cpos;
          if (g_ascii_isalnum (c))
            flags = RC_TOKEN_WORD | (g_ascii_isupper (c) ? RC_TOKEN_UPPER : 0);
          else
            {
              p++;
              cpos++;
            }
        }
      else
        {
          gunichar u = g_utf8_get_char ((const char *) p);
          const guchar *next = (const guchar *) g_utf8_next_char (p);

          ascii = FALSE;
          if (g_unichar_isspace (u))
            {
              p = next;
              cpos++;
              space_before = TRUE;
              continue;
            }
          token->cstart = cpos;
          token_ascii = FALSE;
          flags = RC_TOKEN_NON_ASCII;
          if (is_cjk (u))
            {
              flags |= RC_TOKEN_WORD | RC_TOKEN_ALPHA | RC_TOKEN_CJK;
              p = next;
              cpos++;
            }
          else if (g_unichar_isalnum (u))
            flags |= RC_TOKEN_WORD |
                     (g_unichar_isupper (u) || g_unichar_istitle (u) ? RC_TOKEN_UPPER : 0);
          else
            {
              p = next;
              cpos++;
            }
        }

      if ((flags & (RC_TOKEN_WORD | RC_TOKEN_CJK)) == RC_TOKEN_WORD)
        {
          gboolean lower_seen = FALSE;

          while (p < end)
            {
              guchar b = *p;

              if (b < 0x80)
                {
                  if (!g_ascii_isalnum (b))
                    break;
                  if (b <= '9')
                    flags |= RC_TOKEN_DIGIT;
                  else
                    {
                      flags |= RC_TOKEN_ALPHA;
                      lower_seen |= b >= 'a';
                    }
                  p++;
                }
              else
                {
                  gunichar u = g_utf8_get_char ((const char *) p);

                  if (!is_word_char (u) || is_cjk (u))
                    break;
                  token_ascii = FALSE;
                  ascii = FALSE;
                  flags |= RC_TOKEN_NON_ASCII;
                  if (g_unichar_isdigit (u))
                    flags |= RC_TOKEN_DIGIT;
                  else if (g_unichar_isalpha (u))
                    {
                      flags |= RC_TOKEN_ALPHA;
                      if (g_unichar_islower (u))
                        lower_seen = TRUE;
                    }
                  p = (const guchar *) g_utf8_next_char (p);
                }
              cpos++;
            }
          if ((flags & RC_TOKEN_ALPHA) && !lower_seen)
            flags |= RC_TOKEN_ALL_UPPER;
          tokens->n_words++;
        }
      else if (flags & RC_TOKEN_CJK)
        tokens->n_words++;

      if (space_before)
        flags |= RC_TOKEN_SPACE_BEFORE;
      space_before = FALSE;
      token->start = (guint32) (start - (const guchar *) text);
      token->end = (guint32) (p - (const guchar *) text);
      token->cend = cpos;
      token->flags = flags;
      token->fold = (guint32) fpos;

      /* the folded form, and its hash as it is written */
      if (token_ascii)
        {
          guint32 h = FNV_OFFSET;
          gsize tlen = (gsize) (p - start);

          folded = reserve_folded (tokens->folded, fpos, tlen);
          for (gsize i = 0; i < tlen; i++)
            {
              guchar l = start[i];

              if (l >= 'A' && l <= 'Z')
                l += 'a' - 'A';
              folded[fpos + i] = (char) l;
              h = (h ^ l) * FNV_PRIME;
            }
          fpos += tlen;
          token->fold_len = (guint16) MIN (tlen, G_MAXUINT16);
          token->hash = h;
        }
      else
        {
          g_autofree char *casefolded = NULL;
          const char *symbol = NULL;
          gsize flen;

          if (!(flags & RC_TOKEN_WORD))
            symbol = fold_symbol (g_utf8_get_char ((const char *) start));
          if (symbol == NULL)
            symbol = casefolded = rc_text_fold ((const char *) start, (gsize) (p - start));
          flen = strlen (symbol);
          folded = reserve_folded (tokens->folded, fpos, flen);
          memcpy (folded + fpos, symbol, flen);
          fpos += flen;
          token->fold_len = (guint16) MIN (flen, G_MAXUINT16);
          token->hash = rc_text_hash (symbol, flen);
        }
      folded[fpos++] = '\0';

      token->lex = lexicon != NULL
                   ? rc_lexicon_lookup (lexicon, folded + token->fold, token->fold_len, token->hash)
                   : -1;
      n++;
    }

  g_array_set_size (tokens->storage, n);
  tokens->tokens = (RcToken *) (void *) tokens->storage->data;
  tokens->n_tokens = n;
  tokens->n_chars = cpos;
  tokens->ascii = ascii;
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
