/* riaya-exchange-import.c — importing files and folders, file by file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader (riaya-exchange-reader.c) checks a file as it streams it,
 * in a thread of its own a few records ahead (riaya-exchange-import-
 * ahead.c); the store (riaya-store-exchange.h) merges what it hands
 * over, each file all or nothing, in one run (RiayaStoreImportRun). This
 * file only strings them together: it expands folders, makes the day's backup
 * before the first file that may write, turns the store's refusals into
 * the exchange layer's errors naming the file, commits the run every
 * COMMIT_EVERY_US, and hands each file's result over once it is
 * committed (exchange.md "Import semantics": a bad file does not stop the
 * others).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exchange-error.h"
#include "riaya-exchange-import.h"
#include "riaya-exchange-import-private.h"
#include "riaya-exchange-reader.h"

/* How long the files imported wait for their commit. Committing each
 * file alone wrote and synced the pages it touched once per file — for
 * the national demo's 1,310 files 440 MB written to the write-ahead log
 * for a 12 MB database, and half the import's time (bench/README.md).
 * Measured on that folder (CPU time, other builds running): a commit per
 * file 4.6 s, every 50 ms 3.4 s, every 250 ms 2.5 s, every second
 * 2.2 s, one at the end 2.7 s (one long write, the registry's state of
 * every institution at once). A second of files is what a power cut may
 * take back: their results are not handed over before they are
 * committed, and the import log, committed with them, lets them import
 * again. */
#define COMMIT_EVERY_US G_USEC_PER_SEC

/* What every file of one call shares. */
typedef struct
{
  RiayaStore               *store;
  const RiayaImportOptions *options;
  gpointer                  user_data;  /* the caller's, for options->within_file */
  gboolean                  backed_up;
  RiayaStoreImportRun      *store_run;  /* begun with the first file that may write */
  /* Results not handed over yet: their files wait for the commit. */
  GArray                   *pending;    /* RiayaImportFileResult, errors owned */
} ImportRun;

typedef struct
{
  ImportRun                *run;
  const RiayaImportOptions *options;
  gboolean                  force;
  char                     *display_name; /* the path as the user gave it */
  RiayaStoreImport         *import;
  guint                     records;
  /* The store refused a record: the rest of the file is still read, so
   * that a file altered or cut short says so first (its digest, its
   * counts), before what the database thinks of its records. */
  GError                   *refusal;
  gboolean                  fatal;        /* the run must stop (the backup failed) */
} FileImport;

