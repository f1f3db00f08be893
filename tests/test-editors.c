/* test-editors.c — the section editors, bullets and fields, driven like a user would
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "rc-bullets-view.h"
#include "rc-entry-editor.h"
#include "rc-field.h"
#include "rc-section-editor.h"
#include "rc-ui-test-util.h"

GResource *rc_ui_get_resource (void);

typedef struct
{
  RcDocument *document;
  GtkWindow  *window;
  GtkWidget  *box;
  GPtrArray  *changes;   /* "set /work/0/highlights/3", in order */
  GPtrArray  *editors;   /* what document changes are forwarded to */
} Fixture;

static void
on_changed_cb (RcDocument   *document,
               const char   *pointer,
               RcChangeKind  kind,
               Fixture      *fixture)
{
  static const char *names[] = { "set", "insert", "remove", "move", "reload" };

  g_ptr_array_add (fixture->changes, g_strdup_printf ("%s %s", names[kind], pointer));

  /* what the window does: every editor hears about every change */
  for (guint i = 0; i < fixture->editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (fixture->editors, i);

      if (RC_IS_SECTION_EDITOR (editor))
        rc_section_editor_sync (RC_SECTION_EDITOR (editor), pointer, kind);
      else if (RC_IS_ENTRY_EDITOR (editor))
        rc_entry_editor_sync (RC_ENTRY_EDITOR (editor), pointer);
      else
        rc_field_sync (RC_FIELD (editor));
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = rc_test_sample_path ();

  fixture->document = rc_test_document_from_file (path);
  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  fixture->editors = g_ptr_array_new ();
  g_signal_connect (fixture->document, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 700, 800);
  gtk_window_set_child (fixture->window, fixture->box);
  gtk_window_present (fixture->window);
  rc_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  rc_ui_test_iterate ();
  g_ptr_array_unref (fixture->editors);
  g_ptr_array_unref (fixture->changes);
  g_assert_finalize_object (fixture->document);
}

static RcField *
add_field (Fixture     *fixture,
           RcFieldKind  kind,
           const char  *pointer)
{
  GtkWidget *field = rc_field_new (kind, "_Field", "e.g. something");

  gtk_box_append (GTK_BOX (fixture->box), field);
  rc_field_bind (RC_FIELD (field), fixture->document, pointer);
  g_ptr_array_add (fixture->editors, field);
  rc_ui_test_iterate ();
  return RC_FIELD (field);
}

static char *
join_changes (Fixture *fixture)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < fixture->changes->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (fixture->changes, i));
    }
  g_ptr_array_set_size (fixture->changes, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_changes (Fixture    *fixture,
                const char *expected)
{
  g_autofree char *changes = join_changes (fixture);

  g_assert_cmpstr (changes, ==, expected);
}

static char *
dup_array (RcDocument *document,
           const char *pointer)
{
  JsonNode *node = rc_document_get (document, pointer);
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *array;

  g_assert_nonnull (node);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, json_array_get_string_element (array, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Types @text at line @line, offset @offset (-1: the end of the line), as a keyboard would */
static void
type_at (GtkTextBuffer *buffer,
         int            line,
         int            offset,
         const char    *text)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  if (offset < 0)
    {
      if (!gtk_text_iter_ends_line (&iter))
        gtk_text_iter_forward_to_line_end (&iter);
    }
  else
    {
      gtk_text_iter_forward_chars (&iter, offset);
    }
  gtk_text_buffer_insert_interactive (buffer, &iter, text, -1, TRUE);
}

static void
delete_range (GtkTextBuffer *buffer,
              int            line,
              int            offset,
              int            n_chars)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, line, offset);
  end = start;
  gtk_text_iter_forward_chars (&end, n_chars);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
}

