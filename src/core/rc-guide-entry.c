/* rc-guide-entry.c — one article of the bundled guide
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-guide-entry.h"
#include "rc-guide-markup.h"

struct _RcGuideEntry
{
  GObject   parent_instance;

  char     *id;
  char     *category;
  char     *title;
  char     *body;
  char    **tags;
  char    **rules;
  char    **related;
  char    **links;     /* computed from the body on demand */
  GArray   *examples;
};

G_DEFINE_FINAL_TYPE (RcGuideEntry, rc_guide_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CATEGORY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
clear_example (gpointer data)
{
  RcGuideExample *example = data;

  g_free (example->before);
  g_free (example->after);
  g_free (example->why);
}

static void
rc_guide_entry_finalize (GObject *object)
{
  RcGuideEntry *self = (RcGuideEntry *) object;

  g_free (self->id);
  g_free (self->category);
  g_free (self->title);
  g_free (self->body);
  g_strfreev (self->tags);
  g_strfreev (self->rules);
  g_strfreev (self->related);
  g_strfreev (self->links);
  g_clear_pointer (&self->examples, g_array_unref);

  G_OBJECT_CLASS (rc_guide_entry_parent_class)->finalize (object);
}

static void
rc_guide_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcGuideEntry *self = RC_GUIDE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_entry_class_init (RcGuideEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_guide_entry_finalize;
  object_class->get_property = rc_guide_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_guide_entry_init (RcGuideEntry *self)
{
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->examples = g_array_new (FALSE, TRUE, sizeof (RcGuideExample));
  g_array_set_clear_func (self->examples, clear_example);
}

RcGuideEntry *
rc_guide_entry_new (const char *id,
                    const char *category)
{
  RcGuideEntry *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (category != NULL, NULL);

  self = g_object_new (RC_TYPE_GUIDE_ENTRY, NULL);
  self->id = g_strdup (id);
  self->category = g_strdup (category);
  return self;
}

const char *
rc_guide_entry_get_id (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->id;
}

const char *
rc_guide_entry_get_category (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->category;
}

const char *
rc_guide_entry_get_title (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->title;
}

const char *
rc_guide_entry_get_body (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->body;
}

const char * const *
rc_guide_entry_get_tags (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->tags ? (const char * const *) self->tags : empty_strv;
}

const char * const *
rc_guide_entry_get_rules (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->rules ? (const char * const *) self->rules : empty_strv;
}

const char * const *
rc_guide_entry_get_related (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  return self->related ? (const char * const *) self->related : empty_strv;
}

const char * const *
rc_guide_entry_get_links (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);

  if (self->links == NULL)
    {
      g_auto(GStrv) all = rc_guide_markup_collect_links (self->body);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; all[i] != NULL; i++)
        if (g_hash_table_add (seen, all[i]))
          g_strv_builder_add (builder, all[i]);
      self->links = g_strv_builder_end (builder);
    }
  return (const char * const *) self->links;
}

guint
rc_guide_entry_get_n_examples (RcGuideEntry *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), 0);
  return self->examples->len;
}

const RcGuideExample *
rc_guide_entry_get_example (RcGuideEntry *self,
                            guint         index)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->examples->len, NULL);
  return &g_array_index (self->examples, RcGuideExample, index);
}

gboolean
rc_guide_entry_has_rule (RcGuideEntry *self,
                         const char   *rule_id)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTRY (self), FALSE);
  g_return_val_if_fail (rule_id != NULL, FALSE);
  return self->rules != NULL && g_strv_contains ((const char * const *) self->rules, rule_id);
}

void
rc_guide_entry_set_title (RcGuideEntry *self,
                          const char   *title)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_return_if_fail (title != NULL);

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
rc_guide_entry_set_body (RcGuideEntry *self,
                         const char   *body)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_return_if_fail (body != NULL);

  g_free (self->body);
  self->body = g_strdup (body);
  g_clear_pointer (&self->links, g_strfreev);
}

void
rc_guide_entry_append_body (RcGuideEntry *self,
                            const char   *markup)
{
  g_autofree char *old = NULL;

  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_return_if_fail (markup != NULL);

  old = g_steal_pointer (&self->body);
  self->body = *old != '\0' ? g_strconcat (old, "\n\n", markup, NULL) : g_strdup (markup);
  g_clear_pointer (&self->links, g_strfreev);
}

void
rc_guide_entry_set_tags (RcGuideEntry  *self,
                         char         **tags)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_strfreev (self->tags);
  self->tags = tags;
}

void
rc_guide_entry_set_rules (RcGuideEntry  *self,
                          char         **rules)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_strfreev (self->rules);
  self->rules = rules;
}

void
rc_guide_entry_set_related (RcGuideEntry  *self,
                            char         **related)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_strfreev (self->related);
  self->related = related;
}

void
rc_guide_entry_set_examples (RcGuideEntry *self,
                             GArray       *examples)
{
  g_return_if_fail (RC_IS_GUIDE_ENTRY (self));
  g_return_if_fail (examples != NULL);

  g_array_set_clear_func (examples, clear_example);
  g_clear_pointer (&self->examples, g_array_unref);
  self->examples = examples;
}
