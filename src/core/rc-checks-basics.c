/* rc-checks-basics.c — checks of facts a reader takes in first: contacts, employers, the
 * summary's voice, which way a result went, and how old a role is
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-checks-private.h"
#include "rc-date.h"
#include "rc-json-pointer.h"
#include "rc-json-typed.h"

/* ------------------------------------------------------------------------------------------ */
/* Dates                                                                                       */

static gint
month_index (guint year,
             guint month)
{
  return (gint) (year * 12 + MAX (month, 1) - 1);
}

const char *
rc_checks_entry_name (JsonObject *entry)
{
  static const char * const keys[] = { "name", "company", "position", "institution" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *name = rc_json_get_member_string (entry, keys[i]);

      if (!is_blank (name))
        return name;
    }
  return NULL;
}

void
rc_checks_entry_months (RcCheckContext *ctx,
                        JsonObject     *entry,
                        gint           *months,
                        gint           *ended_ago)
{
  const char *end_text = rc_json_get_member_string (entry, "endDate");
  gint today = month_index (g_date_get_year (&ctx->today), g_date_get_month (&ctx->today));
  gint end = -1;
  RcDate date;

  *months = *ended_ago = -1;
  if (entry == NULL)
    return;
  switch (is_blank (end_text) ? RC_DATE_ONGOING : rc_date_read (end_text, &date))
    {
    case RC_DATE_ONGOING:
      end = today;
      break;
    case RC_DATE_ISO:
    case RC_DATE_WRITTEN:
      end = MIN (month_index (date.year, date.month), today);
      break;
    case RC_DATE_UNREADABLE:
    default:
      return;
    }
  *ended_ago = today - end;
  if (rc_date_read_day (rc_json_get_member_string (entry, "startDate"), &date) &&
      month_index (date.year, date.month) <= end)
    *months = end - month_index (date.year, date.month);
}

/* ------------------------------------------------------------------------------------------ */
/* Word lists of the checks that read them themselves                                          */

static const RcJsonPlace params_place = {
  NULL, NULL, "params", g_io_error_quark, G_IO_ERROR_INVALID_DATA
};

typedef struct
{
  GHashTable *lists[4];      /* folded word or two words → itself */
  char      **marks[2];      /* words marked in the lexicon */
  gboolean    initials[128]; /* ASCII letters the first list's words begin with, folded */
} Lists;

static void
lists_free (gpointer data)
{
  Lists *lists = data;

  for (guint i = 0; i < G_N_ELEMENTS (lists->lists); i++)
    g_clear_pointer (&lists->lists[i], g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (lists->marks); i++)
    g_strfreev (lists->marks[i]);
  g_free (lists);
}

/* params: @marks lists go into the lexicon, @sets into hash tables; each is required */
static gboolean
parse_lists (RcRule             *rule,
             JsonObject         *params,
             const char * const *marks,
             const char * const *sets,
             GError            **error)
{
  g_autoptr(JsonObject) none = params == NULL ? json_object_new () : NULL;
  g_autoptr(GList) members = NULL;
  Lists *lists = g_new0 (Lists, 1);

  rule->check_data = lists;
  if (params == NULL)
    params = none;
  members = json_object_get_members (params);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (marks, l->data) && !g_strv_contains (sets, l->data))
      return rc_checks_param_error (error, _("unknown parameter “%s”"), (const char *) l->data);
  for (guint i = 0; marks[i] != NULL; i++)
    if (!rc_json_read_strv (&params_place, params, marks[i], RC_JSON_REQUIRED | RC_JSON_NON_EMPTY,
                            &lists->marks[i], error))
      return FALSE;
  for (guint i = 0; sets[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (!rc_json_read_strv (&params_place, params, sets[i], RC_JSON_REQUIRED | RC_JSON_NON_EMPTY,
                              &words, error))
        return FALSE;
      lists->lists[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint w = 0; words[w] != NULL; w++)
        {
          char *folded = g_utf8_casefold (words[w], -1);

          if (i == 0 && (guchar) folded[0] < G_N_ELEMENTS (lists->initials))
            lists->initials[(guchar) folded[0]] = TRUE;
          g_hash_table_add (lists->lists[i], folded);
        }
    }
  return TRUE;
}

