/* rc-width-store.c — the widths shaped in earlier runs, kept in the user's cache
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "rc-hash-private.h"
#include "rc-store-file.h"
#include "rc-width-store.h"

#define STORE_TYPE "(sa(ti))"
/* more than this and the store starts again: a batch of strangers' resumes is no reason to
 * keep every word of them (16 bytes each) */
#define STORE_MAX 100000
/* no word is this wide, in Pango units: a store that says so is damaged */
#define WIDTH_MAX (1 << 26)

/* an entry as serialised: the layout GVariant gives "(ti)" */
typedef struct
{
  guint64 key;
  gint32  width;
  guint32 padding;
} Entry;

G_STATIC_ASSERT (sizeof (Entry) == 16);

struct _RcWidthStore
{
  GMutex       lock;
  char        *path;
  char        *identity;
  gboolean     read;
  GVariant    *file;      /* (nullable): the file as read, if made for identity */
  const Entry *entries;   /* into file, sorted by key */
  gsize        n_entries;
  GHashTable  *added;     /* key (guint64*) → width: this run's */
  gboolean     dirty;     /* added holds widths the file does not */
};

RcWidthStore *
rc_width_store_new (const char *path,
                    const char *identity)
{
  RcWidthStore *self = g_new0 (RcWidthStore, 1);

  g_mutex_init (&self->lock);
  self->path = g_strdup (path);
  self->identity = g_strdup (identity);
  self->added = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

void
rc_width_store_free (RcWidthStore *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->file, g_variant_unref);
  g_hash_table_unref (self->added);
  g_free (self->identity);
  g_free (self->path);
  g_mutex_clear (&self->lock);
  g_free (self);
}

/* Under the lock: the widths of earlier runs, once. The file is read as any outside data:
 * GVariant gives a safe default for whatever is malformed, and each width is checked when
 * it is used. */
static void
read_file (RcWidthStore *self)
{
  g_autoptr(GVariant) entries = NULL;

  if (self->read)
    return;
  self->read = TRUE;
  self->file = rc_store_file_read (self->path, STORE_TYPE, self->identity);
  if (self->file == NULL)
    return;
  entries = g_variant_get_child_value (self->file, 1);
  self->entries = g_variant_get_fixed_array (entries, &self->n_entries, sizeof (Entry));
  if (self->entries == NULL)
    self->n_entries = 0;
}

/* Under the lock: the earlier runs' entry for @key, if its width is one (and @width, unless
 * G_MININT) */
static const Entry *
find_entry (RcWidthStore *self,
            guint64       key,
            int           width)
{
  const Entry *entry;

  if (self->n_entries == 0)
    return NULL;
  entry = bsearch (&key, self->entries, self->n_entries, sizeof (Entry),
                   rc_hash_compare_keys);
  if (entry == NULL || entry->width < -1 || entry->width > WIDTH_MAX ||
      (width != G_MININT && entry->width != width))
    return NULL;
  return entry;
}

gboolean
rc_width_store_lookup (RcWidthStore *self,
                       guint64       key,
                       int          *width)
{
  const Entry *entry;
  gpointer value;
  gboolean found = FALSE;

  g_mutex_lock (&self->lock);
  read_file (self);
  if (g_hash_table_lookup_extended (self->added, &key, NULL, &value))
    {
      *width = GPOINTER_TO_INT (value);
      found = TRUE;
    }
  else if ((entry = find_entry (self, key, G_MININT)) != NULL)
    {
      *width = entry->width;
      found = TRUE;
    }
  g_mutex_unlock (&self->lock);
  return found;
}

void
rc_width_store_add (RcWidthStore *self,
                    guint64       key,
                    int           width)
{
  g_return_if_fail (width >= -1 && width <= WIDTH_MAX);

  g_mutex_lock (&self->lock);
  read_file (self);
  if (!g_hash_table_contains (self->added, &key) && find_entry (self, key, width) == NULL)
    {
      g_hash_table_insert (self->added, g_memdup2 (&key, sizeof key), GINT_TO_POINTER (width));
      self->dirty = TRUE;
    }
  g_mutex_unlock (&self->lock);
}

gboolean
rc_width_store_save (RcWidthStore  *self,
                     GError       **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GVariant) store = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean saved_ok;
  guint kept = 0;

  g_mutex_lock (&self->lock);
  if (!self->dirty)
    {
      g_mutex_unlock (&self->lock);
      return TRUE;
    }
  /* this run's widths, then the earlier ones, unless they are too many */
  g_hash_table_iter_init (&iter, self->added);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* the padding too: nothing of this process' memory goes into the file */
      Entry entry = { *(guint64 *) key, GPOINTER_TO_INT (value), 0 };

      g_array_append_val (entries, entry);
    }
  if (entries->len + self->n_entries <= STORE_MAX)
    for (gsize i = 0; i < self->n_entries; i++)
      if (self->entries[i].width >= -1 && self->entries[i].width <= WIDTH_MAX &&
          !g_hash_table_contains (self->added, &self->entries[i].key))
        {
          Entry entry = { self->entries[i].key, self->entries[i].width, 0 };

          g_array_append_val (entries, entry);
        }
  g_array_sort (entries, rc_hash_compare_keys);
  /* a damaged store may hold a key twice: once is kept */
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      if (kept == 0 || entry->key != g_array_index (entries, Entry, kept - 1).key)
        g_array_index (entries, Entry, kept++) = *entry;
    }
  g_array_set_size (entries, kept);

  store = g_variant_ref_sink (g_variant_new (
    "(s@a(ti))", self->identity,
    g_variant_new_fixed_array (G_VARIANT_TYPE ("(ti)"), entries->data, entries->len,
                               sizeof (Entry))));
  saved_ok = rc_store_file_write (self->path, store, error);
  if (saved_ok)
    self->dirty = FALSE;
  g_mutex_unlock (&self->lock);
  return saved_ok;
}
