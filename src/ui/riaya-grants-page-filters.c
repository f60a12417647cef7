/* riaya-grants-page-filters.c — the grants page's filters, totals and footer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year, region, province and type go to the store, which lists and
 * sums again (riaya_store_list_grants, riaya_store_grant_year_totals);
 * so does the status, judged on the day the list is read. The totals are the figures
 * of the published table (reports.md, grants-by-year): institutions
 * granted in the year, each once, and their places licensed on 31
 * December; the footer sums what the list shows.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-grants-page-private.h"
#include "riaya-ui-util.h"

/* The status drop-down's entries after "All": late first, the one that
 * asks for work. */
static const RiayaGrantStatus statuses[] = {
  RIAYA_GRANT_STATUS_LATE,
  RIAYA_GRANT_STATUS_OPEN,
  RIAYA_GRANT_STATUS_CLOSED,
};

static GtkDropDown *
dropdown (RiayaGrantsPage       *self,
          RiayaGrantsFilterKind  kind)
{
  switch (kind)
    {
    case RIAYA_GRANTS_FILTER_YEAR:
      return self->year_dropdown;
    case RIAYA_GRANTS_FILTER_REGION:
      return self->region_dropdown;
    case RIAYA_GRANTS_FILTER_PROVINCE:
      return self->province_dropdown;
    case RIAYA_GRANTS_FILTER_TYPE:
      return self->type_dropdown;
    case RIAYA_GRANTS_FILTER_STATUS:
      return self->status_dropdown;
    case RIAYA_GRANTS_N_FILTERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
filters_are_clear (RiayaGrantsPage *self)
{
  for (RiayaGrantsFilterKind k = 0; k < RIAYA_GRANTS_N_FILTERS; k++)
    {
      guint selected = gtk_drop_down_get_selected (dropdown (self, k));

      if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
        return FALSE;
    }

  return TRUE;
}

void
_riaya_grants_page_update_view (RiayaGrantsPage *self)
{
  guint loaded = g_list_model_get_n_items (G_LIST_MODEL (self->grants));
  const char *name;

  /* A reload keeps the list in sight; only a first load shows the
   * spinner. */
  if (self->loading && !self->loaded_once)
    name = "loading";
  else if (loaded == 0 && filters_are_clear (self))
    name = "no-data";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    name = "empty";
  else
    name = "list";

  gtk_stack_set_visible_child_name (self->list_stack, name);
  gtk_spinner_set_spinning (self->loading_spinner, self->loading && !self->loaded_once);
  gtk_widget_set_visible (self->totals_box, self->totals != NULL && self->totals->len > 0);
}

void
_riaya_grants_page_update_summary (RiayaGrantsPage *self)
{
  GListModel *visible = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (visible);
  gint64 amount = 0, paid = 0, remaining = 0;
  g_autofree char *n_text = riaya_ui_format_count (n);
  g_autofree char *grants = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *remaining_text = NULL;

  /* Exact sums of centimes: ten billion dirhams are far from the limit. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (visible, i);

      riaya_money_add (amount, riaya_grant_get_amount (grant), &amount);
      riaya_money_add (paid, riaya_grant_get_paid (grant), &paid);
      riaya_money_add (remaining, riaya_grant_get_remaining (grant), &remaining);
    }

  amount_text = riaya_ui_format_money (amount);
  paid_text = riaya_ui_format_money (paid);
  remaining_text = riaya_ui_format_money (remaining);
  /* Translators: %s is a number of grants, already formatted (1,043) */
  grants = g_strdup_printf (ngettext ("%s grant", "%s grants", n), n_text);

  g_free (self->summary);
  /* Translators: the footer of the grants list: the number of grants
   * shown, then what they add up to; each %s after the first is an
   * amount with its unit */
  self->summary = g_strdup_printf (C_("grants summary", "%1$s · %2$s granted · %3$s paid · %4$s still due"),
                                   grants, amount_text, paid_text, remaining_text);
  gtk_label_set_text (self->summary_label, self->summary);

  _riaya_grants_page_update_view (self);
}

/* The totals by year */

static GtkWidget *
total_label (RiayaGrantsPage *self,
             const char      *text,
             int              column,
             int              row,
             gboolean         number)
{
  GtkWidget *label = gtk_label_new (text);

  /* Numbers line up at their end: on the left, right to left. */
  gtk_widget_set_halign (label, number ? GTK_ALIGN_END : GTK_ALIGN_START);
  gtk_grid_attach (self->totals_grid, label, column, row, 1, 1);

  return label;
}

static void
remember (RiayaGrantsPage *self,
          guint            year,
          const char      *column,
          GtkWidget       *label)
{
  g_hash_table_replace (self->total_labels, g_strdup_printf ("%u/%s", year, column), label);
}

void
_riaya_grants_page_fill_totals (RiayaGrantsPage *self)
{
  static const char * const columns[] = {
    "institutions", "capacity", "amount", "paid", "remaining", "late",
  };
  const char *headings[] = {
    C_("grant totals", "Year"),
    C_("grant totals", "Institutions"),
    C_("grant totals", "Places on 31 December"),
    C_("grant totals", "Granted"),
    C_("grant totals", "Paid"),
    C_("grant totals", "Still due"),
    C_("grant totals", "Late"),
  };
  GtkWidget *child;
  guint n = self->totals != NULL ? self->totals->len : 0;
  gint64 sums[3] = { 0, 0, 0 };
  guint late = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->totals_grid))) != NULL)
    gtk_grid_remove (self->totals_grid, child);
  g_hash_table_remove_all (self->total_labels);

  gtk_label_set_text (self->totals_caption,
                      self->status >= 0
                      ? _("Institutions granted in the year, each counted once, and their places licensed on "
                          "31 December, counting only the grants of the status chosen.")
                      : _("Institutions granted in the year, each counted once, and their places licensed on "
                          "31 December, as the published table gives them."));

  if (n == 0)
    {
      _riaya_grants_page_update_view (self);
      return;
    }

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      GtkWidget *heading = total_label (self, headings[c], c, 0, c > 0);

      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_widget_add_css_class (heading, "dim-label");
    }

  for (guint i = 0; i < n; i++)
    {
      const RiayaGrantYearTotals *totals = &g_array_index (self->totals, RiayaGrantYearTotals, i);
      g_autofree char *year = g_strdup_printf ("%u", totals->year);
      char *texts[G_N_ELEMENTS (columns)];

      texts[0] = riaya_ui_format_count (totals->institutions);
      texts[1] = riaya_ui_format_count (totals->capacity);
      texts[2] = riaya_ui_format_money (totals->amount);
      texts[3] = riaya_ui_format_money (totals->paid);
      texts[4] = riaya_ui_format_money (totals->remaining);
      texts[5] = riaya_ui_format_count (totals->late);

      total_label (self, year, 0, i + 1, FALSE);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          GtkWidget *label = total_label (self, texts[c], c + 1, i + 1, TRUE);

          if (c == 5 && totals->late > 0)
            gtk_widget_add_css_class (label, "grant-overdue");
          remember (self, totals->year, columns[c], label);
          g_free (texts[c]);
        }

      riaya_money_add (sums[0], totals->amount, &sums[0]);
      riaya_money_add (sums[1], totals->paid, &sums[1]);
      riaya_money_add (sums[2], totals->remaining, &sums[2]);
      late += totals->late;
    }

  /* Money adds up across years; institutions and places do not (the
   * same house is granted each year). */
  if (n > 1)
    {
      GtkWidget *label = total_label (self, C_("grant totals", "All years"), 0, n + 1, FALSE);

      gtk_widget_add_css_class (label, "total-row");
      for (guint c = 0; c < 3; c++)
        {
          g_autofree char *text = riaya_ui_format_money (sums[c]);

          label = total_label (self, text, c + 3, n + 1, TRUE);
          gtk_widget_add_css_class (label, "total-row");
          remember (self, 0, columns[c + 2], label);
        }
      {
        g_autofree char *text = riaya_ui_format_count (late);

        label = total_label (self, text, 6, n + 1, TRUE);
        gtk_widget_add_css_class (label, "total-row");
        remember (self, 0, "late", label);
      }
    }

  _riaya_grants_page_update_view (self);
}

