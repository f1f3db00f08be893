/* test-pdf.c — the PDF layout: page counts, page breaks, the measure cache, the drawn file
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>

#include "rc-pdf.h"
#include "rc-pdf-fonts-private.h"

#define DEJAVU_SANS "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define LIBERATION_SERIF "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

static const char *bullets[] = {
  "Cut the p99 latency of the payments API from 800 ms to 120 ms by moving hot reads to a "
  "Redis cache and batching writes to PostgreSQL",
  "Led the move of twelve services from a shared VM fleet to Kubernetes, halving deploy time",
  "Built an event pipeline on Kafka that carries 40 000 messages a second with exactly-once "
  "delivery to the billing ledger and the fraud models",
  "Wrote the on-call runbooks and cut pages per week from 30 to 4",
  "Designed a gRPC gateway in Go serving 2M requests a day for the mobile apps",
  "Mentored four engineers through their first production launches; two now lead teams of their "
  "own, and the onboarding guide we wrote together is used across the department",
};

static GPtrArray *
blocks_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rc_block_free);
}

static void
add (GPtrArray   *blocks,
     RcBlockKind  kind,
     const char  *text)
{
  RcBlock *block = g_new0 (RcBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->pointer = g_strdup ("");
  g_ptr_array_add (blocks, block);
}

static void
add_header (GPtrArray *blocks)
{
  add (blocks, RC_BLOCK_NAME, "Ada Quillfeather");
  add (blocks, RC_BLOCK_LABEL, "Senior Backend Engineer");
  add (blocks, RC_BLOCK_CONTACT, "ada@example.org · +49 30 1234567 · Berlin · github.com/adaq");
  add (blocks, RC_BLOCK_HEADING, "Summary");
  add (blocks, RC_BLOCK_PARAGRAPH,
       "Backend engineer with eight years of Go and Python, building payment and messaging "
       "systems that stay fast under load. Cut infrastructure cost by 35 % at my last company.");
}

static void
add_entry (GPtrArray *blocks,
           guint      number,
           guint      n_bullets)
{
  g_autofree char *title = g_strdup_printf ("Backend Engineer, Company %u", number);

  add (blocks, RC_BLOCK_ENTRY_TITLE, title);
  add (blocks, RC_BLOCK_ENTRY_META, "Jan 2020 – Present · Berlin");
  for (guint i = 0; i < n_bullets; i++)
    add (blocks, RC_BLOCK_BULLET, bullets[(number + i) % G_N_ELEMENTS (bullets)]);
}

/* A resume with @n_entries jobs of @n_bullets bullets each, then skills and education. */
static GPtrArray *
make_resume (guint n_entries,
             guint n_bullets)
{
  GPtrArray *blocks = blocks_new ();

  add_header (blocks);
  add (blocks, RC_BLOCK_HEADING, "Experience");
  for (guint i = 0; i < n_entries; i++)
    add_entry (blocks, i, n_bullets);
  add (blocks, RC_BLOCK_HEADING, "Skills");
  add (blocks, RC_BLOCK_PARAGRAPH, "Languages: Go, Python, SQL. Frameworks: FastAPI, Gin.");
  add (blocks, RC_BLOCK_HEADING, "Education");
  add (blocks, RC_BLOCK_ENTRY_TITLE, "BSc Computer Science, Technical University");
  add (blocks, RC_BLOCK_ENTRY_META, "2012 – 2016");

  return blocks;
}

/* How often @needle occurs in @pdf where the next byte is not @not_next. The PDF holds binary
 * streams, which would stop the str functions at their first NUL. */
static guint
pdf_count (GBytes     *pdf,
           const char *needle,
           char        not_next)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *end = data + size;
  gsize needle_len = strlen (needle);
  guint count = 0;

  for (const char *p = data; p + needle_len < end; p++)
    {
      p = memchr (p, needle[0], end - p - needle_len);
      if (p == NULL)
        break;
      if (memcmp (p, needle, needle_len) == 0 && p[needle_len] != not_next)
        count++;
    }

  return count;
}

static guint
pdf_page_count (GBytes *pdf)
{
  return pdf_count (pdf, "/Type /Page", 's');
}

static gboolean
pdf_contains (GBytes     *pdf,
              const char *needle)
{
  return pdf_count (pdf, needle, '\0') > 0;
}

static char *
write_temp_pdf (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-pdf-XXXXXX.pdf", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  return path;
}

/* Runs a poppler tool on @pdf and returns its output, or NULL (the test skipped) without it. */
static char *
run_poppler (const char *tool,
             const char *option,
             GBytes     *pdf)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed (poppler-utils)", tool);
      g_test_skip (message);
      return NULL;
    }

  path = write_temp_pdf (pdf);
  {
    /* pdftotext writes to stdout when the output file is "-"; pdfinfo always does. */
    gboolean to_text = g_str_equal (tool, "pdftotext");
    const char *argv[] = { program, path, to_text ? "-" : NULL, NULL, NULL };

    if (option != NULL)
      {
        argv[1] = option;
        argv[2] = path;
        argv[3] = to_text ? "-" : NULL;
      }
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                  &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);

  return out;
}

