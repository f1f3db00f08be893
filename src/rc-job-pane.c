/* rc-job-pane.c — the target job description and how well the resume matches it
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-coach-state.h"
#include "rc-file.h"
#include "rc-job.h"
#include "rc-job-pane.h"
#include "rc-text-sync.h"
#include "rc-wrap-box.h"

/* A job ad is a page or two; anything far bigger is not one */

/* The ATS match many applicant-tracking filters ask for */
#define GOOD_MATCH 75

#define JOB_POINTER "/meta/resumeCoach/job"

struct _RcJobPane
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkTextView   *text_view;
  GtkWidget     *hint_label;
  GtkWidget     *open_button;
  GtkWidget     *clear_button;
  GtkLabel      *error_label;
  GtkStack      *stack;
  GtkLabel      *match_label;
  GtkLabel      *verdict_label;
  GtkLevelBar   *match_bar;
  GtkLabel      *missing_heading;
  RcWrapBox     *missing_box;
  GtkLabel      *matched_heading;
  RcWrapBox     *matched_box;
  GtkWidget     *skills_only_note;

  RcTextBinding *binding;
  RcReport      *report;
  GCancellable  *cancellable;
  GtkFileChooserNative *chooser;

  /* what the chips show, to skip rebuilding them when a check changes nothing */
  gboolean       has_ats;
  guint          match;
  char          *shown;
  gboolean       refocus;     /* a chip's button had the focus: give it to the next chip */

  guint          user_action_depth;
  gboolean       dirty;
};

G_DEFINE_FINAL_TYPE (RcJobPane, rc_job_pane, GTK_TYPE_WIDGET)

