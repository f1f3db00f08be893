/* rc-taxonomy-load.c — the key-skills taxonomy read from its JSON data and checked
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-compiled-data.h"
#include "rc-json-reader.h"
#include "rc-json-typed.h"
#include "rc-taxonomy-private.h"

static gboolean
is_valid_id (const char *id)
{
  if (*id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* skills.json names no file of its own: messages name the skill or category */
#define PLACE(what) { NULL, (what), NULL, g_io_error_quark, G_IO_ERROR_INVALID_DATA }

/* @string kept as long as the taxonomy */
static const char *
keep_string (RcTaxonomy *self,
             const char *string)
{
  return string != NULL ? g_string_chunk_insert_const (self->strings, string) : NULL;
}

static const char *
dup_string_member (RcTaxonomy  *self,
                   JsonObject  *object,
                   const char  *member,
                   gboolean     required,
                   const char  *what,
                   GError     **error)
{
  RcJsonPlace place = PLACE (what);
  const char *string;

  if (!rc_json_read_string (&place, object, member,
                            RC_JSON_NON_EMPTY | (required ? RC_JSON_REQUIRED : 0), &string, error))
    return NULL;
  return keep_string (self, string);
}

static gboolean
read_optional_string (RcTaxonomy  *self,
                      JsonObject  *object,
                      const char  *member,
                      const char  *what,
                      const char **out,
                      GError     **error)
{
  RcJsonPlace place = PLACE (what);
  const char *string;

  if (!rc_json_read_string (&place, object, member, RC_JSON_NON_EMPTY, &string, error))
    return FALSE;
  *out = keep_string (self, string);
  return TRUE;
}

static const char * const empty_list[] = { NULL };

/* A list of non-empty strings (lower-cased when @lower); an empty list when absent. */
static gboolean
read_strv_member (RcTaxonomy  *self,
                  JsonObject  *object,
                  const char  *member,
                  gboolean     lower,
                  const char  *what,
                  RcStrList   *out,
                  GError     **error)
{
  RcJsonPlace place = PLACE (what);
  g_auto(GStrv) strv = NULL;
  const char **list;
  guint n;

  *out = empty_list;
  if (!rc_json_read_strv (&place, object, member,
                          RC_JSON_NON_EMPTY | (lower ? RC_JSON_LOWER : 0), &strv, error))
    return FALSE;
  if (strv == NULL || strv[0] == NULL)
    return TRUE;
  n = g_strv_length (strv);
  list = g_new (const char *, n + 1);
  for (guint i = 0; i <= n; i++)
    list[i] = keep_string (self, strv[i]);
  g_ptr_array_add (self->lists, list);
  *out = list;
  return TRUE;
}

/* The whole-term key rc_taxonomy_lookup() uses: lower case, hyphens and space runs as one
 * space, trimmed. */
char *
rc_taxonomy_normalise_term (const char *term)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '-')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

/* @spelling, @key and @whole_key are the taxonomy's own; @key (nullable): @spelling in lower
 * case, @whole_key (nullable): rc_taxonomy_normalise_term (@spelling), when the compiled data
 * has them */
