/* riaya-licence-event.c — one dated event in a licence's history
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-licence-event.h"

struct _RiayaLicenceEvent
{
  GObject parent_instance;

  char                  *uuid;
  RiayaLicenceEventKind  kind;
  char                  *date;
  char                  *deadline;
  char                  *note;
};

G_DEFINE_FINAL_TYPE (RiayaLicenceEvent, riaya_licence_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_KIND,
  PROP_DATE,
  PROP_DEADLINE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
riaya_licence_event_finalize (GObject *object)
{
  RiayaLicenceEvent *self = (RiayaLicenceEvent *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->deadline, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (riaya_licence_event_parent_class)->finalize (object);
}

static void
riaya_licence_event_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RiayaLicenceEvent *self = RIAYA_LICENCE_EVENT (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_licence_event_class_init (RiayaLicenceEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = riaya_licence_event_finalize;
  object_class->get_property = riaya_licence_event_get_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, RIAYA_N_LICENCE_EVENT_KINDS - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_licence_event_init (RiayaLicenceEvent *self)
{
}

RiayaLicenceEvent *
riaya_licence_event_new (RiayaLicenceEventKind  kind,
                         const char            *date,
                         const char            *deadline,
                         const char            *note)
{
  RiayaLicenceEvent *self;

  g_return_val_if_fail ((guint) kind < RIAYA_N_LICENCE_EVENT_KINDS, NULL);

  self = g_object_new (RIAYA_TYPE_LICENCE_EVENT, NULL);
  self->uuid = g_uuid_string_random ();
  self->kind = kind;
  self->date = g_strdup (date);
  self->deadline = (deadline && *deadline) ? g_strdup (deadline) : NULL;
  self->note = (note && *note) ? g_strdup (note) : NULL;

  return self;
}

const char *
riaya_licence_event_get_uuid (RiayaLicenceEvent *self)
{
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (self), NULL);
  return self->uuid;
}

/* Used by the store when loading a saved event, whose UUID is for life. */
void
riaya_licence_event_set_uuid (RiayaLicenceEvent *self,
                              const char        *uuid)
{
  g_return_if_fail (RIAYA_IS_LICENCE_EVENT (self));
  g_return_if_fail (uuid != NULL);

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

RiayaLicenceEventKind
riaya_licence_event_get_kind (RiayaLicenceEvent *self)
{
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (self), 0);
  return self->kind;
}

const char *
riaya_licence_event_get_date (RiayaLicenceEvent *self)
{
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (self), NULL);
  return self->date;
}

const char *
riaya_licence_event_get_deadline (RiayaLicenceEvent *self)
{
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (self), NULL);
  return self->deadline;
}

const char *
riaya_licence_event_get_note (RiayaLicenceEvent *self)
{
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (self), NULL);
  return self->note;
}
