/* rc-export.c — a resume as plain text, JSON, Markdown, PDF, DOCX or ODT
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-document-private.h"
#include "rc-export-private.h"
#include "rc-file.h"
#include "rc-json-private.h"
#include "rc-json-reader.h"
#include "rc-json-writer.h"
#include "rc-pdf.h"

static const struct
{
  const char     *name;
  RcExportFormat  format;
} format_names[] = {
  { "text", RC_EXPORT_TEXT },
  { "txt", RC_EXPORT_TEXT },
  { "json", RC_EXPORT_JSON },
  { "markdown", RC_EXPORT_MARKDOWN },
  { "md", RC_EXPORT_MARKDOWN },
  { "pdf", RC_EXPORT_PDF },
  { "docx", RC_EXPORT_DOCX },
  { "odt", RC_EXPORT_ODT },
};

/**
 * rc_export_format_from_string:
 * @name: a format name: "text", "json", "markdown", "pdf", "docx" or "odt" (or the
 *   extensions "txt", "md")
 * @format: (out) (optional): the format
 *
 * Returns: %TRUE when @name names a format (ASCII case is ignored)
 */
gboolean
rc_export_format_from_string (const char     *name,
                              RcExportFormat *format)
{
  if (name == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_ascii_strcasecmp (name, format_names[i].name) == 0)
        {
          if (format != NULL)
            *format = format_names[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rc_export_format_extension:
 * @format: a format
 *
 * Returns: the usual file name extension for @format, without the dot: "txt", "json", "md",
 *   "pdf", "docx" or "odt"
 */
const char *
rc_export_format_extension (RcExportFormat format)
{
  switch (format)
    {
    case RC_EXPORT_TEXT:
      return "txt";
    case RC_EXPORT_JSON:
      return "json";
    case RC_EXPORT_MARKDOWN:
      return "md";
    case RC_EXPORT_PDF:
      return "pdf";
    case RC_EXPORT_DOCX:
      return "docx";
    case RC_EXPORT_ODT:
      return "odt";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Plain text for ATS parsers: nothing but letters, "- " bullets and the dates' en dash of our
 * own, so the middle dot between composed parts becomes a bar. */
static void
append_plain_line (GString    *out,
                   const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, RC_BLOCK_SEPARATOR, -1);
  g_autofree char *line = g_strjoinv (" | ", parts);

  g_string_append (out, line);
  g_string_append_c (out, '\n');
}

/* Where a block sits inside an entry: title, meta, paragraph, bullets. A block that sits
 * higher than the one before it starts the next entry, even an entry without a title. */
static int
entry_rank (RcBlockKind kind)
{
  switch (kind)
    {
    case RC_BLOCK_ENTRY_TITLE:
      return 1;
    case RC_BLOCK_ENTRY_META:
      return 2;
    case RC_BLOCK_PARAGRAPH:
      return 3;
    case RC_BLOCK_BULLET:
      return 4;
    case RC_BLOCK_NAME:
    case RC_BLOCK_LABEL:
    case RC_BLOCK_CONTACT:
    case RC_BLOCK_HEADING:
    default:
      return 0;
    }
}

static GBytes *
export_text (GPtrArray *blocks)
{
  GString *out = g_string_new (NULL);
  RcBlockKind previous = RC_BLOCK_HEADING;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);
      gboolean new_entry = previous != RC_BLOCK_HEADING &&
                           entry_rank (block->kind) > 0 &&
                           (block->kind == RC_BLOCK_ENTRY_TITLE ||
                            entry_rank (block->kind) < entry_rank (previous));

      if (out->len > 0 && (block->kind == RC_BLOCK_HEADING || new_entry))
        g_string_append_c (out, '\n');

      switch (block->kind)
        {
        case RC_BLOCK_HEADING:
          {
            g_autofree char *upper = g_utf8_strup (block->text, -1);

            g_string_append (out, upper);
            g_string_append_c (out, '\n');
          }
          break;

        case RC_BLOCK_CONTACT:
        case RC_BLOCK_ENTRY_META:
          append_plain_line (out, block->text);
          break;

        case RC_BLOCK_BULLET:
          g_string_append (out, "- ");
          g_string_append (out, block->text);
          g_string_append_c (out, '\n');
          break;

        case RC_BLOCK_NAME:
        case RC_BLOCK_LABEL:
        case RC_BLOCK_ENTRY_TITLE:
        case RC_BLOCK_PARAGRAPH:
        default:
          g_string_append (out, block->text);
          g_string_append_c (out, '\n');
          break;
        }

      previous = block->kind;
    }

  return g_string_free_to_bytes (out);
}

/* Backslash-escapes what Markdown would read as markup. Some characters only matter at the
 * start of a line: list markers, headings, block quotes, setext underlines. */
static void
append_markdown_escaped (GString    *out,
                         const char *text,
                         gsize       length,
                         gboolean    line_start)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      char c = *p;

      if (line_start)
        {
          const char *q = p;

          while (q < end && g_ascii_isdigit (*q))
            q++;

          if (q > p && q < end && (*q == '.' || *q == ')'))
            {
              /* "2019. A good year" would start an ordered list */
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              g_string_append_c (out, *q);
              p = q;
              line_start = FALSE;
              continue;
            }

          if (strchr ("-+=>#", c) != NULL)
            g_string_append_c (out, '\\');
        }

      if (strchr ("\\`*_[]<>#|~", c) != NULL)
        {
          if (!(line_start && strchr ("#>", c) != NULL))
            g_string_append_c (out, '\\');
        }

      g_string_append_c (out, c);
      line_start = c == '\n';
    }
}

