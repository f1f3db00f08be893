/* test-about.c — the About window, and its release notes read from the metainfo
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-application.h"
#include "rc-release-notes.h"
#include "rc-ui-test-util.h"

static AdwAboutWindow *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window);
    }
  return NULL;
}

/* app.about: where to read more and report a problem, who made it, under which licence, and
 * what this version brings, from the metainfo */
static void
test_about_window (void)
{
  g_autoptr(RcApplication) app = rc_application_new ();
  g_autoptr(GError) error = NULL;
  AdwAboutWindow *about;
  const char *notes;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_about ();
  g_assert_nonnull (about);

  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Resume Coach");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_website (about), ==,
                   "https://github.com/resumecoach/resume-coach");
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==,
                   "https://github.com/resumecoach/resume-coach/issues");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_developers (about));
  g_assert_nonnull (adw_about_window_get_developers (about)[0]);
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), ==, "translator-credits");

  /* the notes of the version shown */
  notes = adw_about_window_get_release_notes (about);
  g_assert_nonnull (notes);
  g_assert_true (g_str_has_prefix (notes, "<p>"));
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);

  gtk_window_destroy (GTK_WINDOW (about));
  rc_ui_test_iterate ();
}

static const char metainfo[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<component type=\"desktop-application\">\n"
  "  <description><p>The app itself, not a release.</p></description>\n"
  "  <releases>\n"
  "    <release version=\"2.0\" date=\"2027-01-01\">\n"
  "      <description>\n"
  "        <p>Faster,\n          and <em>safer</em> &amp; smaller.</p>\n"
  "        <p xml:lang=\"de\">Schneller, <em>sicherer</em> &amp; kleiner.</p>\n"
  "        <p xml:lang=\"fr\">Plus rapide.</p>\n"
  "        <ul>\n"
  "          <li>Dark style</li>\n"
  "          <li xml:lang=\"de\">Dunkler Stil</li>\n"
  "          <li>Run <code>check</code> on folders</li>\n"
  "        </ul>\n"
  "      </description>\n"
  "    </release>\n"
  "    <release version=\"1.0\" date=\"2026-01-01\">\n"
  "      <description><p>Older news.</p></description>\n"
  "    </release>\n"
  "  </releases>\n"
  "</component>\n";

/* The newest release only, its words as the About window takes them, each paragraph and
 * item once: in the best language asked for that has it, or else as written */
static void
test_release_notes (void)
{
  const char *german[] = { "de_DE.UTF-8", "de_DE", "de", "C", NULL };
  const char *english[] = { "en_GB", "en", "C", NULL };
  g_autofree char *version = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *notes_de = NULL;
  g_autoptr(GError) error = NULL;

  notes = rc_release_notes_parse (metainfo, -1, english, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (version, ==, "2.0");
  g_assert_cmpstr (notes, ==,
                   "<p>Faster, and <em>safer</em> &amp; smaller.</p>"
                   "<ul><li>Dark style</li><li>Run <code>check</code> on folders</li></ul>");

  notes_de = rc_release_notes_parse (metainfo, -1, german, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (notes_de, ==,
                   "<p>Schneller, <em>sicherer</em> &amp; kleiner.</p>"
                   "<ul><li>Dunkler Stil</li><li>Run <code>check</code> on folders</li></ul>");

  /* a release without notes, and a file that is not XML */
  g_assert_null (rc_release_notes_parse ("<component><releases><release version=\"1\"/>"
                                         "</releases></component>", -1, english, NULL,
                                         &error));
  g_assert_no_error (error);
  g_assert_null (rc_release_notes_parse ("<component><releases>", -1, english, NULL, &error));
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE);
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/about/window", test_about_window);
  g_test_add_func ("/ui/about/release-notes", test_release_notes);

  return g_test_run ();
}
