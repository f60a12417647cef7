/* riaya-register-rows.c — the register's entries, and the rows of its list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "riaya-register-rows.h"
#include "riaya-store-residents.h"

/* The entries */

G_DEFINE_FINAL_TYPE (RiayaRegisterEntry, riaya_register_entry, G_TYPE_OBJECT)

static void
riaya_register_entry_finalize (GObject *object)
{
  RiayaRegisterEntry *self = RIAYA_REGISTER_ENTRY (object);

  g_clear_object (&self->stay);
  g_free (self->search_key);
  g_free (self->last_key);
  g_free (self->first_key);

  G_OBJECT_CLASS (riaya_register_entry_parent_class)->finalize (object);
}

static void
riaya_register_entry_class_init (RiayaRegisterEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_register_entry_finalize;
}

static void
riaya_register_entry_init (RiayaRegisterEntry *self)
{
}

static char *
fold_key (const char *text)
{
  g_autofree char *folded = riaya_text_fold (text != NULL ? text : "");

  return g_utf8_collate_key (folded, -1);
}

RiayaRegisterEntry *
riaya_register_entry_new (RiayaStay          *stay,
                          const char         *date,
                          const char * const *category_keys)
{
  RiayaRegisterEntry *self = g_object_new (RIAYA_TYPE_REGISTER_ENTRY, NULL);
  RiayaResident *resident = riaya_stay_get_resident (stay);
  const char *resident_key = riaya_resident_get_search_key (resident);

  self->stay = g_object_ref (stay);
  self->age = riaya_resident_age_on (resident, date);
  self->search_key = g_strconcat (resident_key != NULL ? resident_key : "", " ",
                                  category_keys[riaya_stay_get_category (stay)], NULL);
  self->last_key = fold_key (riaya_resident_get_last_name (resident));
  self->first_key = fold_key (riaya_resident_get_first_name (resident));
  g_snprintf (self->number_text, sizeof self->number_text, "%u", riaya_stay_get_register_number (stay));
  if (self->age >= 0)
    g_snprintf (self->age_text, sizeof self->age_text, "%d", self->age);

  return self;
}

/* Reading the entries, in a worker thread with a store of its own */

typedef struct
{
  char     *db_path;
  char     *institution_uuid;
  char     *date;
  gboolean  everyone;
  char     *category_keys[RIAYA_N_CATEGORIES];
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->db_path);
  g_free (job->institution_uuid);
  g_free (job->date);
  for (guint i = 0; i < RIAYA_N_CATEGORIES; i++)
    g_free (job->category_keys[i]);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GError *error = NULL;
  guint n;

  store = riaya_store_open (job->db_path, &error);
  if (store != NULL)
    stays = riaya_store_list_stays (store, job->institution_uuid, job->everyone ? NULL : job->date, &error);
  if (stays == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  n = g_list_model_get_n_items (stays);
  entries = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);

      /* The keys are made here, once: a keystroke of the search then
       * costs the main thread one pass over them. */
      g_ptr_array_add (entries, riaya_register_entry_new (stay, job->date,
                                                          (const char * const *) job->category_keys));
      if (g_task_return_error_if_cancelled (task))
        return;
    }

  g_task_return_pointer (task, g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
}

