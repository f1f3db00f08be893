/* rc-spell.c — the spell checker: enchant-2 dictionaries, the technical lexicon, near-misses
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <enchant.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "rc-hash-private.h"
#include "rc-json-private.h"
#include "rc-spell.h"
#include "rc-store-file.h"
#include "rc-taxonomy-private.h"
#include "rc-text.h"
#include "rc-verbs.h"

#define WORDS_RESOURCE "/io/github/resumecoach/ResumeCoach/core/words/"

/* a word longer than this is no word a dictionary knows: code, a hash, a run of letters */
#define MAX_WORD 48
/* near-misses: names this long may be two edits away; shorter ones are never checked */
#define LONG_NAME 10
#define MIN_NAME 5
#define MAX_DICTS 2
/* the verdicts kept between runs: for each word its 64-bit hash, the verdict, which
 * suggestions were asked for, and the suggestions (dictionary words); never the word itself.
 * The entries are of fixed size and sorted by hash, so a run reads the file in place with a
 * binary search per word instead of building a table of all of them; the suggestions are
 * NUL-ended strings in one pool that an entry points into (offset + 1; 0 for none) */
#define STORE_TYPE "(sa(tyyuu)ay)"
#define STORE_VERSION "2"
/* more than this and the store starts again: a batch of strangers' resumes is no reason to
 * keep a dictionary's worth of words */
#define STORE_MAX 50000

typedef struct
{
  guint8  verdict;            /* RcSpellVerdict */
  guint8  suggested;          /* bit per dictionary: its suggestion was asked for */
  char   *suggestion[MAX_DICTS];
} Word;

typedef struct
{
  guint64     hash;
  Word        word;
} StoredWord;

/* an entry of the store as serialised: the layout GVariant gives "(tyyuu)" */
typedef struct
{
  guint64 hash;
  guint8  verdict;
  guint8  suggested;
  guint32 suggestion[MAX_DICTS];
} StoreEntry;

G_STATIC_ASSERT (sizeof (StoreEntry) == 24);

typedef struct
{
  const char *key;            /* lower case */
  guint       len;
  const char *fix;            /* the spelling as the data writes it */
  gboolean    mistypable;     /* letters only, long enough: a near-miss may mean it */
} Target;

struct _RcSpell
{
  GMutex         lock;
  char         **languages;
  gboolean       broker_tried;  /* under the lock: enchant was asked for its broker */
  EnchantBroker *broker;
  EnchantDict   *dicts[MAX_DICTS];  /* (nullable) each, of languages[]: by default [0] American,
                                    * [1] British */
  guint          asked;       /* bits: the dictionaries asked for, under the lock */
  guint          generation;  /* bumped when the languages change */
  gint64         load_us;

  RcLexicon     *lexicon;     /* folded words known to be right: technical names, data/words/,
                               * the verbs' forms */
  GHashTable    *names;       /* lower-case spelling → the spelling as written */
  GStringChunk  *strings;
  GBytes        *compiled;    /* (nullable): the compiled lexicon the names point into */
  GArray        *targets;     /* Target: each name, in the order the data gives them */
  GHashTable    *deletes;     /* a target key with one letter deleted → GArray of target
                               * indices */
  GArray        *long_targets;  /* indices of targets two edits may reach */
  gboolean       indexed;     /* under the lock: deletes and long_targets are made */
  RcLexicon     *checked;     /* words as written the dictionaries were asked about… */
  GArray        *words;       /* …and what they said: Word by id */
  GHashTable    *near;        /* lower-case text → its near-miss, "" for none */

  char          *store_path;  /* (nullable): where the verdicts of earlier runs are kept */
  gboolean       store_read;
  gboolean       store_dirty;
  GVariant      *store;       /* (nullable): the file as read, if it was made for these
                               * dictionaries; what follows points into it */
  const StoreEntry *store_entries;
  gsize          n_store_entries;
  const char    *store_pool;
  gsize          store_pool_len;
  GHashTable    *stored;      /* &StoredWord.hash → StoredWord: what this run found out,
                               * under the lock */
};

/* ------------------------------------------------------------------------------------------ */
/* Distance                                                                                    */

guint
rc_spell_distance (const char *a,
                   gsize       a_len,
                   const char *b,
                   gsize       b_len,
                   guint       max)
{
  guint rows[3][MAX_WORD * 2 + 2];
  guint *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

  if (a_len > MAX_WORD * 2 || b_len > MAX_WORD * 2)
    return max + 1;
  if ((a_len > b_len ? a_len - b_len : b_len - a_len) > max)
    return max + 1;
  for (guint j = 0; j <= b_len; j++)
    prev[j] = j;
  for (guint i = 1; i <= a_len; i++)
    {
      guint best = cur[0] = i;

      for (guint j = 1; j <= b_len; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint d = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            d = MIN (d, prev2[j - 2] + 1);
          cur[j] = d;
          best = MIN (best, d);
        }
      if (best > max)
        return max + 1;
      {
        guint *t = prev2;

        prev2 = prev;
        prev = cur;
        cur = t;
      }
    }
  return MIN (prev[b_len], max + 1);
}

