/* riaya-store-institutions-write.c — adding, changing and deleting institutions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write here first checks everything (the rules of core, then what
 * only the database knows: a licence number unique nationally, a province
 * of the reference), then writes in one transaction together with its
 * journal rows. A refused write leaves the database exactly as it was.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

/* The name the journal uses for an institution: public bodies' names are
 * not personal data. */
static const char *
journal_name (RiayaInstitution *institution)
{
  const char *name = riaya_institution_get_name_fr (institution);

  return name != NULL ? name : riaya_institution_get_name_ar (institution);
}

/* Law 65.15 art. 16: the licence number identifies the institution on
 * every document, so it is unique nationally. */
static gboolean
check_licence_number (RiayaStore  *self,
                      const char  *number,
                      const char  *except_uuid,
                      GError     **error)
{
  g_autofree char *holder = NULL;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "SELECT name_ar, name_fr FROM institutions WHERE licence_number = ?"
                               " AND deleted_at IS NULL AND uuid IS NOT ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, except_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *ar = _riaya_store_column_text (stmt, 0);
      const char *fr = _riaya_store_column_text (stmt, 1);
      gboolean arabic = g_str_equal (riaya_interface_language (), "ar");

      holder = g_strdup (arabic ? (ar ? ar : fr) : (fr ? fr : ar));
    }
  sqlite3_reset (stmt);

  if (holder == NULL)
    return TRUE;

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
               /* Translators: the first %s is a licence number, the second an institution's name */
               _("Licence number “%s” is already held by “%s”: check the number, or open that institution instead."),
               number, holder);
  return FALSE;
}

static gboolean
check_institution (RiayaStore        *self,
                   RiayaInstitution  *institution,
                   gboolean           is_new,
                   GError           **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);

  if (!riaya_institution_validate (institution, NULL, error) ||
      !_riaya_store_check_province (self, riaya_institution_get_province_code (institution), error) ||
      !check_licence_number (self, riaya_institution_get_licence_number (institution), uuid, error))
    return FALSE;

  if (is_new && _riaya_store_institution_state (self, uuid, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %s is a licence number */
                   _("The institution with licence “%s” is already recorded: open it and edit it instead of adding it again."),
                   riaya_institution_get_licence_number (institution));
      return FALSE;
    }

  return TRUE;
}

/* Writes a new institution and its whole history. A licence starts its
 * history with its grant: with no events, one is made on the licence date
 * and handed back in @grant to add to the object once committed. */
static gboolean
insert_new (RiayaStore         *self,
            RiayaInstitution   *institution,
            const char         *now,
            RiayaLicenceEvent **grant,
            GError            **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  GListModel *events = riaya_institution_get_events (institution);
  GListModel *lines = riaya_institution_get_capacity_lines (institution);
  guint n_events = g_list_model_get_n_items (events);
  guint n_lines = g_list_model_get_n_items (lines);
  g_autofree char *summary = NULL;

  if (!_riaya_store_insert_institution_row (self, institution, now, error))
    return FALSE;

  if (n_events == 0)
    {
      g_autoptr(RiayaLicenceEvent) event =
        riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED,
                                 riaya_institution_get_licence_date (institution), NULL, NULL);

      if (!_riaya_store_insert_event_row (self, uuid, event, now, error))
        return FALSE;
      *grant = g_steal_pointer (&event);
      n_events = 1;
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (!_riaya_store_insert_event_row (self, uuid, event, now, error))
        return FALSE;
    }

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);

      if (!_riaya_store_insert_line_row (self, uuid, line, now, error))
        return FALSE;
    }

  summary = g_strdup_printf ("Created “%s”, licence %s; licence events: %u, capacity lines: %u",
                             journal_name (institution),
                             riaya_institution_get_licence_number (institution),
                             n_events, n_lines);

  return _riaya_store_journal (self, "institution", uuid, "create", summary, error);
}

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

gboolean
riaya_store_add_institution (RiayaStore        *self,
                             RiayaInstitution  *institution,
                             GError           **error)
{
  g_autoptr(GPtrArray) one = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  one = g_ptr_array_new ();
  g_ptr_array_add (one, institution);

  return riaya_store_add_institutions (self, one, NULL, error);
}

