/* rc-checks-spelling.c — spelling and grammar basics: misspelled words and technical names,
 * doubled words, mixed tenses, degree names
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-json-typed.h"
#include "rc-spell.h"

/* ------------------------------------------------------------------------------------------ */
/* Words as a reader sees them                                                                 */

/* A run of tokens with no space inside, less the punctuation around it. What holds a symbol
 * other than a hyphen or an apostrophe (links, e-mail addresses, paths, code, dotted names),
 * or a digit (versions, numbers with units), is not a word to spell. */
typedef struct
{
  guint    first;       /* tokens of the core */
  guint    last;
  gboolean words;      /* letters only, joined by hyphens; a possessive 's left out */
  gboolean initial;    /* begins a sentence */
  gboolean spaced;     /* only a space between it and the next chunk */
  gint8    verdict;    /* a single word's RcSpellVerdict (a known word is correct), or -1
                        * before it is asked */
  gint8    unknown;    /* is_unknown(), or -1 before it is asked */
  guint8   first_case; /* WordCase of its first token */
} Chunk;

typedef enum
{
  CASE_LOWER,
  CASE_CAPITAL,        /* Capital, the rest lower case */
  CASE_MIXED,          /* camelCase, iOS, GitHub */
  CASE_UPPER,          /* acronyms */
} WordCase;

static gboolean
is_edge_punctuation (const char *folded)
{
  if (folded[0] != '\0' && folded[1] == '\0')
    return strchr ("()[]{}\"',.;:!?*_", folded[0]) != NULL;
  return strcmp (folded, "«") == 0 || strcmp (folded, "»") == 0 || strcmp (folded, "…") == 0 ||
         strcmp (folded, "„") == 0;
}

static inline gboolean
ends_sentence (const char *folded)
{
  return (folded[0] == '.' || folded[0] == '!' || folded[0] == '?') && folded[1] == '\0';
}

/* a list marker or a dash standing alone: what follows starts afresh */
static gboolean
is_marker (const char *folded)
{
  return strcmp (folded, "-") == 0 || strcmp (folded, "–") == 0 || strcmp (folded, "—") == 0 ||
         strcmp (folded, "•") == 0 || strcmp (folded, "·") == 0 || strcmp (folded, "*") == 0;
}

static WordCase
word_case (const RcToken *t)
{
  if (t->flags & RC_TOKEN_ALL_UPPER)
    return t->end - t->start > 1 ? CASE_UPPER : CASE_CAPITAL;
  if (t->flags & RC_TOKEN_INNER_UPPER)
    return CASE_MIXED;
  return (t->flags & RC_TOKEN_UPPER) ? CASE_CAPITAL : CASE_LOWER;
}

static gboolean
is_latin_word (const RcStringEntry *entry,
               const RcToken       *t)
{
  if (!(t->flags & RC_TOKEN_NON_ASCII))
    return TRUE;
  for (const char *p = entry->text + t->start; p < entry->text + t->end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) && g_unichar_get_script (c) != G_UNICODE_SCRIPT_LATIN)
        return FALSE;
    }
  return TRUE;
}

/* the core of tokens @a…@b: words joined by hyphens, or FALSE */
static gboolean
core_is_words (const RcStringContext *ctx,
               guint                 *a,
               guint                 *b)
{
  const RcTokens *tokens = ctx->tokens;

  /* team's, the team’s */
  if (*b >= *a + 2 && rc_check_token_is (tokens, *b, "s") &&
      rc_check_token_is (tokens, *b - 1, "'"))
    *b -= 2;
  for (guint i = *a; i <= *b; i++)
    {
      const RcToken *t = &tokens->tokens[i];
      gboolean word = (t->flags & RC_TOKEN_WORD) != 0;

      if (word ? (t->flags & (RC_TOKEN_DIGIT | RC_TOKEN_CJK)) != 0 ||
                 !is_latin_word (ctx->entry, t)
               : ((i - *a) % 2 == 0 || !rc_check_token_is (tokens, i, "-")))
        return FALSE;
      if (!word && i == *b)
        return FALSE;
    }
  return TRUE;
}

/* whether token @i opens a line of a string of several: "Led X\nSucessfully …" */
static gboolean
opens_line (const RcStringContext *ctx,
            guint                  i)
{
  const char *text = ctx->entry->text;

  for (guint32 at = ctx->tokens->tokens[i].start; at > 0; at--)
    {
      if (text[at - 1] == '\n')
        return TRUE;
      if (text[at - 1] != ' ' && text[at - 1] != '\t')
        return FALSE;
    }
  return FALSE;
}

