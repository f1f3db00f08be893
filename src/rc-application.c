/* rc-application.c — the AdwApplication: windows, actions, settings
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-application.h"
#include "rc-core-resources.h"
#include "rc-pdf.h"
#include "rc-preferences-window.h"
#include "rc-release-notes.h"
#include "rc-spell.h"
#include "rc-ui-resources.h"
#include "rc-window-private.h"

#define MAX_RECENT 10
#define RESOURCE_PREFIX "/io/github/resumecoach/ResumeCoach"
#define DEVELOPERS "The Resume Coach developers"
#define WEBSITE "https://github.com/resumecoach/resume-coach"

struct _RcApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  RcRuleSet      *rules;
  GPtrArray      *rule_errors;
  RcDraftStore   *drafts;
  RcPdfPaper      locale_paper;  /* what "auto" means: the paper before any preference */
  gboolean        unclean_start;
  gboolean        drafts_offered;
};

G_DEFINE_FINAL_TYPE (RcApplication, rc_application, ADW_TYPE_APPLICATION)

typedef struct
{
  RcApplication *app;
  RcWindow      *window;
  GPtrArray     *drafts;
} RestoreData;

static void
restore_data_free (gpointer  data,
                   GClosure *closure)
{
  RestoreData *restore = data;

  g_object_unref (restore->app);
  g_ptr_array_unref (restore->drafts);
  g_free (restore);
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        RestoreData      *data)
{
  RcApplication *self = data->app;

  for (guint i = 0; i < data->drafts->len; i++)
    {
      RcDraftInfo *info = g_ptr_array_index (data->drafts, i);
      g_autoptr(GError) error = NULL;

      if (g_str_equal (response, "restore"))
        {
          RcWindow *window = data->window;

          if (window == NULL || rc_window_get_document (window) != NULL)
            window = rc_window_new (self);
          if (!rc_window_restore_draft (window, info->id, &error))
            g_message ("Could not restore the draft %s: %s", info->id, error->message);
          gtk_window_present (GTK_WINDOW (window));
          data->window = NULL;
        }
      else if (g_str_equal (response, "discard"))
        {
          rc_draft_store_remove (self->drafts, info->id);
        }
    }
}

/* After a crash or a kill, the drafts of that session are offered back once */
static void
offer_drafts (RcApplication *self,
              RcWindow      *window)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;
  RestoreData *data;

  /* drafts go when their resume is saved or discarded: any left are from a crash, a kill, or
   * an earlier "Not Now" */
  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;

  drafts = rc_draft_store_list (self->drafts);
  if (drafts->len == 0)
    return;

  g_string_append (body, self->unclean_start
                         ? g_dngettext (GETTEXT_PACKAGE,
                                        "Resume Coach was not closed properly last time. This "
                                        "resume has changes that were never saved:",
                                        "Resume Coach was not closed properly last time. These "
                                        "resumes have changes that were never saved:",
                                        drafts->len)
                         : g_dngettext (GETTEXT_PACKAGE,
                                        "This resume has changes from an earlier session that "
                                        "were never saved:",
                                        "These resumes have changes from an earlier session "
                                        "that were never saved:",
                                        drafts->len));
  for (guint i = 0; i < drafts->len; i++)
    {
      RcDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (info->saved);
      /* TRANSLATORS: when a draft was last written, in g_date_time_format()'s notation; the
       * default is your locale's own date and time */
      /* xgettext:no-c-format */
      g_autofree char *when = time != NULL ? g_date_time_format (time, C_("draft date", "%x %X"))
                                           : NULL;

      g_string_append_c (body, '\n');
      /* TRANSLATORS: one unsaved resume in a list: its name and when it was last edited */
      g_string_append_printf (body, _("• %s, %s"),
                              *info->title != '\0' ? info->title : _("New Resume"),
                              when != NULL ? when : "");
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Restore Unsaved Changes?"),
                                                       body->str));
  adw_message_dialog_add_responses (dialog,
                                    "not-now", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "not-now");

  data = g_new0 (RestoreData, 1);
  data->app = g_object_ref (self);
  data->window = rc_window_get_document (window) == NULL ? window : NULL;
  data->drafts = g_steal_pointer (&drafts);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response_cb), data,
                         restore_data_free, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rc_application_activate (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (rc_window_new (self));
  gtk_window_present (window);
  offer_drafts (self, RC_WINDOW (window));
}

