/* rc-cli-check.c — the `check` and `rules` commands
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "rc-cli.h"
#include "rc-pdf.h"
#include "rc-engine.h"
#include "rc-file.h"
#include "rc-job.h"
#include "rc-page-count.h"
#include "rc-spell.h"
#include "rc-verbs.h"

#define EXIT_FINDINGS 1

/* The built-in rules and the user's packs; a bad pack costs one line on stderr, no more */
static RcRuleSet *
load_rules (void)
{
  RcRuleSet *rules = rc_rule_set_new_builtin ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  rc_rule_set_load_user_packs (rules, errors);
  for (guint i = 0; i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);
      g_autofree char *line = g_strdup (error->message);

      g_strdelimit (line, "\r\n", ' ');
      /* TRANSLATORS: %s is "FILE: what is wrong with it" */
      fprintf (stderr, _("resume-coach: warning: rule pack skipped: %s\n"), line);
    }
  return rules;
}

static gboolean
parse_format (const char *format,
              gboolean   *json)
{
  if (format == NULL || strcmp (format, "text") == 0)
    *json = FALSE;
  else if (strcmp (format, "json") == 0)
    *json = TRUE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
write_stdout (const char *text)
{
  return fputs (text, stdout) >= 0 && fflush (stdout) == 0;
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             char       **strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

/* The built object, pretty-printed and ending in a newline as a text file does */
/* Pretty for one resume; one line each in a batch (JSON Lines) */
static char *
builder_to_json (JsonBuilder *builder,
                 gboolean     pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *json = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json = json_generator_to_data (generator, NULL);
  return g_strconcat (json, "\n", NULL);
}

/* how many lines of the breakdown the text output shows */
#define BREAKDOWN_LINES 5

static void
add_breakdown (JsonBuilder *builder,
               RcReport    *report)
{
  guint n_items;
  const RcScoreItem *items = rc_report_get_breakdown (report, &n_items);

  json_builder_set_member_name (builder, "breakdown");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_object (builder);
  for (guint c = 0; c < RC_N_CATEGORIES; c++)
    {
      json_builder_set_member_name (builder, rc_category_to_string (c));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "points");
      json_builder_add_int_value (builder, rc_report_get_category_score (report, c));
      json_builder_set_member_name (builder, "max");
      json_builder_add_int_value (builder, rc_category_get_max (c));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "costs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_items; i++)
    {
      json_builder_begin_object (builder);
      add_string_or_null (builder, "category", rc_category_to_string (items[i].category));
      add_string_or_null (builder, "rule", items[i].rule_id);
      json_builder_set_member_name (builder, "points");
      json_builder_add_double_value (builder, (gint) (items[i].points * 10 + 0.5) / 10.0);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, items[i].count);
      add_string_or_null (builder, "label", items[i].label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
asked_id (RcAtsAsked asked)
{
  switch (asked)
    {
    case RC_ATS_ASKED_REQUIRED:
      return "requirement";
    case RC_ATS_ASKED_NICE:
      return "nice-to-have";
    case RC_ATS_ASKED_BODY:
    default:
      return "body";
    }
}

static const char *
status_id (RcAtsStatus status)
{
  switch (status)
    {
    case RC_ATS_MATCHED:
      return "matched";
    case RC_ATS_IMPLIED:
      return "implied";
    case RC_ATS_ALTERNATIVE:
      return "alternative";
    case RC_ATS_MISSING:
    default:
      return "missing";
    }
}

/* each keyword: its weight, where the job asks for it, how often each side names it, what
 * backs it and, for a gap, the bullet whose skills are nearest */
static void
add_ats_keywords (JsonBuilder      *builder,
                  const RcAtsMatch *ats)
{
  add_strings (builder, "skills_only", ats->skills_only);
  json_builder_set_member_name (builder, "keywords");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ats->n_keywords; i++)
    {
      const RcAtsKeyword *keyword = &ats->keywords[i];

      json_builder_begin_object (builder);
      add_string_or_null (builder, "keyword", keyword->keyword);
      add_string_or_null (builder, "skill", keyword->skill_id);
      add_string_or_null (builder, "name", keyword->name);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_int_value (builder, keyword->weight);
      add_string_or_null (builder, "asked", asked_id (keyword->asked));
      json_builder_set_member_name (builder, "job_count");
      json_builder_add_int_value (builder, keyword->job_count);
      json_builder_set_member_name (builder, "resume_count");
      json_builder_add_int_value (builder, keyword->resume_count);
      add_string_or_null (builder, "status", status_id (keyword->status));
      add_string_or_null (builder, "via", keyword->via);
      add_string_or_null (builder, "alternatives", keyword->alternatives);
      add_string_or_null (builder, "backed_by",
                          keyword->status == RC_ATS_MISSING ||
                          keyword->status == RC_ATS_ALTERNATIVE ? NULL
                          : keyword->in_bullets ? "bullets" : "skills");
      add_string_or_null (builder, "related", keyword->related);
      add_string_or_null (builder, "related_pointer", keyword->related_pointer);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* With @file (a batch), the object names its file first and takes one line */
static char *
report_to_json (RcReport   *report,
                const char *file)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *findings = rc_report_get_findings (report);
  const RcAtsMatch *ats = rc_report_get_ats (report);

  json_builder_begin_object (builder);
  if (file != NULL)
    add_string_or_null (builder, "file", file);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, rc_report_get_score (report));

  json_builder_set_member_name (builder, "ats");
  if (ats != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "match");
      json_builder_add_int_value (builder, ats->match);
      add_strings (builder, "matched", ats->matched);
      add_strings (builder, "missing", ats->missing);
      add_ats_keywords (builder, ats);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "rule", finding->rule_id);
      add_string_or_null (builder, "level", rc_level_to_string (finding->level));
      add_string_or_null (builder, "pointer", finding->pointer);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, finding->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, finding->end);
      add_string_or_null (builder, "message", finding->message);
      add_string_or_null (builder, "advice", finding->advice);
      add_string_or_null (builder, "fix", finding->fix);
      add_string_or_null (builder, "tip", finding->tip);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ignored");
  json_builder_add_int_value (builder, rc_report_get_ignored (report));
  add_breakdown (builder, report);
  json_builder_end_object (builder);

  return builder_to_json (builder, file == NULL);
}

static char *
join_or_none (char **strings)
{
  if (strings == NULL || strings[0] == NULL)
    /* TRANSLATORS: an empty list of keywords */
    return g_strdup (C_("keywords", "none"));
  return g_strjoinv (", ", strings);
}

/* "Content 52/70, completeness 18/20, format 9/10", then what costs the most, a line each */
static void
append_breakdown (GString  *out,
                  RcReport *report)
{
  guint n_items, shown = 0;
  const RcScoreItem *items = rc_report_get_breakdown (report, &n_items);

  /* TRANSLATORS: the score's three parts and their points, e.g. "Content 52/70,
   * completeness 18/20, format 9/10" */
  g_string_append_printf (out, _("Content %u/%u, completeness %u/%u, format %u/%u\n"),
                          rc_report_get_category_score (report, RC_CATEGORY_CONTENT),
                          rc_category_get_max (RC_CATEGORY_CONTENT),
                          rc_report_get_category_score (report, RC_CATEGORY_COMPLETENESS),
                          rc_category_get_max (RC_CATEGORY_COMPLETENESS),
                          rc_report_get_category_score (report, RC_CATEGORY_FORMAT),
                          rc_category_get_max (RC_CATEGORY_FORMAT));
  for (guint i = 0; i < n_items && shown < BREAKDOWN_LINES; i++)
    {
      guint points = (guint) (items[i].points + 0.5);

      if (points == 0)
        break;
      if (shown++ == 0)
        g_string_append_printf (out, "%s\n", _("What costs the most points:"));
      g_string_append_printf (out, "  -%u  %s", points, items[i].label);
      if (items[i].rule_id != NULL && items[i].count > 1)
        /* TRANSLATORS: after a line of the score's breakdown: how often it was found */
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " (%u time)", " (%u times)",
                                                  items[i].count), items[i].count);
      if (items[i].rule_id != NULL)
        g_string_append_printf (out, " [%s]", items[i].rule_id);
      g_string_append_c (out, '\n');
    }
}