static void
read_chunks (const RcStringContext *ctx,
             GArray                *chunks)
{
  const RcTokens *tokens = ctx->tokens;
  /* a skill is a name, however it begins */
  gboolean names = ctx->entry->scope == g_bit_nth_lsf (RC_SCOPE_SKILLS, -1);
  gboolean initial = !names;
  /* a string of several lines, where a line's first word opens a sentence */
  gboolean lines = !names && memchr (ctx->entry->text, '\n', ctx->entry->len) != NULL;
  guint n = 0;

  g_array_set_size (chunks, tokens->n_tokens);
  for (guint i = 0; i < tokens->n_tokens;)
    {
      guint end = i + 1, a = i, b;
      Chunk chunk = { 0 };
      gboolean has_word = FALSE;

      while (end < tokens->n_tokens && !(tokens->tokens[end].flags & RC_TOKEN_SPACE_BEFORE))
        end++;
      if (lines && i > 0 && (tokens->tokens[i].flags & RC_TOKEN_SPACE_BEFORE) &&
          opens_line (ctx, i))
        initial = TRUE;
      /* most chunks are one word alone */
      if (end == i + 1 && (tokens->tokens[i].flags & RC_TOKEN_WORD))
        {
          const RcToken *t = &tokens->tokens[i];

          chunk.first = chunk.last = i;
          chunk.verdict = -1;
          chunk.unknown = -1;
          chunk.first_case = (guint8) word_case (t);
          chunk.initial = initial;
          chunk.spaced = end < tokens->n_tokens && (tokens->tokens[end].flags & RC_TOKEN_WORD);
          chunk.words = !(t->flags & (RC_TOKEN_DIGIT | RC_TOKEN_CJK)) &&
                        is_latin_word (ctx->entry, t);
          g_array_index (chunks, Chunk, n++) = chunk;
          initial = FALSE;
          i = end;
          continue;
        }
      b = end - 1;
      while (a < b && !(tokens->tokens[a].flags & RC_TOKEN_WORD) &&
             is_edge_punctuation (rc_tokens_folded (tokens, a)))
        a++;
      while (b > a && !(tokens->tokens[b].flags & RC_TOKEN_WORD) &&
             is_edge_punctuation (rc_tokens_folded (tokens, b)))
        b--;
      for (guint k = a; k <= b; k++)
        has_word |= (tokens->tokens[k].flags & RC_TOKEN_WORD) != 0;

      if (has_word)
        {
          chunk.first = a;
          chunk.last = b;
          chunk.verdict = -1;
          chunk.unknown = -1;
          chunk.first_case = (guint8) word_case (&tokens->tokens[chunk.first]);
          chunk.initial = initial;
          chunk.spaced = b == end - 1 && end < tokens->n_tokens &&
                         (tokens->tokens[end].flags & RC_TOKEN_WORD);
          chunk.words = core_is_words (ctx, &chunk.first, &chunk.last);
          if (chunk.last != b)
            chunk.spaced = FALSE;
          g_array_index (chunks, Chunk, n++) = chunk;
          initial = !names && ends_sentence (rc_tokens_folded (tokens, end - 1));
        }
      else
        initial = !names &&
                  (initial || (end == i + 1 && is_marker (rc_tokens_folded (tokens, i))) ||
                   ends_sentence (rc_tokens_folded (tokens, end - 1)));
      i = end;
    }
  g_array_set_size (chunks, n);
}

/* The chunks of the string being read, which both spelling rules read: made once a reading */
typedef struct
{
  GArray          *chunks;
  guint            serial;    /* of the reading they are of (RcStringContext.serial) */
  gboolean         read;
  GString         *text;      /* run_tech's */
} Scratch;

static void
scratch_free (gpointer data)
{
  Scratch *scratch = data;

  g_array_unref (scratch->chunks);
  g_string_free (scratch->text, TRUE);
  g_free (scratch);
}

static Scratch *
get_scratch (void)
{
  static GPrivate key = G_PRIVATE_INIT (scratch_free);
  Scratch *scratch = g_private_get (&key);

  if (scratch == NULL)
    {
      scratch = g_new0 (Scratch, 1);
      scratch->chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
      scratch->text = g_string_sized_new (64);
      g_private_set (&key, scratch);
    }
  return scratch;
}

static GArray *
get_chunks (const RcStringContext *ctx)
{
  Scratch *scratch = get_scratch ();

  if (!scratch->read || scratch->serial != ctx->serial)
    {
      read_chunks (ctx, scratch->chunks);
      scratch->serial = ctx->serial;
      scratch->read = TRUE;
    }
  return scratch->chunks;
}

static inline const char *
token_text (const RcStringContext *ctx,
            guint                  i)
{
  return ctx->entry->text + ctx->tokens->tokens[i].start;
}

static inline gsize
token_len (const RcStringContext *ctx,
           guint                  i)
{
  return ctx->tokens->tokens[i].end - ctx->tokens->tokens[i].start;
}

/* a word of the lexicon or of the resume's own names ("Parcelwise") */
static gboolean
is_known (const RcStringContext *ctx,
          RcSpell               *spell,
          guint                  i)
{
  const RcToken *t = &ctx->tokens->tokens[i];
  const char *folded = rc_tokens_folded (ctx->tokens, i);

  return rc_spell_is_known (spell, folded, t->fold_len, t->hash) ||
         (ctx->names != NULL && rc_lexicon_lookup (ctx->names, folded, t->fold_len, t->hash) >= 0);
}