static void
rc_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RcApplication *self = RC_APPLICATION (app);
  RcWindow *first = NULL;

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
      RcWindow *window;

      if (RC_IS_WINDOW (active) && rc_window_get_document (RC_WINDOW (active)) == NULL)
        window = RC_WINDOW (active);
      else
        window = rc_window_new (self);

      rc_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      if (first == NULL)
        first = window;
    }

  if (first != NULL)
    offer_drafts (self, first);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* each window asks about its unsaved changes; the application ends with the last one */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* the newest release's notes from the metainfo bundled with the window, in the user's
 * language where they are translated */
static void
set_release_notes (AdwAboutWindow *about)
{
  g_autoptr(GBytes) metainfo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *version = NULL;
  const char *data;
  gsize length;

  metainfo = g_resources_lookup_data (RESOURCE_PREFIX "/metainfo.xml",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (metainfo, &length);
  notes = rc_release_notes_parse (data, (gssize) length, g_get_language_names (), &version,
                                  &error);
  if (error != NULL)
    g_warning ("Could not read the release notes: %s", error->message);
  if (notes == NULL)
    return;
  adw_about_window_set_release_notes_version (about, version != NULL ? version : "");
  adw_about_window_set_release_notes (about, notes);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { DEVELOPERS, NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Resume Coach"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", DEVELOPERS,
                        "comments", _("Write a software engineering resume that gets "
                                      "interviews, with feedback as you type"),
                        "website", WEBSITE,
                        "issue-url", WEBSITE "/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 " DEVELOPERS,
                        "developers", developers,
                        /* TRANSLATORS: your names, one a line, each followed by an e-mail
                         * address in <> or a web address if you like: the About window
                         * credits you */
                        "translator-credits", _("translator-credits"),
                        NULL);
  set_release_notes (ADW_ABOUT_WINDOW (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RcApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (rc_preferences_window_new (parent, self->settings));
}

/* The preferred template and paper are what a resume that chooses none prints with */
static void
apply_pdf_defaults (RcApplication *self)
{
  g_autofree char *template_name = g_settings_get_string (self->settings, "pdf-template");
  g_autofree char *paper_name = g_settings_get_string (self->settings, "pdf-paper");
  RcPdfTemplate template_ = RC_PDF_TEMPLATE_CLASSIC;
  RcPdfPaper paper = self->locale_paper;

  rc_pdf_template_from_string (template_name, &template_);
  rc_pdf_paper_from_string (paper_name, &paper);
  rc_pdf_set_default_template (template_);
  rc_pdf_set_default_paper (paper);
}

static void
on_pdf_default_changed_cb (GSettings     *settings,
                           const char    *key,
                           RcApplication *self)
{
  apply_pdf_defaults (self);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      _rc_window_pages_changed (l->data);
}

/* The spelling language chooses the dictionaries of the speller every check asks; the command
 * line never reads it, so there both stay */
static void
apply_spelling_language (RcApplication *self,
                         gboolean       changed)
{
  static const char * const both[] = { "en_US", "en_GB", NULL };
  g_autofree char *language = g_settings_get_string (self->settings, "spelling-language");
  const char * const one[] = { language, NULL };

  /* at the start, "auto" is the speller's own choice: it need not be made before a check */
  if (!changed && g_str_equal (language, "auto"))
    return;
  rc_spell_set_languages (rc_spell_get_default (), g_str_equal (language, "auto") ? both : one);
}

static void
on_spelling_language_changed_cb (GSettings     *settings,
                                 const char    *key,
                                 RcApplication *self)
{
  apply_spelling_language (self, TRUE);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      _rc_window_check_again (l->data);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  { "about", about_action, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.export-menu", { "<Control>e", NULL } },
  { "win.show-tips", { "F1", NULL } },
  { "win.show-job", { "<Control>j", NULL } },
  { "win.show-preview", { "<Control><Shift>p", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.show-section(0)", { "<Alt>1", NULL } },
  { "win.show-section(1)", { "<Alt>2", NULL } },
  { "win.show-section(2)", { "<Alt>3", NULL } },
  { "win.show-section(3)", { "<Alt>4", NULL } },
  { "win.show-section(4)", { "<Alt>5", NULL } },
  { "win.show-section(5)", { "<Alt>6", NULL } },
  { "win.show-section(6)", { "<Alt>7", NULL } },
  { "win.show-section(7)", { "<Alt>8", NULL } },
};

static void
rc_application_startup (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

  /* the resources live in static libraries: naming them keeps the linker from dropping them */
  g_assert (rc_ui_get_resource () != NULL && rc_core_get_resource () != NULL);

  G_APPLICATION_CLASS (rc_application_parent_class)->startup (app);

  g_set_application_name (_("Resume Coach"));
  gtk_window_set_default_icon_name (APP_ID);

  /* AdwApplication loads style.css (and style-dark.css) from the resource base path and
   * follows the system's colour scheme through AdwStyleManager */

  self->settings = g_settings_new (APP_ID);
  self->locale_paper = rc_pdf_get_default_paper ();
  apply_pdf_defaults (self);
  apply_spelling_language (self, FALSE);
  self->rules = rc_rule_set_new_builtin ();
  self->rule_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  rc_rule_set_load_user_packs (self->rules, self->rule_errors);

  self->drafts = rc_draft_store_new (NULL);
  self->unclean_start = rc_draft_store_begin_session (self->drafts);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  /* the preferences set these keys; a change applies to every resume that chooses none */
  g_signal_connect_object (self->settings, "changed::pdf-template",
                           G_CALLBACK (on_pdf_default_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->settings, "changed::pdf-paper",
                           G_CALLBACK (on_pdf_default_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (self->settings, "changed::spelling-language",
                           G_CALLBACK (on_spelling_language_changed_cb), self, G_CONNECT_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accelerators[i].action,
                                           accelerators[i].accels);
}

static void
rc_application_shutdown (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

  /* a clean end: the next start has nothing to restore */
  if (self->drafts != NULL)
    rc_draft_store_end_session (self->drafts);
  /* what the dictionaries said and the words' widths, for the next start (caches: a failure
   * changes nothing) */
  rc_spell_save (rc_spell_get_default (), NULL);
  rc_pdf_save_widths (NULL);
  G_APPLICATION_CLASS (rc_application_parent_class)->shutdown (app);
}

static void
rc_application_dispose (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->rules);
  g_clear_object (&self->drafts);
  g_clear_pointer (&self->rule_errors, g_ptr_array_unref);
  G_OBJECT_CLASS (rc_application_parent_class)->dispose (object);
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rc_application_dispose;
  app_class->startup = rc_application_startup;
  app_class->shutdown = rc_application_shutdown;
  app_class->activate = rc_application_activate;
  app_class->open = rc_application_open;
}

static void
rc_application_init (RcApplication *self)
{
}

RcApplication *
rc_application_new (void)
{
  return g_object_new (RC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
rc_application_get_settings (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->settings;
}

RcRuleSet *
rc_application_get_rule_set (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->rules;
}

GPtrArray *
rc_application_get_rule_errors (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->rule_errors;
}

RcDraftStore *
rc_application_get_draft_store (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->drafts;
}

void
rc_application_add_recent (RcApplication *self,
                           GFile         *file)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (RC_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

char **
rc_application_dup_recent (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    return g_new0 (char *, 1);
  return g_settings_get_strv (self->settings, "recent-files");
}
