/* fuzz-spell-store.c — the spelling store, a file in the user's cache that any program or a
 * damaged disk can change: read, used for verdicts and suggestions, and written back
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input whose first byte is odd is the whole file. Otherwise the rest is the entries and
 * the pool of suggestions, behind the identity this speller's store begins with, so that the
 * fuzzer reaches the entries rather than stopping at an identity it cannot guess.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rc-spell.h"
#include "rc-taxonomy.h"
#include "rc-fuzz.h"

static const char * const words[] = { "Kubernetes", "teh", "recieved", "colour", "Mustach" };

/* A word this run has not met, so that the dictionaries judge it and the store has news */
static void
check_new_word (RcSpell *spell)
{
  static guint serial;
  char word[16];
  guint n = serial++;
  gsize len = 0;

  /* the serial in letters: "qa", "qb", … "qba" */
  word[len++] = 'q';
  do
    word[len++] = (char) ('a' + n % 26);
  while ((n /= 26) > 0 && len < sizeof word - 1);
  rc_spell_check (spell, word, len, FALSE, NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static RcSpell *spell;
  static char *dir;
  g_autofree char *path = NULL;
  g_autoptr(GString) suggestion = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (spell == NULL)
    {
      static const char * const languages[] = { "en_US", "en_GB", NULL };

      spell = rc_spell_new (rc_taxonomy_get_default (), languages);
      dir = g_dir_make_tmp ("fuzz-spell-store-XXXXXX", NULL);
      g_assert_nonnull (dir);
    }
  if (size == 0)
    return 0;

  path = g_build_filename (dir, "spelling", NULL);
  if (data[0] & 1)
    g_assert_true (g_file_set_contents (path, (const char *) data + 1, (gssize) size - 1, NULL));
  else
    {
      g_autofree char *identity = rc_spell_dup_store_identity (spell);
      g_autoptr(GBytes) bytes = g_bytes_new (data + 1, size - 1);
      g_autoptr(GVariant) rest = g_variant_ref_sink (
        g_variant_new_from_bytes (G_VARIANT_TYPE ("(a(tyyuu)ay)"), bytes, FALSE));
      g_autoptr(GVariant) store = g_variant_ref_sink (
        g_variant_new ("(s@a(tyyuu)@ay)", identity, g_variant_get_child_value (rest, 0),
                       g_variant_get_child_value (rest, 1)));

      g_assert_true (g_file_set_contents (path, g_variant_get_data (store),
                                          (gssize) g_variant_get_size (store), NULL));
    }

  /* the store is read on the first word checked: verdicts, and UTF-8 suggestions */
  rc_spell_set_store (spell, path);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      RcSpellVerdict verdict = rc_spell_check (spell, words[i], strlen (words[i]), i % 2 == 0,
                                               suggestion);

      g_assert_cmpint (verdict, <=, RC_SPELL_MISSPELLED);
      g_assert_true (g_utf8_validate (suggestion->str, (gssize) suggestion->len, NULL));
    }
  check_new_word (spell);

  /* what was read, and the new word, are written over it, and read again */
  g_assert_true (rc_spell_save (spell, &error));
  g_assert_no_error (error);
  rc_spell_set_store (spell, path);
  check_new_word (spell);
  g_unlink (path);
  return 0;
}
