/* rc-export.h — a resume as plain text, JSON, Markdown, PDF, DOCX or ODT
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"

G_BEGIN_DECLS

typedef enum
{
  RC_EXPORT_TEXT,
  RC_EXPORT_JSON,
  RC_EXPORT_MARKDOWN,
  RC_EXPORT_PDF,
  RC_EXPORT_DOCX,      /* Added: Word (Office Open XML) */
  RC_EXPORT_ODT,       /* Added: LibreOffice (OpenDocument Text) */
} RcExportFormat;

/* Added */
typedef enum
{
  RC_EXPORT_NONE            = 0,
  RC_EXPORT_KEEP_COACH_DATA = 1 << 0,  /* JSON: keep meta.resumeCoach (the target job…) */
} RcExportFlags;

gboolean    rc_export_format_from_string (const char      *name,
                                          RcExportFormat  *format);
const char *rc_export_format_extension   (RcExportFormat   format);

/* (transfer full): the export as bytes (UTF-8 text for the text formats) */
GBytes     *rc_export_to_bytes           (RcDocument      *document,
                                          RcExportFormat   format,
                                          GError         **error);
/* Added: JSON leaves meta.resumeCoach out unless @flags keep it (so does rc_export_to_bytes) */
GBytes     *rc_export_to_bytes_full      (RcDocument      *document,
                                          RcExportFormat   format,
                                          RcExportFlags    flags,
                                          GError         **error);
/* Writes atomically (temp file + rename); the old file is untouched on failure */
gboolean    rc_export_to_file            (RcDocument      *document,
                                          RcExportFormat   format,
                                          GFile           *file,
                                          GCancellable    *cancellable,
                                          GError         **error);
gboolean    rc_export_to_file_full       (RcDocument      *document,
                                          RcExportFormat   format,
                                          RcExportFlags    flags,
                                          GFile           *file,
                                          GCancellable    *cancellable,
                                          GError         **error);

G_END_DECLS
