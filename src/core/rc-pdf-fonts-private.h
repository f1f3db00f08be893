/* rc-pdf-fonts-private.h — the fonts the PDF layout measures and draws with
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <fontconfig/fontconfig.h>
#include <glib.h>

G_BEGIN_DECLS

/* (nullable): a configuration holding only the layout's own fonts, once per process; NULL
 * when they are not installed */
FcConfig *rc_pdf_fonts_get_own     (void);
const char *rc_pdf_fonts_get_own_stamp (void);
/* (nullable): the machine's fonts, when the own fonts took the default configuration's
 * place; NULL means fontconfig's default */
FcConfig *rc_pdf_fonts_get_system  (void);
/* whether @text has a printable character the own fonts lack */
gboolean  rc_pdf_fonts_need_system (const char *text);
/* whether @c is a symbol no font can draw, which the PDF leaves out */
gboolean  rc_pdf_fonts_is_undrawable_symbol (gunichar c);

G_END_DECLS
