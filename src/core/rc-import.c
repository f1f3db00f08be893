/* rc-import.c — importing: the kinds of file, the lines, the words, contact details and dates
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-compat.h"
#include "rc-core-resources.h"
#include "rc-date.h"
#include "rc-file.h"
#include "rc-import-private.h"
#include "rc-json-reader.h"

#define IMPORT_WORDS_RESOURCE "/io/github/resumecoach/ResumeCoach/core/import.json"

G_DEFINE_QUARK (rc-import-error-quark, rc_import_error)

RcImportLine *
rc_import_line_new (const char *text)
{
  RcImportLine *line = g_new0 (RcImportLine, 1);

  line->text = g_strdup (text != NULL ? text : "");
  return line;
}

void
rc_import_line_free (RcImportLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line);
}

void
rc_import_note_free (RcImportNote *note)
{
  if (note == NULL)
    return;
  g_free (note->pointer);
  g_free (note->kind);
  g_free (note->value);
  g_free (note->source);
  g_free (note);
}

static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* A JSON object rc-compat tells is a FRESH resume; its tree in @tree */
static gboolean
is_fresh (const char  *data,
          gsize        length,
          JsonNode   **tree)
{
  g_autoptr(JsonNode) root = NULL;
  gsize i = 0;

  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i == length || data[i] != '{')
    return FALSE;
  root = rc_json_read (data, length, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (rc_compat_import_kind (json_node_get_object (root)), "fresh") != 0)
    return FALSE;
  if (tree != NULL)
    *tree = g_steal_pointer (&root);
  return TRUE;
}

/**
 * rc_import_detect:
 * @data: the file's bytes
 * @length: their number
 *
 * Tells the kind of a file by its content, not its name: "%PDF-" opens a PDF, a ZIP holding
 * word/document.xml is DOCX, one whose mimetype says so is ODT, one holding Profile.csv or
 * Positions.csv is a LinkedIn export, a JSON object in FRESH's shape is FRESH, other valid UTF-8
 * without NUL bytes is text.
 *
 * Returns: the kind, %RC_IMPORT_KIND_UNKNOWN for anything else
 */
RcImportKind
rc_import_detect (const char *data,
                  gsize       length)
{
  static const char odt_mime[] = "application/vnd.oasis.opendocument.text";

  g_return_val_if_fail (data != NULL || length == 0, RC_IMPORT_KIND_UNKNOWN);

  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      /* local headers store names uncompressed: the first entries tell */
      gsize scan = MIN (length, 65536);

      gsize tail = length - MIN (length, 65536);

      if (length > 38 && memcmp (data + 30, "mimetype", 8) == 0 &&
          g_strstr_len (data + 38, MIN (length - 38, 80), odt_mime) != NULL)
        return RC_IMPORT_KIND_ODT;
      /* a LinkedIn export's first files may be large: its central directory, at the end,
       * names them all */
      if (contains (data, scan, "Profile.csv") || contains (data, scan, "Positions.csv") ||
          contains (data + tail, length - tail, "Profile.csv"))
        return RC_IMPORT_KIND_LINKEDIN;
      if (contains (data, scan, "word/"))
        return RC_IMPORT_KIND_DOCX;
      if (contains (data, scan, "content.xml"))
        return RC_IMPORT_KIND_ODT;
      return RC_IMPORT_KIND_UNKNOWN;
    }
  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return RC_IMPORT_KIND_PDF;
  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, (gssize) length, NULL))
    return RC_IMPORT_KIND_UNKNOWN;
  if (is_fresh (data, length, NULL))
    return RC_IMPORT_KIND_FRESH;
  return RC_IMPORT_KIND_TEXT;
}

const char *
rc_import_kind_name (RcImportKind kind)
{
  switch (kind)
    {
    case RC_IMPORT_KIND_TEXT:
      return "text";
    case RC_IMPORT_KIND_DOCX:
      return "docx";
    case RC_IMPORT_KIND_ODT:
      return "odt";
    case RC_IMPORT_KIND_PDF:
      return "pdf";
    case RC_IMPORT_KIND_LINKEDIN:
      return "linkedin";
    case RC_IMPORT_KIND_FRESH:
      return "fresh";
    case RC_IMPORT_KIND_UNKNOWN:
    default:
      return "unknown";
    }
}

