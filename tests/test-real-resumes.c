/* test-real-resumes.c — a hiring manager's verdicts on the realistic corpus in data/real
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-engine.h"
#include "rc-test-util.h"

/* Each data/real/NAME.json with a NAME.expect is one test, /real/NAME. A line of the .expect is
 *
 *   + RULE-ID POINTER ["TERM"]   # why: the check must report it
 *   - RULE-ID POINTER ["TERM"]   # why: the check must not report it
 *
 * POINTER "/" stands for the whole resume (""). A finding matches a line when its rule id is
 * RULE-ID and its pointer is POINTER or lies inside it (starts with POINTER followed by "/"), so
 * "/work/1" takes the findings of that entry and of its bullets and dates, and "/" takes every
 * finding. With a TERM, the finding's message, advice or matched text must also name it as a
 * whole word, case-insensitively: that tells one skills group's findings apart by the skill
 * they name, in the one-per-skill form of today and the one-per-group form alike. A + line is
 * met when some finding matches it, a - line when none does. */

typedef struct
{
  guint     line;
  gboolean  must;
  char     *rule_id;
  char     *pointer;
  char     *term;
} Expectation;

static RcRuleSet *builtin;

static void
expectation_free (gpointer data)
{
  Expectation *expectation = data;

  g_free (expectation->rule_id);
  g_free (expectation->pointer);
  g_free (expectation->term);
  g_free (expectation);
}

static Expectation *
parse_line (const char *path,
            guint       number,
            char       *line)
{
  Expectation *expectation;
  gboolean quoted = FALSE;
  g_auto(GStrv) words = NULL;
  char *rest;

  /* A comment starts at a # outside the term's quotes ("C#" is a term) */
  for (char *p = line; *p != '\0'; p++)
    if (*p == '"')
      quoted = !quoted;
    else if (*p == '#' && !quoted)
      {
        *p = '\0';
        break;
      }
  g_strstrip (line);
  if (*line == '\0')
    return NULL;

  words = g_strsplit_set (line, " \t", 4);
  for (guint i = 0; i < 3; i++)
    if (words[i] == NULL || *words[i] == '\0')
      g_error ("%s:%u: expected “+|- RULE-ID POINTER [\"TERM\"]”", path, number);
  if (strcmp (words[0], "+") != 0 && strcmp (words[0], "-") != 0)
    g_error ("%s:%u: a line starts with + or -, not “%s”", path, number, words[0]);

  expectation = g_new0 (Expectation, 1);
  expectation->line = number;
  expectation->must = words[0][0] == '+';
  expectation->rule_id = g_strdup (words[1]);
  expectation->pointer = g_strdup (strcmp (words[2], "/") == 0 ? "" : words[2]);
  rest = words[3] != NULL ? g_strstrip (words[3]) : NULL;
  if (rest != NULL && *rest != '\0')
    {
      gsize length = strlen (rest);

      if (length < 3 || rest[0] != '"' || rest[length - 1] != '"')
        g_error ("%s:%u: a term is written in double quotes, not “%s”", path, number, rest);
      expectation->term = g_strndup (rest + 1, length - 2);
    }
  return expectation;
}

static GPtrArray *
read_expectations (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *expectations = g_ptr_array_new_with_free_func (expectation_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      Expectation *expectation = parse_line (path, i + 1, lines[i]);

      if (expectation != NULL)
        g_ptr_array_add (expectations, expectation);
    }
  return expectations;
}

static gboolean
pointer_within (const char *pointer,
                const char *scope)
{
  gsize length = strlen (scope);

  return strncmp (pointer, scope, length) == 0
         && (pointer[length] == '\0' || pointer[length] == '/');
}

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

static gboolean
names_term (const char *text,
            const char *term)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_term = NULL;
  gsize length;

  if (text == NULL)
    return FALSE;
  folded_text = g_utf8_casefold (text, -1);
  folded_term = g_utf8_casefold (term, -1);
  length = strlen (folded_term);
  for (const char *p = strstr (folded_text, folded_term); p != NULL; p = strstr (p + 1, folded_term))
    {
      gboolean starts = p == folded_text || !is_word_char (g_utf8_find_prev_char (folded_text, p));
      gboolean ends = p[length] == '\0' || !is_word_char (p + length);

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

static gboolean
finding_matches (const RcFinding   *finding,
                 const Expectation *expectation)
{
  if (strcmp (finding->rule_id, expectation->rule_id) != 0
      || !pointer_within (finding->pointer, expectation->pointer))
    return FALSE;
  return expectation->term == NULL
         || names_term (finding->message, expectation->term)
         || names_term (finding->advice, expectation->term)
         || names_term (finding->match, expectation->term);
}

static const char *
shown_pointer (const char *pointer)
{
  return *pointer == '\0' ? "/" : pointer;
}

static void
append_expectation (GString           *out,
                    const char        *name,
                    const Expectation *expectation)
{
  g_string_append_printf (out, "%s.expect:%u: %c %s %s", name, expectation->line,
                          expectation->must ? '+' : '-', expectation->rule_id,
                          shown_pointer (expectation->pointer));
  if (expectation->term != NULL)
    g_string_append_printf (out, " \"%s\"", expectation->term);
}

/* A + line not met: what the check said there instead (for the whole resume, only what it
 * said about the whole resume), the first few of it */
static void
append_reported_at (GString           *out,
                    GPtrArray         *findings,
                    const Expectation *expectation)
{
  const guint max_shown = 6;
  guint near = 0;

  g_string_append (out, " not reported; there:");
  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (*expectation->pointer == '\0' ? *finding->pointer != '\0'
                                        : !pointer_within (finding->pointer, expectation->pointer))
        continue;
      if (near++ < max_shown)
        g_string_append_printf (out, "%s %s at %s (\"%s\")", near > 1 ? ";" : "",
                                finding->rule_id, shown_pointer (finding->pointer),
                                finding->message);
    }
  if (near == 0)
    g_string_append (out, " nothing");
  else if (near > max_shown)
    g_string_append_printf (out, "; and %u more", near - max_shown);
}

