/* rc-clamp.c — a container that keeps its child no wider than a maximum, centred
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-clamp.h"

/* GTK 4.8 has no AdwClamp. A centred box alone does not do: given less height than it would
 * like (a page taller than the window), a box of wrapping labels asks for the width that fits
 * that height, and its text spreads across the whole window. The clamp measures and lays out
 * its child at the clamped width, so the child's height always follows from that width. */

struct _RcClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_size;
};

G_DEFINE_FINAL_TYPE (RcClamp, rc_clamp, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rc_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  RcClamp *self = RC_CLAMP (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, -1, minimum, natural, NULL, NULL);
      *natural = MAX (*minimum, MIN (*natural, self->maximum_size));
    }
  else
    {
      int child_min, child_nat;

      if (for_size >= 0)
        {
          gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                              &child_min, &child_nat, NULL, NULL);
          for_size = MAX (child_min, MIN (for_size, self->maximum_size));
        }
      gtk_widget_measure (self->child, orientation, for_size, minimum, natural, NULL, NULL);
    }
}

static void
rc_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  RcClamp *self = RC_CLAMP (widget);
  int child_min, child_width;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  child_width = MAX (child_min, MIN (width, self->maximum_size));
  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation) { (width - child_width) / 2, 0, child_width, height },
                            -1);
}

static GtkSizeRequestMode
rc_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

GtkWidget *
rc_clamp_new (void)
{
  return g_object_new (RC_TYPE_CLAMP, NULL);
}

GtkWidget *
rc_clamp_get_child (RcClamp *self)
{
  g_return_val_if_fail (RC_IS_CLAMP (self), NULL);

  return self->child;
}

void
rc_clamp_set_child (RcClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (RC_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
rc_clamp_get_maximum_size (RcClamp *self)
{
  g_return_val_if_fail (RC_IS_CLAMP (self), 0);

  return self->maximum_size;
}

void
rc_clamp_set_maximum_size (RcClamp *self,
                           int      maximum_size)
{
  g_return_if_fail (RC_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;

  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}

static void
rc_clamp_dispose (GObject *object)
{
  RcClamp *self = RC_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (rc_clamp_parent_class)->dispose (object);
}

static void
rc_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RcClamp *self = RC_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RcClamp *self = RC_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      rc_clamp_set_child (self, g_value_get_object (value));
      break;

    case PROP_MAXIMUM_SIZE:
      rc_clamp_set_maximum_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_clamp_class_init (RcClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_clamp_dispose;
  object_class->get_property = rc_clamp_get_property;
  object_class->set_property = rc_clamp_set_property;
  widget_class->measure = rc_clamp_measure;
  widget_class->size_allocate = rc_clamp_size_allocate;
  widget_class->get_request_mode = rc_clamp_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 600,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
rc_clamp_init (RcClamp *self)
{
  self->maximum_size = 600;
}
