/* riaya-exchange-writer.c — an exchange file, written whole or not at all
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header comes first in the file but says what the body holds: how
 * many records of each kind, and the SHA-256 of the body's bytes. So the
 * body is written first, one institution at a time, into a temporary file
 * beside the destination, counted and hashed as it goes; then the header
 * and a copy of the body go into a second temporary file, which is
 * synced to the disk and renamed over the destination. Memory stays
 * flat whatever the size of the registry, and a file under the name the
 * user chose is always whole: a cancelled or failed export leaves the
 * destination as it was and no temporary file behind.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "riaya-exchange-error.h"
#include "riaya-exchange-writer-private.h"
#include "riaya-store-exchange.h"

/* The body's temporary file: bytes written and hashed, or why not. */
typedef struct
{
  int        fd;
  GChecksum *checksum;
  int        saved_errno;   /* 0 while all is well */
} BodySink;

/* The file being made. */
typedef struct
{
  char *path;        /* the destination */
  char *folder;
  char *body_path;   /* temporary files, NULL once gone */
  char *final_path;
  int   body_fd;
  int   final_fd;
} ExportFiles;

static void
export_files_clear (ExportFiles *files)
{
  /* Whatever happened, no temporary file stays behind. */
  if (files->body_fd >= 0)
    close (files->body_fd);
  if (files->final_fd >= 0)
    close (files->final_fd);
  if (files->body_path != NULL)
    g_unlink (files->body_path);
  if (files->final_path != NULL)
    g_unlink (files->final_path);
  g_free (files->path);
  g_free (files->folder);
  g_free (files->body_path);
  g_free (files->final_path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportFiles, export_files_clear)

/* ---- errors ----------------------------------------------------------- */

static void
set_folder_error (GError     **error,
                  const char  *folder,
                  int          saved_errno)
{
  g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
               /* Translators: %1$s is a folder, %2$s the system's reason */
               _("The export cannot be written in the folder “%1$s” (%2$s): choose a folder where you may write."),
               folder, g_strerror (saved_errno));
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
               /* Translators: %1$s is a file name, %2$s the system's reason */
               _("The export to “%1$s” could not be written (%2$s): nothing was saved. Check that the disk has free space, then export again."),
               path, g_strerror (saved_errno != 0 ? saved_errno : EIO));
}

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return TRUE;

  g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED,
                       _("The export was stopped: no file was written."));
  return FALSE;
}

/* ---- low-level writes ------------------------------------------------- */

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           int         *saved_errno)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *saved_errno = n < 0 ? errno : EIO;
          return FALSE;
        }
      data += n;
      len -= (gsize) n;
    }

  return TRUE;
}

static int
on_body_write (void       *user_data,
               const char *buffer,
               int         len)
{
  BodySink *sink = user_data;

  /* A failed write is remembered and reported by the writer, in the
   * user's words: libxml2 would print its own "I/O error" on stderr if
   * told, so the rest of the body is merely dropped. */
  if (len <= 0 || sink->saved_errno != 0)
    return MAX (len, 0);
  if (!write_all (sink->fd, buffer, (gsize) len, &sink->saved_errno))
    return len;

  g_checksum_update (sink->checksum, (const guchar *) buffer, len);
  return len;
}

/* A temporary file beside @files->path, made only for the owner. */
static int
make_temporary (ExportFiles  *files,
                const char   *kind,
                char        **path,
                GError      **error)
{
  g_autofree char *base = g_path_get_basename (files->path);
  g_autofree char *name = g_strdup_printf (".%s.%s-XXXXXX", base, kind);
  int fd;

  *path = g_build_filename (files->folder, name, NULL);
  fd = g_mkstemp_full (*path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (path, g_free);
      set_folder_error (error, files->folder, saved_errno);
    }

  return fd;
}

/* ---- which institutions ----------------------------------------------- */

/* The UUIDs of the institutions @options names, each once, in the order
 * given; or those of the province or of the whole database. */
static GPtrArray *
resolve_institutions (RiayaStore                *store,
                      const RiayaExportOptions  *options,
                      GError                   **error)
{
  g_autoptr(GPtrArray) uuids = NULL;
  g_autoptr(GHashTable) seen = NULL;

  if (options->institutions == NULL || options->institutions[0] == NULL)
    return riaya_store_export_list_institutions (store, options->province_code, options->from, error);

  uuids = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; options->institutions[i] != NULL; i++)
    {
      g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, options->institutions[i], error);
      char *uuid;

      if (institution == NULL)
        return NULL;
      if (g_hash_table_contains (seen, riaya_institution_get_uuid (institution)))
        continue;
      uuid = g_strdup (riaya_institution_get_uuid (institution));
      g_ptr_array_add (uuids, uuid);
      g_hash_table_add (seen, uuid);
    }

  return g_steal_pointer (&uuids);
}

