/* rc-verbs.c — the action verbs of data/verbs.json, read once for the rule set and the guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-compiled-data.h"
#include "rc-core-resources.h"
#include "rc-json-private.h"
#include "rc-json-reader.h"
#include "rc-text.h"
#include "rc-verbs.h"

#define VERBS_RESOURCE "/io/github/resumecoach/ResumeCoach/core/verbs.json"

/* Inflects a verb the data does not list by the regular English rules */
static char *
inflect_verb (const char *base,
              RcVerbForm  form)
{
  gsize len = strlen (base);
  char last = len > 0 ? base[len - 1] : '\0';
  char before = len > 1 ? base[len - 2] : '\0';
  gboolean consonant_y = last == 'y' && len > 1 && strchr ("aeiou", before) == NULL;
  gboolean double_last = FALSE;
  const char *space = strchr (base, ' ');

  /* "work on": inflect the verb, keep the rest */
  if (space != NULL)
    {
      g_autofree char *head = g_strndup (base, (gsize) (space - base));
      g_autofree char *inflected = inflect_verb (head, form);

      return g_strconcat (inflected, space, NULL);
    }

  /* one vowel before a final consonant in a one-syllable word: ship → shipped */
  if (len >= 3 && strchr ("aeiouwxy", last) == NULL && strchr ("aeiou", before) != NULL &&
      strchr ("aeiou", base[len - 3]) == NULL)
    {
      guint vowels = 0;

      for (gsize i = 0; i < len; i++)
        if (strchr ("aeiou", base[i]) != NULL)
          vowels++;
      double_last = vowels == 1;
    }

  switch (form)
    {
    case RC_VERB_FORM_BASE:
      return g_strdup (base);

    case RC_VERB_FORM_S:
      if (g_str_has_suffix (base, "s") || g_str_has_suffix (base, "x") ||
          g_str_has_suffix (base, "z") || g_str_has_suffix (base, "ch") ||
          g_str_has_suffix (base, "sh"))
        return g_strconcat (base, "es", NULL);
      if (consonant_y)
        return g_strdup_printf ("%.*sies", (int) len - 1, base);
      return g_strconcat (base, "s", NULL);

    case RC_VERB_FORM_PAST:
    case RC_VERB_FORM_PARTICIPLE:
      if (last == 'e')
        return g_strconcat (base, "d", NULL);
      if (consonant_y)
        return g_strdup_printf ("%.*sied", (int) len - 1, base);
      if (double_last)
        return g_strdup_printf ("%s%ced", base, last);
      return g_strconcat (base, "ed", NULL);

    case RC_VERB_FORM_ING:
      if (last == 'e' && before != 'e' && len > 2)
        return g_strdup_printf ("%.*sing", (int) len - 1, base);
      if (double_last)
        return g_strdup_printf ("%s%cing", base, last);
      return g_strconcat (base, "ing", NULL);

    case RC_N_VERB_FORMS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* the id of @word among the verbs' forms, or -1 */
static gint
form_id (const RcVerbs *verbs,
         const char    *word)
{
  gsize len = strlen (word);

  return rc_lexicon_lookup (verbs->forms, word, len, rc_text_hash (word, len));
}

const RcVerb *
rc_verbs_lookup (const RcVerbs *verbs,
                 const char    *base)
{
  gint id = form_id (verbs, base);
  guint index = id >= 0 ? g_array_index (verbs->by_base, guint32, id) : 0;

  return index > 0 ? &g_array_index (verbs->verbs, RcVerb, index - 1) : NULL;
}

const RcVerb *
rc_verbs_lookup_form (const RcVerbs *verbs,
                      const char    *word,
                      guint         *forms)
{
  gint id = form_id (verbs, word);
  guint packed = id >= 0 ? g_array_index (verbs->by_form, guint32, id) : 0;

  *forms = packed & 0xff;
  return packed > 0 ? &g_array_index (verbs->verbs, RcVerb, (packed >> 8) - 1) : NULL;
}

gboolean
rc_verbs_is_regular_past (const RcVerbs *verbs,
                          const char    *word)
{
  gsize len = strlen (word);
  g_autofree char *lower = NULL;
  gboolean vowel = FALSE;

  /* "Ed", "LED", "iOS-ed": a capital may open it, no more */
  if (len < 5 || !g_ascii_isalpha (word[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_islower (word[i]))
      return FALSE;
  lower = g_ascii_strdown (word, (gssize) len);
  /* "speed", "exceed", "proceed" are not pasts; "agreed" is in the data */
  if (!g_str_has_suffix (lower, "ed") || lower[len - 3] == 'e' ||
      g_hash_table_contains (verbs->not_past, lower))
    return FALSE;
  for (gsize i = 0; i + 2 < len && !vowel; i++)
    vowel = strchr ("aeiouy", lower[i]) != NULL;
  return vowel;
}

char *
rc_verbs_form (const RcVerbs *verbs,
               const char    *lemma,
               RcVerbForm     form)
{
  const char *space = strchr (lemma, ' ');
  g_autofree char *head = space != NULL ? g_strndup (lemma, (gsize) (space - lemma))
                                        : g_strdup (lemma);
  const RcVerb *verb = rc_verbs_lookup (verbs, head);
  char *word;

  if (verb != NULL)
    word = g_strdup (verb->forms[form] != NULL ? verb->forms[form]
                                              : verb->forms[RC_VERB_FORM_PAST]);
  else
    word = inflect_verb (head, form == RC_VERB_FORM_PARTICIPLE ? RC_VERB_FORM_PAST : form);

  if (space != NULL)
    {
      char *full = g_strconcat (word, space, NULL);

      g_free (word);
      return full;
    }
  return word;
}

static void
verb_clear (gpointer data)
{
  RcVerb *verb = data;

  for (guint i = 0; i < RC_N_VERB_FORMS; i++)
    g_free (verb->forms[i]);
  g_strfreev (verb->instead);
  g_free (verb->instead_text);
}

/* a verb whose forms point into the compiled data */
static void
verb_clear_borrowed (gpointer data)
{
  RcVerb *verb = data;

  g_strfreev (verb->instead);
  g_free (verb->instead_text);
}

static void
verb_category_free (gpointer data)
{
  RcVerbCategory *category = data;

  g_free (category->id);
  g_free (category->name);
  g_array_unref (category->verbs);
  g_free (category);
}

static char **
dup_string_array (JsonArray *array)
{
  GPtrArray *strings = g_ptr_array_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *string = rc_json_get_string (json_array_get_element (array, i));

      if (string != NULL)
        g_ptr_array_add (strings, g_strdup (string));
    }
  g_ptr_array_add (strings, NULL);
  return (char **) g_ptr_array_free (strings, FALSE);
}

/* appends @verb (its forms owned by the list now) and indexes its forms */
static void
index_verb (RcVerbs *verbs,
            RcVerb  *verb)
{
  guint32 number;

  g_array_append_vals (verbs->verbs, verb, 1);
  number = verbs->verbs->len;
  for (guint i = 0; i < RC_N_VERB_FORMS; i++)
    {
      const char *form = verb->forms[i];
      guint32 *packed, bits = 1u << i;
      guint id;

      if (form == NULL)
        continue;
      id = rc_lexicon_intern (verbs->forms, form, strlen (form));
      if (id == verbs->by_form->len)
        {
          g_array_set_size (verbs->by_form, id + 1);
          g_array_set_size (verbs->by_base, id + 1);
        }
      if (i == RC_VERB_FORM_BASE && g_array_index (verbs->by_base, guint32, id) == 0)
        g_array_index (verbs->by_base, guint32, id) = number;
      if (i == RC_VERB_FORM_PAST && verb->forms[RC_VERB_FORM_PARTICIPLE] == NULL)
        bits |= RC_FORM_PARTICIPLE;
      /* the first verb with a form keeps it; "cut" is base and past of the same one */
      packed = &g_array_index (verbs->by_form, guint32, id);
      if (*packed == 0 || (*packed >> 8) == number)
        *packed = (number << 8) | (*packed & 0xff) | bits;
    }
}

static void
add_verb (RcVerbs    *verbs,
          JsonObject *object,
          gint        category)
{
  RcVerb verb = { 0 };
  static const char * const form_names[] = { "base", "s", "past", "ing", "participle" };
  const char *base = rc_json_get_member_string (object, "base");

  if (base == NULL)
    return;
  for (guint i = 0; i < RC_N_VERB_FORMS; i++)
    {
      const char *form = rc_json_get_member_string (object, form_names[i]);

      if (form != NULL)
        verb.forms[i] = g_strdup (form);
      else if (i != RC_VERB_FORM_PARTICIPLE)
        verb.forms[i] = inflect_verb (base, (RcVerbForm) i);
    }
  verb.category = category;
  verb.instead = dup_string_array (rc_json_get_member_array (object, "instead"));
  index_verb (verbs, &verb);
}

/* a set of the strings in @array, which the data keeps alive */
static GHashTable *
word_set (JsonArray *array)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *string = rc_json_get_string (json_array_get_element (array, i));

      if (string != NULL)
        g_hash_table_add (set, (gpointer) string);
    }
  return set;
}

static void
init_verbs (RcVerbs *verbs)
{
  verbs->verbs = g_array_new (FALSE, TRUE, sizeof (RcVerb));
  g_array_set_clear_func (verbs->verbs, verb_clear);
  verbs->categories = g_ptr_array_new_with_free_func (verb_category_free);
  verbs->forms = rc_lexicon_new ();
  verbs->by_base = g_array_new (FALSE, TRUE, sizeof (guint32));
  verbs->by_form = g_array_new (FALSE, TRUE, sizeof (guint32));
}

static void
write_instead_texts (RcVerbs *verbs)
{
  for (guint i = 0; i < verbs->verbs->len; i++)
    {
      RcVerb *verb = &g_array_index (verbs->verbs, RcVerb, i);

      if (verb->instead != NULL && verb->instead[0] != NULL)
        verb->instead_text = rc_verbs_suggest (verbs, (const char * const *) verb->instead, 4);
    }
}

static void
load_verbs (RcVerbs    *verbs,
            JsonObject *root)
{
  static const char * const members[] = { "verbs", "more" };
  JsonArray *strong, *weak, *duty_phrases;

  init_verbs (verbs);

  strong = rc_json_get_member_array (root, "strong");
  for (guint i = 0; strong != NULL && i < json_array_get_length (strong); i++)
    {
      JsonObject *object = rc_json_get_element_object (strong, i);
      RcVerbCategory *category = g_new0 (RcVerbCategory, 1);

      category->id = g_strdup (rc_json_get_member_string (object, "id"));
      category->name = g_strdup (rc_json_get_member_string (object, "name"));
      category->verbs = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (verbs->categories, category);
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          JsonArray *list = rc_json_get_member_array (object, members[m]);

          for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
            {
              guint index = verbs->verbs->len;

              add_verb (verbs, rc_json_get_element_object (list, j), (gint) i);
              if (verbs->verbs->len > index)
                g_array_append_val (category->verbs, index);
            }
        }
    }

  weak = rc_json_get_member_array (root, "weak");
  for (guint i = 0; weak != NULL && i < json_array_get_length (weak); i++)
    add_verb (verbs, rc_json_get_element_object (weak, i), -1);
  write_instead_texts (verbs);

  verbs->prefixes = dup_string_array (rc_json_get_member_array (root, "prefixes"));
  verbs->ambiguous = dup_string_array (rc_json_get_member_array (root, "ambiguous"));
  duty_phrases = rc_json_get_member_array (root, "duty-phrases");
  if (duty_phrases != NULL)
    verbs->duty_phrases = json_array_ref (duty_phrases);
  verbs->not_past = word_set (rc_json_get_member_array (root, "not-past"));
  verbs->natural_passives = word_set (rc_json_get_member_array (root, "natural-passives"));
  verbs->verb_evidence = word_set (rc_json_get_member_array (root, "verb-evidence"));
  verbs->noun_after = word_set (rc_json_get_member_array (root, "noun-after"));
}

