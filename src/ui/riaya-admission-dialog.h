/* riaya-admission-dialog.h — admitting someone to an institution's register
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_ADMISSION_DIALOG (riaya_admission_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RiayaAdmissionDialog, riaya_admission_dialog, RIAYA, ADMISSION_DIALOG, AdwWindow)

/* A modal dialog over @parent admitting a new person to @institution: the
 * beneficiary's fields, then the family's (decree 2.19.693 art. 11).
 * Saving asks for confirmation, naming the numbers, when the category and
 * sex are full, and shows the other record when the person looks like a
 * known one. Emits "admitted" with the new stay's UUID once saved, then
 * closes. */
RiayaAdmissionDialog *riaya_admission_dialog_new          (GtkWindow            *parent,
                                                           RiayaContext         *context,
                                                           RiayaInstitution     *institution);
/* Fills the form from a known person, for a new stay of theirs. */
void                  riaya_admission_dialog_set_resident (RiayaAdmissionDialog *self,
                                                           RiayaResident        *resident);

G_END_DECLS
