/* rc-text.h — tokens and the word lexicon every rule matches against (private to the core)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "rc-compiled-data.h"

G_BEGIN_DECLS

typedef enum
{
  RC_TOKEN_WORD         = 1 << 0,  /* letters, digits and marks; otherwise one symbol */
  RC_TOKEN_DIGIT        = 1 << 1,  /* holds a digit */
  RC_TOKEN_ALPHA        = 1 << 2,  /* holds a letter */
  RC_TOKEN_UPPER        = 1 << 3,  /* begins with an upper-case letter */
  RC_TOKEN_ALL_UPPER    = 1 << 4,  /* every letter is upper case */
  RC_TOKEN_SPACE_BEFORE = 1 << 5,  /* whitespace or the start of the text comes before it */
  RC_TOKEN_CJK          = 1 << 6,  /* one Han, Hiragana or Katakana character */
  RC_TOKEN_NON_ASCII    = 1 << 7,
  RC_TOKEN_INNER_UPPER  = 1 << 8,  /* an upper-case letter after the first: GitHub, iOS */
} RcTokenFlags;

typedef struct
{
  guint32 start;     /* byte offsets into the text */
  guint32 end;
  guint32 cstart;    /* character (code point) offsets */
  guint32 cend;
  guint32 fold;      /* offset of the folded form in RcTokens.folded */
  guint16 fold_len;
  guint16 flags;     /* RcTokenFlags */
  guint32 hash;      /* rc_text_hash() of the folded form */
  gint32  lex;       /* lexicon id, -1 when the lexicon does not know the word */
} RcToken;

/* Scripts written without spaces between words (Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar):
 * a word in another script ends where one begins ("Python을", "用Go开发"), as Unicode word
 * segmentation has it */
static inline gboolean
rc_text_is_unspaced (gunichar c)
{
  if (c < 0x0E00)
    return FALSE;
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A set of folded words, each with an id: open addressing, the hash kept with each slot.
 * Lookups are inline: every token of every string is looked up in several. */
typedef struct
{
  guint32 hash;
  guint32 offset;  /* into words */
  guint32 len;
  gint32  id;      /* -1: empty slot */
} RcLexiconSlot;

typedef struct _RcLexicon
{
  RcLexiconSlot *slots;
  guint          mask;
  const char    *text;      /* the words, NUL-separated */
  const guint32 *offsets;   /* into text, per id */
  guint          size;      /* ids */
  /* (nullable): what slots, offsets and text are in: their own arrays, or the compiled data
   * rc_lexicon_read() found them in (read only: the first rc_lexicon_intern() of a word it
   * lacks copies them) */
  GArray        *own_offsets;
  GString       *own_text;
  GBytes        *in_place;
} RcLexicon;

static inline RcLexiconSlot *
rc_lexicon_find_slot (const RcLexicon *self,
                      const char      *folded,
                      gsize            len,
                      guint32          hash)
{
  guint i = hash & self->mask;

  for (;;)
    {
      RcLexiconSlot *slot = &self->slots[i];

      if (slot->id < 0)
        return slot;
      if (slot->hash == hash && slot->len == len &&
          memcmp (self->text + slot->offset, folded, len) == 0)
        return slot;
      i = (i + 1) & self->mask;
    }
}

/* the id of @folded (rc_text_hash() @hash), or -1 */
static inline gint
rc_lexicon_lookup (const RcLexicon *self,
                   const char      *folded,
                   gsize            len,
                   guint32          hash)
{
  return rc_lexicon_find_slot (self, folded, len, hash)->id;
}

RcLexicon  *rc_lexicon_new      (void);
RcLexicon  *rc_lexicon_copy     (const RcLexicon *self);
void        rc_lexicon_free     (RcLexicon       *self);
/* @folded must already be folded (rc_text_fold); returns its id, adding it if new */
guint       rc_lexicon_intern   (RcLexicon       *self,
                                 const char      *folded,
                                 gsize            len);
guint       rc_lexicon_get_size (const RcLexicon *self);
const char *rc_lexicon_get_word (const RcLexicon *self,
                                 guint            id);
/* The lexicon as it is held, its table included, so that it is read back in place */
void        rc_lexicon_write    (const RcLexicon  *self,
                                 RcCompiledWriter *writer);
/* (nullable): what rc_lexicon_write() wrote; %NULL, the reader marked bad, when it does not
 * hold a lexicon */
RcLexicon  *rc_lexicon_read     (RcCompiledReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcLexicon, rc_lexicon_free)

typedef struct
{
  RcToken *tokens;
  guint    n_tokens;
  guint    n_words;    /* tokens with RC_TOKEN_WORD */
  guint    n_chars;    /* characters in the whole text */
  gboolean ascii;      /* the text is pure ASCII: byte offsets are character offsets */
  GArray  *storage;    /* owns tokens */
  GString *folded;
} RcTokens;

void      rc_tokens_init     (RcTokens        *tokens);
void      rc_tokens_clear    (RcTokens        *tokens);
/* Splits @text into words and symbols, folds each (case-folded, NFC) and looks it up in @lexicon
 * (nullable). Whitespace separates tokens and is dropped; every other non-word character is a
 * token of its own; each Han/Kana character is a word of its own, so a Latin word next to CJK
 * text is still a word. */
void      rc_tokenize        (RcTokens        *tokens,
                              const char      *text,
                              gsize            len,
                              const RcLexicon *lexicon);
static inline const char *
rc_tokens_folded (const RcTokens *tokens,
                  guint           i)
{
  return tokens->folded->str + tokens->tokens[i].fold;
}

guint32   rc_text_hash       (const char      *data,
                              gsize            len);
/* the folded form of one token's text (what rc_tokenize stores) */
char     *rc_text_fold       (const char      *text,
                              gsize            len);
/* character offset → byte offset (clamped to the string's end) */
gsize     rc_text_char_to_byte (const char    *text,
                                gsize          len,
                                guint          offset);
/* (nullable): @text with its first character in title case: "built" → "Built" */
char     *rc_capitalize      (const char      *text);

G_END_DECLS
