/* test-tips.c — the tips browser: opening from a finding, searching, links, picking a verb
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "rc-engine.h"
#include "rc-tips-window.h"
#include "rc-ui-test-util.h"

GResource *rc_ui_get_resource (void);

/* A finished role (ended 2023) and a current one (no end date). */
static const char resume[] =
  "{ \"basics\": { \"name\": \"Test Person\" },"
  "  \"work\": ["
  "    { \"name\": \"Now Corp\", \"position\": \"Engineer\", \"startDate\": \"2023-06\","
  "      \"highlights\": [ \"Helped with the on-call rotation for 6 services.\" ] },"
  "    { \"name\": \"Then Corp\", \"position\": \"Engineer\", \"startDate\": \"2020-01\","
  "      \"endDate\": \"2023-05\","
  "      \"highlights\": [ \"Worked on the appointment scheduling service.\","
  "                        \"Responsible for the billing API.\" ] } ] }";

typedef struct
{
  GtkWindow  *parent;
  RcDocument *document;
} Fixture;

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms, so timers such as the search entry's delay fire. */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  rc_ui_test_iterate ();
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *text = NULL;

          if (GTK_IS_BUTTON (child))
            text = gtk_button_get_label (GTK_BUTTON (child));
          else if (GTK_IS_LABEL (child))
            text = gtk_label_get_text (GTK_LABEL (child));
          else if (GTK_IS_EXPANDER (child))
            text = gtk_expander_get_label (GTK_EXPANDER (child));
          if (label == NULL || (text != NULL && strstr (text, label) != NULL))
            return child;
        }
      if ((found = find_widget (child, type, label)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->document = rc_document_new_from_data (resume, -1, &error);
  g_assert_no_error (error);
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->parent);
  rc_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  RcTipsWindow *browser = rc_tips_window_find (fixture->parent);

  if (browser != NULL)
    gtk_window_destroy (GTK_WINDOW (browser));
  gtk_window_destroy (fixture->parent);
  rc_ui_test_iterate ();
  g_assert_null (rc_tips_window_find (NULL));
  g_clear_object (&fixture->document);
}

static RcTipsWindow *
present_finding (Fixture    *fixture,
                 const char *rule_id,
                 const char *pointer,
                 const char *tip)
{
  RcFinding finding = {
    .rule_id = (char *) rule_id,
    .level = RC_LEVEL_SUGGESTION,
    .pointer = (char *) pointer,
    .message = (char *) "message",
    .advice = (char *) "advice",
    .tip = (char *) tip,
  };
  RcTipsWindow *browser;

  rc_tips_window_present_for_finding (fixture->parent, fixture->document, &finding);
  rc_ui_test_iterate ();
  browser = rc_tips_window_find (fixture->parent);
  g_assert_nonnull (browser);
  return browser;
}

