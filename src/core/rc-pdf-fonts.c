/* rc-pdf-fonts.c — the fonts the PDF layout measures and draws with: its own, so that pages
 * count the same on every machine, and the machine's for what they lack
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-pdf.h"
#include "rc-pdf-fonts-private.h"

/* The fonts the layout draws with (regular and bold; nothing it prints is oblique), and where
 * distributions install them; elsewhere the layout uses the machine's fonts. Liberation Sans
 * and Serif print the templates; DejaVu Sans what they lack. */
static const char * const font_files[] = {
  "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
  "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
  "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
};
static const char * const font_dirs[] = {
  "/usr/share/fonts/truetype/liberation2",  /* Debian, Ubuntu */
  "/usr/share/fonts/truetype/dejavu",
  "/usr/share/fonts/liberation-sans-fonts", /* Fedora */
  "/usr/share/fonts/liberation-serif-fonts",
  "/usr/share/fonts/dejavu-sans-fonts",
  "/usr/share/fonts/liberation",            /* Arch */
  "/usr/share/fonts/TTF",
};

static FcConfig  *own_config;    /* NULL when the files are not there */
static FcCharSet *own_coverage;  /* the characters they have */
static char      *own_stamp;     /* what the files are now (stamp_font_files()) */
static gboolean   own_is_default;

/* The path of each font file, from the first directory that has it; FALSE unless all are
 * there, so that a machine counts pages with all of them or with none */
static gboolean
find_font_files (char *paths[G_N_ELEMENTS (font_files)])
{
  for (guint i = 0; i < G_N_ELEMENTS (font_files); i++)
    {
      paths[i] = NULL;
      for (guint d = 0; d < G_N_ELEMENTS (font_dirs) && paths[i] == NULL; d++)
        {
          char *path = g_build_filename (font_dirs[d], font_files[i], NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            paths[i] = path;
          else
            g_free (path);
        }
      if (paths[i] == NULL)
        return FALSE;
    }
  return TRUE;
}

/* What the files are now: a checksum of each one's path, time and size (a new font package
 * is another one); NULL when one cannot be read */
static char *
stamp_font_files (char **paths)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < G_N_ELEMENTS (font_files); i++)
    {
      GStatBuf st;
      g_autofree char *stamp = NULL;

      if (g_stat (paths[i], &st) != 0)
        return NULL;
      stamp = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%" G_GINT64_FORMAT "\n", paths[i],
                               (gint64) st.st_mtime, (gint64) st.st_size);
      g_checksum_update (checksum, (const guchar *) stamp, -1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* Scanning the six files costs fontconfig eight million instructions at every start, more
 * than a whole check. Added as a folder instead, they are scanned once: a folder of links to
 * exactly these files in the user's cache, named after the files' @stamp, whose fontconfig
 * cache sits beside it. NULL when that cannot be made or read: the files are then added one
 * by one. */
static FcConfig *
load_cached_fonts (char       **paths,
                   const char  *stamp)
{
  g_autofree char *base = g_build_filename (g_get_user_cache_dir (), "resume-coach", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *settings = NULL;
  FcConfig *config;
  FcFontSet *set;

  dir = g_strdup_printf ("%s/fonts-%.16s", base, stamp);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *partial = g_strdup_printf ("%s.%u", dir, (guint) getpid ());

      /* made whole under another name, then renamed: another process never sees half */
      if (g_mkdir_with_parents (partial, 0700) != 0)
        return NULL;
      for (guint i = 0; i < G_N_ELEMENTS (font_files); i++)
        {
          g_autofree char *link = g_build_filename (partial, font_files[i], NULL);

          if (symlink (paths[i], link) != 0 && errno != EEXIST)
            return NULL;
        }
      if (g_rename (partial, dir) != 0 && !g_file_test (dir, G_FILE_TEST_IS_DIR))
        return NULL;
    }

  cache = g_markup_printf_escaped ("%s/fontconfig", base);
  settings = g_strdup_printf ("<fontconfig><cachedir>%s</cachedir></fontconfig>", cache);
  config = FcConfigCreate ();
  if (!FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) settings, FcFalse) ||
      !FcConfigAppFontAddDir (config, (const FcChar8 *) dir) ||
      (set = FcConfigGetFonts (config, FcSetApplication)) == NULL ||
      set->nfont != (int) G_N_ELEMENTS (font_files))
    {
      FcConfigDestroy (config);
      return NULL;
    }
  return config;
}

