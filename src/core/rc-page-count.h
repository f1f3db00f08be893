/* rc-page-count.h — the pages of the PDF export, with one layout shared by the whole process
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rc-document.h"

G_BEGIN_DECLS

/* The pages @document prints as the PDF export lays it out, in its template and on its paper
 * (rc_coach_state_get_template/get_paper). Thread-safe; the layouts and the last count are
 * kept, so counting again after a small edit measures only what changed. */
guint rc_page_count            (RcDocument *document);
/* Added: the same, and in @last_page_lines (optional) how many lines of text the last page
 * holds (length.last-page) */
guint rc_page_count_with_lines (RcDocument *document,
                                guint      *last_page_lines);

G_END_DECLS
