/* rc-export-office.c — a resume as an editable Word (DOCX) or LibreOffice (ODT) document
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <stdarg.h>
#include <string.h>

#include "rc-blocks.h"
#include "rc-export-private.h"
#include "rc-office-private.h"

/* Every member is dated the same, so one resume always exports to the same bytes */
#define ZIP_MTIME ((time_t) 1767225600)  /* 2026-01-01 */

#define FONT      "Liberation Sans"
#define GENERATOR "Resume Coach"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

#define W_NS       "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS       "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define OFFICE_NS  "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS   "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define TEXT_NS    "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define FO_NS      "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define SVG_NS     "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define META_NS    "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define XLINK_NS   "http://www.w3.org/1999/xlink"
#define DC_NS      "http://purl.org/dc/elements/1.1/"

enum
{
  BOLD      = 1 << 0,
  ITALIC    = 1 << 1,
  CAPS      = 1 << 2,
  KEEP_NEXT = 1 << 3,  /* a heading or an entry's title never ends a page */
  RULE      = 1 << 4,  /* a thin line under a section heading */
};

/* One paragraph style, named as Word and LibreOffice name their own, so a user who restyles
 * "Heading 1" restyles every section heading. Sizes and spacing in points. */
typedef struct
{
  const char *docx_id;
  const char *docx_name;
  const char *odt_name;
  const char *display_name;
  double      size;
  double      before;
  double      after;
  guint       flags;
  const char *color;
} Style;

typedef enum
{
  STYLE_NORMAL,
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_CONTACT,
  STYLE_HEADING,
  STYLE_ENTRY_TITLE,
  STYLE_ENTRY_META,
  STYLE_BODY,
  STYLE_BULLET,
  N_STYLES
} StyleId;

static const Style styles[N_STYLES] = {
  [STYLE_NORMAL] = { "Normal", "Normal", "Standard", "Default Paragraph Style",
                     10.5, 0, 3, 0, NULL },
  [STYLE_TITLE] = { "Title", "Title", "Title", "Title", 20, 0, 2, BOLD, "1A1A1A" },
  [STYLE_SUBTITLE] = { "Subtitle", "Subtitle", "Subtitle", "Subtitle", 12.5, 0, 4, 0, "444444" },
  [STYLE_CONTACT] = { "ContactLine", "Contact Line", "Contact_20_Line", "Contact Line",
                      9.5, 0, 1, 0, NULL },
  [STYLE_HEADING] = { "Heading1", "heading 1", "Heading_20_1", "Heading 1",
                      12, 12, 4, BOLD | CAPS | KEEP_NEXT | RULE, "1A1A1A" },
  [STYLE_ENTRY_TITLE] = { "EntryTitle", "Entry Title", "Entry_20_Title", "Entry Title",
                          11, 7, 0, BOLD | KEEP_NEXT, NULL },
  [STYLE_ENTRY_META] = { "EntryMeta", "Entry Meta", "Entry_20_Meta", "Entry Meta",
                         9.5, 0, 2, ITALIC | KEEP_NEXT, "555555" },
  [STYLE_BODY] = { "BodyText", "Body Text", "Text_20_body", "Body Text", 10.5, 0, 3, 0, NULL },
  [STYLE_BULLET] = { "ListBullet", "List Bullet", "List_20_Bullet", "List Bullet",
                     10.5, 0, 1.5, 0, NULL },
};

static StyleId
block_style (RcBlockKind kind)
{
  switch (kind)
    {
    case RC_BLOCK_NAME:
      return STYLE_TITLE;
    case RC_BLOCK_LABEL:
      return STYLE_SUBTITLE;
    case RC_BLOCK_CONTACT:
      return STYLE_CONTACT;
    case RC_BLOCK_HEADING:
      return STYLE_HEADING;
    case RC_BLOCK_ENTRY_TITLE:
      return STYLE_ENTRY_TITLE;
    case RC_BLOCK_ENTRY_META:
      return STYLE_ENTRY_META;
    case RC_BLOCK_BULLET:
      return STYLE_BULLET;
    case RC_BLOCK_PARAGRAPH:
    default:
      return STYLE_BODY;
    }
}

