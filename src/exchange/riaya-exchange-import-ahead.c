/* riaya-exchange-import-ahead.c — the import's files read in a thread of their own
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a file (libxml2, the schema, the reader's checks) and writing
 * what it holds (SQLite) each take a core's time; done one after the
 * other, a national import took twice as long as `xmllint --schema` over
 * the same files (issue 6 asks for 1.5 at most). Here one thread reads
 * the files, in the import's order, and hands what it read to the
 * import's own thread through a short queue: the writer merges a file
 * while the reader checks the next ones.
 *
 * Nothing changes for a file: its records still reach the store in the
 * order they were read, and its end (read whole, or why not) comes after
 * them, so the store's savepoint keeps all of it or none. The queue holds
 * a few records at most (QUEUE_LENGTH), whatever the number or the size
 * of the files: the import's memory does not grow with them.
 */

#include "config.h"

#include "riaya-exchange-error.h"
#include "riaya-exchange-import-private.h"
#include "riaya-exchange-reader.h"

/* Events waiting for the writer. A record (an institution and all it
 * carries) is some kilobytes; a writer slower than the reader stops it
 * this far ahead. */
#define QUEUE_LENGTH 32

struct _RiayaImportAhead
{
  GPtrArray    *paths;        /* the import's list, not changed while read */
  gboolean      with_progress;
  GThread      *thread;
  /* Cancelled when the writer stops early, or its caller cancels: the
   * reader then ends the file it reads and stops. */
  GCancellable *cancellable;
  gulong        cancelled_id;
  GCancellable *caller_cancellable;

  GMutex        lock;
  GCond         changed;      /* an event was queued or taken, or the reader must stop */
  GQueue        events;       /* RiayaImportAheadEvent *, oldest first */
  gboolean      stopping;     /* the writer wants no more */
  gboolean      done;         /* the reader has queued its last event */
  /* The writer refused this file at its header (RiayaImportAheadEvent's
   * file + 1; 0 for none): the rest of it need not be read. */
  guint         skip_file;
};

typedef struct
{
  RiayaImportAhead *self;
  guint             file;
} ReadingFile;

static void
event_free (RiayaImportAheadEvent *event)
{
  g_clear_pointer (&event->header, riaya_exchange_header_free);
  g_clear_pointer (&event->bundle, riaya_institution_bundle_free);
  g_clear_error (&event->error);
  g_free (event);
}

/* Queues @event, waiting while the queue is full. Returns FALSE (and
 * frees @event) when the writer wants no more. */
static gboolean
push (RiayaImportAhead      *self,
      RiayaImportAheadEvent *event)
{
  g_mutex_lock (&self->lock);
  while (!self->stopping && self->events.length >= QUEUE_LENGTH)
    g_cond_wait (&self->changed, &self->lock);
  if (self->stopping)
    {
      g_mutex_unlock (&self->lock);
      event_free (event);
      return FALSE;
    }
  g_queue_push_tail (&self->events, event);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);

  return TRUE;
}

static RiayaImportAheadEvent *
event_new (RiayaImportAheadKind kind,
           guint                file)
{
  RiayaImportAheadEvent *event = g_new0 (RiayaImportAheadEvent, 1);

  event->kind = kind;
  event->file = file;
  return event;
}

/* The reader stops a file the writer refused, as riaya_exchange_read()
 * stops when its header function refuses: the rest would be thrown
 * away. The error is never seen: the writer has its own. */
static gboolean
skipped (ReadingFile  *reading,
         GError      **error)
{
  RiayaImportAhead *self = reading->self;
  gboolean skip;

  g_mutex_lock (&self->lock);
  skip = self->skip_file == reading->file + 1 || self->stopping;
  g_mutex_unlock (&self->lock);
  if (skip)
    g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_REFUSED, "skipped");
  return skip;
}

static gboolean
on_header (const RiayaExchangeHeader *header,
           gpointer                   user_data,
           GError                   **error)
{
  ReadingFile *reading = user_data;
  RiayaImportAheadEvent *event = event_new (RIAYA_IMPORT_AHEAD_HEADER, reading->file);

  event->header = riaya_exchange_header_copy (header);
  if (!push (reading->self, event))
    return !skipped (reading, error);
  return TRUE;
}

