/* test-document-load.c — bad resume files give one clear error and change nothing
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-document.h"
#include "rc-document-private.h"
#include "rc-schema.h"
#include "rc-test-util.h"

typedef struct
{
  const char *name;
  const char *data;
  gsize       length;   /* 0: nul-terminated */
  int         code;
  const char *message;
} BadInput;

static const BadInput bad_inputs[] = {
  /* nothing there */
  { "empty", "", 0, RC_DOCUMENT_ERROR_SYNTAX, "The file is empty" },
  { "blank", " \n\t \r\n", 0, RC_DOCUMENT_ERROR_SYNTAX, "The file is empty" },

  /* not JSON */
  { "plain-text", "Ada Lovelace\nAnalyst\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 1: unexpected word “Ada”; text must be in double quotes, and the only "
    "bare words are true, false and null" },
  { "missing-comma", "{\n  \"basics\": {\n    \"name\": \"Ada\"\n    \"email\": \"ada@example.org\"\n  }\n}\n",
    0, RC_DOCUMENT_ERROR_SYNTAX, "Line 4, column 5: a comma is missing before this member" },
  { "missing-comma-in-list", "{\"work\": [{}\n  {}]}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 3: a comma is missing before this item" },
  { "trailing-comma", "{\n  \"work\": [],\n}\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 3, column 1: a comma before “}” is not allowed" },
  { "trailing-comma-in-list", "{\"skills\": [{}, {},\n]}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 1: a comma before “]” is not allowed" },
  { "unclosed-text", "{\"basics\": {\"name\": \"Ada}}\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 21: this text runs past the end of the line: close it with a double quote, "
    "or write a line break inside it as \\n" },
  { "unclosed-text-at-end", "{\"basics\": {\"name\": \"Ada", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 21: this text is never closed with a double quote (\")" },
  { "unclosed-object", "{\n  \"basics\": {\n    \"name\": \"Ada\"\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 13: this object is never closed with “}”" },
  { "unclosed-list", "{\n  \"work\": [\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 11: this list is never closed with “]”" },
  { "missing-value", "{\"work\": }", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 10: expected a value, found “}”" },
  { "missing-colon", "{\"work\" []}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 9: expected “:” after the member name, found “[”" },
  { "single-quotes", "{'basics': {}}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 2: expected a member name in double quotes, found “'”" },
  { "bare-name", "{basics: {}}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 2: expected a member name in double quotes, found “basics”" },
  { "comment", "{\"work\": [] // none yet\n}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 13: expected “,” or “}” after a member, found “/”" },
  { "two-documents", "{}\n{}\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 1: unexpected “{” after the end of the data" },
  { "leading-zero", "{\"x\": 007}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 7: “007” is not a valid number" },
  { "bare-fraction", "{\"x\": 1.}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 7: “1.” is not a valid number" },
  { "hex-number", "{\"x\": 0x1F}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 7: “0x1F” is not a valid number" },
  { "nan", "{\"x\": NaN}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 7: unexpected word “NaN”; text must be in double quotes, and the only "
    "bare words are true, false and null" },
  { "misspelt-true", "{\"x\": ture}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 7: unexpected word “ture”; text must be in double quotes, and the only "
    "bare words are true, false and null" },
  { "bad-escape", "{\"x\": \"C:\\Users\"}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 10: a backslash followed by “U” is not a valid escape in text" },
  { "short-unicode-escape", "{\"x\": \"\\u00e\"}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 8: “\\u” must be followed by four hexadecimal digits" },
  { "lone-surrogate", "{\"x\": \"\\ud83d!\"}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 8: “\\uD83D” is half of a character (an unpaired surrogate)" },
  { "nul-escape", "{\"x\": \"a\\u0000b\"}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 9: text cannot contain the character U+0000" },
  { "raw-tab", "{\"x\": \"a\tb\"}", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 9: the control character U+0009 must be written as an escape inside text" },
  { "zero-byte", "{\"x\":\0}", 7, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 1, column 6: the file contains a zero byte; it is not a text file" },
  { "crlf-lines", "{\r\n  \"x\": yes\r\n}\r\n", 0, RC_DOCUMENT_ERROR_SYNTAX,
    "Line 2, column 8: unexpected word “yes”; text must be in double quotes, and the only "
    "bare words are true, false and null" },

  /* not UTF-8 */
  { "latin1", "{\n  \"basics\": {\n    \"name\": \"Ren\xe9\"\n  }\n}\n", 0, RC_DOCUMENT_ERROR_INVALID_UTF8,
    "Line 3, column 17: the byte 0xE9 is not valid UTF-8 text" },
  { "bad-byte-after-wide-characters", "{\"x\": \"中文\xff\"}", 0, RC_DOCUMENT_ERROR_INVALID_UTF8,
    "Line 1, column 10: the byte 0xFF is not valid UTF-8 text" },
  { "truncated-sequence", "{\"x\": \"\xe4\xb8\"}", 0, RC_DOCUMENT_ERROR_INVALID_UTF8,
    "Line 1, column 8: the byte 0xE4 is not valid UTF-8 text" },
  { "utf16", "\xff\xfe{\0}\0", 6, RC_DOCUMENT_ERROR_INVALID_UTF8,
    "The file is encoded as UTF-16; save it as UTF-8 and open it again" },

  /* JSON, but not a resume */
  { "list", "[{\"name\": \"Ada\"}]", 0, RC_DOCUMENT_ERROR_NOT_RESUME,
    "The file holds a list, not a resume: a JSON Resume file is an object in braces" },
  { "text", "\"Ada\"", 0, RC_DOCUMENT_ERROR_NOT_RESUME,
    "The file holds text, not a resume: a JSON Resume file is an object in braces" },
  { "number", "42\n", 0, RC_DOCUMENT_ERROR_NOT_RESUME,
    "The file holds a number, not a resume: a JSON Resume file is an object in braces" },
  { "null", "null", 0, RC_DOCUMENT_ERROR_NOT_RESUME,
    "The file holds null, not a resume: a JSON Resume file is an object in braces" },
  { "boolean", "true", 0, RC_DOCUMENT_ERROR_NOT_RESUME,
    "The file holds true or false, not a resume: a JSON Resume file is an object in braces" },

  /* known fields of the wrong type */
  { "work-text", "{\"work\": \"Acme, 2019–2023\"}", 0, RC_DOCUMENT_ERROR_WRONG_TYPE,
    "/work: expected a list, found text" },
  { "work-object", "{\"work\": {\"name\": \"Acme\"}}", 0, RC_DOCUMENT_ERROR_WRONG_TYPE,
    "/work: expected a list, found an object" },
  { "work-entry-text", "{\"work\": [{}, \"Acme\"]}", 0, RC_DOCUMENT_ERROR_WRONG_TYPE,
    "/work/1: expected an object, found text" },
  { "basics-list", "{\"basics\": []}", 0, RC_DOCUMENT_ERROR_WRONG_TYPE,
    "/basics: expected an object, found a list" },
  { "certificates-text", "{\"certificates\": \"CKA\"}", 0,
    RC_DOCUMENT_ERROR_WRONG_TYPE, "/certificates: expected a list, found text" },
  { "references-entry-number", "{\"references\": [7]}", 0,
    RC_DOCUMENT_ERROR_WRONG_TYPE, "/references/0: expected an object, found a number" },
  { "meta-list", "{\"meta\": []}", 0, RC_DOCUMENT_ERROR_WRONG_TYPE,
    "/meta: expected an object, found a list" },
  { "coach-state-text", "{\"meta\": {\"resumeCoach\": \"senior\"}}", 0,
    RC_DOCUMENT_ERROR_WRONG_TYPE, "/meta/resumeCoach: expected an object, found text" },
  { "award-entry-list", "{\"basics\": {\"name\": \"ok\"}, \"work\": [], \"awards\": [{}, [], {}]}", 0,
    RC_DOCUMENT_ERROR_WRONG_TYPE, "/awards/1: expected an object, found a list" },
};

static gsize
input_length (const BadInput *input)
{
  return input->length > 0 ? input->length : strlen (input->data);
}

static void
test_bad_data (gconstpointer user_data)
{
  const BadInput *input = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  document = rc_document_new_from_data (input->data, input_length (input), &error);

  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, input->code);
  g_assert_cmpstr (error->message, ==, input->message);
}

/* Loading a bad file fails with the same error as its bytes and leaves it alone */
static void
test_bad_file (gconstpointer user_data)
{
  const BadInput *input = user_data;
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GStatBuf before, after;
  gsize length;

  g_file_set_contents (path, input->data, input_length (input), &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &before));

  document = rc_document_new_from_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, input->code);
  g_assert_cmpstr (error->message, ==, input->message);

  g_assert_no_errno (g_stat (path, &after));
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_file_get_contents (path, &contents, &length, NULL);
  g_assert_cmpmem (contents, length, input->data, input_length (input));

  listing = rc_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "resume.json");

  rc_test_remove_temp_dir (dir);
}