static const char *
asked_label (RcAtsAsked asked)
{
  switch (asked)
    {
    case RC_ATS_ASKED_REQUIRED:
      /* TRANSLATORS: where a job asks for a keyword */
      return C_("asked", "requirement");
    case RC_ATS_ASKED_NICE:
      return C_("asked", "nice to have");
    case RC_ATS_ASKED_BODY:
    default:
      return C_("asked", "body");
    }
}

static gboolean
is_hard_skill (const char *id)
{
  const RcSkill *skill = id != NULL ? rc_taxonomy_get_skill (rc_taxonomy_get_default (), id)
                                    : NULL;

  return skill == NULL || skill->hard;
}

/* whether the resume shows the job's keyword @written */
static gboolean
is_shown (const RcAtsMatch *ats,
          const char       *written)
{
  for (guint i = 0; i < ats->n_keywords; i++)
    if (g_strcmp0 (ats->keywords[i].keyword, written) == 0)
      return ats->keywords[i].status == RC_ATS_MATCHED ||
             ats->keywords[i].status == RC_ATS_IMPLIED;
  return FALSE;
}

/* one line a keyword: "  Kubernetes  21  requirement  job 2×, resume 1×  via EKS, in a bullet" */
static void
append_ats_keywords (GString          *out,
                     const RcAtsMatch *ats)
{
  gsize width = 0;

  for (guint i = 0; i < ats->n_keywords; i++)
    width = MAX (width, (gsize) g_utf8_strlen (ats->keywords[i].keyword, -1));
  for (guint i = 0; i < ats->n_keywords; i++)
    {
      const RcAtsKeyword *keyword = &ats->keywords[i];
      g_autofree char *what = NULL;
      gsize pad = width - g_utf8_strlen (keyword->keyword, -1);

      if (keyword->status == RC_ATS_ALTERNATIVE && is_shown (ats, keyword->via))
        /* TRANSLATORS: one of the job's choices of skills the resume needs not have; %s is
         * the one it has */
        what = g_strdup_printf (_("not needed: you have %s, which the job takes instead"),
                                keyword->via);
      else if (keyword->status == RC_ATS_ALTERNATIVE)
        /* TRANSLATORS: one of the job's choices of skills; %s is another, which the job also
         * asks for by itself */
        what = g_strdup_printf (_("not needed: the job asks for %s by itself, and that one "
                                  "does for both"), keyword->via);
      else if (keyword->status == RC_ATS_MISSING && keyword->alternatives != NULL)
        /* TRANSLATORS: a missing keyword that is one of the job's choices; %s: the others */
        what = g_strdup_printf (_("missing: the job takes it or %s; add the one you have to "
                                  "Skills"), keyword->alternatives);
      else if (keyword->status == RC_ATS_MISSING && keyword->related != NULL &&
               !is_hard_skill (keyword->skill_id))
        /* TRANSLATORS: a missing practice's advice; %s names skills, then a JSON pointer */
        what = g_strdup_printf (_("missing: show it in the bullet about %s (%s) if you have "
                                  "done it"), keyword->related, keyword->related_pointer);
      else if (keyword->status == RC_ATS_MISSING && keyword->related != NULL)
        /* TRANSLATORS: a missing keyword's advice; %s names skills, then a JSON pointer */
        what = g_strdup_printf (_("missing: add it to Skills, or to the bullet about %s (%s)"),
                                keyword->related, keyword->related_pointer);
      else if (keyword->status == RC_ATS_MISSING && !is_hard_skill (keyword->skill_id))
        /* a practice: a Skills list saying "design docs" convinces nobody */
        what = g_strdup (_("missing: show it in a bullet if you have done it"));
      else if (keyword->status == RC_ATS_MISSING)
        what = g_strdup (_("missing: add it to Skills if you have it"));
      else if (keyword->via != NULL)
        /* TRANSLATORS: a keyword the resume shows through another skill: "via EKS" */
        what = g_strdup_printf (keyword->in_bullets ? _("via %s, in a bullet")
                                                    : _("via %s, only in Skills"), keyword->via);
      else
        what = g_strdup (keyword->in_bullets ? _("matched in a bullet")
                                             : _("matched, only in Skills"));
      /* TRANSLATORS: a keyword, its weight, where the job asks for it, how often the job and
       * the resume name it, and what to do */
      g_string_append_printf (out, _("  %s%*s  %3u  %-12s  job %u×, resume %u×  %s\n"),
                              keyword->keyword, (int) pad, "", keyword->weight,
                              asked_label (keyword->asked), keyword->job_count,
                              keyword->resume_count, what);
    }
}