static RcDocument *
get_document (RcJobPane *self)
{
  return rc_text_binding_get_document (self->binding);
}

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_SKILL,
  SKILL_ADDED,
  REVEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_buffer_text (RcJobPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_hint (RcJobPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gboolean empty = gtk_text_buffer_get_char_count (buffer) == 0;

  gtk_widget_set_visible (self->hint_label, empty);
  gtk_widget_set_sensitive (self->clear_button, !empty);
  if (empty)
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* One model change per edit of the text */
static void
store_job (RcJobPane *self)
{
  g_autofree char *text = NULL;

  self->dirty = FALSE;
  if (get_document (self) == NULL)
    return;

  text = dup_buffer_text (self);
  rc_text_binding_hold (self->binding);
  rc_coach_state_set_job (get_document (self), text);
  rc_text_binding_release (self->binding);
}

static void
on_buffer_changed_cb (RcJobPane     *self,
                      GtkTextBuffer *buffer)
{
  update_hint (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (rc_text_binding_is_held (self->binding))
    return;

  /* A paste over a selection is a delete and an insert: store once, at the end */
  if (self->user_action_depth > 0)
    self->dirty = TRUE;
  else
    store_job (self);
}

static void
on_begin_user_action_cb (RcJobPane *self)
{
  self->user_action_depth++;
}

static void
on_end_user_action_cb (RcJobPane *self)
{
  g_return_if_fail (self->user_action_depth > 0);

  self->user_action_depth--;
  if (self->user_action_depth == 0 && self->dirty)
    store_job (self);
}

/* Shows @text without writing it back; undo does not go past it */
static void
load_text (RcJobPane  *self,
           const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *current = dup_buffer_text (self);

  if (text == NULL)
    text = "";
  if (g_str_equal (current, text))
    return;

  rc_text_binding_hold (self->binding);
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  rc_text_binding_release (self->binding);
}

/* Replaces the text as one user edit: one model change, and undoable */
static void
replace_text (RcJobPane  *self,
              const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

/* the job changed elsewhere: undone, or the document reloaded */
static void
on_binding_changed_cb (gpointer      user_data,
                       const char   *pointer,
                       RcChangeKind  kind)
{
  RcJobPane *self = user_data;
  g_autofree char *job = rc_coach_state_dup_job (get_document (self));

  load_text (self, job);
}

static void
show_error (RcJobPane  *self,
            const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_file_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RcJobPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rc_file_read_finish (result, &error);
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  const char *data;
  gsize length = 0;

  if (bytes == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s is why a job description file could not be read */
      message = g_strdup_printf (_("Could not open the job description: %s"), error->message);
      show_error (self, message);
      return;
    }

  if (bytes == NULL)
    {
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("“%s” is too large to be a job description."), name);

      show_error (self, message);
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  if (length > 0 && (!g_utf8_validate_len (data, length, NULL) || memchr (data, '\0', length) != NULL))
    {
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a text file. Open a plain text or JSON job description."), name);

      show_error (self, message);
      return;
    }

  contents = g_strndup (data, length);
  replace_text (self, contents);
}

static void
on_chooser_response_cb (RcJobPane            *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    rc_file_read_async (file, RC_JOB_MAX_FILE_SIZE, self->cancellable, on_file_loaded_cb,
                        g_object_ref (self));
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *title,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, title);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  if (pattern != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_open_clicked_cb (RcJobPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) jobs = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open a Job Description"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (jobs, _("Job Descriptions"));
  gtk_file_filter_add_mime_type (jobs, "text/plain");
  gtk_file_filter_add_mime_type (jobs, "application/json");
  gtk_file_filter_add_pattern (jobs, "*.txt");
  gtk_file_filter_add_pattern (jobs, "*.json");
  gtk_file_filter_add_pattern (jobs, "*.md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), jobs);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Plain Text"), "text/plain", "*.txt");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("JSON Resume Job"), "application/json", "*.json");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("All Files"), NULL, "*");

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_clear_clicked_cb (RcJobPane *self)
{
  replace_text (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* A matched keyword */
static GtkWidget *
create_chip (const char *keyword,
             gboolean    skills_only)
{
  GtkWidget *chip = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                  "spacing", 4,
                                  NULL);
  GtkWidget *image;
  GtkWidget *label;
  g_autofree char *a11y = NULL;

  image = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (chip), image);

  label = gtk_label_new (keyword);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (chip), label);

  gtk_widget_add_css_class (chip, "rc-chip");
  if (skills_only)
    {
      GtkWidget *note = gtk_label_new (_("skills only"));

      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "rc-chip-note");
      gtk_box_append (GTK_BOX (chip), note);
      gtk_widget_add_css_class (chip, "rc-chip-matched");
      gtk_widget_add_css_class (chip, "rc-chip-skills-only");
      a11y = g_strdup_printf (_("%s: matched, listed in skills only"), keyword);
      gtk_widget_set_tooltip_text (chip, _("Found only in your skills list. Show it in use in a bullet too."));
    }
  else
    {
      gtk_widget_add_css_class (chip, "rc-chip-matched");
      a11y = g_strdup_printf (_("%s: matched"), keyword);
      gtk_widget_set_tooltip_text (chip, _("Your resume mentions this"));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);

  return chip;
}

static const char *
match_verdict (guint match)
{
  if (match >= GOOD_MATCH)
    return _("Likely to pass ATS keyword filters");
  if (match >= 50)
    return _("Below what many ATS filters pass");
  return _("Far below what many ATS filters pass");
}

static void
on_add_clicked_cb (GtkButton *button,
                   RcJobPane *self)
{
  self->refocus = gtk_widget_has_focus (GTK_WIDGET (button));
  g_signal_emit (self, signals[ADD_SKILL], 0, g_object_get_data (G_OBJECT (button), "rc-skill"));
}

static void
on_jump_clicked_cb (GtkButton *button,
                    RcJobPane *self)
{
  g_signal_emit (self, signals[REVEAL], 0, g_object_get_data (G_OBJECT (button), "rc-pointer"));
}

static void
setup_chip_button (RcJobPane  *self,
                   GtkWidget  *button,
                   const char *css_class,
                   const char *key,
                   const char *value,
                   const char *tooltip,
                   const char *a11y,
                   GCallback   clicked)
{
  gtk_widget_add_css_class (button, "rc-chip");
  gtk_widget_add_css_class (button, css_class);
  g_object_set_data_full (G_OBJECT (button), key, g_strdup (value), g_free);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_signal_connect_object (button, "clicked", clicked, self, 0);
}

/* A missing keyword: a button that adds it to Skills and, when a bullet names related skills,
 * one that shows that bullet */
