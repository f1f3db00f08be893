/* rc-feedback-panel.c — score, counts and the findings of the current report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-coach-state.h"
#include "rc-feedback-panel.h"
#include "rc-finding-row.h"
#include "rc-sections.h"
#include "rc-wrap-box.h"

/* Longest quote shown in a row, in characters; longer spans are cut with an ellipsis */
#define MAX_QUOTE_CHARS 80

/* Rows kept for reuse: as many as one edit usually adds */
#define MAX_SPARE_ROWS 8

/* New rows built in one go: a screenful; the rest follow a few per frame */
#define ROWS_AT_ONCE   12
#define ROWS_PER_FRAME 6

typedef struct
{
  char         *key;
  RcFindingRow *row;
  gboolean      taken;
} RowEntry;

/* how many of the costliest items the panel lists */
#define BREAKDOWN_ROWS 3

typedef struct _BreakdownRow BreakdownRow;

struct _RcFeedbackPanel
{
  GtkWidget        parent_instance;

  GtkWidget       *content;
  GtkWidget       *summary_box;
  GtkWidget       *separator;
  GtkLabel        *score_label;
  GtkLabel        *verdict_label;
  GtkLevelBar     *score_bar;
  GtkWidget       *levels_box;
  GtkToggleButton *error_toggle;
  GtkToggleButton *warning_toggle;
  GtkToggleButton *suggestion_toggle;
  GtkLabel        *error_count_label;
  GtkLabel        *warning_count_label;
  GtkLabel        *suggestion_count_label;
  GtkWidget       *breakdown_box;
  GtkWidget       *breakdown_rows;
  char            *breakdown_key;  /* what the rows show, to update them only on a change */
  BreakdownRow    *breakdown;      /* BREAKDOWN_ROWS */
  GtkWidget       *ignored_box;
  GtkLabel        *ignored_label;
  GtkStack        *stack;
  GtkListBox      *list;
  GtkLabel        *clean_title;
  GtkLabel        *clean_label;

  /* RowEntry: the rows in list order, each with the key it was made for */
  GArray          *rows;
  /* rows taken out of the list, kept to show the next new findings: building a row costs more */
  GPtrArray       *spare_rows;
  guint            sync_id;
  gulong           paint_id;
  GdkFrameClock   *paint_clock;

  RcReport        *report;
  RcDocument      *document;
  int              page;          /* the RcPage the editor shows, or -1 */
  gboolean         section_only;  /* list only the findings of that page */
};

G_DEFINE_FINAL_TYPE (RcFeedbackPanel, rc_feedback_panel, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  APPLY_FIX,
  IGNORE,
  LEARN_MORE,
  RESTORE_IGNORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_REPORT,
  PROP_PAGE,
  PROP_SECTION_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const RcFinding *finding;
  char            *key;
  const char      *section;
  guint            rank;
  guint            index;
} Pending;

static void
row_entry_clear (gpointer data)
{
  RowEntry *entry = data;

  g_clear_pointer (&entry->key, g_free);
}

/* The group a finding is listed under: its heading, its place among the groups in the
 * order of the sections sidebar, and the sidebar's page that shows it (-1 for none) */
static void
classify_pointer (const char  *pointer,
                  const char **section,
                  guint       *rank,
                  int         *page_shown)
{
  RcSection found;
  RcPage page;
  const char *heading;
  const char *token;
  gsize len;

  *page_shown = -1;
  if (pointer == NULL || pointer[0] != '/')
    {
      *section = _("Whole Resume");
      *rank = G_MAXUINT - 1;
      return;
    }

  if (rc_section_locate (pointer, &found, &page, &heading))
    {
      /* the sidebar's order: contact, summary, then the sections as they print */
      *section = _(heading);
      *rank = found == RC_SECTION_BASICS ? (page == RC_PAGE_SUMMARY ? 1 : 0) : 1 + found;
      *page_shown = (int) page;
      return;
    }

  token = pointer + 1;
  len = strcspn (token, "/");

  if (len == strlen ("meta") && strncmp (token, "meta", len) == 0)
    {
      *section = _("Job Match");
      *rank = G_MAXUINT;
      return;
    }

  *section = _("Other");
  *rank = 1 + RC_N_SECTIONS;
}

