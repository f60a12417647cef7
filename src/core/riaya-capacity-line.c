/* riaya-capacity-line.c — licensed places for one category and sex from a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-capacity-line.h"

struct _RiayaCapacityLine
{
  GObject parent_instance;

  char          *uuid;
  RiayaCategory  category;
  RiayaSex       sex;
  guint          places;
  char          *effective_date;
};

G_DEFINE_FINAL_TYPE (RiayaCapacityLine, riaya_capacity_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_CATEGORY,
  PROP_SEX,
  PROP_PLACES,
  PROP_EFFECTIVE_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
riaya_capacity_line_finalize (GObject *object)
{
  RiayaCapacityLine *self = (RiayaCapacityLine *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->effective_date, g_free);

  G_OBJECT_CLASS (riaya_capacity_line_parent_class)->finalize (object);
}

static void
riaya_capacity_line_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RiayaCapacityLine *self = RIAYA_CAPACITY_LINE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_CATEGORY:
      g_value_set_int (value, self->category);
      break;
    case PROP_SEX:
      g_value_set_int (value, self->sex);
      break;
    case PROP_PLACES:
      g_value_set_uint (value, self->places);
      break;
    case PROP_EFFECTIVE_DATE:
      g_value_set_string (value, self->effective_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_capacity_line_class_init (RiayaCapacityLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = riaya_capacity_line_finalize;
  object_class->get_property = riaya_capacity_line_get_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, RIAYA_N_CATEGORIES - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEX] =
    g_param_spec_int ("sex", NULL, NULL, 0, RIAYA_N_SEXES - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACES] =
    g_param_spec_uint ("places", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EFFECTIVE_DATE] =
    g_param_spec_string ("effective-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_capacity_line_init (RiayaCapacityLine *self)
{
}

RiayaCapacityLine *
riaya_capacity_line_new (RiayaCategory  category,
                         RiayaSex       sex,
                         guint          places,
                         const char    *effective_date)
{
  RiayaCapacityLine *self;

  g_return_val_if_fail ((guint) category < RIAYA_N_CATEGORIES, NULL);
  g_return_val_if_fail ((guint) sex < RIAYA_N_SEXES, NULL);

  self = g_object_new (RIAYA_TYPE_CAPACITY_LINE, NULL);
  self->uuid = g_uuid_string_random ();
  self->category = category;
  self->sex = sex;
  self->places = places;
  self->effective_date = g_strdup (effective_date);

  return self;
}

const char *
riaya_capacity_line_get_uuid (RiayaCapacityLine *self)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (self), NULL);
  return self->uuid;
}

/* Used by the store when loading a saved line, whose UUID is for life. */
void
riaya_capacity_line_set_uuid (RiayaCapacityLine *self,
                              const char        *uuid)
{
  g_return_if_fail (RIAYA_IS_CAPACITY_LINE (self));
  g_return_if_fail (uuid != NULL);

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

RiayaCategory
riaya_capacity_line_get_category (RiayaCapacityLine *self)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (self), 0);
  return self->category;
}

RiayaSex
riaya_capacity_line_get_sex (RiayaCapacityLine *self)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (self), 0);
  return self->sex;
}

guint
riaya_capacity_line_get_places (RiayaCapacityLine *self)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (self), 0);
  return self->places;
}

const char *
riaya_capacity_line_get_effective_date (RiayaCapacityLine *self)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (self), NULL);
  return self->effective_date;
}