char *
rc_verbs_suggest (const RcVerbs      *verbs,
                  const char * const *bases,
                  guint               max)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; bases != NULL && bases[i] != NULL && n < max; i++)
    {
      const RcVerb *verb = rc_verbs_lookup (verbs, bases[i]);
      g_autofree char *past = NULL;

      if (verb == NULL)
        continue;
      past = rc_capitalize (verb->forms[RC_VERB_FORM_PAST]);
      if (n > 0)
        g_string_append (out, ", ");
      g_string_append (out, past);
      n++;
    }
  return g_string_free (out, FALSE);
}

JsonObject *
rc_verbs_get_data (void)
{
  static JsonNode *node;
  static JsonObject *root;

  if (g_once_init_enter (&node))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      JsonNode *loaded = NULL;

      /* Through the core's resource itself, which also links it in (and so registers the
       * guide folder the guide's resource:// URI reads). */
      bytes = g_resource_lookup_data (rc_core_get_resource (), VERBS_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        loaded = rc_json_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               &error);
      if (loaded != NULL && JSON_NODE_HOLDS_OBJECT (loaded))
        root = json_node_get_object (loaded);
      else
        g_critical ("The bundled verbs.json cannot be read: %s",
                    error != NULL ? error->message : "not an object");
      /* never freed: root points into it */
      g_once_init_leave (&node, loaded != NULL ? loaded : json_node_new (JSON_NODE_NULL));
    }
  return root;
}

