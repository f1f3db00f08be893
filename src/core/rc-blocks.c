/* rc-blocks.c — a resume as a flat list of printable blocks, shared by every exporter
 *
 * Every word it adds (headings, labels, dates) is printed in the resume's own language,
 * English, never the interface's: see rc-date.c.
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "rc-blocks.h"
#include "rc-date.h"
#include "rc-json-pointer.h"
#include "rc-json-private.h"
#include "rc-json-tree.h"
#include "rc-section.h"

/* A composed line (contact, entry meta) collects its parts with the pointer of each, so the
 * block can name the one field it shows, or the object the parts share. */
typedef struct
{
  GPtrArray *texts;
  GPtrArray *uris;     /* (element-type utf8) (nullable items): where each part links to */
  char      *pointer;
} Parts;

static void
parts_init (Parts *parts)
{
  parts->texts = g_ptr_array_new_with_free_func (g_free);
  parts->uris = g_ptr_array_new_with_free_func (g_free);
  parts->pointer = NULL;
}

static void
parts_clear (Parts *parts)
{
  g_clear_pointer (&parts->texts, g_ptr_array_unref);
  g_clear_pointer (&parts->uris, g_ptr_array_unref);
  g_clear_pointer (&parts->pointer, g_free);
}

/* Takes @text, @pointer and @uri (each nullable); a part without text is dropped. */
static void
parts_take_link (Parts *parts,
                 char  *text,
                 char  *pointer,
                 char  *uri)
{
  if (text == NULL)
    {
      g_free (pointer);
      g_free (uri);
      return;
    }

  g_ptr_array_add (parts->texts, text);
  g_ptr_array_add (parts->uris, uri);
  g_free (parts->pointer);
  parts->pointer = pointer;
}

static void
parts_take (Parts *parts,
            char  *text,
            char  *pointer)
{
  parts_take_link (parts, text, pointer, NULL);
}

/* The pointer of the parts as one line: the one field it shows, or the object they share */
static char *
parts_steal_pointer (Parts      *parts,
                     const char *shared_pointer)
{
  return parts->texts->len == 1 ? g_steal_pointer (&parts->pointer) : g_strdup (shared_pointer);
}

/* The parts as one line; with @links, the byte range of each part that links somewhere
 * (element-type RcBlockLink), or NULL when none does. */
static char *
parts_join_links (Parts      *parts,
                  const char *separator,
                  GArray    **links)
{
  GString *out;

  if (links != NULL)
    *links = NULL;
  if (parts->texts->len == 0)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < parts->texts->len; i++)
    {
      const char *uri = g_ptr_array_index (parts->uris, i);
      gsize start;

      if (i > 0)
        g_string_append (out, separator);
      start = out->len;
      g_string_append (out, g_ptr_array_index (parts->texts, i));

      if (uri != NULL && links != NULL)
        {
          RcBlockLink link = { start, out->len, g_strdup (uri) };

          if (*links == NULL)
            {
              *links = g_array_new (FALSE, FALSE, sizeof (RcBlockLink));
              g_array_set_clear_func (*links, rc_block_link_clear);
            }
          g_array_append_val (*links, link);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
parts_join (Parts      *parts,
            const char *separator)
{
  return parts_join_links (parts, separator, NULL);
}

/* The bytes of the white-space character at @p, 0 when it is something else */
static inline gsize
space_at (const char *p)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (g_utf8_get_char (p)) ? (gsize) g_utf8_skip[c] : 0;
}

/* Newlines and runs of spaces inside a one-line field would break "one bullet per line".
 * Most text is clean already, and it is cleaned on every keystroke for the page count: runs
 * of it are copied whole, and a field with nothing to clean is copied once. */
static char *
clean_line (const char *text)
{
  GString *out = NULL;
  const char *run;
  const char *p;
  gsize n;

  if (text == NULL)
    return NULL;

  for (p = text; (n = space_at (p)) > 0; p += n)
    ;
  if (*p == '\0')
    return NULL;

  run = p;
  while (*p != '\0')
    {
      guchar c = (guchar) *p;

      if (c > ' ' && c < 0x80)
        {
          p++;
          continue;
        }

      n = space_at (p);
      if (n == 0)
        {
          p += c < 0x80 ? 1 : g_utf8_skip[c];
          continue;
        }

      /* One plain space between two words stays in the run. */
      if (c == ' ' && p[1] != '\0' && space_at (p + 1) == 0)
        {
          p++;
          continue;
        }

      if (out == NULL)
        out = g_string_sized_new (strlen (run));
      g_string_append_len (out, run, p - run);
      for (; (n = space_at (p)) > 0; p += n)
        ;
      if (*p != '\0')
        g_string_append_c (out, ' ');
      run = p;
    }

  if (out == NULL)
    return g_strndup (run, p - run);
  g_string_append_len (out, run, p - run);
  return g_string_free (out, FALSE);
}

/* Paragraphs keep their line breaks; blank lines inside them would read as a new section. */
static char *
clean_paragraph (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  if (text == NULL)
    return NULL;
  if (strchr (text, '\n') == NULL)
    return clean_line (text);

  lines = g_strsplit (text, "\n", -1);
  kept = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = clean_line (lines[i]);

      if (line != NULL)
        g_ptr_array_add (kept, line);
    }

  if (kept->len == 0)
    return NULL;

  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("\n", (char **) kept->pdata);
}