static char *
dup_excerpt (const char *start,
             glong       n_chars)
{
  const char *end;

  if (n_chars > MAX_QUOTE_CHARS)
    {
      end = g_utf8_offset_to_pointer (start, MAX_QUOTE_CHARS - 1);
      return g_strdup_printf ("%.*s…", (int) (end - start), start);
    }
  end = g_utf8_offset_to_pointer (start, n_chars);

  return g_strndup (start, end - start);
}

static gboolean
message_quotes (const RcFinding *finding,
                const char      *words)
{
  g_autofree char *message = NULL;
  g_autofree char *needle = NULL;

  if (finding->message == NULL)
    return FALSE;

  message = g_utf8_casefold (finding->message, -1);
  needle = g_utf8_casefold (words, -1);

  return strstr (message, needle) != NULL;
}

/* The words a finding is about, as the engine saw them or else as the document has them;
 * NULL when the message already names them */
static char *
dup_quote (RcDocument      *document,
           const RcFinding *finding)
{
  const char *text;
  char *quote;

  if (finding->match != NULL && *finding->match != '\0')
    {
      if (message_quotes (finding, finding->match))
        return NULL;
      return dup_excerpt (finding->match, g_utf8_strlen (finding->match, -1));
    }

  if (document == NULL || finding->end <= finding->start || finding->pointer == NULL)
    return NULL;

  text = rc_document_get_string (document, finding->pointer);
  if (text == NULL || finding->end > (guint) g_utf8_strlen (text, -1))
    return NULL;

  quote = dup_excerpt (g_utf8_offset_to_pointer (text, finding->start), finding->end - finding->start);
  if (message_quotes (finding, quote))
    g_clear_pointer (&quote, g_free);

  return quote;
}

static const char *
entry_name (RcDocument *document,
            const char *section,
            const char *index)
{
  static const char * const fields[] = { "name", "company", "institution", "organization", "title" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/%s/%s/%s", section, index, fields[i]);
      const char *name = rc_document_get_string (document, pointer);

      if (name != NULL && *name != '\0')
        return name;
    }

  return NULL;
}

/* Where in its section a finding is, in words: "Acme Corp, bullet 3" */
static char *
dup_place (RcDocument      *document,
           const RcFinding *finding)
{
  g_auto(GStrv) tokens = NULL;
  const char *name = NULL;
  guint n;

  if (document == NULL || finding->pointer == NULL || finding->pointer[0] != '/')
    return NULL;

  tokens = g_strsplit (finding->pointer + 1, "/", 5);
  n = g_strv_length (tokens);

  if (g_str_equal (tokens[0], "basics"))
    {
      if (n >= 3 && g_str_equal (tokens[1], "profiles"))
        {
          g_autofree char *pointer = g_strdup_printf ("/basics/profiles/%s/network", tokens[2]);

          name = rc_document_get_string (document, pointer);
          return g_strdup (name != NULL && *name != '\0' ? name : _("Profile"));
        }
      return NULL;
    }

  if (n < 2 || !g_ascii_isdigit (tokens[1][0]))
    return NULL;

  name = entry_name (document, tokens[0], tokens[1]);
  if (name == NULL)
    /* Translators: an entry of a section without a name, by position: "Entry 2" */
    name = _("Untitled entry");

  if (n >= 4 && g_str_equal (tokens[2], "highlights") && g_ascii_isdigit (tokens[3][0]))
    /* Translators: where a finding is: the entry's name, then which bullet: "Acme Corp, bullet 3" */
    return g_strdup_printf (_("%s, bullet %u"), name, (guint) g_ascii_strtoull (tokens[3], NULL, 10) + 1);

  if (n >= 3 && g_str_equal (tokens[2], "summary"))
    /* Translators: where a finding is: "Acme Corp, summary" */
    return g_strdup_printf (_("%s, summary"), name);

  if (n >= 3 && (g_str_equal (tokens[2], "startDate") || g_str_equal (tokens[2], "endDate")))
    /* Translators: where a finding is: "Acme Corp, dates" */
    return g_strdup_printf (_("%s, dates"), name);

  return g_strdup (name);
}

/* What to do next: errors first, whatever the score says; then what costs the most points */
static const char *
score_verdict (RcReport *report)
{
  guint score = rc_report_get_score (report);

  if (rc_report_count_level (report, RC_LEVEL_ERROR) > 0)
    return score >= 50 ? _("Getting there: fix the errors first")
                       : _("Needs work: start with the errors");
  if (score >= 90)
    return _("Ready to send");
  if (score >= 75)
    return _("Strong, with a few things to polish");
  /* the breakdown below says what that is */
  return score >= 50 ? _("Getting there: start with what costs the most")
                     : _("Needs work: start with what costs the most");
}

