/* rc-taxonomy.c — the key-skills taxonomy and the skill finder
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rc-compiled-data.h"
#include "rc-core-resources.h"
#include "rc-taxonomy-private.h"

#define SKILLS_RESOURCE "/io/github/resumecoach/ResumeCoach/core/skills.json"

G_DEFINE_FINAL_TYPE (RcTaxonomy, rc_taxonomy, G_TYPE_OBJECT)

static void
skill_free (gpointer data)
{
  Skill *skill = data;

  g_clear_pointer (&skill->implied, g_ptr_array_unref);
  g_clear_pointer (&skill->implying, g_ptr_array_unref);
  g_free (skill);
}

static void
rc_taxonomy_finalize (GObject *object)
{
  RcTaxonomy *self = RC_TAXONOMY (object);

  g_clear_pointer (&self->keys, rc_lexicon_free);
  g_clear_pointer (&self->key_terms, g_ptr_array_unref);
  g_clear_pointer (&self->by_term, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->compiled, g_bytes_unref);

  G_OBJECT_CLASS (rc_taxonomy_parent_class)->finalize (object);
}

static void
rc_taxonomy_class_init (RcTaxonomyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_taxonomy_finalize;
}

static void
rc_taxonomy_init (RcTaxonomy *self)
{
  self->skills = g_ptr_array_new_with_free_func (skill_free);
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->terms = g_ptr_array_new_with_free_func (g_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_term = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);
  self->lists = g_ptr_array_new_with_free_func (g_free);
  self->keys = rc_lexicon_new ();
  self->key_terms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

/* Characters -------------------------------------------------------------------------------- */

static gboolean
is_word_unichar (gunichar c)
{
  if (c < 0x80)
    return rc_taxonomy_is_word_ascii ((guchar) c);
  if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
    return FALSE;
  return !rc_text_is_unspaced (c);
}

/* Whether the character starting at byte @pos of @text is a word character. */
static gboolean
word_at (const char *text,
         gsize       len,
         gsize       pos)
{
  guchar b;

  if (pos >= len)
    return FALSE;
  b = (guchar) text[pos];
  if (b < 0x80)
    return rc_taxonomy_is_word_ascii (b);
  return is_word_unichar (g_utf8_get_char (text + pos));
}

/* Whether the character ending just before byte @pos is a word character. */
static gboolean
word_before (const char *text,
             gsize       pos)
{
  const char *prev;

  if (pos == 0)
    return FALSE;
  if ((guchar) text[pos - 1] < 0x80)
    return rc_taxonomy_is_word_ascii ((guchar) text[pos - 1]);
  prev = g_utf8_find_prev_char (text, text + pos);
  return prev != NULL && is_word_unichar (g_utf8_get_char (prev));
}

static gboolean
is_horizontal_space (const char *text,
                     gsize       len,
                     gsize       pos,
                     gsize      *next)
{
  guchar b = (guchar) text[pos];

  if (b == ' ' || b == '\t' || b == '\r')
    {
      *next = pos + 1;
      return TRUE;
    }
  if (b >= 0x80)
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (c != '\n' && g_unichar_isspace (c))
        {
          *next = g_utf8_next_char (text + pos) - text;
          return TRUE;
        }
    }
  return FALSE;
}

/* Skips a run of white space holding at most one line break (wrapped text, not a new item);
 * returns the new position, @pos when there is none. */
static gsize
skip_space (const char *text,
            gsize       len,
            gsize       pos)
{
  gboolean newline = FALSE;
  gsize next;

  while (pos < len)
    {
      if (text[pos] == '\n')
        {
          if (newline)
            break;
          newline = TRUE;
          pos++;
        }
      else if (is_horizontal_space (text, len, pos, &next))
        pos = next;
      else
        break;
    }
  return pos;
}

static gsize
skip_horizontal_space (const char *text,
                       gsize       len,
                       gsize       pos)
{
  gsize next;

  while (pos < len && is_horizontal_space (text, len, pos, &next))
    pos = next;
  return pos;
}

/* Whether a term may end at @pos: no word character follows, nor a dotted word (".js", so
 * "Node" is not found in "Node.js" nor "GitHub" in "github.com"), nor "#"/"++" ("C" in "C#"). */
