/* rc-document.c — a JSON Resume document, edited by JSON Pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-core-enums.h"
#include "rc-document.h"
#include "rc-json-private.h"

/* The deepest place a type rule looks at: /work/0/highlights/0 */
#define SCHEMA_MAX_DEPTH 4

struct _RcDocument
{
  GObject   parent_instance;

  JsonNode *root;        /* always holds an object */
  JsonNode *saved;       /* a deep copy of the tree as last loaded or saved; NULL when unknown */
  guint64   generation;  /* bumped by every edit, so an async save knows if it saved the latest */
  gboolean  modified;
};

G_DEFINE_FINAL_TYPE (RcDocument, rc_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc-document-error-quark, rc_document_error)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------------------------ */
/* The JSON Resume type rules                                                                  */

typedef enum
{
  SCHEMA_NONE,
  SCHEMA_OBJECT,
  SCHEMA_LIST,
  SCHEMA_TEXT,
} SchemaKind;

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

/* What a place must hold, given the tokens leading to it. Every ancestor of a place with a
 * rule has a rule itself, so validation only descends where schema_at() says something. */
static SchemaKind
schema_at (const char * const *path,
           guint               n)
{
  switch (n)
    {
    case 0:
      return SCHEMA_OBJECT;

    case 1:
      if (strcmp (path[0], "basics") == 0 || strcmp (path[0], "meta") == 0)
        return SCHEMA_OBJECT;
      if (is_section (path[0]))
        return SCHEMA_LIST;
      return SCHEMA_NONE;

    case 2:
      if (strcmp (path[0], "basics") == 0)
        {
          if (is_basics_text (path[1]))
            return SCHEMA_TEXT;
          if (strcmp (path[1], "location") == 0)
            return SCHEMA_OBJECT;
          if (strcmp (path[1], "profiles") == 0)
            return SCHEMA_LIST;
          return SCHEMA_NONE;
        }
      if (strcmp (path[0], "meta") == 0)
        return strcmp (path[1], "resumeCoach") == 0 ? SCHEMA_OBJECT : SCHEMA_NONE;
      return is_section (path[0]) ? SCHEMA_OBJECT : SCHEMA_NONE;

    case 3:
      if (strcmp (path[0], "basics") == 0 && strcmp (path[1], "profiles") == 0)
        return SCHEMA_OBJECT;
      return is_text_list (path[0], path[2]) ? SCHEMA_LIST : SCHEMA_NONE;

    case 4:
      return is_text_list (path[0], path[2]) ? SCHEMA_TEXT : SCHEMA_NONE;

    default:
      return SCHEMA_NONE;
    }
}

static const char *
describe_node (JsonNode *node)
{
  GType type;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return _("text");
  if (type == G_TYPE_BOOLEAN)
    return _("true or false");
  return _("a number");
}

static const char *
describe_schema (SchemaKind kind)
{
  switch (kind)
    {
    case SCHEMA_OBJECT:
      return _("an object");
    case SCHEMA_LIST:
      return _("a list");
    case SCHEMA_TEXT:
      return _("text");
    case SCHEMA_NONE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
node_fits (JsonNode   *node,
           SchemaKind  kind)
{
  switch (kind)
    {
    case SCHEMA_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case SCHEMA_LIST:
      return JSON_NODE_HOLDS_ARRAY (node);
    case SCHEMA_TEXT:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
    case SCHEMA_NONE:
    default:
      return TRUE;
    }
}

static void
append_escaped_token (GString    *string,
                      const char *token)
{
  for (const char *p = token; *p != '\0'; p++)
    {
      if (*p == '~')
        g_string_append (string, "~0");
      else if (*p == '/')
        g_string_append (string, "~1");
      else
        g_string_append_c (string, *p);
    }
}

static char *
join_pointer (const char * const *path,
              guint               n)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (string, '/');
      append_escaped_token (string, path[i]);
    }

  return g_string_free (string, FALSE);
}

/* The tokens leading to a place, with room for list indices written out */
typedef struct
{
  const char *tokens[SCHEMA_MAX_DEPTH + 1];
  char        indices[SCHEMA_MAX_DEPTH + 1][16];
} SchemaPath;

