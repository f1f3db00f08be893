/* rc-preview.c — the resume's pages as the PDF export prints them, redrawn after each edit
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rc-blocks.h"
#include "rc-coach-state.h"
#include "rc-entry-editor.h"
#include "rc-preview.h"

#define PAGE_PADDING  24.0  /* the backdrop around the pages */
#define PAGE_LABEL    30.0  /* the room under a page for its number */
#define PAGE_GAP      10.0  /* between a page's number and the next page */
#define MAX_SCALE     1.25  /* pixels per point: a wide panel does not blow the page up */
#define SHADOW_LAYERS 4

struct _RcPreview
{
  GtkWidget     parent_instance;

  GtkWidget    *content;
  GtkWidget    *template_button;
  GtkWidget    *paper_button;
  GtkWidget    *pages_label;
  GtkWidget    *scroller;
  GtkWidget    *area;

  RcDocument   *document;
  GSignalGroup *document_signals;
  RcPdfLayout  *layout;
  RcBlocksMemo *memo;
  GPtrArray    *blocks;        /* (transfer none): the memo's, until the next layout */
  guint         n_pages;
  guint         layout_source;
  gboolean      dirty;         /* changed while hidden: laid out again once shown */
};

G_DEFINE_FINAL_TYPE (RcPreview, rc_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_N_PAGES,
  N_PROPS
};

enum {
  REVEAL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

const char *
rc_preview_get_template_name (RcPdfTemplate template_)
{
  switch (template_)
    {
    case RC_PDF_TEMPLATE_COMPACT: return _("Compact");
    case RC_PDF_TEMPLATE_MODERN: return _("Modern");
    case RC_PDF_TEMPLATE_CLASSIC:
    default: return _("Classic");
    }
}

const char *
rc_preview_get_paper_name (RcPdfPaper paper)
{
  return paper == RC_PDF_PAPER_LETTER ? _("US Letter") : _("A4");
}

/* ------------------------------------------------------------------------------------------ */
/* Geometry                                                                                    */

static double
get_scale (RcPreview *self,
           int        width)
{
  double page_width, page_height;

  rc_pdf_layout_get_page_size (self->layout, &page_width, &page_height);
  return CLAMP ((width - 2 * PAGE_PADDING) / page_width, 0.1, MAX_SCALE);
}

static int
get_content_height (RcPreview *self,
                    int        width)
{
  double page_width, page_height, scale = get_scale (self, width);

  if (self->n_pages == 0)
    return 0;
  rc_pdf_layout_get_page_size (self->layout, &page_width, &page_height);
  return (int) ceil (2 * PAGE_PADDING + self->n_pages * (page_height * scale + PAGE_LABEL) +
                     (self->n_pages - 1) * PAGE_GAP);
}

gboolean
rc_preview_get_page_area (RcPreview       *self,
                          guint            page,
                          graphene_rect_t *area,
                          double          *scale)
{
  int width = gtk_widget_get_width (self->area);
  double page_width, page_height, s;

  g_return_val_if_fail (RC_IS_PREVIEW (self), FALSE);

  if (page >= self->n_pages)
    return FALSE;
  s = get_scale (self, width);
  rc_pdf_layout_get_page_size (self->layout, &page_width, &page_height);
  graphene_rect_init (area, (float) MAX (0, (width - page_width * s) / 2),
                      (float) (PAGE_PADDING + page * (page_height * s + PAGE_LABEL + PAGE_GAP)),
                      (float) (page_width * s), (float) (page_height * s));
  if (scale != NULL)
    *scale = s;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing                                                                                     */

static void
draw_shadow (cairo_t               *cr,
             const graphene_rect_t *page)
{
  /* a soft shadow: a few widening, fading outlines, a little lower than the page */
  for (int i = SHADOW_LAYERS; i > 0; i--)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, 0.05);
      cairo_rectangle (cr, page->origin.x - i, page->origin.y - i + 1.5,
                       page->size.width + 2 * i, page->size.height + 2 * i);
      cairo_fill (cr);
    }
}

