/* riaya-exchange-reader-elements.c — from libxml2's nodes to the handlers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each node the xmlTextReader reads goes to the handler of its element
 * (riaya-exchange-reader-{header,institution,grant,inspection,register}.c),
 * found by its name and its parent's. The root is checked first: a file
 * of another kind or version is named as such before the schema says what
 * it thinks of it. Elements of another namespace are extensions of a
 * later 1.x: skipped, with all they hold.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exchange-reader-private.h"

static GHashTable *
handlers_by_name (void)
{
  static gsize done = 0;
  static GHashTable *table = NULL;

  if (g_once_init_enter (&done))
    {
      const RiayaElementHandler *tables[] = {
        _riaya_exchange_header_handlers,
        _riaya_exchange_institution_handlers,
        _riaya_exchange_grant_handlers,
        _riaya_exchange_inspection_handlers,
        _riaya_exchange_register_handlers,
      };

      table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        for (const RiayaElementHandler *h = tables[t]; h->name != NULL; h++)
          {
            GPtrArray *same = g_hash_table_lookup (table, h->name);

            if (same == NULL)
              {
                same = g_ptr_array_new ();
                g_hash_table_insert (table, (gpointer) h->name, same);
              }
            g_ptr_array_add (same, (gpointer) h);
          }

      g_once_init_leave (&done, 1);
    }

  return table;
}

static const RiayaElementHandler *
find_handler (const char *parent,
              const char *name)
{
  GPtrArray *same = g_hash_table_lookup (handlers_by_name (), name);

  for (guint i = 0; same != NULL && i < same->len; i++)
    {
      const RiayaElementHandler *h = g_ptr_array_index (same, i);

      if (g_str_equal (h->parent, parent))
        return h;
    }

  return NULL;
}

void
_riaya_exchange_reader_clear_attributes (RiayaExchangeReader *self)
{
  for (guint i = 0; i < self->n_attrs; i++)
    g_clear_pointer (&self->attr_values[i], g_free);
  self->n_attrs = 0;
}

/* Keeps the element's attributes of no namespace (those of another one
 * are extensions: skipped), refusing an unsafe text in any of them. */
static gboolean
read_attributes (RiayaExchangeReader  *self,
                 GError              **error)
{
  xmlTextReaderPtr xml = self->xml;

  _riaya_exchange_reader_clear_attributes (self);
  if (xmlTextReaderHasAttributes (xml) != 1)
    return TRUE;

  while (xmlTextReaderMoveToNextAttribute (xml) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (xml);
      const char *value = (const char *) xmlTextReaderConstValue (xml);

      if (xmlTextReaderConstNamespaceUri (xml) != NULL || xmlTextReaderIsNamespaceDecl (xml) == 1)
        continue;
      if (self->n_attrs == RIAYA_EXCHANGE_MAX_ATTRIBUTES)
        {
          xmlTextReaderMoveToElement (xml);
          return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                              _("an element has more attributes than the exchange format gives any."));
        }
      self->attr_names[self->n_attrs] = name;
      self->attr_values[self->n_attrs] = g_strdup (value != NULL ? value : "");
      self->n_attrs++;
    }

  /* Back on the element, whose line a message names. */
  xmlTextReaderMoveToElement (xml);
  for (guint i = 0; i < self->n_attrs; i++)
    if (!_riaya_exchange_reader_check_text (self, self->attr_names[i], self->attr_values[i], error))
      return FALSE;

  return TRUE;
}

const char *
_riaya_exchange_reader_attr (RiayaExchangeReader *self,
                             const char          *name)
{
  for (guint i = 0; i < self->n_attrs; i++)
    if (g_str_equal (self->attr_names[i], name))
      return self->attr_values[i];

  return NULL;
}

gboolean
_riaya_exchange_reader_required (RiayaExchangeReader  *self,
                                 const char           *name,
                                 const char          **out,
                                 GError              **error)
{
  *out = _riaya_exchange_reader_attr (self, name);
  if (*out != NULL)
    return TRUE;

  return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                       /* Translators: %1$s is an attribute name, %2$s an element name */
                                       _("the attribute “%1$s” of <%2$s> is missing."),
                                       name, xmlTextReaderConstLocalName (self->xml));
}

