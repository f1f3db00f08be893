/* rc-job.c — a job description, its weighted keywords, and the ATS match
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rc-job.h"
#include "rc-json-private.h"
#include "rc-json-reader.h"
#include "rc-markup.h"

/* How much one mention counts, by the part of the job it sits in. */
typedef enum
{
  PART_NONE     = 0,  /* no opinion: keep the current section */
  PART_NICE     = 1,  /* "nice to have", "bonus", "a plus" */
  PART_NEUTRAL  = 2,  /* responsibilities, description */
  PART_REQUIRED = 3,  /* "requirements", "must have", the title, the job's skills list */
  PART_IGNORE   = 4,  /* perks, benefits, "about us": what the employer offers, not asks */
} Part;

/* Only the strongest few mentions count: repeating a word ten times is not ten times as
 * important. */
#define TOP_MENTIONS 3

typedef struct
{
  RcJobKeyword pub;    /* first, so an RcJobKeyword* is a Keyword* */
  guint        tier;   /* 0 hard skill, 1 practice, 2 soft skill */
  guint        first;  /* order of the first mention */
  guint        top[TOP_MENTIONS];
  guint        group;  /* the first list of alternatives it is named in, 0 for none */
  gboolean     alone;  /* named once at least on its own, not as one of a list of choices */
} Keyword;

struct _RcJob
{
  GObject     parent_instance;

  RcTaxonomy *taxonomy;
  char       *title;
  char       *company;   /* a JSON job's "company": the employer is never a keyword */
  GPtrArray  *keywords;  /* Keyword*, most important first */
  GHashTable *by_id;     /* skill id → Keyword*, while building */
  GArray     *groups;    /* guint: each list of alternatives, the one it joined (0: none) */
  guint       n_mentions;
};

G_DEFINE_FINAL_TYPE (RcJob, rc_job, G_TYPE_OBJECT)

static void
keyword_free (gpointer data)
{
  Keyword *keyword = data;

  g_free (keyword->pub.as_written);
  g_free (keyword);
}

