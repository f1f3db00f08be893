/* rc-release-notes.c — the newest release's notes, read from the metainfo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-release-notes.h"

/* The metainfo is the one place the release notes are written; the About window shows them.
 * A merged metainfo follows each paragraph and item with its translations (xml:lang), which
 * AdwAboutWindow would show one after another: only the best one is kept. */
typedef struct
{
  const char * const *languages;
  guint               n_languages;   /* the rank of a paragraph as written */
  gboolean            seen_release;
  gboolean            in_release;    /* within the first <release> */
  gboolean            in_description;
  char               *version;
  GPtrArray          *parts;         /* "<ul>", "</ul>", a paragraph's or item's markup */
  int                 last_unit;     /* the index in @parts of the last paragraph or item */
  guint               last_rank;     /* how far down @languages its language is */
  GString            *unit;          /* (nullable): the paragraph or item being read */
  guint               unit_rank;
  gboolean            unit_replaces; /* a translation of the last one */
} Notes;

static guint
rank_language (Notes      *notes,
               const char *lang)
{
  for (guint i = 0; i < notes->n_languages; i++)
    if (g_str_equal (notes->languages[i], lang))
      return i;
  return G_MAXUINT;
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static gboolean
is_list (const char *element)
{
  return g_str_equal (element, "ul") || g_str_equal (element, "ol");
}

static gboolean
is_unit (const char *element)
{
  return g_str_equal (element, "p") || g_str_equal (element, "li");
}

static gboolean
is_inline (const char *element)
{
  return g_str_equal (element, "em") || g_str_equal (element, "code");
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              data,
                  GError              **error)
{
  Notes *notes = data;

  if (g_str_equal (element, "release") && !notes->seen_release)
    {
      notes->seen_release = notes->in_release = TRUE;
      notes->version = g_strdup (find_attribute (names, values, "version"));
    }
  else if (notes->in_release && g_str_equal (element, "description"))
    {
      notes->in_description = TRUE;
    }
  else if (notes->in_description && is_list (element))
    {
      g_ptr_array_add (notes->parts, g_strdup_printf ("<%s>", element));
    }
  else if (notes->in_description && is_unit (element))
    {
      const char *lang = find_attribute (names, values, "xml:lang");
      guint rank = lang != NULL ? rank_language (notes, lang) : notes->n_languages;

      /* a translation comes right after what it translates; one into a language not asked
       * for, or asked for less, is left out */
      if (lang != NULL && (notes->last_unit < 0 || rank >= notes->last_rank))
        return;
      notes->unit = g_string_new (NULL);
      notes->unit_rank = rank;
      notes->unit_replaces = lang != NULL;
    }
  else if (notes->unit != NULL && is_inline (element))
    {
      g_string_append_printf (notes->unit, "<%s>", element);
    }
}

/* the words of @text, one space between them */
static char *
collapse_spaces (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              data,
                GError              **error)
{
  Notes *notes = data;

  if (notes->in_release && g_str_equal (element, "release"))
    {
      notes->in_release = FALSE;
    }
  else if (notes->in_release && g_str_equal (element, "description"))
    {
      notes->in_description = FALSE;
    }
  else if (notes->in_description && is_list (element))
    {
      g_ptr_array_add (notes->parts, g_strdup_printf ("</%s>", element));
    }
  else if (notes->in_description && is_unit (element))
    {
      g_autofree char *text = NULL;
      char *markup;

      if (notes->unit == NULL)
        return;
      text = collapse_spaces (notes->unit->str);
      g_string_free (g_steal_pointer (&notes->unit), TRUE);
      markup = g_strdup_printf ("<%s>%s</%s>", element, text, element);
      if (notes->unit_replaces)
        {
          g_free (g_ptr_array_index (notes->parts, notes->last_unit));
          g_ptr_array_index (notes->parts, notes->last_unit) = markup;
        }
      else
        {
          g_ptr_array_add (notes->parts, markup);
          notes->last_unit = (int) notes->parts->len - 1;
        }
      notes->last_rank = notes->unit_rank;
    }
  else if (notes->unit != NULL && is_inline (element))
    {
      g_string_append_printf (notes->unit, "</%s>", element);
    }
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              data,
         GError              **error)
{
  Notes *notes = data;
  g_autofree char *escaped = NULL;

  if (notes->unit == NULL)
    return;
  escaped = g_markup_escape_text (text, (gssize) length);
  g_string_append (notes->unit, escaped);
}

char *
rc_release_notes_parse (const char          *metainfo,
                        gssize               length,
                        const char * const  *languages,
                        char               **version,
                        GError             **error)
{
  static const GMarkupParser parser = { on_start_element, on_end_element, on_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *found_version = NULL;
  g_autoptr(GString) notes_markup = NULL;
  Notes notes = { 0 };
  gboolean parsed;

  g_return_val_if_fail (metainfo != NULL, NULL);
  g_return_val_if_fail (languages != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  notes.languages = languages;
  notes.n_languages = g_strv_length ((char **) languages);
  notes.parts = parts;
  notes.last_unit = -1;
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &notes, NULL);
  parsed = g_markup_parse_context_parse (context, metainfo, length, error) &&
           g_markup_parse_context_end_parse (context, error);
  if (notes.unit != NULL)
    g_string_free (notes.unit, TRUE);
  found_version = notes.version;
  if (!parsed || parts->len == 0)
    return NULL;

  notes_markup = g_string_new (NULL);
  for (guint i = 0; i < parts->len; i++)
    g_string_append (notes_markup, g_ptr_array_index (parts, i));
  if (version != NULL)
    *version = g_steal_pointer (&found_version);
  return g_string_free (g_steal_pointer (&notes_markup), FALSE);
}