static void
test_bullets_typing (Fixture       *fixture,
                     gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_LINES, "/work/0/highlights");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  g_autofree char *before = dup_array (fixture->document, "/work/0/highlights");
  g_autofree char *shown = dup_buffer_text (buffer);
  g_autofree char *after = NULL;
  g_autofree char *line_0 = NULL;
  guint length = rc_document_get_length (fixture->document, "/work/0/highlights");

  /* one line per bullet, nothing changed by showing them */
  g_assert_cmpstr (shown, ==, before);
  assert_changes (fixture, "");

  /* typing in a bullet sets that bullet only */
  type_at (buffer, 3, -1, " weekly");
  assert_changes (fixture, "set /work/0/highlights/3");
  g_assert_true (g_str_has_suffix (rc_document_get_string (fixture->document,
                                                           "/work/0/highlights/3"), " weekly"));

  /* a newline at the end of a bullet starts a new one; typing fills it in */
  type_at (buffer, 1, -1, "\n");
  assert_changes (fixture, "insert /work/0/highlights/2");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/highlights/2"), ==, "");
  type_at (buffer, 2, 0, "Shipped");
  assert_changes (fixture, "set /work/0/highlights/2");
  g_assert_cmpuint (rc_document_get_length (fixture->document, "/work/0/highlights"), ==,
                    length + 1);

  /* a newline inside a bullet splits it in two */
  line_0 = g_strdup (rc_document_get_string (fixture->document, "/work/0/highlights/0"));
  type_at (buffer, 0, 8, "\n");
  assert_changes (fixture, "set /work/0/highlights/0, insert /work/0/highlights/1");
  g_assert_cmpuint (rc_document_get_length (fixture->document, "/work/0/highlights"), ==,
                    length + 2);

  /* joining them again takes the second one away */
  delete_range (buffer, 0, 8, 1);
  assert_changes (fixture, "set /work/0/highlights/0, remove /work/0/highlights/1");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/highlights/0"), ==, line_0);

  /* deleting a whole line removes its bullet */
  delete_range (buffer, 2, 0, (int) strlen ("Shipped") + 1);
  assert_changes (fixture, "remove /work/0/highlights/2");
  g_assert_cmpuint (rc_document_get_length (fixture->document, "/work/0/highlights"), ==, length);

  after = dup_array (fixture->document, "/work/0/highlights");
  g_free (shown);
  shown = dup_buffer_text (buffer);
  g_assert_cmpstr (shown, ==, after);
}

static void
test_bullets_external_change (Fixture       *fixture,
                              gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_LINES, "/work/0/highlights");
  GtkTextView *view = GTK_TEXT_VIEW (rc_field_get_control (field));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(JsonNode) added = json_node_init_string (json_node_alloc (), "Added elsewhere");
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  GtkTextIter iter;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 3, 5);
  gtk_text_buffer_place_cursor (buffer, &iter);

  /* a change from elsewhere (an applied fix, another field's undo) shows up in place */
  rc_document_set_string (fixture->document, "/work/0/highlights/0", "Cut costs by 31%", &error);
  g_assert_no_error (error);
  rc_document_insert (fixture->document, "/work/0/highlights", 1, added, &error);
  g_assert_no_error (error);

  shown = dup_buffer_text (buffer);
  stored = dup_array (fixture->document, "/work/0/highlights");
  g_assert_cmpstr (shown, ==, stored);
  g_assert_true (g_str_has_prefix (shown, "Cut costs by 31%\nAdded elsewhere\n"));

  /* the cursor stays in the bullet it was in, now one line further down */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&iter), ==, 4);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&iter), ==, 5);
}