gboolean
riaya_store_add_institutions (RiayaStore  *self,
                              GPtrArray   *institutions,
                              guint       *failed_index,
                              GError     **error)
{
  g_autoptr(GHashTable) numbers = NULL;
  g_autoptr(GHashTable) uuids = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  g_autofree char *now = NULL;
  guint i;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (institutions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (failed_index != NULL)
    *failed_index = 0;

  numbers = g_hash_table_new (g_str_hash, g_str_equal);
  uuids = g_hash_table_new (g_str_hash, g_str_equal);

  /* Everything is checked before anything is written. */
  for (i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);
      const char *number;

      g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);

      if (!check_institution (self, institution, TRUE, error))
        goto refused;

      number = riaya_institution_get_licence_number (institution);
      if (g_hash_table_contains (numbers, number))
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                       /* Translators: %s is a licence number */
                       _("Licence number “%s” appears twice in what is being added: each institution needs its own number."),
                       number);
          goto refused;
        }
      if (!g_hash_table_add (uuids, (gpointer) riaya_institution_get_uuid (institution)))
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                       /* Translators: %s is a licence number */
                       _("The institution with licence “%s” appears twice in what is being added: add it once."),
                       number);
          goto refused;
        }
      g_hash_table_add (numbers, (gpointer) number);
    }

  now = _riaya_store_now ();
  grants = g_ptr_array_new_full (institutions->len, unref_if_set);

  if (!_riaya_store_begin (self, error))
    return FALSE;

  for (i = 0; i < institutions->len; i++)
    {
      RiayaLicenceEvent *grant = NULL;

      if (!insert_new (self, g_ptr_array_index (institutions, i), now, &grant, error))
        {
          g_clear_object (&grant);
          _riaya_store_rollback (self);
          goto refused;
        }
      g_ptr_array_add (grants, grant);
    }

  if (!_riaya_store_commit (self, error))
    return FALSE;

  /* The objects now match what was saved. */
  for (i = 0; i < institutions->len; i++)
    if (g_ptr_array_index (grants, i) != NULL)
      riaya_institution_add_event (g_ptr_array_index (institutions, i), g_ptr_array_index (grants, i));

  return TRUE;

refused:
  if (failed_index != NULL)
    *failed_index = i;
  return FALSE;
}

typedef const char *(*UuidGetter) (gpointer item);

static gboolean
model_has_uuid (GListModel *model,
                const char *uuid,
                UuidGetter  get_uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_uuid (item), uuid) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The items of @model that @stored does not hold. */
static GPtrArray *
new_items (GListModel *model,
           GListModel *stored,
           UuidGetter  get_uuid)
{
  GPtrArray *added = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!model_has_uuid (stored, get_uuid (item), get_uuid))
        g_ptr_array_add (added, g_steal_pointer (&item));
    }

  return added;
}

static gboolean
same_services_and_staff (RiayaInstitution *a,
                         RiayaInstitution *b)
{
  if (riaya_institution_get_services (a) != riaya_institution_get_services (b))
    return FALSE;

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    if (riaya_institution_get_staff (a, r) != riaya_institution_get_staff (b, r))
      return FALSE;

  return TRUE;
}

static RiayaInstitution *
load_existing (RiayaStore  *self,
               const char  *uuid,
               GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  gboolean deleted;

  if (!_riaya_store_institution_state (self, uuid, &deleted) || deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No institution has the identifier “%s” (it may have been deleted): reload the list and try again."),
                   uuid ? uuid : "");
      return NULL;
    }

  found = _riaya_store_load_institutions (self, uuid, error);
  if (found == NULL)
    return NULL;
  g_assert (found->len == 1);

  return g_object_ref (g_ptr_array_index (found, 0));
}