/* The compiled form ------------------------------------------------------------------------ */

/* The verbs as load_verbs() left them (every form inflected, each verb's category and
 * stronger verbs), the categories, and the word lists, for rc-compile-data to store and the
 * start to read without JSON. The layout is RC_VERBS_COMPILED_MAGIC's. */

static void
put_word_list (RcCompiledWriter *out,
               JsonArray        *array)
{
  g_auto(GStrv) strings = dup_string_array (array);

  rc_compiled_put_strv (out, (const char * const *) strings);
}

GBytes *
rc_verbs_to_compiled (const RcVerbs *verbs,
                      JsonObject    *root)
{
  RcCompiledWriter out;
  g_autofree char *duty = NULL;

  rc_compiled_writer_init (&out);
  rc_compiled_put_u32 (&out, verbs->verbs->len);
  for (guint i = 0; i < verbs->verbs->len; i++)
    {
      const RcVerb *verb = &g_array_index (verbs->verbs, RcVerb, i);

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        rc_compiled_put_string (&out, verb->forms[f]);
      rc_compiled_put_u32 (&out, (guint32) verb->category);
      rc_compiled_put_strv (&out, (const char * const *) verb->instead);
    }
  rc_compiled_put_u32 (&out, verbs->categories->len);
  for (guint i = 0; i < verbs->categories->len; i++)
    {
      const RcVerbCategory *category = g_ptr_array_index (verbs->categories, i);

      rc_compiled_put_string (&out, category->id);
      rc_compiled_put_string (&out, category->name);
      rc_compiled_put_u32 (&out, category->verbs->len);
      for (guint k = 0; k < category->verbs->len; k++)
        rc_compiled_put_u32 (&out, g_array_index (category->verbs, guint, k));
    }
  rc_compiled_put_strv (&out, (const char * const *) verbs->prefixes);
  rc_compiled_put_strv (&out, (const char * const *) verbs->ambiguous);
  if (verbs->duty_phrases != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (),
                                                       verbs->duty_phrases);

      duty = json_to_string (node, FALSE);
    }
  rc_compiled_put_string (&out, duty);
  /* the sets' words, in the data's order so the same data compiles to the same bytes */
  put_word_list (&out, rc_json_get_member_array (root, "not-past"));
  put_word_list (&out, rc_json_get_member_array (root, "natural-passives"));
  put_word_list (&out, rc_json_get_member_array (root, "verb-evidence"));
  put_word_list (&out, rc_json_get_member_array (root, "noun-after"));
  /* the index of the forms, read back as it is */
  rc_lexicon_write (verbs->forms, &out);
  rc_compiled_put_data (&out, verbs->by_base->data, verbs->by_base->len * sizeof (guint32));
  rc_compiled_put_data (&out, verbs->by_form->data, verbs->by_form->len * sizeof (guint32));
  return rc_compiled_writer_finish (&out, RC_VERBS_COMPILED_MAGIC);
}

