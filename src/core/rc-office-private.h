/* rc-office-private.h — the readers and writers of PDF, Word, LibreOffice and LinkedIn files
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They need poppler, libarchive and libxml2, and with them some forty shared libraries that
 * cost `resume-coach check` a third of its start-up. So they live in a library of their own
 * (rc-office), linked whole into the programs that read or write those files (the window, the
 * command line's `resume-coach-office`, the tests): its constructor installs them here, and
 * the core calls them through these hooks. `resume-coach` itself links only the core and
 * hands `import` and the DOCX/ODT exports over to `resume-coach-office`.
 */
#pragma once

#include "rc-export.h"
#include "rc-import.h"
#include "rc-pdf.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *(*office_lines)  (const char     *data,
                               gsize           length,
                               RcImportKind    kind,
                               GError        **error);
  GPtrArray *(*pdf_lines)     (const char     *data,
                               gsize           length,
                               GError        **error);
  GPtrArray *(*pdf_read)      (const char     *data,
                               gsize           length,
                               GArray         *pages,
                               GError        **error);
  GBytes    *(*zip_member)    (const char     *data,
                               gsize           length,
                               const char     *name,
                               GError        **error);
  GBytes    *(*export_office) (GPtrArray      *blocks,
                               RcExportFormat  format,
                               RcPdfPaper      paper,
                               GError        **error);
} RcOfficeHooks;

/* rc-office.c (the core): what rc-office-install.c installs */
void       rc_office_set_hooks   (const RcOfficeHooks *hooks);

/* the rc-office library: the functions behind the hooks */
GPtrArray *rc_office_read_lines  (const char     *data,
                                  gsize           length,
                                  RcImportKind    kind,
                                  GError        **error);
GPtrArray *rc_office_pdf_lines   (const char     *data,
                                  gsize           length,
                                  GError        **error);
GPtrArray *rc_office_pdf_read    (const char     *data,
                                  gsize           length,
                                  GArray         *pages,
                                  GError        **error);
GBytes    *rc_office_zip_member  (const char     *data,
                                  gsize           length,
                                  const char     *name,
                                  GError        **error);
GBytes    *rc_office_export      (GPtrArray      *blocks,
                                  RcExportFormat  format,
                                  RcPdfPaper      paper,
                                  GError        **error);

G_END_DECLS
