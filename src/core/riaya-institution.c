/* riaya-institution.c — a licensed social care institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "riaya-capacity.h"
#include "riaya-institution.h"
#include "riaya-licence.h"
#include "riaya-text.h"
#include "riaya-validation.h"

/* The text fields, in property order: one slot each. */
typedef enum
{
  FIELD_UUID,
  FIELD_LICENCE_NUMBER,
  FIELD_LICENCE_DATE,
  FIELD_NAME_AR,
  FIELD_NAME_FR,
  FIELD_FOUNDER,
  FIELD_DIRECTOR,
  FIELD_PROVINCE_CODE,
  FIELD_COMMUNE,
  FIELD_ADDRESS,
  FIELD_PHONE,
  N_FIELDS
} Field;

struct _RiayaInstitution
{
  GObject parent_instance;

  char                 *fields[N_FIELDS];
  RiayaLegalBasis       legal_basis;
  RiayaInstitutionType  type;
  guint                 services;
  guint                 staff[RIAYA_N_STAFF_ROLES];

  GListStore           *events;
  GListStore           *capacity_lines;

  /* Derived values, recomputed when the history changes or the day turns. */
  char                 *search_key;
  gint64                derived_day;
  RiayaLicenceStatus    status_today;
  guint                 places_today;

  /* People present, from the store's counts; not part of the record. */
  RiayaPresence        *presence;
  char                 *presence_date;
  gboolean              over_capacity;
};

G_DEFINE_FINAL_TYPE (RiayaInstitution, riaya_institution, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* Text fields first, in Field order. */
  PROP_UUID,
  PROP_LICENCE_NUMBER,
  PROP_LICENCE_DATE,
  PROP_NAME_AR,
  PROP_NAME_FR,
  PROP_FOUNDER,
  PROP_DIRECTOR,
  PROP_PROVINCE_CODE,
  PROP_COMMUNE,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_LEGAL_BASIS,
  PROP_INSTITUTION_TYPE,
  PROP_SERVICES,
  PROP_DISPLAY_NAME,
  PROP_STATUS,
  PROP_PLACES,
  PROP_PRESENT,
  PROP_OVER_CAPACITY,
  N_PROPS
};

#define FIELD_TO_PROP(f) ((guint) (f) + PROP_UUID)
#define PROP_TO_FIELD(p) ((Field) ((p) - PROP_UUID))

static GParamSpec *properties[N_PROPS];

static const char * const field_names[N_FIELDS] = {
  "uuid", "licence-number", "licence-date", "name-ar", "name-fr", "founder",
  "director", "province-code", "commune", "address", "phone",
};

static gboolean
field_feeds_search_key (Field field)
{
  return field == FIELD_LICENCE_NUMBER || field == FIELD_NAME_AR || field == FIELD_NAME_FR ||
         field == FIELD_COMMUNE || field == FIELD_FOUNDER;
}

static void
set_field (RiayaInstitution *self,
           Field             field,
           const char       *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->fields[field], value) == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);

  if (field_feeds_search_key (field))
    g_clear_pointer (&self->search_key, g_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[FIELD_TO_PROP (field)]);
  if (field == FIELD_NAME_AR || field == FIELD_NAME_FR)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

static gint64
current_day (void)
{
  return (gint64) time (NULL) / (24 * 60 * 60);
}

static void
refresh_derived (RiayaInstitution *self)
{
  gint64 day = current_day ();

  if (self->derived_day == day)
    return;

  self->derived_day = day;
  {
    g_autofree char *today = riaya_date_today_iso ();

    self->status_today = riaya_licence_status_on (G_LIST_MODEL (self->events), today);
    self->places_today = riaya_capacity_on (G_LIST_MODEL (self->capacity_lines), today, -1);
  }
}

/* Called by every function that changes the history. Not a handler of the
 * stores' items-changed: GSignal's global handler table would then point
 * at the institution through the handler's data, and a leaked institution
 * would look reachable to LeakSanitizer and valgrind. */
static void
refresh_over_capacity (RiayaInstitution *self)
{
  gboolean over = FALSE;

  if (self->presence != NULL)
    {
      g_autoptr(GArray) groups = riaya_occupancy_groups (G_LIST_MODEL (self->capacity_lines),
                                                         self->presence_date, self->presence);
      over = riaya_occupancy_any_over (groups);
    }

  if (over != self->over_capacity)
    {
      self->over_capacity = over;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVER_CAPACITY]);
    }
}

static void
history_changed (RiayaInstitution *self)
{
  RiayaLicenceStatus old_status = self->status_today;
  guint old_places = self->places_today;

  self->derived_day = -1;
  refresh_derived (self);

  if (old_status != self->status_today)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (old_places != self->places_today)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACES]);
  refresh_over_capacity (self);
}