static guint
pdfinfo_pages (GBytes *pdf)
{
  g_autofree char *out = run_poppler ("pdfinfo", NULL, pdf);
  const char *pages;

  if (out == NULL)
    return 0;
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static GBytes *
render (RcPdfLayout *layout,
        GPtrArray   *blocks)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = rc_pdf_layout_render (layout, blocks, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 5);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  return pdf;
}

static void
assert_renders_count (RcPdfLayout *layout,
                      GPtrArray   *blocks,
                      guint        expected)
{
  g_autoptr(GBytes) pdf = render (layout, blocks);

  g_assert_cmpuint (pdf_page_count (pdf), ==, expected);
}

static void
test_empty (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GArray) starts = NULL;

  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);
  starts = rc_pdf_layout_get_page_starts (layout, blocks);
  g_assert_cmpuint (starts->len, ==, 1);
  assert_renders_count (layout, blocks, 1);

  /* Blocks with nothing to print take no room either. */
  add (blocks, RC_BLOCK_HEADING, "");
  add (blocks, RC_BLOCK_BULLET, NULL);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);
  assert_renders_count (layout, blocks, 1);
}

static void
test_page_counts (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) short_resume = make_resume (2, 3);
  g_autoptr(GPtrArray) medium_resume = make_resume (5, 5);
  g_autoptr(GPtrArray) long_resume = make_resume (12, 6);
  guint n_short = rc_pdf_layout_count_pages (layout, short_resume);
  guint n_medium = rc_pdf_layout_count_pages (layout, medium_resume);
  guint n_long = rc_pdf_layout_count_pages (layout, long_resume);

  g_assert_cmpuint (n_short, ==, 1);
  g_assert_cmpuint (n_medium, ==, 2);
  g_assert_cmpuint (n_long, >=, 3);

  assert_renders_count (layout, short_resume, n_short);
  assert_renders_count (layout, medium_resume, n_medium);
  assert_renders_count (layout, long_resume, n_long);
}

static void
test_matches_pdfinfo (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();

  for (guint n_entries = 1; n_entries <= 13; n_entries += 3)
    {
      g_autoptr(GPtrArray) blocks = make_resume (n_entries, 5);
      g_autoptr(GBytes) pdf = render (layout, blocks);
      guint pages = pdfinfo_pages (pdf);

      if (pages == 0)
        return;
      g_assert_cmpuint (pages, ==, rc_pdf_layout_count_pages (layout, blocks));
    }
}

static gboolean
keeps_with_next (RcBlockKind kind)
{
  return kind == RC_BLOCK_HEADING || kind == RC_BLOCK_ENTRY_TITLE || kind == RC_BLOCK_ENTRY_META;
}

static void
test_keep_with_next (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  guint heading_starts = 0;
  guint title_starts = 0;

  /* Slide a section down the page one bullet at a time, so that somewhere its heading and
   * its entry titles would each land on the last line of page one. */
  for (guint n_fill = 0; n_fill < 70; n_fill++)
    {
      g_autoptr(GPtrArray) blocks = blocks_new ();
      g_autoptr(GArray) starts = NULL;

      add_header (blocks);
      add (blocks, RC_BLOCK_HEADING, "Experience");
      add_entry (blocks, 0, n_fill);
      add (blocks, RC_BLOCK_HEADING, "Projects");
      add (blocks, RC_BLOCK_ENTRY_TITLE, "A rather long project title that cannot share its line "
                                         "with the dates, so they go under it");
      add (blocks, RC_BLOCK_ENTRY_META, "Mar 2021 – Sep 2022 · Remote, working with a team across "
                                        "three time zones");
      add (blocks, RC_BLOCK_PARAGRAPH, "A short description of the project.");
      add_entry (blocks, 1, 3);
      add_entry (blocks, 2, 3);

      starts = rc_pdf_layout_get_page_starts (layout, blocks);
      g_assert_cmpuint (starts->len, ==, rc_pdf_layout_count_pages (layout, blocks));
      g_assert_cmpuint (g_array_index (starts, guint, 0), ==, 0);

      for (guint p = 1; p < starts->len; p++)
        {
          guint start = g_array_index (starts, guint, p);
          const RcBlock *before = g_ptr_array_index (blocks, start - 1);
          const RcBlock *first = g_ptr_array_index (blocks, start);

          g_assert_cmpuint (start, >, g_array_index (starts, guint, p - 1));
          g_assert_false (keeps_with_next (before->kind));
          heading_starts += first->kind == RC_BLOCK_HEADING;
          title_starts += first->kind == RC_BLOCK_ENTRY_TITLE;
        }
    }

  /* The slide did push headings and titles over the break. */
  g_assert_cmpuint (heading_starts, >, 0);
  g_assert_cmpuint (title_starts, >, 0);
}