static gboolean
check_schema (JsonNode    *node,
              SchemaPath  *path,
              guint        n,
              GError     **error)
{
  SchemaKind kind;

  if (n > SCHEMA_MAX_DEPTH || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  kind = schema_at (path->tokens, n);
  if (kind == SCHEMA_NONE)
    return TRUE;

  if (!node_fits (node, kind))
    {
      g_autofree char *pointer = join_pointer (path->tokens, n);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE,
                   /* Translators: "/work: expected a list, found text" */
                   _("%s: expected %s, found %s"),
                   pointer, describe_schema (kind), describe_node (node));
      return FALSE;
    }

  if (n == SCHEMA_MAX_DEPTH)
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

/* Checks @node as if it sat at the place named by the first @n of @tokens */
static gboolean
check_schema_at (JsonNode   *node,
                 GPtrArray  *tokens,
                 guint       n,
                 GError    **error)
{
  SchemaPath path;

  if (n > SCHEMA_MAX_DEPTH)
    return TRUE;

  for (guint i = 0; i < n; i++)
    path.tokens[i] = g_ptr_array_index (tokens, i);

  return check_schema (node, &path, n, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading JSON                                                                                */

/* json-glib 1.6's parser accepts comments, single quotes, hex numbers and trailing garbage,
 * wraps large integers, recurses without a limit and gives terse messages; this one follows
 * RFC 8259 to the letter and says where and what went wrong. */
typedef struct
{
  const char  *start;
  const char  *p;
  const char  *end;
  GError     **error;
} Parser;

static void
locate (const char *start,
        const char *position,
        guint      *line,
        guint      *column)
{
  const char *line_start = start;

  *line = 1;
  for (const char *p = start; p < position; p++)
    {
      if (*p == '\n')
        {
          *line += 1;
          line_start = p + 1;
        }
    }

  /* columns count characters, not bytes */
  *column = 1;
  for (const char *p = line_start; p < position; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      *column += 1;
}

G_GNUC_PRINTF (5, 6)
static void
set_error_at (GError      **error,
              int           code,
              const char   *start,
              const char   *position,
              const char   *format,
              ...)
{
  g_autofree char *detail = NULL;
  va_list args;
  guint line, column;

  locate (start, position, &line, &column);

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, RC_DOCUMENT_ERROR, code,
               /* Translators: "Line 3, column 7: expected a value, found “}”" */
               _("Line %u, column %u: %s"), line, column, detail);
}

/* A quoted description of the character at @p, for messages */
static char *
describe_char (const char *p,
               const char *end)
{
  gunichar c;

  if (p >= end)
    return g_strdup (_("the end of the file"));

  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf ("0x%02X", (guchar) *p);
  if (c < 0x20 || c == 0x7F || !g_unichar_isprint (c))
    return g_strdup_printf ("U+%04X", c);

  return g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);
}

/* A quoted description of the word at @p (letters, digits and number punctuation) */
static char *
describe_word (const char *p,
               const char *end)
{
  const char *q = p;

  while (q < end && q - p < 24 && (g_ascii_isalnum (*q) || strchr ("+-._", *q) != NULL))
    q++;

  if (q == p)
    return describe_char (p, end);

  return g_strdup_printf ("“%.*s%s”", (int) (q - p), p,
                          q < end && g_ascii_isalnum (*q) ? "…" : "");
}

G_GNUC_PRINTF (4, 5)
static void
parser_error (Parser     *parser,
              int         code,
              const char *position,
              const char *format,
              ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  set_error_at (parser->error, code, parser->start, position, "%s", detail);
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
    parser->p++;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *value)
{
  *value = 0;

  if (end - p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *value = (*value << 4) | (gunichar) digit;
    }

  return TRUE;
}

/* At an opening quote; returns the text, newly allocated */
static char *
parse_string (Parser *parser)
{
  const char *open = parser->p;
  const char *p = open + 1;
  const char *run = p;
  const char *end = parser->end;
  GString *string = NULL;

  for (;;)
    {
      guchar c;

      if (p >= end)
        {
          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                        _("this text is never closed with a double quote (\")"));
          goto fail;
        }

      c = (guchar) *p;

      if (c == '"')
        break;

      if (c < 0x20)
        {
          if (c == '\n' || c == '\r')
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                          _("this text runs past the end of the line: close it with a double "
                            "quote, or write a line break inside it as \\n"));
          else
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, p,
                          _("the control character U+%04X must be written as an escape "
                            "inside text"),
                          c);
          goto fail;
        }

      if (c != '\\')
        {
          p++;
          continue;
        }

      if (string == NULL)
        string = g_string_sized_new ((p - run) + 16);
      g_string_append_len (string, run, p - run);

      {
        const char *escape = p;

        p++;
        if (p >= end)
          {
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                          _("this text is never closed with a double quote (\")"));
            goto fail;
          }

        switch (*p)
          {
          case '"': g_string_append_c (string, '"'); break;
          case '\\': g_string_append_c (string, '\\'); break;
          case '/': g_string_append_c (string, '/'); break;
          case 'b': g_string_append_c (string, '\b'); break;
          case 'f': g_string_append_c (string, '\f'); break;
          case 'n': g_string_append_c (string, '\n'); break;
          case 'r': g_string_append_c (string, '\r'); break;
          case 't': g_string_append_c (string, '\t'); break;

          case 'u':
            {
              gunichar unit, low;

              if (!read_hex4 (p + 1, end, &unit))
                {
                  parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, escape,
                                _("“\\u” must be followed by four hexadecimal digits"));
                  goto fail;
                }
              p += 4;

              if (unit >= 0xD800 && unit <= 0xDBFF &&
                  end - p >= 7 && p[1] == '\\' && p[2] == 'u' &&
                  read_hex4 (p + 3, end, &low) && low >= 0xDC00 && low <= 0xDFFF)
                {
                  unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                  p += 6;
                }
              else if (unit >= 0xD800 && unit <= 0xDFFF)
                {
                  parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, escape,
                                _("“\\u%04X” is half of a character (an unpaired surrogate)"),
                                unit);
                  goto fail;
                }

              if (unit == 0)
                {
                  parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, escape,
                                _("text cannot contain the character U+0000"));
                  goto fail;
                }

              g_string_append_unichar (string, unit);
            }
            break;

          default:
            {
              g_autofree char *what = describe_char (p, end);

              parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, escape,
                            _("a backslash followed by %s is not a valid escape in text"),
                            what);
              goto fail;
            }
          }

        p++;
        run = p;
      }
    }

  parser->p = p + 1;

  if (string != NULL)
    {
      g_string_append_len (string, run, p - run);
      return g_string_free (string, FALSE);
    }

  return g_strndup (run, p - run);

fail:
  if (string != NULL)
    g_string_free (string, TRUE);
  return NULL;
}

static JsonNode *
parse_number (Parser *parser)
{
  const char *start = parser->p;
  const char *p = start;
  const char *end = parser->end;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;
  JsonNode *node;

  if (p < end && *p == '-')
    p++;

  if (p < end && *p == '0')
    p++;
  else if (p < end && *p >= '1' && *p <= '9')
    while (p < end && g_ascii_isdigit (*p))
      p++;
  else
    goto bad;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  /* "01", "1x", "1.2.3" */
  if (p < end && (g_ascii_isalnum (*p) || *p == '.' || *p == '-' || *p == '+'))
    goto bad;

  text = g_strndup (start, p - start);
  node = json_node_alloc ();

  if (integer)
    {
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        {
          json_node_init_int (node, value);
          parser->p = p;
          return node;
        }
    }

  {
    double value = g_ascii_strtod (text, NULL);

    if (!isfinite (value))
      {
        json_node_unref (node);
        parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, start,
                      _("the number %s is too large"), text);
        return NULL;
      }

    json_node_init_double (node, value);
  }

  parser->p = p;
  return node;

bad:
  {
    g_autofree char *what = describe_word (start, end);

    parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, start,
                  _("%s is not a valid number"), what);
    return NULL;
  }
}

static gboolean
match_word (Parser     *parser,
            const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return FALSE;
  if (parser->p + length < parser->end && g_ascii_isalnum (parser->p[length]))
    return FALSE;

  parser->p += length;
  return TRUE;
}

static JsonNode *parse_value (Parser *parser,
                              guint   depth);

