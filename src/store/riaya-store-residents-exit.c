/* riaya-store-residents-exit.c — exits and transfers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exit closes a stay of the register (decree 2.19.693 art. 11: the
 * date and reason of leaving). A transfer to an institution of the same
 * database is an exit here and an admission there, checked whole and
 * written in one transaction with the checks and writes of an admission
 * (riaya-store-residents-write.c); a transfer elsewhere keeps the
 * destination's licence number. A refused change leaves the database
 * exactly as it was.
 *
 * The journal names fields, never their values, and nothing here logs:
 * the register is the most sensitive data of the program (Law 09-08
 * arts 12-1 and 24; penal code art. 446 via Law 65.15 art. 28).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

/* ---- rows ----------------------------------------------------------------- */

static gboolean
close_stay_row (RiayaStore       *self,
                const char       *stay_uuid,
                const char       *date,
                RiayaExitReason   reason,
                const char       *transfer_to_uuid,
                const char       *destination_licence,
                GError          **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "UPDATE stays SET exited_on = ?2, exit_reason = ?3,"
                                             " transfer_to_uuid = ?4, destination_licence = ?5 WHERE uuid = ?1",
                                             error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stay_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, riaya_exit_reason_to_code (reason), -1, SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 4, transfer_to_uuid);
  _riaya_store_bind_text (stmt, 5, destination_licence);

  return _riaya_store_step_done (self, stmt, error);
}

/* ---- public writes -------------------------------------------------------- */

/* The destination of a transfer within this database: another
 * institution that serves the category and may admit on @date. */
