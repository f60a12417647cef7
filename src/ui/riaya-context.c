/* riaya-context.c — what every page needs, handed down instead of globals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The context belongs to the main thread: its store is the main thread's
 * connection. Worker threads open their own store on get_db_path().
 */

#include "config.h"

#include "riaya-context.h"

struct _RiayaContext
{
  GObject     parent_instance;

  RiayaStore *store;
  GSettings  *settings;
  GListModel *regions;
  GListModel *provinces;
};

G_DEFINE_FINAL_TYPE (RiayaContext, riaya_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  RELOADED,
  GRANTS_CHANGED,
  INSPECTIONS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
riaya_context_dispose (GObject *object)
{
  RiayaContext *self = (RiayaContext *) object;

  g_clear_object (&self->regions);
  g_clear_object (&self->provinces);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (riaya_context_parent_class)->dispose (object);
}

static void
riaya_context_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RiayaContext *self = RIAYA_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_context_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RiayaContext *self = RIAYA_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_context_class_init (RiayaContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_context_dispose;
  object_class->get_property = riaya_context_get_property;
  object_class->set_property = riaya_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RIAYA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RiayaContext::reloaded:
   *
   * The database's contents were replaced (restore, demo data): pages
   * reload what they show.
   */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RiayaContext::grants-changed:
   *
   * A grant was added, changed, deleted or brought back: the grants page,
   * the late flags of the institutions list and an institution's grant
   * history show it again.
   */
  signals[GRANTS_CHANGED] =
    g_signal_new ("grants-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RiayaContext::inspections-changed:
   *
   * A visit was planned, recorded, changed or cancelled, or a corrective
   * action marked done: the inspections page and an institution's licence
   * history (a decision is a licence event) show them again.
   */
  signals[INSPECTIONS_CHANGED] =
    g_signal_new ("inspections-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
riaya_context_init (RiayaContext *self)
{
}

char *
riaya_context_resolve_db_path (GSettings *settings)
{
  const char *env = g_getenv ("RIAYA_DB");
  g_autofree char *setting = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  if (settings != NULL)
    setting = g_settings_get_string (settings, "database-path");
  if (setting != NULL && *setting != '\0')
    return g_steal_pointer (&setting);

  return riaya_store_default_path ();
}

RiayaContext *
riaya_context_new (RiayaStore *store,
                   GSettings  *settings)
{
  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (RIAYA_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

RiayaStore *
riaya_context_get_store (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);
  return self->store;
}

GSettings *
riaya_context_get_settings (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);
  return self->settings;
}

const char *
riaya_context_get_db_path (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);
  return riaya_store_get_path (self->store);
}

gboolean
riaya_context_get_profile (RiayaContext  *self,
                           RiayaProfile  *profile,
                           char         **province_code)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), FALSE);
  return riaya_store_get_profile (self->store, profile, province_code);
}

gboolean
riaya_context_set_profile (RiayaContext  *self,
                           RiayaProfile   profile,
                           const char    *province_code,
                           GError       **error)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), FALSE);
  return riaya_store_set_profile (self->store, profile, province_code, error);
}

gboolean
riaya_context_is_demo (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), FALSE);
  return riaya_store_is_demo (self->store);
}

GListModel *
riaya_context_get_regions (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);

  if (self->regions == NULL)
    self->regions = riaya_store_list_regions (self->store);

  return self->regions;
}

GListModel *
riaya_context_get_provinces (RiayaContext *self)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);

  if (self->provinces == NULL)
    self->provinces = riaya_store_list_provinces (self->store, NULL);

  return self->provinces;
}

RiayaTerritory *
riaya_context_lookup_territory (RiayaContext *self,
                                const char   *code)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (self), NULL);

  if (code == NULL)
    return NULL;

  return riaya_store_lookup_territory (self->store, code);
}

void
riaya_context_reloaded (RiayaContext *self)
{
  g_return_if_fail (RIAYA_IS_CONTEXT (self));
  g_signal_emit (self, signals[RELOADED], 0);
}

void
riaya_context_grants_changed (RiayaContext *self)
{
  g_return_if_fail (RIAYA_IS_CONTEXT (self));
  g_signal_emit (self, signals[GRANTS_CHANGED], 0);
}

void
riaya_context_inspections_changed (RiayaContext *self)
{
  g_return_if_fail (RIAYA_IS_CONTEXT (self));
  g_signal_emit (self, signals[INSPECTIONS_CHANGED], 0);
}