static FcConfig *
load_own_fonts (void)
{
  char *paths[G_N_ELEMENTS (font_files)];
  FcConfig *config = NULL;
  FcFontSet *set;

  if (find_font_files (paths) && (own_stamp = stamp_font_files (paths)) != NULL)
    {
      config = load_cached_fonts (paths, own_stamp);
      if (config == NULL)
        {
          config = FcConfigCreate ();
          for (guint i = 0; i < G_N_ELEMENTS (font_files) && config != NULL; i++)
            if (!FcConfigAppFontAddFile (config, (const FcChar8 *) paths[i]))
              g_clear_pointer (&config, FcConfigDestroy);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (font_files); i++)
    {
      if (paths[i] == NULL)
        break;
      g_free (paths[i]);
    }
  if (config == NULL)
    {
      g_clear_pointer (&own_stamp, g_free);
      return NULL;
    }

  own_coverage = FcCharSetCreate ();
  set = FcConfigGetFonts (config, FcSetApplication);
  for (int i = 0; set != NULL && i < set->nfont; i++)
    {
      FcCharSet *charset;

      if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch)
        FcCharSetMerge (own_coverage, charset, NULL);
    }
  return config;
}

/* A fontconfig configuration that holds only the layout's own fonts, once per process. Pages
 * are then counted with the same fonts on every machine, whatever else is installed and
 * however the machine's fontconfig is set up, and Pango sorts two fonts for each font
 * description rather than all of the machine's. NULL when the files are missing: the
 * machine's fonts. */
FcConfig *
rc_pdf_fonts_get_own (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      own_config = load_own_fonts ();
      g_once_init_leave (&loaded, 1);
    }
  return own_config;
}

/* (nullable): what the own fonts' files are now, which a width measured in them depends on;
 * NULL without them */
const char *
rc_pdf_fonts_get_own_stamp (void)
{
  return rc_pdf_fonts_get_own () != NULL ? own_stamp : NULL;
}

/* Whether @text has a printable character the layout's own fonts lack: a CJK name, say, or an
 * emoji. The machine's fonts print it; ours would print a box. */
gboolean
rc_pdf_fonts_need_system (const char *text)
{
  if (rc_pdf_fonts_get_own () == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      if (!FcCharSetHasChar (own_coverage, c) && g_unichar_isgraph (c))
        return TRUE;
    }
  return FALSE;
}

/* Whether some font of the machine's has @c: the union of their characters, made the first
 * time a character the own fonts lack is asked about */
static gboolean
system_has_char (gunichar c)
{
  static gsize made;
  static FcCharSet *coverage;

  if (g_once_init_enter (&made))
    {
      FcFontSet *set = FcConfigGetFonts (rc_pdf_fonts_get_system (), FcSetSystem);

      coverage = FcCharSetCreate ();
      for (int i = 0; set != NULL && i < set->nfont; i++)
        {
          FcCharSet *charset;

          if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch)
            FcCharSetMerge (coverage, charset, NULL);
        }
      g_once_init_leave (&made, 1);
    }
  return FcCharSetHasChar (coverage, c);
}

/* Whether @c is a symbol (an emoji, a pictograph, a dingbat, or what shapes one: a skin
 * tone, a variation selector, a joiner) that no font the layout may use can draw, which
 * would print as a box: the PDF leaves it out (style.emoji tells the user). A letter is
 * never left out, whatever the fonts: a name printed as boxes at least shows that
 * something is missing. */
gboolean
rc_pdf_fonts_is_undrawable_symbol (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
      break;
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_FORMAT:
      /* only what follows or joins an emoji: VS15, VS16 and the zero-width joiner */
      if (c != 0xFE0E && c != 0xFE0F && c != 0x200D)
        return FALSE;
      break;
    default:
      return FALSE;
    }
  if (c < 0x80 || (rc_pdf_fonts_get_own () != NULL && FcCharSetHasChar (own_coverage, c)))
    return FALSE;
  return !system_has_char (c);
}

/* The machine's fonts: fontconfig's default configuration, unless our own fonts took its
 * place; then the machine's is loaded for the text that needs it. */
FcConfig *
rc_pdf_fonts_get_system (void)
{
  static gsize loaded;
  static FcConfig *config;

  if (!own_is_default)
    return NULL;

  if (g_once_init_enter (&loaded))
    {
      config = FcInitLoadConfigAndFonts ();
      g_once_init_leave (&loaded, 1);
    }
  return config;
}

/**
 * rc_pdf_use_own_fonts_by_default:
 *
 * Makes the layout's own fonts fontconfig's default configuration, for a program that draws
 * no other text, such as the command line. Pango loads the default configuration in the
 * background as soon as any font map exists: the machine's whole font configuration and
 * caches, which the layout does not use unless the text has characters its own fonts lack
 * (the layout then loads it itself). Call it before anything uses fontconfig or Pango; never
 * in a program that shows text with the default fonts, such as the window. Does nothing when
 * the layout's own fonts are not installed.
 */
void
rc_pdf_use_own_fonts_by_default (void)
{
  FcConfig *config = rc_pdf_fonts_get_own ();

  if (config != NULL && !own_is_default && FcConfigSetCurrent (config))
    own_is_default = TRUE;
}
