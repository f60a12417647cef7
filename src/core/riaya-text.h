/* riaya-text.h — language-aware text helpers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The interface language: "ar", "fr" or "en", from the gettext language list. */
const char *riaya_interface_language (void);
/* Forget the cached language (tests switch LANGUAGE at run time). */
void        riaya_interface_language_reset (void);

/* Text folded for searching: case-folded, Latin accents and Arabic
 * diacritics and tatweel removed, alef, teh marbuta and alef maksura
 * forms unified, so that “Fès”, “fes”, “فاس” and “فَاس” find each other. */
char       *riaya_text_fold          (const char *text);

/* Whether @text holds Arabic letters (to choose the field a bare --name
 * goes into, and the base direction of user text). */
gboolean    riaya_text_is_arabic     (const char *text);

/* Appends @text as a JSON string (RFC 8259): quoted, with quotes,
 * backslashes and control characters escaped, UTF-8 left as it is. The one
 * JSON string writer of the CLI and the reports. */
void        riaya_text_append_json_string (GString    *out,
                                           const char *text);

/* Fills a sentence already translated: each conversion (%s, %u, %d, or
 * %1$s, %2$u… when a translation reorders them) takes the next or the
 * numbered argument of @args, all already text; %% is a percent sign.
 * What printf() does for these, several times cheaper: glibc's printf
 * takes a slow path for numbered conversions, and the compliance report
 * fills twenty thousand sentences at ten times national scale. Another
 * conversion, or a number beyond @n_args, is a programming error. */
char       *riaya_text_fill          (const char         *format,
                                      const char * const *args,
                                      guint               n_args);
/* Writes @value in decimal into @buffer (at least 21 bytes), returns it. */
const char *riaya_text_from_uint     (guint64             value,
                                      char               *buffer);

G_END_DECLS