static gboolean
level_shown (RcFeedbackPanel *self,
             RcLevel          level)
{
  switch (level)
    {
    case RC_LEVEL_ERROR:
      return gtk_toggle_button_get_active (self->error_toggle);
    case RC_LEVEL_WARNING:
      return gtk_toggle_button_get_active (self->warning_toggle);
    case RC_LEVEL_SUGGESTION:
    default:
      return gtk_toggle_button_get_active (self->suggestion_toggle);
    }
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  RcFeedbackPanel *self = user_data;

  return level_shown (self, rc_finding_row_get_finding (RC_FINDING_ROW (row))->level);
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *section = rc_finding_row_get_section (RC_FINDING_ROW (row));
  GtkWidget *header;

  if (before != NULL &&
      g_strcmp0 (section, rc_finding_row_get_section (RC_FINDING_ROW (before))) == 0)
    {
      if (gtk_list_box_row_get_header (row) != NULL)
        gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (header != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (header)), section) == 0)
    return;

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "rc-section-heading");
  gtk_list_box_row_set_header (row, header);
}

static void
real_apply_fix (RcFeedbackPanel *self,
                RcFinding       *finding)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->document == NULL || rc_finding_apply_fix (finding, self->document, &error))
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could not apply the fix"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
real_ignore (RcFeedbackPanel *self,
             RcFinding       *finding)
{
  if (self->document != NULL)
    rc_coach_state_ignore (self->document, finding);
}

static void
real_restore_ignored (RcFeedbackPanel *self)
{
  if (self->document != NULL)
    rc_coach_state_unignore_all (self->document);
}

static void
emit_for_row (RcFeedbackPanel *self,
              guint            signal_id,
              RcFindingRow    *row)
{
  /* A copy: the handler may change the document and so replace the row's finding */
  g_autoptr(RcFinding) finding = rc_finding_copy (rc_finding_row_get_finding (row));

  g_signal_emit (self, signal_id, 0, finding);
}

static void
on_row_apply_fix_cb (RcFeedbackPanel *self,
                     RcFindingRow    *row)
{
  emit_for_row (self, signals[APPLY_FIX], row);
}

static void
on_row_ignore_cb (RcFeedbackPanel *self,
                  RcFindingRow    *row)
{
  emit_for_row (self, signals[IGNORE], row);
}

static void
on_row_learn_more_cb (RcFeedbackPanel *self,
                      RcFindingRow    *row)
{
  emit_for_row (self, signals[LEARN_MORE], row);
}

static void
on_row_activated_cb (RcFeedbackPanel *self,
                     GtkListBoxRow   *row)
{
  emit_for_row (self, signals[FINDING_ACTIVATED], RC_FINDING_ROW (row));
}

static void
on_restore_clicked_cb (RcFeedbackPanel *self)
{
  g_signal_emit (self, signals[RESTORE_IGNORED], 0);
}

static void
on_level_toggled_cb (RcFeedbackPanel *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
}

static RcFindingRow *
create_row (RcFeedbackPanel *self,
            const Pending   *pending,
            const char      *quote,
            const char      *place)
{
  RcFindingRow *row;

  if (self->spare_rows->len > 0)
    {
      row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
      rc_finding_row_update (row, pending->finding, pending->section, quote, place);
      /* the list sinks the reference the spare list held */
      g_object_force_floating (G_OBJECT (row));
      return row;
    }

  row = rc_finding_row_new (pending->finding, pending->section, quote, place);

  g_signal_connect_object (row, "apply-fix", G_CALLBACK (on_row_apply_fix_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "ignore", G_CALLBACK (on_row_ignore_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "learn-more", G_CALLBACK (on_row_learn_more_cb),
                           self, G_CONNECT_SWAPPED);

  return row;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *pa = a;
  const Pending *pb = b;

  if (pa->rank != pb->rank)
    return pa->rank < pb->rank ? -1 : 1;
  /* the worst first: errors, warnings, then suggestions */
  if (pa->finding->level != pb->finding->level)
    return pa->finding->level > pb->finding->level ? -1 : 1;
  return pa->index < pb->index ? -1 : (pa->index > pb->index ? 1 : 0);
}

/* The findings to show (with section-only, those of the editor's page), grouped by section
 * in the sidebar's order (the document's too), each group by level, the worst first, then in
 * report (document) order, and the whole-resume ones last, each with a key unique in the list */
static GArray *
collect_pending (RcFeedbackPanel *self,
                 GPtrArray       *findings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *pending = g_array_sized_new (FALSE, TRUE, sizeof (Pending), findings->len);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      Pending item = { finding, NULL, NULL, 0, i };
      char *key;
      guint repeat;
      int page;

      /* what concerns the whole resume, then the job, comes after the sections */
      classify_pointer (rc_section_pointer_for_finding (finding), &item.section, &item.rank,
                        &page);
      if (self->section_only && page != self->page)
        continue;

      key = rc_finding_dup_key (finding);

      /* Two findings may share a key (one rule firing twice in a string): number them */
      repeat = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      if (repeat > 0)
        item.key = g_strdup_printf ("%s\x1f%u", key, repeat);
      else
        item.key = g_strdup (key);
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (repeat + 1));

      g_array_append_val (pending, item);
    }

  g_array_sort (pending, compare_pending);

  return pending;
}