/* ------------------------------------------------------------------------------------------ */
/* The lexicon and the names                                                                   */

static void
add_folded_words (RcSpell    *self,
                  const char *spelling)
{
  const char *p = spelling;

  while (*p != '\0')
    {
      const char *q = p;

      while (*q != '\0' && g_ascii_isalnum (*q))
        q++;
      if (q > p && q - p <= MAX_WORD)
        {
          char folded[MAX_WORD + 1];

          /* the spellings are ASCII: folding is lower case */
          for (const char *c = p; c < q; c++)
            folded[c - p] = g_ascii_tolower (*c);
          rc_lexicon_intern (self->lexicon, folded, (gsize) (q - p));
        }
      p = *q != '\0' ? q + 1 : q;
    }
}

static void
index_delete (RcSpell    *self,
              const char *key,
              guint       target)
{
  GArray *list = g_hash_table_lookup (self->deletes, key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->deletes, g_string_chunk_insert_const (self->strings, key), list);
    }
  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != target)
    g_array_append_val (list, target);
}

/* calls @func with @key less each one of its bytes */
static void
for_each_delete (const char *key,
                 guint       len,
                 void      (*func) (const char *, gpointer),
                 gpointer    data)
{
  char buffer[MAX_WORD * 2 + 1];

  if (len > MAX_WORD * 2)
    return;
  for (guint i = 0; i < len; i++)
    {
      memcpy (buffer, key, i);
      memcpy (buffer + i, key + i + 1, len - i - 1);
      buffer[len - 1] = '\0';
      func (buffer, data);
    }
}

typedef struct
{
  RcSpell *self;
  guint    target;
} IndexData;

static void
index_one (const char *key,
           gpointer    data)
{
  IndexData *index = data;

  index_delete (index->self, key, index->target);
}

/* A name, @key (lower case) for @fix, both kept as long as @self: accepted, and a target
 * for near-misses when it could be mistyped */
static void
add_name_key (RcSpell    *self,
              const char *key,
              const char *fix)
{
  guint letters = 0, spaces = 0;
  Target target = { key, (guint) strlen (key), fix, FALSE };

  g_hash_table_insert (self->names, (gpointer) key, (gpointer) fix);
  for (const char *p = key; *p != '\0'; p++)
    {
      if (g_ascii_isalpha (*p))
        letters++;
      else if (*p == ' ')
        spaces++;
      else
        break;  /* "Node.js", "C++", "k8s": written with symbols or digits, not mistyped */
    }
  target.mistypable = letters + spaces == target.len && letters >= MIN_NAME && spaces <= 1 &&
                      target.len <= MAX_WORD;
  g_array_append_val (self->targets, target);
}

/* A spelling the data gives: its words accepted, the whole a name */
static void
add_name (RcSpell    *self,
          const char *spelling,
          const char *fix)
{
  g_autofree char *key = g_ascii_strdown (spelling, -1);

  add_folded_words (self, spelling);
  if (!g_hash_table_contains (self->names, key))
    add_name_key (self, g_string_chunk_insert_const (self->strings, key),
                  g_string_chunk_insert_const (self->strings, fix));
}

/* Under the lock: every target under each of its one-letter deletions, the first time a
 * near-miss is looked for (a million instructions a name list, which most checks never
 * need: only text that is neither a word nor a known name is looked up) */
static void
index_targets (RcSpell *self)
{
  if (self->indexed)
    return;
  self->indexed = TRUE;
  for (guint t = 0; t < self->targets->len; t++)
    {
      const Target *target = &g_array_index (self->targets, Target, t);
      IndexData index = { self, t };

      if (!target->mistypable)
        continue;
      index_delete (self, target->key, t);
      for_each_delete (target->key, target->len, index_one, &index);
      if (target->len >= LONG_NAME)
        g_array_append_val (self->long_targets, t);
    }
}

static void
load_words (RcSpell    *self,
            const char *name,
            gboolean    names)
{
  g_autofree char *path = g_strconcat (WORDS_RESOURCE, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      if (names)
        add_name (self, line, line);
      else
        add_folded_words (self, line);
    }
}

