/* riaya-grant.c — an annual grant of the Entraide Nationale to an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object and its sums; the rules of the law are in
 * riaya-grant-rules.c.
 */

#include "config.h"

#include "riaya-grant.h"
#include "riaya-grant-private.h"
#include "riaya-money.h"
#include "riaya-validation.h"

G_DEFINE_FINAL_TYPE (RiayaGrant, riaya_grant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_KIND,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + N_GRANT_TEXTS
};

static GParamSpec *properties[N_PROPS];

/* Property names, also the field names the journal records. */
const char * const _riaya_grant_text_names[] = {
  "uuid",
  "institution-uuid",
  "basis",
  "decided-on",
  "convention-ref",
  "convention-date",
  "justification-due",
  "justification-received",
  "justification-approved",
  "justification-rejected",
  "rejection-reason",
  "institution-name",
  "licence-number",
  "province-code",
};

G_STATIC_ASSERT (G_N_ELEMENTS (_riaya_grant_text_names) == N_GRANT_TEXTS);

static void
set_text (RiayaGrant *self,
          GrantText   text,
          const char *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->texts[text], value) == 0)
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + text]);
}

static int
compare_tranches (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  RiayaGrantTranche *ta = (RiayaGrantTranche *) a;
  RiayaGrantTranche *tb = (RiayaGrantTranche *) b;

  return g_strcmp0 (riaya_grant_tranche_get_due_on (ta), riaya_grant_tranche_get_due_on (tb));
}

static void
riaya_grant_finalize (GObject *object)
{
  RiayaGrant *self = (RiayaGrant *) object;

  g_clear_object (&self->tranches);
  for (guint i = 0; i < N_GRANT_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (riaya_grant_parent_class)->finalize (object);
}

static void
riaya_grant_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RiayaGrant *self = RIAYA_GRANT (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_grant_class_init (RiayaGrantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = riaya_grant_finalize;
  object_class->get_property = riaya_grant_get_property;

  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, RIAYA_N_GRANT_KINDS - 1, 0, flags);

  for (guint i = 0; i < N_GRANT_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (_riaya_grant_text_names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_grant_init (RiayaGrant *self)
{
  self->texts[GRANT_TEXT_UUID] = g_uuid_string_random ();
  self->tranches = g_list_store_new (RIAYA_TYPE_GRANT_TRANCHE);
  self->kind = RIAYA_GRANT_KIND_RUNNING_COSTS;
}

RiayaGrant *
riaya_grant_new (const char *institution_uuid,
                 guint       year,
                 gint64      amount)
{
  RiayaGrant *self = g_object_new (RIAYA_TYPE_GRANT, NULL);

  self->texts[GRANT_TEXT_INSTITUTION_UUID] = g_strdup (institution_uuid);
  self->year = year;
  self->amount = amount;

  return self;
}

RiayaGrant *
riaya_grant_copy (RiayaGrant *self)
{
  RiayaGrant *copy;
  guint n;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);

  copy = riaya_grant_new (NULL, self->year, self->amount);
  copy->kind = self->kind;
  for (guint i = 0; i < N_GRANT_TEXTS; i++)
    {
      g_free (copy->texts[i]);
      copy->texts[i] = g_strdup (self->texts[i]);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tranches));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (G_LIST_MODEL (self->tranches), i);
      g_autoptr(RiayaGrantTranche) tranche_copy = riaya_grant_tranche_copy (tranche);

      g_list_store_append (copy->tranches, tranche_copy);
    }

  return copy;
}

#define TEXT_ACCESSORS(name, TEXT)                                  \
  const char *                                                      \
  riaya_grant_get_##name (RiayaGrant *self)                         \
  {                                                                 \
    g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);             \
    return self->texts[TEXT];                                       \
  }                                                                 \
  void                                                              \
  riaya_grant_set_##name (RiayaGrant *self,                         \
                          const char *value)                        \
  {                                                                 \
    g_return_if_fail (RIAYA_IS_GRANT (self));                       \
    set_text (self, TEXT, value);                                   \
  }

TEXT_ACCESSORS (institution_uuid, GRANT_TEXT_INSTITUTION_UUID)
TEXT_ACCESSORS (basis, GRANT_TEXT_BASIS)
TEXT_ACCESSORS (decided_on, GRANT_TEXT_DECIDED_ON)
TEXT_ACCESSORS (convention_ref, GRANT_TEXT_CONVENTION_REF)
TEXT_ACCESSORS (convention_date, GRANT_TEXT_CONVENTION_DATE)
TEXT_ACCESSORS (justification_due, GRANT_TEXT_JUSTIFICATION_DUE)
TEXT_ACCESSORS (justification_received, GRANT_TEXT_JUSTIFICATION_RECEIVED)
TEXT_ACCESSORS (justification_approved, GRANT_TEXT_JUSTIFICATION_APPROVED)
TEXT_ACCESSORS (justification_rejected, GRANT_TEXT_JUSTIFICATION_REJECTED)
TEXT_ACCESSORS (rejection_reason, GRANT_TEXT_REJECTION_REASON)