/* Null means "absent" wherever a known field is */
static void
test_nulls_accepted (void)
{
  const char *data =
    "{\"basics\": {\"name\": null, \"location\": null, \"profiles\": [null, {\"url\": null}]},\n"
    " \"work\": null, \"volunteer\": [null], \"education\": [{\"courses\": null}],\n"
    " \"skills\": [{\"keywords\": [null, \"Go\"]}], \"projects\": [{\"roles\": [null]}],\n"
    " \"meta\": {\"resumeCoach\": null}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_document_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_null (rc_document_get_string (document, "/basics/name"));
  g_assert_true (JSON_NODE_HOLDS_NULL (rc_document_get (document, "/work")));
  g_assert_null (rc_document_get_coach_state (document));
}

/* Unknown fields are free: a number where the schema has no rule is kept, not refused */
static void
test_unknown_fields_free (void)
{
  const char *data =
    "{\"work\": [{\"name\": 3, \"x-highlights\": \"text\", \"startDate\": 2019}],"
    " \"basics\": {\"x-location\": [1]}, \"hobbies\": \"text\", \"meta\": {\"version\": 1}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_document_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (json_node_get_int (rc_document_get (document, "/work/0/startDate")), ==, 2019);
}

static void
test_byte_order_mark (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  document = rc_document_new_from_data ("\xEF\xBB\xBF{\"basics\": {\"name\": \"Åsa\"}}\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/name"), ==, "Åsa");
  g_clear_object (&document);

  /* columns on the first line do not count the mark */
  document = rc_document_new_from_data ("\xEF\xBB\xBF{x}", -1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "Line 1, column 2: expected a member name in double quotes, found “x”");
}