static char *
report_to_text (RcReport   *report,
                const char *path)
{
  GString *out = g_string_new (NULL);
  GPtrArray *findings = rc_report_get_findings (report);
  const RcAtsMatch *ats = rc_report_get_ats (report);
  guint errors = rc_report_count_level (report, RC_LEVEL_ERROR);
  guint warnings = rc_report_count_level (report, RC_LEVEL_WARNING);
  guint suggestions = rc_report_count_level (report, RC_LEVEL_SUGGESTION);
  guint ignored = rc_report_get_ignored (report);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      /* FILE:POINTER:START-END: LEVEL: message [rule-id] */
      g_string_append_printf (out, "%s:%s:%u-%u: %s: %s [%s]\n", path, finding->pointer,
                              finding->start, finding->end,
                              rc_level_to_string (finding->level), finding->message,
                              finding->rule_id);
    }

  g_string_append_printf (out, _("Score: %u/100"), rc_report_get_score (report));
  g_string_append (out, " (");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors),
                          errors);
  g_string_append (out, ", ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                            warnings), warnings);
  g_string_append (out, ", ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u suggestion",
                                            "%u suggestions", suggestions), suggestions);
  if (ignored > 0)
    {
      g_string_append (out, ", ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u ignored", "%u ignored",
                                                ignored), ignored);
    }
  g_string_append (out, ")\n");
  append_breakdown (out, report);

  if (ats != NULL)
    {
      g_autofree char *matched = join_or_none (ats->matched);
      g_autofree char *missing = join_or_none (ats->missing);

      /* TRANSLATORS: the ATS match; %u is a percentage, then keyword lists */
      g_string_append_printf (out, _("ATS match: %u%% (matched: %s; missing: %s)\n"),
                              ats->match, matched, missing);
      append_ats_keywords (out, ats);
    }

  return g_string_free (out, FALSE);
}