static void
append_markdown_link (GString    *out,
                      const char *label,
                      gsize       label_length,
                      const char *target,
                      gsize       target_length)
{
  g_string_append_c (out, '[');
  append_markdown_escaped (out, label, label_length, FALSE);
  g_string_append (out, "](");
  for (gsize i = 0; i < target_length; i++)
    {
      if (strchr ("()\\<> ", target[i]) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, target[i]);
    }
  g_string_append_c (out, ')');
}

static gboolean
is_url_start (const char *p)
{
  return g_str_has_prefix (p, "https://") || g_str_has_prefix (p, "http://");
}

/* Whether the address from @start to @end closes as many parentheses as it opens: a
 * Wikipedia page "…/Go_(programming_language)" keeps its last one, "(see https://x.org)" not */
static gboolean
balanced_parens (const char *start,
                 const char *end)
{
  int depth = 0;

  for (const char *p = start; p < end; p++)
    depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
  return depth == 0;
}

/* Web addresses in user text become links, shown without their scheme; punctuation that
 * ends a sentence stays outside the link. */
static void
append_markdown_text (GString    *out,
                      const char *text,
                      gboolean    line_start)
{
  const char *p = text;
  const char *plain = text;

  while (*p != '\0')
    {
      gboolean boundary = p == text || g_ascii_isspace (p[-1]) || p[-1] == '(';
      const char *url_end;
      const char *label;

      if (!boundary || !is_url_start (p))
        {
          p++;
          continue;
        }

      url_end = p;
      while (*url_end != '\0' && !g_ascii_isspace (*url_end))
        url_end++;
      while (url_end > p && strchr (".,;:!?'\")", url_end[-1]) != NULL &&
             (url_end[-1] != ')' || !balanced_parens (p, url_end)))
        url_end--;

      label = strstr (p, "://") + 3;
      if (label >= url_end)
        {
          p++;
          continue;
        }

      append_markdown_escaped (out, plain, p - plain, line_start && plain == text);
      append_markdown_link (out, label, url_end - label - (url_end[-1] == '/' ? 1 : 0),
                            p, url_end - p);
      p = plain = url_end;
    }

  append_markdown_escaped (out, plain, p - plain, line_start && plain == text);
}

/* A block whose parts link somewhere (contact lines, entry meta): each part as a link to where
 * rc-blocks says it leads, a web address shown without its scheme */