static const char *
describe_unknown (const char *data,
                  gsize       length)
{
  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    return _("this ZIP archive is neither a DOCX or ODT document nor a LinkedIn export");
  if (length >= 8 && memcmp (data, "\320\317\021\340\241\261\032\341", 8) == 0)
    return _("this is an old Word document (.doc); save it as DOCX or ODT first");
  return _("not a kind of file the coach can import (PDF, DOCX, ODT, plain text or a LinkedIn "
           "export)");
}

/**
 * rc_import_data:
 * @data: the file's bytes
 * @length: their number
 * @notes: (out) (optional) (element-type RcImportNote) (transfer container): what the
 *   importer was unsure of
 * @error: a one-line reason when the file cannot be imported
 *
 * Returns: (transfer full) (nullable): a JSON Resume object
 */
JsonNode *
rc_import_data (const char  *data,
                gsize        length,
                GPtrArray  **notes,
                GError     **error)
{
  g_autoptr(GPtrArray) lines = NULL;
  RcImportKind kind;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > RC_IMPORT_MAX_BYTES)
    {
      g_set_error (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_TOO_LARGE,
                   _("the file is over %d MiB, too large for a resume"), RC_IMPORT_MAX_BYTES >> 20);
      return NULL;
    }
  kind = rc_import_detect (data, length);
  switch (kind)
    {
    case RC_IMPORT_KIND_TEXT:
      lines = rc_import_text_lines (data, length, error);
      break;
    case RC_IMPORT_KIND_DOCX:
    case RC_IMPORT_KIND_ODT:
      lines = rc_import_office_lines (data, length, kind, error);
      break;
    case RC_IMPORT_KIND_PDF:
      lines = rc_import_pdf_lines (data, length, error);
      break;
    case RC_IMPORT_KIND_LINKEDIN:
      return rc_import_linkedin (data, length, notes, error);
    case RC_IMPORT_KIND_FRESH:
      {
        g_autoptr(JsonNode) fresh = NULL;

        is_fresh (data, length, &fresh);
        return rc_import_fresh (json_node_get_object (fresh), notes);
      }
    case RC_IMPORT_KIND_UNKNOWN:
    default:
      g_set_error_literal (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_UNKNOWN_KIND,
                           describe_unknown (data, length));
      return NULL;
    }
  if (lines == NULL)
    return NULL;
  for (guint i = 0; i < lines->len; i++)
    {
      const RcImportLine *line = g_ptr_array_index (lines, i);

      for (const char *p = line->text; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return rc_import_build (lines, notes);
    }
  g_set_error_literal (error, RC_IMPORT_ERROR, RC_IMPORT_ERROR_EMPTY,
                       _("the file holds no text (a scan or an image?)"));
  return NULL;
}

/**
 * rc_import_file:
 * @file: a regular file
 * @notes: (out) (optional) (element-type RcImportNote) (transfer container): see
 *   rc_import_data()
 * @cancellable: (nullable): to stop reading
 * @error: a one-line reason
 *
 * Returns: (transfer full) (nullable): a JSON Resume object
 */
JsonNode *
rc_import_file (GFile         *file,
                GPtrArray    **notes,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = rc_file_read (file, RC_IMPORT_MAX_BYTES, NULL, cancellable, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return rc_import_data (data != NULL ? data : "", length, notes, error);
}

/* The word lists of data/import.json */

static GHashTable *
read_word_set (JsonObject *object,
               const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = json_object_get_array_member (object, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_hash_table_add (set, g_utf8_casefold (json_array_get_string_element (array, i), -1));
  return set;
}

static ImportWords *
load_words (void)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (rc_core_get_resource (),
                                                    IMPORT_WORDS_RESOURCE,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  ImportWords *words = g_new0 (ImportWords, 1);
  JsonObject *root, *headings;
  JsonObjectIter iter;
  const char *section;
  JsonNode *node;

  /* the file is built in and tested: a failure here is a build error */
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), NULL))
    g_error ("%s is missing or broken", IMPORT_WORDS_RESOURCE);
  root = json_node_get_object (json_parser_get_root (parser));
  words->headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  headings = json_object_get_object_member (root, "headings");
  json_object_iter_init (&iter, headings);
  while (json_object_iter_next (&iter, &section, &node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_hash_table_insert (words->headings,
                             g_utf8_casefold (json_array_get_string_element (array, i), -1),
                             g_strdup (section));
    }
  words->titles = read_word_set (root, "titles");
  words->specialties = read_word_set (root, "specialties");
  words->degrees = read_word_set (root, "degrees");
  words->institutions = read_word_set (root, "institutions");
  return words;
}

