/* rc-checker.c — checks the document as it changes and publishes the latest report
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rc-checker.h"
#include "rc-engine.h"

struct _RcChecker
{
  GObject       parent_instance;

  RcEngine     *engine;
  RcDocument   *document;
  GSignalGroup *document_signals;
  RcReport     *report;
  guint         check_source;
  guint         pages_source;
};

G_DEFINE_FINAL_TYPE (RcChecker, rc_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_report (RcChecker *self,
            RcReport  *report)
{
  if (self->report == report)
    return;

  g_clear_pointer (&self->report, rc_report_unref);
  self->report = report;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

static gboolean on_pages_idle_cb (gpointer data);

static void
run_check (RcChecker *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);

  if (self->document == NULL)
    return;

  set_report (self, rc_engine_check (self->engine, self->document, NULL));

  /* laying the pages out again waits until the typing does (the keystroke budget) */
  if (rc_report_get_pages_pending (self->report) && self->pages_source == 0)
    self->pages_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_pages_idle_cb, self, NULL);
}

static gboolean
on_pages_idle_cb (gpointer data)
{
  RcChecker *self = data;

  self->pages_source = 0;
  if (self->document != NULL && rc_engine_update_pages (self->engine, self->document))
    run_check (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_check_idle_cb (gpointer data)
{
  RcChecker *self = data;

  self->check_source = 0;
  run_check (self);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed_cb (RcDocument   *document,
                        const char   *pointer,
                        RcChangeKind  kind,
                        RcChecker    *self)
{
  /* every change of one main-loop turn is checked once, before the frame is drawn */
  if (self->check_source == 0)
    self->check_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_check_idle_cb, self, NULL);
}

void
rc_checker_set_document (RcChecker  *self,
                         RcDocument *document)
{
  g_return_if_fail (RC_IS_CHECKER (self));
  g_return_if_fail (document == NULL || RC_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->pages_source, g_source_remove);
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  if (document != NULL)
    run_check (self);
  else
    set_report (self, NULL);
}

RcDocument *
rc_checker_get_document (RcChecker *self)
{
  g_return_val_if_fail (RC_IS_CHECKER (self), NULL);

  return self->document;
}

RcReport *
rc_checker_get_report (RcChecker *self)
{
  g_return_val_if_fail (RC_IS_CHECKER (self), NULL);

  return self->report;
}

void
rc_checker_check_now (RcChecker *self)
{
  g_return_if_fail (RC_IS_CHECKER (self));

  if (self->check_source != 0)
    run_check (self);
}

void
rc_checker_check_again (RcChecker *self)
{
  g_return_if_fail (RC_IS_CHECKER (self));

  run_check (self);
}

void
rc_checker_recount_pages (RcChecker *self)
{
  g_return_if_fail (RC_IS_CHECKER (self));

  g_clear_handle_id (&self->pages_source, g_source_remove);
  if (self->document != NULL && rc_engine_update_pages (self->engine, self->document))
    run_check (self);
}

static void
rc_checker_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RcChecker *self = RC_CHECKER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_REPORT:
      g_value_set_boxed (value, self->report);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_checker_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RcChecker *self = RC_CHECKER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rc_checker_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_checker_dispose (GObject *object)
{
  RcChecker *self = RC_CHECKER (object);

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->pages_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_pointer (&self->report, rc_report_unref);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (rc_checker_parent_class)->dispose (object);
}

static void
rc_checker_class_init (RcCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_checker_dispose;
  object_class->get_property = rc_checker_get_property;
  object_class->set_property = rc_checker_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_boxed ("report", NULL, NULL, RC_TYPE_REPORT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_checker_init (RcChecker *self)
{
  self->document_signals = g_signal_group_new (RC_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "changed",
                                 G_CALLBACK (on_document_changed_cb), self, G_CONNECT_DEFAULT);
}

RcChecker *
rc_checker_new (RcRuleSet *rules)
{
  RcChecker *self;

  g_return_val_if_fail (rules != NULL, NULL);

  self = g_object_new (RC_TYPE_CHECKER, NULL);
  self->engine = rc_engine_new (rules);
  rc_engine_set_defer_pages (self->engine, TRUE);
  return self;
}