/* what the lexicon, the names or the dictionaries say of word @i, asked once for a chunk
 * of one word: both spelling rules want it */
static RcSpellVerdict
word_verdict (const RcStringContext *ctx,
              RcSpell               *spell,
              Chunk                 *chunk,
              guint                  i)
{
  RcSpellVerdict verdict;

  if (chunk->first == chunk->last && chunk->verdict >= 0)
    return chunk->verdict;
  verdict = is_known (ctx, spell, i) ? RC_SPELL_CORRECT
            : rc_spell_check (spell, token_text (ctx, i), token_len (ctx, i), FALSE, NULL);
  if (chunk->first == chunk->last)
    chunk->verdict = (gint8) verdict;
  return verdict;
}

/* a single word no dictionary, lexicon or list of names knows */
static inline gboolean
is_unknown (const RcStringContext *ctx,
            RcSpell               *spell,
            Chunk                 *chunk)
{
  if (chunk->unknown < 0)
    chunk->unknown = chunk->words && chunk->first == chunk->last &&
                     ctx->tokens->tokens[chunk->first].fold_len >= RC_SPELL_MIN_NEAR_MISS &&
                     chunk->first_case != CASE_UPPER &&
                     word_verdict (ctx, spell, chunk, chunk->first) == RC_SPELL_MISSPELLED;
  return chunk->unknown;
}

/* A near-miss of a technical name that is not itself an English word ("Expres" is left to the
 * ordinary check) */
static const char *
near_miss (RcSpell    *spell,
           const char *text,
           gsize       len,
           gboolean    ordinary)
{
  const char *name = rc_spell_near_miss (spell, text, len);
  g_autofree char *lower = NULL;

  if (name == NULL)
    return NULL;
  lower = g_ascii_strdown (name, -1);
  return !ordinary || strchr (lower, ' ') != NULL ||
         rc_spell_check (spell, lower, strlen (lower), FALSE, NULL) == RC_SPELL_MISSPELLED
         ? name : NULL;
}

/* whether chunk @c (with the next, when @two) may be a near-miss of a technical name: an
 * unknown word, alone or beside another; most chunks are not */
static inline gboolean
may_be_near_miss (const RcStringContext *ctx,
                  RcSpell               *spell,
                  GArray                *chunks,
                  guint                  c,
                  gboolean               two)
{
  Chunk *chunk = &g_array_index (chunks, Chunk, c);
  Chunk *next;

  if (!chunk->words || chunk->first != chunk->last)
    return FALSE;
  if (!two)
    return is_unknown (ctx, spell, chunk);
  next = c + 1 < chunks->len ? &g_array_index (chunks, Chunk, c + 1) : NULL;
  return next != NULL && chunk->spaced && next->words && next->first == next->last &&
         (is_unknown (ctx, spell, chunk) || is_unknown (ctx, spell, next));
}

static G_NO_INLINE const char *
near_miss_of (const RcStringContext *ctx,
              RcSpell               *spell,
              GArray                *chunks,
              guint                  c,
              gboolean               two)
{
  Chunk *chunk = &g_array_index (chunks, Chunk, c);
  Chunk *next;
  char text[2 * 48 + 2];
  gsize len;

  /* "mustach" is an ordinary slip of "mustache"; "Mustach" mid-sentence is a name */
  if (!two)
    return near_miss (spell, token_text (ctx, chunk->first), token_len (ctx, chunk->first),
                      chunk->first_case == CASE_LOWER ||
                      (chunk->first_case == CASE_CAPITAL && chunk->initial));

  next = &g_array_index (chunks, Chunk, c + 1);
  len = token_len (ctx, chunk->first) + 1 + token_len (ctx, next->first);
  if (len >= sizeof text)
    return NULL;
  memcpy (text, token_text (ctx, chunk->first), token_len (ctx, chunk->first));
  text[token_len (ctx, chunk->first)] = ' ';
  memcpy (text + token_len (ctx, chunk->first) + 1, token_text (ctx, next->first),
          token_len (ctx, next->first));
  return near_miss (spell, text, len, FALSE);
}

/* The technical name chunk @c (with the next, when @two) is a near-miss of */
static inline const char *
tech_near_miss (const RcStringContext *ctx,
                RcSpell               *spell,
                GArray                *chunks,
                guint                  c,
                gboolean               two)
{
  return may_be_near_miss (ctx, spell, chunks, c, two)
         ? near_miss_of (ctx, spell, chunks, c, two) : NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* spelling.word                                                                               */

typedef struct
{
  guint token;
  guint chunk;
} Misspelled;

static void
add_word_finding (RcStringContext *ctx,
                  const RcRule    *rule,
                  guint            token,
                  const char      *suggestion)
{
  const RcToken *t = &ctx->tokens->tokens[token];
  g_autofree char *match = g_strndup (token_text (ctx, token), token_len (ctx, token));
  g_autofree char *fix = NULL;

  /* "Desgined" at the start of a bullet → "Designed" */
  if (g_unichar_isupper (g_utf8_get_char (match)) &&
      g_unichar_islower (g_utf8_get_char (suggestion)))
    fix = rc_capitalize (suggestion);
  else
    fix = g_strdup (suggestion);
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer, t->cstart,
                                         t->cend, match, fix, "fix", fix, NULL));
}

