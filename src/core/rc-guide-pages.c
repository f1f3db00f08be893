/* rc-guide-pages.c — the guide's pages made from data: action verbs and key skills
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-guide-private.h"
#include "rc-json-typed.h"
#include "rc-taxonomy.h"
#include "rc-text.h"
#include "rc-verbs.h"

/* How many verbs or skills a category's line shows on the overview pages. */
#define OVERVIEW_PREVIEW 6

/* The taxonomy names its categories by id only; these are their page titles, in page order. */
static const struct
{
  const char *id;
  const char *title;
} skill_categories[] = {
  { "language",      N_("Languages") },
  { "framework",     N_("Frameworks") },
  { "database",      N_("Databases") },
  { "messaging",     N_("Messaging and streaming") },
  { "cloud",         N_("Cloud platforms") },
  { "container",     N_("Containers and orchestration") },
  { "observability", N_("Observability") },
  { "cicd",          N_("CI/CD") },
  { "security",      N_("Security") },
  { "tool",          N_("Tools") },
  { "practice",      N_("Practices") },
  { "soft",          N_("Soft skills") },
};

/* ---- the action verbs (data/verbs.json) ------------------------------------------------- */

static const char *
intern (RcGuide    *self,
        JsonObject *object,
        const char *member)
{
  const char *string = rc_json_get_member_string (object, member);

  return string != NULL ? g_string_chunk_insert_const (self->strings, string) : NULL;
}

static void
index_form (GHashTable *forms,
            RcGuide    *self,
            const char *form,
            gpointer    verb)
{
  g_autofree char *lower = NULL;

  if (form == NULL)
    return;
  lower = g_utf8_strdown (form, -1);
  if (!g_hash_table_contains (forms, lower))
    g_hash_table_insert (forms, g_string_chunk_insert_const (self->strings, lower), verb);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  return (int) strlen (*(const char **) b) - (int) strlen (*(const char **) a);
}

static const RcJsonPlace verbs_place = {
  "verbs.json", NULL, NULL, rc_guide_error_quark, RC_GUIDE_ERROR_INVALID
};

/* one verb of @category: indexed by its forms, so that the guide knows it */
static RcGuideVerb *
load_verb (RcGuide     *self,
           JsonObject  *object,
           const char  *category,
           GError     **error)
{
  RcGuideVerb *verb = g_new0 (RcGuideVerb, 1);

  g_ptr_array_add (self->allocations, verb);
  verb->category = category;
  verb->base = intern (self, object, "base");
  verb->s = intern (self, object, "s");
  verb->past = intern (self, object, "past");
  verb->ing = intern (self, object, "ing");
  if (verb->base == NULL || verb->past == NULL)
    {
      rc_json_invalid (&verbs_place, error, "a verb of “%s” lacks base or past", category);
      return NULL;
    }
  index_form (self->verb_forms, self, verb->base, verb);
  index_form (self->verb_forms, self, verb->s, verb);
  index_form (self->verb_forms, self, verb->past, verb);
  index_form (self->verb_forms, self, verb->ing, verb);
  index_form (self->verb_forms, self, intern (self, object, "participle"), verb);
  return verb;
}

