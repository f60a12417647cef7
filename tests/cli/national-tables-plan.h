/* national-tables-plan.h — a registry that gives the published tables
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What test-cli-national-tables.c enters through riaya-cli: made up
 * deterministically so that the ministry's published figures (reports.md)
 * come out of it, planned here (national-tables-plan.c).
 */

#pragma once

#include "cli-test-util.h"

G_BEGIN_DECLS

/* The published tables' date. */
#define ON "2021-07-02"
#define FIRST_YEAR 2015
#define N_YEARS 6
/* The registry is entered in this many databases, which export their
 * institutions side by side (test-cli-national-tables.c). */
#define N_PARTS 3

#define N_REGIONS 12
#define INSTITUTIONS 1204
#define PLACES 106262
#define STUDENT_HOUSES 899
#define STUDENT_PLACES 71556

/* reports.md's regions, in code order. */
typedef struct
{
  const char *code;
  const char *name; /* as the database names it in English (French names) */
  guint       institutions;
  guint       places;
} PublishedRegion;

extern const PublishedRegion published_regions[N_REGIONS];

/* reports.md's grants by year, from FIRST_YEAR. */
typedef struct
{
  guint       institutions;
  guint       capacity;
  gint64      centimes;
  const char *amount;
} PublishedYear;

extern const PublishedYear published_years[N_YEARS];

/* The types in the columns' order, and the category each holds places
 * for. */
typedef struct
{
  const char *code;
  const char *category;
} PlannedType;

#define N_TYPES 8
#define STUDENT_HOUSE 2

extern const PlannedType planned_types[N_TYPES];

typedef struct
{
  char        licence[16];
  char        licence_date[11];
  char        province[8];
  guint       region;
  guint       type;
  guint       places;                /* on 2 July 2021 */
  guint       year_places[N_YEARS];  /* on 31 December of each year */
  const char *event;                 /* "withdrawn" on 2021-03-01, "suspended" on 2021-05-01, or NULL */
  guint       part;                  /* the database it is entered in and exported from */
} Planned;

typedef struct
{
  GPtrArray *institutions; /* Planned, in licence order */
  GPtrArray *granting;     /* Planned (borrowed), the order of the grants */
} Plan;

/* Plans the registry; reads the provinces with riaya-cli territory list
 * on @fixture's database (initialised). */
void plan_registry    (CliFixture    *fixture,
                       Plan          *plan);
void plan_clear       (Plan          *plan);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

/* The capacity column of "institution import-csv" for @planned: its
 * lines, dated. */
void plan_append_capacity (GString       *out,
                           const Planned *planned);

G_END_DECLS