static JsonNode *
parse_object (Parser *parser,
              guint   depth)
{
  const char *open = parser->p;
  g_autoptr(JsonObject) object = NULL;
  gboolean after_comma = FALSE;
  JsonNode *node;

  object = json_object_new ();
  parser->p++;
  skip_space (parser);

  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      goto done;
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      JsonNode *value;

      skip_space (parser);
      if (parser->p >= parser->end)
        goto unclosed;

      if (*parser->p != '"')
        {
          g_autofree char *what = describe_word (parser->p, parser->end);

          if (*parser->p == '}' && after_comma)
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                          _("a comma before “}” is not allowed"));
          else
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                          _("expected a member name in double quotes, found %s"), what);
          return NULL;
        }

      name = parse_string (parser);
      if (name == NULL)
        return NULL;

      skip_space (parser);
      if (parser->p >= parser->end)
        goto unclosed;
      if (*parser->p != ':')
        {
          g_autofree char *what = describe_char (parser->p, parser->end);

          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("expected “:” after the member name, found %s"), what);
          return NULL;
        }
      parser->p++;

      value = parse_value (parser, depth);
      if (value == NULL)
        return NULL;

      /* a repeated name keeps its first place and its last value, as browsers do */
      json_object_set_member (object, name, value);

      skip_space (parser);
      if (parser->p >= parser->end)
        goto unclosed;

      if (*parser->p == ',')
        {
          parser->p++;
          after_comma = TRUE;
          continue;
        }

      if (*parser->p == '}')
        {
          parser->p++;
          break;
        }

      if (*parser->p == '"')
        {
          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("a comma is missing before this member"));
        }
      else
        {
          g_autofree char *what = describe_char (parser->p, parser->end);

          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("expected “,” or “}” after a member, found %s"), what);
        }
      return NULL;
    }

done:
  node = json_node_alloc ();
  json_node_init_object (node, object);
  return node;

unclosed:
  parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                _("this object is never closed with “}”"));
  return NULL;
}

static JsonNode *
parse_array (Parser *parser,
             guint   depth)
{
  const char *open = parser->p;
  g_autoptr(JsonArray) array = NULL;
  JsonNode *node;

  array = json_array_new ();
  parser->p++;
  skip_space (parser);

  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      goto done;
    }

  for (;;)
    {
      JsonNode *value;

      skip_space (parser);
      if (parser->p >= parser->end)
        goto unclosed;

      if (*parser->p == ']' && json_array_get_length (array) > 0)
        {
          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("a comma before “]” is not allowed"));
          return NULL;
        }

      value = parse_value (parser, depth);
      if (value == NULL)
        return NULL;
      json_array_add_element (array, value);

      skip_space (parser);
      if (parser->p >= parser->end)
        goto unclosed;

      if (*parser->p == ',')
        {
          parser->p++;
          continue;
        }

      if (*parser->p == ']')
        {
          parser->p++;
          break;
        }

      if (strchr ("\"{[-0123456789tfn", *parser->p) != NULL)
        {
          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("a comma is missing before this item"));
        }
      else
        {
          g_autofree char *what = describe_char (parser->p, parser->end);

          parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                        _("expected “,” or “]” after a list item, found %s"), what);
        }
      return NULL;
    }

done:
  node = json_node_alloc ();
  json_node_init_array (node, array);
  return node;

unclosed:
  parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                _("this list is never closed with “]”"));
  return NULL;
}

/* @depth counts the containers around the value: the recursion is bounded by
 * RC_DOCUMENT_MAX_DEPTH, so hostile nesting cannot exhaust the stack. */
static JsonNode *
parse_value (Parser *parser,
             guint   depth)
{
  JsonNode *node;

  skip_space (parser);

  if (parser->p >= parser->end)
    {
      parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                    _("the file ends where a value was expected"));
      return NULL;
    }

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (depth >= RC_DOCUMENT_MAX_DEPTH)
        {
          parser_error (parser, RC_DOCUMENT_ERROR_TOO_DEEP, parser->p,
                        _("the data is nested more than %d levels deep"), RC_DOCUMENT_MAX_DEPTH);
          return NULL;
        }
      return *parser->p == '{' ? parse_object (parser, depth + 1)
                               : parse_array (parser, depth + 1);

    case '"':
      {
        g_autofree char *text = parse_string (parser);

        if (text == NULL)
          return NULL;

        node = json_node_alloc ();
        json_node_init_string (node, text);
        return node;
      }

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return parse_number (parser);

    default:
      break;
    }

  if (match_word (parser, "true"))
    return json_node_init_boolean (json_node_alloc (), TRUE);
  if (match_word (parser, "false"))
    return json_node_init_boolean (json_node_alloc (), FALSE);
  if (match_word (parser, "null"))
    return json_node_init_null (json_node_alloc ());

  if (g_ascii_isalpha (*parser->p))
    {
      g_autofree char *what = describe_word (parser->p, parser->end);

      parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                    _("unexpected word %s; text must be in double quotes, and the only "
                      "bare words are true, false and null"), what);
    }
  else
    {
      g_autofree char *what = describe_char (parser->p, parser->end);

      parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, parser->p,
                    _("expected a value, found %s"), what);
    }

  return NULL;
}

/* Turns bytes into a resume tree: encoding, syntax, nesting, then the type rules */
static JsonNode *
parse_resume (const char  *data,
              gsize        length,
              GError     **error)
{
  Parser parser = { data, data, data + length, error };
  const char *invalid = NULL;
  g_autoptr(JsonNode) root = NULL;
  SchemaPath path;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error_literal (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_INVALID_UTF8,
                           _("The file is encoded as UTF-16; save it as UTF-8 and open it again"));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      if (*invalid == '\0')
        set_error_at (error, RC_DOCUMENT_ERROR_SYNTAX, data, invalid, "%s",
                      _("the file contains a zero byte; it is not a text file"));
      else
        set_error_at (error, RC_DOCUMENT_ERROR_INVALID_UTF8, data, invalid,
                      _("the byte 0x%02X is not valid UTF-8 text"), (guchar) *invalid);
      return NULL;
    }

  /* editors on Windows may start the file with a byte order mark */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    parser.start = parser.p = data + 3;

  skip_space (&parser);
  if (parser.p >= parser.end)
    {
      g_set_error_literal (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_SYNTAX,
                           _("The file is empty"));
      return NULL;
    }

  root = parse_value (&parser, 0);
  if (root == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p < parser.end)
    {
      g_autofree char *what = describe_char (parser.p, parser.end);

      parser_error (&parser, RC_DOCUMENT_ERROR_SYNTAX, parser.p,
                    _("unexpected %s after the end of the data"), what);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                   _("The file holds %s, not a resume: a JSON Resume file is an object in braces"),
                   describe_node (root));
      return NULL;
    }

  if (!check_schema (root, &path, 0, error))
    return NULL;

  return g_steal_pointer (&root);
}

