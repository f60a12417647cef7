/* make-db.c — makes the databases the benches run on
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * make-db --scale N PATH creates PATH with the national profile and the
 * demo data at scale N (0: an empty registry), through the store and the
 * demo loader themselves, so the benches need no other program. Prints
 * "demo-load <µs> institutions <n>": the time riaya_demo_load() took.
 */

#include "config.h"

#include <stdlib.h>

#include "riaya-demo.h"
#include "riaya-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("PATH");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int scale = 1;
  GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, "Demo data at N times national scale (0: none)", "N" },
    { NULL }
  };
  gint64 start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || scale < 0)
    {
      g_printerr ("usage: make-db [--scale N] PATH (%s)\n", error ? error->message : "one new PATH");
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("make-db: %s exists already; give a new file.\n", argv[1]);
      return 1;
    }

  store = riaya_store_open (argv[1], &error);
  if (store == NULL || !riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error))
    {
      g_printerr ("make-db: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  if (scale > 0 && !riaya_demo_load (store, (guint) scale, &error))
    {
      g_printerr ("make-db: %s\n", error->message);
      return 1;
    }
  g_print ("demo-load %" G_GINT64_FORMAT " institutions %u\n",
           g_get_monotonic_time () - start, riaya_store_count_institutions (store));

  return 0;
}