static gboolean
load_strong_verbs (RcGuide     *self,
                   JsonObject  *root,
                   GError     **error)
{
  g_autoptr(GStrvBuilder) categories = g_strv_builder_new ();
  JsonArray *array;

  array = rc_json_get_member_array (root, "strong");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *category = rc_json_get_element_object (array, i);
      const char *id = intern (self, category, "id");
      const char *name = intern (self, category, "name");
      const char *description = intern (self, category, "description");
      JsonArray *verbs = rc_json_get_member_array (category, "verbs");
      JsonArray *more = rc_json_get_member_array (category, "more");

      if (id == NULL || verbs == NULL)
        return rc_json_invalid (&verbs_place, error, "strong category %u has no id or verbs", i);
      g_strv_builder_add (categories, id);
      g_hash_table_insert (self->verb_names, (gpointer) id, (gpointer) (name ? name : id));
      g_hash_table_insert (self->verb_descriptions, (gpointer) id,
                           (gpointer) (description ? description : ""));

      /* the verbs to pick from; the guide knows "more" too, and only names them */
      for (guint j = 0; j < json_array_get_length (verbs); j++)
        {
          RcGuideVerb *verb = load_verb (self, rc_json_get_element_object (verbs, j), id, error);

          if (verb == NULL)
            return FALSE;
          g_ptr_array_add (self->verbs, verb);
        }
      for (guint j = 0; more != NULL && j < json_array_get_length (more); j++)
        if (load_verb (self, rc_json_get_element_object (more, j), id, error) == NULL)
          return FALSE;
    }
  g_strfreev (self->verb_categories);
  self->verb_categories = g_strv_builder_end (categories);
  return TRUE;
}

static gboolean
load_weak_verbs (RcGuide     *self,
                 JsonObject  *root,
                 GError     **error)
{
  JsonArray *array;

  array = rc_json_get_member_array (root, "weak");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);
      RcGuideWeakVerb *weak = g_new0 (RcGuideWeakVerb, 1);
      JsonArray *instead;
      const char **list;
      guint n;

      g_ptr_array_add (self->allocations, weak);
      weak->base = intern (self, object, "base");
      if (weak->base == NULL)
        return rc_json_invalid (&verbs_place, error, "weak verb %u has no base", i);
      weak->past = intern (self, object, "past");
      weak->why = intern (self, object, "why");
      instead = rc_json_get_member_array (object, "instead");
      n = instead ? json_array_get_length (instead) : 0;
      list = g_new0 (const char *, n + 1);
      g_ptr_array_add (self->allocations, list);
      for (guint j = 0, k = 0; j < n; j++)
        {
          const char *base = rc_json_get_string (json_array_get_element (instead, j));

          if (base != NULL)
            list[k++] = g_string_chunk_insert_const (self->strings, base);
        }
      weak->instead = list;
      g_ptr_array_add (self->weak_verbs, weak);

      index_form (self->weak_forms, self, weak->base, weak);
      index_form (self->weak_forms, self, intern (self, object, "s"), weak);
      index_form (self->weak_forms, self, weak->past, weak);
      index_form (self->weak_forms, self, intern (self, object, "ing"), weak);
      index_form (self->weak_forms, self, intern (self, object, "participle"), weak);
    }
  return TRUE;
}

static void
load_duty_phrases (RcGuide    *self,
                   JsonObject *root)
{
  JsonArray *array;

  array = rc_json_get_member_array (root, "duty-phrases");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);
      const char *text = intern (self, object, "text");
      g_autofree char *lower = NULL;

      if (text == NULL)
        continue;
      lower = g_utf8_strdown (text, -1);
      g_ptr_array_add (self->duty_phrases, g_string_chunk_insert_const (self->strings, lower));
      g_ptr_array_add (self->duty_longest, g_ptr_array_index (self->duty_phrases, i));
    }
  g_ptr_array_sort (self->duty_longest, compare_longest_first);
}

gboolean
rc_guide_load_verbs (RcGuide  *self,
                     GError  **error)
{
  JsonObject *root = rc_verbs_get_data ();

  if (!load_strong_verbs (self, root, error) || !load_weak_verbs (self, root, error))
    return FALSE;
  load_duty_phrases (self, root);
  return TRUE;
}

/* ---- generated pages -------------------------------------------------------------------- */

static int
index_in_category (RcGuide    *self,
                   const char *category,
                   const char *id)
{
  GPtrArray *list = g_hash_table_lookup (self->by_category, category);
  RcGuideEntry *entry = g_hash_table_lookup (self->by_id, id);
  guint position;

  if (entry == NULL || !g_ptr_array_find (list, entry, &position))
    return -1;
  return position;
}