static gboolean
on_bundle (RiayaInstitutionBundle *bundle,
           gpointer                user_data,
           GError                **error)
{
  ReadingFile *reading = user_data;
  RiayaImportAheadEvent *event;

  if (skipped (reading, error))
    {
      riaya_institution_bundle_free (bundle);
      return FALSE;
    }

  event = event_new (RIAYA_IMPORT_AHEAD_BUNDLE, reading->file);
  event->bundle = bundle;
  if (!push (reading->self, event))
    return !skipped (reading, error);
  return TRUE;
}

static void
on_read (goffset  bytes_read,
         goffset  size,
         gpointer user_data)
{
  ReadingFile *reading = user_data;
  RiayaImportAheadEvent *event = event_new (RIAYA_IMPORT_AHEAD_PROGRESS, reading->file);

  event->bytes_read = bytes_read;
  event->size = size;
  push (reading->self, event);
}

static gpointer
read_files (gpointer data)
{
  RiayaImportAhead *self = data;

  for (guint i = 0; i < self->paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_ptr_array_index (self->paths, i));
      ReadingFile reading = { self, i };
      RiayaImportAheadEvent *end = event_new (RIAYA_IMPORT_AHEAD_END, i);

      end->ok = riaya_exchange_read_full (file, on_header, on_bundle,
                                          self->with_progress ? on_read : NULL,
                                          &reading, self->cancellable, &end->error);
      if (!push (self, end))
        break;
    }

  g_mutex_lock (&self->lock);
  self->done = TRUE;
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);

  return NULL;
}

static void
on_caller_cancelled (GCancellable *caller,
                     gpointer      user_data)
{
  g_cancellable_cancel (user_data);
}

RiayaImportAhead *
_riaya_import_ahead_start (GPtrArray    *paths,
                           gboolean      with_progress,
                           GCancellable *cancellable)
{
  RiayaImportAhead *self = g_new0 (RiayaImportAhead, 1);

  self->paths = g_ptr_array_ref (paths);
  self->with_progress = with_progress;
  self->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      self->caller_cancellable = g_object_ref (cancellable);
      self->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                  self->cancellable, NULL);
    }
  g_mutex_init (&self->lock);
  g_cond_init (&self->changed);
  g_queue_init (&self->events);
  self->thread = g_thread_new ("riaya-import-read", read_files, self);

  return self;
}

RiayaImportAheadEvent *
_riaya_import_ahead_next (RiayaImportAhead *self)
{
  RiayaImportAheadEvent *event;

  g_mutex_lock (&self->lock);
  while (self->events.length == 0 && !self->done)
    g_cond_wait (&self->changed, &self->lock);
  event = g_queue_pop_head (&self->events);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);

  return event;
}

void
_riaya_import_ahead_skip_file (RiayaImportAhead *self,
                               guint             file)
{
  g_mutex_lock (&self->lock);
  self->skip_file = file + 1;
  g_mutex_unlock (&self->lock);
}

void
_riaya_import_ahead_event_free (RiayaImportAheadEvent *event)
{
  if (event != NULL)
    event_free (event);
}

void
_riaya_import_ahead_free (RiayaImportAhead *self)
{
  if (self == NULL)
    return;

  /* The writer is done, early or not: the reader stops where it is. */
  g_mutex_lock (&self->lock);
  self->stopping = TRUE;
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);
  g_cancellable_cancel (self->cancellable);
  g_thread_join (self->thread);

  g_queue_clear_full (&self->events, (GDestroyNotify) event_free);
  if (self->caller_cancellable != NULL)
    {
      g_cancellable_disconnect (self->caller_cancellable, self->cancelled_id);
      g_object_unref (self->caller_cancellable);
    }
  g_object_unref (self->cancellable);
  g_ptr_array_unref (self->paths);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->changed);
  g_free (self);
}