const char *
riaya_import_file_outcome_to_code (RiayaImportFileOutcome outcome)
{
  switch (outcome)
    {
    case RIAYA_IMPORT_FILE_IMPORTED:
      return "imported";
    case RIAYA_IMPORT_FILE_UNCHANGED:
      return "unchanged";
    case RIAYA_IMPORT_FILE_REFUSED:
      return "refused";
    case RIAYA_IMPORT_FILE_VALID:
      return "valid";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
riaya_exchange_error_to_code (const GError *error)
{
  /* Indexed by RiayaExchangeError: scripts read these, they never change. */
  static const char * const codes[] = {
    "read", "too-large", "encoding", "syntax", "header", "empty", "invalid", "write",
    "not-xml", "not-exchange", "version", "dtd", "too-deep", "schema", "unsafe-text",
    "digest", "counts", "range", "unknown-code", "duplicate", "over-capacity",
    "sequence", "refused", "cancelled",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (codes) == RIAYA_EXCHANGE_ERROR_CANCELLED + 1);

  if (error == NULL)
    return NULL;
  if (error->domain == RIAYA_EXCHANGE_ERROR && error->code >= 0 &&
      (guint) error->code < G_N_ELEMENTS (codes))
    return codes[error->code];
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return "cancelled";

  return "failed";
}

/* Files of a folder, in name order: *.xml only, and not its subfolders,
 * so that a folder of files received keeps its archives and the files
 * set aside beside it without importing them. */
static gboolean
add_folder (GFile      *folder,
            const char *display,
            GPtrArray  *paths,
            GError    **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return FALSE;

  while (TRUE)
    {
      const char *name;
      g_autofree char *folded = NULL;

      if (!g_file_enumerator_iterate (children, &info, NULL, NULL, error))
        return FALSE;
      if (info == NULL)
        break;
      name = g_file_info_get_name (info);
      folded = g_ascii_strdown (name, -1);
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ||
          name[0] == '.' || !g_str_has_suffix (folded, ".xml"))
        continue;
      g_ptr_array_add (paths, g_build_filename (display, name, NULL));
    }

  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* @paths expanded: each folder replaced by its exchange files. A path
 * that names nothing stays: it is refused when its turn comes, naming
 * it. */
static GPtrArray *
expand_paths (const char * const       *paths,
              const RiayaImportOptions *options,
              GArray                   *forced,
              GError                  **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) local_error = NULL;

      gboolean force = options->force || (options->force_each != NULL && options->force_each[i]);

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          g_ptr_array_add (files, g_strdup (paths[i]));
          g_array_append_val (forced, force);
          continue;
        }

      if (!add_folder (file, paths[i], names, &local_error))
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                       /* Translators: the first %s is a folder, the second the system's reason */
                       _("The folder “%s” cannot be read (%s): check that it exists and that you may read it."),
                       paths[i], local_error->message);
          return NULL;
        }
      /* Byte order, not the locale's: the same files come in the same
       * order on every computer. */
      g_ptr_array_sort (names, compare_names);
      for (guint j = 0; j < names->len; j++)
        {
          g_ptr_array_add (files, g_steal_pointer (&names->pdata[j]));
          g_array_append_val (forced, force);
        }
    }

  return g_steal_pointer (&files);
}

/* The store's refusal as the exchange layer's, its message kept and
 * naming the file: the store names it when it knows it (a file older
 * than one imported), not when a record of it breaks a rule. */
static void
set_refusal (GError       **error,
             int            code,
             const char    *display_name,
             const GError  *store_error)
{
  g_autofree char *base = g_path_get_basename (display_name);

  if (strstr (store_error->message, base) != NULL)
    g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, code, store_error->message);
  else
    g_set_error (error, RIAYA_EXCHANGE_ERROR, code,
                 /* Translators: the first %s is a file name, the second why the database refused it */
                 _("%1$s: %2$s"), display_name, store_error->message);
}

static gboolean
on_header (const RiayaExchangeHeader *header,
           gpointer                   user_data,
           GError                   **error)
{
  FileImport *self = user_data;
  g_autoptr(GError) local_error = NULL;

  if (self->options->validate_only)
    return TRUE;

  /* The safety net of every command that writes (architecture.md): once
   * per run, before the first file that may write. A dry run writes
   * nothing and needs none. */
  if (!self->options->dry_run && !self->run->backed_up)
    {
      if (!riaya_store_auto_backup (self->run->store, NULL, NULL, &local_error))
        {
          self->fatal = TRUE;
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                       /* Translators: %s says why the backup failed */
                       _("Nothing was imported: the database could not be backed up first (%s). Free some space or correct the backup folder, then import again."),
                       local_error->message);
          return FALSE;
        }
      self->run->backed_up = TRUE;
    }

  if (self->run->store_run == NULL)
    {
      self->run->store_run = riaya_store_import_run_begin (self->run->store, self->options->dry_run,
                                                           &local_error);
      if (self->run->store_run == NULL)
        {
          self->fatal = TRUE;
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                       /* Translators: %s says why the database could not be written */
                       _("Nothing was imported: the database cannot be written (%s). Close the other program that writes to it, or free some space, then import again."),
                       local_error->message);
          return FALSE;
        }
    }

  self->import = riaya_store_import_begin (self->run->store, header, self->options->dry_run,
                                           self->force, &local_error);
  if (self->import != NULL)
    return TRUE;

  set_refusal (error,
               g_error_matches (local_error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_SUPERSEDED)
               ? RIAYA_EXCHANGE_ERROR_SEQUENCE : RIAYA_EXCHANGE_ERROR_REFUSED,
               self->display_name, local_error);
  return FALSE;
}

