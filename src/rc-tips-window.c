/* rc-tips-window.c — the tips browser: the bundled guide, searchable, beside the editor
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-guide.h"
#include "rc-rule-set.h"
#include "rc-tips-window.h"

struct _RcTipsWindow
{
  GtkWindow          parent_instance;

  GtkSearchEntry    *search_entry;
  GtkStack          *list_stack;
  GtkListBox        *entry_list;
  GtkScrolledWindow *list_scroller;
  GtkScrolledWindow *article_scroller;
  GtkBox            *article;
  GtkToggleButton   *sidebar_button;
  AdwFlap           *flap;

  RcGuide           *guide;
  GListStore        *listed;
  gboolean           searching;
  gboolean           syncing_selection;
  char              *entry_id;
  guint              scroll_source;
  GPtrArray         *history;
  RcRuleSet         *rules;

  /* The bullet a verb finding was about, while the user picks a verb for it */
  RcDocument        *document;
  char              *pointer;
  char              *previous_text;
  GtkLabel          *picker_quote;
  GtkLabel          *picker_status;
  GtkWidget         *picker_undo;
  GtkWidget         *picker_status_row;
};

G_DEFINE_FINAL_TYPE (RcTipsWindow, rc_tips_window, GTK_TYPE_WINDOW)

/* One browser for the whole process: the application has one, and it outlives no window. */
static RcTipsWindow *the_browser;

static void show_entry (RcTipsWindow *self,
                        const char   *id,
                        gboolean      remember);

/* ---- the list --------------------------------------------------------------------------- */

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  RcTipsWindow *self = user_data;
  RcGuideEntry *entry = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (rc_guide_entry_get_title (entry));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), title);

  /* Results come ranked, not grouped: each says where it lives. */
  if (self->searching)
    {
      const char *category = rc_guide_entry_get_category (entry);
      GtkWidget *caption = gtk_label_new (rc_guide_get_category_title (self->guide, category));

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }

  /* Rows have a minimum height: one-line titles sit in its middle, longer ones get room. */
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "rc-entry-id",
                          g_strdup (rc_guide_entry_get_id (entry)), g_free);
  return row;
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  RcTipsWindow *self = user_data;
  g_autoptr(RcGuideEntry) entry = NULL;
  g_autoptr(RcGuideEntry) previous = NULL;
  const char *category;
  GtkWidget *header;

  if (self->searching)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  entry = g_list_model_get_item (G_LIST_MODEL (self->listed), gtk_list_box_row_get_index (row));
  if (before != NULL)
    previous = g_list_model_get_item (G_LIST_MODEL (self->listed),
                                      gtk_list_box_row_get_index (before));
  category = rc_guide_entry_get_category (entry);
  if (previous != NULL && g_strcmp0 (rc_guide_entry_get_category (previous), category) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (rc_guide_get_category_title (self->guide, category));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "rc-guide-list-heading");
  gtk_widget_add_css_class (header, "heading");
  gtk_list_box_row_set_header (row, header);
}

/* After the next layout, so the rows have their places. */
static gboolean
scroll_to_selected_cb (gpointer data)
{
  RcTipsWindow *self = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->entry_list);
  graphene_rect_t bounds;

  self->scroll_source = 0;
  if (row != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->entry_list), &bounds))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
      double value = gtk_adjustment_get_value (adjustment);
      double page = gtk_adjustment_get_page_size (adjustment);
      double top = bounds.origin.y;
      double bottom = top + bounds.size.height;

      /* out of sight: bring it to the upper third, its category heading in view */
      if (top - 36 < value || bottom > value + page)
        gtk_adjustment_set_value (adjustment, MAX (0, top - page / 3));
    }
  return G_SOURCE_REMOVE;
}

static void
select_current_row (RcTipsWindow *self)
{
  GtkListBoxRow *target = NULL;

  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->entry_list, i);

      if (row == NULL)
        break;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rc-entry-id"), self->entry_id) == 0)
        {
          target = row;
          break;
        }
    }

  self->syncing_selection = TRUE;
  if (target != NULL)
    gtk_list_box_select_row (self->entry_list, target);
  else
    gtk_list_box_unselect_all (self->entry_list);
  self->syncing_selection = FALSE;

  if (target != NULL && self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (G_PRIORITY_LOW, scroll_to_selected_cb, self, NULL);
}

