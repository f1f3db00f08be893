/* test-translations.c — the German and Spanish translations: complete, and what the user sees
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "rc-engine.h"
#include "rc-guide.h"
#include "rc-window-test-util.h"

/* What each language shows, as its translators wrote it (po/LL.po, data/guide/LL/) */
typedef struct
{
  const char *name;
  const char *feedback;      /* the side pane's switch to the feedback, "Feedback" */
  const char *costs;         /* the heading of the score's breakdown */
  const char *no_link;       /* the sample's projects.no-link finding, as the panel lists it */
  const char *tips_tooltip;  /* the header's tips button, "Tips and Guide (F1)" */
  const char *no_summary;    /* summary.missing's message */
  const char *duty;          /* achievement.duty-phrase's message, its {match} filled in */
  const char *questions;     /* the guide's first category, "Questions" */
  const char *faq_summary;   /* the title of the guide entry faq.summary */
} Language;

static const Language languages[] = {
  {
    .name = "de",
    .feedback = "Rückmeldungen",
    .costs = "Was die meisten Punkte kostet",
    .no_link = "Das Projekt „pg-replay“ hat keinen Link",
    .tips_tooltip = "Tipps und Ratgeber (F1)",
    .no_summary = "Ihr Lebenslauf hat kein Kurzprofil",
    .duty = "„Responsible for“ beschreibt eine Aufgabe, nicht das, was Sie erreicht haben",
    .questions = "Fragen",
    .faq_summary = "Was gehört in ein Kurzprofil?",
  },
  {
    .name = "es",
    .feedback = "Comentarios",
    .costs = "Lo que más puntos cuesta",
    .no_link = "El proyecto «pg-replay» no tiene enlace",
    .tips_tooltip = "Consejos y guía (F1)",
    .no_summary = "Su currículum no tiene perfil profesional",
    .duty = "«Responsible for» describe una tarea, no lo que logró",
    .questions = "Preguntas",
    .faq_summary = "¿Qué se pone en el perfil profesional?",
  },
};

/* A resume with no summary and a duty for a bullet */
static const char duty_resume[] =
  "{ \"basics\": { \"name\": \"Elena Marsh\", \"email\": \"elena@example.com\" },"
  "  \"work\": [ { \"name\": \"Parcelwise\", \"position\": \"Backend Engineer\","
  "                \"startDate\": \"2021-04\","
  "                \"highlights\": [ \"Responsible for the billing API\" ] } ] }";

static gboolean
catalog_built (const Language *language)
{
  g_autofree char *mo = g_build_filename (RC_TEST_LOCALEDIR, language->name, "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (mo, G_FILE_TEST_EXISTS);
}

/* The application reads the user's language once, as it starts, like any program: each
 * language runs in a child started with LANGUAGE set. TRUE in that child. */
static gboolean
in_language (const Language *language)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language->name);
      return TRUE;
    }
  if (!catalog_built (language))
    {
      g_autofree char *why = g_strdup_printf ("no %s translation in po/LINGUAS",
                                              language->name);

      g_test_skip (why);
      return FALSE;
    }
  g_setenv ("LANGUAGE", language->name, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
test_complete (gconstpointer data)
{
  const Language *language = data;
  g_autofree char *po_name = g_strconcat (language->name, ".po", NULL);
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "po", po_name, NULL);
  const char *argv[] = { "msgfmt", "--check", "--statistics", "-o", "/dev/null", po, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (po, G_FILE_TEST_EXISTS))
    {
      g_autofree char *why = g_strdup_printf ("no po/%s", po_name);

      g_test_skip (why);
      return;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("%s: %s", po_name, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* "986 translated messages." and nothing else: no "fuzzy translations", no "untranslated" */
  g_assert_true (g_regex_match_simple ("^[0-9]+ translated messages?\\.\n$", err, 0, 0));
}

static void
test_finding (gconstpointer data)
{
  const Language *language = data;
  g_autoptr(RcRuleSet) rules = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcReport) report = NULL;
  const RcFinding *finding;

  if (!in_language (language))
    return;
  rules = rc_rule_set_new_builtin ();
  engine = rc_engine_new (rules);
  document = rc_test_document_from_data (duty_resume);
  report = rc_engine_check (engine, document, NULL);

  finding = rc_test_find_finding (report, "summary.missing", NULL);
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, language->no_summary);
  finding = rc_test_find_finding (report, "achievement.duty-phrase", "/work/0/highlights/0");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, language->duty);
}

static void
test_guide (gconstpointer data)
{
  const Language *language = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "guide", NULL);
  g_autofree char *translated = g_build_filename (path, language->name, NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);
  g_autoptr(RcGuide) guide = NULL;
  g_autoptr(GError) error = NULL;
  RcGuideEntry *entry;

  if (!g_file_test (translated, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *why = g_strdup_printf ("no data/guide/%s", language->name);

      g_test_skip (why);
      return;
    }
  if (!in_language (language))
    return;
  /* the languages as the application asks for them */
  guide = rc_guide_new_for_directory (directory, g_get_language_names (), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (rc_guide_get_category_title (guide, "faq"), ==, language->questions);
  entry = rc_guide_lookup (guide, "faq.summary");
  g_assert_nonnull (entry);
  g_assert_cmpstr (rc_guide_entry_get_title (entry), ==, language->faq_summary);
}

/* (nullable): the first widget at or under @widget whose tooltip reads @text */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_window (RcWindowFixture *fixture,
             gconstpointer    data)
{
  const Language *language = data;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const RcFinding *finding;

  if (!in_language (language))
    return;

  g_assert_true (rc_ui_test_is_shown (find_tooltip (window, language->tips_tooltip), window));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (window, language->feedback),
                                      window));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (window, language->costs), window));
  finding = rc_window_test_find_finding (fixture->window, "projects.no-link", "/projects/1");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->message, ==, language->no_link);
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (window, language->no_link), window));
}

int
main (int    argc,
      char **argv)
{
  /* as main.c does, with the catalogs of the build */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, RC_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  rc_window_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const Language *language = &languages[i];
      g_autofree char *complete = g_strdup_printf ("/translations/%s/complete", language->name);
      g_autofree char *finding = g_strdup_printf ("/translations/%s/finding", language->name);
      g_autofree char *guide = g_strdup_printf ("/translations/%s/guide", language->name);
      g_autofree char *window = g_strdup_printf ("/translations/%s/window", language->name);

      g_test_add_data_func (complete, language, test_complete);
      g_test_add_data_func (finding, language, test_finding);
      g_test_add_data_func (guide, language, test_guide);
      rc_window_test_add_data (window, language, test_window);
    }

  return rc_window_test_run ();
}