static gboolean
boundary_after (const char *text,
                gsize       len,
                gsize       pos)
{
  guchar b;

  if (pos >= len)
    return TRUE;
  b = (guchar) text[pos];
  if (b == '.')
    return !word_at (text, len, pos + 1);
  if (b == '#' || b == '+')
    return word_at (text, len, pos + 1);
  return !word_at (text, len, pos);
}

/* Whether a term may start at @pos: the mirror of boundary_after(). */
static gboolean
boundary_before (const char *text,
                 gsize       pos)
{
  if (pos == 0)
    return TRUE;
  if (text[pos - 1] == '.')
    return !word_before (text, pos - 1);
  return !word_before (text, pos);
}

static gsize
count_chars (const char *text,
             gsize       from,
             gsize       to)
{
  gsize n = 0;

  for (gsize i = from; i < to; i++)
    if (((guchar) text[i] & 0xC0) != 0x80)
      n++;
  return n;
}

/* The word (ASCII letters and digits) starting at @pos, lower-cased into @buf. */
static gsize
read_word (const char *text,
           gsize       len,
           gsize       pos,
           char       *buf,
           gsize       size)
{
  gsize n = 0;

  while (pos + n < len && n + 1 < size && g_ascii_isalnum (text[pos + n]))
    {
      buf[n] = g_ascii_tolower (text[pos + n]);
      n++;
    }
  buf[n] = '\0';
  return n;
}

static gboolean
strv_has_word (const char * const *words,
               const char         *word)
{
  gsize len = strlen (word);

  if (words == NULL || len == 0)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strcmp (words[i], word) == 0)
        return TRUE;
      /* "services" answers to "service" */
      if (word[len - 1] == 's' && strncmp (words[i], word, len - 1) == 0 && words[i][len - 1] == '\0')
        return TRUE;
    }
  return FALSE;
}

/* Matching one term ------------------------------------------------------------------------ */

/* Compares @term with the text at @start; returns the end of the match, or 0 when it does
 * not match there (a term never ends at byte 0). */
static gsize
match_term (const Term *term,
            const char *text,
            gsize       len,
            gsize       start,
            gboolean   *canonical)
{
  const char *want = (term->flags & TERM_EXACT_CASE) ? term->spelling : term->key;
  gboolean same = TRUE;
  gsize i = start;
  gsize end;

  for (guint k = 0; k < term->len; k++)
    {
      char t = want[k];

      if (t == ' ' || t == '-')
        {
          if (i < len && text[i] == '-')
            {
              same = same && t == '-';
              i++;
            }
          else
            {
              gsize next = skip_space (text, len, i);

              if (next == i)
                return 0;
              same = same && t == ' ';
              i = next;
            }
          continue;
        }
      if (i >= len)
        return 0;
      if (text[i] != term->spelling[k])
        {
          if ((term->flags & TERM_EXACT_CASE) || g_ascii_tolower (text[i]) != t)
            return 0;
          same = FALSE;
        }
      i++;
    }

  end = i;
  if (!boundary_after (text, len, end))
    {
      char last = term->key[term->len - 1];

      if (!(term->flags & TERM_PLURAL) || end >= len)
        return 0;
      if ((text[end] == 's' || text[end] == 'S') && boundary_after (text, len, end + 1))
        end++;
      else if ((last == 's' || last == 'x' || last == 'z' || last == 'h') &&
               end + 1 < len && (text[end] == 'e' || text[end] == 'E') &&
               (text[end + 1] == 's' || text[end + 1] == 'S') &&
               boundary_after (text, len, end + 2))
        end += 2;
      else
        return 0;
    }

  if (canonical != NULL)
    *canonical = (term->flags & TERM_PHRASE) ||
                 ((term->flags & TERM_NAME) && (same || !term->skill->pub.hard));
  return end;
}

/* Ambiguous terms -------------------------------------------------------------------------- */

typedef enum
{
  VERDICT_REJECT,
  VERDICT_ACCEPT,
  VERDICT_PENDING,  /* accepted only next to an accepted skill in a list */
} Verdict;

