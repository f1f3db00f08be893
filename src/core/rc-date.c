/* rc-date.c — JSON Resume dates (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD) and dates as people write them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-date.h"

/* Separates the start and the end of a range: an en dash with spaces. */
#define RANGE_DASH " \u2013 "

static gboolean
parse_digits (const char *text,
              guint       count,
              guint      *value)
{
  guint result = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (guint) g_ascii_digit_value (text[i]);
    }

  *value = result;
  return TRUE;
}

static guint
days_in_month (guint year,
               guint month)
{
  static const guint days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  if (month == 2 && leap)
    return 29;
  return days[month - 1];
}

/**
 * rc_date_parse:
 * @text: (nullable): a date as written in a JSON Resume file
 * @date: (out caller-allocates) (optional): the parsed date
 *
 * Parses a strict ISO 8601 calendar date with year, month or day precision. Anything
 * else — surrounding spaces, times, one-digit months, days that do not exist — is refused.
 *
 * Returns: %TRUE when @text is a valid date
 */
gboolean
rc_date_parse (const char *text,
               RcDate     *date)
{
  RcDate parsed = { 0, 0, 0 };
  gsize length;

  if (text == NULL)
    return FALSE;

  length = strlen (text);
  if (length != 4 && length != 7 && length != 10)
    return FALSE;

  if (!parse_digits (text, 4, &parsed.year) || parsed.year < 1000)
    return FALSE;

  if (length >= 7)
    {
      if (text[4] != '-' || !parse_digits (text + 5, 2, &parsed.month))
        return FALSE;
      if (parsed.month < 1 || parsed.month > 12)
        return FALSE;
    }

  if (length == 10)
    {
      if (text[7] != '-' || !parse_digits (text + 8, 2, &parsed.day))
        return FALSE;
      if (parsed.day < 1 || parsed.day > days_in_month (parsed.year, parsed.month))
        return FALSE;
    }

  if (date != NULL)
    *date = parsed;
  return TRUE;
}

/* English month names as resumes write them, matched on their first three letters; a
 * longer word must be the name itself or its four-letter "Sept" */
static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
};

/* an end that has not come; "till date" is how Indian English says it */
static const char * const ongoing_words[] = {
  "present", "current", "currently", "now", "today", "ongoing", "till date", "to date",
  "till now", "until now", "to present",
};

static guint
read_month_name (const char *word,
                 gsize       len)
{
  if (len < 3)
    return 0;
  for (guint m = 0; m < G_N_ELEMENTS (month_names); m++)
    {
      const char *name = month_names[m];

      if (g_ascii_strncasecmp (word, name, 3) != 0)
        continue;
      if (len == 3 || (len == strlen (name) && g_ascii_strncasecmp (word, name, len) == 0) ||
          (m == 8 && len == 4 && g_ascii_strncasecmp (word, "sept", 4) == 0))
        return m + 1;
    }
  return 0;
}

/* "May 2018", "Apr. 2015", "Sept 2019", "March, 2020" */
static gboolean
read_month_year (const char *text,
                 gsize       len,
                 RcDate     *date)
{
  gsize word = 0, at;

  while (word < len && g_ascii_isalpha (text[word]))
    word++;
  date->month = read_month_name (text, word);
  if (date->month == 0)
    return FALSE;
  at = word;
  if (at < len && text[at] == '.')
    at++;
  if (at < len && text[at] == ',')
    at++;
  if (at == len || text[at] != ' ')
    return FALSE;
  while (at < len && text[at] == ' ')
    at++;
  return len - at == 4 && parse_digits (text + at, 4, &date->year) && date->year >= 1000;
}

/* "03/2018", "3/2018", "03.2018", "2018/03" */
static gboolean
read_numeric (const char *text,
              gsize       len,
              RcDate     *date)
{
  const char *sep = NULL;

  for (gsize i = 0; i < len; i++)
    if (text[i] == '/' || text[i] == '.')
      {
        if (sep != NULL)
          return FALSE;
        sep = text + i;
      }
    else if (!g_ascii_isdigit (text[i]))
      return FALSE;
  if (sep == NULL)
    return FALSE;
  if (sep - text == 4 && len == 7)
    return parse_digits (text, 4, &date->year) && parse_digits (sep + 1, 2, &date->month) &&
           date->year >= 1000 && date->month >= 1 && date->month <= 12;
  if ((sep - text == 1 || sep - text == 2) && text + len - (sep + 1) == 4)
    return parse_digits (text, (guint) (sep - text), &date->month) &&
           parse_digits (sep + 1, 4, &date->year) && date->year >= 1000 &&
           date->month >= 1 && date->month <= 12;
  return FALSE;
}

/**
 * rc_date_read:
 * @text: (nullable): a date as written in a JSON Resume file
 * @date: (out caller-allocates) (optional): the date, when it is one
 *
 * Reads a date the way a person wrote it: the ISO forms rc_date_parse() accepts, an English
 * month name or abbreviation with a year ("May 2018", "Apr. 2015", "Sept 2019"), a numeric
 * month and year ("03/2018"), or words for an end that has not come ("Present", "Current",
 * "Now", "today", "Till date"). Surrounding spaces are ignored.
 *
 * Returns: how @text is written; %RC_DATE_UNREADABLE for an empty or unreadable one
 */
