/* exchange-test-util.c — exchange files for the GUI tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are written and read by the real exchange layer: what the
 * dialogs show is what riaya-cli export and import would do.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "exchange-test-util.h"
#include "riaya-exchange-import.h"
#include "riaya-exchange-writer.h"

const char *
exchange_test_set_language (int          argc,
                            char       **argv,
                            const char  *program)
{
  static const char * const languages[] = { "en", "ar", "fr" };
  const char *language = NULL;

  for (guint i = 0; argc > 1 && i < G_N_ELEMENTS (languages); i++)
    {
      if (g_str_equal (argv[1], languages[i]))
        language = languages[i];
    }
  if (language == NULL)
    {
      g_printerr ("usage: %s en|ar|fr\n", program);
      return NULL;
    }

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RIAYA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  riaya_interface_language_reset ();

  return language;
}

void
exchange_test_export (const char *db_path,
                      const char *licence,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *institutions[] = { licence, NULL };
  RiayaExportOptions options = { NULL };

  g_assert_no_error (error);
  options.institutions = licence != NULL ? institutions : NULL;
  options.from = "2025-01-01";
  options.to = "2025-12-31";
  g_assert_true (riaya_exchange_export (store, &options, file, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
on_file_done (const RiayaImportFileResult *result,
              gpointer                     user_data)
{
  g_assert_no_error ((GError *) result->error);
  g_assert_cmpint (result->outcome, ==, RIAYA_IMPORT_FILE_IMPORTED);
}

void
exchange_test_import (const char *db_path,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  const char *paths[] = { path, NULL };
  RiayaImportOptions options = { 0 };
  guint refused = 0;

  g_assert_no_error (error);
  g_assert_true (riaya_exchange_import_paths (store, paths, &options, on_file_done, NULL, NULL, &refused, NULL,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
}

void
exchange_test_set_phone (const char *db_path,
                         const char *licence,
                         const char *phone)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  g_autoptr(RiayaInstitution) institution = NULL;

  g_assert_no_error (error);
  institution = riaya_store_get_institution (store, licence, &error);
  g_assert_no_error (error);
  riaya_institution_set_phone (institution, phone);
  g_assert_true (riaya_store_update_institution (store, institution, &error));
  g_assert_no_error (error);
}

char *
exchange_test_dup_phone (const char *db_path,
                         const char *licence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  g_autoptr(RiayaInstitution) institution = NULL;

  g_assert_no_error (error);
  institution = riaya_store_get_institution (store, licence, NULL);
  if (institution == NULL)
    return NULL;

  return g_strdup (riaya_institution_get_phone (institution) != NULL ? riaya_institution_get_phone (institution)
                                                                     : "");
}

char *
exchange_test_dup_digest (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);

  g_assert_no_error (error);
  return riaya_store_dup_content_digest (store);
}

gboolean
exchange_test_file_has (const char *path,
                        const char *text)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  return strstr (contents, text) != NULL;
}
