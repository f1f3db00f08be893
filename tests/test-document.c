/* test-document.c — the resume document: JSON Pointer edits, signals, modified, saving
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rc-core-enums.h"
#include "rc-document.h"
#include "rc-test-util.h"

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */

static JsonNode *
node_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

/* Records every change notification and every notify::modified */
typedef struct
{
  RcDocument *document;
  GPtrArray  *pointers;
  GArray     *kinds;
  guint       modified_notifications;
  gboolean    modified_when_changed;
  char       *before;
} Recorder;

static void
on_changed_cb (RcDocument   *document,
               const char   *pointer,
               RcChangeKind  kind,
               Recorder     *recorder)
{
  g_assert_true (document == recorder->document);
  /* listeners see the edit already made, and modified already settled (checked by callers) */
  recorder->modified_when_changed = rc_document_get_modified (document);
  if (kind == RC_CHANGE_SET || kind == RC_CHANGE_INSERT)
    g_assert_nonnull (rc_document_get (document, pointer));

  g_ptr_array_add (recorder->pointers, g_strdup (pointer));
  g_array_append_val (recorder->kinds, kind);
}

static void
on_notify_modified_cb (RcDocument *document,
                       GParamSpec *pspec,
                       Recorder   *recorder)
{
  recorder->modified_notifications++;
}

static void
recorder_init (Recorder   *recorder,
               const char *json)
{
  recorder->document = rc_test_document_from_data (json);
  recorder->pointers = g_ptr_array_new_with_free_func (g_free);
  recorder->kinds = g_array_new (FALSE, FALSE, sizeof (RcChangeKind));
  recorder->modified_notifications = 0;
  recorder->modified_when_changed = FALSE;
  recorder->before = NULL;

  g_signal_connect (recorder->document, "changed", G_CALLBACK (on_changed_cb), recorder);
  g_signal_connect (recorder->document, "notify::modified", G_CALLBACK (on_notify_modified_cb), recorder);
}

static void
recorder_clear (Recorder *recorder)
{
  g_assert_finalize_object (recorder->document);
  g_ptr_array_unref (recorder->pointers);
  g_array_unref (recorder->kinds);
  g_free (recorder->before);
}

static void
recorder_reset (Recorder *recorder)
{
  g_ptr_array_set_size (recorder->pointers, 0);
  g_array_set_size (recorder->kinds, 0);
}

/* Exactly one notification since the last check, with this payload */
static void
assert_one_change (Recorder     *recorder,
                   const char   *pointer,
                   RcChangeKind  kind)
{
  g_assert_cmpuint (recorder->pointers->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->pointers, 0), ==, pointer);
  g_assert_cmpint (g_array_index (recorder->kinds, RcChangeKind, 0), ==, kind);
  recorder_reset (recorder);
}

static void
assert_text (Recorder   *recorder,
             const char *expected)
{
  g_autofree char *text = rc_document_to_data (recorder->document, NULL);

  g_assert_cmpstr (text, ==, expected);
}

/* Remember the document so a failing edit can be shown to change nothing */
static void
remember (Recorder *recorder)
{
  g_free (recorder->before);
  recorder->before = rc_document_to_data (recorder->document, NULL);
}