static char *
nested (const char *open,
        const char *middle,
        const char *close,
        guint       depth)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (string, open);
  g_string_append (string, middle);
  for (guint i = 0; i < depth; i++)
    g_string_append (string, close);

  return g_string_free (string, FALSE);
}

static void
test_depth_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *deepest = NULL;
  g_autofree char *too_deep = NULL;
  g_autofree char *wrapped = NULL;

  /* the root object plus 63 lists: exactly the limit */
  deepest = nested ("[", "\"bottom\"", "]", RC_DOCUMENT_MAX_DEPTH - 1);
  wrapped = g_strdup_printf ("{\"x\": %s}", deepest);
  document = rc_document_new_from_data (wrapped, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_clear_object (&document);
  g_clear_pointer (&wrapped, g_free);

  /* one more is refused where the 65th level opens */
  too_deep = nested ("[", "\"bottom\"", "]", RC_DOCUMENT_MAX_DEPTH);
  wrapped = g_strdup_printf ("{\"x\": %s}", too_deep);
  document = rc_document_new_from_data (wrapped, -1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 1, column 70: the data is nested more than 64 levels deep");
}

/* Hostile nesting is refused before it can exhaust the stack */
static void
test_depth_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *lists = nested ("[", "", "", 100000);
  g_autofree char *objects = nested ("{\"a\":", "", "", 100000);
  g_autofree char *lines = nested ("[\n", "", "", 100000);
  g_autofree char *in_text = nested ("[", "", "", 100000);
  g_autofree char *quoted = g_strdup_printf ("{\"x\": \"%s\"}", in_text);

  document = rc_document_new_from_data (lists, -1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 1, column 65: the data is nested more than 64 levels deep");
  g_clear_error (&error);

  document = rc_document_new_from_data (objects, -1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 1, column 321: the data is nested more than 64 levels deep");
  g_clear_error (&error);

  document = rc_document_new_from_data (lines, -1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "Line 65, column 1: the data is nested more than 64 levels deep");
  g_clear_error (&error);

  /* brackets inside text are only text */
  document = rc_document_new_from_data (quoted, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rc_document_get_string (document, "/x")), ==, 100000);
}

/* A repeated name keeps its first place and its last value */
static void
test_duplicate_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *data = NULL;

  document = rc_document_new_from_data ("{\"a\": 1, \"b\": 2, \"a\": 3}", -1, &error);
  g_assert_no_error (error);
  data = rc_document_to_data (document, NULL);
  g_assert_cmpstr (data, ==, "{\n  \"a\": 3,\n  \"b\": 2\n}\n");
}