/* ------------------------------------------------------------------------------------------ */
/* Writing JSON                                                                                */

static void
write_indent (GString *out,
              guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

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

/* The shortest text that reads back as the same double (json-glib writes 0.1 as
 * 0.10000000000000001 and infinity as "inf.0") */
static void
write_double (GString *out,
              double   value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (out, buffer);
  /* keeps 1.0 a fraction when read back */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     level)
{
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

        g_string_append (out, "{\n");
        for (const GList *l = members; l != NULL; l = l->next)
          {
            write_indent (out, level + 1);
            write_string (out, l->data);
            g_string_append (out, ": ");
            write_node (out, json_object_get_member (object, l->data), level + 1);
            g_string_append (out, l->next != NULL ? ",\n" : "\n");
          }
        write_indent (out, level);
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

        g_string_append (out, "[\n");
        for (guint i = 0; i < length; i++)
          {
            write_indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), level + 1);
            g_string_append (out, i + 1 < length ? ",\n" : "\n");
          }
        write_indent (out, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          write_string (out, json_node_get_string (node));
        else if (type == G_TYPE_INT64)
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
        else if (type == G_TYPE_DOUBLE)
          write_double (out, json_node_get_double (node));
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

/* ------------------------------------------------------------------------------------------ */
/* JSON Pointer                                                                                */

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

/* Array indices are canonical decimal numbers: "0" or no leading zero */
static gboolean
parse_index (const char *token,
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
static JsonNode *
lookup (JsonNode   *root,
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

          if (!parse_index (token, length, &index) || index >= json_array_get_length (array))
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

/* The edit path: unescaped tokens, or a BAD_POINTER error */
static GPtrArray *
split_pointer (const char  *pointer,
               GError     **error)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = pointer;

  if (*p != '\0' && *p != '/')
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("“%s” is not a JSON Pointer: it must be empty or start with “/”"),
                   pointer);
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
          g_free (name);
          g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                       _("“%s” is not a JSON Pointer: “~” must be followed by 0 or 1"),
                       pointer);
          return NULL;
        }
      g_ptr_array_add (tokens, name);
    }

  return g_steal_pointer (&tokens);
}

static char *
prefix_pointer (GPtrArray *tokens,
                guint      n)
{
  return join_pointer ((const char * const *) tokens->pdata, n);
}

/* How messages name a pointer; the empty one would vanish */
static const char *
display_pointer (const char *pointer)
{
  return *pointer != '\0' ? pointer : "\"\"";
}

/* The index of the item @token names in @array, or a BAD_POINTER error */
static gboolean
find_item (JsonArray   *array,
           const char  *pointer,
           const char  *token,
           guint       *index,
           GError     **error)
{
  guint length = json_array_get_length (array);

  if (!parse_index (token, strlen (token), index))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: “%s” is not a list index (0, 1, 2…)"), pointer, token);
      return FALSE;
    }

  if (*index >= length)
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: there is no item %u; the list has %u item",
                                "%s: there is no item %u; the list has %u items",
                                length),
                   pointer, *index, length);
      return FALSE;
    }

  return TRUE;
}

/* Whether @parent, reached by the first @reached tokens, can hold what the next one names */
static gboolean
check_container (JsonNode    *parent,
                 const char  *pointer,
                 GPtrArray   *tokens,
                 guint        reached,
                 GError     **error)
{
  g_autofree char *inside = NULL;

  if (JSON_NODE_HOLDS_OBJECT (parent) || JSON_NODE_HOLDS_ARRAY (parent))
    return TRUE;

  inside = prefix_pointer (tokens, reached);
  g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
               _("%s: “%s” is %s, so nothing can be inside it"),
               pointer, inside, describe_node (parent));
  return FALSE;
}

/*
 * Follows the first @count tokens as far as they go. Stops early, without an error, at a
 * member or item that is missing or null (null counts as absent): *@reached says how many
 * tokens were followed and *@node is the container at that point. Going into text, a
 * number or a boolean, or using a bad or out-of-range index, is a BAD_POINTER error.
 */
static gboolean
walk (JsonNode   *root,
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

      if (!check_container (current, pointer, tokens, i, error))
        return FALSE;

      if (JSON_NODE_HOLDS_OBJECT (current))
        {
          child = json_object_get_member (json_node_get_object (current), token);
        }
      else
        {
          JsonArray *array = json_node_get_array (current);
          guint index;

          if (!find_item (array, pointer, token, &index, error))
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

static void
set_nothing_error (GError     **error,
                   const char  *pointer,
                   GPtrArray   *tokens,
                   guint        reached)
{
  g_autofree char *missing = prefix_pointer (tokens, reached + 1);

  if (strcmp (missing, pointer) == 0)
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                 _("%s: there is nothing there"), pointer);
  else
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                 _("%s: there is nothing at “%s”"), pointer, missing);
}

/* ------------------------------------------------------------------------------------------ */
/* Tree edits                                                                                  */

/*
 * A deep copy, so later changes to the caller's tree cannot reach the document behind its
 * back (json_node_copy() shares containers and values). Fails when the copy would nest more
 * than @depth_left containers or holds text that is not UTF-8.
 */
