/* test-document-json.c — the resume as JSON: lossless round trips, the reader, reading by pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-document.h"
#include "rc-test-util.h"

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */

/* Where @a and @b first differ, or NULL. Objects must list their members in the same order:
 * the saved file keeps the order the user wrote. */
static char *
json_difference (JsonNode   *a,
                 JsonNode   *b,
                 const char *path)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return g_strdup_printf ("%s: %s against %s", path, json_node_type_name (a), json_node_type_name (b));

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *oa = json_node_get_object (a);
        JsonObject *ob = json_node_get_object (b);
        g_autoptr(GList) ma = json_object_get_members (oa);
        g_autoptr(GList) mb = json_object_get_members (ob);
        const GList *la, *lb;

        for (la = ma, lb = mb; la != NULL && lb != NULL; la = la->next, lb = lb->next)
          {
            g_autofree char *child = g_strdup_printf ("%s/%s", path, (const char *) la->data);
            char *difference;

            if (strcmp (la->data, lb->data) != 0)
              return g_strdup_printf ("%s: member “%s” against “%s”", path,
                                      (const char *) la->data, (const char *) lb->data);

            difference = json_difference (json_object_get_member (oa, la->data),
                                          json_object_get_member (ob, lb->data), child);
            if (difference != NULL)
              return difference;
          }

        if (la != NULL || lb != NULL)
          return g_strdup_printf ("%s: %u members against %u", path,
                                  g_list_length (ma), g_list_length (mb));
        return NULL;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *aa = json_node_get_array (a);
        JsonArray *ab = json_node_get_array (b);

        if (json_array_get_length (aa) != json_array_get_length (ab))
          return g_strdup_printf ("%s: %u items against %u", path,
                                  json_array_get_length (aa), json_array_get_length (ab));

        for (guint i = 0; i < json_array_get_length (aa); i++)
          {
            g_autofree char *child = g_strdup_printf ("%s/%u", path, i);
            char *difference = json_difference (json_array_get_element (aa, i),
                                                json_array_get_element (ab, i), child);
            if (difference != NULL)
              return difference;
          }
        return NULL;
      }

    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (a);

        if (type != json_node_get_value_type (b))
          return g_strdup_printf ("%s: %s against %s", path, g_type_name (type),
                                  g_type_name (json_node_get_value_type (b)));
        if (type == G_TYPE_STRING && g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) != 0)
          return g_strdup_printf ("%s: “%s” against “%s”", path,
                                  json_node_get_string (a), json_node_get_string (b));
        if (type == G_TYPE_INT64 && json_node_get_int (a) != json_node_get_int (b))
          return g_strdup_printf ("%s: %" G_GINT64_FORMAT " against %" G_GINT64_FORMAT, path,
                                  json_node_get_int (a), json_node_get_int (b));
        if (type == G_TYPE_DOUBLE && json_node_get_double (a) != json_node_get_double (b))
          return g_strdup_printf ("%s: %.17g against %.17g", path,
                                  json_node_get_double (a), json_node_get_double (b));
        if (type == G_TYPE_BOOLEAN && json_node_get_boolean (a) != json_node_get_boolean (b))
          return g_strdup_printf ("%s: booleans differ", path);
        return NULL;
      }

    case JSON_NODE_NULL:
    default:
      return NULL;
    }
}

static void
assert_json_equal (JsonNode *a,
                   JsonNode *b)
{
  g_autofree char *difference = json_difference (a, b, "");

  g_assert_cmpstr (difference, ==, NULL);
}

/* json-glib's own parser is the independent witness of what a text means */
static JsonNode *
parse_with_json_glib (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* ------------------------------------------------------------------------------------------ */
/* Round trips                                                                                 */

static char *
read_fixture (const char *name,
              GFile     **file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  if (file != NULL)
    *file = g_file_new_for_path (path);

  return contents;
}

/* Open → save without edits: the same JSON, members in the same order, stable on a second
 * pass; returns what was saved */
static char *
round_trip (const char *name)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *original = read_fixture (name, &file);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(JsonNode) actual = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize length;

  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (rc_document_get_modified (document));

  saved = rc_document_to_data (document, &length);
  g_assert_cmpuint (length, ==, strlen (saved));
  g_assert_true (g_str_has_suffix (saved, "\n}\n"));

  expected = parse_with_json_glib (original);
  actual = parse_with_json_glib (saved);
  assert_json_equal (expected, actual);
  assert_json_equal (expected, rc_document_get_root (document));

  again = rc_test_document_from_data (saved);
  saved_again = rc_document_to_data (again, NULL);
  g_assert_cmpstr (saved_again, ==, saved);

  return g_steal_pointer (&saved);
}