static gboolean
in_list (const Lists *lists,
         guint        list,
         const char  *word)
{
  return g_hash_table_contains (lists->lists[list], word);
}

/* ------------------------------------------------------------------------------------------ */
/* Results that went the wrong way                                                             */

enum { LOWER_BETTER, HIGHER_BETTER, STOPS, NEGATIONS };

static gboolean
parse_direction (RcRule         *rule,
                 JsonObject     *params,
                 const RcVerbs  *verbs,
                 GError        **error)
{
  static const char * const marks[] = { "up", "down", NULL };
  static const char * const sets[] = { "lower-is-better", "higher-is-better", "stops",
                                       "negations", NULL };

  return parse_lists (rule, params, marks, sets, error);
}

static void
compile_direction (const RcRule *rule,
                   RcCompiled   *compiled,
                   guint       (*intern) (RcCompiled *, const char *))
{
  const Lists *lists = rule->check_data;
  static const guint16 flags[] = { RC_WORD_UP, RC_WORD_DOWN };

  for (guint m = 0; m < G_N_ELEMENTS (flags); m++)
    for (guint i = 0; lists->marks[m][i] != NULL; i++)
      {
        guint id = intern (compiled, lists->marks[m][i]);

        g_array_index (compiled->words, RcWord, id).flags |= flags[m];
      }
}

/* The noun a verb's object ends on, before a number, "by", "to", a comma…: "increased search
 * latency by 50%" → latency; *@before is the word before it ("error" of "error rate"), 0 when
 * none. 0 when the object has no word. */
static guint
object_head (const RcStringContext *ctx,
             const Lists           *lists,
             guint                  verb,
             guint                 *before)
{
  const RcTokens *tokens = ctx->tokens;
  guint head = 0, words = 0;

  *before = 0;
  for (guint j = verb + 1; j < tokens->n_tokens && words < 5; j++)
    {
      const RcToken *t = &tokens->tokens[j];
      const char *folded = rc_tokens_folded (tokens, j);

      if (!(t->flags & RC_TOKEN_WORD))
        {
          if (strcmp (folded, "-") == 0 || strcmp (folded, "'") == 0 ||
              strcmp (folded, "’") == 0)
            continue;
          break;
        }
      if (!(t->flags & RC_TOKEN_ALPHA) || in_list (lists, STOPS, folded))
        break;
      *before = head;
      head = j;
      words++;
    }
  return head;
}

/* the head, or the two words that end on it, in @list */
static gboolean
head_in_list (const RcStringContext *ctx,
              const Lists           *lists,
              guint                  list,
              guint                  before,
              guint                  head)
{
  const RcTokens *tokens = ctx->tokens;
  guint first_len, head_len;
  char pair[128];

  if (in_list (lists, list, rc_tokens_folded (tokens, head)))
    return TRUE;
  if (before == 0)
    return FALSE;
  first_len = tokens->tokens[before].fold_len;
  head_len = tokens->tokens[head].fold_len;
  if (first_len + head_len + 2 > sizeof pair)
    return FALSE;
  memcpy (pair, rc_tokens_folded (tokens, before), first_len);
  pair[first_len] = ' ';
  memcpy (pair + first_len + 1, rc_tokens_folded (tokens, head), head_len);
  pair[first_len + 1 + head_len] = '\0';
  return in_list (lists, list, pair);
}