static void
test_too_large_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *data = g_malloc0 (RC_DOCUMENT_MAX_SIZE + 1);

  document = rc_document_new_from_data (data, RC_DOCUMENT_MAX_SIZE + 1, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The file is too large; a resume can be at most 5.0\xc2\xa0MiB");
}

static void
write_sparse (const char *path,
              goffset     size)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (ftruncate (fd, size));
  g_assert_no_errno (close (fd));
}

/* The size is checked before anything is read: a 4 GiB file is refused at once */
static void
test_too_large_file (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  GStatBuf before, after;

  write_sparse (path, G_GOFFSET_CONSTANT (4) * 1024 * 1024 * 1024);
  g_assert_no_errno (g_stat (path, &before));

  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The file is too large (4.0\xc2\xa0GiB); a resume can be at most 5.0\xc2\xa0MiB");

  g_assert_no_errno (g_stat (path, &after));
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);

  rc_test_remove_temp_dir (dir);
}

/* Exactly the limit of content loads, one byte more does not; whitespace between tokens,
 * such as indentation, does not count */
static void
test_size_limit (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  GString *data = g_string_sized_new (RC_DOCUMENT_MAX_SIZE + 2);

  /* "$": a member a resume may hold ("$schema"), as long as "x" and one no section */
  g_string_append (data, "{\"$\": \"");
  while (data->len < RC_DOCUMENT_MAX_SIZE - 3)
    g_string_append_c (data, 'a');
  g_string_append (data, "\"}\n");
  g_assert_cmpuint (data->len, ==, RC_DOCUMENT_MAX_SIZE);

  g_file_set_contents (path, data->str, data->len, &error);
  g_assert_no_error (error);
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_clear_object (&document);

  /* content: the space after the colon and the final line break do not count */
  g_string_truncate (data, data->len - 3);
  g_string_append (data, "aa\"}\n");
  g_string_append_len (data, "\n\n\n\n", 4);
  g_file_set_contents (path, data->str, data->len, &error);
  g_assert_no_error (error);
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_clear_object (&document);

  g_string_insert_c (data, 7, 'a');
  g_file_set_contents (path, data->str, data->len, &error);
  g_assert_no_error (error);
  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE);

  g_string_free (data, TRUE);
  rc_test_remove_temp_dir (dir);
}

/* A device that never ends is refused before a byte of it is read: only regular files open */
static void
test_endless_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }

  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}


