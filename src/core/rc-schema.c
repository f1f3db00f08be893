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
#include "rc-section.h"

/* basics' own objects, which are no section */
static const char * const location_texts[] = {
  "address", "postalCode", "city", "countryCode", "region", NULL,
};
static const char * const profile_texts[] = { "network", "username", "url", NULL };

/* the section @name names, when it is a list of entries */
static const RcSectionInfo *
list_section (const char *name)
{
  RcSection section;

  if (!rc_section_from_id (name, -1, &section) || !rc_section_get_info (section)->list)
    return NULL;
  return rc_section_get_info (section);
}

static RcSchemaKind
basics_at (const char * const *path,
           guint               n)
{
  const RcSectionInfo *basics = rc_section_get_info (RC_SECTION_BASICS);

  if (n == 2)
    {
      if (rc_section_holds (basics->texts, path[1]))
        return RC_SCHEMA_TEXT;
      if (strcmp (path[1], "location") == 0)
        return RC_SCHEMA_OBJECT;
      if (strcmp (path[1], "profiles") == 0)
        return RC_SCHEMA_LIST;
      return RC_SCHEMA_NONE;
    }
  if (n == 3 && strcmp (path[1], "location") == 0)
    return rc_section_holds (location_texts, path[2]) ? RC_SCHEMA_TEXT : RC_SCHEMA_NONE;
  if (n == 3 && strcmp (path[1], "profiles") == 0)
    return RC_SCHEMA_OBJECT;
  if (n == 4 && strcmp (path[1], "profiles") == 0)
    return rc_section_holds (profile_texts, path[3]) ? RC_SCHEMA_TEXT : RC_SCHEMA_NONE;
  return RC_SCHEMA_NONE;
}

/* rc_schema_at() for @n > 0, with @section the list section path[0] names, or NULL */
static RcSchemaKind
schema_in (const RcSectionInfo *section,
           const char * const  *path,
           guint                n)
{
  if (section == NULL)
    {
      if (strcmp (path[0], "basics") == 0)
        return n == 1 ? RC_SCHEMA_OBJECT : basics_at (path, n);
      if (strcmp (path[0], "meta") == 0 &&
          (n == 1 || (n == 2 && strcmp (path[1], "resumeCoach") == 0)))
        return RC_SCHEMA_OBJECT;
      return RC_SCHEMA_NONE;
    }

  /* a section: a list of entries, each with its text and lists of text */
  switch (n)
    {
    case 1:
      return RC_SCHEMA_LIST;
    case 2:
      return RC_SCHEMA_OBJECT;
    case 3:
      if (rc_section_holds (section->text_lists, path[2]))
        return RC_SCHEMA_LIST;
      return rc_section_holds (section->texts, path[2]) ? RC_SCHEMA_TEXT : RC_SCHEMA_NONE;
    case 4:
      return rc_section_holds (section->text_lists, path[2]) ? RC_SCHEMA_TEXT : RC_SCHEMA_NONE;
    default:
      return RC_SCHEMA_NONE;
    }
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
  return n == 0 ? RC_SCHEMA_OBJECT : schema_in (list_section (path[0]), path, n);
}

/**
 * rc_schema_describe:
 * @kind: a kind other than %RC_SCHEMA_NONE
 *
 * Returns: (transfer none): how messages name @kind: "an object", "a list" or "text"
 */
const char *
rc_schema_describe (RcSchemaKind kind)
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
  const char          *tokens[RC_SCHEMA_MAX_DEPTH + 1];
  char                 indices[RC_SCHEMA_MAX_DEPTH + 1][16];
  const RcSectionInfo *section;  /* the list section tokens[0] names, or NULL */
  gboolean             ordered;  /* visit members in document order (a lookup each) */
  gboolean             nulls;    /* a list holding null is a mismatch too (see walk_schema) */
} SchemaPath;

