/* rc-date.h — JSON Resume dates (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD) and dates as people write them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint year;   /* 1000–9999 */
  guint month;  /* 1–12, 0 when only a year is given */
  guint day;    /* 1–31, 0 when not given */
} RcDate;

/* FALSE for anything that is not a valid YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-13, 2021-02-30) */
gboolean   rc_date_parse        (const char   *text,
                                 RcDate       *date);

/* How a date is written */
typedef enum
{
  RC_DATE_UNREADABLE,  /* "Summer 2018", "2020-13" */
  RC_DATE_ISO,         /* "2018", "2018-05", "2018-05-17" */
  RC_DATE_WRITTEN,     /* a readable other form: "May 2018", "Sept. 2019", "03/2018" */
  RC_DATE_ONGOING,     /* an end that has not come: "Present", "Current", "Now", "today" */
} RcDateForm;

/* reads a date as written in a file (surrounding spaces allowed); @date is set for
 * RC_DATE_ISO and RC_DATE_WRITTEN */
RcDateForm rc_date_read         (const char   *text,
                                 RcDate       *date);
/* a date in any form rc_date_read() reads, but not an ongoing end */
gboolean   rc_date_read_day     (const char   *text,
                                 RcDate       *date);
/* "2018", "2018-05", "2018-05-17" */
char      *rc_date_to_iso       (const RcDate *date);

/* <0, 0, >0; a missing month or day sorts as the earliest of its year or month */
int        rc_date_compare      (const RcDate *a,
                                 const RcDate *b);
/* "Jan 2020", "2020" — month names translatable */
char      *rc_date_format       (const RcDate *date);
/* "Jan 2020 – Present" (NULL, empty or an ongoing end), "2018 – 2020"; an unreadable date
 * is shown as written; NULL when both are empty */
char      *rc_date_format_range (const char   *start,
                                 const char   *end);
/* one date as written in a file: "Mar 2024" when readable ("2024-03", "March 2024"),
 * "Present" when ongoing, the text itself when unreadable; NULL when empty */
char      *rc_date_format_text  (const char   *text);

G_END_DECLS
