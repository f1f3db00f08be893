/* test-window-preview.c — the live preview, the template and paper, the names Export proposes
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-field.h"
#include "rc-page-count.h"
#include "rc-pdf.h"
#include "rc-preview.h"
#include "rc-window-test-util.h"

#define MENTOR_BULLET "/work/0/highlights/4"

static gboolean
has_two_pages (gpointer data)
{
  return rc_preview_get_n_pages (data) == 2;
}

/* the next frame makes room for every page and its number */
static gboolean
pages_fit (gpointer data)
{
  graphene_rect_t last;

  g_assert_true (rc_preview_get_page_area (data, rc_preview_get_n_pages (data) - 1, &last, NULL));
  return gtk_widget_get_height (rc_preview_get_pages (data)) >=
         last.origin.y + last.size.height + 20;
}

static void
test_page_count (RcWindowFixture *fixture,
                 gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcPreview *preview = rc_window_test_show_preview (window);
  g_autofree char *score = NULL;
  graphene_rect_t first, second;

  /* the sample fits on one page, as the rules count it */
  rc_window_test_wait_for_pages (preview);
  g_assert_cmpuint (rc_preview_get_n_pages (preview), ==, 1);
  g_assert_cmpuint (rc_page_count (document), ==, 1);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "1 page"));
  /* the score stays in sight over the preview */
  score = g_strdup_printf ("Score %u", rc_report_get_score (rc_window_get_report (window)));
  g_assert_true (rc_ui_test_is_shown (rc_ui_test_find_label (GTK_WIDGET (window), score),
                                      GTK_WIDGET (window)));

  /* twenty more bullets: the keystroke does not lay the pages out, the idle after it does */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(JsonNode) bullet = json_node_init_string (json_node_alloc (),
                                                          "Cut the p99 latency of the carrier "
                                                          "rates API from 850 ms to 190 ms with "
                                                          "PostgreSQL indexes and a Redis cache.");
      g_autoptr(GError) error = NULL;

      g_assert_true (rc_document_insert (document, "/work/0/highlights", -1, bullet, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (rc_preview_get_n_pages (preview), ==, 1);
  rc_ui_test_wait_until (has_two_pages, preview);

  g_assert_cmpuint (rc_page_count (document), ==, 2);
  g_assert_false (rc_report_get_pages_pending (rc_window_get_report (window)));
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "2 pages"));

  /* page after page, with room between them for the page number */
  g_assert_true (rc_preview_get_page_area (preview, 0, &first, NULL));
  g_assert_true (rc_preview_get_page_area (preview, 1, &second, NULL));
  g_assert_false (rc_preview_get_page_area (preview, 2, &second, NULL));
  g_assert_true (rc_preview_get_page_area (preview, 1, &second, NULL));
  g_assert_cmpfloat (second.origin.y, >, first.origin.y + first.size.height + 20);
  g_assert_cmpfloat (first.size.width, <=, gtk_widget_get_width (rc_preview_get_pages (preview)));
  rc_ui_test_wait_until (pages_fit, preview);
}

/* Where the PDF layout prints @pointer on page 0, in points: found with a layout of our own */
static gboolean
find_block_point (RcDocument *document,
                  const char *pointer,
                  double     *x,
                  double     *y)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = rc_resume_blocks (document);
  double width, height;

  rc_pdf_layout_set_template (layout, rc_coach_state_get_template (document));
  rc_pdf_layout_set_paper (layout, rc_coach_state_get_paper (document));
  rc_pdf_layout_paginate (layout, blocks);
  rc_pdf_layout_get_page_size (layout, &width, &height);
  for (double at = 0; at < height; at += 1)
    {
      guint index = rc_pdf_layout_find_block (layout, 0, width / 3, at);

      if (index < blocks->len &&
          g_strcmp0 (((RcBlock *) g_ptr_array_index (blocks, index))->pointer, pointer) == 0)
        {
          *x = width / 3;
          *y = at + 2;
          return TRUE;
        }
    }
  return FALSE;
}

static void
click (GtkWidget *widget,
       double     x,
       double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_click_reveals_field (RcWindowFixture *fixture,
                          gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcPreview *preview = rc_window_test_show_preview (window);
  GtkWidget *pages = rc_preview_get_pages (preview);
  RcField *field = rc_window_lookup_field (window, MENTOR_BULLET);
  GtkWidget *view = rc_field_get_control (field);
  graphene_rect_t page;
  double x = 0, y = 0, scale = 1;

  rc_window_test_wait_for_pages (preview);
  rc_window_select_section (window, RC_PAGE_CONTACT);
  g_assert_true (find_block_point (document, MENTOR_BULLET, &x, &y));
  g_assert_true (rc_preview_get_page_area (preview, 0, &page, &scale));

  /* the margin beside the page is no line */
  click (pages, 2, page.origin.y + y * scale);
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_has_focus (pages));

  /* the bullet's line on the page: its field, in the Experience section, takes the focus */
  click (pages, page.origin.x + x * scale, page.origin.y + y * scale);
  rc_ui_test_iterate ();
  g_assert_true (gtk_widget_is_ancestor (view, gtk_stack_get_visible_child (
    GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (field), GTK_TYPE_STACK)))));
  g_assert_true (gtk_widget_has_focus (view));
  /* and the preview stays in view beside it */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (preview)));
}