void
riaya_register_entries_load_async (const char          *db_path,
                                   const char          *institution_uuid,
                                   const char          *date,
                                   gboolean             everyone,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (db_path != NULL && institution_uuid != NULL && date != NULL);

  job = g_new0 (LoadJob, 1);
  job->db_path = g_strdup (db_path);
  job->institution_uuid = g_strdup (institution_uuid);
  job->date = g_strdup (date);
  job->everyone = everyone;
  for (guint i = 0; i < RIAYA_N_CATEGORIES; i++)
    job->category_keys[i] = riaya_text_fold (riaya_category_to_label (i));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, riaya_register_entries_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

GPtrArray *
riaya_register_entries_load_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The rows
 *
 * A search changes the person at almost every position of the list.
 * Told so, GTK 4.8's column view destroys the widgets of every row it
 * holds (up to 200, of ten cells each) and makes them again: most of the
 * time of a keystroke. Here, as in the registry list
 * (riaya-institution-rows.c), the view's items are positions: a row stays
 * the same object while its position exists, and is told to show another
 * entry; only a change in their number reaches the view. The search runs
 * in one pass over keys folded when the register was read. */

struct _RiayaRegisterRow
{
  GObject             parent_instance;

  RiayaRegisterRows  *rows;        /* NULL once the position is gone */
  guint               position;
  RiayaRegisterEntry *entry;       /* NULL past the end */
};

typedef struct
{
  char    *text;                   /* folded */
  gboolean digits;
  guint    number;
} Word;

struct _RiayaRegisterRows
{
  GObject       parent_instance;

  GListModel   *source;            /* RiayaRegisterEntry, sorted */
  GPtrArray    *all;               /* the source's entries */
  GPtrArray    *visible;           /* those the search lets through (of all) */
  GArray       *words;
  char         *search;            /* folded, as last applied */
  GHashTable   *live;              /* position → RiayaRegisterRow, unowned */
  guint         target;            /* the number of entries shown */
  guint         n_items;           /* the number of rows, on its way to target */
  GtkAdjustment *adjustment;       /* the list's, to know what is on screen */
  double        row_height;
  guint         step_source;
  RiayaRegisterRowsChanging changing;
  gpointer      changing_data;
};

enum {
  ROW_CHANGED,
  N_ROW_SIGNALS
};

static guint row_signals[N_ROW_SIGNALS];

static void rows_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE (RiayaRegisterRow, riaya_register_row, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (RiayaRegisterRows, riaya_register_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rows_model_iface_init))

static void
row_set_entry (RiayaRegisterRow   *self,
               RiayaRegisterEntry *entry)
{
  if (g_set_object (&self->entry, entry))
    g_signal_emit (self, row_signals[ROW_CHANGED], 0);
}

static void
row_detach (RiayaRegisterRow *self)
{
  if (self->rows != NULL)
    g_hash_table_remove (self->rows->live, GUINT_TO_POINTER (self->position));
  self->rows = NULL;
}

static void
riaya_register_row_dispose (GObject *object)
{
  RiayaRegisterRow *self = RIAYA_REGISTER_ROW (object);

  row_detach (self);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (riaya_register_row_parent_class)->dispose (object);
}

static void
riaya_register_row_class_init (RiayaRegisterRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = riaya_register_row_dispose;

  row_signals[ROW_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
riaya_register_row_init (RiayaRegisterRow *self)
{
}

RiayaRegisterEntry *
riaya_register_row_get_entry (RiayaRegisterRow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_ROW (self), NULL);
  return self->entry;
}

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

static gboolean
entry_matches (RiayaRegisterEntry *entry,
               GArray             *words)
{
  for (guint i = 0; i < words->len; i++)
    {
      Word *word = &g_array_index (words, Word, i);

      /* A number is a register number or an age, never part of one:
       * "12" finds entry 12 and those aged 12, not entry 112. */
      if (word->digits)
        {
          if (riaya_stay_get_register_number (entry->stay) != word->number &&
              (entry->age < 0 || (guint) entry->age != word->number))
            return FALSE;
        }
      else if (strstr (entry->search_key, word->text) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* The number of rows
 *
 * GTK 4.8's list view keeps widgets for up to 200 rows around the top
 * row shown, and makes or destroys them as soon as it is told of new or
 * removed items: for ten cells a row, clearing a search that showed a
 * few people would make some 2,000 widgets in one go. So, as in the
 * registry list, a change in the number of rows is told at once only for
 * the rows on screen, and the rest in steps after each frame; meanwhile
 * the rows past the entries' end show nothing, out of sight. */

#define STEP 48
/* Past this many rows below the screen, no row has widgets. */
#define LIVE_ROWS 256
/* Until a row has been laid out, how many the screen may show. */
#define ROWS_GUESS 64

/* One past the last position on screen, or G_MAXUINT when unknown. */
static guint
visible_end (RiayaRegisterRows *self)
{
  double upper, bottom;

  if (self->adjustment == NULL)
    return G_MAXUINT;

  upper = gtk_adjustment_get_upper (self->adjustment);
  bottom = gtk_adjustment_get_value (self->adjustment) + gtk_adjustment_get_page_size (self->adjustment);
  if (self->n_items > 0 && upper > 0)
    self->row_height = upper / self->n_items;
  if (self->row_height <= 0 || bottom <= 0)
    return ROWS_GUESS;

  /* Two more: the estimate of a row's height may be short. */
  return (guint) MIN (ceil (bottom / self->row_height) + 2, (double) G_MAXUINT / 2);
}

static void
rows_set_n_items (RiayaRegisterRows *self,
                  guint              n_items)
{
  guint old_n = self->n_items;

  if (n_items == old_n)
    return;

  self->n_items = n_items;

  /* Positions past the end are gone: a later row there is a new one. */
  if (n_items < old_n)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->live);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          RiayaRegisterRow *row = value;

          if (row->position >= n_items)
            {
              row->rows = NULL;
              g_hash_table_iter_remove (&iter);
              row_set_entry (row, NULL);
            }
        }

      g_list_model_items_changed (G_LIST_MODEL (self), n_items, old_n - n_items, 0);
    }
  else
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n_items - old_n);
}

static gboolean step_idle (gpointer user_data);

/* Moves the number of rows towards the number of entries. @first: the
 * change itself, which must show right: only the rows on screen are
 * added or removed. Then, after each frame, a step: all the rows beyond
 * those that may have widgets at once, else STEP of them. */
static void
step (RiayaRegisterRows *self,
      gboolean           first)
{
  guint n = self->n_items;
  guint target = self->target;
  guint end = visible_end (self);
  guint live_end = end == G_MAXUINT ? G_MAXUINT : end + LIVE_ROWS;

  if (end == G_MAXUINT)
    n = target;
  else if (target > n)
    {
      if (first)
        n = MIN (target, MAX (n, end));
      else if (n >= live_end)
        n = target;
      else
        n = MIN (target, n + STEP);
    }
  else if (target < n)
    {
      if (target < end)
        n = target; /* else empty rows would show */
      else if (first)
        ; /* the rows past the end are out of sight */
      else if (n > live_end)
        n = MAX (target, live_end);
      else
        n = MAX (target, n - STEP);
    }

  rows_set_n_items (self, n);

  if (self->n_items != self->target && self->step_source == 0)
    self->step_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, step_idle, self, NULL);
}