/* @i in decimal at the end of @buffer (16 bytes); g_snprintf() costs more than the walk */
static const char *
write_index (char  *buffer,
             guint  i)
{
  char *p = buffer + 15;

  *p = '\0';
  do
    *--p = (char) ('0' + i % 10);
  while ((i /= 10) > 0);
  return p;
}

/* rc_schema_at() of the first @n tokens of @path, its section looked up once */
static RcSchemaKind
path_kind (SchemaPath *path,
           guint       n)
{
  if (n == 0)
    return RC_SCHEMA_OBJECT;
  if (n == 1)
    path->section = list_section (path->tokens[0]);
  return schema_in (path->section, path->tokens, n);
}

/* What a walk does at a place that does not fit its rule: FALSE stops the walk */
typedef gboolean (*MismatchFunc) (SchemaPath   *path,
                                  guint         n,
                                  RcSchemaKind  expected,
                                  JsonNode     *found,
                                  gpointer      user_data);

/* A place that structures the resume (an object, or a list of objects) rather than holding
 * a field: what is inside it cannot be kept meaningfully when it has the wrong type. The
 * basics' location and profiles are fields: files write "location": "Oslo" */
static gboolean
is_structure (SchemaPath   *path,
              guint         n,
              RcSchemaKind  kind)
{
  if (n >= 2 && strcmp (path->tokens[0], "basics") == 0)
    return FALSE;
  if (kind == RC_SCHEMA_OBJECT)
    return TRUE;
  if (kind != RC_SCHEMA_LIST || n >= RC_SCHEMA_MAX_DEPTH)
    return FALSE;

  path->tokens[n] = "0";
  return path_kind (path, n + 1) == RC_SCHEMA_OBJECT;
}

static gboolean
holds_null (JsonArray *array)
{
  guint length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    if (JSON_NODE_HOLDS_NULL (json_array_get_element (array, i)))
      return TRUE;
  return FALSE;
}