static void
draw_page_number (RcPreview             *self,
                  cairo_t               *cr,
                  const graphene_rect_t *page,
                  guint                  index)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  GdkRGBA color;
  int width, height;

  /* TRANSLATORS: under each page of the preview */
  text = g_strdup_printf (_("Page %u of %u"), index + 1, self->n_pages);
  layout = gtk_widget_create_pango_layout (self->area, text);
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_style_context_get_color (gtk_widget_get_style_context (self->area), &color);
  color.alpha *= 0.7f;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_move_to (cr, page->origin.x + (page->size.width - width) / 2,
                 page->origin.y + page->size.height + (PAGE_LABEL - height) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_pages_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  RcPreview *self = data;
  double clip_x1, clip_y1, clip_x2, clip_y2;

  if (self->blocks == NULL)
    return;
  cairo_clip_extents (cr, &clip_x1, &clip_y1, &clip_x2, &clip_y2);
  for (guint i = 0; i < self->n_pages; i++)
    {
      graphene_rect_t page;
      double scale;

      rc_preview_get_page_area (self, i, &page, &scale);
      if (page.origin.y > clip_y2 || page.origin.y + page.size.height + PAGE_LABEL < clip_y1)
        continue;

      draw_shadow (cr, &page);
      cairo_save (cr);
      cairo_rectangle (cr, page.origin.x, page.origin.y, page.size.width, page.size.height);
      cairo_clip (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, page.origin.x, page.origin.y);
      cairo_scale (cr, scale, scale);
      rc_pdf_layout_draw_page (self->layout, self->blocks, i, cr);
      cairo_restore (cr);
      draw_page_number (self, cr, &page, i);
    }
}

/* The pages' height follows the width they are scaled to: set before the pages are allocated
 * that width (the drawing area has no height-for-width of its own) */
static void
update_content_height (RcPreview *self,
                       int        width)
{
  int height = get_content_height (self, width);

  if (gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (self->area)) != height)
    gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), height);
}

/* ------------------------------------------------------------------------------------------ */
/* Layout                                                                                      */

static void
update_labels (RcPreview *self)
{
  g_autofree char *pages = NULL;
  g_autofree char *description = NULL;
  RcPdfTemplate template_ = rc_pdf_layout_get_template (self->layout);
  RcPdfPaper paper = rc_pdf_layout_get_paper (self->layout);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->template_button),
                             rc_preview_get_template_name (template_));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->paper_button),
                             rc_preview_get_paper_name (paper));
  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", self->n_pages),
                           self->n_pages);
  gtk_label_set_text (GTK_LABEL (self->pages_label), pages);

  /* TRANSLATORS: what a screen reader says of the preview: pages, template, paper */
  description = g_strdup_printf (_("Preview of the resume: %s, %s, %s"), pages,
                                 rc_preview_get_template_name (template_),
                                 rc_preview_get_paper_name (paper));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Click a line to edit it"), -1);
}

static void
lay_out (RcPreview *self)
{
  guint n_pages = 0;
  gboolean changed;

  g_clear_handle_id (&self->layout_source, g_source_remove);
  self->dirty = FALSE;
  self->blocks = NULL;
  if (self->document != NULL)
    {
      rc_pdf_layout_set_template (self->layout, rc_coach_state_get_template (self->document));
      rc_pdf_layout_set_paper (self->layout, rc_coach_state_get_paper (self->document));
      self->blocks = rc_blocks_memo_update (self->memo, self->document);
      n_pages = rc_pdf_layout_paginate (self->layout, self->blocks);
    }

  changed = n_pages != self->n_pages;
  self->n_pages = n_pages;
  update_labels (self);
  update_content_height (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gtk_widget_queue_draw (self->area);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

static gboolean
on_layout_idle_cb (gpointer data)
{
  RcPreview *self = data;

  self->layout_source = 0;
  lay_out (self);
  return G_SOURCE_REMOVE;
}

static void
queue_layout (RcPreview *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  /* after the checker's page count (G_PRIORITY_DEFAULT_IDLE), and never before a frame: the
   * keystroke budget */
  if (self->layout_source == 0)
    self->layout_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, on_layout_idle_cb,
                                           self, NULL);
}

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcPreview    *self)
{
  /* of meta, only the template and paper print */
  if (rc_pointer_is_within (pointer, "/meta") &&
      !rc_pointer_is_within (pointer, "/meta/resumeCoach/template") &&
      !rc_pointer_is_within (pointer, "/meta/resumeCoach/paper") &&
      !rc_pointer_is_within ("/meta/resumeCoach", pointer))
    return;
  queue_layout (self);
}

void
rc_preview_refresh (RcPreview *self)
{
  g_return_if_fail (RC_IS_PREVIEW (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    lay_out (self);
  else
    self->dirty = TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Input                                                                                       */

static void
on_area_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    RcPreview       *self)
{
  gtk_widget_grab_focus (self->area);
  for (guint i = 0; i < self->n_pages && self->blocks != NULL; i++)
    {
      graphene_rect_t page;
      double scale;
      guint index;
      const RcBlock *block;

      rc_preview_get_page_area (self, i, &page, &scale);
      if (!graphene_rect_contains_point (&page, &GRAPHENE_POINT_INIT ((float) x, (float) y)))
        continue;
      index = rc_pdf_layout_find_block (self->layout, i, (x - page.origin.x) / scale,
                                        (y - page.origin.y) / scale);
      if (index >= self->blocks->len)
        return;
      block = g_ptr_array_index (self->blocks, index);
      if (block->pointer != NULL && *block->pointer != '\0')
        g_signal_emit (self, signals[REVEAL], 0, block->pointer);
      return;
    }
}

/* The arrows and page keys scroll the pages, as in a document viewer */
static gboolean
on_area_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        RcPreview             *self)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double value = gtk_adjustment_get_value (adjustment);
  double step = 40, page = gtk_adjustment_get_page_size (adjustment) * 0.9;

  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: value -= step; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: value += step; break;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: value -= page; break;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: case GDK_KEY_space: value += page; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home: value = 0; break;
    case GDK_KEY_End: case GDK_KEY_KP_End: value = gtk_adjustment_get_upper (adjustment); break;
    default: return FALSE;
    }
  gtk_adjustment_set_value (adjustment, value);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                     */

