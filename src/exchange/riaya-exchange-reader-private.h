/* riaya-exchange-reader-private.h — what the reader's files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-exchange-reader.c drives libxml2's xmlTextReader over the file and
 * hands each element of the exchange namespace to a handler found in the
 * tables of riaya-exchange-reader-{header,institution,grant,inspection,
 * register}.c, one table per entity (as GnuCash's gnc-*-xml-v2.cpp do).
 * The handlers build the core objects into the current
 * RiayaInstitutionBundle and check what the schema cannot: codes, ranges,
 * dates, duplicates, capacity, unsafe text
 * (riaya-exchange-reader-checks.c).
 */

#pragma once

#include <libxml/xmlreader.h>

#include "riaya-core.h"
#include "riaya-exchange-error.h"
#include "riaya-exchange-reader.h"

G_BEGIN_DECLS

typedef struct _RiayaExchangeReader RiayaExchangeReader;

/* Called when the element starts, its attributes at hand
 * (_riaya_exchange_reader_attr); and when it ends, with its text content
 * when the handler collects text ("" otherwise). */
typedef gboolean (*RiayaElementStartFunc) (RiayaExchangeReader  *self,
                                           GError              **error);
typedef gboolean (*RiayaElementEndFunc)   (RiayaExchangeReader  *self,
                                           const char           *text,
                                           GError              **error);

typedef struct
{
  const char            *parent;  /* the element it appears in */
  const char            *name;
  RiayaElementStartFunc  start;   /* may be NULL */
  RiayaElementEndFunc    end;     /* may be NULL */
  gboolean               text;    /* collects its text content */
} RiayaElementHandler;

/* The tables, each ended by an entry whose name is NULL. */
extern const RiayaElementHandler _riaya_exchange_header_handlers[];
extern const RiayaElementHandler _riaya_exchange_institution_handlers[];
extern const RiayaElementHandler _riaya_exchange_grant_handlers[];
extern const RiayaElementHandler _riaya_exchange_inspection_handlers[];
extern const RiayaElementHandler _riaya_exchange_register_handlers[];

/* What the header counts, in the order of <counts>'s attributes. */
typedef enum
{
  RIAYA_COUNT_INSTITUTIONS,
  RIAYA_COUNT_LICENCE_EVENTS,
  RIAYA_COUNT_CAPACITY_LINES,
  RIAYA_COUNT_GRANTS,
  RIAYA_COUNT_TRANCHES,
  RIAYA_COUNT_INSPECTIONS,
  RIAYA_COUNT_CORRECTIVE_ACTIONS,
  RIAYA_COUNT_RESIDENT_COUNTS,
  RIAYA_COUNT_MOVEMENTS,
  RIAYA_COUNT_RESIDENTS,
  RIAYA_COUNT_STAYS,
  RIAYA_N_COUNTS
} RiayaCountKind;

/* The attribute names of <counts>, indexed by RiayaCountKind. */
extern const char * const _riaya_exchange_count_names[RIAYA_N_COUNTS];

/* The vocabularies whose codes the file carries. */
typedef enum
{
  RIAYA_CODE_PROFILE,
  RIAYA_CODE_LEGAL_BASIS,
  RIAYA_CODE_INSTITUTION_TYPE,
  RIAYA_CODE_CATEGORY,
  RIAYA_CODE_SEX,           /* m or f: people */
  RIAYA_CODE_PLACES_SEX,    /* m, f or any: places */
  RIAYA_CODE_LICENCE_EVENT,
  RIAYA_CODE_SERVICE,
  RIAYA_CODE_STAFF_ROLE,
  RIAYA_CODE_AGE_BAND,
  RIAYA_CODE_REFERRAL,
  RIAYA_CODE_EXIT_REASON,
  RIAYA_CODE_GRANT_KIND,
  RIAYA_CODE_VISIT_KIND,
  RIAYA_CODE_DECISION,
  RIAYA_CODE_CHECK_AREA,
  RIAYA_CODE_CHECK_RESULT,
  RIAYA_CODE_LANGUAGE,      /* of a name: ar or fr */
  RIAYA_N_CODE_KINDS
} RiayaCodeKind;

/* A set of UUIDs (128-bit values) seen in the file. */
typedef struct _RiayaUuidSet RiayaUuidSet;

#define RIAYA_EXCHANGE_MAX_ATTRIBUTES 24

typedef enum
{
  RIAYA_SCAN_PRELUDE,  /* before <body */
  RIAYA_SCAN_BODY,     /* hashing */
  RIAYA_SCAN_DONE,     /* after </body> */
} RiayaScanState;

/* SHA-256, hexadecimal digest in lowercase. */
typedef struct _RiayaBodyHash RiayaBodyHash;

