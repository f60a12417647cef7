/* fuzz-main.c — the fuzz target without libFuzzer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs LLVMFuzzerTestOneInput() once on each file named, as libFuzzer
 * runs a corpus, with any compiler: the meson test "fuzz-corpus" gives it
 * the seed corpus (tests/data/exchange), so the target is built and tried
 * on every test run, under the sanitizers too. A folder stands for its
 * *.xml files.
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  g_print ("ok %s\n", path);
}

int
main (int   argc,
      char *argv[])
{
  guint files = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          run_file (argv[i]);
          files++;
          continue;
        }

      dir = g_dir_open (argv[i], 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".xml"))
          {
            g_autofree char *path = g_build_filename (argv[i], name, NULL);

            run_file (path);
            files++;
          }
    }

  g_print ("%u files read\n", files);
  return files > 0 ? 0 : 1;
}