gboolean
riaya_store_update_institution (RiayaStore        *self,
                                RiayaInstitution  *institution,
                                GError           **error)
{
  g_autoptr(RiayaInstitution) stored = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) added_events = NULL;
  g_autoptr(GPtrArray) added_lines = NULL;
  g_autoptr(GPtrArray) missing_events = NULL;
  g_autoptr(GListStore) history = NULL;
  g_autofree char *now = NULL;
  const char *uuid, *licence_date;
  RiayaInstitutionType type;
  gboolean services_changed;
  GListModel *lines;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = riaya_institution_get_uuid (institution);
  stored = load_existing (self, uuid, error);
  if (stored == NULL)
    return FALSE;

  if (!check_institution (self, institution, FALSE, error))
    return FALSE;

  /* The history only grows: what the object holds beyond the stored
   * history is added, and the whole must still make sense with the
   * licence date and type as they are now. */
  added_events = new_items (riaya_institution_get_events (institution),
                            riaya_institution_get_events (stored),
                            (UuidGetter) riaya_licence_event_get_uuid);
  added_lines = new_items (riaya_institution_get_capacity_lines (institution),
                           riaya_institution_get_capacity_lines (stored),
                           (UuidGetter) riaya_capacity_line_get_uuid);
  missing_events = new_items (riaya_institution_get_events (stored),
                              riaya_institution_get_events (institution),
                              (UuidGetter) riaya_licence_event_get_uuid);

  licence_date = riaya_institution_get_licence_date (institution);
  type = riaya_institution_get_institution_type (institution);

  history = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  for (guint i = 0; i < g_list_model_get_n_items (riaya_institution_get_events (stored)); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (riaya_institution_get_events (stored), i);
      g_list_store_append (history, event);
    }
  for (guint i = 0; i < added_events->len; i++)
    g_list_store_append (history, g_ptr_array_index (added_events, i));
  if (!riaya_licence_check_history (G_LIST_MODEL (history), licence_date, NULL, error))
    return FALSE;

  lines = riaya_institution_get_capacity_lines (stored);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);

      if (!riaya_capacity_check_line (type, licence_date, line, error))
        return FALSE;
    }
  for (guint i = 0; i < added_lines->len; i++)
    if (_riaya_store_history_uuid_exists (self, riaya_capacity_line_get_uuid (g_ptr_array_index (added_lines, i))))
      {
        g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                     _("A capacity line being saved belongs to another institution: enter it again as a new line."));
        return FALSE;
      }
  for (guint i = 0; i < added_events->len; i++)
    if (_riaya_store_history_uuid_exists (self, riaya_licence_event_get_uuid (g_ptr_array_index (added_events, i))))
      {
        g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                     _("A licence event being saved belongs to another institution: enter it again as a new event."));
        return FALSE;
      }

  changed = _riaya_store_changed_columns (stored, institution);
  services_changed = !same_services_and_staff (stored, institution);

  if (changed->len == 0 && !services_changed && added_events->len == 0 && added_lines->len == 0)
    goto done;  /* nothing to save, nothing to journal */

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (changed->len > 0 || services_changed)
    {
      g_autoptr(GString) summary = g_string_new ("Changed ");

      for (guint i = 0; i < changed->len; i++)
        g_string_append_printf (summary, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (changed, i));
      if (services_changed)
        g_string_append_printf (summary, "%sservices or staff", changed->len > 0 ? ", " : "");
      g_string_append_printf (summary, " of “%s”", journal_name (institution));

      if (!_riaya_store_update_institution_row (self, institution, now, error) ||
          !_riaya_store_journal (self, "institution", uuid, "update", summary->str, error))
        goto failed;
    }
  else if (!_riaya_store_touch_institution (self, uuid, now, error))
    goto failed;

  for (guint i = 0; i < added_events->len; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (added_events, i);
      g_autofree char *summary =
        g_strdup_printf ("Licence event %s dated %s",
                         riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)),
                         riaya_licence_event_get_date (event));

      if (!_riaya_store_insert_event_row (self, uuid, event, now, error) ||
          !_riaya_store_journal (self, "licence-event", uuid, "create", summary, error))
        goto failed;
    }

  for (guint i = 0; i < added_lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (added_lines, i);
      g_autofree char *summary =
        g_strdup_printf ("Capacity %s/%s: %u places from %s",
                         riaya_category_to_code (riaya_capacity_line_get_category (line)),
                         riaya_sex_to_code (riaya_capacity_line_get_sex (line)),
                         riaya_capacity_line_get_places (line),
                         riaya_capacity_line_get_effective_date (line));

      if (!_riaya_store_insert_line_row (self, uuid, line, now, error) ||
          !_riaya_store_journal (self, "capacity-line", uuid, "create", summary, error))
        goto failed;
    }

  if (!_riaya_store_commit (self, error))
    return FALSE;

done:
  /* Stored events the object did not hold stay: show them too. */
  for (guint i = 0; i < missing_events->len; i++)
    riaya_institution_add_event (institution, g_ptr_array_index (missing_events, i));

  return TRUE;

failed:
  _riaya_store_rollback (self);
  return FALSE;
}

