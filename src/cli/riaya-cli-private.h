/* riaya-cli-private.h — what the command files of riaya-cli share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "riaya-core.h"
#include "riaya-grant.h"
#include "riaya-inspection.h"
#include "riaya-store.h"
#include "riaya-store-inspections.h"

G_BEGIN_DECLS

/* Exit statuses (cli.md): scripts rely on them. */
enum
{
  RIAYA_CLI_EXIT_OK = 0,
  RIAYA_CLI_EXIT_REFUSED = 1,
  RIAYA_CLI_EXIT_USAGE = 2,
};

/* What a command needs from the database file. */
typedef enum
{
  RIAYA_CLI_ACCESS_READ,   /* must exist; nothing is written to it */
  RIAYA_CLI_ACCESS_WRITE,  /* must exist, with a profile chosen (init) */
  RIAYA_CLI_ACCESS_CREATE, /* created when missing (init, demo, restore) */
} RiayaCliAccess;

/* Options given before the command. */
typedef struct
{
  char *db_path; /* --db, else RIAYA_DB, else the GUI's database */
} RiayaCliGlobal;

typedef int (*RiayaCliCommandFunc) (RiayaCliGlobal *global,
                                    int             argc,
                                    char          **argv);

/* A subcommand of a group such as “institution”. */
typedef struct
{
  const char          *name;
  RiayaCliCommandFunc  func;
  const char          *summary; /* N_() */
} RiayaCliSubcommand;

/* riaya-cli.c */
int         _riaya_cli_dispatch        (RiayaCliGlobal           *global,
                                        const char               *group,
                                        const RiayaCliSubcommand *subcommands,
                                        guint                     n_subcommands,
                                        int                       argc,
                                        char                    **argv);
/* Parses @argv (argv[0] is the command's name) with @context, whose usage
 * line names @command (“institution add”); --db is accepted there too.
 * Prints the problem and returns FALSE on a usage error. */
gboolean    _riaya_cli_parse_options   (RiayaCliGlobal           *global,
                                        GOptionContext           *context,
                                        const char               *command,
                                        int                      *argc,
                                        char                   ***argv);
/* Prints a usage error about @command and returns RIAYA_CLI_EXIT_USAGE. */
int         _riaya_cli_usage_error     (const char               *command,
                                        const char               *format,
                                        ...) G_GNUC_PRINTF (2, 3);
/* Prints @error's message and returns RIAYA_CLI_EXIT_REFUSED. */
int         _riaya_cli_refuse          (const GError             *error);
int         _riaya_cli_refuse_printf   (const char               *format,
                                        ...) G_GNUC_PRINTF (1, 2);
/* Opens the database for a command, or prints why not and returns NULL.
 * With RIAYA_CLI_ACCESS_CREATE, *@created (nullable) tells whether the
 * file was made now, so that a failed command can remove it again
 * (_riaya_cli_discard_created). */
RiayaStore *_riaya_cli_open_store      (RiayaCliGlobal           *global,
                                        RiayaCliAccess            access,
                                        gboolean                 *created);
/* Closes @store and deletes the database it made, for a command that
 * failed on a database it had just created: nothing is left behind. */
void        _riaya_cli_discard_created (RiayaStore              **store);
/* Whether @code is a province or prefecture the store knows. */
gboolean    _riaya_cli_check_province  (RiayaStore               *store,
                                        const char               *code,
                                        GError                  **error);
/* Makes today's automatic backup beside the database if there is none
 * yet (the last 7 days are kept), just before a command writes. */
void        _riaya_cli_auto_backup     (RiayaStore               *store);
/* Whether stderr is a terminal, so that long jobs may show progress. */
gboolean    _riaya_cli_show_progress   (void);
/* Finds an institution by UUID or licence number, or prints why not. */
RiayaInstitution *_riaya_cli_find_institution (RiayaStore        *store,
                                               const char        *id);

