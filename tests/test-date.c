/* test-date.c — ISO 8601 dates: parsing, ordering and how a resume shows them
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-date.h"

static void
test_parse_valid (void)
{
  static const struct { const char *text; guint year, month, day; } cases[] = {
    { "2020", 2020, 0, 0 },
    { "2020-01", 2020, 1, 0 },
    { "2020-12", 2020, 12, 0 },
    { "2021-03-15", 2021, 3, 15 },
    { "2020-02-29", 2020, 2, 29 },  /* leap year */
    { "2000-02-29", 2000, 2, 29 },  /* divisible by 400 */
    { "1999-12-31", 1999, 12, 31 },
    { "1000", 1000, 0, 0 },
    { "9999-04-30", 9999, 4, 30 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDate date = { 1, 1, 1 };

      g_test_message ("%s", cases[i].text);
      g_assert_true (rc_date_parse (cases[i].text, &date));
      g_assert_cmpuint (date.year, ==, cases[i].year);
      g_assert_cmpuint (date.month, ==, cases[i].month);
      g_assert_cmpuint (date.day, ==, cases[i].day);
    }

  /* the result is optional when only validity matters */
  g_assert_true (rc_date_parse ("2024-06", NULL));
}

static void
test_parse_invalid (void)
{
  static const char *cases[] = {
    "",
    "20",
    "202",
    "0999",
    "2020-1",
    "2020-00",
    "2020-13",
    "2020-01-1",
    "2020-01-00",
    "2020-01-32",
    "2021-02-29",  /* not a leap year */
    "1900-02-29",  /* divisible by 100 but not by 400 */
    "2020-04-31",
    "2020/01",
    "2020-01-",
    "2020-",
    " 2020",
    "2020 ",
    "2020-01-01T10:00:00Z",
    "Jan 2020",
    "Present",
    "+2020",
    "-2020",
    "2020\xef\xbc\x90",  /* a full-width digit is not a digit here */
    "2020-1a",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDate date = { 7, 7, 7 };

      g_test_message ("'%s'", cases[i]);
      g_assert_false (rc_date_parse (cases[i], &date));
      /* a refused date leaves the output alone */
      g_assert_cmpuint (date.year, ==, 7);
    }

  g_assert_false (rc_date_parse (NULL, NULL));
}