void
rc_preview_set_document (RcPreview  *self,
                         RcDocument *document)
{
  g_return_if_fail (RC_IS_PREVIEW (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  /* another resume: none of the last one's blocks to keep */
  self->blocks = NULL;
  g_clear_pointer (&self->memo, rc_blocks_memo_free);
  self->memo = rc_blocks_memo_new ();
  queue_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RcDocument *
rc_preview_get_document (RcPreview *self)
{
  g_return_val_if_fail (RC_IS_PREVIEW (self), NULL);

  return self->document;
}

guint
rc_preview_get_n_pages (RcPreview *self)
{
  g_return_val_if_fail (RC_IS_PREVIEW (self), 0);

  return self->n_pages;
}

GtkWidget *
rc_preview_get_pages (RcPreview *self)
{
  g_return_val_if_fail (RC_IS_PREVIEW (self), NULL);

  return self->area;
}

static void
rc_preview_map (GtkWidget *widget)
{
  RcPreview *self = RC_PREVIEW (widget);

  GTK_WIDGET_CLASS (rc_preview_parent_class)->map (widget);
  if (self->dirty)
    {
      self->dirty = FALSE;
      queue_layout (self);
    }
}

static void
rc_preview_unmap (GtkWidget *widget)
{
  RcPreview *self = RC_PREVIEW (widget);

  if (self->layout_source != 0)
    {
      g_clear_handle_id (&self->layout_source, g_source_remove);
      self->dirty = TRUE;
    }
  GTK_WIDGET_CLASS (rc_preview_parent_class)->unmap (widget);
}

static void
rc_preview_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  RcPreview *self = RC_PREVIEW (widget);

  gtk_widget_measure (self->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
rc_preview_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  RcPreview *self = RC_PREVIEW (widget);

  /* the pages are as wide as the preview: the scroller and its viewport add no border */
  update_content_height (self, width);
  gtk_widget_allocate (self->content, width, height, baseline, NULL);
}

static void
rc_preview_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RcPreview *self = RC_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_preview_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RcPreview *self = RC_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rc_preview_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_preview_dispose (GObject *object)
{
  RcPreview *self = RC_PREVIEW (object);

  g_clear_handle_id (&self->layout_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_PREVIEW);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  self->blocks = NULL;
  g_clear_pointer (&self->memo, rc_blocks_memo_free);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (rc_preview_parent_class)->dispose (object);
}

static void
rc_preview_class_init (RcPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_preview_dispose;
  object_class->get_property = rc_preview_get_property;
  object_class->set_property = rc_preview_set_property;
  widget_class->map = rc_preview_map;
  widget_class->measure = rc_preview_measure;
  widget_class->size_allocate = rc_preview_size_allocate;
  widget_class->unmap = rc_preview_unmap;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* RcPreview::reveal: (pointer) a line was clicked: show its field */
  signals[REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "rc-preview");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resumecoach/ResumeCoach/rc-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, RcPreview, content);
  gtk_widget_class_bind_template_child (widget_class, RcPreview, template_button);
  gtk_widget_class_bind_template_child (widget_class, RcPreview, paper_button);
  gtk_widget_class_bind_template_child (widget_class, RcPreview, pages_label);
  gtk_widget_class_bind_template_child (widget_class, RcPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcPreview, area);
  gtk_widget_class_bind_template_callback (widget_class, on_area_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_area_key_pressed_cb);
}

static void
rc_preview_init (RcPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->layout = rc_pdf_layout_new ();
  self->memo = rc_blocks_memo_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_pages_cb, self, NULL);
  gtk_widget_set_cursor_from_name (self->area, "pointer");
  self->document_signals = g_signal_group_new (RC_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (on_document_changed_cb), self, G_CONNECT_DEFAULT);
  update_labels (self);
}

RcPreview *
rc_preview_new (void)
{
  return g_object_new (RC_TYPE_PREVIEW, NULL);
}
