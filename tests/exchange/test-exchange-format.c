/* test-exchange-format.c — docs/exchange-format.md: every code, and an example that holds
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Other programs read and write exchange files from the documentation
 * alone, so every code a file may carry must be in it: each vocabulary
 * has its section, a table whose rows start with the code. This test
 * fails when a code is added to riaya-enums.h (or riaya-inspection.h, or
 * a province to data/morocco-territories.csv) but not to the
 * documentation, and when the documentation names a code that does not
 * exist. With --print it writes the tables, in English, to paste into the
 * documentation. The example file of the documentation is checked as any
 * exported file is (export-check.h): the schema, the digest, the counts.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "export-check.h"
#include "riaya-core.h"
#include "riaya-inspection.h"

typedef const char *(*CodeFunc) (guint value);

typedef struct
{
  const char *title;     /* the section's heading, after "### " */
  guint       n;
  CodeFunc    to_code;
  CodeFunc    to_label;
} Vocabulary;

#define VOCABULARY(title, n, prefix) \
  { title, n, (CodeFunc) prefix##_to_code, (CodeFunc) prefix##_to_label }

/* Every vocabulary the format carries, in the documentation's order. */
static const Vocabulary vocabularies[] = {
  VOCABULARY ("Profiles", RIAYA_N_PROFILES, riaya_profile),
  VOCABULARY ("Legal bases", RIAYA_N_LEGAL_BASES, riaya_legal_basis),
  VOCABULARY ("Institution types", RIAYA_N_INSTITUTION_TYPES, riaya_institution_type),
  VOCABULARY ("Beneficiary categories", RIAYA_N_CATEGORIES, riaya_category),
  VOCABULARY ("Sexes", RIAYA_N_SEXES, riaya_sex),
  VOCABULARY ("Services", RIAYA_N_SERVICES, riaya_service),
  VOCABULARY ("Staff roles", RIAYA_N_STAFF_ROLES, riaya_staff_role),
  VOCABULARY ("Licence events", RIAYA_N_LICENCE_EVENT_KINDS, riaya_licence_event_kind),
  VOCABULARY ("Age bands", RIAYA_N_AGE_BANDS, riaya_age_band),
  VOCABULARY ("Referrals", RIAYA_N_REFERRALS, riaya_referral),
  VOCABULARY ("Exit reasons", RIAYA_N_EXIT_REASONS, riaya_exit_reason),
  VOCABULARY ("Grant kinds", RIAYA_N_GRANT_KINDS, riaya_grant_kind),
  VOCABULARY ("Visit kinds", RIAYA_N_VISIT_KINDS, riaya_visit_kind),
  VOCABULARY ("Decisions", RIAYA_N_DECISIONS, riaya_decision),
  VOCABULARY ("Check areas", RIAYA_N_CHECK_AREAS, riaya_check_area),
  VOCABULARY ("Check results", RIAYA_N_CHECK_RESULTS, riaya_check_result),
};

#define PROVINCES_TITLE "Provinces and prefectures"

static char *documentation;

/* The text of the section "### @title", up to the next heading. */
static char *
dup_section (const char *title)
{
  g_autofree char *heading = g_strdup_printf ("\n### %s\n", title);
  const char *start = strstr (documentation, heading);
  const char *end;

  if (start == NULL)
    g_error ("docs/exchange-format.md has no section “### %s”", title);
  start += strlen (heading);
  end = strstr (start, "\n#");

  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

/* The codes of the rows of the section's table: "| `code` | …". */
static GPtrArray *
section_codes (const char *section)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (section, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *start;
      const char *end;

      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      start = lines[i] + 3;
      end = strchr (start, '`');
      g_assert_nonnull (end);
      g_ptr_array_add (codes, g_strndup (start, end - start));
    }

  return codes;
}

static gboolean
contains (GPtrArray  *codes,
          const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), code))
      return TRUE;
  return FALSE;
}