static GtkWidget *
create_missing_chip (RcJobPane  *self,
                     const char *keyword,
                     const char *name,
                     const char *related,
                     const char *related_pointer)
{
  GtkWidget *group = g_object_new (GTK_TYPE_BOX,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                   "spacing", 2,
                                   NULL);
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (keyword);
  g_autofree char *tooltip = NULL;
  g_autofree char *a11y = NULL;

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (content), label);
  gtk_button_set_child (GTK_BUTTON (add), content);
  /* Translators: the tooltip of a missing keyword's button; %s is the skill */
  tooltip = g_strdup_printf (_("Add “%s” to your skills. Only if it is true: then show it in a "
                               "bullet too."), name);
  /* Translators: what a screen reader says for a missing keyword's button */
  a11y = g_strdup_printf (_("%s: missing. Add to Skills"), keyword);
  setup_chip_button (self, add, "rc-chip-missing", "rc-skill", name, tooltip, a11y,
                     G_CALLBACK (on_add_clicked_cb));
  gtk_box_append (GTK_BOX (group), add);

  if (related_pointer != NULL)
    {
      GtkWidget *jump = gtk_button_new_from_icon_name ("go-jump-symbolic");

      g_clear_pointer (&tooltip, g_free);
      g_clear_pointer (&a11y, g_free);
      /* Translators: a button's tooltip; %s names skills a bullet mentions, e.g.
       * "pandas, FastAPI" */
      tooltip = g_strdup_printf (_("Show the bullet about %s: say it there if you used it"),
                                 related);
      /* Translators: what a screen reader says for that button; %s names skills */
      a11y = g_strdup_printf (_("Show the bullet about %s"), related);
      setup_chip_button (self, jump, "rc-chip-jump", "rc-pointer", related_pointer, tooltip, a11y,
                         G_CALLBACK (on_jump_clicked_cb));
      gtk_box_append (GTK_BOX (group), jump);
    }
  return group;
}

/* What the chips show, as one string: a new report that shows the same leaves them be */
static char *
dup_shown (const RcAtsMatch *ats)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%u", ats->match);
  for (guint i = 0; i < ats->n_keywords; i++)
    {
      const RcAtsKeyword *k = &ats->keywords[i];

      g_string_append_printf (out, "\x1f%s\x1e%d\x1e%d\x1e%u\x1e%s\x1e%s", k->keyword,
                              k->status, k->in_bullets, k->choice, k->via != NULL ? k->via : "",
                              k->related_pointer != NULL ? k->related_pointer : "");
    }
  for (guint k = 0; k < 3; k++)
    {
      char **list = k == 0 ? ats->matched : k == 1 ? ats->missing : ats->skills_only;

      g_string_append_c (out, '\x1d');
      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        g_string_append_printf (out, "%s\x1f", list[i]);
    }
  return g_string_free (out, FALSE);
}

static void
show_keyword (RcJobPane          *self,
              const RcAtsKeyword *keyword,
              gboolean           *any_skills_only)
{
  g_autofree char *text = NULL;

  if (keyword->status == RC_ATS_ALTERNATIVE)
    /* another of the job's choices stands for it */
    return;
  if (keyword->status == RC_ATS_MISSING)
    {
      rc_wrap_box_append (self->missing_box,
                          create_missing_chip (self, keyword->keyword, keyword->name,
                                               keyword->related, keyword->related_pointer));
      return;
    }
  *any_skills_only |= !keyword->in_bullets;
  if (keyword->via != NULL)
    /* Translators: a keyword the resume shows through another skill: "Kubernetes — via EKS" */
    text = g_strdup_printf (_("%s — via %s"), keyword->keyword, keyword->via);
  rc_wrap_box_append (self->matched_box,
                      create_chip (text != NULL ? text : keyword->keyword, !keyword->in_bullets));
}

static gboolean
is_first_of_choice (const RcAtsMatch *ats,
                    guint             index)
{
  for (guint i = 0; i < index; i++)
    if (ats->keywords[i].choice == ats->keywords[index].choice)
      return FALSE;
  return TRUE;
}

