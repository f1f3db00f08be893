/* rc-pdf-styles.c — the PDF templates, as data: Classic, Compact and Modern
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-pdf-private.h"

/* Liberation Serif and Sans have the metrics of Times New Roman and Arial, the fonts a
 * recruiter's Word shows; DejaVu Sans, listed after them, prints what they lack (Greek
 * extended, arrows, symbols) from the layout's own fonts still. */
#define SERIF "Liberation Serif,DejaVu Sans,Serif"
#define SANS  "Liberation Sans,DejaVu Sans,Sans"

/* An entry title is set at least 0.7 pt larger than the body: text extraction (poppler, and
 * the ATSs built like it) joins lines of one size into one block, and would read the dates
 * beside a title of the body's size after the bullets above it. */

#define B PANGO_WEIGHT_BOLD
#define R PANGO_WEIGHT_NORMAL
#define L PANGO_ALIGN_LEFT
#define C PANGO_ALIGN_CENTER

/* Classic: serif, a centred header, ruled headings; the margins of RC_PDF_MARGIN */
static const RcPdfStyle classic = {
  .margin_x = RC_PDF_MARGIN, .margin_y = RC_PDF_MARGIN,
  .kinds = {
    /*                     family size  weight align indent color     tracking before */
    [RC_BLOCK_NAME]        = { SERIF, 22.0, B, C,  0.0, 0x111111, 0.3,  0.0 },
    [RC_BLOCK_LABEL]       = { SERIF, 12.0, R, C,  0.0, 0x3a3a3a, 0.0,  2.0 },
    [RC_BLOCK_CONTACT]     = { SERIF,  9.5, R, C,  0.0, 0x3a3a3a, 0.0,  4.0 },
    [RC_BLOCK_HEADING]     = { SERIF, 12.5, B, L,  0.0, 0x111111, 0.4, 14.0 },
    [RC_BLOCK_ENTRY_TITLE] = { SERIF, 11.5, B, L,  0.0, 0x111111, 0.0,  8.0 },
    [RC_BLOCK_ENTRY_META]  = { SERIF, 10.0, R, L,  0.0, 0x4a4a4a, 0.0,  1.0 },
    [RC_BLOCK_PARAGRAPH]   = { SERIF, 10.5, R, L,  0.0, 0x1a1a1a, 0.0,  5.0 },
    [RC_BLOCK_BULLET]      = { SERIF, 10.5, R, L, 14.0, 0x1a1a1a, 0.0,  3.0 },
  },
  .after_heading = 3.0, .after_header = 2.5, .between_bullets = 1.5,
  .meta_gap = 12.0, .bullet_x = 4.0, .bullet = "•",
  .rule_gap = 2.0, .rule_width = 0.7, .rule_after = 3.5, .rule_color = 0x333333,
};

/* Compact: Arial-like and small, narrow margins and tight spacing, for a senior two-pager */
static const RcPdfStyle compact = {
  .margin_x = 38.0, .margin_y = 34.0,
  .kinds = {
    [RC_BLOCK_NAME]        = { SANS, 16.0, B, L,  0.0, 0x111111, 0.0,  0.0 },
    [RC_BLOCK_LABEL]       = { SANS, 10.0, R, L,  0.0, 0x3a3a3a, 0.0,  1.0 },
    [RC_BLOCK_CONTACT]     = { SANS,  8.0, R, L,  0.0, 0x3a3a3a, 0.0,  3.0 },
    [RC_BLOCK_HEADING]     = { SANS,  9.5, B, L,  0.0, 0x111111, 0.5,  9.0 },
    [RC_BLOCK_ENTRY_TITLE] = { SANS,  9.5, B, L,  0.0, 0x111111, 0.0,  5.0 },
    [RC_BLOCK_ENTRY_META]  = { SANS,  8.2, R, L,  0.0, 0x505050, 0.0,  0.5 },
    [RC_BLOCK_PARAGRAPH]   = { SANS,  8.5, R, L,  0.0, 0x1a1a1a, 0.0,  3.0 },
    [RC_BLOCK_BULLET]      = { SANS,  8.5, R, L, 10.0, 0x1a1a1a, 0.0,  1.5 },
  },
  .after_heading = 2.0, .after_header = 1.5, .between_bullets = 0.6,
  .meta_gap = 10.0, .bullet_x = 2.5, .bullet = "•",
  .rule_gap = 1.5, .rule_width = 0.5, .rule_after = 2.5, .rule_color = 0x555555,
};

/* Modern: the name and headings in a deep blue, the contact lines on a pale bar */
static const RcPdfStyle modern = {
  .margin_x = 46.0, .margin_y = 44.0,
  .kinds = {
    [RC_BLOCK_NAME]        = { SANS, 24.0, B, L,  0.0, 0x1d4e74, 0.0,  0.0 },
    [RC_BLOCK_LABEL]       = { SANS, 12.0, R, L,  0.0, 0x4b5968, 0.0,  2.0 },
    [RC_BLOCK_CONTACT]     = { SANS,  8.8, R, L,  0.0, 0x22313f, 0.0, 11.0 },
    [RC_BLOCK_HEADING]     = { SANS, 11.0, B, L,  0.0, 0x1d4e74, 0.8, 16.0 },
    [RC_BLOCK_ENTRY_TITLE] = { SANS, 10.0, B, L,  0.0, 0x17202a, 0.0,  8.0 },
    [RC_BLOCK_ENTRY_META]  = { SANS,  9.0, R, L,  0.0, 0x5b6b7a, 0.0,  1.0 },
    [RC_BLOCK_PARAGRAPH]   = { SANS,  9.5, R, L,  0.0, 0x1e1e1e, 0.0,  5.0 },
    [RC_BLOCK_BULLET]      = { SANS,  9.5, R, L, 13.0, 0x1e1e1e, 0.0,  3.0 },
  },
  .after_heading = 3.0, .after_header = 2.5, .between_bullets = 1.5,
  .meta_gap = 12.0, .bullet_x = 3.5, .bullet = "•",
  .rule_gap = 2.5, .rule_width = 1.0, .rule_after = 4.0, .rule_color = 0x9fbcd4,
  .band_color = 0xe6eef5, .band_pad = 5.0,
};

static const RcPdfStyle * const styles[RC_PDF_N_TEMPLATES] = {
  [RC_PDF_TEMPLATE_CLASSIC] = &classic,
  [RC_PDF_TEMPLATE_COMPACT] = &compact,
  [RC_PDF_TEMPLATE_MODERN] = &modern,
};

const RcPdfStyle *
rc_pdf_style_get (RcPdfTemplate template_)
{
  g_assert (template_ < RC_PDF_N_TEMPLATES);

  return styles[template_];
}
