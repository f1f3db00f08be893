/* rc-import-office.c — DOCX (WordprocessingML) and ODT (OpenDocument Text) into lines; ZIP members
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "rc-import-private.h"
#include "rc-office-private.h"

/* A resume's document.xml is well under 1 MiB; a zip bomb inflates far past these */
#define MAX_XML_BYTES (16 * 1024 * 1024)
#define MAX_ENTRIES   4096

#define W_NS    "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

typedef struct
{
  GPtrArray *lines;
  GString   *text;     /* the paragraph being read */
  guint      heading;
  gboolean   list_item;
  gboolean   bold;
  gboolean   blank;    /* an empty paragraph came before */
  guint      list_depth;
} Reader;

static gboolean
is_member (const char *path,
           const char *name)
{
  gsize length = path != NULL ? strlen (path) : 0;
  gsize n = strlen (name);

  /* a LinkedIn export may hold its files in a folder */
  return g_strcmp0 (path, name) == 0 ||
         (length > n && path[length - n - 1] == '/' && strcmp (path + length - n, name) == 0);
}

static gboolean
set_corrupt (GError    **error,
             const char *what)
{
  /* libarchive's reasons may end in a newline or be missing: one line, always */
  g_autofree char *reason = g_strdup (what != NULL ? what : "unreadable");

  g_strdelimit (reason, "\r\n", ' ');
  g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_CORRUPT,
               _("the document is damaged: %s"), g_strstrip (reason));
  return FALSE;
}

/* The bytes of the member @name (or one ending in "/" @name) of the ZIP archive @data, at
 * most MAX_XML_BYTES; NULL without an error when there is none */
GBytes *
rc_office_zip_member (const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  GBytes *bytes = NULL;
  guint entries = 0;
  int status;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      set_corrupt (error, archive_error_string (archive));
      archive_read_free (archive);
      return NULL;
    }
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      GByteArray *buffer;
      char chunk[16384];
      la_ssize_t got;

      if (++entries > MAX_ENTRIES)
        {
          g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                       _("the archive holds over %d files, too many for a document"),
                       MAX_ENTRIES);
          break;
        }
      if (!is_member (archive_entry_pathname (entry), name))
        continue;
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > MAX_XML_BYTES)
        {
          g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                       _("%s unpacks to over %d MiB (a zip bomb?)"), name, MAX_XML_BYTES >> 20);
          break;
        }
      buffer = g_byte_array_new ();
      while ((got = archive_read_data (archive, chunk, sizeof chunk)) > 0)
        {
          if (buffer->len + (gsize) got > MAX_XML_BYTES)
            {
              g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                           _("%s unpacks to over %d MiB (a zip bomb?)"), name,
                           MAX_XML_BYTES >> 20);
              g_byte_array_unref (buffer);
              buffer = NULL;
              break;
            }
          g_byte_array_append (buffer, (const guint8 *) chunk, (guint) got);
        }
      if (buffer != NULL && got < 0)
        {
          set_corrupt (error, archive_error_string (archive));
          g_byte_array_unref (buffer);
          buffer = NULL;
        }
      if (buffer != NULL)
        bytes = g_byte_array_free_to_bytes (buffer);
      break;
    }
  if (bytes == NULL && error != NULL && *error == NULL && status != ARCHIVE_OK &&
      status != ARCHIVE_EOF)
    set_corrupt (error, archive_error_string (archive));
  archive_read_free (archive);
  return bytes;
}

static gboolean
is (const xmlNode *node,
    const char    *ns,
    const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, ns) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
get_attr (const xmlNode *node,
          const char    *ns,
          const char    *name)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static void
end_paragraph (Reader *r)
{
  RcImportLine *line;

  if (r->lines->len >= RC_IMPORT_MAX_LINES)
    {
      g_string_truncate (r->text, 0);
      return;
    }
  g_strstrip (r->text->str);
  r->text->len = strlen (r->text->str);
  if (r->text->len == 0)
    {
      r->blank = TRUE;
      return;
    }
  line = rc_import_line_new (r->text->str);
  line->heading_level = r->heading;
  line->list_item = r->list_item;
  line->bold = r->bold;
  line->blank_before = r->blank || r->heading > 0;
  g_ptr_array_add (r->lines, line);
  g_string_truncate (r->text, 0);
  r->blank = FALSE;
}

/* "Heading1", "heading 2", "Title" → 2, 3, 1 */
static guint
heading_from_style (const char *style)
{
  if (style == NULL)
    return 0;
  if (g_ascii_strcasecmp (style, "Title") == 0)
    return 1;
  if (g_ascii_strncasecmp (style, "Heading", 7) == 0)
    {
      const char *digit = style + 7;

      while (*digit == ' ')
        digit++;
      if (g_ascii_isdigit (*digit))
        return (guint) (*digit - '0') + 1;
    }
  return 0;
}

