/* riaya-document-words.c — long tables of text, shaped word by word
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measured on the compliance report of the whole country (2,300 lines):
 * a Pango layout a cell, measured then drawn, spent most of two seconds
 * shaping the same words over and over. Here each distinct word is laid
 * out once by Pango, which picks its fonts and shapes it (Arabic joins
 * within a word, never across a space), and its glyphs are kept; a line
 * of a cell is then its words side by side, drawn with one
 * cairo_show_glyphs() a font.
 *
 * Words are placed from the document's start edge in the order they are
 * written, which is what the Unicode bidirectional algorithm does when
 * no letter runs against the paragraph's direction: numbers, dates and
 * punctuation between words of an Arabic sentence stay where a full
 * layout puts them. A text with a letter of the other direction is left
 * to Pango, as is any text with a line break, a tab or a directional
 * control.
 */

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "riaya-document-words-private.h"

/* A run of a word in one font and one direction, as Pango shaped it,
 * with the text its glyphs stand for: cairo writes the text into the
 * PDF beside the glyphs, so that a reader can search it and copy it
 * (the glyph of "fi" is two letters; an Arabic letter has a glyph for
 * each of its forms). */
typedef struct
{
  cairo_scaled_font_t  *font;
  gboolean              backward;   /* right to left: the text's first cluster is the glyphs' last */
  guint                 n_glyphs;
  cairo_glyph_t        *glyphs;     /* left to right; x from the word's left edge, y from the baseline */
  char                 *text;       /* in the order it is written */
  int                   text_length;
  guint                 n_clusters;
  cairo_text_cluster_t *clusters;   /* in the order of the text */
} Run;

typedef struct
{
  gboolean              pending;    /* added, not shaped yet */
  gboolean              refused;
  double                width;
  guint                 n_runs;
  Run                  *runs;       /* left to right */
} Word;

struct _RiayaDocumentWords
{
  PangoContext         *context;
  PangoFontDescription *font;
  gboolean              rtl;
  GHashTable           *words;   /* text → Word */
  double                space;   /* the width of a space */
  double                ascent;  /* the line's, whatever its fonts */
  double                descent;
  GString              *scratch; /* the word being looked up */
  GPtrArray            *pending; /* words added, to shape (keys of @words) */
  GArray               *breaks;  /* Break, for the text being broken */
  /* The glyphs drawn and not shown yet, all of one font: a page of the
   * compliance report is a few calls to cairo, not one a cell, which
   * its PDF surface records, analyses and replays each. */
  GArray               *batch;          /* cairo_glyph_t */
  GString              *batch_text;
  GArray               *batch_clusters; /* cairo_text_cluster_t */
  GArray               *batch_segments; /* Segment: a run's part of the text and clusters */
  cairo_scaled_font_t  *batch_font;
  gboolean              batch_backward;
  GString              *flush_text;     /* the text of a backward batch, its runs put back in order */
  GArray               *flush_clusters;
};

typedef struct
{
  gsize text_start;
  gsize text_length;
  guint first_cluster;
  guint n_clusters;
} Segment;

/* A line of a text: its words (by their order in @words) and width. */
typedef struct
{
  guint  first;
  guint  n_words;
  double width;
} Break;

static void
word_free (Word *word)
{
  for (guint r = 0; r < word->n_runs; r++)
    {
      cairo_scaled_font_destroy (word->runs[r].font);
      g_free (word->runs[r].glyphs);
      g_free (word->runs[r].text);
      g_free (word->runs[r].clusters);
    }
  g_free (word->runs);
  g_free (word);
}

static PangoLayout *
new_layout (RiayaDocumentWords *self,
            const char         *text)
{
  return _riaya_document_new_layout (self->context, self->font, self->rtl, text, -1,
                                     RIAYA_DOCUMENT_ALIGN_START);
}

static gboolean
is_rtl_script (GUnicodeScript script)
{
  return script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW ||
         script == G_UNICODE_SCRIPT_SYRIAC || script == G_UNICODE_SCRIPT_THAANA ||
         script == G_UNICODE_SCRIPT_NKO;
}