static void
test_round_trip_full (void)
{
  g_autofree char *original = read_fixture ("doc-full.json", NULL);
  g_autofree char *saved = round_trip ("doc-full.json");

  /* the fixture is already in the saved layout, so not one byte moves */
  g_assert_cmpstr (saved, ==, original);

  g_assert_nonnull (strstr (saved, "\"name\": \"Zoë Ångström-Nakamura 中村\""));
  g_assert_nonnull (strstr (saved, "emoji 🚀🧪."));
  g_assert_nonnull (strstr (saved, "\"x-controls\": \"bell\\u0007 escape\\u001b nul-free\""));
  g_assert_nonnull (strstr (saved, "\"x-empty-list\": [],\n"));
  g_assert_nonnull (strstr (saved, "\"x-empty-object\": {},\n"));
  g_assert_nonnull (strstr (saved, "\"endDate\": null,\n"));
}

static void
test_round_trip_sample (void)
{
  /* MIT-licensed sample of the JSON Resume schema project; see tests/data/README */
  g_autofree char *saved = round_trip ("doc-jsonresume-sample.json");

  g_assert_nonnull (strstr (saved, "\"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\",\n  \"basics\": {"));
  g_assert_nonnull (strstr (saved, "Weisman Scores™"));
  g_assert_nonnull (strstr (saved, "      \"keywords\": [\n        \"GoogleMaps\",\n        \"Chrome Extension\",\n"));
}

/* Keys in an unusual order, four-space indents, \u escapes and nulls in known places */
static void
test_round_trip_unordered (void)
{
  g_autofree char *saved = round_trip ("doc-unordered.json");

  g_assert_true (g_str_has_prefix (saved, "{\n  \"meta\": {\n    \"resumeCoach\": null,\n"));
  g_assert_nonnull (strstr (saved, "\"institution\": \"北京大学\""));
  g_assert_nonnull (strstr (saved, "\"name\": \"Ōtani Renée\""));
  g_assert_null (strstr (saved, "\\u"));
  g_assert_true (strstr (saved, "\"zeta-unknown\"") < strstr (saved, "\"alpha-unknown\""));
}

/* Compact input with every kind of value comes out in the same order */
static void
test_round_trip_compact (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"z\":{\"b\":[1,{\"c\":null}],\"a\":\"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\"},\"y\":[],\"x\":{},\"w\":[[]],"
    "\"v\":true,\"u\":false,\"t\":\"\\u00e9\\ud83d\\ude80\"}");
  g_autofree char *saved = rc_document_to_data (document, NULL);

  g_assert_cmpstr (saved, ==,
                   "{\n"
                   "  \"z\": {\n"
                   "    \"b\": [\n"
                   "      1,\n"
                   "      {\n"
                   "        \"c\": null\n"
                   "      }\n"
                   "    ],\n"
                   "    \"a\": \"\\\"q\\\" \\\\ / \\b\\f\\n\\r\\t\"\n"
                   "  },\n"
                   "  \"y\": [],\n"
                   "  \"x\": {},\n"
                   "  \"w\": [\n"
                   "    []\n"
                   "  ],\n"
                   "  \"v\": true,\n"
                   "  \"u\": false,\n"
                   "  \"t\": \"é🚀\"\n"
                   "}\n");
}

/* Numbers keep their value and whether they are whole */
static void
test_round_trip_numbers (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"int\": 42, \"neg\": -7, \"max\": 9223372036854775807, \"min\": -9223372036854775808,"
    " \"tenth\": 0.1, \"one\": 1.0, \"small\": 1e-7, \"large\": 2.5E+21, \"third\": 0.3333333333333333,"
    " \"huge\": 18446744073709551616, \"zero\": -0}");
  g_autofree char *saved = rc_document_to_data (document, NULL);

  g_assert_cmpstr (saved, ==,
                   "{\n"
                   "  \"int\": 42,\n"
                   "  \"neg\": -7,\n"
                   "  \"max\": 9223372036854775807,\n"
                   "  \"min\": -9223372036854775808,\n"
                   "  \"tenth\": 0.1,\n"
                   "  \"one\": 1.0,\n"
                   "  \"small\": 1e-7,\n"
                   "  \"large\": 2.5E+21,\n"
                   "  \"third\": 0.3333333333333333,\n"
                   "  \"huge\": 18446744073709551616,\n"
                   "  \"zero\": -0\n"
                   "}\n");
}

