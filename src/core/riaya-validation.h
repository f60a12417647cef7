/* riaya-validation.h — rules of the law as plain functions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each validator returns FALSE and sets a RIAYA_VALIDATION_ERROR whose
 * message is a translated sentence that says what to do. @today is the
 * reference day for "in the future" checks (NULL means the real today), so
 * that tests are deterministic.
 */

#pragma once

#include <glib.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

#define RIAYA_VALIDATION_ERROR (riaya_validation_error_quark ())

typedef enum
{
  RIAYA_VALIDATION_ERROR_REQUIRED,      /* a mandatory field is empty */
  RIAYA_VALIDATION_ERROR_FORMAT,        /* malformed text: date, number, phone… */
  RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,  /* a code outside its vocabulary */
  RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,  /* negative or absurd number */
  RIAYA_VALIDATION_ERROR_FUTURE_DATE,   /* a date that has not come yet */
  RIAYA_VALIDATION_ERROR_DATE_ORDER,    /* a date before the one it depends on */
  RIAYA_VALIDATION_ERROR_SPECIALISATION,/* Law 65.15 art. 3 */
  RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,/* an event that makes no sense now */
} RiayaValidationError;

GQuark    riaya_validation_error_quark (void);

/* The largest number of places one capacity line may hold: far above any
 * real institution, low enough to catch a typing slip. */
#define RIAYA_MAX_PLACES 5000

/* Strict ISO 8601 calendar date, YYYY-MM-DD. */
gboolean  riaya_date_parse               (const char   *iso,
                                          GDate        *out,
                                          GError      **error);
char     *riaya_date_to_iso              (const GDate  *date);
char     *riaya_date_today_iso           (void);
/* Compares two valid ISO dates as text (ISO dates sort as text). */
int       riaya_date_compare             (const char   *a,
                                          const char   *b);

gboolean  riaya_validate_required        (const char   *value,
                                          const char   *field_label,
                                          GError      **error);
gboolean  riaya_validate_past_date       (const char   *iso,
                                          const char   *field_label,
                                          const GDate  *today,
                                          GError      **error);
gboolean  riaya_validate_licence_number  (const char   *number,
                                          GError      **error);
gboolean  riaya_validate_province_code   (const char   *code,
                                          GError      **error);
/* A national identity card number (CNIE): one or two letters then one to
 * seven digits, as "AB123456"; lower-case letters are accepted. */
gboolean  riaya_validate_cnie            (const char   *cnie,
                                          GError      **error);
gboolean  riaya_validate_phone           (const char   *phone,
                                          GError      **error);
gboolean  riaya_validate_places_text     (const char   *text,
                                          guint        *out_places,
                                          GError      **error);
gboolean  riaya_validate_places          (gint64        places,
                                          GError      **error);

G_END_DECLS
