/* riaya-corrective-action.c — what a visit asks an institution to put right
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 34: the committee gives a deadline to regularise. Each
 * thing to put right is one action with its own due date, marked done on
 * the day the delegation sees it done.
 */

#include "config.h"

#include "riaya-inspection.h"
#include "riaya-validation.h"

struct _RiayaCorrectiveAction
{
  GObject parent_instance;

  char *uuid;
  char *description;
  char *due_on;
  char *done_on;
};

G_DEFINE_FINAL_TYPE (RiayaCorrectiveAction, riaya_corrective_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_DESCRIPTION,
  PROP_DUE_ON,
  PROP_DONE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (RiayaCorrectiveAction  *self,
          char                  **field,
          const char             *value,
          guint                   prop)
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
riaya_corrective_action_finalize (GObject *object)
{
  RiayaCorrectiveAction *self = (RiayaCorrectiveAction *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->done_on, g_free);

  G_OBJECT_CLASS (riaya_corrective_action_parent_class)->finalize (object);
}

static void
riaya_corrective_action_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RiayaCorrectiveAction *self = RIAYA_CORRECTIVE_ACTION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_corrective_action_class_init (RiayaCorrectiveActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = riaya_corrective_action_finalize;
  object_class->get_property = riaya_corrective_action_get_property;

  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_DONE_ON] = g_param_spec_string ("done-on", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_corrective_action_init (RiayaCorrectiveAction *self)
{
  self->uuid = g_uuid_string_random ();
}

RiayaCorrectiveAction *
riaya_corrective_action_new (const char *description,
                             const char *due_on)
{
  RiayaCorrectiveAction *self = g_object_new (RIAYA_TYPE_CORRECTIVE_ACTION, NULL);

  self->description = (description != NULL && *description != '\0') ? g_strdup (description) : NULL;
  self->due_on = (due_on != NULL && *due_on != '\0') ? g_strdup (due_on) : NULL;

  return self;
}

RiayaCorrectiveAction *
riaya_corrective_action_copy (RiayaCorrectiveAction *self)
{
  RiayaCorrectiveAction *copy;

  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), NULL);

  copy = riaya_corrective_action_new (self->description, self->due_on);
  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->done_on = g_strdup (self->done_on);

  return copy;
}

const char *
riaya_corrective_action_get_uuid (RiayaCorrectiveAction *self)
{
  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), NULL);
  return self->uuid;
}

/* Used by the store when loading a saved action, whose UUID is for life. */
void
riaya_corrective_action_set_uuid (RiayaCorrectiveAction *self,
                                  const char            *uuid)
{
  g_return_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self));
  g_return_if_fail (uuid != NULL && *uuid != '\0');
  set_text (self, &self->uuid, uuid, PROP_UUID);
}

const char *
riaya_corrective_action_get_description (RiayaCorrectiveAction *self)
{
  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), NULL);
  return self->description;
}

void
riaya_corrective_action_set_description (RiayaCorrectiveAction *self,
                                         const char            *text)
{
  g_return_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self));
  set_text (self, &self->description, text, PROP_DESCRIPTION);
}

const char *
riaya_corrective_action_get_due_on (RiayaCorrectiveAction *self)
{
  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), NULL);
  return self->due_on;
}

/* The visit holding the action does not watch this: after changing the
 * due date of an action already added, call riaya_inspection_sort_actions()
 * to put the list back in order. */
void
riaya_corrective_action_set_due_on (RiayaCorrectiveAction *self,
                                    const char            *date)
{
  g_return_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self));
  set_text (self, &self->due_on, date, PROP_DUE_ON);
}

const char *
riaya_corrective_action_get_done_on (RiayaCorrectiveAction *self)
{
  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), NULL);
  return self->done_on;
}

void
riaya_corrective_action_set_done_on (RiayaCorrectiveAction *self,
                                     const char            *date)
{
  g_return_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self));
  set_text (self, &self->done_on, date, PROP_DONE_ON);
}

gboolean
riaya_corrective_action_is_overdue (RiayaCorrectiveAction *self,
                                    const char            *today)
{
  g_return_val_if_fail (RIAYA_IS_CORRECTIVE_ACTION (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return self->done_on == NULL && self->due_on != NULL &&
         riaya_date_compare (self->due_on, today) < 0;
}