static void
append_markdown_linked (GString       *out,
                        const RcBlock *block)
{
  gsize length = strlen (block->text);
  gsize at = 0;

  for (guint i = 0; i < block->links->len; i++)
    {
      const RcBlockLink *link = &g_array_index (block->links, RcBlockLink, i);
      const char *label = block->text + link->start;
      gsize label_length = link->end - link->start;
      const char *scheme;

      if (link->start < at || link->end > length || link->end <= link->start)
        continue;

      if (link->start > at)
        {
          g_autofree char *plain = g_strndup (block->text + at, link->start - at);

          append_markdown_text (out, plain, at == 0);
        }

      scheme = is_url_start (label) ? strstr (label, "://") : NULL;
      if (scheme != NULL && label + label_length > scheme + 4)
        {
          label_length -= scheme + 3 - label;
          label = scheme + 3;
          if (label[label_length - 1] == '/')
            label_length--;
        }
      append_markdown_link (out, label, label_length, link->uri, strlen (link->uri));
      at = link->end;
    }

  if (at < length)
    append_markdown_text (out, block->text + at, at == 0);
}

static GBytes *
export_markdown (GPtrArray *blocks)
{
  GString *out = g_string_new (NULL);
  RcBlockKind previous = RC_BLOCK_NAME;

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      /* every block is its own Markdown block, except bullets that continue a list */
      if (out->len > 0 && !(block->kind == RC_BLOCK_BULLET && previous == RC_BLOCK_BULLET))
        g_string_append_c (out, '\n');

      switch (block->kind)
        {
        case RC_BLOCK_NAME:
          g_string_append (out, "# ");
          append_markdown_text (out, block->text, TRUE);
          break;

        case RC_BLOCK_HEADING:
          g_string_append (out, "## ");
          append_markdown_text (out, block->text, TRUE);
          break;

        case RC_BLOCK_ENTRY_TITLE:
          g_string_append (out, "### ");
          append_markdown_text (out, block->text, TRUE);
          break;

        case RC_BLOCK_ENTRY_META:
          g_string_append_c (out, '*');
          if (block->links != NULL)
            append_markdown_linked (out, block);
          else
            append_markdown_text (out, block->text, TRUE);
          g_string_append_c (out, '*');
          break;

        case RC_BLOCK_CONTACT:
          if (block->links != NULL)
            append_markdown_linked (out, block);
          else
            append_markdown_text (out, block->text, TRUE);
          break;

        case RC_BLOCK_BULLET:
          g_string_append (out, "- ");
          if (block->links != NULL)
            append_markdown_linked (out, block);
          else
            append_markdown_text (out, block->text, TRUE);
          break;

        case RC_BLOCK_LABEL:
        case RC_BLOCK_PARAGRAPH:
        default:
          append_markdown_text (out, block->text, TRUE);
          break;
        }

      g_string_append_c (out, '\n');
      previous = block->kind;
    }

  return g_string_free_to_bytes (out);
}

/* The document as saved, less what the coach keeps for its user in meta.resumeCoach (the
 * target job, the ignored findings, import notes, template and paper): a new root and meta
 * sharing every other node, so numbers keep the text they were read from. NULL when there is
 * nothing to leave out. */
static JsonNode *
without_coach_data (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);
  JsonObject *meta = rc_json_get_member_object (object, "meta");
  g_autoptr(JsonObject) copy = NULL;
  g_autoptr(JsonObject) meta_copy = NULL;
  g_autoptr(GList) members = NULL;
  JsonNode *node;

  if (meta == NULL || !json_object_has_member (meta, "resumeCoach"))
    return NULL;

  meta_copy = json_object_new ();
  members = json_object_get_members (meta);
  for (GList *l = members; l != NULL; l = l->next)
    if (strcmp (l->data, "resumeCoach") != 0)
      json_object_set_member (meta_copy, l->data,
                              json_node_ref (json_object_get_member (meta, l->data)));
  g_clear_pointer (&members, g_list_free);

  copy = json_object_new ();
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (strcmp (l->data, "meta") != 0)
        json_object_set_member (copy, l->data,
                                json_node_ref (json_object_get_member (object, l->data)));
      /* a meta that held nothing else was the coach's own */
      else if (json_object_get_size (meta_copy) > 0)
        json_object_set_object_member (copy, l->data, json_object_ref (meta_copy));
    }

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, copy);
  return node;
}