static void
test_bullets_move (Fixture       *fixture,
                   gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_LINES, "/work/0/highlights");
  RcBulletsView *view = RC_BULLETS_VIEW (rc_field_get_control (field));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *first = g_strdup (rc_document_get_string (fixture->document,
                                                             "/work/0/highlights/0"));
  g_autofree char *second = g_strdup (rc_document_get_string (fixture->document,
                                                              "/work/0/highlights/1"));
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 3);
  gtk_text_buffer_place_cursor (buffer, &iter);

  /* Alt+Up, through the widget's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bullets.move-up", NULL));
  assert_changes (fixture, "move /work/0/highlights");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/highlights/0"), ==, second);
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/highlights/1"), ==, first);

  shown = dup_buffer_text (buffer);
  stored = dup_array (fixture->document, "/work/0/highlights");
  g_assert_cmpstr (shown, ==, stored);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&iter), ==, 0);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&iter), ==, 3);

  /* the first bullet cannot go further up */
  g_assert_false (rc_bullets_view_move_current (view, -1));
  assert_changes (fixture, "");
}

static void
test_entry_undo (Fixture       *fixture,
                 gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_TEXT, "/basics/label");
  GtkWidget *entry = rc_field_get_control (field);
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry)));
  g_autofree char *label = g_strdup (rc_document_get_string (fixture->document, "/basics/label"));
  g_autofree char *longer = g_strconcat (label, " (Go)", NULL);
  int position = -1;

  gtk_widget_grab_focus (entry);
  gtk_editable_insert_text (GTK_EDITABLE (entry), " (Go)", -1, &position);
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/label"), ==, longer);
  assert_changes (fixture, "set /basics/label");

  g_assert_true (gtk_widget_activate_action (text, "text.undo", NULL));
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/label"), ==, label);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, label);

  g_assert_true (gtk_widget_activate_action (text, "text.redo", NULL));
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/label"), ==, longer);
}

static void
test_text_view_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_LINES, "/work/1/highlights");
  GtkWidget *view = rc_field_get_control (field);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *before = dup_array (fixture->document, "/work/1/highlights");
  g_autofree char *after = NULL;

  /* nothing to undo right after loading: undo never empties a freshly opened field */
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));

  type_at (buffer, 0, -1, "\nReduced pages by 40%");
  g_assert_cmpuint (fixture->changes->len, >, 0);
  g_assert_true (gtk_widget_activate_action (view, "text.undo", NULL));
  after = dup_array (fixture->document, "/work/1/highlights");
  g_assert_cmpstr (after, ==, before);
}

/* the summary: a paragraph field loads, edits the model as typed and undoes */
static void
test_paragraph (Fixture       *fixture,
                gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_PARAGRAPH, "/basics/summary");
  GtkWidget *view = rc_field_get_control (field);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *before = g_strdup (rc_document_get_string (fixture->document,
                                                              "/basics/summary"));
  g_autofree char *shown = dup_buffer_text (buffer);
  g_autofree char *longer = g_strconcat (before, " Go.", NULL);

  g_assert_nonnull (before);
  g_assert_cmpstr (shown, ==, before);

  gtk_widget_grab_focus (view);
  type_at (buffer, gtk_text_buffer_get_line_count (buffer) - 1, -1, " Go.");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/summary"), ==, longer);
  assert_changes (fixture, "set /basics/summary");

  g_assert_true (gtk_widget_activate_action (view, "text.undo", NULL));
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/summary"), ==, before);
}

static void
test_date_validation (Fixture       *fixture,
                      gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_DATE, "/work/1/endDate");
  RcField *other = add_field (fixture, RC_FIELD_TEXT, "/work/1/name");
  GtkWidget *entry = rc_field_get_control (field);
  GtkWidget *message = gtk_widget_get_last_child (GTK_WIDGET (field));

  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_widget_get_visible (message));

  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-13");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "YYYY-MM"));
  /* what was typed is kept: the user is not done yet */
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/1/endDate"), ==, "2023-13");

  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-12");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_widget_get_visible (message));

  /* half typed is not wrong yet; leaving the field half typed is */
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-1");
  g_assert_false (gtk_widget_get_visible (message));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-1x");
  g_assert_true (gtk_widget_get_visible (message));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-1");
  g_assert_false (gtk_widget_get_visible (message));
  gtk_widget_grab_focus (rc_field_get_control (other));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  /* an emptied date leaves the file: the role becomes current */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_null (rc_document_get (fixture->document, "/work/1/endDate"));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
}

