/* rc-coach-state.c — what the coach keeps in meta.resumeCoach: job, ignored findings, seniority
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rc-coach-state.h"
#include "rc-json-private.h"
#include "rc-schema.h"
#include "rc-text.h"

#define STATE_POINTER   "/meta/resumeCoach"
#define JOB_POINTER     STATE_POINTER "/job"
#define IGNORED_POINTER STATE_POINTER "/ignored"
#define TEMPLATE_POINTER STATE_POINTER "/template"
#define PAPER_POINTER   STATE_POINTER "/paper"

/**
 * rc_coach_state_dup_job:
 * @document: a resume
 *
 * Returns: (transfer full) (nullable): the job description stored with the resume: its text,
 *   or a stored JSON job serialised back to JSON text
 */
char *
rc_coach_state_dup_job (RcDocument *document)
{
  JsonObject *state;
  JsonNode *job;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);

  state = rc_document_get_coach_state (document);
  job = state != NULL ? json_object_get_member (state, "job") : NULL;
  if (job == NULL || JSON_NODE_HOLDS_NULL (job))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (job))
    {
      const char *text;

      if (json_node_get_value_type (job) != G_TYPE_STRING)
        return NULL;
      text = json_node_get_string (job);
      return *text != '\0' ? g_strdup (text) : NULL;
    }
  return json_to_string (job, TRUE);
}

/**
 * rc_coach_state_set_job:
 * @document: a resume
 * @text: (nullable): the job description; %NULL or "" removes it
 *
 * Stores the job description at /meta/resumeCoach/job (one change notification).
 */
void
rc_coach_state_set_job (RcDocument *document,
                        const char *text)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RC_IS_DOCUMENT (document));

  if (text == NULL || *text == '\0')
    {
      if (rc_document_get (document, JOB_POINTER) != NULL &&
          !rc_document_remove (document, JOB_POINTER, &error))
        g_warning ("Cannot clear the job description: %s", error->message);
      return;
    }
  if (!rc_document_set_string (document, JOB_POINTER, text, &error))
    g_warning ("Cannot store the job description: %s", error->message);
}

/* A print choice the resume made: "template" or "paper" of meta.resumeCoach, or NULL */
static const char *
get_choice (RcDocument *document,
            const char *member)
{
  return rc_json_get_member_string (rc_document_get_coach_state (document), member);
}

/* Stores @name as the choice at @pointer, the member @member: one change notification, none
 * when it is the resume's choice already */
static void
set_choice (RcDocument *document,
            const char *pointer,
            const char *member,
            const char *name)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (get_choice (document, member), name) != 0 &&
      !rc_document_set_string (document, pointer, name, &error))
    g_warning ("Cannot store the %s: %s", member, error->message);
}

/**
 * rc_coach_state_get_template:
 * @document: a resume
 *
 * Returns: the design the resume prints with: its own choice, else the default
 */
RcPdfTemplate
rc_coach_state_get_template (RcDocument *document)
{
  RcPdfTemplate template_;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), RC_PDF_TEMPLATE_CLASSIC);

  if (rc_pdf_template_from_string (get_choice (document, "template"), &template_))
    return template_;
  return rc_pdf_get_default_template ();
}

/**
 * rc_coach_state_set_template:
 * @document: a resume
 * @template_: the design it prints with
 *
 * Stores the choice at /meta/resumeCoach/template (one change notification, none when it is
 * already the resume's choice).
 */
void
rc_coach_state_set_template (RcDocument    *document,
                             RcPdfTemplate  template_)
{
  g_return_if_fail (RC_IS_DOCUMENT (document));

  set_choice (document, TEMPLATE_POINTER, "template", rc_pdf_template_to_string (template_));
}

/**
 * rc_coach_state_get_paper:
 * @document: a resume
 *
 * Returns: the paper the resume prints on: its own choice, else the default
 */
RcPdfPaper
rc_coach_state_get_paper (RcDocument *document)
{
  RcPdfPaper paper;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), RC_PDF_PAPER_A4);

  if (rc_pdf_paper_from_string (get_choice (document, "paper"), &paper))
    return paper;
  return rc_pdf_get_default_paper ();
}

/**
 * rc_coach_state_set_paper:
 * @document: a resume
 * @paper: the paper it prints on
 *
 * Stores the choice at /meta/resumeCoach/paper (one change notification, none when it is
 * already the resume's choice).
 */
void
rc_coach_state_set_paper (RcDocument *document,
                          RcPdfPaper  paper)
{
  g_return_if_fail (RC_IS_DOCUMENT (document));

  set_choice (document, PAPER_POINTER, "paper", rc_pdf_paper_to_string (paper));
}

static JsonArray *
ignored_array (RcDocument *document)
{
  return rc_json_get_member_array (rc_document_get_coach_state (document), "ignored");
}

/**
 * rc_coach_state_is_ignored:
 * @document: a resume
 * @finding: a finding
 *
 * Returns: whether the user ignored this finding (its rc_finding_dup_key() is stored)
 */
