/* test-text.c — tokens, folding and the lexicon the rules match against
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-text.h"

/* the folded tokens joined by spaces, e.g. "built ci / cd" */
static char *
fold_all (const char *text)
{
  RcTokens tokens;
  GString *out = g_string_new (NULL);

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, text, strlen (text), NULL);
  for (guint i = 0; i < tokens.n_tokens; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, rc_tokens_folded (&tokens, i));
    }
  rc_tokens_clear (&tokens);
  return g_string_free (out, FALSE);
}

static void
test_text_ascii (void)
{
  g_autofree char *a = fold_all ("Built CI/CD for I/O-bound jobs, cutting p99 by 10x.");
  g_autofree char *b = fold_all ("  Node.js\tand C++ / C#  ");

  g_assert_cmpstr (a, ==, "built ci / cd for i / o - bound jobs , cutting p99 by 10x .");
  g_assert_cmpstr (b, ==, "node . js and c + + / c #");
}

static void
test_text_flags (void)
{
  RcTokens tokens;
  const char *text = "Led AWS k8s 500ms team GitHub iOS Éric ÉCOLE";

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, text, strlen (text), NULL);
  g_assert_cmpuint (tokens.n_tokens, ==, 9);
  g_assert_cmpuint (tokens.n_words, ==, 9);
  g_assert_false (tokens.ascii);
  g_assert_true (tokens.tokens[0].flags & RC_TOKEN_UPPER);
  g_assert_false (tokens.tokens[0].flags & RC_TOKEN_ALL_UPPER);
  g_assert_true (tokens.tokens[1].flags & RC_TOKEN_ALL_UPPER);
  g_assert_true (tokens.tokens[2].flags & RC_TOKEN_DIGIT);
  g_assert_true (tokens.tokens[2].flags & RC_TOKEN_ALPHA);
  g_assert_true (tokens.tokens[3].flags & RC_TOKEN_DIGIT);
  g_assert_false (tokens.tokens[4].flags & (RC_TOKEN_DIGIT | RC_TOKEN_UPPER));
  g_assert_true (tokens.tokens[4].flags & RC_TOKEN_SPACE_BEFORE);
  g_assert_cmpuint (tokens.tokens[3].cstart, ==, 12);
  g_assert_cmpuint (tokens.tokens[3].cend, ==, 17);
  /* an upper-case letter after the first, which the spell checker reads as a name */
  g_assert_false (tokens.tokens[0].flags & RC_TOKEN_INNER_UPPER);
  g_assert_true (tokens.tokens[5].flags & RC_TOKEN_INNER_UPPER);
  g_assert_true (tokens.tokens[6].flags & RC_TOKEN_INNER_UPPER);
  g_assert_false (tokens.tokens[6].flags & RC_TOKEN_UPPER);
  g_assert_true (tokens.tokens[7].flags & RC_TOKEN_UPPER);
  g_assert_false (tokens.tokens[7].flags & RC_TOKEN_INNER_UPPER);
  g_assert_true (tokens.tokens[8].flags & RC_TOKEN_INNER_UPPER);
  g_assert_true (tokens.tokens[8].flags & RC_TOKEN_ALL_UPPER);
  rc_tokens_clear (&tokens);
}

static void
test_text_accents (void)
{
  RcTokens tokens;
  const char *text = "Résumé détaillé: café";
  g_autofree char *folded = fold_all ("RÉSUMÉ Straße STRASSE");
  g_autofree char *decomposed = fold_all ("Re\xcc\x81sume\xcc\x81");

  g_assert_cmpstr (folded, ==, "résumé strasse strasse");
  g_assert_cmpstr (decomposed, ==, "résumé");

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, text, strlen (text), NULL);
  g_assert_false (tokens.ascii);
  g_assert_cmpuint (tokens.n_tokens, ==, 4);
  g_assert_cmpstr (rc_tokens_folded (&tokens, 1), ==, "détaillé");
  g_assert_cmpuint (tokens.tokens[1].cstart, ==, 7);
  g_assert_cmpuint (tokens.tokens[1].cend, ==, 15);
  g_assert_cmpuint (tokens.tokens[3].cstart, ==, 17);
  g_assert_cmpuint (tokens.tokens[3].cend, ==, 21);
  g_assert_cmpuint (tokens.n_chars, ==, 21);
  g_assert_true (tokens.tokens[0].flags & RC_TOKEN_UPPER);
  rc_tokens_clear (&tokens);
}