RiayaBodyHash *_riaya_body_hash_new     (void);
void           _riaya_body_hash_update  (RiayaBodyHash *hash,
                                         const guchar  *data,
                                         gsize          length);
/* Ends the hash: call it once. */
const char    *_riaya_body_hash_get_hex (RiayaBodyHash *hash);
void           _riaya_body_hash_free    (RiayaBodyHash *hash);

/* The bytes of the file as they are read (riaya-exchange-reader-input.c). */
typedef struct
{
  GInputStream           *stream;
  GCancellable           *cancellable;
  goffset                 bytes_read;
  gboolean                eof;
  gboolean                too_large;
  gboolean                cancelled;
  gboolean                dtd_seen;
  int                     dtd_line;
  gboolean                wide_encoding;
  gboolean                content_seen;  /* more than blanks */
  gint64                  newlines;      /* in what was read */
  int                     prelude_lines; /* before <body */
  GError                 *io_error;

  RiayaScanState          scan;
  guint                   open_match;
  guint                   close_match;
  guint                   doctype_match;
  gboolean                in_open_tag;
  gboolean                slash;
  RiayaBodyHash          *hash;          /* SHA-256 of <body>…</body> */
} RiayaExchangeInput;

struct _RiayaExchangeReader
{
  xmlTextReaderPtr        xml;
  char                   *display_name;  /* the file's base name, for messages */
  RiayaExchangeInput      input;

  /* The first error libxml2 reported. */
  int                     xml_domain;
  int                     xml_code;
  int                     xml_line;
  char                   *xml_message;

  /* The open elements of the exchange namespace, by depth. */
  const char             *names[RIAYA_EXCHANGE_MAX_DEPTH + 2];
  const RiayaElementHandler *handlers[RIAYA_EXCHANGE_MAX_DEPTH + 2];
  int                     skip_depth;    /* inside an extension element: its depth, else -1 */
  int                     text_depth;    /* the element whose text is collected, else -1 */
  GString                *text;
  gboolean                root_seen;
  int                     lines[RIAYA_EXCHANGE_MAX_DEPTH + 2]; /* of the open elements */
  gboolean                after_text;    /* the node before was a text */
  long                    text_end_line; /* where it ended */

  RiayaExchangeHeaderFunc header_func;
  RiayaExchangeBundleFunc bundle_func;
  RiayaExchangeReadProgressFunc progress_func;
  gpointer                user_data;
  goffset                 size;          /* of the file, 0 when not known */

  /* The current element's attributes without a namespace. */
  const char             *attr_names[RIAYA_EXCHANGE_MAX_ATTRIBUTES];
  char                   *attr_values[RIAYA_EXCHANGE_MAX_ATTRIBUTES];
  guint                   n_attrs;

  /* The header, complete when its end is read. */
  RiayaExchangeHeader    *header;
  gboolean                header_done;
  gint64                  declared[RIAYA_N_COUNTS];
  gboolean                counts_declared;
  char                   *declared_digest; /* 64 lowercase hex digits */
  int                     digest_line;
  int                     counts_line;
  gint64                  seen[RIAYA_N_COUNTS];

  /* The record being read and what it contains. */
  RiayaInstitutionBundle *bundle;
  /* A licence event takes its note when it is made: kept until its end. */
  gboolean                in_event;
  RiayaLicenceEventKind   event_kind;
  char                   *event_uuid;
  char                   *event_date;
  char                   *event_deadline;
  char                   *event_recorded;
  char                   *event_note;
  gboolean                names_seen[2];
  RiayaGrant             *grant;
  RiayaInspection        *inspection;
  RiayaCheckArea          check_area;
  RiayaCheckResult        check_result;
  char                   *check_note;
  guint                   checks_seen;   /* one bit per RiayaCheckArea */
  RiayaCorrectiveAction  *action;
  RiayaResident          *resident;
  guint                   services_seen; /* one bit per RiayaService */
  guint                   staff_seen;    /* one bit per RiayaStaffRole */
  int                     count_line;    /* the line of <resident-count> */

  /* Across the file: every UUID and licence number met. */
  RiayaUuidSet           *uuids;
  /* The residents of the register being read: a person transferred
   * between two institutions of the file is in both registers, once in
   * each (docs/exchange-format.md). */
  GHashTable             *register_residents;
  GHashTable             *licence_numbers;
};

/* The read callback of xmlReaderForIO, on a RiayaExchangeInput. */
int          _riaya_exchange_input_read        (void                 *context,
                                                char                 *buffer,
                                                int                   length);
int          _riaya_exchange_input_close       (void                 *context);

/* Handles the node the xmlTextReader has just read. */
gboolean     _riaya_exchange_reader_handle_node (RiayaExchangeReader *self,
                                                 GError             **error);
void         _riaya_exchange_reader_clear_attributes (RiayaExchangeReader *self);
/* Turns what stopped the reading (the read callback's refusal, libxml2's
 * first complaint) into one error. Returns FALSE. */
