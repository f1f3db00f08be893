/* rc-document.c — a JSON Resume document, edited by JSON Pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-compat.h"
#include "rc-core-enums.h"
#include "rc-document-private.h"
#include "rc-json-private.h"
#include "rc-json-tree.h"
#include "rc-json-writer.h"
#include "rc-schema.h"

G_DEFINE_FINAL_TYPE (RcDocument, rc_document, G_TYPE_OBJECT)

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
/* Tree edits                                                                                  */

/* How messages name a pointer: the empty one would vanish, a long one is cut short */
static char *
display_pointer (const char *pointer)
{
  return *pointer != '\0' ? rc_json_excerpt (pointer) : g_strdup ("\"\"");
}

/* The texts the document keeps for its numbers go with their copies: a removed entry put
 * back (an undo) or a resume set whole keeps 1.50 as 1.50 */
static void
carry_numbers (GHashTable *numbers,
               JsonNode   *from,
               JsonNode   *to)
{
  if (JSON_NODE_TYPE (from) != JSON_NODE_TYPE (to))
    return;

  if (JSON_NODE_HOLDS_VALUE (from))
    {
      const char *text = g_hash_table_lookup (numbers, from);

      if (text != NULL && from != to)
        g_hash_table_insert (numbers, json_node_ref (to), g_strdup (text));
    }
  else if (JSON_NODE_HOLDS_ARRAY (from))
    {
      JsonArray *a = json_node_get_array (from), *b = json_node_get_array (to);

      for (guint i = 0; i < json_array_get_length (a) && i < json_array_get_length (b); i++)
        carry_numbers (numbers, json_array_get_element (a, i), json_array_get_element (b, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (from))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (from));
      while (json_object_iter_next (&iter, &name, &member))
        {
          JsonNode *other = json_object_get_member (json_node_get_object (to), name);

          if (other != NULL)
            carry_numbers (numbers, member, other);
        }
    }
}