/* Whether @text runs all in the document's direction: no letter of the
 * other one, no directional mark or control, nothing that breaks a line. */
static gboolean
runs_one_way (RiayaDocumentWords *self,
              const char         *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t' || c == 0x200e || c == 0x200f || c == 0x061c ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
        return FALSE;
      if (is_rtl_script (g_unichar_get_script (c)))
        {
          if (!self->rtl)
            return FALSE;
        }
      else if (self->rtl && g_unichar_isalpha (c))
        return FALSE;
    }

  return TRUE;
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->font, cairo_scaled_font_destroy);
  g_clear_pointer (&run->glyphs, g_free);
  g_clear_pointer (&run->text, g_free);
  g_clear_pointer (&run->clusters, g_free);
}

/* Takes the glyphs, the text and the clusters of @item, a run of a word
 * whose left edge is at @x (Pango units) in @layout_text's layout, into
 * @run. FALSE for a glyph its fonts lack: Pango draws those as a box. */
static gboolean
take_run (Run            *run,
          PangoGlyphItem *item,
          const char     *layout_text,
          int            *x)
{
  PangoFont *font = item->item->analysis.font;
  cairo_scaled_font_t *scaled = PANGO_IS_CAIRO_FONT (font) ? pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font)) : NULL;
  int n = item->glyphs->num_glyphs;
  g_autofree int *kept_before = g_new0 (int, n + 1); /* glyphs kept before each */
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  PangoGlyphItemIter iter;
  gboolean more;

  if (scaled == NULL)
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      PangoGlyphInfo *info = &item->glyphs->glyphs[i];

      kept_before[i + 1] = kept_before[i];
      if (info->glyph != PANGO_GLYPH_EMPTY)
        {
          cairo_glyph_t glyph;

          if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            return FALSE;
          glyph.index = info->glyph;
          glyph.x = (double) (*x + info->geometry.x_offset) / PANGO_SCALE;
          glyph.y = (double) info->geometry.y_offset / PANGO_SCALE;
          g_array_append_val (glyphs, glyph);
          kept_before[i + 1]++;
        }
      *x += info->geometry.width;
    }

  run->backward = item->item->analysis.level % 2 == 1;
  /* The clusters in the order of the text; right to left, each covers
   * the glyphs from start_glyph down to just after end_glyph. */
  for (more = pango_glyph_item_iter_init_start (&iter, item, layout_text); more;
       more = pango_glyph_item_iter_next_cluster (&iter))
    {
      int low = run->backward ? iter.end_glyph + 1 : iter.start_glyph;
      int high = run->backward ? iter.start_glyph + 1 : iter.end_glyph;
      cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, kept_before[high] - kept_before[low] };

      if (cluster.num_bytes > 0 || cluster.num_glyphs > 0)
        g_array_append_val (clusters, cluster);
    }

  run->font = cairo_scaled_font_reference (scaled);
  run->n_glyphs = glyphs->len;
  run->glyphs = (cairo_glyph_t *) g_array_free (g_steal_pointer (&glyphs), FALSE);
  run->text = g_strndup (layout_text + item->item->offset, item->item->length);
  run->text_length = item->item->length;
  run->n_clusters = clusters->len;
  run->clusters = (cairo_text_cluster_t *) g_array_free (g_steal_pointer (&clusters), FALSE);
  return TRUE;
}

/* Takes the runs of @line, one word laid out alone, into @word; its
 * @ascent and @descent say whether its fonts fit the line's height.
 * Leaves @word refused otherwise. */
