/* fuzz-job.c — a job description, as text or a JSON job file, and its match against a resume
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-job.h"
#include "rc-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = rc_fuzz_dup_text (data, size);
  g_autoptr(RcJob) job = NULL;
  g_autoptr(GHashTable) prose = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) skills = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RcAtsMatch) match = NULL;
  GPtrArray *keywords;

  if (text == NULL)
    return 0;

  job = rc_job_new (rc_taxonomy_get_default (), text);
  g_assert (g_utf8_validate (rc_job_get_title (job), -1, NULL));
  keywords = rc_job_get_keywords (job);
  g_assert (keywords != NULL);

  g_hash_table_add (prose, (gpointer) "go");
  g_hash_table_add (skills, (gpointer) "postgresql");
  match = rc_job_match (job, prose, skills);
  g_assert (match == NULL || match->match <= 100);
  return 0;
}