/* The ZIP archive being written, in memory */
typedef struct
{
  struct archive *archive;
  GByteArray     *data;
  gboolean        failed;
} Zip;

static la_ssize_t
zip_write (struct archive *archive,
           void           *user_data,
           const void     *buffer,
           size_t          length)
{
  g_byte_array_append (user_data, buffer, (guint) length);
  return (la_ssize_t) length;
}

static void
zip_open (Zip *zip)
{
  zip->data = g_byte_array_new ();
  zip->archive = archive_write_new ();
  /* no padding after the central directory: a ZIP ends where its directory ends */
  zip->failed = archive_write_set_format_zip (zip->archive) != ARCHIVE_OK ||
                archive_write_set_bytes_in_last_block (zip->archive, 1) != ARCHIVE_OK ||
                archive_write_open (zip->archive, zip->data, NULL, zip_write, NULL) != ARCHIVE_OK;
}

static void
zip_add (Zip        *zip,
         const char *name,
         const void *data,
         gsize       length,
         gboolean    stored)
{
  struct archive_entry *entry;

  if (zip->failed)
    return;

  /* per member, which the format's "compression" option cannot be once the archive is open */
  if ((stored ? archive_write_zip_set_compression_store (zip->archive)
              : archive_write_zip_set_compression_deflate (zip->archive)) != ARCHIVE_OK)
    {
      zip->failed = TRUE;
      return;
    }

  entry = archive_entry_new ();
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) length);
  archive_entry_set_mtime (entry, ZIP_MTIME, 0);
  zip->failed = archive_write_header (zip->archive, entry) != ARCHIVE_OK ||
                (length > 0 &&
                 archive_write_data (zip->archive, data, length) != (la_ssize_t) length);
  archive_entry_free (entry);
}

static GBytes *
zip_close (Zip     *zip,
           GError **error)
{
  GBytes *bytes = NULL;

  if (archive_write_close (zip->archive) != ARCHIVE_OK)
    zip->failed = TRUE;

  if (zip->failed)
    {
      const char *reason = archive_error_string (zip->archive);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is why, from the archive library */
                   _("Could not write the document: %s"), reason != NULL ? reason : "?");
      g_byte_array_unref (zip->data);
    }
  else
    bytes = g_byte_array_free_to_bytes (zip->data);

  archive_write_free (zip->archive);
  zip->data = NULL;
  zip->archive = NULL;
  return bytes;
}

/* One XML member being written */
typedef struct
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr writer;
} Xml;

static xmlTextWriterPtr
xml_begin (Xml *xml)
{
  xml->buffer = xmlBufferCreate ();
  xml->writer = xmlNewTextWriterMemory (xml->buffer, 0);
  xmlTextWriterStartDocument (xml->writer, NULL, "UTF-8", "yes");
  return xml->writer;
}

/* Closes every open element and adds the member to @zip */
static void
xml_end (Xml        *xml,
         Zip        *zip,
         const char *name)
{
  if (xmlTextWriterEndDocument (xml->writer) < 0)
    zip->failed = TRUE;
  xmlFreeTextWriter (xml->writer);

  zip_add (zip, name, xmlBufferContent (xml->buffer), (gsize) xmlBufferLength (xml->buffer),
           FALSE);
  xmlBufferFree (xml->buffer);
}

/* XML 1.0 has no way to write most control characters, not even as references: a resume's
 * text keeps every other character. */
static char *
xml_clean (const char *text,
           gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  GString *out = g_string_sized_new (strlen (valid));
  const char *run = valid;
  const char *p;

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        {
          g_string_append_len (out, run, p - run);
          run = g_utf8_next_char (p);
        }
    }
  g_string_append_len (out, run, p - run);
  return g_string_free (out, FALSE);
}

static void
write_text (xmlTextWriterPtr  writer,
            const char       *text,
            gssize            length)
{
  g_autofree char *clean = xml_clean (text, length);

  xmlTextWriterWriteString (writer, BAD_CAST clean);
}

static void
start_valist (xmlTextWriterPtr  writer,
              const char       *name,
              va_list           args)
{
  const char *attribute;

  xmlTextWriterStartElement (writer, BAD_CAST name);
  while ((attribute = va_arg (args, const char *)) != NULL)
    {
      g_autofree char *value = xml_clean (va_arg (args, const char *), -1);

      xmlTextWriterWriteAttribute (writer, BAD_CAST attribute, BAD_CAST value);
    }
}

