/* rc-import.h — a resume in another form (PDF, DOCX, ODT, text, LinkedIn, FRESH) read into a JSON Resume document
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define RC_IMPORT_ERROR (rc_import_error_quark ())

typedef enum
{
  RC_IMPORT_ERROR_UNKNOWN_KIND,  /* not a kind of file we read */
  RC_IMPORT_ERROR_TOO_LARGE,     /* over a limit: the file, an entry of an archive, its lines */
  RC_IMPORT_ERROR_CORRUPT,       /* a damaged archive or XML */
  RC_IMPORT_ERROR_EMPTY,         /* no text at all */
  RC_IMPORT_ERROR_ENCRYPTED,     /* a PDF behind a password */
} RcImportError;

typedef enum
{
  RC_IMPORT_KIND_UNKNOWN,
  RC_IMPORT_KIND_TEXT,
  RC_IMPORT_KIND_DOCX,
  RC_IMPORT_KIND_ODT,
  RC_IMPORT_KIND_PDF,
  RC_IMPORT_KIND_LINKEDIN,  /* a LinkedIn data export: a ZIP of CSV files */
  RC_IMPORT_KIND_FRESH,     /* a FRESH resume (JSON): HackMyResume, FluentCV */
} RcImportKind;

/* One line of the source, with what the source tells of it */
typedef struct
{
  char     *text;           /* UTF-8, one line, no list marker removed yet */
  guint     heading_level;  /* 0: the source does not mark it a heading; 1: a title */
  gboolean  list_item;      /* the source marks it a list item (a marker may be missing) */
  gboolean  bold;
  gboolean  blank_before;   /* an empty line (or a paragraph break in text) came before it */
  guint     page;           /* 1…, 0 when the source has no pages */
  double    x;              /* where it starts on the page (points), 0 when unknown */
} RcImportLine;

/* What the importer was unsure of: the pointer it wrote, why, and the value it wrote there.
 * The import.check rule speaks at the pointer while the value there is still @value. */
typedef struct
{
  char *pointer;
  char *kind;    /* "split", "date", "unplaced", "section" */
  char *value;   /* (nullable): NULL when it wrote nothing there (an unreadable date) */
  char *source;  /* (nullable): the line as the source wrote it, when it differs */
} RcImportNote;

/* the most lines an import reads: a resume has a few hundred */
#define RC_IMPORT_MAX_LINES 20000

GQuark        rc_import_error_quark  (void);

RcImportLine *rc_import_line_new     (const char    *text);
void          rc_import_line_free    (RcImportLine  *line);
void          rc_import_note_free    (RcImportNote  *note);

RcImportKind  rc_import_detect       (const char    *data,
                                      gsize          length);
const char   *rc_import_kind_name    (RcImportKind   kind);

/* Whether this program reads PDF, Word, LibreOffice and LinkedIn files (and writes DOCX and
 * ODT): it links the rc-office library (rc-office-private.h); `resume-coach` does not */
gboolean      rc_office_available    (void);

/* The sources: each turns its bytes into lines (element-type RcImportLine) */
GPtrArray    *rc_import_text_lines   (const char    *data,
                                      gsize          length,
                                      GError       **error);
GPtrArray    *rc_import_office_lines (const char    *data,
                                      gsize          length,
                                      RcImportKind   kind,
                                      GError       **error);
GPtrArray    *rc_import_pdf_lines    (const char    *data,
                                      gsize          length,
                                      GError       **error);

/* Lines into a JSON Resume object; @notes (element-type RcImportNote) are also written to
 * /meta/resumeCoach/import */
JsonNode     *rc_import_build        (GPtrArray     *lines,
                                      GPtrArray    **notes);
/* Detects the kind from the bytes and imports; NULL with a one-line error */
JsonNode     *rc_import_data         (const char    *data,
                                      gsize          length,
                                      GPtrArray    **notes,
                                      GError       **error);
/* Reads a regular file (at most 32 MiB) and imports it */
JsonNode     *rc_import_file         (GFile         *file,
                                      GPtrArray    **notes,
                                      GCancellable  *cancellable,
                                      GError       **error);

/* How an ATS reads a PDF: what it extracted, field by field, and what did not survive */
typedef enum
{
  RC_ATS_PROBLEM_COLUMNS,     /* a page in columns: read straight across, they mix */
  RC_ATS_PROBLEM_IMAGES,      /* a page of pictures and little text */
  RC_ATS_PROBLEM_UNREADABLE,  /* characters a font gives no Unicode for */
  RC_ATS_PROBLEM_CONTACT,     /* a contact detail not found */
  RC_ATS_PROBLEM_UNPLACED,    /* a line no section took */
} RcAtsProblemKind;

typedef struct
{
  char *label;  /* "Email", "Experience 1"… */
  char *value;  /* what was read there, one line */
} RcAtsField;

typedef struct
{
  RcAtsProblemKind  kind;
  guint             page;     /* 1…, 0 for the whole document */
  char             *message;  /* one sentence */
} RcAtsProblem;

typedef struct
{
  guint      pages;
  JsonNode  *resume;    /* what the import read */
  GPtrArray *notes;     /* (element-type RcImportNote) */
  GPtrArray *fields;    /* (element-type RcAtsField) */
  GPtrArray *problems;  /* (element-type RcAtsProblem), empty when all survived */
} RcImportReport;

RcImportReport *rc_import_pdf_report  (const char      *data,
                                       gsize            length,
                                       GError         **error);
RcImportReport *rc_import_report_file (GFile           *file,
                                       GCancellable    *cancellable,
                                       GError         **error);
void            rc_import_report_free (RcImportReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcImportReport, rc_import_report_free)

G_END_DECLS
