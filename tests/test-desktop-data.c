/* test-desktop-data.c — what the desktop sees of the app: the desktop file's MIME types, the
 * resume file type, and the icons meson installs
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#define RESUME_TYPE "application/x-resume+json"
#define SYMBOLIC_ICON "icons/hicolor/symbolic/apps/" APP_ID "-symbolic.svg"
#define SCALABLE_ICON "icons/hicolor/scalable/apps/" APP_ID ".svg"

/* a file of the build's data/ (the merged desktop and MIME files) */
static char *
built_data (const char *name)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "data", name, NULL);
}

static char *
source_data (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
        remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

/* The desktop file claims the resume type and nothing wider: an app that says it opens every
 * application/json file would be offered for package.json and every other JSON file. */
static void
test_desktop_mime_types (void)
{
  g_autofree char *path = built_data (APP_ID ".desktop");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) types = NULL;
  g_autofree char *icon = NULL;

  g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  types = g_key_file_get_string_list (keys, G_KEY_FILE_DESKTOP_GROUP,
                                      G_KEY_FILE_DESKTOP_KEY_MIME_TYPE, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_strv_contains ((const char * const *) types, "application/json"));
  g_assert_cmpstrv (types, ((const char *[]) { RESUME_TYPE, NULL }));

  /* the icon it names is the one installed under that name */
  icon = g_key_file_get_string (keys, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APP_ID);
}

/* A private MIME database of the system's types plus the merged resume type, in a new folder
 * that becomes XDG_DATA_HOME. Only in a test subprocess: GIO reads the database once. */
