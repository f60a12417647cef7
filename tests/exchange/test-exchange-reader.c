/* test-exchange-reader.c — reading exchange files, and refusing hostile ones
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A valid file (tests/data/exchange/base-small.xml) read into its header
 * and one bundle, field by field; then every file of
 * tests/data/exchange/invalid/ (made by make-invalid.py), each refused
 * with its own error code and a message naming the file, the line and the
 * problem; then what cannot be committed or must be made at run time: a
 * file over the size cap (sparse), a stream over it (a FIFO), a variant
 * of the valid file for each rule's other side (confirmed over capacity,
 * a later 1.x with an extension, an empty body). No database here: the
 * import is tested in tests/cli.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "riaya-exchange-reader-private.h"

typedef struct
{
  RiayaExchangeHeader *header;
  GPtrArray           *bundles;
  gboolean             refuse_bundle;
} Collected;

static void
collected_clear (Collected *c)
{
  g_clear_pointer (&c->header, riaya_exchange_header_free);
  g_clear_pointer (&c->bundles, g_ptr_array_unref);
}

static RiayaExchangeHeader *
header_copy (const RiayaExchangeHeader *header)
{
  RiayaExchangeHeader *copy = riaya_exchange_header_new ();

  copy->database_uuid = g_strdup (header->database_uuid);
  copy->profile = header->profile;
  copy->licence_number = g_strdup (header->licence_number);
  copy->province_code = g_strdup (header->province_code);
  copy->software = g_strdup (header->software);
  copy->sequence = header->sequence;
  copy->created_at = g_strdup (header->created_at);
  copy->period_from = g_strdup (header->period_from);
  copy->period_to = g_strdup (header->period_to);
  copy->digest = g_strdup (header->digest);
  copy->file_name = g_strdup (header->file_name);
  return copy;
}

static gboolean
on_header (const RiayaExchangeHeader *header,
           gpointer                   user_data,
           GError                   **error)
{
  Collected *c = user_data;

  g_assert_null (c->header);
  c->header = header_copy (header);
  return TRUE;
}

static gboolean
on_bundle (RiayaInstitutionBundle *bundle,
           gpointer                user_data,
           GError                **error)
{
  Collected *c = user_data;

  g_ptr_array_add (c->bundles, bundle);
  if (c->refuse_bundle)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the caller said no");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_path (const char  *path,
           Collected   *c,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  c->bundles = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_bundle_free);
  return riaya_exchange_read (file, on_header, on_bundle, c, NULL, error);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", name, NULL);
}

/* --- Variants of the valid file, made at run time --------------------- */

/* @data with its header's digest set to that of its body, as the writer
 * computes it (docs/exchange-format.md). */
static void
fix_digest (GString *data)
{
  const char *start = strstr (data->str, "<body");
  const char *end = strstr (data->str, "</body>");
  const char *digest = strstr (data->str, "<digest algorithm=\"sha256\">");
  g_autofree char *hex = NULL;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_assert_nonnull (digest);
  end += strlen ("</body>");
  hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) start, end - start);
  digest += strlen ("<digest algorithm=\"sha256\">");
  memcpy ((char *) digest, hex, 64);
}

/* Writes the valid file with @old replaced by @new (pairs, NULL-ended)
 * and its digest fixed, into @dir; returns its path. */
