/* rc-json-tree.c — deep copies, exact equality and list surgery on json-glib trees
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-hash-private.h"
#include "rc-json-tree.h"

/*
 * A deep copy, so later changes to the caller's tree cannot reach the copy behind its back
 * (json_node_copy() shares containers and values). Fails when the copy would nest more
 * than @depth_left containers or holds text that is not UTF-8.
 */
JsonNode *
rc_json_tree_copy (JsonNode *node,
                   int       depth_left,
                   int      *problem)
{
  if ((JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_ARRAY (node)) && depth_left <= 0)
    {
      *problem = RC_DOCUMENT_ERROR_TOO_DEEP;
      return NULL;
    }

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *source = json_node_get_object (node);
        g_autoptr(JsonObject) object = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        if (source != NULL)
          json_object_iter_init_ordered (&iter, source);
        while (source != NULL && json_object_iter_next_ordered (&iter, &name, &member))
          {
            JsonNode *child = rc_json_tree_copy (member, depth_left - 1, problem);

            if (child == NULL)
              return NULL;
            json_object_set_member (object, name, child);
          }

        return json_node_init_object (json_node_alloc (), object);
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *source = json_node_get_array (node);
        guint length = source != NULL ? json_array_get_length (source) : 0;
        g_autoptr(JsonArray) array = json_array_sized_new (length);

        for (guint i = 0; i < length; i++)
          {
            JsonNode *child = rc_json_tree_copy (json_array_get_element (source, i),
                                                 depth_left - 1, problem);

            if (child == NULL)
              return NULL;
            json_array_add_element (array, child);
          }

        return json_node_init_array (json_node_alloc (), array);
      }

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          {
            const char *text = json_node_get_string (node);

            if (text == NULL || !g_utf8_validate (text, -1, NULL))
              {
                *problem = RC_DOCUMENT_ERROR_INVALID_UTF8;
                return NULL;
              }
            return json_node_init_string (json_node_alloc (), text);
          }
        if (type == G_TYPE_INT64)
          return json_node_init_int (json_node_alloc (), json_node_get_int (node));
        if (type == G_TYPE_DOUBLE)
          return json_node_init_double (json_node_alloc (), json_node_get_double (node));
        if (type == G_TYPE_BOOLEAN)
          return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));
        return json_node_init_null (json_node_alloc ());
      }

    case JSON_NODE_NULL:
    default:
      return json_node_init_null (json_node_alloc ());
    }
}

gboolean
rc_json_scalars_equal (JsonNode *a,
                       JsonNode *b)
{
  GType type;

  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;
  if (JSON_NODE_HOLDS_NULL (a))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (a))
    return FALSE;

  type = json_node_get_value_type (a);
  if (type != json_node_get_value_type (b))
    return FALSE;

  if (type == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
  if (type == G_TYPE_INT64)
    return json_node_get_int (a) == json_node_get_int (b);
  if (type == G_TYPE_BOOLEAN)
    return !json_node_get_boolean (a) == !json_node_get_boolean (b);
  if (type == G_TYPE_DOUBLE)
    return json_node_get_double (a) == json_node_get_double (b);

  return FALSE;
}

/* json-glib 1.6 has no way to insert into a JsonArray: take the tail off and put it back */
void
rc_json_array_insert (JsonArray *array,
                      guint      index,
                      JsonNode  *node)
{
  guint length = json_array_get_length (array);
  g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  g_assert (index <= length);

  for (guint i = length; i > index; i--)
    {
      g_ptr_array_add (tail, json_node_ref (json_array_get_element (array, i - 1)));
      json_array_remove_element (array, i - 1);
    }

  json_array_add_element (array, node);

  for (guint i = tail->len; i > 0; i--)
    json_array_add_element (array, json_node_ref (g_ptr_array_index (tail, i - 1)));
}

