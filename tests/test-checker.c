/* test-checker.c — the checker follows the document and publishes one report per edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-checker.h"
#include "rc-ui-test-util.h"

typedef struct
{
  RcDocument *document;
  RcChecker  *checker;
  guint       notified;
} Fixture;

static void
on_report_notify_cb (RcChecker  *checker,
                     GParamSpec *pspec,
                     Fixture    *fixture)
{
  fixture->notified++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autofree char *path = rc_test_sample_path ();

  fixture->document = rc_test_document_from_file (path);
  fixture->checker = rc_checker_new (rules);
  g_signal_connect (fixture->checker, "notify::report", G_CALLBACK (on_report_notify_cb),
                    fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->checker);
  g_assert_finalize_object (fixture->document);
}

static void
set_string (Fixture    *fixture,
            const char *pointer,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_document_set_string (fixture->document, pointer, text, &error));
  g_assert_no_error (error);
}

/* A document is checked as soon as it is set; without one there is no report */
static void
test_open_and_close (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_null (rc_checker_get_report (fixture->checker));

  rc_checker_set_document (fixture->checker, fixture->document);
  g_assert_nonnull (rc_checker_get_report (fixture->checker));
  g_assert_true (rc_checker_get_document (fixture->checker) == fixture->document);
  g_assert_cmpuint (fixture->notified, ==, 1);

  /* nothing changed, nothing published */
  rc_ui_test_iterate ();
  g_assert_cmpuint (fixture->notified, ==, 1);

  rc_checker_set_document (fixture->checker, NULL);
  g_assert_null (rc_checker_get_report (fixture->checker));
  g_assert_cmpuint (fixture->notified, ==, 2);
}

/* One edit, one new report: when the deferred page count settles on the same number of pages,
 * it does not publish the report again */
static void
test_notifies_once_per_edit (Fixture       *fixture,
                             gconstpointer  data)
{
  RcReport *first;

  rc_checker_set_document (fixture->checker, fixture->document);
  first = rc_checker_get_report (fixture->checker);
  fixture->notified = 0;

  set_string (fixture, "/basics/label", "Senior Backend Engineer");
  /* checked before the frame is drawn, not while the edit is being made */
  g_assert_cmpuint (fixture->notified, ==, 0);
  rc_ui_test_iterate ();
  g_assert_cmpuint (fixture->notified, ==, 1);
  g_assert_true (rc_checker_get_report (fixture->checker) != first);

  /* the edits of one main-loop turn (a paste over a selection) make one report */
  set_string (fixture, "/basics/label", "");
  set_string (fixture, "/basics/label", "Staff Backend Engineer");
  rc_ui_test_iterate ();
  g_assert_cmpuint (fixture->notified, ==, 2);

  /* check_now publishes the pending check at once, and only once */
  set_string (fixture, "/basics/label", "Backend Engineer");
  rc_checker_check_now (fixture->checker);
  g_assert_cmpuint (fixture->notified, ==, 3);
  rc_ui_test_iterate ();
  g_assert_cmpuint (fixture->notified, ==, 3);
}

/* An edit that adds a page: the keystroke's report first, then the one with the new count */
static void
test_page_count_changes (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  RcReport *report;

  rc_checker_set_document (fixture->checker, fixture->document);
  fixture->notified = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "Cut p99 latency of the rates API from 850 ms to 190 ms. ");
  set_string (fixture, "/work/0/highlights/0", text->str);
  rc_checker_check_now (fixture->checker);
  g_assert_cmpuint (fixture->notified, ==, 1);
  g_assert_true (rc_report_get_pages_pending (rc_checker_get_report (fixture->checker)));

  rc_ui_test_iterate ();
  report = rc_checker_get_report (fixture->checker);
  g_assert_cmpuint (fixture->notified, ==, 2);
  g_assert_false (rc_report_get_pages_pending (report));
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/checker/open-and-close", test_open_and_close);
  ADD ("/ui/checker/notifies-once-per-edit", test_notifies_once_per_edit);
  ADD ("/ui/checker/page-count-changes", test_page_count_changes);

  return g_test_run ();
}