static void
take_word (RiayaDocumentWords *self,
           Word               *word,
           PangoLayoutLine    *line,
           const char         *layout_text,
           double              width,
           double              ascent,
           double              descent)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (Run));
  int x = 0;

  word->pending = FALSE;
  word->refused = TRUE;
  /* A font taller than the line's (a fallback for a rare script) is
   * left to Pango, which gives its line the room. */
  if (ascent > self->ascent + 0.01 || descent > self->descent + 0.01)
    return;

  g_array_set_clear_func (runs, (GDestroyNotify) run_clear);
  /* The runs of a line come in visual order, and so do the glyphs of
   * each run. */
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      Run run = { NULL, };

      if (!take_run (&run, l->data, layout_text, &x))
        {
          run_clear (&run);
          return;
        }
      g_array_append_val (runs, run);
    }

  word->refused = FALSE;
  word->width = width;
  word->n_runs = runs->len;
  g_array_set_clear_func (runs, NULL);
  word->runs = (Run *) g_array_free (g_steal_pointer (&runs), FALSE);
}

/* Shapes @words (their texts, @n of them) in one layout, a paragraph
 * each: one layout for a thousand words costs Pango far less than a
 * thousand layouts. */
static void
shape_words (RiayaDocumentWords  *self,
             const char         **texts,
             Word               **words,
             guint                n)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  guint i = 0;

  for (guint w = 0; w < n; w++)
    {
      if (w > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, texts[w]);
    }

  layout = new_layout (self, text->str);
  if ((guint) pango_layout_get_line_count (layout) != n)
    {
      /* Never seen: each word is one paragraph of one line. */
      for (guint w = 0; w < n; w++)
        {
          words[w]->pending = FALSE;
          words[w]->refused = TRUE;
        }
      return;
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      take_word (self, words[i], line, pango_layout_get_text (layout), (double) logical.width / PANGO_SCALE,
                   (double) (baseline - logical.y) / PANGO_SCALE,
                   (double) (logical.y + logical.height - baseline) / PANGO_SCALE);
      i++;
    }
  while (pango_layout_iter_next_line (iter) && i < n);
  pango_layout_iter_free (iter);
}

/* Shapes the words added and not shaped yet. */
static void
shape_pending (RiayaDocumentWords *self)
{
  /* Paragraphs a layout: big enough that Pango's cost per layout does
   * not count, small enough that one layout's glyphs stay small. */
  enum { CHUNK = 16 };
  const char *texts[CHUNK];
  Word *words[CHUNK];
  guint n = 0;

  for (guint p = 0; p < self->pending->len; p++)
    {
      const char *key = g_ptr_array_index (self->pending, p);
      Word *word = g_hash_table_lookup (self->words, key);

      if (!runs_one_way (self, key))
        {
          word->pending = FALSE;
          continue;
        }
      texts[n] = key;
      words[n] = word;
      if (++n == CHUNK)
        {
          shape_words (self, texts, words, n);
          n = 0;
        }
    }
  if (n > 0)
    shape_words (self, texts, words, n);
  g_ptr_array_set_size (self->pending, 0);
}

static Word *
add_word (RiayaDocumentWords *self,
          const char         *start,
          gsize               length)
{
  Word *word = g_new0 (Word, 1);
  char *key = g_strndup (start, length);

  word->pending = TRUE;
  word->refused = TRUE;
  g_hash_table_insert (self->words, key, word);
  g_ptr_array_add (self->pending, key);

  return word;
}

static Word *
lookup (RiayaDocumentWords *self,
        const char         *start,
        gsize               length)
{
  Word *word;

  g_string_overwrite_len (self->scratch, 0, start, length);
  g_string_truncate (self->scratch, length);
  word = g_hash_table_lookup (self->words, self->scratch->str);
  if (word == NULL)
    word = add_word (self, start, length);
  if (word->pending)
    shape_pending (self);

  return word;
}

/* Breaks @text into lines of @width at most, in self->breaks; its words,
 * in order, in @words (Word *). FALSE when a word is refused or wider
 * than a line. */