/* Visits every place with a rule; a place that does not fit is not descended into */
static gboolean
walk_schema (JsonNode     *node,
             SchemaPath   *path,
             guint         n,
             MismatchFunc  func,
             gpointer      user_data)
{
  RcSchemaKind kind;

  if (n > RC_SCHEMA_MAX_DEPTH || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  kind = path_kind (path, n);
  if (kind == RC_SCHEMA_NONE)
    return TRUE;

  if (!node_fits (node, kind))
    return func (path, n, kind, node, user_data);
  if (path->nulls && JSON_NODE_HOLDS_ARRAY (node) && holds_null (json_node_get_array (node)) &&
      !func (path, n, kind, node, user_data))
    return FALSE;

  if (n == RC_SCHEMA_MAX_DEPTH)
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      if (path->ordered)
        json_object_iter_init_ordered (&iter, object);
      else
        json_object_iter_init (&iter, object);
      while (path->ordered ? json_object_iter_next_ordered (&iter, &name, &member)
                           : json_object_iter_next (&iter, &name, &member))
        {
          path->tokens[n] = name;
          if (!walk_schema (member, path, n + 1, func, user_data))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        {
          path->tokens[n] = write_index (path->indices[n], i);
          if (!walk_schema (json_array_get_element (array, i), path, n + 1, func, user_data))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
set_mismatch_error (SchemaPath   *path,
                    guint         n,
                    RcSchemaKind  expected,
                    JsonNode     *found,
                    GError      **error)
{
  g_autofree char *pointer = rc_json_pointer_join (path->tokens, n);

  g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE,
               /* Translators: "/work: expected a list, found text" */
               _("%s: expected %s, found %s"),
               pointer, rc_schema_describe (expected), rc_json_describe_node (found));
  return FALSE;
}

static gboolean
refuse_any (SchemaPath   *path,
            guint         n,
            RcSchemaKind  expected,
            JsonNode     *found,
            gpointer      user_data)
{
  return set_mismatch_error (path, n, expected, found, user_data);
}

typedef struct
{
  gboolean  kept;   /* a field of the wrong type was seen and kept */
  GError  **error;
} Refusal;

static gboolean
refuse_structure (SchemaPath   *path,
                  guint         n,
                  RcSchemaKind  expected,
                  JsonNode     *found,
                  gpointer      user_data)
{
  Refusal *refusal = user_data;

  /* a list with nulls in it (see walk_schema()) or a field */
  if (node_fits (found, expected) || !is_structure (path, n, expected))
    {
      refusal->kept = TRUE;
      return TRUE;
    }
  return set_mismatch_error (path, n, expected, found, refusal->error);
}

/**
 * rc_schema_check_at:
 * @node: a value
 * @tokens: the unescaped tokens of a pointer
 * @n: how many of @tokens lead to where @node would go
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Checks @node as if it sat at the place named by the first @n of @tokens, as an edit
 * must: every known place in it holds what it must.
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
  path.section = n > 0 ? list_section (path.tokens[0]) : NULL;
  path.ordered = TRUE;
  /* an edit may put null anywhere */
  path.nulls = FALSE;

  return walk_schema (node, &path, n, refuse_any, error);
}

/**
 * rc_schema_check:
 * @root: a whole resume
 * @kept_wrong_types: (out) (optional): whether a field of the wrong type was kept
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * What a resume must keep to be opened: every object in its place (the resume, basics,
 * meta, meta.resumeCoach, each entry) and every list of entries (the sections). A field
 * of the wrong type — a number as a date, a list as a name, an object as a highlight, text
 * as the location — is kept as it is, and so is a list holding null;
 * rc_schema_foreach_mismatch() reports both.
 *
 * Returns: %TRUE if the resume can be opened
 */
gboolean
rc_schema_check (JsonNode  *root,
                 gboolean  *kept_wrong_types,
                 GError   **error)
{
  SchemaPath path = { .ordered = TRUE, .nulls = TRUE };
  Refusal refusal = { FALSE, error };
  gboolean ok = walk_schema (root, &path, 0, refuse_structure, &refusal);

  if (kept_wrong_types != NULL)
    *kept_wrong_types = refusal.kept;
  return ok;
}

typedef struct
{
  RcSchemaMismatchFunc func;
  gpointer             user_data;
} Report;

static gboolean
report_mismatch (SchemaPath   *path,
                 guint         n,
                 RcSchemaKind  expected,
                 JsonNode     *found,
                 gpointer      user_data)
{
  Report *report = user_data;
  g_autofree char *pointer = rc_json_pointer_join (path->tokens, n);

  report->func (pointer, expected, found, report->user_data);
  return TRUE;
}

static gboolean
stop_walk (SchemaPath   *path,
           guint         n,
           RcSchemaKind  expected,
           JsonNode     *found,
           gpointer      user_data)
{
  return FALSE;
}

/**
 * rc_schema_foreach_mismatch:
 * @root: a whole resume
 * @func: (scope call): called for each known place that holds the wrong type, in document
 *   order, with its pointer, what it should hold and what it holds; and for each list that
 *   holds null, with @found the list
 * @user_data: data for @func
 *
 * Lists what rc_schema_at() would refuse, including the fields rc_schema_check() keeps.
 * What is inside a place of the wrong type is not looked at.
 */
void
rc_schema_foreach_mismatch (JsonNode             *root,
                            RcSchemaMismatchFunc  func,
                            gpointer              user_data)
{
  Report report = { func, user_data };
  SchemaPath path = { .ordered = FALSE, .nulls = TRUE };

  g_return_if_fail (root != NULL);
  g_return_if_fail (func != NULL);

  /* most resumes hold nothing of the wrong type: look in any order first, and walk again
   * in document order only to report what there is */
  if (walk_schema (root, &path, 0, stop_walk, NULL))
    return;
  path.ordered = TRUE;
  walk_schema (root, &path, 0, report_mismatch, &report);
}