/* does the word @i of chunk @c want the dictionaries' opinion? */
static gboolean
wants_check (const RcStringContext *ctx,
             RcSpell               *spell,
             const Chunk           *chunk,
             guint                  i)
{
  const RcToken *t = &ctx->tokens->tokens[i];
  WordCase wc;

  /* a short word has so many neighbours that a slip is a guess: "org" is not "orgy" */
  if (!(t->flags & RC_TOKEN_WORD) || t->fold_len < 4)
    return FALSE;
  wc = i == chunk->first ? chunk->first_case : word_case (t);
  /* a capital inside a sentence is a name, which no dictionary holds */
  return wc == CASE_LOWER || (wc == CASE_CAPITAL && chunk->initial && i == chunk->first);
}

static void
run_word (RcStringContext *ctx,
          const RcRule    *rule)
{
  RcSpell *spell = rc_spell_get_default ();
  GArray *chunks = get_chunks (ctx);
  Misspelled found[8];
  guint n_found = 0, n_checked = 0;
  gboolean british = FALSE;
  g_autoptr(GString) suggestion = NULL;

  for (guint c = 0; c < chunks->len; c++)
    {
      Chunk *chunk = &g_array_index (chunks, Chunk, c);

      if (!chunk->words)
        continue;
      for (guint i = chunk->first; i <= chunk->last; i++)
        {
          RcSpellVerdict verdict;

          if (!wants_check (ctx, spell, chunk, i))
            continue;
          n_checked++;
          verdict = word_verdict (ctx, spell, chunk, i);
          british |= verdict == RC_SPELL_BRITISH;
          if (verdict != RC_SPELL_MISSPELLED ||
              tech_near_miss (ctx, spell, chunks, c, FALSE) != NULL ||
              tech_near_miss (ctx, spell, chunks, c, TRUE) != NULL ||
              (c > 0 && tech_near_miss (ctx, spell, chunks, c - 1, TRUE) != NULL))
            continue;
          if (n_found < G_N_ELEMENTS (found))
            found[n_found++] = (Misspelled) { i, c };
        }
    }

  /* many unknown words: another language, or a list of names; not typing slips */
  if (n_found == 0 || (n_found >= 2 && n_found * 3 >= n_checked))
    return;
  suggestion = g_string_new (NULL);
  for (guint f = 0; f < n_found; f++)
    {
      rc_spell_check (spell, token_text (ctx, found[f].token), token_len (ctx, found[f].token),
                      british, suggestion);
      /* no good suggestion: more likely a word the dictionaries lack than a slip */
      if (suggestion->len > 0)
        add_word_finding (ctx, rule, found[f].token, suggestion->str);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* spelling.tech                                                                               */

static const RcJsonPlace params_place = {
  NULL, NULL, "params", g_io_error_quark, G_IO_ERROR_INVALID_DATA
};

/* params: @own members read by the caller, the rest by rc_checks_read_params() */
static Params *
read_other_params (JsonObject          *params,
                   const char * const  *own,
                   const char * const  *allowed,
                   GError             **error)
{
  g_autoptr(JsonObject) rest = json_object_new ();
  g_autoptr(GList) members = params != NULL ? json_object_get_members (params) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (own, l->data))
      json_object_set_member (rest, l->data, json_node_copy (json_object_get_member (params,
                                                                                  l->data)));
  return rc_checks_read_params (rest, allowed, error);
}

/* params.fixes: texts (lower case) → their fix, for spelling.tech and grammar.degree */
typedef struct
{
  Params     *params;
  GHashTable *fixes;
  GHashTable *firsts;   /* the first word of a text of two */
  RcLexicon  *openers;  /* the first token of each text, flagged in the lexicon at compile */
  guint       longest;  /* tokens */
} FixesData;

static void
fixes_data_free (gpointer data)
{
  FixesData *fixes = data;

  rc_checks_params_free (fixes->params);
  g_hash_table_unref (fixes->fixes);
  g_hash_table_unref (fixes->firsts);
  rc_lexicon_free (fixes->openers);
  g_free (fixes);
}

static gboolean
parse_fixes (RcRule         *rule,
             JsonObject     *params,
             const RcVerbs  *verbs,
             GError        **error)
{
  static const char * const own[] = { "fixes", NULL };
  static const char * const allowed[] = { NULL };
  JsonObject *object = NULL;
  g_autoptr(GList) texts = NULL;
  FixesData *fixes;
  Params *p;
  RcTokens tokens;

  if (!rc_json_read_object (&params_place, params, "fixes", RC_JSON_REQUIRED, &object, error))
    return FALSE;
  p = read_other_params (params, own, allowed, error);
  if (p == NULL)
    return FALSE;
  fixes = g_new0 (FixesData, 1);
  fixes->params = p;
  fixes->fixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  fixes->firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fixes->openers = rc_lexicon_new ();
  rule->check_data = fixes;

  rc_tokens_init (&tokens);
  texts = json_object_get_members (object);
  for (GList *l = texts; l != NULL; l = l->next)
    {
      const char *fix = rc_json_get_string (json_object_get_member (object, l->data));
      g_autofree char *key = g_utf8_strdown (l->data, -1);
      const char *space = strchr (key, ' ');

      rc_tokenize (&tokens, key, strlen (key), NULL);
      if (fix == NULL || *fix == '\0' || tokens.n_tokens == 0)
        {
          rc_tokens_clear (&tokens);
          return rc_checks_param_error (error, _("“params.fixes” maps words to their fix"));
        }
      if (space != NULL)
        g_hash_table_add (fixes->firsts, g_strndup (key, (gsize) (space - key)));
      rc_lexicon_intern (fixes->openers, rc_tokens_folded (&tokens, 0), tokens.tokens[0].fold_len);
      fixes->longest = MAX (fixes->longest, tokens.n_tokens);
      g_hash_table_insert (fixes->fixes, g_steal_pointer (&key), g_strdup (fix));
    }
  rc_tokens_clear (&tokens);
  return TRUE;
}

/* each lexicon word of @words flagged @flag in the rule set's lexicon */
static void
mark_lexicon (RcCompiled       *compiled,
              guint           (*intern) (RcCompiled *, const char *),
              const RcLexicon  *words,
              guint16           flag)
{
  for (guint i = 0; i < rc_lexicon_get_size (words); i++)
    {
      /* interning may grow the array: index it afterwards */
      guint id = intern (compiled, rc_lexicon_get_word (words, i));

      g_array_index (compiled->words, RcWord, id).flags |= flag;
    }
}

/* the tokenizer then tells which chunks may open a listed name: no lookup a chunk */
static void
compile_tech (const RcRule *rule,
              RcCompiled   *compiled,
              guint       (*intern) (RcCompiled *, const char *))
{
  mark_lexicon (compiled, intern, ((const FixesData *) rule->check_data)->openers,
                RC_WORD_TECH_FIX);
}

/* the folded text of chunk @c into @out, or after it when @two */
static void
chunk_lower (const RcStringContext *ctx,
             GArray                *chunks,
             guint                  c,
             gboolean               two,
             GString               *out)
{
  const Chunk *chunk = &g_array_index (chunks, Chunk, c);

  if (!two)
    g_string_truncate (out, 0);
  else
    g_string_append_c (out, ' ');
  for (guint i = chunk->first; i <= chunk->last; i++)
    g_string_append_len (out, rc_tokens_folded (ctx->tokens, i), ctx->tokens->tokens[i].fold_len);
}

static void
add_tech_finding (RcStringContext *ctx,
                  const RcRule    *rule,
                  const Chunk     *from,
                  const Chunk     *to,
                  const char      *fix)
{
  const RcToken *a = &ctx->tokens->tokens[from->first];
  const RcToken *b = &ctx->tokens->tokens[to->last];
  const char *text = ctx->entry->text + a->start;
  gsize len = b->end - a->start;
  const char *name;
  g_autofree char *match = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *lower_fix = NULL;
  gboolean case_only;

  /* written as the taxonomy accepts it: "NodeJS", "Postgres" (most chunks the data lists are) */
  if ((strncmp (text, fix, len) == 0 && fix[len] == '\0') ||
      ((name = rc_spell_lookup_name (rc_spell_get_default (), text, len)) != NULL &&
       strncmp (text, name, len) == 0 && name[len] == '\0'))
    return;
  match = g_strndup (text, len);
  lower = g_utf8_strdown (match, -1);
  lower_fix = g_utf8_strdown (fix, -1);
  case_only = strcmp (lower, lower_fix) == 0;
  /* a search ignores case: a name in the wrong case reads careless, no more */
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_variant (rule, case_only ? "case" : "misspelled",
                                         case_only ? RC_LEVEL_SUGGESTION : rule->info.level,
                                         ctx->entry->pointer, a->cstart, b->cend, match, fix,
                                         "fix", fix, NULL));
}