/* ---- the body --------------------------------------------------------- */

static gboolean
write_institutions (RiayaExportContext         *context,
                    GPtrArray                  *uuids,
                    BodySink                   *sink,
                    const char                 *path,
                    RiayaExchangeProgressFunc   progress,
                    gpointer                    user_data,
                    GCancellable               *cancellable,
                    GError                    **error)
{
  RiayaXmlOut *out = &context->out;

  if (progress != NULL)
    progress (0, uuids->len, user_data);

  /* The body sits one level inside the root; its first byte is the "<"
   * of <body, where the digest starts (docs/exchange-format.md). */
  _riaya_xml_start (out, "body");
  for (guint i = 0; i < uuids->len; i++)
    {
      if (!check_cancelled (cancellable, error))
        return FALSE;
      if (!_riaya_exchange_write_institution (context, g_ptr_array_index (uuids, i), error))
        return FALSE;
      if (out->failed || sink->saved_errno != 0)
        {
          set_write_error (error, path, sink->saved_errno);
          return FALSE;
        }
      if (progress != NULL)
        progress (i + 1, uuids->len, user_data);
    }
  _riaya_xml_end_full (out);

  return check_cancelled (cancellable, error);
}

/* Writes the body into @files's first temporary file; *@digest receives
 * the SHA-256 of its bytes. */
static gboolean
write_body (RiayaExportContext         *context,
            ExportFiles                *files,
            char                      **digest,
            RiayaExchangeProgressFunc   progress,
            gpointer                    user_data,
            GCancellable               *cancellable,
            GError                    **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) uuids = NULL;
  BodySink sink = { -1, checksum, 0 };
  xmlOutputBufferPtr buffer;
  xmlTextWriterPtr writer;
  gboolean ok;

  if (!riaya_store_export_begin (context->store, error))
    return FALSE;

  uuids = resolve_institutions (context->store, context->options, error);
  if (uuids == NULL)
    {
      riaya_store_export_end (context->store);
      return FALSE;
    }

  files->body_fd = make_temporary (files, "body", &files->body_path, error);
  if (files->body_fd < 0)
    {
      riaya_store_export_end (context->store);
      return FALSE;
    }
  sink.fd = files->body_fd;

  buffer = xmlOutputBufferCreateIO (on_body_write, NULL, &sink, NULL);
  writer = buffer != NULL ? xmlNewTextWriter (buffer) : NULL;
  if (writer == NULL)
    {
      if (buffer != NULL)
        xmlOutputBufferClose (buffer);
      riaya_store_export_end (context->store);
      set_write_error (error, files->path, ENOMEM);
      return FALSE;
    }
  _riaya_xml_out_init (&context->out, writer, 1);

  ok = write_institutions (context, uuids, &sink, files->path, progress, user_data, cancellable, error);
  riaya_store_export_end (context->store);

  if (xmlTextWriterFlush (writer) < 0)
    context->out.failed = TRUE;
  xmlFreeTextWriter (writer);
  if (ok && (context->out.failed || sink.saved_errno != 0))
    {
      set_write_error (error, files->path, sink.saved_errno);
      ok = FALSE;
    }
  if (!ok)
    return FALSE;

  *digest = g_strdup (g_checksum_get_string (checksum));
  return TRUE;
}

/* ---- the file ---------------------------------------------------------- */

/* Header, body and end into the second temporary file, synced, renamed
 * over the destination. */
