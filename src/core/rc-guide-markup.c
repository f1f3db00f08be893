/* rc-guide-markup.c — the guide's small text markup, parsed into blocks for display
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-guide-markup.h"

typedef struct
{
  GString              *markup;
  GString              *text;
  GPtrArray            *links;
  RcGuideLinkTitleFunc  title_func;
  gpointer              user_data;
} InlineState;

void
rc_guide_block_free (RcGuideBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->markup);
  g_free (block->text);
  g_strfreev (block->links);
  g_free (block);
}

static void
append_plain (InlineState *st,
              const char  *s,
              gssize       len)
{
  g_autofree char *escaped = NULL;

  if (len < 0)
    len = strlen (s);
  if (len == 0)
    return;
  escaped = g_markup_escape_text (s, len);
  g_string_append (st->markup, escaped);
  g_string_append_len (st->text, s, len);
}

/* Finds @needle in [from, end) of @s; -1 when absent. */
static gssize
find_from (const char *s,
           gsize       from,
           gsize       end,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = from; i + n <= end; i++)
    if (memcmp (s + i, needle, n) == 0)
      return i;
  return -1;
}

/* A closing "**" for strong: not preceded by a space. */
static gssize
find_strong_close (const char *s,
                   gsize       from,
                   gsize       end)
{
  for (gsize i = from; i + 2 <= end; i++)
    if (s[i] == '*' && s[i + 1] == '*' && i > from && s[i - 1] != ' ')
      return i;
  return -1;
}

/* A closing "*" for emphasis, stepping over any "**" pairs (strong inside emphasis). */
static gssize
find_em_close (const char *s,
               gsize       from,
               gsize       end)
{
  for (gsize i = from; i < end; i++)
    {
      if (s[i] == '`')
        {
          gssize close = find_from (s, i + 1, end, "`");
          if (close >= 0)
            i = close;
          continue;
        }
      if (s[i] != '*')
        continue;
      if (i + 1 < end && s[i + 1] == '*')
        {
          i++;
          continue;
        }
      if (i > from && s[i - 1] != ' ')
        return i;
    }
  return -1;
}

static void parse_inline (InlineState *st,
                          const char  *s,
                          gsize        len);

static void
append_link (InlineState *st,
             const char  *inner,
             gsize        len)
{
  const char *bar = memchr (inner, '|', len);
  g_autofree char *id = g_strstrip (g_strndup (inner, bar ? (gsize) (bar - inner) : len));
  g_autofree char *label = NULL;
  g_autofree char *escaped_id = NULL;

  if (bar != NULL)
    label = g_strstrip (g_strndup (bar + 1, len - (bar - inner) - 1));
  if (label == NULL || *label == '\0')
    {
      const char *title = st->title_func ? st->title_func (id, st->user_data) : NULL;
      g_free (label);
      label = g_strdup (title ? title : id);
    }

  escaped_id = g_markup_escape_text (id, -1);
  g_string_append_printf (st->markup, "<a href=\"" RC_GUIDE_LINK_SCHEME "%s\">", escaped_id);
  parse_inline (st, label, strlen (label));
  g_string_append (st->markup, "</a>");
  g_ptr_array_add (st->links, g_steal_pointer (&id));
}

static void
parse_inline (InlineState *st,
              const char  *s,
              gsize        len)
{
  gsize run = 0;
  gsize i = 0;

  while (i < len)
    {
      gssize close;

      if (s[i] == '`' && (close = find_from (s, i + 1, len, "`")) > (gssize) i + 1)
        {
          append_plain (st, s + run, i - run);
          g_string_append (st->markup, "<tt>");
          append_plain (st, s + i + 1, close - i - 1);
          g_string_append (st->markup, "</tt>");
          i = run = close + 1;
        }
      else if (s[i] == '[' && i + 1 < len && s[i + 1] == '['
               && (close = find_from (s, i + 2, len, "]]")) > (gssize) i + 2)
        {
          append_plain (st, s + run, i - run);
          append_link (st, s + i + 2, close - i - 2);
          i = run = close + 2;
        }
      else if (s[i] == '*' && i + 2 < len && s[i + 1] == '*' && s[i + 2] != ' '
               && (close = find_strong_close (s, i + 2, len)) > 0)
        {
          append_plain (st, s + run, i - run);
          g_string_append (st->markup, "<b>");
          parse_inline (st, s + i + 2, close - i - 2);
          g_string_append (st->markup, "</b>");
          i = run = close + 2;
        }
      else if (s[i] == '*' && i + 1 < len && s[i + 1] != ' ' && s[i + 1] != '*'
               && (close = find_em_close (s, i + 1, len)) > 0)
        {
          append_plain (st, s + run, i - run);
          g_string_append (st->markup, "<i>");
          parse_inline (st, s + i + 1, close - i - 1);
          g_string_append (st->markup, "</i>");
          i = run = close + 1;
        }
      else
        i++;
    }
  append_plain (st, s + run, len - run);
}