static char *
write_variant (const char *dir,
               const char *name,
               ...)
{
  g_autofree char *base_path = data_path ("base-small.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) data = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  const char *old;
  va_list args;

  g_file_get_contents (base_path, &contents, NULL, &error);
  g_assert_no_error (error);
  data = g_string_new (contents);

  va_start (args, name);
  while ((old = va_arg (args, const char *)) != NULL)
    {
      const char *new = va_arg (args, const char *);

      g_assert_nonnull (strstr (data->str, old));
      g_string_replace (data, old, new, 1);
    }
  va_end (args);

  fix_digest (data);
  g_file_set_contents (path, data->str, data->len, &error);
  g_assert_no_error (error);
  return path;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("riaya-reader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* --- The valid file --------------------------------------------------- */

static void
test_valid_file (void)
{
  g_autofree char *path = data_path ("base-small.xml");
  g_autoptr(GError) error = NULL;
  Collected c = { 0 };
  RiayaInstitutionBundle *bundle;
  RiayaInstitution *institution;
  RiayaGrant *grant;
  RiayaInspection *visit;
  RiayaCountLine *line;
  RiayaMovementLine *movement;
  RiayaStay *stay;
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(RiayaCapacityLine) places = NULL;
  g_autoptr(RiayaGrantTranche) tranche = NULL;
  g_autoptr(RiayaCorrectiveAction) action = NULL;

  g_assert_true (read_path (path, &c, &error));
  g_assert_no_error (error);

  g_assert_nonnull (c.header);
  g_assert_cmpstr (c.header->database_uuid, ==, "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f");
  g_assert_cmpint (c.header->profile, ==, RIAYA_PROFILE_DIRECTOR);
  g_assert_cmpstr (c.header->licence_number, ==, "12/2019");
  g_assert_null (c.header->province_code);
  g_assert_cmpstr (c.header->software, ==, "Riaya 0.5.0");
  g_assert_cmpint (c.header->sequence, ==, 12);
  g_assert_cmpstr (c.header->created_at, ==, "2026-11-23T10:00:00Z");
  g_assert_cmpstr (c.header->period_from, ==, "2026-01-01");
  g_assert_cmpstr (c.header->period_to, ==, "2026-12-31");
  g_assert_true (g_str_has_prefix (c.header->digest, "sha256:"));
  g_assert_cmpuint (strlen (c.header->digest), ==, strlen ("sha256:") + 64);
  g_assert_cmpstr (c.header->file_name, ==, "base-small.xml");

  g_assert_cmpuint (c.bundles->len, ==, 1);
  bundle = g_ptr_array_index (c.bundles, 0);
  /* As the header counts them: 1 + 2 + 2 + 1 + 2 + 1 + 1 + 1 + 3 + 1 + 1. */
  g_assert_cmpuint (riaya_institution_bundle_count_records (bundle), ==, 16);

  institution = bundle->institution;
  g_assert_cmpstr (riaya_institution_get_uuid (institution), ==, "0b6a9c1e-2d3f-4a5b-9c6d-7e8f90a1b2c3");
  g_assert_cmpstr (riaya_institution_get_licence_number (institution), ==, "12/2019");
  g_assert_cmpstr (riaya_institution_get_licence_date (institution), ==, "2019-03-14");
  g_assert_cmpint (riaya_institution_get_legal_basis (institution), ==, RIAYA_LEGAL_BASIS_65_15);
  g_assert_cmpint (riaya_institution_get_institution_type (institution), ==, RIAYA_INSTITUTION_TYPE_ELDERLY);
  g_assert_cmpstr (riaya_institution_get_province_code (institution), ==, "07.161");
  g_assert_cmpstr (riaya_institution_get_name_ar (institution), ==, "دار المسنين شيشاوة");
  g_assert_cmpstr (riaya_institution_get_name_fr (institution), ==, "Maison des personnes âgées de Chichaoua");
  g_assert_cmpstr (riaya_institution_get_founder (institution), ==, "Association Al Amal");
  g_assert_cmpstr (riaya_institution_get_director (institution), ==, "Fatima Zahra Bennani");
  g_assert_cmpstr (riaya_institution_get_commune (institution), ==, "Chichaoua");
  g_assert_cmpstr (riaya_institution_get_phone (institution), ==, "0524 35 12 34");
  g_assert_true (riaya_institution_has_service (institution, RIAYA_SERVICE_PRIMARY_HEALTH));
  g_assert_false (riaya_institution_has_service (institution, RIAYA_SERVICE_TRAINING));
  g_assert_cmpuint (riaya_institution_get_staff (institution, RIAYA_STAFF_CARER), ==, 5);
  g_assert_cmpuint (riaya_institution_get_staff (institution, RIAYA_STAFF_DOCTOR_HOURS), ==, 240);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (institution), RIAYA_EXCHANGE_DATA_UPDATED), ==,
                   "2026-10-02T08:30:00Z");
  g_assert_null (g_object_get_data (G_OBJECT (institution), RIAYA_EXCHANGE_DATA_DELETED));

  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (institution)), ==, 2);
  event = g_list_model_get_item (riaya_institution_get_events (institution), 0);
  g_assert_cmpstr (riaya_licence_event_get_uuid (event), ==, "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
  g_assert_cmpint (riaya_licence_event_get_kind (event), ==, RIAYA_LICENCE_EVENT_GRANTED);
  g_assert_cmpstr (riaya_licence_event_get_note (event), ==, "Autorisation initiale");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (event), RIAYA_EXCHANGE_DATA_RECORDED), ==,
                   "2019-03-20T09:00:00Z");
  g_assert_cmpint (riaya_institution_get_status_on (institution, "2025-07-01"), ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_cmpuint (riaya_institution_get_places_on (institution, "2026-12-31"), ==, 55);
  places = g_list_model_get_item (riaya_institution_get_capacity_lines (institution), 1);
  g_assert_cmpstr (riaya_capacity_line_get_uuid (places), ==, "4f5a6b7c-8d9e-4fa0-b1c2-3d4e5f607182");
  g_assert_cmpint (riaya_capacity_line_get_sex (places), ==, RIAYA_SEX_FEMALE);

  g_assert_cmpstr (bundle->counted_on, ==, "2026-12-31");
  g_assert_false (bundle->over_capacity);
  g_assert_cmpuint (bundle->count_lines->len, ==, 3);
  line = &g_array_index (bundle->count_lines, RiayaCountLine, 2);
  g_assert_cmpint (line->category, ==, RIAYA_CATEGORY_ELDERLY);
  g_assert_cmpint (line->sex, ==, RIAYA_SEX_FEMALE);
  g_assert_cmpint (line->age_band, ==, RIAYA_AGE_BAND_75_PLUS);
  g_assert_cmpuint (line->present, ==, 22);
  g_assert_cmpstr (bundle->period_from, ==, "2026-01-01");
  g_assert_cmpstr (bundle->period_to, ==, "2026-12-31");
  g_assert_cmpuint (bundle->movements->len, ==, 3);
  movement = &g_array_index (bundle->movements, RiayaMovementLine, 2);
  g_assert_false (movement->admission);
  g_assert_cmpint (movement->reason, ==, RIAYA_EXIT_REASON_DEATH);
  g_assert_cmpuint (movement->count, ==, 2);
  movement = &g_array_index (bundle->movements, RiayaMovementLine, 1);
  g_assert_true (movement->admission);
  g_assert_cmpint (movement->reason, ==, RIAYA_REFERRAL_LOCAL_AUTHORITY);

  g_assert_cmpuint (bundle->grants->len, ==, 1);
  grant = g_ptr_array_index (bundle->grants, 0);
  g_assert_cmpstr (riaya_grant_get_institution_uuid (grant), ==, riaya_institution_get_uuid (institution));
  g_assert_cmpuint (riaya_grant_get_year (grant), ==, 2026);
  g_assert_cmpint (riaya_grant_get_amount (grant), ==, 12000000);
  g_assert_cmpstr (riaya_grant_get_convention_ref (grant), ==, "CONV-07-2026-041");
  g_assert_cmpstr (riaya_grant_get_justification_due (grant), ==, "2027-03-31");
  g_assert_cmpint (riaya_grant_get_paid (grant), ==, 6000000);
  tranche = g_list_model_get_item (riaya_grant_get_tranches (grant), 1);
  g_assert_cmpstr (riaya_grant_tranche_get_uuid (tranche), ==, "7c8d9eaf-b0c1-4d23-a4e5-6f708192a3b5");
  g_assert_null (riaya_grant_tranche_get_paid_on (tranche));

  g_assert_cmpuint (bundle->inspections->len, ==, 1);
  visit = g_ptr_array_index (bundle->inspections, 0);
  g_assert_cmpstr (riaya_inspection_get_done_on (visit), ==, "2026-05-12");
  g_assert_cmpuint (riaya_inspection_get_members_present (visit), ==, 5);
  g_assert_cmpuint (riaya_inspection_get_revision (visit), ==, 2);
  g_assert_true (g_str_has_suffix (riaya_inspection_get_committee (visit), "\nDélégué de l'Entraide Nationale"));
  g_assert_cmpint (riaya_inspection_get_check (visit, RIAYA_CHECK_AREA_SAFETY), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpstr (riaya_inspection_get_check_note (visit, RIAYA_CHECK_AREA_SAFETY), ==, "Extincteurs périmés");
  g_assert_cmpint (riaya_inspection_get_check (visit, RIAYA_CHECK_AREA_HEALTH), ==, RIAYA_CHECK_NOT_ASSESSED);
  action = g_list_model_get_item (riaya_inspection_get_actions (visit), 0);
  g_assert_cmpstr (riaya_corrective_action_get_description (action), ==, "Remplacer les extincteurs");
  g_assert_cmpstr (riaya_corrective_action_get_done_on (action), ==, "2026-07-20");

  g_assert_cmpuint (bundle->residents->len, ==, 1);
  g_assert_cmpstr (riaya_resident_get_first_name (g_ptr_array_index (bundle->residents, 0)), ==, "Khadija");
  g_assert_cmpstr (riaya_resident_get_birth_date (g_ptr_array_index (bundle->residents, 0)), ==, "1941-05-02");
  g_assert_cmpuint (bundle->stays->len, ==, 1);
  stay = g_ptr_array_index (bundle->stays, 0);
  g_assert_true (riaya_stay_get_resident (stay) == g_ptr_array_index (bundle->residents, 0));
  g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, 41);
  g_assert_cmpstr (riaya_stay_get_institution_uuid (stay), ==, riaya_institution_get_uuid (institution));
  g_assert_null (riaya_stay_get_exited_on (stay));

  collected_clear (&c);
}