static void
read_docx_runs (Reader        *r,
                const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, W_NS, "t"))
        {
          xmlChar *content = xmlNodeGetContent (child);

          g_string_append (r->text, (const char *) content);
          xmlFree (content);
        }
      else if (is (child, W_NS, "tab"))
        g_string_append_c (r->text, '\t');
      else if (is (child, W_NS, "br"))
        end_paragraph (r);
      else if (is (child, W_NS, "b") && child->parent != NULL && is (child->parent, W_NS, "rPr"))
        r->bold = TRUE;
      else if (child->type == XML_ELEMENT_NODE && !is (child, W_NS, "pPr"))
        read_docx_runs (r, child);
    }
}

static void
read_docx_paragraph (Reader        *r,
                     const xmlNode *p)
{
  r->heading = 0;
  r->list_item = FALSE;
  r->bold = FALSE;
  for (const xmlNode *child = p->children; child != NULL; child = child->next)
    if (is (child, W_NS, "pPr"))
      for (const xmlNode *prop = child->children; prop != NULL; prop = prop->next)
        {
          if (is (prop, W_NS, "pStyle"))
            {
              g_autofree char *style = get_attr (prop, W_NS, "val");

              r->heading = heading_from_style (style);
              if (style != NULL && g_str_has_prefix (style, "List"))
                r->list_item = TRUE;
            }
          else if (is (prop, W_NS, "numPr"))
            r->list_item = TRUE;
        }
  read_docx_runs (r, p);
  end_paragraph (r);
}

static void
read_docx (Reader        *r,
           const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, W_NS, "p"))
        read_docx_paragraph (r, child);
      else if (child->type == XML_ELEMENT_NODE)
        read_docx (r, child);
    }
}

static void
read_odt_text (Reader        *r,
               const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (r->text, (const char *) child->content);
      else if (is (child, TEXT_NS, "s"))
        {
          g_autofree char *count = get_attr (child, TEXT_NS, "c");
          guint64 n = count != NULL ? g_ascii_strtoull (count, NULL, 10) : 1;

          for (guint64 i = 0; i < MIN (n, 64); i++)
            g_string_append_c (r->text, ' ');
        }
      else if (is (child, TEXT_NS, "tab"))
        g_string_append_c (r->text, '\t');
      else if (is (child, TEXT_NS, "line-break"))
        end_paragraph (r);
      else if (is (child, TEXT_NS, "note") || is (child, TEXT_NS, "tracked-changes"))
        continue;
      else if (child->type == XML_ELEMENT_NODE)
        read_odt_text (r, child);
    }
}

static void
read_odt (Reader        *r,
          const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, TEXT_NS, "h") || is (child, TEXT_NS, "p"))
        {
          g_autofree char *level = get_attr (child, TEXT_NS, "outline-level");
          g_autofree char *style = get_attr (child, TEXT_NS, "style-name");

          r->heading = 0;
          if (is (child, TEXT_NS, "h"))
            r->heading = level != NULL ? (guint) g_ascii_strtoull (level, NULL, 10) + 1 : 2;
          else if (g_strcmp0 (style, "Title") == 0)
            r->heading = 1;
          r->list_item = r->list_depth > 0;
          r->bold = FALSE;
          read_odt_text (r, child);
          end_paragraph (r);
        }
      else if (is (child, TEXT_NS, "list"))
        {
          r->list_depth++;
          read_odt (r, child);
          r->list_depth--;
        }
      else if (child->type == XML_ELEMENT_NODE)
        read_odt (r, child);
    }
}

/**
 * rc_import_office_lines:
 * @data: the bytes of a DOCX or ODT file (a ZIP archive)
 * @length: their number
 * @kind: %RC_IMPORT_KIND_DOCX or %RC_IMPORT_KIND_ODT
 * @error: a one-line reason: a damaged archive, a part that unpacks too large
 *
 * Paragraphs become lines, with their heading level (Title, Heading1…; ODT text:h) and
 * whether they are list items (numbering, List styles; ODT text:list).
 *
 * Returns: (transfer full) (element-type RcImportLine) (nullable): the lines
 */
GPtrArray *
rc_office_read_lines (const char    *data,
                        gsize          length,
                        RcImportKind   kind,
                        GError       **error)
{
  g_autoptr(GBytes) xml = NULL;
  Reader r = { 0 };
  xmlDoc *doc;

  g_return_val_if_fail (kind == RC_IMPORT_KIND_DOCX || kind == RC_IMPORT_KIND_ODT, NULL);

  xml = rc_import_zip_member (data, length, kind == RC_IMPORT_KIND_DOCX ? "word/document.xml"
                                                                         : "content.xml", error);
  if (xml == NULL && error != NULL && *error == NULL)
    set_corrupt (error, "no text part");
  if (xml == NULL)
    return NULL;
  /* no network, no entity expansion, no DTD: only the text of the document itself */
  doc = xmlReadMemory (g_bytes_get_data (xml, NULL), (int) g_bytes_get_size (xml), NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                       XML_PARSE_NOCDATA);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      set_corrupt (error, "its XML does not parse");
      return NULL;
    }
  r.lines = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_import_line_free);
  r.text = g_string_new (NULL);
  if (kind == RC_IMPORT_KIND_DOCX)
    read_docx (&r, xmlDocGetRootElement (doc));
  else
    read_odt (&r, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  g_string_free (r.text, TRUE);
  return r.lines;
}
