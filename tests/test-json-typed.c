/* test-json-typed.c — the typed JSON readers and their one style of message
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-json-typed.h"
#include "rc-rule-set.h"

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static const RcJsonPlace place = {
  "pack.json", "rule “a.b”", NULL, rc_rule_set_error_quark, RC_RULE_SET_ERROR_INVALID
};

static void
test_json_typed_strings (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object = parse_object (parser, "{\"s\": \"x\", \"empty\": \"\", \"n\": 5, "
                                             "\"list\": [\"a\", \"b\"], \"bad\": [\"a\", 1]}");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) strv = NULL;
  const char *string;

  g_assert_true (rc_json_read_string (&place, object, "s", RC_JSON_REQUIRED, &string, &error));
  g_assert_cmpstr (string, ==, "x");
  g_assert_true (rc_json_read_string (&place, object, "absent", 0, &string, &error));
  g_assert_null (string);
  g_assert_true (rc_json_read_string (&place, object, "empty", 0, &string, &error));
  g_assert_cmpstr (string, ==, "");
  g_assert_no_error (error);

  g_assert_false (rc_json_read_string (&place, object, "absent", RC_JSON_REQUIRED, &string,
                                       &error));
  g_assert_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "pack.json: rule “a.b”: “absent” is missing");
  g_clear_error (&error);
  g_assert_false (rc_json_read_string (&place, object, "empty", RC_JSON_NON_EMPTY, &string,
                                       &error));
  g_assert_cmpstr (error->message, ==,
                   "pack.json: rule “a.b”: “empty” must be a non-empty string");
  g_clear_error (&error);
  g_assert_false (rc_json_read_string (&place, object, "n", 0, &string, &error));
  g_assert_cmpstr (error->message, ==, "pack.json: rule “a.b”: “n” must be a string");
  g_clear_error (&error);

  g_assert_true (rc_json_read_strv (&place, object, "list", 0, &strv, &error));
  g_assert_cmpuint (g_strv_length (strv), ==, 2);
  g_clear_pointer (&strv, g_strfreev);
  g_assert_true (rc_json_read_strv (&place, object, "s", RC_JSON_ONE_OR_LIST, &strv, &error));
  g_assert_cmpstr (strv[0], ==, "x");
  g_assert_no_error (error);
  g_clear_pointer (&strv, g_strfreev);
  g_assert_false (rc_json_read_strv (&place, object, "bad", 0, &strv, &error));
  g_assert_null (strv);
  g_assert_cmpstr (error->message, ==, "pack.json: rule “a.b”: “bad” must be a list of strings");
}

static void
test_json_typed_values (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object = parse_object (parser, "{\"yes\": true, \"n\": 5, \"neg\": -1, "
                                             "\"share\": 0.5, \"o\": {}, \"s\": \"x\", "
                                             "\"nothing\": null}");
  RcJsonPlace inner = { NULL, NULL, "params", g_io_error_quark, G_IO_ERROR_INVALID_DATA };
  g_autoptr(GError) error = NULL;
  gboolean flag = TRUE;
  gint number = 7;
  gdouble share = 0;
  JsonObject *child;
  JsonArray *array;

  g_assert_true (rc_json_read_bool (&place, object, "absent", &flag, &error));
  g_assert_true (flag);  /* the default stands */
  g_assert_true (rc_json_read_bool (&place, object, "yes", &flag, &error));
  g_assert_true (rc_json_read_int (&place, object, "absent", 0, G_MAXINT, &number, &error));
  g_assert_cmpint (number, ==, 7);
  g_assert_true (rc_json_read_int (&place, object, "n", 0, G_MAXINT, &number, &error));
  g_assert_cmpint (number, ==, 5);
  g_assert_true (rc_json_read_double (&place, object, "share", 0, 1, &share, &error));
  g_assert_cmpfloat (share, ==, 0.5);
  /* null is absent for every type: the defaults stand */
  g_assert_true (rc_json_read_bool (&place, object, "nothing", &flag, &error));
  g_assert_true (rc_json_read_int (&place, object, "nothing", 0, G_MAXINT, &number, &error));
  g_assert_true (rc_json_read_double (&place, object, "nothing", 0, 1, &share, &error));
  g_assert_true (flag);
  g_assert_cmpint (number, ==, 5);
  g_assert_cmpfloat (share, ==, 0.5);
  g_assert_true (rc_json_read_object (&place, object, "o", RC_JSON_REQUIRED, &child, &error));
  g_assert_nonnull (child);
  g_assert_no_error (error);

  g_assert_false (rc_json_read_bool (&place, object, "n", &flag, &error));
  g_assert_cmpstr (error->message, ==, "pack.json: rule “a.b”: “n” must be true or false");
  g_clear_error (&error);
  g_assert_false (rc_json_read_int (&place, object, "neg", 0, G_MAXINT, &number, &error));
  g_assert_cmpstr (error->message, ==,
                   "pack.json: rule “a.b”: “neg” must be a whole number, 0 or more");
  g_clear_error (&error);
  /* inside a member, with no file: the path names it */
  g_assert_false (rc_json_read_int (&inner, object, "n", 0, 3, &number, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "“params.n” must be a whole number from 0 to 3");
  g_clear_error (&error);
  g_assert_false (rc_json_read_object (&inner, object, "s", 0, &child, &error));
  g_assert_cmpstr (error->message, ==, "“params.s” must be an object");
  g_clear_error (&error);
  g_assert_false (rc_json_read_array (&place, object, "o", 0, &array, &error));
  g_assert_cmpstr (error->message, ==, "pack.json: rule “a.b”: “o” must be a list");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/json-typed/strings", test_json_typed_strings);
  g_test_add_func ("/core/json-typed/values", test_json_typed_values);

  return g_test_run ();
}
