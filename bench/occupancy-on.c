/* occupancy-on.c — how long the occupancy of every institution takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * occupancy-on [--runs N] DB [DATE [DATE]] reads, on DB's counts, the people
 * present in every institution on a past date (two years ago, by default)
 * and today, as a national user's list and reports do:
 *
 *   presence  riaya_store_presence_on (store, date, NULL): the latest
 *             count on or before the date of each institution;
 *   groups    the same, then riaya_occupancy_groups() for each
 *             institution against its capacity lines in force on that
 *             date: the whole "occupancy for every institution".
 *
 * For reference, side by side in the same runs and on the same
 * connection, it times SELECT count(*) FROM resident_count_lines: SQLite
 * reading every line of the counts table, with no work of ours. It tracks
 * the machine and the size of the table; the ratio says which share of
 * the table the occupancy reads (well under 1 when it reads only the
 * count that holds on the date).
 *
 * The measures are taken in turn, N times each (default 20) after one
 * unmeasured round, and printed as medians and 90th percentiles in µs,
 * one "name value" per line, with what was found (institutions counted,
 * people present, places, groups over capacity). Goal: under 50 ms.
 */

#include "config.h"

#include "riaya-store.h"
#include "riaya-store-private.h"
#include "riaya-store-residents.h"

typedef struct
{
  guint counted;      /* institutions with a count on or before the date */
  guint present;
  guint places;       /* of the institutions counted, in force on the date */
  guint groups;
  guint groups_over;
  guint institutions_over;
} Occupancy;

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
percentile (GArray *values,
            guint   percent)
{
  g_array_sort (values, compare_gint64);
  return g_array_index (values, gint64, MIN (values->len - 1, values->len * percent / 100));
}

static void
print_measure (const char *name,
               GArray     *values)
{
  g_print ("%s-median-us %" G_GINT64_FORMAT "\n", name, percentile (values, 50));
  g_print ("%s-p90-us %" G_GINT64_FORMAT "\n", name, percentile (values, 90));
}

static void
add_time (GArray *values,
          gint64  start)
{
  gint64 elapsed = g_get_monotonic_time () - start;

  g_array_append_val (values, elapsed);
}

/* The reference: every line of the counts table read by SQLite. */
static gint64
scan_count_lines (RiayaStore  *store,
                  GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (store, "SELECT count(*) FROM resident_count_lines", error);
  gint64 lines = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    lines = sqlite3_column_int64 (stmt, 0);
  else
    _riaya_store_set_error (store, error);
  sqlite3_reset (stmt);

  return lines;
}

/* Occupancy of every institution of @institutions on @on: presence from
 * the counts, then the groups of places of each. */
static gboolean
occupancy_on (RiayaStore  *store,
              GListModel  *institutions,
              const char  *on,
              Occupancy   *occupancy,
              GError     **error)
{
  g_autoptr(GHashTable) presence = riaya_store_presence_on (store, on, NULL, error);
  guint n = g_list_model_get_n_items (institutions);

  if (presence == NULL)
    return FALSE;

  *occupancy = (Occupancy) { 0 };
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const RiayaPresence *present = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));
      g_autoptr(GArray) groups = NULL;

      /* No count on or before the date: unknown, not empty. */
      if (present == NULL)
        continue;

      groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on, present);
      occupancy->counted++;
      occupancy->present += riaya_presence_total (present);
      occupancy->groups += groups->len;
      for (guint g = 0; g < groups->len; g++)
        {
          const RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, g);

          occupancy->places += group->places;
          occupancy->groups_over += riaya_occupancy_group_is_over (group);
        }
      occupancy->institutions_over += riaya_occupancy_any_over (groups);
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB [DATE [DATE]]");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) past = g_date_time_add_years (now, -2);
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *past_iso = g_date_time_format (past, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  const char *default_dates[] = { past_iso, today_iso, NULL };
  const char * const *dates;
  const char *names[] = { "past", "today" };
  int runs = 20;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each (default 20)", "N" },
    { NULL }
  };
  g_autoptr(GArray) scan = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *presence[2], *groups[2];
  guint n_dates;
  gint64 lines = 0, start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2 || runs < 1)
    {
      g_printerr ("usage: occupancy-on [--runs N] DB [DATE [DATE]] (%s)\n",
                  error ? error->message : "a database");
      return 2;
    }
  dates = argc > 2 ? (const char * const *) argv + 2 : default_dates;
  n_dates = MIN (g_strv_length ((char **) dates), G_N_ELEMENTS (presence));
  /* Dates given by hand are named by their place. */
  if (argc > 2)
    {
      names[0] = "date-1";
      names[1] = "date-2";
    }

  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("occupancy-on: %s\n", error->message);
      return 1;
    }

  /* What a list holds already, capacity lines included: read once. */
  start = g_get_monotonic_time ();
  institutions = riaya_store_list_institutions (store, &error);
  if (institutions == NULL)
    {
      g_printerr ("occupancy-on: %s\n", error->message);
      return 1;
    }
  g_print ("list-institutions-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
  g_print ("institutions %u\n", g_list_model_get_n_items (institutions));

  for (guint d = 0; d < n_dates; d++)
    {
      presence[d] = g_array_new (FALSE, FALSE, sizeof (gint64));
      groups[d] = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  /* Round 0 is not measured: the page cache and SQLite's then hold the
   * pages for every measure alike. The measures alternate, so that a
   * busy moment of the machine falls on each. */
  for (int run = 0; run <= runs; run++)
    {
      for (guint d = 0; d < n_dates; d++)
        {
          g_autoptr(GHashTable) table = NULL;
          Occupancy occupancy;

          start = g_get_monotonic_time ();
          table = riaya_store_presence_on (store, dates[d], NULL, &error);
          if (table == NULL)
            {
              g_printerr ("occupancy-on: %s\n", error->message);
              return 1;
            }
          if (run > 0)
            add_time (presence[d], start);

          start = g_get_monotonic_time ();
          if (!occupancy_on (store, institutions, dates[d], &occupancy, &error))
            {
              g_printerr ("occupancy-on: %s\n", error->message);
              return 1;
            }
          if (run > 0)
            add_time (groups[d], start);

          if (run == 0)
            {
              const char *name = names[d];

              g_print ("%s %s\n", name, dates[d]);
              g_print ("%s-counted %u\n", name, occupancy.counted);
              g_print ("%s-present %u\n", name, occupancy.present);
              g_print ("%s-places %u\n", name, occupancy.places);
              g_print ("%s-groups %u\n", name, occupancy.groups);
              g_print ("%s-groups-over %u\n", name, occupancy.groups_over);
              g_print ("%s-institutions-over %u\n", name, occupancy.institutions_over);
            }
        }

      start = g_get_monotonic_time ();
      lines = scan_count_lines (store, &error);
      if (lines < 0)
        {
          g_printerr ("occupancy-on: %s\n", error->message);
          return 1;
        }
      if (run > 0)
        add_time (scan, start);
    }

  g_print ("count-lines %" G_GINT64_FORMAT "\n", lines);
  g_print ("runs %d\n", runs);
  for (guint d = 0; d < n_dates; d++)
    {
      const char *name = names[d];
      g_autofree char *presence_name = g_strdup_printf ("presence-%s", name);
      g_autofree char *groups_name = g_strdup_printf ("groups-%s", name);

      print_measure (presence_name, presence[d]);
      print_measure (groups_name, groups[d]);
      g_array_unref (presence[d]);
      g_array_unref (groups[d]);
    }
  print_measure ("scan", scan);

  return 0;
}