static void
load_lexicon (RcSpell    *self,
              RcTaxonomy *taxonomy)
{
  const RcVerbs *verbs = rc_verbs_get_default ();
  GPtrArray *skills = taxonomy != NULL ? rc_taxonomy_get_skills (taxonomy) : NULL;

  for (guint i = 0; skills != NULL && i < skills->len; i++)
    {
      const Skill *skill = g_ptr_array_index (skills, i);

      add_name (self, skill->pub.name, skill->pub.name);
      for (guint a = 0; skill->aliases != NULL && skill->aliases[a] != NULL; a++)
        add_name (self, skill->aliases[a], skill->aliases[a]);
      /* other wordings are accepted words, never a misspelling to suggest */
      for (guint a = 0; skill->phrases != NULL && skill->phrases[a] != NULL; a++)
        add_folded_words (self, skill->phrases[a]);
    }
  load_words (self, "names.txt", TRUE);
  load_words (self, "technical.txt", FALSE);
  load_words (self, "common.txt", FALSE);
  /* the forms of every verb the coach knows are words */
  for (guint i = 0; verbs != NULL && i < verbs->verbs->len; i++)
    {
      const RcVerb *verb = &g_array_index (verbs->verbs, RcVerb, i);

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        if (verb->forms[f] != NULL)
          add_folded_words (self, verb->forms[f]);
    }
}

static void
word_clear (gpointer data)
{
  Word *word = data;

  for (guint d = 0; d < MAX_DICTS; d++)
    g_free (word->suggestion[d]);
}

static void
stored_word_free (gpointer data)
{
  StoredWord *stored = data;

  word_clear (&stored->word);
  g_free (stored);
}

static RcSpell *
spell_alloc (const char * const *languages)
{
  RcSpell *self = g_new0 (RcSpell, 1);

  g_mutex_init (&self->lock);
  self->languages = g_strdupv ((char **) languages);
  self->load_us = -1;
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);
  self->targets = g_array_new (FALSE, FALSE, sizeof (Target));
  self->deletes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) g_array_unref);
  self->long_targets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->checked = rc_lexicon_new ();
  self->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (self->words, word_clear);
  self->near = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stored = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, stored_word_free);
  return self;
}

RcSpell *
rc_spell_new (RcTaxonomy         *taxonomy,
              const char * const *languages)
{
  RcSpell *self = spell_alloc (languages);

  self->lexicon = rc_lexicon_new ();
  load_lexicon (self, taxonomy);
  return self;
}

/* The lexicon and the names, for rc_spell_new_compiled(): the lexicon's table, then each
 * name's key and spelling in the order they were added (the near-misses' order) */
GBytes *
rc_spell_to_compiled (RcSpell *self)
{
  RcCompiledWriter out;

  rc_compiled_writer_init (&out);
  rc_lexicon_write (self->lexicon, &out);
  rc_compiled_put_u32 (&out, self->targets->len);
  for (guint t = 0; t < self->targets->len; t++)
    {
      const Target *target = &g_array_index (self->targets, Target, t);

      rc_compiled_put_string (&out, target->key);
      rc_compiled_put_string (&out, target->fix);
    }
  return rc_compiled_writer_finish (&out, RC_SPELL_COMPILED_MAGIC);
}

RcSpell *
rc_spell_new_from_compiled (GBytes              *bytes,
                            const char * const  *languages,
                            GError             **error)
{
  RcCompiledReader in;
  RcSpell *self;
  guint32 n;

  if (!rc_compiled_reader_init (&in, bytes, RC_SPELL_COMPILED_MAGIC, error))
    return NULL;
  self = spell_alloc (languages);
  self->compiled = g_bytes_ref (bytes);
  self->lexicon = rc_lexicon_read (&in);
  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      const char *key = rc_compiled_get_string (&in);
      const char *fix = rc_compiled_get_string (&in);

      if (key != NULL && fix != NULL)
        add_name_key (self, key, fix);
    }
  if (!rc_compiled_reader_check (&in, error))
    g_clear_pointer (&self, rc_spell_free);
  rc_compiled_reader_clear (&in);
  return self;
}

void
rc_spell_free (RcSpell *self)
{
  if (self == NULL)
    return;
  for (guint d = 0; d < MAX_DICTS; d++)
    if (self->dicts[d] != NULL)
      enchant_broker_free_dict (self->broker, self->dicts[d]);
  if (self->broker != NULL)
    enchant_broker_free (self->broker);
  g_strfreev (self->languages);
  rc_lexicon_free (self->lexicon);
  g_hash_table_unref (self->names);
  g_clear_pointer (&self->compiled, g_bytes_unref);
  g_hash_table_unref (self->deletes);
  rc_lexicon_free (self->checked);
  g_array_unref (self->words);
  g_hash_table_unref (self->near);
  g_hash_table_unref (self->stored);
  g_clear_pointer (&self->store, g_variant_unref);
  g_free (self->store_path);
  g_array_unref (self->long_targets);
  g_array_unref (self->targets);
  g_string_chunk_free (self->strings);
  g_mutex_clear (&self->lock);
  g_free (self);
}

