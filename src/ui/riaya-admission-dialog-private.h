/* riaya-admission-dialog-private.h — the admission dialog's fields, for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-admission-dialog.h"

G_BEGIN_DECLS

/* The row of a field: "category", "referral", "admission-date", or a
 * person's field by name (riaya_resident_field_to_name: "first-name",
 * "cnie", "guardian-phone"…). */
GtkWidget  *_riaya_admission_dialog_get_field    (RiayaAdmissionDialog *self,
                                                  const char           *name);
/* The message shown under a field, "form" for the one on top; NULL when
 * none is shown. */
const char *_riaya_admission_dialog_get_message  (RiayaAdmissionDialog *self,
                                                  const char           *name);
gboolean    _riaya_admission_dialog_can_save     (RiayaAdmissionDialog *self);
/* "Register number 13 (next in sequence)", as shown. */
const char *_riaya_admission_dialog_get_number   (RiayaAdmissionDialog *self);
/* The question on screen (over capacity, probable duplicate, discard),
 * or NULL. (transfer none) */
AdwMessageDialog *_riaya_admission_dialog_get_question (RiayaAdmissionDialog *self);

G_END_DECLS
