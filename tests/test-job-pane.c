/* test-job-pane.c — the job description pane: stored in the resume, matched keywords shown
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-coach-state.h"
#include "rc-job.h"
#include "rc-job-pane.h"
#include "rc-ui-test-util.h"

GResource *rc_ui_get_resource (void);

#define JOB_TEXT "Senior Backend Engineer\nWe build payments in Go with gRPC and PostgreSQL."

typedef struct
{
  RcDocument *document;
  GtkWindow  *window;
  RcJobPane  *pane;
  guint       changes;
  char       *last_pointer;
} Fixture;

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        Fixture      *fixture)
{
  fixture->changes++;
  g_free (fixture->last_pointer);
  fixture->last_pointer = g_strdup (pointer);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->document = rc_document_new_from_data ("{\"basics\": {\"name\": \"Jordan Lee\"}}", -1, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->document, "changed", G_CALLBACK (on_document_changed_cb), fixture);

  fixture->pane = rc_job_pane_new ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->pane));
  gtk_window_present (fixture->window);
  rc_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  rc_ui_test_iterate ();
  g_signal_handlers_disconnect_by_data (fixture->document, fixture);
  g_assert_finalize_object (fixture->document);
  g_clear_pointer (&fixture->last_pointer, g_free);
}

static GtkTextBuffer *
get_buffer (Fixture *fixture)
{
  GtkWidget *view = rc_ui_test_find_type (GTK_WIDGET (fixture->pane), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* As the text view does for a key press or a paste: one user action */
static void
type_text (GtkTextBuffer *buffer,
           const char    *text)
{
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

static void
test_typing_stores_job (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkTextBuffer *buffer = get_buffer (fixture);
  g_autofree char *job = NULL;
  GtkTextIter start;
  GtkTextIter end;

  rc_job_pane_set_document (fixture->pane, fixture->document);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* A paste: one change, at meta.resumeCoach.job */
  type_text (buffer, JOB_TEXT);
  g_assert_cmpuint (fixture->changes, ==, 1);
  job = rc_coach_state_dup_job (fixture->document);
  g_assert_cmpstr (job, ==, JOB_TEXT);
  g_assert_true (g_str_has_prefix (fixture->last_pointer, "/meta"));
  g_assert_true (rc_document_get_modified (fixture->document));

  /* A key press: one change */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  type_text (buffer, "!");
  g_assert_cmpuint (fixture->changes, ==, 2);
  g_clear_pointer (&job, g_free);
  job = rc_coach_state_dup_job (fixture->document);
  g_assert_cmpstr (job, ==, JOB_TEXT "!");

  /* Pasting over a selection is a delete and an insert, but one change */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  type_text (buffer, "Go developer");
  g_assert_cmpuint (fixture->changes, ==, 3);
  g_clear_pointer (&job, g_free);
  job = rc_coach_state_dup_job (fixture->document);
  g_assert_cmpstr (job, ==, "Go developer");

  /* Emptying the text removes the job */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  g_assert_cmpuint (fixture->changes, ==, 4);
  g_clear_pointer (&job, g_free);
  job = rc_coach_state_dup_job (fixture->document);
  g_assert_true (job == NULL || *job == '\0');
}

static void
test_loads_stored_job (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkTextBuffer *buffer = get_buffer (fixture);
  g_autofree char *shown = NULL;
  g_autoptr(RcDocument) other = NULL;
  g_autoptr(GError) error = NULL;

  rc_coach_state_set_job (fixture->document, JOB_TEXT);
  rc_document_set_modified (fixture->document, FALSE);
  fixture->changes = 0;

  /* Opening a document with a stored job shows it, and writes nothing back */
  rc_job_pane_set_document (fixture->pane, fixture->document);
  rc_ui_test_iterate ();
  shown = dup_text (buffer);
  g_assert_cmpstr (shown, ==, JOB_TEXT);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_false (rc_document_get_modified (fixture->document));

  /* A change made elsewhere (undo, say) shows in the pane */
  rc_coach_state_set_job (fixture->document, "Platform engineer");
  g_clear_pointer (&shown, g_free);
  shown = dup_text (buffer);
  g_assert_cmpstr (shown, ==, "Platform engineer");
  g_assert_cmpuint (fixture->changes, ==, 1);

  /* Another document without a job empties the pane */
  other = rc_document_new_from_data ("{}", -1, &error);
  g_assert_no_error (error);
  rc_job_pane_set_document (fixture->pane, other);
  g_clear_pointer (&shown, g_free);
  shown = dup_text (buffer);
  g_assert_cmpstr (shown, ==, "");
  g_assert_false (rc_document_get_modified (other));

  rc_job_pane_set_document (fixture->pane, NULL);
}

static guint
count_chips (GtkWidget *widget,
             const char *css_class)
{
  guint n = gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_chips (child, css_class);
  return n;
}

static void
test_shows_match (Fixture       *fixture,
                  gconstpointer  data)
{
  char *matched[] = { (char *) "Go", (char *) "PostgreSQL", (char *) "Kafka", NULL };
  char *missing[] = { (char *) "gRPC", (char *) "Rust", NULL };
  char *skills_only[] = { (char *) "Kafka", NULL };
  RcAtsMatch ats = { 60, matched, missing, skills_only };
  char *all_matched[] = { (char *) "Go", NULL };
  char *none[] = { NULL };
  RcAtsMatch good = { 100, all_matched, none, none };
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  const char *placeholder = "Paste the job description to see which keywords your resume is missing.";

  rc_job_pane_set_document (fixture->pane, fixture->document);

  /* No job: a helpful placeholder */
  rc_job_pane_set_ats (fixture->pane, NULL);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, placeholder), pane));

  type_text (get_buffer (fixture), JOB_TEXT);
  rc_job_pane_set_ats (fixture->pane, &ats);
  rc_ui_test_iterate ();
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (pane, placeholder), pane));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "60%"), pane));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "Below what many ATS filters pass"), pane));

  /* Each keyword a chip: missing first, in the given order; skills-only ones marked */
  g_assert_cmpuint (count_chips (pane, "rc-chip-missing"), ==, 2);
  g_assert_cmpuint (count_chips (pane, "rc-chip-matched"), ==, 3);
  g_assert_cmpuint (count_chips (pane, "rc-chip-skills-only"), ==, 1);
  for (guint i = 0; matched[i] != NULL; i++)
    g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, matched[i]), pane));
  for (guint i = 0; missing[i] != NULL; i++)
    g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, missing[i]), pane));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "skills only"), pane));

  /* Everything matched: no missing section, a passing verdict */
  rc_job_pane_set_ats (fixture->pane, &good);
  rc_ui_test_iterate ();
  g_assert_cmpuint (count_chips (pane, "rc-chip-missing"), ==, 0);
  g_assert_cmpuint (count_chips (pane, "rc-chip-matched"), ==, 1);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "100%"), pane));
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "Below what many ATS filters pass"), pane));
  g_assert_false (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "skills only"), pane));
}