/* Filter drop-downs */

static void
fill_provinces (RiayaGrantsPage *self)
{
  g_autoptr(GtkStringList) names =
    riaya_ui_province_filter_names (riaya_context_get_provinces (self->context), self->region_code,
                                    _("All provinces"), self->province_codes);

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->province_dropdown, 0);
  self->filling_filters = FALSE;
}

void
_riaya_grants_page_offer_years (RiayaGrantsPage *self,
                                guint            oldest_year)
{
  guint this_year = (guint) g_ascii_strtoull (self->today, NULL, 10);
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  guint chosen = selected < self->years->len ? g_array_index (self->years, guint, selected) : 0;
  g_autoptr(GtkStringList) labels = NULL;
  guint zero = 0;

  /* Next year's grants may be decided already; ten years at least. */
  oldest_year = MIN (oldest_year, this_year - 9);
  if (self->oldest_year != 0 && self->oldest_year <= oldest_year)
    return;
  self->oldest_year = oldest_year;

  labels = riaya_ui_filter_names (_("All years"));
  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, zero);
  for (guint year = this_year + 1; year >= oldest_year; year--)
    {
      g_autofree char *label = g_strdup_printf ("%u", year);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->years, year);
    }

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  for (guint i = 0; i < self->years->len; i++)
    {
      if (g_array_index (self->years, guint, i) == chosen)
        gtk_drop_down_set_selected (self->year_dropdown, i);
    }
  self->filling_filters = FALSE;
}