RcSpell *
rc_spell_get_default (void)
{
  static RcSpell *spell;

  if (g_once_init_enter (&spell))
    {
      static const char * const languages[] = { "en_US", "en_GB", NULL };
      g_autoptr(GBytes) bytes = rc_compiled_data_lookup (RC_SPELL_COMPILED_RESOURCE, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      RcSpell *made = NULL;

      /* the compiled form; only rc-compile-data, which makes it, builds it from the taxonomy */
      if (bytes != NULL &&
          (made = rc_spell_new_from_compiled (bytes, languages, &error)) == NULL)
        g_critical ("The compiled spelling lexicon is broken: %s", error->message);
      if (made == NULL)
        made = rc_spell_new (rc_taxonomy_get_default (), languages);
      path = g_build_filename (g_get_user_cache_dir (), "resume-coach", "spelling", NULL);
      rc_spell_set_store (made, path);
      g_once_init_leave (&spell, made);
    }
  return spell;
}

/* ------------------------------------------------------------------------------------------ */
/* The dictionaries                                                                            */

/* Under the lock.  Opening a dictionary costs tens of milliseconds, so nothing is opened until
 * a word neither the lexicon nor the store knows is checked, and the British dictionary only
 * when the American one rejects a word */
static EnchantDict *
get_dict (RcSpell *self,
          guint    d)
{
  if (!self->broker_tried)
    {
      gint64 start = g_get_monotonic_time ();

      self->broker_tried = TRUE;
      self->broker = enchant_broker_init ();
      if (self->broker != NULL)
        enchant_broker_set_ordering (self->broker, "*", "hunspell");
      self->load_us = g_get_monotonic_time () - start;
    }
  if (!(self->asked & (1u << d)))
    {
      gint64 start = g_get_monotonic_time ();

      self->asked |= 1u << d;
      if (self->broker != NULL && self->languages[d] != NULL &&
          enchant_broker_dict_exists (self->broker, self->languages[d]))
        self->dicts[d] = enchant_broker_request_dict (self->broker, self->languages[d]);
      self->load_us += g_get_monotonic_time () - start;
      g_debug ("spelling dictionary %s opened in %" G_GINT64_FORMAT " µs", self->languages[d],
               g_get_monotonic_time () - start);
    }
  return self->dicts[d];
}

/* ------------------------------------------------------------------------------------------ */
/* The store: what the dictionaries said in earlier runs                                       */

/* FNV-1a, 64 bits: the store's key for a word as written */
static guint64
hash_word (const char *word,
           gsize       len)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) word[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return h;
}

/* What the verdicts depend on: the languages, and each one's dictionary files and personal word
 * list as they are now (a new hunspell package, or a word the user added, makes them stale) */
char *
rc_spell_dup_store_identity (RcSpell *self)
{
  GString *identity = g_string_new ("resume-coach spelling " STORE_VERSION);

  for (guint d = 0; d < MAX_DICTS && self->languages[d] != NULL; d++)
    {
      const char *language = self->languages[d];
      g_autofree char *dic = g_strconcat (language, ".dic", NULL);
      g_autofree char *aff = g_strconcat (language, ".aff", NULL);
      g_autofree char *exc = g_strconcat (language, ".exc", NULL);
      const char *paths[] = {
        g_build_filename ("/usr/share/hunspell", dic, NULL),
        g_build_filename ("/usr/share/hunspell", aff, NULL),
        g_build_filename (g_get_user_config_dir (), "enchant", dic, NULL),
        g_build_filename (g_get_user_config_dir (), "enchant", exc, NULL),
      };

      g_string_append_printf (identity, "|%s", language);
      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          GStatBuf st;

          if (g_stat (paths[i], &st) == 0)
            g_string_append_printf (identity, ":%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                                    (gint64) st.st_mtime, (gint64) st.st_size);
          else
            g_string_append (identity, ":-");
          g_free ((char *) paths[i]);
        }
    }
  return g_string_free (identity, FALSE);
}

/* Under the lock: the verdicts of earlier runs, once; a store made for other dictionaries,
 * or damaged, is not used (it is written over at the next save). It is read as any outside
 * data: GVariant gives a safe default for whatever is malformed, and each entry is checked
 * when it is used */
static void
read_store (RcSpell *self)
{
  g_autofree char *identity = NULL;
  g_autoptr(GVariant) entries = NULL;
  g_autoptr(GVariant) pool = NULL;

  if (self->store_read || self->store_path == NULL)
    return;
  self->store_read = TRUE;
  identity = rc_spell_dup_store_identity (self);
  self->store = rc_store_file_read (self->store_path, STORE_TYPE, identity);
  if (self->store == NULL)
    return;
  entries = g_variant_get_child_value (self->store, 1);
  pool = g_variant_get_child_value (self->store, 2);
  self->store_entries = g_variant_get_fixed_array (entries, &self->n_store_entries,
                                                   sizeof (StoreEntry));
  self->store_pool = g_variant_get_fixed_array (pool, &self->store_pool_len, 1);
  if (self->store_entries == NULL)
    self->n_store_entries = 0;
}