static void
free_pending (GArray *pending)
{
  for (guint i = 0; i < pending->len; i++)
    g_free (g_array_index (pending, Pending, i).key);
  g_array_unref (pending);
}

static GtkWidget *
focused_row (RcFeedbackPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    return NULL;

  return gtk_widget_get_ancestor (focus, RC_TYPE_FINDING_ROW);
}

/* Makes the list show @findings with as few widget changes as possible: rows whose key
 * survives are kept (and updated in place), so focus and scrolling survive typing.
 * Adds at most @max_new rows; returns FALSE when some are left for a later call. */
/* Drops the rows no finding wants any more; TRUE when the focused one was among them */
static gboolean
drop_unwanted_rows (RcFeedbackPanel *self,
                    GHashTable      *wanted,
                    GtkWidget       *had_focus)
{
  gboolean focus_lost = FALSE;

  for (guint i = 0; i < self->rows->len; )
    {
      RowEntry *entry = &g_array_index (self->rows, RowEntry, i);

      if (g_hash_table_contains (wanted, entry->key))
        {
          i++;
          continue;
        }
      if (GTK_WIDGET (entry->row) == had_focus)
        focus_lost = TRUE;
      if (self->spare_rows->len < MAX_SPARE_ROWS)
        g_ptr_array_add (self->spare_rows, g_object_ref (entry->row));
      gtk_list_box_remove (self->list, GTK_WIDGET (entry->row));
      g_array_remove_index (self->rows, i);
    }
  return focus_lost;
}

/* The focus goes back to the row that had it, or to the one now where it was */
static void
restore_focus (RcFeedbackPanel *self,
               GtkWidget       *had_focus,
               int              focus_index)
{
  GtkListBoxRow *target = NULL;

  for (guint i = 0; i < self->rows->len && target == NULL; i++)
    if (GTK_WIDGET (g_array_index (self->rows, RowEntry, i).row) == had_focus)
      target = GTK_LIST_BOX_ROW (g_array_index (self->rows, RowEntry, i).row);

  if (target == NULL)
    target = gtk_list_box_get_row_at_index (self->list,
                                            MIN (focus_index, (int) self->rows->len - 1));
  if (target != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (target));
}