static JsonNode *
copy_value (JsonNode *node,
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
        g_autoptr(GList) members = source != NULL ? json_object_get_members (source) : NULL;

        for (const GList *l = members; l != NULL; l = l->next)
          {
            JsonNode *child = copy_value (json_object_get_member (source, l->data),
                                          depth_left - 1, problem);

            if (child == NULL)
              return NULL;
            json_object_set_member (object, l->data, child);
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
            JsonNode *child = copy_value (json_array_get_element (source, i),
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

static JsonNode *
copy_value_for (JsonNode   *value,
                GPtrArray  *tokens,
                guint       n,
                GError    **error)
{
  int problem = -1;
  JsonNode *copy = NULL;

  /* the value sits inside @n containers, all of which count towards the limit */
  if (n <= RC_DOCUMENT_MAX_DEPTH)
    copy = copy_value (value, RC_DOCUMENT_MAX_DEPTH - (int) n, &problem);
  else
    problem = RC_DOCUMENT_ERROR_TOO_DEEP;

  if (copy == NULL)
    {
      g_autofree char *where = prefix_pointer (tokens, n);

      if (problem == RC_DOCUMENT_ERROR_INVALID_UTF8)
        g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_INVALID_UTF8,
                     _("%s: the value holds text that is not valid UTF-8"), where);
      else
        g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP,
                     _("%s: the value would be nested more than %d levels deep"),
                     where, RC_DOCUMENT_MAX_DEPTH);
    }

  return copy;
}

static gboolean
scalars_equal (JsonNode *a,
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
static void
array_insert (JsonArray *array,
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
static JsonNode *
array_take (JsonArray *array,
            guint      index)
{
  JsonNode *node = json_node_ref (json_array_get_element (array, index));

  json_array_remove_element (array, index);
  return node;
}

/* Puts @subtree (transfer full) in @container under @token; "-" or the length appends */
static void
attach (JsonNode   *container,
        const char *token,
        JsonNode   *subtree)
{
  if (JSON_NODE_HOLDS_OBJECT (container))
    {
      json_object_set_member (json_node_get_object (container), token, subtree);
    }
  else
    {
      JsonArray *array = json_node_get_array (container);
      guint length = json_array_get_length (array);
      guint index = length;

      if (strcmp (token, "-") != 0 && !parse_index (token, strlen (token), &index))
        g_assert_not_reached ();

      if (index < length)
        json_node_unref (array_take (array, index));
      array_insert (array, index, subtree);
    }
}

/* Wraps @value in objects named by tokens [@from, @to) so it can be attached at @from */
static JsonNode *
wrap_in_objects (JsonNode  *value,
                 GPtrArray *tokens,
                 guint      from,
                 guint      to)
{
  for (guint i = to; i > from; i--)
    {
      g_autoptr(JsonObject) object = json_object_new ();

      json_object_set_member (object, g_ptr_array_index (tokens, i - 1), value);
      value = json_node_init_object (json_node_alloc (), object);
    }

  return value;
}

/*
 * Like json_node_equal(), but 7 and 7.0 differ, as rc_document_set() and the written file
 * have them. Member order does not count: JSON objects have none.
 */
static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;

  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *object_a = json_node_get_object (a);
      JsonObject *object_b = json_node_get_object (b);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      if (json_object_get_size (object_a) != json_object_get_size (object_b))
        return FALSE;

      json_object_iter_init (&iter, object_a);
      while (json_object_iter_next (&iter, &name, &member))
        {
          JsonNode *other = json_object_get_member (object_b, name);

          if (other == NULL || !nodes_equal (member, other))
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
        if (!nodes_equal (json_array_get_element (array_a, i), json_array_get_element (array_b, i)))
          return FALSE;
      return TRUE;
    }

  return scalars_equal (a, b);
}

static JsonNode *
snapshot (JsonNode *root)
{
  int problem = -1;

  /* the tree already passed every check, so only memory could make this fail */
  return copy_value (root, G_MAXINT, &problem);
}

static void
update_modified (RcDocument *self,
                 gboolean    modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/*
 * Whether the tree differs from the saved one, after an edit at @pointer. Comparing what
 * the edit touched first keeps the common case (a keystroke that differs from the saved
 * text) to two lookups; the whole trees are compared only when that part matches.
 */
static gboolean
differs_from_saved (RcDocument   *self,
                    const char   *pointer,
                    RcChangeKind  kind)
{
  g_autofree char *parent = NULL;
  const char *scope = pointer;
  JsonNode *now, *before;

  if (self->saved == NULL)
    return TRUE;

  /* an insert or a remove shifts or drops a member: look at the container that holds it */
  if (kind == RC_CHANGE_INSERT || kind == RC_CHANGE_REMOVE)
    {
      const char *slash = strrchr (pointer, '/');

      parent = g_strndup (pointer, slash != NULL ? (gsize) (slash - pointer) : 0);
      scope = parent;
    }

  if (kind != RC_CHANGE_RELOAD && *scope != '\0')
    {
      now = lookup (self->root, scope);
      before = lookup (self->saved, scope);
      if ((now == NULL) != (before == NULL) || (now != NULL && !nodes_equal (now, before)))
        return TRUE;
    }

  return !nodes_equal (self->root, self->saved);
}

static void
emit_changed (RcDocument   *self,
              const char   *pointer,
              RcChangeKind  kind)
{
  self->generation++;
  update_modified (self, differs_from_saved (self, pointer, kind));
  g_signal_emit (self, signals[CHANGED], 0, pointer, kind);
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                     */

static void
rc_document_finalize (GObject *object)
{
  RcDocument *self = (RcDocument *) object;

  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->saved, json_node_unref);

  G_OBJECT_CLASS (rc_document_parent_class)->finalize (object);
}

static void
rc_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RcDocument *self = RC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RcDocument *self = RC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      rc_document_set_modified (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_document_class_init (RcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_document_finalize;
  object_class->get_property = rc_document_get_property;
  object_class->set_property = rc_document_set_property;

  /**
   * RcDocument:modified:
   *
   * Whether the document differs from what was last loaded or saved; an edit undone by
   * hand, or by another edit, clears it again.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcDocument::changed:
   * @self: the document
   * @pointer: JSON Pointer of what changed (see #RcChangeKind)
   * @kind: what happened there
   *
   * Emitted once per successful edit, after the tree holds the new value.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE,
                  2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  RC_TYPE_CHANGE_KIND);
}

static void
rc_document_init (RcDocument *self)
{
  g_autoptr(JsonObject) object = json_object_new ();

  self->root = json_node_init_object (json_node_alloc (), object);
  self->saved = snapshot (self->root);
}

/* ------------------------------------------------------------------------------------------ */
/* Public API                                                                                  */

/**
 * rc_document_new:
 *
 * Creates an empty resume: the object `{}`, with no sections.
 *
 * Returns: (transfer full): a new document
 */
RcDocument *
rc_document_new (void)
{
  return g_object_new (RC_TYPE_DOCUMENT, NULL);
}

/* @size is 0 when unknown */
static void
set_too_large_error (GError  **error,
                     guint64   size)
{
  g_autofree char *limit = g_format_size_full (RC_DOCUMENT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

  /* "too large (5.0 MiB); at most 5.0 MiB" would read as a contradiction */
  if (size > 0 && strcmp (have, limit) != 0)
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE,
                 _("The file is too large (%s); a resume can be at most %s"), have, limit);
  else
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE,
                 _("The file is too large; a resume can be at most %s"), limit);
}

/**
 * rc_document_new_from_data:
 * @data: (array length=length): JSON Resume text
 * @length: length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Reads a resume strictly (RFC 8259 JSON, UTF-8, an object, known fields of the right
 * type; null is accepted anywhere). The error message names the place of the first problem
 * (line and column, or a JSON Pointer) but not the file: callers add it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  RcDocument *self;
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = length < 0 ? strlen (data) : (gsize) length;

  if (size > RC_DOCUMENT_MAX_SIZE)
    {
      set_too_large_error (error, size);
      return NULL;
    }

  root = parse_resume (data != NULL ? data : "", size, error);
  if (root == NULL)
    return NULL;

  self = g_object_new (RC_TYPE_DOCUMENT, NULL);
  json_node_unref (self->root);
  self->root = root;
  g_clear_pointer (&self->saved, json_node_unref);
  self->saved = snapshot (root);

  return self;
}

static GBytes *
read_limited (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  goffset size = -1;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* refuse a huge file before reading any of it */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = g_file_info_get_size (info);

  buffer = g_byte_array_sized_new (size > 0 && size <= RC_DOCUMENT_MAX_SIZE ? size + 1 : 65536);

  /* the size may lie (a pipe, a growing file): never read more than the limit plus one */
  while (size <= RC_DOCUMENT_MAX_SIZE)
    {
      guint have = buffer->len;
      gsize want = MIN (65536, RC_DOCUMENT_MAX_SIZE + 1 - have);
      gssize n_read;

      g_byte_array_set_size (buffer, have + want);
      n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + have, want,
                                    cancellable, error);
      if (n_read < 0)
        return NULL;

      g_byte_array_set_size (buffer, have + n_read);
      if (n_read == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

      if (buffer->len > RC_DOCUMENT_MAX_SIZE)
        break;
    }

  set_too_large_error (error, size > RC_DOCUMENT_MAX_SIZE ? (guint64) size : 0);
  return NULL;
}

/**
 * rc_document_new_from_file:
 * @file: a JSON Resume file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads @file as rc_document_new_from_data() does. The size is checked before the file is
 * read. I/O problems are reported in %G_IO_ERROR; everything about the content in
 * %RC_DOCUMENT_ERROR. Nothing is ever written.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_new_from_file (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_limited (file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  return rc_document_new_from_data (size > 0 ? data : "", size, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  RcDocument *document;

  document = rc_document_new_from_file (task_data, cancellable, &error);
  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * rc_document_load_async:
 * @file: a JSON Resume file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Loads @file in a worker thread, as rc_document_new_from_file() does.
 */
void
rc_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * rc_document_load_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_document_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * rc_document_to_data:
 * @self: a document
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the document as JSON: two-space indentation, members in the order they were read
 * (new ones last), text as UTF-8 (only control characters, quotes and backslashes are
 * escaped), and a final newline.
 *
 * Returns: (transfer full): the text
 */
char *
rc_document_to_data (RcDocument *self,
                     gsize      *length)
{
  GString *out;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);

  out = g_string_sized_new (4096);
  write_node (out, self->root, 0);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * rc_document_save:
 * @self: a document
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Saves rc_document_to_data() to @file through a temporary file that replaces it, so the
 * old file stays whole if anything fails. Marks the document unmodified on success.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_document_save (RcDocument    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = rc_document_to_data (self, &length);

  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, error))
    return FALSE;

  g_clear_pointer (&self->saved, json_node_unref);
  self->saved = snapshot (self->root);
  update_modified (self, FALSE);
  return TRUE;
}

typedef struct
{
  GFile   *file;
  GBytes   *bytes;
  JsonNode *tree;        /* what @bytes hold, to become the saved state */
  guint64   generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->tree, json_node_unref);
  g_free (data);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  gsize length;
  const char *contents = g_bytes_get_data (data->bytes, &length);

  if (g_file_replace_contents (data->file, contents, length, NULL, FALSE, G_FILE_CREATE_NONE,
                               NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * rc_document_save_async:
 * @self: a document
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Takes a snapshot of the document now and saves it in a worker thread as
 * rc_document_save() does; edits made meanwhile are not part of this save.
 */
void
rc_document_save_async (RcDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;
  char *text;
  gsize length;

  g_return_if_fail (RC_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  text = rc_document_to_data (self, &length);

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = g_bytes_new_take (text, length);
  data->tree = snapshot (self->root);
  data->generation = self->generation;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_document_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

/**
 * rc_document_save_finish:
 * @self: a document
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * On success, marks the document unmodified unless it was edited after the save started.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_document_save_finish (RcDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  SaveData *data;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rc_document_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  g_clear_pointer (&self->saved, json_node_unref);
  self->saved = g_steal_pointer (&data->tree);

  /* edits made while saving are not in the file, unless they came back to what it holds */
  if (data->generation == self->generation)
    update_modified (self, FALSE);
  else
    update_modified (self, differs_from_saved (self, "", RC_CHANGE_RELOAD));

  return TRUE;
}

/**
 * rc_document_get_modified:
 * @self: a document
 *
 * Returns: whether the document differs from what was last loaded or saved
 */
gboolean
rc_document_get_modified (RcDocument *self)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

/**
 * rc_document_set_modified:
 * @self: a document
 * @modified: the new state
 *
 * Overrides #RcDocument:modified, which edits and saves otherwise keep. %FALSE takes the
 * tree as it is now for the saved state. %TRUE says the saved state is unknown (say, a
 * restored draft whose file may hold anything), so the document stays modified until the
 * next save, whatever the edits.
 */
void
rc_document_set_modified (RcDocument *self,
                          gboolean    modified)
{
  g_return_if_fail (RC_IS_DOCUMENT (self));

  if (modified)
    {
      g_clear_pointer (&self->saved, json_node_unref);
    }
  else if (self->modified)
    {
      g_clear_pointer (&self->saved, json_node_unref);
      self->saved = snapshot (self->root);
    }

  update_modified (self, !!modified);
}

/**
 * rc_document_get_root:
 * @self: a document
 *
 * The whole tree, for reading. Do not change it: edits go through the rc_document_set()
 * family so that they are checked and announced.
 *
 * Returns: (transfer none): the root node, always holding an object
 */
JsonNode *
rc_document_get_root (RcDocument *self)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);

  return self->root;
}

/**
 * rc_document_get:
 * @self: a document
 * @pointer: a JSON Pointer ("" is the whole resume)
 *
 * Looks up a value without allocating. The node stays valid until the next edit.
 *
 * Returns: (transfer none) (nullable): the node, or %NULL if the pointer is malformed or
 *   names nothing
 */
JsonNode *
rc_document_get (RcDocument *self,
                 const char *pointer)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  return lookup (self->root, pointer);
}

/**
 * rc_document_get_string:
 * @self: a document
 * @pointer: a JSON Pointer
 *
 * Returns: (transfer none) (nullable): the text at @pointer, or %NULL if there is none or
 *   the value there is not text. Valid until the next edit.
 */
const char *
rc_document_get_string (RcDocument *self,
                        const char *pointer)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (pointer != NULL, NULL);

  return rc_json_get_string (lookup (self->root, pointer));
}

