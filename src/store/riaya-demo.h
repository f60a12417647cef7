/* riaya-demo.h — fictitious demo data for each profile
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-store.h"

G_BEGIN_DECLS

/* Loads fictitious demo data that follows the database's profile, marked
 * as demo, in one transaction (deterministic: the same profile and @scale
 * always give the same data). Refused if the database already holds
 * institutions.
 *
 * - National staff (or no profile yet): about 1,300 × @scale
 *   institutions across the 75 provinces, each with counts of the people
 *   present on the last day of each quarter of the last five years, by
 *   category, sex and age band, and the admissions and exits between.
 *   No register, no name.
 * - A delegate: the same, for the institutions of their province only
 *   (each the same as in the national demo, counts included).
 * - A director: four institutions of different types in one province,
 *   each with a complete register of five years of admissions, exits and
 *   transfers, and the counts the store computes from it. @scale is
 *   checked but changes nothing: a director runs a few houses.
 *
 * In every profile, each institution has the Entraide Nationale's grants
 * of the ten years up to the demo's last day and of the year in progress
 * (about 1,000 institutions and 150 million DH a year at scale 1, with
 * the fall of 2020), with their tranches, conventions and
 * justifications, some of them late; and the control committee's visits
 * of the five years up to that day and of the year in progress, with
 * those planned for the rest of it and the next year (about a third of
 * the institutions never visited, some visits without a majority, a few
 * decisions that are events of the licence, corrective actions of which
 * some are overdue). */
gboolean riaya_demo_load (RiayaStore  *store,
                          guint        scale,
                          GError     **error);

G_END_DECLS
