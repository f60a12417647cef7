/* riaya-inspection.c — a visit of the control committee to an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object, its checklist and its corrective actions; the rules of the
 * law are in riaya-inspection-rules.c.
 */

#include "config.h"

#include "riaya-inspection.h"
#include "riaya-inspection-private.h"
#include "riaya-validation.h"

G_DEFINE_FINAL_TYPE (RiayaInspection, riaya_inspection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_MEMBERS_INVITED,
  PROP_MEMBERS_PRESENT,
  PROP_DECISION,
  PROP_REVISION,
  PROP_LEGAL_BASIS,
  PROP_NOT_COMPLIANT,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + N_INSPECTION_TEXTS
};

static GParamSpec *properties[N_PROPS];

const char * const _riaya_inspection_text_names[] = {
  "uuid",
  "institution-uuid",
  "planned-on",
  "follows",
  "committee",
  "done-on",
  "findings",
  "decision-deadline",
  "licence-event",
  "institution-name",
  "licence-number",
  "province-code",
};

G_STATIC_ASSERT (G_N_ELEMENTS (_riaya_inspection_text_names) == N_INSPECTION_TEXTS);

static void
set_text (RiayaInspection *self,
          InspectionText   text,
          const char      *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->texts[text], value) == 0)
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + text]);
}

static void
set_uint (RiayaInspection *self,
          guint           *field,
          guint            value,
          guint            prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  RiayaCorrectiveAction *aa = (RiayaCorrectiveAction *) a;
  RiayaCorrectiveAction *ab = (RiayaCorrectiveAction *) b;

  return g_strcmp0 (riaya_corrective_action_get_due_on (aa),
                    riaya_corrective_action_get_due_on (ab));
}

static void
riaya_inspection_finalize (GObject *object)
{
  RiayaInspection *self = (RiayaInspection *) object;

  g_clear_object (&self->actions);
  for (guint i = 0; i < N_INSPECTION_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);
  for (guint i = 0; i < RIAYA_N_CHECK_AREAS; i++)
    g_clear_pointer (&self->check_notes[i], g_free);

  G_OBJECT_CLASS (riaya_inspection_parent_class)->finalize (object);
}

static void
riaya_inspection_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RiayaInspection *self = RIAYA_INSPECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_MEMBERS_INVITED:
      g_value_set_uint (value, self->members_invited);
      break;
    case PROP_MEMBERS_PRESENT:
      g_value_set_uint (value, self->members_present);
      break;
    case PROP_DECISION:
      g_value_set_int (value, self->decision);
      break;
    case PROP_REVISION:
      g_value_set_uint (value, self->revision);
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_int (value, self->legal_basis);
      break;
    case PROP_NOT_COMPLIANT:
      g_value_set_uint (value, riaya_inspection_count_not_compliant (self));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_inspection_class_init (RiayaInspectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = riaya_inspection_finalize;
  object_class->get_property = riaya_inspection_get_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, RIAYA_N_VISIT_KINDS - 1, 0, flags);
  properties[PROP_MEMBERS_INVITED] =
    g_param_spec_uint ("members-invited", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_MEMBERS_PRESENT] =
    g_param_spec_uint ("members-present", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DECISION] =
    g_param_spec_int ("decision", NULL, NULL, 0, RIAYA_N_DECISIONS - 1, 0, flags);
  properties[PROP_REVISION] =
    g_param_spec_uint ("revision", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LEGAL_BASIS] =
    g_param_spec_int ("legal-basis", NULL, NULL, 0, RIAYA_N_LEGAL_BASES - 1, 0, flags);
  /* Derived from the checklist: notified when a check changes the count. */
  properties[PROP_NOT_COMPLIANT] =
    g_param_spec_uint ("not-compliant", NULL, NULL, 0, RIAYA_N_CHECK_AREAS, 0, flags);

  for (guint i = 0; i < N_INSPECTION_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (_riaya_inspection_text_names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_inspection_init (RiayaInspection *self)
{
  self->texts[INSPECTION_TEXT_UUID] = g_uuid_string_random ();
  self->actions = g_list_store_new (RIAYA_TYPE_CORRECTIVE_ACTION);
  self->kind = RIAYA_VISIT_KIND_PROGRAMMED;
  self->decision = RIAYA_DECISION_NONE;
  self->legal_basis = RIAYA_LEGAL_BASIS_14_05;
  for (guint i = 0; i < RIAYA_N_CHECK_AREAS; i++)
    self->checks[i] = RIAYA_CHECK_NOT_ASSESSED;
}

RiayaInspection *
riaya_inspection_new (const char     *institution_uuid,
                      const char     *planned_on,
                      RiayaVisitKind  kind)
{
  RiayaInspection *self;

  g_return_val_if_fail ((guint) kind < RIAYA_N_VISIT_KINDS, NULL);

  self = g_object_new (RIAYA_TYPE_INSPECTION, NULL);
  set_text (self, INSPECTION_TEXT_INSTITUTION_UUID, institution_uuid);
  set_text (self, INSPECTION_TEXT_PLANNED_ON, planned_on);
  self->kind = kind;

  return self;
}

RiayaInspection *
riaya_inspection_copy (RiayaInspection *self)
{
  RiayaInspection *copy;
  guint n;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);

  copy = riaya_inspection_new (NULL, NULL, self->kind);
  for (guint i = 0; i < N_INSPECTION_TEXTS; i++)
    {
      g_free (copy->texts[i]);
      copy->texts[i] = g_strdup (self->texts[i]);
    }
  copy->members_invited = self->members_invited;
  copy->members_present = self->members_present;
  copy->decision = self->decision;
  copy->revision = self->revision;
  copy->legal_basis = self->legal_basis;
  for (guint i = 0; i < RIAYA_N_CHECK_AREAS; i++)
    {
      copy->checks[i] = self->checks[i];
      copy->check_notes[i] = g_strdup (self->check_notes[i]);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);
      g_autoptr(RiayaCorrectiveAction) action_copy = riaya_corrective_action_copy (action);

      g_list_store_append (copy->actions, action_copy);
    }

  return copy;
}