/* Opens element @name with the attributes that follow, name then value, up to NULL */
static void G_GNUC_NULL_TERMINATED
start (xmlTextWriterPtr  writer,
       const char       *name,
       ...)
{
  va_list args;

  va_start (args, name);
  start_valist (writer, name, args);
  va_end (args);
}

static void G_GNUC_NULL_TERMINATED
empty (xmlTextWriterPtr  writer,
       const char       *name,
       ...)
{
  va_list args;

  va_start (args, name);
  start_valist (writer, name, args);
  va_end (args);
  xmlTextWriterEndElement (writer);
}

static void
end (xmlTextWriterPtr writer)
{
  xmlTextWriterEndElement (writer);
}

/* <@name>@text</@name>, or nothing without @text */
static void
text_element (xmlTextWriterPtr  writer,
              const char       *name,
              const char       *text)
{
  if (text == NULL)
    return;

  start (writer, name, NULL);
  write_text (writer, text, -1);
  end (writer);
}

/* Writes one run of a block's text; @uri is where it links to, or NULL */
typedef void (*RunFunc) (xmlTextWriterPtr  writer,
                         const char       *text,
                         gsize             length,
                         const char       *uri,
                         gpointer          user_data);

/* The block's text cut at its links' edges */
static void
write_runs (xmlTextWriterPtr  writer,
            const RcBlock    *block,
            RunFunc           run,
            gpointer          user_data)
{
  gsize length = strlen (block->text);
  gsize at = 0;

  for (guint i = 0; block->links != NULL && i < block->links->len; i++)
    {
      const RcBlockLink *link = &g_array_index (block->links, RcBlockLink, i);

      if (link->start < at || link->end > length || link->end <= link->start || link->uri == NULL)
        continue;

      if (link->start > at)
        run (writer, block->text + at, link->start - at, NULL, user_data);
      run (writer, block->text + link->start, link->end - link->start, link->uri, user_data);
      at = link->end;
    }

  if (at < length)
    run (writer, block->text + at, length - at, NULL, user_data);
}

/* What the document properties say: the person's name and label */
static void
find_title (GPtrArray   *blocks,
            const char **name,
            const char **label)
{
  *name = NULL;
  *label = NULL;
  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == RC_BLOCK_NAME && *name == NULL)
        *name = block->text;
      else if (block->kind == RC_BLOCK_LABEL && *label == NULL)
        *label = block->text;
    }
}

static char *
points (double value,
        double scale)
{
  return g_strdup_printf ("%d", (int) (value * scale + 0.5));
}

static char *
odt_length (double      value,
            const char *unit)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.2f", value);
  return g_strconcat (number, unit, NULL);
}

/* DOCX (Office Open XML, ECMA-376) */

/* A run in document.xml: w:t pieces with w:br between a paragraph's lines */
static void
docx_run (xmlTextWriterPtr  writer,
          const char       *text,
          gsize             length,
          const char       *uri,
          gpointer          user_data)
{
  GPtrArray *links = user_data;
  g_autofree char *piece = g_strndup (text, length);
  g_auto(GStrv) lines = g_strsplit (piece, "\n", -1);
  g_autofree char *id = NULL;

  if (uri != NULL)
    {
      g_ptr_array_add (links, g_strdup (uri));
      /* rId1 and rId2 are the styles and the numbering */
      id = g_strdup_printf ("rId%u", links->len + 2);
      start (writer, "w:hyperlink", "r:id", id, "w:history", "1", NULL);
    }

  start (writer, "w:r", NULL);
  if (uri != NULL)
    {
      start (writer, "w:rPr", NULL);
      empty (writer, "w:rStyle", "w:val", "Hyperlink", NULL);
      end (writer);
    }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        empty (writer, "w:br", NULL);
      start (writer, "w:t", "xml:space", "preserve", NULL);
      write_text (writer, lines[i], -1);
      end (writer);
    }
  end (writer);

  if (uri != NULL)
    end (writer);
}

