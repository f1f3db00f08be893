/* rc-rule-compile.c — the rules compiled: one lexicon and one phrase table for the whole set
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-check-private.h"
#include "rc-rule-set-private.h"

static RcWord *
word_at (RcCompiled *compiled,
         guint       id)
{
  if (id >= compiled->words->len)
    {
      guint old = compiled->words->len;

      g_array_set_size (compiled->words, id + 1);
      for (guint i = old; i <= id; i++)
        g_array_index (compiled->words, RcWord, i).verb = -1;
    }
  return &g_array_index (compiled->words, RcWord, id);
}

static guint
intern_text (RcCompiled *compiled,
             const char *text)
{
  g_autofree char *folded = rc_text_fold (text, strlen (text));
  guint id = rc_lexicon_intern (compiled->lexicon, folded, strlen (folded));

  word_at (compiled, id);
  return id;
}

void
rc_compiled_free (RcCompiled *compiled)
{
  if (compiled == NULL)
    return;
  rc_lexicon_free (compiled->lexicon);
  g_array_unref (compiled->words);
  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);

      g_free (phrase->exact);
      g_free (phrase->fix);
    }
  g_array_unref (compiled->phrases);
  g_array_unref (compiled->phrase_ids);
  g_array_unref (compiled->candidates);
  for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
    for (guint j = 0; j < RC_N_SECTIONS; j++)
      g_array_unref (compiled->string_rules[s][j]);
  g_array_unref (compiled->document_rules);
  g_free (compiled);
}

static void
compile_phrase (RcCompiled         *compiled,
                const RcRule       *rule,
                const RcPhraseSpec *spec,
                gboolean            except)
{
  RcTokens tokens;

  rc_tokens_init (&tokens);
  for (guint i = 0; i < spec->texts->len; i++)
    {
      const char *text = g_ptr_array_index (spec->texts, i);
      RcPhrase phrase = { 0 };

      rc_tokenize (&tokens, text, strlen (text), NULL);
      if (tokens.n_tokens == 0)
        continue;
      phrase.rule = rule->index;
      phrase.n = (guint16) MIN (tokens.n_tokens, G_MAXUINT16);
      phrase.at_start = spec->at_start;
      phrase.not_at_start = spec->not_at_start;
      phrase.fix_as_subject = spec->fix_as_subject;
      phrase.except = except;
      phrase.ids = compiled->phrase_ids->len;
      phrase.fix = g_strdup (g_ptr_array_index (spec->fixes, i));
      if (spec->case_sensitive)
        {
          GString *exact = g_string_new (NULL);

          for (guint t = 0; t < phrase.n; t++)
            {
              g_string_append_len (exact, text + tokens.tokens[t].start,
                                   tokens.tokens[t].end - tokens.tokens[t].start);
              g_string_append_c (exact, '\0');
            }
          phrase.exact = g_string_free (exact, FALSE);
        }
      for (guint t = 0; t < phrase.n; t++)
        {
          gint32 id = (gint32) rc_lexicon_intern (compiled->lexicon, rc_tokens_folded (&tokens, t),
                                                  tokens.tokens[t].fold_len);

          word_at (compiled, (guint) id);
          g_array_append_val (compiled->phrase_ids, id);
        }
      g_array_append_val (compiled->phrases, phrase);
    }
  rc_tokens_clear (&tokens);
}

/* verbs: strong ones first, so a form shared with a weak verb counts as strong */
static void
compile_verbs (RcCompiled    *compiled,
               const RcVerbs *verbs)
{
  for (guint i = 0; i < verbs->verbs->len; i++)
    {
      const RcVerb *verb = &g_array_index (verbs->verbs, RcVerb, i);

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        {
          RcWord *word;

          if (verb->forms[f] == NULL)
            continue;
          word = word_at (compiled, intern_text (compiled, verb->forms[f]));
          if (word->verb < 0)
            word->verb = (gint32) i;
          word->forms |= (guint8) (1u << f);
          if (f == RC_VERB_FORM_PAST && verb->forms[RC_VERB_FORM_PARTICIPLE] == NULL)
            word->forms |= RC_FORM_PARTICIPLE;
          word->flags |= verb->category >= 0 ? RC_WORD_STRONG : RC_WORD_WEAK;
        }
    }
  for (guint i = 0; verbs->ambiguous[i] != NULL; i++)
    word_at (compiled, intern_text (compiled, verbs->ambiguous[i]))->flags |= RC_WORD_AMBIGUOUS;
  for (guint i = 0; verbs->prefixes[i] != NULL; i++)
    word_at (compiled, intern_text (compiled, verbs->prefixes[i]))->flags |= RC_WORD_PREFIX;
}

static void
compile_rules (RcCompiled *compiled,
               GPtrArray  *rules)
{
  for (guint r = 0; r < rules->len; r++)
    {
      const RcRule *rule = g_ptr_array_index (rules, r);

      if (rule->kind == RC_RULE_PHRASES)
        {
          for (guint i = 0; i < rule->phrases->len; i++)
            compile_phrase (compiled, rule, g_ptr_array_index (rule->phrases, i), FALSE);
          for (guint i = 0; i < rule->excepts->len; i++)
            compile_phrase (compiled, rule, g_ptr_array_index (rule->excepts, i), TRUE);
        }
      else if (rule->kind == RC_RULE_CHECK && rule->check->compile != NULL)
        rule->check->compile (rule, compiled, intern_text);

      if (rule->kind != RC_RULE_CHECK || rule->check->per_string)
        {
          for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
            if (rule->scopes & (1u << s))
              for (guint j = 0; j < RC_N_SECTIONS; j++)
                if (rule->sections == 0 || (rule->sections & (1u << j)))
                  {
                    g_array_append_val (compiled->string_rules[s][j], r);
                    if (rule->kind == RC_RULE_PHRASES)
                      compiled->has_phrases[s][j] = TRUE;
                  }
        }
      else
        g_array_append_val (compiled->document_rules, r);
    }
}