const char *
riaya_grant_get_uuid (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return self->texts[GRANT_TEXT_UUID];
}

void
riaya_grant_set_uuid (RiayaGrant *self,
                      const char *uuid)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));
  g_return_if_fail (uuid != NULL && *uuid != '\0');
  set_text (self, GRANT_TEXT_UUID, uuid);
}

const char *
riaya_grant_get_institution_name (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return self->texts[GRANT_TEXT_INSTITUTION_NAME];
}

const char *
riaya_grant_get_licence_number (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return self->texts[GRANT_TEXT_LICENCE_NUMBER];
}

const char *
riaya_grant_get_province_code (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return self->texts[GRANT_TEXT_PROVINCE_CODE];
}

void
riaya_grant_set_institution_info (RiayaGrant *self,
                                  const char *name,
                                  const char *licence_number,
                                  const char *province_code)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));

  set_text (self, GRANT_TEXT_INSTITUTION_NAME, name);
  set_text (self, GRANT_TEXT_LICENCE_NUMBER, licence_number);
  set_text (self, GRANT_TEXT_PROVINCE_CODE, province_code);
}

guint
riaya_grant_get_year (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);
  return self->year;
}

void
riaya_grant_set_year (RiayaGrant *self,
                      guint       year)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

gint64
riaya_grant_get_amount (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);
  return self->amount;
}

void
riaya_grant_set_amount (RiayaGrant *self,
                        gint64      centimes)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));

  if (self->amount == centimes)
    return;

  self->amount = centimes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

RiayaGrantKind
riaya_grant_get_kind (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), RIAYA_GRANT_KIND_RUNNING_COSTS);
  return self->kind;
}

void
riaya_grant_set_kind (RiayaGrant     *self,
                      RiayaGrantKind  kind)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));
  g_return_if_fail ((guint) kind < RIAYA_N_GRANT_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

GListModel *
riaya_grant_get_tranches (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return G_LIST_MODEL (self->tranches);
}

void
riaya_grant_add_tranche (RiayaGrant        *self,
                         RiayaGrantTranche *tranche)
{
  g_return_if_fail (RIAYA_IS_GRANT (self));
  g_return_if_fail (RIAYA_IS_GRANT_TRANCHE (tranche));

  g_list_store_insert_sorted (self->tranches, tranche, compare_tranches, NULL);
}

RiayaGrantTranche *
riaya_grant_find_tranche (RiayaGrant *self,
                          const char *uuid)
{
  guint n;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tranches));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (G_LIST_MODEL (self->tranches), i);

      if (g_strcmp0 (riaya_grant_tranche_get_uuid (tranche), uuid) == 0)
        return tranche;  /* the store keeps a reference */
    }

  return NULL;
}

gboolean
riaya_grant_remove_tranche (RiayaGrant *self,
                            const char *uuid)
{
  guint n;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tranches));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (G_LIST_MODEL (self->tranches), i);

      if (g_strcmp0 (riaya_grant_tranche_get_uuid (tranche), uuid) == 0)
        {
          g_list_store_remove (self->tranches, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Sums saturate at G_MAXINT64 rather than wrap: a grant's tranches are
 * capped by validation long before, so only nonsense typed into an editor
 * could reach it, and the rule "no more than the grant" then refuses it. */
static gint64
sum_tranches (RiayaGrant *self,
              gboolean    paid_only)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tranches));
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (G_LIST_MODEL (self->tranches), i);

      if (paid_only && riaya_grant_tranche_get_paid_on (tranche) == NULL)
        continue;
      if (!riaya_money_add (sum, riaya_grant_tranche_get_amount (tranche), &sum))
        return G_MAXINT64;
    }

  return sum;
}

gint64
riaya_grant_get_scheduled (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);
  return sum_tranches (self, FALSE);
}

gint64
riaya_grant_get_paid (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);
  return sum_tranches (self, TRUE);
}

gint64
riaya_grant_get_remaining (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);
  return self->amount - sum_tranches (self, TRUE);
}

guint
riaya_grant_count_overdue_tranches (RiayaGrant *self,
                                    const char *today)
{
  guint n, overdue = 0;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tranches));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (G_LIST_MODEL (self->tranches), i);

      if (riaya_grant_tranche_is_overdue (tranche, today))
        overdue++;
    }

  return overdue;
}