static gboolean
fails (RcReport   *report,
       const char *fail_on)
{
  if (strcmp (fail_on, "never") == 0)
    return FALSE;
  if (rc_report_count_level (report, RC_LEVEL_ERROR) > 0)
    return TRUE;
  return strcmp (fail_on, "warning") == 0 &&
         rc_report_count_level (report, RC_LEVEL_WARNING) > 0;
}

/* What one resume of a batch scored, for the summary table */
typedef struct
{
  char *path;
  int   score;   /* -1: not checked (bad input) */
  guint errors;
  guint warnings;
  guint suggestions;
} Checked;

static void
checked_clear (gpointer data)
{
  Checked *checked = data;

  g_free (checked->path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the JSON files of folder @path, by name */
static gboolean
add_folder (GPtrArray   *paths,
            GFile       *folder,
            const char  *path,
            GError     **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return FALSE;
  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && *name != '.' &&
          g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (path, g_ptr_array_index (names, i), NULL));
  return TRUE;
}

/* Adds the paths standard input lists, one per line (a path of any length; the line's end,
 * \n or \r\n, is not part of it; blank lines are skipped); FALSE when it lists none */
static gboolean
add_stdin_list (GPtrArray *paths)
{
  char *line = NULL;
  size_t size = 0;
  ssize_t length;
  guint before = paths->len;

  while ((length = getline (&line, &size, stdin)) >= 0)
    {
      while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        line[--length] = '\0';
      if (length > 0)
        g_ptr_array_add (paths, g_strndup (line, length));
    }
  free (line);
  return paths->len > before;
}

/* The resumes the arguments name: files, the JSON files of a folder, and with "-" the paths
 * standard input lists. A folder that cannot be read is bad input: its path is kept, and the
 * check says why; one without JSON files is reported here, in @status. */
static GPtrArray *
collect_paths (char **args,
               int   *status)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 1; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      if (strcmp (args[i], "-") == 0)
        {
          if (!add_stdin_list (paths))
            *status = rc_cli_fail (_("standard input"), _("no resume paths on standard input"));
          continue;
        }
      file = g_file_new_for_commandline_arg (args[i]);
      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        g_ptr_array_add (paths, g_strdup (args[i]));
      else
        {
          guint before = paths->len;

          if (!add_folder (paths, file, args[i], &error))
            g_ptr_array_add (paths, g_strdup (args[i]));
          else if (paths->len == before)
            *status = rc_cli_fail (args[i], _("this folder holds no .json files"));
        }
    }
  return paths;
}

