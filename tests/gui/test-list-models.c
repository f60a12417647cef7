/* test-list-models.c — the registry list's models, and its numbers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filter model and the rows model are what make a search keystroke
 * fit in a frame: each must still say exactly what changed, so that the
 * list shows the right institutions. Checked here on a small list, by
 * listening to what they tell the view.
 */

#include "config.h"

#include <locale.h>

#include "gui-test-util.h"
#include "riaya-institution-filter-model.h"
#include "riaya-institution-rows.h"
#include "riaya-ui-util.h"

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->n_signals++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

static void
change_is (Change *change,
           guint   position,
           guint   removed,
           guint   added)
{
  g_assert_cmpuint (change->n_signals, ==, 1);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  *change = (Change) { 0 };
}

/* Five institutions, in this order: A (student house, Tanger, 60),
 * B (student house, Tétouan, 80), C (elderly, Oujda, 40), D (student
 * house, Fès, 50), E (child protection, Nador, 30). */
static GListStore *
new_source (void)
{
  GListStore *source = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  static const struct
  {
    const char          *licence;
    const char          *name;
    RiayaInstitutionType type;
    const char          *province;
    RiayaCategory        category;
    guint                places;
  } rows[] = {
    { "EPS-M-001", "Dar Taliba Tanger", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.511", RIAYA_CATEGORY_PUPIL, 60 },
    { "EPS-M-002", "Dar Talib Tétouan", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.571", RIAYA_CATEGORY_PUPIL, 80 },
    { "EPS-M-003", "Maison des personnes âgées Oujda", RIAYA_INSTITUTION_TYPE_ELDERLY, "02.411",
      RIAYA_CATEGORY_ELDERLY, 40 },
    { "EPS-M-004", "Dar Taliba Fès", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "03.231", RIAYA_CATEGORY_PUPIL, 50 },
    { "EPS-M-005", "Foyer d’enfants Nador", RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, "02.381",
      RIAYA_CATEGORY_CHILD, 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(RiayaInstitution) institution =
        gui_test_institution_new (rows[i].licence, rows[i].name, NULL, rows[i].type,
                                  rows[i].province, rows[i].category, rows[i].places);

      g_list_store_append (source, institution);
    }

  return source;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* What GtkListView does: the adjustment's height follows the rows. */
static void
on_rows_changed (GListModel    *rows,
                 guint          position,
                 guint          removed,
                 guint          added,
                 GtkAdjustment *adjustment)
{
  gtk_adjustment_set_upper (adjustment, 20.0 * g_list_model_get_n_items (rows));
}

static const char *
licence_at (GListModel *model,
            guint       position)
{
  g_autoptr(RiayaInstitution) institution = g_list_model_get_item (model, position);

  return institution != NULL ? riaya_institution_get_licence_number (institution) : NULL;
}

/* One items-changed per change, over the smallest range that differs,
 * and the footer's places with it. */
static void
test_filter_model_changes (void)
{
  g_autoptr(GListStore) source = new_source ();
  g_autoptr(RiayaInstitutionFilterModel) filtered = riaya_institution_filter_model_new (G_LIST_MODEL (source));
  GListModel *model = G_LIST_MODEL (filtered);
  Change change = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpuint (riaya_institution_filter_model_get_places (filtered), ==, 260);
  g_signal_connect (filtered, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* "dar tal" hides C and E: the range from C to the end changes. */
  riaya_institution_filter_model_set_search (filtered, "  Dar TAL ");
  change_is (&change, 2, 3, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (licence_at (model, 2), ==, "EPS-M-004");
  g_assert_cmpuint (riaya_institution_filter_model_get_places (filtered), ==, 190);

  /* "taliba" (stricter) hides B alone. */
  riaya_institution_filter_model_set_search (filtered, "dar taliba");
  change_is (&change, 1, 1, 0);
  g_assert_cmpuint (riaya_institution_filter_model_get_places (filtered), ==, 110);

  /* The same words again change nothing and say nothing. */
  riaya_institution_filter_model_set_search (filtered, "DAR  TALIBA");
  g_assert_cmpuint (change.n_signals, ==, 0);

  /* Filters and search together; then the province alone. */
  riaya_institution_filter_model_set_region (filtered, "03");
  change_is (&change, 0, 1, 0);
  g_assert_cmpstr (licence_at (model, 0), ==, "EPS-M-004");
  riaya_institution_filter_model_set_search (filtered, NULL);
  riaya_institution_filter_model_set_region (filtered, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  change = (Change) { 0 };
  /* E is last before and after: only the range before it changes. */
  riaya_institution_filter_model_set_province (filtered, "02.381");
  change_is (&change, 0, 4, 0);
  g_assert_cmpstr (licence_at (model, 0), ==, "EPS-M-005");
  riaya_institution_filter_model_set_province (filtered, NULL);
  change_is (&change, 0, 0, 4);

  riaya_institution_filter_model_set_type (filtered, RIAYA_INSTITUTION_TYPE_ELDERLY);
  change_is (&change, 0, 5, 1);
  g_assert_cmpstr (licence_at (model, 0), ==, "EPS-M-003");
  riaya_institution_filter_model_set_type (filtered, -1);
  change_is (&change, 0, 1, 5);
  g_assert_cmpuint (riaya_institution_filter_model_get_places (filtered), ==, 260);
}

/* An institution replaced by itself (an edit saved) is told as changed
 * even when it stays shown, so that its row shows the edit; removed and
 * added ones shift the rest. */
static void
test_filter_model_follows_source (void)
{
  g_autoptr(GListStore) source = new_source ();
  g_autoptr(RiayaInstitutionFilterModel) filtered = riaya_institution_filter_model_new (G_LIST_MODEL (source));
  GListModel *model = G_LIST_MODEL (filtered);
  Change change = { 0 };
  guint position;

  riaya_institution_filter_model_set_search (filtered, "dar");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_signal_connect (filtered, "items-changed", G_CALLBACK (on_items_changed), &change);

  {
    g_autoptr(RiayaInstitution) b = g_list_model_get_item (G_LIST_MODEL (source), 1);

    riaya_institution_set_name_fr (b, "Dar Talib Tétouan Centre");
    g_list_store_splice (source, 1, 1, (gpointer *) &b, 1);
    change_is (&change, 1, 1, 1);
    g_assert_true (riaya_institution_filter_model_find (filtered, b, &position));
    g_assert_cmpuint (position, ==, 1);
  }

  /* C (hidden) removed: nothing shown changes. */
  g_list_store_remove (source, 2);
  g_assert_cmpuint (change.n_signals, ==, 0);
  /* A removed: the rest moves up. */
  g_list_store_remove (source, 0);
  change_is (&change, 0, 1, 0);
  g_assert_cmpstr (licence_at (model, 0), ==, "EPS-M-002");
  g_assert_cmpuint (riaya_institution_filter_model_get_places (filtered), ==, 130);
}

/* The rows stay where they are and change institution; only their number
 * is told, at the end. Without an adjustment, at once. */
static void
test_rows_keep_their_objects (void)
{
  g_autoptr(GListStore) source = new_source ();
  g_autoptr(RiayaInstitutionFilterModel) filtered = riaya_institution_filter_model_new (G_LIST_MODEL (source));
  g_autoptr(RiayaInstitutionRows) rows = riaya_institution_rows_new (G_LIST_MODEL (filtered));
  g_autoptr(RiayaInstitutionRow) first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_autoptr(RiayaInstitutionRow) last = g_list_model_get_item (G_LIST_MODEL (rows), 4);
  g_autoptr(RiayaInstitutionRow) again = NULL;
  Change change = { 0 };
  guint notified = 0;

  g_assert_cmpstr (riaya_institution_get_licence_number (riaya_institution_row_get_institution (first)), ==,
                   "EPS-M-001");
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), &change);
  g_signal_connect (first, "notify::institution", G_CALLBACK (count_notify), &notified);

  riaya_institution_filter_model_set_search (filtered, "oujda");
  change_is (&change, 1, 4, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (riaya_institution_get_licence_number (riaya_institution_row_get_institution (first)), ==,
                   "EPS-M-003");
  /* The row past the end is no longer a row of the list. */
  g_assert_null (riaya_institution_row_get_institution (last));

  again = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_true (again == first);

  riaya_institution_filter_model_set_search (filtered, "");
  change_is (&change, 1, 0, 4);
  g_assert_cmpstr (riaya_institution_get_licence_number (riaya_institution_row_get_institution (first)), ==,
                   "EPS-M-001");
}

static gboolean
n_items_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* With the list's adjustment, the rows on screen change at once, and
 * those out of sight follow, after the frame. */
static void
test_rows_catch_up (void)
{
  g_autoptr(GListStore) source = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  g_autoptr(RiayaInstitutionFilterModel) filtered = riaya_institution_filter_model_new (G_LIST_MODEL (source));
  g_autoptr(RiayaInstitutionRows) rows = riaya_institution_rows_new (G_LIST_MODEL (filtered));
  /* 10 rows of 20 pixels on screen. */
  GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 0, 20, 200, 200);
  g_autoptr(RiayaInstitutionRow) row = NULL;
  gpointer args[2] = { rows, NULL };

  g_object_ref_sink (adjustment);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_rows_changed), adjustment);
  riaya_institution_rows_set_adjustment (rows, adjustment);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *licence = g_strdup_printf ("EPS-N-%04u", i);
      g_autoptr(RiayaInstitution) institution =
        gui_test_institution_new (licence, i < 500 ? "Dar Taliba" : "Dar Talib", NULL,
                                  RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.511", RIAYA_CATEGORY_PUPIL, 10);

      g_list_store_append (source, institution);
    }

  /* Filled from nothing: the screen's rows first (and two more). */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 12);
  args[1] = GUINT_TO_POINTER (1000);
  g_assert_true (gui_test_wait_until (n_items_is, args));

  /* Narrowed to 500: the rows past 500 are out of sight and go later,
   * showing no institution meanwhile. */
  row = g_list_model_get_item (G_LIST_MODEL (rows), 700);
  riaya_institution_filter_model_set_search (filtered, "taliba");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 500);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 1000);
  g_assert_null (riaya_institution_row_get_institution (row));
  args[1] = GUINT_TO_POINTER (500);
  g_assert_true (gui_test_wait_until (n_items_is, args));

  /* Narrowed to 5: rows on screen would be empty, so at once. */
  riaya_institution_filter_model_set_search (filtered, "eps-n-000");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 10);
  riaya_institution_filter_model_set_search (filtered, "eps-n-0001");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 1);

  /* Widened again: the screen's rows at once; a row the selection must
   * reach is made at once too, the rest follows. */
  riaya_institution_filter_model_set_search (filtered, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 12);
  riaya_institution_rows_reach (rows, 700);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 701);
  {
    g_autoptr(RiayaInstitutionRow) reached = g_list_model_get_item (G_LIST_MODEL (rows), 700);

    g_assert_cmpstr (riaya_institution_get_licence_number (riaya_institution_row_get_institution (reached)), ==,
                     "EPS-N-0700");
  }
  args[1] = GUINT_TO_POINTER (1000);
  g_assert_true (gui_test_wait_until (n_items_is, args));

  g_object_unref (adjustment);
}