static void
refresh_list (RcTipsWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  g_autoptr(GPtrArray) hits = NULL;

  self->searching = *stripped != '\0';
  if (self->searching)
    hits = rc_guide_search (self->guide, stripped);
  else
    hits = g_ptr_array_ref (rc_guide_get_entries (self->guide, NULL));

  g_list_store_splice (self->listed, 0, g_list_model_get_n_items (G_LIST_MODEL (self->listed)),
                       hits->pdata, hits->len);
  gtk_list_box_invalidate_headers (self->entry_list);
  gtk_stack_set_visible_child_name (self->list_stack, hits->len > 0 ? "list" : "empty");
  select_current_row (self);
}

/* ---- the article ------------------------------------------------------------------------ */

static gboolean
on_link_activated_cb (GtkLabel     *label,
                      const char   *uri,
                      RcTipsWindow *self)
{
  g_autofree char *id = rc_guide_link_uri_to_id (uri);

  if (id == NULL)
    return FALSE;
  show_entry (self, id, TRUE);
  return TRUE;
}

static GtkWidget *
make_label (RcTipsWindow *self,
            const char   *markup,
            const char   *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 72);
  /* Ask for the whole line (up to the cap), so every article gets the same reading width. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_link_activated_cb), self, 0);
  return label;
}

static GtkWidget *
make_text_label (RcTipsWindow *self,
                 const char   *text,
                 const char   *css_class)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return make_label (self, escaped, css_class);
}

static void
append_blocks (RcTipsWindow *self,
               GtkBox       *box,
               GPtrArray    *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      RcGuideBlock *block = g_ptr_array_index (blocks, i);

      switch (block->kind)
        {
        case RC_GUIDE_BLOCK_HEADING:
          gtk_box_append (box, make_label (self, block->markup, "rc-guide-heading"));
          break;

        case RC_GUIDE_BLOCK_LIST_ITEM:
          {
            GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
            GtkWidget *bullet = gtk_label_new ("•");

            gtk_widget_set_valign (bullet, GTK_ALIGN_START);
            gtk_widget_add_css_class (bullet, "rc-guide-bullet");
            gtk_accessible_update_property (GTK_ACCESSIBLE (bullet),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
            GtkWidget *text = make_label (self, block->markup, NULL);

            gtk_widget_set_hexpand (text, TRUE);
            gtk_box_append (GTK_BOX (item), bullet);
            gtk_box_append (GTK_BOX (item), text);
            gtk_widget_add_css_class (item, "rc-guide-list-item");
            gtk_box_append (box, item);
          }
          break;

        case RC_GUIDE_BLOCK_PARAGRAPH:
        default:
          gtk_box_append (box, make_label (self, block->markup, "rc-guide-paragraph"));
          break;
        }
    }
}

static GtkWidget *
make_example_line (RcTipsWindow *self,
                   const char   *tag,
                   const char   *text,
                   const char   *css_class)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *tag_label = gtk_label_new (tag);
  GtkWidget *text_label;

  gtk_widget_set_valign (tag_label, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (tag_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (tag_label), 6);
  gtk_widget_add_css_class (tag_label, "rc-example-tag");
  gtk_box_append (GTK_BOX (line), tag_label);
  text_label = make_text_label (self, text, "rc-example-text");
  gtk_widget_set_hexpand (text_label, TRUE);
  gtk_box_append (GTK_BOX (line), text_label);
  gtk_widget_add_css_class (line, css_class);
  return line;
}

static void
append_examples (RcTipsWindow *self,
                 RcGuideEntry *entry)
{
  guint n = rc_guide_entry_get_n_examples (entry);

  if (n == 0)
    return;

  if (g_strcmp0 (rc_guide_entry_get_category (entry), "examples") != 0)
    gtk_box_append (self->article, make_text_label (self, _("Before and after"), "rc-guide-heading"));

  for (guint i = 0; i < n; i++)
    {
      const RcGuideExample *example = rc_guide_entry_get_example (entry, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "rc-example");
      /* Translators: the label of a weak resume line in a before/after example */
      gtk_box_append (GTK_BOX (card), make_example_line (self, C_("example", "Before"),
                                                         example->before, "rc-example-before"));
      /* Translators: the label of the rewritten resume line in a before/after example */
      gtk_box_append (GTK_BOX (card), make_example_line (self, C_("example", "After"),
                                                         example->after, "rc-example-after"));
      if (example->why != NULL)
        {
          g_autoptr(GPtrArray) why = rc_guide_markup_parse (example->why, NULL, NULL);

          if (why->len > 0)
            {
              RcGuideBlock *block = g_ptr_array_index (why, 0);
              gtk_box_append (GTK_BOX (card), make_label (self, block->markup, "rc-example-why"));
            }
        }
      gtk_box_append (self->article, card);
    }
}