static gboolean
add_term_full (RcTaxonomy  *self,
               Skill       *skill,
               const char  *spelling,
               const char  *key,
               const char  *whole_key,
               TermFlags    flags,
               GError     **error)
{
  Term *term;
  const char *whole = whole_key;
  Skill *other;
  guint lead = 0, k, id;

  for (const char *p = spelling; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80 || *p == '\t' || *p == '\n' ||
          (*p == ' ' && (p == spelling || p[1] == ' ' || p[1] == '\0')))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "skill “%s”: spelling “%s” must be ASCII with single inner spaces",
                       skill->id, spelling);
          return FALSE;
        }
    }
  while (spelling[lead] != '\0' && !g_ascii_isalnum (spelling[lead]))
    lead++;
  if (spelling[lead] == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "skill “%s”: spelling “%s” has no word", skill->id, spelling);
      return FALSE;
    }

  if (whole == NULL)
    {
      g_autofree char *normal = rc_taxonomy_normalise_term (spelling);

      whole = keep_string (self, normal);
    }
  other = g_hash_table_lookup (self->by_term, whole);
  if (other != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "skill “%s”: spelling “%s” is already used by “%s”",
                   skill->id, spelling, other->id);
      return FALSE;
    }
  g_hash_table_insert (self->by_term, (gpointer) whole, skill);

  term = g_new0 (Term, 1);
  term->spelling = spelling;
  if (key == NULL)
    {
      g_autofree char *lower = g_ascii_strdown (spelling, -1);

      key = keep_string (self, lower);
    }
  term->key = key;
  term->len = strlen (spelling);
  term->lead = lead;
  term->skill = skill;
  term->flags = flags;
  /* a plural only for words: "JWTs", "microservices", not "C#s" or "Gos" */
  if (!(flags & TERM_EXACT_CASE) && g_ascii_isalpha (spelling[term->len - 1]) &&
      term->len - lead >= 2)
    term->flags |= TERM_PLURAL;
  g_ptr_array_add (self->terms, term);

  /* the first token of the term, as the finder meets it */
  for (k = lead; g_ascii_isalnum (term->key[k]); k++)
    ;
  if ((term->key[k] == ' ' || term->key[k] == '-') && g_ascii_isalnum (term->key[k + 1]))
    term->second = term->key[k + 1];
  id = rc_lexicon_intern (self->keys, term->key + lead, k - lead);
  if (id == self->key_terms->len)
    g_ptr_array_add (self->key_terms, g_ptr_array_new ());
  g_ptr_array_add (g_ptr_array_index (self->key_terms, id), term);
  return TRUE;
}

static gboolean
add_term (RcTaxonomy  *self,
          Skill       *skill,
          const char  *spelling,
          TermFlags    flags,
          GError     **error)
{
  return add_term_full (self, skill, keep_string (self, spelling), NULL, NULL, flags, error);
}

static gint
compare_terms_longest_first (gconstpointer a,
                             gconstpointer b)
{
  const Term *ta = *(const Term * const *) a;
  const Term *tb = *(const Term * const *) b;

  if (ta->len != tb->len)
    return ta->len > tb->len ? -1 : 1;
  return 0;
}

/* a list of @skill's name alone */
static RcStrList
name_only (RcTaxonomy  *self,
           const Skill *skill)
{
  const char **list = g_new (const char *, 2);

  list[0] = skill->name;
  list[1] = NULL;
  g_ptr_array_add (self->lists, list);
  return list;
}

static gboolean
read_ambiguous (RcTaxonomy  *self,
                Skill       *skill,
                JsonObject  *object,
                RcStrList   *terms,
                gboolean    *context,
                GError     **error)
{
  JsonNode *node = json_object_get_member (object, "ambiguous");
  g_autofree char *what = g_strdup_printf ("skill “%s”: ambiguous", skill->id);
  JsonObject *rule;

  *context = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      if (json_node_get_boolean (node))
        *terms = name_only (self, skill);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s must be true or an object", what);
      return FALSE;
    }
  rule = json_node_get_object (node);
  if (!read_strv_member (self, rule, "terms", FALSE, what, terms, error) ||
      !read_strv_member (self, rule, "before", TRUE, what, &skill->before, error) ||
      !read_strv_member (self, rule, "after", TRUE, what, &skill->after, error) ||
      !read_strv_member (self, rule, "not_after", TRUE, what, &skill->not_after, error) ||
      !read_strv_member (self, rule, "not_before", TRUE, what, &skill->not_before, error))
    return FALSE;
  if ((*terms)[0] == NULL)
    *terms = name_only (self, skill);
  {
    RcJsonPlace place = PLACE (what);

    return rc_json_read_bool (&place, rule, "context", context, error);
  }
}