static char *
member_line (JsonObject *object,
             const char *name)
{
  return clean_line (rc_json_get_member_string (object, name));
}

static char *
array_line (JsonArray *array,
            guint      index)
{
  return clean_line (rc_json_get_string (json_array_get_element (array, index)));
}

/* "Go, Python, SQL" from an array of strings; NULL when it holds none */
static char *
join_strings (JsonArray *array)
{
  g_autoptr(GPtrArray) items = NULL;

  if (array == NULL)
    return NULL;

  items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *item = array_line (array, i);

      if (item != NULL)
        g_ptr_array_add (items, item);
    }

  if (items->len == 0)
    return NULL;

  g_ptr_array_add (items, NULL);
  return g_strjoinv (", ", (char **) items->pdata);
}

static char *
field_pointer (const char *entry_pointer,
               const char *name)
{
  return rc_json_pointer_append (entry_pointer, name);
}

/* "@base/@name/@index", or "@base/@index" without @name */
static char *
index_pointer (const char *base,
               const char *name,
               guint       index)
{
  return name != NULL ? rc_json_pointer_append_item (base, name, index)
                      : rc_json_pointer_append_index (base, index);
}

/* A block as rc-blocks allocates it: an RcBlocksMemo may keep it for an entry. */
typedef struct
{
  RcBlock  block;
  gboolean kept;
} KeptBlock;

static RcBlock *
block_new (RcBlockKind  kind,
           char        *text,
           char        *pointer)
{
  KeptBlock *kept = g_new0 (KeptBlock, 1);

  kept->block.kind = kind;
  kept->block.text = text;
  kept->block.pointer = pointer;
  return &kept->block;
}

/**
 * rc_block_link_clear:
 * @data: an #RcBlockLink
 *
 * Frees what the link holds, as the clear function of a block's links.
 */
void
rc_block_link_clear (gpointer data)
{
  RcBlockLink *link = data;

  g_clear_pointer (&link->uri, g_free);
}

/**
 * rc_block_free:
 * @block: (nullable) (transfer full): a block
 *
 * Frees a block from rc_resume_blocks().
 */
void
rc_block_free (RcBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->text);
  g_free (block->pointer);
  g_clear_pointer (&block->links, g_array_unref);
  g_free (block);
}

/* Adds a block when there is something to show; takes both strings. */
static void
add (GPtrArray   *blocks,
     RcBlockKind  kind,
     char        *text,
     char        *pointer)
{
  if (text == NULL)
    {
      g_free (pointer);
      return;
    }

  g_ptr_array_add (blocks, block_new (kind, text, pointer));
}

static void
add_parts (GPtrArray   *blocks,
           RcBlockKind  kind,
           Parts       *parts,
           const char  *separator,
           const char  *shared_pointer)
{
  GArray *links;
  char *text = parts_join_links (parts, separator, &links);

  if (text != NULL)
    {
      add (blocks, kind, text, parts_steal_pointer (parts, shared_pointer));
      ((RcBlock *) g_ptr_array_index (blocks, blocks->len - 1))->links = links;
    }
}

