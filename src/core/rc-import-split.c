/* rc-import-split.c — the importer's reading of one line: markers, parts, items, leftovers
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-import-private.h"

/* Trims, turns tabs and runs of spaces into one space (a tab between two texts into " | ") */
char *
rc_import_clean_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE, tab = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        tab = TRUE;
      if (g_unichar_isspace (c) || c == 0xa0 || c == 0x200b || c == 0xfeff)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append (out, tab ? " | " : " ");
      space = tab = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The text after a list marker ("• ", "– ", "- ", "* ", "1. ", "2) "), or NULL */
const char *
rc_import_after_marker (const char *text)
{
  static const char * const markers[] = {
    "\342\200\242", "\302\267", "\342\226\252", "\342\227\246", "\342\200\243", "\342\227\217",
    "\342\226\240", "\342\200\223", "\342\200\224", "-", "*", "+", "\357\202\267", "\342\236\242",
    "\342\234\223", "\342\227\213",
  };
  const char *p = text;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    if (g_str_has_prefix (text, markers[i]))
      {
        p = text + strlen (markers[i]);
        if (*p == ' ')
          return p + 1;
        return NULL;
      }
  while (g_ascii_isdigit (*p) && p - text < 3)
    p++;
  if (p > text && (*p == '.' || *p == ')') && p[1] == ' ')
    return p + 2;
  return NULL;
}

gboolean
rc_import_ends_sentence (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".!?;", text[len - 1]) != NULL;
}

guint
rc_import_count_words (const char *text)
{
  guint words = *text != '\0';

  for (const char *p = text; *p != '\0'; p++)
    if (*p == ' ')
      words++;
  return words;
}

/* A sentence of an entry, not a line of its header */
gboolean
rc_import_is_body_text (const char *text)
{
  guint words = rc_import_count_words (text);

  return words >= 9 || (rc_import_ends_sentence (text) && words >= 3);
}

/* Splits @text at any of @separators, outside brackets when @brackets; drops empty pieces */
GPtrArray *
rc_import_split_at (const char         *text,
                    const char * const *separators,
                    guint               n_separators,
                    gboolean            brackets)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (brackets)
        depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
      if (depth > 0)
        continue;
      for (guint i = 0; i < n_separators; i++)
        if (strncmp (p, separators[i], strlen (separators[i])) == 0)
          {
            g_ptr_array_add (parts, g_strstrip (g_strndup (start, (gsize) (p - start))));
            p += strlen (separators[i]) - 1;
            start = p + 1;
            break;
          }
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));
  for (guint i = parts->len; i-- > 0;)
    if (*(char *) g_ptr_array_index (parts, i) == '\0')
      g_ptr_array_remove_index (parts, i);
  return parts;
}

/* Splits a line at the separators people put between parts: " | ", " — ", " · ", " at "… */
GPtrArray *
rc_import_split_parts (const char *text)
{
  static const char * const separators[] = {
    " | ", " \342\200\224 ", " \342\200\223 ", " - ", " \302\267 ", " \342\200\242 ", " at ",
    " @ ", "|",
  };

  return rc_import_split_at (text, separators, G_N_ELEMENTS (separators), FALSE);
}

/* "Certified Kubernetes Administrator (CKA), The Linux Foundation": name, issuer */
GPtrArray *
rc_import_split_last_comma (const char *text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *comma = g_strrstr (text, ", ");

  g_ptr_array_add (parts, g_strndup (text, (gsize) (comma - text)));
  g_ptr_array_add (parts, g_strdup (comma + 2));
  return parts;
}

/* Removes the separators and brackets a date leaves behind: "Acme (, )" → "Acme" */
char *
rc_import_strip_leftovers (char *text)
{
  static const char * const ends[] = {
    "|", ",", "(", ")", "\342\200\224", "\342\200\223", "-", "\302\267", "\342\200\242", ":",
    ";",
  };
  gboolean again = TRUE;

  g_strstrip (text);
  while (again && *text != '\0')
    {
      gsize len = strlen (text);

      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
        {
          gsize n = strlen (ends[i]);

          /* a bracket the text still opens or closes is its own: "Administrator (CKA)" */
          if ((*ends[i] == ')' && strchr (text, '(') != NULL) ||
              (*ends[i] == '(' && strchr (text, ')') != NULL))
            continue;
          if (len >= n && strcmp (text + len - n, ends[i]) == 0)
            {
              text[len - n] = '\0';
              again = TRUE;
            }
          else if (strncmp (text, ends[i], n) == 0)
            {
              memmove (text, text + n, len - n + 1);
              again = TRUE;
            }
          if (again)
            break;
        }
      g_strstrip (text);
    }
  return text;
}

/* "IT Technician, Sundsvall ()": what a date in brackets leaves */
void
rc_import_remove_empty_brackets (char *line)
{
  char *open;

  while ((open = strchr (line, '(')) != NULL)
    {
      char *close = open + 1;

      while (*close == ' ')
        close++;
      if (*close != ')')
        return;
      memmove (open, close + 1, strlen (close + 1) + 1);
    }
}

/* Splits a list line at ", ", " • ", " | ", " · " and "; ", not inside brackets */
GPtrArray *
rc_import_split_items (const char *text)
{
  static const char * const separators[] = {
    ", ", " \342\200\242 ", " | ", " \302\267 ", "; ", " / ",
  };
  GPtrArray *items = rc_import_split_at (text, separators, G_N_ELEMENTS (separators), TRUE);

  for (guint i = items->len; i-- > 0;)
    if (*rc_import_strip_leftovers (g_ptr_array_index (items, i)) == '\0')
      g_ptr_array_remove_index (items, i);
  return items;
}