/* The skill's public face, from what it was read with (the JSON or the compiled data) */
static void
publish_skill (Skill                 *skill,
               const RcSkillCategory *category)
{
  skill->pub.id = skill->id;
  skill->pub.name = skill->name;
  skill->pub.category = skill->category;
  skill->pub.aliases = (const char * const *) skill->aliases;
  skill->pub.frameworks = (const char * const *) skill->frameworks;
  skill->pub.language = skill->language;
  skill->pub.hard = category->hard;
  skill->pub.parent = skill->parent;
  skill->pub.implied_together = (const char * const *) skill->together;
}

static gboolean
read_skill (RcTaxonomy  *self,
            JsonNode    *node,
            guint        index,
            GError     **error)
{
  g_autofree char *what = g_strdup_printf ("skill #%u", index + 1);
  RcStrList ambiguous = NULL;
  const RcSkillCategory *category;
  JsonObject *object;
  Skill *skill;
  gboolean context = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not an object", what);
      return FALSE;
    }
  object = json_node_get_object (node);

  skill = g_new0 (Skill, 1);
  skill->pub.index = self->skills->len;
  g_ptr_array_add (self->skills, skill);

  if ((skill->id = dup_string_member (self, object, "id", TRUE, what, error)) == NULL)
    return FALSE;
  g_free (what);
  what = g_strdup_printf ("skill “%s”", skill->id);
  if (!is_valid_id (skill->id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: an id is lower-case letters, digits and hyphens", what);
      return FALSE;
    }
  if (g_hash_table_contains (self->by_id, skill->id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: duplicate id", what);
      return FALSE;
    }
  g_hash_table_insert (self->by_id, (gpointer) skill->id, skill);

  if ((skill->name = dup_string_member (self, object, "name", TRUE, what, error)) == NULL ||
      (skill->category = dup_string_member (self, object, "category", TRUE, what, error)) == NULL)
    return FALSE;
  if (!read_optional_string (self, object, "language", what, &skill->language, error) ||
      !read_optional_string (self, object, "parent", what, &skill->parent, error))
    return FALSE;
  if (!read_strv_member (self, object, "aliases", FALSE, what, &skill->aliases, error) ||
      !read_strv_member (self, object, "phrases", FALSE, what, &skill->phrases, error) ||
      !read_strv_member (self, object, "frameworks", FALSE, what, &skill->frameworks, error) ||
      !read_strv_member (self, object, "implies", FALSE, what, &skill->implies, error) ||
      !read_strv_member (self, object, "implied-together", FALSE, what, &skill->together, error) ||
      !read_ambiguous (self, skill, object, &ambiguous, &context, error))
    return FALSE;

  {
    RcJsonPlace place = PLACE (what);

    if (!rc_json_read_bool (&place, object, "basic", &skill->pub.basic, error) ||
        !rc_json_read_bool (&place, object, "dictionary-word", &skill->pub.dictionary_word, error))
      return FALSE;
  }

  category = rc_taxonomy_get_category (self, skill->category);
  if (category == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: unknown category “%s”", what, skill->category);
      return FALSE;
    }

  publish_skill (skill, category);

  if (ambiguous != NULL)
    {
      for (guint i = 0; ambiguous[i] != NULL; i++)
        if (strcmp (ambiguous[i], skill->name) != 0 &&
            !g_strv_contains ((const char * const *) skill->aliases, ambiguous[i]) &&
            !g_strv_contains ((const char * const *) skill->phrases, ambiguous[i]))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "%s: ambiguous term “%s” is not one of its spellings", what, ambiguous[i]);
            return FALSE;
          }
    }

