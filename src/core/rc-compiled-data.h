/* rc-compiled-data.h — the bundled taxonomy and verbs in their compiled form (private)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/skills.json and data/verbs.json are read at build time by rc-compile-data (with the
 * loaders below, so there is one reader), stored as GVariants in a resource of their own
 * (rc-core-compiled, uncompressed so it is read in place) and read at start without JSON.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Made by glib-compile-resources from data/compiled.gresource.xml; rc-compile-data defines it
 * to return NULL, so the loaders read the JSON there. */
GResource *rc_core_compiled_get_resource (void);

/* the compiled resource's @name as a trusted GVariant of @type; NULL (with @error) when the
 * program has no compiled data */
GVariant  *rc_compiled_data_lookup       (const char          *name,
                                          const GVariantType  *type,
                                          GError             **error);

G_END_DECLS