static void
test_io_errors (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (path);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autofree char *listing = NULL;

  document = rc_document_new_from_file (missing, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  document = rc_document_new_from_file (directory, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  listing = rc_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  rc_test_remove_temp_dir (dir);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (source);
  *out = g_object_ref (result);
}

static RcDocument *
load_async_and_wait (GFile   *file,
                     GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  rc_document_load_async (file, NULL, on_loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return rc_document_load_finish (result, error);
}

static void
test_load_async (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *good_path = g_build_filename (dir, "good.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  g_file_set_contents (good_path, "{\"basics\": {\"name\": \"Ada\"}}", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (bad_path, "{\"work\": 3}", -1, &error);
  g_assert_no_error (error);

  document = load_async_and_wait (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/name"), ==, "Ada");
  g_assert_false (rc_document_get_modified (document));
  g_clear_object (&document);

  document = load_async_and_wait (bad, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "/work: expected a list, found a number");

  rc_test_remove_temp_dir (dir);
}

/* Whatever the bytes, loading gives a document or an error of ours; never a crash */
static void
check_survives (const char *data,
                gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_document_new_from_data (data, length, &error);

  if (document == NULL)
    {
      g_assert_error (error, RC_DOCUMENT_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "Line ") ||
                     g_str_has_prefix (error->message, "The file ") ||
                     error->message[0] == '/');
    }
  else
    {
      g_autofree char *saved = rc_document_to_data (document, NULL);
      g_autoptr(RcDocument) again = rc_document_new_from_data (saved, -1, &error);
      g_autofree char *saved_again = NULL;

      /* what loads is saved as something that loads to the same text */
      g_assert_no_error (error);
      saved_again = rc_document_to_data (again, NULL);
      g_assert_cmpstr (saved_again, ==, saved);
    }
}

static void
test_damaged_files (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "doc-full.json", NULL);
  g_autofree char *original = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &original, &length, &error);
  g_assert_no_error (error);

  /* cut short anywhere */
  for (gsize cut = 0; cut < length; cut++)
    check_survives (original, cut);

  /* one to four bytes replaced, at random but repeatable places */
  for (guint round = 0; round < 3000; round++)
    {
      g_autofree char *damaged = g_memdup2 (original, length);
      guint changes = g_test_rand_int_range (1, 5);

      for (guint i = 0; i < changes; i++)
        {
          static const char interesting[] = "{}[]\",:\x00\xff\xc3\n\t 0-eE.~/";
          gsize at = g_test_rand_int_range (0, length);

          if (g_test_rand_bit ())
            damaged[at] = interesting[g_test_rand_int_range (0, sizeof interesting - 1)];
          else
            damaged[at] = (char) g_test_rand_int_range (0, 256);
        }

      check_survives (damaged, length);
    }
}

/* A FIFO nobody writes to is refused at once, loaded either way, instead of blocking */
static void
test_fifo (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = NULL;

  g_assert_no_errno (mkfifo (path, 0600));

  document = rc_document_new_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  document = load_async_and_wait (file, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);

  rc_test_remove_temp_dir (dir);
}

/* A message quotes a short excerpt of its input, never a whole huge number or name */
static void
test_short_messages (void)
{
  g_autoptr(GString) data = g_string_new ("{\"x\": ");
  g_autoptr(GString) pointer = g_string_new ("/basics/name/");
  g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), "x");
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (data, "1234567890"[i % 10]);
  g_string_append (data, "]");

  document = rc_document_new_from_data (data->str, data->len, &error);
  g_assert_null (document);
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_SYNTAX);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_clear_error (&error);

  g_string_truncate (data, data->len - 1);
  g_string_append (data, "x}");
  document = rc_document_new_from_data (data->str, data->len, &error);
  g_assert_null (document);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_clear_error (&error);

  /* a pointer of a deep path, into text */
  document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");
  for (guint i = 0; i < 100000; i++)
    g_string_append (pointer, "deeper/");
  g_assert_false (rc_document_set (document, pointer->str, value, &error));
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_true (g_str_has_prefix (error->message, "/basics/name/deeper/deeper/"));
  g_assert_nonnull (strstr (error->message, "…"));
}

