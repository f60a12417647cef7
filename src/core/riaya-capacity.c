/* riaya-capacity.c — licensed capacity on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-capacity.h"
#include "riaya-validation.h"

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  RiayaCapacityLine *la = *(RiayaCapacityLine **) a;
  RiayaCapacityLine *lb = *(RiayaCapacityLine **) b;
  int c;

  c = (int) riaya_capacity_line_get_category (la) - (int) riaya_capacity_line_get_category (lb);
  if (c != 0)
    return c;
  return (int) riaya_capacity_line_get_sex (la) - (int) riaya_capacity_line_get_sex (lb);
}

GPtrArray *
riaya_capacity_lines_on (GListModel *lines,
                         const char *on)
{
  RiayaCapacityLine *latest[RIAYA_N_CATEGORIES][RIAYA_N_SEXES] = { { NULL } };
  GPtrArray *in_effect = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (lines == NULL || G_IS_LIST_MODEL (lines), in_effect);

  n = lines ? g_list_model_get_n_items (lines) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);
      const char *effective = riaya_capacity_line_get_effective_date (line);
      RiayaCapacityLine **slot;

      if (on != NULL && g_strcmp0 (effective, on) > 0)
        continue;

      slot = &latest[riaya_capacity_line_get_category (line)][riaya_capacity_line_get_sex (line)];
      /* On the same date the line recorded last wins: it corrects the other. */
      if (*slot == NULL || g_strcmp0 (riaya_capacity_line_get_effective_date (*slot), effective) <= 0)
        *slot = line;
    }

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < RIAYA_N_SEXES; s++)
      if (latest[c][s] != NULL && riaya_capacity_line_get_places (latest[c][s]) > 0)
        g_ptr_array_add (in_effect, g_object_ref (latest[c][s]));

  g_ptr_array_sort (in_effect, compare_lines);

  return in_effect;
}

guint
riaya_capacity_on (GListModel *lines,
                   const char *on,
                   int         category)
{
  g_autoptr(GPtrArray) in_effect = riaya_capacity_lines_on (lines, on);
  guint total = 0;

  for (guint i = 0; i < in_effect->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (in_effect, i);

      if (category < 0 || (int) riaya_capacity_line_get_category (line) == category)
        total += riaya_capacity_line_get_places (line);
    }

  return total;
}

gboolean
riaya_capacity_check_line (RiayaInstitutionType   type,
                           const char            *licence_date,
                           RiayaCapacityLine     *line,
                           GError               **error)
{
  const char *effective;
  RiayaCategory category;

  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (line), FALSE);

  category = riaya_capacity_line_get_category (line);
  effective = riaya_capacity_line_get_effective_date (line);

  if (!riaya_validate_places (riaya_capacity_line_get_places (line), error))
    return FALSE;

  if (!riaya_validate_required (effective, _("The effective date"), error) ||
      !riaya_date_parse (effective, NULL, error))
    return FALSE;

  if (licence_date != NULL && g_strcmp0 (effective, licence_date) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: both %s are dates */
                   _("Capacity cannot take effect (%s) before the licence was granted (%s): use the licence date or a later one."),
                   effective, licence_date);
      return FALSE;
    }

  if (!riaya_institution_type_serves (type, category))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION,
                   /* Translators: the first %s is a category of beneficiaries, the second a type of institution */
                   _("Law 65.15 (art. 3) specialises institutions: a “%2$s” cannot hold places for “%1$s”. Choose a category that this type serves."),
                   riaya_category_to_label (category),
                   riaya_institution_type_to_label (type));
      return FALSE;
    }

  return TRUE;
}