static gboolean
is_line_start (const char *text,
               gsize       pos)
{
  /* back over horizontal space and one bullet marker ("-", "*", "•", "1.") */
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
    pos--;
  if (pos > 0 && (text[pos - 1] == '-' || text[pos - 1] == '*'))
    pos--;
  else if (pos >= 3 && memcmp (text + pos - 3, "\xe2\x80\xa2", 3) == 0)
    pos -= 3;
  else if (pos > 0 && (text[pos - 1] == '.' || text[pos - 1] == ')'))
    {
      gsize digits = pos - 1;

      while (digits > 0 && g_ascii_isdigit (text[digits - 1]))
        digits--;
      if (digits < pos - 1)
        pos = digits;
    }
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
    pos--;
  return pos == 0 || text[pos - 1] == '\n' || text[pos - 1] == ':';
}

static gboolean
is_line_end (const char *text,
             gsize       len,
             gsize       pos)
{
  while (pos < len && strchr (" \t\r.,;!", text[pos]) != NULL)
    pos++;
  return pos >= len || text[pos] == '\n';
}

/* "1.22", "3.x" */
static gboolean
is_version_at (const char *text,
               gsize       len,
               gsize       pos)
{
  gsize i = pos;

  while (i < len && g_ascii_isdigit (text[i]))
    i++;
  return i > pos && i + 1 < len && text[i] == '.' &&
         (g_ascii_isdigit (text[i + 1]) || text[i + 1] == 'x');
}

static gboolean
is_year_at (const char *text,
            gsize       len,
            gsize       pos)
{
  return pos + 4 <= len &&
         (strncmp (text + pos, "19", 2) == 0 || strncmp (text + pos, "20", 2) == 0) &&
         g_ascii_isdigit (text[pos + 2]) && g_ascii_isdigit (text[pos + 3]) &&
         !word_at (text, len, pos + 4);
}

static const char * const compound_words[] = { "based", "powered", "backed", "native", NULL };

/* The ASCII word that ends, past horizontal space, just before byte @start, lower-cased into
 * @word; FALSE when there is none. */
static gboolean
read_word_before (const char *text,
                  gsize       len,
                  gsize       start,
                  char       *word,
                  gsize       size)
{
  gsize pos = start, from;

  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
    pos--;
  if (pos == start || pos == 0 || !g_ascii_isalnum (text[pos - 1]))
    return FALSE;
  from = pos;
  while (from > 0 && g_ascii_isalnum (text[from - 1]))
    from--;
  if (pos - from >= size || word_before (text, from))
    return FALSE;
  read_word (text, len, from, word, size);
  return TRUE;
}

/* Whether a note in brackets, and only that, follows @end on its line: " (4 yrs)" */
static gboolean
is_bracketed_note (const char *text,
                   gsize       len,
                   gsize       end)
{
  gsize pos = skip_horizontal_space (text, len, end);
  const char *close;

  if (pos >= len || text[pos] != '(' ||
      (close = memchr (text + pos, ')', len - pos)) == NULL ||
      memchr (text + pos, '\n', (gsize) (close - (text + pos))) != NULL)
    return FALSE;
  return is_line_end (text, len, (gsize) (close - text) + 1);
}

