/* rc-json-reader.c — a strict, lossless JSON reader with limits on size and nesting
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-file.h"
#include "rc-json-reader.h"
#include "rc-json-writer.h"

G_DEFINE_QUARK (rc-document-error-quark, rc_document_error)

/* json-glib 1.6's parser accepts comments, single quotes, hex numbers and trailing garbage,
 * wraps large integers, recurses without a limit and gives terse messages; this one follows
 * RFC 8259 to the letter and says where and what went wrong. */
typedef struct
{
  const char  *start;
  const char  *p;
  const char  *end;
  guint        max_depth;
  gsize        space;    /* insignificant whitespace skipped so far, in bytes */
  GHashTable  *numbers;  /* (nullable): where number texts are kept, see rc_json_read_full() */
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

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void
skip_space (Parser *parser)
{
  const char *from = parser->p;

  while (parser->p < parser->end && is_space (*parser->p))
    parser->p++;
  parser->space += parser->p - from;
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

/* At the backslash @escape inside the text opened at @open: appends what the escape stands
 * for to @string; returns where the escape ends, or NULL with the error set */
static const char *
parse_escape (Parser     *parser,
              const char *open,
              const char *escape,
              GString    *string)
{
  const char *p = escape + 1;
  const char *end = parser->end;

  if (p >= end)
    {
      parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, open,
                    _("this text is never closed with a double quote (\")"));
      return NULL;
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
            return NULL;
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
            return NULL;
          }

        if (unit == 0)
          {
            parser_error (parser, RC_DOCUMENT_ERROR_SYNTAX, escape,
                          _("text cannot contain the character U+0000"));
            return NULL;
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
        return NULL;
      }
    }

  return p + 1;
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

      p = parse_escape (parser, open, p, string);
      if (p == NULL)
        goto fail;
      run = p;
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
  char written[RC_JSON_DOUBLE_BUF_SIZE];
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
          if (parser->numbers != NULL)
            g_snprintf (written, sizeof written, "%" G_GINT64_FORMAT, value);
        }
      else
        {
          integer = FALSE;
        }
    }

  /* out of range is fine: the text is kept, and the value is the nearest double */
  if (!integer)
    {
      double value = g_ascii_strtod (text, NULL);

      json_node_init_double (node, value);
      if (parser->numbers != NULL)
        rc_json_format_double (written, value);
    }

  /* lossless: a number the value would not write back as it was read keeps its text */
  if (parser->numbers != NULL && strcmp (written, text) != 0)
    g_hash_table_insert (parser->numbers, json_node_ref (node), g_steal_pointer (&text));

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

/* @depth counts the containers around the value: the recursion is bounded by the depth
 * limit, so hostile nesting cannot exhaust the stack. */
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
      if (depth >= parser->max_depth)
        {
          parser_error (parser, RC_DOCUMENT_ERROR_TOO_DEEP, parser->p,
                        _("the data is nested more than %u levels deep"), parser->max_depth);
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

/* @size is 0 when unknown */
static void
set_too_large_error (GError  **error,
                     guint64   size,
                     gsize     max_size)
{
  g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

  /* "too large (5.0 MiB); at most 5.0 MiB" would read as a contradiction */
  if (size > 0 && strcmp (have, limit) != 0)
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE,
                 _("The file is too large (%s); a resume can be at most %s"), have, limit);
  else
    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE,
                 _("The file is too large; a resume can be at most %s"), limit);
}

