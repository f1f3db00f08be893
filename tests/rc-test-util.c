/* rc-test-util.c — helpers the core and command-line tests share
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "rc-test-util.h"

RcDocument *
rc_test_document_from_data (const char *json)
{
  g_autoptr(GError) error = NULL;
  RcDocument *document = rc_document_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

RcRuleSet *
rc_test_rules_from_pack (const char *format,
                         ...)
{
  RcRuleSet *rules = rc_rule_set_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pack = NULL;
  va_list args;

  va_start (args, format);
  pack = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "test.json", &error));
  g_assert_no_error (error);
  return rules;
}

RcDocument *
rc_test_document_from_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RcDocument *document = rc_document_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

char *
rc_test_sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backend-engineer.json",
                                NULL);
}

char *
rc_test_make_temp_dir (void)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *template = g_strconcat (program, "-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
rc_test_remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        rc_test_remove_temp_dir (path);
      else
        g_assert_no_errno (g_remove (path));
    }
  g_assert_no_errno (g_rmdir (dir));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
rc_test_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

gboolean
rc_test_with_file_size_limit (goffset    limit,
                              gboolean (*func) (gpointer data),
                              gpointer   data)
{
  struct rlimit old, small;
  void (*old_handler) (int);
  gboolean result;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  small = old;
  small.rlim_cur = (rlim_t) limit;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  result = func (data);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);
  signal (SIGXFSZ, old_handler);

  return result;
}

const RcFinding *
rc_test_find_finding (RcReport   *report,
                      const char *rule_id,
                      const char *pointer)
{
  GPtrArray *findings = rc_report_get_findings (report);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (strcmp (finding->rule_id, rule_id) == 0 &&
          (pointer == NULL || strcmp (finding->pointer, pointer) == 0))
        return finding;
    }
  return NULL;
}

void
rc_test_run_clear (RcTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
rc_test_run_binary (RcTestRun  *run,
                    const char *config_home,
                    const char *first_arg,
                    ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("RC_BINARY");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (binary);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  if (config_home != NULL)
    envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  /* in a sanitizer build, LeakSanitizer would list its suppressions on stderr */
  if (g_environ_getenv (envp, "LSAN_OPTIONS") != NULL)
    {
      g_autofree char *options = g_strconcat (g_environ_getenv (envp, "LSAN_OPTIONS"),
                                              ":print_suppressions=0", NULL);

      envp = g_environ_setenv (envp, "LSAN_OPTIONS", options, TRUE);
    }

  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("exit %d; stderr: %s", run->status, run->err);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

void
rc_test_sort_doubles (double *values,
                      gsize   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
}

double
rc_test_median (double *values,
                gsize   n)
{
  g_assert (n > 0);

  rc_test_sort_doubles (values, n);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

char *
rc_test_deep_json (guint depth)
{
  GString *json = g_string_sized_new (2 * depth + 16);

  g_string_append (json, "{\"title\": ");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

guint
rc_test_count_findings (RcReport   *report,
                        const char *rule_id)
{
  GPtrArray *findings = rc_report_get_findings (report);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((RcFinding *) g_ptr_array_index (findings, i))->rule_id, rule_id) == 0)
      n++;
  return n;
}