#define TERM_FLAGS(spelling) \
  ((ambiguous != NULL && g_strv_contains ((const char * const *) ambiguous, spelling)) \
   ? (TERM_EXACT_CASE | (context ? TERM_CONTEXT : 0)) : 0)

  if (!add_term (self, skill, skill->name, TERM_NAME | TERM_FLAGS (skill->name), error))
    return FALSE;
  for (guint i = 0; skill->aliases[i] != NULL; i++)
    if (!add_term (self, skill, skill->aliases[i], TERM_FLAGS (skill->aliases[i]), error))
      return FALSE;
  for (guint i = 0; skill->phrases[i] != NULL; i++)
    if (!add_term (self, skill, skill->phrases[i], TERM_PHRASE | TERM_FLAGS (skill->phrases[i]), error))
      return FALSE;

#undef TERM_FLAGS
  return TRUE;
}

/* Cross-references: frameworks are framework skills, every framework is listed by its
 * language, parents exist. */
static gboolean
check_links (RcTaxonomy  *self,
             GError     **error)
{
  for (guint i = 0; i < self->skills->len; i++)
    {
      const Skill *skill = g_ptr_array_index (self->skills, i);

      for (guint k = 0; skill->frameworks[k] != NULL; k++)
        {
          const Skill *framework = g_hash_table_lookup (self->by_id, skill->frameworks[k]);

          if (strcmp (skill->category, "language") != 0 || framework == NULL ||
              strcmp (framework->category, "framework") != 0)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "skill “%s”: frameworks belong to languages and name frameworks (“%s”)",
                           skill->id, skill->frameworks[k]);
              return FALSE;
            }
        }
      if (skill->language != NULL)
        {
          const Skill *language = g_hash_table_lookup (self->by_id, skill->language);

          if (strcmp (skill->category, "framework") != 0 || language == NULL ||
              strcmp (language->category, "language") != 0 ||
              !g_strv_contains ((const char * const *) language->frameworks, skill->id))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "skill “%s”: its language “%s” must be a language listing it",
                           skill->id, skill->language);
              return FALSE;
            }
        }
      for (guint k = 0; skill->together[k] != NULL; k++)
        if (!g_hash_table_contains (self->by_id, skill->together[k]) ||
            strcmp (skill->together[k], skill->id) == 0 || skill->together[1] == NULL)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "skill “%s”: implied-together names two or more other skills (“%s”)",
                         skill->id, skill->together[k]);
            return FALSE;
          }
      if (skill->parent != NULL && !g_hash_table_contains (self->by_id, skill->parent))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "skill “%s”: unknown parent “%s”", skill->id, skill->parent);
          return FALSE;
        }
    }
  return TRUE;
}

/* The edges out of @skill: its "implies", its language and its platform. */
static gboolean
direct_implied (RcTaxonomy  *self,
                const Skill *skill,
                GPtrArray   *out,
                GError     **error)
{
  guint n = g_strv_length ((char **) skill->implies);

  for (guint k = 0; k < n + 2; k++)
    {
      const char *id = k < n ? skill->implies[k] : k == n ? skill->language : skill->parent;
      Skill *target;

      if (id == NULL)
        continue;
      target = g_hash_table_lookup (self->by_id, id);
      if (target == NULL || target == skill)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       target == NULL ? "skill “%s”: implies an unknown skill “%s”"
                                      : "skill “%s”: implies itself (“%s”)",
                       skill->id, id);
          return FALSE;
        }
      if (!g_ptr_array_find (out, target, NULL))
        g_ptr_array_add (out, target);
    }
  return TRUE;
}

/* Each skill's implications followed to the end, breadth first (nearest first), once at load;
 * a chain that leads back to the skill is refused. */
