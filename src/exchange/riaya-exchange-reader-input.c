/* riaya-exchange-reader-input.c — the bytes of an exchange file, before
 * libxml2 sees them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 reads the file through the callback below (xmlReaderForIO). It
 * counts every byte against the size cap, refuses a document type
 * declaration before the parser can read a byte of it (so that no entity
 * is ever declared, expanded or loaded) and a UTF-16 or UTF-32 file, and
 * hashes the bytes from "<body" to "</body>" for the digest
 * (docs/exchange-format.md), with a small state machine that carries
 * across buffers.
 */

#include "config.h"

#include <string.h>

#ifdef RIAYA_HAVE_NETTLE
#include <nettle/sha2.h>
#endif

#include "riaya-exchange-reader-private.h"

#define SHA256_HEX_LENGTH 64

static const char body_open[] = "<body";
static const char body_close[] = "</body>";
static const char doctype[] = "<!DOCTYPE";

static goffset max_bytes = RIAYA_EXCHANGE_MAX_BYTES;

/* --- SHA-256 ---------------------------------------------------------- */

/* Nettle's SHA-256 uses the processor's SHA instructions where there are
 * some: eight times GLib's speed here, which hashes a national file in a
 * third of the time libxml2 takes to read it. GLib's when Riaya is built
 * without Nettle. */
struct _RiayaBodyHash
{
#ifdef RIAYA_HAVE_NETTLE
  struct sha256_ctx  context;
#else
  GChecksum         *checksum;
#endif
  char               hex[SHA256_HEX_LENGTH + 1];
};

RiayaBodyHash *
_riaya_body_hash_new (void)
{
  RiayaBodyHash *hash = g_new0 (RiayaBodyHash, 1);

#ifdef RIAYA_HAVE_NETTLE
  sha256_init (&hash->context);
#else
  hash->checksum = g_checksum_new (G_CHECKSUM_SHA256);
#endif
  return hash;
}

void
_riaya_body_hash_update (RiayaBodyHash *hash,
                         const guchar  *data,
                         gsize          length)
{
#ifdef RIAYA_HAVE_NETTLE
  sha256_update (&hash->context, length, data);
#else
  g_checksum_update (hash->checksum, data, length);
#endif
}

const char *
_riaya_body_hash_get_hex (RiayaBodyHash *hash)
{
#ifdef RIAYA_HAVE_NETTLE
  guint8 digest[SHA256_DIGEST_SIZE];

  sha256_digest (&hash->context, sizeof digest, digest);
  for (guint i = 0; i < sizeof digest; i++)
    g_snprintf (hash->hex + 2 * i, 3, "%02x", digest[i]);
#else
  g_strlcpy (hash->hex, g_checksum_get_string (hash->checksum), sizeof hash->hex);
#endif
  return hash->hex;
}

void
_riaya_body_hash_free (RiayaBodyHash *hash)
{
  if (hash == NULL)
    return;

#ifndef RIAYA_HAVE_NETTLE
  g_checksum_free (hash->checksum);
#endif
  g_free (hash);
}

/* --- The size cap ----------------------------------------------------- */

void
_riaya_exchange_reader_set_max_bytes (goffset bytes)
{
  max_bytes = bytes > 0 ? bytes : RIAYA_EXCHANGE_MAX_BYTES;
}

goffset
_riaya_exchange_reader_get_max_bytes (void)
{
  return max_bytes;
}

/* --- The body, as it streams ---------------------------------------- */