static gboolean
sync_rows (RcFeedbackPanel *self,
           GPtrArray       *findings,
           guint            max_new)
{
  GArray *pending = collect_pending (self, findings);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) old_positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, TRUE, sizeof (RowEntry), pending->len);
  GtkWidget *had_focus = focused_row (self);
  int focus_index = had_focus != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (had_focus)) : -1;
  gboolean focus_lost = FALSE;
  gboolean complete = TRUE;
  guint n_new = 0;
  guint j = 0;

  g_array_set_clear_func (rows, row_entry_clear);

  for (guint i = 0; i < pending->len; i++)
    g_hash_table_add (wanted, g_array_index (pending, Pending, i).key);
  focus_lost = drop_unwanted_rows (self, wanted, had_focus);

  for (guint i = 0; i < self->rows->len; i++)
    {
      RowEntry *entry = &g_array_index (self->rows, RowEntry, i);

      entry->taken = FALSE;
      g_hash_table_insert (old_positions, entry->key, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *item = &g_array_index (pending, Pending, i);
      g_autofree char *quote = NULL;
      g_autofree char *place = NULL;
      RowEntry entry = { NULL, NULL, FALSE };
      gpointer position;

      while (j < self->rows->len && g_array_index (self->rows, RowEntry, j).taken)
        j++;

      if (n_new == max_new && !g_hash_table_contains (old_positions, item->key))
        {
          complete = FALSE;
          break;
        }

      quote = dup_quote (self->document, item->finding);
      place = dup_place (self->document, item->finding);
      entry.key = g_strdup (item->key);

      if (j < self->rows->len && g_str_equal (g_array_index (self->rows, RowEntry, j).key, item->key))
        {
          RowEntry *old = &g_array_index (self->rows, RowEntry, j);

          old->taken = TRUE;
          entry.row = old->row;
          rc_finding_row_update (entry.row, item->finding, item->section, quote, place);
        }
      else if (g_hash_table_lookup_extended (old_positions, item->key, NULL, &position))
        {
          /* Moved (entries reordered): the same widget, taken out and put back in place */
          RowEntry *old = &g_array_index (self->rows, RowEntry, GPOINTER_TO_UINT (position));

          old->taken = TRUE;
          entry.row = g_object_ref (old->row);
          gtk_list_box_remove (self->list, GTK_WIDGET (entry.row));
          rc_finding_row_update (entry.row, item->finding, item->section, quote, place);
          gtk_list_box_insert (self->list, GTK_WIDGET (entry.row), (int) i);
          g_object_unref (entry.row);
          if (GTK_WIDGET (entry.row) == had_focus)
            focus_lost = TRUE;
        }
      else
        {
          entry.row = create_row (self, item, quote, place);
          gtk_list_box_insert (self->list, GTK_WIDGET (entry.row), (int) i);
          n_new++;
        }

      g_array_append_val (rows, entry);
    }

  /* Rows not reached yet stay where they are, after the ones put in order */
  for (guint i = 0; i < self->rows->len; i++)
    {
      RowEntry *old = &g_array_index (self->rows, RowEntry, i);

      if (!old->taken)
        {
          g_array_append_val (rows, *old);
          old->key = NULL;
        }
    }

  g_array_set_size (self->rows, 0);
  g_array_append_vals (self->rows, rows->data, rows->len);
  /* the keys now belong to self->rows */
  g_array_set_clear_func (rows, NULL);

  if (focus_lost && self->rows->len > 0)
    restore_focus (self, had_focus, focus_index);

  free_pending (pending);

  return complete;
}

static void schedule_sync (RcFeedbackPanel *self);

static gboolean
continue_sync_cb (gpointer user_data)
{
  RcFeedbackPanel *self = user_data;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  self->sync_id = 0;
  if (!sync_rows (self, self->report != NULL ? rc_report_get_findings (self->report) : none,
                  ROWS_PER_FRAME))
    schedule_sync (self);

  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock   *clock,
                   RcFeedbackPanel *self)
{
  g_clear_signal_handler (&self->paint_id, self->paint_clock);
  g_clear_object (&self->paint_clock);
  self->sync_id = g_idle_add_full (G_PRIORITY_LOW, continue_sync_cb, self, NULL);
}

static void
cancel_sync (RcFeedbackPanel *self)
{
  g_clear_handle_id (&self->sync_id, g_source_remove);
  g_clear_signal_handler (&self->paint_id, self->paint_clock);
  g_clear_object (&self->paint_clock);
}

/* The next few rows once the frame showing the last ones is painted: a frame lays out only
 * what was added since, and typing in between stays quick */
static void
schedule_sync (RcFeedbackPanel *self)
{
  GdkFrameClock *clock = NULL;

  if (self->sync_id != 0 || self->paint_id != 0)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL)
    {
      self->paint_clock = g_object_ref (clock);
      self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
    }
  else
    self->sync_id = g_idle_add_full (G_PRIORITY_LOW, continue_sync_cb, self, NULL);
}

static void
show_counts (RcFeedbackPanel *self)
{
  struct {
    RcLevel          level;
    GtkLabel        *label;
    GtkToggleButton *toggle;
  } levels[] = {
    { RC_LEVEL_ERROR, self->error_count_label, self->error_toggle },
    { RC_LEVEL_WARNING, self->warning_count_label, self->warning_toggle },
    { RC_LEVEL_SUGGESTION, self->suggestion_count_label, self->suggestion_toggle },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      guint count = self->report != NULL ? rc_report_count_level (self->report, levels[i].level) : 0;
      g_autofree char *text = NULL;

      switch (levels[i].level)
        {
        case RC_LEVEL_ERROR:
          text = g_strdup_printf (ngettext ("%u error", "%u errors", count), count);
          break;
        case RC_LEVEL_WARNING:
          text = g_strdup_printf (ngettext ("%u warning", "%u warnings", count), count);
          break;
        case RC_LEVEL_SUGGESTION:
        default:
          text = g_strdup_printf (ngettext ("%u suggestion", "%u suggestions", count), count);
          break;
        }

      if (g_strcmp0 (gtk_label_get_text (levels[i].label), text) != 0)
        {
          gtk_label_set_text (levels[i].label, text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (levels[i].toggle),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                          -1);
        }
    }
}