static void
test_split_tall_block (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  guint n_pages;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (text, "word%u ", i);
  g_string_append (text, "lastword");

  add (blocks, RC_BLOCK_NAME, "Ada Quillfeather");
  add (blocks, RC_BLOCK_HEADING, "Summary");
  add (blocks, RC_BLOCK_PARAGRAPH, text->str);
  add (blocks, RC_BLOCK_HEADING, "Skills");
  add (blocks, RC_BLOCK_PARAGRAPH, "Go, Python");

  n_pages = rc_pdf_layout_count_pages (layout, blocks);
  g_assert_cmpuint (n_pages, >=, 2);
  starts = rc_pdf_layout_get_page_starts (layout, blocks);
  g_assert_cmpuint (starts->len, ==, n_pages);
  /* The summary starts under its heading on page one and carries on onto page two. */
  g_assert_cmpuint (g_array_index (starts, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (starts, guint, 1), ==, 2);

  pdf = render (layout, blocks);
  g_assert_cmpuint (pdf_page_count (pdf), ==, n_pages);

  /* Each line is drawn once: split lines are not clipped copies. */
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "word0 "));
  g_assert_nonnull (strstr (out, "lastword"));
  g_assert_nonnull (strstr (out, "word1499"));
  g_assert_null (strstr (strstr (out, "word750 ") + 1, "word750 "));
}

/* Text pasted with paragraph breaks prints every paragraph and counts the pages it did when
 * it was laid out whole: as many as the same lines broken by U+2028 LINE SEPARATOR, which
 * keeps them one paragraph. A bullet has one glyph. */
static void
test_paragraphs (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) paragraphs = blocks_new ();
  g_autoptr(GPtrArray) lines = blocks_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) same = g_string_new (NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  guint n_pages;

  for (guint i = 0; i < 400; i++)
    {
      const char *breaks[] = { "\n", "\r\n", "\r", "\xe2\x80\xa9" /* U+2029 */ };

      if (i > 0)
        {
          g_string_append (text, breaks[i % G_N_ELEMENTS (breaks)]);
          g_string_append (same, "\xe2\x80\xa8");
        }
      g_string_append_printf (text, "Paragraph %u of the summary", i);
      g_string_append_printf (same, "Paragraph %u of the summary", i);
    }
  g_string_append_c (text, '\n');
  g_string_append (same, "\xe2\x80\xa8");
  add (paragraphs, RC_BLOCK_BULLET, text->str);
  add (lines, RC_BLOCK_BULLET, same->str);

  n_pages = rc_pdf_layout_count_pages (layout, paragraphs);
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (n_pages, ==, rc_pdf_layout_count_pages (layout, lines));

  pdf = render (layout, paragraphs);
  g_assert_cmpuint (pdf_page_count (pdf), ==, n_pages);
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "• Paragraph 0 of the summary"));
  g_assert_nonnull (strstr (out, "Paragraph 399 of the summary"));
  g_assert_null (strstr (strstr (out, "•") + 1, "•"));
}

/* A word longer than the column, such as a pasted hash, still prints whole, broken into lines */
static void
test_long_word (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autofree char *word = g_strnfill (5000, 'a');
  g_autofree char *text = g_strconcat ("Key: ", word, "z end", NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  g_autofree char *joined = NULL;

  add (blocks, RC_BLOCK_ENTRY_TITLE, "Engineer");  /* no "a" to count */
  add (blocks, RC_BLOCK_ENTRY_META, text);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);

  pdf = render (layout, blocks);
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  joined = g_strdelimit (g_strdup (out), "\n", ' ');
  /* every character is there, in order */
  {
    g_autoptr(GString) letters = g_string_new (NULL);

    for (const char *p = out; *p != '\0'; p++)
      if (*p == 'a' || *p == 'z')
        g_string_append_c (letters, *p);
    g_assert_cmpuint (letters->len, ==, 5001);
    g_assert_cmpint (letters->str[5000], ==, 'z');
  }
  g_assert_nonnull (strstr (joined, "Key:"));
}

/* Text without spaces that breaks between characters (Japanese) is no long word: it flows in
 * full lines, not cut into pieces */
static void
test_no_space_script (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_full = 0, n_lines = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "私はバックエンドエンジニアとして決済システムを八年間開発しました。");
  add (blocks, RC_BLOCK_PARAGRAPH, text->str);
  pdf = render (layout, blocks);
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_utf8_strlen (g_strstrip (lines[i]), -1) > 0)
      {
        n_lines++;
        n_full += g_utf8_strlen (lines[i], -1) >= 40;
      }
  /* every line but the last fills the column */
  g_assert_cmpuint (n_lines, >=, 20);
  g_assert_cmpuint (n_full, >=, n_lines - 1);
}

/* JSON allows noncharacters such as U+FFFF, which cairo refuses: they print as U+FFFD */
static void
test_noncharacters (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;

  add (blocks, RC_BLOCK_NAME, "Ada\xef\xbf\xbf Quillfeather");
  add (blocks, RC_BLOCK_PARAGRAPH, "Go\xef\xb7\x90 and Python\xf4\x8f\xbf\xbe");
  pdf = render (layout, blocks);
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "Ada\xef\xbf\xbd Quillfeather"));
  g_assert_nonnull (strstr (out, "Go\xef\xbf\xbd and Python\xef\xbf\xbd"));
}