static gboolean
check_root (RiayaExchangeReader  *self,
            GError              **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->xml);
  const char *encoding = (const char *) xmlTextReaderConstEncoding (self->xml);
  g_autofree char *version = NULL;
  g_autofree char *major_text = NULL;
  const char *dot;
  guint64 major = 0;

  self->root_seen = TRUE;

  if (g_strcmp0 (name, "riaya-exchange") != 0 || g_strcmp0 (ns, RIAYA_EXCHANGE_NAMESPACE) != 0)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_NOT_EXCHANGE,
                                         /* Translators: %1$s is an element name, %2$s a namespace (a URN or URL, or “none”) */
                                         _("this is not a Riaya exchange file: it begins with the element “%1$s” in the namespace “%2$s”, where an exchange file begins with “riaya-exchange” in “urn:riaya:exchange:1”."),
                                         name, ns != NULL ? ns : C_("namespace", "none"));

  version = (char *) xmlTextReaderGetAttribute (self->xml, (const xmlChar *) "version");
  dot = version != NULL ? strchr (version, '.') : NULL;
  if (dot != NULL)
    major_text = g_strndup (version, dot - version);
  if (major_text == NULL ||
      !g_ascii_string_to_unsigned (major_text, 10, 0, G_MAXUINT, &major, NULL))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_VERSION,
                                         /* Translators: %s is what the file gives as its version, maybe nothing */
                                         _("the file does not say which version of the exchange format it follows (version “%s”)."),
                                         version != NULL ? version : "");
  if (major != RIAYA_EXCHANGE_MAJOR_VERSION)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_VERSION,
                   /* Translators: %1$s is a file name, %2$d a line number, %3$s a version ("2.0") */
                   _("%1$s, line %2$d: this file follows version %3$s of the exchange format, and this version of Riaya reads version 1 only. Update Riaya, or ask whoever sent the file for a version 1 export."),
                   self->display_name, _riaya_exchange_reader_line (self), version);
      return FALSE;
    }

  /* libxml2 converts a file in Latin-1 or any encoding it declares; the
   * format is UTF-8 alone. */
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_ENCODING,
                                         /* Translators: %s is the name of an encoding ("ISO-8859-1") */
                                         _("the file is written in %s, where an exchange file is UTF-8."),
                                         encoding);

  self->names[0] = name;
  self->handlers[0] = NULL;
  return TRUE;
}

static gboolean end_element (RiayaExchangeReader  *self,
                             int                   depth,
                             GError              **error);

static gboolean
start_element (RiayaExchangeReader  *self,
               int                   depth,
               GError              **error)
{
  xmlTextReaderPtr xml = self->xml;
  const char *name = (const char *) xmlTextReaderConstLocalName (xml);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (xml);
  const RiayaElementHandler *handler;

  /* An element of another namespace is an extension of a later 1.x
   * (docs/exchange-format.md): skipped with all it holds. */
  if (g_strcmp0 (ns, RIAYA_EXCHANGE_NAMESPACE) != 0)
    {
      if (xmlTextReaderIsEmptyElement (xml) != 1)
        self->skip_depth = depth;
      return TRUE;
    }

  handler = find_handler (self->names[depth - 1], name);
  if (handler == NULL)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                         /* Translators: both %s are element names */
                                         _("the element <%1$s> has no place inside <%2$s>."),
                                         name, self->names[depth - 1]);

  self->names[depth] = name;
  self->handlers[depth] = handler;

  if (!read_attributes (self, error))
    return FALSE;

  if (handler->text)
    {
      g_string_truncate (self->text, 0);
      self->text_depth = depth;
    }

  if (handler->start != NULL && !handler->start (self, error))
    return FALSE;

  if (xmlTextReaderIsEmptyElement (xml) == 1)
    return end_element (self, depth, error);

  return TRUE;
}