static gboolean
close_implications (RcTaxonomy  *self,
                    GError     **error)
{
  for (guint i = 0; i < self->skills->len; i++)
    {
      Skill *skill = g_ptr_array_index (self->skills, i);

      skill->implying = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->skills->len; i++)
    {
      Skill *skill = g_ptr_array_index (self->skills, i);
      GPtrArray *closure = g_ptr_array_new ();

      skill->implied = closure;
      if (!direct_implied (self, skill, closure, error))
        return FALSE;
      for (guint k = 0; k < closure->len; k++)
        {
          Skill *next = g_ptr_array_index (closure, k);

          if (next == skill)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "skill “%s”: its implications lead back to it", skill->id);
              return FALSE;
            }
          if (!direct_implied (self, next, closure, error))
            return FALSE;
          g_ptr_array_add (next->implying, skill);
        }
      g_ptr_array_add (closure, NULL);
      skill->pub.implied = (const RcSkill * const *) closure->pdata;
    }
  return TRUE;
}

static gboolean
read_categories (RcTaxonomy  *self,
                 JsonObject  *root,
                 GError     **error)
{
  RcJsonPlace place = PLACE (NULL);
  JsonArray *array;

  if (!rc_json_read_array (&place, root, "categories", RC_JSON_REQUIRED, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *what = g_strdup_printf ("category #%u", i + 1);
      Category *category;
      JsonObject *object;
      JsonNode *hard;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not an object", what);
          return FALSE;
        }
      object = json_node_get_object (element);
      category = g_new0 (Category, 1);
      g_ptr_array_add (self->categories, category);
      if ((category->id = dup_string_member (self, object, "id", TRUE, what, error)) == NULL ||
          (category->title = dup_string_member (self, object, "title", TRUE, what, error)) == NULL ||
          (category->description = dup_string_member (self, object, "description", TRUE, what,
                                                      error)) == NULL)
        return FALSE;
      if (!is_valid_id (category->id) ||
          rc_taxonomy_get_category (self, category->id) != &category->pub)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: bad or duplicate id “%s”", what, category->id);
          return FALSE;
        }
      hard = json_object_get_member (object, "hard");
      if (hard == NULL || !JSON_NODE_HOLDS_VALUE (hard) ||
          json_node_get_value_type (hard) != G_TYPE_BOOLEAN)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: “hard” must be true or false", what);
          return FALSE;
        }
      category->pub.id = category->id;
      category->pub.title = category->title;
      category->pub.description = category->description;
      category->pub.hard = json_node_get_boolean (hard);
    }
  return TRUE;
}

gboolean
rc_taxonomy_load (RcTaxonomy  *self,
                  GBytes      *json,
                  GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  gconstpointer data;
  gsize size;
  RcJsonPlace place = PLACE (NULL);
  JsonArray *array;

  data = g_bytes_get_data (json, &size);
  root = rc_json_read (data, size, error);
  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the taxonomy must be a JSON object");
      return FALSE;
    }
  if (!read_categories (self, json_node_get_object (root), error))
    return FALSE;

  if (!rc_json_read_array (&place, json_node_get_object (root), "skills", RC_JSON_REQUIRED, &array,
                           error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_skill (self, json_array_get_element (array, i), i, error))
      return FALSE;
  if (!check_links (self, error) || !close_implications (self, error))
    return FALSE;
  {
    JsonObject *object = json_node_get_object (root);

    if (!read_strv_member (self, object, "stack-labels", TRUE, "stack-labels",
                           &self->stack_labels, error))
      return FALSE;
  }

  for (guint i = 0; i < self->key_terms->len; i++)
    g_ptr_array_sort (g_ptr_array_index (self->key_terms, i), compare_terms_longest_first);
  return TRUE;
}


/* The compiled form ------------------------------------------------------------------------ */

/* data/skills.json as the loader above left it, for the build to store (rc-compile-data) and
 * the start to read without parsing JSON or checking it again: the categories, the skills with
 * every field the finder and the match read, and every term in the order it was added, so the
 * lexicon, the terms' order and the implication closures come out the same. The layout is
 * RC_TAXONOMY_COMPILED_MAGIC's; change the magic with it. */