static void
show_ats (RcJobPane        *self,
          const RcAtsMatch *ats)
{
  g_autofree char *percent = NULL;
  g_autofree char *heading = NULL;
  guint n_missing = ats->missing != NULL ? g_strv_length (ats->missing) : 0;
  guint n_matched = ats->matched != NULL ? g_strv_length (ats->matched) : 0;
  gboolean any_skills_only = FALSE;

  /* Translators: the ATS match as a percentage; add a space before %% if your language does */
  percent = g_strdup_printf (_("%u%%"), ats->match);
  gtk_label_set_text (self->match_label, percent);
  gtk_label_set_text (self->verdict_label, match_verdict (ats->match));
  gtk_level_bar_set_value (self->match_bar, ats->match);

  rc_wrap_box_remove_all (self->missing_box);
  rc_wrap_box_remove_all (self->matched_box);

  if (ats->n_keywords > 0)
    {
      for (guint i = 0; i < ats->n_keywords; i++)
        {
          const RcAtsKeyword *keyword = &ats->keywords[i];

          /* a choice the resume has none of shows together: "Kafka", "or NATS" */
          if (keyword->status == RC_ATS_MISSING && keyword->choice != 0 &&
              !is_first_of_choice (ats, i))
            continue;
          show_keyword (self, keyword, &any_skills_only);
          for (guint j = i + 1; keyword->status == RC_ATS_MISSING && keyword->choice != 0 &&
                                j < ats->n_keywords; j++)
            {
              const RcAtsKeyword *other = &ats->keywords[j];
              g_autofree char *label = NULL;

              if (other->choice != keyword->choice || other->status != RC_ATS_MISSING)
                continue;
              /* Translators: another of a job's choices, after the first: "or NATS" */
              label = g_strdup_printf (_("or %s"), other->keyword);
              rc_wrap_box_append (self->missing_box,
                                  create_missing_chip (self, label, other->name, other->related,
                                                       other->related_pointer));
            }
        }
    }
  else
    {
      for (guint i = 0; i < n_missing; i++)
        rc_wrap_box_append (self->missing_box,
                            create_missing_chip (self, ats->missing[i], ats->missing[i],
                                                 NULL, NULL));
      for (guint i = 0; i < n_matched; i++)
        {
          gboolean skills_only = ats->skills_only != NULL &&
                                 g_strv_contains ((const char * const *) ats->skills_only,
                                                  ats->matched[i]);

          any_skills_only |= skills_only;
          rc_wrap_box_append (self->matched_box, create_chip (ats->matched[i], skills_only));
        }
    }

  heading = g_strdup_printf (ngettext ("Missing: %u keyword", "Missing: %u keywords", n_missing), n_missing);
  gtk_label_set_text (self->missing_heading, heading);
  g_clear_pointer (&heading, g_free);
  heading = g_strdup_printf (ngettext ("Matched: %u keyword", "Matched: %u keywords", n_matched), n_matched);
  gtk_label_set_text (self->matched_heading, heading);

  gtk_widget_set_visible (GTK_WIDGET (self->missing_heading), n_missing > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_box), n_missing > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->matched_heading), n_matched > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->matched_box), n_matched > 0);
  gtk_widget_set_visible (self->skills_only_note, any_skills_only);

  /* the chip whose button was pressed is gone: the keyboard goes on with the next gap */
  if (self->refocus)
    {
      self->refocus = FALSE;
      if (!gtk_widget_child_focus (GTK_WIDGET (self->missing_box), GTK_DIR_TAB_FORWARD))
        gtk_widget_grab_focus (GTK_WIDGET (self->match_bar));
    }
}

static void
rc_job_pane_real_add_skill (RcJobPane  *self,
                            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pointer = NULL;
  RcDocument *document = get_document (self);

  if (document == NULL || name == NULL)
    return;
  if (!rc_job_add_skill (document, rc_taxonomy_get_default (), name, &pointer, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SKILL_ADDED], 0, name, pointer);
}

static void
rc_job_pane_dispose (GObject *object)
{
  RcJobPane *self = RC_JOB_PANE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  rc_text_binding_bind (self->binding, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_JOB_PANE);

  G_OBJECT_CLASS (rc_job_pane_parent_class)->dispose (object);
}

static void
rc_job_pane_finalize (GObject *object)
{
  RcJobPane *self = RC_JOB_PANE (object);

  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_pointer (&self->binding, rc_text_binding_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->shown, g_free);

  G_OBJECT_CLASS (rc_job_pane_parent_class)->finalize (object);
}