/* Makes the entries the lists hang from, right after their parent, so translations can
 * reach them before their generated text is appended. */
void
rc_guide_create_generated_entries (RcGuide *self)
{
  int position = index_in_category (self, "verbs", "verbs.strong");

  if (position >= 0)
    for (guint i = 0; self->verb_categories[i] != NULL; i++)
      {
        const char *category = self->verb_categories[i];
        g_autofree char *id = g_strconcat ("verbs.", category, NULL);
        RcGuideEntry *entry;

        if (g_hash_table_contains (self->by_id, id))
          continue;
        entry = rc_guide_entry_new (id, "verbs");
        rc_guide_entry_set_title (entry, g_hash_table_lookup (self->verb_names, category));
        rc_guide_entry_set_body (entry, g_hash_table_lookup (self->verb_descriptions, category));
        rc_guide_entry_set_tags (entry, g_strsplit ("verbs action-verbs", " ", -1));
        rc_guide_entry_set_rules (entry, g_strsplit ("verb.weak-start verb.repeated", " ", -1));
        rc_guide_entry_set_related (entry, g_strsplit ("verbs.strong verbs.weak", " ", -1));
        rc_guide_add_entry (self, entry, ++position);
      }

  position = index_in_category (self, "skills", "skills.taxonomy");
  if (position >= 0)
    {
      GPtrArray *skills = rc_taxonomy_get_skills (rc_taxonomy_get_default ());

      for (guint i = 0; i < G_N_ELEMENTS (skill_categories); i++)
        {
          g_autofree char *id = g_strconcat ("skills.", skill_categories[i].id, NULL);
          RcGuideEntry *entry;
          gboolean used = FALSE;

          for (guint j = 0; j < skills->len && !used; j++)
            used = g_strcmp0 (((RcSkill *) g_ptr_array_index (skills, j))->category,
                              skill_categories[i].id) == 0;
          if (!used || g_hash_table_contains (self->by_id, id))
            continue;
          entry = rc_guide_entry_new (id, "skills");
          rc_guide_entry_set_title (entry, _(skill_categories[i].title));
          rc_guide_entry_set_tags (entry, g_strsplit ("skills keywords", " ", -1));
          rc_guide_entry_set_related (entry, g_strsplit ("skills.taxonomy skills.spelling", " ", -1));
          rc_guide_add_entry (self, entry, ++position);
        }
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* the "more" verbs of @category in verbs.json, past tense, A to Z: "Bootstrapped, Crafted" */
static char *
more_verbs_text (const char *category)
{
  JsonArray *array = rc_json_get_member_array (rc_verbs_get_data (), "strong");
  g_autoptr(GPtrArray) pasts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);
      JsonArray *more = rc_json_get_member_array (object, "more");

      if (g_strcmp0 (rc_json_get_member_string (object, "id"), category) != 0)
        continue;
      for (guint j = 0; more != NULL && j < json_array_get_length (more); j++)
        {
          const char *past = rc_json_get_member_string (rc_json_get_element_object (more, j),
                                                        "past");

          if (past != NULL)
            g_ptr_array_add (pasts, rc_capitalize (past));
        }
    }
  g_ptr_array_sort (pasts, compare_strings);
  for (guint i = 0; i < pasts->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (pasts, i));
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static void
append_verb_pages (RcGuide *self)
{
  RcGuideEntry *overview = g_hash_table_lookup (self->by_id, "verbs.strong");
  RcGuideEntry *weak_page = g_hash_table_lookup (self->by_id, "verbs.weak");

  if (overview != NULL)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; self->verb_categories[i] != NULL; i++)
        {
          g_autoptr(GPtrArray) verbs = rc_guide_get_verbs (self, self->verb_categories[i]);
          g_autoptr(GString) past = g_string_new (NULL);
          g_autoptr(GString) present = g_string_new (NULL);
          g_autofree char *id = g_strconcat ("verbs.", self->verb_categories[i], NULL);
          RcGuideEntry *page = g_hash_table_lookup (self->by_id, id);

          for (guint j = 0; j < verbs->len; j++)
            {
              const RcGuideVerb *verb = g_ptr_array_index (verbs, j);
              g_autofree char *p = rc_capitalize (verb->past);
              g_autofree char *b = rc_capitalize (verb->base);

              g_string_append_printf (past, "%s%s", j ? ", " : "", p);
              g_string_append_printf (present, "%s%s", j ? ", " : "", b);
            }

          g_string_append_printf (list, "- [[%s]]: ", id);
          for (guint j = 0; j < verbs->len && j < OVERVIEW_PREVIEW; j++)
            g_string_append_printf (list, "%s*%s*", j ? ", " : "",
                                    ((RcGuideVerb *) g_ptr_array_index (verbs, j))->past);
          g_string_append_c (list, '\n');

          if (page != NULL)
            {
              g_autofree char *more = more_verbs_text (self->verb_categories[i]);
              g_autofree char *text =
                g_strdup_printf ("## %s\n\n%s\n\n## %s\n\n%s",
                                 _("Finished roles: past tense"), past->str,
                                 _("Your current role: present tense"), present->str);

              rc_guide_entry_append_body (page, text);
              if (more != NULL)
                {
                  g_autofree char *more_text =
                    g_strdup_printf ("## %s\n\n%s", _("More verbs of this kind"), more);

                  rc_guide_entry_append_body (page, more_text);
                }
            }
        }
      if (list->len > 0)
        rc_guide_entry_append_body (overview, list->str);
    }

  if (weak_page != NULL && self->weak_verbs->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "## %s\n\n", _("Weak opening verbs"));
      for (guint i = 0; i < self->weak_verbs->len; i++)
        {
          const RcGuideWeakVerb *weak = g_ptr_array_index (self->weak_verbs, i);
          g_autofree char *shown = rc_capitalize (weak->past ? weak->past : weak->base);
          g_autoptr(GString) instead = g_string_new (NULL);

          for (guint j = 0; weak->instead[j] != NULL; j++)
            {
              const RcGuideVerb *verb = rc_guide_lookup_verb (self, weak->instead[j]);
              g_string_append_printf (instead, "%s*%s*", j ? ", " : "",
                                      verb ? verb->past : weak->instead[j]);
            }
          g_string_append_printf (text, "- **%s**", shown);
          if (weak->why != NULL)
            g_string_append_printf (text, ": %s", _(weak->why));
          if (instead->len > 0)
            {
              g_string_append_c (text, ' ');
              /* Translators: %s is a list of verbs, e.g. "built, shipped, delivered" */
              g_string_append_printf (text, _("Try %s."), instead->str);
            }
          g_string_append_c (text, '\n');
        }

      if (self->duty_phrases->len > 0)
        {
          g_string_append_printf (text, "\n## %s\n\n", _("Duty phrases"));
          for (guint i = 0; i < self->duty_phrases->len; i++)
            g_string_append_printf (text, "%s*%s*", i ? ", " : "",
                                    (char *) g_ptr_array_index (self->duty_phrases, i));
        }
      rc_guide_entry_append_body (weak_page, text->str);
    }
}