/* a skill's lists, in the order they are written */
#define N_LISTS 9
#define SKILL_LISTS(skill) { \
    &(skill)->aliases, &(skill)->phrases, &(skill)->frameworks, &(skill)->implies, \
    &(skill)->together, &(skill)->before, &(skill)->after, &(skill)->not_after, \
    &(skill)->not_before, }

static guint
list_slots (RcStrList list)
{
  return list != NULL ? g_strv_length ((char **) list) + 1 : 0;
}

GBytes *
rc_taxonomy_to_compiled (RcTaxonomy *self)
{
  RcCompiledWriter out;
  guint slots = list_slots (self->stack_labels);

  rc_compiled_writer_init (&out);
  rc_compiled_put_u32 (&out, self->categories->len);
  for (guint i = 0; i < self->categories->len; i++)
    {
      const Category *category = g_ptr_array_index (self->categories, i);

      rc_compiled_put_string (&out, category->id);
      rc_compiled_put_string (&out, category->title);
      rc_compiled_put_string (&out, category->description);
      rc_compiled_put_u32 (&out, category->pub.hard);
    }

  /* every list's pointers, end markers included, so the start makes them in one block */
  for (guint i = 0; i < self->skills->len; i++)
    {
      Skill *skill = g_ptr_array_index (self->skills, i);
      RcStrList *lists[N_LISTS] = SKILL_LISTS (skill);

      for (guint k = 0; k < N_LISTS; k++)
        slots += list_slots (*lists[k]);
    }
  rc_compiled_put_u32 (&out, slots);

  rc_compiled_put_u32 (&out, self->skills->len);
  for (guint i = 0; i < self->skills->len; i++)
    {
      Skill *skill = g_ptr_array_index (self->skills, i);
      RcStrList *lists[N_LISTS] = SKILL_LISTS (skill);

      rc_compiled_put_string (&out, skill->id);
      rc_compiled_put_string (&out, skill->name);
      rc_compiled_put_string (&out, skill->category);
      rc_compiled_put_string (&out, skill->language);
      rc_compiled_put_string (&out, skill->parent);
      for (guint k = 0; k < N_LISTS; k++)
        rc_compiled_put_strv (&out, *lists[k]);
      rc_compiled_put_u32 (&out, skill->pub.basic);
      rc_compiled_put_u32 (&out, skill->pub.dictionary_word);
    }

  rc_compiled_put_u32 (&out, self->terms->len);
  for (guint i = 0; i < self->terms->len; i++)
    {
      const Term *term = g_ptr_array_index (self->terms, i);
      g_autofree char *whole = rc_taxonomy_normalise_term (term->spelling);

      /* add_term() works the plural out again */
      rc_compiled_put_u32 (&out, term->skill->pub.index);
      rc_compiled_put_u32 (&out, term->flags & ~TERM_PLURAL);
      rc_compiled_put_string (&out, term->spelling);
      rc_compiled_put_string (&out, term->key);
      rc_compiled_put_string (&out, whole);
    }
  rc_compiled_put_strv (&out, self->stack_labels);
  return rc_compiled_writer_finish (&out, RC_TAXONOMY_COMPILED_MAGIC);
}

typedef struct
{
  const char **block;
  guint        used;
  guint        size;
} ListBlock;

/* (nullable): a list rc_compiled_put_strv() wrote, its strings in place, in @block */
static RcStrList
read_list (RcCompiledReader *in,
           ListBlock        *block)
{
  guint32 n = rc_compiled_get_u32 (in);
  const char **list;

  if (n == RC_COMPILED_NONE)
    return NULL;
  if (in->bad || n >= block->size - block->used)
    {
      in->bad = TRUE;
      return NULL;
    }
  list = block->block + block->used;
  for (guint32 i = 0; i < n; i++)
    if ((list[i] = rc_compiled_get_string (in)) == NULL)
      in->bad = TRUE;
  list[n] = NULL;
  block->used += n + 1;
  return list;
}

