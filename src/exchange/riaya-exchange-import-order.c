/* riaya-exchange-import-order.c — the files of one sender, oldest first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file not newer than one already imported from its sender is refused
 * (exchange.md), and a folder's files come in the order of their names.
 * The names Riaya proposes end with the export number unpadded
 * ("riaya-EPS-01-2025-9.xml" sorts after "…-10.xml"), and people rename
 * files: taken by name, the older of two files of one sender would be
 * refused. So before importing, the files of each sender are put in the
 * order of their export numbers, in the places their names gave them
 * among the others.
 *
 * Only the beginning of each file is looked at, for its producer and its
 * sequence, and without trusting it: the order is all it decides. The
 * file is read and checked whole when its turn comes; one whose header
 * cannot be found here keeps its place.
 */

#include "config.h"

#include <string.h>

#include "riaya-exchange-import-private.h"

/* The header comes first, in a few hundred bytes. */
#define SNIFF_BYTES 4096

typedef struct
{
  guint   position;  /* in the name order */
  char   *producer;
  gint64  sequence;
} Sniffed;

static void
sniffed_clear (gpointer data)
{
  g_free (((Sniffed *) data)->producer);
}

/* The value of @name="…" after @element in @text, or NULL. */
static char *
find_attribute (const char *text,
                const char *element,
                const char *name)
{
  const char *start = strstr (text, element);
  const char *end;
  g_autofree char *pattern = g_strconcat (" ", name, "=\"", NULL);
  const char *value;

  if (start == NULL)
    return NULL;
  end = strchr (start, '>');
  value = strstr (start, pattern);
  if (end == NULL || value == NULL || value > end)
    return NULL;
  value += strlen (pattern);
  end = strchr (value, '"');
  if (end == NULL || end - value > 64)
    return NULL;

  return g_strndup (value, end - value);
}

static gboolean
sniff (const char *path,
       char      **producer,
       gint64     *sequence)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char buffer[SNIFF_BYTES + 1];
  gsize n = 0;
  const char *at;
  char *end;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, SNIFF_BYTES, &n, NULL, NULL))
    return FALSE;
  buffer[n] = '\0';

  at = strstr (buffer, "<sequence>");
  if (at == NULL)
    return FALSE;
  at += strlen ("<sequence>");
  *sequence = g_ascii_strtoll (at, &end, 10);
  if (end == at || *end != '<')
    return FALSE;

  *producer = find_attribute (buffer, "<producer", "database");
  return *producer != NULL;
}

static int
compare_sender_then_sequence (gconstpointer a,
                              gconstpointer b)
{
  const Sniffed *x = a, *y = b;
  int by_sender = strcmp (x->producer, y->producer);

  if (by_sender != 0)
    return by_sender;
  if (x->sequence != y->sequence)
    return x->sequence < y->sequence ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

void
_riaya_exchange_order_by_sender (GPtrArray *files,
                                 GArray    *forced)
{
  g_autoptr(GArray) sniffed = NULL;
  g_autoptr(GPtrArray) old_files = NULL;
  g_autoptr(GArray) old_forced = NULL;
  guint start = 0;

  g_return_if_fail (files->len == forced->len);

  if (files->len < 2)
    return;

  sniffed = g_array_new (FALSE, FALSE, sizeof (Sniffed));
  g_array_set_clear_func (sniffed, sniffed_clear);
  for (guint i = 0; i < files->len; i++)
    {
      Sniffed one = { i, NULL, 0 };

      if (sniff (g_ptr_array_index (files, i), &one.producer, &one.sequence))
        g_array_append_val (sniffed, one);
    }
  g_array_sort (sniffed, compare_sender_then_sequence);

  /* Each sender's files, oldest first, into the places its files held. */
  old_files = g_ptr_array_new ();
  old_forced = g_array_new (FALSE, FALSE, sizeof (gboolean));
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (old_files, g_ptr_array_index (files, i));
  g_array_append_vals (old_forced, forced->data, forced->len);

  while (start < sniffed->len)
    {
      const char *producer = g_array_index (sniffed, Sniffed, start).producer;
      g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
      guint end = start;

      while (end < sniffed->len && g_str_equal (g_array_index (sniffed, Sniffed, end).producer, producer))
        {
          g_array_append_val (places, g_array_index (sniffed, Sniffed, end).position);
          end++;
        }
      g_array_sort (places, compare_positions);

      for (guint k = 0; k < places->len; k++)
        {
          guint from = g_array_index (sniffed, Sniffed, start + k).position;
          guint to = g_array_index (places, guint, k);

          files->pdata[to] = g_ptr_array_index (old_files, from);
          g_array_index (forced, gboolean, to) = g_array_index (old_forced, gboolean, from);
        }
      start = end;
    }
}