/* "without increasing latency": one of the two words before token @i says it did not happen */
static gboolean
is_negated (const RcStringContext *ctx,
            const Lists           *lists,
            guint                  i)
{
  const RcTokens *tokens = ctx->tokens;
  guint words = 0;

  for (guint j = i; j > 0 && words < 2; j--)
    if (tokens->tokens[j - 1].flags & RC_TOKEN_WORD)
      {
        if (in_list (lists, NEGATIONS, rc_tokens_folded (tokens, j - 1)))
          return TRUE;
        words++;
      }
  return FALSE;
}

/* achievement.wrong-direction: "increased latency", "reduced throughput" */
static void
run_direction (RcStringContext *ctx,
               const RcRule    *rule)
{
  const Lists *lists = rule->check_data;
  const RcTokens *tokens = ctx->tokens;

  if (!(ctx->word_flags & (RC_WORD_UP | RC_WORD_DOWN)))
    return;
  for (guint i = 0; i < tokens->n_tokens; i++)
    {
      const RcWord *word = rc_compiled_word (ctx->compiled, tokens->tokens[i].lex);
      guint list, head, before;
      char *text;

      if (word == NULL || !(word->flags & (RC_WORD_UP | RC_WORD_DOWN)))
        continue;
      list = (word->flags & RC_WORD_UP) ? LOWER_BETTER : HIGHER_BETTER;
      head = object_head (ctx, lists, i, &before);
      if (head == 0 || !head_in_list (ctx, lists, list, before, head) ||
          is_negated (ctx, lists, i))
        continue;
      text = g_strndup (ctx->entry->text + tokens->tokens[i].start,
                        tokens->tokens[head].end - tokens->tokens[i].start);
      g_ptr_array_add (ctx->findings,
                       rc_rule_make_finding (rule, rule->info.level, ctx->entry->pointer,
                                             tokens->tokens[i].cstart, tokens->tokens[head].cend,
                                             text, NULL, NULL));
      g_free (text);
      return;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The summary's voice                                                                         */

enum { PRONOUNS, NAME_VERBS };

static gboolean
parse_third_person (RcRule         *rule,
                    JsonObject     *params,
                    const RcVerbs  *verbs,
                    GError        **error)
{
  static const char * const marks[] = { NULL };
  static const char * const sets[] = { "pronouns", "verbs", NULL };

  return parse_lists (rule, params, marks, sets, error);
}

/* the end of the word at @p: letters and marks */
static const char *
word_end (const char *p)
{
  while (*p != '\0' && (g_unichar_isalpha (g_utf8_get_char (p)) ||
                        g_unichar_ismark (g_utf8_get_char (p))))
    p = g_utf8_next_char (p);
  return p;
}

/* is the word from @p to @end, folded, in @list? */
static gboolean
word_in (const Lists *lists,
         guint        list,
         const char  *p,
         const char  *end)
{
  g_autofree char *folded = NULL;
  char buffer[32];
  gsize len = (gsize) (end - p);

  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len && len < sizeof buffer; i++)
    if ((guchar) p[i] >= 0x80)
      len = sizeof buffer;
  if (len < sizeof buffer)
    {
      for (gsize i = 0; i < len; i++)
        buffer[i] = g_ascii_tolower (p[i]);
      buffer[len] = '\0';
      return in_list (lists, list, buffer);
    }
  folded = g_utf8_casefold (p, end - p);
  return in_list (lists, list, folded);
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n')
    p++;
  return p;
}

/* A sentence opens with "He", "She", "His", "Her", or with the person's first name (or
 * whole name, @name) and a verb: "Maria is…", "Maria Lopez brings…". @end: the end of the
 * words. It runs on every keystroke: most sentences are passed over by their first letter. */
static const char *
third_person_at (const Lists *lists,
                 const char  *p,
                 const char  *name,
                 gsize        first_len,
                 const char **end)
{
  const char *after, *verb;
  guchar initial = (guchar) g_ascii_tolower (*p);
  gsize name_len = name != NULL ? strlen (name) : 0;

  if (initial < G_N_ELEMENTS (lists->initials) && !lists->initials[initial] &&
      (first_len == 0 || (guchar) g_ascii_tolower (*name) != initial))
    return NULL;
  after = word_end (p);
  if (after == p)
    return NULL;
  if ((*after == ' ' || *after == '\'') && word_in (lists, PRONOUNS, p, after))
    {
      *end = after;
      return p;
    }
  if (first_len == 0 || (gsize) (after - p) != first_len ||
      g_ascii_strncasecmp (p, name, first_len) != 0)
    return NULL;
  if (g_ascii_strncasecmp (p, name, name_len) == 0 && p[name_len] == ' ')
    after = p + name_len;
  if (*after != ' ')
    return NULL;
  verb = skip_spaces (after);
  *end = word_end (verb);
  return word_in (lists, NAME_VERBS, verb, *end) ? p : NULL;
}

/* summary.third-person */
static void
run_third_person (RcCheckContext *ctx,
                  const RcRule   *rule)
{
  const Lists *lists = rule->check_data;
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");
  const char *name = rc_json_get_member_string (basics, "name");
  const char *summary = rc_json_get_member_string (basics, "summary");
  gsize first_len = 0;

  if (is_blank (summary))
    return;
  if (!is_blank (name))
    {
      const char *after;

      name = skip_spaces (name);
      after = word_end (name);
      if (*after == ' ' || *after == '\0')
        first_len = (gsize) (after - name);
    }

  for (const char *p = skip_spaces (summary); *p != '\0';)
    {
      const char *end;
      const char *start = third_person_at (lists, p, name, first_len, &end);

      if (start != NULL)
        {
          g_autofree char *match = g_strndup (start, end - start);
          glong from = g_utf8_pointer_to_offset (summary, start);
          glong to = g_utf8_pointer_to_offset (summary, end);

          add (ctx, rc_rule_make_finding (rule, rule->info.level, "/basics/summary", (guint) from,
                                          (guint) to, match, NULL, NULL));
          return;
        }
      /* the next sentence */
      p += strcspn (p, ".!?");
      if (*p == '\0')
        break;
      p = skip_spaces (p + 1);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Contacts                                                                                    */

static gboolean
looks_like_url (const char *text)
{
  if (strstr (text, "://") != NULL || g_ascii_strncasecmp (text, "www.", 4) == 0)
    return TRUE;
  /* a host name: letters on both sides of a dot ("linkedin.com/in/x") */
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '.' && p > text && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[1]) &&
        g_ascii_isalpha (p[2]))
      return TRUE;
  return FALSE;
}

/* contact.phone-url: the phone field holds a link or an address */
static void
run_phone (RcCheckContext *ctx,
           const RcRule   *rule)
{
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");
  const char *phone = rc_json_get_member_string (basics, "phone");
  const char *at;
  gboolean email;

  if (is_blank (phone))
    return;
  at = strchr (phone, '@');
  email = at != NULL && strchr (at, '.') != NULL && strstr (phone, "://") == NULL;
  if (!email && !looks_like_url (phone))
    return;
  add (ctx, rc_rule_make_variant (rule, email ? "email" : "url", rule->info.level,
                                  "/basics/phone", 0, (guint) g_utf8_strlen (phone, -1), phone,
                                  NULL, NULL));
}

/* "https://www.linkedin.com/in/maria-lopez/" → linkedin, maria-lopez */
static const char *
profile_of_url (const char  *url,
                char       **username)
{
  static const struct { const char *host; const char *path; const char *network; } hosts[] = {
    { "linkedin.com/", "in/", "LinkedIn" },
    { "github.com/", "", "GitHub" },
    { "gitlab.com/", "", "GitLab" },
  };
  g_autofree char *folded = g_ascii_strdown (url, -1);
  const char *p = strstr (folded, "://");

  *username = NULL;
  p = p != NULL ? p + 3 : folded;
  if (g_str_has_prefix (p, "www."))
    p += 4;
  else if (g_str_has_prefix (p, "m.") || (strlen (p) > 3 && p[2] == '.'))
    p += strcspn (p, ".") + 1;   /* a country or mobile site: de.linkedin.com */
  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      const char *user;
      gsize len;

      if (!g_str_has_prefix (p, hosts[i].host) ||
          !g_str_has_prefix (p + strlen (hosts[i].host), hosts[i].path))
        continue;
      user = p + strlen (hosts[i].host) + strlen (hosts[i].path);
      len = strcspn (user, "/?#");
      /* a profile is one path segment: not a repository or a company page */
      if (len == 0 || (user[len] == '/' && user[len + 1] != '\0') || strchr (url, ' ') != NULL)
        return NULL;
      *username = g_strndup (url + (user - folded), len);
      return hosts[i].network;
    }
  return NULL;
}