/* phrases grouped by their first word: one lookup per token finds every candidate */
static void
group_candidates (RcCompiled *compiled)
{
  guint n_words = compiled->words->len;
  g_autofree guint32 *fill = g_new0 (guint32, n_words + 1);
  guint32 offset = 0;

  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);
      gint32 first = g_array_index (compiled->phrase_ids, gint32, phrase->ids);
      RcWord *word = &g_array_index (compiled->words, RcWord, first);

      word->n_first++;
    }
  for (guint w = 0; w < n_words; w++)
    {
      RcWord *word = &g_array_index (compiled->words, RcWord, w);

      word->first = offset;
      fill[w] = offset;
      offset += word->n_first;
    }
  g_array_set_size (compiled->candidates, offset);
  for (guint i = 0; i < compiled->phrases->len; i++)
    {
      const RcPhrase *phrase = &g_array_index (compiled->phrases, RcPhrase, i);
      gint32 first = g_array_index (compiled->phrase_ids, gint32, phrase->ids);
      RcWord *word = &g_array_index (compiled->words, RcWord, first);

      if (fill[first] < word->first + word->n_first)
        g_array_index (compiled->candidates, guint32, fill[first]++) = i;
    }
}

RcCompiled *
rc_compiled_new (GPtrArray         *rules,
                 const RcVerbs     *verbs,
                 const RcVerbWords *verb_words,
                 guint              generation)
{
  RcCompiled *compiled = g_new0 (RcCompiled, 1);

  compiled->generation = generation;
  compiled->phrases = g_array_new (FALSE, TRUE, sizeof (RcPhrase));
  compiled->phrase_ids = g_array_new (FALSE, FALSE, sizeof (gint32));
  compiled->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint s = 0; s < RC_N_STRING_SCOPES; s++)
    for (guint j = 0; j < RC_N_SECTIONS; j++)
      compiled->string_rules[s][j] = g_array_new (FALSE, FALSE, sizeof (guint));
  compiled->document_rules = g_array_new (FALSE, FALSE, sizeof (guint));

  if (verb_words != NULL)
    {
      compiled->lexicon = rc_lexicon_copy (verb_words->lexicon);
      compiled->words = g_array_copy (verb_words->words);
    }
  else
    {
      compiled->lexicon = rc_lexicon_new ();
      compiled->words = g_array_new (FALSE, TRUE, sizeof (RcWord));
      compile_verbs (compiled, verbs);
    }
  compile_rules (compiled, rules);
  group_candidates (compiled);
  return compiled;
}

void
rc_verb_words_write (RcCompiledWriter *out,
                     const RcVerbs    *verbs)
{
  RcCompiled compiled = {
    .lexicon = rc_lexicon_new (),
    .words = g_array_new (FALSE, TRUE, sizeof (RcWord)),
  };

  compile_verbs (&compiled, verbs);
  rc_compiled_put_u32 (out, verbs->verbs->len);
  rc_lexicon_write (compiled.lexicon, out);
  rc_compiled_put_data (out, compiled.words->data, compiled.words->len * sizeof (RcWord));
  rc_lexicon_free (compiled.lexicon);
  g_array_unref (compiled.words);
}

RcVerbWords *
rc_verb_words_read (RcCompiledReader *in,
                    const RcVerbs    *verbs)
{
  guint32 n_verbs = rc_compiled_get_u32 (in);
  RcLexicon *lexicon = rc_lexicon_read (in);
  gsize size = 0;
  const RcWord *words = rc_compiled_get_data (in, &size);
  guint n = (guint) (size / sizeof (RcWord));
  RcVerbWords *verb_words;

  /* made from these verbs, a word per form, none yet the first of a phrase */
  if (in->bad || lexicon == NULL || n_verbs != verbs->verbs->len ||
      size % sizeof (RcWord) != 0 || n != rc_lexicon_get_size (lexicon))
    in->bad = TRUE;
  for (guint i = 0; i < n && !in->bad; i++)
    if (words[i].verb >= (gint32) n_verbs || words[i].verb < -1 || words[i].n_first != 0 ||
        words[i].first != 0)
      in->bad = TRUE;
  if (in->bad)
    {
      if (lexicon != NULL)
        rc_lexicon_free (lexicon);
      return NULL;
    }
  verb_words = g_new0 (RcVerbWords, 1);
  verb_words->lexicon = lexicon;
  /* cleared, as rc_compiled_new() makes its own: word_at() sets only the verb of new words */
  verb_words->words = g_array_sized_new (FALSE, TRUE, sizeof (RcWord), n);
  g_array_append_vals (verb_words->words, words, n);
  return verb_words;
}

void
rc_verb_words_free (RcVerbWords *verb_words)
{
  if (verb_words == NULL)
    return;
  rc_lexicon_free (verb_words->lexicon);
  g_array_unref (verb_words->words);
  g_free (verb_words);
}