gboolean
rc_taxonomy_load_compiled (RcTaxonomy  *self,
                           GBytes      *data,
                           GError     **error)
{
  RcCompiledReader in;
  ListBlock block = { NULL, 0, 0 };
  gboolean ok = FALSE;
  guint32 n;

  if (!rc_compiled_reader_init (&in, data, RC_TAXONOMY_COMPILED_MAGIC, error))
    return FALSE;
  /* what follows points into the bytes */
  self->compiled = g_bytes_ref (data);

  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      Category *category = g_new0 (Category, 1);

      g_ptr_array_add (self->categories, category);
      category->id = rc_compiled_get_string (&in);
      category->title = rc_compiled_get_string (&in);
      category->description = rc_compiled_get_string (&in);
      category->pub.hard = rc_compiled_get_u32 (&in) != 0;
      category->pub.id = category->id;
      category->pub.title = category->title;
      category->pub.description = category->description;
    }

  block.size = rc_compiled_get_u32 (&in);
  if (!in.bad && block.size <= (gsize) (in.end - in.word))
    {
      block.block = g_new (const char *, block.size);
      g_ptr_array_add (self->lists, block.block);
    }
  else
    in.bad = TRUE;

  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      Skill *skill = g_new0 (Skill, 1);
      const RcSkillCategory *category;
      RcStrList *lists[N_LISTS] = SKILL_LISTS (skill);

      skill->pub.index = self->skills->len;
      g_ptr_array_add (self->skills, skill);
      skill->id = rc_compiled_get_string (&in);
      skill->name = rc_compiled_get_string (&in);
      skill->category = rc_compiled_get_string (&in);
      skill->language = rc_compiled_get_string (&in);
      skill->parent = rc_compiled_get_string (&in);
      for (guint k = 0; k < N_LISTS; k++)
        *lists[k] = read_list (&in, &block);
      skill->pub.basic = rc_compiled_get_u32 (&in) != 0;
      skill->pub.dictionary_word = rc_compiled_get_u32 (&in) != 0;
      if (in.bad || skill->id == NULL || skill->name == NULL || skill->category == NULL ||
          skill->aliases == NULL || skill->phrases == NULL || skill->frameworks == NULL ||
          skill->implies == NULL || skill->together == NULL)
        {
          in.bad = TRUE;
          break;
        }
      g_hash_table_insert (self->by_id, (gpointer) skill->id, skill);

      category = rc_taxonomy_get_category (self, skill->category);
      if (category == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "skill “%s”: unknown category “%s”", skill->id, skill->category);
          goto out;
        }
      publish_skill (skill, category);
    }

  n = rc_compiled_get_u32 (&in);
  for (guint32 i = 0; i < n && !in.bad; i++)
    {
      guint32 index = rc_compiled_get_u32 (&in);
      guint32 flags = rc_compiled_get_u32 (&in);
      const char *spelling = rc_compiled_get_string (&in);
      const char *key = rc_compiled_get_string (&in);
      const char *whole = rc_compiled_get_string (&in);

      if (in.bad || index >= self->skills->len || spelling == NULL || key == NULL ||
          whole == NULL || strlen (key) != strlen (spelling))
        {
          in.bad = TRUE;
          break;
        }
      if (!add_term_full (self, g_ptr_array_index (self->skills, index), spelling, key, whole,
                          (TermFlags) flags, error))
        goto out;
    }
  self->stack_labels = read_list (&in, &block);
  if (!rc_compiled_reader_check (&in, error))
    goto out;
  if (self->stack_labels == NULL)
    self->stack_labels = empty_list;

  /* the links were checked when the data was compiled; the closures are made the same way */
  if (!close_implications (self, error))
    goto out;
  for (guint i = 0; i < self->key_terms->len; i++)
    g_ptr_array_sort (g_ptr_array_index (self->key_terms, i), compare_terms_longest_first);
  ok = TRUE;

out:
  rc_compiled_reader_clear (&in);
  return ok;
}
