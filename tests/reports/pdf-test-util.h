/* pdf-test-util.h — reading a PDF back as a reader sees it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes a file or a folder and all it holds. */
void      remove_tree     (const char *path);

/* The output of a poppler-utils command on @path. */
char     *run_poppler     (const char *program,
                           const char *option,
                           const char *path);
guint     pdf_page_count  (const char *path);
/* The text of each page, one string a page: in reading order, or laid
 * out as on the page (@layout), a line of a table on one line. */
GStrv     pdf_pages       (const char *path,
                           guint       n_pages,
                           gboolean    layout);
/* Whether pdftotext and pdfinfo are there; skips the test when not. */
gboolean  have_poppler    (void);
/* A PDF file, readable by its owner only. */
void      assert_is_pdf   (const char *path);
/* Whether @page holds @needle, white space aside (see the .c). */
gboolean  contains        (const char *page,
                           const char *needle);
/* @needle with its words in the opposite order. */
char     *reverse_words   (const char *needle);
/* The page (0-based) whose text holds @needle, on exactly one page. */
guint     page_of         (GStrv       pages,
                           guint       n_pages,
                           const char *needle);
/* The line of @page's text that holds @needle. */
char     *line_of         (const char *page,
                           const char *needle);

/* A word of a page as pdftotext -bbox finds it, in points from the top
 * left corner of the page. */
typedef struct
{
  char   *text;
  double  x_min;
  double  y_min;
  double  x_max;
  double  y_max;
} WordBox;

/* The words of page @page_index (0-based), WordBox each. */
GArray   *pdf_word_boxes  (const char *path,
                           guint       page_index);
/* The @nth (0-based) word that is exactly @text; fails the test when
 * there is none. */
const WordBox *find_word  (GArray     *boxes,
                           const char *text,
                           guint       nth);
/* Renders page @page_index (0-based) with pdftoppm, which must say
 * nothing and draw a picture; with RIAYA_REPORT_PNG_DIR set, keeps it
 * there as @keep_as, to look at. */
void      render_pdf_page (const char *path,
                           guint       page_index,
                           const char *keep_as);

#define assert_contains_either_order(page, needle)                           \
  G_STMT_START {                                                             \
    g_autofree char *reversed = reverse_words (needle);                      \
    if (!contains ((page), (needle)) && !contains ((page), reversed))        \
      g_error ("“%s” is not in the text:\n%s", (needle), (page));            \
  } G_STMT_END
#define assert_contains(page, needle)                                        \
  G_STMT_START {                                                             \
    if (!contains ((page), (needle)))                                        \
      g_error ("“%s” is not in the text:\n%s", (needle), (page));            \
  } G_STMT_END

G_END_DECLS