/* suggestion @offset of the pool (offset + 1, 0 for none), if it is a NUL-ended UTF-8 string
 * there */
static char *
dup_pooled (RcSpell *self,
            guint32  offset)
{
  const char *at, *end;

  if (offset == 0 || self->store_pool == NULL || offset - 1 >= self->store_pool_len)
    return NULL;
  at = self->store_pool + offset - 1;
  end = memchr (at, '\0', self->store_pool_len - (offset - 1));
  if (end == NULL || !g_utf8_validate (at, end - at, NULL))
    return NULL;
  return g_strdup (at);
}

/* Under the lock: what an earlier run (or this one) found out about the word of @hash, in
 * @out (its suggestions copied); FALSE when nothing */
static gboolean
find_stored (RcSpell *self,
             guint64  hash,
             Word    *out)
{
  const StoredWord *stored = g_hash_table_lookup (self->stored, &hash);
  const StoreEntry *entry;

  if (stored != NULL)
    {
      out->verdict = stored->word.verdict;
      out->suggested = stored->word.suggested;
      for (guint d = 0; d < MAX_DICTS; d++)
        out->suggestion[d] = g_strdup (stored->word.suggestion[d]);
      return TRUE;
    }
  entry = self->n_store_entries > 0
          ? bsearch (&hash, self->store_entries, self->n_store_entries, sizeof (StoreEntry),
                     rc_hash_compare_keys)
          : NULL;
  if (entry == NULL || entry->verdict > RC_SPELL_MISSPELLED)
    return FALSE;
  out->verdict = entry->verdict;
  out->suggested = entry->suggested & ((1u << MAX_DICTS) - 1);
  for (guint d = 0; d < MAX_DICTS; d++)
    out->suggestion[d] = dup_pooled (self, entry->suggestion[d]);
  return TRUE;
}

/* Under the lock: @word's verdict and suggestions, for the next runs */
static void
keep_word (RcSpell    *self,
           guint64     hash,
           const Word *word)
{
  StoredWord *stored;

  if (self->store_path == NULL)
    return;
  stored = g_new0 (StoredWord, 1);
  stored->hash = hash;
  stored->word.verdict = word->verdict;
  stored->word.suggested = word->suggested;
  for (guint d = 0; d < MAX_DICTS; d++)
    stored->word.suggestion[d] = g_strdup (word->suggestion[d]);
  g_hash_table_replace (self->stored, &stored->hash, stored);
  self->store_dirty = TRUE;
}

void
rc_spell_set_store (RcSpell    *self,
                    const char *path)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->lock);
  g_free (self->store_path);
  self->store_path = g_strdup (path);
  self->store_read = FALSE;
  self->store_dirty = FALSE;
  g_clear_pointer (&self->store, g_variant_unref);
  self->store_entries = NULL;
  self->n_store_entries = 0;
  self->store_pool = NULL;
  self->store_pool_len = 0;
  g_hash_table_remove_all (self->stored);
  g_mutex_unlock (&self->lock);
}

/* an entry of the next store, while it is made */
typedef struct
{
  guint64     hash;
  guint8      verdict;
  guint8      suggested;
  const char *suggestion[MAX_DICTS];
} SavedWord;

static guint32
pool_add (GByteArray *pool,
          const char *text)
{
  guint32 offset = pool->len + 1;

  if (text == NULL)
    return 0;
  g_byte_array_append (pool, (const guint8 *) text, (guint) strlen (text) + 1);
  return offset;
}

