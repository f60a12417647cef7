/* riaya-store-export.h — what an exchange file takes out of a database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exchange writer (riaya-exchange-writer.h) reads the database one
 * institution at a time, so that its memory does not grow with the
 * registry. The file carries more than the other reads give: when each
 * record was last changed, when it was deleted, when each event of a
 * licence and each capacity line was recorded. Deleted records travel
 * too, marked, so that the database that imports them hides them as well
 * rather than keeping a copy alive.
 */

#pragma once

#include "riaya-store.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"

G_BEGIN_DECLS

/* A grant or a visit with its instants (UTC, ISO 8601). */
typedef struct
{
  GObject *record;      /* RiayaGrant or RiayaInspection */
  char    *updated_at;
  char    *deleted_at;  /* NULL: not deleted */
} RiayaExportRecord;

void        riaya_export_record_free               (RiayaExportRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaExportRecord, riaya_export_record_free)

/* Opens a read transaction, so that a whole export sees one state of the
 * database and reads it faster; end it with riaya_store_export_end()
 * before writing to the database again. */
gboolean    riaya_store_export_begin               (RiayaStore         *self,
                                                    GError            **error);
void        riaya_store_export_end                 (RiayaStore         *self);

/* The UUIDs (char *) of the institutions of @province_code (NULL: every
 * province), in licence-number order: those not deleted, and those
 * deleted on or after @deleted_since (a date) unless another institution
 * that is still there, or was deleted later, holds the same licence
 * number — a file never names one licence twice. (transfer full) */
GPtrArray  *riaya_store_export_list_institutions   (RiayaStore         *self,
                                                    const char         *province_code,
                                                    const char         *deleted_since,
                                                    GError            **error);

/* Institution @uuid, deleted or not, complete with its services, staff,
 * licence events and capacity lines. *@updated_at and *@deleted_at
 * (NULL when not deleted) receive its instants; *@recorded maps the UUID
 * of each event and capacity line (char *) to the instant it was
 * recorded (char *). RIAYA_STORE_ERROR_NOT_FOUND when there is none. */
RiayaInstitution *riaya_store_export_get_institution (RiayaStore       *self,
                                                    const char         *uuid,
                                                    char              **updated_at,
                                                    char              **deleted_at,
                                                    GHashTable        **recorded,
                                                    GError            **error);

/* The grants of institution @uuid for the years @from_year to @to_year,
 * complete with their tranches, not deleted or deleted on or after
 * @deleted_since, by year. (transfer full) GPtrArray of
 * RiayaExportRecord. */
GPtrArray  *riaya_store_export_list_grants         (RiayaStore         *self,
                                                    const char         *uuid,
                                                    guint               from_year,
                                                    guint               to_year,
                                                    const char         *deleted_since,
                                                    GError            **error);

/* The visits of institution @uuid whose date (done, else planned) lies in
 * @from … @to, those with a corrective action still open whatever their
 * date, and the visits these follow (so that a follow-up never names a
 * visit the file lacks), complete with their checklist and actions, not
 * deleted or deleted on or after @from, in date order. (transfer full)
 * GPtrArray of RiayaExportRecord. */
GPtrArray  *riaya_store_export_list_inspections    (RiayaStore         *self,
                                                    const char         *uuid,
                                                    const char         *from,
                                                    const char         *to,
                                                    GError            **error);

G_END_DECLS