static void
append_related (RcTipsWindow *self,
                RcGuideEntry *entry)
{
  const char * const *related = rc_guide_entry_get_related (entry);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GPtrArray) blocks = NULL;

  for (guint i = 0; related[i] != NULL; i++)
    if (rc_guide_lookup (self->guide, related[i]) != NULL)
      g_string_append_printf (markup, "- [[%s]]\n", related[i]);
  if (markup->len == 0)
    return;

  /* Through the guide's own renderer, so the links carry the entries' titles. */
  blocks = rc_guide_render_markup (self->guide, markup->str);

  gtk_box_append (self->article, make_text_label (self, _("Related"), "rc-guide-heading"));
  append_blocks (self, self->article, blocks);
}

static void
append_rules (RcTipsWindow *self,
              RcGuideEntry *entry)
{
  const char * const *rule_ids = rc_guide_entry_get_rules (entry);
  guint n = g_strv_length ((char **) rule_ids);
  GtkWidget *expander, *box;
  g_autofree char *label = NULL;

  if (n == 0)
    return;
  if (self->rules == NULL)
    self->rules = rc_rule_set_new_builtin ();

  /* Translators: an expander at the end of a guide entry; %u is a number of rules */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show the rule for this (%u)",
                                        "Show the rules for this (%u)", n), n);
  expander = gtk_expander_new (label);
  gtk_widget_add_css_class (expander, "rc-guide-rules");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_start (box, 18);

  for (guint i = 0; i < n; i++)
    {
      const RcRuleInfo *info = rc_rule_set_lookup (self->rules, rule_ids[i]);
      g_autofree char *escaped_id = g_markup_escape_text (rule_ids[i], -1);
      g_autofree char *markup = NULL;

      if (info != NULL)
        {
          g_autofree char *message = rc_rule_info_dup_display_text (info, info->message);
          g_autofree char *escaped = g_markup_escape_text (message, -1);
          const char *level = info->level == RC_LEVEL_ERROR ? _("Error")
                            : info->level == RC_LEVEL_WARNING ? _("Warning") : _("Suggestion");

          markup = g_strdup_printf ("%s\n<span size=\"small\"><tt>%s</tt> · %s</span>",
                                    escaped, escaped_id, level);
        }
      else
        markup = g_strdup_printf ("<tt>%s</tt>", escaped_id);
      gtk_box_append (GTK_BOX (box), make_label (self, markup, "rc-guide-rule"));
    }

  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  gtk_box_append (self->article, expander);
}

/* ---- the verb picker -------------------------------------------------------------------- */

static void
clear_picker (RcTipsWindow *self)
{
  g_clear_object (&self->document);
  g_clear_pointer (&self->pointer, g_free);
  g_clear_pointer (&self->previous_text, g_free);
  self->picker_quote = NULL;
  self->picker_status = NULL;
  self->picker_undo = NULL;
  self->picker_status_row = NULL;
}

/* A bullet of an entry without an end date belongs to the current role: present tense. */
static gboolean
is_current_role (RcDocument *document,
                 const char *pointer)
{
  g_autofree char *entry_pointer = NULL;
  const char *highlights = g_strrstr (pointer, "/highlights/");
  JsonNode *node;
  JsonObject *object;
  const char *end;

  if (highlights == NULL)
    return FALSE;
  entry_pointer = g_strndup (pointer, highlights - pointer);
  node = rc_document_get (document, entry_pointer);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  node = json_object_get_member (object, "endDate");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  /* an end date of another type (a year as a number) is kept as it is: the role ended */
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  end = json_node_get_string (node);
  return *end == '\0' || g_ascii_strcasecmp (end, "present") == 0;
}

