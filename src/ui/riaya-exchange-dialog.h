/* riaya-exchange-dialog.h — exporting an exchange file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_EXCHANGE_DIALOG (riaya_exchange_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RiayaExchangeDialog, riaya_exchange_dialog, RIAYA, EXCHANGE_DIALOG, AdwWindow)

/* A modal dialog over @parent that writes the exchange file of
 * docs/exchange-format.md: what to export (as the profile allows: a
 * director their institutions, a delegate their province or one
 * institution, national staff one institution, a province or all), the
 * period, and in a director's database the nominative register, which
 * needs a confirmation saying what leaves the machine. Export asks where
 * to save the file, proposing its name, then writes it in a worker
 * thread with a progress bar; Cancel stops it and nothing is left
 * behind. Emits "exported" with the file's path and a sentence saying
 * where it went, then closes. @institutions (nullable) is the registry's
 * list, for choosing one. */
RiayaExchangeDialog *riaya_exchange_dialog_new       (GtkWindow           *parent,
                                                      RiayaContext        *context,
                                                      GListModel          *institutions);
/* Exports to @path as Export does once a file is chosen (the form must
 * be complete: otherwise says what is missing and writes nothing). */
void                 riaya_exchange_dialog_export_to (RiayaExchangeDialog *self,
                                                      const char          *path);

G_END_DECLS
