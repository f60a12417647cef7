/* riaya-money.h — amounts of dirhams as integer centimes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every amount of money is a gint64 of centimes: 146,002,000.00 DH is
 * 14600200000. Sums are exact (never floating point) and the whole
 * national budget of ten years, even a thousand times over, is far from
 * the 92 trillion dirhams a gint64 of centimes holds.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest single amount accepted (ten billion dirhams, in centimes):
 * far above any grant the Entraide Nationale gives (its whole budget for
 * grants is about 150 million DH a year), so that a mistyped amount is
 * caught. */
#define RIAYA_MONEY_MAX G_GINT64_CONSTANT (1000000000000)

/* Above this amount (50,000.00 DH, in centimes), a partnership convention
 * is required (Prime Minister's circular 7/2003). */
#define RIAYA_MONEY_CONVENTION_THRESHOLD G_GINT64_CONSTANT (5000000)

/* Parses dirhams written as digits with at most two decimals after a '.'
 * ("146002000.00", "1500", "1500.5") into centimes. With
 * @lenient, as a person types in a form: ',' is also a decimal mark,
 * spaces (also no-break and narrow no-break) may group digits, Arabic-Indic
 * digits are read, and a trailing "DH" or "د.م." is ignored.
 *
 * Refused (RIAYA_VALIDATION_ERROR_FORMAT, message saying how to write it):
 * empty text, a sign, letters, more than two decimals; and
 * (RIAYA_VALIDATION_ERROR_OUT_OF_RANGE) zero or more than RIAYA_MONEY_MAX. */
gboolean  riaya_money_parse           (const char  *text,
                                       gboolean     lenient,
                                       gint64      *out_centimes,
                                       GError     **error);

/* "146002000.00": digits, '.', two decimals, no grouping — the form of
 * CSV, JSON, XML and the command line. Negative amounts keep their '-'. */
char     *riaya_money_to_string       (gint64       centimes);

/* For people: digits grouped by three with @group_separator (for example
 * a no-break space or ","), @decimal_mark before the centimes. */
char     *riaya_money_format          (gint64       centimes,
                                       const char  *group_separator,
                                       const char  *decimal_mark);

/* For people, in the interface language: riaya_money_format() with the
 * language's digit group separator and decimal mark ("146,002,000.00" in
 * English, "146 002 000,00" in French), without a unit. */
char     *riaya_money_format_for_people (gint64     centimes);

/* a + b into *out, FALSE (and *out untouched) if it would overflow. */
gboolean  riaya_money_add             (gint64       a,
                                       gint64       b,
                                       gint64      *out);

G_END_DECLS