static void
rc_job_finalize (GObject *object)
{
  RcJob *self = RC_JOB (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->keywords, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_object (&self->taxonomy);

  G_OBJECT_CLASS (rc_job_parent_class)->finalize (object);
}

static void
rc_job_class_init (RcJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_job_finalize;
}

static void
rc_job_init (RcJob *self)
{
  self->keywords = g_ptr_array_new_with_free_func (keyword_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  /* group 0 is "none" */
  self->groups = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (self->groups, 1);
}

/* Sections of a posting ---------------------------------------------------------------------- */

static const char * const heading_nice[] = {
  "nice to have", "nice-to-have", "nice to haves", "bonus", "bonus points", "pluses", "plus",
  "preferred", "desirable", "good to have", "extra credit", "even better", "ideally",
  "would be great", "would be a plus", "optional", NULL
};

static const char * const heading_required[] = {
  "requirements", "requirement", "required", "qualifications", "must have", "must-have",
  "must haves", "must-haves", "what you bring", "what you'll bring", "what you will bring",
  "what we're looking for", "what we are looking for", "who we're looking for",
  "what we look for", "what we're after", "what we are after",
  "who we are looking for", "what you need", "what you'll need",
  "what you will need", "you'll need", "you will need", "you have", "you should have",
  "who you are", "about you", "your experience", "your skills", "skills and experience",
  "experience and skills", "key skills", "essential", "minimum", "we expect", NULL
};

static const char * const heading_neutral[] = {
  "responsibilities", "what you'll do", "what you will do", "about", "the role", "tech stack",
  "our stack", "the team", "your role", "day to day", "overview", "job description", NULL
};

/* what the employer offers or says of itself: its skills are no requirement */
static const char * const heading_ignore[] = {
  "about us", "about the company", "who we are", "why join", "why us", "why work",
  "benefits", "perks", "what we offer", "we offer", "compensation", "how to apply",
  "our culture", "life at", "equal opportunity", "salary", "our values", NULL
};

static const char * const inline_nice[] = {
  "nice to have", "nice-to-have", "bonus", "a plus", "preferred", "desirable", "ideally",
  "good to have", "would be great", "not required", "optional", "extra credit",
  "an advantage", "is helpful", "are helpful", NULL
};

static const char * const inline_required[] = {
  "required", "requirement", "requirements", "must", "must-have", "mandatory", "essential",
  "minimum", NULL
};

/* "About Brightloom": a heading over what the employer says of itself ("About the role" and
 * "About you" are the job's) */
static gboolean
is_about_employer (const char *lower)
{
  static const char * const job_words[] = {
    "the", "this", "you", "your", "our", "role", "position", "job", "team", NULL
  };
  const char *word = lower + 6;
  gsize n = 0;

  if (strncmp (lower, "about ", 6) != 0)
    return FALSE;
  while (g_ascii_isalpha (word[n]))
    n++;
  for (guint i = 0; job_words[i] != NULL; i++)
    if (strlen (job_words[i]) == n && strncmp (word, job_words[i], n) == 0)
      return FALSE;
  return n > 0;
}

/* Whether @lower contains one of @phrases as whole words. */
static gboolean
has_phrase (const char         *lower,
            const char * const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      gsize n = strlen (phrases[i]);

      for (const char *p = strstr (lower, phrases[i]); p != NULL; p = strstr (p + 1, phrases[i]))
        if ((p == lower || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
          return TRUE;
    }
  return FALSE;
}

/* Lower case, with typographic apostrophes made plain, so "What you’ll bring" reads right. */
static char *
dup_lower_line (const char *line,
                gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      if (i + 2 < len && memcmp (line + i, "\xe2\x80\x99", 3) == 0)
        {
          g_string_append_c (out, '\'');
          i += 2;
        }
      else
        g_string_append_c (out, g_ascii_tolower (line[i]));
    }
  return g_string_free (out, FALSE);
}

static gboolean
starts_with_bullet (const char *s)
{
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t'))
    return TRUE;
  if (g_str_has_prefix (s, "\xe2\x80\xa2") || g_str_has_prefix (s, "\xc2\xb7") ||
      g_str_has_prefix (s, "\xe2\x80\x93 "))
    return TRUE;
  if (g_ascii_isdigit (s[0]))
    {
      while (g_ascii_isdigit (*s))
        s++;
      return (*s == '.' || *s == ')') && (s[1] == ' ' || s[1] == '\t');
    }
  return FALSE;
}

/* "Perks: weekly RFC reviews", "- Benefits – …": a line that opens with one of @labels */
static gboolean
starts_with_label (const char         *lower,
                   const char * const *labels)
{
  const char *s = lower;

  /* the printed posting's list markers are all "- " */
  if (s[0] == '-' && s[1] == ' ')
    s += 2;
  while (*s == ' ' || *s == '*' || *s == '_')
    s++;
  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = strlen (labels[i]);
      const char *p = s + n;

      if (strncmp (s, labels[i], n) != 0)
        continue;
      while (*p == '*' || *p == '_' || *p == ' ')
        p++;
      if (*p == ':' || g_str_has_prefix (p, "\xe2\x80\x93") || g_str_has_prefix (p, "- "))
        return TRUE;
    }
  return FALSE;
}

/* Reads one line of a posting: whether it is a heading that opens a section, and which part
 * it (and, for a heading, what follows) belongs to. */
static Part
classify_line (const char *line,
               gsize       len,
               guint       n_mentions,
               gboolean   *heading)
{
  g_autofree char *lower = dup_lower_line (line, len);
  char *s = g_strstrip (lower);
  gboolean colon;
  guint words = 0;
  gsize n;

  *heading = FALSE;
  if (*s == '\0')
    return PART_NONE;

  if (!starts_with_bullet (s))
    {
      /* markdown: "## Requirements", "**Nice to have**" */
      while (*s == '#' || *s == '*' || *s == '_' || *s == '=')
        s++;
      n = strlen (s);
      while (n > 0 && strchr ("*_= \t", s[n - 1]) != NULL)
        s[--n] = '\0';
      colon = n > 0 && s[n - 1] == ':';
      if (colon)
        s[--n] = '\0';
      for (const char *p = s; *p != '\0'; p++)
        if (!g_ascii_isspace (*p) && (p == s || g_ascii_isspace (p[-1])))
          words++;

      if ((colon && words <= 10) ||
          (words <= 6 && n > 0 && s[n - 1] != '.' && n_mentions == 0 &&
           (has_phrase (s, heading_nice) || has_phrase (s, heading_required) ||
            has_phrase (s, heading_neutral) || has_phrase (s, heading_ignore))))
        {
          *heading = TRUE;
          /* "Preferred qualifications" is nice to have; "Who we are looking for" asks */
          if (has_phrase (s, heading_nice))
            return PART_NICE;
          if (has_phrase (s, heading_required))
            return PART_REQUIRED;
          if (has_phrase (s, heading_ignore) || is_about_employer (s))
            return PART_IGNORE;
          return PART_NEUTRAL;
        }
    }

  if (starts_with_label (s, heading_ignore))
    return PART_IGNORE;
  if (has_phrase (s, inline_nice))
    return PART_NICE;
  if (has_phrase (s, inline_required))
    return PART_REQUIRED;
  return PART_NONE;
}

/* Text pasted from a web page ---------------------------------------------------------------- */

static const char * const block_tags[] = {
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
  "section", "article", "header", "footer", "dl", "dt", "dd", "blockquote", "hr", NULL
};

/* The tag at @p ("<li>", "</p>", "<br/>"), when it is a block tag: its name's length, else 0 */
static gsize
block_tag_at (const char *p,
              gboolean   *opening)
{
  const char *q = p + 1;
  gsize n = 0;

  *opening = *q != '/';
  if (!*opening)
    q++;
  while (g_ascii_isalnum (q[n]))
    n++;
  if (n == 0 || (q[n] != '>' && q[n] != ' ' && q[n] != '/'))
    return 0;
  for (guint i = 0; block_tags[i] != NULL; i++)
    if (strlen (block_tags[i]) == n && g_ascii_strncasecmp (q, block_tags[i], n) == 0)
      return n;
  return 0;
}

/* HTML: its block tags as line breaks ("<li>" a "- " bullet, two spaces in for each list it
 * is inside of another), so headings and lists read as they did on the page; its own line
 * breaks stay, as a wrapped line of plain text does (a paste may mix text and tags); inline
 * tags and entities are left to rc-markup. NULL when @text holds no block tag. */
static char *
dup_html_lines (const char *text)
{
  GString *out = NULL;
  const char *p;
  guint depth = 0;  /* of lists */

  for (p = strchr (text, '<'); p != NULL && out == NULL; p = strchr (p + 1, '<'))
    {
      gboolean opening;

      if (block_tag_at (p, &opening) > 0)
        out = g_string_sized_new (strlen (text));
    }
  if (out == NULL)
    return NULL;

  for (p = text; *p != '\0';)
    {
      gboolean opening;
      gsize n = *p == '<' ? block_tag_at (p, &opening) : 0;
      const char *gt = n > 0 ? strchr (p, '>') : NULL;
      const char *name = p + (opening ? 1 : 2);

      if (gt == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      g_string_append_c (out, '\n');
      if (n == 2 && (g_ascii_strncasecmp (name, "ul", 2) == 0 ||
                     g_ascii_strncasecmp (name, "ol", 2) == 0))
        depth = opening ? depth + 1 : MAX (depth, 1) - 1;
      else if (opening && n == 2 && g_ascii_strncasecmp (name, "li", 2) == 0)
        {
          /* a list inside a list item is indented, as in Markdown */
          for (guint i = 1; i < depth; i++)
            g_string_append (out, "  ");
          g_string_append (out, "- ");
        }
      p = gt + 1;
    }
  return g_string_free (out, FALSE);
}

/* The length of the list marker @line opens with ("• ", "– ", "* ", "1. "), else 0 */
static gsize
bullet_length (const char *line,
               gsize       len)
{
  static const char * const marks[] = {
    "\xe2\x80\xa2", "\xc2\xb7", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x96\xaa",
    "\xe2\x97\xa6", "\xe2\x80\xa3", "\xe2\x97\x8f", NULL
  };
  gsize n = 0;

  for (guint i = 0; marks[i] != NULL; i++)
    if (len >= strlen (marks[i]) && memcmp (line, marks[i], strlen (marks[i])) == 0)
      return strlen (marks[i]);
  if (len >= 2 && strchr ("-*+", line[0]) != NULL && (line[1] == ' ' || line[1] == '\t'))
    return 1;
  while (n < len && n < 3 && g_ascii_isdigit (line[n]))
    n++;
  if (n > 0 && n + 1 < len && (line[n] == '.' || line[n] == ')') && line[n + 1] == ' ')
    return n + 1;
  return 0;
}

/* The posting as printed: HTML and Markdown rendered line by line (rc-markup), every list
 * marker made "- " after its indent, so the taxonomy's line rules and the headings read a
 * pasted web page as they read plain text */
static char *
dup_printed (const char *raw)
{
  g_autofree char *html = dup_html_lines (raw);
  const char *text = html != NULL ? html : raw;
  GString *out = g_string_sized_new (strlen (text));
  RcMarkup markup;

  rc_markup_init (&markup);
  for (const char *line = text;;)
    {
      const char *eol = strchr (line, '\n');
      gsize len = eol != NULL ? (gsize) (eol - line) : strlen (line);
      gsize i = 0, n;

      while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
      n = bullet_length (line + i, len - i);
      if (n > 0)
        {
          /* its indent kept: a list inside a list item */
          g_string_append_len (out, line, i);
          g_string_append (out, "- ");
          for (i += n; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
            ;
        }
      else
        i = 0;
      if (rc_markup_render (&markup, line + i, len - i))
        g_string_append_len (out, markup.printed->str, markup.printed->len);
      else
        g_string_append_len (out, line + i, len - i);
      if (eol == NULL)
        break;
      g_string_append_c (out, '\n');
      line = eol + 1;
    }
  rc_markup_clear (&markup);
  return g_string_free (out, FALSE);
}

/* "Oracle DB required; PL/SQL a plus": each clause of a line says how much its skills count;
 * a clause that says nothing counts as its section */
static Part
classify_clause (const char *line,
                 const char *eol,
                 const char *start,
                 const char *end,
                 Part        line_part,
                 Part        section)
{
  const char *from = start, *to = end;
  g_autofree char *lower = NULL;

  while (from > line && from[-1] != ';' &&
         !(from - 2 >= line && from[-1] == ' ' && from[-2] == '.'))
    from--;
  while (to < eol && *to != ';' && !(*to == '.' && (to + 1 == eol || to[1] == ' ')))
    to++;
  if (from == line && to == eol)
    return line_part;
  lower = dup_lower_line (from, to - from);
  if (has_phrase (lower, inline_nice))
    return PART_NICE;
  if (has_phrase (lower, inline_required))
    return PART_REQUIRED;
  return line_part == PART_NICE || line_part == PART_REQUIRED ? section : line_part;
}

/* Collecting keywords ------------------------------------------------------------------------ */

static guint
tier_of (const RcSkill *skill)
{
  if (skill->hard)
    return 0;
  return strcmp (skill->category, "soft") == 0 ? 2 : 1;
}

/* The text of a mention with its white space folded: "Spring\nBoot" reads "Spring Boot". */
static char *
dup_as_written (const char *start,
                const char *end)
{
  GString *out = g_string_sized_new (end - start);
  gboolean space = FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* "Redis" in a job at Redis: the employer's name, not a skill it asks for */
static gboolean
is_company (RcJob      *self,
            const char *start,
            const char *end)
{
  gsize n = end - start;

  if (self->company == NULL || strlen (self->company) < n)
    return FALSE;
  return g_ascii_strncasecmp (self->company, start, n) == 0 &&
         (self->company[n] == '\0' || self->company[n] == ' ' || self->company[n] == ',');
}

/* "Former Databricks engineers", "ex-Confluent", "Stripe alumni welcome": a past employer of
 * the people the job hopes for, not a skill it asks for */
static gboolean
is_former_employer (const char *text,
                    const char *start,
                    const char *end)
{
  const char *p = start, *word;

  while (p > text && (p[-1] == ' ' || p[-1] == '-'))
    p--;
  word = p;
  while (word > text && g_ascii_isalpha (word[-1]))
    word--;
  if ((p - word == 6 && g_ascii_strncasecmp (word, "former", 6) == 0) ||
      (p - word == 8 && g_ascii_strncasecmp (word, "formerly", 8) == 0) ||
      (p - word == 2 && g_ascii_strncasecmp (word, "ex", 2) == 0 && *p == '-'))
    return TRUE;
  while (*end == ' ')
    end++;
  return g_ascii_strncasecmp (end, "alumni", 6) == 0 && !g_ascii_isalpha (end[6]);
}

/* The list of alternatives @group is now part of, as lists were joined */
static guint
find_group (RcJob *self,
            guint  group)
{
  while (g_array_index (self->groups, guint, group) != 0)
    group = g_array_index (self->groups, guint, group);
  return group;
}

static void
add_mention (RcJob         *self,
             const char    *text,
             const RcSkill *skill,
             const char    *start,
             const char    *end,
             Part           part,
             guint          group)
{
  Keyword *keyword;
  guint weight = part;

  if (part == PART_IGNORE || is_company (self, start, end) ||
      is_former_employer (text, start, end))
    return;
  keyword = g_hash_table_lookup (self->by_id, skill->id);
  if (keyword == NULL)
    {
      keyword = g_new0 (Keyword, 1);
      keyword->pub.skill = skill;
      keyword->pub.as_written = dup_as_written (start, end);
      keyword->tier = tier_of (skill);
      keyword->first = self->n_mentions;
      g_ptr_array_add (self->keywords, keyword);
      g_hash_table_insert (self->by_id, (gpointer) skill->id, keyword);
    }
  self->n_mentions++;
  keyword->pub.count++;
  if (group == 0)
    keyword->alone = TRUE;
  else if (keyword->group == 0)
    keyword->group = group;
  else
    {
      /* the lists that name the same skill are one */
      guint joined = find_group (self, keyword->group), other = find_group (self, group);

      if (other != joined)
        g_array_index (self->groups, guint, other) = joined;
    }

  /* keep the strongest mentions, strongest first */
  for (guint i = 0; i < TOP_MENTIONS; i++)
    {
      if (weight > keyword->top[i])
        {
          guint swap = keyword->top[i];

          keyword->top[i] = weight;
          weight = swap;
        }
    }
}

/* Lists of alternatives -------------------------------------------------------------------- */

/* Whether the text between two skills joins them in one list: "Go, Python", "Go or Python",
 * "Java/Kotlin", "Go and Python". Sets @choice when it offers a choice: "or", "/", "and/or". */
static gboolean
joins_list (const char *from,
            const char *to,
            gboolean   *choice)
{
  char word[8];
  gsize n = 0;
  gboolean comma = FALSE;

  for (const char *p = from; p < to; p++)
    {
      if (*p == ' ')
        continue;
      if (*p == ',')
        comma = TRUE;
      else if (n + 1 < sizeof word)
        word[n++] = g_ascii_tolower (*p);
      else
        return FALSE;
    }
  word[n] = '\0';
  if (n == 0)
    /* "Go Python" is no list */
    return comma;
  if (strcmp (word, "or") == 0 || strcmp (word, "/") == 0 || strcmp (word, "|") == 0 ||
      strcmp (word, "and/or") == 0)
    {
      *choice = TRUE;
      return TRUE;
    }
  return strcmp (word, "and") == 0 || strcmp (word, "&") == 0;
}

/* Whether the text from @line to @end ends with one of @phrases, as whole words, past any
 * spaces, "(", ":" or "," */
static gboolean
ends_with_phrase (const char         *line,
                  const char         *end,
                  const char * const *phrases)
{
  while (end > line && (end[-1] == ' ' || end[-1] == '(' || end[-1] == ':' || end[-1] == ','))
    end--;
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      gsize n = strlen (phrases[i]);

      if ((gsize) (end - line) >= n && g_ascii_strncasecmp (end - n, phrases[i], n) == 0 &&
          (end - n == line || !g_ascii_isalpha (end[-(gssize) n - 1])))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words before @start offer what follows as examples of one thing: "a broker such
 * as Kafka, RabbitMQ", "(e.g. AWS, GCP)", "one of Go, Java, Python" */
static gboolean
offers_examples (const char *line,
                 const char *start)
{
  static const char * const phrases[] = {
    "such as", "e.g.", "e.g", "eg.", "eg", "for example", "for instance", "like", "one of",
    "any of", "either", NULL
  };

  return ends_with_phrase (line, start, phrases);
}

/* Whether the line from @line to @eol opens a list whose items are choices: "Experience with
 * one or more of the following:", "at least one of the following languages:", "A cloud
 * provider, such as:" */
static gboolean
opens_choices (const char *line,
               const char *eol)
{
  static const char * const endings[] = {
    "one of", "one or more of", "any of", "such as", "e.g.", "for example", NULL
  };
  static const char * const inside[] = {
    "one of the following", "any of the following", "one or more of the following", NULL
  };
  const char *end = eol;
  g_autofree char *lower = NULL;

  while (end > line && end[-1] == ' ')
    end--;
  if (end == line || end[-1] != ':')
    return FALSE;
  if (ends_with_phrase (line, end, endings))
    return TRUE;
  lower = dup_lower_line (line, end - line);
  return has_phrase (lower, inside);
}

/* Whether the text from @start to @eol begins with one of @phrases, as whole words, past any
 * spaces or "," */
static gboolean
begins_with_phrase (const char         *start,
                    const char         *eol,
                    const char * const *phrases)
{
  while (start < eol && (*start == ' ' || *start == ','))
    start++;
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      gsize n = strlen (phrases[i]);

      if ((gsize) (eol - start) >= n && g_ascii_strncasecmp (start, phrases[i], n) == 0 &&
          (start + n == eol || !g_ascii_isalpha (start[n])))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words after @end leave the list open: "Terraform, Pulumi or similar", "etc." */
static gboolean
leaves_open (const char *end,
             const char *eol)
{
  static const char * const phrases[] = {
    "or similar", "or equivalent", "or comparable", "or other", "or another", "or the like",
    "etc", NULL
  };

  return begins_with_phrase (end, eol, phrases);
}

/* Words that name a kind of technology: a list in brackets after one gives examples of that
 * kind, "a relational (PostgreSQL, MySQL) database", "a cloud platform (AWS, GCP)". Other
 * words before a bracket say what the team uses: "our stack (Go, Kafka)". */
static const char * const kinds[] = {
  "relational", "nosql", "sql", "database", "databases", "datastore", "datastores", "store",
  "stores", "warehouse", "warehouses", "cache", "caches", "cloud", "clouds", "provider",
  "providers", "platform", "platforms", "broker", "brokers", "queue", "queues", "messaging",
  "streaming", "language", "languages", "framework", "frameworks", "runtime", "runtimes",
  "orchestrator", "orchestrators", "orchestration", "container", "containers", "engine",
  "engines", "observability", "monitoring", "tracing", "logging", "iac", "ci", "ci/cd",
  "scripting", "document", "key-value", "graph", "columnar", "time-series", NULL
};

/* Where the bracket opens before the list @start to @end (a line from @line to @eol), when
 * the list is all it holds; NULL when it is in none */
static const char *
opening_bracket (const char *line,
                 const char *start,
                 const char *end,
                 const char *eol)
{
  const char *open = start;

  while (open > line && open[-1] == ' ')
    open--;
  while (end < eol && *end == ' ')
    end++;
  if (open == line || open[-1] != '(' || end >= eol || *end != ')')
    return NULL;
  return open - 1;
}

/* Whether the word that ends at @word_end (past spaces) names a kind of technology */
static gboolean
names_kind (const char *line,
            const char *word_end)
{
  const char *word;
  g_autofree char *lower = NULL;

  for (word = word_end; word > line && (g_ascii_isalnum (word[-1]) || word[-1] == '-' ||
                                        word[-1] == '/');
       word--)
    ;
  if (word == word_end)
    return FALSE;
  lower = dup_lower_line (word, word_end - word);
  return g_strv_contains (kinds, lower);
}

/* Whether @skill's implications hold @other: Spring Boot holds Java, PostgreSQL SQL */
static gboolean
implies (const RcSkill *skill,
         const RcSkill *other)
{
  for (guint j = 0; skill->implied != NULL && skill->implied[j] != NULL; j++)
    if (skill->implied[j] == other)
      return TRUE;
  return FALSE;
}

/* Whether every skill of the list @first to @last is a kind of @skill: PostgreSQL and MySQL
 * of SQL, MongoDB of NoSQL (not gRPC and Kafka of Go) */
static gboolean
all_kinds_of (const RcSkillMention *mentions,
              guint                 first,
              guint                 last,
              const RcSkill        *skill)
{
  for (guint i = first; i < last; i++)
    if (!implies (mentions[i].skill, skill))
      return FALSE;
  return TRUE;
}

/* Whether the mentions @k to @end of a line (@first its first), in brackets opened at @open
 * (nullable), give examples of what comes before them: a word naming a kind ("a relational
 * (PostgreSQL, MySQL) database") or a skill they are all kinds of ("NoSQL (MongoDB,
 * DynamoDB)") */
static gboolean
examples_in_brackets (const char           *line,
                      const char           *open,
                      const RcSkillMention *mentions,
                      const char          **ends,
                      guint                 first,
                      guint                 k,
                      guint                 end)
{
  const char *word_end = open;

  if (open == NULL)
    return FALSE;
  while (word_end > line && word_end[-1] == ' ')
    word_end--;
  if (k > first && ends[k - 1] == word_end &&
      all_kinds_of (mentions, k, end, mentions[k - 1].skill))
    return TRUE;
  return names_kind (line, word_end);
}

/* Whether another skill of the list @first to @last implies @skill: "Python, Django or Flask"
 * asks for Python whichever framework, and "Python/Django" for both */
static gboolean
implied_in_list (const RcSkillMention *mentions,
                 guint                 first,
                 guint                 last,
                 const RcSkill        *skill)
{
  for (guint i = first; i < last; i++)
    if (implies (mentions[i].skill, skill))
      return TRUE;
  return FALSE;
}

/* Sets @group_of for the mentions @first to @last (not included) of one line: each list that
 * offers a choice ("Kafka or NATS", "a cloud such as AWS, GCP", "Terraform, Pulumi or
 * similar") gets a group of its own; the rest stay 0, asked for on their own. */
static void
find_alternatives (RcJob                *self,
                   const char           *line,
                   const char           *eol,
                   const RcSkillMention *mentions,
                   const char          **starts,
                   const char          **ends,
                   guint                 first,
                   guint                 last,
                   guint                *group_of)
{
  /* the last list in brackets that made a choice, and where its bracket closed */
  guint bracket_group = 0;
  const char *bracket_close = NULL;

  for (guint k = first, end; k < last; k = end)
    {
      static const char * const or_word[] = { "or", NULL };
      gboolean choice = FALSE, kind, merge;
      guint members = 0, group;
      const char *open;

      for (end = k + 1; end < last && joins_list (ends[end - 1], starts[end], &choice); end++)
        ;
      open = opening_bracket (line, starts[k], ends[end - 1], eol);
      kind = examples_in_brackets (line, open, mentions, ends, first, k, end);
      /* "a relational (PostgreSQL, MySQL) or NoSQL (MongoDB) database": one choice of all */
      merge = kind && bracket_close != NULL && begins_with_phrase (bracket_close + 1, open, or_word);
      if (!merge && (end - k < 2 || !(choice || kind || offers_examples (line, starts[k]) ||
                                      leaves_open (ends[end - 1], eol))))
        continue;
      group = merge ? bracket_group : self->groups->len;
      for (guint i = k; i < end; i++)
        if (!implied_in_list (mentions, k, end, mentions[i].skill))
          {
            group_of[i] = group;
            members++;
          }
      if (members >= 2 || (members >= 1 && group != self->groups->len))
        {
          if (group == self->groups->len)
            g_array_set_size (self->groups, self->groups->len + 1);
          if (kind)
            {
              bracket_group = group;
              bracket_close = strchr (ends[end - 1], ')');
            }
        }
      else
        for (guint i = k; i < end; i++)
          group_of[i] = 0;
    }
}

/* Reads @text. @base: the part it belongs to; @headings: whether its lines can open sections
 * (a description) rather than being one item of a list; @title_line: whether its first
 * non-blank line is the job title. */
static void
scan_text (RcJob      *self,
           const char *raw,
           Part        base,
           gboolean    headings,
           gboolean    title_line)
{
  g_autofree char *text = dup_printed (raw);
  g_autoptr(GArray) mentions = rc_taxonomy_find (self->taxonomy, text);
  g_autofree const char **starts = g_new (const char *, mentions->len + 1);
  g_autofree const char **ends = g_new (const char *, mentions->len + 1);
  g_autofree guint *group_of = g_new0 (guint, mentions->len + 1);
  const RcSkillMention *found = (const RcSkillMention *) (gpointer) mentions->data;
  const char *line = text;
  const char *cursor = text;
  guint cursor_chars = 0;
  guint m = 0;
  guint listed_choice = 0;  /* the choice the items under "one of the following:" make */
  gint listed_indent = -1;  /* the indent of the line that opened it, if a bullet */
  Part section = base;

  /* mentions are in text order: one walk turns their character offsets into pointers */
  for (guint k = 0; k < mentions->len; k++)
    {
      const RcSkillMention *mention = &g_array_index (mentions, RcSkillMention, k);

      starts[k] = g_utf8_offset_to_pointer (cursor, mention->start - cursor_chars);
      ends[k] = g_utf8_offset_to_pointer (starts[k], mention->end - mention->start);
      cursor = ends[k];
      cursor_chars = mention->end;
    }

  for (;;)
    {
      const char *eol = strchr (line, '\n');
      guint first = m;
      gboolean heading = FALSE;
      gboolean blank = TRUE;
      Part part;

      if (eol == NULL)
        eol = line + strlen (line);
      while (m < mentions->len && starts[m] < eol)
        m++;
      for (const char *p = line; p < eol && blank; p++)
        blank = g_ascii_isspace (*p);

      if (title_line && !blank)
        {
          /* a long first line is a paragraph, not a title */
          part = eol - line <= 100 ? PART_REQUIRED : section;
          title_line = FALSE;
        }
      else
        {
          part = classify_line (line, eol - line, m - first, &heading);
          if (heading && headings)
            section = part;
          else if (section == PART_IGNORE || part == PART_NONE || part == PART_NEUTRAL)
            part = section;
        }

      find_alternatives (self, line, eol, found, starts, ends, first, m, group_of);
      if (!blank)
        {
          const char *item = line;
          gint indent;

          while (*item == ' ' || *item == '\t')
            item++;
          indent = starts_with_bullet (item) ? (gint) (item - line) : -1;
          /* the items under it: the bullets after it, or its own sub-bullets */
          if (listed_choice != 0 && indent > listed_indent)
            for (guint k = first; k < m; k++)
              group_of[k] = listed_choice;
          else
            listed_choice = 0;
          if (opens_choices (line, eol))
            {
              listed_choice = self->groups->len;
              listed_indent = indent;
              g_array_set_size (self->groups, self->groups->len + 1);
            }
        }
      for (guint k = first; k < m; k++)
        add_mention (self, text, found[k].skill, starts[k], ends[k],
                     heading || part == PART_IGNORE
                     ? part : classify_clause (line, eol, starts[k], ends[k], part, section),
                     group_of[k]);

      if (*eol == '\0')
        break;
      line = eol + 1;
    }
}

/* JSON Resume job files ---------------------------------------------------------------------- */

static const char * const job_fields[] = {
  "title", "company", "description", "highlights", "skills", "responsibilities",
  "qualifications", "experience", "requirements", NULL
};

/* Reads a string, or each string of a list (objects in it read by their "name", "keywords"
 * and "description"). */
static void
scan_json_node (RcJob    *self,
                JsonNode *node,
                Part      base,
                gboolean  headings)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    scan_text (self, json_node_get_string (node), base, headings, FALSE);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        scan_json_node (self, json_array_get_element (array, i), base, FALSE);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      scan_json_node (self, json_object_get_member (object, "name"), base, FALSE);
      scan_json_node (self, json_object_get_member (object, "keywords"), base, FALSE);
      scan_json_node (self, json_object_get_member (object, "description"), base, FALSE);
    }
}

static gboolean
load_json (RcJob      *self,
           const char *text)
{
  static const struct
  {
    const char *member;
    Part        part;
    gboolean    headings;
  } fields[] = {
    { "description", PART_NEUTRAL, TRUE },
    { "experience", PART_NEUTRAL, FALSE },
    { "responsibilities", PART_NEUTRAL, FALSE },
    { "highlights", PART_NEUTRAL, FALSE },
    { "qualifications", PART_REQUIRED, FALSE },
    { "requirements", PART_REQUIRED, FALSE },
    { "skills", PART_REQUIRED, FALSE },
    { "niceToHave", PART_NICE, FALSE },
    { "nice_to_have", PART_NICE, FALSE },
    { "preferred", PART_NICE, FALSE },
    { "preferredQualifications", PART_NICE, FALSE },
    { "bonus", PART_NICE, FALSE },
  };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  const char *title;
  gboolean jobish = FALSE;

  while (g_ascii_isspace (*text))
    text++;
  /* JSON the strict reader refuses (too deep, too large, broken) is read as plain text */
  if (*text != '{' || (root = rc_json_read (text, strlen (text), NULL)) == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  /* a resume is not a job, even though it has "skills" */
  if (json_object_has_member (object, "basics") || json_object_has_member (object, "work"))
    return FALSE;
  for (guint i = 0; job_fields[i] != NULL; i++)
    jobish = jobish || json_object_has_member (object, job_fields[i]);
  if (!jobish)
    return FALSE;

  self->company = g_strdup (rc_json_get_member_string (object, "company"));
  if (self->company != NULL)
    g_strstrip (self->company);
  title = rc_json_get_member_string (object, "title");
  if (title != NULL)
    {
      self->title = g_strstrip (g_strdup (title));
      scan_text (self, title, PART_REQUIRED, FALSE, TRUE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    scan_json_node (self, json_object_get_member (object, fields[i].member),
                    fields[i].part, fields[i].headings);
  return TRUE;
}

/* Plain text --------------------------------------------------------------------------------- */

static char *
dup_first_line (const char *text)
{
  while (*text != '\0')
    {
      const char *eol = strchr (text, '\n');
      g_autofree char *line = g_strndup (text, eol != NULL ? (gsize) (eol - text) : strlen (text));
      char *s = g_strstrip (line);
      gsize n;

      while (*s == '#' || *s == '*' || *s == '_' || *s == '=' || *s == ' ')
        s++;
      n = strlen (s);
      while (n > 0 && strchr ("#*_=: \t", s[n - 1]) != NULL)
        s[--n] = '\0';
      if (n > 0)
        return g_strdup (s);
      if (eol == NULL)
        break;
      text = eol + 1;
    }
  return g_strdup ("");
}

static void
load_text (RcJob      *self,
           const char *text)
{
  g_autofree char *printed = dup_printed (text);

  self->title = dup_first_line (printed);
  scan_text (self, text, PART_NEUTRAL, TRUE, TRUE);
}

/* Ordering ----------------------------------------------------------------------------------- */

static gint
compare_keywords (gconstpointer a,
                  gconstpointer b)
{
  const Keyword *ka = *(const Keyword * const *) a;
  const Keyword *kb = *(const Keyword * const *) b;

  if (ka->tier != kb->tier)
    return ka->tier < kb->tier ? -1 : 1;
  if (ka->pub.weight != kb->pub.weight)
    return ka->pub.weight > kb->pub.weight ? -1 : 1;
  return ka->first < kb->first ? -1 : ka->first > kb->first;
}

static void
finish_keywords (RcJob *self)
{
  static const guint factor[] = { 3, 2, 1 };
  g_autofree guint *members = g_new0 (guint, self->groups->len);

  for (guint i = 0; i < self->keywords->len; i++)
    {
      Keyword *keyword = g_ptr_array_index (self->keywords, i);
      guint score = 0;

      for (guint k = 0; k < TOP_MENTIONS; k++)
        score += keyword->top[k];
      keyword->pub.weight = score * factor[keyword->tier];
      keyword->pub.asked = (RcAtsAsked) keyword->top[0];
      keyword->group = keyword->group != 0 ? find_group (self, keyword->group) : 0;
      members[keyword->group]++;
    }
  for (guint i = 0; i < self->keywords->len; i++)
    {
      Keyword *keyword = g_ptr_array_index (self->keywords, i);

      keyword->pub.alternatives = keyword->group != 0 && members[keyword->group] >= 2
                                  ? keyword->group : 0;
      keyword->pub.alone = keyword->alone && keyword->pub.alternatives != 0;
    }

  g_ptr_array_sort (self->keywords, compare_keywords);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
}

/**
 * rc_job_new:
 * @taxonomy: the skills to look for
 * @text: a job posting as plain text, or a JSON Resume job file
 *
 * Reads a job description. A JSON object with job fields (title, description,
 * responsibilities, qualifications, skills…) is read field by field; anything else is plain
 * text, whose first line is the title and whose headings ("Requirements", "Nice to have")
 * tell how much the skills under them matter.
 *
 * Returns: (transfer full): the job
 */
RcJob *
rc_job_new (RcTaxonomy *taxonomy,
            const char *text)
{
  RcJob *self;
  g_autofree char *valid = NULL;

  g_return_val_if_fail (RC_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  self = g_object_new (RC_TYPE_JOB, NULL);
  self->taxonomy = g_object_ref (taxonomy);
  /* load_json() reads nothing unless the text is a job file */
  if (!load_json (self, text))
    load_text (self, text);
  if (self->title == NULL)
    self->title = g_strdup ("");
  finish_keywords (self);
  return self;
}

RcTaxonomy *
rc_job_get_taxonomy (RcJob *self)
{
  g_return_val_if_fail (RC_IS_JOB (self), NULL);

  return self->taxonomy;
}

const char *
rc_job_get_title (RcJob *self)
{
  g_return_val_if_fail (RC_IS_JOB (self), NULL);

  return self->title;
}

GPtrArray *
rc_job_get_keywords (RcJob *self)
{
  g_return_val_if_fail (RC_IS_JOB (self), NULL);

  return self->keywords;
}
