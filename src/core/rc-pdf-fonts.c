/* rc-pdf-fonts.c — the fonts the PDF layout measures and draws with: its own, so that pages
 * count the same on every machine, and the machine's for what they lack
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
static gboolean   own_is_default;

/* Every font file from the first directory that has it; NULL unless all are there, so that
 * a machine counts pages with all of them or with none */
static FcConfig *
load_own_fonts (void)
{
  FcConfig *config = FcConfigCreate ();
  FcFontSet *set;

  for (guint i = 0; i < G_N_ELEMENTS (font_files); i++)
    {
      gboolean added = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (font_dirs) && !added; d++)
        {
          g_autofree char *path = g_build_filename (font_dirs[d], font_files[i], NULL);

          added = g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
                  FcConfigAppFontAddFile (config, (const FcChar8 *) path);
        }
      if (!added)
        {
          FcConfigDestroy (config);
          return NULL;
        }
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
