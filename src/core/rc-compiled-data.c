/* rc-compiled-data.c — the compiled resource's GVariants
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-compiled-data.h"

GVariant *
rc_compiled_data_lookup (const char          *name,
                         const GVariantType  *type,
                         GError             **error)
{
  GResource *resource = rc_core_compiled_get_resource ();
  g_autoptr(GBytes) bytes = NULL;

  if (resource == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "this program has no compiled data");
      return NULL;
    }
  /* stored uncompressed: the bytes are the program's own, no copy */
  bytes = g_resource_lookup_data (resource, name, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  /* trusted: written by rc-compile-data in this build */
  return g_variant_ref_sink (g_variant_new_from_bytes (type, bytes, TRUE));
}