/* --- The invalid corpus ----------------------------------------------- */

typedef struct
{
  const char         *file;
  RiayaExchangeError  code;
  int                 line;     /* named in the message */
  const char         *problem; /* a part of the message that names the problem */
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "not-xml.xml", RIAYA_EXCHANGE_ERROR_NOT_XML, 1, "not well-formed XML" },
  { "truncated.xml", RIAYA_EXCHANGE_ERROR_NOT_XML, 47, "cut short" },
  { "empty.xml", RIAYA_EXCHANGE_ERROR_EMPTY, 1, "the file is empty" },
  { "wrong-root.xml", RIAYA_EXCHANGE_ERROR_NOT_EXCHANGE, 2, "begins with the element “riaya-export”" },
  { "wrong-namespace.xml", RIAYA_EXCHANGE_ERROR_NOT_EXCHANGE, 2, "in the namespace “urn:example:exchange”" },
  { "version-2.xml", RIAYA_EXCHANGE_ERROR_VERSION, 2, "version 2.0 of the exchange format" },
  { "billion-laughs.xml", RIAYA_EXCHANGE_ERROR_DTD, 2, "document type (DOCTYPE)" },
  { "external-entity.xml", RIAYA_EXCHANGE_ERROR_DTD, 2, "document type (DOCTYPE)" },
  { "doctype.xml", RIAYA_EXCHANGE_ERROR_DTD, 2, "document type (DOCTYPE)" },
  { "undeclared-entity.xml", RIAYA_EXCHANGE_ERROR_DTD, 15, "refers to an entity" },
  { "deep.xml", RIAYA_EXCHANGE_ERROR_TOO_DEEP, 72, "nested far deeper" },
  { "invalid-utf8.xml", RIAYA_EXCHANGE_ERROR_ENCODING, 15, "not valid UTF-8" },
  { "bidi-override.xml", RIAYA_EXCHANGE_ERROR_UNSAFE_TEXT, 14, "U+202E" },
  { "digest-mismatch.xml", RIAYA_EXCHANGE_ERROR_DIGEST, 9, "does not match the content" },
  { "counts-mismatch.xml", RIAYA_EXCHANGE_ERROR_COUNTS, 8, "counts 2 “grants”, and the file holds 1" },
  { "negative-number.xml", RIAYA_EXCHANGE_ERROR_RANGE, 35, "-30, the “places” of <capacity-line>, is negative" },
  { "capacity-10-million.xml", RIAYA_EXCHANGE_ERROR_RANGE, 36, "10000000, the “places” of <capacity-line>" },
  { "unknown-type.xml", RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE, 12, "“orphanage” is not a code that Riaya knows for “type”" },
  { "unknown-category.xml", RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE, 36, "“teenager” is not a code that Riaya knows for “category”" },
  { "unknown-province.xml", RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE, 12, "“99.999” is not the code of a province" },
  { "date-1850.xml", RIAYA_EXCHANGE_ERROR_RANGE, 12, "“1850-03-14”, the “licence-date” of <institution>" },
  { "date-2300.xml", RIAYA_EXCHANGE_ERROR_RANGE, 52, "“2300-05-12”, the “planned” of <inspection>" },
  { "duplicate-uuid.xml", RIAYA_EXCHANGE_ERROR_DUPLICATE, 36, "3e4f5a6b-7c8d-4e9f-a0b1-2c3d4e5f6071" },
  { "over-capacity.xml", RIAYA_EXCHANGE_ERROR_OVER_CAPACITY, 37, "40 people of the category “Elderly persons” (Female) were present for 25 places" },
};