static gboolean
end_element (RiayaExchangeReader  *self,
             int                   depth,
             GError              **error)
{
  const RiayaElementHandler *handler = self->handlers[depth];
  const char *text = "";

  if (handler == NULL)
    return TRUE;
  self->handlers[depth] = NULL;

  if (handler->text && self->text_depth == depth)
    {
      text = self->text->str;
      self->text_depth = -1;
      if (!_riaya_exchange_reader_check_text (self, handler->name, text, error))
        return FALSE;
    }

  return handler->end == NULL || handler->end (self, text, error);
}

/* Keeps the line of the element just read, for messages. libxml2 keeps
 * an element's line in 16 bits; past line 65535 the element starts on
 * the line where the blank text just before it ends (with
 * XML_PARSE_BIG_LINES a text knows its line whatever it is): exact in a
 * file written one element a line. Else the parser's own line, a few
 * lines ahead at most, is the best there is. */
static void
note_line (RiayaExchangeReader *self,
           int                  depth)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->xml);
  long line = node != NULL ? node->line : 0;

  /* Not xmlGetLineNo(): past 65535 it gives the line of the text after
   * the element, or inside it. */
  if (line >= 65535 || line <= 0)
    {
      line = self->after_text && self->text_end_line > 0
               ? self->text_end_line
               : xmlTextReaderGetParserLineNumber (self->xml);
    }
  self->after_text = FALSE;
  self->lines[depth] = (int) CLAMP (line, 1, G_MAXINT);
}

/* Handles the node just read. */
gboolean
_riaya_exchange_reader_handle_node (RiayaExchangeReader  *self,
                                    GError              **error)
{
  xmlTextReaderPtr xml = self->xml;
  int type = xmlTextReaderNodeType (xml);
  int depth = xmlTextReaderDepth (xml);

  /* An entity can only come from a DTD, which the read callback stops
   * before libxml2 parses it; this is the second lock. */
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
      type == XML_READER_TYPE_ENTITY || type == XML_READER_TYPE_NOTATION)
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_DTD,
                                        _("the file declares a document type or refers to an entity, which an exchange file never does: it was not expanded."));

  if (depth > RIAYA_EXCHANGE_MAX_DEPTH)
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_TOO_DEEP,
                                        _("elements are nested far deeper than an exchange file ever nests them."));

  if (type == XML_READER_TYPE_ELEMENT)
    note_line (self, depth);
  else if (type != XML_READER_TYPE_TEXT && type != XML_READER_TYPE_SIGNIFICANT_WHITESPACE &&
           type != XML_READER_TYPE_WHITESPACE && type != XML_READER_TYPE_CDATA)
    self->after_text = FALSE;

  /* The root first: a file of another kind or version is named as such,
   * before the schema says what it thinks of it. */
  if (!self->root_seen && type == XML_READER_TYPE_ELEMENT && !check_root (self, error))
    return FALSE;

  if (self->xml_code != 0)
    return _riaya_exchange_reader_fail_reading (self, error);

  if (self->skip_depth >= 0)
    {
      if (type == XML_READER_TYPE_END_ELEMENT && depth == self->skip_depth)
        self->skip_depth = -1;
      return TRUE;
    }

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return depth == 0 || start_element (self, depth, error);

    case XML_READER_TYPE_END_ELEMENT:
      return depth == 0 || end_element (self, depth, error);

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
    case XML_READER_TYPE_WHITESPACE:
      if (self->text_depth >= 0 && depth == self->text_depth + 1)
        g_string_append (self->text, (const char *) xmlTextReaderConstValue (xml));
      {
        xmlNodePtr node = xmlTextReaderCurrentNode (xml);

        /* Past 65535, where the element after it starts (note_line). */
        self->after_text = node != NULL && node->line >= 65535;
        if (self->after_text)
          self->text_end_line = xmlGetLineNo (node);
      }
      return TRUE;

    default:
      return TRUE;
    }
}

/* The digest and the counts of the header against what was read. */
