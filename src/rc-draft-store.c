/* rc-draft-store.c — unsaved work kept in private files until it is saved or discarded
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A draft is two files: ID.json, the resume exactly as a save would write it (so it reads
 * back through the same strict, bounded loader, numbers and all), and ID.info, a small key
 * file saying whose it is. Both are written atomically, the resume last.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-draft-store.h"
#include "rc-file.h"
#include "rc-json-reader.h"

#define SESSION_FLAG  "session-running"
#define INFO_GROUP    "Draft"
#define INFO_MAX_SIZE (64 * 1024)

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
  g_free (info->disk_state);
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

/* @suffix: ".json" for the resume, ".info" for what the draft is */
static GFile *
draft_file (RcDraftStore *self,
            const char   *id,
            const char   *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);
  g_autofree char *path = g_build_filename (self->directory, name, NULL);

  return g_file_new_for_path (path);
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
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GFile) resume_file = NULL;
  g_autofree char *info = NULL;
  g_autofree char *data = NULL;
  gsize info_length, length;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (is_valid_id (id), FALSE);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (!ensure_directory (self, error))
    return FALSE;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *state = rc_document_dup_disk_state (document, file);

      g_key_file_set_string (keys, INFO_GROUP, "file", uri);
      /* so that after a crash, saving the draft over the file still sees another program's
       * changes to it */
      if (state != NULL)
        g_key_file_set_string (keys, INFO_GROUP, "disk-state", state);
    }
  g_key_file_set_string (keys, INFO_GROUP, "title", title != NULL ? title : "");
  g_key_file_set_int64 (keys, INFO_GROUP, "saved", g_get_real_time () / G_USEC_PER_SEC);
  info = g_key_file_to_data (keys, &info_length, NULL);
  data = rc_document_to_data (document, &length);
  if (!rc_document_check_size (document, length, error))
    return FALSE;

  info_file = draft_file (self, id, ".info");
  resume_file = draft_file (self, id, ".json");
  return rc_file_replace_contents (info_file, info, info_length, RC_FILE_REPLACE_PRIVATE,
                                   error) &&
         rc_file_replace_contents (resume_file, data, length, RC_FILE_REPLACE_PRIVATE, error);
}

void
rc_draft_store_remove (RcDraftStore *self,
                       const char   *id)
{
  g_autoptr(GFile) resume_file = NULL;
  g_autoptr(GFile) info_file = NULL;

  g_return_if_fail (RC_IS_DRAFT_STORE (self));

  if (!is_valid_id (id))
    return;
  resume_file = draft_file (self, id, ".json");
  info_file = draft_file (self, id, ".info");
  g_file_delete (resume_file, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}

/* What draft @id is, from its key file; NULL when there is no such draft */
static RcDraftInfo *
read_info (RcDraftStore  *self,
           const char    *id,
           GError       **error)
{
  g_autoptr(GFile) info_file = draft_file (self, id, ".info");
  g_autoptr(GFile) resume_file = draft_file (self, id, ".json");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  RcDraftInfo *info;
  gsize size;
  const char *data;

  if (!g_file_query_exists (resume_file, NULL) ||
      (bytes = rc_file_read (info_file, INFO_MAX_SIZE, NULL, NULL, error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no draft “%s”"), id);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  if (!g_key_file_load_from_data (keys, size > 0 ? data : "", size, G_KEY_FILE_NONE, NULL) ||
      !g_key_file_has_group (keys, INFO_GROUP))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The draft “%s” is damaged"), id);
      return NULL;
    }

  info = g_new0 (RcDraftInfo, 1);
  info->id = g_strdup (id);
  info->uri = g_key_file_get_string (keys, INFO_GROUP, "file", NULL);
  info->title = g_key_file_get_string (keys, INFO_GROUP, "title", NULL);
  if (info->title == NULL)
    info->title = g_strdup ("");
  info->saved = g_key_file_get_int64 (keys, INFO_GROUP, "saved", NULL);
  info->disk_state = g_key_file_get_string (keys, INFO_GROUP, "disk-state", NULL);
  return info;
}

/* Drafts of the first version were one file, ID.json: {"file", "title", "saved", "resume"}.
 * One left by a crash before an upgrade is rewritten in today's form, so it is offered. */
static void
upgrade_old_draft (RcDraftStore *self,
                   const char   *id)
{
  g_autoptr(GFile) old_file = draft_file (self, id, ".json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *resume = NULL;
  JsonObject *object;
  JsonNode *node;
  const char *uri, *title;
  gsize size;

  bytes = rc_json_read_file_bytes (old_file, RC_DOCUMENT_MAX_SIZE + INFO_MAX_SIZE, NULL, &error);
  if (bytes != NULL)
    {
      const char *data = g_bytes_get_data (bytes, &size);

      root = rc_json_read (data, size, &error);
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  object = json_node_get_object (root);
  if ((node = json_object_get_member (object, "resume")) == NULL)
    return;

  resume = json_to_string (node, FALSE);
  document = rc_document_new_from_data (resume, -1, &error);
  if (document == NULL)
    {
      g_debug ("Draft %s cannot be read: %s", id, error->message);
      return;
    }
  node = json_object_get_member (object, "file");
  uri = node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
        json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
  node = json_object_get_member (object, "title");
  title = node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : "";
  file = uri != NULL ? g_file_new_for_uri (uri) : NULL;
  if (!rc_draft_store_save (self, id, document, file, title, &error))
    g_debug ("Draft %s cannot be rewritten: %s", id, error->message);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RcDraftInfo *info_a = *(RcDraftInfo * const *) a;
  const RcDraftInfo *info_b = *(RcDraftInfo * const *) b;

  return (info_a->saved < info_b->saved) - (info_a->saved > info_b->saved);
}

/* each ID.json without its ID.info, before the folder is listed */
static void
upgrade_old_drafts (RcDraftStore *self)
{
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (self->directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autoptr(GFile) info_file = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".json"));
      info_file = draft_file (self, id, ".info");
      if (is_valid_id (id) && !g_file_query_exists (info_file, NULL))
        g_ptr_array_add (old, g_steal_pointer (&id));
    }
  for (guint i = 0; i < old->len; i++)
    upgrade_old_draft (self, g_ptr_array_index (old, i));
}

GPtrArray *
rc_draft_store_list (RcDraftStore *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_draft_info_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), drafts);

  upgrade_old_drafts (self);
  dir = g_dir_open (self->directory, 0, NULL);
  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      RcDraftInfo *info;

      if (!g_str_has_suffix (name, ".info"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".info"));
      if (is_valid_id (id) && (info = read_info (self, id, NULL)) != NULL)
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
  g_autoptr(RcDraftInfo) info = NULL;
  g_autoptr(GFile) resume_file = NULL;
  RcDocument *document;

  g_return_val_if_fail (RC_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (is_valid_id (id), NULL);

  info = read_info (self, id, error);
  if (info == NULL)
    return NULL;

  resume_file = draft_file (self, id, ".json");
  document = rc_document_new_from_file (resume_file, NULL, error);
  if (document == NULL)
    return NULL;

  rc_document_set_modified (document, TRUE);
  if (info->uri != NULL)
    {
      g_autoptr(GFile) original = g_file_new_for_uri (info->uri);

      rc_document_set_disk_state (document, original, info->disk_state);
      if (file != NULL)
        *file = g_steal_pointer (&original);
    }
  else if (file != NULL)
    *file = NULL;
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