/* Whether some font of @config (NULL: the default) has @c */
static gboolean
has_font_for (FcConfig *config,
              gunichar  c)
{
  FcPattern *pattern = FcPatternCreate ();
  FcCharSet *charset = FcCharSetCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcFontSet *fonts;
  gboolean found;

  FcCharSetAddChar (charset, c);
  FcPatternAddCharSet (pattern, FC_CHARSET, charset);
  fonts = FcFontList (config, pattern, objects);
  found = fonts != NULL && fonts->nfont > 0;

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcCharSetDestroy (charset);
  FcPatternDestroy (pattern);
  return found;
}

/* An emoji no font of the machine's draws would print as a box: it is left out, with a
 * space beside it, and a letter no font has is not */
static void
test_undrawable_symbols (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  g_autofree char *flat = NULL;
  FcConfig *machine;
  gboolean has_emoji;

  add (blocks, RC_BLOCK_NAME, "Ada Quillfeather \U0001F680");
  add (blocks, RC_BLOCK_PARAGRAPH, "Backend engineer \u2728\uFE0F who ships.");
  add (blocks, RC_BLOCK_BULLET, "\U0001F680 Cut p99 latency by 40%.");
  add (blocks, RC_BLOCK_BULLET, "Ran the \U0001F468\u200D\U0001F4BB guild.");
  pdf = render (layout, blocks);
  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  flat = g_strdelimit (g_strdup (out), "\n", ' ');
  machine = FcInitLoadConfigAndFonts ();
  has_emoji = has_font_for (machine, 0x1F680) || has_font_for (machine, 0x2728);
  FcConfigDestroy (machine);
  if (has_emoji)
    {
      g_test_message ("this machine has an emoji font: the emoji print");
      g_assert_null (strstr (flat, "engineer who"));
      return;
    }
  g_assert_nonnull (strstr (flat, "Ada Quillfeather "));
  g_assert_nonnull (strstr (flat, "Backend engineer who ships."));
  g_assert_nonnull (strstr (flat, "Cut p99 latency by 40%."));
  g_assert_nonnull (strstr (flat, "Ran the guild."));
  g_assert_null (strstr (flat, "\xef\xbf\xbd"));
  g_assert_null (strstr (flat, "\xf0\x9f\x9a\x80"));
  /* only what makes an emoji: the letters of a script no font has are kept */
  g_assert_false (rc_pdf_fonts_is_undrawable_symbol ('A'));
  g_assert_false (rc_pdf_fonts_is_undrawable_symbol (0x00E9));
  g_assert_false (rc_pdf_fonts_is_undrawable_symbol (0x10900));  /* a Phoenician letter */
  g_assert_true (rc_pdf_fonts_is_undrawable_symbol (0x1F680));
}

static void
test_cache (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (1, 0);
  RcBlock *bullet;
  guint n_blocks;

  /* Add bullets until the resume just spills onto page two, then take the last one back. */
  while (rc_pdf_layout_count_pages (layout, blocks) == 1)
    add (blocks, RC_BLOCK_BULLET, "Shipped a feature that people used");
  g_ptr_array_remove_index (blocks, blocks->len - 1);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);

  n_blocks = rc_pdf_layout_get_n_cached (layout);
  g_assert_cmpuint (n_blocks, >, 3);

  /* Lengthening one bullet to three lines pushes the end onto a second page; shortening it
   * brings it back. */
  bullet = g_ptr_array_index (blocks, blocks->len - 4);
  g_assert_cmpint (bullet->kind, ==, RC_BLOCK_BULLET);
  g_free (bullet->text);
  bullet->text = g_strconcat (bullets[0], " ", bullets[2], NULL);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 2);
  assert_renders_count (layout, blocks, 2);

  g_free (bullet->text);
  bullet->text = g_strdup ("Shipped a feature that people used");
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);
  assert_renders_count (layout, blocks, 1);

  /* Typing into a bullet does not grow the cache: what the last count did not use goes. The
   * typed bullet differs from its twins, so it is the one entry more. */
  for (guint i = 0; i < 50; i++)
    {
      g_free (bullet->text);
      bullet->text = g_strdup_printf ("Shipped a feature that %u people used", i * 1000);
      rc_pdf_layout_count_pages (layout, blocks);
    }
  g_assert_cmpuint (rc_pdf_layout_get_n_cached (layout), ==, n_blocks + 1);
}