static void
assert_failed (Recorder   *recorder,
               gboolean    result,
               GError     *error,
               int         code,
               const char *message)
{
  g_autofree char *after = rc_document_to_data (recorder->document, NULL);

  g_assert_false (result);
  g_assert_error (error, RC_DOCUMENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (after, ==, recorder->before);
  g_assert_cmpuint (recorder->pointers->len, ==, 0);
}

static void
test_new_empty (void)
{
  g_autoptr(RcDocument) document = rc_document_new ();
  g_autofree char *saved = rc_document_to_data (document, NULL);
  JsonNode *root = rc_document_get_root (document);

  g_assert_cmpstr (saved, ==, "{}\n");
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_true (rc_document_get (document, "") == root);
  g_assert_false (rc_document_get_modified (document));
  g_assert_null (rc_document_get_coach_state (document));
  g_assert_cmpuint (rc_document_get_length (document, "/work"), ==, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Edits                                                                                       */

static void
test_set (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) name = node_from ("\"Grace\"");
  g_autoptr(JsonNode) entry = node_from ("{\"name\": \"Navy\", \"highlights\": [\"COBOL\"]}");
  g_autoptr(JsonNode) number = node_from ("3");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\", \"label\": \"Analyst\"}, \"work\": [{\"name\": \"A\"}]}");

  /* replacing keeps the member where it was */
  g_assert_true (rc_document_set (r.document, "/basics/name", name, &error));
  g_assert_no_error (error);
  assert_one_change (&r, "/basics/name", RC_CHANGE_SET);
  g_assert_cmpstr (rc_document_get_string (r.document, "/basics/name"), ==, "Grace");
  g_assert_true (rc_document_get_modified (r.document));
  g_assert_cmpuint (r.modified_notifications, ==, 1);

  /* a new member goes last */
  g_assert_true (rc_document_set (r.document, "/basics/x-new", number, &error));
  assert_one_change (&r, "/basics/x-new", RC_CHANGE_SET);

  /* list items are replaced by index */
  g_assert_true (rc_document_set (r.document, "/work/0", entry, &error));
  assert_one_change (&r, "/work/0", RC_CHANGE_SET);

  /* "-" appends and is announced as an insertion at the new index */
  g_assert_true (rc_document_set (r.document, "/work/-", entry, &error));
  assert_one_change (&r, "/work/1", RC_CHANGE_INSERT);

  /* the value was copied: changing the caller's node later changes nothing */
  json_object_set_string_member (json_node_get_object (entry), "name", "changed");
  json_array_add_string_element (json_object_get_array_member (json_node_get_object (entry), "highlights"), "x");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/1/name"), ==, "Navy");
  g_assert_cmpuint (rc_document_get_length (r.document, "/work/1/highlights"), ==, 1);

  /* the root itself */
  {
    g_autoptr(JsonNode) root = node_from ("{\"basics\": {\"name\": \"New\"}}");

    g_assert_true (rc_document_set (r.document, "", root, &error));
    assert_one_change (&r, "", RC_CHANGE_RELOAD);
    g_assert_cmpstr (rc_document_get_string (r.document, "/basics/name"), ==, "New");
  }

  g_assert_cmpuint (r.modified_notifications, ==, 1);
  g_assert_no_error (error);
  recorder_clear (&r);
}

static void
test_set_order (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;

  recorder_init (&r, "{\"c\": 1, \"b\": {\"y\": 1, \"x\": 2}, \"a\": 3}");

  g_assert_true (rc_document_set_string (r.document, "/b/y", "changed", &error));
  g_assert_true (rc_document_set_string (r.document, "/c", "changed", &error));
  g_assert_true (rc_document_set_string (r.document, "/d", "new", &error));
  g_assert_no_error (error);

  assert_text (&r,
               "{\n"
               "  \"c\": \"changed\",\n"
               "  \"b\": {\n"
               "    \"y\": \"changed\",\n"
               "    \"x\": 2\n"
               "  },\n"
               "  \"a\": 3,\n"
               "  \"d\": \"new\"\n"
               "}\n");
  recorder_clear (&r);
}

/* Missing objects on the way are created; null counts as missing */
static void
test_set_creates_parents (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  JsonObject *state;

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}, \"work\": [null]}");
  g_assert_null (rc_document_get_coach_state (r.document));

  g_assert_true (rc_document_set_string (r.document, "/meta/resumeCoach/job", "Staff engineer", &error));
  g_assert_no_error (error);
  assert_one_change (&r, "/meta/resumeCoach/job", RC_CHANGE_SET);

  state = rc_document_get_coach_state (r.document);
  g_assert_nonnull (state);
  g_assert_cmpstr (json_object_get_string_member (state, "job"), ==, "Staff engineer");

  /* a null list item is absent too */
  g_assert_true (rc_document_set_string (r.document, "/work/0/name", "Acme", &error));
  assert_one_change (&r, "/work/0/name", RC_CHANGE_SET);

  assert_text (&r,
               "{\n"
               "  \"basics\": {\n"
               "    \"name\": \"Ada\"\n"
               "  },\n"
               "  \"work\": [\n"
               "    {\n"
               "      \"name\": \"Acme\"\n"
               "    }\n"
               "  ],\n"
               "  \"meta\": {\n"
               "    \"resumeCoach\": {\n"
               "      \"job\": \"Staff engineer\"\n"
               "    }\n"
               "  }\n"
               "}\n");

  /* a null object on the way is replaced by an object */
  recorder_clear (&r);
  recorder_init (&r, "{\"meta\": null}");
  g_assert_true (rc_document_set_string (r.document, "/meta/resumeCoach/seniority", "senior", &error));
  assert_one_change (&r, "/meta/resumeCoach/seniority", RC_CHANGE_SET);
  g_assert_cmpstr (json_object_get_string_member (rc_document_get_coach_state (r.document), "seniority"), ==, "senior");

  recorder_clear (&r);
}

/* Setting what is already there changes nothing and says nothing */
static void
test_set_no_op (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) same_number = node_from ("7");
  g_autoptr(JsonNode) same_null = node_from ("null");
  g_autoptr(JsonNode) fraction = node_from ("7.0");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}, \"n\": 7, \"z\": null}");

  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada", &error));
  g_assert_true (rc_document_set (r.document, "/n", same_number, &error));
  g_assert_true (rc_document_set (r.document, "/z", same_null, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.pointers->len, ==, 0);
  g_assert_false (rc_document_get_modified (r.document));
  g_assert_cmpuint (r.modified_notifications, ==, 0);

  /* 7.0 is written differently from 7, so it is a change */
  g_assert_true (rc_document_set (r.document, "/n", fraction, &error));
  assert_one_change (&r, "/n", RC_CHANGE_SET);

  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada ", &error));
  assert_one_change (&r, "/basics/name", RC_CHANGE_SET);
  g_assert_cmpuint (r.modified_notifications, ==, 1);

  recorder_clear (&r);
}

