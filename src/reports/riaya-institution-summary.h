/* riaya-institution-summary.h — one institution on one page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a delegate or a director hands over about an institution: who it
 * is and under which law, its licence and the latest events of it, its
 * places in force by category and sex, the people present at the latest
 * count, its staff, the grants of the last years and the last visits of
 * the control committee — on a single A4 portrait page, in the interface
 * language and direction, with the date printed and the database it
 * comes from. Long histories are cut ("and 3 more") rather than spilled
 * onto a second page. It names no resident: numbers of people only.
 * Drawn with Pango and cairo only, so that riaya-cli writes the same PDF
 * as the GUI prints.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "riaya-store.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_SUMMARY (riaya_institution_summary_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionSummary, riaya_institution_summary, RIAYA, INSTITUTION_SUMMARY, GObject)

/* The summary of the institution @id (its UUID or licence number) as it
 * stood on @on (ISO date): status, places, presence and staff on that
 * day, events, grants and visits up to it. @printed_on is the date
 * printed in the footer, @rtl the interface's direction (TRUE in
 * Arabic). Everything is read from @store now: a later change does not
 * move what was read. NULL with RIAYA_STORE_ERROR_NOT_FOUND (or the
 * store's error) when it cannot be read. */
RiayaInstitutionSummary *riaya_institution_summary_new        (RiayaStore              *store,
                                                               const char              *id,
                                                               const char              *on,
                                                               const char              *printed_on,
                                                               gboolean                 rtl,
                                                               GError                 **error);

/* "Institution summary — <name>", for a print job or the PDF's title. */
const char              *riaya_institution_summary_get_title  (RiayaInstitutionSummary *self);

/* Lays the summary out for a page of @width × @height points (the
 * printable area); returns the number of pages: always 1. Call before
 * drawing, and again when the page size changes. @cr is any context of
 * the target (for font metrics). */
guint                    riaya_institution_summary_paginate   (RiayaInstitutionSummary *self,
                                                               cairo_t                 *cr,
                                                               double                   width,
                                                               double                   height);
/* Draws page @page_index (0) at the origin of @cr. */
void                     riaya_institution_summary_draw_page  (RiayaInstitutionSummary *self,
                                                               cairo_t                 *cr,
                                                               guint                    page_index);

/* Writes the summary as a PDF file at @path (A4 portrait), all or
 * nothing: a temporary file is renamed over @path only when complete. */
gboolean                 riaya_institution_summary_write_pdf  (RiayaInstitutionSummary *self,
                                                               const char              *path,
                                                               GError                 **error);

G_END_DECLS