static void
riaya_institution_dispose (GObject *object)
{
  RiayaInstitution *self = (RiayaInstitution *) object;

  g_clear_object (&self->events);
  g_clear_object (&self->capacity_lines);

  G_OBJECT_CLASS (riaya_institution_parent_class)->dispose (object);
}

static void
riaya_institution_finalize (GObject *object)
{
  RiayaInstitution *self = (RiayaInstitution *) object;

  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->presence, g_free);
  g_clear_pointer (&self->presence_date, g_free);

  G_OBJECT_CLASS (riaya_institution_parent_class)->finalize (object);
}

static void
riaya_institution_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RiayaInstitution *self = RIAYA_INSTITUTION (object);

  if (prop_id >= PROP_UUID && prop_id <= PROP_PHONE)
    {
      g_value_set_string (value, self->fields[PROP_TO_FIELD (prop_id)]);
      return;
    }

  switch (prop_id)
    {
    case PROP_LEGAL_BASIS:
      g_value_set_int (value, self->legal_basis);
      break;
    case PROP_INSTITUTION_TYPE:
      g_value_set_int (value, self->type);
      break;
    case PROP_SERVICES:
      g_value_set_uint (value, self->services);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, riaya_institution_get_display_name (self));
      break;
    case PROP_STATUS:
      g_value_set_int (value, riaya_institution_get_status (self));
      break;
    case PROP_PLACES:
      g_value_set_uint (value, riaya_institution_get_places (self));
      break;
    case PROP_PRESENT:
      g_value_set_uint (value, riaya_institution_get_present (self));
      break;
    case PROP_OVER_CAPACITY:
      g_value_set_boolean (value, self->over_capacity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_institution_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RiayaInstitution *self = RIAYA_INSTITUTION (object);

  if (prop_id >= PROP_UUID && prop_id <= PROP_PHONE)
    {
      set_field (self, PROP_TO_FIELD (prop_id), g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_LEGAL_BASIS:
      riaya_institution_set_legal_basis (self, g_value_get_int (value));
      break;
    case PROP_INSTITUTION_TYPE:
      riaya_institution_set_institution_type (self, g_value_get_int (value));
      break;
    case PROP_SERVICES:
      riaya_institution_set_services (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_institution_class_init (RiayaInstitutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = riaya_institution_dispose;
  object_class->finalize = riaya_institution_finalize;
  object_class->get_property = riaya_institution_get_property;
  object_class->set_property = riaya_institution_set_property;

  for (guint f = 0; f < N_FIELDS; f++)
    properties[FIELD_TO_PROP (f)] =
      g_param_spec_string (field_names[f], NULL, NULL, NULL, rw);

  properties[PROP_LEGAL_BASIS] =
    g_param_spec_int ("legal-basis", NULL, NULL, 0, RIAYA_N_LEGAL_BASES - 1, 0, rw);
  properties[PROP_INSTITUTION_TYPE] =
    g_param_spec_int ("institution-type", NULL, NULL, 0, RIAYA_N_INSTITUTION_TYPES - 1, 0, rw);
  properties[PROP_SERVICES] =
    g_param_spec_uint ("services", NULL, NULL, 0, (1u << RIAYA_N_SERVICES) - 1, 0, rw);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, RIAYA_N_LICENCE_STATUSES - 1, 0, ro);
  properties[PROP_PLACES] =
    g_param_spec_uint ("places", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PRESENT] =
    g_param_spec_uint ("present", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_OVER_CAPACITY] =
    g_param_spec_boolean ("over-capacity", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_institution_init (RiayaInstitution *self)
{
  self->events = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  self->capacity_lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  self->legal_basis = RIAYA_LEGAL_BASIS_14_05;
  self->type = RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE;
  self->derived_day = -1;
}

RiayaInstitution *
riaya_institution_new (void)
{
  RiayaInstitution *self = g_object_new (RIAYA_TYPE_INSTITUTION, NULL);

  self->fields[FIELD_UUID] = g_uuid_string_random ();

  return self;
}

static void
copy_model (GListStore *to,
            GListModel *from)
{
  guint n = g_list_model_get_n_items (from);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (from, i));

  /* Events and lines are immutable, so sharing them is safe. */
  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                       items->pdata, items->len);
}

void
riaya_institution_update_from (RiayaInstitution *self,
                               RiayaInstitution *other)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail (RIAYA_IS_INSTITUTION (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  for (guint f = 0; f < N_FIELDS; f++)
    set_field (self, f, other->fields[f]);
  riaya_institution_set_legal_basis (self, other->legal_basis);
  riaya_institution_set_institution_type (self, other->type);
  riaya_institution_set_services (self, other->services);
  memcpy (self->staff, other->staff, sizeof self->staff);
  copy_model (self->events, G_LIST_MODEL (other->events));
  copy_model (self->capacity_lines, G_LIST_MODEL (other->capacity_lines));
  riaya_institution_set_presence (self, other->presence_date, other->presence);
  history_changed (self);

  g_object_thaw_notify (G_OBJECT (self));
}

RiayaInstitution *
riaya_institution_copy (RiayaInstitution *self)
{
  RiayaInstitution *copy;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);

  copy = g_object_new (RIAYA_TYPE_INSTITUTION, NULL);
  riaya_institution_update_from (copy, self);

  return copy;
}

#define DEFINE_FIELD_ACCESSORS(name, FIELD)                               \
  const char *                                                            \
  riaya_institution_get_##name (RiayaInstitution *self)                   \
  {                                                                       \
    g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);             \
    return self->fields[FIELD];                                           \
  }                                                                       \
  void                                                                    \
  riaya_institution_set_##name (RiayaInstitution *self,                   \
                                const char       *value)                  \
  {                                                                       \
    g_return_if_fail (RIAYA_IS_INSTITUTION (self));                       \
    set_field (self, FIELD, value);                                       \
  }

DEFINE_FIELD_ACCESSORS (uuid, FIELD_UUID)
DEFINE_FIELD_ACCESSORS (licence_number, FIELD_LICENCE_NUMBER)
DEFINE_FIELD_ACCESSORS (licence_date, FIELD_LICENCE_DATE)
DEFINE_FIELD_ACCESSORS (name_ar, FIELD_NAME_AR)
DEFINE_FIELD_ACCESSORS (name_fr, FIELD_NAME_FR)
DEFINE_FIELD_ACCESSORS (founder, FIELD_FOUNDER)
DEFINE_FIELD_ACCESSORS (director, FIELD_DIRECTOR)
DEFINE_FIELD_ACCESSORS (province_code, FIELD_PROVINCE_CODE)
DEFINE_FIELD_ACCESSORS (commune, FIELD_COMMUNE)
DEFINE_FIELD_ACCESSORS (address, FIELD_ADDRESS)
DEFINE_FIELD_ACCESSORS (phone, FIELD_PHONE)

RiayaLegalBasis
riaya_institution_get_legal_basis (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);
  return self->legal_basis;
}

