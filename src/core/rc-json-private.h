/* rc-json-private.h — typed reads of JSON that may hold anything, shared inside the core
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Resumes, rule packs and guide files are written by hand, so a member may be missing or of
 * any type. These read such a member as NULL; json-glib's typed getters would warn instead.
 * Each takes a NULL container too, so lookups chain: member of a member of the root. */

static inline const char *
rc_json_get_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static inline const char *
rc_json_get_member_string (JsonObject *object,
                           const char *member)
{
  return rc_json_get_string (object != NULL ? json_object_get_member (object, member) : NULL);
}

static inline JsonObject *
rc_json_get_member_object (JsonObject *object,
                           const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonArray *
rc_json_get_member_array (JsonObject *object,
                          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline JsonObject *
rc_json_get_element_object (JsonArray *array,
                            guint      index)
{
  JsonNode *node = array != NULL ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

G_END_DECLS
