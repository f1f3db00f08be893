/* test-window-style.c — the system's dark preference, and the levels' colours in both styles
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "rc-field.h"
#include "rc-window-test-util.h"

/* what WCAG asks of text; an icon or an underline needs only 3:1, so this is the stricter */
#define MIN_CONTRAST 4.5

static const char * const level_colors[] = {
  "rc_error_color", "rc_warning_color", "rc_suggestion_color",
};

static const char * const badge_colors[] = {
  "rc_error_badge_color", "rc_warning_badge_color", "rc_suggestion_badge_color",
};

/* libadwaita's backgrounds a finding's colour is drawn on */
static const char * const backgrounds[] = {
  "window_bg_color", "view_bg_color", "card_bg_color",
};

static GdkRGBA
lookup (GtkWidget  *widget,
        const char *name)
{
  GdkRGBA rgba;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba))
    g_error ("the style has no colour @%s", name);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return rgba;
}

/* @top drawn over the opaque @bottom */
static GdkRGBA
over (GdkRGBA top,
      GdkRGBA bottom)
{
  return (GdkRGBA) {
    top.red * top.alpha + bottom.red * (1 - top.alpha),
    top.green * top.alpha + bottom.green * (1 - top.alpha),
    top.blue * top.alpha + bottom.blue * (1 - top.alpha),
    1,
  };
}

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (GdkRGBA c)
{
  return 0.2126 * channel (c.red) + 0.7152 * channel (c.green) + 0.0722 * channel (c.blue);
}

/* WCAG 2's contrast ratio, 1 to 21 */
static double
contrast (GdkRGBA a,
          GdkRGBA b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
set_scheme (AdwColorScheme scheme)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  rc_ui_test_iterate ();
}

/* The test program starts with ADW_DEBUG_COLOR_SCHEME=prefer-dark: libadwaita's stand-in for
 * the desktop's `color-scheme` setting. Following it is AdwApplication's default. */
static void
test_follows_system_preference (RcWindowFixture *fixture,
                                gconstpointer    data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GdkRGBA dark_error, light_error;

  g_assert_true (adw_style_manager_get_system_supports_color_schemes (manager));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (adw_style_manager_get_dark (manager));

  /* the window draws with the dark style: libadwaita's dark window and our dark colours */
  g_assert_cmpfloat (luminance (lookup (GTK_WIDGET (fixture->window), "window_bg_color")), <, 0.1);
  dark_error = lookup (GTK_WIDGET (fixture->window), "rc_error_color");

  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));
  g_assert_cmpfloat (luminance (lookup (GTK_WIDGET (fixture->window), "window_bg_color")), >, 0.8);
  light_error = lookup (GTK_WIDGET (fixture->window), "rc_error_color");
  g_assert_false (gdk_rgba_equal (&dark_error, &light_error));

  set_scheme (ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (adw_style_manager_get_dark (manager));
}

static void
check_contrast (GtkWidget  *widget,
                const char *style)
{
  GdkRGBA window_bg = lookup (widget, "window_bg_color");
  GdkRGBA white = { 1, 1, 1, 1 };

  for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
    {
      GdkRGBA background = over (lookup (widget, backgrounds[b]), window_bg);

      for (guint l = 0; l < G_N_ELEMENTS (level_colors); l++)
        {
          double ratio = contrast (lookup (widget, level_colors[l]), background);

          if (ratio < MIN_CONTRAST)
            g_error ("%s style: @%s on @%s has a contrast of %.2f:1, under %.1f:1", style,
                     level_colors[l], backgrounds[b], ratio, MIN_CONTRAST);
        }
    }
  for (guint l = 0; l < G_N_ELEMENTS (badge_colors); l++)
    g_assert_cmpfloat (contrast (white, lookup (widget, badge_colors[l])), >=, MIN_CONTRAST);
}

static void
test_levels_readable (RcWindowFixture *fixture,
                      gconstpointer    data)
{
  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  check_contrast (GTK_WIDGET (fixture->window), "light");
  set_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  check_contrast (GTK_WIDGET (fixture->window), "dark");
  set_scheme (ADW_COLOR_SCHEME_DEFAULT);
}

/* an editor's underlines change colour with the style, as the panel's icons do */
static void
underline_is (RcField *field,
              GdkRGBA  expected)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_field_get_control (field)));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "rc-error");
  g_autoptr(GdkRGBA) rgba = NULL;

  g_object_get (tag, "underline-rgba", &rgba, NULL);
  g_assert_nonnull (rgba);
  g_assert_true (gdk_rgba_equal (rgba, &expected));
}

static void
test_underlines_follow_style (RcWindowFixture *fixture,
                              gconstpointer    data)
{
  RcField *field = rc_window_lookup_field (fixture->window, DUTY_BULLET);

  g_assert_nonnull (field);
  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  underline_is (field, lookup (GTK_WIDGET (fixture->window), "rc_error_color"));
  set_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  underline_is (field, lookup (GTK_WIDGET (fixture->window), "rc_error_color"));
  set_scheme (ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int    argc,
      char **argv)
{
  /* read once, when libadwaita starts */
  g_setenv ("ADW_DEBUG_COLOR_SCHEME", "prefer-dark", TRUE);
  rc_window_test_init (&argc, &argv);

  rc_window_test_add ("/window/style/follows-system-preference", test_follows_system_preference);
  rc_window_test_add ("/window/style/levels-readable", test_levels_readable);
  rc_window_test_add ("/window/style/underlines-follow-style", test_underlines_follow_style);

  return rc_window_test_run ();
}