static void
test_invalid_file (gconstpointer data)
{
  const InvalidCase *test = data;
  g_autofree char *name = g_build_filename ("invalid", test->file, NULL);
  g_autofree char *path = data_path (name);
  g_autofree char *where = NULL;
  g_autoptr(GError) error = NULL;
  Collected c = { 0 };

  g_assert_false (read_path (path, &c, &error));
  g_assert_nonnull (error);
  if (g_getenv ("RIAYA_TEST_PRINT") != NULL)
    g_printerr ("%s: %d %s\n", test->file, error->code, error->message);
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, (int) test->code);

  /* The file, the line and the problem, in one sentence that says what
   * to do. */
  where = g_strdup_printf ("%s, line %d: ", test->file, test->line);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_nonnull (strstr (error->message, test->problem));
  g_assert_true (g_str_has_suffix (error->message, "Ask whoever sent the file for a new export.") ||
                 g_str_has_suffix (error->message, "for a version 1 export."));

  collected_clear (&c);
}

/* An external entity naming /etc/passwd: nothing of that file reaches the
 * caller, the message or anything read. */
static void
test_external_entity_never_loaded (void)
{
  g_autofree char *path = data_path ("invalid/external-entity.xml");
  g_autofree char *passwd = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  Collected c = { 0 };

  g_assert_false (read_path (path, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_DTD);
  g_assert_null (c.header);
  g_assert_cmpuint (c.bundles->len, ==, 0);

  g_assert_null (strstr (error->message, "root:"));
  if (!g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    {
      collected_clear (&c);
      g_test_skip ("/etc/passwd cannot be read here: only the code and the callbacks were checked");
      return;
    }
  lines = g_strsplit (passwd, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strlen (lines[i]) > 4)
      g_assert_null (strstr (error->message, lines[i]));

  collected_clear (&c);
}

/* A regular file over the cap is refused before a byte of it is read:
 * made sparse, 513 MiB of nothing after a valid start. */
static void
test_too_large_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autofree char *base_path = data_path ("base-small.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  Collected c = { 0 };
  gsize length;
  FILE *out;

  g_file_get_contents (base_path, &contents, &length, &error);
  g_assert_no_error (error);
  out = g_fopen (path, "wb");
  g_assert_nonnull (out);
  g_assert_cmpuint (fwrite (contents, 1, length, out), ==, length);
  g_assert_cmpint (ftruncate (fileno (out), (off_t) RIAYA_EXCHANGE_MAX_BYTES + 1024 * 1024), ==, 0);
  fclose (out);

  g_assert_false (read_path (path, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_TOO_LARGE);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_true (g_str_has_prefix (error->message, "huge.xml is larger than 536.9\u00a0MB"));
  g_assert_null (c.header);

  collected_clear (&c);
  remove_temp_dir (dir);
}

static gpointer
write_fifo (gpointer data)
{
  const char *path = data;
  g_autofree char *base_path = data_path ("base-small.xml");
  g_autofree char *contents = NULL;
  gsize length;
  FILE *out;

  g_file_get_contents (base_path, &contents, &length, NULL);
  out = g_fopen (path, "wb");
  if (out == NULL)
    return NULL;
  /* The reader stops reading: the pipe breaks, which is expected. */
  fwrite (contents, 1, length, out);
  fclose (out);
  return NULL;
}

/* A stream of unknown size is counted as it is read, and refused when it
 * passes the cap (lowered for the test). */
static void
test_too_large_stream (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "stream.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GThread) writer = NULL;
  Collected c = { 0 };

  if (mkfifo (path, 0600) != 0)
    {
      g_test_skip_printf ("no FIFO can be made here (%s)", g_strerror (errno));
      remove_temp_dir (dir);
      return;
    }

  signal (SIGPIPE, SIG_IGN);
  writer = g_thread_new ("fifo", write_fifo, path);
  _riaya_exchange_reader_set_max_bytes (2048);
  g_assert_false (read_path (path, &c, &error));
  _riaya_exchange_reader_set_max_bytes (0);
  g_thread_join (g_steal_pointer (&writer));

  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "stream.xml is larger than 2.0\u00a0kB"));

  collected_clear (&c);
  remove_temp_dir (dir);
}

/* --- The other side of each rule -------------------------------------- */

static void
read_variant_ok (const char *dir,
                 const char *path,
                 Collected  *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (read_path (path, c, &error));
  g_assert_no_error (error);
}

/* More present than places, confirmed by the producer. */
static void
test_over_capacity_confirmed (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = NULL;
  RiayaInstitutionBundle *bundle;
  Collected c = { 0 };

  path = write_variant (dir, "confirmed.xml",
                        "sex=\"f\" age-band=\"75-plus\" count=\"22\"", "sex=\"f\" age-band=\"75-plus\" count=\"40\"",
                        "over-capacity=\"false\"", "over-capacity=\"true\"",
                        NULL);
  read_variant_ok (dir, path, &c);
  bundle = g_ptr_array_index (c.bundles, 0);
  g_assert_true (bundle->over_capacity);

  collected_clear (&c);
  remove_temp_dir (dir);
}

/* A reader of 1.0 reads a 1.7 file, skipping what a later 1.x adds in
 * another namespace (elements and attributes). */
static void
test_later_minor_version (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = NULL;
  Collected c = { 0 };

  path = write_variant (dir, "later.xml",
                        "version=\"1.0\">", "version=\"1.7\" xmlns:x=\"urn:example:later\">",
                        "<capacity-line uuid=\"3e4f5a6b",
                        "<capacity-line x:shared=\"yes\" uuid=\"3e4f5a6b",
                        "</inspection>",
                        "<x:photo taken=\"2026-05-12\"><x:caption>Façade</x:caption><x:e><x:e/></x:e></x:photo></inspection>",
                        NULL);
  read_variant_ok (dir, path, &c);
  g_assert_cmpuint (c.bundles->len, ==, 1);
  g_assert_cmpuint (riaya_institution_bundle_count_records (g_ptr_array_index (c.bundles, 0)), ==, 16);

  collected_clear (&c);
  remove_temp_dir (dir);
}

/* A province with no institution: a body without any, whole or empty. */
static void
test_empty_body (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *base_path = data_path ("base-small.xml");
  g_autofree char *contents = NULL;
  const char *forms[] = { "<body>\n  </body>", "<body/>" };

  g_file_get_contents (base_path, &contents, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GString) data = g_string_new (contents);
      g_autofree char *path = g_build_filename (dir, "empty-body.xml", NULL);
      g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, forms[i], -1);
      const char *start = strstr (data->str, "<body>");
      const char *end = strstr (data->str, "</body>") + strlen ("</body>");
      g_autoptr(GError) error = NULL;
      Collected c = { 0 };
      char *digest;

      g_string_erase (data, start - data->str, end - start);
      g_string_insert (data, start - data->str, forms[i]);
      g_string_replace (data, "institutions=\"1\" licence-events=\"2\" capacity-lines=\"2\" grants=\"1\" tranches=\"2\" inspections=\"1\" corrective-actions=\"1\" resident-counts=\"1\" movements=\"3\" residents=\"1\" stays=\"1\"",
                        "institutions=\"0\" licence-events=\"0\" capacity-lines=\"0\" grants=\"0\" tranches=\"0\" inspections=\"0\" corrective-actions=\"0\" resident-counts=\"0\" movements=\"0\" residents=\"0\" stays=\"0\"", 1);
      digest = strstr (data->str, "<digest algorithm=\"sha256\">") + strlen ("<digest algorithm=\"sha256\">");
      memcpy (digest, hex, 64);
      g_file_set_contents (path, data->str, data->len, &error);
      g_assert_no_error (error);

      g_assert_true (read_path (path, &c, &error));
      g_assert_no_error (error);
      g_assert_nonnull (c.header);
      g_assert_cmpuint (c.bundles->len, ==, 0);
      collected_clear (&c);
    }

  remove_temp_dir (dir);
}

