/* rc-json-pointer.c — JSON Pointers (RFC 6901): building, splitting and following them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-json-pointer.h"

/* ------------------------------------------------------------------------------------------ */
/* Building                                                                                    */

static void
append_escaped (GString    *string,
                const char *token)
{
  for (;;)
    {
      gsize run = strcspn (token, "~/");

      g_string_append_len (string, token, run);
      token += run;
      if (*token == '\0')
        break;

      g_string_append (string, *token == '~' ? "~0" : "~1");
      token++;
    }
}

/* Writes @index in decimal, ending at @end (room for 11 bytes before it); returns the start.
 * Block pointers are built again for each page count, and printf is slow at it. */
static char *
format_index (guint  index,
              char  *end)
{
  char *d = end;

  *d = '\0';
  do
    *--d = (char) ('0' + index % 10);
  while ((index /= 10) > 0);

  return d;
}

/**
 * rc_json_pointer_add_token:
 * @pointer: a JSON Pointer being built
 * @token: a member name (unescaped)
 *
 * Appends "/" and @token, escaped, so that @pointer names member @token of what it named.
 */
void
rc_json_pointer_add_token (GString    *pointer,
                           const char *token)
{
  g_return_if_fail (pointer != NULL);
  g_return_if_fail (token != NULL);

  g_string_append_c (pointer, '/');
  append_escaped (pointer, token);
}

/**
 * rc_json_pointer_add_index:
 * @pointer: a JSON Pointer being built
 * @index: a list index
 *
 * Appends "/" and @index, so that @pointer names item @index of the list it named.
 */
void
rc_json_pointer_add_index (GString *pointer,
                           guint    index)
{
  char digits[16];

  g_return_if_fail (pointer != NULL);

  g_string_append_c (pointer, '/');
  g_string_append (pointer, format_index (index, digits + sizeof digits - 1));
}

/**
 * rc_json_pointer_append:
 * @pointer: a JSON Pointer
 * @token: a member name (unescaped)
 *
 * Returns: (transfer full): the pointer to member @token of what @pointer names
 */
char *
rc_json_pointer_append (const char *pointer,
                        const char *token)
{
  GString *string;

  g_return_val_if_fail (pointer != NULL, NULL);
  g_return_val_if_fail (token != NULL, NULL);

  /* most names need no escape: one allocation */
  if (token[strcspn (token, "~/")] == '\0')
    return g_strconcat (pointer, "/", token, NULL);

  string = g_string_sized_new (strlen (pointer) + strlen (token) + 8);
  g_string_append (string, pointer);
  rc_json_pointer_add_token (string, token);
  return g_string_free (string, FALSE);
}

/**
 * rc_json_pointer_append_index:
 * @pointer: a JSON Pointer
 * @index: a list index
 *
 * Returns: (transfer full): the pointer to item @index of the list @pointer names
 */
char *
rc_json_pointer_append_index (const char *pointer,
                              guint       index)
{
  char digits[16];

  g_return_val_if_fail (pointer != NULL, NULL);

  return g_strconcat (pointer, "/", format_index (index, digits + sizeof digits - 1), NULL);
}

/**
 * rc_json_pointer_append_item:
 * @pointer: a JSON Pointer
 * @token: the member name of a list (unescaped)
 * @index: a list index
 *
 * Returns: (transfer full): the pointer to item @index of the list in member @token of
 *   what @pointer names
 */
char *
rc_json_pointer_append_item (const char *pointer,
                             const char *token,
                             guint       index)
{
  g_autofree char *list = NULL;
  char digits[16];
  const char *d = format_index (index, digits + sizeof digits - 1);

  g_return_val_if_fail (pointer != NULL, NULL);
  g_return_val_if_fail (token != NULL, NULL);

  if (token[strcspn (token, "~/")] == '\0')
    return g_strconcat (pointer, "/", token, "/", d, NULL);

  list = rc_json_pointer_append (pointer, token);
  return g_strconcat (list, "/", d, NULL);
}

/**
 * rc_json_pointer_join:
 * @tokens: (array length=n): member names or list indices (unescaped)
 * @n: how many of @tokens to use
 *
 * Returns: (transfer full): the pointer that names the place @tokens lead to from the root
 */
