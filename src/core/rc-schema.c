/* rc-schema.c — the JSON Resume type rules: what each known place of a resume must hold
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-json-pointer.h"
#include "rc-schema.h"

static const char * const sections[] = {
  "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
  "languages", "interests", "references", "projects",
};

static const char * const basics_texts[] = {
  "name", "label", "email", "phone", "url", "summary", "image",
};

static const struct {
  const char *section;
  const char *field;
} text_lists[] = {
  { "work", "highlights" },
  { "volunteer", "highlights" },
  { "education", "courses" },
  { "skills", "keywords" },
  { "interests", "keywords" },
  { "projects", "highlights" },
  { "projects", "keywords" },
  { "projects", "roles" },
};

static gboolean
is_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strcmp (name, sections[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_basics_text (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (basics_texts); i++)
    if (strcmp (name, basics_texts[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_text_list (const char *section,
              const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_lists); i++)
    if (strcmp (section, text_lists[i].section) == 0 && strcmp (field, text_lists[i].field) == 0)
      return TRUE;
  return FALSE;
}

/**
 * rc_schema_at:
 * @path: (array length=n): the unescaped tokens leading to a place
 * @n: how many tokens
 *
 * What a place must hold. Every ancestor of a place with a rule has a rule itself, so
 * validation only descends where this says something.
 *
 * Returns: the kind of value the place holds, or %RC_SCHEMA_NONE
 */
RcSchemaKind
rc_schema_at (const char * const *path,
              guint               n)
{
  switch (n)
    {
    case 0:
      return RC_SCHEMA_OBJECT;

    case 1:
      if (strcmp (path[0], "basics") == 0 || strcmp (path[0], "meta") == 0)
        return RC_SCHEMA_OBJECT;
      if (is_section (path[0]))
        return RC_SCHEMA_LIST;
      return RC_SCHEMA_NONE;

    case 2:
      if (strcmp (path[0], "basics") == 0)
        {
          if (is_basics_text (path[1]))
            return RC_SCHEMA_TEXT;
          if (strcmp (path[1], "location") == 0)
            return RC_SCHEMA_OBJECT;
          if (strcmp (path[1], "profiles") == 0)
            return RC_SCHEMA_LIST;
          return RC_SCHEMA_NONE;
        }
      if (strcmp (path[0], "meta") == 0)
        return strcmp (path[1], "resumeCoach") == 0 ? RC_SCHEMA_OBJECT : RC_SCHEMA_NONE;
      return is_section (path[0]) ? RC_SCHEMA_OBJECT : RC_SCHEMA_NONE;

    case 3:
      if (strcmp (path[0], "basics") == 0 && strcmp (path[1], "profiles") == 0)
        return RC_SCHEMA_OBJECT;
      return is_text_list (path[0], path[2]) ? RC_SCHEMA_LIST : RC_SCHEMA_NONE;

    case 4:
      return is_text_list (path[0], path[2]) ? RC_SCHEMA_TEXT : RC_SCHEMA_NONE;

    default:
      return RC_SCHEMA_NONE;
    }
}

static const char *
describe_schema (RcSchemaKind kind)
{
  switch (kind)
    {
    case RC_SCHEMA_OBJECT:
      return _("an object");
    case RC_SCHEMA_LIST:
      return _("a list");
    case RC_SCHEMA_TEXT:
      return _("text");
    case RC_SCHEMA_NONE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
node_fits (JsonNode     *node,
           RcSchemaKind  kind)
{
  switch (kind)
    {
    case RC_SCHEMA_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case RC_SCHEMA_LIST:
      return JSON_NODE_HOLDS_ARRAY (node);
    case RC_SCHEMA_TEXT:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
    case RC_SCHEMA_NONE:
    default:
      return TRUE;
    }
}

/* The tokens leading to a place, with room for list indices written out */
typedef struct
{
  const char *tokens[RC_SCHEMA_MAX_DEPTH + 1];
  char        indices[RC_SCHEMA_MAX_DEPTH + 1][16];
} SchemaPath;

static gboolean
check_schema (JsonNode    *node,
              SchemaPath  *path,
              guint        n,
              GError     **error)
{
  RcSchemaKind kind;

  if (n > RC_SCHEMA_MAX_DEPTH || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  kind = rc_schema_at (path->tokens, n);
  if (kind == RC_SCHEMA_NONE)
    return TRUE;

  if (!node_fits (node, kind))
    {
      g_autofree char *pointer = rc_json_pointer_join (path->tokens, n);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE,
                   /* Translators: "/work: expected a list, found text" */
                   _("%s: expected %s, found %s"),
                   pointer, describe_schema (kind), rc_json_describe_node (node));
      return FALSE;
    }

  if (n == RC_SCHEMA_MAX_DEPTH)
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (const GList *l = members; l != NULL; l = l->next)
        {
          path->tokens[n] = l->data;
          if (!check_schema (json_object_get_member (object, l->data), path, n + 1, error))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      path->tokens[n] = path->indices[n];
      for (guint i = 0; i < length; i++)
        {
          g_snprintf (path->indices[n], sizeof path->indices[n], "%u", i);
          if (!check_schema (json_array_get_element (array, i), path, n + 1, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * rc_schema_check_at:
 * @node: a value
 * @tokens: the unescaped tokens of a pointer
 * @n: how many of @tokens lead to where @node would go
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Checks @node as if it sat at the place named by the first @n of @tokens.
 *
 * Returns: %TRUE if every known place in @node holds what it must (null is always allowed);
 *   otherwise %RC_DOCUMENT_ERROR_WRONG_TYPE names the first that does not
 */
gboolean
rc_schema_check_at (JsonNode   *node,
                    GPtrArray  *tokens,
                    guint       n,
                    GError    **error)
{
  SchemaPath path;

  if (n > RC_SCHEMA_MAX_DEPTH)
    return TRUE;

  for (guint i = 0; i < n; i++)
    path.tokens[i] = g_ptr_array_index (tokens, i);

  return check_schema (node, &path, n, error);
}


/**
 * rc_schema_check:
 * @root: a whole resume
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * rc_schema_check_at() for the root.
 *
 * Returns: %TRUE if the resume keeps the type rules
 */
gboolean
rc_schema_check (JsonNode  *root,
                 GError   **error)
{
  SchemaPath path;

  return check_schema (root, &path, 0, error);
}
