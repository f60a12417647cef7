/* riaya-register-document-private.h — the register's own vocabulary
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed register speaks the language chosen for the document, not
 * the interface's: a director working in French may print the Arabic
 * register the court expects. Its legal vocabulary therefore lives in
 * tables of its own (riaya-register-labels.c), one French and one Arabic
 * text per label, instead of in the message catalogue of the interface.
 */

#pragma once

#include <glib.h>

#include "riaya-enums.h"
#include "riaya-register-document.h"
#include "riaya-stay.h"

G_BEGIN_DECLS

/* The document languages: what riaya_register_document_new() accepts. */
typedef enum
{
  RIAYA_REGISTER_FRENCH,
  RIAYA_REGISTER_ARABIC,
} RiayaRegisterLanguage;

typedef enum
{
  /* Title page */
  RIAYA_REGISTER_TEXT_TITLE,
  RIAYA_REGISTER_TEXT_LEGAL_REFERENCE,
  RIAYA_REGISTER_TEXT_INSTITUTION,
  RIAYA_REGISTER_TEXT_LICENCE_NUMBER,
  RIAYA_REGISTER_TEXT_LICENCE_DATE,
  RIAYA_REGISTER_TEXT_LEGAL_BASIS,
  RIAYA_REGISTER_TEXT_TYPE,
  RIAYA_REGISTER_TEXT_PROVINCE,
  RIAYA_REGISTER_TEXT_COMMUNE,
  RIAYA_REGISTER_TEXT_ADDRESS,
  RIAYA_REGISTER_TEXT_FOUNDER,
  RIAYA_REGISTER_TEXT_DIRECTOR,
  RIAYA_REGISTER_TEXT_COURT,           /* "Numbered and initialled by…" */
  RIAYA_REGISTER_TEXT_COURT_SIGNATURE, /* "Date, signature and stamp:" */
  RIAYA_REGISTER_TEXT_PRINTED_ON,      /* {date} */
  /* Every page */
  RIAYA_REGISTER_TEXT_FOOTER_LICENCE,  /* {licence} */
  RIAYA_REGISTER_TEXT_FOOTER_PAGE,     /* {page} {pages} */
  RIAYA_REGISTER_TEXT_NO_ENTRY,
  /* Columns */
  RIAYA_REGISTER_TEXT_COLUMN_NUMBER,
  RIAYA_REGISTER_TEXT_COLUMN_NAME,
  RIAYA_REGISTER_TEXT_COLUMN_SEX,
  RIAYA_REGISTER_TEXT_COLUMN_BIRTH,
  RIAYA_REGISTER_TEXT_COLUMN_CNIE,
  RIAYA_REGISTER_TEXT_COLUMN_FAMILY_STATUS,
  RIAYA_REGISTER_TEXT_COLUMN_HEALTH_STATUS,
  RIAYA_REGISTER_TEXT_COLUMN_CATEGORY,
  RIAYA_REGISTER_TEXT_COLUMN_ADMISSION,
  RIAYA_REGISTER_TEXT_COLUMN_EXIT,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_NAME,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_CNIE,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_ADDRESS,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_PHONE,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_OCCUPATION,
  RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_SITUATION,
  /* Cells */
  RIAYA_REGISTER_TEXT_DESTINATION,     /* {licence} */
  RIAYA_N_REGISTER_TEXTS
} RiayaRegisterText;

/* The language of a code ("ar", "fr"), FALSE for any other. */
gboolean    _riaya_register_document_language_from_code (const char            *code,
                                                         RiayaRegisterLanguage *out);

/* A label in @language. Texts with {names} are templates: fill them with
 * _riaya_register_document_fill(). */
const char *_riaya_register_document_text               (RiayaRegisterLanguage  language,
                                                         RiayaRegisterText      text);
/* "This register holds N pages, numbered from 1 to N." with the number's
 * agreement of each language. */
char       *_riaya_register_document_dup_page_count     (RiayaRegisterLanguage  language,
                                                         guint                  n_pages);

/* The coded vocabularies, as one beneficiary's line of the register says
 * them (a singular category, a person's sex). */
const char *_riaya_register_document_legal_basis        (RiayaRegisterLanguage  language,
                                                         RiayaLegalBasis        basis);
const char *_riaya_register_document_institution_type   (RiayaRegisterLanguage  language,
                                                         RiayaInstitutionType   type);
const char *_riaya_register_document_category           (RiayaRegisterLanguage  language,
                                                         RiayaCategory          category);
const char *_riaya_register_document_sex                (RiayaRegisterLanguage  language,
                                                         RiayaSex               sex);
const char *_riaya_register_document_referral           (RiayaRegisterLanguage  language,
                                                         RiayaReferral          referral);
const char *_riaya_register_document_exit_reason        (RiayaRegisterLanguage  language,
                                                         RiayaExitReason        reason);

/* The columns of decree 2.19.693 art. 11, from the start edge: the left
 * in French, the right in Arabic. */
typedef enum
{
  RIAYA_REGISTER_COLUMN_NUMBER,
  RIAYA_REGISTER_COLUMN_NAME,
  RIAYA_REGISTER_COLUMN_SEX,
  RIAYA_REGISTER_COLUMN_BIRTH,
  RIAYA_REGISTER_COLUMN_CNIE,
  RIAYA_REGISTER_COLUMN_FAMILY_STATUS,
  RIAYA_REGISTER_COLUMN_HEALTH_STATUS,
  RIAYA_REGISTER_COLUMN_CATEGORY,
  RIAYA_REGISTER_COLUMN_ADMISSION,
  RIAYA_REGISTER_COLUMN_EXIT,
  RIAYA_REGISTER_COLUMN_GUARDIAN_NAME,
  RIAYA_REGISTER_COLUMN_GUARDIAN_CNIE,
  RIAYA_REGISTER_COLUMN_GUARDIAN_ADDRESS,
  RIAYA_REGISTER_COLUMN_GUARDIAN_PHONE,
  RIAYA_REGISTER_COLUMN_GUARDIAN_OCCUPATION,
  RIAYA_REGISTER_COLUMN_GUARDIAN_SITUATION,
  RIAYA_REGISTER_N_COLUMNS
} RiayaRegisterColumn;

/* The text of each cell of @stay's line, one a RiayaRegisterColumn
 * (riaya-register-cells.c). */
char      **_riaya_register_document_dup_cells          (RiayaRegisterLanguage  language,
                                                         RiayaStay             *stay);
/* User text in its own direction, between Unicode isolates; "" for none. */
char       *_riaya_register_document_isolate            (const char            *text);
/* An ISO date as Moroccan paper writes it (03/09/2024); "" for none. */
char       *_riaya_register_document_format_date        (const char            *iso);

/* "Register of beneficiaries — <institution>", the PDF's title. */
char       *_riaya_register_document_dup_title          (RiayaRegisterDocument *self);

/* @template with each "{name}" replaced by the value that follows it:
 * pairs of name and value, NULL-terminated. */
char       *_riaya_register_document_fill               (const char            *template,
                                                         ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