static void
test_opens_from_finding (Fixture       *fixture,
                         gconstpointer  data)
{
  RcTipsWindow *browser = present_finding (fixture, "achievement.duty-phrase",
                                           "/work/1/highlights/1", "mistake.duties");
  GtkListBox *list = GTK_LIST_BOX (find_widget (GTK_WIDGET (browser), GTK_TYPE_LIST_BOX, NULL));
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (list);

  /* lands on the finding's entry, beside the editor: visible, above it, not modal */
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "mistake.duties");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (browser)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (browser)) == fixture->parent);
  g_assert_false (gtk_window_get_modal (GTK_WINDOW (browser)));
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL,
                                 "Listing duties instead of achievements"));
  /* its before/after example is shown */
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "Wrote APIs for the mobile app."));
  /* and the list marks where we are */
  g_assert_nonnull (selected);

  /* one browser per application: a second finding reuses it */
  g_assert_true (present_finding (fixture, "style.passive", "/work/1/highlights/0",
                                  "style.passive") == browser);
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "style.passive");

  /* a finding whose tip is unknown (a user pack) falls back to an entry naming the rule */
  present_finding (fixture, "style.buzzword", "/work/1/highlights/0", "no.such-entry");
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "style.buzzwords");
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  data)
{
  RcTipsWindow *browser;
  GtkListBox *list;
  GtkEditable *search;
  guint all, narrowed;

  rc_tips_window_present_entry (fixture->parent, "faq.score");
  rc_ui_test_iterate ();
  browser = rc_tips_window_find (fixture->parent);
  list = GTK_LIST_BOX (find_widget (GTK_WIDGET (browser), GTK_TYPE_LIST_BOX, NULL));
  search = GTK_EDITABLE (find_widget (GTK_WIDGET (browser), GTK_TYPE_SEARCH_ENTRY, NULL));
  all = rc_tips_window_get_n_listed (browser);
  g_assert_cmpuint (all, >, 50);
  g_assert_cmpuint (count_rows (list), ==, all);

  gtk_editable_set_text (search, "p99 latency");
  wait_ms (400);
  narrowed = rc_tips_window_get_n_listed (browser);
  g_assert_cmpuint (narrowed, >, 0);
  g_assert_cmpuint (narrowed, <, all / 4);
  g_assert_cmpuint (count_rows (list), ==, narrowed);
  /* typing does not move away from the article being read */
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "faq.score");

  /* accents and case do not matter */
  gtk_editable_set_text (search, "RÉSUMÉ");
  wait_ms (400);
  g_assert_cmpuint (rc_tips_window_get_n_listed (browser), >, 0);

  /* Enter opens the best match */
  gtk_editable_set_text (search, "passive voice");
  wait_ms (400);
  g_signal_emit_by_name (search, "activate");
  rc_ui_test_iterate ();
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "style.passive");

  gtk_editable_set_text (search, "zzqxj");
  wait_ms (400);
  g_assert_cmpuint (rc_tips_window_get_n_listed (browser), ==, 0);
  g_assert_true (gtk_widget_get_visible (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL,
                                                      "Nothing Found")));

  gtk_editable_set_text (search, "");
  wait_ms (400);
  g_assert_cmpuint (rc_tips_window_get_n_listed (browser), ==, all);
}

static void
test_links_and_rules (Fixture       *fixture,
                      gconstpointer  data)
{
  RcTipsWindow *browser;
  GtkWidget *link_label, *expander;
  gboolean handled = FALSE;

  rc_tips_window_present_entry (fixture->parent, "faq.score");
  rc_ui_test_iterate ();
  browser = rc_tips_window_find (fixture->parent);

  /* a link in the text opens its entry; Back returns */
  link_label = find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "; see What does the ATS match mean?");
  g_assert_nonnull (link_label);
  g_signal_emit_by_name (link_label, "activate-link", "guide:faq.ats-match", &handled);
  g_assert_true (handled);
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "faq.ats-match");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (browser), "tips.back", NULL));
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "faq.score");

  /* "show the rules for this" lists the rule ids and their messages */
  rc_tips_window_present_entry (fixture->parent, "style.dates");
  rc_ui_test_iterate ();
  expander = find_widget (GTK_WIDGET (browser), GTK_TYPE_EXPANDER, "Show the rules");
  g_assert_nonnull (expander);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  rc_ui_test_iterate ();
  g_assert_nonnull (find_widget (expander, GTK_TYPE_LABEL, "dates.invalid"));
  g_assert_nonnull (find_widget (expander, GTK_TYPE_LABEL, "dates.order"));
}

static void
click (GtkWidget *root,
       const char *label)
{
  GtkWidget *button = find_widget (root, GTK_TYPE_BUTTON, label);

  if (button == NULL)
    g_error ("no button “%s”", label);
  g_signal_emit_by_name (button, "clicked");
  rc_ui_test_iterate ();
}

