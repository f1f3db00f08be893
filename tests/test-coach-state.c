/* test-coach-state.c — the job, ignored findings and seniority kept in meta.resumeCoach
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-coach-state.h"
#include "rc-report-private.h"
#include "rc-test-util.h"

static void
on_changed_cb (RcDocument   *document,
               const char   *pointer,
               RcChangeKind  kind,
               guint        *count)
{
  (*count)++;
}

static guint
watch (RcDocument *document,
       guint      *count)
{
  *count = 0;
  return g_signal_connect (document, "changed", G_CALLBACK (on_changed_cb), count);
}

static void
test_coach_state_job (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"A\"}}");
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autoptr(RcDocument) with_file = NULL;
  guint changes;

  g_assert_null (rc_coach_state_dup_job (document));
  watch (document, &changes);

  rc_coach_state_set_job (document, "Go and Kafka engineer");
  g_assert_cmpuint (changes, ==, 1);
  text = rc_coach_state_dup_job (document);
  g_assert_cmpstr (text, ==, "Go and Kafka engineer");
  g_assert_cmpstr (rc_document_get_string (document, "/meta/resumeCoach/job"), ==,
                   "Go and Kafka engineer");

  rc_coach_state_set_job (document, "");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_null (rc_coach_state_dup_job (document));
  rc_coach_state_set_job (document, NULL);
  g_assert_cmpuint (changes, ==, 2);

  /* a JSON Resume job stored as an object comes back as JSON text */
  with_file = rc_test_document_from_data ("{\"meta\": {\"resumeCoach\": {\"job\": "
                                          "{\"title\": \"Backend\", \"skills\": "
                                          "[{\"keywords\": [\"Go\"]}]}}}}");
  json = rc_coach_state_dup_job (with_file);
  g_assert_nonnull (json);
  g_assert_nonnull (strstr (json, "\"title\""));
  g_assert_nonnull (strstr (json, "\"Go\""));
}

static void
test_coach_state_ignore (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"meta\": {\"version\": \"1\"}}");
  g_autoptr(RcFinding) a = rc_finding_new ("style.filler", RC_LEVEL_SUGGESTION,
                                           "/work/0/highlights/1", 4, 8);
  g_autoptr(RcFinding) b = rc_finding_new ("skills.missing", RC_LEVEL_ERROR, "", 0, 0);
  g_autoptr(RcFinding) moved = NULL;
  g_autofree char *key = NULL;
  guint changes;

  a->match = g_strdup ("very");
  key = rc_finding_dup_key (a);
  g_assert_nonnull (strstr (key, "style.filler"));
  g_assert_nonnull (strstr (key, "/work/0/highlights/1"));
  g_assert_nonnull (strstr (key, "very"));

  watch (document, &changes);
  g_assert_false (rc_coach_state_is_ignored (document, a));
  rc_coach_state_ignore (document, a);
  g_assert_cmpuint (changes, ==, 1);
  rc_coach_state_ignore (document, a);
  g_assert_cmpuint (changes, ==, 1);
  rc_coach_state_ignore (document, b);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (rc_coach_state_is_ignored (document, a));
  g_assert_true (rc_coach_state_is_ignored (document, b));
  g_assert_cmpuint (rc_document_get_length (document, "/meta/resumeCoach/ignored"), ==, 2);
  /* meta's own fields stay */
  g_assert_cmpstr (rc_document_get_string (document, "/meta/version"), ==, "1");

  /* the same rule elsewhere in the string, on other words, is not ignored */
  moved = rc_finding_copy (a);
  g_free (moved->match);
  moved->match = g_strdup ("really");
  moved->start = 20;
  g_assert_false (rc_coach_state_is_ignored (document, moved));
  /* the same words at another offset still are */
  moved->start = 30;
  g_free (moved->match);
  moved->match = g_strdup ("very");
  g_assert_true (rc_coach_state_is_ignored (document, moved));

  rc_coach_state_unignore_all (document);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_false (rc_coach_state_is_ignored (document, a));
  rc_coach_state_unignore_all (document);
  g_assert_cmpuint (changes, ==, 3);
}

static void
test_coach_state_persist (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data ("{\"basics\": {\"name\": \"A\"}}");
  g_autoptr(RcDocument) again = NULL;
  g_autoptr(RcFinding) finding = rc_finding_new ("contact.no-profile", RC_LEVEL_SUGGESTION,
                                                 "/basics", 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-state-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *job = NULL;

  rc_coach_state_ignore (document, finding);
  rc_coach_state_set_job (document, "Rust engineer");
  g_assert_true (rc_document_save (document, file, NULL, &error));
  g_assert_no_error (error);

  again = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rc_coach_state_is_ignored (again, finding));
  job = rc_coach_state_dup_job (again);
  g_assert_cmpstr (job, ==, "Rust engineer");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_coach_state_seniority (void)
{
  g_autoptr(RcDocument) none = rc_test_document_from_data ("{}");
  g_autoptr(RcDocument) senior = rc_test_document_from_data ("{\"meta\": {\"resumeCoach\": {\"seniority\": \"senior\"}}}");
  g_autoptr(RcDocument) odd = rc_test_document_from_data ("{\"meta\": {\"resumeCoach\": {\"seniority\": \"wizard\"}}}");

  g_assert_null (rc_coach_state_get_seniority (none));
  g_assert_cmpstr (rc_coach_state_get_seniority (senior), ==, "senior");
  g_assert_null (rc_coach_state_get_seniority (odd));
}

static void
test_coach_state_apply_fix (void)
{
  g_autoptr(RcDocument) document = rc_test_document_from_data (
    "{\"work\": [{\"highlights\": [\"Built très fast APIs in nodejs.\", "
    "\"Really cut costs by 20%.\"]}]}");
  g_autoptr(RcFinding) spelling = rc_finding_new ("skills.spelling", RC_LEVEL_SUGGESTION,
                                                  "/work/0/highlights/0", 24, 30);
  g_autoptr(RcFinding) filler = rc_finding_new ("style.filler", RC_LEVEL_SUGGESTION,
                                                "/work/0/highlights/1", 0, 6);
  g_autoptr(GError) error = NULL;
  guint changes;

  spelling->match = g_strdup ("nodejs");
  spelling->fix = g_strdup ("Node.js");
  filler->match = g_strdup ("Really");
  filler->fix = g_strdup ("");

  watch (document, &changes);
  /* character offsets: "très" is one character per letter */
  g_assert_true (rc_finding_apply_fix (spelling, document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/0"), ==,
                   "Built très fast APIs in Node.js.");

  /* deleting the first word takes its space and capitalises the next */
  g_assert_true (rc_finding_apply_fix (filler, document, &error));
  g_assert_cmpstr (rc_document_get_string (document, "/work/0/highlights/1"), ==,
                   "Cut costs by 20%.");

  /* applying again: the text is not what the finding saw */
  g_assert_false (rc_finding_apply_fix (spelling, document, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (changes, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/coach-state/job", test_coach_state_job);
  g_test_add_func ("/core/coach-state/ignore", test_coach_state_ignore);
  g_test_add_func ("/core/coach-state/persist", test_coach_state_persist);
  g_test_add_func ("/core/coach-state/seniority", test_coach_state_seniority);
  g_test_add_func ("/core/coach-state/apply-fix", test_coach_state_apply_fix);

  return g_test_run ();
}