char *
rc_json_pointer_join (const char * const *tokens,
                      guint               n)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    rc_json_pointer_add_token (string, tokens[i]);

  return g_string_free (string, FALSE);
}

/**
 * rc_json_pointer_escape:
 * @token: a member name
 *
 * Returns: (transfer full): @token with "~" written "~0" and "/" written "~1"
 */
char *
rc_json_pointer_escape (const char *token)
{
  GString *string;

  g_return_val_if_fail (token != NULL, NULL);

  string = g_string_sized_new (strlen (token) + 4);
  append_escaped (string, token);
  return g_string_free (string, FALSE);
}

/* Unescapes @length bytes of @token into @out (room for @length + 1); FALSE on a bad "~" */
static gboolean
unescape_into (const char *token,
               gsize       length,
               char       *out)
{
  for (gsize i = 0; i < length; i++)
    {
      if (token[i] != '~')
        {
          *out++ = token[i];
          continue;
        }

      if (i + 1 >= length || (token[i + 1] != '0' && token[i + 1] != '1'))
        return FALSE;

      *out++ = token[i + 1] == '0' ? '~' : '/';
      i++;
    }

  *out = '\0';
  return TRUE;
}

/**
 * rc_json_pointer_unescape:
 * @token: one escaped token of a pointer
 *
 * Returns: (transfer full) (nullable): the member name, or %NULL if a "~" is not followed
 *   by 0 or 1
 */
char *
rc_json_pointer_unescape (const char *token)
{
  gsize length;
  char *name;

  g_return_val_if_fail (token != NULL, NULL);

  length = strlen (token);
  name = g_malloc (length + 1);
  if (!unescape_into (token, length, name))
    g_clear_pointer (&name, g_free);

  return name;
}

/* ------------------------------------------------------------------------------------------ */
/* Reading                                                                                     */

/* Array indices are canonical decimal numbers: "0" or no leading zero */
gboolean
rc_json_pointer_parse_index (const char *token,
                             gsize       length,
                             guint      *index)
{
  guint64 value = 0;

  if (length == 0 || (length > 1 && token[0] == '0'))
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (token[i]))
        return FALSE;
      value = value * 10 + (guint64) (token[i] - '0');
      if (value > G_MAXUINT)
        return FALSE;
    }

  *index = (guint) value;
  return TRUE;
}

/* The read path: no allocation unless a token is unusually long */
JsonNode *
rc_json_pointer_lookup (JsonNode   *root,
                        const char *pointer)
{
  JsonNode *node = root;
  const char *p = pointer;

  if (*p != '\0' && *p != '/')
    return NULL;

  while (*p == '/')
    {
      const char *token = ++p;
      gsize length;

      while (*p != '\0' && *p != '/')
        p++;
      length = p - token;

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          char buffer[128];
          g_autofree char *heap = NULL;
          char *name = buffer;

          if (length >= sizeof buffer)
            name = heap = g_malloc (length + 1);

          if (!unescape_into (token, length, name))
            return NULL;

          node = json_object_get_member (json_node_get_object (node), name);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          guint index;

          if (!rc_json_pointer_parse_index (token, length, &index) ||
              index >= json_array_get_length (array))
            return NULL;

          node = json_array_get_element (array, index);
        }
      else
        {
          return NULL;
        }

      if (node == NULL)
        return NULL;
    }

  return node;
}

/* ------------------------------------------------------------------------------------------ */
/* Editing                                                                                     */

/* The edit path: unescaped tokens, or a BAD_POINTER error */
GPtrArray *
rc_json_pointer_split (const char  *pointer,
                       GError     **error)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = pointer;

  if (*p != '\0' && *p != '/')
    {
      g_autofree char *quoted = rc_json_excerpt (pointer);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("“%s” is not a JSON Pointer: it must be empty or start with “/”"),
                   quoted);
      return NULL;
    }

  while (*p == '/')
    {
      const char *token = ++p;
      char *name;

      while (*p != '\0' && *p != '/')
        p++;

      name = g_malloc ((p - token) + 1);
      if (!unescape_into (token, p - token, name))
        {
          g_autofree char *quoted = rc_json_excerpt (pointer);

          g_free (name);
          g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                       _("“%s” is not a JSON Pointer: “~” must be followed by 0 or 1"),
                       quoted);
          return NULL;
        }
      g_ptr_array_add (tokens, name);
    }

  return g_steal_pointer (&tokens);
}