static GFile *
make_mime_database (void)
{
  g_autofree char *merged = built_data (APP_ID ".xml");
  g_autofree char *home = NULL;
  g_autofree char *packages = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int status;

  g_assert_true (g_test_subprocess ());
  home = g_dir_make_tmp ("test-desktop-data-XXXXXX", &error);
  g_assert_no_error (error);
  mime = g_build_filename (home, "mime", NULL);
  packages = g_build_filename (mime, "packages", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  g_file_get_contents (merged, &contents, &length, &error);
  g_assert_no_error (error);
  copy = g_build_filename (packages, APP_ID ".xml", NULL);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);

  /* update-mime-database checks the file as it compiles it: a broken document or a glob
   * without its pattern fails, a warning goes to standard error (so does a note about a
   * folder outside the search path: the variable is set first) */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_spawn_sync (NULL, (char *[]) { (char *) g_getenv ("RC_UPDATE_MIME_DATABASE"), mime, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (err, ==, "");

  return g_file_new_for_path (home);
}

/* run in a subprocess of its own (GIO reads the MIME database once per process) */
static void
check_mime_glob (void)
{
  g_autoptr(GFile) home = make_mime_database ();
  const char json[] = "{\"basics\": {\"name\": \"Ada Lovelace\"}}";
  g_autofree char *resume = NULL;
  g_autofree char *resume_data = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *plain_type = NULL;
  gboolean uncertain;

  /* the double extension wins over *.json, with or without the file's bytes */
  resume = g_content_type_guess ("Ada Lovelace.resume.json", NULL, 0, NULL);
  g_assert_cmpstr (resume, ==, RESUME_TYPE);
  resume_data = g_content_type_guess ("cv.resume.json", (const guchar *) json, strlen (json),
                                      &uncertain);
  g_assert_cmpstr (resume_data, ==, RESUME_TYPE);
  g_assert_false (uncertain);

  /* and is a kind of JSON, so whatever opens JSON opens it too */
  g_assert_true (g_content_type_is_a (RESUME_TYPE, "application/json"));
  g_assert_true (g_content_type_is_mime_type (RESUME_TYPE, "application/json"));

  /* a plain .json file stays plain JSON, even one whose name mentions resumes */
  plain = g_content_type_guess ("package.json", NULL, 0, NULL);
  g_assert_cmpstr (plain, ==, "application/json");
  plain_type = g_content_type_guess ("resume.json", NULL, 0, NULL);
  g_assert_cmpstr (plain_type, ==, "application/json");

  remove_tree (home);
}

/* the description comes from the merged file, in the user's language */
static void
print_mime_description (void)
{
  const char *language = g_getenv ("RC_TEST_LANGUAGE");
  g_autoptr(GFile) home = NULL;
  g_autofree char *description = NULL;

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  home = make_mime_database ();
  description = g_content_type_get_description (RESUME_TYPE);
  g_print ("%s\n", description);
  remove_tree (home);
}

static void
check_description (const char *language,
                   const char *expected)
{
  g_autofree char *line = g_strconcat (expected, "\n", NULL);

  if (language != NULL)
    g_setenv ("RC_TEST_LANGUAGE", language, TRUE);
  else
    g_unsetenv ("RC_TEST_LANGUAGE");
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (line);
  g_unsetenv ("RC_TEST_LANGUAGE");
}

static void
test_mime_glob (void)
{
  if (g_test_subprocess ())
    {
      check_mime_glob ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_mime_description (void)
{
  if (g_test_subprocess ())
    {
      print_mime_description ();
      return;
    }
  check_description (NULL, "JSON Resume file");
  check_description ("de", "JSON-Resume-Datei");
  check_description ("es", "Archivo JSON Resume");
}

/* A symbolic icon follows GNOME's conventions: 16×16, one colour (#2e3436, which GTK and the
 * shell replace with the text colour, or currentColor), shapes filled rather than stroked, no
 * pictures, gradients or styles that the recolouring would not reach. */
typedef struct
{
  guint elements;
  guint shapes;
} SvgCheck;

static void
on_svg_element (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              data,
                GError              **error)
{
  static const char * const allowed[] = { "svg", "g", "path", "rect", "circle", "ellipse",
                                          "polygon", NULL };
  SvgCheck *check = data;

  check->elements++;
  if (!g_strv_contains (allowed, element))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "<%s> in a symbolic icon", element);
      return;
    }
  if (check->elements == 1 && !g_str_equal (element, "svg"))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "not an SVG");
  if (!g_str_equal (element, "svg") && !g_str_equal (element, "g"))
    check->shapes++;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "fill") && !g_str_equal (values[i], "#2e3436") &&
          !g_str_equal (values[i], "currentColor") && !g_str_equal (values[i], "none"))
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "<%s fill=\"%s\">: not the symbolic colour", element, values[i]);
      else if (g_str_has_prefix (names[i], "stroke") || g_str_equal (names[i], "style") ||
               g_str_equal (names[i], "class") || g_str_equal (names[i], "opacity"))
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     "<%s %s=\"%s\"> in a symbolic icon", element, names[i], values[i]);
      else if (g_str_equal (element, "svg") && g_str_equal (names[i], "viewBox"))
        {
          if (!g_str_equal (values[i], "0 0 16 16"))
            g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                         "viewBox \"%s\", not 0 0 16 16", values[i]);
        }
      if (error != NULL && *error != NULL)
        return;
    }
}

static void
test_symbolic_icon (void)
{
  static const GMarkupParser parser = { .start_element = on_svg_element };
  g_autofree char *path = source_data (SYMBOLIC_ICON);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = NULL;
  SvgCheck check = { 0 };
  gboolean drawn = FALSE;
  gsize length;

  g_file_get_contents (path, &svg, &length, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &check, NULL);
  g_markup_parse_context_parse (context, svg, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check.shapes, >, 0);

  /* the SVG loader (librsvg) draws it at its own size, and it is not blank */
  pixbuf = gdk_pixbuf_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 16);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 16);
  g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));
  for (int y = 0; y < 16 && !drawn; y++)
    {
      const guchar *row = gdk_pixbuf_read_pixels (pixbuf) + y * gdk_pixbuf_get_rowstride (pixbuf);

      for (int x = 0; x < 16 && !drawn; x++)
        drawn = row[x * 4 + 3] > 128;
    }
  g_assert_true (drawn);
}