static void
test_template_and_paper (RcWindowFixture *fixture,
                         gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  RcPreview *preview = rc_window_test_show_preview (window);
  g_autofree char *paper = NULL;
  g_autofree char *template_ = NULL;

  rc_window_test_wait_for_pages (preview);
  g_assert_true (rc_window_test_is_a4 (preview));
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "Classic"));
  g_assert_null (rc_document_get_string (document, "/meta/resumeCoach/paper"));

  /* US Letter, as the paper menu chooses it: the resume keeps it, the page follows */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paper", "s", "letter"));
  g_assert_cmpstr (rc_document_get_string (document, "/meta/resumeCoach/paper"), ==, "letter");
  g_assert_true (rc_document_get_modified (document));
  paper = rc_window_test_dup_string (window, "paper");
  g_assert_cmpstr (paper, ==, "letter");
  rc_ui_test_wait_until (rc_window_test_is_letter, preview);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "US Letter"));

  /* Undo: the resume chooses no paper again, and prints on the default */
  rc_window_test_click_toast_undo (window);
  g_assert_null (rc_document_get_string (document, "/meta/resumeCoach/paper"));
  g_clear_pointer (&paper, g_free);
  paper = rc_window_test_dup_string (window, "paper");
  g_assert_cmpstr (paper, ==, "a4");
  rc_ui_test_wait_until (rc_window_test_is_a4, preview);

  /* two templates in a row: Undo goes back to the first, not to none */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.template", "s",
                                             "compact"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.template", "s",
                                             "modern"));
  g_assert_cmpstr (rc_document_get_string (document, "/meta/resumeCoach/template"), ==,
                   "modern");
  rc_ui_test_iterate ();
  rc_ui_test_wait_until (rc_window_test_has_pages, preview);
  g_assert_nonnull (rc_ui_test_find_label (GTK_WIDGET (preview), "Modern"));
  rc_window_test_click_toast_undo (window);
  g_assert_cmpstr (rc_document_get_string (document, "/meta/resumeCoach/template"), ==,
                   "compact");
  template_ = rc_window_test_dup_string (window, "template");
  g_assert_cmpstr (template_, ==, "compact");
  g_assert_cmpint (rc_coach_state_get_template (document), ==, RC_PDF_TEMPLATE_COMPACT);
}

/* The name and the filter the export dialog proposes for @format, then the dialog closed */
static char *
dup_proposed_name (RcWindow   *window,
                   const char *format,
                   char      **filter_name)
{
  GtkWindow *chooser;
  char *name;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", format));
  rc_ui_test_iterate ();
  chooser = rc_window_test_find_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  if (filter_name != NULL)
    *filter_name = g_strdup (gtk_file_filter_get_name (
      gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser))));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  rc_ui_test_iterate ();
  g_assert_null (rc_window_test_find_file_chooser ());
  return name;
}

static void
test_export_name (RcWindowFixture *fixture,
                  gconstpointer    data)
{
  static const struct
  {
    const char *format;
    const char *name;
    const char *filter;
  } formats[] = {
    { "pdf", "Elena Marsh Resume.pdf", "PDF document" },
    { "docx", "Elena Marsh Resume.docx", "Word document (.docx)" },
    { "odt", "Elena Marsh Resume.odt", "OpenDocument text (.odt)" },
    { "text", "Elena Marsh Resume.txt", "Plain text" },
  };
  RcWindow *window = fixture->window;
  RcDocument *document = rc_window_get_document (window);
  g_autofree char *saved = g_build_filename (fixture->dir, "resume-v3-final.json", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GError) error = NULL;
  char *name;

  /* the working file's name is the user's, not the recruiter's (the dialog opens in its
   * folder: GTK's chooser cannot list the test's "Recent") */
  g_assert_true (rc_document_save (document, saved_file, NULL, &error));
  g_assert_no_error (error);
  rc_window_test_open_and_wait (window, saved_file);
  document = rc_window_get_document (window);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *filter = NULL;

      name = dup_proposed_name (window, formats[i].format, &filter);
      g_assert_cmpstr (name, ==, formats[i].name);
      g_assert_cmpstr (filter, ==, formats[i].filter);
      g_free (name);
    }

  /* what a file system refuses goes; no name, no stem */
  g_assert_true (rc_document_set_string (document, "/basics/name", " Ann / O’Neil:\tJr. ",
                                         &error));
  g_assert_no_error (error);
  name = dup_proposed_name (window, "pdf", NULL);
  g_assert_cmpstr (name, ==, "Ann O’Neil Jr Resume.pdf");
  g_free (name);
  g_assert_true (rc_document_set_string (document, "/basics/name", "../..", &error));
  name = dup_proposed_name (window, "pdf", NULL);
  g_assert_cmpstr (name, ==, "Resume.pdf");
  g_free (name);
}

static void
test_keyboard (RcWindowFixture *fixture,
               gconstpointer    data)
{
  RcWindow *window = fixture->window;
  RcPreview *preview = rc_window_test_show_preview (window);
  GtkWidget *pages = rc_preview_get_pages (preview);

  /* the shortcut's action shows the pages and puts the focus on them */
  rc_window_test_wait_for_pages (preview);
  g_assert_true (gtk_widget_get_focusable (pages));
  g_assert_true (gtk_widget_has_focus (pages));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (pages)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  /* and again: the feedback, with the score the panel shows */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (preview)));
}

int
main (int   argc,
      char *argv[])
{
  rc_window_test_init (&argc, &argv);

  rc_window_test_add ("/ui/preview/page-count", test_page_count);
  rc_window_test_add ("/ui/preview/click-reveals-field", test_click_reveals_field);
  rc_window_test_add ("/ui/preview/template-and-paper", test_template_and_paper);
  rc_window_test_add ("/ui/preview/export-name", test_export_name);
  rc_window_test_add ("/ui/preview/keyboard", test_keyboard);

  return rc_window_test_run ();
}