#define TEXT_ACCESSORS(name, TEXT)                                  \
  const char *                                                      \
  riaya_inspection_get_##name (RiayaInspection *self)               \
  {                                                                 \
    g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);        \
    return self->texts[TEXT];                                       \
  }                                                                 \
  void                                                              \
  riaya_inspection_set_##name (RiayaInspection *self,               \
                               const char      *value)              \
  {                                                                 \
    g_return_if_fail (RIAYA_IS_INSPECTION (self));                  \
    set_text (self, TEXT, value);                                   \
  }

TEXT_ACCESSORS (institution_uuid, INSPECTION_TEXT_INSTITUTION_UUID)
TEXT_ACCESSORS (planned_on, INSPECTION_TEXT_PLANNED_ON)
TEXT_ACCESSORS (follows, INSPECTION_TEXT_FOLLOWS)
TEXT_ACCESSORS (committee, INSPECTION_TEXT_COMMITTEE)
TEXT_ACCESSORS (done_on, INSPECTION_TEXT_DONE_ON)
TEXT_ACCESSORS (findings, INSPECTION_TEXT_FINDINGS)
TEXT_ACCESSORS (decision_deadline, INSPECTION_TEXT_DECISION_DEADLINE)
TEXT_ACCESSORS (licence_event, INSPECTION_TEXT_LICENCE_EVENT)

const char *
riaya_inspection_get_uuid (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return self->texts[INSPECTION_TEXT_UUID];
}

void
riaya_inspection_set_uuid (RiayaInspection *self,
                           const char      *uuid)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail (uuid != NULL && *uuid != '\0');
  set_text (self, INSPECTION_TEXT_UUID, uuid);
}

RiayaVisitKind
riaya_inspection_get_kind (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), RIAYA_VISIT_KIND_PROGRAMMED);
  return self->kind;
}

void
riaya_inspection_set_kind (RiayaInspection *self,
                           RiayaVisitKind   kind)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail ((guint) kind < RIAYA_N_VISIT_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

guint
riaya_inspection_get_members_invited (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);
  return self->members_invited;
}

void
riaya_inspection_set_members_invited (RiayaInspection *self,
                                      guint            count)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  set_uint (self, &self->members_invited, count, PROP_MEMBERS_INVITED);
}

guint
riaya_inspection_get_members_present (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);
  return self->members_present;
}

void
riaya_inspection_set_members_present (RiayaInspection *self,
                                      guint            count)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  set_uint (self, &self->members_present, count, PROP_MEMBERS_PRESENT);
}

guint
riaya_inspection_get_revision (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);
  return self->revision;
}

void
riaya_inspection_set_revision (RiayaInspection *self,
                               guint            revision)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  set_uint (self, &self->revision, revision, PROP_REVISION);
}

RiayaCheckResult
riaya_inspection_get_check (RiayaInspection *self,
                            RiayaCheckArea   area)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), RIAYA_CHECK_NOT_ASSESSED);
  g_return_val_if_fail ((guint) area < RIAYA_N_CHECK_AREAS, RIAYA_CHECK_NOT_ASSESSED);
  return self->checks[area];
}

const char *
riaya_inspection_get_check_note (RiayaInspection *self,
                                 RiayaCheckArea   area)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  g_return_val_if_fail ((guint) area < RIAYA_N_CHECK_AREAS, NULL);
  return self->check_notes[area];
}