/* The chip a label is on: its button's box */
static GtkWidget *
chip_of (GtkWidget *label)
{
  return gtk_widget_get_parent (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON));
}

/* A job's choices: the one the resume has answers it, the others show nowhere; a choice it has
 * none of is one missing keyword, its skills side by side ("Chef", "or Ansible") */
static void
test_shows_choices (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RcJob) job = rc_job_new (rc_taxonomy_get_default (),
                                     "Requirements:\n- Go\n- Kafka or NATS\n- Chef or Ansible\n");
  g_autoptr(GHashTable) bullets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RcAtsMatch) ats = NULL;
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  GtkWidget *chef, *ansible;

  g_hash_table_add (bullets, (gpointer) "go");
  g_hash_table_add (bullets, (gpointer) "kafka");
  ats = rc_job_match (job, bullets, NULL);
  rc_job_pane_set_document (fixture->pane, fixture->document);
  type_text (get_buffer (fixture), "Requirements: Go, Kafka or NATS, Chef or Ansible");
  rc_job_pane_set_ats (fixture->pane, ats);
  rc_ui_test_iterate ();

  g_assert_cmpuint (count_chips (pane, "rc-chip-matched"), ==, 2);
  g_assert_cmpuint (count_chips (pane, "rc-chip-missing"), ==, 2);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (pane, "Missing: 1 keyword"), pane));
  g_assert_null (rc_ui_test_find_label (pane, "NATS"));
  g_assert_null (rc_ui_test_find_label (pane, "or NATS"));
  chef = rc_ui_test_find_label (pane, "Chef");
  ansible = rc_ui_test_find_label (pane, "or Ansible");
  g_assert_true (rc_ui_test_is_shown (chef, pane));
  g_assert_true (rc_ui_test_is_shown (ansible, pane));
  /* next to each other */
  g_assert_true (gtk_widget_get_next_sibling (chip_of (chef)) == chip_of (ansible));
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);
  g_assert_nonnull (rc_ui_get_resource ());

  g_test_add ("/ui/job-pane/typing-stores-job", Fixture, NULL,
              fixture_set_up, test_typing_stores_job, fixture_tear_down);
  g_test_add ("/ui/job-pane/loads-stored-job", Fixture, NULL,
              fixture_set_up, test_loads_stored_job, fixture_tear_down);
  g_test_add ("/ui/job-pane/shows-match", Fixture, NULL,
              fixture_set_up, test_shows_match, fixture_tear_down);
  g_test_add ("/ui/job-pane/shows-choices", Fixture, NULL,
              fixture_set_up, test_shows_choices, fixture_tear_down);

  return g_test_run ();
}