static Verdict
judge_ambiguous (const Term *term,
                 const char *text,
                 gsize       len,
                 gsize       start,
                 gsize       end)
{
  const Skill *skill = term->skill;
  char word[MAX_KEY];
  gsize pos;

  if (!(term->flags & TERM_CONTEXT))
    return VERDICT_ACCEPT;

  /* part of a hyphenated word: "No-Go", "Go-to-market", but "Go-based" */
  if (start >= 2 && text[start - 1] == '-' && word_before (text, start - 1))
    return VERDICT_REJECT;
  if (end < len && text[end] == '-' && word_at (text, len, end + 1))
    {
      read_word (text, len, end + 1, word, sizeof word);
      if (strv_has_word ((const char * const *) skill->after, word) ||
          strv_has_word (compound_words, word))
        return VERDICT_ACCEPT;
      return VERDICT_REJECT;
    }

  /* an employer, not the product: "at Oracle", "former Oracle consultants" */
  if (skill->not_before != NULL && read_word_before (text, len, start, word, sizeof word) &&
      strv_has_word ((const char * const *) skill->not_before, word))
    return VERDICT_REJECT;

  /* inside Chinese or Japanese text the English word is not meant: "用Go开发" */
  if ((start > 0 && (guchar) text[start - 1] >= 0x80 &&
       rc_text_is_unspaced (g_utf8_get_char (g_utf8_find_prev_char (text, text + start)))) ||
      (end < len && (guchar) text[end] >= 0x80 &&
       rc_text_is_unspaced (g_utf8_get_char (text + end))))
    return VERDICT_ACCEPT;

  /* what follows: a veto ("Go live", "Spring 2021"), or a confirmation ("Go services") */
  pos = end;
  if (pos + 1 < len && text[pos] == '\'' && (text[pos + 1] == 's' || text[pos + 1] == 'S'))
    pos += 2;
  else if (pos + 3 < len && memcmp (text + pos, "\xe2\x80\x99", 3) == 0 &&
           (text[pos + 3] == 's' || text[pos + 3] == 'S'))
    pos += 4;
  pos = skip_horizontal_space (text, len, pos);
  if (is_year_at (text, len, pos))
    return VERDICT_REJECT;
  if (pos > end && read_word (text, len, pos, word, sizeof word) > 0)
    {
      if (strv_has_word ((const char * const *) skill->not_after, word))
        return VERDICT_REJECT;
      if (strv_has_word ((const char * const *) skill->after, word))
        return VERDICT_ACCEPT;
      if (is_version_at (text, len, pos))
        return VERDICT_ACCEPT;
    }

  /* alone on its line, or as a "Label: Go" value, or "(Go)"; or a skill's name with a note
   * in brackets and nothing after: "Go (4 yrs)", "Go (advanced)" */
  if (is_line_start (text, start) &&
      (is_line_end (text, len, end) || is_bracketed_note (text, len, end)))
    return VERDICT_ACCEPT;
  if (start > 0 && text[start - 1] == '(' && end < len && text[end] == ')')
    return VERDICT_ACCEPT;

  /* what precedes: "written in Go" */
  if (read_word_before (text, len, start, word, sizeof word) &&
      strv_has_word ((const char * const *) skill->before, word))
    return VERDICT_ACCEPT;

  return VERDICT_PENDING;
}

/* Whether only list punctuation, spaces or "and"/"or"/"with" lie between two mentions. */
static gboolean
is_list_gap (const char *text,
             gsize       from,
             gsize       to)
{
  gsize i = from;

  while (i < to)
    {
      guchar b = (guchar) text[i];

      if (strchr (" \t\r,/|&+()[]:", b) != NULL && b != '\0')
        i++;
      else if (b == 0xC2 && i + 1 < to && (guchar) text[i + 1] == 0xB7)  /* · */
        i += 2;
      else if (i + 2 < to && memcmp (text + i, "\xe2\x80\xa2", 3) == 0)  /* • */
        i += 3;
      else if (g_ascii_isalpha (b))
        {
          gsize j = i;

          while (j < to && g_ascii_isalpha (text[j]))
            j++;
          if (!((j - i == 3 && g_ascii_strncasecmp (text + i, "and", 3) == 0) ||
                (j - i == 2 && g_ascii_strncasecmp (text + i, "or", 2) == 0) ||
                (j - i == 4 && g_ascii_strncasecmp (text + i, "with", 4) == 0)))
            return FALSE;
          i = j;
        }
      else
        return FALSE;
    }
  return TRUE;
}

/* A language and its framework vouch for each other: "Node/Express", "Go (Gin)". */
static gboolean
are_related (const Skill *a,
             const Skill *b)
{
  return (a->language != NULL && strcmp (a->language, b->id) == 0) ||
         (b->language != NULL && strcmp (b->language, a->id) == 0);
}

/* Finding ---------------------------------------------------------------------------------- */

typedef struct
{
  const Term *term;
  gsize       start;   /* bytes */
  gsize       end;
  guint       cstart;  /* characters */
  guint       cend;
  Verdict     verdict;
  gboolean    canonical;
} Found;

typedef struct
{
  Found *items;
  guint  len;
  guint  size;
  Found  stack[32];
} FoundList;

