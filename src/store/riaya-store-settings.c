/* riaya-store-settings.c — profile, province and demo flag
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One-value settings that belong to the database rather than to the
 * user's GSettings: they travel with the data in a backup.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

/* Settings keys. */
#define SETTING_PROFILE  "profile"
#define SETTING_PROVINCE "province"
#define SETTING_DEMO     "demo"

static char *
dup_setting (RiayaStore *self,
             const char *key)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

/* In the caller's transaction; NULL @value removes the key. */
static gboolean
write_setting (RiayaStore  *self,
               const char  *key,
               const char  *value,
               GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    {
      stmt = _riaya_store_prepare (self, "DELETE FROM settings WHERE key = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
    }
  else
    {
      stmt = _riaya_store_prepare (self,
                                   "INSERT INTO settings (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
    }

  return _riaya_store_step_done (self, stmt, error);
}

void
_riaya_store_forget_settings (RiayaStore *self)
{
  self->settings_cached = FALSE;
}

/* Reads the profile and the demo mark, or uses those read earlier in the
 * same transaction. */
static void
read_settings (RiayaStore *self)
{
  g_autofree char *code = NULL;
  g_autofree char *demo = NULL;

  if (self->settings_cached && self->transaction_depth > 0)
    return;

  code = dup_setting (self, SETTING_PROFILE);
  self->cached_has_profile = code != NULL && riaya_profile_from_code (code, &self->cached_profile);
  demo = dup_setting (self, SETTING_DEMO);
  self->cached_demo = g_strcmp0 (demo, "1") == 0;

  /* Outside a transaction another connection may change them at any
   * time: read them again each time. */
  self->settings_cached = self->transaction_depth > 0;
}

char *
_riaya_store_dup_profile_code (RiayaStore *self)
{
  return dup_setting (self, SETTING_PROFILE);
}

gboolean
riaya_store_get_profile (RiayaStore    *self,
                         RiayaProfile  *profile,
                         char         **province_code)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  if (province_code != NULL)
    *province_code = NULL;

  read_settings (self);
  if (!self->cached_has_profile)
    return FALSE;

  if (profile != NULL)
    *profile = self->cached_profile;
  if (province_code != NULL)
    *province_code = dup_setting (self, SETTING_PROVINCE);

  return TRUE;
}

gboolean
riaya_store_require_profile (RiayaStore  *self,
                             GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  if (riaya_store_get_profile (self, NULL, NULL))
    return TRUE;

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_INITIALISED,
               _("No profile has been chosen for this database yet: start Riaya and choose one, "
                 "or run “riaya-cli init --profile director|delegate|national”."));
  return FALSE;
}

gboolean
riaya_store_set_profile (RiayaStore    *self,
                         RiayaProfile   profile,
                         const char    *province_code,
                         GError       **error)
{
  g_autofree char *summary = NULL;
  const char *code;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) profile < RIAYA_N_PROFILES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (province_code != NULL && *province_code == '\0')
    province_code = NULL;

  /* A provincial delegate works for one province (domain.md §0: the EN
   * provincial delegations). */
  if (profile == RIAYA_PROFILE_DELEGATE && province_code == NULL)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   _("A provincial delegate works for one province: choose the province."));
      return FALSE;
    }
  if (province_code != NULL && !_riaya_store_check_province (self, province_code, error))
    return FALSE;

  code = riaya_profile_to_code (profile);
  summary = province_code != NULL
    ? g_strdup_printf ("Profile set to %s for province %s", code, province_code)
    : g_strdup_printf ("Profile set to %s", code);

  if (!_riaya_store_begin (self, error))
    return FALSE;

  _riaya_store_forget_settings (self);
  if (!write_setting (self, SETTING_PROFILE, code, error) ||
      !write_setting (self, SETTING_PROVINCE, province_code, error) ||
      !_riaya_store_journal (self, "settings", NULL, "update", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_is_demo (RiayaStore *self)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  read_settings (self);
  return self->cached_demo;
}

gboolean
riaya_store_set_demo (RiayaStore  *self,
                      gboolean     demo,
                      GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (riaya_store_is_demo (self) == !!demo)
    return TRUE;

  if (!_riaya_store_begin (self, error))
    return FALSE;

  _riaya_store_forget_settings (self);
  if (!write_setting (self, SETTING_DEMO, demo ? "1" : NULL, error) ||
      !_riaya_store_journal (self, "settings", NULL, "update",
                             demo ? "Marked as holding demo data" : "No longer marked as demo data",
                             error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}