static void
test_text_cjk_emoji (void)
{
  RcTokens tokens;
  const char *cjk = "使用Python开发";
  const char *emoji = "🚀team player🚀";
  g_autofree char *a = fold_all (cjk);
  g_autofree char *b = fold_all (emoji);

  g_assert_cmpstr (a, ==, "使 用 python 开 发");
  g_assert_cmpstr (b, ==, "🚀 team player 🚀");
  {
    /* scripts without spaces between words end a Latin word, and a Latin word theirs */
    g_autofree char *korean = fold_all ("Python을 사용한 Kafka로");
    g_autofree char *thai = fold_all ("ใช้Goพัฒนา");

    g_assert_cmpstr (korean, ==, "python 을 사용한 kafka 로");
    g_assert_cmpstr (thai, ==, "ใช้ go พัฒนา");
  }

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, cjk, strlen (cjk), NULL);
  g_assert_cmpuint (tokens.n_words, ==, 5);
  g_assert_cmpuint (tokens.tokens[2].cstart, ==, 2);
  g_assert_cmpuint (tokens.tokens[2].cend, ==, 8);
  g_assert_true (tokens.tokens[0].flags & RC_TOKEN_CJK);
  g_assert_false (tokens.tokens[2].flags & RC_TOKEN_SPACE_BEFORE);

  rc_tokenize (&tokens, emoji, strlen (emoji), NULL);
  g_assert_cmpuint (tokens.n_tokens, ==, 4);
  g_assert_cmpuint (tokens.n_words, ==, 2);
  g_assert_cmpuint (tokens.tokens[1].cstart, ==, 1);
  g_assert_cmpuint (tokens.tokens[2].cend, ==, 12);
  g_assert_cmpuint (tokens.tokens[3].cstart, ==, 12);
  rc_tokens_clear (&tokens);
}

static void
test_text_symbols (void)
{
  g_autofree char *a = fold_all ("team’s hard‐working");
  g_autofree char *b = fold_all ("team's hard-working");

  g_assert_cmpstr (a, ==, b);
}

static void
test_text_lexicon (void)
{
  g_autoptr(RcLexicon) lexicon = rc_lexicon_new ();
  RcTokens tokens;
  const char *text = "The Team PLAYER, teams";
  guint team, player;

  team = rc_lexicon_intern (lexicon, "team", 4);
  player = rc_lexicon_intern (lexicon, "player", 6);
  g_assert_cmpuint (rc_lexicon_intern (lexicon, "team", 4), ==, team);
  g_assert_cmpuint (team, !=, player);

  /* enough words to make the table grow several times */
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%u", i);

      g_assert_cmpuint (rc_lexicon_intern (lexicon, word, strlen (word)), ==, i + 2);
    }
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%u", i);

      g_assert_cmpint (rc_lexicon_lookup (lexicon, word, strlen (word),
                                          rc_text_hash (word, strlen (word))), ==, i + 2);
    }
  g_assert_cmpuint (rc_lexicon_get_size (lexicon), ==, 2002);
  g_assert_cmpstr (rc_lexicon_get_word (lexicon, player), ==, "player");

  rc_tokens_init (&tokens);
  rc_tokenize (&tokens, text, strlen (text), lexicon);
  g_assert_cmpint (tokens.tokens[0].lex, ==, -1);
  g_assert_cmpint (tokens.tokens[1].lex, ==, (gint) team);
  g_assert_cmpint (tokens.tokens[2].lex, ==, (gint) player);
  g_assert_cmpint (tokens.tokens[3].lex, ==, -1);
  g_assert_cmpint (tokens.tokens[4].lex, ==, -1);
  rc_tokens_clear (&tokens);
}

static void
test_text_offsets (void)
{
  const char *text = "é漢🚀x";

  g_assert_cmpuint (rc_text_char_to_byte (text, strlen (text), 0), ==, 0);
  g_assert_cmpuint (rc_text_char_to_byte (text, strlen (text), 1), ==, 2);
  g_assert_cmpuint (rc_text_char_to_byte (text, strlen (text), 2), ==, 5);
  g_assert_cmpuint (rc_text_char_to_byte (text, strlen (text), 3), ==, 9);
  g_assert_cmpuint (rc_text_char_to_byte (text, strlen (text), 99), ==, 10);
}

/* Suggested verbs and rewritten openings start with a capital, whatever the script */
static void
test_text_capitalize (void)
{
  static const char * const cases[][2] = {
    { "built", "Built" },
    { "Led", "Led" },
    { "élagué", "Élagué" },
    { "ǆungla", "ǅungla" },  /* a digraph takes its title case, not its upper case */
    { "7 teams", "7 teams" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *capital = rc_capitalize (cases[i][0]);

      g_assert_cmpstr (capital, ==, cases[i][1]);
    }
  g_assert_null (rc_capitalize (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text/ascii", test_text_ascii);
  g_test_add_func ("/core/text/flags", test_text_flags);
  g_test_add_func ("/core/text/accents", test_text_accents);
  g_test_add_func ("/core/text/cjk-emoji", test_text_cjk_emoji);
  g_test_add_func ("/core/text/symbols", test_text_symbols);
  g_test_add_func ("/core/text/lexicon", test_text_lexicon);
  g_test_add_func ("/core/text/offsets", test_text_offsets);
  g_test_add_func ("/core/text/capitalize", test_text_capitalize);

  return g_test_run ();
}