/* A known field of the wrong type is kept as it is and listed, not refused */
typedef struct
{
  const char *name;
  const char *data;
  const char *mismatch;  /* pointer: expected, found */
} KeptInput;

static const KeptInput kept_inputs[] = {
  { "name-number", "{\"basics\": {\"name\": 42}}", "/basics/name: text, a number" },
  { "summary-list", "{\"basics\": {\"summary\": [\"a\", \"b\"]}}",
    "/basics/summary: text, a list" },
  { "email-boolean", "{\"basics\": {\"email\": false}}", "/basics/email: text, true or false" },
  { "start-date-number", "{\"work\": [{\"startDate\": 2019}]}",
    "/work/0/startDate: text, a number" },
  { "work-name-list", "{\"work\": [{\"name\": [\"Acme\"]}]}", "/work/0/name: text, a list" },
  { "highlights-text", "{\"work\": [{\"highlights\": \"Did things\"}]}",
    "/work/0/highlights: a list, text" },
  { "highlight-object", "{\"volunteer\": [{\"highlights\": [\"ok\", {\"x\": 1}]}]}",
    "/volunteer/0/highlights/1: text, an object" },
  { "course-number", "{\"education\": [{}, {\"courses\": [\"CS101\", 102]}]}",
    "/education/1/courses/1: text, a number" },
  { "keywords-text", "{\"skills\": [{\"keywords\": \"Go, Rust\"}]}",
    "/skills/0/keywords: a list, text" },
  { "interest-keyword-list", "{\"interests\": [{\"keywords\": [[\"a\"]]}]}",
    "/interests/0/keywords/0: text, a list" },
  { "roles-object", "{\"projects\": [{\"roles\": {}}]}", "/projects/0/roles: a list, an object" },
  /* what people write in the basics: a place, profiles as an object, a profile as a link */
  { "location-text", "{\"basics\": {\"location\": \"Oslo\"}}",
    "/basics/location: an object, text" },
  { "profiles-object", "{\"basics\": {\"profiles\": {\"network\": \"GitHub\"}}}",
    "/basics/profiles: a list, an object" },
  { "profile-text", "{\"basics\": {\"profiles\": [\"github.com/ada\"]}}",
    "/basics/profiles/0: an object, text" },
  /* null in a list: kept, and the list reported */
  { "keywords-null", "{\"skills\": [{\"keywords\": [null, \"Go\"]}]}",
    "/skills/0/keywords: a list, a list" },
};

static void
collect_mismatch (const char   *pointer,
                  RcSchemaKind  expected,
                  JsonNode     *found,
                  gpointer      user_data)
{
  GString *out = user_data;

  g_string_append_printf (out, "%s%s: %s, %s", out->len > 0 ? "; " : "", pointer,
                          rc_schema_describe (expected), rc_json_describe_node (found));
}

static void
test_wrong_type_kept (gconstpointer user_data)
{
  const KeptInput *input = user_data;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcDocument) pretty = NULL;
  g_autoptr(GString) mismatches = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  document = rc_document_new_from_data (input->data, -1, &error);
  g_assert_no_error (error);
  saved = rc_document_to_data (document, NULL);

  /* what is saved holds the field as it was, and reads back to the same text */
  pretty = rc_document_new_from_data (saved, -1, &error);
  g_assert_no_error (error);
  saved_again = rc_document_to_data (pretty, NULL);
  g_assert_cmpstr (saved_again, ==, saved);

  /* which tells the wrong-type rule to look */
  g_assert_true (rc_document_may_hold_wrong_types (document));
  rc_schema_foreach_mismatch (rc_document_get_root (document), collect_mismatch, mismatches);
  if (input->mismatch != NULL)
    g_assert_cmpstr (mismatches->str, ==, input->mismatch);
  else
    g_assert_cmpstr (mismatches->str, ==, "");
}

/* A resume read without a field of the wrong type never holds one: an edit that would put
 * one in is refused, so the wrong-type rule need not walk it */