static void
docx_document (Zip        *zip,
               GPtrArray  *blocks,
               RcPdfPaper  paper,
               GPtrArray  *links)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);
  gboolean letter = paper == RC_PDF_PAPER_LETTER;
  /* twentieths of a point: A4 with 2 cm margins, Letter with 0.75 in */
  const char *margin = letter ? "1080" : "1134";

  start (writer, "w:document", "xmlns:w", W_NS, "xmlns:r", R_NS, NULL);
  start (writer, "w:body", NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);

      start (writer, "w:p", NULL);
      start (writer, "w:pPr", NULL);
      empty (writer, "w:pStyle", "w:val", styles[block_style (block->kind)].docx_id, NULL);
      if (block->kind == RC_BLOCK_BULLET)
        {
          start (writer, "w:numPr", NULL);
          empty (writer, "w:ilvl", "w:val", "0", NULL);
          empty (writer, "w:numId", "w:val", "1", NULL);
          end (writer);
        }
      end (writer);
      write_runs (writer, block, docx_run, links);
      end (writer);
    }

  start (writer, "w:sectPr", NULL);
  empty (writer, "w:pgSz", "w:w", letter ? "12240" : "11906", "w:h", letter ? "15840" : "16838",
         NULL);
  empty (writer, "w:pgMar", "w:top", margin, "w:right", margin, "w:bottom", margin,
         "w:left", margin, "w:header", "567", "w:footer", "567", "w:gutter", "0", NULL);
  end (writer);

  xml_end (&xml, zip, "word/document.xml");
}

static void
docx_fonts (xmlTextWriterPtr writer)
{
  empty (writer, "w:rFonts", "w:ascii", FONT, "w:hAnsi", FONT, "w:eastAsia", FONT,
         "w:cs", FONT, NULL);
}

static void
docx_style (xmlTextWriterPtr  writer,
            const Style      *style,
            gboolean          is_default)
{
  g_autofree char *before = points (style->before, 20);
  g_autofree char *after = points (style->after, 20);
  g_autofree char *size = points (style->size, 2);

  start (writer, "w:style", "w:type", "paragraph", "w:styleId", style->docx_id, NULL);
  if (is_default)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "w:default", BAD_CAST "1");
  empty (writer, "w:name", "w:val", style->docx_name, NULL);
  if (!is_default)
    {
      empty (writer, "w:basedOn", "w:val", "Normal", NULL);
      empty (writer, "w:next", "w:val", style == &styles[STYLE_BULLET] ? "ListBullet" : "Normal",
             NULL);
    }
  empty (writer, "w:qFormat", NULL);

  start (writer, "w:pPr", NULL);
  if (style->flags & KEEP_NEXT)
    empty (writer, "w:keepNext", NULL);
  if (style == &styles[STYLE_BULLET])
    {
      start (writer, "w:numPr", NULL);
      empty (writer, "w:numId", "w:val", "1", NULL);
      end (writer);
    }
  if (style->flags & RULE)
    {
      start (writer, "w:pBdr", NULL);
      empty (writer, "w:bottom", "w:val", "single", "w:sz", "4", "w:space", "1",
             "w:color", "808080", NULL);
      end (writer);
    }
  empty (writer, "w:spacing", "w:before", before, "w:after", after, NULL);
  if (style == &styles[STYLE_HEADING])
    empty (writer, "w:outlineLvl", "w:val", "0", NULL);
  end (writer);

  start (writer, "w:rPr", NULL);
  if (is_default)
    docx_fonts (writer);
  if (style->flags & BOLD)
    empty (writer, "w:b", NULL);
  if (style->flags & ITALIC)
    empty (writer, "w:i", NULL);
  if (style->flags & CAPS)
    empty (writer, "w:caps", NULL);
  if (style->color != NULL)
    empty (writer, "w:color", "w:val", style->color, NULL);
  empty (writer, "w:sz", "w:val", size, NULL);
  empty (writer, "w:szCs", "w:val", size, NULL);
  end (writer);

  end (writer);
}

