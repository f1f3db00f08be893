/* rc-export-private.h — the exports written as office documents (DOCX, ODT)
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-export.h"
#include "rc-pdf.h"

G_BEGIN_DECLS

/* (transfer full): @blocks (element-type RcBlock) as a ZIP archive of @format, RC_EXPORT_DOCX
 * or RC_EXPORT_ODT, on @paper; NULL with @error set when the archive cannot be written */
GBytes *rc_export_office (GPtrArray       *blocks,
                          RcExportFormat   format,
                          RcPdfPaper       paper,
                          GError         **error);

G_END_DECLS
