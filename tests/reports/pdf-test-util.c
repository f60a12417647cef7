/* pdf-test-util.c — reading a PDF back as a reader sees it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register and the visit report are read back with poppler-utils
 * (pdfinfo, pdftotext).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pdf-test-util.h"

void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* The output of a poppler-utils command on @path. */
char *
run_poppler (const char *program,
             const char *option,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { program, option, path, "-", NULL };
  int status;

  if (g_str_equal (program, "pdfinfo"))
    argv[1] = path, argv[2] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed on %s: %s", program, path, err);

  return g_steal_pointer (&out);
}

guint
pdf_page_count (const char *path)
{
  g_autofree char *info = run_poppler ("pdfinfo", NULL, path);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* @text without the bidi embeddings and marks pdftotext puts around
 * right-to-left runs. */
static char *
strip_bidi_controls (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text of each page, one string a page: in reading order, or laid
 * out as on the page (@layout), a line of the table on one line. */
GStrv
pdf_pages (const char *path,
           guint       n_pages,
           gboolean    layout)
{
  g_autofree char *raw = run_poppler ("pdftotext", layout ? "-layout" : "-q", path);
  g_autofree char *text = strip_bidi_controls (raw);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* pdftotext ends every page with a form feed. */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  return g_steal_pointer (&pages);
}

gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;
  g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF back: "
               "build-aux/deps installs them");
  return FALSE;
}

void
assert_is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf st;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* The register holds health data and CNIE numbers (Law 09-08). */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* @text without white space; @offsets receives, for each byte kept, its
 * offset in @text. */
static char *
compact (const char  *text,
         GArray     **offsets)
{
  GString *out = g_string_new (NULL);

  if (offsets != NULL)
    *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        continue;
      for (const char *byte = p; byte < g_utf8_next_char (p); byte++)
        {
          gsize offset = byte - text;

          g_string_append_c (out, *byte);
          if (offsets != NULL)
            g_array_append_val (*offsets, offset);
        }
    }

  return g_string_free (out, FALSE);
}

/* Whether @page holds @needle, white space aside: pdftotext breaks some
 * Arabic words at letters that do not join the next one, and wraps the
 * lines of a cell. A needle ending with a digit must not run on into
 * another digit ("page 2 of 9" is not "page 2 of 90"). Needles in Arabic
 * avoid the lam-alef ligature, which pdftotext gives back in the wrong
 * order. */
gboolean
contains (const char *page,
          const char *needle)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *haystack = compact (page, &offsets);
  g_autofree char *word = compact (needle, NULL);
  gsize length = strlen (word);

  for (const char *hit = strstr (haystack, word); hit != NULL; hit = strstr (hit + 1, word))
    {
      gsize last = g_array_index (offsets, gsize, (hit - haystack) + length - 1);

      if (!g_ascii_isdigit (word[length - 1]) || !g_ascii_isdigit (page[last + 1]))
        return TRUE;
    }

  return FALSE;
}

/* @needle with its words in the opposite order: pdftotext puts a line
 * that mixes Arabic words and numbers back in logical order on some pages
 * and leaves it in visual order on others. */
char *
reverse_words (const char *needle)
{
  g_auto(GStrv) words = g_strsplit (needle, " ", -1);
  guint n = g_strv_length (words);

  for (guint i = 0; i < n / 2; i++)
    {
      char *word = words[i];

      words[i] = words[n - 1 - i];
      words[n - 1 - i] = word;
    }

  return g_strjoinv (" ", words);
}



/* The page (0-based) whose text holds @needle, which must be on exactly
 * one page. */
guint
page_of (GStrv       pages,
         guint       n_pages,
         const char *needle)
{
  guint found = G_MAXUINT;

  for (guint p = 0; p < n_pages; p++)
    if (contains (pages[p], needle))
      {
        if (found != G_MAXUINT)
          g_error ("“%s” is on pages %u and %u", needle, found + 1, p + 1);
        found = p;
      }

  if (found == G_MAXUINT)
    g_error ("“%s” is on no page", needle);
  return found;
}

/* The line of @page's text that holds @needle. */
char *
line_of (const char *page,
         const char *needle)
{
  const char *hit = strstr (page, needle);
  const char *start, *end;

  g_assert_nonnull (hit);
  start = hit;
  while (start > page && start[-1] != '\n')
    start--;
  end = strchr (hit, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
word_box_clear (WordBox *box)
{
  g_clear_pointer (&box->text, g_free);
}

/* The value of the attribute @name="…" of the tag at @tag. */
static double
attribute (const char *tag,
           const char *name)
{
  g_autofree char *key = g_strconcat (" ", name, "=\"", NULL);
  const char *value = strstr (tag, key);

  g_assert_nonnull (value);
  return g_ascii_strtod (value + strlen (key), NULL);
}

GArray *
pdf_word_boxes (const char *path,
                guint       page_index)
{
  g_autofree char *page = g_strdup_printf ("%u", page_index + 1);
  const char *argv[] = { "pdftotext", "-bbox", "-f", page, "-l", page, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GArray *boxes = g_array_new (FALSE, TRUE, sizeof (WordBox));
  const char *p;
  int status;

  g_array_set_clear_func (boxes, (GDestroyNotify) word_box_clear);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext -bbox failed on %s: %s", path, err);

  for (p = strstr (out, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      const char *start = strchr (p, '>');
      const char *end = start != NULL ? strstr (start, "</word>") : NULL;
      g_autofree char *escaped = NULL;
      WordBox box;

      g_assert_nonnull (end);
      box.x_min = attribute (p, "xMin");
      box.y_min = attribute (p, "yMin");
      box.x_max = attribute (p, "xMax");
      box.y_max = attribute (p, "yMax");
      escaped = g_strndup (start + 1, end - start - 1);
      /* pdftotext escapes the text as HTML does. */
      {
        GString *text = g_string_new (escaped);

        g_string_replace (text, "&amp;", "&", 0);
        g_string_replace (text, "&lt;", "<", 0);
        g_string_replace (text, "&gt;", ">", 0);
        g_string_replace (text, "&quot;", "\"", 0);
        box.text = g_string_free (text, FALSE);
      }
      g_array_append_val (boxes, box);
    }

  return boxes;
}

const WordBox *
find_word (GArray     *boxes,
           const char *text,
           guint       nth)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const WordBox *box = &g_array_index (boxes, WordBox, i);

      if (g_str_equal (box->text, text) && nth-- == 0)
        return box;
    }

  g_error ("the word “%s” is not on the page", text);
}

void
render_pdf_page (const char *path,
                 guint       page_index,
                 const char *keep_as)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-render-XXXXXX", NULL);
  g_autofree char *root = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_strconcat (root, ".png", NULL);
  g_autofree char *page = g_strdup_printf ("%u", page_index + 1);
  const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", page, "-l", page, "-singlefile", path, root, NULL };
  const char *keep_dir = g_getenv ("RIAYA_REPORT_PNG_DIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;
  int status;

  g_assert_nonnull (dir);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftoppm failed on %s: %s", path, err);
  /* pdftoppm says nothing when the PDF is sound. */
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 5000);

  if (keep_dir != NULL && keep_as != NULL)
    {
      g_autofree char *kept = g_build_filename (keep_dir, keep_as, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (kept, contents, length, NULL));
    }
  remove_tree (dir);
}