static const int icon_sizes[] = { 16, 32, 48, 128 };

static char *
icon_png (int size)
{
  return g_strdup_printf ("icons/hicolor/%dx%d/apps/" APP_ID ".png", size, size);
}

/* The icon drawn at each size is the SVG drawn at that size (so a changed SVG needs them drawn
 * again: rsvg-convert -w SIZE -h SIZE), give or take the two drawings' rounding */
static void
test_icon_sizes (void)
{
  g_autofree char *svg = source_data (SCALABLE_ICON);

  for (guint i = 0; i < G_N_ELEMENTS (icon_sizes); i++)
    {
      int size = icon_sizes[i];
      g_autofree char *name = icon_png (size);
      g_autofree char *path = source_data (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) png = gdk_pixbuf_new_from_file (path, &error);
      g_autoptr(GdkPixbuf) drawn = NULL;
      guint64 difference = 0;
      int opaque = 0;

      g_assert_no_error (error);
      drawn = gdk_pixbuf_new_from_file_at_size (svg, size, size, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (png), ==, size);
      g_assert_cmpint (gdk_pixbuf_get_height (png), ==, size);
      g_assert_true (gdk_pixbuf_get_has_alpha (png));
      for (int y = 0; y < size; y++)
        {
          const guchar *a = gdk_pixbuf_read_pixels (png) + y * gdk_pixbuf_get_rowstride (png);
          const guchar *b = gdk_pixbuf_read_pixels (drawn) + y * gdk_pixbuf_get_rowstride (drawn);

          for (int x = 0; x < size * 4; x++)
            difference += (guint64) ABS (a[x] - b[x]);
          for (int x = 0; x < size; x++)
            opaque += a[x * 4 + 3] > 128;
        }
      g_assert_cmpint (opaque, >, size * size / 4);
      g_assert_cmpuint (difference / (guint64) (size * size * 4), <, 4);
    }
}

/* meson installs each file where the desktop looks for it (meson-info/intro-installed.json
 * maps every installed file of the build to its destination) */
static void
assert_installed (JsonObject *installed,
                  const char *file,
                  const char *destination)
{
  g_autoptr(GList) files = json_object_get_members (installed);

  for (GList *l = files; l != NULL; l = l->next)
    {
      const char *to = json_object_get_string_member (installed, l->data);

      if (g_str_has_suffix (l->data, file) && g_str_has_suffix (to, destination))
        return;
    }
  g_error ("%s is not installed as …/%s", file, destination);
}

static void
test_installed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "..", "meson-info",
                                                 "intro-installed.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *installed;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  installed = json_node_get_object (json_parser_get_root (parser));
  assert_installed (installed, "data/" SYMBOLIC_ICON, "share/" SYMBOLIC_ICON);
  assert_installed (installed, "data/" SCALABLE_ICON, "share/" SCALABLE_ICON);
  for (guint i = 0; i < G_N_ELEMENTS (icon_sizes); i++)
    {
      g_autofree char *name = icon_png (icon_sizes[i]);
      g_autofree char *from = g_strconcat ("data/", name, NULL);
      g_autofree char *to = g_strconcat ("share/", name, NULL);

      assert_installed (installed, from, to);
    }
  assert_installed (installed, "data/" APP_ID ".xml", "share/mime/packages/" APP_ID ".xml");
  assert_installed (installed, "data/" APP_ID ".desktop", "share/applications/" APP_ID ".desktop");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/desktop/mime-types", test_desktop_mime_types);
  g_test_add_func ("/mime/glob", test_mime_glob);
  g_test_add_func ("/mime/description", test_mime_description);
  g_test_add_func ("/icon/symbolic", test_symbolic_icon);
  g_test_add_func ("/icon/sizes", test_icon_sizes);
  g_test_add_func ("/icon/installed", test_installed);

  return g_test_run ();
}
