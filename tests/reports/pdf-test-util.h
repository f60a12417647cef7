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