/* Encoding problems, which come before any syntax */
static gboolean
check_encoding (const char  *data,
                gsize        length,
                GError     **error)
{
  const char *invalid = NULL;

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error_literal (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_INVALID_UTF8,
                           _("The file is encoded as UTF-16; save it as UTF-8 and open it again"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      if (*invalid == '\0')
        set_error_at (error, RC_DOCUMENT_ERROR_SYNTAX, data, invalid, "%s",
                      _("the file contains a zero byte; it is not a text file"));
      else
        set_error_at (error, RC_DOCUMENT_ERROR_INVALID_UTF8, data, invalid,
                      _("the byte 0x%02X is not valid UTF-8 text"), (guchar) *invalid);
      return FALSE;
    }

  return TRUE;
}

/* Bytes that are not whitespace anywhere: a lower bound of the content, cheap to count */
static gsize
count_non_space (const char *data,
                 gsize       length)
{
  gsize count = 0;

  for (gsize i = 0; i < length; i++)
    count += !is_space (data[i]);
  return count;
}

/**
 * rc_json_read_full:
 * @data: (array length=length): JSON text
 * @length: length of @data in bytes
 * @limits: the most it accepts
 * @numbers: (out) (optional) (transfer full): where to return the texts of numbers
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Reads one JSON value strictly: RFC 8259, UTF-8 (a byte order mark is skipped), nothing
 * after the value. Every integer that fits 64 bits stays an integer, member order is kept
 * and a repeated member keeps its first place and its last value. The message names the
 * line and column of the first problem, not the file: callers add it.
 *
 * The size limit counts the content: every byte but the whitespace between tokens, so that
 * indentation, ours or anyone's, costs nothing. The text as a whole may be at most
 * %RC_JSON_SPACE_FACTOR times the limit, which keeps reading bounded.
 *
 * A number whose value (an int64 or the nearest double) would not be written back as it
 * was read — 1.50, 1E5, -0, 1e400, 123456789012345678901234567890 — keeps its text in
 * @numbers: a table from the number's node (a reference) to the text, which
 * rc_json_to_data_full() writes instead of the value.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error set
 */
JsonNode *
rc_json_read_full (const char          *data,
                   gsize                length,
                   const RcJsonLimits  *limits,
                   GHashTable         **numbers,
                   GError             **error)
{
  Parser parser = { data, data, data + length, 0, 0, NULL, error };
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize content;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length / RC_JSON_SPACE_FACTOR > limits->max_size ||
      count_non_space (data, length) > limits->max_size)
    {
      set_too_large_error (error, length, limits->max_size);
      return NULL;
    }

  if (!check_encoding (data, length, error))
    return NULL;

  parser.max_depth = limits->max_depth;
  if (numbers != NULL)
    parser.numbers = texts = rc_json_numbers_new ();

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

  /* whitespace inside text is content, so only now is the count exact */
  content = (gsize) (parser.end - parser.start) - parser.space;
  if (content > limits->max_size)
    {
      set_too_large_error (error, content, limits->max_size);
      return NULL;
    }

  if (numbers != NULL)
    *numbers = g_steal_pointer (&texts);
  return g_steal_pointer (&root);
}

/**
 * rc_json_read_with_limits:
 * @data: (array length=length): JSON text
 * @length: length of @data in bytes
 * @limits: the most it accepts
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * rc_json_read_full() without the texts of numbers.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error set
 */
JsonNode *
rc_json_read_with_limits (const char          *data,
                          gsize                length,
                          const RcJsonLimits  *limits,
                          GError             **error)
{
  return rc_json_read_full (data, length, limits, NULL, error);
}

/**
 * rc_json_read:
 * @data: (array length=length): JSON text
 * @length: length of @data in bytes
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * rc_json_read_with_limits() with the limits of a resume: %RC_DOCUMENT_MAX_SIZE bytes of
 * content and %RC_DOCUMENT_MAX_DEPTH levels.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error set
 */
JsonNode *
rc_json_read (const char  *data,
              gsize        length,
              GError     **error)
{
  static const RcJsonLimits limits = { RC_DOCUMENT_MAX_SIZE, RC_DOCUMENT_MAX_DEPTH };

  return rc_json_read_with_limits (data, length, &limits, error);
}

/**
 * rc_json_numbers_new:
 *
 * Returns: (transfer full): an empty table of number texts, as rc_json_read_full() fills
 */
GHashTable *
rc_json_numbers_new (void)
{
  return g_hash_table_new_full (NULL, NULL, (GDestroyNotify) json_node_unref, g_free);
}

/**
 * rc_json_read_file_bytes:
 * @file: a local file
 * @max_size: the most content it may hold, as rc_json_read_full() counts it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads a regular file whole with rc_file_read(), refusing anything else at once and a
 * file over %RC_JSON_SPACE_FACTOR × @max_size (%RC_DOCUMENT_ERROR_TOO_LARGE) before
 * reading any of it. I/O problems are reported in %G_IO_ERROR.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
rc_json_read_file_bytes (GFile         *file,
                         gsize          max_size,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  guint64 size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_size <= G_MAXUINT / RC_JSON_SPACE_FACTOR, NULL);

  bytes = rc_file_read (file, max_size * RC_JSON_SPACE_FACTOR, &size, cancellable,
                        &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    set_too_large_error (error, size, max_size);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * rc_json_excerpt:
 * @text: UTF-8 text from the input, such as a name, a number or a pointer
 *
 * What a message quotes of @text: all of it if it is short, otherwise its first
 * %RC_JSON_EXCERPT_LENGTH characters and an ellipsis, so a message stays one short line
 * whatever the input holds.
 *
 * Returns: (transfer full): the excerpt
 */
char *
rc_json_excerpt (const char *text)
{
  const char *p = text;

  for (guint i = 0; i < RC_JSON_EXCERPT_LENGTH && *p != '\0'; i++)
    p = g_utf8_next_char (p);

  if (*p == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (p - text), text);
}

/**
 * rc_json_describe_node:
 * @node: a JSON value
 *
 * Returns: (transfer none): how messages name what @node holds: "an object", "a list",
 *   "null", "text", "true or false" or "a number"
 */
const char *
rc_json_describe_node (JsonNode *node)
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
