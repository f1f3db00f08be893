/* fuzz-document.c — a resume file from anywhere: load it, check it in full, apply its fixes,
 * export it to every format, and check the written JSON reads back
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-export.h"
#include "rc-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static RcEngine *engine;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = NULL;

  if (engine == NULL)
    engine = rc_engine_new (rc_rule_set_new_builtin ());

  document = rc_document_new_from_data ((const char *) data, (gssize) size, NULL);
  if (document == NULL)
    return 0;

  report = rc_engine_check (engine, document, NULL);
  g_assert (rc_report_get_score (report) <= 100);

  /* the one-click fixes, a few in turn (one may make another stale, which only fails) */
  {
    GPtrArray *findings = rc_report_get_findings (report);
    guint applied = 0;

    for (guint i = 0; i < findings->len && applied < 8; i++)
      {
        const RcFinding *finding = g_ptr_array_index (findings, i);

        if (finding->fix != NULL && rc_finding_apply_fix (finding, document, NULL))
          applied++;
      }
    if (applied > 0)
      {
        g_clear_pointer (&report, rc_report_unref);
        report = rc_engine_check (engine, document, NULL);
      }
  }

  for (RcExportFormat format = 0; format <= RC_EXPORT_PDF; format++)
    {
      g_autoptr(GBytes) bytes = rc_export_to_bytes (document, format, NULL);

      g_assert (bytes != NULL);
      if (format == RC_EXPORT_JSON)
        {
          gsize length;
          const char *json = g_bytes_get_data (bytes, &length);
          g_autoptr(RcDocument) again = rc_document_new_from_data (json, (gssize) length, NULL);

          /* what the app writes it can read back */
          g_assert (again != NULL);
        }
    }
  return 0;
}
