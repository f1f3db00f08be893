/* rc-checks-dates.c — whole-resume checks of time: dates, their order, and the page count
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-coach-state.h"
#include "rc-date.h"
#include "rc-document-private.h"
#include "rc-json-pointer.h"

/* ------------------------------------------------------------------------------------------ */
/* Dates and length                                                                           */

static const char * const date_fields[] = { "startDate", "endDate", "date", "releaseDate" };

/* "/work/3/startDate" */
static char *
entry_member (RcSection   section,
              guint       index,
              const char *member)
{
  g_autofree char *entry = rc_json_pointer_append_index (rc_section_get_info (section)->pointer,
                                                         index);

  return rc_json_pointer_append (entry, member);
}

/* dates.invalid: a date that cannot be read, an ongoing word as a start, or an end before its
 * start */
static void
run_dates (RcCheckContext *ctx,
           const RcRule   *rule)
{
  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array = root_array (ctx, rc_section_get_info (section)->id);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);
          RcDate dates[G_N_ELEMENTS (date_fields)];
          RcDateForm forms[G_N_ELEMENTS (date_fields)] = { RC_DATE_UNREADABLE };

          for (guint f = 0; object != NULL && f < G_N_ELEMENTS (date_fields); f++)
            {
              const char *value = rc_json_get_member_string (object, date_fields[f]);
              g_autofree char *pointer = NULL;

              if (is_blank (value))
                continue;
              forms[f] = rc_date_read (value, &dates[f]);
              if (forms[f] == RC_DATE_ISO || forms[f] == RC_DATE_WRITTEN ||
                  (forms[f] == RC_DATE_ONGOING && f == 1))
                continue;
              pointer = entry_member (section, i, date_fields[f]);
              add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0,
                                              (guint) g_utf8_strlen (value, -1), value, NULL,
                                              NULL));
            }
          if ((forms[0] == RC_DATE_ISO || forms[0] == RC_DATE_WRITTEN) &&
              (forms[1] == RC_DATE_ISO || forms[1] == RC_DATE_WRITTEN) &&
              rc_date_compare (&dates[1], &dates[0]) < 0)
            {
              const char *value = rc_json_get_member_string (object, "endDate");
              g_autofree char *pointer = entry_member (section, i, "endDate");

              add (ctx, rc_rule_make_variant (rule, "order", rule->info.level, pointer, 0,
                                              (guint) g_utf8_strlen (value, -1), value, NULL,
                                              "start", rc_json_get_member_string (object, "startDate"),
                                              NULL));
            }
        }
    }
}

/* dates.format's fix: the section as JSON with every readable date as YYYY-MM (or as the
 * file wrote it, when that says more or less) and "Present" ends left out */
static char *
section_dates_fix (RcCheckContext *ctx,
                   const char     *pointer)
{
  JsonNode *node = rc_document_get (ctx->document, pointer);
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(JsonNode) copy = node != NULL ? rc_document_dup_tree (ctx->document, node, &texts)
                                          : NULL;
  JsonArray *array;

  if (copy == NULL || !JSON_NODE_HOLDS_ARRAY (copy))
    return NULL;
  array = json_node_get_array (copy);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = rc_json_get_element_object (array, i);

      for (guint f = 0; object != NULL && f < G_N_ELEMENTS (date_fields); f++)
        {
          RcDate date;
          RcDateForm form = rc_date_read (rc_json_get_member_string (object, date_fields[f]),
                                          &date);

          if (form == RC_DATE_WRITTEN)
            {
              g_autofree char *iso = rc_date_to_iso (&date);

              json_object_set_string_member (object, date_fields[f], iso);
            }
          else if (form == RC_DATE_ONGOING && f == 1)
            json_object_remove_member (object, date_fields[f]);
        }
    }
  return rc_document_json_text (copy, texts);
}