static gboolean
break_lines (RiayaDocumentWords *self,
             const char         *text,
             double              width,
             GPtrArray          *words)
{
  Break current = { 0, 0, 0 };
  const char *p = text;

  g_array_set_size (self->breaks, 0);
  while (*p != '\0')
    {
      const char *end;
      Word *word;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      end = strchr (p, ' ');
      if (end == NULL)
        end = p + strlen (p);

      word = lookup (self, p, end - p);
      if (word->refused || word->width > width + 0.01)
        return FALSE;

      if (current.n_words > 0 && current.width + self->space + word->width > width + 0.01)
        {
          g_array_append_val (self->breaks, current);
          current.first = words->len;
          current.n_words = 0;
          current.width = 0;
        }
      current.width += (current.n_words > 0 ? self->space : 0) + word->width;
      current.n_words++;
      g_ptr_array_add (words, word);
      p = end;
    }

  if (current.n_words > 0 || self->breaks->len == 0)
    g_array_append_val (self->breaks, current);
  return TRUE;
}

/* Shows the batch: one call to cairo for a run of glyphs of one font and
 * one direction, with their text. */
static void
flush (RiayaDocumentWords *self,
       cairo_t            *cr)
{
  GString *text = self->batch_text;
  GArray *clusters = self->batch_clusters;

  if (self->batch->len > 0)
    {
      /* Right to left, the batch's text starts with the run whose
       * glyphs end it: the runs are put back in the order read. */
      if (self->batch_backward)
        {
          g_string_truncate (self->flush_text, 0);
          g_array_set_size (self->flush_clusters, 0);
          for (guint i = self->batch_segments->len; i > 0; i--)
            {
              const Segment *segment = &g_array_index (self->batch_segments, Segment, i - 1);

              g_string_append_len (self->flush_text, text->str + segment->text_start, segment->text_length);
              g_array_append_vals (self->flush_clusters,
                                   &g_array_index (clusters, cairo_text_cluster_t, segment->first_cluster),
                                   segment->n_clusters);
            }
          text = self->flush_text;
          clusters = self->flush_clusters;
        }

      cairo_set_scaled_font (cr, self->batch_font);
      cairo_show_text_glyphs (cr, text->str, (int) text->len,
                              (cairo_glyph_t *) self->batch->data, (int) self->batch->len,
                              (cairo_text_cluster_t *) clusters->data, (int) clusters->len,
                              self->batch_backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : 0);
    }

  g_array_set_size (self->batch, 0);
  g_string_truncate (self->batch_text, 0);
  g_array_set_size (self->batch_clusters, 0);
  g_array_set_size (self->batch_segments, 0);
  self->batch_font = NULL;
}

/* Adds @run, its word's left edge at @left and its baseline at
 * @baseline, to the batch. */
static void
add_run (RiayaDocumentWords *self,
         cairo_t            *cr,
         const Run          *run,
         double              left,
         double              baseline)
{
  Segment segment;

  if (run->font != self->batch_font || run->backward != self->batch_backward)
    {
      flush (self, cr);
      self->batch_font = run->font;
      self->batch_backward = run->backward;
    }

  for (guint g = 0; g < run->n_glyphs; g++)
    {
      cairo_glyph_t glyph = run->glyphs[g];

      glyph.x += left;
      glyph.y += baseline;
      g_array_append_val (self->batch, glyph);
    }

  segment.text_start = self->batch_text->len;
  segment.text_length = run->text_length;
  segment.first_cluster = self->batch_clusters->len;
  segment.n_clusters = run->n_clusters;
  g_string_append_len (self->batch_text, run->text, run->text_length);
  g_array_append_vals (self->batch_clusters, run->clusters, run->n_clusters);
  g_array_append_val (self->batch_segments, segment);
}

/* --- Private API ------------------------------------------------------ */