static void
test_insert (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) a = node_from ("\"a\"");
  g_autoptr(JsonNode) b = node_from ("\"b\"");
  g_autoptr(JsonNode) c = node_from ("\"c\"");
  g_autoptr(JsonNode) d = node_from ("\"d\"");
  g_autoptr(JsonNode) job = node_from ("{\"name\": \"Acme\"}");

  recorder_init (&r, "{\"work\": [{\"highlights\": [\"b\"]}]}");

  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", -1, c, &error));
  assert_one_change (&r, "/work/0/highlights/1", RC_CHANGE_INSERT);
  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", 0, a, &error));
  assert_one_change (&r, "/work/0/highlights/0", RC_CHANGE_INSERT);
  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", 3, d, &error));
  assert_one_change (&r, "/work/0/highlights/3", RC_CHANGE_INSERT);
  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", 2, b, &error));
  assert_one_change (&r, "/work/0/highlights/2", RC_CHANGE_INSERT);
  g_assert_no_error (error);

  g_assert_cmpuint (rc_document_get_length (r.document, "/work/0/highlights"), ==, 5);
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/0"), ==, "a");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/1"), ==, "b");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/2"), ==, "b");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/3"), ==, "c");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/4"), ==, "d");

  /* a missing list is created, so the first bullet of an entry can be added directly */
  recorder_clear (&r);
  recorder_init (&r, "{\"work\": [{\"name\": \"Acme\"}]}");

  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", -1, a, &error));
  g_assert_no_error (error);
  assert_one_change (&r, "/work/0/highlights/0", RC_CHANGE_INSERT);
  g_assert_true (rc_document_insert (r.document, "/projects", 0, job, &error));
  assert_one_change (&r, "/projects/0", RC_CHANGE_INSERT);
  g_assert_true (rc_document_insert (r.document, "/meta/resumeCoach/ignored", -1, b, &error));
  assert_one_change (&r, "/meta/resumeCoach/ignored/0", RC_CHANGE_INSERT);

  assert_text (&r,
               "{\n"
               "  \"work\": [\n"
               "    {\n"
               "      \"name\": \"Acme\",\n"
               "      \"highlights\": [\n"
               "        \"a\"\n"
               "      ]\n"
               "    }\n"
               "  ],\n"
               "  \"projects\": [\n"
               "    {\n"
               "      \"name\": \"Acme\"\n"
               "    }\n"
               "  ],\n"
               "  \"meta\": {\n"
               "    \"resumeCoach\": {\n"
               "      \"ignored\": [\n"
               "        \"b\"\n"
               "      ]\n"
               "    }\n"
               "  }\n"
               "}\n");

  recorder_clear (&r);
}

static void
test_remove (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\", \"x\": null}, \"work\": [{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"C\"}], \"a/b\": 1}");

  g_assert_true (rc_document_remove (r.document, "/work/1", &error));
  assert_one_change (&r, "/work/1", RC_CHANGE_REMOVE);
  g_assert_cmpuint (rc_document_get_length (r.document, "/work"), ==, 2);
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/1/name"), ==, "C");

  g_assert_true (rc_document_remove (r.document, "/basics/name", &error));
  assert_one_change (&r, "/basics/name", RC_CHANGE_REMOVE);
  g_assert_null (rc_document_get (r.document, "/basics/name"));

  /* a null member is there, and can be removed */
  g_assert_true (rc_document_remove (r.document, "/basics/x", &error));
  assert_one_change (&r, "/basics/x", RC_CHANGE_REMOVE);

  g_assert_true (rc_document_remove (r.document, "/a~1b", &error));
  assert_one_change (&r, "/a~1b", RC_CHANGE_REMOVE);
  g_assert_no_error (error);

  assert_text (&r,
               "{\n"
               "  \"basics\": {},\n"
               "  \"work\": [\n"
               "    {\n"
               "      \"name\": \"A\"\n"
               "    },\n"
               "    {\n"
               "      \"name\": \"C\"\n"
               "    }\n"
               "  ]\n"
               "}\n");
  recorder_clear (&r);
}

static void
test_move (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;

  recorder_init (&r, "{\"work\": [{\"highlights\": [\"a\", \"b\", \"c\", \"d\"]}]}");

  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 0, 2, &error));
  assert_one_change (&r, "/work/0/highlights", RC_CHANGE_MOVE);
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/0"), ==, "b");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/1"), ==, "c");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/2"), ==, "a");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/3"), ==, "d");

  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 3, 0, &error));
  assert_one_change (&r, "/work/0/highlights", RC_CHANGE_MOVE);
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/0"), ==, "d");
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/3"), ==, "a");

  /* to where it already is: nothing happens */
  remember (&r);
  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 1, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.pointers->len, ==, 0);
  assert_text (&r, r.before);

  recorder_clear (&r);
}

/* An edit that must fail with @code and exactly @message and change nothing, in the two
 * tests below: each has the Recorder r and the GError *error the calls set. */
#define CHECK(call, code, message) \
  G_STMT_START { \
    gboolean ok_ = (call); \
    assert_failed (&r, ok_, error, code, message); \
    g_clear_error (&error); \
  } G_STMT_END