/* dates.format: readable dates not written as JSON Resume asks, said once per section */
static void
run_date_format (RcCheckContext *ctx,
                 const RcRule   *rule)
{
  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array = root_array (ctx, rc_section_get_info (section)->id);
      const char *first = NULL;
      g_autofree char *first_iso = NULL;
      g_autofree char *count_text = NULL;
      g_autofree char *fix = NULL;
      const char *pointer;
      guint count = 0;

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);

          for (guint f = 0; object != NULL && f < G_N_ELEMENTS (date_fields); f++)
            {
              const char *value = rc_json_get_member_string (object, date_fields[f]);
              RcDate date;
              RcDateForm form = rc_date_read (value, &date);

              if (form != RC_DATE_WRITTEN && (form != RC_DATE_ONGOING || f != 1))
                continue;
              if (count++ == 0)
                {
                  first = value;
                  first_iso = form == RC_DATE_WRITTEN ? rc_date_to_iso (&date) : NULL;
                }
            }
        }
      if (count == 0)
        continue;
      count_text = uint_string (count);
      pointer = rc_section_get_info (section)->pointer;
      fix = section_dates_fix (ctx, pointer);
      if (first_iso != NULL)
        add (ctx, rc_rule_make_variant (rule, count == 1 ? "one" : "many", rule->info.level,
                                        pointer, 0, 0, NULL, fix, "count", count_text,
                                        "first", first, "fix", first_iso, NULL));
      else
        add (ctx, rc_rule_make_variant (rule, count == 1 ? "ongoing-one" : "ongoing",
                                        rule->info.level, pointer, 0, 0, NULL, fix,
                                        "count", count_text, "first", first, NULL));
    }
}

static gboolean
parse_sections (RcRule         *rule,
                JsonObject     *params,
                const RcVerbs  *verbs,
                GError        **error)
PARSE_WITH ("sections")

/* an entry's place in time: its end (none: ongoing), then its start */
static gboolean
entry_dates (JsonObject *object,
             RcDate     *end,
             gboolean   *ongoing,
             RcDate     *start)
{
  const char *end_text = rc_json_get_member_string (object, "endDate");
  const char *start_text = rc_json_get_member_string (object, "startDate");
  RcDateForm end_form = rc_date_read (end_text, end);

  *ongoing = is_blank (end_text) || end_form == RC_DATE_ONGOING;
  if (!*ongoing && end_form == RC_DATE_UNREADABLE)
    return FALSE;
  if (is_blank (start_text))
    {
      if (*ongoing)
        return FALSE;
      *start = *end;
      return TRUE;
    }
  return rc_date_read_day (start_text, start);
}

/* dates.order: each entry should be no newer than the one above it */
static void
run_date_order (RcCheckContext *ctx,
                const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint defaults = (1u << RC_SECTION_WORK) | (1u << RC_SECTION_EDUCATION) |
                   (1u << RC_SECTION_VOLUNTEER);

  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    {
      JsonArray *array = root_array (ctx, rc_section_get_info (section)->id);
      RcDate prev_end = { 0 }, prev_start = { 0 };
      gboolean have_prev = FALSE, prev_ongoing = FALSE;

      if (array == NULL || !section_selected (params, defaults, section))
        continue;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = rc_json_get_element_object (array, i);
          RcDate end = { 0 }, start = { 0 };
          gboolean ongoing;
          gboolean newer;

          if (object == NULL || !entry_dates (object, &end, &ongoing, &start))
            continue;
          if (have_prev)
            {
              if (ongoing != prev_ongoing)
                newer = ongoing;
              else if (!ongoing && rc_date_compare (&end, &prev_end) != 0)
                newer = rc_date_compare (&end, &prev_end) > 0;
              else
                newer = rc_date_compare (&start, &prev_start) > 0;
              if (newer)
                {
                  g_autofree char *pointer =
                    rc_json_pointer_append_index (rc_section_get_info (section)->pointer, i);
                  const char *name = rc_json_get_member_string (object, "name");

                  if (is_blank (name))
                    name = rc_json_get_member_string (object, "institution");
                  if (is_blank (name))
                    name = rc_json_get_member_string (object, "organization");
                  add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL,
                                                  NULL, "name", name != NULL ? name : "", NULL));
                }
            }
          prev_end = end;
          prev_start = start;
          prev_ongoing = ongoing;
          have_prev = TRUE;
        }
    }
}

static gboolean
parse_pages (RcRule         *rule,
             JsonObject     *params,
             const RcVerbs  *verbs,
             GError        **error)
PARSE_WITH ("max", "junior-max", "junior-years")