static void
add_field (GPtrArray   *blocks,
           RcBlockKind  kind,
           JsonObject  *object,
           const char  *entry_pointer,
           const char  *name)
{
  const char *value = rc_json_get_member_string (object, name);
  char *text = kind == RC_BLOCK_PARAGRAPH ? clean_paragraph (value) : clean_line (value);

  if (text != NULL)
    add (blocks, kind, text, field_pointer (entry_pointer, name));
}

static void
add_bullets (GPtrArray   *blocks,
             JsonObject  *object,
             const char  *entry_pointer,
             const char  *name)
{
  JsonArray *array = rc_json_get_member_array (object, name);

  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *text = array_line (array, i);

      if (text != NULL)
        add (blocks, RC_BLOCK_BULLET, text, index_pointer (entry_pointer, name, i));
    }
}

/* Where a web address printed as @text leads: itself, or https:// before a bare domain;
 * NULL when it is no address. */
static char *
web_link (const char *text)
{
  if (g_ascii_strncasecmp (text, "https://", 8) == 0 || g_ascii_strncasecmp (text, "http://", 7) == 0)
    return strchr (text, ' ') == NULL ? g_strdup (text) : NULL;
  if (strchr (text, ' ') == NULL && strchr (text, '@') == NULL && strchr (text, ':') == NULL &&
      strchr (text, '.') != NULL && text[0] != '.')
    return g_strconcat ("https://", text, NULL);
  return NULL;
}

/* "tel:+4930123456" from "+49 30 123 456"; NULL when it holds too few digits to dial */
static char *
phone_link (const char *text)
{
  GString *out = g_string_new ("tel:");
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (out, *p);
          digits++;
        }
      else if (*p == '+' && digits == 0 && out->len == 4)
        g_string_append_c (out, '+');
      else if (g_ascii_isalpha (*p))
        break;  /* "ext. 12", or no number at all */
    }

  if (digits < 5)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The link a field named @name printing @text makes, by the field's meaning: an email
 * address, a phone number or a web address; NULL for every other field. */
static char *
field_link (const char *name,
            const char *text)
{
  if (strcmp (name, "email") == 0)
    return strchr (text, '@') != NULL && strchr (text, ' ') == NULL
           ? g_strconcat ("mailto:", text, NULL) : NULL;
  if (strcmp (name, "phone") == 0)
    return phone_link (text);
  if (strcmp (name, "url") == 0 || strcmp (name, "website") == 0)
    return web_link (text);
  return NULL;
}

/* An entry's web address as it prints: "example.com/tool" for "https://example.com/tool/",
 * which keeps a meta line on one line; the link keeps the whole address. */
static char *
short_web_text (char *text)
{
  gsize skip = g_ascii_strncasecmp (text, "https://", 8) == 0 ? 8
               : g_ascii_strncasecmp (text, "http://", 7) == 0 ? 7 : 0;
  gsize length = strlen (text);
  char *out;

  if (skip == 0 || length <= skip + 1)
    return text;
  if (text[length - 1] == '/')
    length--;
  out = g_strndup (text + skip, length - skip);
  g_free (text);
  return out;
}

static void
take_field (Parts       *parts,
            JsonObject  *object,
            const char  *entry_pointer,
            const char  *name)
{
  char *text = member_line (object, name);
  char *uri;

  if (text == NULL)
    return;

  uri = field_link (name, text);
  /* the basics' own address prints whole, for ATS parsers that look for one */
  if (uri != NULL && g_str_has_prefix (uri, "http") && strcmp (entry_pointer, "/basics") != 0)
    text = short_web_text (text);
  parts_take_link (parts, text, field_pointer (entry_pointer, name), uri);
}

static void
take_dates (Parts       *parts,
            JsonObject  *object,
            const char  *entry_pointer,
            const char  *start_name,
            const char  *end_name)
{
  const char *start = rc_json_get_member_string (object, start_name);
  const char *end = end_name != NULL ? rc_json_get_member_string (object, end_name) : NULL;
  char *text;

  if (end_name == NULL)
    {
      parts_take (parts, rc_date_format_text (start), field_pointer (entry_pointer, start_name));
      return;
    }

  text = rc_date_format_range (start, end);
  if (text != NULL)
    parts_take (parts, text, g_strdup (entry_pointer));
}

/* The first of @names that holds a string: older JSON Resume files say "company" where v1
 * says "name". */
