/* rc-hash-private.h — a fast 64-bit hash of bytes, for the engine's fingerprints
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

#define RC_HASH_MIX(h) \
  ((h) ^= (h) >> 33, (h) *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd), (h) ^= (h) >> 33)

static inline guint64
rc_hash_bytes (const char *data,
               gsize       len,
               guint64     seed)
{
  guint64 h = seed ^ (len * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  gsize i = 0;

  /* eight bytes a step */
  for (; i + 8 <= len; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      h = (h ^ word) * G_GUINT64_CONSTANT (0x100000001b3);
      h ^= h >> 29;
    }
  for (; i < len; i++)
    h = (h ^ (guchar) data[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return h;
}

/* Orders records that begin with a guint64 (a hash, a key), and bare guint64s alike: for
 * g_array_sort() and bsearch() over a store's sorted entries */
static inline int
rc_hash_compare_keys (const void *a,
                      const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

G_END_DECLS
