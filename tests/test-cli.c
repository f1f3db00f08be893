/* test-cli.c — the real resume-coach binary on the command line, with no display
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-test-util.h"

static char *
golden (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Bad input: exit 2, nothing on stdout, exactly one line on stderr naming the subject. */
static void
assert_bad_input (const RcTestRun *run,
                  const char      *subject)
{
  g_autofree char *prefix = g_strconcat ("resume-coach: ", subject, ": ", NULL);
  const char *newline;

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, prefix));
  g_assert_cmpuint (strlen (run->err), >, strlen (prefix) + 3);
  newline = strchr (run->err, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
}

static void
test_help (void)
{
  static const char * const words[] = { "--help", "-h", "help" };
  /* the synopses exactly as the product specification writes them */
  static const char * const lines[] = {
    "resume-coach [FILE]                          open the window (optionally a file)\n",
    "resume-coach check FILE... [--job JOB] [--format text|json] [--fail-on error|warning|never]\n",
    "resume-coach export FILE --to text|json|markdown|pdf|docx|odt [-o OUT] [--paper a4|letter]"
    " [--template NAME]\n",
    "resume-coach import FILE [-o OUT.json]\n",
    "resume-coach rules [--format text|json]      list every rule: id, level, scope, message\n",
    "resume-coach --help",
    "resume-coach --version",
  };
  g_autofree char *first = NULL;

  for (gsize w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_auto(RcTestRun) run = { 0 };

      rc_test_run_binary (&run, NULL, words[w], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
        g_assert_nonnull (strstr (run.out, lines[i]));

      if (first == NULL)
        first = g_strdup (run.out);
      g_assert_cmpstr (run.out, ==, first);
    }
}

static void
test_command_help (void)
{
  g_auto(RcTestRun) run = { 0 };
  g_auto(RcTestRun) via_help = { 0 };

  rc_test_run_binary (&run, NULL, "export", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  resume-coach export [OPTION"));
  g_assert_nonnull (strstr (run.out, "--to"));
  g_assert_nonnull (strstr (run.out, "--output"));

  rc_test_run_binary (&via_help, NULL, "help", "export", NULL);
  g_assert_cmpint (via_help.status, ==, 0);
  g_assert_cmpstr (via_help.out, ==, run.out);
}

static void
test_version (void)
{
  static const char * const words[] = { "--version", "-v" };

  for (gsize w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_auto(RcTestRun) run = { 0 };

      rc_test_run_binary (&run, NULL, words[w], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "resume-coach " PACKAGE_VERSION "\n");
      g_assert_cmpstr (run.err, ==, "");
    }
}

static const struct
{
  const char *format;
  const char *extension;
} text_formats[] = {
  { "text", "txt" },
  { "json", "json" },
  { "markdown", "md" },
};

static void
test_export_stdout (void)
{
  g_autofree char *sample = rc_test_sample_path ();

  for (gsize f = 0; f < G_N_ELEMENTS (text_formats); f++)
    {
      g_autofree char *name = g_strconcat ("backend-engineer.", text_formats[f].extension, NULL);
      g_autofree char *expected = golden (name);
      g_auto(RcTestRun) run = { 0 };
      g_auto(RcTestRun) before = { 0 };

      rc_test_run_binary (&run, NULL, "export", sample, "--to", text_formats[f].format, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpstr (run.out, ==, expected);

      /* options may come before the file too */
      rc_test_run_binary (&before, NULL, "export", "-t", text_formats[f].format, sample, NULL);
      g_assert_cmpint (before.status, ==, 0);
      g_assert_cmpstr (before.out, ==, expected);
    }
}

/* import: the JSON Resume on stdout (or in -o), its guesses on stderr; bad input one line */
static void
test_import (void)
{
  g_autofree char *docx = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "marta-lindgren.docx", NULL);
  g_autofree char *bomb = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "bad-zip-bomb.docx", NULL);
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *out = g_build_filename (dir, "marta.json", NULL);
  g_autofree char *written = NULL;
  g_auto(RcTestRun) run = { 0 };
  g_auto(RcTestRun) to_file = { 0 };
  g_auto(RcTestRun) bad = { 0 };

  rc_test_run_binary (&run, NULL, "import", docx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"name\": \"Öresund Logistics\""));
  g_assert_nonnull (strstr (run.out, "\"startDate\": \"2018-03\""));

  rc_test_run_binary (&to_file, NULL, "import", docx, "-o", out, NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, run.out);
  g_assert_cmpint (g_unlink (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  rc_test_run_binary (&bad, NULL, "import", bomb, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_true (g_str_has_prefix (bad.err, "resume-coach: "));
  g_assert_nonnull (strstr (bad.err, "zip bomb"));
  g_assert_cmpstr (strchr (bad.err, '\n'), ==, "\n");
}

/* import --ats: what an ATS reads of a PDF, field by field, then what did not survive */
static void
test_import_ats (void)
{
  g_autofree char *columns = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                    "ines-okafor-columns.pdf", NULL);
  g_autofree char *text = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "new-grad.txt", NULL);
  g_auto(RcTestRun) run = { 0 };
  g_auto(RcTestRun) bad = { 0 };
  const char *problems;

  rc_test_run_binary (&run, NULL, "import", columns, "--ats", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "what an ATS reads of its 1 page\n"));
  g_assert_nonnull (strstr (run.out, "\n  Email          ines.okafor@example.org\n"));
  problems = strstr (run.out, "\nWhat did not survive:\n");
  g_assert_nonnull (problems);
  g_assert_nonnull (strstr (problems, "\n  - Page 1 is set in two columns"));
  g_assert_cmpstr (run.err, ==, "");

  rc_test_run_binary (&bad, NULL, "import", text, "--ats", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_nonnull (strstr (bad.err, "not a PDF"));
  g_assert_cmpstr (strchr (bad.err, '\n'), ==, "\n");
}

static void
test_export_output_file (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *dir = rc_test_make_temp_dir ();

  for (gsize f = 0; f < G_N_ELEMENTS (text_formats); f++)
    {
      g_autofree char *name = g_strconcat ("backend-engineer.", text_formats[f].extension, NULL);
      g_autofree char *expected = golden (name);
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_autofree char *written = NULL;
      g_auto(RcTestRun) run = { 0 };

      /* an existing file is replaced */
      g_assert_true (g_file_set_contents (out, "old", -1, NULL));
      rc_test_run_binary (&run, NULL, "export", sample, "--to", text_formats[f].format,
                          "-o", out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "");
      g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
      g_assert_cmpstr (written, ==, expected);
      g_assert_cmpint (g_unlink (out), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Without --to, the extension of -o names the format. */
static void
test_export_format_from_output (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *out = g_build_filename (dir, "resume.md", NULL);
  g_autofree char *expected = golden ("backend-engineer.md");
  g_autofree char *written = NULL;
  g_auto(RcTestRun) run = { 0 };

  rc_test_run_binary (&run, NULL, "export", sample, "--output", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_assert_cmpint (g_unlink (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_bad_missing_file (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "nope.json", NULL);
  g_auto(RcTestRun) run = { 0 };

  rc_test_run_binary (&run, NULL, "export", missing, "--to", "text", NULL);
  assert_bad_input (&run, missing);
  g_assert_nonnull (strstr (run.err, "no such file"));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Run from the build tree, the program reads the build's catalogs (build/po): a German
 * message without installing anything */
static void
test_build_tree_translations (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "nope.json", NULL);
  g_auto(RcTestRun) run = { 0 };

  g_setenv ("LANGUAGE", "de", TRUE);
  rc_test_run_binary (&run, NULL, "export", missing, "--to", "text", NULL);
  g_unsetenv ("LANGUAGE");
  assert_bad_input (&run, missing);
  g_assert_nonnull (strstr (run.err, "keine solche Datei"));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_bad_content (void)
{
  static const char * const contents[] = {
    "{ \"basics\": { \"name\": \"Ada\" ",  /* not JSON */
    "[1, 2, 3]",                          /* JSON, not a resume */
    "{\"work\": \"everywhere\"}",         /* a known field of the wrong type */
    "\xff\xfe{}",                         /* not UTF-8 */
    "",                                   /* empty */
  };
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_auto(RcTestRun) run = { 0 };

      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      rc_test_run_binary (&run, NULL, "export", path, "--to", "markdown", NULL);
      assert_bad_input (&run, path);
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_bad_usage (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_auto(RcTestRun) unknown_format = { 0 };
  g_auto(RcTestRun) no_format = { 0 };
  g_auto(RcTestRun) no_file = { 0 };
  g_auto(RcTestRun) no_value = { 0 };
  g_auto(RcTestRun) unknown_option = { 0 };
  g_auto(RcTestRun) extra = { 0 };

  rc_test_run_binary (&unknown_format, NULL, "export", sample, "--to", "doc", NULL);
  assert_bad_input (&unknown_format, sample);
  g_assert_nonnull (strstr (unknown_format.err, "“doc”"));

  rc_test_run_binary (&no_format, NULL, "export", sample, NULL);
  assert_bad_input (&no_format, sample);

  rc_test_run_binary (&no_file, NULL, "export", "--to", "text", NULL);
  assert_bad_input (&no_file, "export");

  rc_test_run_binary (&no_value, NULL, "export", sample, "--to", NULL);
  assert_bad_input (&no_value, "export");

  rc_test_run_binary (&unknown_option, NULL, "export", sample, "--to", "text", "--colour", NULL);
  assert_bad_input (&unknown_option, "export");

  rc_test_run_binary (&extra, NULL, "export", sample, sample, "--to", "text", NULL);
  assert_bad_input (&extra, "export");
}

static void
test_bad_output (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *out = g_build_filename (dir, "missing", "resume.txt", NULL);
  g_autofree char *resume = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *kept = NULL;
  g_auto(RcTestRun) run = { 0 };
  g_auto(RcTestRun) self = { 0 };

  rc_test_run_binary (&run, NULL, "export", sample, "--to", "text", "-o", out, NULL);
  assert_bad_input (&run, out);

  /* exporting text over the resume itself would destroy it */
  g_assert_true (g_file_get_contents (sample, &original, NULL, NULL));
  g_assert_true (g_file_set_contents (resume, original, -1, NULL));
  rc_test_run_binary (&self, NULL, "export", resume, "--to", "text", "-o", resume, NULL);
  assert_bad_input (&self, resume);
  g_assert_true (g_file_get_contents (resume, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, original);

  /* nor through another name for the same file: a symbolic or a hard link, in any format */
  {
    g_autofree char *soft = g_build_filename (dir, "soft.pdf", NULL);
    g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
    const char *links[] = { soft, hard };

    g_assert_cmpint (symlink (resume, soft), ==, 0);
    g_assert_cmpint (link (resume, hard), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (links); i++)
      {
        g_auto(RcTestRun) linked = { 0 };
        g_autofree char *after = NULL;

        rc_test_run_binary (&linked, NULL, "export", resume, "-o", links[i], NULL);
        assert_bad_input (&linked, links[i]);
        g_assert_true (g_file_get_contents (resume, &after, NULL, NULL));
        g_assert_cmpstr (after, ==, original);
      }
    g_assert_cmpint (g_unlink (soft), ==, 0);
    g_assert_cmpint (g_unlink (hard), ==, 0);
  }

  g_assert_cmpint (g_unlink (resume), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A resume with the coach's private state: the target job and an ignored finding */
static char *
write_private_resume (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "private.json", NULL);

  g_assert_true (g_file_set_contents (path,
    "{\"basics\": {\"name\": \"Ada Byron\", \"email\": \"ada@example.com\"},"
    " \"meta\": {\"resumeCoach\": {\"job\": \"SECRET-JOB-TEXT at Rival Corp\","
    "                               \"ignored\": [\"length.pages:\"]}}}", -1, NULL));
  return g_steal_pointer (&path);
}

static void
test_export_json_private (void)
{
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = write_private_resume (dir);
  g_auto(RcTestRun) plain = { 0 };
  g_auto(RcTestRun) kept = { 0 };

  rc_test_run_binary (&plain, NULL, "export", path, "--to", "json", NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_nonnull (strstr (plain.out, "ada@example.com"));
  g_assert_null (strstr (plain.out, "SECRET-JOB-TEXT"));
  g_assert_null (strstr (plain.out, "resumeCoach"));
  /* meta held only the coach's state */
  g_assert_null (strstr (plain.out, "\"meta\""));

  rc_test_run_binary (&kept, NULL, "export", path, "--to", "json", "--keep-coach-data", NULL);
  g_assert_cmpint (kept.status, ==, 0);
  g_assert_nonnull (strstr (kept.out, "SECRET-JOB-TEXT"));
  g_assert_nonnull (strstr (kept.out, "length.pages:"));

  rc_test_remove_temp_dir (dir);
}

static void
test_export_office (void)
{
  static const char * const formats[] = { "docx", "odt" };
  g_autofree char *sample = rc_test_sample_path ();
  g_autofree char *dir = rc_test_make_temp_dir ();

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strconcat ("resume.", formats[i], NULL);
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_autofree char *written = NULL;
      gsize length = 0;
      g_auto(RcTestRun) run = { 0 };
      g_auto(RcTestRun) letter = { 0 };
      g_auto(RcTestRun) by_name = { 0 };

      rc_test_run_binary (&run, NULL, "export", sample, "--to", formats[i], "-o", out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_true (g_file_get_contents (out, &written, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (memcmp (written, "PK\003\004", 4) == 0);

      /* to standard output too, when it is no terminal; the extension of -o names the format */
      rc_test_run_binary (&letter, NULL, "export", sample, "--to", formats[i],
                          "--paper", "letter", "--template", "modern", NULL);
      g_assert_cmpint (letter.status, ==, 0);
      g_assert_true (g_str_has_prefix (letter.out, "PK\003\004"));

      g_clear_pointer (&written, g_free);
      g_assert_cmpint (g_unlink (out), ==, 0);
      rc_test_run_binary (&by_name, NULL, "export", sample, "-o", out, NULL);
      g_assert_cmpint (by_name.status, ==, 0);
      g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
      g_assert_true (memcmp (written, "PK\003\004", 4) == 0);
    }

  rc_test_remove_temp_dir (dir);
}

/* Input that is no resume is refused before anything is written */
static void
test_bad_content_writes_nothing (void)
{
  static const char * const contents[] = {
    "not json at all",
    "\"a string\"",
    "{\"name\": \"left-pad\", \"version\": \"1.3.0\", \"dependencies\": {}}",
  };
  static const char * const formats[] = { "json", "docx", "pdf" };
  g_autofree char *dir = rc_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (contents); i++)
    for (gsize f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_auto(RcTestRun) run = { 0 };

        g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
        rc_test_run_binary (&run, NULL, "export", path, "--to", formats[f], "-o", out, NULL);
        assert_bad_input (&run, path);
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      }

  rc_test_remove_temp_dir (dir);
}

static void
test_bad_paper_template (void)
{
  g_autofree char *sample = rc_test_sample_path ();
  g_auto(RcTestRun) paper = { 0 };
  g_auto(RcTestRun) template_ = { 0 };

  rc_test_run_binary (&paper, NULL, "export", sample, "--to", "pdf", "--paper", "a5", NULL);
  assert_bad_input (&paper, sample);
  g_assert_nonnull (strstr (paper.err, "“a5”"));

  rc_test_run_binary (&template_, NULL, "export", sample, "--to", "pdf", "--template", "fancy",
                      NULL);
  assert_bad_input (&template_, sample);
  g_assert_nonnull (strstr (template_.err, "“fancy”"));
}

/* `resume-coach` (check, export to text, JSON, Markdown and PDF, rules) loads none of the PDF,
 * Word and LinkedIn readers' libraries, which would cost a check a third of its start-up;
 * import and the DOCX/ODT exports still work through it (the tests above) */
static void
test_lean_binary (void)
{
  const char *binary = g_getenv ("RC_BINARY");
  const char *argv[] = { binary, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LD_TRACE_LOADED_OBJECTS", "1", TRUE);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (binary);
  /* the dynamic loader lists what the program loads, and stops */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "libjson-glib"));
  g_assert_null (strstr (out, "libpoppler"));
  g_assert_null (strstr (out, "libxml2"));
  g_assert_null (strstr (out, "libarchive"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/lean-binary", test_lean_binary);
  g_test_add_func ("/cli/help/command", test_command_help);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/export/stdout", test_export_stdout);
  g_test_add_func ("/cli/export/output-file", test_export_output_file);
  g_test_add_func ("/cli/export/format-from-output", test_export_format_from_output);
  g_test_add_func ("/cli/export/json-private", test_export_json_private);
  g_test_add_func ("/cli/export/office", test_export_office);
  g_test_add_func ("/cli/import", test_import);
  g_test_add_func ("/cli/import-ats", test_import_ats);
  g_test_add_func ("/cli/bad/missing-file", test_bad_missing_file);
  g_test_add_func ("/cli/bad/content", test_bad_content);
  g_test_add_func ("/cli/build-tree-translations", test_build_tree_translations);
  g_test_add_func ("/cli/bad/content-writes-nothing", test_bad_content_writes_nothing);
  g_test_add_func ("/cli/bad/paper-template", test_bad_paper_template);
  g_test_add_func ("/cli/bad/usage", test_bad_usage);
  g_test_add_func ("/cli/bad/output", test_bad_output);

  return g_test_run ();
}