static void
update_picker (RcTipsWindow *self)
{
  const char *text;

  if (self->picker_quote == NULL)
    return;
  text = self->document ? rc_document_get_string (self->document, self->pointer) : NULL;
  gtk_label_set_text (self->picker_quote, text ? text : "");
  gtk_widget_set_visible (self->picker_undo, self->previous_text != NULL);
  gtk_widget_set_visible (self->picker_status_row,
                          *gtk_label_get_text (self->picker_status) != '\0');
}

static void
set_bullet (RcTipsWindow *self,
            const char   *text,
            const char   *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old = g_strdup (rc_document_get_string (self->document, self->pointer));

  if (old == NULL ||
      !rc_document_set_string (self->document, self->pointer, text, &error))
    {
      gtk_label_set_text (self->picker_status,
                          _("This bullet is no longer in the resume, so nothing was changed."));
      g_clear_pointer (&self->previous_text, g_free);
      update_picker (self);
      return;
    }

  g_free (self->previous_text);
  self->previous_text = form != NULL ? g_steal_pointer (&old) : NULL;
  if (form != NULL)
    {
      g_autofree char *status = NULL;

      /* Translators: %s is a verb, e.g. "Built" */
      status = g_strdup_printf (_("The bullet now opens with “%s”."), form);
      gtk_label_set_text (self->picker_status, status);
    }
  else
    gtk_label_set_text (self->picker_status, _("The bullet is back as it was."));
  update_picker (self);
}

static void
on_verb_clicked_cb (GtkButton    *button,
                    RcTipsWindow *self)
{
  const char *form = g_object_get_data (G_OBJECT (button), "rc-verb-form");
  const char *text;
  g_autofree char *rewritten = NULL;

  if (self->document == NULL)
    return;
  text = rc_document_get_string (self->document, self->pointer);
  rewritten = rc_guide_replace_opening_verb (self->guide, text ? text : "", form);
  set_bullet (self, rewritten, gtk_button_get_label (button));
}

static void
on_undo_clicked_cb (GtkButton    *button,
                    RcTipsWindow *self)
{
  g_autofree char *previous = g_steal_pointer (&self->previous_text);

  if (self->document != NULL && previous != NULL)
    set_bullet (self, previous, NULL);
}

/* With @usable FALSE the verbs are plain labels: ideas for a bullet the user must rewrite. */
static GtkWidget *
make_verb_buttons (RcTipsWindow *self,
                   GPtrArray    *verbs,
                   gboolean      current,
                   gboolean      usable)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);

  for (guint i = 0; i < verbs->len; i++)
    {
      const RcGuideVerb *verb = g_ptr_array_index (verbs, i);
      const char *form = current ? verb->base : verb->past;
      g_autofree char *shown = g_strdup (form);
      g_autofree char *tooltip = NULL;
      GtkWidget *button;

      shown[0] = g_ascii_toupper (shown[0]);
      if (!usable)
        {
          GtkWidget *label = gtk_label_new (shown);

          gtk_widget_add_css_class (label, "rc-verb-idea");
          gtk_flow_box_append (GTK_FLOW_BOX (flow), label);
          continue;
        }
      button = gtk_button_new_with_label (shown);
      /* Translators: a verb button's tooltip; %s is the verb, e.g. "Built" */
      tooltip = g_strdup_printf (_("Use “%s”: start the bullet with it"), shown);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "rc-verb-button");
      g_object_set_data_full (G_OBJECT (button), "rc-verb-form", g_strdup (form), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_verb_clicked_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  return flow;
}