static void
test_list_field (Fixture       *fixture,
                 gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_LIST, "/skills/0/keywords");
  GtkWidget *entry = rc_field_get_control (field);
  g_autoptr(JsonNode) keywords = json_from_string ("[\"Go\", \"Rust\"]", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  int position;

  gtk_editable_set_text (GTK_EDITABLE (entry), "Go,  Python ,Kafka");
  stored = dup_array (fixture->document, "/skills/0/keywords");
  g_assert_cmpstr (stored, ==, "Go\nPython\nKafka");

  /* a trailing comma while typing the next keyword changes nothing */
  g_ptr_array_set_size (fixture->changes, 0);
  position = -1;
  gtk_editable_insert_text (GTK_EDITABLE (entry), ", ", -1, &position);
  assert_changes (fixture, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Go,  Python ,Kafka, ");

  rc_document_set (fixture->document, "/skills/0/keywords", keywords, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Go, Rust");
}

static void
test_missing_parents (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RcDocument) empty = rc_document_new ();
  GtkWidget *field = rc_field_new (RC_FIELD_TEXT, "_City", NULL);
  GtkWidget *entry;

  gtk_box_append (GTK_BOX (fixture->box), field);
  rc_field_bind (RC_FIELD (field), empty, "/basics/location/city");
  entry = rc_field_get_control (RC_FIELD (field));

  gtk_editable_set_text (GTK_EDITABLE (entry), "Lyon");
  g_assert_cmpstr (rc_document_get_string (empty, "/basics/location/city"), ==, "Lyon");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_null (rc_document_get (empty, "/basics/location/city"));

  gtk_box_remove (GTK_BOX (fixture->box), field);
}

static void
test_underlines (Fixture       *fixture,
                 gconstpointer  data)
{
  RcField *bullets = add_field (fixture, RC_FIELD_LINES, "/work/0/highlights");
  RcField *email = add_field (fixture, RC_FIELD_EMAIL, "/basics/email");
  RcField *keywords = add_field (fixture, RC_FIELD_LIST, "/skills/0/keywords");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (bullets)));
  RcFinding duty = { .rule_id = (char *) "achievement.duty-phrase", .level = RC_LEVEL_WARNING,
                     .pointer = (char *) "/work/0/highlights/3", .start = 0, .end = 15,
                     .message = (char *) "Describe a result, not a duty" };
  RcFinding whole = { .rule_id = (char *) "bullet.too-short", .level = RC_LEVEL_SUGGESTION,
                      .pointer = (char *) "/work/0/highlights/1", .start = 0, .end = 0,
                      .message = (char *) "Too short" };
  RcFinding address = { .rule_id = (char *) "contact.invalid-email", .level = RC_LEVEL_ERROR,
                        .pointer = (char *) "/basics/email", .start = 0, .end = 0,
                        .message = (char *) "Not an email" };
  RcFinding keyword = { .rule_id = (char *) "skills.no-context", .level = RC_LEVEL_WARNING,
                        .pointer = (char *) "/skills/0/keywords/1", .start = 0, .end = 0,
                        .message = (char *) "Show it in a bullet" };
  g_autoptr(GPtrArray) on_bullets = g_ptr_array_new ();
  g_autoptr(GPtrArray) on_email = g_ptr_array_new ();
  g_autoptr(GPtrArray) on_keywords = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *suggestions = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *keyword_marks = NULL;
  g_autofree char *keyword_expected = NULL;
  const char *keyword_text;
  const char *second;
  GtkTextIter line_3, line_1, line_1_end;

  g_ptr_array_add (on_bullets, &duty);
  g_ptr_array_add (on_bullets, &whole);
  rc_field_set_findings (bullets, on_bullets);
  g_ptr_array_add (on_email, &address);
  rc_field_set_findings (email, on_email);
  g_ptr_array_add (on_keywords, &keyword);
  rc_field_set_findings (keywords, on_keywords);

  /* the exact span of the bullet's finding, counted in characters from its line */
  gtk_text_buffer_get_iter_at_line (buffer, &line_3, 3);
  expected = g_strdup_printf ("%d-%d", gtk_text_iter_get_offset (&line_3),
                              gtk_text_iter_get_offset (&line_3) + 15);
  warnings = rc_field_describe_underlines (bullets, RC_LEVEL_WARNING);
  g_assert_cmpstr (warnings, ==, expected);

  /* a finding about the whole bullet underlines the whole line */
  gtk_text_buffer_get_iter_at_line (buffer, &line_1, 1);
  line_1_end = line_1;
  gtk_text_iter_forward_to_line_end (&line_1_end);
  g_free (expected);
  expected = g_strdup_printf ("%d-%d", gtk_text_iter_get_offset (&line_1),
                              gtk_text_iter_get_offset (&line_1_end));
  suggestions = rc_field_describe_underlines (bullets, RC_LEVEL_SUGGESTION);
  g_assert_cmpstr (suggestions, ==, expected);

  /* entries underline with attributes and show the level as an icon too */
  errors = rc_field_describe_underlines (email, RC_LEVEL_ERROR);
  g_free (expected);
  expected = g_strdup_printf ("0-%ld", g_utf8_strlen (rc_document_get_string (fixture->document,
                                                                              "/basics/email"), -1));
  g_assert_cmpstr (errors, ==, expected);
  g_assert_cmpstr (gtk_entry_get_icon_name (GTK_ENTRY (rc_field_get_control (email)),
                                            GTK_ENTRY_ICON_SECONDARY), ==,
                   "dialog-error-symbolic");

  /* a keyword of a comma list: the second item's own characters */
  keyword_text = gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (keywords)));
  second = rc_document_get_string (fixture->document, "/skills/0/keywords/1");
  keyword_expected = g_strdup_printf ("%ld-%ld",
                                      g_utf8_pointer_to_offset (keyword_text,
                                                                strstr (keyword_text, second)),
                                      g_utf8_pointer_to_offset (keyword_text,
                                                                strstr (keyword_text, second)) +
                                      g_utf8_strlen (second, -1));
  keyword_marks = rc_field_describe_underlines (keywords, RC_LEVEL_WARNING);
  g_assert_cmpstr (keyword_marks, ==, keyword_expected);

  /* a finding about an empty field: nothing to underline, but the icon tells */
  {
    RcField *empty = add_field (fixture, RC_FIELD_URL, "/basics/website");
    RcFinding missing = { .rule_id = (char *) "contact.missing", .level = RC_LEVEL_WARNING,
                          .pointer = (char *) "/basics/website", .start = 0, .end = 0,
                          .message = (char *) "Add a link" };
    g_autoptr(GPtrArray) on_empty = g_ptr_array_new ();
    g_autofree char *none = NULL;
    g_autofree char *tooltip = NULL;

    g_ptr_array_add (on_empty, &missing);
    rc_field_set_findings (empty, on_empty);
    none = rc_field_describe_underlines (empty, RC_LEVEL_WARNING);
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (gtk_entry_get_icon_name (GTK_ENTRY (rc_field_get_control (empty)),
                                              GTK_ENTRY_ICON_SECONDARY), ==,
                     "dialog-warning-symbolic");
    tooltip = gtk_entry_get_icon_tooltip_text (GTK_ENTRY (rc_field_get_control (empty)),
                                               GTK_ENTRY_ICON_SECONDARY);
    g_assert_cmpstr (tooltip, ==, "Warning: Add a link");
  }

  /* clearing takes every mark away */
  rc_field_set_findings (bullets, NULL);
  rc_field_set_findings (email, NULL);
  g_free (warnings);
  warnings = rc_field_describe_underlines (bullets, RC_LEVEL_WARNING);
  g_assert_cmpstr (warnings, ==, "");
  g_assert_null (gtk_entry_get_icon_name (GTK_ENTRY (rc_field_get_control (email)),
                                          GTK_ENTRY_ICON_SECONDARY));
}

