/* riaya-codes.h — codes typed by people (command line, CSV files)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core's _from_code() functions say only yes or no. These read a code
 * as a person types it (surrounding spaces and capitals are forgiven) and,
 * when it is unknown, set a RIAYA_VALIDATION_ERROR_UNKNOWN_CODE whose
 * sentence lists the codes that are accepted.
 */

#pragma once

#include "riaya-core.h"

G_BEGIN_DECLS

gboolean riaya_codes_parse_legal_basis        (const char             *text,
                                               RiayaLegalBasis        *out,
                                               GError                **error);
gboolean riaya_codes_parse_institution_type   (const char             *text,
                                               RiayaInstitutionType   *out,
                                               GError                **error);
gboolean riaya_codes_parse_category           (const char             *text,
                                               RiayaCategory          *out,
                                               GError                **error);
gboolean riaya_codes_parse_sex                (const char             *text,
                                               RiayaSex               *out,
                                               GError                **error);
gboolean riaya_codes_parse_licence_event_kind (const char             *text,
                                               RiayaLicenceEventKind  *out,
                                               GError                **error);
gboolean riaya_codes_parse_licence_status     (const char             *text,
                                               RiayaLicenceStatus     *out,
                                               GError                **error);
gboolean riaya_codes_parse_profile            (const char             *text,
                                               RiayaProfile           *out,
                                               GError                **error);
gboolean riaya_codes_parse_service            (const char             *text,
                                               RiayaService           *out,
                                               GError                **error);
gboolean riaya_codes_parse_staff_role         (const char             *text,
                                               RiayaStaffRole         *out,
                                               GError                **error);

/* "CATEGORY:SEX:PLACES" or "CATEGORY:SEX:PLACES:DATE": one line of licensed
 * capacity; without a date it takes effect on @default_date. The line is
 * not yet checked against an institution (riaya_capacity_check_line). */
RiayaCapacityLine *riaya_codes_parse_capacity (const char             *text,
                                               const char             *default_date,
                                               GError                **error);
/* The same text form, for writing: "pupil:f:40:2021-09-01". */
char             *riaya_codes_format_capacity (RiayaCapacityLine      *line);

/* "ROLE:COUNT": persons, or hours a year for a doctor or a psychologist. */
gboolean riaya_codes_parse_staff              (const char             *text,
                                               RiayaStaffRole         *role,
                                               guint                  *count,
                                               GError                **error);

G_END_DECLS