gboolean
rc_spell_save (RcSpell  *self,
               GError  **error)
{
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (SavedWord));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (StoreEntry));
  g_autoptr(GByteArray) pool = g_byte_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GVariant) store = NULL;
  g_autofree char *identity = NULL;
  GHashTableIter iter;
  gpointer value;
  gboolean keep_earlier, saved_ok;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->lock);
  if (self->store_path == NULL || !self->store_dirty)
    {
      g_mutex_unlock (&self->lock);
      return TRUE;
    }
  /* this run's words, then the earlier ones it did not change: unless they are too many,
   * and the store starts again */
  g_hash_table_iter_init (&iter, self->stored);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const StoredWord *stored = value;
      SavedWord word = { stored->hash, stored->word.verdict, stored->word.suggested,
                         { stored->word.suggestion[0], stored->word.suggestion[1] } };

      g_array_append_val (saved, word);
    }
  keep_earlier = saved->len + self->n_store_entries <= STORE_MAX;
  for (gsize i = 0; keep_earlier && i < self->n_store_entries; i++)
    {
      const StoreEntry *entry = &self->store_entries[i];
      SavedWord word = { entry->hash, entry->verdict, entry->suggested, { NULL, NULL } };

      if (entry->verdict > RC_SPELL_MISSPELLED ||
          g_hash_table_contains (self->stored, &entry->hash))
        continue;
      for (guint d = 0; d < MAX_DICTS; d++)
        {
          char *suggestion = dup_pooled (self, entry->suggestion[d]);

          if (suggestion != NULL)
            g_ptr_array_add (kept, suggestion);
          word.suggestion[d] = suggestion;
        }
      g_array_append_val (saved, word);
    }
  g_array_sort (saved, rc_hash_compare_keys);
  for (guint i = 0; i < saved->len; i++)
    {
      const SavedWord *word = &g_array_index (saved, SavedWord, i);
      StoreEntry entry;

      /* a damaged store may hold a hash twice: the first stands */
      if (i > 0 && word->hash == g_array_index (saved, SavedWord, i - 1).hash)
        continue;
      /* the padding too: nothing of this process' memory goes into the file */
      memset (&entry, 0, sizeof entry);
      entry.hash = word->hash;
      entry.verdict = word->verdict;
      entry.suggested = word->suggested;
      for (guint d = 0; d < MAX_DICTS; d++)
        entry.suggestion[d] = pool_add (pool, word->suggestion[d]);
      g_array_append_val (entries, entry);
    }

  identity = rc_spell_dup_store_identity (self);
  store = g_variant_ref_sink (g_variant_new (
    "(s@a(tyyuu)@ay)", identity,
    g_variant_new_fixed_array (G_VARIANT_TYPE ("(tyyuu)"), entries->data, entries->len,
                               sizeof (StoreEntry)),
    g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, pool->data, pool->len, 1)));
  saved_ok = rc_store_file_write (self->store_path, store, error);
  if (saved_ok)
    self->store_dirty = FALSE;
  g_mutex_unlock (&self->lock);
  return saved_ok;
}

gboolean
rc_spell_get_dictionaries_opened (RcSpell *self)
{
  gboolean opened;

  g_mutex_lock (&self->lock);
  opened = self->asked != 0;
  g_mutex_unlock (&self->lock);
  return opened;
}

void
rc_spell_set_languages (RcSpell            *self,
                        const char * const *languages)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (languages != NULL && languages[0] != NULL);

  /* the dictionaries are opened later, when a word is checked: choosing costs nothing */
  g_mutex_lock (&self->lock);
  if (!g_strv_equal ((const char * const *) self->languages, languages))
    {
      for (guint d = 0; d < MAX_DICTS; d++)
        if (self->dicts[d] != NULL)
          {
            enchant_broker_free_dict (self->broker, self->dicts[d]);
            self->dicts[d] = NULL;
          }
      self->asked = 0;
      g_strfreev (self->languages);
      self->languages = g_strdupv ((char **) languages);
      /* what the old dictionaries said of a word no longer holds (the store is read again,
       * for these languages) */
      g_array_set_size (self->words, 0);
      g_hash_table_remove_all (self->stored);
      self->store_read = FALSE;
      self->store_dirty = FALSE;
      rc_lexicon_free (self->checked);
      self->checked = rc_lexicon_new ();
      g_atomic_int_inc (&self->generation);
    }
  g_mutex_unlock (&self->lock);
}

guint
rc_spell_get_generation (RcSpell *self)
{
  return (guint) g_atomic_int_get (&self->generation);
}

gboolean
rc_spell_has_dictionaries (RcSpell *self)
{
  gboolean any = FALSE;

  g_mutex_lock (&self->lock);
  for (guint d = 0; d < MAX_DICTS && self->languages[d] != NULL; d++)
    any |= get_dict (self, d) != NULL;
  g_mutex_unlock (&self->lock);
  return any;
}

gint64
rc_spell_get_load_time (RcSpell *self)
{
  return self->load_us;
}

gboolean
rc_spell_is_known (RcSpell    *self,
                   const char *folded,
                   gsize       len,
                   guint32     hash)
{
  return rc_lexicon_lookup (self->lexicon, folded, len, hash) >= 0;
}

/* A word one slip away that the dictionary holds, slips tried in the order people make
 * them: two letters swapped (recieve), a letter dropped (managment, enginers), one mistyped,
 * one doubled. Trying each is a thousand times faster than hunspell's own suggestions, which
 * also search by sound and take tens of milliseconds a word; a word no single slip explains
 * is more likely one the dictionaries lack than a typo. */