static void
on_breakdown_clicked_cb (RcFeedbackPanel *self,
                         GtkButton       *button)
{
  const char *rule_id = g_object_get_data (G_OBJECT (button), "rule-id");
  GPtrArray *findings = self->report != NULL ? rc_report_get_findings (self->report) : NULL;

  /* the first of the rule's findings, in reading order: where to start */
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      RcFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule_id, rule_id) == 0)
        {
          g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
          return;
        }
    }
}

/* One line of the breakdown: "−5  Bullets without a number (4 times)", in a button that shows
 * the rule's first finding, or in a plain line when the points are not one rule's. Made once
 * and updated, so a keystroke does not rebuild widgets. */
struct _BreakdownRow
{
  GtkWidget *button;
  GtkWidget *line;
  GtkLabel  *points[2];  /* the button's, the line's */
  GtkLabel  *text[2];
};

static GtkWidget *
make_breakdown_content (GtkLabel **points,
                        GtkLabel **text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  *points = GTK_LABEL (gtk_label_new (NULL));
  *text = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (*points), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (*points), "dim-label");
  gtk_label_set_width_chars (*points, 4);
  gtk_label_set_xalign (*points, 1);
  gtk_label_set_xalign (*text, 0);
  gtk_label_set_ellipsize (*text, PANGO_ELLIPSIZE_END);
  /* the panel's width is the findings' to set, not a long label's */
  gtk_label_set_max_width_chars (*text, 1);
  gtk_widget_set_hexpand (GTK_WIDGET (*text), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*points));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*text));
  return box;
}

static void
add_breakdown_rows (RcFeedbackPanel *self)
{
  for (guint i = 0; i < BREAKDOWN_ROWS; i++)
    {
      BreakdownRow *row = &self->breakdown[i];

      row->button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (row->button),
                            make_breakdown_content (&row->points[0], &row->text[0]));
      gtk_widget_add_css_class (row->button, "flat");
      g_signal_connect_object (row->button, "clicked", G_CALLBACK (on_breakdown_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Shows the first of these findings"), -1);
      /* lined up with the buttons' labels */
      row->line = make_breakdown_content (&row->points[1], &row->text[1]);
      gtk_widget_set_margin_start (row->line, 10);
      gtk_widget_set_margin_end (row->line, 10);
      gtk_widget_set_margin_top (row->line, 5);
      gtk_widget_set_margin_bottom (row->line, 5);
      gtk_widget_set_visible (row->button, FALSE);
      gtk_widget_set_visible (row->line, FALSE);
      gtk_box_append (GTK_BOX (self->breakdown_rows), row->button);
      gtk_box_append (GTK_BOX (self->breakdown_rows), row->line);
    }
}

static void
show_breakdown_row (BreakdownRow      *row,
                    const RcScoreItem *item,
                    guint              points)
{
  guint k = item->rule_id != NULL ? 0 : 1;
  GtkWidget *shown = k == 0 ? row->button : row->line;
  g_autofree char *points_text = g_strdup_printf ("\u2212%u", points);
  g_autofree char *text = item->count > 1 && item->rule_id != NULL
    /* Translators: a line of the score's breakdown: what costs points, and how often */
    ? g_strdup_printf (ngettext ("%s (%u time)", "%s (%u times)", item->count), item->label,
                       item->count)
    : g_strdup (item->label);
  /* Translators: what a screen reader says for a line of the score's breakdown */
  g_autofree char *spoken = g_strdup_printf (ngettext ("%u point: %s", "%u points: %s", points),
                                             points, text);

  gtk_label_set_text (row->points[k], points_text);
  gtk_label_set_text (row->text[k], text);
  gtk_widget_set_tooltip_text (shown, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken, -1);
  if (k == 0)
    g_object_set_data_full (G_OBJECT (row->button), "rule-id", g_strdup (item->rule_id),
                            g_free);
  gtk_widget_set_visible (row->button, k == 0);
  gtk_widget_set_visible (row->line, k == 1);
}

static void
show_breakdown (RcFeedbackPanel *self)
{
  guint n_items, shown = 0;
  const RcScoreItem *items = rc_report_get_breakdown (self->report, &n_items);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < n_items && shown < BREAKDOWN_ROWS; i++, shown++)
    {
      guint points = (guint) (items[i].points + 0.5);

      if (points == 0)
        break;
      g_string_append_printf (key, "%s %u %u %s\n", items[i].rule_id, points, items[i].count,
                              items[i].label);
    }
  if (g_strcmp0 (self->breakdown_key, key->str) == 0)
    return;
  g_free (self->breakdown_key);
  self->breakdown_key = g_strdup (key->str);

  for (guint i = 0; i < BREAKDOWN_ROWS; i++)
    if (i < shown)
      show_breakdown_row (&self->breakdown[i], &items[i], (guint) (items[i].points + 0.5));
    else
      {
        gtk_widget_set_visible (self->breakdown[i].button, FALSE);
        gtk_widget_set_visible (self->breakdown[i].line, FALSE);
      }
  gtk_widget_set_visible (self->breakdown_box, shown > 0);
}

