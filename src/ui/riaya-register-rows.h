/* riaya-register-rows.h — the register's entries, and the rows of its list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_REGISTER_ENTRY (riaya_register_entry_get_type ())

G_DECLARE_FINAL_TYPE (RiayaRegisterEntry, riaya_register_entry, RIAYA, REGISTER_ENTRY, GObject)

/* One stay of the register with what the list shows, sorts and searches
 * by, made once when the register is read (in the loading thread). The
 * register's files read the fields directly: a sort compares them some
 * 140,000 times for 10,000 entries. */
struct _RiayaRegisterEntry
{
  GObject    parent_instance;

  RiayaStay *stay;
  int        age;              /* on the date shown; -1: unknown */
  char      *search_key;       /* folded names, CNIE and category */
  char      *last_key;         /* collation keys of the folded names */
  char      *first_key;
  char       number_text[16];
  char       age_text[8];
};

/* @category_keys: the folded label of each category, for the search. */
RiayaRegisterEntry *riaya_register_entry_new      (RiayaStay          *stay,
                                                   const char         *date,
                                                   const char * const *category_keys);

/* The register of @institution_uuid as entries, read in a worker thread
 * with a store of its own on @db_path: those present on @date, or every
 * stay ever when @everyone, each with its age on @date. Finish: (transfer
 * full) GPtrArray of RiayaRegisterEntry, in register-number order. */
void                riaya_register_entries_load_async  (const char          *db_path,
                                                        const char          *institution_uuid,
                                                        const char          *date,
                                                        gboolean             everyone,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GPtrArray          *riaya_register_entries_load_finish (GAsyncResult        *result,
                                                        GError             **error);

#define RIAYA_TYPE_REGISTER_ROW (riaya_register_row_get_type ())

G_DECLARE_FINAL_TYPE (RiayaRegisterRow, riaya_register_row, RIAYA, REGISTER_ROW, GObject)

/* The entry the row shows now, or NULL; RiayaRegisterRow::changed is
 * emitted when another takes its place. */
RiayaRegisterEntry *riaya_register_row_get_entry  (RiayaRegisterRow   *self);

#define RIAYA_TYPE_REGISTER_ROWS (riaya_register_rows_get_type ())

G_DECLARE_FINAL_TYPE (RiayaRegisterRows, riaya_register_rows, RIAYA, REGISTER_ROWS, GObject)

/* Called before (@before TRUE) and after the rows change. */
typedef void (*RiayaRegisterRowsChanging) (gpointer data,
                                           gboolean before);

/* A GListModel of RiayaRegisterRow, for the list view only: the entries
 * of @entries (a GListModel of RiayaRegisterEntry, as sorted) that the
 * search lets through. The row at a position stays the same object while
 * the position exists, and shows whichever entry is there. A change in
 * their number reaches the view in steps (see the .c): rows past the
 * entries' end show nothing meanwhile. */
RiayaRegisterRows  *riaya_register_rows_new       (GListModel                *entries,
                                                   RiayaRegisterRowsChanging  changing,
                                                   gpointer                   data);
/* @text as typed: folded and split into words. A word of digits matches
 * a register number or an age exactly; another word must occur in an
 * entry's search key. Filters before returning. */
void                riaya_register_rows_set_search (RiayaRegisterRows       *self,
                                                    const char              *text);
gboolean            riaya_register_rows_is_searching (RiayaRegisterRows     *self);
/* The entries the search lets through (the rows may not all be there
 * yet), and the one at @position, without a reference, or NULL. */
guint               riaya_register_rows_get_n_entries (RiayaRegisterRows     *self);
RiayaRegisterEntry *riaya_register_rows_peek      (RiayaRegisterRows         *self,
                                                   guint                      position);
/* Makes the row at @position exist now, if an entry is there, for the
 * selection to reach it while the rows catch up. */
void                riaya_register_rows_reach     (RiayaRegisterRows         *self,
                                                   guint                      position);
/* The list's vertical adjustment: with it, rows beyond the screen are
 * made or destroyed in steps; without it, all at once. */
void                riaya_register_rows_set_adjustment (RiayaRegisterRows    *self,
                                                        GtkAdjustment        *adjustment);
gboolean            riaya_register_rows_find      (RiayaRegisterRows         *self,
                                                   RiayaRegisterEntry        *entry,
                                                   guint                     *position);

G_END_DECLS