/* Reads the resume at @path for check_one(); on bad input prints why (in a batch with JSON,
 * also a line that names the file), sets @status to the exit status for it and returns %NULL */
static RcDocument *
open_one (const char *path,
          gboolean    json,
          gboolean    batch,
          Checked    *checked,
          int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  RcDocument *document;
  const char *reason;

  checked->path = g_strdup (path);
  checked->score = -1;
  document = rc_document_new_from_file (file, NULL, &error);
  if (document != NULL)
    return document;

  reason = rc_cli_describe_io_error (error, FALSE);
  if (json && batch)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *output = NULL;

      json_builder_begin_object (builder);
      add_string_or_null (builder, "file", path);
      add_string_or_null (builder, "error", reason);
      json_builder_end_object (builder);
      output = builder_to_json (builder, FALSE);
      write_stdout (output);
    }
  *status = rc_cli_fail (path, "%s", reason);
  return NULL;
}

/* Checks one resume and prints what the single check prints (in a batch, JSON on one line
 * that names the file); the exit status for it */
static int
check_one (RcRuleSet  *rules,
           RcDocument *document,
           const char *path,
           const char *job_text,
           gboolean    json,
           gboolean    batch,
           const char *fail_on,
           Checked    *checked)
{
  g_autoptr(RcEngine) engine = rc_engine_new (rules);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, job_text);
  g_autofree char *output = NULL;

  checked->score = (int) rc_report_get_score (report);
  checked->errors = rc_report_count_level (report, RC_LEVEL_ERROR);
  checked->warnings = rc_report_count_level (report, RC_LEVEL_WARNING);
  checked->suggestions = rc_report_count_level (report, RC_LEVEL_SUGGESTION);

  output = json ? report_to_json (report, batch ? path : NULL) : report_to_text (report, path);
  if (!write_stdout (output))
    return rc_cli_fail (_("standard output"), _("could not write to standard output"));

  return fails (report, fail_on) ? EXIT_FINDINGS : 0;
}

