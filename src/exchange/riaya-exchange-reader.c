/* riaya-exchange-reader.c — reading an exchange file, distrusting it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file comes from another machine, maybe from someone who means harm
 * (exchange.md "Hostile input"). Before libxml2 sees a byte, the read
 * callback (riaya-exchange-reader-input.c) counts it against the size
 * cap, refuses a document type declaration (so that no entity is ever
 * declared, expanded or loaded) and a UTF-16 or UTF-32 file, and hashes
 * the bytes of <body>…</body> for the digest. libxml2 reads with XML_PARSE_NONET, without NOENT, DTDLOAD,
 * DTDATTR or DTDVALID, and an external entity loader that refuses
 * everything. The root's name, namespace and version are checked before
 * any complaint of the schema is heard (riaya-exchange-reader-elements.c);
 * the schema (compiled in) then validates as the file streams, and the
 * element handlers of riaya-exchange-reader-*.c check what it cannot.
 * Here: the set-up, the errors, and the checks of the whole file at its
 * end.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "riaya-exchange-reader-private.h"

#define SCHEMA_RESOURCE "/io/github/riaya/Riaya/exchange/riaya-exchange-1.xsd"

/* --- Process-wide set-up ---------------------------------------------- */

/* No entity, DTD or schema of a file is ever fetched, from the disk or
 * the network: the exchange format has none. */
static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  context)
{
  return NULL;
}

static void
on_schema_parse_error (void        *data,
                       xmlErrorPtr  error)
{
  GString *messages = data;

  if (error != NULL && error->message != NULL)
    g_string_append (messages, error->message);
}

static xmlSchemaPtr
load_schema (char **problem)
{
  static gsize done = 0;
  static xmlSchemaPtr schema = NULL;
  static char *schema_problem = NULL;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);

      bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        schema_problem = g_strdup (error->message);
      else
        {
          g_autoptr(GString) messages = g_string_new (NULL);
          xmlSchemaParserCtxtPtr context;

          context = xmlSchemaNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                               (int) g_bytes_get_size (bytes));
          xmlSchemaSetParserStructuredErrors (context, on_schema_parse_error, messages);
          schema = xmlSchemaParse (context);
          xmlSchemaFreeParserCtxt (context);
          if (schema == NULL)
            schema_problem = g_strdup (messages->str);
        }

      g_once_init_leave (&done, 1);
    }

  if (schema == NULL)
    *problem = g_strdup (schema_problem);
  return schema;
}

/* --- Errors ----------------------------------------------------------- */

/* What libxml2 prints past its structured errors ("xmlParseChunk:
 * encoder error"), already said by one of them. */
static void
ignore_generic_error (void       *data,
                      const char *format,
                      ...)
{
}

static void
on_xml_error (void        *data,
              xmlErrorPtr  error)
{
  RiayaExchangeReader *self = data;

  if (error == NULL || error->level == XML_ERR_WARNING || self->xml_code != 0)
    return;

  self->xml_domain = error->domain;
  self->xml_code = error->code != 0 ? error->code : XML_ERR_INTERNAL_ERROR;
  self->xml_line = error->line;
  self->xml_message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
}

int
_riaya_exchange_reader_line (RiayaExchangeReader *reader)
{
  int type = xmlTextReaderNodeType (reader->xml);
  int depth = xmlTextReaderDepth (reader->xml);
  xmlNodePtr node;
  long line;

  /* An element's, or its end's: kept when it was read (note_line). */
  if ((type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT) &&
      depth >= 0 && depth <= RIAYA_EXCHANGE_MAX_DEPTH && reader->lines[depth] > 0)
    return reader->lines[depth];

  node = xmlTextReaderCurrentNode (reader->xml);
  line = node != NULL ? xmlGetLineNo (node) : -1;
  if (line <= 0 || line >= 65535)
    line = xmlTextReaderGetParserLineNumber (reader->xml);

  return (int) CLAMP (line, 1, G_MAXINT);
}

gboolean
_riaya_exchange_reader_fail (RiayaExchangeReader  *reader,
                             GError              **error,
                             RiayaExchangeError    code,
                             const char           *problem)
{
  g_set_error (error, RIAYA_EXCHANGE_ERROR, code,
               /* Translators: %1$s is a file name, %2$d a line number, %3$s a sentence saying what is wrong there */
               _("%1$s, line %2$d: %3$s Ask whoever sent the file for a new export."),
               reader->display_name, _riaya_exchange_reader_line (reader), problem);
  return FALSE;
}