static JsonNode *
copy_value_for (RcDocument *self,
                JsonNode   *value,
                GPtrArray  *tokens,
                guint       n,
                GError    **error)
{
  int problem = -1;
  JsonNode *copy = NULL;

  /* the value sits inside @n containers, all of which count towards the limit */
  if (n <= RC_DOCUMENT_MAX_DEPTH)
    copy = rc_json_tree_copy (value, RC_DOCUMENT_MAX_DEPTH - (int) n, &problem);
  else
    problem = RC_DOCUMENT_ERROR_TOO_DEEP;

  if (copy != NULL && self->numbers != NULL && g_hash_table_size (self->numbers) > 0)
    carry_numbers (self->numbers, value, copy);

  if (copy == NULL)
    {
      g_autofree char *place = rc_json_pointer_prefix (tokens, n);
      g_autofree char *where = rc_json_excerpt (place);

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

      if (strcmp (token, "-") != 0 && !rc_json_pointer_parse_index (token, strlen (token), &index))
        g_assert_not_reached ();

      if (index < length)
        json_node_unref (rc_json_array_take (array, index));
      rc_json_array_insert (array, index, subtree);
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

void
rc_document_update_modified (RcDocument *self,
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
gboolean
rc_document_differs_from_saved (RcDocument   *self,
                    const char   *pointer,
                    RcChangeKind  kind)
{
  g_autofree char *parent = NULL;
  const char *scope = pointer;
  JsonNode *now, *before;

  if (self->saved_is_root)
    return FALSE;
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
      now = rc_json_pointer_lookup (self->root, scope);
      before = rc_json_pointer_lookup (self->saved, scope);
      if ((now == NULL) != (before == NULL) || (now != NULL && !rc_json_tree_equal (now, before)))
        return TRUE;
    }

  return !rc_json_tree_equal (self->root, self->saved);
}

/* An edit may add an older key only by its name or inside a new object or list: a keystroke
 * in a field costs one lookup */
static void
update_legacy_keys (RcDocument   *self,
                    const char   *pointer,
                    RcChangeKind  kind)
{
  const char *slash = strrchr (pointer, '/');
  JsonNode *node;

  if (kind == RC_CHANGE_RELOAD)
    {
      self->legacy_keys = rc_compat_count_legacy (self->root) > 0;
      return;
    }
  if (self->legacy_keys || kind == RC_CHANGE_REMOVE || kind == RC_CHANGE_MOVE)
    return;
  node = rc_json_pointer_lookup (self->root, pointer);
  if (node == NULL || JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node))
    {
      if (slash == NULL || !rc_compat_is_legacy_name (slash + 1))
        return;
    }
  self->legacy_keys = rc_compat_count_legacy (self->root) > 0;
}

/* Makes the tree as it is now the saved state, to compare edits with. The copy is made only
 * when an edit comes (before_edit()): reading and checking a resume never pays for it. */
void
rc_document_keep_as_saved (RcDocument *self)
{
  g_clear_pointer (&self->saved, json_node_unref);
  self->saved_is_root = TRUE;
}

/* Called just before the tree changes in place: the saved state it still is gets its copy */
static void
before_edit (RcDocument *self)
{
  if (self->saved_is_root)
    {
      self->saved = rc_json_tree_clone (self->root);
      self->saved_is_root = FALSE;
    }
}

static void
emit_changed (RcDocument   *self,
              const char   *pointer,
              RcChangeKind  kind)
{
  update_legacy_keys (self, pointer, kind);
  self->generation++;
  rc_document_update_modified (self, rc_document_differs_from_saved (self, pointer, kind));
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
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_clear_object (&self->disk_file);

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
  static gint serials;
  g_autoptr(JsonObject) object = json_object_new ();

  self->serial = (guint32) g_atomic_int_add (&serials, 1) + 1;
  self->root = json_node_init_object (json_node_alloc (), object);
  self->saved_is_root = TRUE;
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

/* What a resume file, and a fix's value, may hold */
static const RcJsonLimits limits = { RC_DOCUMENT_MAX_SIZE, RC_DOCUMENT_MAX_DEPTH };

/* Turns bytes into a resume tree: encoding, syntax, nesting, then the type rules */
static JsonNode *
parse_resume (const char   *data,
              gsize         length,
              GHashTable  **numbers,
              gboolean     *wrong_types,
              GError      **error)
{
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(JsonNode) root = rc_json_read_full (data, length, &limits, &texts, error);

  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                   _("The file holds %s, not a resume: a JSON Resume file is an object in braces"),
                   rc_json_describe_node (root));
      return NULL;
    }

  if (!rc_compat_check_resume (json_node_get_object (root), error) ||
      !rc_schema_check (root, wrong_types, error))
    return NULL;

  *numbers = g_steal_pointer (&texts);
  return g_steal_pointer (&root);
}

/**
 * rc_document_new_from_data:
 * @data: (array length=length): JSON Resume text
 * @length: length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Reads a resume strictly (RFC 8259 JSON, UTF-8, an object whose known objects and lists
 * of entries have the right type; null is accepted anywhere). A field of the wrong type is
 * kept as it is (see rc_schema_check()), and every number keeps its text. The error message
 * names the place of the first problem (line and column, or a JSON Pointer) but not the
 * file: callers add it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
RcDocument *
rc_document_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  RcDocument *self;
  GHashTable *numbers = NULL;
  gboolean wrong_types = FALSE;
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = length < 0 ? strlen (data) : (gsize) length;

  root = parse_resume (data != NULL ? data : "", size, &numbers, &wrong_types, error);
  if (root == NULL)
    return NULL;

  self = g_object_new (RC_TYPE_DOCUMENT, NULL);
  json_node_unref (self->root);
  self->root = root;
  self->numbers = numbers;
  self->wrong_types = wrong_types;
  self->legacy_keys = rc_compat_count_legacy (root) > 0;
  rc_document_keep_as_saved (self);

  return self;
}

/**
 * rc_document_to_data:
 * @self: a document
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the document as JSON: two-space indentation, members in the order they were read
 * (new ones last), text as UTF-8 (only control characters, quotes and backslashes are
 * escaped), every number read from a file as its text there, and a final newline. A
 * document whose indentation alone would make it larger than a file may be
 * (%RC_DOCUMENT_MAX_FILE_SIZE) is written without any, so what was read can always be
 * read again.
 *
 * Returns: (transfer full): the text
 */