static void
take_first_field (Parts       *parts,
                  JsonObject  *object,
                  const char  *entry_pointer,
                  const char  *name,
                  const char  *fallback)
{
  guint before = parts->texts->len;

  take_field (parts, object, entry_pointer, name);
  if (parts->texts->len == before && fallback != NULL)
    take_field (parts, object, entry_pointer, fallback);
}

static void
add_title (GPtrArray   *blocks,
           JsonObject  *object,
           const char  *entry_pointer,
           const char  *first,
           const char  *second,
           const char  *second_fallback)
{
  Parts parts;

  parts_init (&parts);
  take_field (&parts, object, entry_pointer, first);
  if (second != NULL)
    take_first_field (&parts, object, entry_pointer, second, second_fallback);
  add_parts (blocks, RC_BLOCK_ENTRY_TITLE, &parts, ", ", entry_pointer);
  parts_clear (&parts);
}

/* The hash of an entry's JSON as its blocks were built from it (rc_json_tree_hash()), and
 * the blocks */
typedef struct
{
  guint64    source;
  GPtrArray *blocks;  /* (element-type RcBlock) */
} MemoEntry;

struct _RcBlocksMemo
{
  GHashTable *sections;  /* section name → (element-type MemoEntry) GPtrArray, by entry index */
  GPtrArray  *blocks;    /* (nullable): the last result */
};

static void
memo_entry_free (gpointer data)
{
  MemoEntry *entry = data;

  if (entry == NULL)
    return;

  g_ptr_array_unref (entry->blocks);
  g_free (entry);
}

/* The memo of section @name, one item per entry of @array */
static GPtrArray *
memo_section (RcBlocksMemo *memo,
              const char   *name,
              JsonArray    *array)
{
  GPtrArray *entries = g_hash_table_lookup (memo->sections, name);

  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (memo_entry_free);
      g_hash_table_insert (memo->sections, (gpointer) name, entries);
    }
  g_ptr_array_set_size (entries, array != NULL ? json_array_get_length (array) : 0);
  return entries;
}

/* Adds the blocks the memo keeps for entry @index when its JSON still hashes to @source */
static gboolean
reuse_entry (GPtrArray *blocks,
             GPtrArray *entries,
             guint      index,
             guint64    source)
{
  MemoEntry *entry = g_ptr_array_index (entries, index);

  if (entry == NULL || entry->source != source)
    return FALSE;

  for (guint i = 0; i < entry->blocks->len; i++)
    g_ptr_array_add (blocks, g_ptr_array_index (entry->blocks, i));
  return TRUE;
}

/* Keeps the blocks from @start on, just built from JSON that hashes to @source, for entry
 * @index */
static void
keep_entry (GPtrArray *blocks,
            guint      start,
            GPtrArray *entries,
            guint      index,
            guint64    source)
{
  MemoEntry *entry = g_new0 (MemoEntry, 1);

  entry->source = source;
  entry->blocks = g_ptr_array_new_full (blocks->len - start, (GDestroyNotify) rc_block_free);
  for (guint i = start; i < blocks->len; i++)
    {
      KeptBlock *block = g_ptr_array_index (blocks, i);

      block->kept = TRUE;
      g_ptr_array_add (entry->blocks, block);
    }

  memo_entry_free (g_ptr_array_index (entries, index));
  g_ptr_array_index (entries, index) = entry;
}

typedef void (*AddEntryFunc) (GPtrArray  *blocks,
                              JsonObject *entry,
                              const char *entry_pointer);

/* A section is skipped when none of its entries has anything to show. @heading is translated
 * only then: most resumes leave most sections out. With @memo, an entry whose JSON did not
 * change keeps its blocks. */
