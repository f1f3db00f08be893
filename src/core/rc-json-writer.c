/* rc-json-writer.c — JSON text as a resume is saved: indented, in member order, exact numbers
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-json-writer.h"

static void
write_string (GString    *out,
              const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }

  g_string_append (out, run);
  g_string_append_c (out, '"');
}

typedef struct
{
  GString    *out;
  GHashTable *numbers;  /* (nullable): node → the text it was read from */
  gboolean    compact;
} Writer;

/**
 * rc_json_format_double:
 * @buffer: (out caller-allocates): %RC_JSON_DOUBLE_BUF_SIZE bytes
 * @value: a finite number, or not
 *
 * The shortest text that reads back as the same double, always with a fraction or an
 * exponent so that it reads back as a double (json-glib writes 0.1 as 0.10000000000000001
 * and infinity as "inf.0"); null for what JSON cannot write.
 */
void
rc_json_format_double (char   *buffer,
                       double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  if (!isfinite (value))
    {
      strcpy (buffer, "null");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* keeps 1.0 a fraction when read back */
  if (strpbrk (buffer, ".eE") == NULL)
    strcat (buffer, ".0");
}

static void
write_break (Writer *writer,
             guint   level)
{
  if (writer->compact)
    return;

  g_string_append_c (writer->out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (writer->out, "  ");
}

static void
write_number (Writer   *writer,
              JsonNode *node)
{
  const char *text = writer->numbers != NULL ? g_hash_table_lookup (writer->numbers, node)
                                             : NULL;
  char buffer[RC_JSON_DOUBLE_BUF_SIZE];

  if (text != NULL)
    {
      g_string_append (writer->out, text);
    }
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  else
    {
      rc_json_format_double (buffer, json_node_get_double (node));
      g_string_append (writer->out, buffer);
    }
}

static void
write_node (Writer   *writer,
            JsonNode *node,
            guint     level)
{
  GString *out = writer->out;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = object != NULL ? json_object_get_members (object) : NULL;

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }

        g_string_append_c (out, '{');
        for (const GList *l = members; l != NULL; l = l->next)
          {
            write_break (writer, level + 1);
            write_string (out, l->data);
            g_string_append (out, writer->compact ? ":" : ": ");
            write_node (writer, json_object_get_member (object, l->data), level + 1);
            if (l->next != NULL)
              g_string_append_c (out, ',');
          }
        write_break (writer, level);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint length = array != NULL ? json_array_get_length (array) : 0;

        if (length == 0)
          {
            g_string_append (out, "[]");
            break;
          }

        g_string_append_c (out, '[');
        for (guint i = 0; i < length; i++)
          {
            write_break (writer, level + 1);
            write_node (writer, json_array_get_element (array, i), level + 1);
            if (i + 1 < length)
              g_string_append_c (out, ',');
          }
        write_break (writer, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          write_string (out, json_node_get_string (node));
        else if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
          write_number (writer, node);
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else
          g_string_append (out, "null");
      }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * rc_json_to_data_full:
 * @node: a JSON value
 * @numbers: (nullable): the texts of numbers, as rc_json_read_full() returns them
 * @flags: #RcJsonWriteFlags
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes @node as JSON: two-space indentation (or none, with %RC_JSON_WRITE_COMPACT),
 * members in their order, text as UTF-8 (only control characters, quotes and backslashes
 * are escaped), each number as the text it was read from when @numbers has it and
 * otherwise as text that reads back as the same value, and a final newline.
 *
 * Returns: (transfer full): the text
 */
char *
rc_json_to_data_full (JsonNode          *node,
                      GHashTable        *numbers,
                      RcJsonWriteFlags   flags,
                      gsize             *length)
{
  Writer writer = { NULL, numbers, (flags & RC_JSON_WRITE_COMPACT) != 0 };

  g_return_val_if_fail (node != NULL, NULL);

  writer.out = g_string_sized_new (4096);
  write_node (&writer, node, 0);
  g_string_append_c (writer.out, '\n');

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

/**
 * rc_json_to_data:
 * @node: a JSON value
 * @length: (out) (optional): the length of the text in bytes
 *
 * rc_json_to_data_full(), indented, with numbers written from their values.
 *
 * Returns: (transfer full): the text
 */
char *
rc_json_to_data (JsonNode *node,
                 gsize    *length)
{
  return rc_json_to_data_full (node, NULL, RC_JSON_WRITE_NONE, length);
}