static void
docx_styles (Zip *zip)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);

  start (writer, "w:styles", "xmlns:w", W_NS, NULL);

  start (writer, "w:docDefaults", NULL);
  start (writer, "w:rPrDefault", NULL);
  start (writer, "w:rPr", NULL);
  docx_fonts (writer);
  empty (writer, "w:lang", "w:val", "en-US", NULL);
  end (writer);
  end (writer);
  start (writer, "w:pPrDefault", NULL);
  start (writer, "w:pPr", NULL);
  empty (writer, "w:spacing", "w:line", "259", "w:lineRule", "auto", NULL);
  end (writer);
  end (writer);
  end (writer);

  for (guint i = 0; i < N_STYLES; i++)
    docx_style (writer, &styles[i], i == STYLE_NORMAL);

  start (writer, "w:style", "w:type", "character", "w:styleId", "Hyperlink", NULL);
  empty (writer, "w:name", "w:val", "Hyperlink", NULL);
  start (writer, "w:rPr", NULL);
  empty (writer, "w:color", "w:val", "1F4E79", NULL);
  empty (writer, "w:u", "w:val", "single", NULL);
  end (writer);
  end (writer);

  xml_end (&xml, zip, "word/styles.xml");
}

/* Highlights are a real bulleted list, numId 1, that Word's list buttons continue */
static void
docx_numbering (Zip *zip)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);

  start (writer, "w:numbering", "xmlns:w", W_NS, NULL);
  start (writer, "w:abstractNum", "w:abstractNumId", "0", NULL);
  empty (writer, "w:multiLevelType", "w:val", "singleLevel", NULL);
  start (writer, "w:lvl", "w:ilvl", "0", NULL);
  empty (writer, "w:start", "w:val", "1", NULL);
  empty (writer, "w:numFmt", "w:val", "bullet", NULL);
  empty (writer, "w:lvlText", "w:val", "\u2022", NULL);
  empty (writer, "w:lvlJc", "w:val", "left", NULL);
  start (writer, "w:pPr", NULL);
  empty (writer, "w:ind", "w:left", "360", "w:hanging", "240", NULL);
  end (writer);
  start (writer, "w:rPr", NULL);
  docx_fonts (writer);
  end (writer);
  end (writer);
  end (writer);
  start (writer, "w:num", "w:numId", "1", NULL);
  empty (writer, "w:abstractNumId", "w:val", "0", NULL);
  end (writer);

  xml_end (&xml, zip, "word/numbering.xml");
}

static void
relationship (xmlTextWriterPtr  writer,
              const char       *id,
              const char       *type,
              const char       *target)
{
  g_autofree char *full_type =
    g_strconcat ("http://schemas.openxmlformats.org/", type, NULL);

  empty (writer, "Relationship", "Id", id, "Type", full_type, "Target", target, NULL);
}

static void
docx_relationships (Zip       *zip,
                    GPtrArray *links)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);

  start (writer, "Relationships", "xmlns", PKG_REL_NS, NULL);
  relationship (writer, "rId1", "officeDocument/2006/relationships/styles", "styles.xml");
  relationship (writer, "rId2", "officeDocument/2006/relationships/numbering", "numbering.xml");
  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("rId%u", i + 3);

      empty (writer, "Relationship", "Id", id, "Type", R_NS "/hyperlink",
             "Target", (const char *) g_ptr_array_index (links, i), "TargetMode", "External",
             NULL);
    }
  xml_end (&xml, zip, "word/_rels/document.xml.rels");

  writer = xml_begin (&xml);
  start (writer, "Relationships", "xmlns", PKG_REL_NS, NULL);
  relationship (writer, "rId1", "officeDocument/2006/relationships/officeDocument",
                "word/document.xml");
  relationship (writer, "rId2", "package/2006/relationships/metadata/core-properties",
                "docProps/core.xml");
  relationship (writer, "rId3", "officeDocument/2006/relationships/extended-properties",
                "docProps/app.xml");
  xml_end (&xml, zip, "_rels/.rels");
}

static void
content_type (xmlTextWriterPtr  writer,
              const char       *part,
              const char       *type)
{
  g_autofree char *full_type =
    g_strconcat ("application/vnd.openxmlformats-", type, "+xml", NULL);

  empty (writer, "Override", "PartName", part, "ContentType", full_type, NULL);
}