/* A file that declares another encoding, or is not UTF-8 at all. */
static void
test_other_encodings (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *latin = NULL;
  g_autofree char *wide = g_build_filename (dir, "utf16.xml", NULL);
  g_autofree char *base_path = data_path ("base-small.xml");
  g_autofree char *contents = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  Collected c = { 0 };

  latin = write_variant (dir, "latin1.xml",
                         "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", NULL);
  g_assert_false (read_path (latin, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "latin1.xml, line 2: the file is written in ISO-8859-1"));
  collected_clear (&c);
  g_clear_error (&error);

  g_file_get_contents (base_path, &contents, NULL, NULL);
  utf16 = g_convert (contents, -1, "UTF-16", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (wide, utf16, length, &error);
  g_assert_no_error (error);
  g_assert_false (read_path (wide, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "utf16.xml, line 1: the file is not UTF-8 text, as an exchange file is: it is written in UTF-16 or UTF-32"));
  collected_clear (&c);

  remove_temp_dir (dir);
}

/* A deleted record says so; a tranche and a stay keep their own fields. */
static void
test_deleted_kept (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = NULL;
  RiayaInstitutionBundle *bundle;
  Collected c = { 0 };

  path = write_variant (dir, "deleted.xml",
                        "updated=\"2026-09-01T10:00:00Z\">",
                        "updated=\"2026-09-01T10:00:00Z\" deleted=\"2026-10-01T07:00:00Z\">",
                        NULL);
  read_variant_ok (dir, path, &c);
  bundle = g_ptr_array_index (c.bundles, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (g_ptr_array_index (bundle->grants, 0)), RIAYA_EXCHANGE_DATA_DELETED),
                   ==, "2026-10-01T07:00:00Z");
  g_assert_null (g_object_get_data (G_OBJECT (bundle->institution), RIAYA_EXCHANGE_DATA_DELETED));

  collected_clear (&c);
  remove_temp_dir (dir);
}