/* The pointer of the place the first @n of @tokens lead to */
char *
rc_json_pointer_prefix (GPtrArray *tokens,
                        guint      n)
{
  return rc_json_pointer_join ((const char * const *) tokens->pdata, n);
}

/* The index of the item @token names in @array, or a BAD_POINTER error */
gboolean
rc_json_pointer_find_item (JsonArray   *array,
                           const char  *pointer,
                           const char  *token,
                           guint       *index,
                           GError     **error)
{
  guint length = json_array_get_length (array);
  g_autofree char *where = NULL;

  if (!rc_json_pointer_parse_index (token, strlen (token), index))
    {
      g_autofree char *what = rc_json_excerpt (token);

      where = rc_json_excerpt (pointer);
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: “%s” is not a list index (0, 1, 2…)"), where, what);
      return FALSE;
    }

  if (*index >= length)
    {
      where = rc_json_excerpt (pointer);
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: there is no item %u; the list has %u item",
                                "%s: there is no item %u; the list has %u items",
                                length),
                   where, *index, length);
      return FALSE;
    }

  return TRUE;
}

/* Whether @parent, reached by the first @reached tokens, can hold what the next one names */
gboolean
rc_json_pointer_check_container (JsonNode    *parent,
                                 const char  *pointer,
                                 GPtrArray   *tokens,
                                 guint        reached,
                                 GError     **error)
{
  g_autofree char *inside = NULL;
  g_autofree char *inside_quoted = NULL;
  g_autofree char *where = NULL;

  if (JSON_NODE_HOLDS_OBJECT (parent) || JSON_NODE_HOLDS_ARRAY (parent))
    return TRUE;

  inside = rc_json_pointer_prefix (tokens, reached);
  inside_quoted = rc_json_excerpt (inside);
  where = rc_json_excerpt (pointer);
  g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
               _("%s: “%s” is %s, so nothing can be inside it"),
               where, inside_quoted, rc_json_describe_node (parent));
  return FALSE;
}

/*
 * Follows the first @count tokens as far as they go. Stops early, without an error, at a
 * member or item that is missing or null (null counts as absent): *@reached says how many
 * tokens were followed and *@node is the container at that point. Going into text, a
 * number or a boolean, or using a bad or out-of-range index, is a BAD_POINTER error.
 */
gboolean
rc_json_pointer_walk (JsonNode   *root,
                      const char *pointer,
                      GPtrArray  *tokens,
                      guint       count,
                      JsonNode  **node,
                      guint      *reached,
                      GError    **error)
{
  JsonNode *current = root;

  for (guint i = 0; i < count; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);
      JsonNode *child;

      if (!rc_json_pointer_check_container (current, pointer, tokens, i, error))
        return FALSE;

      if (JSON_NODE_HOLDS_OBJECT (current))
        {
          child = json_object_get_member (json_node_get_object (current), token);
        }
      else
        {
          JsonArray *array = json_node_get_array (current);
          guint index;

          if (!rc_json_pointer_find_item (array, pointer, token, &index, error))
            return FALSE;

          child = json_array_get_element (array, index);
        }

      if (child == NULL || JSON_NODE_HOLDS_NULL (child))
        {
          *node = current;
          *reached = i;
          return TRUE;
        }

      current = child;
    }

  *node = current;
  *reached = count;
  return TRUE;
}

/* A BAD_POINTER error for the place after the first @reached tokens, which holds nothing */
void
rc_json_pointer_set_nothing_error (GError     **error,
                                   const char  *pointer,
                                   GPtrArray   *tokens,
                                   guint        reached)
{
  g_autofree char *missing = rc_json_pointer_prefix (tokens, reached + 1);
  g_autofree char *where = rc_json_excerpt (pointer);

  if (strcmp (missing, pointer) == 0)
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: there is nothing there"), where);
    }
  else
    {
      g_autofree char *what = rc_json_excerpt (missing);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: there is nothing at “%s”"), where, what);
    }
}