static void
append_picker (RcTipsWindow *self,
               RcGuideEntry *entry,
               GPtrArray    *verbs)
{
  const char *text = rc_document_get_string (self->document, self->pointer);
  gboolean current = is_current_role (self->document, self->pointer);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *row, *undo;
  g_autofree char *first = NULL;
  const RcGuideWeakVerb *weak = NULL;
  const char *lead;
  gboolean usable;

  if (text == NULL)
    return;
  usable = rc_guide_opening_is_replaceable (self->guide, text);
  lead = text + strspn (text, " \t");
  first = g_strndup (lead, strcspn (lead, " \t,.;:"));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "rc-verb-picker");
  gtk_box_append (GTK_BOX (card), make_text_label (self, _("Pick a stronger opening verb"), "heading"));
  if (usable)
    gtk_box_append (GTK_BOX (card),
                    make_text_label (self, current
                                     ? _("This is your current role, so the verbs are in the present tense. A click rewrites the bullet’s first word in your resume.")
                                     : _("This role has ended, so the verbs are in the past tense. A click rewrites the bullet’s first word in your resume."),
                                     "dim-label"));
  else
    {
      g_autofree char *hint = NULL;

      /* Swapping a noun for a verb makes nonsense, so the verbs are only ideas here. */
      if (*first != '\0')
        /* Translators: %s is the bullet's first word, e.g. "Claims" */
        hint = g_strdup_printf (_("This bullet opens with “%s”, not a verb: rewrite it to open with one of these."),
                                first);
      else
        hint = g_strdup (_("This bullet doesn’t open with a verb: rewrite it to open with one of these."));
      gtk_box_append (GTK_BOX (card), make_text_label (self, hint, NULL));
      gtk_box_append (GTK_BOX (card),
                      make_text_label (self, current
                                       ? _("This is your current role, so the verbs are in the present tense.")
                                       : _("This role has ended, so the verbs are in the past tense."),
                                       "dim-label"));
    }
  self->picker_quote = GTK_LABEL (make_text_label (self, text, "rc-picker-quote"));
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->picker_quote));

  /* For a known weak verb, its own better alternatives come first. */
  weak = *first != '\0' ? rc_guide_lookup_weak_verb (self->guide, first) : NULL;
  if (weak != NULL && weak->instead[0] != NULL)
    {
      g_autoptr(GPtrArray) suggested = g_ptr_array_new ();
      g_autofree char *heading = NULL;

      for (guint i = 0; weak->instead[i] != NULL; i++)
        {
          const RcGuideVerb *verb = rc_guide_lookup_verb (self->guide, weak->instead[i]);
          if (verb != NULL)
            g_ptr_array_add (suggested, (gpointer) verb);
        }
      if (suggested->len > 0)
        {
          /* Translators: %s is the bullet's weak first word, e.g. "Worked" */
          heading = g_strdup_printf (_("Instead of “%s”"), first);
          gtk_box_append (GTK_BOX (card), make_text_label (self, heading, "rc-picker-group"));
          gtk_box_append (GTK_BOX (card), make_verb_buttons (self, suggested, current, usable));
        }
    }

  if (g_strcmp0 (rc_guide_entry_get_id (entry), "verbs.strong") == 0)
    {
      const char * const *categories = rc_guide_get_verb_categories (self->guide);

      for (guint i = 0; categories[i] != NULL; i++)
        {
          g_autofree char *id = g_strconcat ("verbs.", categories[i], NULL);
          RcGuideEntry *page = rc_guide_lookup (self->guide, id);
          g_autoptr(GPtrArray) group = rc_guide_get_verbs (self->guide, categories[i]);
          GtkWidget *expander;

          expander = gtk_expander_new (page ? rc_guide_entry_get_title (page) : categories[i]);
          gtk_widget_add_css_class (expander, "rc-picker-group");
          gtk_expander_set_child (GTK_EXPANDER (expander), make_verb_buttons (self, group, current, usable));
          gtk_expander_set_expanded (GTK_EXPANDER (expander), weak == NULL && i == 0);
          gtk_box_append (GTK_BOX (card), expander);
        }
    }
  else
    gtk_box_append (GTK_BOX (card), make_verb_buttons (self, verbs, current, usable));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->picker_status = GTK_LABEL (make_text_label (self, "", "dim-label"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->picker_status), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->picker_status), GTK_ALIGN_CENTER);
  undo = gtk_button_new_with_mnemonic (_("_Undo"));
  g_signal_connect_object (undo, "clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  self->picker_undo = undo;
  self->picker_status_row = row;
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->picker_status));
  gtk_box_append (GTK_BOX (row), undo);
  gtk_box_append (GTK_BOX (card), row);

  gtk_box_append (self->article, card);
  update_picker (self);
}

/* ---- navigation ------------------------------------------------------------------------- */