/* Lossless: a number is written back as the text it was read from, even one no double or
 * 64-bit integer holds; numbers an edit puts in are written from their value */
static void
test_numbers_lossless (void)
{
  static const char *input =
    "{\n"
    "  \"meta\": {},\n"
    "  \"big\": 123456789012345678901234567890,\n"
    "  \"beyond\": 1e400,\n"
    "  \"tiny\": -1e-400,\n"
    "  \"negative-zero\": -0.0,\n"
    "  \"price\": 1.50,\n"
    "  \"exponent\": 1E5,\n"
    "  \"list\": [\n"
    "    0.10,\n"
    "    2e0\n"
    "  ]\n"
    "}\n";
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RcDocument) document = rc_test_document_from_data (input);
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(JsonNode) number = json_node_init_double (json_node_alloc (), 0.25);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = rc_document_to_data (document, NULL);
  g_autofree char *saved_again = NULL;
  g_autofree char *edited = NULL;

  g_assert_cmpstr (saved, ==, input);
  g_assert_cmpfloat (json_node_get_double (rc_document_get (document, "/price")), ==, 1.5);
  g_assert_false (rc_document_get_modified (document));

  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  again = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  saved_again = rc_document_to_data (again, NULL);
  g_assert_cmpstr (saved_again, ==, input);

  /* an edit elsewhere, and moving the list's items, keep every text */
  g_assert_true (rc_document_set (again, "/added", number, &error));
  g_assert_true (rc_document_move (again, "/list", 0, 1, &error));
  g_assert_no_error (error);
  edited = rc_document_to_data (again, NULL);
  g_assert_nonnull (strstr (edited, "\"big\": 123456789012345678901234567890,\n"));
  g_assert_nonnull (strstr (edited, "\"list\": [\n    2e0,\n    0.10\n  ],\n"));
  g_assert_nonnull (strstr (edited, "\"added\": 0.25\n"));

  rc_test_remove_temp_dir (dir);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading by pointer                                                                          */

static const char *pointer_resume =
  "{\"basics\": {\"name\": \"Ada\", \"profiles\": [{\"network\": \"GitHub\"}]},"
  " \"a/b\": 1, \"m~n\": 2, \"\": 3, \"~01\": \"tilde\", \"n\": null,"
  " \"work\": [{\"highlights\": [\"first\", \"second\"]}, {}]}";

