/* cli-test-util.h — running the built riaya-cli from tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A temporary folder with a database path in it, removed afterwards. */
typedef struct
{
  char *dir;
  char *db;
} CliFixture;

void      cli_fixture_set_up     (CliFixture    *fixture,
                                  gconstpointer  data);
void      cli_fixture_tear_down  (CliFixture    *fixture,
                                  gconstpointer  data);
/* A path in the fixture's folder (free it). */
char     *cli_fixture_path       (CliFixture    *fixture,
                                  const char    *name);

/* Where the built riaya-cli is: the first argument of the test program,
 * given by meson. Call once from main() after g_test_init(). riaya-cli
 * then runs with a home and XDG folders of its own, so that no test can
 * touch the user's database; cli_clean_up() removes them. */
void      cli_set_program        (const char    *path);
void      cli_clean_up           (void);

typedef struct
{
  int   status; /* exit status */
  char *out;
  char *err;
} CliResult;

void      cli_result_free        (CliResult     *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* Runs riaya-cli with the NULL-terminated arguments, in English unless
 * @language is given (the LANGUAGE variable), with no RIAYA_DB. */
CliResult *cli_run_lang          (const char    *language,
                                  const char    *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;
#define cli_run(...) cli_run_lang (NULL, __VA_ARGS__)
/* Same, with an array of arguments. */
CliResult *cli_runv              (const char    *language,
                                  const char * const *args);
/* Same, with RIAYA_DB set to @riaya_db (NULL: unset). */
CliResult *cli_runv_full         (const char    *language,
                                  const char    *riaya_db,
                                  const char * const *args);
/* The home folder riaya-cli runs with; XDG_DATA_HOME is its “DATA”. */
const char *cli_home             (void);

/* Runs riaya-cli --db @fixture->db with the arguments and asserts that it
 * succeeded; returns its standard output. */
char     *cli_ok                 (CliFixture    *fixture,
                                  const char    *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;

/* Runs riaya-cli --db @fixture->db with the arguments, asserts that it
 * succeeded, said nothing on stderr and printed one UUID alone on its
 * line, and returns that UUID. */
char     *cli_ok_uuid            (CliFixture    *fixture,
                                  const char    *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;

/* Runs riaya-cli --db <fixture db> with the arguments, in @language
 * (NULL: English), and checks the refusal as cli.md promises it: exit
 * @status, every “|”-separated part of @needles in stderr, nothing on
 * stdout, the database unchanged (content digest). Returns stderr. */
char     *cli_refuse_lang        (CliFixture    *fixture,
                                  const char    *language,
                                  int            status,
                                  const char    *needles,
                                  const char    *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;

/* The content digest of the database at @path (riaya_store_dup_content_digest),
 * or "absent" when there is no file. */
char     *cli_digest             (const char    *path);

/* Sets up @fixture's database as a national one with a few institutions
 * in different regions, types and legal bases; returns nothing. The
 * licences are T-1 (student house, Tanger-Assilah, 65.15),
 * T-2 (elderly, Fès, 14.05) and T-3 (kafala, Salé, 65.15). */
void      cli_make_registry      (CliFixture    *fixture);

/* Sets up @fixture's database as a director's one with three
 * institutions and no resident yet: D-1, a student house of Assilah
 * (01.511, licensed 2019-09-01) with 2 places for boys and 2 for girls;
 * D-2, a student house of Fès (03.231, 2020-01-01) with 5 and 5; D-3, a
 * home for elderly women of Salé (04.441, 2015-01-01) with 10 places. */
void      cli_make_director      (CliFixture    *fixture);

/* @out, a UUID that a command printed alone on its line, without the
 * line end (in place; returns @out). */
char     *cli_take_uuid          (char          *out);

/* Whether @text holds a UUID alone on one line. */
gboolean  cli_is_uuid_line       (const char    *text);

/* Display width as a terminal shows it (zero-width marks 0, wide 2). */
guint     cli_display_width      (const char    *text);

G_END_DECLS