static gboolean
on_bundle (RiayaInstitutionBundle *bundle,
           gpointer                user_data,
           GError                **error)
{
  FileImport *self = user_data;
  g_autoptr(RiayaInstitutionBundle) owned = bundle;
  g_autoptr(GError) local_error = NULL;

  self->records += riaya_institution_bundle_count_records (bundle);

  if (self->options->validate_only || self->refusal != NULL)
    return TRUE;

  g_assert (self->import != NULL);
  if (!riaya_store_import_add (self->import, bundle, &local_error))
    set_refusal (&self->refusal, RIAYA_EXCHANGE_ERROR_REFUSED, self->display_name, local_error);

  return TRUE;
}

static void
on_read (goffset  bytes_read,
         goffset  size,
         gpointer user_data)
{
  FileImport *self = user_data;

  if (size > 0)
    self->options->within_file (MIN (1.0, (double) bytes_read / (double) size), self->run->user_data);
}

/* The store's own errors, other than a refusal of the file, are not
 * expected here; an I/O error of GIO means the file went away. */
static void
name_file_in_error (GError     **error,
                    const char  *display_name)
{
  GError *old = *error;

  if (old->domain == RIAYA_EXCHANGE_ERROR)
    {
      g_autofree char *base = g_path_get_basename (display_name);

      /* Every refusal names its file (exchange.md "Hostile input"), even
       * one that comes from deeper down without it. */
      if (strstr (old->message, base) == NULL)
        g_prefix_error (error, "%s: ", display_name);
      return;
    }

  if (g_error_matches (old, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    *error = g_error_new (RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED,
                          _("The import was stopped: the file in progress was not imported, the files before it were."));
  else if (old->domain == RIAYA_STORE_ERROR)
    {
      *error = NULL;
      set_refusal (error, RIAYA_EXCHANGE_ERROR_REFUSED, display_name, old);
    }
  else
    *error = g_error_new (RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                          /* Translators: the first %s is a file name, the second the system's reason */
                          _("“%1$s” cannot be read (%2$s): check that it exists and that you may read it."),
                          display_name, old->message);
  g_error_free (old);
}

/* Imports (or checks) the file @index, from what the reader hands over
 * (riaya-exchange-import-ahead.c): its header, its institutions one by
 * one, then whether it was read whole. Fills @result. Returns FALSE
 * when the whole run must stop (cancelled, the backup failed), with
 * @error. */
static gboolean
import_one (ImportRun                *run,
            RiayaImportAhead         *ahead,
            guint                     index,
            const char               *path,
            gboolean                  force,
            RiayaImportFileResult    *result,
            GError                  **file_error,
            GCancellable             *cancellable)
{
  const RiayaImportOptions *options = run->options;
  FileImport self = { 0 };
  g_autoptr(GError) header_error = NULL;
  gboolean ok = FALSE;
  gboolean ended = FALSE;

  self.run = run;
  self.options = options;
  self.force = force;
  self.display_name = (char *) path;

  memset (result, 0, sizeof *result);
  result->path = path;

  while (!ended)
    {
      g_autoptr(RiayaImportAheadEvent) event = _riaya_import_ahead_next (ahead);

      /* One END per file, in order: the reader cannot be elsewhere. */
      g_assert (event != NULL && event->file == index);

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error_literal (file_error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
          break;
        }

      switch (event->kind)
        {
        case RIAYA_IMPORT_AHEAD_HEADER:
          /* Refused here (older than a file imported, the backup failed):
           * the rest of it is not read, as a refused header stops
           * riaya_exchange_read(). */
          if (!on_header (event->header, &self, &header_error))
            _riaya_import_ahead_skip_file (ahead, index);
          break;
        case RIAYA_IMPORT_AHEAD_BUNDLE:
          if (header_error == NULL)
            on_bundle (g_steal_pointer (&event->bundle), &self, NULL);
          break;
        case RIAYA_IMPORT_AHEAD_PROGRESS:
          on_read (event->bytes_read, event->size, &self);
          break;
        case RIAYA_IMPORT_AHEAD_END:
          ended = TRUE;
          if (header_error != NULL)
            g_propagate_error (file_error, g_steal_pointer (&header_error));
          else if (!event->ok)
            g_propagate_error (file_error, g_steal_pointer (&event->error));
          else
            ok = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (ok && self.refusal != NULL)
    {
      g_propagate_error (file_error, g_steal_pointer (&self.refusal));
      ok = FALSE;
    }
  g_clear_error (&self.refusal);
  if (ok && !options->validate_only)
    {
      /* A file whose header never came is not a file the reader accepts. */
      g_assert (self.import != NULL);
      ok = riaya_store_import_commit (self.import, &result->summary, file_error);
    }
  /* Rolls back whatever was not committed. */
  g_clear_pointer (&self.import, riaya_store_import_free);

  result->records = self.records;
  if (!ok)
    {
      name_file_in_error (file_error, path);
      result->outcome = RIAYA_IMPORT_FILE_REFUSED;
      result->error = *file_error;
      memset (&result->summary, 0, sizeof result->summary);
      return !self.fatal &&
             !g_error_matches (*file_error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);
    }

  if (options->validate_only)
    result->outcome = RIAYA_IMPORT_FILE_VALID;
  else if (result->summary.already_imported)
    result->outcome = RIAYA_IMPORT_FILE_UNCHANGED;
  else
    result->outcome = RIAYA_IMPORT_FILE_IMPORTED;

  return TRUE;
}

/* Hands over the results waiting for their commit, in order. */
static void
hand_over (ImportRun           *run,
           RiayaImportFileFunc  file_done,
           gpointer             user_data)
{
  for (guint i = 0; i < run->pending->len; i++)
    {
      RiayaImportFileResult *result = &g_array_index (run->pending, RiayaImportFileResult, i);

      if (file_done != NULL)
        file_done (result, user_data);
    }
  /* clear_result() frees each. */
  g_array_set_size (run->pending, 0);
}

/* Commits the files imported so far and hands their results over. When
 * the commit fails, none of them was imported: each is handed over as
 * refused, saying why, and the run must stop. */
static gboolean
commit_pending (ImportRun            *run,
                RiayaImportFileFunc   file_done,
                gpointer              user_data,
                guint                *n_refused,
                GError              **error)
{
  g_autoptr(GError) local_error = NULL;

  if (run->store_run != NULL && !run->options->dry_run &&
      !riaya_store_import_run_commit (run->store_run, &local_error))
    {
      g_clear_pointer (&run->store_run, riaya_store_import_run_free);
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                   /* Translators: %s says why the database could not be written */
                   _("The import stopped: the database could not be written (%s). The files listed as imported are; "
                     "free some space or close the other program that writes to the database, then import the others again."),
                   local_error->message);
      for (guint i = 0; i < run->pending->len; i++)
        {
          RiayaImportFileResult *result = &g_array_index (run->pending, RiayaImportFileResult, i);

          if (result->outcome == RIAYA_IMPORT_FILE_REFUSED)
            continue;
          result->outcome = RIAYA_IMPORT_FILE_REFUSED;
          memset (&result->summary, 0, sizeof result->summary);
          result->error = g_error_new (RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                                       /* Translators: the first %s is a file name, the second says why */
                                       _("%1$s was not imported: the database could not be written (%2$s)."),
                                       result->path, local_error->message);
          (*n_refused)++;
        }
      hand_over (run, file_done, user_data);
      return FALSE;
    }

  hand_over (run, file_done, user_data);
  return TRUE;
}

static void
clear_result (gpointer data)
{
  RiayaImportFileResult *result = data;

  g_clear_error ((GError **) &result->error);
  g_clear_pointer ((char **) &result->path, g_free);
}

gboolean
riaya_exchange_import_paths (RiayaStore                 *store,
                             const char * const         *paths,
                             const RiayaImportOptions   *options,
                             RiayaImportFileFunc         file_done,
                             RiayaExchangeProgressFunc   progress,
                             gpointer                    user_data,
                             guint                      *refused,
                             GCancellable               *cancellable,
                             GError                    **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GArray) forced = NULL;
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (RiayaImportFileResult));
  g_autoptr(RiayaImportAhead) ahead = NULL;
  ImportRun run = { 0 };
  guint n_refused = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (store == NULL || RIAYA_IS_STORE (store), FALSE);
  g_return_val_if_fail (store != NULL || options->validate_only, FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (refused != NULL)
    *refused = 0;

  forced = g_array_new (FALSE, FALSE, sizeof (gboolean));
  files = expand_paths (paths, options, forced, error);
  if (files == NULL)
    return FALSE;
  /* An older file of a sender after a newer one would be refused. */
  if (!options->validate_only)
    _riaya_exchange_order_by_sender (files, forced);

  g_array_set_clear_func (pending, clear_result);
  run.store = store;
  run.options = options;
  run.user_data = user_data;
  run.pending = pending;

  if (progress != NULL)
    progress (0, files->len, user_data);

  ahead = _riaya_import_ahead_start (files, options->within_file != NULL, cancellable);
  for (guint i = 0; i < files->len && ok; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) file_error = NULL;
      RiayaImportFileResult result;

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED,
                       _("The import was stopped: the file in progress was not imported, the files before it were."));
          ok = FALSE;
          break;
        }

      if (!import_one (&run, ahead, i, path, g_array_index (forced, gboolean, i), &result, &file_error, cancellable))
        {
          /* Nothing of this file was kept: not a refusal of the file, the
           * end of the run. */
          g_propagate_error (error, g_steal_pointer (&file_error));
          ok = FALSE;
          break;
        }

      if (result.outcome == RIAYA_IMPORT_FILE_REFUSED)
        n_refused++;
      result.path = g_strdup (path);
      result.error = g_steal_pointer (&file_error);
      g_array_append_val (pending, result);

      /* A dry run and a check keep nothing: their results are final.
       * Files whose transaction the database undid (the disk is full) are
       * said not imported now, before another file is written. */
      if (run.store_run == NULL || options->dry_run ||
          riaya_store_import_run_get_pending_us (run.store_run) >= COMMIT_EVERY_US ||
          riaya_store_import_run_was_undone (run.store_run))
        {
          g_autoptr(GError) commit_error = NULL;

          if (!commit_pending (&run, file_done, user_data, &n_refused, &commit_error))
            {
              g_propagate_error (error, g_steal_pointer (&commit_error));
              ok = FALSE;
              break;
            }
        }
      if (progress != NULL)
        progress (i + 1, files->len, user_data);
    }

  /* Stopped or done: the reader stops too, and the files imported before
   * stay. */
  g_clear_pointer (&ahead, _riaya_import_ahead_free);
  if (pending->len > 0 || run.store_run != NULL)
    {
      g_autoptr(GError) commit_error = NULL;

      if (!commit_pending (&run, file_done, user_data, &n_refused, &commit_error) && ok)
        {
          g_propagate_error (error, g_steal_pointer (&commit_error));
          ok = FALSE;
        }
    }
  g_clear_pointer (&run.store_run, riaya_store_import_run_free);

  if (refused != NULL)
    *refused = n_refused;

  return ok;
}