static void
found_list_add (FoundList   *list,
                const Found *found)
{
  if (list->len == list->size)
    {
      list->size *= 2;
      if (list->items == list->stack)
        list->items = g_memdup2 (list->stack, sizeof list->stack);
      list->items = g_renew (Found, list->items, list->size);
    }
  list->items[list->len++] = *found;
}

/* Tries the terms of @candidates at the word starting at byte @tok, whose next word begins
 * with @second (folded; 0 when none); fills @found on success. */
static gboolean
try_candidates (GPtrArray  *candidates,
                const char *text,
                gsize       len,
                gsize       tok,
                char        second,
                gsize       floor,
                Found      *found)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      const Term *term = g_ptr_array_index (candidates, i);
      gsize start = tok - term->lead;
      gboolean canonical = FALSE;
      gsize end;
      Verdict verdict;

      /* most terms of two words fail at the second: "rate limiting" at "rates cut" */
      if (term->lead > tok || start < floor || (term->second != 0 && term->second != second))
        continue;
      if (term->lead > 0)
        {
          if (g_ascii_strncasecmp (text + start, term->key, term->lead) != 0 ||
              !boundary_before (text, start))
            continue;
        }
      else if (!boundary_before (text, start))
        continue;

      end = match_term (term, text, len, start, &canonical);
      if (end == 0)
        continue;

      verdict = VERDICT_ACCEPT;
      if (term->flags & TERM_EXACT_CASE)
        verdict = judge_ambiguous (term, text, len, start, end);
      if (verdict == VERDICT_REJECT)
        continue;

      found->term = term;
      found->start = start;
      found->end = end;
      found->verdict = verdict;
      found->canonical = canonical;
      return TRUE;
    }
  return FALSE;
}

static void
settle_pending (FoundList  *list,
                const char *text)
{
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < list->len; i++)
        {
          Found *f = &list->items[i];

          if (f->verdict != VERDICT_PENDING)
            continue;
          for (int d = -1; d <= 1; d += 2)
            {
              Found *n;

              if ((d < 0 && i == 0) || (d > 0 && i + 1 >= list->len))
                continue;
              n = &list->items[i + d];
              if (n->verdict == VERDICT_REJECT || n->term->skill == f->term->skill)
                continue;
              if (n->verdict == VERDICT_PENDING && !are_related (f->term->skill, n->term->skill))
                continue;
              if (!(d < 0 ? is_list_gap (text, n->end, f->start) : is_list_gap (text, f->end, n->start)))
                continue;
              f->verdict = VERDICT_ACCEPT;
              if (n->verdict == VERDICT_PENDING)
                n->verdict = VERDICT_ACCEPT;
              changed = TRUE;
              break;
            }
        }
    }
}

static gboolean
try_key (RcTaxonomy *self,
         const char *key,
         gsize       n,
         guint32     hash,
         const char *text,
         gsize       len,
         gsize       tok,
         char        second,
         gsize       floor,
         Found      *found)
{
  gint id = rc_lexicon_lookup (self->keys, key, n, hash);

  return id >= 0 && try_candidates (g_ptr_array_index (self->key_terms, id), text, len, tok,
                                    second, floor, found);
}

/* the folded first byte of the word after token @t, past one hyphen; 0 when none */
static char
second_word (const RcTokens *tokens,
             guint           t)
{
  guint n = t + 1;

  if (n < tokens->n_tokens && !(tokens->tokens[n].flags & RC_TOKEN_WORD) &&
      tokens->tokens[n].fold_len == 1 && rc_tokens_folded (tokens, n)[0] == '-')
    n++;
  if (n >= tokens->n_tokens || !(tokens->tokens[n].flags & RC_TOKEN_WORD))
    return 0;
  return rc_tokens_folded (tokens, n)[0];
}