RiayaDocumentWords *
_riaya_document_words_new (PangoContext               *context,
                           const PangoFontDescription *font,
                           gboolean                    rtl)
{
  RiayaDocumentWords *self = g_new0 (RiayaDocumentWords, 1);
  /* Latin and Arabic: the line is as tall as the taller of their fonts,
   * as Pango makes a line that holds both. */
  static const char * const samples[] = { "0", "\xd8\xa8" /* ب */ };

  self->context = g_object_ref (context);
  self->font = pango_font_description_copy (font);
  self->rtl = rtl;
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) word_free);
  self->scratch = g_string_new (NULL);
  self->pending = g_ptr_array_new ();
  self->breaks = g_array_new (FALSE, FALSE, sizeof (Break));
  self->batch = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  self->batch_text = g_string_new (NULL);
  self->batch_clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  self->batch_segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  self->flush_text = g_string_new (NULL);
  self->flush_clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, samples[i]);
      PangoRectangle logical;
      double ascent;

      pango_layout_get_extents (layout, NULL, &logical);
      ascent = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
      self->ascent = MAX (self->ascent, ascent);
      self->descent = MAX (self->descent, (double) logical.height / PANGO_SCALE - ascent);
    }

  {
    g_autoptr(PangoLayout) spaced = new_layout (self, "0 0");
    g_autoptr(PangoLayout) joined = new_layout (self, "00");
    PangoRectangle a, b;

    pango_layout_get_extents (spaced, NULL, &a);
    pango_layout_get_extents (joined, NULL, &b);
    self->space = (double) (a.width - b.width) / PANGO_SCALE;
  }

  return self;
}

void
_riaya_document_words_free (RiayaDocumentWords *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_string_free (self->scratch, TRUE);
  g_ptr_array_unref (self->pending);
  g_array_unref (self->breaks);
  g_array_unref (self->batch);
  g_string_free (self->batch_text, TRUE);
  g_array_unref (self->batch_clusters);
  g_array_unref (self->batch_segments);
  g_string_free (self->flush_text, TRUE);
  g_array_unref (self->flush_clusters);
  g_free (self);
}

void
_riaya_document_words_add (RiayaDocumentWords *self,
                           const char         *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *end;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      end = strchr (p, ' ');
      if (end == NULL)
        end = p + strlen (p);

      g_string_overwrite_len (self->scratch, 0, p, end - p);
      g_string_truncate (self->scratch, end - p);
      if (!g_hash_table_contains (self->words, self->scratch->str))
        add_word (self, p, end - p);
      p = end;
    }
}

void
_riaya_document_words_flush (RiayaDocumentWords *self,
                             cairo_t            *cr)
{
  flush (self, cr);
}

double
_riaya_document_words_line_height (RiayaDocumentWords *self)
{
  return self->ascent + self->descent;
}

guint
_riaya_document_words_count_lines (RiayaDocumentWords *self,
                                   const char         *text,
                                   double              width)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  if (!break_lines (self, text, width, words))
    return 0;
  return self->breaks->len;
}

gboolean
_riaya_document_words_draw (RiayaDocumentWords *self,
                            cairo_t            *cr,
                            const char         *text,
                            double              x,
                            double              y,
                            double              width,
                            RiayaDocumentAlign  align)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  double pitch = self->ascent + self->descent;

  if (!break_lines (self, text, width, words))
    return FALSE;

  for (guint l = 0; l < self->breaks->len; l++)
    {
      const Break *line = &g_array_index (self->breaks, Break, l);
      double baseline = y + l * pitch + self->ascent;
      double left, pen = 0;

      /* The start edge is the left in a left-to-right document. */
      if (align == RIAYA_DOCUMENT_ALIGN_CENTER)
        left = x + (width - line->width) / 2;
      else if ((align == RIAYA_DOCUMENT_ALIGN_START) != self->rtl)
        left = x;
      else
        left = x + width - line->width;

      for (guint w = line->first; w < line->first + line->n_words; w++)
        {
          Word *word = g_ptr_array_index (words, w);
          /* Right to left, the first word stands at the right. */
          double word_left = self->rtl ? left + line->width - pen - word->width : left + pen;

          for (guint r = 0; r < word->n_runs; r++)
            add_run (self, cr, &word->runs[r], word_left, baseline);
          pen += word->width + self->space;
        }
    }

  return TRUE;
}
