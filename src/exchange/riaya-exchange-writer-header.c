/* riaya-exchange-writer-header.c — the header of an exchange file, and its name
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header says who made the file (the database, its profile, the
 * software), when, for which period, its number in the database's
 * sequence, how many records of each kind the body holds and the digest
 * of the body (docs/exchange-format.md). It is written once the body is
 * whole, in memory: it is a few hundred bytes.
 */

#include "config.h"

#include "riaya-exchange-reader.h"
#include "riaya-exchange-writer-private.h"
#include "riaya-store-exchange.h"

char *
_riaya_exchange_dup_director_licence (RiayaStore *store)
{
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;

  if (riaya_store_count_institutions (store) != 1)
    return NULL;
  institutions = riaya_store_list_institutions (store, NULL);
  if (institutions == NULL || g_list_model_get_n_items (institutions) != 1)
    return NULL;
  institution = g_list_model_get_item (institutions, 0);

  return g_strdup (riaya_institution_get_licence_number (institution));
}

static void
write_count (RiayaXmlOut *out,
             const char  *name,
             guint64      count)
{
  _riaya_xml_attr_int (out, name, (gint64) count);
}

static void
write_simple (RiayaXmlOut *out,
              const char  *name,
              const char  *text)
{
  _riaya_xml_start (out, name);
  _riaya_xml_text (out, text);
  _riaya_xml_end (out);
}

GBytes *
_riaya_exchange_make_header (RiayaExportContext *context,
             gint64              sequence,
             const char         *digest)
{
  const RiayaExchangeCounts *counts = &context->counts;
  g_autoptr(GDateTime) stamp = context->options->created != NULL ? g_date_time_to_utc (context->options->created)
                                                                 : g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (stamp, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *province = NULL;
  g_autofree char *licence = NULL;
  g_autofree char *software = g_strdup_printf ("Riaya %s", PACKAGE_VERSION);
  char number[24];
  RiayaProfile profile = RIAYA_PROFILE_NATIONAL;
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr writer = xmlNewTextWriterMemory (buffer, 0);
  RiayaXmlOut out;
  GBytes *bytes = NULL;

  riaya_store_get_profile (context->store, &profile, &province);
  if (profile == RIAYA_PROFILE_DIRECTOR)
    licence = _riaya_exchange_dup_director_licence (context->store);

  _riaya_xml_out_init (&out, writer, 0);
  if (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL) < 0)
    out.failed = TRUE;
  _riaya_xml_start (&out, "riaya-exchange");
  _riaya_xml_attr (&out, "xmlns", RIAYA_EXCHANGE_NAMESPACE);
  _riaya_xml_attr (&out, "version", RIAYA_EXCHANGE_VERSION);

  _riaya_xml_start (&out, "header");

  _riaya_xml_start (&out, "producer");
  _riaya_xml_attr (&out, "database", riaya_store_get_database_uuid (context->store));
  _riaya_xml_attr (&out, "profile", riaya_profile_to_code (profile));
  _riaya_xml_attr_text (&out, "licence-number", licence);
  _riaya_xml_attr (&out, "province", profile == RIAYA_PROFILE_DELEGATE ? province : NULL);
  _riaya_xml_attr (&out, "software", software);
  _riaya_xml_end (&out);

  write_simple (&out, "created", created);

  _riaya_xml_start (&out, "period");
  _riaya_xml_attr (&out, "from", context->options->from);
  _riaya_xml_attr (&out, "to", context->options->to);
  _riaya_xml_end (&out);

  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, sequence);
  write_simple (&out, "sequence", number);

  _riaya_xml_start (&out, "counts");
  write_count (&out, "institutions", counts->institutions);
  write_count (&out, "licence-events", counts->licence_events);
  write_count (&out, "capacity-lines", counts->capacity_lines);
  write_count (&out, "grants", counts->grants);
  write_count (&out, "tranches", counts->tranches);
  write_count (&out, "inspections", counts->inspections);
  write_count (&out, "corrective-actions", counts->corrective_actions);
  write_count (&out, "resident-counts", counts->resident_counts);
  write_count (&out, "movements", counts->movements);
  write_count (&out, "residents", counts->residents);
  write_count (&out, "stays", counts->stays);
  _riaya_xml_end (&out);

  _riaya_xml_start (&out, "digest");
  _riaya_xml_attr (&out, "algorithm", "sha256");
  _riaya_xml_text (&out, digest);
  _riaya_xml_end (&out);

  _riaya_xml_end (&out);   /* header */
  /* <body> is the root's second child, on a line of its own. */
  _riaya_xml_text (&out, "\n  ");

  if (xmlTextWriterFlush (writer) >= 0 && !out.failed)
    bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));

  /* The root stays open in the writer: its end tag follows the body. */
  xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);

  return bytes;
}

/* @text as part of a file name: "/", spaces and whatever else a file
 * system or a mail program could stumble on become "-". */
static char *
dup_name_part (const char *text)
{
  char *part = g_strdup (text);

  for (char *p = part; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      *p = '-';

  return part;
}

char *
riaya_exchange_dup_file_name (RiayaStore                *store,
                              const RiayaExportOptions  *options,
                              gint64                     sequence)
{
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *own = NULL;
  g_autofree char *subject = NULL;
  const char *from;
  RiayaProfile profile = RIAYA_PROFILE_NATIONAL;
  gboolean named = options->institutions != NULL && options->institutions[0] != NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  from = options->from != NULL ? options->from : today;
  riaya_store_get_profile (store, &profile, &own);

  if (named && options->institutions[1] == NULL)
    {
      g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, options->institutions[0], NULL);

      if (institution != NULL)
        subject = dup_name_part (riaya_institution_get_licence_number (institution));
    }
  if (subject == NULL && options->province_code != NULL)
    subject = dup_name_part (options->province_code);
  if (subject == NULL && profile == RIAYA_PROFILE_DIRECTOR)
    {
      g_autofree char *licence = named ? NULL : _riaya_exchange_dup_director_licence (store);

      subject = licence != NULL ? dup_name_part (licence) : g_strdup ("director");
    }
  if (subject == NULL && profile == RIAYA_PROFILE_DELEGATE && own != NULL)
    subject = dup_name_part (own);
  if (subject == NULL)
    subject = g_strdup ("national");

  return g_strdup_printf ("riaya-%s-%.4s-%" G_GINT64_FORMAT ".xml", subject, from, sequence);
}
