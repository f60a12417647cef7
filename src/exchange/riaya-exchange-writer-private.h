/* riaya-exchange-writer-private.h — what the files of the exchange writer share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer is split by entity, as the store is: riaya-exchange-writer.c
 * makes the file (temporary body, header, rename), -xml.c the elements
 * and their layout, -institution.c an institution and its figures,
 * -grants.c, -inspections.c and -register.c the records it holds. Each
 * part of an institution is one entry of a table
 * (_riaya_exchange_institution_parts), in the order of the format.
 */

#pragma once

#include <libxml/xmlwriter.h>

#include "riaya-exchange-writer.h"
#include "riaya-store-exchange.h"
#include "riaya-store-export.h"

G_BEGIN_DECLS

/* The records of a file, as its header counts them (docs/exchange-format.md
 * "Counts"). */
typedef struct
{
  guint64 institutions;
  guint64 licence_events;
  guint64 capacity_lines;
  guint64 grants;
  guint64 tranches;
  guint64 inspections;
  guint64 corrective_actions;
  guint64 resident_counts;
  guint64 movements;       /* <admission> and <exit> elements */
  guint64 residents;
  guint64 stays;
} RiayaExchangeCounts;

/* Elements nest at most this deep (a stay: 6 levels below the root). */
#define RIAYA_XML_MAX_DEPTH 16

/* An XML stream being written, laid out two spaces per level. */
typedef struct
{
  xmlTextWriterPtr writer;
  guint            depth;                         /* elements open */
  gboolean         started;                       /* an element was written */
  gboolean         has_children[RIAYA_XML_MAX_DEPTH];
  gboolean         failed;                        /* a libxml2 call failed */
} RiayaXmlOut;

/* The export of one file: what it covers and what it counted so far. */
typedef struct
{
  RiayaStore                *store;
  const RiayaExportOptions  *options;
  RiayaXmlOut                out;
  RiayaExchangeCounts        counts;
  guint                      from_year;
  guint                      to_year;
  gboolean                   keeps_registers;   /* a director's database */
  /* RiayaExportedRecord: the versions written, to note once the file is
   * whole (riaya_store_note_exported). */
  GArray                    *sent;
} RiayaExportContext;

/* Notes the version of a record written, by its content digest
 * (transfer full). */
void      _riaya_exchange_note_sent         (RiayaExportContext *context,
                                             const char         *kind,
                                             const char         *uuid,
                                             char               *digest);

/* One institution being written: the record and its instants. */
typedef struct
{
  RiayaInstitution *institution;
  char             *updated_at;
  char             *deleted_at;
  GHashTable       *recorded;   /* event or capacity line UUID → instant */
} RiayaExportItem;

/* One part of an <institution> element, in the order of the format. */
typedef gboolean (*RiayaExportPartFunc) (RiayaExportContext  *context,
                                         RiayaExportItem     *item,
                                         GError             **error);

/* riaya-exchange-writer-xml.c */
/* Opens @out on @writer (which it does not own), its first element at
 * @level (the root is 0): that one starts without a line break. */
void      _riaya_xml_out_init         (RiayaXmlOut      *out,
                                       xmlTextWriterPtr  writer,
                                       guint             level);
/* Starts an element on a new line, indented by its depth. */
void      _riaya_xml_start            (RiayaXmlOut      *out,
                                       const char       *name);
/* Ends the element started last: on a line of its own when it holds
 * elements, "/>" when it holds nothing. */
void      _riaya_xml_end              (RiayaXmlOut      *out);
/* Ends it with an end tag even when empty (<body>…</body>: the digest
 * runs from one to the other, docs/exchange-format.md "Digest"). */
void      _riaya_xml_end_full         (RiayaXmlOut      *out);
/* An attribute that is a code, a UUID, a date or an instant: left out
 * when NULL or empty. */
void      _riaya_xml_attr             (RiayaXmlOut      *out,
                                       const char       *name,
                                       const char       *value);
/* An attribute of free text (cleaned, see _riaya_exchange_clean_text):
 * left out when NULL or empty. */
void      _riaya_xml_attr_text        (RiayaXmlOut      *out,
                                       const char       *name,
                                       const char       *value);
void      _riaya_xml_attr_int         (RiayaXmlOut      *out,
                                       const char       *name,
                                       gint64            value);
/* Text inside the element started last, escaped but not cleaned: clean
 * it first (_riaya_exchange_clean_text). */
void      _riaya_xml_text             (RiayaXmlOut      *out,
                                       const char       *text);
/* <name>text</name> on a line of its own, the text cleaned; nothing when
 * @text is NULL or empty (or empty once cleaned). */
void      _riaya_xml_text_element     (RiayaXmlOut      *out,
                                       const char       *name,
                                       const char       *text);
/* Text fit for any reader of the format: valid UTF-8, without the
 * characters a reader refuses (control characters other than tab and
 * line feed; bidi embeddings, overrides and isolates, U+202A–U+202E and
 * U+2066–U+2069, that would show a name reversed) nor those XML 1.0
 * cannot hold. NULL when nothing is left. */
char     *_riaya_exchange_clean_text  (const char       *text);

/* riaya-exchange-writer-header.c */
/* The XML declaration, the root's start tag and the whole header, up to
 * the indentation of <body>: the bytes before the body's. NULL when
 * libxml2 fails. */
GBytes   *_riaya_exchange_make_header       (RiayaExportContext *context,
                                             gint64              sequence,
                                             const char         *digest);
/* The licence number of a director's one institution, for the producer
 * and the file's name: a director with several houses is known by the
 * database alone (NULL). */
char     *_riaya_exchange_dup_director_licence (RiayaStore      *store);

/* riaya-exchange-writer-institution.c: the parts, NULL-terminated. */
extern const RiayaExportPartFunc _riaya_exchange_institution_parts[];
/* Writes institution @uuid whole, counting what it writes. */
gboolean  _riaya_exchange_write_institution (RiayaExportContext *context,
                                             const char         *uuid,
                                             GError            **error);

/* riaya-exchange-writer-grants.c */
gboolean  _riaya_exchange_write_grants      (RiayaExportContext *context,
                                             RiayaExportItem    *item,
                                             GError            **error);
/* riaya-exchange-writer-inspections.c */
gboolean  _riaya_exchange_write_inspections (RiayaExportContext *context,
                                             RiayaExportItem    *item,
                                             GError            **error);
/* riaya-exchange-writer-register.c: only with the register asked for. */
gboolean  _riaya_exchange_write_register    (RiayaExportContext *context,
                                             RiayaExportItem    *item,
                                             GError            **error);

G_END_DECLS