static gboolean
profiles_list (JsonObject *basics,
               const char *network)
{
  JsonArray *profiles = rc_json_get_member_array (basics, "profiles");

  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = rc_json_get_element_object (profiles, i);
      const char *name = rc_json_get_member_string (profile, "network");

      if (name != NULL && g_ascii_strcasecmp (name, network) == 0)
        return TRUE;
    }
  return FALSE;
}

/* contact.profile-in-website: basics.url (or the older "website") is a profile; when the
 * profiles already list that network, emptying the field is the fix */
static void
run_profile_in_website (RcCheckContext *ctx,
                        const RcRule   *rule)
{
  static const char * const fields[] = { "url", "website" };
  JsonObject *basics = rc_json_get_member_object (ctx->root, "basics");

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      const char *url = rc_json_get_member_string (basics, fields[f]);
      g_autofree char *username = NULL;
      g_autofree char *pointer = NULL;
      const char *network;
      gboolean listed;

      if (is_blank (url) || (network = profile_of_url (url, &username)) == NULL)
        continue;
      listed = profiles_list (basics, network);
      pointer = g_strconcat ("/basics/", fields[f], NULL);
      add (ctx, rc_rule_make_variant (rule, listed ? "listed" : "move", rule->info.level, pointer,
                                      0, (guint) g_utf8_strlen (url, -1), url,
                                      listed ? "" : NULL, "network", network,
                                      "username", username, NULL));
      return;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Roles                                                                                       */

static gboolean
parse_no_company (RcRule         *rule,
                  JsonObject     *params,
                  const RcVerbs  *verbs,
                  GError        **error)
PARSE_WITH ("words")

/* experience.no-company: a role names no employer ("name", or "company" in older files);
 * a freelancer's position ("Freelance Web Developer", @words) needs none */
static void
run_no_company (RcCheckContext *ctx,
                const RcRule   *rule)
{
  const Params *params = get_params (rule);
  JsonArray *work = root_array (ctx, "work");

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *role = rc_json_get_element_object (work, i);
      const char *position = rc_json_get_member_string (role, "position");
      g_autofree char *pointer = NULL;

      if (role == NULL || !is_blank (rc_json_get_member_string (role, "name")) ||
          !is_blank (rc_json_get_member_string (role, "company")) || is_blank (position) ||
          rc_checks_text_names (params->words, position))
        continue;
      pointer = rc_json_pointer_append_index ("/work", i);
      add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                      "name", position, NULL));
    }
}