static void
test_pick_verb (Fixture       *fixture,
                gconstpointer  data)
{
  RcTipsWindow *browser;

  /* a finished role: past tense, and "Worked on" goes as a whole */
  browser = present_finding (fixture, "verb.weak-start", "/work/1/highlights/0", "verbs.strong");
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), ==, "verbs.strong");
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "Instead of “Worked”"));
  click (GTK_WIDGET (browser), "Built");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/1/highlights/0"), ==,
                   "Built the appointment scheduling service.");
  /* the card quotes the bullet as it now reads; Undo puts it back */
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL,
                                 "Built the appointment scheduling service."));
  click (GTK_WIDGET (browser), "Undo");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/1/highlights/0"), ==,
                   "Worked on the appointment scheduling service.");

  /* a duty phrase is replaced whole, from a category's verbs */
  present_finding (fixture, "verb.weak-start", "/work/1/highlights/1", "verbs.strong");
  click (GTK_WIDGET (browser), "Implemented");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/1/highlights/1"), ==,
                   "Implemented the billing API.");

  /* the current role: present tense */
  present_finding (fixture, "verb.weak-start", "/work/0/highlights/0", "verbs.strong");
  g_assert_null (find_widget (GTK_WIDGET (browser), GTK_TYPE_BUTTON, "Led"));
  click (GTK_WIDGET (browser), "Lead");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/highlights/0"), ==,
                   "Lead the on-call rotation for 6 services.");

  /* from F1 there is no bullet to rewrite: no buttons */
  rc_tips_window_present_entry (fixture->parent, "verbs.build");
  rc_ui_test_iterate ();
  g_assert_null (find_widget (GTK_WIDGET (browser), GTK_TYPE_BUTTON, "Built"));
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "Built, "));
}

static guint
count_verb_buttons (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "rc-verb-button")) +
         count_verb_buttons (child);
  return n;
}

/* The bundled sample's "Claims exports were moved…" opens with a noun: replacing it with a
 * verb would read "Built exports were moved…", so the verbs are offered only as ideas. */
static void
test_pick_verb_noun_opener (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes =
    g_resources_lookup_data ("/io/github/resumecoach/ResumeCoach/core/samples/backend-engineer.json",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(RcDocument) sample = NULL;
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = NULL;
  g_autofree char *before = NULL;
  const RcFinding *claims = NULL;
  GPtrArray *findings;
  RcTipsWindow *browser;
  GtkWidget *picker, *quote;

  g_assert_no_error (error);
  sample = rc_document_new_from_data (g_bytes_get_data (bytes, NULL), -1, &error);
  g_assert_no_error (error);
  report = rc_engine_check (engine, sample, NULL);
  findings = rc_report_get_findings (report);
  for (guint i = 0; i < findings->len && claims == NULL; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      const char *text = finding->pointer ? rc_document_get_string (sample, finding->pointer) : NULL;

      if (g_strcmp0 (finding->rule_id, "verb.weak-start") == 0 &&
          text != NULL && g_str_has_prefix (text, "Claims exports were moved"))
        claims = finding;
    }
  g_assert_nonnull (claims);
  before = g_strdup (rc_document_get_string (sample, claims->pointer));

  rc_tips_window_present_for_finding (fixture->parent, sample, claims);
  rc_ui_test_iterate ();
  browser = rc_tips_window_find (fixture->parent);
  g_assert_nonnull (browser);
  quote = find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "Claims exports were moved");
  g_assert_nonnull (quote);
  picker = gtk_widget_get_parent (quote);
  g_assert_true (gtk_widget_has_css_class (picker, "rc-verb-picker"));

  /* the hint names the word, the verbs are still there to read, but none is a button */
  g_assert_nonnull (find_widget (picker, GTK_TYPE_LABEL,
                                 "This bullet opens with “Claims”, not a verb: rewrite it to open with one of these."));
  g_assert_nonnull (find_widget (picker, GTK_TYPE_LABEL, "Built"));
  g_assert_null (find_widget (picker, GTK_TYPE_BUTTON, "Built"));
  g_assert_cmpuint (count_verb_buttons (picker), ==, 0);
  g_assert_null (find_widget (picker, GTK_TYPE_LABEL, "A click rewrites"));
  g_assert_cmpstr (rc_document_get_string (sample, claims->pointer), ==, before);

  /* a weak-verb bullet in the same browser still gets its buttons */
  present_finding (fixture, "verb.weak-start", "/work/1/highlights/0", "verbs.strong");
  g_assert_nonnull (find_widget (GTK_WIDGET (browser), GTK_TYPE_BUTTON, "Built"));
  g_assert_cmpuint (count_verb_buttons (GTK_WIDGET (browser)), >, 0);
  g_assert_null (find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL, "not a verb"));
}

