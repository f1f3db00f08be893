/* test-blocks.c — the blocks memo gives exactly the blocks a fresh build gives, edit after edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-blocks.h"
#include "rc-json-tree.h"
#include "rc-document.h"
#include "rc-test-util.h"

static RcDocument *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return rc_test_document_from_file (path);
}

/* The memo's blocks are the ones rc_resume_blocks() builds: same kinds, texts and pointers. */
static void
assert_same_blocks (RcBlocksMemo *memo,
                    RcDocument   *document)
{
  g_autoptr(GPtrArray) fresh = rc_resume_blocks (document);
  GPtrArray *remembered = rc_blocks_memo_update (memo, document);

  g_assert_cmpuint (remembered->len, ==, fresh->len);
  for (guint i = 0; i < fresh->len; i++)
    {
      const RcBlock *a = g_ptr_array_index (fresh, i);
      const RcBlock *b = g_ptr_array_index (remembered, i);

      g_assert_cmpint (b->kind, ==, a->kind);
      g_assert_cmpstr (b->text, ==, a->text);
      g_assert_cmpstr (b->pointer, ==, a->pointer);
    }
}

/* Every string of @node, as JSON Pointers */
static void
collect_strings (JsonNode   *node,
                 const char *pointer,
                 GPtrArray  *pointers)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          g_autofree char *child = rc_json_pointer_append (pointer, name);

          collect_strings (member, child, pointers);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = rc_json_pointer_append_index (pointer, i);

          collect_strings (json_array_get_element (array, i), child, pointers);
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_ptr_array_add (pointers, g_strdup (pointer));
    }
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

/* Typing into any field, one keystroke at a time */
static void
test_typing (void)
{
  g_autoptr(RcDocument) document = load ("export-full.json");
  g_autoptr(RcBlocksMemo) memo = rc_blocks_memo_new ();
  g_autoptr(GPtrArray) pointers = g_ptr_array_new_with_free_func (g_free);
  static const char * const typed[] = { "x", " ", "\n", "  y", "", "Zoë 東京", " \t " };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  collect_strings (rc_document_get_root (document), "", pointers);
  g_assert_cmpuint (pointers->len, >, 40);
  assert_same_blocks (memo, document);

  for (guint i = 0; i < 400; i++)
    {
      const char *pointer = g_ptr_array_index (pointers,
                                               g_rand_int_range (rand, 0, (gint32) pointers->len));
      const char *before = rc_document_get_string (document, pointer);
      const char *add = typed[g_rand_int_range (rand, 0, G_N_ELEMENTS (typed))];
      g_autofree char *text = g_rand_boolean (rand) ? g_strconcat (before, add, NULL)
                                                    : g_strdup (add);

      g_assert_true (rc_document_set_string (document, pointer, text, NULL));
      assert_same_blocks (memo, document);
    }
}

/* Entries added, removed, moved and replaced; a field of another type; another resume */
static void
test_structure (void)
{
  g_autoptr(RcDocument) document = load ("export-full.json");
  g_autoptr(RcBlocksMemo) memo = rc_blocks_memo_new ();
  g_autoptr(RcBlocksMemo) late = rc_blocks_memo_new ();
  g_autoptr(JsonNode) job = parse ("{\"name\": \"Globex\", \"position\": \"Engineer\", "
                                   "\"startDate\": \"2019-03\", \"highlights\": [\"Built it.\"]}");
  g_autoptr(JsonNode) number = parse ("42");
  g_autoptr(JsonNode) reordered = parse ("{\"highlights\": [\"Built it.\"], \"position\": "
                                         "\"Engineer\", \"startDate\": \"2019-03\", "
                                         "\"name\": \"Globex\"}");
  g_autoptr(JsonNode) empty = parse ("{}");
  g_autoptr(GError) error = NULL;

  assert_same_blocks (memo, document);
  assert_same_blocks (late, document);

  g_assert_true (rc_document_insert (document, "/work", 0, job, &error));
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_move (document, "/work", 0, 1, &error));
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_set (document, "/work/1", reordered, &error));
  assert_same_blocks (memo, document);
  /* edits are strict, so a file brings the field of another type: the whole resume is set */
  {
    g_autoptr(JsonNode) root = rc_json_tree_clone (rc_document_get_root (document));
    JsonArray *work = json_object_get_array_member (json_node_get_object (root), "work");

    json_object_set_member (json_array_get_object_element (work, 1), "position",
                            json_node_ref (number));
    g_assert_true (rc_document_set (document, "", root, &error));
  }
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_remove (document, "/work/1/position", &error));
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_insert (document, "/projects", 0, empty, &error));
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_remove (document, "/work/0", &error));
  assert_same_blocks (memo, document);
  g_assert_true (rc_document_remove (document, "/projects", &error));
  assert_same_blocks (memo, document);
  g_assert_no_error (error);

  /* A memo last used on another resume */
  assert_same_blocks (late, document);
  {
    g_autoptr(RcDocument) other = load ("doc-full.json");

    assert_same_blocks (memo, other);
    assert_same_blocks (memo, document);
  }
}

static guint64
hash_of (const char *json,
         const char *skip)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return rc_json_tree_hash (node, skip);
}

/* What the memo compares an entry by: its content, in any member order, not its spelling */
static void
test_tree_hash (void)
{
  static const char *entry = "{\"name\": \"Acme\", \"highlights\": [\"Cut costs\", \"Led 4\"]}";

  g_assert_cmpuint (hash_of (entry, NULL), ==,
                    hash_of ("{ \"highlights\": [\"Cut costs\",\"Led 4\"], \"name\":\"Acme\" }", NULL));
  /* a changed letter, the bullets' order, one bullet less, a number for its text */
  g_assert_cmpuint (hash_of (entry, NULL), !=,
                    hash_of ("{\"name\": \"Acme\", \"highlights\": [\"Cut cost\", \"Led 4\"]}", NULL));
  g_assert_cmpuint (hash_of (entry, NULL), !=,
                    hash_of ("{\"name\": \"Acme\", \"highlights\": [\"Led 4\", \"Cut costs\"]}", NULL));
  g_assert_cmpuint (hash_of (entry, NULL), !=,
                    hash_of ("{\"name\": \"Acme\", \"highlights\": [\"Cut costs\"]}", NULL));
  g_assert_cmpuint (hash_of ("{\"year\": \"2020\"}", NULL), !=, hash_of ("{\"year\": 2020}", NULL));
  g_assert_cmpuint (hash_of ("{\"a\": {\"b\": 1}}", NULL), !=, hash_of ("{\"a\": {\"c\": 1}}", NULL));
  /* a top member left out counts for nothing */
  g_assert_cmpuint (hash_of ("{\"basics\": {}, \"meta\": {\"v\": 1}}", "meta"), ==,
                    hash_of ("{\"basics\": {}}", "meta"));
  g_assert_cmpuint (hash_of ("{\"basics\": {}, \"meta\": {\"v\": 1}}", NULL), !=,
                    hash_of ("{\"basics\": {}}", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/blocks/memo/typing", test_typing);
  g_test_add_func ("/core/blocks/memo/structure", test_structure);
  g_test_add_func ("/core/blocks/tree-hash", test_tree_hash);

  return g_test_run ();
}