static void
check_lists (const char  *title,
             GPtrArray   *expected)
{
  g_autofree char *section = dup_section (title);
  g_autoptr(GPtrArray) listed = section_codes (section);

  for (guint i = 0; i < expected->len; i++)
    if (!contains (listed, g_ptr_array_index (expected, i)))
      g_error ("docs/exchange-format.md, “%s”: the code “%s” is missing; "
               "run test-exchange-format --print for the table",
               title, (const char *) g_ptr_array_index (expected, i));
  for (guint i = 0; i < listed->len; i++)
    if (!contains (expected, g_ptr_array_index (listed, i)))
      g_error ("docs/exchange-format.md, “%s”: “%s” is not a code", title,
               (const char *) g_ptr_array_index (listed, i));
  g_assert_cmpuint (listed->len, ==, expected->len);
}

static GPtrArray *
vocabulary_codes (const Vocabulary *vocabulary)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint v = 0; v < vocabulary->n; v++)
    g_ptr_array_add (codes, g_strdup (vocabulary->to_code (v)));
  return codes;
}

static void
test_vocabulary (gconstpointer data)
{
  const Vocabulary *vocabulary = data;
  g_autoptr(GPtrArray) codes = vocabulary_codes (vocabulary);

  check_lists (vocabulary->title, codes);
}

/* The provinces of the reference, as (code, French name) pairs. */
static GPtrArray *
read_provinces (void)
{
  const char *datadir = g_getenv ("RIAYA_DATADIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *provinces = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_nonnull (datadir);
  path = g_build_filename (datadir, "morocco-territories.csv", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      if (g_strv_length (fields) < 5)
        continue;
      g_ptr_array_add (provinces, g_strdupv ((char *[]) { fields[3], fields[4], NULL }));
    }

  return provinces;
}

static void
test_provinces (void)
{
  g_autoptr(GPtrArray) provinces = read_provinces ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (provinces->len, ==, 75);
  for (guint i = 0; i < provinces->len; i++)
    g_ptr_array_add (codes, g_strdup (((char **) g_ptr_array_index (provinces, i))[0]));
  check_lists (PROVINCES_TITLE, codes);
}

/* The first block of XML of the section "## An example", byte for byte,
 * is a whole exchange file. */
static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExportFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("riaya-format-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *example = NULL;
  const char *start = strstr (documentation, "\n## An example\n");
  const char *end;

  g_assert_no_error (error);
  g_assert_nonnull (start);
  start = strstr (start, "\n```xml\n");
  g_assert_nonnull (start);
  start += strlen ("\n```xml\n");
  end = strstr (start, "\n```\n");
  g_assert_nonnull (end);
  example = g_strndup (start, end + 1 - start);

  path = g_build_filename (dir, "example.xml", NULL);
  g_assert_true (g_file_set_contents (path, example, -1, &error));
  file = export_check_file (path);
  g_assert_cmpuint (file->institutions, ==, 1);
  g_assert_cmpuint (file->records, >, 10);

  g_unlink (path);
  g_rmdir (dir);
}

static void
print_tables (void)
{
  g_autoptr(GPtrArray) provinces = read_provinces ();

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      const Vocabulary *vocabulary = &vocabularies[i];

      g_print ("### %s\n\n| Code | Meaning |\n|---|---|\n", vocabulary->title);
      for (guint v = 0; v < vocabulary->n; v++)
        g_print ("| `%s` | %s |\n", vocabulary->to_code (v), vocabulary->to_label (v));
      g_print ("\n");
    }

  g_print ("### %s\n\n| Code | Name |\n|---|---|\n", PROVINCES_TITLE);
  for (guint i = 0; i < provinces->len; i++)
    {
      char **province = g_ptr_array_index (provinces, i);

      g_print ("| `%s` | %s |\n", province[0], province[1]);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (argc > 1 && g_str_equal (argv[1], "--print"))
    {
      print_tables ();
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "docs", "exchange-format.md", NULL);
  if (!g_file_get_contents (path, &documentation, NULL, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/exchange/codes/%s", vocabularies[i].title);

      g_strdelimit (test_path, " ", '-');
      g_test_add_data_func (test_path, &vocabularies[i], test_vocabulary);
    }
  g_test_add_func ("/exchange/codes/provinces", test_provinces);
  g_test_add_func ("/exchange/format/example", test_example);

  return g_test_run ();
}