static void
run_tech (RcStringContext *ctx,
          const RcRule    *rule)
{
  const FixesData *tech = rule->check_data;
  RcSpell *spell = rc_spell_get_default ();
  GArray *chunks = get_chunks (ctx);
  GString *text = get_scratch ()->text;

  for (guint c = 0; c < chunks->len; c++)
    {
      const Chunk *chunk = &g_array_index (chunks, Chunk, c);
      const Chunk *next = c + 1 < chunks->len ? &g_array_index (chunks, Chunk, c + 1) : NULL;
      const char *fix;
      const RcWord *word = rc_compiled_word (ctx->compiled,
                                             ctx->tokens->tokens[chunk->first].lex);
      /* another rule's list may flag it too: the fixes below decide */
      gboolean listed = word != NULL && (word->flags & RC_WORD_TECH_FIX);

      /* the data's list first: "node js", "k8s", "Javascript" */
      if (listed)
        chunk_lower (ctx, chunks, c, FALSE, text);
      if (listed && next != NULL && chunk->spaced &&
          g_hash_table_contains (tech->firsts, text->str))
        {
          gsize one = text->len;

          chunk_lower (ctx, chunks, c + 1, TRUE, text);
          if ((fix = g_hash_table_lookup (tech->fixes, text->str)) != NULL)
            {
              add_tech_finding (ctx, rule, chunk, next, fix);
              c++;
              continue;
            }
          g_string_truncate (text, one);
        }
      /* then near-misses of the taxonomy, two words before one: "Github Actons" */
      if ((fix = tech_near_miss (ctx, spell, chunks, c, TRUE)) != NULL)
        {
          add_tech_finding (ctx, rule, chunk, next, fix);
          c++;
        }
      else if ((listed && (fix = g_hash_table_lookup (tech->fixes, text->str)) != NULL) ||
               (fix = tech_near_miss (ctx, spell, chunks, c, FALSE)) != NULL)
        add_tech_finding (ctx, rule, chunk, chunk, fix);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* grammar.doubled-word                                                                        */

typedef struct
{
  Params     *params;
  GHashTable *pairs;   /* "to from": two words that never follow each other */
  RcLexicon  *firsts;  /* the first word of each, flagged in the lexicon at compile */
} DoubledData;

static void
doubled_data_free (gpointer data)
{
  DoubledData *doubled = data;

  rc_checks_params_free (doubled->params);
  g_hash_table_unref (doubled->pairs);
  rc_lexicon_free (doubled->firsts);
  g_free (doubled);
}

static gboolean
parse_doubled (RcRule         *rule,
               JsonObject     *params,
               const RcVerbs  *verbs,
               GError        **error)
{
  static const char * const own[] = { "pairs", NULL };
  static const char * const allowed[] = { "words", NULL };
  char **pairs = NULL;
  DoubledData *doubled;
  Params *p;

  if (!rc_json_read_strv (&params_place, params, "pairs", RC_JSON_LOWER, &pairs, error))
    return FALSE;
  p = read_other_params (params, own, allowed, error);
  if (p == NULL)
    {
      g_strfreev (pairs);
      return FALSE;
    }
  doubled = g_new0 (DoubledData, 1);
  doubled->params = p;
  doubled->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doubled->firsts = rc_lexicon_new ();
  rule->check_data = doubled;
  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i++)
    {
      const char *space = strchr (pairs[i], ' ');

      if (space == NULL || space == pairs[i] || strchr (space + 1, ' ') != NULL ||
          space[1] == '\0')
        {
          g_strfreev (pairs);
          return rc_checks_param_error (error, _("“params.pairs” holds two words each"));
        }
      rc_lexicon_intern (doubled->firsts, pairs[i], (gsize) (space - pairs[i]));
      g_hash_table_add (doubled->pairs, g_strdup (pairs[i]));
    }
  g_strfreev (pairs);
  return TRUE;
}

static void
compile_doubled (const RcRule *rule,
                 RcCompiled   *compiled,
                 guint       (*intern) (RcCompiled *, const char *))
{
  mark_lexicon (compiled, intern, ((const DoubledData *) rule->check_data)->firsts,
                RC_WORD_PAIR_FIRST);
}

/* tokens @i and @i + 1 are a pair of the data's */
static gboolean
is_pair (const DoubledData *doubled,
         const RcCompiled  *compiled,
         const RcTokens    *tokens,
         guint              i)
{
  const RcToken *a = &tokens->tokens[i];
  const RcToken *b = &tokens->tokens[i + 1];
  char key[64];

  const RcWord *word = rc_compiled_word (compiled, a->lex);

  /* another rule's pairs may flag it too: the table decides */
  if (word == NULL || !(word->flags & RC_WORD_PAIR_FIRST) ||
      (gsize) a->fold_len + 1 + b->fold_len >= sizeof key)
    return FALSE;
  memcpy (key, rc_tokens_folded (tokens, i), a->fold_len);
  key[a->fold_len] = ' ';
  memcpy (key + a->fold_len + 1, rc_tokens_folded (tokens, i + 1), b->fold_len + 1);
  return g_hash_table_contains (doubled->pairs, key);
}

/* "the the", "and and": a slip no reader misses; "had had" and "that that" are English */
static void
run_doubled (RcStringContext *ctx,
             const RcRule    *rule)
{
  const DoubledData *doubled = rule->check_data;
  const RcTokens *tokens = ctx->tokens;

  for (guint i = 0; i + 1 < tokens->n_tokens; i++)
    {
      const RcToken *a = &tokens->tokens[i];
      const RcToken *b = &tokens->tokens[i + 1];
      const char *fa = rc_tokens_folded (tokens, i);
      const char *fb = rc_tokens_folded (tokens, i + 1);
      gboolean same;
      char *match, *fix;

      if (!(a->flags & b->flags & RC_TOKEN_WORD) || !(b->flags & RC_TOKEN_SPACE_BEFORE) ||
          ((a->flags | b->flags) & (RC_TOKEN_DIGIT | RC_TOKEN_ALL_UPPER)))
        continue;
      same = a->hash == b->hash && a->fold_len == b->fold_len && strcmp (fa, fb) == 0;
      /* "Duran Duran", "Bora Bora": a name */
      if (same ? (b->flags & RC_TOKEN_UPPER) ||
                 (doubled->params->words != NULL &&
                  g_strv_contains ((const char * const *) doubled->params->words, fa))
               : a->fold_len > 3 || !is_pair (doubled, ctx->compiled, tokens, i))
        continue;
      /* two whole words: not "to to-do", nor "re-do do" */
      if ((i + 2 < tokens->n_tokens && !(tokens->tokens[i + 2].flags & RC_TOKEN_SPACE_BEFORE) &&
           strpbrk (rc_tokens_folded (tokens, i + 2), ",.;:!?)]\"'") == NULL) ||
          (i > 0 && !(a->flags & RC_TOKEN_SPACE_BEFORE)))
        continue;

      match = g_strndup (ctx->entry->text + a->start, b->end - a->start);
      fix = same ? g_strndup (ctx->entry->text + a->start, a->end - a->start) : NULL;
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_variant (rule, same ? "doubled" : "pair", rule->info.level,
                                             ctx->entry->pointer, a->cstart, b->cend, match,
                                             fix, "fix", fix, NULL));
      g_free (match);
      g_free (fix);
      i++;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* grammar.mixed-tense                                                                         */

/* the tense a verb form certainly has: 1 past, 2 present, 0 unsure */
static guint
certain_tense (const RcWord *word)
{
  if (word == NULL || word->verb < 0 || (word->flags & RC_WORD_AMBIGUOUS))
    return 0;
  if ((word->forms & (RC_FORM_PAST | RC_FORM_PARTICIPLE)) && !(word->forms & RC_FORMS_PRESENT))
    return 1;
  if ((word->forms & (RC_FORM_BASE | RC_FORM_S)) &&
      !(word->forms & (RC_FORM_PAST | RC_FORM_PARTICIPLE | RC_FORM_ING)))
    return 2;
  return 0;
}

static gboolean
is_conjunction (const RcTokens *tokens,
                guint           i)
{
  return rc_check_token_is (tokens, i, "and") || rc_check_token_is (tokens, i, "&") ||
         rc_check_token_is (tokens, i, "/") || rc_check_token_is (tokens, i, ",");
}

static gboolean
parse_mixed_tense (RcRule         *rule,
                   JsonObject     *params,
                   const RcVerbs  *verbs,
                   GError        **error)
PARSE_WITH ("words")

/* "Designed and lead the migration": the opening verbs joined by "and" (or "&", "/", ",")
 * where one is certainly past and the next certainly present: both past */
static void
run_mixed_tense (RcStringContext *ctx,
                 const RcRule    *rule)
{
  const Params *params = get_params (rule);
  const RcTokens *tokens = ctx->tokens;
  guint i = ctx->first;
  guint j;
  const RcWord *w1, *w2;
  guint t1, t2;
  const RcToken *a, *b, *change;
  const RcWord *present;
  g_autofree char *match = NULL;
  g_autofree char *past = NULL;
  GString *fix;

  if (i + 2 >= tokens->n_tokens)
    return;
  j = i + 2;
  if (rc_check_token_is (tokens, i + 1, ",") && rc_check_token_is (tokens, i + 2, "and"))
    j = i + 3;
  if (j >= tokens->n_tokens || !is_conjunction (tokens, i + 1))
    return;
  w1 = rc_compiled_word (ctx->compiled, tokens->tokens[i].lex);
  w2 = rc_compiled_word (ctx->compiled, tokens->tokens[j].lex);
  t1 = certain_tense (w1);
  t2 = certain_tense (w2);
  if (t1 == 0 || t2 == 0 || t1 == t2 || !(tokens->tokens[j].flags & RC_TOKEN_WORD) ||
      w1->verb == w2->verb)
    return;

  a = &tokens->tokens[i];
  b = &tokens->tokens[j];
  change = t1 == 2 ? a : b;
  /* "and lead the migration" is a verb; "and lead engineer" is not */
  if (change == b && !(j + 1 < tokens->n_tokens &&
                       ((tokens->tokens[j + 1].flags & RC_TOKEN_DIGIT) ||
                        (params->words != NULL &&
                         g_strv_contains ((const char * const *) params->words,
                                          rc_tokens_folded (tokens, j + 1))))))
    return;
  present = t1 == 2 ? w1 : w2;
  past = g_strdup (g_array_index (ctx->verbs->verbs, RcVerb,
                                  present->verb).forms[RC_VERB_FORM_PAST]);
  if (past == NULL)
    return;
  match = g_strndup (ctx->entry->text + a->start, b->end - a->start);
  fix = g_string_new (NULL);
  g_string_append_len (fix, ctx->entry->text + a->start, change->start - a->start);
  if (change == a)
    {
      g_autofree char *capital = rc_capitalize (past);

      g_string_append (fix, g_unichar_isupper (g_utf8_get_char (match)) ? capital : past);
    }
  else
    g_string_append (fix, past);
  g_string_append_len (fix, ctx->entry->text + change->end, b->end - change->end);
  g_ptr_array_add (ctx->findings,
                   rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer, a->cstart,
                                         b->cend, match, fix->str, "fix", fix->str, NULL));
  g_string_free (fix, TRUE);
}

/* ------------------------------------------------------------------------------------------ */
/* grammar.degree                                                                              */

/* "Bachelors of Science" in @text: the fixes of the data, word-bounded */
static void
check_degree_text (RcCheckContext *ctx,
                   const RcRule   *rule,
                   const char     *pointer,
                   const char     *text)
{
  const FixesData *degree = rule->check_data;
  RcTokens tokens;
  g_autoptr(GString) key = g_string_new (NULL);

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, text, strlen (text), NULL);
  for (guint i = 0; i < tokens.n_tokens; i++)
    for (guint n = MIN (degree->longest, tokens.n_tokens - i); n > 0; n--)
      {
        const char *fix;

        g_string_truncate (key, 0);
        for (guint k = 0; k < n; k++)
          {
            /* a word's apostrophe is its own token: "bachelor's" is three */
            if (k > 0 && (tokens.tokens[i + k].flags & RC_TOKEN_SPACE_BEFORE))
              g_string_append_c (key, ' ');
            g_string_append (key, rc_tokens_folded (&tokens, i + k));
          }
        fix = g_hash_table_lookup (degree->fixes, key->str);
        if (fix != NULL && (i + n == tokens.n_tokens ||
                            (tokens.tokens[i + n].flags & RC_TOKEN_SPACE_BEFORE) ||
                            !(tokens.tokens[i + n].flags & RC_TOKEN_WORD)))
          {
            const RcToken *a = &tokens.tokens[i];
            const RcToken *b = &tokens.tokens[i + n - 1];
            g_autofree char *match = g_strndup (text + a->start, b->end - a->start);
            g_autofree char *fixed = g_unichar_isupper (g_utf8_get_char (match)) &&
                                     g_unichar_islower (g_utf8_get_char (fix))
                                     ? rc_capitalize (fix) : g_strdup (fix);

            add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, a->cstart,
                                            b->cend, match, fixed, "fix", fixed, NULL));
            i += n - 1;
            break;
          }
      }
  rc_tokens_clear (&tokens);
}

