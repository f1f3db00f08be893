/* rc-office.c — the core's side of the PDF, Word, LibreOffice and LinkedIn readers and writers
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * (rc-office-private.h says why they are apart.)
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-export-private.h"
#include "rc-import-private.h"
#include "rc-office-private.h"

static const RcOfficeHooks *hooks;

void
rc_office_set_hooks (const RcOfficeHooks *installed)
{
  hooks = installed;
}

gboolean
rc_office_available (void)
{
  return hooks != NULL;
}

static gboolean
check_available (GError **error)
{
  if (hooks != NULL)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("this program reads and writes no PDF, Word, LibreOffice or LinkedIn files"));
  return FALSE;
}

GPtrArray *
rc_import_office_lines (const char    *data,
                        gsize          length,
                        RcImportKind   kind,
                        GError       **error)
{
  return check_available (error) ? hooks->office_lines (data, length, kind, error) : NULL;
}

GPtrArray *
rc_import_pdf_lines (const char  *data,
                     gsize        length,
                     GError     **error)
{
  return check_available (error) ? hooks->pdf_lines (data, length, error) : NULL;
}

GPtrArray *
rc_import_pdf_read (const char  *data,
                    gsize        length,
                    GArray      *pages,
                    GError     **error)
{
  return check_available (error) ? hooks->pdf_read (data, length, pages, error) : NULL;
}

GBytes *
rc_import_zip_member (const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  return check_available (error) ? hooks->zip_member (data, length, name, error) : NULL;
}

GBytes *
rc_export_office (GPtrArray       *blocks,
                  RcExportFormat   format,
                  RcPdfPaper       paper,
                  GError         **error)
{
  return check_available (error) ? hooks->export_office (blocks, format, paper, error) : NULL;
}