char *
rc_document_to_data (RcDocument *self,
                     gsize      *length)
{
  char *data;
  gsize size;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), NULL);

  data = rc_json_to_data_full (self->root, self->numbers, RC_JSON_WRITE_NONE, &size);
  if (size > RC_DOCUMENT_MAX_FILE_SIZE)
    {
      g_free (data);
      data = rc_json_to_data_full (self->root, self->numbers, RC_JSON_WRITE_COMPACT, &size);
    }

  if (length != NULL)
    *length = size;
  return data;
}

/**
 * rc_document_check_size:
 * @self: a document
 * @written: the length of rc_document_to_data()
 * @error: return location for a %RC_DOCUMENT_ERROR_TOO_LARGE error
 *
 * Edits may grow a resume past what a file may hold (a long text pasted into a field):
 * written, it could not be opened again. Callers that write it check first.
 *
 * Returns: %TRUE when the document's content is within %RC_DOCUMENT_MAX_SIZE
 */
gboolean
rc_document_check_size (RcDocument  *self,
                        gsize        written,
                        GError     **error)
{
  g_autofree char *compact = NULL;
  gsize size = written;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);

  /* indentation is free: the compact text is the content, or a little more */
  if (written > RC_DOCUMENT_MAX_SIZE)
    compact = rc_json_to_data_full (self->root, self->numbers, RC_JSON_WRITE_COMPACT, &size);
  if (size <= RC_DOCUMENT_MAX_SIZE)
    return TRUE;

  {
    g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
    g_autofree char *limit = g_format_size_full (RC_DOCUMENT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

    g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_TOO_LARGE,
                 _("The resume has grown too large to save (%s); a resume can be at most %s. "
                   "A long pasted text is the likely cause"), have, limit);
  }
  return FALSE;
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
      self->saved_is_root = FALSE;
    }
  else if (self->modified)
    {
      rc_document_keep_as_saved (self);
    }

  rc_document_update_modified (self, !!modified);
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

  return rc_json_pointer_lookup (self->root, pointer);
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

  return rc_json_get_string (rc_json_pointer_lookup (self->root, pointer));
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

  node = rc_json_pointer_lookup (self->root, pointer);
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
  gboolean wrong_types;

  if (!JSON_NODE_HOLDS_OBJECT (value))
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_NOT_RESUME,
                   _("A resume must be an object, not %s"), rc_json_describe_node (value));
      return FALSE;
    }

  /* the whole resume follows the rules of opening one, so an undo can restore what was read */
  copy = copy_value_for (self, value, no_tokens, 0, error);
  if (copy == NULL || !rc_schema_check (copy, &wrong_types, error))
    return FALSE;

  /* the tree replaced was the saved state: it stays that, no copy needed */
  if (self->saved_is_root)
    {
      self->saved = self->root;
      self->saved_is_root = FALSE;
    }
  else
    json_node_unref (self->root);
  self->root = g_steal_pointer (&copy);
  self->wrong_types = wrong_types;

  emit_changed (self, "", RC_CHANGE_RELOAD);
  return TRUE;
}