gboolean
_riaya_exchange_reader_failf (RiayaExchangeReader  *reader,
                              GError              **error,
                              RiayaExchangeError    code,
                              const char           *format,
                              ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  return _riaya_exchange_reader_fail (reader, error, code, problem);
}

static gboolean
fail_at (RiayaExchangeReader  *self,
         GError              **error,
         RiayaExchangeError    code,
         int                   line,
         const char           *problem)
{
  g_set_error (error, RIAYA_EXCHANGE_ERROR, code,
               _("%1$s, line %2$d: %3$s Ask whoever sent the file for a new export."),
               self->display_name, MAX (line, 1), problem);
  return FALSE;
}

static gboolean
is_entity_error (int code)
{
  switch (code)
    {
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_UNPARSED_ENTITY:
    case XML_ERR_ENTITY_IS_EXTERNAL:
    case XML_ERR_ENTITY_IS_PARAMETER:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_ENTITY_PE_INTERNAL:
    case XML_ERR_EXT_ENTITY_STANDALONE:
    case XML_ERR_DOCTYPE_NOT_FINISHED:
    case XML_ERR_ENTITY_CHAR_ERROR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Turns what stopped the reading into one error, the most telling
 * first: what the read callback refused, then libxml2's complaint. */
gboolean
_riaya_exchange_reader_fail_reading (RiayaExchangeReader  *self,
                                     GError              **error)
{
  RiayaExchangeInput *input = &self->input;
  const char *name = self->display_name;
  int line = self->xml_line > 0 ? self->xml_line
                                : self->xml != NULL ? xmlTextReaderGetParserLineNumber (self->xml) : 1;

  if (input->cancelled)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED,
                   /* Translators: %s is a file name */
                   _("Reading %s was stopped: nothing of it was kept."), name);
      return FALSE;
    }
  if (input->too_large)
    {
      g_autofree char *size = g_format_size (_riaya_exchange_reader_get_max_bytes ());

      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_TOO_LARGE,
                   /* Translators: %1$s is a file name, %2$s a size ("512.0 MB") */
                   _("%1$s is larger than %2$s, which no exchange file ever is: it is not one, or it was damaged. Ask whoever sent it for a new export."),
                   name, size);
      return FALSE;
    }
  if (input->io_error != NULL)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("%1$s cannot be read (%2$s): check that it exists and that you may read it."),
                   name, input->io_error->message);
      return FALSE;
    }
  if (input->dtd_seen)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_DTD, input->dtd_line,
                    _("the file declares a document type (DOCTYPE), which an exchange file never does: it was refused unread, so that no entity it declares is expanded or loaded."));
  if (input->wide_encoding)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_ENCODING, 1,
                    _("the file is not UTF-8 text, as an exchange file is: it is written in UTF-16 or UTF-32, or is no text at all."));

  if (!input->content_seen)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_EMPTY, 1, _("the file is empty."));

  if (self->xml_message != NULL && g_str_has_prefix (self->xml_message, "Excessive depth"))
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_TOO_DEEP, line,
                    _("elements are nested far deeper than an exchange file ever nests them."));
  if (is_entity_error (self->xml_code))
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_DTD, line,
                    _("the file refers to an entity, which an exchange file never does: it was not expanded."));
  if (self->xml_code == XML_ERR_INVALID_ENCODING || self->xml_code == XML_ERR_UNKNOWN_ENCODING ||
      self->xml_code == XML_ERR_UNSUPPORTED_ENCODING ||
      (self->xml_code == XML_ERR_INVALID_CHAR && self->xml_message != NULL &&
       strstr (self->xml_message, "UTF-8") != NULL))
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_ENCODING, line,
                    _("the file is not valid UTF-8 text: it was damaged, or saved in another encoding."));
  if (self->xml_domain == XML_FROM_SCHEMASV)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (/* Translators: %s is the schema validator's own explanation, in English */
                                 _("the file does not follow the exchange format (%s)."),
                                 self->xml_message);
      return fail_at (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA, line, problem);
    }

  /* Whatever libxml2 says, an error on the last line of a file read to
   * its end is most likely a file cut short. */
  if (input->eof && self->xml_domain == XML_FROM_PARSER && self->xml_line >= input->newlines)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_NOT_XML, line,
                    _("the file ends before its last element is closed: it was cut short, by a copy or a download that did not finish."));

  {
    g_autofree char *problem = NULL;

    problem = g_strdup_printf (/* Translators: %s is the XML parser's own explanation, in English */
                               _("the file is not well-formed XML (%s)."),
                               self->xml_message != NULL ? self->xml_message : "?");
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_NOT_XML, line, problem);
  }
}