const ImportWords *
rc_import_words (void)
{
  static gsize once;
  static ImportWords *words;

  if (g_once_init_enter (&once))
    {
      words = load_words ();
      g_once_init_leave (&once, 1);
    }
  return words;
}

/* whether a word of @text (split at spaces and punctuation but '.', '\'' and '-') is in @set */
gboolean
rc_import_has_word (const char *text,
                    GHashTable *set)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  char *word = folded;

  for (char *p = folded;; p++)
    {
      gboolean end = *p == '\0' || *p == ' ' || *p == ',' || *p == '(' || *p == ')' ||
                     *p == '/' || *p == '&' || *p == ':' || *p == ';';

      if (!end)
        continue;
      if (p > word)
        {
          char saved = *p;
          gboolean found;

          *p = '\0';
          found = g_hash_table_contains (set, word);
          if (!found && p - word > 1 && p[-1] == '.')
            {
              p[-1] = '\0';
              found = g_hash_table_contains (set, word);
              p[-1] = '.';
            }
          *p = saved;
          if (found)
            return TRUE;
        }
      if (*p == '\0')
        return FALSE;
      word = p + 1;
    }
}

/* Dates in a line: "Jan 2020 – Present", "2019–2021", "03/2018 - 12/2020", "May 2018 - now" */

static gboolean
is_dash_at (const char *p,
            gsize      *len)
{
  static const char * const dashes[] = { "\342\200\223", "\342\200\224", "\342\200\222", "-",
                                         "to ", "until ", "till " };

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    if (g_ascii_strncasecmp (p, dashes[i], strlen (dashes[i])) == 0)
      {
        *len = strlen (dashes[i]);
        return TRUE;
      }
  return FALSE;
}

/* the longest date rc_date_read() reads at @p of one or two words; its length or 0 */
static gsize
read_date_at (const char *p,
              RcDateForm *form,
              RcDate     *date)
{
  gsize best = 0;
  gsize words = 0;

  for (gsize i = 0; p[i] != '\0' && i < 24; i++)
    {
      gboolean boundary = p[i + 1] == '\0' || p[i + 1] == ' ' || p[i + 1] == ',' ||
                          p[i + 1] == ')' || p[i + 1] == '|' || p[i + 1] == ';' ||
                          (p[i + 1] == '-' && g_ascii_isdigit (p[i])) ||
                          (guchar) p[i + 1] == 0xe2;
      char buffer[32];
      RcDate parsed = { 0, 0, 0 };
      RcDateForm read;

      if (p[i] == ' ' && ++words > 1)
        break;
      if (!boundary)
        continue;
      memcpy (buffer, p, i + 1);
      buffer[i + 1] = '\0';
      if (buffer[i] == ',')
        continue;
      read = rc_date_read (buffer, &parsed);
      /* a bare number is a year only when it looks like one */
      if (read == RC_DATE_ISO && i + 1 == 4 && (parsed.year < 1950 || parsed.year > 2100))
        read = RC_DATE_UNREADABLE;
      if (read != RC_DATE_UNREADABLE)
        {
          best = i + 1;
          *form = read;
          *date = parsed;
        }
    }
  return best;
}

static gboolean
starts_word (const char *text,
             const char *p)
{
  return p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
}

/* Finds the first date or date range of @text: its span in @text and the dates as ISO
 * (@end "" for an ongoing end). FALSE when there is none. */