static void
add_section (GPtrArray    *blocks,
             JsonObject   *root,
             RcSection     section,
             AddEntryFunc  add_entry,
             RcBlocksMemo *memo)
{
  const RcSectionInfo *info = rc_section_get_info (section);
  JsonArray *array = rc_json_get_member_array (root, info->id);
  GPtrArray *kept = memo != NULL ? memo_section (memo, info->id, array) : NULL;
  const char *section_pointer = info->pointer;
  guint heading_index;

  if (array == NULL || json_array_get_length (array) == 0)
    return;

  heading_index = blocks->len;
  g_ptr_array_add (blocks, block_new (RC_BLOCK_HEADING, g_strdup (info->heading),
                                      g_strdup (section_pointer)));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = rc_json_get_element_object (array, i);
      guint64 source = 0;
      g_autofree char *entry_pointer = NULL;
      guint start = blocks->len;

      if (entry == NULL)
        continue;
      if (kept != NULL)
        {
          source = rc_json_tree_hash (json_array_get_element (array, i), NULL);
          if (reuse_entry (blocks, kept, i, source))
            continue;
        }

      entry_pointer = index_pointer (section_pointer, NULL, i);
      add_entry (blocks, entry, entry_pointer);
      if (kept != NULL)
        keep_entry (blocks, start, kept, i, source);
    }

  if (blocks->len == heading_index + 1)
    g_ptr_array_remove_index (blocks, heading_index);
}

/* "Jan 2020 – Present · Berlin": the entry's dates and one more field */
static void
add_dates_meta (GPtrArray  *blocks,
                JsonObject *entry,
                const char *entry_pointer,
                const char *name)
{
  Parts meta;

  parts_init (&meta);
  take_dates (&meta, entry, entry_pointer, "startDate", "endDate");
  take_field (&meta, entry, entry_pointer, name);
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);
}

static void
add_work_entry (GPtrArray  *blocks,
                JsonObject *entry,
                const char *entry_pointer)
{
  Parts meta;

  add_title (blocks, entry, entry_pointer, "position", "name", "company");

  parts_init (&meta);
  take_dates (&meta, entry, entry_pointer, "startDate", "endDate");
  take_field (&meta, entry, entry_pointer, "location");
  /* older JSON Resume files say "website" where v1 says "url" */
  take_first_field (&meta, entry, entry_pointer, "url", "website");
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);

  /* what the company does, then what the role was */
  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "description");
  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "summary");
  add_bullets (blocks, entry, entry_pointer, "highlights");
}

static void
add_volunteer_entry (GPtrArray  *blocks,
                     JsonObject *entry,
                     const char *entry_pointer)
{
  add_title (blocks, entry, entry_pointer, "position", "organization", NULL);

  add_dates_meta (blocks, entry, entry_pointer, "url");

  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "summary");
  add_bullets (blocks, entry, entry_pointer, "highlights");
}

static void
add_project_entry (GPtrArray  *blocks,
                   JsonObject *entry,
                   const char *entry_pointer)
{
  Parts meta;
  g_autofree char *keywords = NULL;

  add_field (blocks, RC_BLOCK_ENTRY_TITLE, entry, entry_pointer, "name");

  parts_init (&meta);
  take_dates (&meta, entry, entry_pointer, "startDate", "endDate");
  parts_take (&meta, join_strings (rc_json_get_member_array (entry, "roles")),
              field_pointer (entry_pointer, "roles"));
  take_field (&meta, entry, entry_pointer, "entity");
  take_field (&meta, entry, entry_pointer, "type");
  take_field (&meta, entry, entry_pointer, "url");
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);

  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "description");

  /* before the bullets: a paragraph after them would read as the next entry */
  keywords = join_strings (rc_json_get_member_array (entry, "keywords"));
  if (keywords != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_strdup_printf ("Keywords: %s", keywords),
         field_pointer (entry_pointer, "keywords"));

  add_bullets (blocks, entry, entry_pointer, "highlights");
}

/* "Languages: Go, Python" — also used for interests, which have the same shape */
static void
add_keyword_line (GPtrArray  *blocks,
                  JsonObject *entry,
                  const char *entry_pointer)
{
  g_autofree char *name = member_line (entry, "name");
  g_autofree char *level = member_line (entry, "level");
  g_autofree char *keywords = join_strings (rc_json_get_member_array (entry, "keywords"));

  if (level != NULL)
    {
      char *named = name != NULL
                    ? g_strdup_printf ("%s (%s)", name, level)
                    : g_steal_pointer (&level);

      g_free (name);
      name = named;
    }

  if (name != NULL && keywords != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_strdup_printf ("%s: %s", name, keywords),
         g_strdup (entry_pointer));
  else if (name != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_steal_pointer (&name),
         field_pointer (entry_pointer, "name"));
  else if (keywords != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_steal_pointer (&keywords),
         field_pointer (entry_pointer, "keywords"));
}