void
_riaya_grants_page_fill_filters (RiayaGrantsPage *self)
{
  g_autoptr(GtkStringList) region_names =
    riaya_ui_region_filter_names (riaya_context_get_regions (self->context), _("All regions"),
                                  self->region_codes);
  g_autoptr(GtkStringList) types = riaya_ui_filter_names (_("All types"));
  g_autoptr(GtkStringList) status_labels = riaya_ui_filter_names (_("All statuses"));

  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    gtk_string_list_append (types, riaya_institution_type_to_label (t));
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    gtk_string_list_append (status_labels, riaya_grant_status_to_label (statuses[s]));

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (region_names));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status_labels));
  self->filling_filters = FALSE;

  _riaya_grants_page_offer_years (self, G_MAXUINT);
  fill_provinces (self);
}

void
_riaya_grants_page_get_filter (RiayaGrantsPage  *self,
                               RiayaGrantFilter *filter)
{
  guint year = gtk_drop_down_get_selected (self->year_dropdown);
  guint province = gtk_drop_down_get_selected (self->province_dropdown);
  guint type = gtk_drop_down_get_selected (self->type_dropdown);

  filter->year = year < self->years->len ? g_array_index (self->years, guint, year) : 0;
  filter->region_code = self->region_code;
  filter->province_code = province < self->province_codes->len
                          ? g_ptr_array_index (self->province_codes, province) : NULL;
  filter->institution_type = (type == 0 || type == GTK_INVALID_LIST_POSITION) ? -1 : (int) type - 1;
  filter->institution_uuid = NULL;
  filter->status = self->status;
  filter->status_on = self->today;
}

static void
on_filter_selected (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    RiayaGrantsPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->filling_filters)
    return;

  if (dropdown == self->status_dropdown)
    {
      /* The list already read is filtered at once, judged on today by
       * core; the store then sums the year's figures of that status. */
      self->status = selected >= 1 && selected <= G_N_ELEMENTS (statuses) ? (int) statuses[selected - 1] : -1;
      gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
      riaya_grants_page_reload (self);
      return;
    }

  if (dropdown == self->region_dropdown)
    {
      g_free (self->region_code);
      self->region_code = selected < self->region_codes->len
                          ? g_strdup (g_ptr_array_index (self->region_codes, selected)) : NULL;
      /* The province list follows the region. */
      fill_provinces (self);
    }

  riaya_grants_page_reload (self);
}

void
_riaya_grants_page_setup_filters (RiayaGrantsPage *self)
{
  for (RiayaGrantsFilterKind k = 0; k < RIAYA_GRANTS_N_FILTERS; k++)
    {
      g_autoptr(GtkListItemFactory) factory = riaya_ui_ellipsizing_factory_new ();

      gtk_drop_down_set_factory (dropdown (self, k), factory);
      g_signal_connect (dropdown (self, k), "notify::selected", G_CALLBACK (on_filter_selected), self);
    }

  /* The province list is long: let people type to find theirs. */
  {
    g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->province_dropdown, expression);
  }
  gtk_drop_down_set_enable_search (self->province_dropdown, TRUE);
}

/* Public API */

GtkDropDown *
riaya_grants_page_get_filter (RiayaGrantsPage       *self,
                              RiayaGrantsFilterKind  kind)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return dropdown (self, kind);
}

void
riaya_grants_page_clear_filters (RiayaGrantsPage *self)
{
  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));

  for (RiayaGrantsFilterKind k = 0; k < RIAYA_GRANTS_N_FILTERS; k++)
    gtk_drop_down_set_selected (dropdown (self, k), 0);
}

const char *
riaya_grants_page_get_summary (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return gtk_label_get_text (self->summary_label);
}