/**
 * rc_document_set_json:
 * @self: a document
 * @pointer: an existing place, or "" for the whole resume
 * @json: the new value there, as JSON text
 * @error: return location for an error in %RC_DOCUMENT_ERROR
 *
 * Puts the value @json holds at @pointer as a fix does: the resume then follows the rules of
 * opening one, not those of an edit, so a fix in one field does not fail for another field
 * of the wrong type. Numbers keep the text @json writes them in.
 *
 * Emits #RcDocument::changed once, %RC_CHANGE_RELOAD with "".
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rc_document_set_json (RcDocument  *self,
                      const char  *pointer,
                      const char  *json,
                      GError     **error)
{
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) tokens = NULL;
  g_autofree char *parent_pointer = NULL;
  JsonNode *parent;
  const char *last;
  guint index;

  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (pointer != NULL && json != NULL, FALSE);

  tokens = rc_json_pointer_split (pointer, error);
  if (tokens == NULL ||
      (value = rc_json_read_full (json, strlen (json), &limits, &texts, error)) == NULL)
    return FALSE;
  if (texts != NULL && g_hash_table_size (texts) > 0)
    {
      GHashTableIter iter;
      gpointer node, text;

      if (self->numbers == NULL)
        self->numbers = rc_json_numbers_new ();
      g_hash_table_iter_init (&iter, texts);
      while (g_hash_table_iter_next (&iter, &node, &text))
        g_hash_table_insert (self->numbers, json_node_ref (node), g_strdup (text));
    }
  if (tokens->len == 0)
    return replace_root (self, value, error);

  /* the copy carries the numbers' texts, and replace_root() copies it again with them */
  root = rc_json_tree_clone (self->root);
  carry_numbers (self->numbers, self->root, root);
  parent_pointer = rc_json_pointer_prefix (tokens, tokens->len - 1);
  parent = rc_json_pointer_lookup (root, parent_pointer);
  last = g_ptr_array_index (tokens, tokens->len - 1);
  if (parent != NULL && JSON_NODE_HOLDS_OBJECT (parent) &&
      json_object_has_member (json_node_get_object (parent), last))
    json_object_set_member (json_node_get_object (parent), last, json_node_ref (value));
  else if (parent != NULL && JSON_NODE_HOLDS_ARRAY (parent) &&
           rc_json_pointer_find_item (json_node_get_array (parent), pointer, last, &index, NULL))
    {
      json_array_remove_element (json_node_get_array (parent), index);
      rc_json_array_insert (json_node_get_array (parent), index, json_node_ref (value));
    }
  else
    {
      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: there is nothing here to fix"), pointer);
      return FALSE;
    }
  return replace_root (self, root, error);
}

/* @node as compact JSON on one line, its numbers as @numbers (nullable) has them: a fix */
char *
rc_document_json_text (JsonNode   *node,
                       GHashTable *numbers)
{
  char *text = rc_json_to_data_full (node, numbers, RC_JSON_WRITE_COMPACT, NULL);

  return g_strchomp (text);
}

/* @node (of this document's tree) as rc_document_json_text(), numbers as the file wrote them */
char *
rc_document_dup_json (RcDocument *self,
                      JsonNode   *node)
{
  return rc_document_json_text (node, self->numbers);
}

/* A copy of @node (of this document's tree) to change, and in @texts its numbers' texts, for
 * a fix: rc_json_to_data_full (copy, texts, …) writes it back as the file wrote it */