static void
add_education_entry (GPtrArray  *blocks,
                     JsonObject *entry,
                     const char *entry_pointer)
{
  Parts degree;
  Parts meta;
  g_autofree char *courses = NULL;

  add_field (blocks, RC_BLOCK_ENTRY_TITLE, entry, entry_pointer, "institution");

  parts_init (&degree);
  take_field (&degree, entry, entry_pointer, "studyType");
  take_field (&degree, entry, entry_pointer, "area");

  parts_init (&meta);
  if (degree.texts->len > 0)
    parts_take (&meta, parts_join (&degree, ", "), parts_steal_pointer (&degree, entry_pointer));
  take_dates (&meta, entry, entry_pointer, "startDate", "endDate");
  take_field (&meta, entry, entry_pointer, "score");
  take_field (&meta, entry, entry_pointer, "url");
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);
  parts_clear (&degree);

  courses = join_strings (rc_json_get_member_array (entry, "courses"));
  if (courses != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_strdup_printf ("Courses: %s", courses),
         field_pointer (entry_pointer, "courses"));
}

/* The guide says certifications belong with Education: they follow the degrees there, under
 * their own sub-title, one line each. */
static void
add_certificates (GPtrArray  *blocks,
                  JsonObject *root)
{
  JsonArray *array = rc_json_get_member_array (root, "certificates");
  guint title_index = blocks->len;

  if (array == NULL)
    return;

  g_ptr_array_add (blocks, block_new (RC_BLOCK_ENTRY_TITLE, g_strdup ("Certifications"),
                                      g_strdup ("/certificates")));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = rc_json_get_element_object (array, i);
      g_autofree char *entry_pointer = NULL;
      Parts parts;

      if (entry == NULL)
        continue;

      entry_pointer = index_pointer ("/certificates", NULL, i);
      parts_init (&parts);
      take_field (&parts, entry, entry_pointer, "name");
      take_field (&parts, entry, entry_pointer, "issuer");
      take_dates (&parts, entry, entry_pointer, "date", NULL);
      take_field (&parts, entry, entry_pointer, "url");
      add_parts (blocks, RC_BLOCK_BULLET, &parts, ", ", entry_pointer);
      parts_clear (&parts);
    }

  if (blocks->len == title_index + 1)
    g_ptr_array_remove_index (blocks, title_index);
}

static void
add_education_section (GPtrArray    *blocks,
                       JsonObject   *root,
                       RcBlocksMemo *memo)
{
  guint heading_index = blocks->len;

  add_section (blocks, root, RC_SECTION_EDUCATION, add_education_entry, memo);

  /* The heading is there when some degree showed; add it for certificates alone too. */
  if (blocks->len == heading_index)
    g_ptr_array_add (blocks, block_new (RC_BLOCK_HEADING, g_strdup ("Education"),
                                        g_strdup ("/education")));

  add_certificates (blocks, root);

  if (blocks->len == heading_index + 1)
    g_ptr_array_remove_index (blocks, heading_index);
}

static void
add_award_entry (GPtrArray  *blocks,
                 JsonObject *entry,
                 const char *entry_pointer)
{
  Parts meta;

  add_field (blocks, RC_BLOCK_ENTRY_TITLE, entry, entry_pointer, "title");

  parts_init (&meta);
  take_field (&meta, entry, entry_pointer, "awarder");
  take_dates (&meta, entry, entry_pointer, "date", NULL);
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);

  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "summary");
}

static void
add_publication_entry (GPtrArray  *blocks,
                       JsonObject *entry,
                       const char *entry_pointer)
{
  Parts meta;

  add_field (blocks, RC_BLOCK_ENTRY_TITLE, entry, entry_pointer, "name");

  parts_init (&meta);
  take_field (&meta, entry, entry_pointer, "publisher");
  take_dates (&meta, entry, entry_pointer, "releaseDate", NULL);
  take_field (&meta, entry, entry_pointer, "url");
  add_parts (blocks, RC_BLOCK_ENTRY_META, &meta, RC_BLOCK_SEPARATOR, entry_pointer);
  parts_clear (&meta);

  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "summary");
}