/* The rule ids of @expectations that no loaded rule has: the new ones still to come, or a typo
 * (which would make a - line pass unseen) */
static void
report_unknown_rules (const char *name,
                      GPtrArray  *expectations)
{
  g_autoptr(GHashTable) unknown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint e = 0; e < expectations->len; e++)
    {
      const Expectation *expectation = g_ptr_array_index (expectations, e);

      if (rc_rule_set_lookup (builtin, expectation->rule_id) == NULL
          && g_hash_table_add (unknown, expectation->rule_id))
        g_string_append_printf (list, " %s", expectation->rule_id);
    }
  if (list->len > 0)
    g_test_message ("%s: no rule loaded today has these ids:%s", name, list->str);
}

static void
test_real_resume (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json_name = g_strconcat (name, ".json", NULL);
  g_autofree char *expect_name = g_strconcat (name, ".expect", NULL);
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "data", "real", json_name, NULL);
  g_autofree char *expect_path = g_test_build_filename (G_TEST_DIST, "data", "real", expect_name,
                                                        NULL);
  g_autoptr(GPtrArray) expectations = read_expectations (expect_path);
  g_autoptr(RcDocument) document = rc_test_document_from_file (json_path);
  g_autoptr(RcEngine) engine = rc_engine_new (builtin);
  g_autoptr(RcReport) report = rc_engine_check (engine, document, NULL);
  GPtrArray *findings = rc_report_get_findings (report);
  g_autoptr(GString) misses = g_string_new (NULL);
  guint n_must = 0, n_met = 0, n_must_not = 0, n_avoided = 0;

  g_assert_cmpuint (expectations->len, >, 0);
  report_unknown_rules (name, expectations);
  for (guint e = 0; e < expectations->len; e++)
    {
      const Expectation *expectation = g_ptr_array_index (expectations, e);
      const RcFinding *found = NULL;

      for (guint i = 0; i < findings->len && found == NULL; i++)
        if (finding_matches (g_ptr_array_index (findings, i), expectation))
          found = g_ptr_array_index (findings, i);

      if (expectation->must)
        n_must++;
      else
        n_must_not++;
      if ((found != NULL) == expectation->must)
        {
          if (expectation->must)
            n_met++;
          else
            n_avoided++;
          continue;
        }

      g_string_append (misses, "\n  ");
      append_expectation (misses, name, expectation);
      if (expectation->must)
        append_reported_at (misses, findings, expectation);
      else
        g_string_append_printf (misses, " reported at %s: \"%s\"", shown_pointer (found->pointer),
                                found->message);
    }

  g_test_message ("%s: %u findings; %u of %u + lines reported; %u of %u - lines avoided (%u%%)",
                  name, findings->len, n_met, n_must, n_avoided, n_must_not,
                  n_must_not > 0 ? 100 * n_avoided / n_must_not : 100);
  if (misses->len > 0)
    {
      g_test_message ("%s: the expectations not met:%s", name, misses->str);
      g_test_fail_printf ("%s: %u of %u expectations not met (see the messages above)", name,
                          n_must - n_met + n_must_not - n_avoided, expectations->len);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The corpus' names that have an .expect, sorted */
static GPtrArray *
list_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "real", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *file;

  g_assert_no_error (error);
  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *expect = NULL;

      if (!g_str_has_suffix (file, ".json"))
        continue;
      name = g_strndup (file, strlen (file) - strlen (".json"));
      expect = g_strconcat (dir_path, G_DIR_SEPARATOR_S, name, ".expect", NULL);
      if (g_file_test (expect, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char **args = g_new0 (char *, argc + 2);
  int n_args = argc + 1;
  int status;

  setlocale (LC_ALL, "");
  /* One file's unmet verdicts must not hide the state of the others: keep going */
  memcpy (args, argv, sizeof (char *) * argc);
  args[argc] = (char *) "--keep-going";
  argv = args;
  g_test_init (&n_args, &argv, NULL);

  builtin = rc_rule_set_new_builtin ();
  names = list_corpus ();
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_strconcat ("/real/", name, NULL);

      g_test_add_data_func (path, name, test_real_resume);
    }

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
