/* rc-office-install.c — the rc-office library puts its readers and writers in the core's hooks
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked whole (meson's link_whole), so that a program that links the library has them
 * installed before main() without calling anything.
 */
#include "config.h"

#include "rc-office-private.h"

static const RcOfficeHooks office_hooks = {
  .office_lines = rc_office_read_lines,
  .pdf_lines = rc_office_pdf_lines,
  .pdf_read = rc_office_pdf_read,
  .zip_member = rc_office_zip_member,
  .export_office = rc_office_export,
};

__attribute__ ((constructor)) static void
install_office (void)
{
  rc_office_set_hooks (&office_hooks);
}