static gboolean
step_idle (gpointer user_data)
{
  RiayaRegisterRows *self = user_data;

  self->step_source = 0;
  step (self, FALSE);

  return G_SOURCE_REMOVE;
}

/* The search */

static void
rows_refilter (RiayaRegisterRows *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->changing != NULL)
    self->changing (self->changing_data, TRUE);

  g_ptr_array_set_size (self->visible, 0);
  for (guint i = 0; i < self->all->len; i++)
    {
      RiayaRegisterEntry *entry = g_ptr_array_index (self->all, i);

      if (entry_matches (entry, self->words))
        g_ptr_array_add (self->visible, entry);
    }
  self->target = self->visible->len;

  /* Each row in use shows what is now at its position: nothing past the
   * entries' end, while the number of rows catches up. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      RiayaRegisterRow *row = value;

      row_set_entry (row, row->position < self->target ? g_ptr_array_index (self->visible, row->position) : NULL);
    }

  step (self, TRUE);

  if (self->changing != NULL)
    self->changing (self->changing_data, FALSE);
}

static void
on_source_changed (GListModel        *source,
                   guint              position,
                   guint              removed,
                   guint              added,
                   RiayaRegisterRows *self)
{
  guint n = g_list_model_get_n_items (source);

  g_ptr_array_set_size (self->all, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->all, g_list_model_get_item (source, i));

  rows_refilter (self);
}

static GType
rows_get_item_type (GListModel *model)
{
  return RIAYA_TYPE_REGISTER_ROW;
}

static guint
rows_get_n_items (GListModel *model)
{
  return RIAYA_REGISTER_ROWS (model)->n_items;
}

static gpointer
rows_get_item (GListModel *model,
               guint       position)
{
  RiayaRegisterRows *self = RIAYA_REGISTER_ROWS (model);
  RiayaRegisterRow *row;

  if (position >= self->n_items)
    return NULL;

  row = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));
  if (row != NULL)
    return g_object_ref (row);

  row = g_object_new (RIAYA_TYPE_REGISTER_ROW, NULL);
  row->rows = self;
  row->position = position;
  /* Past the entries' end while the rows catch up: empty. */
  if (position < self->target)
    row->entry = g_object_ref (g_ptr_array_index (self->visible, position));
  g_hash_table_insert (self->live, GUINT_TO_POINTER (position), row);

  return row;
}

static void
rows_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rows_get_item_type;
  iface->get_n_items = rows_get_n_items;
  iface->get_item = rows_get_item;
}

