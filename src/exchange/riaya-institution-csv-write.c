/* riaya-institution-csv-write.c — a list of institutions saved as a CSV file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same header and rows as “riaya-cli institution list --format csv”
 * (riaya_institution_csv_append_header/_row): UTF-8 without a byte order
 * mark, lines ended by CRLF as RFC 4180 asks, readable again by
 * “riaya-cli institution import-csv”.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-error.h"
#include "riaya-institution-csv.h"

char *
riaya_institution_csv_dup_text (GListModel *institutions,
                                const char *today,
                                gsize      *length)
{
  g_autofree char *today_owned = NULL;
  GString *out;

  g_return_val_if_fail (G_IS_LIST_MODEL (institutions), NULL);

  /* One date for every row, even across midnight. */
  if (today == NULL)
    today = today_owned = riaya_date_today_iso ();

  out = g_string_new (NULL);
  riaya_institution_csv_append_header (out);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);

      riaya_institution_csv_append_row (out, institution, today);
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
riaya_institution_csv_write (GListModel    *institutions,
                             GFile         *file,
                             const char    *today,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (institutions), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = riaya_institution_csv_dup_text (institutions, today, &length);

  /* Written beside the file and renamed over it: a spreadsheet that
   * opens it never reads half a list, and a failed save leaves the
   * previous file (or none) as it was. */
  if (!g_file_replace_contents (file, text, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, cancellable, &local_error))
    {
      g_autofree char *display = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED,
                               _("The export was stopped: no file was written."));
          return FALSE;
        }

      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot save the list of institutions as “%1$s” (%2$s): choose another name, or a folder you may write to on a disk with room left."),
                   display, local_error->message);
      return FALSE;
    }

  return TRUE;
}