static void
test_text (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (2, 3);
  g_autoptr(GBytes) pdf = render (layout, blocks);
  g_autofree char *out = run_poppler ("pdftotext", NULL, pdf);
  g_autofree char *laid_out = NULL;

  if (out == NULL)
    return;

  g_assert_nonnull (strstr (out, "Ada Quillfeather"));
  g_assert_nonnull (strstr (out, "Senior Backend Engineer"));
  g_assert_nonnull (strstr (out, "ada@example.org"));
  g_assert_nonnull (strstr (out, "Experience"));
  g_assert_nonnull (strstr (out, "• Led the move of twelve services"));
  g_assert_nonnull (strstr (out, "Jan 2020 – Present · Berlin"));

  /* A short title shares its line with the dates, on the right. */
  laid_out = run_poppler ("pdftotext", "-layout", pdf);
  g_assert_true (g_regex_match_simple ("Backend Engineer, Company 0 +Jan 2020 – Present · Berlin",
                                       laid_out, 0, 0));
}

static void
test_reading_order (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (6, 4);
  g_autoptr(GBytes) pdf = render (layout, blocks);
  g_autofree char *out = run_poppler ("pdftotext", NULL, pdf);

  if (out == NULL)
    return;
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 2);

  /* Extraction reads the dates right after the title they sit beside, even on a page where
   * they are the only thing on the right: nothing else (such as a page number) comes between. */
  g_assert_true (g_regex_match_simple ("BSc Computer Science, Technical University\\s*2012 – 2016",
                                       out, 0, 0));
  g_assert_null (strstr (out, "1 / 2"));
  g_assert_null (strstr (out, "1/2"));
}

static void
test_metadata (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (1, 1);
  g_autoptr(GBytes) pdf = render (layout, blocks);
  g_autofree char *out = run_poppler ("pdfinfo", NULL, pdf);

  if (out == NULL)
    return;
  g_assert_true (g_regex_match_simple ("^Title: +Ada Quillfeather$", out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +Ada Quillfeather$", out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +595.* x 841.* pts \\(A4\\)", out,
                                       G_REGEX_MULTILINE, 0));
}

static void
test_letter (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (5, 5);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  RcPdfPaper paper;
  guint pages;

  g_assert_cmpint (rc_pdf_layout_get_paper (layout), ==, RC_PDF_PAPER_A4);
  rc_pdf_layout_count_pages (layout, blocks);

  g_object_set (layout, "paper", RC_PDF_PAPER_LETTER, NULL);
  g_object_get (layout, "paper", &paper, NULL);
  g_assert_cmpint (paper, ==, RC_PDF_PAPER_LETTER);
  /* What was measured at the A4 column width is of no use on Letter. */
  g_assert_cmpuint (rc_pdf_layout_get_n_cached (layout), ==, 0);

  pages = rc_pdf_layout_count_pages (layout, blocks);
  pdf = render (layout, blocks);
  g_assert_cmpuint (pdf_page_count (pdf), ==, pages);
  g_assert_true (pdf_contains (pdf, "/MediaBox [ 0 0 612 792 ]"));

  out = run_poppler ("pdfinfo", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_true (g_regex_match_simple ("^Page size: +612 x 792 pts \\(letter\\)", out,
                                       G_REGEX_MULTILINE, 0));
}

static void
test_unicode (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;

  add (blocks, RC_BLOCK_NAME, "Zoë Ångström-Müller");
  add (blocks, RC_BLOCK_LABEL, "Ingénieure logicielle · Développement backend");
  add (blocks, RC_BLOCK_CONTACT, "zoë@example.org · Zürich · Łódź");
  add (blocks, RC_BLOCK_HEADING, "Expérience");
  add (blocks, RC_BLOCK_ENTRY_TITLE, "後端工程師, 東京株式会社");
  add (blocks, RC_BLOCK_ENTRY_META, "2019 – 2023 · 東京");
  add (blocks, RC_BLOCK_BULLET, "Réduit la latence de 40 % — 数据库查询优化 — מהנדס תוכנה — "
                                "مهندس برمجيات — 🚀 emoji and a combining é and ﬁ ligature");
  add (blocks, RC_BLOCK_BULLET, "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryvery"
                                "veryveryveryveryveryveryveryveryveryveryveryveryveryverylongword");
  /* Invalid UTF-8 is printed as far as it is valid, never a crash. */
  add (blocks, RC_BLOCK_PARAGRAPH, "Broken \xff\xfe bytes");
  add (blocks, 99, "A kind from the future prints as a paragraph");

  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, 1);
  pdf = render (layout, blocks);
  g_assert_cmpuint (pdf_page_count (pdf), ==, 1);

  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "Zoë Ångström-Müller"));
  g_assert_nonnull (strstr (out, "Réduit la latence de 40 %"));
  g_assert_nonnull (strstr (out, "A kind from the future"));

  g_clear_pointer (&out, g_free);
  out = run_poppler ("pdfinfo", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_true (g_regex_match_simple ("^Title: +Zoë Ångström-Müller$", out, G_REGEX_MULTILINE, 0));
}

/* The index of the heading whose section holds block @index */
static guint
section_of (GPtrArray *blocks,
            guint      index)
{
  for (guint i = index + 1; i-- > 0;)
    if (((RcBlock *) g_ptr_array_index (blocks, i))->kind == RC_BLOCK_HEADING)
      return i;
  return 0;
}

