/* export-check.c — what every exchange file a test writes must be
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks made as another program would make them, without Riaya's
 * reader: the published schema through xmllint, the digest through
 * GChecksum over the raw bytes, the counts through libxml2's reader.
 */

#include "config.h"

#include <libxml/xmlreader.h>
#include <sqlite3.h>
#include <string.h>

#include "export-check.h"

/* The count attributes of the header and the elements each counts. */
static const struct
{
  const char *attribute;
  const char *element;
  const char *also;       /* a second element counted, or NULL */
} count_kinds[] = {
  { "institutions",       "institution",       NULL },
  { "licence-events",     "licence-event",     NULL },
  { "capacity-lines",     "capacity-line",     NULL },
  { "grants",             "grant",             NULL },
  { "tranches",           "tranche",           NULL },
  { "inspections",        "inspection",        NULL },
  { "corrective-actions", "corrective-action", NULL },
  { "resident-counts",    "resident-count",    NULL },
  { "movements",          "admission",         "exit" },
  { "residents",          "resident",          NULL },
  { "stays",              "stay",              NULL },
};

#define N_KINDS G_N_ELEMENTS (count_kinds)

void
export_file_free (ExportFile *file)
{
  g_free (file->text);
  g_free (file->profile);
  g_free (file->database);
  g_free (file->licence);
  g_free (file->province);
  g_free (file->software);
  g_free (file->period_from);
  g_free (file->period_to);
  g_free (file);
}

static void
check_schema (const char *path)
{
  static gboolean said = FALSE;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (xmllint == NULL)
    {
      if (!said)
        g_test_message ("xmllint is not installed (Debian package libxml2-utils): "
                        "the files are not checked against the schema");
      said = TRUE;
      return;
    }

  schema = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange", "riaya-exchange-1.xsd", NULL);
  {
    const char *argv[] = { xmllint, "--noout", "--schema", schema, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refuses %s: %s", path, err);
}

static void
check_digest (ExportFile *file)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *start = strstr (file->text, "<body");
  const char *end = g_strrstr (file->text, "</body>");
  const char *digest = strstr (file->text, "<digest algorithm=\"sha256\">");
  g_autofree char *expected = NULL;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_nonnull (digest);
  g_assert_true (digest < start);
  end += strlen ("</body>");
  g_checksum_update (checksum, (const guchar *) start, end - start);

  digest += strlen ("<digest algorithm=\"sha256\">");
  expected = g_strndup (digest, 64);
  g_assert_cmpstr (g_checksum_get_string (checksum), ==, expected);
}

static char *
attribute (xmlTextReaderPtr  reader,
           const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

ExportFile *
export_check_file (const char *path)
{
  g_autoptr(ExportFile) file = g_new0 (ExportFile, 1);
  g_autoptr(GError) error = NULL;
  guint64 header[N_KINDS] = { 0 };
  guint64 found[N_KINDS] = { 0 };
  gsize len;
  xmlTextReaderPtr reader;
  int rc;

  g_assert_true (g_file_get_contents (path, &file->text, &len, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (file->text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<riaya-exchange xmlns=\"urn:riaya:exchange:1\" version=\"1.0\">"));

  check_schema (path);
  check_digest (file);

  reader = xmlReaderForMemory (file->text, (int) len, path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (reader);
  while ((rc = xmlTextReaderRead (reader)) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);

      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;

      if (g_str_equal (name, "producer"))
        {
          file->profile = attribute (reader, "profile");
          file->database = attribute (reader, "database");
          file->licence = attribute (reader, "licence-number");
          file->province = attribute (reader, "province");
          file->software = attribute (reader, "software");
        }
      else if (g_str_equal (name, "period"))
        {
          file->period_from = attribute (reader, "from");
          file->period_to = attribute (reader, "to");
        }
      else if (g_str_equal (name, "sequence"))
        {
          xmlChar *text = xmlTextReaderReadString (reader);

          file->sequence = g_ascii_strtoll ((const char *) text, NULL, 10);
          xmlFree (text);
        }
      else if (g_str_equal (name, "counts"))
        {
          for (guint k = 0; k < N_KINDS; k++)
            {
              g_autofree char *value = attribute (reader, count_kinds[k].attribute);

              g_assert_nonnull (value);
              header[k] = g_ascii_strtoull (value, NULL, 10);
            }
        }

      for (guint k = 0; k < N_KINDS; k++)
        if (g_str_equal (name, count_kinds[k].element) || g_strcmp0 (name, count_kinds[k].also) == 0)
          found[k]++;
    }
  g_assert_cmpint (rc, ==, 0);
  xmlFreeTextReader (reader);

  for (guint k = 0; k < N_KINDS; k++)
    {
      if (header[k] != found[k])
        g_error ("%s: the header counts %" G_GUINT64_FORMAT " %s, the body holds %" G_GUINT64_FORMAT,
                 path, header[k], count_kinds[k].attribute, found[k]);
      file->records += header[k];
    }
  file->institutions = header[0];
  file->residents = header[9];
  file->stays = header[10];

  return g_steal_pointer (&file);
}

/* Every public text of the database, one per line: what may appear in
 * any export. */
static const char public_sql[] =
  "SELECT coalesce (name_ar, '') || '\n' || coalesce (name_fr, '') || '\n' || coalesce (founder, '')"
  " || '\n' || coalesce (director, '') || '\n' || coalesce (commune, '') || '\n' || coalesce (address, '')"
  " || '\n' || coalesce (phone, '') || '\n' || licence_number FROM institutions"
  " UNION ALL SELECT coalesce (basis, '') || '\n' || coalesce (convention_ref, '') || '\n'"
  " || coalesce (rejection_reason, '') FROM grants"
  " UNION ALL SELECT coalesce (committee, '') || '\n' || coalesce (findings, '') FROM inspections"
  " UNION ALL SELECT coalesce (note, '') FROM inspection_checks"
  " UNION ALL SELECT description FROM corrective_actions"
  " UNION ALL SELECT coalesce (note, '') FROM licence_events";

static const char personal_sql[] =
  "SELECT first_name, last_name, birth_place, cnie, family_status, health_status, guardian_name,"
  " guardian_cnie, guardian_address, guardian_phone, guardian_occupation, guardian_situation"
  " FROM residents r WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM stays s WHERE s.resident_uuid = r.uuid"
  " AND s.admitted_on <= ?2 AND (s.exited_on IS NULL OR s.exited_on >= ?1))";

GPtrArray *
export_personal_values (const char *db_path,
                        const char *from,
                        const char *to)
{
  g_autoptr(GString) public_text = g_string_new ("\n");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, public_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append (public_text, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_c (public_text, '\n');
    }
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, personal_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (from != NULL)
    {
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      {
        const char *value = (const char *) sqlite3_column_text (stmt, c);

        /* A value some public field holds may be in any export. */
        if (value == NULL || g_hash_table_contains (seen, value) || strstr (public_text->str, value) != NULL)
          continue;
        g_ptr_array_add (values, g_strdup (value));
        g_hash_table_add (seen, g_ptr_array_index (values, values->len - 1));
      }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return values;
}

void
export_assert_values (const char *text,
                      GPtrArray  *values,
                      gboolean    present)
{
  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);

      if ((strstr (text, value) != NULL) != present)
        g_error ("the personal value “%s” of the demo register is %s the file", value,
                 present ? "missing from" : "in");
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char *
export_list_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}