gboolean     _riaya_exchange_reader_fail_reading (RiayaExchangeReader *self,
                                                  GError             **error);

/* The line of the node being read, for messages. */
int          _riaya_exchange_reader_line       (RiayaExchangeReader  *self);

/* Sets @error to @code with "FILE, line N: @problem Ask … for a new
 * export." Returns FALSE. */
gboolean     _riaya_exchange_reader_fail       (RiayaExchangeReader  *self,
                                                GError              **error,
                                                RiayaExchangeError    code,
                                                const char           *problem);
gboolean     _riaya_exchange_reader_failf      (RiayaExchangeReader  *self,
                                                GError              **error,
                                                RiayaExchangeError    code,
                                                const char           *format,
                                                ...) G_GNUC_PRINTF (4, 5);

/* The value of the current element's attribute @name, or NULL. */
const char  *_riaya_exchange_reader_attr       (RiayaExchangeReader  *self,
                                                const char           *name);
/* The same, failing when it is absent (the schema requires it). */
gboolean     _riaya_exchange_reader_required   (RiayaExchangeReader  *self,
                                                const char           *name,
                                                const char          **out,
                                                GError              **error);

/* Checked attributes. @out is left NULL / untouched when an optional
 * attribute is absent. Dates are YYYY-MM-DD between 1900-01-01 and
 * 2100-12-31; instants YYYY-MM-DDThh:mm:ssZ in the same years; numbers
 * between @min and @max (RANGE otherwise, naming what is wrong). */
gboolean     _riaya_exchange_reader_date       (RiayaExchangeReader  *self,
                                                const char           *name,
                                                gboolean              required,
                                                const char          **out,
                                                GError              **error);
gboolean     _riaya_exchange_reader_instant    (RiayaExchangeReader  *self,
                                                const char           *name,
                                                gboolean              required,
                                                const char          **out,
                                                GError              **error);
gboolean     _riaya_exchange_reader_number     (RiayaExchangeReader  *self,
                                                const char           *name,
                                                gint64                min,
                                                gint64                max,
                                                gint64               *out,
                                                GError              **error);
/* A required code of @kind; *@out receives the enum's value. */
gboolean     _riaya_exchange_reader_code       (RiayaExchangeReader  *self,
                                                const char           *name,
                                                RiayaCodeKind         kind,
                                                guint                *out,
                                                GError              **error);
/* A required province code that Riaya's territories know. */
gboolean     _riaya_exchange_reader_province   (RiayaExchangeReader  *self,
                                                const char           *name,
                                                const char          **out,
                                                GError              **error);
/* A required UUID, never met before in the file (DUPLICATE otherwise). */
gboolean     _riaya_exchange_reader_new_uuid   (RiayaExchangeReader  *self,
                                                const char           *name,
                                                const char          **out,
                                                GError              **error);
/* A resident's UUID: unique within its institution's register. */
gboolean     _riaya_exchange_reader_resident_uuid (RiayaExchangeReader *self,
                                                   const char         **out,
                                                   GError             **error);

/* Whether @text holds a bidi override or isolate (U+202A–U+202E,
 * U+2066–U+2069) or a control character other than tab and newline;
 * *@offending receives the first such character. */
gboolean     _riaya_exchange_text_is_unsafe    (const char           *text,
                                                gunichar             *offending);
/* Fails with UNSAFE_TEXT when @text is unsafe; @what names the field. */
gboolean     _riaya_exchange_reader_check_text (RiayaExchangeReader  *self,
                                                const char           *what,
                                                const char           *text,
                                                GError              **error);

/* Keeps what the file says of a record beyond its content on the
 * record's object (RIAYA_EXCHANGE_DATA_*). */
void         _riaya_exchange_reader_keep       (GObject              *record,
                                                const char           *key,
                                                const char           *value);

/* Checks the count just read against the capacity lines of the bundle's
 * institution on its date (OVER_CAPACITY unless the file says so). */
gboolean     _riaya_exchange_reader_check_capacity (RiayaExchangeReader  *self,
                                                    GError              **error);

RiayaUuidSet *_riaya_uuid_set_new              (void);
void          _riaya_uuid_set_free             (RiayaUuidSet         *set);
/* Adds @uuid (lowercase 8-4-4-4-12); FALSE when it was there already. */
gboolean      _riaya_uuid_set_add              (RiayaUuidSet         *set,
                                                const char           *uuid);

/* The size cap: RIAYA_EXCHANGE_MAX_BYTES, or what a test set (0: back
 * to RIAYA_EXCHANGE_MAX_BYTES). */
goffset       _riaya_exchange_reader_get_max_bytes (void);
void          _riaya_exchange_reader_set_max_bytes (goffset           max_bytes);

G_END_DECLS