static void
docx_content_types (Zip *zip)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);

  start (writer, "Types", "xmlns",
         "http://schemas.openxmlformats.org/package/2006/content-types", NULL);
  empty (writer, "Default", "Extension", "rels",
         "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL);
  empty (writer, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  content_type (writer, "/word/document.xml",
                "officedocument.wordprocessingml.document.main");
  content_type (writer, "/word/styles.xml", "officedocument.wordprocessingml.styles");
  content_type (writer, "/word/numbering.xml", "officedocument.wordprocessingml.numbering");
  content_type (writer, "/docProps/core.xml", "package.core-properties");
  content_type (writer, "/docProps/app.xml", "officedocument.extended-properties");
  xml_end (&xml, zip, "[Content_Types].xml");
}

static void
docx_properties (Zip       *zip,
                 GPtrArray *blocks)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);
  const char *name;
  const char *label;

  find_title (blocks, &name, &label);
  start (writer, "cp:coreProperties",
         "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
         "xmlns:dc", DC_NS, "xmlns:dcterms", "http://purl.org/dc/terms/", NULL);
  text_element (writer, "dc:title", name);
  text_element (writer, "dc:subject", label);
  text_element (writer, "dc:creator", name);
  xml_end (&xml, zip, "docProps/core.xml");

  writer = xml_begin (&xml);
  start (writer, "Properties", "xmlns",
         "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", NULL);
  text_element (writer, "Application", GENERATOR);
  xml_end (&xml, zip, "docProps/app.xml");
}

static GBytes *
export_docx (GPtrArray   *blocks,
             RcPdfPaper   paper,
             GError     **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  Zip zip;

  zip_open (&zip);
  docx_content_types (&zip);
  /* the document first: writing it collects the hyperlinks its relationships list */
  docx_document (&zip, blocks, paper, links);
  docx_relationships (&zip, links);
  docx_styles (&zip);
  docx_numbering (&zip);
  docx_properties (&zip, blocks);
  return zip_close (&zip, error);
}

/* ODT (OpenDocument 1.3) */

static void
odt_run (xmlTextWriterPtr  writer,
         const char       *text,
         gsize             length,
         const char       *uri,
         gpointer          user_data)
{
  g_autofree char *piece = g_strndup (text, length);
  g_auto(GStrv) lines = g_strsplit (piece, "\n", -1);

  if (uri != NULL)
    start (writer, "text:a", "xlink:type", "simple", "xlink:href", uri,
           "text:style-name", "Internet_20_link", NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        empty (writer, "text:line-break", NULL);
      write_text (writer, lines[i], -1);
    }
  if (uri != NULL)
    end (writer);
}

static void
odt_content (Zip       *zip,
             GPtrArray *blocks)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);
  gboolean in_list = FALSE;

  start (writer, "office:document-content", "xmlns:office", OFFICE_NS, "xmlns:style", STYLE_NS,
         "xmlns:text", TEXT_NS, "xmlns:fo", FO_NS, "xmlns:xlink", XLINK_NS,
         "office:version", "1.3", NULL);
  start (writer, "office:body", NULL);
  start (writer, "office:text", NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const RcBlock *block = g_ptr_array_index (blocks, i);
      const char *style = styles[block_style (block->kind)].odt_name;

      if (in_list && block->kind != RC_BLOCK_BULLET)
        {
          end (writer);
          in_list = FALSE;
        }

      if (block->kind == RC_BLOCK_BULLET)
        {
          if (!in_list)
            start (writer, "text:list", "text:style-name", "Bullets", NULL);
          in_list = TRUE;
          start (writer, "text:list-item", NULL);
          start (writer, "text:p", "text:style-name", style, NULL);
          write_runs (writer, block, odt_run, NULL);
          end (writer);
          end (writer);
        }
      else if (block->kind == RC_BLOCK_HEADING)
        {
          start (writer, "text:h", "text:style-name", style, "text:outline-level", "1", NULL);
          write_runs (writer, block, odt_run, NULL);
          end (writer);
        }
      else
        {
          start (writer, "text:p", "text:style-name", style, NULL);
          write_runs (writer, block, odt_run, NULL);
          end (writer);
        }
    }

  xml_end (&xml, zip, "content.xml");
}