/* What a skill shows besides itself, from the taxonomy's graph the job match and the rules
 * read: "EKS, counts for Kubernetes, AWS". Its language is said already ("for Java"). */
static void
append_implied (GString       *notes,
                const RcSkill *skill)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; skill->implied != NULL && skill->implied[i] != NULL && shown < 4; i++)
    {
      if (g_strcmp0 (skill->implied[i]->id, skill->language) == 0)
        continue;
      g_string_append_printf (names, "%s%s", shown++ ? ", " : "", skill->implied[i]->name);
    }
  if (shown == 0)
    return;
  if (notes->len > 0)
    g_string_append (notes, "; ");
  /* Translators: after a skill's name; %s lists the skills it shows too, e.g.
   * "EKS, counts for Kubernetes, AWS" */
  g_string_append_printf (notes, _("counts for %s"), names->str);
}

static void
append_skill_pages (RcGuide *self)
{
  RcGuideEntry *overview = g_hash_table_lookup (self->by_id, "skills.taxonomy");
  RcGuideEntry *spelling = g_hash_table_lookup (self->by_id, "skills.spelling");
  RcTaxonomy *taxonomy;
  GPtrArray *skills;

  if (overview == NULL && spelling == NULL)
    return;

  taxonomy = rc_taxonomy_get_default ();
  skills = rc_taxonomy_get_skills (taxonomy);

  if (overview != NULL)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (skill_categories); i++)
        {
          g_autofree char *id = g_strconcat ("skills.", skill_categories[i].id, NULL);
          RcGuideEntry *page = g_hash_table_lookup (self->by_id, id);
          g_autoptr(GString) text = g_string_new (NULL);
          guint shown = 0;

          if (page == NULL)
            continue;

          g_string_append_printf (list, "- [[%s]]: ", id);
          for (guint j = 0; j < skills->len; j++)
            {
              const RcSkill *skill = g_ptr_array_index (skills, j);
              g_autoptr(GString) notes = g_string_new (NULL);

              if (g_strcmp0 (skill->category, skill_categories[i].id) != 0)
                continue;

              if (shown < OVERVIEW_PREVIEW)
                g_string_append_printf (list, "%s%s", shown ? ", " : "", skill->name);
              shown++;

              if (skill->frameworks != NULL && skill->frameworks[0] != NULL)
                {
                  g_autoptr(GString) names = g_string_new (NULL);

                  for (guint k = 0; skill->frameworks[k] != NULL; k++)
                    {
                      const RcSkill *framework = rc_taxonomy_get_skill (taxonomy, skill->frameworks[k]);
                      g_string_append_printf (names, "%s%s", k ? ", " : "",
                                              framework ? framework->name : skill->frameworks[k]);
                    }
                  /* Translators: after a language's name; %s lists its frameworks, e.g.
                   * "Python, with Django, FastAPI" */
                  g_string_append_printf (notes, _("with %s"), names->str);
                }
              if (skill->language != NULL)
                {
                  const RcSkill *language = rc_taxonomy_get_skill (taxonomy, skill->language);

                  if (notes->len > 0)
                    g_string_append (notes, "; ");
                  /* Translators: after a framework's name; %s is its language, e.g.
                   * "Django, for Python" */
                  g_string_append_printf (notes, _("for %s"),
                                          language ? language->name : skill->language);
                }
              append_implied (notes, skill);
              g_string_append_printf (text, "- **%s**%s%s\n", skill->name,
                                      notes->len ? ", " : "", notes->str);
            }
          g_string_append_c (list, '\n');
          rc_guide_entry_append_body (page, text->str);
        }
      if (list->len > 0)
        rc_guide_entry_append_body (overview, list->str);
    }

  if (spelling != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < skills->len; i++)
        {
          const RcSkill *skill = g_ptr_array_index (skills, i);
          g_autoptr(GString) aliases = g_string_new (NULL);

          for (guint j = 0; skill->aliases != NULL && skill->aliases[j] != NULL; j++)
            {
              /* An alias that differs only in case is not a different spelling worth showing. */
              if (g_ascii_strcasecmp (skill->aliases[j], skill->name) == 0)
                continue;
              g_string_append_printf (aliases, "%s%s", aliases->len ? ", " : "", skill->aliases[j]);
            }
          if (aliases->len > 0)
            g_string_append_printf (text, "- **%s**: %s\n", skill->name, aliases->str);
        }
      if (text->len > 0)
        rc_guide_entry_append_body (spelling, text->str);
    }
}

void
rc_guide_append_generated_pages (RcGuide *self)
{
  append_verb_pages (self);
  append_skill_pages (self);
}