static gboolean
parse_old_detail (RcRule         *rule,
                  JsonObject     *params,
                  const RcVerbs  *verbs,
                  GError        **error)
PARSE_WITH ("years", "min")

/* experience.old-detail: a role that ended long ago still told in full */
static void
run_old_detail (RcCheckContext *ctx,
                const RcRule   *rule)
{
  const Params *params = get_params (rule);
  JsonArray *work = root_array (ctx, "work");
  guint years = params->years >= 0 ? (guint) params->years : 15;
  guint min = params->min >= 0 ? (guint) params->min : 3;
  guint n = work != NULL ? json_array_get_length (work) : 0;
  g_autofree guint *counts = g_new0 (guint, n + 1);

  for (guint i = 0; i < ctx->strings->len; i++)
    {
      const RcStringEntry *entry = g_ptr_array_index (ctx->strings, i);

      if (entry->section == RC_SECTION_WORK && entry->field == RC_FIELD_HIGHLIGHTS &&
          entry->n_words > 0 && (guint) entry->entry < n)
        counts[entry->entry]++;
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *role = rc_json_get_element_object (work, i);
      const char *name = rc_checks_entry_name (role);
      g_autofree char *pointer = NULL, *count = NULL, *ago_text = NULL;
      gint months, ago;

      rc_checks_entry_months (ctx, role, &months, &ago);
      if (counts[i] < min || ago < 0 || (guint) ago < years * 12)
        continue;
      pointer = rc_json_pointer_append_index ("/work", i);
      count = uint_string (counts[i]);
      ago_text = uint_string ((guint) ago / 12);
      add (ctx, rc_rule_make_finding (rule, rule->info.level, pointer, 0, 0, NULL, NULL,
                                      "name", name != NULL ? name : "", "count", count,
                                      "years", ago_text, NULL));
    }
}