/* education is no string scope: its studyType and area are read here */
static void
run_degree (RcCheckContext *ctx,
            const RcRule   *rule)
{
  static const char * const fields[] = { "studyType", "area" };
  JsonArray *education = root_array (ctx, "education");

  for (guint i = 0; education != NULL && i < json_array_get_length (education); i++)
    {
      JsonObject *entry = rc_json_get_element_object (education, i);

      for (guint f = 0; entry != NULL && f < G_N_ELEMENTS (fields); f++)
        {
          const char *text = rc_json_get_member_string (entry, fields[f]);
          g_autofree char *pointer = NULL;

          if (text == NULL || *text == '\0')
            continue;
          pointer = g_strdup_printf ("/education/%u/%s", i, fields[f]);
          check_degree_text (ctx, rule, pointer, text);
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

const RcCheckClass rc_checks_spelling[] = {
  { "spelling", RC_CHECKS_STRINGS, TRUE, 0,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, run_word, NULL },
  { "tech-spelling", RC_CHECKS_STRINGS, TRUE, 0,
    parse_fixes, fixes_data_free, compile_tech, run_tech, NULL },
  { "doubled-word", RC_CHECKS_STRINGS, TRUE, 0,
    parse_doubled, doubled_data_free, compile_doubled, run_doubled, NULL },
  { "mixed-tense", RC_SCOPE_BULLET, TRUE, 0,
    parse_mixed_tense, rc_checks_params_free, NULL, run_mixed_tense, NULL },
  { "degree", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    parse_fixes, fixes_data_free, NULL, NULL, run_degree },
  { NULL },
};