static void
show_summary (RcFeedbackPanel *self)
{
  guint score = rc_report_get_score (self->report);
  guint ignored = rc_report_get_ignored (self->report);
  const char *verdict;
  char score_text[16];

  g_snprintf (score_text, sizeof score_text, "%u", score);
  if (g_strcmp0 (gtk_label_get_text (self->score_label), score_text) != 0)
    {
      g_autofree char *clean = NULL;

      gtk_label_set_text (self->score_label, score_text);
      gtk_level_bar_set_value (self->score_bar, score);

      /* Translators: shown when a resume has no findings left */
      clean = g_strdup_printf (_("Your resume scores %u out of 100."), score);
      gtk_label_set_text (self->clean_label, clean);
    }

  verdict = score_verdict (self->report);
  if (g_strcmp0 (gtk_label_get_text (self->verdict_label), verdict) != 0)
    gtk_label_set_text (self->verdict_label, verdict);

  show_counts (self);
  show_breakdown (self);

  gtk_widget_set_visible (self->ignored_box, ignored > 0);
  if (ignored > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u finding ignored",
                                                         "%u findings ignored", ignored),
                                               ignored);

      gtk_label_set_text (self->ignored_label, text);
    }
}

static void
rc_feedback_panel_unmap (GtkWidget *widget)
{
  RcFeedbackPanel *self = RC_FEEDBACK_PANEL (widget);

  /* No more frames: build the rest when idle */
  if (self->paint_id != 0)
    {
      cancel_sync (self);
      self->sync_id = g_idle_add_full (G_PRIORITY_LOW, continue_sync_cb, self, NULL);
    }

  GTK_WIDGET_CLASS (rc_feedback_panel_parent_class)->unmap (widget);
}

static void
rc_feedback_panel_dispose (GObject *object)
{
  RcFeedbackPanel *self = RC_FEEDBACK_PANEL (object);

  cancel_sync (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_FEEDBACK_PANEL);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_pointer (&self->breakdown_key, g_free);
  g_clear_pointer (&self->breakdown, g_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rc_feedback_panel_parent_class)->dispose (object);
}

