/* rc-export.c — a resume as plain text, JSON, Markdown or PDF
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
#include "rc-export.h"
#include "rc-file.h"
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
 * @name: a format name: "text", "json", "markdown" or "pdf" (or the extensions "txt", "md")
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
 * Returns: the usual file name extension for @format, without the dot: "txt", "json", "md"
 *   or "pdf"
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
      while (url_end > p && strchr (".,;:!?'\")", url_end[-1]) != NULL)
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

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at > text && strchr (at, '.') != NULL && strchr (text, ' ') == NULL &&
         strchr (text, ':') == NULL;
}

static void
append_markdown_contact (GString    *out,
                         const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, RC_BLOCK_SEPARATOR, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, RC_BLOCK_SEPARATOR);

      if (looks_like_email (parts[i]))
        {
          g_autofree char *target = g_strconcat ("mailto:", parts[i], NULL);

          append_markdown_link (out, parts[i], strlen (parts[i]), target, strlen (target));
        }
      else
        append_markdown_text (out, parts[i], i == 0);
    }
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
          append_markdown_text (out, block->text, TRUE);
          g_string_append_c (out, '*');
          break;

        case RC_BLOCK_CONTACT:
          append_markdown_contact (out, block->text);
          break;

        case RC_BLOCK_BULLET:
          g_string_append (out, "- ");
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

/**
 * rc_export_to_bytes:
 * @document: a resume
 * @format: the format to export to
 * @error: return location for a #GError
 *
 * Exports @document. Text, Markdown and PDF follow rc_resume_blocks(); JSON is the JSON
 * Resume document itself, exactly as it would be saved.
 *
 * Returns: (transfer full): the export (UTF-8 text for the text formats), or %NULL with
 *   @error set
 */
GBytes *
rc_export_to_bytes (RcDocument      *document,
                    RcExportFormat   format,
                    GError         **error)
{
  g_autoptr(GPtrArray) blocks = NULL;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case RC_EXPORT_JSON:
      {
        gsize length = 0;
        char *data = rc_document_to_data (document, &length);

        if (!rc_document_check_size (document, length, error))
          {
            g_free (data);
            return NULL;
          }
        return g_bytes_new_take (data, length);
      }

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
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "Exporting to %s is not built yet", rc_export_format_extension (format));
      return NULL;

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
 * Exports @document into @file with rc_file_replace_contents(), as a document is saved:
 * through a symbolic link to what it points at, never in place, so on failure an existing
 * @file is left byte for byte as it was.
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

  bytes = rc_export_to_bytes (document, format, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         rc_file_replace_contents (file, data, length, RC_FILE_REPLACE_NONE, error);
}