/* Makes, beside the thread that reads the rules, what the first check needs next: the verbs
 * (which the rules wait for once their JSON is parsed), the shared spelling lexicon and the
 * taxonomy, then the page count of @data, the first resume (may be %NULL; a reference the
 * thread drops). Each is shared and locked for any thread (a once-only initialisation, the
 * page count's lock), so whichever thread needs one first makes it and the other waits for
 * it: on two cores a single `check` takes about the longer of the two halves instead of
 * their sum, the same work done once. */
static gpointer
prepare_first_check (gpointer data)
{
  g_autoptr(RcDocument) document = data;  /* its own reference: the check may finish first */

  rc_verbs_get_default ();
  rc_spell_get_default ();
  rc_taxonomy_get_default ();
  if (document != NULL)
    rc_page_count (document);
  return NULL;
}

/* One row of the batch table: the file padded to @width, then each number right-aligned
 * under its heading (a negative score prints blank) */
static void
append_row (GString     *out,
            const char  *name,
            glong        width,
            const char **headings,
            int          score,
            guint        errors,
            guint        warnings,
            guint        suggestions)
{
  guint counts[] = { errors, warnings, suggestions };

  g_string_append_printf (out, "%s%*s", name, (int) (width - g_utf8_strlen (name, -1)), "");
  if (score >= 0)
    g_string_append_printf (out, "  %*d", (int) g_utf8_strlen (headings[0], -1), score);
  else
    g_string_append_printf (out, "  %*s", (int) g_utf8_strlen (headings[0], -1), "");
  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    g_string_append_printf (out, "  %*u", (int) g_utf8_strlen (headings[c + 1], -1), counts[c]);
  g_string_append_c (out, '\n');
}

/* The batch's last lines: each file with its score and its errors, warnings and suggestions,
 * a total, and how many were checked */
static char *
summary_to_text (GArray *checked)
{
  GString *out = g_string_new ("\n");
  /* TRANSLATORS: the headings of the table after a batch check; keep them short */
  const char *file_heading = _("File");
  const char *headings[] = { _("Score"), _("Errors"), _("Warnings"), _("Suggestions") };
  /* TRANSLATORS: the last row of the table after a batch check: the sums of its columns */
  const char *total_heading = _("Total");
  glong width = MAX (g_utf8_strlen (file_heading, -1), g_utf8_strlen (total_heading, -1));
  guint failed = 0, errors = 0, warnings = 0, suggestions = 0;

  for (guint i = 0; i < checked->len; i++)
    width = MAX (width, g_utf8_strlen (g_array_index (checked, Checked, i).path, -1));

  g_string_append_printf (out, "%s%*s", file_heading,
                          (int) (width - g_utf8_strlen (file_heading, -1)), "");
  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    g_string_append_printf (out, "  %s", headings[h]);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < checked->len; i++)
    {
      const Checked *one = &g_array_index (checked, Checked, i);

      if (one->score < 0)
        {
          int pad = (int) (width - g_utf8_strlen (one->path, -1));

          /* TRANSLATORS: in the batch table, for a file that could not be checked */
          g_string_append_printf (out, "%s%*s  %s\n", one->path, pad, "", _("not checked"));
          failed++;
          continue;
        }
      append_row (out, one->path, width, headings, one->score, one->errors, one->warnings,
                  one->suggestions);
      errors += one->errors;
      warnings += one->warnings;
      suggestions += one->suggestions;
    }
  append_row (out, total_heading, width, headings, -1, errors, warnings, suggestions);

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u resume checked",
                                            "%u resumes checked", checked->len - failed),
                          checked->len - failed);
  if (failed > 0)
    {
      g_string_append (out, ", ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u could not be read",
                                                "%u could not be read", failed), failed);
    }
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * rc_cli_command_check:
 * @argc: the argument count
 * @argv: "check" and its arguments
 *
 * `resume-coach check FILE... [--job JOB] [--format text|json] [--fail-on error|warning|never]`
 *
 * Several files, a folder (its JSON files) or "-" (paths on standard input) make a batch: each
 * resume's output as a single check prints it (JSON: one object per line, naming its file),
 * then, in text, a table of the files' scores.
 *
 * Returns: the worst of the files': 0 clean, 1 findings at or above --fail-on, 2 bad input or
 *   usage
 */