/* a set of the next list's words, which @verbs->compiled keeps alive */
static GHashTable *
word_set_from_compiled (RcCompiledReader *in)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  guint32 n = rc_compiled_get_u32 (in);

  for (guint32 i = 0; i < n && !in->bad; i++)
    {
      const char *word = rc_compiled_get_string (in);

      if (word != NULL)
        g_hash_table_add (set, (gpointer) word);
    }
  return set;
}

/* rc_verbs_to_compiled()'s index of the forms, in place of the empty one: each form a verb's,
 * as many entries as forms */
static void
read_form_index (RcVerbs          *verbs,
                 RcCompiledReader *in)
{
  RcLexicon *forms = rc_lexicon_read (in);
  gsize base_size = 0, form_size = 0;
  const guint32 *by_base = rc_compiled_get_data (in, &base_size);
  const guint32 *by_form = rc_compiled_get_data (in, &form_size);
  guint n = forms != NULL ? rc_lexicon_get_size (forms) : 0;

  if (in->bad || forms == NULL || base_size != n * sizeof (guint32) ||
      form_size != n * sizeof (guint32))
    in->bad = TRUE;
  for (guint i = 0; i < n && !in->bad; i++)
    if (by_base[i] > verbs->verbs->len || by_form[i] == 0 ||
        (by_form[i] >> 8) > verbs->verbs->len)
      in->bad = TRUE;
  if (in->bad)
    {
      g_clear_pointer (&forms, rc_lexicon_free);
      return;
    }
  rc_lexicon_free (verbs->forms);
  verbs->forms = forms;
  g_array_append_vals (verbs->by_base, by_base, n);
  g_array_append_vals (verbs->by_form, by_form, n);
}