/* import.check: each field the importer was unsure of (meta.resumeCoach.import), until the
 * user edits it; see rc_import_build() */
static void
run_import (RcCheckContext *ctx,
            const RcRule   *rule)
{
  JsonObject *meta = rc_json_get_member_object (ctx->root, "meta");
  JsonObject *coach = rc_json_get_member_object (meta, "resumeCoach");
  JsonArray *notes = rc_json_get_member_array (coach, "import");

  for (guint i = 0; notes != NULL && i < json_array_get_length (notes); i++)
    {
      JsonNode *item = json_array_get_element (notes, i);
      JsonObject *note = JSON_NODE_HOLDS_OBJECT (item) ? json_node_get_object (item) : NULL;
      const char *pointer = rc_json_get_member_string (note, "pointer");
      const char *kind = rc_json_get_member_string (note, "kind");
      const char *value = rc_json_get_member_string (note, "value");
      const char *source = rc_json_get_member_string (note, "source");
      JsonNode *now;
      const char *text = NULL;

      if (pointer == NULL || kind == NULL)
        continue;
      now = rc_document_get (ctx->document, pointer);
      if (now != NULL && JSON_NODE_HOLDS_VALUE (now) &&
          json_node_get_value_type (now) == G_TYPE_STRING)
        text = json_node_get_string (now);
      else if (now != NULL)
        continue;
      /* edited since the import: the user has looked at it */
      if (g_strcmp0 (text, value) != 0)
        continue;
      add (ctx, rc_rule_make_variant (rule, kind, rule->info.level, pointer, 0,
                                      text != NULL ? (guint) g_utf8_strlen (text, -1) : 0,
                                      text, NULL, "source",
                                      source != NULL ? source : text != NULL ? text : "",
                                      NULL));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The registry                                                                                */

const RcCheckClass rc_checks_basics[] = {
  { "wrong-direction", RC_CHECKS_STRINGS, TRUE, 0,
    parse_direction, lists_free, compile_direction, run_direction, NULL },
  { "third-person", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON | RC_DEPENDS_STRINGS,
    parse_third_person, lists_free, NULL, NULL, run_third_person },
  { "phone", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_phone },
  { "profile-in-website", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_profile_in_website },
  { "import", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON | RC_DEPENDS_STRINGS,
    rc_checks_parse_nothing, rc_checks_params_free, NULL, NULL, run_import },
  { "no-company", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_JSON,
    parse_no_company, rc_checks_params_free, NULL, NULL, run_no_company },
  { "old-detail", RC_CHECKS_WHOLE, FALSE, RC_DEPENDS_FACTS | RC_DEPENDS_JSON | RC_DEPENDS_TODAY,
    parse_old_detail, rc_checks_params_free, NULL, NULL, run_old_detail },
  { NULL },
};