/* dates as people write them, and what is no date */
static void
test_read (void)
{
  static const struct
  {
    const char *text;
    RcDateForm  form;
    const char *iso;
  } cases[] = {
    { "2018-05", RC_DATE_ISO, "2018-05" },
    { " 2019 ", RC_DATE_ISO, "2019" },
    { "May 2018", RC_DATE_WRITTEN, "2018-05" },
    { "Apr. 2015", RC_DATE_WRITTEN, "2015-04" },
    { "Sept 2019", RC_DATE_WRITTEN, "2019-09" },
    { "september 2019", RC_DATE_WRITTEN, "2019-09" },
    { "03/2018", RC_DATE_WRITTEN, "2018-03" },
    { "Present", RC_DATE_ONGOING, NULL },
    { "current", RC_DATE_ONGOING, NULL },
    { "Till Date", RC_DATE_ONGOING, NULL },
    { "till now", RC_DATE_ONGOING, NULL },
    { "Summer 2018", RC_DATE_UNREADABLE, NULL },
    { "2016-O1", RC_DATE_UNREADABLE, NULL },
    { "13/2018", RC_DATE_UNREADABLE, NULL },
    { "", RC_DATE_UNREADABLE, NULL },
  };

  g_assert_cmpint (rc_date_read (NULL, NULL), ==, RC_DATE_UNREADABLE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDate date = { 0, 0, 0 };

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (rc_date_read (cases[i].text, &date), ==, cases[i].form);
      g_assert_cmpint (rc_date_read_day (cases[i].text, NULL), ==, cases[i].iso != NULL);
      if (cases[i].iso != NULL)
        {
          g_autofree char *iso = rc_date_to_iso (&date);

          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
    }
}

static void
test_compare (void)
{
  RcDate year, march, march_first, march_second, april, next_year;

  g_assert_true (rc_date_parse ("2020", &year));
  g_assert_true (rc_date_parse ("2020-03", &march));
  g_assert_true (rc_date_parse ("2020-03-01", &march_first));
  g_assert_true (rc_date_parse ("2020-03-02", &march_second));
  g_assert_true (rc_date_parse ("2020-04", &april));
  g_assert_true (rc_date_parse ("2021-01", &next_year));

  g_assert_cmpint (rc_date_compare (&march, &march), ==, 0);
  g_assert_cmpint (rc_date_compare (&year, &march), <, 0);
  g_assert_cmpint (rc_date_compare (&march, &year), >, 0);
  g_assert_cmpint (rc_date_compare (&march, &march_first), <, 0);
  g_assert_cmpint (rc_date_compare (&march_first, &march_second), <, 0);
  g_assert_cmpint (rc_date_compare (&march_second, &april), <, 0);
  g_assert_cmpint (rc_date_compare (&april, &next_year), <, 0);
  g_assert_cmpint (rc_date_compare (&next_year, &year), >, 0);
}

static void
test_format (void)
{
  static const struct { const char *text; const char *shown; } cases[] = {
    { "2020", "2020" },
    { "2020-01", "Jan 2020" },
    { "2019-05-17", "May 2019" },
    { "2023-09", "Sep 2023" },
    { "2024-12-31", "Dec 2024" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDate date;
      g_autofree char *shown = NULL;

      g_assert_true (rc_date_parse (cases[i].text, &date));
      shown = rc_date_format (&date);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

static void
test_format_text (void)
{
  g_autofree char *valid = rc_date_format_text ("2024-03");
  g_autofree char *padded = rc_date_format_text ("  2024-03 ");
  g_autofree char *invalid = rc_date_format_text ("Spring 2024");
  g_autofree char *impossible = rc_date_format_text ("2023-02-29");

  g_assert_cmpstr (valid, ==, "Mar 2024");
  g_assert_cmpstr (padded, ==, "Mar 2024");
  g_assert_cmpstr (invalid, ==, "Spring 2024");
  g_assert_cmpstr (impossible, ==, "2023-02-29");
  g_assert_null (rc_date_format_text (NULL));
  g_assert_null (rc_date_format_text (""));
  g_assert_null (rc_date_format_text ("   "));
}

static void
test_format_range (void)
{
  static const struct { const char *start; const char *end; const char *shown; } cases[] = {
    { "2020-01", NULL, "Jan 2020 \u2013 Present" },
    { "2020-01", "", "Jan 2020 \u2013 Present" },
    { "2020-01", " ", "Jan 2020 \u2013 Present" },
    { "2018", "2020", "2018 \u2013 2020" },
    { "2018-06-01", "2020-02-15", "Jun 2018 \u2013 Feb 2020" },
    { "2019-07", "2019-07", "Jul 2019" },
    { "2019-07-01", "2019-07-31", "Jul 2019" },  /* same month shows once */
    { NULL, "2019-12", "Dec 2019" },
    { "", "2019", "2019" },
    { "Fall 2018", "2019-05", "Fall 2018 \u2013 May 2019" },
    { "2018-13", "now", "2018-13 \u2013 Present" },
    { "March 2018", " Present ", "Mar 2018 \u2013 Present" },
    { "03/2018", "Sept. 2019", "Mar 2018 \u2013 Sep 2019" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = rc_date_format_range (cases[i].start, cases[i].end);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }

  g_assert_null (rc_date_format_range (NULL, NULL));
  g_assert_null (rc_date_format_range ("", " "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/parse-valid", test_parse_valid);
  g_test_add_func ("/core/date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/core/date/read", test_read);
  g_test_add_func ("/core/date/compare", test_compare);
  g_test_add_func ("/core/date/format", test_format);
  g_test_add_func ("/core/date/format-text", test_format_text);
  g_test_add_func ("/core/date/format-range", test_format_range);

  return g_test_run ();
}