/* A caller that refuses a bundle stops the reading with its own error;
 * a cancelled read says so. */
static void
test_stopped (void)
{
  g_autofree char *path = data_path ("base-small.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Collected c = { .refuse_bundle = TRUE };

  g_assert_false (read_path (path, &c, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpuint (c.bundles->len, ==, 1);
  collected_clear (&c);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  c.refuse_bundle = FALSE;
  c.bundles = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_bundle_free);
  g_assert_false (riaya_exchange_read (file, on_header, on_bundle, &c, cancellable, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);
  g_assert_cmpuint (c.bundles->len, ==, 0);
  collected_clear (&c);
}

/* A file that cannot be opened. */
static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  Collected c = { 0 };

  g_assert_false (read_path ("/nonexistent/riaya-07.161-2026-1.xml", &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "riaya-07.161-2026-1.xml cannot be read"));
  collected_clear (&c);
}

/* libxml2 keeps an element's line in 16 bits: a message still names the
 * right line past 65535, in a national file's way (one element a line:
 * here 70,000 services, each said again). */
static void
test_line_past_65535 (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GString) services = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  Collected c = { 0 };

  for (guint i = 0; i < 70000; i++)
    g_string_append (services, "        <service code=\"meals\"/>\n");
  g_string_append (services, "        <service code=\"reception\"/>");

  path = write_variant (dir, "long.xml",
                        "        <service code=\"reception\"/>", services->str,
                        "places=\"30\"", "places=\"-30\"",
                        NULL);
  g_assert_false (read_path (path, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_RANGE);
  g_assert_true (g_str_has_prefix (error->message, "long.xml, line 70035: the number -30"));
  collected_clear (&c);
  g_clear_error (&error);

  /* A message made at the end of an element names where it starts. */
  g_free (path);
  path = write_variant (dir, "long-count.xml",
                        "        <service code=\"reception\"/>", services->str,
                        "sex=\"f\" age-band=\"75-plus\" count=\"22\"", "sex=\"f\" age-band=\"75-plus\" count=\"40\"",
                        NULL);
  g_assert_false (read_path (path, &c, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_OVER_CAPACITY);
  g_assert_true (g_str_has_prefix (error->message, "long-count.xml, line 70037: "));
  collected_clear (&c);

  remove_temp_dir (dir);
}

/* Unsafe text: bidi overrides and isolates, and control characters. */
static void
test_unsafe_text (void)
{
  gunichar c = 0;

  g_assert_false (_riaya_exchange_text_is_unsafe ("دار الطالبة\tFès\n12/2019", &c));
  /* Marks that only set the direction of neutral characters are safe. */
  g_assert_false (_riaya_exchange_text_is_unsafe ("\u200f12/2019\u200e", &c));
  g_assert_true (_riaya_exchange_text_is_unsafe ("Dar \u202eabc", &c));
  g_assert_cmpuint (c, ==, 0x202e);
  g_assert_true (_riaya_exchange_text_is_unsafe ("\u2066x\u2069", &c));
  g_assert_cmpuint (c, ==, 0x2066);
  g_assert_true (_riaya_exchange_text_is_unsafe ("a\rb", &c));
  g_assert_cmpuint (c, ==, '\r');
  g_assert_true (_riaya_exchange_text_is_unsafe ("\u202a", &c));
  g_assert_cmpuint (c, ==, 0x202a);
  g_assert_true (_riaya_exchange_text_is_unsafe ("مؤسسة \u2069", &c));
  g_assert_cmpuint (c, ==, 0x2069);
  g_assert_true (_riaya_exchange_text_is_unsafe ("x\x1b[31m", &c));
  g_assert_cmpuint (c, ==, 0x1b);
  /* Their neighbours are not: a line separator, the en dash, U+2065. */
  g_assert_false (_riaya_exchange_text_is_unsafe ("\u2028 \u2029 \u2013 \u2065 \u206a", &c));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange-reader/valid", test_valid_file);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *name = g_strconcat ("/exchange-reader/invalid/", invalid_cases[i].file, NULL);

      g_test_add_data_func (name, &invalid_cases[i], test_invalid_file);
    }
  g_test_add_func ("/exchange-reader/external-entity-never-loaded", test_external_entity_never_loaded);
  g_test_add_func ("/exchange-reader/too-large/file", test_too_large_file);
  g_test_add_func ("/exchange-reader/too-large/stream", test_too_large_stream);
  g_test_add_func ("/exchange-reader/over-capacity-confirmed", test_over_capacity_confirmed);
  g_test_add_func ("/exchange-reader/later-minor-version", test_later_minor_version);
  g_test_add_func ("/exchange-reader/empty-body", test_empty_body);
  g_test_add_func ("/exchange-reader/other-encodings", test_other_encodings);
  g_test_add_func ("/exchange-reader/deleted-kept", test_deleted_kept);
  g_test_add_func ("/exchange-reader/stopped", test_stopped);
  g_test_add_func ("/exchange-reader/missing-file", test_missing_file);
  g_test_add_func ("/exchange-reader/line-past-65535", test_line_past_65535);
  g_test_add_func ("/exchange-reader/unsafe-text", test_unsafe_text);

  return g_test_run ();
}