static void
rc_feedback_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RcFeedbackPanel *self = RC_FEEDBACK_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_REPORT:
      g_value_set_boxed (value, self->report);
      break;

    case PROP_PAGE:
      g_value_set_int (value, self->page);
      break;

    case PROP_SECTION_ONLY:
      g_value_set_boolean (value, self->section_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_feedback_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RcFeedbackPanel *self = RC_FEEDBACK_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rc_feedback_panel_set_document (self, g_value_get_object (value));
      break;

    case PROP_REPORT:
      rc_feedback_panel_set_report (self, g_value_get_boxed (value));
      break;

    case PROP_PAGE:
      rc_feedback_panel_set_page (self, g_value_get_int (value));
      break;

    case PROP_SECTION_ONLY:
      rc_feedback_panel_set_section_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_feedback_panel_class_init (RcFeedbackPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_feedback_panel_dispose;
  object_class->get_property = rc_feedback_panel_get_property;
  object_class->set_property = rc_feedback_panel_set_property;
  widget_class->unmap = rc_feedback_panel_unmap;

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  /* the panel acts on its document itself; these say so to whoever watches */
  signals[APPLY_FIX] =
    g_signal_new_class_handler ("apply-fix", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (real_apply_fix), NULL, NULL, NULL,
                                G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[IGNORE] =
    g_signal_new_class_handler ("ignore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (real_ignore), NULL, NULL, NULL,
                                G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[LEARN_MORE] =
    g_signal_new ("learn-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_FINDING);
  signals[RESTORE_IGNORED] =
    g_signal_new_class_handler ("restore-ignored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (real_restore_ignored), NULL, NULL, NULL,
                                G_TYPE_NONE, 0);

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_boxed ("report", NULL, NULL, RC_TYPE_REPORT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_int ("page", NULL, NULL, -1, RC_N_PAGES - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_ONLY] =
    g_param_spec_boolean ("section-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-feedback-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, content);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, summary_box);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, separator);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, score_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, score_bar);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, levels_box);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, error_toggle);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, warning_toggle);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, suggestion_toggle);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, error_count_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, warning_count_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, suggestion_count_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, breakdown_box);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, breakdown_rows);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, ignored_box);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, ignored_label);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, list);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, clean_title);
  gtk_widget_class_bind_template_child (widget_class, RcFeedbackPanel, clean_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_level_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "feedbackpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_feedback_panel_init (RcFeedbackPanel *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->page = -1;
  self->breakdown = g_new0 (BreakdownRow, BREAKDOWN_ROWS);
  add_breakdown_rows (self);

  self->rows = g_array_new (FALSE, TRUE, sizeof (RowEntry));
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_set_clear_func (self->rows, row_entry_clear);

  /* A score up to 50 reads as low, up to 75 as fair, above as good */
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_LOW, 50);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_HIGH, 75);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_FULL, 100);

  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);

  placeholder = gtk_label_new (_("The findings at these levels are hidden. Use the buttons above to show them."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_widget_set_margin_bottom (placeholder, 24);
  gtk_widget_set_margin_start (placeholder, 24);
  gtk_widget_set_margin_end (placeholder, 24);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list, placeholder);

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

RcFeedbackPanel *
rc_feedback_panel_new (void)
{
  return g_object_new (RC_TYPE_FEEDBACK_PANEL, NULL);
}

/* The rows, the summary and the stack's page for the report */
static void
show_report (RcFeedbackPanel *self)
{
  g_autoptr(GPtrArray) none = NULL;
  GPtrArray *findings;

  if (self->report != NULL)
    findings = rc_report_get_findings (self->report);
  else
    findings = none = g_ptr_array_new ();

  /* A whole new list (a resume just opened) is built over the next idle moments, so the
   * first frame does not wait for rows far below the fold */
  if (sync_rows (self, findings, ROWS_AT_ONCE))
    cancel_sync (self);
  else
    schedule_sync (self);

  gtk_widget_set_visible (self->summary_box, self->report != NULL);
  gtk_widget_set_visible (self->separator, self->report != NULL);
  if (self->report != NULL)
    show_summary (self);

  if (self->report == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (self->rows->len == 0)
    {
      /* with section-only, the other sections may have findings still */
      gtk_label_set_text (self->clean_title, findings->len > 0
                                             ? _("Nothing to fix in this section")
                                             : _("Nothing to fix — nice work"));
      gtk_stack_set_visible_child_name (self->stack, "clean");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

void
rc_feedback_panel_set_report (RcFeedbackPanel *self,
                              RcReport        *report)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));

  if (report != NULL)
    rc_report_ref (report);
  g_clear_pointer (&self->report, rc_report_unref);
  self->report = report;
  show_report (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

void
rc_feedback_panel_set_page (RcFeedbackPanel *self,
                            int              page)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));
  g_return_if_fail (page >= -1 && page < RC_N_PAGES);

  if (self->page == page)
    return;
  self->page = page;
  if (self->section_only)
    show_report (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

void
rc_feedback_panel_set_section_only (RcFeedbackPanel *self,
                                    gboolean         section_only)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));

  section_only = !!section_only;
  if (self->section_only == section_only)
    return;
  self->section_only = section_only;
  show_report (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_ONLY]);
}

void
rc_feedback_panel_set_document (RcFeedbackPanel *self,
                                RcDocument      *document)
{
  g_return_if_fail (RC_IS_FEEDBACK_PANEL (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