RcVerbs *
rc_verbs_new_from_compiled (GBytes  *data,
                            GError **error)
{
  g_autoptr(GError) local_error = NULL;
  RcCompiledReader in;
  RcVerbs *verbs;
  const char *duty;
  guint32 n;

  if (!rc_compiled_reader_init (&in, data, RC_VERBS_COMPILED_MAGIC, error))
    return NULL;
  verbs = g_new0 (RcVerbs, 1);
  init_verbs (verbs);
  /* the forms stay in the compiled data, which verbs->compiled keeps */
  g_array_set_clear_func (verbs->verbs, verb_clear_borrowed);

  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      RcVerb verb = { 0 };

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        verb.forms[f] = (char *) rc_compiled_get_string (&in);
      verb.category = (gint) rc_compiled_get_u32 (&in);
      verb.instead = rc_compiled_dup_strv (&in);
      if (verb.forms[RC_VERB_FORM_BASE] == NULL || verb.instead == NULL)
        {
          verb_clear_borrowed (&verb);
          in.bad = TRUE;
          break;
        }
      g_array_append_vals (verbs->verbs, &verb, 1);
    }
  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      RcVerbCategory *category = g_new0 (RcVerbCategory, 1);
      guint32 m;

      category->id = g_strdup (rc_compiled_get_string (&in));
      category->name = g_strdup (rc_compiled_get_string (&in));
      m = rc_compiled_get_u32 (&in);
      category->verbs = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint32 k = 0; k < m && !in.bad; k++)
        {
          guint index = rc_compiled_get_u32 (&in);

          g_array_append_val (category->verbs, index);
        }
      g_ptr_array_add (verbs->categories, category);
    }
  verbs->prefixes = rc_compiled_dup_strv (&in);
  verbs->ambiguous = rc_compiled_dup_strv (&in);
  duty = rc_compiled_get_string (&in);
  verbs->not_past = word_set_from_compiled (&in);
  verbs->natural_passives = word_set_from_compiled (&in);
  verbs->verb_evidence = word_set_from_compiled (&in);
  verbs->noun_after = word_set_from_compiled (&in);
  read_form_index (verbs, &in);
  write_instead_texts (verbs);
  verbs->compiled = g_bytes_ref (in.bytes);

  if (rc_compiled_reader_check (&in, &local_error) && duty != NULL)
    {
      g_autoptr(JsonNode) node = rc_json_read (duty, strlen (duty), &local_error);

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        verbs->duty_phrases = json_array_ref (json_node_get_array (node));
      else if (node != NULL)
        g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             "the compiled duty phrases are no list");
    }
  rc_compiled_reader_clear (&in);
  if (local_error == NULL && (verbs->prefixes == NULL || verbs->ambiguous == NULL))
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "the compiled verbs lack their word lists");
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      rc_verbs_free (verbs);
      return NULL;
    }
  return verbs;
}

