/* rc-json-typed.h — typed reads of hand-written JSON files, with one style of message
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "rc-json-private.h"

G_BEGIN_DECLS

/* Rule packs, check parameters, guide, taxonomy and job files are checked as they are read;
 * a problem is reported as "FILE: WHERE: “path.member” must be …", each part when known. */
typedef struct
{
  const char *file;            /* (nullable): the file as its reader knows it */
  const char *where;           /* (nullable): what in it: "rule “style.buzzword”" */
  const char *path;            /* (nullable): the members read are inside this one: "params" */
  GQuark    (*domain) (void);  /* of the errors it sets */
  int          code;
} RcJsonPlace;

typedef enum
{
  RC_JSON_REQUIRED    = 1 << 0,  /* absent (or null) is a problem; else the default stands */
  RC_JSON_NON_EMPTY   = 1 << 1,  /* a string, or each string of a list, may not be "" */
  RC_JSON_ONE_OR_LIST = 1 << 2,  /* a list of strings may be written as one string */
  RC_JSON_LOWER       = 1 << 3,  /* strings of a list are kept in ASCII lower case */
} RcJsonFlags;

/* sets @error to the place and the printf-formatted problem; returns FALSE */
gboolean  rc_json_invalid        (const RcJsonPlace  *place,
                                  GError            **error,
                                  const char         *format,
                                  ...) G_GNUC_PRINTF (3, 4);
gboolean  rc_json_invalid_valist (const RcJsonPlace  *place,
                                  GError            **error,
                                  const char         *format,
                                  va_list             args) G_GNUC_PRINTF (3, 0);
/* "“path.member”", as the messages name a member */
char     *rc_json_member_name    (const RcJsonPlace  *place,
                                  const char         *member);

/* Each sets *@out (to NULL when absent; numbers and booleans keep the default) and returns
 * FALSE with @error set when the member is there with another type, or required and absent. */
gboolean  rc_json_read_string    (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  RcJsonFlags         flags,
                                  const char        **out,
                                  GError            **error);
/* (transfer full) *@out: NULL when absent */
gboolean  rc_json_read_strv      (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  RcJsonFlags         flags,
                                  char             ***out,
                                  GError            **error);
gboolean  rc_json_read_bool      (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  gboolean           *out,
                                  GError            **error);
/* a whole number from @min to @max (G_MAXINT: no upper bound); *@out is left when absent */
gboolean  rc_json_read_int       (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  gint                min,
                                  gint                max,
                                  gint               *out,
                                  GError            **error);
/* any number from @min to @max; *@out is left when absent */
gboolean  rc_json_read_double    (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  gdouble             min,
                                  gdouble             max,
                                  gdouble            *out,
                                  GError            **error);
/* (transfer none) *@out: NULL when absent */
gboolean  rc_json_read_object    (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  RcJsonFlags         flags,
                                  JsonObject        **out,
                                  GError            **error);
gboolean  rc_json_read_array     (const RcJsonPlace  *place,
                                  JsonObject         *object,
                                  const char         *member,
                                  RcJsonFlags         flags,
                                  JsonArray         **out,
                                  GError            **error);

G_END_DECLS