static void
scan_body (RiayaExchangeInput *self,
           const guchar       *buffer,
           gsize               length)
{
  gsize span = 0;

  for (gsize i = 0; i < length && self->scan != RIAYA_SCAN_DONE; i++)
    {
      guchar c = buffer[i];

      if (self->scan == RIAYA_SCAN_PRELUDE)
        {
          if (c == '\n')
            self->prelude_lines++;
          if (c == (guchar) doctype[self->doctype_match])
            {
              if (++self->doctype_match == sizeof doctype - 1)
                {
                  if (!self->dtd_seen)
                    self->dtd_line = self->prelude_lines + 1;
                  self->dtd_seen = TRUE;
                  self->doctype_match = 0;
                }
            }
          else
            self->doctype_match = c == '<';

          if (self->open_match < sizeof body_open - 1)
            {
              if (c == (guchar) body_open[self->open_match])
                self->open_match++;
              else
                self->open_match = c == '<';
              continue;
            }

          if (c != '>' && c != '/' && !g_ascii_isspace (c))
            {
              self->open_match = c == '<';
              continue;
            }

          /* "<body" was the start of <body>: hash it and what follows. */
          _riaya_body_hash_update (self->hash, (const guchar *) body_open, sizeof body_open - 1);
          self->scan = RIAYA_SCAN_BODY;
          self->in_open_tag = TRUE;
          self->slash = FALSE;
          self->close_match = 0;
          span = i;
        }

      /* In the body. An empty body may be written <body/>. */
      if (self->in_open_tag)
        {
          if (c == '>')
            {
              self->in_open_tag = FALSE;
              if (self->slash)
                self->scan = RIAYA_SCAN_DONE;
            }
          self->slash = c == '/';
        }
      else if (self->close_match == 0)
        {
          /* Most of the file: on to the next tag. */
          const guchar *next = memchr (buffer + i, '<', length - i);

          if (next == NULL)
            i = length - 1;
          else
            {
              i = next - buffer;
              self->close_match = 1;
            }
          continue;
        }
      else if (c == (guchar) body_close[self->close_match])
        {
          if (++self->close_match == sizeof body_close - 1)
            self->scan = RIAYA_SCAN_DONE;
        }
      else
        self->close_match = c == '<';

      if (self->scan == RIAYA_SCAN_DONE)
        _riaya_body_hash_update (self->hash, buffer + span, i + 1 - span);
    }

  if (self->scan == RIAYA_SCAN_BODY)
    _riaya_body_hash_update (self->hash, buffer + span, length - span);
}

/* A UTF-16 or UTF-32 file (its byte order mark, or the NUL bytes around
 * "<" of one without): the format is UTF-8 only. */
static gboolean
looks_wide (const guchar *buffer,
            gsize         length)
{
  if (length >= 2 && ((buffer[0] == 0xfe && buffer[1] == 0xff) ||
                      (buffer[0] == 0xff && buffer[1] == 0xfe)))
    return TRUE;

  for (gsize i = 0; i < MIN (length, 4); i++)
    if (buffer[i] == 0)
      return TRUE;

  return FALSE;
}

int
_riaya_exchange_input_read (void *context,
                            char *buffer,
                            int   length)
{
  RiayaExchangeInput *self = context;
  gssize n;

  if (self->too_large || self->dtd_seen || self->wide_encoding || self->io_error != NULL)
    return -1;

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      self->cancelled = TRUE;
      return -1;
    }

  n = g_input_stream_read (self->stream, buffer, length, self->cancellable, &self->io_error);
  if (n < 0)
    {
      if (g_error_matches (self->io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self->cancelled = TRUE;
      return -1;
    }
  if (n == 0)
    {
      self->eof = TRUE;
      return 0;
    }

  if (self->bytes_read == 0 && looks_wide ((const guchar *) buffer, n))
    {
      self->wide_encoding = TRUE;
      return -1;
    }

  if (n > max_bytes - self->bytes_read)
    {
      self->too_large = TRUE;
      return -1;
    }
  self->bytes_read += n;

  for (gssize i = 0; i < n && !self->content_seen; i++)
    self->content_seen = !g_ascii_isspace (buffer[i]);
  for (const char *p = buffer; (p = memchr (p, '\n', buffer + n - p)) != NULL; p++)
    self->newlines++;
  scan_body (self, (const guchar *) buffer, n);
  /* Not one byte of a DOCTYPE reaches the parser past its keyword. */
  if (self->dtd_seen)
    return -1;

  return (int) n;
}

int
_riaya_exchange_input_close (void *context)
{
  return 0;
}
