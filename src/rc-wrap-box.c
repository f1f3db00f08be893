/* rc-wrap-box.c — children side by side, wrapping to new lines like words
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-wrap-box.h"

/* GtkFlowBox lines its children up in columns; chips read better packed like words */

struct _RcWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  int       line_spacing;
};

static void rc_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcWrapBox, rc_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, rc_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lays the children out in @width; returns the height used. With @allocate, places them. */
static int
layout (RcWrapBox *self,
        int        width,
        gboolean   allocate)
{
  GtkWidget *line_start = NULL;
  int x = 0;
  int y = 0;
  int line_height = 0;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       ;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width = 0;
      int child_height = 0;
      gboolean wraps = FALSE;

      if (child != NULL)
        {
          int min_width;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &child_width, NULL, NULL);
          child_width = MIN (child_width, MAX (width, min_width));
          wraps = line_start != NULL && x + child_width > width;
        }

      /* Place the finished line */
      if (child == NULL || wraps)
        {
          int line_x = 0;

          for (GtkWidget *placed = line_start;
               allocate && placed != NULL && placed != child;
               placed = gtk_widget_get_next_sibling (placed))
            {
              GtkAllocation allocation;
              int min_width;
              int nat_width;

              if (!gtk_widget_should_layout (placed))
                continue;
              gtk_widget_measure (placed, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
              allocation.width = MIN (nat_width, MAX (width, min_width));
              allocation.height = line_height;
              allocation.x = rtl ? width - line_x - allocation.width : line_x;
              allocation.y = y;
              gtk_widget_size_allocate (placed, &allocation, -1);
              line_x += allocation.width + self->spacing;
            }

          if (line_start != NULL)
            y += line_height + self->line_spacing;
          line_start = child;
          x = 0;
          line_height = 0;
        }

      if (child == NULL)
        break;

      if (line_start == NULL)
        line_start = child;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      line_height = MAX (line_height, child_height);
      x += child_width + self->spacing;
    }

  return y > 0 ? y - self->line_spacing : 0;
}

static GtkSizeRequestMode
rc_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rc_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  RcWrapBox *self = RC_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0;
      int nat = 0;
      guint n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min;
          int child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat;
          n++;
        }
      *minimum = min;
      *natural = n > 0 ? nat + (int) (n - 1) * self->spacing : 0;
    }
  else
    {
      int width = for_size;

      if (width < 0)
        {
          int ignored;

          rc_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1,
                               &ignored, &width, &ignored, &ignored);
        }
      *minimum = *natural = layout (self, width, FALSE);
    }
}

static void
rc_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  layout (RC_WRAP_BOX (widget), width, TRUE);
}

static void
rc_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (type == NULL && GTK_IS_WIDGET (child))
    rc_wrap_box_append (RC_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
rc_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = rc_wrap_box_buildable_add_child;
}

static void
rc_wrap_box_dispose (GObject *object)
{
  rc_wrap_box_remove_all (RC_WRAP_BOX (object));

  G_OBJECT_CLASS (rc_wrap_box_parent_class)->dispose (object);
}

static void
rc_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RcWrapBox *self = RC_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RcWrapBox *self = RC_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;
    case PROP_LINE_SPACING:
      field = &self->line_spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
rc_wrap_box_class_init (RcWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_wrap_box_dispose;
  object_class->get_property = rc_wrap_box_get_property;
  object_class->set_property = rc_wrap_box_set_property;

  widget_class->get_request_mode = rc_wrap_box_get_request_mode;
  widget_class->measure = rc_wrap_box_measure;
  widget_class->size_allocate = rc_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL, 0, G_MAXINT16, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rc_wrap_box_init (RcWrapBox *self)
{
  self->spacing = 6;
  self->line_spacing = 6;
}

GtkWidget *
rc_wrap_box_new (void)
{
  return g_object_new (RC_TYPE_WRAP_BOX, NULL);
}

void
rc_wrap_box_append (RcWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (RC_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
rc_wrap_box_remove_all (RcWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (RC_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
