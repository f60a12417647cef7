/* riaya-inspections-page-private.h — shared between the inspections page's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-inspections-page.h"

G_BEGIN_DECLS

/* What one load reads; each part has a job of its own so that turning
 * the calendar's month reads only the month. */
typedef enum
{
  RIAYA_INSPECTIONS_LOAD_PROGRAMME,
  RIAYA_INSPECTIONS_LOAD_FOLLOW_UPS,
  RIAYA_INSPECTIONS_LOAD_AGENDA,
  RIAYA_INSPECTIONS_N_LOADS
} RiayaInspectionsLoad;

struct _RiayaInspectionsPage
{
  AdwBin              parent_instance;

  RiayaContext       *context;
  char               *today;            /* the day judged on */
  gboolean            today_fixed;      /* set by riaya_inspections_page_set_today */
  GListStore         *programme;        /* RiayaProgrammeEntry, most urgent first */
  GListStore         *follow_ups;       /* RiayaInspection, oldest due first */
  GListStore         *agenda;           /* RiayaInspection, in date order */
  GtkSingleSelection *agenda_selection;
  char               *programme_summary;
  char               *agenda_heading;
  GCancellable       *cancellables[RIAYA_INSPECTIONS_N_LOADS];
  gboolean            loaded_once;
  gboolean            load_pending;     /* wanted before the page was shown */
  RiayaVisitEditor   *editor;           /* weak */
  char               *select_after_load; /* the visit just saved */

  /* The calendar: the month shown, and whether every visit to come is
   * listed instead of the month's. */
  guint               shown_year;
  guint               shown_month;
  gboolean            upcoming;
  gboolean            moving_calendar;  /* the page moves it: no reload per step */

  /* Filters: the codes behind the drop-downs' entries. */
  GArray             *years;            /* guint, newest first */
  char               *region_code;
  GPtrArray          *region_codes;
  GPtrArray          *province_codes;
  gboolean            filling_filters;

  /* Template widgets */
  GtkDropDown        *year_dropdown;
  GtkDropDown        *region_dropdown;
  GtkDropDown        *province_dropdown;
  AdwViewStack       *view_stack;
  GtkLabel           *programme_label;
  GtkStack           *programme_stack;
  GtkColumnView      *programme_view;
  AdwStatusPage      *programme_empty;
  GtkStack           *follow_ups_stack;
  GtkColumnView      *follow_ups_view;
  GtkCalendar        *calendar;
  GtkToggleButton    *upcoming_toggle;
  GtkLabel           *agenda_label;
  GtkStack           *agenda_stack;
  GtkColumnView      *agenda_view;
  AdwStatusPage      *agenda_empty;
  GtkSpinner         *loading_spinner;
};

/* riaya-inspections-page.c */
/* Reads @load again (every part when @load is RIAYA_INSPECTIONS_N_LOADS). */
void   _riaya_inspections_page_load           (RiayaInspectionsPage *self,
                                               RiayaInspectionsLoad  load);
void   _riaya_inspections_page_show_toast     (RiayaInspectionsPage *self,
                                               const char           *message);
/* Shows @message and emits RiayaInspectionsPage::exported. */
void   _riaya_inspections_page_emit_exported  (RiayaInspectionsPage *self,
                                               const char           *path,
                                               const char           *message);

/* riaya-inspections-page-actions.c: the inspections.* actions and the
 * visit editor they open */
void   _riaya_inspections_page_class_init_actions (GtkWidgetClass *widget_class);

/* riaya-inspections-page-filters.c: the sidebar */
void   _riaya_inspections_page_setup_filters  (RiayaInspectionsPage *self);
void   _riaya_inspections_page_fill_filters   (RiayaInspectionsPage *self);
/* Offers the years around today's and chooses @year. */
void   _riaya_inspections_page_offer_years    (RiayaInspectionsPage *self,
                                               guint                 year);
/* The province chosen, or NULL; the region is self->region_code. */
const char *_riaya_inspections_page_get_province (RiayaInspectionsPage *self);
/* A delegate's database shows the delegate's province. */
void   _riaya_inspections_page_choose_profile_province (RiayaInspectionsPage *self);

/* riaya-inspections-page-lists.c: the columns of the programme and the
 * follow-ups, and the programme's count line */
void   _riaya_inspections_page_setup_lists    (RiayaInspectionsPage *self);
/* A column of text cells: @text gives a row's text (transfer full), and
 * whether it calls for attention (the error colour). */
typedef struct
{
  char    *(*text) (gpointer              item,
                    RiayaInspectionsPage *page,
                    gboolean             *alert);
  gboolean   figure;   /* aligned at the end, digits of one width */
} RiayaInspectionsColumn;

/* The column is as wide as @sample in bold, or its title; with no
 * sample, it takes the room left. */
void   _riaya_inspections_add_column          (GtkColumnView                *view,
                                               RiayaInspectionsPage         *page,
                                               const char                   *title,
                                               const RiayaInspectionsColumn *column,
                                               const char                   *sample);
void   _riaya_inspections_page_update_programme (RiayaInspectionsPage *self);
void   _riaya_inspections_page_update_follow_ups (RiayaInspectionsPage *self);

/* riaya-inspections-page-calendar.c: the month, its marks and agenda */
void   _riaya_inspections_page_setup_calendar (RiayaInspectionsPage *self);
/* The range the agenda covers: the month shown, or from @today on
 * (with those overdue) when every upcoming visit is asked for. */
void   _riaya_inspections_page_agenda_range   (RiayaInspectionsPage *self,
                                               char                **from,
                                               char                **to);
void   _riaya_inspections_page_update_agenda  (RiayaInspectionsPage *self);
/* Chooses the visit @uuid in the agenda, if it lists it. */
gboolean _riaya_inspections_page_select_visit (RiayaInspectionsPage *self,
                                               const char           *uuid);
/* "2026-11-23" kept whole in an Arabic line (U+2066 … U+2069).
 * (transfer full) */
char  *_riaya_inspections_isolate_date        (const char           *date);
/* Where @visit stands on @today, as a coloured badge (visit-<code>). */
void   _riaya_inspections_set_status_badge    (GtkLabel             *label,
                                               RiayaVisitStatus      status);
/* The visit's date: done_on, else planned_on. */
const char *_riaya_inspections_visit_date     (RiayaInspection      *visit);

/* riaya-inspections-page-tasks.c: reading in a worker thread, each with
 * a store of its own */
typedef struct
{
  RiayaInspectionsLoad  load;
  char                 *db_path;
  char                 *region_code;
  char                 *province_code;
  char                 *today;
  guint                 year;           /* the programme's */
  char                 *from;           /* the agenda's */
  char                 *to;
  gboolean              upcoming;       /* the agenda: every visit still to do */
} RiayaInspectionsJob;

void   _riaya_inspections_job_free            (RiayaInspectionsJob  *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaInspectionsJob, _riaya_inspections_job_free)

/* Runs @job (taken) in a worker thread; the result is a GPtrArray of
 * RiayaProgrammeEntry (programme) or RiayaInspection (the others). */
void       _riaya_inspections_load_async      (RiayaInspectionsJob  *job,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GPtrArray *_riaya_inspections_load_finish     (GAsyncResult         *result,
                                               RiayaInspectionsLoad *load,
                                               GError              **error);

/* riaya-inspections-page-export.c: the iCalendar export */
void   _riaya_inspections_page_export_ics     (RiayaInspectionsPage *self);
void   _riaya_inspections_page_write_ics      (RiayaInspectionsPage *self,
                                               const char           *path);

G_END_DECLS
