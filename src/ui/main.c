/* main.c — the riaya program
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "riaya-application.h"

int
main (int   argc,
      char *argv[])
{
  /* Taken first, so that the start-up bench measures everything. */
  gint64 started_at = g_get_monotonic_time ();
  g_autoptr(RiayaApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("RIAYA_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = riaya_application_new (started_at);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