static void
test_wrong_type_none (void)
{
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(JsonNode) number = json_node_new (JSON_NODE_VALUE);
  g_autoptr(GError) error = NULL;

  document = rc_document_new_from_data ("{\"basics\": {\"name\": \"Ana\"}}", -1, &error);
  g_assert_no_error (error);
  g_assert_false (rc_document_may_hold_wrong_types (document));

  json_node_set_int (number, 42);
  g_assert_false (rc_document_set (document, "/basics/name", number, &error));
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE);
  g_assert_false (rc_document_may_hold_wrong_types (document));
}

/* Every mismatch is listed, in document order, including those that refuse a resume;
 * what is inside a place of the wrong type is not looked at */
static void
test_foreach_mismatch (void)
{
  static const char *data =
    "{\"basics\": {\"name\": 1, \"location\": \"Oslo\", \"other\": 2},"
    " \"work\": [{\"highlights\": [\"a\", 2, [3]]}, \"x\"],"
    " \"skills\": {\"keywords\": 1}, \"meta\": {\"resumeCoach\": null}}";
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) mismatches = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  root = rc_json_read (data, strlen (data), &error);
  g_assert_no_error (error);

  rc_schema_foreach_mismatch (root, collect_mismatch, mismatches);
  g_assert_cmpstr (mismatches->str, ==,
                   "/basics/name: text, a number; "
                   "/basics/location: an object, text; "
                   "/work/0/highlights/1: text, a number; "
                   "/work/0/highlights/2: text, a list; "
                   "/work/1: an object, text; "
                   "/skills: a list, an object");

  /* only the structure refuses it: the first place that is not an object or a list of
   * entries where one must be */
  g_assert_false (rc_schema_check (root, NULL, &error));
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_WRONG_TYPE);
  g_assert_cmpstr (error->message, ==, "/work/1: expected an object, found text");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *data_path = g_strdup_printf ("/core/document/load/bad-data/%s", bad_inputs[i].name);
      g_autofree char *file_path = g_strdup_printf ("/core/document/load/bad-file/%s", bad_inputs[i].name);

      g_test_add_data_func (data_path, &bad_inputs[i], test_bad_data);
      g_test_add_data_func (file_path, &bad_inputs[i], test_bad_file);
    }

  g_test_add_func ("/core/document/load/nulls-accepted", test_nulls_accepted);
  g_test_add_func ("/core/document/load/unknown-fields-free", test_unknown_fields_free);
  g_test_add_func ("/core/document/load/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/core/document/load/depth-limit", test_depth_limit);
  g_test_add_func ("/core/document/load/depth-hostile", test_depth_hostile);
  g_test_add_func ("/core/document/load/duplicate-members", test_duplicate_members);
  g_test_add_func ("/core/document/load/too-large-data", test_too_large_data);
  g_test_add_func ("/core/document/load/too-large-file", test_too_large_file);
  g_test_add_func ("/core/document/load/size-limit", test_size_limit);
  g_test_add_func ("/core/document/load/endless-file", test_endless_file);
  g_test_add_func ("/core/document/load/fifo", test_fifo);
  g_test_add_func ("/core/document/load/short-messages", test_short_messages);
  g_test_add_func ("/core/document/load/foreach-mismatch", test_foreach_mismatch);
  for (guint i = 0; i < G_N_ELEMENTS (kept_inputs); i++)
    {
      g_autofree char *kept_path = g_strdup_printf ("/core/document/load/kept/%s",
                                                    kept_inputs[i].name);

      g_test_add_data_func (kept_path, &kept_inputs[i], test_wrong_type_kept);
    }
  g_test_add_func ("/core/document/load/wrong-type-none", test_wrong_type_none);
  g_test_add_func ("/core/document/load/io-errors", test_io_errors);
  g_test_add_func ("/core/document/load/async", test_load_async);
  g_test_add_func ("/core/document/load/damaged-files", test_damaged_files);

  return g_test_run ();
}