static void
odt_style (xmlTextWriterPtr  writer,
           const Style      *style)
{
  g_autofree char *before = odt_length (style->before, "pt");
  g_autofree char *after = odt_length (style->after, "pt");
  g_autofree char *size = odt_length (style->size, "pt");
  g_autofree char *color = style->color != NULL ? g_strconcat ("#", style->color, NULL) : NULL;

  start (writer, "style:style", "style:name", style->odt_name,
         "style:display-name", style->display_name, "style:family", "paragraph", NULL);
  if (style != &styles[STYLE_NORMAL])
    xmlTextWriterWriteAttribute (writer, BAD_CAST "style:parent-style-name", BAD_CAST "Standard");
  if (style == &styles[STYLE_HEADING])
    xmlTextWriterWriteAttribute (writer, BAD_CAST "style:default-outline-level", BAD_CAST "1");
  if (style == &styles[STYLE_BULLET])
    xmlTextWriterWriteAttribute (writer, BAD_CAST "style:list-style-name", BAD_CAST "Bullets");

  start (writer, "style:paragraph-properties", "fo:margin-top", before,
         "fo:margin-bottom", after, NULL);
  if (style->flags & KEEP_NEXT)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:keep-with-next", BAD_CAST "always");
  if (style->flags & RULE)
    {
      xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:border-bottom",
                                   BAD_CAST "0.5pt solid #808080");
      xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:padding-bottom", BAD_CAST "1pt");
    }
  end (writer);

  start (writer, "style:text-properties", "fo:font-size", size, NULL);
  if (style == &styles[STYLE_NORMAL])
    xmlTextWriterWriteAttribute (writer, BAD_CAST "style:font-name", BAD_CAST FONT);
  if (style->flags & BOLD)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:font-weight", BAD_CAST "bold");
  if (style->flags & ITALIC)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:font-style", BAD_CAST "italic");
  if (style->flags & CAPS)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:text-transform", BAD_CAST "uppercase");
  if (color != NULL)
    xmlTextWriterWriteAttribute (writer, BAD_CAST "fo:color", BAD_CAST color);
  end (writer);

  end (writer);
}

static void
odt_list_style (xmlTextWriterPtr writer)
{
  start (writer, "text:list-style", "style:name", "Bullets", "style:display-name", "Bullets",
         NULL);
  start (writer, "text:list-level-style-bullet", "text:level", "1",
         "text:bullet-char", "\u2022", NULL);
  start (writer, "style:list-level-properties",
         "text:list-level-position-and-space-mode", "label-alignment", NULL);
  empty (writer, "style:list-level-label-alignment", "text:label-followed-by", "listtab",
         "text:list-tab-stop-position", "0.635cm", "fo:text-indent", "-0.42cm",
         "fo:margin-left", "0.635cm", NULL);
  end (writer);
  empty (writer, "style:text-properties", "style:font-name", FONT, NULL);
  end (writer);
  end (writer);
}

static void
odt_styles (Zip        *zip,
            RcPdfPaper  paper)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);
  gboolean letter = paper == RC_PDF_PAPER_LETTER;
  const char *margin = letter ? "0.75in" : "2cm";

  start (writer, "office:document-styles", "xmlns:office", OFFICE_NS, "xmlns:style", STYLE_NS,
         "xmlns:text", TEXT_NS, "xmlns:fo", FO_NS, "xmlns:svg", SVG_NS,
         "office:version", "1.3", NULL);

  start (writer, "office:font-face-decls", NULL);
  empty (writer, "style:font-face", "style:name", FONT, "svg:font-family", "'" FONT "'",
         "style:font-family-generic", "swiss", "style:font-pitch", "variable", NULL);
  end (writer);

  start (writer, "office:styles", NULL);
  start (writer, "style:default-style", "style:family", "paragraph", NULL);
  empty (writer, "style:text-properties", "style:font-name", FONT, "fo:language", "en",
         "fo:country", "US", NULL);
  end (writer);
  for (guint i = 0; i < N_STYLES; i++)
    odt_style (writer, &styles[i]);
  start (writer, "style:style", "style:name", "Internet_20_link",
         "style:display-name", "Internet Link", "style:family", "text", NULL);
  empty (writer, "style:text-properties", "fo:color", "#1f4e79",
         "style:text-underline-style", "solid", "style:text-underline-width", "auto",
         "style:text-underline-color", "font-color", NULL);
  end (writer);
  odt_list_style (writer);
  end (writer);

  start (writer, "office:automatic-styles", NULL);
  start (writer, "style:page-layout", "style:name", "Page", NULL);
  empty (writer, "style:page-layout-properties", "fo:page-width", letter ? "8.5in" : "21cm",
         "fo:page-height", letter ? "11in" : "29.7cm", "style:print-orientation", "portrait",
         "fo:margin-top", margin, "fo:margin-bottom", margin, "fo:margin-left", margin,
         "fo:margin-right", margin, NULL);
  end (writer);
  end (writer);

  start (writer, "office:master-styles", NULL);
  empty (writer, "style:master-page", "style:name", "Standard", "style:page-layout-name", "Page",
         NULL);
  end (writer);

  xml_end (&xml, zip, "styles.xml");
}