static gboolean
check_destination (RiayaStay         *left,
                   RiayaInstitution  *destination,
                   const char        *date,
                   GError           **error)
{
  RiayaCategory category = riaya_stay_get_category (left);
  RiayaLicenceStatus status;

  if (g_strcmp0 (riaya_institution_get_uuid (destination), riaya_stay_get_institution_uuid (left)) == 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("A transfer goes to another institution: choose the institution the person moves to."));
      return FALSE;
    }

  /* Law 65.15 art. 3: specialisation binds transfers too. */
  if (!riaya_institution_type_serves (riaya_institution_get_institution_type (destination), category))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION,
                   /* Translators: the first %s is an institution's name, the second a category of beneficiaries */
                   _("“%s” cannot take “%s” (Law 65.15 art. 3): choose an institution that serves this category."),
                   riaya_institution_get_display_name (destination), riaya_category_to_label (category));
      return FALSE;
    }

  /* Arts 17 and 34. */
  status = riaya_institution_get_status_on (destination, date);
  if (!riaya_licence_status_in_force (status))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                   /* Translators: the first %s is an institution's name, the second a date, the third a
                    * licence status such as “Withdrawn” */
                   _("“%s” could not admit anyone on %s (licence: %s): choose another institution or check the date."),
                   riaya_institution_get_display_name (destination), date,
                   riaya_licence_status_to_label (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_store_record_exit (RiayaStore       *self,
                         const char       *stay_uuid,
                         const char       *date,
                         RiayaExitReason   reason,
                         const char       *destination,
                         RiayaAdmitFlags   flags,
                         char            **new_stay_uuid,
                         GError          **error)
{
  g_autoptr(RiayaStay) left = NULL;
  g_autoptr(RiayaStay) begun = NULL;
  g_autoptr(RiayaInstitution) origin = NULL;
  g_autoptr(RiayaInstitution) target = NULL;
  g_autoptr(RiayaResident) stored = NULL;
  g_autoptr(GHashTable) firsts = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  const char *licence = NULL;
  const char *action = "exit";
  guint number = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (new_stay_uuid != NULL)
    *new_stay_uuid = NULL;
  if (destination != NULL && *destination == '\0')
    destination = NULL;

  if (!_riaya_store_require_register (self, error))
    return FALSE;

  left = riaya_store_get_stay (self, stay_uuid, error);
  if (left == NULL || !riaya_stay_check_exit (left, date, reason, NULL, error))
    return FALSE;

  if (reason != RIAYA_EXIT_REASON_TRANSFER && destination != NULL)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   _("Only a transfer goes to another institution: leave the destination empty, or choose "
                     "“transfer” as the reason."));
      return FALSE;
    }

  if (reason == RIAYA_EXIT_REASON_TRANSFER)
    {
      g_autoptr(GError) local_error = NULL;

      if (destination == NULL)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                       _("Name the institution the person is transferred to: its licence number."));
          return FALSE;
        }

      target = riaya_store_get_institution (self, destination, &local_error);
      if (target == NULL && !g_error_matches (local_error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (target != NULL)
        {
          /* Within this database: admitted there the same day, in the
           * same category, linked both ways. */
          begun = riaya_stay_new (riaya_stay_get_resident (left));
          riaya_stay_set_institution_uuid (begun, riaya_institution_get_uuid (target));
          riaya_stay_set_category (begun, riaya_stay_get_category (left));
          riaya_stay_set_admitted_on (begun, date);
          riaya_stay_set_referral (begun, RIAYA_REFERRAL_TRANSFER);
          riaya_stay_set_transfer_from_uuid (begun, stay_uuid);

          if (!check_destination (left, target, date, error) ||
              !_riaya_store_check_admission (self, begun, target, flags | RIAYA_ADMIT_NOT_DUPLICATE, stay_uuid,
                                &number, &stored, &firsts, error))
            return FALSE;
          action = "transfer";
        }
      else
        {
          /* Elsewhere: the destination's licence number is all we keep. */
          if (!riaya_validate_licence_number (destination, error))
            return FALSE;
          licence = destination;
          action = "transfer";
        }
    }

  origin = riaya_store_get_institution (self, riaya_stay_get_institution_uuid (left), NULL);

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (begun != NULL)
    {
      /* The stay left names its destination as a transfer elsewhere
       * does, by licence number, so that the printed register says where
       * the person went (decree 2.19.693 art. 11); the link to the stay
       * begun there is kept too. */
      if (!_riaya_store_write_admission (self, begun, target, number, stored, firsts, now, error) ||
          !close_stay_row (self, stay_uuid, date, reason, riaya_stay_get_uuid (begun),
                           riaya_institution_get_licence_number (target), error))
        goto failed;
      summary = g_strdup_printf ("Transferred to register number %u of licence %s;"
                                 " fields: exited-on, exit-reason, destination-licence",
                                 number, riaya_institution_get_licence_number (target));
    }
  else
    {
      if (!close_stay_row (self, stay_uuid, date, reason, NULL, licence, error))
        goto failed;
      summary = g_strdup_printf ("Left register number %u%s%s; fields: exited-on, exit-reason%s",
                                 riaya_stay_get_register_number (left),
                                 origin != NULL ? " of licence " : "",
                                 origin != NULL ? riaya_institution_get_licence_number (origin) : "",
                                 licence != NULL ? ", destination-licence" : "");
    }

  if (!_riaya_store_journal (self, "stay", stay_uuid, action, summary, error) ||
      !_riaya_store_register_changed (self, riaya_stay_get_institution_uuid (left), date, error))
    goto failed;

  if (!_riaya_store_commit (self, error))
    return FALSE;

  if (new_stay_uuid != NULL && begun != NULL)
    *new_stay_uuid = g_strdup (riaya_stay_get_uuid (begun));

  return TRUE;

failed:
  _riaya_store_rollback (self);
  return FALSE;
}

gboolean
_riaya_store_write_exit (RiayaStore       *self,
                         RiayaStay        *left,
                         const char       *date,
                         RiayaExitReason   reason,
                         const char       *transfer_to_uuid,
                         const char       *destination_licence,
                         GError          **error)
{
  const char *stay_uuid = riaya_stay_get_uuid (left);
  g_autofree char *summary = NULL;

  g_assert (self->transaction_depth > 0);

  /* Decree 2.19.693 art. 11: an exit after the admission, not in the
   * future, with its reason. */
  if (!riaya_stay_check_exit (left, date, reason, NULL, error))
    return FALSE;
  if (destination_licence != NULL && !riaya_validate_licence_number (destination_licence, error))
    return FALSE;

  summary = g_strdup_printf ("Left register number %u; fields: exited-on, exit-reason%s",
                             riaya_stay_get_register_number (left),
                             destination_licence != NULL ? ", destination-licence" : "");

  return close_stay_row (self, stay_uuid, date, reason, transfer_to_uuid, destination_licence, error) &&
         _riaya_store_journal (self, "stay", stay_uuid, reason == RIAYA_EXIT_REASON_TRANSFER ? "transfer" : "exit",
                               summary, error) &&
         _riaya_store_register_changed (self, riaya_stay_get_institution_uuid (left), date, error);
}