RcDateForm
rc_date_read (const char *text,
              RcDate     *date)
{
  RcDate parsed = { 0, 0, 0 };
  char buffer[32];
  gsize len;

  if (text == NULL)
    return RC_DATE_UNREADABLE;
  while (*text == ' ')
    text++;
  len = strlen (text);
  while (len > 0 && text[len - 1] == ' ')
    len--;
  if (len == 0 || len >= sizeof buffer)
    return RC_DATE_UNREADABLE;
  memcpy (buffer, text, len);
  buffer[len] = '\0';

  if (rc_date_parse (buffer, &parsed))
    {
      if (date != NULL)
        *date = parsed;
      return RC_DATE_ISO;
    }
  for (guint i = 0; i < G_N_ELEMENTS (ongoing_words); i++)
    if (g_ascii_strcasecmp (buffer, ongoing_words[i]) == 0)
      return RC_DATE_ONGOING;
  if (!read_month_year (buffer, len, &parsed) && !read_numeric (buffer, len, &parsed))
    return RC_DATE_UNREADABLE;
  if (date != NULL)
    *date = parsed;
  return RC_DATE_WRITTEN;
}

/**
 * rc_date_read_day:
 * @text: (nullable): a date as written in a JSON Resume file
 * @date: (out caller-allocates) (optional): the date
 *
 * Returns: whether @text is a date in one of the forms rc_date_read() reads (an ongoing end
 *   such as "Present" is none)
 */
gboolean
rc_date_read_day (const char *text,
                  RcDate     *date)
{
  RcDateForm form = rc_date_read (text, date);

  return form == RC_DATE_ISO || form == RC_DATE_WRITTEN;
}

/**
 * rc_date_to_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): @date in the form JSON Resume asks for: "2018", "2018-05" or
 *   "2018-05-17"
 */
char *
rc_date_to_iso (const RcDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->month == 0)
    return g_strdup_printf ("%04u", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
}

/**
 * rc_date_compare:
 * @a: a date
 * @b: another date
 *
 * Orders two dates. A date given to the year only sorts before every month of that year,
 * and a month before every day of it.
 *
 * Returns: a negative value, 0 or a positive value as @a is before, equal to or after @b
 */
int
rc_date_compare (const RcDate *a,
                 const RcDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/* A date is resume text, printed in the resume's language, English (the language the rules
 * read), whatever the language of the interface: a German interface must not print
 * "Apr. 2021 – heute" on an English resume. */
#define PRESENT "Present"

static const char *
month_abbreviation (guint month)
{
  switch (month)
    {
    case 1: return "Jan";
    case 2: return "Feb";
    case 3: return "Mar";
    case 4: return "Apr";
    case 5: return "May";
    case 6: return "Jun";
    case 7: return "Jul";
    case 8: return "Aug";
    case 9: return "Sep";
    case 10: return "Oct";
    case 11: return "Nov";
    case 12: return "Dec";
    default: g_assert_not_reached ();
    }
}

/**
 * rc_date_format:
 * @date: a valid date
 *
 * Formats @date the way a resume shows it: month and year ("Jan 2020"), or the year alone
 * when no month is known. The day is never shown.
 *
 * Returns: (transfer full): the formatted date
 */
char *
rc_date_format (const RcDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (date->month <= 12, NULL);

  if (date->month == 0)
    return g_strdup_printf ("%u", date->year);

  return g_strdup_printf ("%s %u", month_abbreviation (date->month), date->year);
}

/**
 * rc_date_format_text:
 * @text: (nullable): a date as written in a JSON Resume file
 *
 * Formats one date from a file: a readable date as rc_date_format() does ("March 2024" and
 * "2024-03" both show "Mar 2024"), an ongoing end as "Present", anything else as written
 * (without surrounding spaces).
 *
 * Returns: (transfer full) (nullable): the date to show, or %NULL when @text is empty
 */
char *
rc_date_format_text (const char *text)
{
  g_autofree char *stripped = NULL;
  RcDate date;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return NULL;

  switch (rc_date_read (stripped, &date))
    {
    case RC_DATE_ISO:
    case RC_DATE_WRITTEN:
      return rc_date_format (&date);
    case RC_DATE_ONGOING:
      return g_strdup (PRESENT);
    case RC_DATE_UNREADABLE:
    default:
      return g_steal_pointer (&stripped);
    }
}

/**
 * rc_date_format_range:
 * @start: (nullable): the start date as written in the file
 * @end: (nullable): the end date as written in the file; empty means ongoing
 *
 * Formats the dates of an entry: "Jan 2020 – Present", "2018 – 2020", or a single date when
 * both ends show the same. Dates that cannot be read are shown as written.
 *
 * Returns: (transfer full) (nullable): the range, or %NULL when both dates are empty
 */
char *
rc_date_format_range (const char *start,
                      const char *end)
{
  g_autofree char *start_text = rc_date_format_text (start);
  g_autofree char *end_text = rc_date_format_text (end);

  if (start_text == NULL)
    return g_steal_pointer (&end_text);

  if (end_text == NULL)
    return g_strconcat (start_text, RANGE_DASH, PRESENT, NULL);

  if (g_str_equal (start_text, end_text))
    return g_steal_pointer (&start_text);

  return g_strconcat (start_text, RANGE_DASH, end_text, NULL);
}