/* The terms whose first word is token @t, or its singular */
static gboolean
find_at_token (RcTaxonomy     *self,
               const char     *text,
               gsize           len,
               const RcTokens *tokens,
               guint           t,
               gsize           floor,
               Found          *found)
{
  const RcToken *token = &tokens->tokens[t];
  const char *key = rc_tokens_folded (tokens, t);
  gsize n = token->fold_len;
  char second = second_word (tokens, t);

  if (try_key (self, key, n, token->hash, text, len, token->start, second, floor, found))
    return TRUE;
  /* "microservices" starts with the term "microservice" */
  if (n > 2 && key[n - 1] == 's')
    {
      if (try_key (self, key, n - 1, rc_text_hash (key, n - 1), text, len, token->start,
                   second, floor, found))
        return TRUE;
      if (n > 3 && key[n - 2] == 'e')
        return try_key (self, key, n - 2, rc_text_hash (key, n - 2), text, len, token->start,
                        second, floor, found);
    }
  return FALSE;
}

/**
 * rc_taxonomy_find_tokens:
 * @self: a #RcTaxonomy
 * @text: UTF-8 text
 * @len: its length in bytes
 * @tokens: @text as rc_tokenize() split it
 *
 * @mentions: (element-type RcSkillMention): where the mentions go, in text order, in place
 *   of what it held
 *
 * Finds every skill mentioned in @text, whose words are already split and folded: each ASCII
 * word costs one lookup of its folded form, then a comparison with the few terms that start
 * with it, longest first.
 */
void
rc_taxonomy_find_tokens (RcTaxonomy     *self,
                         const char     *text,
                         gsize           len,
                         const RcTokens *tokens,
                         GArray         *mentions)
{
  FoundList list;
  gboolean pending = FALSE;
  gsize floor = 0;

  g_return_if_fail (RC_IS_TAXONOMY (self));
  g_return_if_fail (text != NULL);

  g_array_set_size (mentions, 0);
  list.items = list.stack;
  list.len = 0;
  list.size = G_N_ELEMENTS (list.stack);

  for (guint t = 0; t < tokens->n_tokens; t++)
    {
      const RcToken *token = &tokens->tokens[t];
      Found found;

      if ((token->flags & (RC_TOKEN_WORD | RC_TOKEN_NON_ASCII)) != RC_TOKEN_WORD ||
          token->fold_len >= MAX_KEY || token->start < floor ||
          !find_at_token (self, text, len, tokens, t, floor, &found))
        continue;
      found.cstart = token->cstart - (guint) (token->start - found.start);
      found.cend = found.cstart + count_chars (text, found.start, found.end);
      pending = pending || found.verdict == VERDICT_PENDING;
      found_list_add (&list, &found);
      floor = found.end;
    }

  if (pending)
    settle_pending (&list, text);

  for (guint k = 0; k < list.len; k++)
    {
      const Found *f = &list.items[k];
      RcSkillMention mention;

      if (f->verdict != VERDICT_ACCEPT)
        continue;
      mention.skill = &f->term->skill->pub;
      mention.start = f->cstart;
      mention.end = f->cend;
      mention.canonical = f->canonical;
      g_array_append_val (mentions, mention);
    }

  if (list.items != list.stack)
    g_free (list.items);
}

static void
free_tokens (gpointer data)
{
  rc_tokens_clear (data);
  g_free (data);
}

/**
 * rc_taxonomy_find:
 * @self: a #RcTaxonomy
 * @text: UTF-8 text
 *
 * Finds every skill mentioned in @text (see rc_taxonomy_find_tokens()).
 *
 * Returns: (transfer full) (element-type RcSkillMention): the mentions, in text order
 */
GArray *
rc_taxonomy_find (RcTaxonomy *self,
                  const char *text)
{
  static GPrivate key = G_PRIVATE_INIT (free_tokens);
  RcTokens *tokens = g_private_get (&key);
  GArray *result;
  gsize len;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (tokens == NULL)
    {
      tokens = g_new (RcTokens, 1);
      rc_tokens_init (tokens);
      g_private_set (&key, tokens);
    }
  len = strlen (text);
  rc_tokenize (tokens, text, len, NULL);
  result = g_array_new (FALSE, FALSE, sizeof (RcSkillMention));
  rc_taxonomy_find_tokens (self, text, len, tokens, result);
  return result;
}