static void
test_pointer_get (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (pointer_resume);
  g_autofree char *long_name = g_strnfill (300, 'k');
  g_autofree char *long_pointer = g_strconcat ("/", long_name, NULL);
  g_autoptr(JsonNode) long_value = json_node_init_string (json_node_alloc (), "long");
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_assert_true (rc_document_get (document, "") == rc_document_get_root (document));
  g_assert_cmpstr (rc_document_get_string (document, "/basics/name"), ==, "Ada");
  g_assert_cmpstr (rc_document_get_string (document, "/basics/profiles/0/network"), ==, "GitHub");
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/1"), ==, "second");

  /* escapes: ~1 is "/", ~0 is "~", and "~01" is "~" then "1" */
  g_assert_cmpint (json_node_get_int (rc_document_get (document, "/a~1b")), ==, 1);
  g_assert_cmpint (json_node_get_int (rc_document_get (document, "/m~0n")), ==, 2);
  g_assert_cmpstr (rc_document_get_string (document, "/~001"), ==, "tilde");
  g_assert_cmpint (json_node_get_int (rc_document_get (document, "/")), ==, 3);

  /* null is a value that exists */
  node = rc_document_get (document, "/n");
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_NULL (node));
  g_assert_null (rc_document_get_string (document, "/n"));

  /* not text */
  g_assert_null (rc_document_get_string (document, "/a~1b"));
  g_assert_null (rc_document_get_string (document, "/basics"));

  /* nothing there, or not a pointer */
  g_assert_null (rc_document_get (document, "/missing"));
  g_assert_null (rc_document_get (document, "/work/2"));
  g_assert_null (rc_document_get (document, "/work/01"));
  g_assert_null (rc_document_get (document, "/work/-"));
  g_assert_null (rc_document_get (document, "/work/+1"));
  g_assert_null (rc_document_get (document, "/work/"));
  g_assert_null (rc_document_get (document, "/work/99999999999999999999"));
  g_assert_null (rc_document_get (document, "/basics/name/0"));
  g_assert_null (rc_document_get (document, "/a~2b"));
  g_assert_null (rc_document_get (document, "/m~"));
  g_assert_null (rc_document_get (document, "basics"));
  g_assert_null (rc_document_get (document, "#/basics"));

  /* lengths of lists and objects */
  g_assert_cmpuint (rc_document_get_length (document, "/work"), ==, 2);
  g_assert_cmpuint (rc_document_get_length (document, "/work/0/highlights"), ==, 2);
  g_assert_cmpuint (rc_document_get_length (document, "/basics"), ==, 2);
  g_assert_cmpuint (rc_document_get_length (document, "/work/1"), ==, 0);
  g_assert_cmpuint (rc_document_get_length (document, "/basics/name"), ==, 0);
  g_assert_cmpuint (rc_document_get_length (document, "/missing"), ==, 0);

  /* member names longer than any fixed buffer */
  g_assert_null (rc_document_get (document, long_pointer));
  rc_document_set (document, long_pointer, long_value, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, long_pointer), ==, "long");
}

static void
test_pointer_helpers (void)
{
  static const char * const names[] = { "plain", "a/b", "m~n", "~1", "/~0/", "", "中文 🚀" };
  g_autofree char *root_child = rc_json_pointer_append ("", "work");
  g_autofree char *escaped_child = rc_json_pointer_append ("/basics", "a/b~c");
  g_autofree char *item = rc_json_pointer_append_index ("/work", 12);
  g_autofree char *root_item = rc_json_pointer_append_index ("", 0);
  g_autofree char *bad_tilde = rc_json_pointer_unescape ("a~2");
  g_autofree char *lone_tilde = rc_json_pointer_unescape ("a~");
  g_autoptr(RcDocument) document = rc_document_new ();

  g_assert_cmpstr (root_child, ==, "/work");
  g_assert_cmpstr (escaped_child, ==, "/basics/a~1b~0c");
  g_assert_cmpstr (item, ==, "/work/12");
  g_assert_cmpstr (root_item, ==, "/0");
  g_assert_null (bad_tilde);
  g_assert_null (lone_tilde);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *escaped = rc_json_pointer_escape (names[i]);
      g_autofree char *unescaped = rc_json_pointer_unescape (escaped);
      g_autofree char *pointer = rc_json_pointer_append ("", names[i]);
      g_autoptr(JsonNode) value = json_node_init_int (json_node_alloc (), i);
      g_autoptr(GError) error = NULL;

      g_assert_null (strchr (escaped, '/'));
      g_assert_cmpstr (unescaped, ==, names[i]);

      /* a pointer built by the helpers names exactly that member */
      rc_document_set (document, pointer, value, &error);
      g_assert_no_error (error);
      g_assert_cmpint (json_node_get_int (json_object_get_member (json_node_get_object (rc_document_get_root (document)), names[i])), ==, i);
      g_assert_cmpint (json_node_get_int (rc_document_get (document, pointer)), ==, i);
    }

  {
    g_autofree char *escaped = rc_json_pointer_escape ("~/");
    g_assert_cmpstr (escaped, ==, "~0~1");
  }
}

