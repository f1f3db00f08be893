/* rc-autosave.c — keeps a draft of the document's unsaved changes after a short idle
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-autosave.h"

/* the draft-interval key's default */
#define DEFAULT_INTERVAL 2

struct _RcAutosave
{
  GObject       parent_instance;

  RcDraftStore *store;
  RcDocument   *document;
  GSignalGroup *document_signals;
  GFile        *file;
  char         *draft_id;
  guint         interval;      /* seconds */
  guint         draft_source;
  gint64        draft_due;     /* monotonic µs the pending draft is written at */
};

G_DEFINE_FINAL_TYPE (RcAutosave, rc_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INTERVAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
rc_dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

char *
rc_autosave_dup_title (RcDocument *document,
                       GFile      *file)
{
  const char *name;

  if (file != NULL)
    return rc_dup_display_name (file);
  if (document != NULL)
    {
      name = rc_document_get_string (document, "/basics/name");
      if (name != NULL && *name != '\0')
        return g_strdup (name);
    }
  return g_strdup (_("New Resume"));
}

static gboolean
on_draft_timeout_cb (gpointer data)
{
  RcAutosave *self = data;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  self->draft_source = 0;
  self->draft_due = 0;
  if (self->store == NULL || self->document == NULL ||
      !rc_document_get_modified (self->document))
    return G_SOURCE_REMOVE;

  title = rc_autosave_dup_title (self->document, self->file);
  if (!rc_draft_store_save (self->store, self->draft_id, self->document, self->file, title,
                            &error))
    g_debug ("Could not keep a draft: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (RcAutosave *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (self->interval * 1000, on_draft_timeout_cb, self);
  self->draft_due = g_get_monotonic_time () + (gint64) self->interval * G_USEC_PER_SEC;
}

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcAutosave   *self)
{
  schedule_draft (self);
}

void
rc_autosave_discard (RcAutosave *self)
{
  g_return_if_fail (RC_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_due = 0;
  if (self->store != NULL && self->draft_id != NULL)
    rc_draft_store_remove (self->store, self->draft_id);
}

void
rc_autosave_set_document (RcAutosave *self,
                          RcDocument *document,
                          GFile      *file)
{
  g_return_if_fail (RC_IS_AUTOSAVE (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  rc_autosave_discard (self);
  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_signal_group_set_target (self->document_signals, document);
  g_free (self->draft_id);
  self->draft_id = g_uuid_string_random ();

  if (document != NULL && rc_document_get_modified (document))
    schedule_draft (self);
}

void
rc_autosave_set_draft_id (RcAutosave *self,
                          const char *draft_id)
{
  g_return_if_fail (RC_IS_AUTOSAVE (self));
  g_return_if_fail (draft_id != NULL);

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
}

const char *
rc_autosave_get_draft_id (RcAutosave *self)
{
  g_return_val_if_fail (RC_IS_AUTOSAVE (self), NULL);

  return self->draft_id;
}

void
rc_autosave_saved (RcAutosave *self,
                   GFile      *file)
{
  g_return_if_fail (RC_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  /* edits made while saving are not in the file: their draft stays */
  if (self->document != NULL && rc_document_get_modified (self->document))
    schedule_draft (self);
  else
    rc_autosave_discard (self);
}

guint
rc_autosave_get_interval (RcAutosave *self)
{
  g_return_val_if_fail (RC_IS_AUTOSAVE (self), 0);

  return self->interval;
}

void
rc_autosave_set_interval (RcAutosave *self,
                          guint       interval)
{
  g_return_if_fail (RC_IS_AUTOSAVE (self));
  g_return_if_fail (interval > 0);

  if (self->interval == interval)
    return;
  self->interval = interval;
  /* a pending draft waits the new interval, from now */
  if (self->draft_source != 0)
    schedule_draft (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

gint64
rc_autosave_get_draft_due (RcAutosave *self)
{
  g_return_val_if_fail (RC_IS_AUTOSAVE (self), 0);

  return self->draft_due;
}

static void
rc_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RcAutosave *self = RC_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RcAutosave *self = RC_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_INTERVAL:
      rc_autosave_set_interval (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_autosave_dispose (GObject *object)
{
  RcAutosave *self = RC_AUTOSAVE (object);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_autosave_parent_class)->dispose (object);
}

static void
rc_autosave_finalize (GObject *object)
{
  RcAutosave *self = RC_AUTOSAVE (object);

  g_clear_pointer (&self->draft_id, g_free);

  G_OBJECT_CLASS (rc_autosave_parent_class)->finalize (object);
}

static void
rc_autosave_class_init (RcAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_autosave_dispose;
  object_class->finalize = rc_autosave_finalize;
  object_class->get_property = rc_autosave_get_property;
  object_class->set_property = rc_autosave_set_property;

  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 1, G_MAXUINT / 1000, DEFAULT_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_autosave_init (RcAutosave *self)
{
  self->draft_id = g_uuid_string_random ();
  self->interval = DEFAULT_INTERVAL;
  self->document_signals = g_signal_group_new (RC_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (on_document_changed_cb), self, G_CONNECT_DEFAULT);
}

RcAutosave *
rc_autosave_new (RcDraftStore *store)
{
  RcAutosave *self;

  g_return_val_if_fail (store == NULL || RC_IS_DRAFT_STORE (store), NULL);

  self = g_object_new (RC_TYPE_AUTOSAVE, NULL);
  if (store != NULL)
    self->store = g_object_ref (store);
  return self;
}