/* Counts are grouped as the interface language writes them, whatever
 * LC_NUMERIC says. */
static void
test_format_count (void)
{
  static const struct
  {
    const char *language;
    guint64     count;
    const char *expected;
  } cases[] = {
    { "en", 0, "0" },
    { "en", 999, "999" },
    { "en", 1000, "1,000" },
    { "en", 115214, "115,214" },
    { "en", 1162084, "1,162,084" },
    { "fr", 999, "999" },
    { "fr", 115214, "115\u202f214" },
    { "fr", 1162084, "1\u202f162\u202f084" },
    { "ar", 115214, "115,214" },
  };
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = NULL;
      char buffer[RIAYA_UI_COUNT_BUF_SIZE];

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      riaya_interface_language_reset ();
      formatted = riaya_ui_format_count (cases[i].count);
      riaya_ui_format_count_buf (cases[i].count, buffer, sizeof buffer);
      g_assert_cmpstr (formatted, ==, cases[i].expected);
      g_assert_cmpstr (buffer, ==, cases[i].expected);
    }

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  riaya_interface_language_reset ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add_func ("/list-models/filter-changes", test_filter_model_changes);
  g_test_add_func ("/list-models/filter-follows-source", test_filter_model_follows_source);
  g_test_add_func ("/list-models/rows-keep-their-objects", test_rows_keep_their_objects);
  g_test_add_func ("/list-models/rows-catch-up", test_rows_catch_up);
  g_test_add_func ("/list-models/format-count", test_format_count);

  return g_test_run ();
}
