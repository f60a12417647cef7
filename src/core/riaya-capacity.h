/* riaya-capacity.h — licensed capacity on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "riaya-capacity-line.h"
#include "riaya-enums.h"

G_BEGIN_DECLS

/* The lines in effect on @on (ISO date; NULL means the latest lines): for
 * each category and sex, the line with the latest effective date on or
 * before @on. A line of 0 places ends that category. Returns a
 * GPtrArray of RiayaCapacityLine, sorted by category then sex. */
GPtrArray *riaya_capacity_lines_on   (GListModel          *lines,
                                      const char          *on);

/* Places licensed on @on, for @category (or every category when
 * @category is -1). */
guint      riaya_capacity_on         (GListModel          *lines,
                                      const char          *on,
                                      int                  category);

/* Whether @line may be recorded for an institution of @type whose licence
 * is dated @licence_date: a number of places in range, an effective date
 * that is a real day not before the licence, and a category that the
 * type serves (Law 65.15 art. 3, specialisation). */
gboolean   riaya_capacity_check_line (RiayaInstitutionType type,
                                      const char          *licence_date,
                                      RiayaCapacityLine   *line,
                                      GError             **error);

G_END_DECLS