static void
render_article (RcTipsWindow *self,
                RcGuideEntry *entry)
{
  g_autoptr(GPtrArray) blocks = rc_guide_render (self->guide, entry);
  g_autoptr(GPtrArray) verbs = rc_guide_get_verbs_for_entry (self->guide, entry);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->article));
  GtkWidget *child;
  GtkWidget *title;

  /* GTK 4.8 stumbles over a focused selectable label taken out of the window: the focus
   * leaves it first, and comes back to the new article's title */
  if (had_focus)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->article))) != NULL)
    gtk_box_remove (self->article, child);
  self->picker_quote = NULL;
  self->picker_status = NULL;
  self->picker_undo = NULL;
  self->picker_status_row = NULL;

  gtk_box_append (self->article,
                  make_text_label (self, rc_guide_get_category_title (self->guide,
                                                                      rc_guide_entry_get_category (entry)),
                                   "rc-guide-category"));
  title = make_text_label (self, rc_guide_entry_get_title (entry), "title-1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (self->article, title);

  if (verbs != NULL && self->document != NULL)
    append_picker (self, entry, verbs);

  append_blocks (self, self->article, blocks);
  append_examples (self, entry);
  append_related (self, entry);
  append_rules (self, entry);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->article_scroller), 0);
  if (had_focus)
    gtk_widget_grab_focus (title);
}

static void
show_entry (RcTipsWindow *self,
            const char   *id,
            gboolean      remember)
{
  RcGuideEntry *entry = id ? rc_guide_lookup (self->guide, id) : NULL;

  if (entry == NULL)
    return;

  if (remember && self->entry_id != NULL && g_strcmp0 (self->entry_id, id) != 0)
    g_ptr_array_add (self->history, g_strdup (self->entry_id));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tips.back", self->history->len > 0);

  g_free (self->entry_id);
  self->entry_id = g_strdup (id);
  render_article (self, entry);
  select_current_row (self);
}

/* On a narrow window the list covers the article: once an entry is chosen, it makes way */
static void
close_folded_list (RcTipsWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
on_row_activated_cb (RcTipsWindow  *self,
                     GtkListBoxRow *row)
{
  show_entry (self, g_object_get_data (G_OBJECT (row), "rc-entry-id"), TRUE);
  close_folded_list (self);
}

static void
on_row_selected_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    RcTipsWindow  *self)
{
  /* Arrow keys move the selection: the article follows, as in a sidebar. */
  if (row != NULL && !self->syncing_selection)
    show_entry (self, g_object_get_data (G_OBJECT (row), "rc-entry-id"), TRUE);
}

static void
on_search_changed_cb (RcTipsWindow *self)
{
  refresh_list (self);
}

static void
on_search_activate_cb (RcTipsWindow *self)
{
  g_autoptr(RcGuideEntry) best = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->listed)) == 0)
    return;
  best = g_list_model_get_item (G_LIST_MODEL (self->listed), 0);
  show_entry (self, rc_guide_entry_get_id (best), TRUE);
  close_folded_list (self);
}