static const RcFieldSpec work_fields[] = {
  { "position", RC_FIELD_TEXT, "_Position", NULL, TRUE },
  { "name", RC_FIELD_TEXT, "_Company", NULL, TRUE },
  { "highlights", RC_FIELD_LINES, "_Highlights", NULL, FALSE },
  { NULL }
};

static const RcEntrySpec work_spec = {
  { "position", "name" }, "New position", "startDate", "endDate",
  "_Add Position", "Remove Position", FALSE, work_fields,
};

static void
on_entry_removed_cb (RcSectionEditor *editor,
                     const char      *array_pointer,
                     guint            index,
                     JsonNode        *item,
                     const char      *title,
                     JsonNode       **removed)
{
  g_assert_cmpstr (array_pointer, ==, "/work");
  g_assert_cmpuint (index, ==, 1);
  g_assert_nonnull (title);
  *removed = json_node_copy (item);
}

static const char *
entry_text (RcSectionEditor *editor,
            guint            index,
            guint            field)
{
  RcEntryEditor *entry = g_ptr_array_index (rc_section_editor_get_entries (editor), index);
  RcField *position = g_ptr_array_index (rc_entry_editor_get_fields (entry), field);

  return gtk_editable_get_text (GTK_EDITABLE (rc_field_get_control (position)));
}

