/* rc-import-private.h — what the importer's files share: its word lists, dates and contacts
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-import.h"

G_BEGIN_DECLS

/* a resume file is a few hundred KiB; anything much larger is not one */
#define RC_IMPORT_MAX_BYTES (32 * 1024 * 1024)

typedef struct
{
  GHashTable *headings;      /* folded heading → section id ("work", "skills"…) */
  GHashTable *titles;        /* folded words of a job title */
  GHashTable *specialties;   /* folded: what a title names after a dash, "backend" */
  GHashTable *degrees;
  GHashTable *institutions;
} ImportWords;

const ImportWords *rc_import_words            (void);
gboolean           rc_import_has_word         (const char  *text,
                                               GHashTable  *set);
gboolean           rc_import_find_dates       (const char  *text,
                                               gsize       *begin,
                                               gsize       *end,
                                               char       **start_iso,
                                               char       **end_iso);
gboolean           rc_import_read_contact     (JsonObject  *basics,
                                               const char  *piece);
gboolean           rc_import_looks_like_place (const char  *piece);
char              *rc_import_read_url         (const char  *piece);
void               rc_import_set_place        (JsonObject  *basics,
                                               const char  *piece);

/* rc-import-split.c: one line as the importer reads it */
/* trims; tabs and runs of spaces into one space (a tab between two texts into " | ") */
char              *rc_import_clean_text       (const char  *text);
/* the text after a list marker ("• ", "– ", "- ", "* ", "1. ", "2) "), or NULL */
const char        *rc_import_after_marker     (const char  *text);
gboolean           rc_import_ends_sentence    (const char  *text);
guint              rc_import_count_words      (const char  *text);
/* a sentence of an entry, not a line of its header */
gboolean           rc_import_is_body_text     (const char  *text);
GPtrArray         *rc_import_split_at         (const char         *text,
                                               const char * const *separators,
                                               guint               n_separators,
                                               gboolean            brackets);
/* at " | ", " — ", " · ", " at "…: (element-type utf8) the parts, none empty */
GPtrArray         *rc_import_split_parts      (const char  *text);
/* at the last ", " (which @text must hold): name, issuer */
GPtrArray         *rc_import_split_last_comma (const char  *text);
/* in place: the separators and unmatched brackets a date leaves at the ends */
char              *rc_import_strip_leftovers  (char        *text);
/* in place: "()" a date in brackets leaves */
void               rc_import_remove_empty_brackets (char   *line);
/* a list line at ", ", " • ", " | ", " · ", "; ", " / ", not inside brackets */
GPtrArray         *rc_import_split_items      (const char  *text);

/* rc-import-pdf.c: what an ATS loses on one page of a PDF */
typedef struct
{
  gboolean columns;     /* set in two columns (read here one after the other) */
  gboolean images;      /* holds a picture */
  guint    words;
  guint    unreadable;  /* characters with no Unicode: U+FFFD or private use */
} RcPdfPage;

GPtrArray         *rc_import_pdf_read         (const char  *data,
                                               gsize        length,
                                               GArray      *pages,
                                               GError     **error);

/* rc-import-office.c */
GBytes            *rc_import_zip_member       (const char  *data,
                                               gsize        length,
                                               const char  *name,
                                               GError     **error);

/* rc-import-build.c */
RcImportNote      *rc_import_add_note         (GPtrArray   *notes,
                                               const char  *pointer,
                                               const char  *kind,
                                               const char  *value);
void               rc_import_keep_unplaced    (JsonObject  *root,
                                               GPtrArray   *lines,
                                               GPtrArray   *notes);
/* @notes (element-type RcImportNote) into /meta/resumeCoach/import */
void               rc_import_write_notes      (JsonObject  *root,
                                               GPtrArray   *notes);

/* rc-import-csv.c: RFC 4180 rows (element-type GStrv), at most RC_IMPORT_MAX_LINES */
GPtrArray         *rc_import_csv_read         (const char  *data,
                                               gsize        length,
                                               const char  *name,
                                               GError     **error);
/* the field of @row under @column of @header, NULL when there is none or it is empty */
const char        *rc_import_csv_get          (char       **header,
                                               char       **row,
                                               const char  *column);

/* rc-import-fresh.c: the object of a FRESH file */
JsonNode          *rc_import_fresh            (JsonObject  *fresh,
                                               GPtrArray  **notes);

/* rc-import-linkedin.c: a LinkedIn data export (a ZIP of CSV files) */
char              *rc_import_describe_entry   (JsonObject  *entry);
JsonNode          *rc_import_linkedin         (const char  *data,
                                               gsize        length,
                                               GPtrArray  **notes,
                                               GError     **error);

G_END_DECLS
