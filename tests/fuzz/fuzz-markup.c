/* fuzz-markup.c — a resume string as printed, and its map back to the text as written
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-markup.h"
#include "rc-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = rc_fuzz_dup_text (data, size);
  RcMarkup markup;
  guint last = 0;

  if (text == NULL)
    return 0;

  rc_markup_init (&markup);
  if (rc_markup_render (&markup, text, size))
    {
      g_autofree char *first = rc_markup_first (&markup);

      g_assert (first != NULL);
      g_assert (g_utf8_validate_len (markup.printed->str, markup.printed->len, NULL));
      g_assert (markup.n_chars == (guint) g_utf8_strlen (markup.printed->str,
                                                        (gssize) markup.printed->len));
      g_assert (markup.n_raw_chars == (guint) g_utf8_strlen (text, (gssize) size));

      /* each printed character comes from raw ones after the last one's, within the text */
      for (guint i = 0; i < markup.n_chars; i++)
        {
          guint start, end;

          rc_markup_map_span (&markup, i, i + 1, &start, &end);
          g_assert (start < end && end <= markup.n_raw_chars);
          if (markup.n_chars > 1)
            g_assert (start >= last);
          last = end;
        }
      /* any span maps inside the raw text, in order, and widening never shrinks it */
      for (guint i = 0; i <= markup.n_chars; i += 1 + markup.n_chars / 16)
        for (guint j = i; j <= markup.n_chars; j += 1 + markup.n_chars / 16)
          {
            guint start, end, cs, ce;

            rc_markup_map_span (&markup, i, j, &start, &end);
            g_assert (start <= end && end <= markup.n_raw_chars);
            if (i < j)
              {
                rc_markup_map_span (&markup, i, i + 1, &cs, &ce);
                g_assert (start <= cs);
                rc_markup_map_span (&markup, j - 1, j, &cs, &ce);
                g_assert (end >= ce);
              }
          }
      /* every piece of markup prints shorter than it is written */
      g_assert (markup.printed->len <= size);
    }
  rc_markup_clear (&markup);
  return 0;
}