/* A pointer built for a member whose name holds "~" and "/" names that member, and only it */
static void
test_pointer_escaped_round_trip (void)
{
  static const char * const tokens[] = { "basics", "a/b~c" };
  g_autoptr(RcDocument) document =
    rc_test_document_from_data ("{\"basics\": {\"a\": {\"b~c\": \"decoy\"}}}");
  g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), "kept");
  g_autoptr(GString) built = g_string_new ("/basics");
  g_autofree char *pointer = rc_json_pointer_append ("/basics", "a/b~c");
  g_autofree char *joined = rc_json_pointer_join (tokens, G_N_ELEMENTS (tokens));
  g_autofree char *name = rc_json_pointer_unescape ("a~1b~0c");
  g_autofree char *saved = NULL;
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *basics;

  rc_json_pointer_add_token (built, "a/b~c");
  g_assert_cmpstr (pointer, ==, "/basics/a~1b~0c");
  g_assert_cmpstr (built->str, ==, pointer);
  g_assert_cmpstr (joined, ==, pointer);
  g_assert_cmpstr (name, ==, "a/b~c");

  g_assert_true (rc_document_set (document, pointer, value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, pointer), ==, "kept");

  /* the member is "a/b~c" itself, not "b~c" inside "a", which keeps its text */
  basics = json_node_get_object (rc_document_get (document, "/basics"));
  g_assert_cmpstr (json_object_get_string_member (basics, "a/b~c"), ==, "kept");
  g_assert_cmpstr (rc_document_get_string (document, "/basics/a/b~0c"), ==, "decoy");

  /* the name comes back whole from the saved text */
  saved = rc_document_to_data (document, NULL);
  g_assert_nonnull (strstr (saved, "\"a/b~c\": \"kept\""));
  again = rc_test_document_from_data (saved);
  g_assert_cmpstr (rc_document_get_string (again, pointer), ==, "kept");
}

/* The reader the document loads with takes any JSON value, within the limits it is given */
static void
test_json_read_limits (void)
{
  static const RcJsonLimits shallow = { 64, 1 };
  static const RcJsonLimits small = { 3, 64 };
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) nested = NULL;
  g_autoptr(JsonNode) large = NULL;
  g_autoptr(GError) error = NULL;

  list = rc_json_read ("[1, 2]", 6, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (list));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 2);

  nested = rc_json_read_with_limits ("[[1]]", 5, &shallow, &error);
  g_assert_null (nested);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 1, column 2: the data is nested more than 1 levels deep");
  g_clear_error (&error);

  large = rc_json_read_with_limits ("[1, 2]", 6, &small, &error);
  g_assert_null (large);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);
}

/* A number keeps its text through edits that copy it: an entry removed and put back (the
 * toast's Undo), or the whole resume set again */
static void
test_numbers_survive_copies (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Ada\", \"x-share\": 1.50, "
    "\"x-id\": 123456789012345678901234567890}]}");
  g_autoptr(JsonNode) entry = json_node_ref (rc_document_get (document, "/work/0"));
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *after_set = NULL;

  g_assert_true (rc_document_remove (document, "/work/0", &error));
  g_assert_true (rc_document_insert (document, "/work", 0, entry, &error));
  g_assert_no_error (error);
  after_undo = rc_document_to_data (document, NULL);
  g_assert_nonnull (strstr (after_undo, "\"x-share\": 1.50,"));
  g_assert_nonnull (strstr (after_undo, "\"x-id\": 123456789012345678901234567890"));

  root = json_node_ref (rc_document_get_root (document));
  g_assert_true (rc_document_set (document, "", root, &error));
  g_assert_no_error (error);
  after_set = rc_document_to_data (document, NULL);
  g_assert_cmpstr (after_set, ==, after_undo);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/document/round-trip/full", test_round_trip_full);
  g_test_add_func ("/core/document/round-trip/jsonresume-sample", test_round_trip_sample);
  g_test_add_func ("/core/document/round-trip/unordered", test_round_trip_unordered);
  g_test_add_func ("/core/document/round-trip/compact", test_round_trip_compact);
  g_test_add_func ("/core/document/round-trip/numbers", test_round_trip_numbers);
  g_test_add_func ("/core/document/round-trip/numbers-lossless", test_numbers_lossless);
  g_test_add_func ("/core/document/pointer/get", test_pointer_get);
  g_test_add_func ("/core/document/pointer/helpers", test_pointer_helpers);
  g_test_add_func ("/core/document/pointer/escaped-round-trip", test_pointer_escaped_round_trip);
  g_test_add_func ("/core/json/read/limits", test_json_read_limits);

  g_test_add_func ("/core/document/round-trip/numbers-survive-copies", test_numbers_survive_copies);
  return g_test_run ();
}
