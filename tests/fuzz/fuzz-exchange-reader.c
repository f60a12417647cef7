/* fuzz-exchange-reader.c — libFuzzer's target: any bytes as an exchange file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a memory file and read by riaya_exchange_read()
 * as an import would read a file: the callbacks take the header and the
 * bundles and free them. Whatever the bytes, the reader must return TRUE
 * or FALSE with an error of its domain, never crash, leak, read out of
 * bounds or hit undefined behaviour (-fsanitize=fuzzer,address,undefined;
 * tests/fuzz/run-fuzz.sh). Built with clang when -Dfuzzing=true; with any
 * compiler fuzz-main.c runs it on files, so the seed corpus is read on
 * every test run too.
 */

/* memfd_create() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "riaya-exchange-error.h"
#include "riaya-exchange-reader.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gboolean
on_header (const RiayaExchangeHeader *header,
           gpointer                   user_data,
           GError                   **error)
{
  g_assert (header->file_name != NULL);
  return TRUE;
}

static gboolean
on_bundle (RiayaInstitutionBundle *bundle,
           gpointer                user_data,
           GError                **error)
{
  guint *records = user_data;

  g_assert (bundle->institution != NULL);
  *records += riaya_institution_bundle_count_records (bundle);
  riaya_institution_bundle_free (bundle);
  return TRUE;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Messages in English, whatever the machine's language. */
  g_setenv ("LANGUAGE", "en", TRUE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint records = 0;
  gboolean ok;
  int fd;

  fd = memfd_create ("riaya-fuzz.xml", 0);
  if (fd < 0)
    g_error ("memfd_create: %s", g_strerror (errno));
  for (size_t written = 0; written < size;)
    {
      ssize_t n = write (fd, data + written, size - written);

      if (n < 0)
        g_error ("write: %s", g_strerror (errno));
      written += (size_t) n;
    }

  path = g_strdup_printf ("/proc/self/fd/%d", fd);
  file = g_file_new_for_path (path);
  ok = riaya_exchange_read (file, on_header, on_bundle, &records, NULL, &error);

  /* Either way the answer is whole: TRUE without error, or FALSE with a
   * sentence of the exchange domain that names the file. */
  if (ok)
    g_assert (error == NULL);
  else
    {
      g_assert (error != NULL && error->domain == RIAYA_EXCHANGE_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
    }

  close (fd);
  return 0;
}
