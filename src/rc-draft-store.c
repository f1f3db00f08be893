/* rc-draft-store.c — unsaved work kept in private files until it is saved or discarded
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-draft-store.h"

#define SESSION_FLAG "session-running"

struct _RcDraftStore
{
  GObject  parent_instance;
  char    *directory;
};

G_DEFINE_FINAL_TYPE (RcDraftStore, rc_draft_store, G_TYPE_OBJECT)

void
rc_draft_info_free (RcDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->uri);
  g_free (info->title);
  g_free (info);
}

static gboolean
ensure_directory (RcDraftStore  *self,
                  GError       **error)
{
  /* drafts hold personal data: only the user may list or read them */
  if (g_mkdir_with_parents (self->directory, 0700) != 0 || g_chmod (self->directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the drafts folder “%s”: %s"),
                   self->directory, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static char *
draft_path (RcDraftStore *self,
            const char   *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_build_filename (self->directory, name, NULL);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

RcDraftStore *
rc_draft_store_new (const char *directory)
{
  RcDraftStore *self = g_object_new (RC_TYPE_DRAFT_STORE, NULL);

  if (directory != NULL)
    self->directory = g_strdup (directory);
  else
    self->directory = g_build_filename (g_get_user_data_dir (), "resume-coach", "drafts", NULL);
  return self;
}

const char *
rc_draft_store_get_directory (RcDraftStore *self)
{
  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), NULL);

  return self->directory;
}

gboolean
rc_draft_store_begin_session (RcDraftStore *self)
{
  g_autofree char *flag = NULL;
  g_autofree char *pid = NULL;
  g_autoptr(GError) error = NULL;
  gboolean unclean;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), FALSE);

  flag = g_build_filename (self->directory, SESSION_FLAG, NULL);
  unclean = g_file_test (flag, G_FILE_TEST_EXISTS);

  pid = g_strdup_printf ("%d\n", (int) getpid ());
  if (!ensure_directory (self, &error) ||
      !g_file_set_contents_full (flag, pid, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error))
    g_debug ("No session flag: %s", error->message);

  return unclean;
}

void
rc_draft_store_end_session (RcDraftStore *self)
{
  g_autofree char *flag = NULL;

  g_return_if_fail (RC_IS_DRAFT_STORE (self));

  flag = g_build_filename (self->directory, SESSION_FLAG, NULL);
  g_unlink (flag);
}

gboolean
rc_draft_store_save (RcDraftStore  *self,
                     const char    *id,
                     RcDocument    *document,
                     GFile         *file,
                     const char    *title,
                     GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (is_valid_id (id), FALSE);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (!ensure_directory (self, error))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  if (file != NULL)
    {
      uri = g_file_get_uri (file);
      json_builder_add_string_value (builder, uri);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title != NULL ? title : "");
  json_builder_set_member_name (builder, "saved");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (builder, "resume");
  json_builder_add_value (builder, json_node_copy (rc_document_get_root (document)));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  path = draft_path (self, id);

  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
rc_draft_store_remove (RcDraftStore *self,
                       const char   *id)
{
  g_autofree char *path = NULL;

  g_return_if_fail (RC_IS_DRAFT_STORE (self));

  if (!is_valid_id (id))
    return;
  path = draft_path (self, id);
  g_unlink (path);
}

static JsonObject *
read_draft (RcDraftStore  *self,
            const char    *id,
            JsonParser    *parser,
            GError       **error)
{
  g_autofree char *path = draft_path (self, id);
  JsonNode *root;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "resume"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The draft “%s” is damaged"), id);
      return NULL;
    }
  return json_node_get_object (root);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RcDraftInfo *info_a = *(RcDraftInfo * const *) a;
  const RcDraftInfo *info_b = *(RcDraftInfo * const *) b;

  return (info_a->saved < info_b->saved) - (info_a->saved > info_b->saved);
}

GPtrArray *
rc_draft_store_list (RcDraftStore *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_draft_info_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), drafts);

  dir = g_dir_open (self->directory, 0, NULL);
  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *id = NULL;
      JsonObject *object;
      RcDraftInfo *info;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".json"));
      if (!is_valid_id (id))
        continue;
      object = read_draft (self, id, parser, NULL);
      if (object == NULL)
        continue;

      info = g_new0 (RcDraftInfo, 1);
      info->id = g_steal_pointer (&id);
      info->uri = g_strdup (json_object_get_string_member_with_default (object, "file", NULL));
      info->title = g_strdup (json_object_get_string_member_with_default (object, "title", ""));
      info->saved = json_object_get_int_member_with_default (object, "saved", 0);
      g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}

RcDocument *
rc_draft_store_load (RcDraftStore  *self,
                     const char    *id,
                     GFile        **file,
                     GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  JsonObject *object;
  const char *uri;
  RcDocument *document;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (is_valid_id (id), NULL);

  object = read_draft (self, id, parser, error);
  if (object == NULL)
    return NULL;

  data = json_to_string (json_object_get_member (object, "resume"), FALSE);
  document = rc_document_new_from_data (data, -1, error);
  if (document == NULL)
    return NULL;

  rc_document_set_modified (document, TRUE);
  uri = json_object_get_string_member_with_default (object, "file", NULL);
  if (file != NULL)
    *file = uri != NULL ? g_file_new_for_uri (uri) : NULL;
  return document;
}

static void
rc_draft_store_finalize (GObject *object)
{
  RcDraftStore *self = RC_DRAFT_STORE (object);

  g_clear_pointer (&self->directory, g_free);
  G_OBJECT_CLASS (rc_draft_store_parent_class)->finalize (object);
}

static void
rc_draft_store_class_init (RcDraftStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_draft_store_finalize;
}

static void
rc_draft_store_init (RcDraftStore *self)
{
}