/* years from the first role's start to the last one's end (or today) */
static guint
years_of_experience (RcCheckContext *ctx)
{
  JsonArray *work = root_array (ctx, "work");
  guint first = G_MAXUINT, last = 0;

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *role = rc_json_get_element_object (work, i);
      const char *end_text = rc_json_get_member_string (role, "endDate");
      RcDate start, end;
      guint end_months;

      if (role == NULL || !rc_date_read_day (rc_json_get_member_string (role, "startDate"), &start))
        continue;
      first = MIN (first, start.year * 12 + MAX (start.month, 1) - 1);
      if (rc_date_read_day (end_text, &end))
        end_months = end.year * 12 + MAX (end.month, 1) - 1;
      else
        end_months = g_date_get_year (&ctx->today) * 12 + g_date_get_month (&ctx->today) - 1;
      last = MAX (last, end_months);
    }
  return first == G_MAXUINT || last < first ? 0 : (last - first) / 12;
}

/* length.pages: pages as the PDF export lays them out */
static void
run_pages (RcCheckContext *ctx,
           const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max = params->max >= 0 ? (guint) params->max : 2;
  guint junior_max = params->junior_max >= 0 ? (guint) params->junior_max : 1;
  guint junior_years = params->junior_years >= 0 ? (guint) params->junior_years : 10;
  guint pages = ctx->pages;
  guint years;
  g_autofree char *pages_text = NULL, *years_text = NULL, *max_text = NULL, *experience = NULL;

  if (pages <= junior_max)
    return;
  years = years_of_experience (ctx);
  pages_text = uint_string (pages);
  years_text = uint_string (years);
  experience = g_strdup_printf (ngettext ("%u year of experience", "%u years of experience",
                                          years), years);
  if (pages > max)
    {
      max_text = uint_string (max);
      add (ctx, rc_rule_make_variant (rule, "too-long", RC_LEVEL_ERROR, "", 0, 0, NULL, NULL,
                                      "pages", pages_text, "years", years_text, "max", max_text,
                                      "experience", experience, NULL));
    }
  else if (years < junior_years)
    {
      max_text = uint_string (junior_max);
      add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                      "pages", pages_text, "years", years_text, "max", max_text,
                                      "experience", experience, NULL));
    }
}

static gboolean
parse_last_page (RcRule         *rule,
                 JsonObject     *params,
                 const RcVerbs  *verbs,
                 GError        **error)
PARSE_WITH ("max")

/* length.last-page: a last page holding a few lines, which cutting them or a denser
 * template would save; past "max" lines the page is a real one */
static void
run_last_page (RcCheckContext *ctx,
               const RcRule   *rule)
{
  const Params *params = get_params (rule);
  guint max = params->max >= 0 ? (guint) params->max : 6;
  gboolean compact;
  gboolean one;
  g_autofree char *lines_text = NULL, *pages_text = NULL;

  if (ctx->pages < 2 || ctx->last_page_lines == 0 || ctx->last_page_lines > max)
    return;
  lines_text = uint_string (ctx->last_page_lines);
  pages_text = uint_string (ctx->pages);
  /* the variants say "one line" rather than "1 lines", and drop the advice to pick Compact
   * when it is the template already */
  compact = rc_coach_state_get_template (ctx->document) == RC_PDF_TEMPLATE_COMPACT;
  one = ctx->last_page_lines == 1;
  if (compact || one)
    add (ctx, rc_rule_make_variant (rule, compact ? (one ? "compact-one" : "compact") : "one",
                                    rule->info.level, "", 0, 0, NULL, NULL,
                                    "lines", lines_text, "pages", pages_text, NULL));
  else
    add (ctx, rc_rule_make_finding (rule, rule->info.level, "", 0, 0, NULL, NULL,
                                    "lines", lines_text, "pages", pages_text, NULL));
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                               */

const RcCheckClass rc_checks_dates[] = {
  { "dates", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_dates },
  { "date-format", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_date_format },
  { "date-order", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    parse_sections, rc_checks_params_free, NULL, NULL, run_date_order },
  { "pages", RC_CHECKS_WHOLE, FALSE,
    RC_DEPENDS_JSON | RC_DEPENDS_STRINGS | RC_DEPENDS_TODAY | RC_DEPENDS_PAGES,
    parse_pages, rc_checks_params_free, NULL, NULL, run_pages },
  { "last-page", RC_CHECKS_WHOLE, FALSE,
    RC_DEPENDS_JSON | RC_DEPENDS_STRINGS | RC_DEPENDS_PAGES,
    parse_last_page, rc_checks_params_free, NULL, NULL, run_last_page },
  { NULL },
};