gboolean
rc_coach_state_is_ignored (RcDocument      *document,
                           const RcFinding *finding)
{
  g_autofree char *key = NULL;
  JsonArray *array;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  array = ignored_array (document);
  if (array == NULL)
    return FALSE;
  key = rc_finding_dup_key (finding);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (g_strcmp0 (rc_json_get_string (json_array_get_element (array, i)), key) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * rc_coach_state_ignore:
 * @document: a resume
 * @finding: the finding to hide from now on
 *
 * Remembers the finding's key in /meta/resumeCoach/ignored (one change notification; nothing
 * happens when it is already there).
 */
void
rc_coach_state_ignore (RcDocument      *document,
                       const RcFinding *finding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;
  g_autofree char *key = NULL;

  g_return_if_fail (RC_IS_DOCUMENT (document));
  g_return_if_fail (finding != NULL);

  if (rc_coach_state_is_ignored (document, finding))
    return;
  key = rc_finding_dup_key (finding);
  value = json_node_init_string (json_node_alloc (), key);
  if (!rc_document_insert (document, IGNORED_POINTER, -1, value, &error))
    g_warning ("Cannot remember the ignored finding: %s", error->message);
}

/**
 * rc_coach_state_unignore_all:
 * @document: a resume
 *
 * Forgets every ignored finding (one change notification, none if there were none).
 */
void
rc_coach_state_unignore_all (RcDocument *document)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RC_IS_DOCUMENT (document));

  if (rc_document_get (document, IGNORED_POINTER) != NULL &&
      !rc_document_remove (document, IGNORED_POINTER, &error))
    g_warning ("Cannot forget the ignored findings: %s", error->message);
}

/**
 * rc_coach_state_get_seniority:
 * @document: a resume
 *
 * Returns: (nullable): "junior", "mid", "senior" or "staff", as stored in
 *   /meta/resumeCoach/seniority; %NULL when unset or something else
 */
const char *
rc_coach_state_get_seniority (RcDocument *document)
{
  static const char * const levels[] = { "junior", "mid", "senior", "staff" };
  const char *seniority;

  g_return_val_if_fail (RC_IS_DOCUMENT (document), NULL);

  seniority = rc_json_get_member_string (rc_document_get_coach_state (document), "seniority");
  for (guint i = 0; seniority != NULL && i < G_N_ELEMENTS (levels); i++)
    if (strcmp (seniority, levels[i]) == 0)
      return levels[i];
  return NULL;
}

/**
 * rc_finding_fix_is_value:
 * @finding: a finding with a fix
 *
 * Whether the fix is a new value rather than text: a finding at a list or an object (the
 * whole resume, a section, a list of keywords) carries the value as JSON text.
 *
 * Returns: %TRUE when rc_finding_apply_fix() puts the fix's value at the finding's pointer
 */
gboolean
rc_finding_fix_is_value (const RcFinding *finding)
{
  g_autoptr(GPtrArray) tokens = NULL;
  const char *path[RC_SCHEMA_MAX_DEPTH];
  RcSchemaKind kind;

  g_return_val_if_fail (finding != NULL, FALSE);

  if (finding->fix == NULL || finding->pointer == NULL ||
      (tokens = rc_json_pointer_split (finding->pointer, NULL)) == NULL)
    return FALSE;
  if (tokens->len > RC_SCHEMA_MAX_DEPTH)
    return FALSE;
  for (guint i = 0; i < tokens->len; i++)
    path[i] = g_ptr_array_index (tokens, i);
  kind = rc_schema_at (path, tokens->len);
  return kind == RC_SCHEMA_OBJECT || kind == RC_SCHEMA_LIST;
}

/**
 * rc_finding_apply_fix:
 * @finding: a finding with a fix
 * @document: the resume it was made for
 * @error: return location for an error
 *
 * Replaces the finding's span with its fix (one change notification). An empty fix deletes
 * the span with one space beside it, and capitalises what then opens the string. Fails,
 * changing nothing, when the text at the span is no longer what the finding saw. A fix that
 * is a value (rc_finding_fix_is_value()) replaces the list or object at the pointer; a fix at
 * a field holding a number or a boolean where text belongs replaces it with the text.
 *
 * Returns: %TRUE when the fix was applied
 */
gboolean
rc_finding_apply_fix (const RcFinding  *finding,
                      RcDocument       *document,
                      GError          **error)
{
  const char *text;
  gsize len, from, to;
  g_autoptr(GString) result = NULL;
  JsonNode *node;

  g_return_val_if_fail (finding != NULL, FALSE);
  g_return_val_if_fail (RC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (finding->fix == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("This finding has no fix to apply"));
      return FALSE;
    }

  if (rc_finding_fix_is_value (finding))
    return rc_document_set_json (document, finding->pointer, finding->fix, error);
  node = rc_document_get (document, finding->pointer);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && rc_json_get_string (node) == NULL)
    return rc_document_set_string (document, finding->pointer, finding->fix, error);

  text = rc_document_get_string (document, finding->pointer);
  if (text == NULL || finding->end < finding->start)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s: there is no text to fix"), finding->pointer);
      return FALSE;
    }

  len = strlen (text);
  if (finding->start == 0 && finding->end == 0 && finding->match == NULL)
    {
      from = 0;
      to = len;
    }
  else
    {
      from = rc_text_char_to_byte (text, len, finding->start);
      to = rc_text_char_to_byte (text, len, finding->end);
    }

  if (to < from || (finding->match != NULL &&
                    (to - from != strlen (finding->match) ||
                     memcmp (text + from, finding->match, to - from) != 0)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: the text changed since the check; check again"), finding->pointer);
      return FALSE;
    }

  result = g_string_new_len (text, (gssize) from);
  if (*finding->fix == '\0')
    {
      /* "a  very big" would keep two spaces: take one with the word */
      if (to < len && text[to] == ' ' && (from == 0 || text[from - 1] == ' '))
        to++;
      else if (from > 0 && text[from - 1] == ' ' && (to == len || g_ascii_ispunct (text[to])))
        g_string_truncate (result, from - 1);
      if (from == 0 && to < len)
        {
          gunichar first = g_utf8_get_char (text + to);
          char buffer[8];
          gint n = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);

          g_string_append_len (result, buffer, n);
          to = (gsize) (g_utf8_next_char (text + to) - text);
        }
    }
  else
    g_string_append (result, finding->fix);
  g_string_append (result, text + to);

  return rc_document_set_string (document, finding->pointer, result->str, error);
}