/* One function per command or group. */
int riaya_cli_init        (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_demo        (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_institution (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_territory   (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_capacity    (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_licence     (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_backup      (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_restore     (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_check       (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_resident    (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_occupancy   (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_grant       (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_report      (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_inspection  (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_export      (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_import      (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_validate    (RiayaCliGlobal *global, int argc, char **argv);
int riaya_cli_conflicts   (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-institution-show.c */
int _riaya_cli_institution_list (RiayaCliGlobal *global, int argc, char **argv);
int _riaya_cli_institution_show (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-institution-summary.c */
int _riaya_cli_institution_summary (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-resident.c */
/* Whether @store keeps registers of residents (a director's database);
 * prints why not and what to use instead when it does not. */
gboolean   _riaya_cli_require_register (RiayaStore        *store);
/* Finds a stay of the register by its UUID or as INSTITUTION:NUMBER
 * (licence number or UUID, a colon, the register number), or prints why
 * not and returns NULL. */
RiayaStay *_riaya_cli_find_stay        (RiayaStore        *store,
                                        const char        *id);

/* riaya-cli-resident-show.c */
int _riaya_cli_resident_list (RiayaCliGlobal *global, int argc, char **argv);
int _riaya_cli_resident_show (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-grant.c */
/* Reads a year of four digits at most, or sets a translated error. */
gboolean    _riaya_cli_parse_year      (const char        *text,
                                        guint             *out,
                                        GError           **error);
/* Finds a grant by its UUID, or as INSTITUTION:YEAR (licence number or
 * UUID, a colon, the year) when the institution has one grant that year;
 * or prints why not and returns NULL. */
RiayaGrant *_riaya_cli_find_grant      (RiayaStore        *store,
                                        const char        *id);
/* Reads a kind of grant's code, or sets a translated error listing them. */
gboolean    _riaya_cli_parse_grant_kind (const char       *text,
                                         RiayaGrantKind   *out,
                                         GError          **error);

/* riaya-cli-grant-csv.c */
int _riaya_cli_grant_import_csv (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-grant-show.c */
int _riaya_cli_grant_list (RiayaCliGlobal *global, int argc, char **argv);
int _riaya_cli_grant_show (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-inspection.c */
/* Finds a visit by its UUID, or as INSTITUTION:DATE (licence number or
 * UUID, a colon, the day it was done or is planned for) when the
 * institution has one visit that day; or prints why not and returns
 * NULL. */
RiayaInspection *_riaya_cli_find_visit  (RiayaStore        *store,
                                         const char        *id);
/* A code as a person typed it, without surrounding spaces and capitals. */
char       *_riaya_cli_normalise_code  (const char        *text);
/* The codes 0 … @n - 1 of a vocabulary, "a, b, c", for a sentence that
 * lists what is accepted. */
char       *_riaya_cli_dup_codes       (const char     *(*to_code) (guint),
                                        guint             n);
/* Reads a count of people such as --members, or sets a translated
 * error naming @option. */
gboolean    _riaya_cli_parse_count     (const char        *option,
                                        const char        *text,
                                        guint             *out,
                                        GError           **error);

/* riaya-cli-inspection-record.c */
int _riaya_cli_inspection_record     (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-inspection-list.c */
int _riaya_cli_inspection_list       (RiayaCliGlobal *global, int argc, char **argv);
int _riaya_cli_inspection_follow_ups (RiayaCliGlobal *global, int argc, char **argv);
/* --region, --province and --institution (each nullable) into @filter,
 * checked against @store; *@institution receives the one named. Prints
 * why not and returns FALSE when one names nothing. */
gboolean _riaya_cli_inspection_filter_by (RiayaStore                   *store,
                                          const char                   *region,
                                          const char                   *province,
                                          const char                   *institution_id,
                                          RiayaInstitution            **institution,
                                          RiayaInspectionFilter        *filter);

/* riaya-cli-inspection-programme.c */
int _riaya_cli_inspection_programme  (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-inspection-ics.c */
int _riaya_cli_inspection_ics        (RiayaCliGlobal *global, int argc, char **argv);

/* riaya-cli-inspection-show.c */
int _riaya_cli_inspection_show       (RiayaCliGlobal *global, int argc, char **argv);
int _riaya_cli_inspection_report     (RiayaCliGlobal *global, int argc, char **argv);

G_END_DECLS