/* The digest and the counts of the header against what was read. */
static gboolean
check_whole (RiayaExchangeReader  *self,
             GError              **error)
{
  if (!self->header_done || !self->counts_declared || self->declared_digest == NULL)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA, xmlTextReaderGetParserLineNumber (self->xml),
                    _("the file has no complete header."));

  if (self->input.scan != RIAYA_SCAN_DONE ||
      g_ascii_strcasecmp (_riaya_body_hash_get_hex (self->input.hash), self->declared_digest) != 0)
    return fail_at (self, error, RIAYA_EXCHANGE_ERROR_DIGEST, self->digest_line,
                    _("the digest written here does not match the content of the file: it was changed or damaged after it was exported."));

  for (guint k = 0; k < RIAYA_N_COUNTS; k++)
    if (self->declared[k] != self->seen[k])
      {
        g_autofree char *problem = NULL;
        g_autofree char *declared = g_strdup_printf ("%" G_GINT64_FORMAT, self->declared[k]);
        g_autofree char *seen = g_strdup_printf ("%" G_GINT64_FORMAT, self->seen[k]);

        problem = g_strdup_printf (/* Translators: %1$s is what is counted ("grants", "licence-events": the code of the format, untranslated), %2$s and %3$s are numbers */
                                   _("the header counts %2$s “%1$s”, and the file holds %3$s: it is not whole, or it was changed after it was exported."),
                                   _riaya_exchange_count_names[k], declared, seen);
        return fail_at (self, error, RIAYA_EXCHANGE_ERROR_COUNTS, self->counts_line, problem);
      }

  return TRUE;
}

static void
reader_clear (RiayaExchangeReader *self)
{
  _riaya_exchange_reader_clear_attributes (self);
  g_clear_pointer (&self->xml, xmlFreeTextReader);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->header, riaya_exchange_header_free);
  g_clear_pointer (&self->declared_digest, g_free);
  g_clear_pointer (&self->bundle, riaya_institution_bundle_free);
  g_clear_pointer (&self->event_uuid, g_free);
  g_clear_pointer (&self->event_date, g_free);
  g_clear_pointer (&self->event_deadline, g_free);
  g_clear_pointer (&self->event_recorded, g_free);
  g_clear_pointer (&self->event_note, g_free);
  g_clear_object (&self->grant);
  g_clear_object (&self->inspection);
  g_clear_pointer (&self->check_note, g_free);
  g_clear_object (&self->action);
  g_clear_object (&self->resident);
  g_clear_pointer (&self->uuids, _riaya_uuid_set_free);
  g_clear_pointer (&self->register_residents, g_hash_table_unref);
  g_clear_pointer (&self->licence_numbers, g_hash_table_unref);
  g_clear_pointer (&self->xml_message, g_free);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);

  g_clear_object (&self->input.stream);
  g_clear_error (&self->input.io_error);
  g_clear_pointer (&self->input.hash, _riaya_body_hash_free);
}