/* Returns a new reference to the removed item */
JsonNode *
rc_json_array_take (JsonArray *array,
                    guint      index)
{
  JsonNode *node = json_node_ref (json_array_get_element (array, index));

  json_array_remove_element (array, index);
  return node;
}

/*
 * Like json_node_equal(), but 7 and 7.0 differ, as rc_document_set() and the written file
 * have them. Member order does not count: JSON objects have none.
 */
gboolean
rc_json_tree_equal (JsonNode *a,
                    JsonNode *b)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;

  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *object_a = json_node_get_object (a);
      JsonObject *object_b = json_node_get_object (b);
      JsonObjectIter iter_a, iter_b;
      const char *name_a, *name_b;
      JsonNode *member_a, *member_b;

      if (json_object_get_size (object_a) != json_object_get_size (object_b))
        return FALSE;

      /* Both in hash order, which is the same for a copy: no member is looked up by name
       * unless the orders differ. */
      json_object_iter_init (&iter_a, object_a);
      json_object_iter_init (&iter_b, object_b);
      while (json_object_iter_next (&iter_a, &name_a, &member_a))
        {
          if (!json_object_iter_next (&iter_b, &name_b, &member_b) ||
              strcmp (name_a, name_b) != 0)
            member_b = json_object_get_member (object_b, name_a);

          if (member_b == NULL || !rc_json_tree_equal (member_a, member_b))
            return FALSE;
        }
      return TRUE;
    }

  if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *array_a = json_node_get_array (a);
      JsonArray *array_b = json_node_get_array (b);
      guint length = json_array_get_length (array_a);

      if (length != json_array_get_length (array_b))
        return FALSE;

      for (guint i = 0; i < length; i++)
        if (!rc_json_tree_equal (json_array_get_element (array_a, i),
                                 json_array_get_element (array_b, i)))
          return FALSE;
      return TRUE;
    }

  return rc_json_scalars_equal (a, b);
}

/**
 * rc_json_tree_clone:
 * @node: a value already checked (valid UTF-8, nested within limits)
 *
 * Returns: (transfer full): a deep copy of @node that shares nothing with it
 */
JsonNode *
rc_json_tree_clone (JsonNode *node)
{
  int problem = -1;

  /* the tree already passed every check, so only memory could make this fail */
  return rc_json_tree_copy (node, G_MAXINT, &problem);
}

static guint64
hash_node (JsonNode   *node,
           const char *skip,
           guint       depth)
{
  guint64 h = (guint64) json_node_get_node_type (node) + 1;

  if (depth > RC_DOCUMENT_MAX_DEPTH)
    return h;
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        guint64 sum = 0;

        /* members in any order: their hashes are added up */
        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          {
            guint64 m;

            if (depth == 0 && g_strcmp0 (name, skip) == 0)
              continue;
            m = rc_hash_bytes (name, strlen (name), hash_node (member, skip, depth + 1));
            RC_HASH_MIX (m);
            sum += m;
          }
        h ^= sum;
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            h = h * 31 + hash_node (json_array_get_element (array, i), skip, depth + 1);
            RC_HASH_MIX (h);
          }
      }
      break;
    case JSON_NODE_VALUE:
      /* "5" and 5 differ */
      h ^= (guint64) json_node_get_value_type (node);
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          h = rc_hash_bytes (text, strlen (text), h);
        }
      else
        {
          g_autofree char *text = json_to_string (node, FALSE);

          h = rc_hash_bytes (text, strlen (text), h);
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
  RC_HASH_MIX (h);
  return h;
}

/**
 * rc_json_tree_hash:
 * @node: a tree
 * @skip: (nullable): a member of the top object left out
 *
 * A 64-bit hash of @node's content: equal trees (rc_json_tree_equal(), with members in any
 * order) hash the same, and different ones almost never do. Cheaper than keeping a copy to
 * compare with, for a memo of what was built from a tree.
 *
 * Returns: the hash
 */
guint64
rc_json_tree_hash (JsonNode   *node,
                   const char *skip)
{
  return hash_node (node, skip, 0);
}
