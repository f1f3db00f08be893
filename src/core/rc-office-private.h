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

/* what each reader and writer is, behind the core's functions of the same signatures
 * (rc_import_office_lines(), rc_import_pdf_lines(), rc_import_pdf_read(),
 * rc_import_zip_member(), rc_export_office()) */
typedef GPtrArray *RcOfficeReadLines (const char      *data,
                                      gsize            length,
                                      RcImportKind     kind,
                                      GError         **error);
typedef GPtrArray *RcOfficePdfLines  (const char      *data,
                                      gsize            length,
                                      GError         **error);
typedef GPtrArray *RcOfficePdfRead   (const char      *data,
                                      gsize            length,
                                      GArray          *pages,
                                      GError         **error);
typedef GBytes    *RcOfficeZipMember (const char      *data,
                                      gsize            length,
                                      const char      *name,
                                      GError         **error);
typedef GBytes    *RcOfficeExport    (GPtrArray       *blocks,
                                      RcExportFormat   format,
                                      RcPdfPaper       paper,
                                      GError         **error);

typedef struct
{
  RcOfficeReadLines *office_lines;
  RcOfficePdfLines  *pdf_lines;
  RcOfficePdfRead   *pdf_read;
  RcOfficeZipMember *zip_member;
  RcOfficeExport    *export_office;
} RcOfficeHooks;

/* rc-office.c (the core): what rc-office-install.c installs */
void              rc_office_set_hooks  (const RcOfficeHooks *hooks);

/* the rc-office library: the functions behind the hooks */
RcOfficeReadLines rc_office_read_lines;
RcOfficePdfLines  rc_office_pdf_lines;
RcOfficePdfRead   rc_office_pdf_read;
RcOfficeZipMember rc_office_zip_member;
RcOfficeExport    rc_office_export;

G_END_DECLS
