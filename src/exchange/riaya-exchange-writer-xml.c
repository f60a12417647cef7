/* riaya-exchange-writer-xml.c — elements, attributes and text of an exchange file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xmlTextWriter keeps the structure (which element is open, "/>" or an
 * end tag); the bytes of values are escaped here. libxml2 writes the
 * letters of an attribute outside ASCII as character references when the
 * writer has no document, which would turn every Arabic grant basis into
 * "&#x645;…": escaped here, text stays readable UTF-8 in attributes and
 * elements alike. The layout is two spaces per level, elements holding
 * only text on one line: what docs/exchange-format.md shows.
 */

#include "config.h"

#include <string.h>

#include "riaya-exchange-writer-private.h"

void
_riaya_xml_out_init (RiayaXmlOut      *out,
                     xmlTextWriterPtr  writer,
                     guint             level)
{
  g_assert (level < RIAYA_XML_MAX_DEPTH);

  memset (out, 0, sizeof *out);
  out->writer = writer;
  out->depth = level;
}

static void
check (RiayaXmlOut *out,
       int          rc)
{
  if (rc < 0)
    out->failed = TRUE;
}

static void
write_raw (RiayaXmlOut *out,
           const char  *text,
           gsize        len)
{
  if (len > 0)
    check (out, xmlTextWriterWriteRawLen (out->writer, (const xmlChar *) text, (int) len));
}

static void
new_line (RiayaXmlOut *out,
          guint        level)
{
  static const char spaces[] = "\n                                ";

  g_assert (level * 2 + 1 < sizeof spaces);
  write_raw (out, spaces, 1 + level * 2);
}

void
_riaya_xml_start (RiayaXmlOut *out,
                  const char  *name)
{
  g_assert (out->depth < RIAYA_XML_MAX_DEPTH);

  /* The first element of a stream starts where the stream does: the
   * root, or <body> in the file's body (whose first byte the digest
   * counts from). */
  if (out->started)
    new_line (out, out->depth);
  if (out->depth > 0)
    out->has_children[out->depth - 1] = TRUE;
  out->started = TRUE;
  check (out, xmlTextWriterStartElement (out->writer, (const xmlChar *) name));
  out->has_children[out->depth] = FALSE;
  out->depth++;
}

void
_riaya_xml_end (RiayaXmlOut *out)
{
  g_assert (out->depth > 0);

  out->depth--;
  if (out->has_children[out->depth])
    new_line (out, out->depth);
  check (out, xmlTextWriterEndElement (out->writer));
}

void
_riaya_xml_end_full (RiayaXmlOut *out)
{
  g_assert (out->depth > 0);

  out->depth--;
  if (out->has_children[out->depth])
    new_line (out, out->depth);
  check (out, xmlTextWriterFullEndElement (out->writer));
}

/* @text with &, <, > escaped, and in an attribute the quote and the
 * white space that attribute-value normalisation would turn into spaces
 * (XML 1.0 §3.3.3), so that a note's line breaks survive. */
static void
write_escaped (RiayaXmlOut *out,
               const char  *text,
               gboolean     attribute)
{
  const char *run = text;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      const char *entity = NULL;

      switch (*p)
        {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = attribute ? "&quot;" : NULL; break;
        case '\t': entity = attribute ? "&#9;" : NULL; break;
        case '\n': entity = attribute ? "&#10;" : NULL; break;
        default: break;
        }
      if (entity == NULL)
        continue;
      write_raw (out, run, (gsize) (p - run));
      write_raw (out, entity, strlen (entity));
      run = p + 1;
    }
  write_raw (out, run, (gsize) (p - run));
}

static void
write_attribute (RiayaXmlOut *out,
                 const char  *name,
                 const char  *value)
{
  check (out, xmlTextWriterStartAttribute (out->writer, (const xmlChar *) name));
  write_escaped (out, value, TRUE);
  check (out, xmlTextWriterEndAttribute (out->writer));
}

void
_riaya_xml_attr (RiayaXmlOut *out,
                 const char  *name,
                 const char  *value)
{
  if (value == NULL || *value == '\0')
    return;

  write_attribute (out, name, value);
}

void
_riaya_xml_attr_text (RiayaXmlOut *out,
                      const char  *name,
                      const char  *value)
{
  g_autofree char *clean = _riaya_exchange_clean_text (value);

  if (clean != NULL)
    write_attribute (out, name, clean);
}

void
_riaya_xml_attr_int (RiayaXmlOut *out,
                     const char  *name,
                     gint64       value)
{
  char digits[24];

  g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, value);
  write_attribute (out, name, digits);
}

void
_riaya_xml_text (RiayaXmlOut *out,
                 const char  *text)
{
  write_escaped (out, text, FALSE);
}

void
_riaya_xml_text_element (RiayaXmlOut *out,
                         const char  *name,
                         const char  *text)
{
  g_autofree char *clean = _riaya_exchange_clean_text (text);

  if (clean == NULL)
    return;

  _riaya_xml_start (out, name);
  /* Text only: the end tag follows it on the same line. */
  write_escaped (out, clean, FALSE);
  _riaya_xml_end (out);
}

/* Characters a reader of the format refuses or XML cannot carry. */
static gboolean
is_unsafe (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') ||
         (c >= 0x7f && c <= 0x9f) ||
         (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) ||
         c == 0xfffe || c == 0xffff;
}

char *
_riaya_exchange_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *clean;

  if (text == NULL || *text == '\0')
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_unsafe (c))
        g_string_append_unichar (clean, c);
    }

  if (clean->len == 0)
    {
      g_string_free (clean, TRUE);
      return NULL;
    }

  return g_string_free (clean, FALSE);
}
