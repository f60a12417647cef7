/* riaya-territory.c — a region, prefecture or province of the kingdom
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-territory.h"
#include "riaya-text.h"

struct _RiayaTerritory
{
  GObject parent_instance;

  RiayaTerritoryKind  kind;
  char               *code;
  char               *region_code;
  char               *name_ar;
  char               *name_fr;
};

G_DEFINE_FINAL_TYPE (RiayaTerritory, riaya_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
riaya_territory_finalize (GObject *object)
{
  RiayaTerritory *self = (RiayaTerritory *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->name_ar, g_free);
  g_clear_pointer (&self->name_fr, g_free);

  G_OBJECT_CLASS (riaya_territory_parent_class)->finalize (object);
}

static void
riaya_territory_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RiayaTerritory *self = RIAYA_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, riaya_territory_get_display_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_territory_class_init (RiayaTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = riaya_territory_finalize;
  object_class->get_property = riaya_territory_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_territory_init (RiayaTerritory *self)
{
}

RiayaTerritory *
riaya_territory_new (RiayaTerritoryKind  kind,
                     const char         *code,
                     const char         *region_code,
                     const char         *name_ar,
                     const char         *name_fr)
{
  RiayaTerritory *self;

  g_return_val_if_fail (code != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_TERRITORY, NULL);
  self->kind = kind;
  self->code = g_strdup (code);
  self->region_code = g_strdup (region_code ? region_code : code);
  self->name_ar = g_strdup (name_ar);
  self->name_fr = g_strdup (name_fr);

  return self;
}

RiayaTerritoryKind
riaya_territory_get_kind (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), 0);
  return self->kind;
}

const char *
riaya_territory_get_code (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), NULL);
  return self->code;
}

const char *
riaya_territory_get_region_code (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), NULL);
  return self->region_code;
}

const char *
riaya_territory_get_name_ar (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), NULL);
  return self->name_ar;
}

const char *
riaya_territory_get_name_fr (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), NULL);
  return self->name_fr;
}

const char *
riaya_territory_get_display_name (RiayaTerritory *self)
{
  g_return_val_if_fail (RIAYA_IS_TERRITORY (self), NULL);

  if (g_str_equal (riaya_interface_language (), "ar") && self->name_ar && *self->name_ar)
    return self->name_ar;

  return self->name_fr ? self->name_fr : self->name_ar;
}