static void
add_language_entry (GPtrArray  *blocks,
                    JsonObject *entry,
                    const char *entry_pointer)
{
  g_autofree char *language = member_line (entry, "language");
  g_autofree char *fluency = member_line (entry, "fluency");

  if (language != NULL && fluency != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH,
         g_strdup_printf ("%s: %s", language, fluency),
         g_strdup (entry_pointer));
  else if (language != NULL)
    add (blocks, RC_BLOCK_PARAGRAPH, g_steal_pointer (&language),
         field_pointer (entry_pointer, "language"));
}

static void
add_reference_entry (GPtrArray  *blocks,
                     JsonObject *entry,
                     const char *entry_pointer)
{
  add_field (blocks, RC_BLOCK_ENTRY_TITLE, entry, entry_pointer, "name");
  add_field (blocks, RC_BLOCK_PARAGRAPH, entry, entry_pointer, "reference");
}

/* How each section's entries print (education has more to it: add_education_section()) */
static const AddEntryFunc add_entries[RC_N_SECTIONS] = {
  [RC_SECTION_WORK] = add_work_entry,
  [RC_SECTION_PROJECTS] = add_project_entry,
  [RC_SECTION_SKILLS] = add_keyword_line,
  [RC_SECTION_EDUCATION] = add_education_entry,
  [RC_SECTION_VOLUNTEER] = add_volunteer_entry,
  [RC_SECTION_AWARDS] = add_award_entry,
  [RC_SECTION_PUBLICATIONS] = add_publication_entry,
  [RC_SECTION_LANGUAGES] = add_language_entry,
  [RC_SECTION_INTERESTS] = add_keyword_line,
  [RC_SECTION_REFERENCES] = add_reference_entry,
};

/* GitHub and LinkedIn are shown as full addresses so ATS parsers pick them up as links. */
static char *
profile_text (JsonObject *profile)
{
  g_autofree char *url = member_line (profile, "url");
  g_autofree char *network = member_line (profile, "network");
  g_autofree char *username = member_line (profile, "username");

  if (url != NULL)
    return g_steal_pointer (&url);
  if (username == NULL)
    return NULL;
  if (network != NULL && g_ascii_strcasecmp (network, "GitHub") == 0)
    return g_strconcat ("https://github.com/", username, NULL);
  if (network != NULL && g_ascii_strcasecmp (network, "LinkedIn") == 0)
    return g_strconcat ("https://www.linkedin.com/in/", username, NULL);
  if (network != NULL)
    return g_strdup_printf ("%s: %s", network, username);
  return g_steal_pointer (&username);
}

static gboolean
member_is_empty (JsonObject *object,
                 const char *name)
{
  g_autofree char *text = member_line (object, name);

  return text == NULL;
}

static void
add_basics (GPtrArray  *blocks,
            JsonObject *root)
{
  JsonObject *basics = rc_json_get_member_object (root, "basics");
  JsonObject *location;
  JsonArray *profiles;
  Parts contact;
  Parts place;

  if (basics == NULL)
    return;

  add_field (blocks, RC_BLOCK_NAME, basics, "/basics", "name");
  add_field (blocks, RC_BLOCK_LABEL, basics, "/basics", "label");

  parts_init (&contact);
  take_field (&contact, basics, "/basics", "email");
  take_field (&contact, basics, "/basics", "phone");

  location = rc_json_get_member_object (basics, "location");
  parts_init (&place);
  take_field (&place, location, "/basics/location", "address");
  take_field (&place, location, "/basics/location", "city");
  take_field (&place, location, "/basics/location", "region");
  take_field (&place, location, "/basics/location", "postalCode");
  /* a bare "CA" after a city reads as a state: the country code stands in for a place only */
  if (member_is_empty (location, "city") && member_is_empty (location, "region"))
    take_field (&place, location, "/basics/location", "countryCode");
  if (place.texts->len > 0)
    parts_take (&contact, parts_join (&place, ", "),
                parts_steal_pointer (&place, "/basics/location"));
  parts_clear (&place);

  add_parts (blocks, RC_BLOCK_CONTACT, &contact, RC_BLOCK_SEPARATOR, "/basics");
  parts_clear (&contact);

  parts_init (&contact);
  take_field (&contact, basics, "/basics", "url");
  profiles = rc_json_get_member_array (basics, "profiles");
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = rc_json_get_element_object (profiles, i);
      char *text = profile != NULL ? profile_text (profile) : NULL;

      parts_take_link (&contact, text, index_pointer ("/basics/profiles", NULL, i),
                       text != NULL ? web_link (text) : NULL);
    }
  add_parts (blocks, RC_BLOCK_CONTACT, &contact, RC_BLOCK_SEPARATOR, "/basics");
  parts_clear (&contact);
}