static void
on_stop_search_cb (RcTipsWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcTipsWindow *self = RC_TIPS_WINDOW (widget);
  g_autofree char *id = NULL;

  if (self->history->len == 0)
    return;
  id = g_ptr_array_steal_index (self->history, self->history->len - 1);
  show_entry (self, id, FALSE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcTipsWindow *self = RC_TIPS_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RcTipsWindow *self = RC_TIPS_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

/* ---- the class -------------------------------------------------------------------------- */

static void
rc_tips_window_dispose (GObject *object)
{
  RcTipsWindow *self = RC_TIPS_WINDOW (object);

  clear_picker (self);
  g_clear_object (&self->rules);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TIPS_WINDOW);

  G_OBJECT_CLASS (rc_tips_window_parent_class)->dispose (object);
}

static void
rc_tips_window_finalize (GObject *object)
{
  RcTipsWindow *self = RC_TIPS_WINDOW (object);

  g_clear_object (&self->listed);
  g_clear_pointer (&self->entry_id, g_free);
  g_clear_pointer (&self->history, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_tips_window_parent_class)->finalize (object);
}

static void
rc_tips_window_class_init (RcTipsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_tips_window_dispose;
  object_class->finalize = rc_tips_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-tips-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, entry_list);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, article_scroller);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, article);
  gtk_widget_class_bind_template_child (widget_class, RcTipsWindow, sidebar_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "tips.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "tips.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "tips.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "tips.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "tips.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "tips.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rc_tips_window_init (RcTipsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* not a bound template child: gtk_widget_dispose_template() would unparent the window's own
   * child behind its back */
  self->flap = ADW_FLAP (gtk_window_get_child (GTK_WINDOW (self)));

  self->guide = rc_guide_get_default ();
  self->listed = g_list_store_new (RC_TYPE_GUIDE_ENTRY);
  self->history = g_ptr_array_new_with_free_func (g_free);

  gtk_list_box_bind_model (self->entry_list, G_LIST_MODEL (self->listed),
                           create_row_cb, self, NULL);
  gtk_list_box_set_header_func (self->entry_list, update_header_cb, self, NULL);
  g_signal_connect_object (self->entry_list, "row-selected", G_CALLBACK (on_row_selected_cb), self, 0);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tips.back", FALSE);

  refresh_list (self);
}

static void
present (GtkWindow  *parent,
         const char *entry_id,
         RcDocument *document,
         const char *pointer)
{
  RcTipsWindow *self;

  if (the_browser == NULL)
    {
      the_browser = g_object_new (RC_TYPE_TIPS_WINDOW, NULL);
      g_object_add_weak_pointer (G_OBJECT (the_browser), (gpointer *) &the_browser);
    }
  self = the_browser;

  /* Transient, so it stays above the editor it explains; not modal, so the editor stays
   * usable; and not part of the application, so closing the last editor still quits. */
  if (parent != NULL && gtk_window_get_transient_for (GTK_WINDOW (self)) != parent)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  clear_picker (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      self->pointer = g_strdup (pointer);
    }

  if (entry_id != NULL && rc_guide_lookup (self->guide, entry_id) != NULL)
    show_entry (self, entry_id, TRUE);
  else if (self->entry_id != NULL)
    show_entry (self, self->entry_id, FALSE);
  else
    {
      GPtrArray *all = rc_guide_get_entries (self->guide, NULL);

      if (all->len > 0)
        show_entry (self, rc_guide_entry_get_id (g_ptr_array_index (all, 0)), FALSE);
    }
  gtk_window_present (GTK_WINDOW (self));
}

void
rc_tips_window_present_entry (GtkWindow  *parent,
                              const char *entry_id)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  present (parent, entry_id, NULL, NULL);
}

void
rc_tips_window_present_for_finding (GtkWindow       *parent,
                                    RcDocument      *document,
                                    const RcFinding *finding)
{
  RcGuide *guide = rc_guide_get_default ();
  g_autoptr(GPtrArray) explaining = NULL;
  RcGuideEntry *entry;
  const char *tip;
  gboolean about_verb;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));
  g_return_if_fail (finding != NULL);

  tip = finding->tip;
  if (tip == NULL || rc_guide_lookup (guide, tip) == NULL)
    {
      /* A user rule pack may point nowhere; the rule's own entries are the next best thing. */
      explaining = rc_guide_get_entries_for_rule (guide, finding->rule_id);
      tip = explaining->len > 0 ? rc_guide_entry_get_id (g_ptr_array_index (explaining, 0)) : NULL;
    }

  /* a finding explained on a verbs page is about the bullet's opening verb: the page offers
   * verbs to put in its place */
  entry = tip != NULL ? rc_guide_lookup (guide, tip) : NULL;
  about_verb = entry != NULL && g_strcmp0 (rc_guide_entry_get_category (entry), "verbs") == 0;
  if (about_verb && document != NULL && finding->pointer != NULL &&
      rc_document_get_string (document, finding->pointer) != NULL)
    present (parent, tip, document, finding->pointer);
  else
    present (parent, tip, NULL, NULL);
}

RcTipsWindow *
rc_tips_window_find (GtkWindow *parent)
{
  return the_browser;
}

const char *
rc_tips_window_get_entry_id (RcTipsWindow *self)
{
  g_return_val_if_fail (RC_IS_TIPS_WINDOW (self), NULL);
  return self->entry_id;
}

guint
rc_tips_window_get_n_listed (RcTipsWindow *self)
{
  g_return_val_if_fail (RC_IS_TIPS_WINDOW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->listed));
}