static void
test_section_add_move_remove (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *widget = rc_section_editor_new (&work_spec, "No positions yet.");
  RcSectionEditor *editor = RC_SECTION_EDITOR (widget);
  GPtrArray *entries = rc_section_editor_get_entries (editor);
  g_autoptr(JsonNode) removed = NULL;
  g_autoptr(RcDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  RcEntryEditor *added, *moved;
  RcField *position;
  g_autofree char *first_company = NULL;
  g_autofree char *inserted = NULL;
  g_autofree char *new_position = NULL;
  guint length = rc_document_get_length (fixture->document, "/work");

  gtk_box_append (GTK_BOX (fixture->box), widget);
  rc_section_editor_bind (editor, fixture->document, "/work");
  g_ptr_array_add (fixture->editors, widget);
  g_signal_connect (widget, "entry-removed", G_CALLBACK (on_entry_removed_cb), &removed);
  rc_ui_test_iterate ();

  g_assert_cmpuint (entries->len, ==, length);
  first_company = g_strdup (entry_text (editor, 0, 1));
  g_assert_cmpstr (first_company, ==, rc_document_get_string (fixture->document, "/work/0/name"));

  /* add: a new card at the end, its first field focused */
  rc_section_editor_add_entry (editor);
  inserted = g_strdup_printf ("insert /work/%u", length);
  assert_changes (fixture, inserted);
  g_assert_cmpuint (entries->len, ==, length + 1);
  added = g_ptr_array_index (entries, length);
  position = g_ptr_array_index (rc_entry_editor_get_fields (added), 0);
  gtk_editable_set_text (GTK_EDITABLE (rc_field_get_control (position)), "Platform Engineer");
  new_position = g_strdup_printf ("/work/%u/position", length);
  g_assert_cmpstr (rc_document_get_string (fixture->document, new_position), ==,
                   "Platform Engineer");

  /* move it to the top with its Move Up button, one step at a time */
  for (guint i = length; i > 0; i--)
    g_signal_emit_by_name (g_ptr_array_index (entries, i), "move-requested", -1);
  moved = g_ptr_array_index (entries, 0);
  g_assert_true (moved == added);
  g_assert_cmpstr (rc_entry_editor_get_pointer (moved), ==, "/work/0");
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/0/position"), ==,
                   "Platform Engineer");
  g_assert_cmpstr (entry_text (editor, 1, 1), ==, first_company);

  /* remove the job now second: the editor hands back what it removed, for Undo */
  g_signal_emit_by_name (g_ptr_array_index (entries, 1), "remove-requested");
  g_assert_nonnull (removed);
  g_assert_cmpuint (entries->len, ==, length);
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/work/1/name"), !=, first_company);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/%u", i);

      g_assert_cmpstr (rc_entry_editor_get_pointer (g_ptr_array_index (entries, i)), ==, pointer);
    }

  /* undo puts it back where it was */
  rc_document_insert (fixture->document, "/work", 1, removed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entry_text (editor, 1, 1), ==, first_company);

  /* what is saved is what the editor shows */
  dir = g_dir_make_tmp ("rc-editors-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "resume.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (rc_document_save (fixture->document, file, NULL, &error));
  g_assert_no_error (error);
  reopened = rc_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rc_document_get_length (reopened, "/work"), ==, length + 1);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/work/%u/position", i);

      g_assert_cmpstr (rc_document_get_string (reopened, pointer), ==, entry_text (editor, i, 0));
    }
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* Tab goes through a card's fields before its Move and Remove buttons, and back again */
static void
test_entry_tab_order (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *widget = rc_section_editor_new (&work_spec, "No positions yet.");
  RcSectionEditor *editor = RC_SECTION_EDITOR (widget);
  RcEntryEditor *entry;
  GPtrArray *fields;
  g_autoptr(GPtrArray) visited = g_ptr_array_new ();
  GtkWidget *first, *last, *focus;
  guint last_field = 0, first_button = G_MAXUINT;

  gtk_box_append (GTK_BOX (fixture->box), widget);
  rc_section_editor_bind (editor, fixture->document, "/work");
  g_ptr_array_add (fixture->editors, widget);
  rc_ui_test_iterate ();

  entry = g_ptr_array_index (rc_section_editor_get_entries (editor), 1);
  fields = rc_entry_editor_get_fields (entry);
  first = rc_field_get_control (g_ptr_array_index (fields, 0));
  last = rc_field_get_control (g_ptr_array_index (fields, fields->len - 1));

  while (gtk_widget_child_focus (GTK_WIDGET (entry), GTK_DIR_TAB_FORWARD))
    {
      focus = gtk_window_get_focus (fixture->window);
      g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
      g_ptr_array_add (visited, focus);
      if (focus == last || gtk_widget_is_ancestor (focus, last))
        last_field = visited->len - 1;
      if (GTK_IS_BUTTON (focus) && first_button == G_MAXUINT)
        first_button = visited->len - 1;
      g_assert_cmpuint (visited->len, <, 40);
    }

  /* the first stop is the first field; up, down and remove come after the bullets */
  focus = g_ptr_array_index (visited, 0);
  g_assert_true (focus == first || gtk_widget_is_ancestor (focus, first));
  g_assert_cmpuint (first_button, !=, G_MAXUINT);
  g_assert_cmpuint (last_field, <, first_button);
  g_assert_cmpuint (visited->len, ==, first_button + 3);

  /* Shift+Tab from the first button goes back to the last field */
  gtk_widget_grab_focus (g_ptr_array_index (visited, first_button));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (entry), GTK_DIR_TAB_BACKWARD));
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (focus == last || gtk_widget_is_ancestor (focus, last));
}

