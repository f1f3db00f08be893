/* rc-page-count.h — the pages of the PDF export, with one layout shared by the whole process
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"

G_BEGIN_DECLS

/* The pages @document prints as the PDF export lays it out. Thread-safe; the layout and the
 * last count are kept, so counting again after a small edit measures only what changed. */
guint rc_page_count (RcDocument *document);

G_END_DECLS