int
rc_cli_command_check (int    argc,
                      char **argv)
{
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *job_path = NULL;
  g_autofree char *format = NULL;
  g_autofree char *fail_on = NULL;
  g_autofree char *job_text = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GArray) checked = NULL;
  g_autoptr(RcRuleSet) rules = NULL;
  g_autoptr(RcDocument) first = NULL;
  GThread *preparing;
  int first_status = 0;
  gboolean json = FALSE;
  gboolean batch;
  int status;
  int worst = 0;
  const GOptionEntry entries[] = {
    { "job", 'j', 0, G_OPTION_ARG_FILENAME, &job_path,
      N_("A job description to match: plain text, HTML or Markdown from a web page, or a JSON "
         "Resume job file"), N_("JOB") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json (one object per line for several resumes)"),
      N_("FORMAT") },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      N_("Exit with 1 when a finding is at this level or above: error (default), warning or "
         "never"), N_("LEVEL") },
    G_OPTION_ENTRY_NULL
  };

  /* The command line draws no text but the PDF layout's: keep fontconfig from loading
   * the machine's whole font configuration (the memory budget in the README). */
  rc_pdf_use_own_fonts_by_default ();

  status = rc_cli_parse_options ("check", RC_CLI_CHECK_SYNOPSIS,
                                 N_("Check resumes: every finding, the score and, with a job "
                                    "description, the ATS match and each keyword: its weight, "
                                    "where the job asks for it, how often each side names it "
                                    "and what to do. Several files, a folder (its .json files "
                                    "by name, not its subfolders) or - (a list of paths on "
                                    "standard input, one a line) are checked in one run, with "
                                    "a table of the scores at the end; the exit status is the "
                                    "worst file's. Every FILE is a resume: the job is given "
                                    "with --job only."),
                                 entries, &args);
  if (status != 0)
    return status;

  if (!parse_format (format, &json))
    return rc_cli_fail ("check", _("unknown format “%s”; use text or json"), format);
  if (fail_on == NULL)
    fail_on = g_strdup ("error");
  else if (strcmp (fail_on, "error") != 0 && strcmp (fail_on, "warning") != 0 &&
           strcmp (fail_on, "never") != 0)
    return rc_cli_fail ("check", _("unknown level “%s” for --fail-on; use error, warning or "
                                   "never"), fail_on);

  if (job_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) job_file = g_file_new_for_commandline_arg (job_path);
      g_autoptr(GBytes) bytes = NULL;
      const char *data;
      gsize length;

      /* a FIFO or /dev/zero must not hang or grow: the window's limit, for regular files */
      bytes = rc_file_read (job_file, RC_JOB_MAX_FILE_SIZE, NULL, NULL, &error);
      if (bytes == NULL)
        return rc_cli_fail (job_path, "%s", rc_cli_describe_io_error (error, FALSE));
      data = g_bytes_get_data (bytes, &length);
      if (!g_utf8_validate (data, (gssize) length, NULL))
        return rc_cli_fail (job_path, _("the job description is not UTF-8 text"));
      job_text = g_strndup (data, length);
    }

  paths = collect_paths (args, &worst);
  batch = paths->len != 1 || args[2] != NULL || strcmp (args[1], "-") == 0 ||
          strcmp (args[1], g_ptr_array_index (paths, 0)) != 0;
  checked = g_array_sized_new (FALSE, TRUE, sizeof (Checked), paths->len);
  g_array_set_clear_func (checked, checked_clear);
  g_array_set_size (checked, paths->len);

  /* the rules are read once for the whole batch, while a second thread prepares the rest of
   * the first check (which waits for what it needs of that, no more); each resume gets a new
   * engine */
  if (paths->len > 0)
    first = open_one (g_ptr_array_index (paths, 0), json, batch,
                      &g_array_index (checked, Checked, 0), &first_status);
  preparing = g_thread_new ("prepare-check", prepare_first_check,
                            first != NULL ? g_object_ref (first) : NULL);
  rules = load_rules ();
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      Checked *one = &g_array_index (checked, Checked, i);
      int status_one = i == 0 ? first_status : 0;
      g_autoptr(RcDocument) document = i == 0 ? g_steal_pointer (&first)
                                              : open_one (path, json, batch, one, &status_one);

      if (document != NULL)
        status_one = check_one (rules, document, path, job_text, json, batch, fail_on, one);
      worst = MAX (worst, status_one);
    }
  g_thread_join (preparing);

  if (batch && !json)
    {
      g_autofree char *summary = summary_to_text (checked);

      if (!write_stdout (summary))
        return rc_cli_fail (_("standard output"), _("could not write to standard output"));
    }
  return worst;
}

