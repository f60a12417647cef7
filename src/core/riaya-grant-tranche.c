/* riaya-grant-tranche.c — one payment of a grant, due then paid
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Entraide Nationale pays a grant in one or several tranches [شطر]
 * (domain brief §5): each has a due date and an amount, and a paid date
 * once the money is transferred.
 */

#include "config.h"

#include "riaya-grant.h"
#include "riaya-validation.h"

struct _RiayaGrantTranche
{
  GObject parent_instance;

  char   *uuid;
  char   *due_on;
  char   *paid_on;
  gint64  amount;
};

G_DEFINE_FINAL_TYPE (RiayaGrantTranche, riaya_grant_tranche, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_DUE_ON,
  PROP_AMOUNT,
  PROP_PAID_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (RiayaGrantTranche  *self,
          char              **field,
          const char         *value,
          guint               prop)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
riaya_grant_tranche_finalize (GObject *object)
{
  RiayaGrantTranche *self = (RiayaGrantTranche *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->paid_on, g_free);

  G_OBJECT_CLASS (riaya_grant_tranche_parent_class)->finalize (object);
}

static void
riaya_grant_tranche_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RiayaGrantTranche *self = RIAYA_GRANT_TRANCHE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_PAID_ON:
      g_value_set_string (value, self->paid_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_grant_tranche_class_init (RiayaGrantTrancheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = riaya_grant_tranche_finalize;
  object_class->get_property = riaya_grant_tranche_get_property;

  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PAID_ON] = g_param_spec_string ("paid-on", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_grant_tranche_init (RiayaGrantTranche *self)
{
  self->uuid = g_uuid_string_random ();
}

RiayaGrantTranche *
riaya_grant_tranche_new (const char *due_on,
                         gint64      amount)
{
  RiayaGrantTranche *self = g_object_new (RIAYA_TYPE_GRANT_TRANCHE, NULL);

  self->due_on = g_strdup (due_on);
  self->amount = amount;

  return self;
}

RiayaGrantTranche *
riaya_grant_tranche_copy (RiayaGrantTranche *self)
{
  RiayaGrantTranche *copy;

  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), NULL);

  copy = riaya_grant_tranche_new (self->due_on, self->amount);
  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->paid_on = g_strdup (self->paid_on);

  return copy;
}

const char *
riaya_grant_tranche_get_uuid (RiayaGrantTranche *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), NULL);
  return self->uuid;
}

void
riaya_grant_tranche_set_uuid (RiayaGrantTranche *self,
                              const char        *uuid)
{
  g_return_if_fail (RIAYA_IS_GRANT_TRANCHE (self));
  g_return_if_fail (uuid != NULL && *uuid != '\0');
  set_text (self, &self->uuid, uuid, PROP_UUID);
}

const char *
riaya_grant_tranche_get_due_on (RiayaGrantTranche *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), NULL);
  return self->due_on;
}

void
riaya_grant_tranche_set_due_on (RiayaGrantTranche *self,
                                const char        *date)
{
  g_return_if_fail (RIAYA_IS_GRANT_TRANCHE (self));
  set_text (self, &self->due_on, date, PROP_DUE_ON);
}

gint64
riaya_grant_tranche_get_amount (RiayaGrantTranche *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), 0);
  return self->amount;
}

void
riaya_grant_tranche_set_amount (RiayaGrantTranche *self,
                                gint64             centimes)
{
  g_return_if_fail (RIAYA_IS_GRANT_TRANCHE (self));

  if (self->amount == centimes)
    return;

  self->amount = centimes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

const char *
riaya_grant_tranche_get_paid_on (RiayaGrantTranche *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), NULL);
  return self->paid_on;
}

void
riaya_grant_tranche_set_paid_on (RiayaGrantTranche *self,
                                 const char        *date)
{
  g_return_if_fail (RIAYA_IS_GRANT_TRANCHE (self));
  set_text (self, &self->paid_on, date, PROP_PAID_ON);
}

gboolean
riaya_grant_tranche_is_overdue (RiayaGrantTranche *self,
                                const char        *today)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_TRANCHE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return self->paid_on == NULL && self->due_on != NULL &&
         riaya_date_compare (self->due_on, today) < 0;
}
