/* riaya-record-fields.h — a record as a list of field codes and values
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exchange files bring other databases' versions of the same records
 * (exchange.md "Import semantics"). To tell whether two versions differ,
 * to remember which version was last exchanged (a digest is enough) and
 * to show a conflict field by field, each kind of record is written as
 * one canonical list: a GVariant of type a(ss), field code then value,
 * always the same codes in the same order for a kind ("" for an empty
 * field), then its parts in a fixed order (tranches, checks, actions).
 *
 * What a list holds is what someone edits: not the record's own UUID
 * (its identity), nor its owner's (a grant's institution), nor what the
 * store keeps for itself (timestamps, a visit's revision), nor what is a
 * record of its own (an institution's licence events and capacity lines,
 * which only grow, and its counts of people present). Codes are stable:
 * a digest stored today is compared with one computed in ten years.
 *
 * Institution: licence-number, licence-date, legal-basis, type, province,
 *   name-ar, name-fr, founder, director, commune, address, phone,
 *   services (codes of riaya-enums.h in their order, separated by a
 *   space), staff-ROLE for each staff role (a count, "" for none).
 * Grant: year, amount (riaya_money_to_string), kind, basis, decided-on,
 *   convention-ref, convention-date, justification-due,
 *   justification-received, justification-approved,
 *   justification-rejected, rejection-reason; then, per tranche N (1, 2…,
 *   by due date then UUID): tranche-N-uuid, tranche-N-due,
 *   tranche-N-amount, tranche-N-paid.
 * Inspection: kind, planned-on, follows, committee, members-invited,
 *   members-present, done-on, findings, decision, decision-deadline,
 *   licence-event; check-AREA (a result code) and check-AREA-note for each
 *   area of the checklist; then, per action N (by due date then UUID):
 *   action-N-uuid, action-N-description, action-N-due, action-N-done.
 *
 * Codes ending in "-uuid", and follows and licence-event, are
 * identifiers rather than things people read.
 */

#pragma once

#include <glib-object.h>

#include "riaya-grant.h"
#include "riaya-inspection.h"
#include "riaya-institution.h"

G_BEGIN_DECLS

/* The type of a field list: code, value ("" when empty). */
#define RIAYA_RECORD_FIELDS_TYPE ((const GVariantType *) "a(ss)")

/* The record's fields, in the canonical order above. (transfer full: a
 * GVariant with a reference, not floating) */
GVariant   *riaya_institution_dup_fields          (RiayaInstitution *self);
GVariant   *riaya_grant_dup_fields                (RiayaGrant       *self);
GVariant   *riaya_inspection_dup_fields           (RiayaInspection  *self);

/* SHA-256 (64 lowercase hex digits) of the record's fields: equal for two
 * versions whose every field is equal, whatever else differs. */
char       *riaya_institution_dup_content_digest  (RiayaInstitution *self);
char       *riaya_grant_dup_content_digest        (RiayaGrant       *self);
char       *riaya_inspection_dup_content_digest   (RiayaInspection  *self);
/* The same from a field list of the @kind given ("institution", "grant",
 * "inspection"): a digest of a version kept as its fields. */
char       *riaya_record_fields_digest            (const char       *kind,
                                                   GVariant         *fields);

/* The value of @code in @fields, or NULL when @fields has no such field.
 * (transfer none) */
const char *riaya_record_fields_lookup            (GVariant         *fields,
                                                   const char       *code);

/* Makes the record say what @fields says: every field of the list above
 * (a code missing from @fields empties its field; codes this version does
 * not know are skipped). A grant's tranches and a visit's actions become
 * those of @fields. The record's UUID, owner, history and revision stay.
 * RIAYA_VALIDATION_ERROR_UNKNOWN_CODE or _FORMAT for a value that is not
 * a code or a number it should be; @self is then partly changed: apply
 * to a copy. */
gboolean    riaya_institution_apply_fields        (RiayaInstitution *self,
                                                   GVariant         *fields,
                                                   GError          **error);
gboolean    riaya_grant_apply_fields              (RiayaGrant       *self,
                                                   GVariant         *fields,
                                                   GError          **error);
gboolean    riaya_inspection_apply_fields         (RiayaInspection  *self,
                                                   GVariant         *fields,
                                                   GError          **error);

G_END_DECLS