static char *
rules_to_json (RcRuleSet *rules)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rc_rule_set_get_n_rules (rules); i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);
      g_autofree char *message = rc_rule_info_dup_display_text (info, info->message);
      g_autofree char *advice = rc_rule_info_dup_display_text (info, info->advice);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "id", info->id);
      add_string_or_null (builder, "level", rc_level_to_string (info->level));
      add_string_or_null (builder, "scope", info->scope);
      add_string_or_null (builder, "kind", info->kind);
      add_string_or_null (builder, "check", info->check);
      add_string_or_null (builder, "message", message);
      add_string_or_null (builder, "advice", advice);
      add_string_or_null (builder, "fix", info->fix);
      add_string_or_null (builder, "tip", info->tip);
      add_string_or_null (builder, "source", info->builtin ? NULL : info->source);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return builder_to_json (builder, TRUE);
}

static char *
rules_to_text (RcRuleSet *rules)
{
  GString *out = g_string_new (NULL);
  guint id_width = 0, scope_width = 0;

  for (guint i = 0; i < rc_rule_set_get_n_rules (rules); i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);

      id_width = MAX (id_width, strlen (info->id));
      scope_width = MAX (scope_width, strlen (info->scope));
    }

  for (guint i = 0; i < rc_rule_set_get_n_rules (rules); i++)
    {
      const RcRuleInfo *info = rc_rule_set_get_rule (rules, i);
      g_autofree char *message = rc_rule_info_dup_display_text (info, info->message);

      g_string_append_printf (out, "%-*s  %-10s  %-*s  %s\n", (int) id_width, info->id,
                              rc_level_to_string (info->level), (int) scope_width, info->scope,
                              message);
    }
  return g_string_free (out, FALSE);
}

/**
 * rc_cli_command_rules:
 * @argc: the argument count
 * @argv: "rules" and its arguments
 *
 * `resume-coach rules [--format text|json]`: every rule, with its id, level, scope and message
 *
 * Returns: 0, or 2 for bad usage
 */
int
rc_cli_command_rules (int    argc,
                      char **argv)
{
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autoptr(RcRuleSet) rules = NULL;
  gboolean json = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  status = rc_cli_parse_options ("rules", NULL,
                                 N_("List every rule the coach applies, built in or from your "
                                    "rule packs: id, level, scope and message."),
                                 entries, &args);
  if (status != 0)
    return status;
  if (!parse_format (format, &json))
    return rc_cli_fail ("rules", _("unknown format “%s”; use text or json"), format);

  rules = load_rules ();
  output = json ? rules_to_json (rules) : rules_to_text (rules);
  if (!write_stdout (output))
    return rc_cli_fail (_("standard output"), _("could not write to standard output"));
  return 0;
}