static gboolean
set_deleted (RiayaStore  *self,
             const char  *uuid,
             gboolean     deleted,
             GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  RiayaInstitution *institution;
  gboolean is_deleted;
  sqlite3_stmt *stmt;

  if (!_riaya_store_institution_state (self, uuid, &is_deleted) || is_deleted == deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   deleted
                   /* Translators: %s is an identifier */
                   ? _("No institution with the identifier “%s” is in the list: reload the list and try again.")
                   /* Translators: %s is an identifier */
                   : _("No deleted institution has the identifier “%s”: it may already have been restored."),
                   uuid);
      return FALSE;
    }

  found = _riaya_store_load_institutions (self, uuid, error);
  if (found == NULL)
    return FALSE;
  institution = g_ptr_array_index (found, 0);

  /* Bringing one back must not give its number to two institutions. */
  if (!deleted && !check_licence_number (self, riaya_institution_get_licence_number (institution), uuid, error))
    return FALSE;

  now = _riaya_store_now ();
  summary = g_strdup_printf (deleted ? "Deleted “%s”, licence %s" : "Restored “%s”, licence %s",
                             journal_name (institution), riaya_institution_get_licence_number (institution));

  if (!_riaya_store_begin (self, error))
    return FALSE;

  _riaya_store_forget_written_institution (self);
  stmt = _riaya_store_prepare (self, "UPDATE institutions SET deleted_at = ?, updated_at = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    goto failed;
  _riaya_store_bind_text (stmt, 1, deleted ? now : NULL);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_TRANSIENT);

  if (!_riaya_store_step_done (self, stmt, error) ||
      !_riaya_store_journal (self, "institution", uuid, deleted ? "delete" : "undelete", summary, error))
    goto failed;

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}

gboolean
riaya_store_delete_institution (RiayaStore  *self,
                                const char  *uuid,
                                GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, TRUE, error);
}

gboolean
riaya_store_undelete_institution (RiayaStore  *self,
                                  const char  *uuid,
                                  GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, FALSE, error);
}

gboolean
_riaya_store_check_licence_event (RiayaStore         *self,
                                  RiayaInstitution   *institution,
                                  RiayaLicenceEvent  *event,
                                  GError            **error)
{
  /* Law 65.15 arts 31–34: the event must make sense after the history. */
  if (!riaya_licence_check_event (riaya_institution_get_events (institution), event,
                                  riaya_institution_get_licence_date (institution), NULL, error))
    return FALSE;

  if (_riaya_store_history_uuid_exists (self, riaya_licence_event_get_uuid (event)))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   _("This licence event is already recorded: record a new event instead."));
      return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_write_licence_event (RiayaStore         *self,
                                  const char         *institution_uuid,
                                  RiayaLicenceEvent  *event,
                                  const char         *now,
                                  GError            **error)
{
  g_autofree char *summary = NULL;

  g_assert (self->transaction_depth > 0);

  summary = g_strdup_printf ("Licence event %s dated %s",
                             riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)),
                             riaya_licence_event_get_date (event));

  return _riaya_store_insert_event_row (self, institution_uuid, event, now, error) &&
         _riaya_store_touch_institution (self, institution_uuid, now, error) &&
         _riaya_store_journal (self, "licence-event", institution_uuid, "create", summary, error);
}

gboolean
riaya_store_add_licence_event (RiayaStore         *self,
                               const char         *uuid,
                               RiayaLicenceEvent  *event,
                               GError            **error)
{
  g_autoptr(RiayaInstitution) stored = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (event), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = load_existing (self, uuid, error);
  if (stored == NULL || !_riaya_store_check_licence_event (self, stored, event, error))
    return FALSE;

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!_riaya_store_write_licence_event (self, uuid, event, now, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_add_capacity_lines (RiayaStore  *self,
                                const char  *uuid,
                                GPtrArray   *lines,
                                GError     **error)
{
  g_autoptr(RiayaInstitution) stored = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *now = NULL;
  RiayaInstitutionType type;
  const char *licence_date;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = load_existing (self, uuid, error);
  if (stored == NULL)
    return FALSE;

  type = riaya_institution_get_institution_type (stored);
  licence_date = riaya_institution_get_licence_date (stored);
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);

      g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (line), FALSE);

      /* Law 65.15 art. 3: specialisation; and dates after the licence. */
      if (!riaya_capacity_check_line (type, licence_date, line, error))
        return FALSE;

      if (!g_hash_table_add (seen, (gpointer) riaya_capacity_line_get_uuid (line)) ||
          _riaya_store_history_uuid_exists (self, riaya_capacity_line_get_uuid (line)))
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                       _("This capacity line is already recorded: enter the change as a new line."));
          return FALSE;
        }
    }

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);
      g_autofree char *summary =
        g_strdup_printf ("Capacity %s/%s: %u places from %s",
                         riaya_category_to_code (riaya_capacity_line_get_category (line)),
                         riaya_sex_to_code (riaya_capacity_line_get_sex (line)),
                         riaya_capacity_line_get_places (line),
                         riaya_capacity_line_get_effective_date (line));

      if (!_riaya_store_insert_line_row (self, uuid, line, now, error) ||
          !_riaya_store_journal (self, "capacity-line", uuid, "create", summary, error))
        {
          _riaya_store_rollback (self);
          return FALSE;
        }
    }

  if (!_riaya_store_touch_institution (self, uuid, now, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}