gboolean
rc_import_find_dates (const char  *text,
                      gsize       *begin,
                      gsize       *end,
                      char       **start_iso,
                      char       **end_iso)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      RcDateForm form = RC_DATE_UNREADABLE, form2 = RC_DATE_UNREADABLE;
      RcDate date, date2;
      const char *q;
      gsize len, dash;

      if (!starts_word (text, p) || !g_unichar_isalnum (g_utf8_get_char (p)))
        continue;
      len = read_date_at (p, &form, &date);
      if (len == 0)
        continue;
      *begin = (gsize) (p - text);
      *start_iso = form == RC_DATE_ONGOING ? g_strdup ("") : rc_date_to_iso (&date);
      *end_iso = NULL;
      q = p + len;
      while (*q == ' ')
        q++;
      if (is_dash_at (q, &dash))
        {
          const char *r = q + dash;
          gsize len2;

          while (*r == ' ')
            r++;
          len2 = read_date_at (r, &form2, &date2);
          if (len2 > 0)
            {
              *end_iso = form2 == RC_DATE_ONGOING ? g_strdup ("") : rc_date_to_iso (&date2);
              q = r + len2;
            }
        }
      *end = (gsize) (*end_iso != NULL ? q - text : p + len - text);
      if (form == RC_DATE_ONGOING && *end_iso == NULL)
        {
          /* "Present" alone is no date */
          g_clear_pointer (start_iso, g_free);
          continue;
        }
      return TRUE;
    }
  return FALSE;
}

/* Contact details */

static const char * const tlds[] = {
  "com", "org", "net", "io", "dev", "me", "de", "uk", "fr", "nl", "eu", "co", "app", "info",
  "ch", "at", "se", "es", "it", "page", "xyz", "tech", "edu", "in", "ca", "pl", "no", "site",
};

static gboolean
looks_like_host (const char *text)
{
  const char *slash = strchr (text, '/');
  gsize host_len = slash != NULL ? (gsize) (slash - text) : strlen (text);
  g_autofree char *host = g_ascii_strdown (text, (gssize) host_len);
  const char *dot = strrchr (host, '.');

  if (dot == NULL || dot == host || host_len < 4)
    return FALSE;
  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tlds); i++)
    if (strcmp (dot + 1, tlds[i]) == 0)
      return TRUE;
  return FALSE;
}

static const struct
{
  const char *host;
  const char *network;
} networks[] = {
  { "github.com", "GitHub" },
  { "linkedin.com", "LinkedIn" },
  { "gitlab.com", "GitLab" },
  { "twitter.com", "Twitter" },
  { "x.com", "X" },
  { "stackoverflow.com", "Stack Overflow" },
  { "behance.net", "Behance" },
  { "dribbble.com", "Dribbble" },
  { "medium.com", "Medium" },
  { "mastodon.social", "Mastodon" },
};

/* "github.com/x" (no scheme) → "https://github.com/x"; NULL when @piece is no web address */
char *
rc_import_read_url (const char *piece)
{
  const char *rest = piece;

  if (g_str_has_prefix (piece, "https://") || g_str_has_prefix (piece, "http://"))
    return strchr (piece, ' ') == NULL ? g_strdup (piece) : NULL;
  if (strchr (piece, ' ') != NULL || strchr (piece, '@') != NULL)
    return NULL;
  if (g_str_has_prefix (rest, "www."))
    rest += 4;
  if (!looks_like_host (rest) && rest == piece)
    return NULL;
  return g_strconcat ("https://", piece, NULL);
}

static void
add_profile (JsonObject *basics,
             const char *url)
{
  const char *host = strstr (url, "://") + 3;
  JsonArray *profiles;
  JsonObject *profile;

  if (g_str_has_prefix (host, "www."))
    host += 4;
  for (guint i = 0; i < G_N_ELEMENTS (networks); i++)
    {
      gsize len = strlen (networks[i].host);
      g_autofree char *user = NULL;
      const char *path;

      if (g_ascii_strncasecmp (host, networks[i].host, len) != 0 || host[len] != '/')
        continue;
      path = host + len + 1;
      if (g_str_has_prefix (path, "in/"))
        path += 3;
      user = g_strndup (path, strcspn (path, "/?#"));
      if (!json_object_has_member (basics, "profiles"))
        json_object_set_array_member (basics, "profiles", json_array_new ());
      profiles = json_object_get_array_member (basics, "profiles");
      for (guint j = 0; j < json_array_get_length (profiles); j++)
        if (g_strcmp0 (json_object_get_string_member_with_default (
                         json_array_get_object_element (profiles, j), "url", NULL), url) == 0)
          return;
      profile = json_object_new ();
      json_object_set_string_member (profile, "network", networks[i].network);
      if (*user != '\0')
        json_object_set_string_member (profile, "username", user);
      json_object_set_string_member (profile, "url", url);
      json_array_add_object_element (profiles, profile);
      return;
    }
  if (!json_object_has_member (basics, "url"))
    json_object_set_string_member (basics, "url", url);
  else
    {
      /* a second website: a profile of no known network, kept */
      if (!json_object_has_member (basics, "profiles"))
        json_object_set_array_member (basics, "profiles", json_array_new ());
      profile = json_object_new ();
      json_object_set_string_member (profile, "url", url);
      json_array_add_object_element (json_object_get_array_member (basics, "profiles"),
                                     profile);
    }
}