RcVerbs *
rc_verbs_new_from_json (JsonObject *root)
{
  RcVerbs *verbs = g_new0 (RcVerbs, 1);

  load_verbs (verbs, root);
  return verbs;
}

RcVerbs *
rc_verbs_new_compiled (GError **error)
{
  g_autoptr(GBytes) data = rc_compiled_data_lookup (RC_VERBS_COMPILED_RESOURCE, error);

  return data != NULL ? rc_verbs_new_from_compiled (data, error) : NULL;
}

void
rc_verbs_free (RcVerbs *verbs)
{
  if (verbs == NULL)
    return;
  g_clear_pointer (&verbs->forms, rc_lexicon_free);
  g_clear_pointer (&verbs->by_base, g_array_unref);
  g_clear_pointer (&verbs->by_form, g_array_unref);
  g_clear_pointer (&verbs->categories, g_ptr_array_unref);
  g_clear_pointer (&verbs->verbs, g_array_unref);
  g_strfreev (verbs->prefixes);
  g_strfreev (verbs->ambiguous);
  g_clear_pointer (&verbs->duty_phrases, json_array_unref);
  g_clear_pointer (&verbs->not_past, g_hash_table_unref);
  g_clear_pointer (&verbs->natural_passives, g_hash_table_unref);
  g_clear_pointer (&verbs->verb_evidence, g_hash_table_unref);
  g_clear_pointer (&verbs->noun_after, g_hash_table_unref);
  g_clear_pointer (&verbs->compiled, g_bytes_unref);
  g_free (verbs);
}

const RcVerbs *
rc_verbs_get_default (void)
{
  static RcVerbs *verbs;

  if (g_once_init_enter (&verbs))
    {
      g_autoptr(GError) error = NULL;
      RcVerbs *loaded = NULL;

      /* the compiled form; only rc-compile-data, which makes it, reads the JSON */
      if (rc_core_compiled_get_resource () != NULL)
        {
          loaded = rc_verbs_new_compiled (&error);
          if (loaded == NULL)
            g_critical ("The compiled verbs are broken: %s", error->message);
        }
      if (loaded == NULL)
        loaded = rc_verbs_new_from_json (rc_verbs_get_data ());
      g_once_init_leave (&verbs, loaded);
    }
  return verbs;
}