/* An edit typed in a field is written to the document and not back into the field: the text
 * holds one edit, the cursor stays where the typing left it and one undo takes it back */
static void
on_text_inserted_cb (GtkEditable *editable,
                     const char  *text,
                     int          length,
                     int         *position,
                     guint       *count)
{
  (*count)++;
}

static void
on_text_deleted_cb (GtkEditable *editable,
                    int          start,
                    int          end,
                    guint       *count)
{
  (*count)++;
}

static void
on_buffer_inserted_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *iter,
                       const char    *text,
                       int            length,
                       guint         *count)
{
  (*count)++;
}

static void
on_buffer_deleted_cb (GtkTextBuffer *buffer,
                      GtkTextIter   *start,
                      GtkTextIter   *end,
                      guint         *count)
{
  (*count)++;
}

static void
test_no_echo_entry (Fixture       *fixture,
                    gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_TEXT, "/basics/label");
  GtkEditable *editable = GTK_EDITABLE (rc_field_get_control (field));
  GtkEditable *text = gtk_editable_get_delegate (editable);
  g_autofree char *before = g_strdup (gtk_editable_get_text (editable));
  g_autofree char *expected = g_strconcat (before, " II", NULL);
  int position = (int) g_utf8_strlen (before, -1);
  guint inserts = 0, deletes = 0;

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_set_position (editable, position);
  g_signal_connect (text, "insert-text", G_CALLBACK (on_text_inserted_cb), &inserts);
  g_signal_connect (text, "delete-text", G_CALLBACK (on_text_deleted_cb), &deletes);

  gtk_editable_insert_text (editable, " II", -1, &position);
  gtk_editable_set_position (editable, position);
  rc_ui_test_iterate ();

  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/label"), ==, expected);
  assert_changes (fixture, "set /basics/label");
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, expected);
  g_assert_cmpuint (inserts, ==, 1);
  g_assert_cmpuint (deletes, ==, 0);
  g_assert_cmpint (gtk_editable_get_position (editable), ==, position);
  g_signal_handlers_disconnect_by_data (text, &inserts);
  g_signal_handlers_disconnect_by_data (text, &deletes);
}