static void
add_summary (GPtrArray  *blocks,
             JsonObject *root)
{
  JsonObject *basics = rc_json_get_member_object (root, "basics");
  char *summary = clean_paragraph (rc_json_get_member_string (basics, "summary"));

  if (summary == NULL)
    return;

  add (blocks, RC_BLOCK_HEADING, g_strdup ("Summary"), g_strdup ("/basics/summary"));
  add (blocks, RC_BLOCK_PARAGRAPH, summary, g_strdup ("/basics/summary"));
}

static void
add_all (GPtrArray    *blocks,
         RcDocument   *document,
         RcBlocksMemo *memo)
{
  JsonNode *root_node = rc_document_get_root (document);
  JsonObject *root;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      if (memo != NULL)
        g_hash_table_remove_all (memo->sections);
      return;
    }
  root = json_node_get_object (root_node);

  add_basics (blocks, root);
  add_summary (blocks, root);
  /* the sections in the order they print; certifications print with education */
  for (RcSection section = RC_SECTION_WORK; section < RC_N_SECTIONS; section++)
    if (section == RC_SECTION_EDUCATION)
      add_education_section (blocks, root, memo);
    else if (add_entries[section] != NULL)
      add_section (blocks, root, section, add_entries[section], memo);
}

/**
 * rc_resume_blocks:
 * @document: a resume
 *
 * Lays the resume out as the exports print it: name, label and contact lines, then the
 * Summary, Experience, Projects, Skills and Education sections (certificates under
 * Education), then the other JSON Resume sections that hold something. Empty fields and
 * sections are left out. Every block names the JSON Pointer of the field it shows, or of
 * the object its parts share when it is composed of several fields.
 *
 * Returns: (transfer full) (element-type RcBlock): the blocks in reading order
 */
GPtrArray *
rc_resume_blocks (RcDocument *document)
{
  GPtrArray *blocks;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);

  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_block_free);
  add_all (blocks, document, NULL);
  return blocks;
}

/**
 * rc_blocks_memo_new:
 *
 * Creates a memo for rc_blocks_memo_update(), which a caller uses from one thread at a time.
 *
 * Returns: (transfer full): a new, empty memo
 */
RcBlocksMemo *
rc_blocks_memo_new (void)
{
  RcBlocksMemo *memo = g_new0 (RcBlocksMemo, 1);

  memo->sections = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_ptr_array_unref);
  return memo;
}

/**
 * rc_blocks_memo_free:
 * @memo: (nullable) (transfer full): a memo
 *
 * Frees the memo and the blocks it returned last.
 */
void
rc_blocks_memo_free (RcBlocksMemo *memo)
{
  if (memo == NULL)
    return;

  g_clear_pointer (&memo->blocks, g_ptr_array_unref);
  g_hash_table_unref (memo->sections);
  g_free (memo);
}

/* The last result frees only the blocks no entry of the memo keeps. */
static void
release_block (gpointer data)
{
  KeptBlock *block = data;

  if (!block->kept)
    rc_block_free (&block->block);
}

/**
 * rc_blocks_memo_update:
 * @memo: a memo
 * @document: a resume
 *
 * Gives the blocks rc_resume_blocks() gives for @document, building again only the entries
 * (a job, a project, a degree…) whose JSON changed since the last call: the page count asks
 * for them on every keystroke, and a keystroke changes one entry.
 *
 * Returns: (transfer none) (element-type RcBlock): the blocks in reading order, valid until
 *   the next call or rc_blocks_memo_free()
 */
GPtrArray *
rc_blocks_memo_update (RcBlocksMemo *memo,
                       RcDocument   *document)
{
  g_return_val_if_fail (memo != NULL, NULL);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);

  g_clear_pointer (&memo->blocks, g_ptr_array_unref);
  memo->blocks = g_ptr_array_new_with_free_func (release_block);
  add_all (memo->blocks, document, memo);
  return memo->blocks;
}