/* A two-line Skills section and a one-degree Education section slide down the page one
 * bullet at a time: neither is ever split across pages, in any template, on any paper */
static void
test_short_sections_whole (void)
{
  guint skills_moved = 0;

  for (guint t = 0; t < RC_PDF_N_TEMPLATES; t++)
    for (guint p = RC_PDF_PAPER_A4; p <= RC_PDF_PAPER_LETTER; p++)
      {
        g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();

        rc_pdf_layout_set_template (layout, (RcPdfTemplate) t);
        rc_pdf_layout_set_paper (layout, (RcPdfPaper) p);
        for (guint n_fill = 50; n_fill < 100; n_fill++)
          {
            g_autoptr(GPtrArray) blocks = blocks_new ();
            g_autoptr(GArray) starts = NULL;
            guint skills;

            add (blocks, RC_BLOCK_NAME, "Ada Quillfeather");
            add (blocks, RC_BLOCK_HEADING, "Experience");
            add (blocks, RC_BLOCK_ENTRY_TITLE, "Backend Engineer, Parcelwise");
            for (guint i = 0; i < n_fill; i++)
              add (blocks, RC_BLOCK_BULLET, "Cut the p99 latency of the rates API by 70 %");
            skills = blocks->len;
            add (blocks, RC_BLOCK_HEADING, "Skills");
            add (blocks, RC_BLOCK_PARAGRAPH, "Languages: Go, Python, SQL");
            add (blocks, RC_BLOCK_PARAGRAPH, "Systems: PostgreSQL, Kafka, Redis");
            add (blocks, RC_BLOCK_HEADING, "Education");
            add (blocks, RC_BLOCK_ENTRY_TITLE, "BSc Computer Science, Technical University");
            add (blocks, RC_BLOCK_ENTRY_META, "2012 – 2016");

            starts = rc_pdf_layout_get_page_starts (layout, blocks);
            for (guint s = 1; s < starts->len; s++)
              {
                guint start = g_array_index (starts, guint, s);

                if (start >= skills)
                  g_assert_cmpuint (section_of (blocks, start), ==, start);
                skills_moved += start == skills;
              }
          }
      }
  /* the slide did push the Skills heading over a break, with both its lines */
  g_assert_cmpuint (skills_moved, >, 0);
}

/* A paragraph taller than a page leaves at least two of its lines on each page: never one
 * alone at the top of the last */
static void
test_no_widow (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  guint split = 0;

  for (guint n_words = 600; n_words < 1400; n_words += 7)
    {
      g_autoptr(GPtrArray) blocks = blocks_new ();
      guint pages;

      g_string_truncate (text, 0);
      for (guint i = 0; i < n_words; i++)
        g_string_append_printf (text, "word%u ", i);
      add (blocks, RC_BLOCK_NAME, "Ada Quillfeather");
      add (blocks, RC_BLOCK_PARAGRAPH, text->str);
      pages = rc_pdf_layout_count_pages (layout, blocks);
      if (pages < 2)
        continue;
      split++;
      g_assert_cmpuint (rc_pdf_layout_get_last_page_lines (layout), >=, 2);
    }
  g_assert_cmpuint (split, >, 10);
}

/* The blocks of a JSON Resume file; @path is relative to the tests' source directory. */
static GPtrArray *
load_blocks (const char  *path,
             RcDocument **document_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full_path = g_test_build_filename (G_TEST_DIST, path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full_path);
  g_autoptr(RcDocument) document = rc_document_new_from_file (file, NULL, &error);
  GPtrArray *blocks;

  g_assert_no_error (error);
  blocks = rc_resume_blocks (document);
  if (document_out != NULL)
    *document_out = g_steal_pointer (&document);

  return blocks;
}

static void
test_documents (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) one_page = load_blocks ("data/pdf-one-page.json", NULL);
  g_autoptr(GPtrArray) long_resume = load_blocks ("data/pdf-long.json", NULL);
  g_autoptr(GPtrArray) sample = load_blocks ("../data/samples/backend-engineer.json",
                                             NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  guint n_sample;

  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, one_page), ==, 1);
  assert_renders_count (layout, one_page, 1);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, long_resume), ==, 2);
  assert_renders_count (layout, long_resume, 2);

  n_sample = rc_pdf_layout_count_pages (layout, sample);
  g_assert_cmpuint (n_sample, >=, 1);
  pdf = render (layout, sample);
  g_assert_cmpuint (pdf_page_count (pdf), ==, n_sample);

  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "Elena Marsh"));
  g_assert_nonnull (strstr (out, "Experience"));
}

static void
test_document_edit (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(GPtrArray) before = load_blocks ("data/pdf-one-page.json", &document);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) restored = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *original = g_strdup (rc_document_get_string (document, "/basics/summary"));
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, before), ==, 1);

  /* A summary that rambles on for most of a page pushes the resume onto a second one. */
  for (guint i = 0; i < 80; i++)
    g_string_append (summary, "Enjoys long walks through legacy code and tidy commit logs. ");
  rc_document_set_string (document, "/basics/summary", summary->str, &error);
  g_assert_no_error (error);
  after = rc_resume_blocks (document);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, after), ==, 2);
  assert_renders_count (layout, after, 2);

  rc_document_set_string (document, "/basics/summary", original, &error);
  g_assert_no_error (error);
  restored = rc_resume_blocks (document);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, restored), ==, 1);
}