static void
rc_job_pane_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RcJobPane *self = RC_JOB_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, get_document (self));
      break;

    case PROP_REPORT:
      g_value_set_boxed (value, self->report);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_job_pane_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RcJobPane *self = RC_JOB_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rc_job_pane_set_document (self, g_value_get_object (value));
      break;

    case PROP_REPORT:
      rc_job_pane_set_report (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_job_pane_class_init (RcJobPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_job_pane_dispose;
  object_class->finalize = rc_job_pane_finalize;
  object_class->get_property = rc_job_pane_get_property;
  object_class->set_property = rc_job_pane_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_boxed ("report", NULL, NULL, RC_TYPE_REPORT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcJobPane::add-skill:
   * @name: the skill, as the taxonomy names it
   *
   * A missing keyword's button was pressed. The default handler adds the skill to the
   * resume's skills (rc_job_add_skill()) and emits #RcJobPane::skill-added.
   */
  signals[ADD_SKILL] =
    g_signal_new_class_handler ("add-skill", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (rc_job_pane_real_add_skill), NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);
  /* RcJobPane::skill-added: (name, pointer of what was added), for an undo */
  signals[SKILL_ADDED] =
    g_signal_new ("skill-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /* RcJobPane::reveal: (pointer) show the bullet whose skills are nearest a missing keyword */
  signals[REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (RC_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-job-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, text_view);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, open_button);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, clear_button);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, error_label);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, stack);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, match_label);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, match_bar);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, missing_heading);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, missing_box);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, matched_heading);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, matched_box);
  gtk_widget_class_bind_template_child (widget_class, RcJobPane, skills_only_note);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jobpane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_job_pane_init (RcJobPane *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->binding = rc_text_binding_new (on_binding_changed_cb, self);

  /* Two states only: under the common ATS threshold, or at or over it */
  gtk_level_bar_remove_offset_value (self->match_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_add_offset_value (self->match_bar, GTK_LEVEL_BAR_OFFSET_LOW, GOOD_MATCH - 1);
  gtk_level_bar_add_offset_value (self->match_bar, GTK_LEVEL_BAR_OFFSET_FULL, 100);

  buffer = gtk_text_view_get_buffer (self->text_view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "begin-user-action", G_CALLBACK (on_begin_user_action_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "end-user-action", G_CALLBACK (on_end_user_action_cb),
                           self, G_CONNECT_SWAPPED);

  update_hint (self);
}

RcJobPane *
rc_job_pane_new (void)
{
  return g_object_new (RC_TYPE_JOB_PANE, NULL);
}

void
rc_job_pane_set_document (RcJobPane  *self,
                          RcDocument *document)
{
  g_autofree char *job = NULL;

  g_return_if_fail (RC_IS_JOB_PANE (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (get_document (self) == document)
    return;

  rc_text_binding_bind (self->binding, document, JOB_POINTER);
  if (document != NULL)
    job = rc_coach_state_dup_job (document);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  load_text (self, job);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
rc_job_pane_set_report (RcJobPane *self,
                        RcReport  *report)
{
  g_return_if_fail (RC_IS_JOB_PANE (self));

  if (self->report == report)
    return;

  if (report != NULL)
    rc_report_ref (report);
  g_clear_pointer (&self->report, rc_report_unref);
  self->report = report;
  rc_job_pane_set_ats (self, report != NULL ? rc_report_get_ats (report) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

void
rc_job_pane_set_ats (RcJobPane        *self,
                     const RcAtsMatch *ats)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (RC_IS_JOB_PANE (self));

  if (ats == NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

      self->has_ats = FALSE;
      gtk_stack_set_visible_child_name (self->stack,
                                        gtk_text_buffer_get_char_count (buffer) > 0 ? "no-keywords" : "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "match");

  /* Set on every keystroke: leave the chips alone when nothing they show changed */
  shown = dup_shown (ats);
  if (self->has_ats && g_strcmp0 (self->shown, shown) == 0)
    return;

  self->has_ats = TRUE;
  self->match = ats->match;
  g_free (self->shown);
  self->shown = g_steal_pointer (&shown);

  show_ats (self, ats);
}
