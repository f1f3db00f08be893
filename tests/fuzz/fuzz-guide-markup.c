/* fuzz-guide-markup.c — the guide's light markup: parsed into blocks, links and plain text
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-guide-markup.h"
#include "rc-fuzz.h"

static gboolean
is_well_formed (const char *markup)
{
  static const GMarkupParser parser = { 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

  return g_markup_parse_context_parse (context, "<markup>", -1, NULL) &&
         g_markup_parse_context_parse (context, markup, -1, NULL) &&
         g_markup_parse_context_parse (context, "</markup>", -1, NULL) &&
         g_markup_parse_context_end_parse (context, NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *body = rc_fuzz_dup_text (data, size);
  g_autoptr(GPtrArray) blocks = NULL;
  g_auto(GStrv) links = NULL;
  g_autofree char *text = NULL;

  if (body == NULL)
    return 0;

  blocks = rc_guide_markup_parse (body, NULL, NULL);
  for (guint i = 0; i < blocks->len; i++)
    {
      RcGuideBlock *block = g_ptr_array_index (blocks, i);

      /* the markup goes to a GtkLabel (Pango markup and <a href>): it must be well formed */
      g_assert (block->markup == NULL || is_well_formed (block->markup));
    }
  links = rc_guide_markup_collect_links (body);
  text = rc_guide_markup_to_text (body, NULL, NULL);
  g_assert (g_utf8_validate (text, -1, NULL));
  return 0;
}