RcTaxonomy *
rc_taxonomy_new_from_bytes (GBytes  *json,
                            GError **error)
{
  g_autoptr(RcTaxonomy) self = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RC_TYPE_TAXONOMY, NULL);
  if (!rc_taxonomy_load (self, json, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* the taxonomy compiled from data/skills.json at build time; see rc-compiled-data.h */
RcTaxonomy *
rc_taxonomy_new_compiled (GError **error)
{
  g_autoptr(RcTaxonomy) self = NULL;
  g_autoptr(GBytes) data = NULL;

  data = rc_compiled_data_lookup (RC_TAXONOMY_COMPILED_RESOURCE, error);
  if (data == NULL)
    return NULL;
  self = g_object_new (RC_TYPE_TAXONOMY, NULL);
  if (!rc_taxonomy_load_compiled (self, data, error))
    return NULL;
  return g_steal_pointer (&self);
}

RcTaxonomy *
rc_taxonomy_get_default (void)
{
  static RcTaxonomy *taxonomy;

  if (g_once_init_enter (&taxonomy))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      RcTaxonomy *loaded = NULL;

      /* the compiled form; only rc-compile-data, which makes it, reads the JSON */
      if (rc_core_compiled_get_resource () != NULL)
        {
          loaded = rc_taxonomy_new_compiled (&error);
          if (loaded == NULL)
            g_critical ("The compiled skills taxonomy is broken: %s", error->message);
          g_clear_error (&error);
        }
      if (loaded == NULL)
        {
          bytes = g_resource_lookup_data (rc_core_get_resource (), SKILLS_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
          if (bytes != NULL)
            loaded = rc_taxonomy_new_from_bytes (bytes, &error);
        }
      if (loaded == NULL)
        {
          g_critical ("The bundled skills taxonomy is broken: %s", error->message);
          loaded = g_object_new (RC_TYPE_TAXONOMY, NULL);
        }
      g_once_init_leave (&taxonomy, loaded);
    }
  return taxonomy;
}

const RcSkill *
rc_taxonomy_lookup (RcTaxonomy *self,
                    const char *term)
{
  g_autofree char *key = NULL;
  const Skill *skill;
  gsize len;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (term != NULL, NULL);

  key = rc_taxonomy_normalise_term (term);
  skill = g_hash_table_lookup (self->by_term, key);
  len = strlen (key);
  if (skill == NULL && len > 2 && key[len - 1] == 's')
    {
      key[len - 1] = '\0';
      skill = g_hash_table_lookup (self->by_term, key);
    }
  return skill != NULL ? &skill->pub : NULL;
}

const RcSkill *
rc_taxonomy_get_skill (RcTaxonomy *self,
                       const char *id)
{
  const Skill *skill;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  skill = g_hash_table_lookup (self->by_id, id);
  return skill != NULL ? &skill->pub : NULL;
}

GPtrArray *
rc_taxonomy_get_skills (RcTaxonomy *self)
{
  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);

  return self->skills;
}

gboolean
rc_taxonomy_implies (RcTaxonomy *self,
                     const char *id,
                     const char *implied_id)
{
  const Skill *skill;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (id != NULL && implied_id != NULL, FALSE);

  skill = g_hash_table_lookup (self->by_id, id);
  if (skill == NULL || skill->pub.implied == NULL)
    return FALSE;
  for (const RcSkill * const *s = skill->pub.implied; *s != NULL; s++)
    if (strcmp ((*s)->id, implied_id) == 0)
      return TRUE;
  return FALSE;
}

GPtrArray *
rc_taxonomy_get_implying (RcTaxonomy *self,
                          const char *id)
{
  static GPtrArray *none;
  const Skill *skill;

  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  skill = g_hash_table_lookup (self->by_id, id);
  if (skill != NULL && skill->implying != NULL)
    return skill->implying;
  if (g_once_init_enter (&none))
    g_once_init_leave (&none, g_ptr_array_new ());
  return none;
}

GPtrArray *
rc_taxonomy_get_categories (RcTaxonomy *self)
{
  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);

  return self->categories;
}

const RcSkillCategory *
rc_taxonomy_get_category (RcTaxonomy *self,
                          const char *id)
{
  g_return_val_if_fail (RC_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const Category *category = g_ptr_array_index (self->categories, i);

      if (strcmp (category->id, id) == 0)
        return &category->pub;
    }
  return NULL;
}