static void
test_no_echo_text_view (Fixture       *fixture,
                        gconstpointer  data)
{
  RcField *field = add_field (fixture, RC_FIELD_PARAGRAPH, "/basics/summary");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  g_autofree char *before = dup_buffer_text (buffer);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  GtkTextIter iter;
  guint inserts = 0, deletes = 0;

  g_signal_connect (buffer, "insert-text", G_CALLBACK (on_buffer_inserted_cb), &inserts);
  g_signal_connect (buffer, "delete-range", G_CALLBACK (on_buffer_deleted_cb), &deletes);

  /* typed after the fifth character, as a keyboard would */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 5);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "really ", -1, TRUE);
  rc_ui_test_iterate ();

  after = dup_buffer_text (buffer);
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/summary"), ==, after);
  assert_changes (fixture, "set /basics/summary");
  g_assert_cmpuint (inserts, ==, 1);
  g_assert_cmpuint (deletes, ==, 0);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, 5 + (int) strlen ("really "));
  g_signal_handlers_disconnect_by_data (buffer, &inserts);
  g_signal_handlers_disconnect_by_data (buffer, &deletes);

  /* one undo step restores the text, in the field and the document */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  rc_ui_test_iterate ();
  undone = dup_buffer_text (buffer);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (rc_document_get_string (fixture->document, "/basics/summary"), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  rc_ui_test_init (&argc, &argv);
  g_assert_nonnull (rc_ui_get_resource ());

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/editors/bullets/typing", test_bullets_typing);
  ADD ("/ui/editors/bullets/external-change", test_bullets_external_change);
  ADD ("/ui/editors/bullets/move", test_bullets_move);
  ADD ("/ui/editors/undo/entry", test_entry_undo);
  ADD ("/ui/editors/undo/text-view", test_text_view_undo);
  ADD ("/ui/editors/undo/paragraph", test_paragraph);
  ADD ("/ui/editors/date-validation", test_date_validation);
  ADD ("/ui/editors/list-field", test_list_field);
  ADD ("/ui/editors/missing-parents", test_missing_parents);
  ADD ("/ui/editors/underlines", test_underlines);
  ADD ("/ui/editors/section/add-move-remove", test_section_add_move_remove);
  ADD ("/ui/editors/entry/tab-order", test_entry_tab_order);
  ADD ("/ui/editors/no-echo/entry", test_no_echo_entry);
  ADD ("/ui/editors/no-echo/text-view", test_no_echo_text_view);

  return g_test_run ();
}