static char *
good_suggestion (EnchantDict *dict,
                 const char  *word,
                 gsize        len)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyz'";
  g_autofree char *lower = g_utf8_strdown (word, (gssize) len);
  gsize n = strlen (lower);
  char buffer[MAX_WORD + 2];

  /* slips are tried a byte at a time */
  if (n > MAX_WORD || n < 3 || !g_str_is_ascii (lower))
    return NULL;
#define TRY() G_STMT_START { \
    if (enchant_dict_check (dict, buffer, -1) == 0) \
      return g_strdup (buffer); \
  } G_STMT_END
  for (gsize i = 0; i + 1 < n; i++)
    if (lower[i] != lower[i + 1])
      {
        memcpy (buffer, lower, n + 1);
        buffer[i] = lower[i + 1];
        buffer[i + 1] = lower[i];
        TRY ();
      }
  for (gsize i = 1; i <= n; i++)
    for (const char *c = letters; *c != '\0'; c++)
      {
        if (*c == '\'' && (i == n || i == 1))
          continue;
        memcpy (buffer, lower, i);
        buffer[i] = *c;
        memcpy (buffer + i + 1, lower + i, n - i + 1);
        TRY ();
      }
  for (gsize i = 0; i < n; i++)
    for (const char *c = letters; *c != '\'' ; c++)
      if (*c != lower[i])
        {
          memcpy (buffer, lower, n + 1);
          buffer[i] = *c;
          TRY ();
        }
  for (gsize i = 0; i < n && n > 3; i++)
    {
      memcpy (buffer, lower, i);
      memcpy (buffer + i, lower + i + 1, n - i);
      TRY ();
    }
#undef TRY
  return NULL;
}

static guint8
judge (RcSpell    *self,
       const char *word,
       gsize       len)
{
  gboolean any = FALSE;

  for (guint d = 0; d < MAX_DICTS && self->languages[d] != NULL; d++)
    if (get_dict (self, d) != NULL)
      {
        any = TRUE;
        if (enchant_dict_check (self->dicts[d], word, (ssize_t) len) == 0)
          return d == 0 || self->dicts[0] == NULL ? RC_SPELL_CORRECT : RC_SPELL_BRITISH;
      }
  return any ? RC_SPELL_MISSPELLED : RC_SPELL_CORRECT;
}

RcSpellVerdict
rc_spell_check (RcSpell    *self,
                const char *word,
                gsize       len,
                gboolean    british,
                GString    *suggestion)
{
  char key[MAX_WORD + 1];
  Word *entry;
  RcSpellVerdict verdict;
  gint id;

  if (suggestion != NULL)
    g_string_truncate (suggestion, 0);
  if (len == 0 || len > MAX_WORD)
    return RC_SPELL_CORRECT;
  memcpy (key, word, len);
  key[len] = '\0';

  /* hunspell is not thread-safe, and the caches are shared */
  g_mutex_lock (&self->lock);
  read_store (self);
  id = rc_lexicon_lookup (self->checked, key, len, rc_text_hash (key, len));
  /* a word met before in this run (most of a keystroke's re-check) needs no store key */
  if (id < 0)
    {
      guint64 hash = hash_word (key, len);
      Word fresh = { 0, 0, { NULL, NULL } };
      gboolean known = find_stored (self, hash, &fresh);

      if (!known)
        fresh.verdict = judge (self, key, len);
      id = (gint) rc_lexicon_intern (self->checked, key, len);
      g_assert ((guint) id == self->words->len);
      g_array_append_val (self->words, fresh);
      if (!known)
        keep_word (self, hash, &fresh);
    }
  entry = &g_array_index (self->words, Word, id);
  verdict = entry->verdict;
  if (verdict == RC_SPELL_MISSPELLED && suggestion != NULL)
    {
      guint d = british ? 1 : 0;

      /* a suggestion asked for in an earlier run needs no dictionary */
      if (!(entry->suggested & (1u << d)))
        {
          d = british && get_dict (self, 1) != NULL ? 1 : 0;
          if (get_dict (self, d) == NULL)
            d = 1 - d;
        }
      if (!(entry->suggested & (1u << d)) && get_dict (self, d) != NULL)
        {
          entry->suggestion[d] = good_suggestion (self->dicts[d], key, len);
          entry->suggested |= (guint8) (1u << d);
          keep_word (self, hash_word (key, len), entry);
        }
      if (entry->suggestion[d] != NULL)
        g_string_assign (suggestion, entry->suggestion[d]);
    }
  g_mutex_unlock (&self->lock);
  return verdict;
}

/* ------------------------------------------------------------------------------------------ */
/* Names and near-misses                                                                       */

const char *
rc_spell_lookup_name (RcSpell    *self,
                      const char *text,
                      gsize       len)
{
  char key[MAX_WORD * 2 + 1];

  if (len > MAX_WORD * 2)
    return NULL;
  for (gsize i = 0; i < len; i++)
    key[i] = g_ascii_tolower (text[i]);
  key[len] = '\0';
  return g_hash_table_lookup (self->names, key);
}