static gboolean
assemble (ExportFiles  *files,
          GBytes       *header,
          GError      **error)
{
  static const char tail[] = "\n</riaya-exchange>\n";
  char chunk[64 * 1024];
  int saved_errno = 0;
  gsize len;
  const char *data = g_bytes_get_data (header, &len);

  files->final_fd = make_temporary (files, "part", &files->final_path, error);
  if (files->final_fd < 0)
    return FALSE;

  if (!write_all (files->final_fd, data, len, &saved_errno))
    goto failed;

  if (lseek (files->body_fd, 0, SEEK_SET) < 0)
    {
      saved_errno = errno;
      goto failed;
    }
  for (;;)
    {
      gssize n = read (files->body_fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          goto failed;
        }
      if (n == 0)
        break;
      if (!write_all (files->final_fd, chunk, (gsize) n, &saved_errno))
        goto failed;
    }

  if (!write_all (files->final_fd, tail, sizeof tail - 1, &saved_errno))
    goto failed;

  /* On the disk before it takes the name: a crash right after the rename
   * finds the whole file, never an empty one. */
  if (fsync (files->final_fd) != 0 || close (files->final_fd) != 0)
    {
      saved_errno = errno;
      files->final_fd = -1;
      goto failed;
    }
  files->final_fd = -1;

  if (g_rename (files->final_path, files->path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }
  g_clear_pointer (&files->final_path, g_free);

  /* The rename itself, on the disk (best effort: some file systems
   * cannot sync a folder). */
  {
    int dir_fd = open (files->folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (dir_fd >= 0)
      {
        fsync (dir_fd);
        close (dir_fd);
      }
  }

  return TRUE;

failed:
  set_write_error (error, files->path, saved_errno);
  return FALSE;
}

void
_riaya_exchange_note_sent (RiayaExportContext *context,
                           const char         *kind,
                           const char         *uuid,
                           char               *digest)
{
  RiayaExportedRecord record = { kind, g_strdup (uuid), digest };

  g_array_append_val (context->sent, record);
}

/* ---- public API -------------------------------------------------------- */

gboolean
riaya_exchange_export (RiayaStore                 *store,
                       const RiayaExportOptions   *options,
                       GFile                      *file,
                       RiayaExchangeProgressFunc   progress,
                       gpointer                    user_data,
                       guint                      *records_written,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  g_auto(ExportFiles) files = { NULL, NULL, NULL, NULL, -1, -1 };
  g_autofree char *digest = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GBytes) header = NULL;
  RiayaExportOptions resolved;
  RiayaExportContext context = { NULL };
  g_autoptr(GArray) sent = riaya_exported_records_new ();
  gint64 sequence;
  guint64 total;

  g_return_val_if_fail (RIAYA_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  /* The institutions, a province or all: one at most. */
  g_return_val_if_fail (options->institutions == NULL || options->institutions[0] == NULL ||
                        options->province_code == NULL, FALSE);
  g_return_val_if_fail (options->from == NULL || riaya_date_parse (options->from, NULL, NULL), FALSE);
  g_return_val_if_fail (options->to == NULL || riaya_date_parse (options->to, NULL, NULL), FALSE);

  /* No period given: the year in progress. */
  resolved = *options;
  if (resolved.from == NULL || resolved.to == NULL)
    {
      g_autofree char *today = riaya_date_today_iso ();

      from = g_strdup_printf ("%.4s-01-01", today);
      to = g_strdup_printf ("%.4s-12-31", today);
      if (resolved.from == NULL)
        resolved.from = from;
      if (resolved.to == NULL)
        resolved.to = to;
    }
  g_return_val_if_fail (riaya_date_compare (resolved.from, resolved.to) <= 0, FALSE);

  files.path = g_file_get_path (file);
  if (files.path == NULL)
    {
      g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                           _("An export is written to a folder of this computer: choose a file there."));
      return FALSE;
    }
  files.folder = g_path_get_dirname (files.path);

  context.store = store;
  context.options = &resolved;
  context.from_year = (guint) g_ascii_strtoull (resolved.from, NULL, 10);
  context.to_year = (guint) g_ascii_strtoull (resolved.to, NULL, 10);
  context.keeps_registers = riaya_store_keeps_registers (store);
  context.sent = sent;

  if (!check_cancelled (cancellable, error) ||
      !write_body (&context, &files, &digest, progress, user_data, cancellable, error))
    return FALSE;

  /* The sequence is taken only now that the body is whole: a cancelled
   * or failed export leaves no gap for the importer to report. */
  sequence = riaya_store_next_export_sequence (store, error);
  if (sequence <= 0)
    return FALSE;

  header = _riaya_exchange_make_header (&context, sequence, digest);
  if (header == NULL)
    {
      set_write_error (error, files.path, ENOMEM);
      return FALSE;
    }
  if (!assemble (&files, header, error))
    return FALSE;

  /* The file is whole: what it carries is the version last exchanged. */
  if (!riaya_store_note_exported (store, sent, error))
    return FALSE;

  total = context.counts.institutions + context.counts.licence_events + context.counts.capacity_lines +
          context.counts.grants + context.counts.tranches + context.counts.inspections +
          context.counts.corrective_actions + context.counts.resident_counts + context.counts.movements +
          context.counts.residents + context.counts.stays;
  if (records_written != NULL)
    *records_written = (guint) MIN (total, G_MAXUINT);

  return TRUE;
}