static void
odt_meta (Zip       *zip,
          GPtrArray *blocks)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);
  const char *name;
  const char *label;

  find_title (blocks, &name, &label);
  start (writer, "office:document-meta", "xmlns:office", OFFICE_NS, "xmlns:meta", META_NS,
         "xmlns:dc", DC_NS, "office:version", "1.3", NULL);
  start (writer, "office:meta", NULL);
  text_element (writer, "meta:generator", GENERATOR);
  text_element (writer, "dc:title", name);
  text_element (writer, "dc:subject", label);
  text_element (writer, "meta:initial-creator", name);
  text_element (writer, "dc:creator", name);
  xml_end (&xml, zip, "meta.xml");
}

static void
manifest_entry (xmlTextWriterPtr  writer,
                const char       *path,
                const char       *type)
{
  empty (writer, "manifest:file-entry", "manifest:full-path", path,
         "manifest:media-type", type, NULL);
}

static void
odt_manifest (Zip *zip)
{
  Xml xml;
  xmlTextWriterPtr writer = xml_begin (&xml);

  start (writer, "manifest:manifest",
         "xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
         "manifest:version", "1.3", NULL);
  empty (writer, "manifest:file-entry", "manifest:full-path", "/", "manifest:version", "1.3",
         "manifest:media-type", ODT_MIMETYPE, NULL);
  manifest_entry (writer, "content.xml", "text/xml");
  manifest_entry (writer, "styles.xml", "text/xml");
  manifest_entry (writer, "meta.xml", "text/xml");
  xml_end (&xml, zip, "META-INF/manifest.xml");
}

static GBytes *
export_odt (GPtrArray   *blocks,
            RcPdfPaper   paper,
            GError     **error)
{
  Zip zip;

  zip_open (&zip);
  /* OpenDocument: the media type first and stored, so `file` and others can read it */
  zip_add (&zip, "mimetype", ODT_MIMETYPE, strlen (ODT_MIMETYPE), TRUE);
  odt_manifest (&zip);
  odt_content (&zip, blocks);
  odt_styles (&zip, paper);
  odt_meta (&zip, blocks);
  return zip_close (&zip, error);
}

/**
 * rc_export_office:
 * @blocks: (element-type RcBlock): the resume's blocks (rc_resume_blocks())
 * @format: %RC_EXPORT_DOCX or %RC_EXPORT_ODT
 * @paper: the page size
 * @error: return location for a #GError
 *
 * Writes the blocks as an editable document, one paragraph each, with the styles Word and
 * LibreOffice know (Title, Subtitle, Heading 1, List Bullet…) and a few of its own (Contact
 * Line, Entry Title, Entry Meta), so a user can restyle it; links stay links.
 *
 * Returns: (transfer full): the archive, or %NULL with @error set
 */
GBytes *
rc_office_export (GPtrArray       *blocks,
                  RcExportFormat   format,
                  RcPdfPaper       paper,
                  GError         **error)
{
  g_return_val_if_fail (blocks != NULL, NULL);
  g_return_val_if_fail (format == RC_EXPORT_DOCX || format == RC_EXPORT_ODT, NULL);

  return format == RC_EXPORT_DOCX ? export_docx (blocks, paper, error)
                                  : export_odt (blocks, paper, error);
}