/**
 * rc_document_get_length:
 * @self: a document
 * @pointer: a JSON Pointer
 *
 * Returns: the number of items of the list (or members of the object) at @pointer; 0 if
 *   there is nothing there or it is neither
 */
guint
rc_document_get_length (RcDocument *self,
                        const char *pointer)
{
  JsonNode *node;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (pointer != NULL, 0);

  node = lookup (self->root, pointer);
  if (node == NULL)
    return 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_length (json_node_get_array (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_object_get_size (json_node_get_object (node));

  return 0;
}

static gboolean
replace_root (RcDocument  *self,
              JsonNode    *value,
              GError     **error)
{
  g_autoptr(GPtrArray) no_tokens = g_ptr_array_new ();
  g_autoptr(JsonNode) copy = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (value))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                   _("A resume must be an object, not %s"), describe_node (value));
      return FALSE;
    }

  copy = copy_value_for (value, no_tokens, 0, error);
  if (copy == NULL || !check_schema_at (copy, no_tokens, 0, error))
    return FALSE;

  json_node_unref (self->root);
  self->root = g_steal_pointer (&copy);

  emit_changed (self, "", RC_CHANGE_RELOAD);
  return TRUE;
}

/**
 * rc_document_set:
 * @self: a document
 * @pointer: where to put the value; "-" as the last token appends to a list
 * @value: (transfer none): the value, copied
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Replaces or adds the value at @pointer. Missing objects on the way are created (so
 * `/meta/resumeCoach/job` works on a resume without `meta`); null counts as missing. List
 * items are never created on the way, only appended with "-". Known fields must keep their
 * type (%RC_DOCUMENT_ERROR_WRONG_TYPE).
 *
 * Emits #RcDocument::changed once: %RC_CHANGE_SET with @pointer, or %RC_CHANGE_INSERT with
 * the new item's pointer when appending with "-", or %RC_CHANGE_RELOAD with "" when
 * @pointer is "" (the whole resume, which must be an object). Setting a number, text,
 * boolean or null equal to the one already there changes nothing and emits nothing.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rc_document_set (RcDocument  *self,
                 const char  *pointer,
                 JsonNode    *value,
                 GError     **error)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(JsonNode) subtree = NULL;
  g_autofree char *inserted = NULL;
  JsonNode *parent;
  const char *last;
  guint reached, n;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (pointer != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tokens = split_pointer (pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (n == 0)
    return replace_root (self, value, error);

  if (!walk (self->root, pointer, tokens, n - 1, &parent, &reached, error) ||
      !check_container (parent, pointer, tokens, reached, error))
    return FALSE;

  last = g_ptr_array_index (tokens, n - 1);

  if (reached == n - 1)
    {
      JsonNode *existing = NULL;

      if (JSON_NODE_HOLDS_ARRAY (parent))
        {
          JsonArray *array = json_node_get_array (parent);
          guint length = json_array_get_length (array);
          guint index;

          if (strcmp (last, "-") == 0)
            {
              /* the tokens name the real place, for type rules and the notification */
              g_free (g_ptr_array_index (tokens, n - 1));
              g_ptr_array_index (tokens, n - 1) = g_strdup_printf ("%u", length);
              inserted = prefix_pointer (tokens, n);
            }
          else if (!find_item (array, pointer, last, &index, error))
            {
              return FALSE;
            }
          else
            {
              existing = json_array_get_element (array, index);
            }
        }
      else
        {
          existing = json_object_get_member (json_node_get_object (parent), last);
        }

      if (existing != NULL && scalars_equal (existing, value))
        return TRUE;
    }

  subtree = copy_value_for (value, tokens, n, error);
  if (subtree == NULL)
    return FALSE;

  subtree = wrap_in_objects (g_steal_pointer (&subtree), tokens, reached + 1, n);

  if (!check_schema_at (subtree, tokens, reached + 1, error))
    return FALSE;

  attach (parent, g_ptr_array_index (tokens, reached), g_steal_pointer (&subtree));

  if (inserted != NULL)
    emit_changed (self, inserted, RC_CHANGE_INSERT);
  else
    emit_changed (self, pointer, RC_CHANGE_SET);

  return TRUE;
}