static gboolean
is_email (const char *piece)
{
  const char *at = strchr (piece, '@');

  return at != NULL && at > piece && strchr (at + 1, '.') != NULL &&
         strchr (piece, ' ') == NULL && strchr (at + 1, '@') == NULL;
}

static gboolean
is_phone (const char *piece)
{
  guint digits = 0;

  for (const char *p = piece; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      digits++;
    else if (strchr ("+ ()-.", *p) == NULL)
      return FALSE;
  if (digits >= 9 || (digits >= 7 && (piece[0] == '+' || piece[0] == '(')))
    return TRUE;
  /* "555-0134", but not "2019-2021" */
  if (digits >= 7)
    {
      gsize begin, end;
      g_autofree char *start = NULL, *stop = NULL;

      return !rc_import_find_dates (piece, &begin, &end, &start, &stop);
    }
  return FALSE;
}

/* "Email: x", "LinkedIn - x", "☎ x": the label people put before a detail */
static const char *
skip_label (const char *piece)
{
  const char *p = piece;

  while (*p != '\0' && (g_unichar_isalpha (g_utf8_get_char (p)) || *p == ' '))
    p = g_utf8_next_char (p);
  if (p > piece && p - piece < 16 && *p == ':' && p[1] != '/')
    {
      p++;
      while (*p == ' ')
        p++;
      return p;
    }
  /* a symbol before it: ✉, ☎, 📞 */
  if (p == piece && (guchar) *p >= 0xe2 && !g_unichar_isalnum (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      while (*p == ' ')
        p++;
      return p;
    }
  return piece;
}

/* Reads one piece of a line: an email, phone or web address into @basics. */
gboolean
rc_import_read_contact (JsonObject *basics,
                        const char *piece)
{
  g_autofree char *url = NULL;
  g_autofree char *clean = NULL;
  const char *text = skip_label (piece);

  clean = g_strstrip (g_strdup (text));
  if (g_str_has_prefix (clean, "mailto:"))
    memmove (clean, clean + 7, strlen (clean + 7) + 1);
  if (*clean == '<' || *clean == '(')
    {
      gsize len = strlen (clean);

      if (len > 2 && (clean[len - 1] == '>' || clean[len - 1] == ')'))
        {
          clean[len - 1] = '\0';
          memmove (clean, clean + 1, len - 1);
        }
    }
  if (is_email (clean))
    {
      if (!json_object_has_member (basics, "email"))
        json_object_set_string_member (basics, "email", clean);
      return TRUE;
    }
  if (is_phone (clean))
    {
      if (!json_object_has_member (basics, "phone"))
        json_object_set_string_member (basics, "phone", clean);
      return TRUE;
    }
  url = rc_import_read_url (clean);
  if (url != NULL)
    {
      add_profile (basics, url);
      return TRUE;
    }
  return FALSE;
}

/* "Berlin", "Austin, TX", "Chicago, Illinois": letters, at most five words */
gboolean
rc_import_looks_like_place (const char *piece)
{
  guint words = 1;

  if (*piece == '\0')
    return FALSE;
  for (const char *p = piece; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        words++;
      else if (!g_unichar_isalpha (c) && c != ',' && c != '.' && c != '-' && c != '\'')
        return FALSE;
    }
  return words <= 5 && g_unichar_isupper (g_utf8_get_char (piece));
}

void
rc_import_set_place (JsonObject *basics,
                     const char *piece)
{
  JsonObject *location;
  const char *comma = strchr (piece, ',');

  if (json_object_has_member (basics, "location"))
    return;
  location = json_object_new ();
  if (comma == NULL)
    json_object_set_string_member (location, "city", piece);
  else
    {
      g_autofree char *city = g_strndup (piece, (gsize) (comma - piece));
      g_autofree char *rest = g_strstrip (g_strdup (comma + 1));

      json_object_set_string_member (location, "city", city);
      if (*rest != '\0')
        json_object_set_string_member (location, "region", rest);
    }
  json_object_set_object_member (basics, "location", location);
}