static void
test_composed_lines (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = blocks_new ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *out = NULL;
  g_autofree char *long_url = NULL;
  g_autoptr(GString) url = g_string_new ("https://example.org/");

  while (url->len < 200)
    g_string_append (url, "deeper/");

  add (blocks, RC_BLOCK_NAME, "Elena Marsh");
  add (blocks, RC_BLOCK_CONTACT, "elena.marsh@example.com · https://elenamarsh.example.com · "
                                 "https://github.com/elena-marsh-dev · "
                                 "https://www.linkedin.com/in/elenamarsh");
  add (blocks, RC_BLOCK_CONTACT, url->str);
  pdf = render (layout, blocks);

  out = run_poppler ("pdftotext", NULL, pdf);
  if (out == NULL)
    return;
  /* The line wraps between its parts, after the dot: the URL stays whole. */
  g_assert_true (g_regex_match_simple ("https://github.com/elena-marsh-dev ·\n"
                                       "https://www.linkedin.com/in/elenamarsh\n", out, 0, 0));
  /* A URL wider than the column wraps rather than running off the page. */
  g_assert_null (strstr (out, url->str));
  g_assert_nonnull (strstr (out, "https://example.org/deeper/"));
}

/* Whether every font the PDF embeds is one of the layout's own, Liberation or DejaVu Sans:
 * "/BaseFont /ABCDEF+LiberationSerif-Bold" */
static gboolean
only_own_fonts (GBytes *pdf)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  const char *end = data + size;
  const char *needle = "/BaseFont /";
  guint n_fonts = 0;

  for (const char *p = data; p + 64 < end; p++)
    {
      const char *name;

      p = memchr (p, '/', end - p - 64);
      if (p == NULL)
        break;
      if (memcmp (p, needle, strlen (needle)) != 0)
        continue;
      name = p + strlen (needle);
      if (name[6] == '+')
        name += 7;
      if (strncmp (name, "DejaVuSans", strlen ("DejaVuSans")) != 0 &&
          strncmp (name, "Liberation", strlen ("Liberation")) != 0)
        return FALSE;
      n_fonts++;
    }
  return n_fonts > 0;
}

/* A resume in a language the own fonts cover prints with them alone; a character they lack
 * brings in the machine's fonts for the whole document, rather than a box. */
static void
test_own_fonts (void)
{
  g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
  g_autoptr(GPtrArray) blocks = make_resume (3, 4);
  g_autoptr(GBytes) pdf = NULL;
  guint pages;

  if (!g_file_test (DEJAVU_SANS, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (LIBERATION_SERIF, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("DejaVu Sans or Liberation is not installed where the test looks");
      return;
    }

  pages = rc_pdf_layout_count_pages (layout, blocks);
  pdf = render (layout, blocks);
  g_assert_true (only_own_fonts (pdf));
  g_clear_pointer (&pdf, g_bytes_unref);

  add (blocks, RC_BLOCK_BULLET, "東京オフィスのデータ基盤移行を主導");
  assert_renders_count (layout, blocks, rc_pdf_layout_count_pages (layout, blocks));
  if (has_font_for (NULL, 0x6771))
    {
      pdf = render (layout, blocks);
      g_assert_false (only_own_fonts (pdf));
      g_clear_pointer (&pdf, g_bytes_unref);
    }

  /* Back to our own fonts, with the count of before and nothing measured kept twice. */
  g_ptr_array_remove_index (blocks, blocks->len - 1);
  g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), ==, pages);
  g_assert_cmpuint (rc_pdf_layout_get_n_cached (layout), <=, blocks->len);
  pdf = render (layout, blocks);
  g_assert_true (only_own_fonts (pdf));
}