typedef struct
{
  RcSpell    *self;
  const char *key;
  guint       len;
  guint       best;
  gint        target;
} NearData;

static void
try_target (RcSpell  *self,
            NearData *near,
            GArray   *list)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      guint t = g_array_index (list, guint, i);
      const Target *target = &g_array_index (self->targets, Target, t);
      guint d = rc_spell_distance (near->key, near->len, target->key, target->len, 1);

      if (d == 1 && d < near->best)
        {
          near->best = d;
          near->target = (gint) t;
        }
    }
}

static void
near_one (const char *key,
          gpointer    data)
{
  NearData *near = data;

  try_target (near->self, near, g_hash_table_lookup (near->self->deletes, key));
}

const char *
rc_spell_near_miss (RcSpell    *self,
                    const char *text,
                    gsize       len)
{
  char key[MAX_WORD + 1];
  NearData near = { self, key, (guint) len, G_MAXUINT, -1 };
  const char *fix;

  if (len < RC_SPELL_MIN_NEAR_MISS || len > MAX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    key[i] = g_ascii_tolower (text[i]);
  key[len] = '\0';
  if (g_hash_table_contains (self->names, key))
    return NULL;

  g_mutex_lock (&self->lock);
  fix = g_hash_table_lookup (self->near, key);
  if (fix == NULL)
    {
      index_targets (self);
      /* one edit away: the two share the text less one letter, or the whole text */
      near_one (key, &near);
      for_each_delete (key, (guint) len, near_one, &near);
      /* two edits: the few long names, one by one */
      if (near.best > 1 && len + 2 >= LONG_NAME)
        for (guint i = 0; i < self->long_targets->len; i++)
          {
            guint t = g_array_index (self->long_targets, guint, i);
            const Target *target = &g_array_index (self->targets, Target, t);
            guint d = rc_spell_distance (key, len, target->key, target->len, 2);

            if (d > 0 && d <= 2 && d < near.best)
              {
                near.best = d;
                near.target = (gint) t;
              }
          }
      fix = near.target >= 0 ? g_array_index (self->targets, Target, near.target).fix : "";
      g_hash_table_insert (self->near, g_strdup (key), (gpointer) fix);
    }
  g_mutex_unlock (&self->lock);
  return *fix != '\0' ? fix : NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* The resume's own names                                                                      */

static void
add_resume_name (RcLexicon  *names,
                 RcTokens   *tokens,
                 guint64    *hash,
                 const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p++)
    *hash = (*hash ^ (guchar) *p) * G_GUINT64_CONSTANT (0x100000001b3);
  *hash = (*hash ^ 0xff) * G_GUINT64_CONSTANT (0x100000001b3);
  rc_tokenize (tokens, text, strlen (text), NULL);
  for (guint i = 0; i < tokens->n_tokens; i++)
    if (tokens->tokens[i].flags & RC_TOKEN_WORD)
      rc_lexicon_intern (names, rc_tokens_folded (tokens, i), tokens->tokens[i].fold_len);
}

RcLexicon *
rc_spell_read_names (JsonObject *root,
                     guint64    *hash)
{
  /* section, then the members of each entry that name something */
  static const char * const fields[][4] = {
    { "work", "name", "location", NULL },
    { "volunteer", "organization", NULL },
    { "projects", "name", "entity", NULL },
    { "education", "institution", NULL },
    { "awards", "awarder", "title", NULL },
    { "certificates", "issuer", "name", NULL },
    { "publications", "publisher", "name", NULL },
    { "references", "name", NULL },
  };
  static const char * const basics[] = { "name", NULL };
  static const char * const location[] = { "city", "region", "address", NULL };
  RcLexicon *names = rc_lexicon_new ();
  JsonObject *person = rc_json_get_member_object (root, "basics");
  RcTokens tokens;

  *hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  rc_tokens_init (&tokens);
  for (guint i = 0; basics[i] != NULL; i++)
    add_resume_name (names, &tokens, hash, rc_json_get_member_string (person, basics[i]));
  for (guint i = 0; location[i] != NULL; i++)
    add_resume_name (names, &tokens, hash,
                     rc_json_get_member_string (rc_json_get_member_object (person, "location"),
                                                location[i]));
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      JsonArray *list = rc_json_get_member_array (root, fields[f][0]);

      for (guint e = 0; list != NULL && e < json_array_get_length (list); e++)
        for (guint m = 1; m < G_N_ELEMENTS (fields[f]) && fields[f][m] != NULL; m++)
          add_resume_name (names, &tokens, hash,
                           rc_json_get_member_string (rc_json_get_element_object (list, e),
                                                      fields[f][m]));
    }
  rc_tokens_clear (&tokens);
  return names;
}