static void
flush_block (GPtrArray            *blocks,
             RcGuideBlockKind      kind,
             GString              *source,
             RcGuideLinkTitleFunc  title_func,
             gpointer              user_data)
{
  InlineState st = { 0 };
  RcGuideBlock *block;

  if (source->len == 0)
    return;

  st.markup = g_string_new (NULL);
  st.text = g_string_new (NULL);
  st.links = g_ptr_array_new ();
  st.title_func = title_func;
  st.user_data = user_data;
  parse_inline (&st, source->str, source->len);
  g_ptr_array_add (st.links, NULL);

  block = g_new0 (RcGuideBlock, 1);
  block->kind = kind;
  block->markup = g_string_free (st.markup, FALSE);
  block->text = g_string_free (st.text, FALSE);
  block->links = (char **) g_ptr_array_free (st.links, FALSE);
  g_ptr_array_add (blocks, block);
  g_string_truncate (source, 0);
}

GPtrArray *
rc_guide_markup_parse (const char           *body,
                       RcGuideLinkTitleFunc  title_func,
                       gpointer              user_data)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_guide_block_free);
  g_autoptr(GString) source = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  RcGuideBlockKind kind = RC_GUIDE_BLOCK_PARAGRAPH;

  g_return_val_if_fail (body != NULL, NULL);

  lines = g_strsplit (body, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *stripped = g_strstrip (g_strdup (line));

      if (*stripped == '\0')
        {
          flush_block (blocks, kind, source, title_func, user_data);
          kind = RC_GUIDE_BLOCK_PARAGRAPH;
        }
      else if (g_str_has_prefix (stripped, "- "))
        {
          flush_block (blocks, kind, source, title_func, user_data);
          kind = RC_GUIDE_BLOCK_LIST_ITEM;
          g_string_append (source, g_strchug (stripped + 2));
        }
      else if (g_str_has_prefix (stripped, "## "))
        {
          flush_block (blocks, kind, source, title_func, user_data);
          g_string_append (source, g_strchug (stripped + 3));
          flush_block (blocks, RC_GUIDE_BLOCK_HEADING, source, title_func, user_data);
          kind = RC_GUIDE_BLOCK_PARAGRAPH;
        }
      else
        {
          /* A plain line after a list item continues it; after a blank line it starts a
           * paragraph. */
          if (source->len > 0)
            g_string_append_c (source, ' ');
          g_string_append (source, stripped);
        }
    }
  flush_block (blocks, kind, source, title_func, user_data);

  return g_steal_pointer (&blocks);
}

char **
rc_guide_markup_collect_links (const char *body)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (body != NULL, NULL);

  blocks = rc_guide_markup_parse (body, NULL, NULL);
  for (guint i = 0; i < blocks->len; i++)
    {
      RcGuideBlock *block = g_ptr_array_index (blocks, i);
      g_strv_builder_addv (builder, (const char **) block->links);
    }
  return g_strv_builder_end (builder);
}

char *
rc_guide_markup_to_text (const char           *body,
                         RcGuideLinkTitleFunc  title_func,
                         gpointer              user_data)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (body != NULL, NULL);

  blocks = rc_guide_markup_parse (body, title_func, user_data);
  for (guint i = 0; i < blocks->len; i++)
    {
      RcGuideBlock *block = g_ptr_array_index (blocks, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, block->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
rc_guide_link_uri_to_id (const char *uri)
{
  g_return_val_if_fail (uri != NULL, NULL);

  if (!g_str_has_prefix (uri, RC_GUIDE_LINK_SCHEME) || uri[strlen (RC_GUIDE_LINK_SCHEME)] == '\0')
    return NULL;
  return g_strdup (uri + strlen (RC_GUIDE_LINK_SCHEME));
}