/* Bad pointers: one clear error naming the pointer, nothing changed, nothing said */
static void
test_bad_pointers (void)
{
  Recorder r;
  GError *error = NULL;
  g_autoptr(JsonNode) text = node_from ("\"x\"");
  g_autoptr(JsonNode) entry = node_from ("{}");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"highlights\": [\"a\", \"b\"]}], \"n\": 1}");
  remember (&r);

  CHECK (rc_document_set (r.document, "basics/name", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "“basics/name” is not a JSON Pointer: it must be empty or start with “/”");
  CHECK (rc_document_set (r.document, "/basics/a~2b", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "“/basics/a~2b” is not a JSON Pointer: “~” must be followed by 0 or 1");
  CHECK (rc_document_set (r.document, "/work/01/name", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/01/name: “01” is not a list index (0, 1, 2…)");
  CHECK (rc_document_set (r.document, "/work/first", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/first: “first” is not a list index (0, 1, 2…)");
  CHECK (rc_document_set (r.document, "/work/-/name", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/-/name: “-” is not a list index (0, 1, 2…)");
  CHECK (rc_document_set (r.document, "/work/1", entry, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/1: there is no item 1; the list has 1 item");
  CHECK (rc_document_set (r.document, "/work/0/highlights/2", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/0/highlights/2: there is no item 2; the list has 2 items");
  CHECK (rc_document_set (r.document, "/basics/name/first", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics/name/first: “/basics/name” is text, so nothing can be inside it");
  CHECK (rc_document_set (r.document, "/n/x/y", text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/n/x/y: “/n” is a number, so nothing can be inside it");

  CHECK (rc_document_insert (r.document, "/work/0/highlights", 3, text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/0/highlights: cannot insert at 3; the list has 2 items");
  CHECK (rc_document_insert (r.document, "/work/0/highlights", -2, text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/0/highlights: cannot insert at -2; the list has 2 items");
  CHECK (rc_document_insert (r.document, "/basics", 0, text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics: cannot insert into an object, only into a list");
  CHECK (rc_document_insert (r.document, "/basics/name", 0, text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics/name: cannot insert into text, only into a list");
  CHECK (rc_document_insert (r.document, "", 0, text, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "\"\": cannot insert into an object, only into a list");
  CHECK (rc_document_insert (r.document, "/projects", 1, entry, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/projects: cannot insert at 1; the list has 0 items");

  CHECK (rc_document_remove (r.document, "", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "The whole resume cannot be removed");
  CHECK (rc_document_remove (r.document, "/basics/label", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics/label: there is nothing there");
  CHECK (rc_document_remove (r.document, "/meta/resumeCoach/job", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/meta/resumeCoach/job: there is nothing at “/meta”");
  CHECK (rc_document_remove (r.document, "/work/2", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/2: there is no item 2; the list has 1 item");
  CHECK (rc_document_remove (r.document, "/work/-", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/-: “-” is not a list index (0, 1, 2…)");
  CHECK (rc_document_remove (r.document, "/basics/name/x", &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics/name/x: “/basics/name” is text, so nothing can be inside it");

  CHECK (rc_document_move (r.document, "/work/0/highlights", 0, 2, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/0/highlights: cannot move item 0 to 2; the list has 2 items");
  CHECK (rc_document_move (r.document, "/work/0/highlights", 5, 0, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/work/0/highlights: cannot move item 5 to 0; the list has 2 items");
  CHECK (rc_document_move (r.document, "/basics", 0, 1, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/basics: cannot move items in an object, only in a list");
  CHECK (rc_document_move (r.document, "/projects", 0, 1, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "/projects: there is nothing there");
  CHECK (rc_document_move (r.document, "work", 0, 1, &error), RC_DOCUMENT_ERROR_BAD_POINTER,
         "“work” is not a JSON Pointer: it must be empty or start with “/”");

  g_assert_false (rc_document_get_modified (r.document));
  g_assert_cmpuint (r.modified_notifications, ==, 0);
  recorder_clear (&r);
}

/* Edits keep known fields of the right type, so what is saved can be opened again */
static void
test_type_rules (void)
{
  Recorder r;
  GError *error = NULL;
  g_autoptr(JsonNode) text = node_from ("\"x\"");
  g_autoptr(JsonNode) number = node_from ("5");
  g_autoptr(JsonNode) entry = node_from ("{\"highlights\": \"not a list\"}");
  g_autoptr(JsonNode) list = node_from ("[]");
  g_autoptr(JsonNode) nothing = node_from ("null");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"highlights\": [\"a\"]}]}");
  remember (&r);

  CHECK (rc_document_set (r.document, "/work", text, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/work: expected a list, found text");
  CHECK (rc_document_set (r.document, "/basics/name", number, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/basics/name: expected text, found a number");
  CHECK (rc_document_set (r.document, "/work/0/highlights/0", number, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/work/0/highlights/0: expected text, found a number");
  CHECK (rc_document_insert (r.document, "/work/0/highlights", -1, list, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/work/0/highlights/1: expected text, found a list");
  CHECK (rc_document_insert (r.document, "/work", -1, entry, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/work/1/highlights: expected a list, found text");
  CHECK (rc_document_set (r.document, "/work/-", text, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/work/1: expected an object, found text");
  /* parents created on the way are objects, which /education is not */
  CHECK (rc_document_set (r.document, "/education/0/area", text, &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/education: expected a list, found an object");
  CHECK (rc_document_set_string (r.document, "/meta/resumeCoach", "senior", &error), RC_DOCUMENT_ERROR_WRONG_TYPE,
         "/meta/resumeCoach: expected an object, found text");
  CHECK (rc_document_set (r.document, "", list, &error), RC_DOCUMENT_ERROR_NOT_RESUME,
         "A resume must be an object, not a list");
  CHECK (rc_document_set_string (r.document, "/basics/label", "\xff", &error), RC_DOCUMENT_ERROR_INVALID_UTF8,
         "/basics/label: the value holds text that is not valid UTF-8");

#undef CHECK

  /* null stays allowed anywhere */
  g_assert_true (rc_document_set (r.document, "/work", nothing, &error));
  g_assert_no_error (error);
  assert_one_change (&r, "/work", RC_CHANGE_SET);

  recorder_clear (&r);
}

static JsonNode *
nested_lists (guint depth)
{
  JsonNode *node = json_node_init_string (json_node_alloc (), "bottom");

  for (guint i = 0; i < depth; i++)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      json_array_add_element (array, node);
      node = json_node_init_array (json_node_alloc (), array);
    }

  return node;
}

/* Edits cannot build what loading would refuse */
static void
test_depth_rules (void)
{
  Recorder r;
  GError *error = NULL;
  g_autoptr(JsonNode) deepest = nested_lists (RC_DOCUMENT_MAX_DEPTH - 1);
  g_autoptr(JsonNode) too_deep = nested_lists (RC_DOCUMENT_MAX_DEPTH);
  g_autoptr(JsonNode) hostile = nested_lists (1000);
  g_autoptr(JsonNode) text = node_from ("\"x\"");
  g_autoptr(GString) long_pointer = g_string_new (NULL);
  g_autoptr(RcDocument) reopened = NULL;
  g_autofree char *saved = NULL;

  recorder_init (&r, "{}");
  remember (&r);

  g_assert_false (rc_document_set (r.document, "/x", too_deep, &error));
  assert_failed (&r, FALSE, error, RC_DOCUMENT_ERROR_TOO_DEEP, "/x: the value would be nested more than 64 levels deep");
  g_clear_error (&error);

  g_assert_false (rc_document_set (r.document, "/x", hostile, &error));
  assert_failed (&r, FALSE, error, RC_DOCUMENT_ERROR_TOO_DEEP, "/x: the value would be nested more than 64 levels deep");
  g_clear_error (&error);

  for (guint i = 0; i < RC_DOCUMENT_MAX_DEPTH + 1; i++)
    g_string_append (long_pointer, "/a");
  g_assert_false (rc_document_set (r.document, long_pointer->str, text, &error));
  g_assert_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_DEEP);
  g_clear_error (&error);
  assert_text (&r, "{}\n");

  /* right at the limit is fine, and what is saved opens again */
  g_assert_true (rc_document_set (r.document, "/x", deepest, &error));
  g_assert_no_error (error);
  saved = rc_document_to_data (r.document, NULL);
  reopened = rc_document_new_from_data (saved, -1, &error);
  g_assert_no_error (error);

  recorder_clear (&r);
}

/* Signals: exactly one per successful edit; modified notifies only on a real change */
static void
test_signals (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) bullet = node_from ("\"Shipped it\"");

  recorder_init (&r, "{\"work\": [{\"highlights\": []}]}");
  g_assert_false (rc_document_get_modified (r.document));

  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", -1, bullet, &error));
  g_assert_true (rc_document_set_string (r.document, "/work/0/highlights/0", "Shipped it twice", &error));
  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", -1, bullet, &error));
  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 1, 0, &error));
  g_assert_true (rc_document_remove (r.document, "/work/0/highlights/1", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (r.pointers->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (r.pointers, 0), ==, "/work/0/highlights/0");
  g_assert_cmpint (g_array_index (r.kinds, RcChangeKind, 0), ==, RC_CHANGE_INSERT);
  g_assert_cmpstr (g_ptr_array_index (r.pointers, 1), ==, "/work/0/highlights/0");
  g_assert_cmpint (g_array_index (r.kinds, RcChangeKind, 1), ==, RC_CHANGE_SET);
  g_assert_cmpstr (g_ptr_array_index (r.pointers, 2), ==, "/work/0/highlights/1");
  g_assert_cmpint (g_array_index (r.kinds, RcChangeKind, 2), ==, RC_CHANGE_INSERT);
  g_assert_cmpstr (g_ptr_array_index (r.pointers, 3), ==, "/work/0/highlights");
  g_assert_cmpint (g_array_index (r.kinds, RcChangeKind, 3), ==, RC_CHANGE_MOVE);
  g_assert_cmpstr (g_ptr_array_index (r.pointers, 4), ==, "/work/0/highlights/1");
  g_assert_cmpint (g_array_index (r.kinds, RcChangeKind, 4), ==, RC_CHANGE_REMOVE);
  g_assert_cmpstr (rc_document_get_string (r.document, "/work/0/highlights/0"), ==, "Shipped it");

  g_assert_cmpuint (r.modified_notifications, ==, 1);
  rc_document_set_modified (r.document, FALSE);
  rc_document_set_modified (r.document, FALSE);
  g_assert_cmpuint (r.modified_notifications, ==, 2);
  g_object_set (r.document, "modified", TRUE, NULL);
  g_assert_cmpuint (r.modified_notifications, ==, 3);

  /* the enum type the signal carries is registered with nicks */
  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (RC_TYPE_CHANGE_KIND);

    g_assert_cmpstr (g_enum_get_value (klass, RC_CHANGE_MOVE)->value_nick, ==, "move");
  }

  recorder_clear (&r);
}

/* A handler may edit the document from inside a notification */
static void
on_changed_edit_cb (RcDocument   *document,
                    const char   *pointer,
                    RcChangeKind  kind,
                    guint        *calls)
{
  *calls += 1;
  if (g_strcmp0 (pointer, "/basics/name") == 0)
    rc_document_set_string (document, "/basics/label", "follows the name", NULL);
}

static void
test_reentrant_edit (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");
  guint calls = 0;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed_edit_cb), &calls);
  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", NULL));
  g_assert_cmpuint (calls, ==, 2);
  g_assert_cmpstr (rc_document_get_string (document, "/basics/label"), ==, "follows the name");
}

/* ------------------------------------------------------------------------------------------ */
/* Modified: the document differs from what was last loaded or saved                          */

/* The state after the last edit, as its listeners saw it, and the notifications so far */
static void
assert_modified (Recorder *recorder,
                 gboolean  modified,
                 guint     notifications)
{
  g_assert_cmpint (rc_document_get_modified (recorder->document), ==, modified);
  g_assert_cmpint (recorder->modified_when_changed, ==, modified);
  g_assert_cmpuint (recorder->modified_notifications, ==, notifications);
}

static void
test_modified_undo_set (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) fraction = node_from ("7.0");
  g_autoptr(JsonNode) seven = node_from ("7");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\", \"label\": \"Analyst\"}, \"n\": 7}");

  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada L", &error));
  assert_modified (&r, TRUE, 1);
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada", &error));
  assert_modified (&r, FALSE, 2);

  /* an edit elsewhere keeps the document modified when the first one is undone */
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada L", &error));
  g_assert_true (rc_document_set_string (r.document, "/basics/label", "Engineer", &error));
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada", &error));
  assert_modified (&r, TRUE, 3);
  g_assert_true (rc_document_set_string (r.document, "/basics/label", "Analyst", &error));
  assert_modified (&r, FALSE, 4);

  /* a field that was not there is a change until it is gone again */
  g_assert_true (rc_document_set_string (r.document, "/basics/email", "", &error));
  assert_modified (&r, TRUE, 5);
  g_assert_true (rc_document_remove (r.document, "/basics/email", &error));
  assert_modified (&r, FALSE, 6);

  /* 7.0 would be written differently from 7 */
  g_assert_true (rc_document_set (r.document, "/n", fraction, &error));
  assert_modified (&r, TRUE, 7);
  g_assert_true (rc_document_set (r.document, "/n", seven, &error));
  assert_modified (&r, FALSE, 8);
  g_assert_no_error (error);

  recorder_clear (&r);
}

static void
test_modified_undo_lists (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) x = node_from ("\"x\"");
  g_autoptr(JsonNode) a = node_from ("\"a\"");

  recorder_init (&r, "{\"work\": [{\"highlights\": [\"a\", \"b\", \"c\"]}]}");

  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", 1, x, &error));
  assert_modified (&r, TRUE, 1);
  g_assert_true (rc_document_remove (r.document, "/work/0/highlights/1", &error));
  assert_modified (&r, FALSE, 2);

  g_assert_true (rc_document_remove (r.document, "/work/0/highlights/0", &error));
  assert_modified (&r, TRUE, 3);
  g_assert_true (rc_document_insert (r.document, "/work/0/highlights", 0, a, &error));
  assert_modified (&r, FALSE, 4);

  g_assert_true (rc_document_set (r.document, "/work/0/highlights/-", x, &error));
  assert_modified (&r, TRUE, 5);
  g_assert_true (rc_document_remove (r.document, "/work/0/highlights/3", &error));
  assert_modified (&r, FALSE, 6);

  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 0, 2, &error));
  assert_modified (&r, TRUE, 7);
  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 2, 0, &error));
  assert_modified (&r, FALSE, 8);

  /* the same items in another order are a change */
  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 0, 1, &error));
  g_assert_true (rc_document_move (r.document, "/work/0/highlights", 2, 0, &error));
  assert_modified (&r, TRUE, 9);
  g_assert_no_error (error);

  recorder_clear (&r);
}

static void
test_modified_reload (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) other = node_from ("{\"basics\": {\"name\": \"Grace\"}}");
  g_autoptr(JsonNode) same = node_from ("{\"work\": [], \"basics\": {\"name\": \"Ada\"}}");

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}, \"work\": []}");

  g_assert_true (rc_document_set (r.document, "", other, &error));
  assert_modified (&r, TRUE, 1);
  /* members in another order are the same resume */
  g_assert_true (rc_document_set (r.document, "", same, &error));
  assert_modified (&r, FALSE, 2);
  g_assert_no_error (error);

  recorder_clear (&r);
}

static void
test_modified_new (void)
{
  g_autoptr(RcDocument) document = rc_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_document_set_string (document, "/basics/name", "Ada", &error));
  g_assert_true (rc_document_remove (document, "/basics/name", &error));
  /* {"basics": {}} is not the empty resume */
  g_assert_true (rc_document_get_modified (document));
  g_assert_true (rc_document_remove (document, "/basics", &error));
  g_assert_false (rc_document_get_modified (document));
  g_assert_no_error (error);
}

/* The explicit override: TRUE holds until a save, FALSE takes the tree as saved */
static void
test_modified_override (void)
{
  Recorder r;
  g_autoptr(GError) error = NULL;

  recorder_init (&r, "{\"basics\": {\"name\": \"Ada\"}}");

  rc_document_set_modified (r.document, TRUE);
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Grace", &error));
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada", &error));
  assert_modified (&r, TRUE, 1);

  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Grace", &error));
  rc_document_set_modified (r.document, FALSE);
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Ada", &error));
  assert_modified (&r, TRUE, 3);
  g_assert_true (rc_document_set_string (r.document, "/basics/name", "Grace", &error));
  assert_modified (&r, FALSE, 4);
  g_assert_no_error (error);

  recorder_clear (&r);
}

/* ------------------------------------------------------------------------------------------ */
/* Saving                                                                                      */

static void
test_save (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\", \"label\": \"Analyst\"}, \"work\": []}");
  g_autoptr(RcDocument) reopened = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GStatBuf before, after;

  g_assert_true (rc_document_set_string (document, "/basics/name", "Ada Lovelace", &error));
  g_assert_true (rc_document_get_modified (document));

  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rc_document_get_modified (document));

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==,
                   "{\n"
                   "  \"basics\": {\n"
                   "    \"name\": \"Ada Lovelace\",\n"
                   "    \"label\": \"Analyst\"\n"
                   "  },\n"
                   "  \"work\": []\n"
                   "}\n");

  /* saving over a file puts a new one in its place instead of writing into the old one */
  g_assert_no_errno (g_stat (path, &before));
  g_assert_true (rc_document_set_string (document, "/basics/label", "Mathematician", &error));
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &after));
  g_assert_cmpint (after.st_ino, !=, before.st_ino);

  /* no temporary or backup file is left behind */
  listing = rc_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "resume.json");

  reopened = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rc_document_get_string (reopened, "/basics/label"), ==, "Mathematician");

  rc_test_remove_temp_dir (dir);
}

/* A save that fails leaves the old file as it was and the document still modified */
static void
test_save_failure (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *nowhere_path = g_build_filename (dir, "missing", "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (nowhere_path);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  const char *original = "{\"basics\": {\"name\": \"the user's own file\"}}";

  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);
  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));

  /* into a folder that does not exist */
  g_assert_false (rc_document_save (document, nowhere, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (rc_document_get_modified (document));

  /* interrupted before it could finish */
  g_cancellable_cancel (cancelled);
  g_assert_false (rc_document_save (document, file, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (rc_document_get_modified (document));

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, original);
  listing = rc_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "resume.json");

  rc_test_remove_temp_dir (dir);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
save_async_and_wait (RcDocument  *document,
                     GFile       *file,
                     const char  *edit_meanwhile,
                     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  rc_document_save_async (document, file, NULL, on_saved_cb, &result);
  if (edit_meanwhile != NULL)
    g_assert_true (rc_document_set_string (document, "/basics/name", edit_meanwhile, NULL));

  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return rc_document_save_finish (document, result, error);
}

static void
test_save_async (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *nowhere_path = g_build_filename (dir, "missing", "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (nowhere_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));
  expected = rc_document_to_data (document, NULL);

  g_assert_true (save_async_and_wait (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rc_document_get_modified (document));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, expected);
  g_clear_pointer (&contents, g_free);

  /* an edit made while saving is not in the file, and keeps the document modified */
  g_assert_true (rc_document_set_string (document, "/basics/name", "Hedy", &error));
  g_clear_pointer (&expected, g_free);
  expected = rc_document_to_data (document, NULL);
  g_assert_true (save_async_and_wait (document, file, "Katherine", &error));
  g_assert_no_error (error);
  g_assert_true (rc_document_get_modified (document));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, expected);

  g_assert_false (save_async_and_wait (document, nowhere, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (rc_document_get_modified (document));

  rc_test_remove_temp_dir (dir);
}

/* The tree as read is copied only when the first edit comes: whichever kind of edit it is,
 * the resume is then modified, and undoing it brings back what was read */
static void
test_modified_first_edit (void)
{
  static const char *read = "{\"basics\": {\"name\": \"Ada\"}, "
                            "\"skills\": [{\"name\": \"Go\"}, {\"name\": \"SQL\"}]}";
  g_autoptr(GError) error = NULL;

  for (guint kind = 0; kind < 5; kind++)
    {
      g_autoptr(RcDocument) document = rc_test_document_from_data (read);
      g_autoptr(JsonNode) item = json_from_string ("{\"name\": \"Rust\"}", NULL);
      g_autofree char *as_read = rc_document_to_data (document, NULL);
      g_autofree char *now = NULL;

      g_assert_false (rc_document_get_modified (document));
      switch (kind)
        {
        case 0:
          g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));
          break;
        case 1:
          g_assert_true (rc_document_insert (document, "/skills", 1, item, &error));
          break;
        case 2:
          g_assert_true (rc_document_remove (document, "/skills/0", &error));
          break;
        case 3:
          g_assert_true (rc_document_move (document, "/skills", 0, 1, &error));
          break;
        default:
          g_assert_true (rc_document_set_json (document, "", "{\"basics\": {}}", &error));
          break;
        }
      g_assert_no_error (error);
      g_assert_true (rc_document_get_modified (document));

      /* back to the tree as read, by the opposite edit */
      g_assert_true (rc_document_set_json (document, "", as_read, &error));
      g_assert_no_error (error);
      g_assert_false (rc_document_get_modified (document));
      now = rc_document_to_data (document, NULL);
      g_assert_cmpstr (now, ==, as_read);
    }
}

/* After a save, what was written is what edits are compared with */
static void
test_modified_after_save (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"Ada\"}}");

  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rc_document_get_modified (document));

  g_assert_true (rc_document_set_string (document, "/basics/name", "Ada", &error));
  g_assert_true (rc_document_get_modified (document));
  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));
  g_assert_false (rc_document_get_modified (document));

  /* an asynchronous save: the snapshot written, not the tree when it finished */
  g_assert_true (rc_document_set_string (document, "/basics/name", "Hedy", &error));
  g_assert_true (save_async_and_wait (document, file, "Katherine", &error));
  g_assert_no_error (error);
  g_assert_true (rc_document_get_modified (document));
  g_assert_true (rc_document_set_string (document, "/basics/name", "Grace", &error));
  g_assert_true (rc_document_get_modified (document));
  g_assert_true (rc_document_set_string (document, "/basics/name", "Hedy", &error));
  g_assert_false (rc_document_get_modified (document));

  /* an edit made while saving and undone before the save finished */
  g_assert_true (rc_document_set_string (document, "/basics/name", "Mary", &error));
  {
    g_autoptr(GAsyncResult) result = NULL;

    rc_document_save_async (document, file, NULL, on_saved_cb, &result);
    g_assert_true (rc_document_set_string (document, "/basics/name", "Joan", &error));
    g_assert_true (rc_document_set_string (document, "/basics/name", "Mary", &error));
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (rc_document_save_finish (document, result, &error));
  }
  g_assert_no_error (error);
  g_assert_false (rc_document_get_modified (document));

  rc_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/document/new-empty", test_new_empty);
  g_test_add_func ("/core/document/edit/set", test_set);
  g_test_add_func ("/core/document/edit/set-order", test_set_order);
  g_test_add_func ("/core/document/edit/set-creates-parents", test_set_creates_parents);
  g_test_add_func ("/core/document/edit/set-no-op", test_set_no_op);
  g_test_add_func ("/core/document/edit/insert", test_insert);
  g_test_add_func ("/core/document/edit/remove", test_remove);
  g_test_add_func ("/core/document/edit/move", test_move);
  g_test_add_func ("/core/document/edit/bad-pointers", test_bad_pointers);
  g_test_add_func ("/core/document/edit/type-rules", test_type_rules);
  g_test_add_func ("/core/document/edit/depth-rules", test_depth_rules);
  g_test_add_func ("/core/document/edit/reentrant", test_reentrant_edit);
  g_test_add_func ("/core/document/signals", test_signals);
  g_test_add_func ("/core/document/modified/undo-set", test_modified_undo_set);
  g_test_add_func ("/core/document/modified/undo-lists", test_modified_undo_lists);
  g_test_add_func ("/core/document/modified/reload", test_modified_reload);
  g_test_add_func ("/core/document/modified/new", test_modified_new);
  g_test_add_func ("/core/document/modified/override", test_modified_override);
  g_test_add_func ("/core/document/save/atomic", test_save);
  g_test_add_func ("/core/document/save/failure", test_save_failure);
  g_test_add_func ("/core/document/save/async", test_save_async);
  g_test_add_func ("/core/document/modified/after-save", test_modified_after_save);
  g_test_add_func ("/core/document/modified/first-edit", test_modified_first_edit);

  return g_test_run ();
}
