/* rc-field.h — one labelled field of a resume entry, bound to a JSON Pointer
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rc-document.h"
#include "rc-report.h"

G_BEGIN_DECLS

typedef enum
{
  RC_FIELD_TEXT,
  RC_FIELD_EMAIL,
  RC_FIELD_PHONE,
  RC_FIELD_URL,
  RC_FIELD_DATE,       /* YYYY, YYYY-MM or YYYY-MM-DD, checked as you type */
  RC_FIELD_LIST,       /* a list of strings, edited as one comma-separated line */
  RC_FIELD_PARAGRAPH,  /* a text of several lines */
  RC_FIELD_LINES,      /* a list of strings, one a line (highlights, courses) */
} RcFieldKind;

#define RC_TYPE_FIELD (rc_field_get_type ())
G_DECLARE_FINAL_TYPE (RcField, rc_field, RC, FIELD, GtkWidget)

/* @label has a mnemonic; @placeholder teaches by example */
GtkWidget   *rc_field_new           (RcFieldKind      kind,
                                     const char      *label,
                                     const char      *placeholder);
RcFieldKind  rc_field_get_kind      (RcField         *self);
void         rc_field_bind          (RcField         *self,
                                     RcDocument      *document,
                                     const char      *pointer);
const char  *rc_field_get_pointer   (RcField         *self);
/* Shows the document's value again unless it is what the field already shows */
void         rc_field_sync          (RcField         *self);
/* The GtkEntry or GtkTextView the user types in */
GtkWidget   *rc_field_get_control   (RcField         *self);
/* Underlines the findings (element-type RcFinding, transfer none) about this field's value
 * or, for lists, about one of its items */
void         rc_field_set_findings  (RcField         *self,
                                     GPtrArray       *findings);
/* Focuses the field and selects the span; returns the span's height in the field's
 * coordinates in @y so the caller can scroll to it */
void         rc_field_reveal        (RcField         *self,
                                     const RcFinding *finding,
                                     double          *y);
/* The characters underlined for @level, for tests: "start-end start-end …" */
char        *rc_field_describe_underlines (RcField *self,
                                           RcLevel  level);

G_END_DECLS