/* Reads the file, the stream open: returns FALSE with @error set. */
static gboolean
read_stream (RiayaExchangeReader  *self,
             GFile                *file,
             xmlSchemaPtr          schema,
             GError              **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *uri = NULL;
  xmlStructuredErrorFunc previous_handler;
  xmlGenericErrorFunc previous_generic;
  void *previous_context;
  void *previous_generic_context;
  gboolean ok = TRUE;
  int ret;

  /* A regular file larger than the cap is refused before one byte of it
   * is read; the read callback counts for files of unknown size. */
  info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (self->input.stream),
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE, self->input.cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > _riaya_exchange_reader_get_max_bytes ())
    {
      self->input.too_large = TRUE;
      return _riaya_exchange_reader_fail_reading (self, error);
    }
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    self->size = g_file_info_get_size (info);

  uri = g_file_get_uri (file);
  self->xml = xmlReaderForIO (_riaya_exchange_input_read, _riaya_exchange_input_close, &self->input,
                              uri, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  /* libxml2 takes a schema only before the first node is read; the root
   * is still checked first (_riaya_exchange_reader_handle_node), and its
   * complaints heard only after. */
  if (self->xml == NULL || xmlTextReaderSetSchema (self->xml, schema) != 0)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("%1$s cannot be read (%2$s): check that it exists and that you may read it."),
                   self->display_name, g_strerror (ENOMEM));
      return FALSE;
    }

  /* Not xmlTextReaderSetStructuredErrorHandler(): once a schema is
   * plugged in, libxml2 2.9 hands parser errors to it with the schema's
   * context instead of the reader's (and crashes). The handlers of this
   * thread see them all, the parser's and the schema's, and print
   * nothing; the previous ones are put back after, the reader freed. */
  previous_handler = xmlStructuredError;
  previous_context = xmlStructuredErrorContext;
  previous_generic = xmlGenericError;
  previous_generic_context = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc (self, on_xml_error);
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);

  while ((ret = xmlTextReaderRead (self->xml)) == 1)
    if (!_riaya_exchange_reader_handle_node (self, error))
      {
        ok = FALSE;
        break;
      }

  if (ok && ret != 0)
    ok = _riaya_exchange_reader_fail_reading (self, error);
  else if (ok && (self->xml_code != 0 || xmlTextReaderIsValid (self->xml) != 1))
    {
      if (self->xml_code == 0)
        {
          self->xml_domain = XML_FROM_SCHEMASV;
          self->xml_code = XML_SCHEMAV_INTERNAL;
          self->xml_message = g_strdup ("?");
        }
      ok = _riaya_exchange_reader_fail_reading (self, error);
    }
  else if (ok)
    ok = check_whole (self, error);

  g_clear_pointer (&self->xml, xmlFreeTextReader);
  xmlSetStructuredErrorFunc (previous_context, previous_handler);
  xmlSetGenericErrorFunc (previous_generic_context, previous_generic);
  return ok;
}

gboolean
riaya_exchange_read (GFile                    *file,
                     RiayaExchangeHeaderFunc   header_func,
                     RiayaExchangeBundleFunc   bundle_func,
                     gpointer                  user_data,
                     GCancellable             *cancellable,
                     GError                  **error)
{
  return riaya_exchange_read_full (file, header_func, bundle_func, NULL, user_data, cancellable, error);
}

gboolean
riaya_exchange_read_full (GFile                          *file,
                          RiayaExchangeHeaderFunc         header_func,
                          RiayaExchangeBundleFunc         bundle_func,
                          RiayaExchangeReadProgressFunc   progress,
                          gpointer                        user_data,
                          GCancellable                   *cancellable,
                          GError                        **error)
{
  RiayaExchangeReader self = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *schema_problem = NULL;
  xmlSchemaPtr schema;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self.display_name = g_file_get_basename (file);
  if (self.display_name == NULL)
    self.display_name = g_file_get_parse_name (file);
  self.header_func = header_func;
  self.bundle_func = bundle_func;
  self.progress_func = progress;
  self.user_data = user_data;
  self.uuids = _riaya_uuid_set_new ();
  self.licence_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.skip_depth = -1;
  self.text_depth = -1;
  self.text = g_string_new (NULL);
  self.input.cancellable = cancellable;
  self.input.hash = _riaya_body_hash_new ();

  schema = load_schema (&schema_problem);
  if (schema == NULL)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                   /* Translators: %s is libxml2's or GLib's explanation, in English */
                   _("Riaya's own description of the exchange format is missing or damaged (%s): reinstall Riaya."),
                   schema_problem != NULL ? schema_problem : "?");
      reader_clear (&self);
      return FALSE;
    }

  self.input.stream = G_INPUT_STREAM (g_file_read (file, cancellable, &local_error));
  if (self.input.stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self.input.cancelled = TRUE;
      else
        self.input.io_error = g_steal_pointer (&local_error);
      ok = _riaya_exchange_reader_fail_reading (&self, error);
    }
  else
    ok = read_stream (&self, file, schema, error);

  reader_clear (&self);
  return ok;
}