void
riaya_inspection_set_check (RiayaInspection  *self,
                            RiayaCheckArea    area,
                            RiayaCheckResult  result,
                            const char       *note)
{
  guint not_compliant_before;

  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail ((guint) area < RIAYA_N_CHECK_AREAS);
  g_return_if_fail ((guint) result < RIAYA_N_CHECK_RESULTS);

  if (note != NULL && *note == '\0')
    note = NULL;

  not_compliant_before = riaya_inspection_count_not_compliant (self);

  self->checks[area] = result;
  if (g_strcmp0 (self->check_notes[area], note) != 0)
    {
      g_free (self->check_notes[area]);
      self->check_notes[area] = g_strdup (note);
    }

  if (riaya_inspection_count_not_compliant (self) != not_compliant_before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOT_COMPLIANT]);
}

RiayaDecision
riaya_inspection_get_decision (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), RIAYA_DECISION_NONE);
  return self->decision;
}

void
riaya_inspection_set_decision (RiayaInspection *self,
                               RiayaDecision    decision)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail ((guint) decision < RIAYA_N_DECISIONS);

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

const char *
riaya_inspection_get_institution_name (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return self->texts[INSPECTION_TEXT_INSTITUTION_NAME];
}

const char *
riaya_inspection_get_licence_number (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return self->texts[INSPECTION_TEXT_LICENCE_NUMBER];
}

const char *
riaya_inspection_get_province_code (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return self->texts[INSPECTION_TEXT_PROVINCE_CODE];
}

void
riaya_inspection_set_institution_info (RiayaInspection *self,
                                       const char      *name,
                                       const char      *licence_number,
                                       const char      *province_code)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_text (self, INSPECTION_TEXT_INSTITUTION_NAME, name);
  set_text (self, INSPECTION_TEXT_LICENCE_NUMBER, licence_number);
  set_text (self, INSPECTION_TEXT_PROVINCE_CODE, province_code);
  g_object_thaw_notify (G_OBJECT (self));
}

RiayaLegalBasis
riaya_inspection_get_legal_basis (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), RIAYA_LEGAL_BASIS_14_05);
  return self->legal_basis;
}

void
riaya_inspection_set_legal_basis (RiayaInspection *self,
                                  RiayaLegalBasis  basis)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail ((guint) basis < RIAYA_N_LEGAL_BASES);

  if (self->legal_basis == basis)
    return;

  self->legal_basis = basis;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_BASIS]);
}

/* --- Corrective actions ------------------------------------------------ */

GListModel *
riaya_inspection_get_actions (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return G_LIST_MODEL (self->actions);
}

void
riaya_inspection_add_action (RiayaInspection       *self,
                             RiayaCorrectiveAction *action)
{
  g_return_if_fail (RIAYA_IS_INSPECTION (self));
  g_return_if_fail (RIAYA_IS_CORRECTIVE_ACTION (action));

  g_list_store_insert_sorted (self->actions, action, compare_actions, NULL);
}

void
riaya_inspection_sort_actions (RiayaInspection *self)
{
  guint n;
  gboolean sorted = TRUE;

  g_return_if_fail (RIAYA_IS_INSPECTION (self));

  /* Sorting emits items-changed over the whole list: only when needed. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 1; i < n && sorted; i++)
    {
      g_autoptr(RiayaCorrectiveAction) previous = g_list_model_get_item (G_LIST_MODEL (self->actions), i - 1);
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      sorted = compare_actions (previous, action, NULL) <= 0;
    }

  if (!sorted)
    g_list_store_sort (self->actions, compare_actions, NULL);
}

static gboolean
find_action_position (RiayaInspection *self,
                      const char      *uuid,
                      guint           *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (g_strcmp0 (riaya_corrective_action_get_uuid (action), uuid) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

RiayaCorrectiveAction *
riaya_inspection_find_action (RiayaInspection *self,
                              const char      *uuid)
{
  g_autoptr(RiayaCorrectiveAction) action = NULL;
  guint position;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);

  if (uuid == NULL || !find_action_position (self, uuid, &position))
    return NULL;

  /* (transfer none): the list keeps its own reference. */
  action = g_list_model_get_item (G_LIST_MODEL (self->actions), position);
  return action;
}

gboolean
riaya_inspection_remove_action (RiayaInspection *self,
                                const char      *uuid)
{
  guint position;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);

  if (uuid == NULL || !find_action_position (self, uuid, &position))
    return FALSE;

  g_list_store_remove (self->actions, position);
  return TRUE;
}

guint
riaya_inspection_count_overdue_actions (RiayaInspection *self,
                                        const char      *today)
{
  guint n, overdue = 0;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);
  g_return_val_if_fail (today != NULL, 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (riaya_corrective_action_is_overdue (action, today))
        overdue++;
    }

  return overdue;
}

guint
riaya_inspection_count_open_actions (RiayaInspection *self)
{
  guint n, open = 0;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (riaya_corrective_action_get_done_on (action) == NULL)
        open++;
    }

  return open;
}

guint
riaya_inspection_count_not_compliant (RiayaInspection *self)
{
  guint count = 0;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), 0);

  for (guint i = 0; i < RIAYA_N_CHECK_AREAS; i++)
    if (self->checks[i] == RIAYA_CHECK_NOT_COMPLIANT)
      count++;

  return count;
}