static GBytes *
export_json (RcDocument       *document,
             RcExportFlags     flags,
             GError          **error)
{
  g_autoptr(JsonNode) shared = NULL;
  gsize length = 0;
  char *data;

  if (!(flags & RC_EXPORT_KEEP_COACH_DATA))
    shared = without_coach_data (document->root);

  if (shared == NULL)
    data = rc_document_to_data (document, &length);
  else
    {
      data = rc_json_to_data_full (shared, document->numbers, RC_JSON_WRITE_NONE, &length);
      if (length > RC_DOCUMENT_MAX_FILE_SIZE)
        {
          g_free (data);
          data = rc_json_to_data_full (shared, document->numbers, RC_JSON_WRITE_COMPACT,
                                       &length);
        }
    }

  if (!rc_document_check_size (document, length, error))
    {
      g_free (data);
      return NULL;
    }
  return g_bytes_new_take (data, length);
}

/**
 * rc_export_to_bytes:
 * @document: a resume
 * @format: the format to export to
 * @error: return location for a #GError
 *
 * Exports @document as rc_export_to_bytes_full() does without flags.
 *
 * Returns: (transfer full): the export (UTF-8 text for the text formats), or %NULL with
 *   @error set
 */
GBytes *
rc_export_to_bytes (RcDocument      *document,
                    RcExportFormat   format,
                    GError         **error)
{
  return rc_export_to_bytes_full (document, format, RC_EXPORT_NONE, error);
}

/**
 * rc_export_to_bytes_full:
 * @document: a resume
 * @format: the format to export to
 * @flags: how
 * @error: return location for a #GError
 *
 * Exports @document. Text, Markdown, PDF, DOCX and ODT follow rc_resume_blocks(); JSON is
 * the JSON Resume document as it would be saved, but without meta.resumeCoach (what the
 * user told the coach is theirs, not the recruiter's) unless @flags has
 * %RC_EXPORT_KEEP_COACH_DATA.
 *
 * Returns: (transfer full): the export (UTF-8 text for the text formats), or %NULL with
 *   @error set
 */
GBytes *
rc_export_to_bytes_full (RcDocument      *document,
                         RcExportFormat   format,
                         RcExportFlags    flags,
                         GError         **error)
{
  g_autoptr(GPtrArray) blocks = NULL;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case RC_EXPORT_JSON:
      return export_json (document, flags, error);

    case RC_EXPORT_TEXT:
      blocks = rc_resume_blocks (document);
      return export_text (blocks);

    case RC_EXPORT_MARKDOWN:
      blocks = rc_resume_blocks (document);
      return export_markdown (blocks);

    case RC_EXPORT_PDF:
      {
        g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
        g_autofree char *keywords = rc_pdf_dup_keywords (document);

        rc_pdf_layout_set_keywords (layout, keywords);
        rc_pdf_layout_set_template (layout, rc_coach_state_get_template (document));
        rc_pdf_layout_set_paper (layout, rc_coach_state_get_paper (document));
        blocks = rc_resume_blocks (document);
        return rc_pdf_layout_render (layout, blocks, error);
      }

    case RC_EXPORT_DOCX:
    case RC_EXPORT_ODT:
      blocks = rc_resume_blocks (document);
      return rc_export_office (blocks, format, rc_coach_state_get_paper (document), error);

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rc_export_to_file:
 * @document: a resume
 * @format: the format to export to
 * @file: where to write the export
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Exports @document into @file as rc_export_to_file_full() does without flags.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_export_to_file (RcDocument      *document,
                   RcExportFormat   format,
                   GFile           *file,
                   GCancellable    *cancellable,
                   GError         **error)
{
  return rc_export_to_file_full (document, format, RC_EXPORT_NONE, file, cancellable, error);
}

/**
 * rc_export_to_file_full:
 * @document: a resume
 * @format: the format to export to
 * @flags: how, as for rc_export_to_bytes_full()
 * @file: where to write the export
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Exports @document into @file with rc_file_replace_contents(), as a document is saved:
 * through a symbolic link to what it points at, never in place, so on failure an existing
 * @file is left byte for byte as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
rc_export_to_file_full (RcDocument      *document,
                        RcExportFormat   format,
                        RcExportFlags    flags,
                        GFile           *file,
                        GCancellable    *cancellable,
                        GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* through a link or a hard link too: the same file on disk, not the same path */
  if (document->disk_file != NULL && rc_file_is_same (document->disk_file, file))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("That is the resume itself: the export would replace it"));
      return FALSE;
    }

  bytes = rc_export_to_bytes_full (document, format, flags, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         rc_file_replace_contents (file, data, length, RC_FILE_REPLACE_NONE, error);
}