void
riaya_institution_set_legal_basis (RiayaInstitution *self,
                                   RiayaLegalBasis   basis)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail ((guint) basis < RIAYA_N_LEGAL_BASES);

  if (self->legal_basis == basis)
    return;
  self->legal_basis = basis;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_BASIS]);
}

RiayaInstitutionType
riaya_institution_get_institution_type (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);
  return self->type;
}

void
riaya_institution_set_institution_type (RiayaInstitution     *self,
                                        RiayaInstitutionType  type)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail ((guint) type < RIAYA_N_INSTITUTION_TYPES);

  if (self->type == type)
    return;
  self->type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSTITUTION_TYPE]);
}

guint
riaya_institution_get_services (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);
  return self->services;
}

void
riaya_institution_set_services (RiayaInstitution *self,
                                guint             services)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));

  services &= (1u << RIAYA_N_SERVICES) - 1;
  if (self->services == services)
    return;
  self->services = services;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICES]);
}

gboolean
riaya_institution_has_service (RiayaInstitution *self,
                               RiayaService      service)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), FALSE);
  g_return_val_if_fail ((guint) service < RIAYA_N_SERVICES, FALSE);

  return (self->services & (1u << service)) != 0;
}

guint
riaya_institution_get_staff (RiayaInstitution *self,
                             RiayaStaffRole    role)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);
  g_return_val_if_fail ((guint) role < RIAYA_N_STAFF_ROLES, 0);

  return self->staff[role];
}

void
riaya_institution_set_staff (RiayaInstitution *self,
                             RiayaStaffRole    role,
                             guint             count)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail ((guint) role < RIAYA_N_STAFF_ROLES);

  self->staff[role] = count;
}

GListModel *
riaya_institution_get_events (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return G_LIST_MODEL (self->events);
}

GListModel *
riaya_institution_get_capacity_lines (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return G_LIST_MODEL (self->capacity_lines);
}

void
riaya_institution_add_event (RiayaInstitution  *self,
                             RiayaLicenceEvent *event)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail (RIAYA_IS_LICENCE_EVENT (event));

  g_list_store_append (self->events, event);
  history_changed (self);
}

void
riaya_institution_add_capacity_line (RiayaInstitution  *self,
                                     RiayaCapacityLine *line)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail (RIAYA_IS_CAPACITY_LINE (line));

  g_list_store_append (self->capacity_lines, line);
  history_changed (self);
}