/* Re-sizes @window and lets it lay out at the new size (the default size counts the
 * client-side decorations, the allocation does not) */
static void
resize (GtkWindow *window,
        int        width,
        int        height)
{
  int allocated = 0;

  gtk_window_set_default_size (window, width, height);
  for (int i = 0; i < 50; i++)
    {
      wait_ms (20);
      allocated = gtk_widget_get_width (GTK_WIDGET (window));
      if (allocated <= width && allocated > width - 40)
        break;
    }
  g_assert_cmpint (allocated, <=, width);
  g_assert_cmpint (allocated, >, width - 40);
}

/* On a phone the list folds over the article, opened by the sidebar button and out of the way
 * once an entry is chosen; on a wide window it sits beside the article again */
static void
test_narrow_window (Fixture       *fixture,
                    gconstpointer  data)
{
  RcTipsWindow *browser = present_finding (fixture, "achievement.duty-phrase",
                                           "/work/1/highlights/1", "mistake.duties");
  AdwFlap *flap = ADW_FLAP (find_widget (GTK_WIDGET (browser), ADW_TYPE_FLAP, NULL));
  GtkListBox *list = GTK_LIST_BOX (find_widget (GTK_WIDGET (browser), GTK_TYPE_LIST_BOX, NULL));
  GtkWidget *title = find_widget (GTK_WIDGET (browser), GTK_TYPE_LABEL,
                                  "Listing duties instead of achievements");
  GtkListBoxRow *row;
  graphene_rect_t bounds;

  resize (GTK_WINDOW (browser), 360, 640);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* the article has the whole width */
  g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (browser), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (browser)));

  gtk_widget_activate_action (GTK_WIDGET (browser), "tips.toggle-sidebar", NULL);
  rc_ui_test_iterate ();
  g_assert_true (adw_flap_get_reveal_flap (flap));

  row = gtk_list_box_get_row_at_index (list, 1);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  rc_ui_test_iterate ();
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_cmpstr (rc_tips_window_get_entry_id (browser), !=, "mistake.duties");

  resize (GTK_WINDOW (browser), 1000, 700);
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);
  g_assert_nonnull (rc_ui_get_resource ());

  g_test_add ("/ui/tips/opens-from-finding", Fixture, NULL,
              fixture_set_up, test_opens_from_finding, fixture_tear_down);
  g_test_add ("/ui/tips/search-narrows", Fixture, NULL,
              fixture_set_up, test_search_narrows, fixture_tear_down);
  g_test_add ("/ui/tips/links-and-rules", Fixture, NULL,
              fixture_set_up, test_links_and_rules, fixture_tear_down);
  g_test_add ("/ui/tips/pick-verb", Fixture, NULL,
              fixture_set_up, test_pick_verb, fixture_tear_down);
  g_test_add ("/ui/tips/pick-verb/noun-opener", Fixture, NULL,
              fixture_set_up, test_pick_verb_noun_opener, fixture_tear_down);
  g_test_add ("/ui/tips/narrow-window", Fixture, NULL,
              fixture_set_up, test_narrow_window, fixture_tear_down);

  return g_test_run ();
}