JsonNode *
rc_document_dup_tree (RcDocument  *self,
                      JsonNode    *node,
                      GHashTable **texts)
{
  g_autofree char *json = rc_document_dup_json (self, node);

  return rc_json_read_full (json, strlen (json), &limits, texts, NULL);
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

  tokens = rc_json_pointer_split (pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (n == 0)
    return replace_root (self, value, error);

  if (!rc_json_pointer_walk (self->root, pointer, tokens, n - 1, &parent, &reached, error) ||
      !rc_json_pointer_check_container (parent, pointer, tokens, reached, error))
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
              inserted = rc_json_pointer_prefix (tokens, n);
            }
          else if (!rc_json_pointer_find_item (array, pointer, last, &index, error))
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

      if (existing != NULL && rc_json_scalars_equal (existing, value))
        return TRUE;
    }

  subtree = copy_value_for (self, value, tokens, n, error);
  if (subtree == NULL)
    return FALSE;

  subtree = wrap_in_objects (g_steal_pointer (&subtree), tokens, reached + 1, n);

  if (!rc_schema_check_at (subtree, tokens, reached + 1, error))
    return FALSE;

  before_edit (self);
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

  tokens = rc_json_pointer_split (array_pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (!rc_json_pointer_walk (self->root, array_pointer, tokens, n, &node, &reached, error) ||
      (reached < n &&
       !rc_json_pointer_check_container (node, array_pointer, tokens, reached, error)))
    return FALSE;

  if (reached == n)
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_autofree char *where = display_pointer (array_pointer);

          g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                       _("%s: cannot insert into %s, only into a list"),
                       where, rc_json_describe_node (node));
          return FALSE;
        }
      length = json_array_get_length (json_node_get_array (node));
    }

  if (index < -1 || (index >= 0 && (guint) index > length))
    {
      g_autofree char *where = display_pointer (array_pointer);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: cannot insert at %d; the list has %u item",
                                "%s: cannot insert at %d; the list has %u items",
                                length),
                   where, index, length);
      return FALSE;
    }

  position = index < 0 ? length : (guint) index;
  g_ptr_array_add (tokens, g_strdup_printf ("%u", position));
  item_pointer = rc_json_pointer_prefix (tokens, n + 1);

  item = copy_value_for (self, value, tokens, n + 1, error);
  if (item == NULL)
    return FALSE;

  if (reached == n)
    {
      if (!rc_schema_check_at (item, tokens, n + 1, error))
        return FALSE;

      before_edit (self);
      rc_json_array_insert (json_node_get_array (node), position, g_steal_pointer (&item));
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) subtree = NULL;

      json_array_add_element (array, g_steal_pointer (&item));
      subtree = json_node_init_array (json_node_alloc (), array);
      subtree = wrap_in_objects (g_steal_pointer (&subtree), tokens, reached + 1, n);

      if (!rc_schema_check_at (subtree, tokens, reached + 1, error))
        return FALSE;

      before_edit (self);
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

  tokens = rc_json_pointer_split (pointer, error);
  if (tokens == NULL)
    return FALSE;

  n = tokens->len;
  if (n == 0)
    {
      g_set_error_literal (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                           _("The whole resume cannot be removed"));
      return FALSE;
    }

  if (!rc_json_pointer_walk (self->root, pointer, tokens, n - 1, &parent, &reached, error))
    return FALSE;

  if (reached < n - 1)
    {
      rc_json_pointer_set_nothing_error (error, pointer, tokens, reached);
      return FALSE;
    }

  if (!rc_json_pointer_check_container (parent, pointer, tokens, reached, error))
    return FALSE;

  last = g_ptr_array_index (tokens, n - 1);

  if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      guint index;

      if (!rc_json_pointer_find_item (array, pointer, last, &index, error))
        return FALSE;

      before_edit (self);
      json_array_remove_element (array, index);
    }
  else
    {
      JsonObject *object = json_node_get_object (parent);

      if (!json_object_has_member (object, last))
        {
          rc_json_pointer_set_nothing_error (error, pointer, tokens, n - 1);
          return FALSE;
        }

      before_edit (self);
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

  tokens = rc_json_pointer_split (array_pointer, error);
  if (tokens == NULL)
    return FALSE;

  if (!rc_json_pointer_walk (self->root, array_pointer, tokens, tokens->len, &node, &reached,
                             error))
    return FALSE;

  if (reached < tokens->len)
    {
      rc_json_pointer_set_nothing_error (error, array_pointer, tokens, reached);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *where = display_pointer (array_pointer);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   _("%s: cannot move items in %s, only in a list"),
                   where, rc_json_describe_node (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  if (from >= length || to >= length)
    {
      g_autofree char *where = display_pointer (array_pointer);

      g_set_error (error, RC_DOCUMENT_ERROR, RC_DOCUMENT_ERROR_BAD_POINTER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: cannot move item %u to %u; the list has %u item",
                                "%s: cannot move item %u to %u; the list has %u items",
                                length),
                   where, from, to, length);
      return FALSE;
    }

  if (from == to)
    return TRUE;

  before_edit (self);
  rc_json_array_insert (array, to, rc_json_array_take (array, from));

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

  node = rc_json_pointer_lookup (self->root, "/meta/resumeCoach");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

/* (private) whether a field of the wrong type may be in the tree: one was kept when it was
 * read or replaced as a whole. An edit is refused if it would put one in, so a resume read
 * without one never holds one. */
gboolean
rc_document_may_hold_legacy_keys (RcDocument *self)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), FALSE);

  return self->legacy_keys;
}

gboolean
rc_document_may_hold_wrong_types (RcDocument *self)
{
  g_return_val_if_fail (RC_IS_DOCUMENT (self), TRUE);

  return self->wrong_types;
}