/**
 * rc_document_set_string:
 * @self: a document
 * @pointer: where to put the text
 * @value: UTF-8 text
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * rc_document_set() with a text value; setting the text already there is a no-op that
 * emits nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_document_set_string (RcDocument  *self,
                        const char  *pointer,
                        const char  *value,
                        GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (pointer != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (rc_document_get_string (self, pointer), value) == 0)
    return TRUE;

  node = json_node_init_string (json_node_alloc (), value);
  return rc_document_set (self, pointer, node, error);
}

/**
 * rc_document_insert:
 * @self: a document
 * @array_pointer: the list
 * @index: where the new item goes; -1 or the length appends
 * @value: (transfer none): the item, copied
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Inserts an item into a list. A missing (or null) list is created, with any missing
 * objects on the way, so the first bullet of an entry can be added directly.
 *
 * Emits #RcDocument::changed once with %RC_CHANGE_INSERT and the new item's pointer.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rc_document_insert (RcDocument  *self,
                    const char  *array_pointer,
                    int          index,
                    JsonNode    *value,
                    GError     **error)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(JsonNode) item = NULL;
  g_autofree char *item_pointer = NULL;
  JsonNode *node;
  guint reached, n, length = 0, position;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (array_pointer != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tokens = split_pointer (array_pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (!walk (self->root, array_pointer, tokens, n, &node, &reached, error) ||
      (reached < n && !check_container (node, array_pointer, tokens, reached, error)))
    return FALSE;

  if (reached == n)
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                       _("%s: cannot insert into %s, only into a list"),
                       display_pointer (array_pointer), describe_node (node));
          return FALSE;
        }
      length = json_array_get_length (json_node_get_array (node));
    }

  if (index < -1 || (index >= 0 && (guint) index > length))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: cannot insert at %d; the list has %u item",
                                "%s: cannot insert at %d; the list has %u items",
                                length),
                   array_pointer, index, length);
      return FALSE;
    }

  position = index < 0 ? length : (guint) index;
  g_ptr_array_add (tokens, g_strdup_printf ("%u", position));
  item_pointer = prefix_pointer (tokens, n + 1);

  item = copy_value_for (value, tokens, n + 1, error);
  if (item == NULL)
    return FALSE;

  if (reached == n)
    {
      if (!check_schema_at (item, tokens, n + 1, error))
        return FALSE;

      array_insert (json_node_get_array (node), position, g_steal_pointer (&item));
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) subtree = NULL;

      json_array_add_element (array, g_steal_pointer (&item));
      subtree = json_node_init_array (json_node_alloc (), array);
      subtree = wrap_in_objects (g_steal_pointer (&subtree), tokens, reached + 1, n);

      if (!check_schema_at (subtree, tokens, reached + 1, error))
        return FALSE;

      attach (node, g_ptr_array_index (tokens, reached), g_steal_pointer (&subtree));
    }

  emit_changed (self, item_pointer, RC_CHANGE_INSERT);
  return TRUE;
}

/**
 * rc_document_remove:
 * @self: a document
 * @pointer: an object member or a list item
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Removes the value at @pointer; later list items move up by one.
 * Emits #RcDocument::changed once with %RC_CHANGE_REMOVE and @pointer.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rc_document_remove (RcDocument  *self,
                    const char  *pointer,
                    GError     **error)
{
  g_autoptr(GPtrArray) tokens = NULL;
  JsonNode *parent;
  const char *last;
  guint reached, n;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (pointer != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tokens = split_pointer (pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (n == 0)
    {
      g_set_error_literal (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                           _("The whole resume cannot be removed"));
      return FALSE;
    }

  if (!walk (self->root, pointer, tokens, n - 1, &parent, &reached, error))
    return FALSE;

  if (reached < n - 1)
    {
      set_nothing_error (error, pointer, tokens, reached);
      return FALSE;
    }

  if (!check_container (parent, pointer, tokens, reached, error))
    return FALSE;

  last = g_ptr_array_index (tokens, n - 1);

  if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      guint index;

      if (!find_item (array, pointer, last, &index, error))
        return FALSE;

      json_array_remove_element (array, index);
    }
  else
    {
      JsonObject *object = json_node_get_object (parent);

      if (!json_object_has_member (object, last))
        {
          set_nothing_error (error, pointer, tokens, n - 1);
          return FALSE;
        }

      json_object_remove_member (object, last);
    }

  emit_changed (self, pointer, RC_CHANGE_REMOVE);
  return TRUE;
}

/**
 * rc_document_move:
 * @self: a document
 * @array_pointer: the list
 * @from: index of the item to move
 * @to: the index it has afterwards
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Moves one item within a list. Emits #RcDocument::changed once with %RC_CHANGE_MOVE and
 * @array_pointer; moving an item to where it is changes nothing and emits nothing.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rc_document_move (RcDocument  *self,
                  const char  *array_pointer,
                  guint        from,
                  guint        to,
                  GError     **error)
{
  g_autoptr(GPtrArray) tokens = NULL;
  JsonNode *node;
  JsonArray *array;
  guint reached, length;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (array_pointer != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tokens = split_pointer (array_pointer, error);
  if (tokens == NULL)
    return FALSE;

  if (!walk (self->root, array_pointer, tokens, tokens->len, &node, &reached, error))
    return FALSE;

  if (reached < tokens->len)
    {
      set_nothing_error (error, array_pointer, tokens, reached);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: cannot move items in %s, only in a list"),
                   display_pointer (array_pointer), describe_node (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  if (from >= length || to >= length)
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: cannot move item %u to %u; the list has %u item",
                                "%s: cannot move item %u to %u; the list has %u items",
                                length),
                   array_pointer, from, to, length);
      return FALSE;
    }

  if (from == to)
    return TRUE;

  array_insert (array, to, array_take (array, from));

  emit_changed (self, array_pointer, RC_CHANGE_MOVE);
  return TRUE;
}

/**
 * rc_document_get_coach_state:
 * @self: a document
 *
 * Returns: (transfer none) (nullable): the object at /meta/resumeCoach, if there is one
 */
JsonObject *
rc_document_get_coach_state (RcDocument *self)
{
  JsonNode *node;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);

  node = lookup (self->root, "/meta/resumeCoach");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
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
  append_escaped_token (string, token);
  return g_string_free (string, FALSE);
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

  string = g_string_new (pointer);
  g_string_append_c (string, '/');
  append_escaped_token (string, token);
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
  g_return_val_if_fail (pointer != NULL, NULL);

  return g_strdup_printf ("%s/%u", pointer, index);
}