static void
riaya_register_rows_dispose (GObject *object)
{
  RiayaRegisterRows *self = RIAYA_REGISTER_ROWS (object);
  GHashTableIter iter;
  gpointer value;

  /* Rows the view still holds outlive the model. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ((RiayaRegisterRow *) value)->rows = NULL;
      g_hash_table_iter_remove (&iter);
    }

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_source_changed, self);
  g_clear_object (&self->source);
  g_clear_object (&self->adjustment);
  g_clear_handle_id (&self->step_source, g_source_remove);
  g_ptr_array_set_size (self->visible, 0);
  g_ptr_array_set_size (self->all, 0);

  G_OBJECT_CLASS (riaya_register_rows_parent_class)->dispose (object);
}

static void
riaya_register_rows_finalize (GObject *object)
{
  RiayaRegisterRows *self = RIAYA_REGISTER_ROWS (object);

  g_ptr_array_unref (self->visible);
  g_ptr_array_unref (self->all);
  g_array_unref (self->words);
  g_free (self->search);
  g_hash_table_unref (self->live);

  G_OBJECT_CLASS (riaya_register_rows_parent_class)->finalize (object);
}

static void
riaya_register_rows_class_init (RiayaRegisterRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_register_rows_dispose;
  object_class->finalize = riaya_register_rows_finalize;
}

static void
riaya_register_rows_init (RiayaRegisterRows *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->visible = g_ptr_array_new ();
  self->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (self->words, word_clear);
  self->live = g_hash_table_new (g_direct_hash, g_direct_equal);
}

RiayaRegisterRows *
riaya_register_rows_new (GListModel                *source,
                         RiayaRegisterRowsChanging  changing,
                         gpointer                   changing_data)
{
  RiayaRegisterRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (RIAYA_TYPE_REGISTER_ROWS, NULL);
  self->source = g_object_ref (source);
  self->changing = changing;
  self->changing_data = changing_data;
  g_signal_connect (source, "items-changed", G_CALLBACK (on_source_changed), self);
  on_source_changed (source, 0, 0, 0, self);

  return self;
}

void
riaya_register_rows_set_search (RiayaRegisterRows *self,
                                const char        *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_if_fail (RIAYA_IS_REGISTER_ROWS (self));

  folded = riaya_text_fold (text != NULL ? text : "");
  /* The entry tells its text again after a programmatic change. */
  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (folded);

  parts = g_strsplit_set (folded, " \t", -1);
  g_array_set_size (self->words, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      Word word = { NULL, parts[i][0] != '\0', 0 };

      if (parts[i][0] == '\0')
        continue;

      for (const char *c = parts[i]; *c != '\0'; c++)
        word.digits = word.digits && g_ascii_isdigit (*c);
      if (word.digits)
        word.number = (guint) MIN (g_ascii_strtoull (parts[i], NULL, 10), G_MAXUINT);
      word.text = g_strdup (parts[i]);
      g_array_append_val (self->words, word);
    }

  rows_refilter (self);
}

gboolean
riaya_register_rows_find (RiayaRegisterRows  *self,
                          RiayaRegisterEntry *entry,
                          guint              *position)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_ROWS (self), FALSE);
  return g_ptr_array_find (self->visible, entry, position);
}

gboolean
riaya_register_rows_is_searching (RiayaRegisterRows *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_ROWS (self), FALSE);
  return self->words->len > 0;
}

RiayaRegisterEntry *
riaya_register_rows_peek (RiayaRegisterRows *self,
                          guint              position)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_ROWS (self), NULL);

  if (position >= self->target)
    return NULL;

  return g_ptr_array_index (self->visible, position);
}

guint
riaya_register_rows_get_n_entries (RiayaRegisterRows *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_ROWS (self), 0);
  return self->target;
}

void
riaya_register_rows_reach (RiayaRegisterRows *self,
                           guint              position)
{
  g_return_if_fail (RIAYA_IS_REGISTER_ROWS (self));

  if (position >= self->n_items && position < self->target)
    rows_set_n_items (self, position + 1);
}

void
riaya_register_rows_set_adjustment (RiayaRegisterRows *self,
                                    GtkAdjustment     *adjustment)
{
  g_return_if_fail (RIAYA_IS_REGISTER_ROWS (self));
  g_return_if_fail (adjustment == NULL || GTK_IS_ADJUSTMENT (adjustment));

  g_set_object (&self->adjustment, adjustment);
}
