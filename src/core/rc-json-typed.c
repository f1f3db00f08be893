/* rc-json-typed.c — typed reads of hand-written JSON files, with one style of message
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-json-typed.h"

gboolean
rc_json_invalid (const RcJsonPlace  *place,
                 GError            **error,
                 const char         *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  rc_json_invalid_valist (place, error, format, args);
  va_end (args);
  return FALSE;
}

gboolean
rc_json_invalid_valist (const RcJsonPlace  *place,
                        GError            **error,
                        const char         *format,
                        va_list             args)
{
  g_autofree char *what = g_strdup_vprintf (format, args);

  if (place->where != NULL)
    {
      char *inner = g_strdup_printf ("%s: %s", place->where, what);

      g_free (what);
      what = inner;
    }
  if (place->file != NULL)
    g_set_error (error, place->domain (), place->code, "%s: %s", place->file, what);
  else
    g_set_error_literal (error, place->domain (), place->code, what);
  return FALSE;
}

char *
rc_json_member_name (const RcJsonPlace *place,
                     const char        *member)
{
  if (place->path != NULL)
    return g_strdup_printf ("“%s.%s”", place->path, member);
  return g_strdup_printf ("“%s”", member);
}

/* the member, NULL when it is absent or null; FALSE with @error when it is required */
static gboolean
lookup (const RcJsonPlace  *place,
        JsonObject         *object,
        const char         *member,
        RcJsonFlags         flags,
        JsonNode          **node,
        GError            **error)
{
  *node = json_object_get_member (object, member);
  if (*node != NULL && JSON_NODE_HOLDS_NULL (*node))
    *node = NULL;
  if (*node == NULL && (flags & RC_JSON_REQUIRED))
    {
      g_autofree char *name = rc_json_member_name (place, member);

      return rc_json_invalid (place, error, _("%s is missing"), name);
    }
  return TRUE;
}

/* @format names the member with its one %s */
static gboolean
wrong_type (const RcJsonPlace  *place,
            const char         *member,
            const char         *format,
            GError            **error)
{
  g_autofree char *name = rc_json_member_name (place, member);

  return rc_json_invalid (place, error, format, name);
}

static const char *
node_string (JsonNode    *node,
             RcJsonFlags  flags)
{
  const char *string = rc_json_get_string (node);

  return string != NULL && ((flags & RC_JSON_NON_EMPTY) == 0 || *string != '\0') ? string : NULL;
}

gboolean
rc_json_read_string (const RcJsonPlace  *place,
                     JsonObject         *object,
                     const char         *member,
                     RcJsonFlags         flags,
                     const char        **out,
                     GError            **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (place, object, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  *out = node_string (node, flags);
  if (*out == NULL)
    return wrong_type (place, member,
                       flags & RC_JSON_NON_EMPTY ? _("%s must be a non-empty string")
                                                 : _("%s must be a string"), error);
  return TRUE;
}

gboolean
rc_json_read_strv (const RcJsonPlace  *place,
                   JsonObject         *object,
                   const char         *member,
                   RcJsonFlags         flags,
                   char             ***out,
                   GError            **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  JsonNode *node;

  *out = NULL;
  if (!lookup (place, object, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  if ((flags & RC_JSON_ONE_OR_LIST) && node_string (node, flags) != NULL)
    g_strv_builder_add (builder, node_string (node, flags));
  else if (!JSON_NODE_HOLDS_ARRAY (node))
    goto wrong;
  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *string = node_string (json_array_get_element (array, i), flags);

      if (string == NULL)
        goto wrong;
      if (flags & RC_JSON_LOWER)
        {
          g_autofree char *lower = g_ascii_strdown (string, -1);

          g_strv_builder_add (builder, lower);
        }
      else
        g_strv_builder_add (builder, string);
    }
  *out = g_strv_builder_end (builder);
  return TRUE;

wrong:
  return wrong_type (place, member,
                     flags & RC_JSON_ONE_OR_LIST ? _("%s must be a string or a list of strings")
                     : flags & RC_JSON_NON_EMPTY ? _("%s must be a list of non-empty strings")
                                                 : _("%s must be a list of strings"), error);
}

gboolean
rc_json_read_bool (const RcJsonPlace  *place,
                   JsonObject         *object,
                   const char         *member,
                   gboolean           *out,
                   GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);

  /* null is absent, as for every other type */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (place, member, _("%s must be true or false"), error);
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
rc_json_read_int (const RcJsonPlace  *place,
                  JsonObject         *object,
                  const char         *member,
                  gint                min,
                  gint                max,
                  gint               *out,
                  GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *name = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= min && json_node_get_int (node) <= max)
    {
      *out = (gint) json_node_get_int (node);
      return TRUE;
    }
  name = rc_json_member_name (place, member);
  if (max == G_MAXINT)
    return rc_json_invalid (place, error, _("%s must be a whole number, %d or more"), name, min);
  return rc_json_invalid (place, error, _("%s must be a whole number from %d to %d"), name, min,
                          max);
}

gboolean
rc_json_read_double (const RcJsonPlace  *place,
                     JsonObject         *object,
                     const char         *member,
                     gdouble             min,
                     gdouble             max,
                     gdouble            *out,
                     GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *name = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) &&
      (json_node_get_value_type (node) == G_TYPE_DOUBLE ||
       json_node_get_value_type (node) == G_TYPE_INT64) &&
      json_node_get_double (node) >= min && json_node_get_double (node) <= max)
    {
      *out = json_node_get_double (node);
      return TRUE;
    }
  name = rc_json_member_name (place, member);
  return rc_json_invalid (place, error, _("%s must be a number from %g to %g"), name, min, max);
}

/* the member as a node of @type, NULL when absent */
static gboolean
read_node (const RcJsonPlace  *place,
           JsonObject         *object,
           const char         *member,
           RcJsonFlags         flags,
           JsonNodeType        type,
           JsonNode          **node,
           GError            **error)
{
  if (!lookup (place, object, member, flags, node, error))
    return FALSE;
  if (*node == NULL || JSON_NODE_TYPE (*node) == type)
    return TRUE;
  return wrong_type (place, member, type == JSON_NODE_OBJECT ? _("%s must be an object")
                                                             : _("%s must be a list"), error);
}

gboolean
rc_json_read_object (const RcJsonPlace  *place,
                     JsonObject         *object,
                     const char         *member,
                     RcJsonFlags         flags,
                     JsonObject        **out,
                     GError            **error)
{
  JsonNode *node;

  *out = NULL;
  if (!read_node (place, object, member, flags, JSON_NODE_OBJECT, &node, error))
    return FALSE;
  if (node != NULL)
    *out = json_node_get_object (node);
  return TRUE;
}

gboolean
rc_json_read_array (const RcJsonPlace  *place,
                    JsonObject         *object,
                    const char         *member,
                    RcJsonFlags         flags,
                    JsonArray         **out,
                    GError            **error)
{
  JsonNode *node;

  *out = NULL;
  if (!read_node (place, object, member, flags, JSON_NODE_ARRAY, &node, error))
    return FALSE;
  if (node != NULL)
    *out = json_node_get_array (node);
  return TRUE;
}