/* The machine's fontconfig set-up does not change a count: here it has no fonts at all. */
static void
test_own_fonts_ignore_machine (void)
{
  g_autoptr(GPtrArray) blocks = make_resume (6, 5);

  if (!g_file_test (DEJAVU_SANS, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (LIBERATION_SERIF, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("DejaVu Sans or Liberation is not installed where the test looks");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(RcPdfLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *dir = g_dir_make_tmp ("test-pdf-XXXXXX", NULL);
      g_autofree char *conf = g_build_filename (dir, "fonts.conf", NULL);

      g_assert_true (g_file_set_contents (conf, "<?xml version=\"1.0\"?>\n"
                                          "<fontconfig></fontconfig>\n", -1, NULL));
      g_setenv ("FONTCONFIG_FILE", conf, TRUE);

      layout = rc_pdf_layout_new ();
      g_print ("pages=%u\n", rc_pdf_layout_count_pages (layout, blocks));
      pdf = render (layout, blocks);
      g_assert_true (only_own_fonts (pdf));

      g_unlink (conf);
      g_rmdir (dir);
      return;
    }
  else
    {
      g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
      g_autofree char *expected = NULL;

      expected = g_strdup_printf ("*pages=%u\n*", rc_pdf_layout_count_pages (layout, blocks));
      g_assert_cmpuint (rc_pdf_layout_count_pages (layout, blocks), >, 1);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout (expected);
    }
}

/* Made fontconfig's default, as a program that draws no other text may do, our own fonts
 * count the same, and the machine's still print what they lack. */
static void
test_own_fonts_by_default (void)
{
  g_autoptr(GPtrArray) blocks = make_resume (6, 5);

  if (!g_file_test (DEJAVU_SANS, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (LIBERATION_SERIF, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("DejaVu Sans or Liberation is not installed where the test looks");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(RcPdfLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      FcConfig *machine;

      rc_pdf_use_own_fonts_by_default ();
      layout = rc_pdf_layout_new ();
      g_print ("pages=%u\n", rc_pdf_layout_count_pages (layout, blocks));

      add (blocks, RC_BLOCK_NAME, "李明");
      assert_renders_count (layout, blocks, rc_pdf_layout_count_pages (layout, blocks));
      pdf = render (layout, blocks);
      /* fontconfig's default holds the own fonts alone now: ask the machine's set-up */
      machine = FcInitLoadConfigAndFonts ();
      if (has_font_for (machine, 0x674e))
        g_assert_false (only_own_fonts (pdf));
      FcConfigDestroy (machine);
      return;
    }
  else
    {
      g_autoptr(RcPdfLayout) layout = rc_pdf_layout_new ();
      g_autofree char *expected = NULL;

      expected = g_strdup_printf ("*pages=%u\n*", rc_pdf_layout_count_pages (layout, blocks));
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout (expected);
    }
}

/* The layout's own fonts are scanned once, not at every start: a folder of links to them in
 * the cache, and fontconfig's cache of it beside; a second process reads that */
static void
test_font_cache (void)
{
  g_autofree char *base = g_build_filename (g_get_user_cache_dir (), "resume-coach", NULL);
  g_autofree char *caches = g_build_filename (base, "fontconfig", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint folders = 0, cache_files = 0;

  if (rc_pdf_fonts_get_own () == NULL)
    {
      g_test_skip ("the layout's fonts are not installed");
      return;
    }
  dir = g_dir_open (base, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "fonts-"))
      {
        g_autofree char *folder = g_build_filename (base, name, NULL);
        g_autoptr(GDir) fonts = g_dir_open (folder, 0, NULL);
        guint n = 0;

        while (fonts != NULL && g_dir_read_name (fonts) != NULL)
          n++;
        g_assert_cmpuint (n, ==, 6);
        folders++;
      }
  g_assert_cmpuint (folders, >=, 1);
  g_clear_pointer (&dir, g_dir_close);
  dir = g_dir_open (caches, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    cache_files += strstr (name, ".cache-") != NULL;
  g_assert_cmpuint (cache_files, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/pdf/empty", test_empty);
  g_test_add_func ("/core/pdf/page-counts", test_page_counts);
  g_test_add_func ("/core/pdf/matches-pdfinfo", test_matches_pdfinfo);
  g_test_add_func ("/core/pdf/keep-with-next", test_keep_with_next);
  g_test_add_func ("/core/pdf/split-tall-block", test_split_tall_block);
  g_test_add_func ("/core/pdf/paragraphs", test_paragraphs);
  g_test_add_func ("/core/pdf/long-word", test_long_word);
  g_test_add_func ("/core/pdf/noncharacters", test_noncharacters);
  g_test_add_func ("/core/pdf/undrawable-symbols", test_undrawable_symbols);
  g_test_add_func ("/core/pdf/no-space-script", test_no_space_script);
  g_test_add_func ("/core/pdf/cache", test_cache);
  g_test_add_func ("/core/pdf/font-cache", test_font_cache);
  g_test_add_func ("/core/pdf/text", test_text);
  g_test_add_func ("/core/pdf/reading-order", test_reading_order);
  g_test_add_func ("/core/pdf/metadata", test_metadata);
  g_test_add_func ("/core/pdf/letter", test_letter);
  g_test_add_func ("/core/pdf/short-sections-whole", test_short_sections_whole);
  g_test_add_func ("/core/pdf/no-widow", test_no_widow);
  g_test_add_func ("/core/pdf/unicode", test_unicode);
  g_test_add_func ("/core/pdf/composed-lines", test_composed_lines);
  g_test_add_func ("/core/pdf/documents", test_documents);
  g_test_add_func ("/core/pdf/document-edit", test_document_edit);
  g_test_add_func ("/core/pdf/own-fonts", test_own_fonts);
  g_test_add_func ("/core/pdf/own-fonts/ignore-machine", test_own_fonts_ignore_machine);
  g_test_add_func ("/core/pdf/own-fonts/by-default", test_own_fonts_by_default);

  return g_test_run ();
}
