/* fuzz-document.c — a resume file from anywhere: load it, check it in full, apply its fixes,
 * export it to every format, and check the written JSON reads back and the DOCX and ODT are
 * whole archives of well-formed XML
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>

#include "rc-coach-state.h"
#include "rc-engine.h"
#include "rc-export.h"
#include "rc-fuzz.h"

/* Every member of the archive reads back, and each XML member parses */
static void
assert_office_archive (GBytes *bytes)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  guint members = 0;
  int status;

  archive_read_support_format_zip (archive);
  g_assert (archive_read_open_memory (archive, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes)) == ARCHIVE_OK);
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      la_int64_t size = archive_entry_size (entry);
      g_autofree char *data = g_malloc (size + 1);

      g_assert (archive_read_data (archive, data, size) == size);
      if (g_str_has_suffix (archive_entry_pathname (entry), ".xml") ||
          g_str_has_suffix (archive_entry_pathname (entry), ".rels"))
        {
          xmlDocPtr doc = xmlReadMemory (data, (int) size, NULL, "UTF-8",
                                         XML_PARSE_NONET | XML_PARSE_NOERROR |
                                         XML_PARSE_NOWARNING);

          g_assert (doc != NULL);
          xmlFreeDoc (doc);
        }
      members++;
    }
  g_assert (status == ARCHIVE_EOF);
  g_assert (members >= 5);
  archive_read_free (archive);
}

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

  for (RcExportFormat format = 0; format <= RC_EXPORT_ODT; format++)
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
      else if (format == RC_EXPORT_DOCX || format == RC_EXPORT_ODT)
        assert_office_archive (bytes);
    }
  return 0;
}
