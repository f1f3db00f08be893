/* rc-rule-info.h — a read-only view of one rule
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "rc-report.h"

G_BEGIN_DECLS

/* Added: a read-only view of one rule, for the `rules` command, the tips browser and tests */
typedef struct
{
  const char *id;
  RcLevel     level;
  const char *scope;    /* "bullet", or several: "bullet, summary, description" */
  const char *kind;     /* "phrases", "pattern", "threshold" or "check" */
  const char *check;    /* (nullable): the built-in check of a "check" rule */
  const char *message;  /* as written, placeholders such as {match} unfilled, untranslated */
  const char *advice;
  const char *fix;      /* (nullable) */
  const char *tip;      /* (nullable): a guide entry id */
  const char *place;    /* (nullable): where a finding about something missing (it points at
                         * nothing) is shown, e.g. "/basics/profiles" */
  const char *source;   /* the pack it came from (a resource path or a file path) */
  JsonArray  *fires;    /* (nullable): examples it must fire on: strings for rules of string
                         * scopes (bullet, summary, description, skills), else JSON Resume
                         * objects */
  JsonArray  *passes;   /* (nullable): examples it must pass */
  gboolean    builtin;
  RcCategory  category; /* added: where its findings cost points in the score */
  const char *label;    /* added (nullable): what its findings are, for the score's breakdown:
                         * "Bullets without a number" */
  gdouble     weight;   /* added: how much each finding costs, 1 as its level says */
} RcRuleInfo;

G_END_DECLS