void
riaya_institution_clear_history (RiayaInstitution *self)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (self));

  g_list_store_remove_all (self->events);
  g_list_store_remove_all (self->capacity_lines);
  history_changed (self);
}

const char *
riaya_institution_get_display_name (RiayaInstitution *self)
{
  const char *ar, *fr;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);

  ar = self->fields[FIELD_NAME_AR];
  fr = self->fields[FIELD_NAME_FR];

  /* The name in the interface language, falling back to the other one;
   * institutions have no English name. */
  if (g_str_equal (riaya_interface_language (), "ar"))
    return ar ? ar : (fr ? fr : "");

  return fr ? fr : (ar ? ar : "");
}

char *
riaya_institution_dup_region_code (RiayaInstitution *self)
{
  const char *province;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);

  province = self->fields[FIELD_PROVINCE_CODE];
  if (province == NULL || strlen (province) < 2)
    return NULL;

  return g_strndup (province, 2);
}

RiayaLicenceStatus
riaya_institution_get_status (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), RIAYA_LICENCE_STATUS_NONE);

  refresh_derived (self);
  return self->status_today;
}

RiayaLicenceStatus
riaya_institution_get_status_on (RiayaInstitution *self,
                                 const char       *on)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), RIAYA_LICENCE_STATUS_NONE);

  return riaya_licence_status_on (G_LIST_MODEL (self->events), on);
}

guint
riaya_institution_get_places (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);

  refresh_derived (self);
  return self->places_today;
}

guint
riaya_institution_get_places_on (RiayaInstitution *self,
                                 const char       *on)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);

  return riaya_capacity_on (G_LIST_MODEL (self->capacity_lines), on, -1);
}

const char *
riaya_institution_get_search_key (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           self->fields[FIELD_NAME_AR] ? self->fields[FIELD_NAME_AR] : "",
                                           self->fields[FIELD_NAME_FR] ? self->fields[FIELD_NAME_FR] : "",
                                           self->fields[FIELD_LICENCE_NUMBER] ? self->fields[FIELD_LICENCE_NUMBER] : "",
                                           self->fields[FIELD_COMMUNE] ? self->fields[FIELD_COMMUNE] : "",
                                           self->fields[FIELD_FOUNDER] ? self->fields[FIELD_FOUNDER] : "",
                                           NULL);

      self->search_key = riaya_text_fold (joined);
    }

  return self->search_key;
}

gboolean
riaya_institution_validate (RiayaInstitution  *self,
                            const GDate       *today,
                            GError           **error)
{
  const char *licence_date;
  guint n_lines;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), FALSE);

  if (!riaya_validate_licence_number (self->fields[FIELD_LICENCE_NUMBER], error))
    return FALSE;

  licence_date = self->fields[FIELD_LICENCE_DATE];
  if (!riaya_validate_past_date (licence_date, _("The licence date"), today, error))
    return FALSE;

  if (self->fields[FIELD_NAME_AR] == NULL && self->fields[FIELD_NAME_FR] == NULL)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   _("The institution needs a name: enter it in Arabic, in French, or both."));
      return FALSE;
    }

  if (!riaya_validate_province_code (self->fields[FIELD_PROVINCE_CODE], error))
    return FALSE;

  if (!riaya_validate_phone (self->fields[FIELD_PHONE], error))
    return FALSE;

  n_lines = g_list_model_get_n_items (G_LIST_MODEL (self->capacity_lines));
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (G_LIST_MODEL (self->capacity_lines), i);

      if (!riaya_capacity_check_line (self->type, licence_date, line, error))
        return FALSE;
    }

  return riaya_licence_check_history (G_LIST_MODEL (self->events), licence_date, today, error);
}

void
riaya_institution_set_presence (RiayaInstitution    *self,
                                const char          *on,
                                const RiayaPresence *presence)
{
  guint old_present;

  g_return_if_fail (RIAYA_IS_INSTITUTION (self));
  g_return_if_fail (presence == NULL || on != NULL);

  old_present = riaya_institution_get_present (self);

  g_clear_pointer (&self->presence, g_free);
  g_clear_pointer (&self->presence_date, g_free);
  if (presence != NULL)
    {
      self->presence = g_memdup2 (presence, sizeof *presence);
      self->presence_date = g_strdup (on);
    }

  if (old_present != riaya_institution_get_present (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
  refresh_over_capacity (self);
}

const RiayaPresence *
riaya_institution_get_presence (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return self->presence;
}

const char *
riaya_institution_get_presence_date (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return self->presence_date;
}

guint
riaya_institution_get_present (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), 0);
  return self->presence != NULL ? riaya_presence_total (self->presence) : 0;
}

gboolean
riaya_institution_is_over_capacity (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), FALSE);
  return self->over_capacity;
}
