/* export-check.h — what every exchange file a test writes must be
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a file's header says, and its text. */
typedef struct
{
  char    *text;          /* the whole file */
  char    *profile;       /* producer/@profile */
  char    *database;      /* producer/@database */
  char    *licence;       /* producer/@licence-number, or NULL */
  char    *province;      /* producer/@province, or NULL */
  char    *software;
  char    *period_from;
  char    *period_to;
  gint64   sequence;
  guint64  institutions;  /* counts/@institutions */
  guint64  residents;
  guint64  stays;
  guint64  records;       /* the sum of every count */
} ExportFile;

void      export_file_free          (ExportFile  *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportFile, export_file_free)

/* Checks the file at @path as any reader would, and returns what its
 * header says:
 *  - `xmllint --noout --schema data/exchange/riaya-exchange-1.xsd`
 *    accepts it (when xmllint is missing, says so once with
 *    g_test_message and checks the rest);
 *  - the digest of the header is the SHA-256 of the bytes from "<body"
 *    to "</body>";
 *  - each count of the header equals the number of its elements. */
ExportFile *export_check_file       (const char  *path);

/* The personal data of the residents of the database at @db_path
 * (names, CNIE numbers, birth places, family and health status,
 * guardians) that no public field of it also holds (an institution in
 * the town someone was born in…): values an export may hold only with
 * the register. With @from and @to, only those of people with a stay
 * in the period. (transfer full) GPtrArray of char *. */
GPtrArray  *export_personal_values  (const char  *db_path,
                                     const char  *from,
                                     const char  *to);

/* None of @values is in @text, or (@present) every one is. */
void        export_assert_values    (const char  *text,
                                     GPtrArray   *values,
                                     gboolean     present);

/* The names of the entries of @dir, sorted, joined by spaces. */
char       *export_list_folder      (const char  *dir);

G_END_DECLS
