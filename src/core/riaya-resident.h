/* riaya-resident.h — a person in the register of beneficiaries
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person's own fields and those of the family or legal representative,
 * as decree 2.19.693 art. 11 lists them. Each stay in an institution is a
 * RiayaStay; one person may have several, in several institutions.
 *
 * Everything here is personal data under Law 09-08, and health status is
 * sensitive data (art. 12-1): never log, print to a debug stream or put
 * in a journal summary any value held by this object — only field names.
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_RESIDENT (riaya_resident_get_type ())

G_DECLARE_FINAL_TYPE (RiayaResident, riaya_resident, RIAYA, RESIDENT, GObject)

/* The fields, by the names used in the journal ("which fields changed")
 * and as GObject property names. */
typedef enum
{
  RIAYA_RESIDENT_FIELD_FIRST_NAME,
  RIAYA_RESIDENT_FIELD_LAST_NAME,
  RIAYA_RESIDENT_FIELD_SEX,
  RIAYA_RESIDENT_FIELD_BIRTH_DATE,
  RIAYA_RESIDENT_FIELD_BIRTH_PLACE,
  RIAYA_RESIDENT_FIELD_CNIE,
  RIAYA_RESIDENT_FIELD_FAMILY_STATUS,
  RIAYA_RESIDENT_FIELD_HEALTH_STATUS,
  RIAYA_RESIDENT_FIELD_GUARDIAN_NAME,
  RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE,
  RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS,
  RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE,
  RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION,
  RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION,
  RIAYA_N_RESIDENT_FIELDS
} RiayaResidentField;

/* A new person with a fresh UUID, sex male and every text field NULL. */
RiayaResident *riaya_resident_new              (void);
/* A copy with the same UUID, for editing without touching the original. */
RiayaResident *riaya_resident_copy             (RiayaResident      *self);

const char    *riaya_resident_get_uuid         (RiayaResident      *self);
void           riaya_resident_set_uuid         (RiayaResident      *self,
                                                const char         *uuid);
RiayaSex       riaya_resident_get_sex          (RiayaResident      *self);
void           riaya_resident_set_sex          (RiayaResident      *self,
                                                RiayaSex            sex);

/* Text fields by field (every one but SEX): NULL or a non-empty string;
 * setting "" or blanks stores NULL, and leading/trailing blanks are
 * trimmed. Dates are ISO 8601. */
const char    *riaya_resident_get_field        (RiayaResident      *self,
                                                RiayaResidentField  field);
void           riaya_resident_set_field        (RiayaResident      *self,
                                                RiayaResidentField  field,
                                                const char         *value);
/* Shorthands for the fields read most often. */
const char    *riaya_resident_get_first_name   (RiayaResident      *self);
const char    *riaya_resident_get_last_name    (RiayaResident      *self);
const char    *riaya_resident_get_birth_date   (RiayaResident      *self);
const char    *riaya_resident_get_cnie         (RiayaResident      *self);

/* The stable name of a field: "first-name", "guardian-phone"… (the
 * property name, and the word the journal uses). */
const char    *riaya_resident_field_to_name    (RiayaResidentField  field);
/* The label of a field in the interface language ("First name"). */
const char    *riaya_resident_field_to_label   (RiayaResidentField  field);

/* "First Last", or a translated "Name not given" when both are empty. */
char          *riaya_resident_dup_display_name (RiayaResident      *self);
/* Folded names and CNIE (riaya_text_fold), for searching. */
const char    *riaya_resident_get_search_key   (RiayaResident      *self);
/* Full years of age on @on (ISO date), or -1 when the birth date is
 * unknown or after @on. */
int            riaya_resident_age_on           (RiayaResident      *self,
                                                const char         *on);

/* Birth date present, a real date and not after @today; sex m or f;
 * CNIE and guardian's CNIE well formed when given; guardian's phone well
 * formed when given. Errors are RIAYA_VALIDATION_ERROR. */
gboolean       riaya_resident_validate         (RiayaResident      *self,
                                                const GDate        *today,
                                                GError            **error);

/* The fields whose values differ between @before and @after, as a
 * NULL-terminated array of field names (riaya_resident_field_to_name),
 * empty when none: what the journal records, never the values. */
char         **riaya_resident_changed_fields   (RiayaResident      *before,
                                                RiayaResident      *after);
/* Makes @self equal to @other (not the UUID), notifying what changes. */
void           riaya_resident_update_from      (RiayaResident      *self,
                                                RiayaResident      *other);

G_END_DECLS
