/* riaya-exchange-dialog-scope.c — exporting an exchange file: what, and
 * under which name
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who may export what (cli.md "export"): a director their institutions,
 * a delegate their province or one of its institutions, national staff
 * the registry, a province or one institution. The name proposed says
 * what the file holds and which export of the database it is
 * (docs/exchange-format.md): riaya-LICENCE-YYYY-SEQ.xml for one
 * institution, riaya-PROVINCE-YYYY-SEQ.xml for a province,
 * riaya-national-YYYY-SEQ.xml for the registry.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-dialog-private.h"
#include "riaya-store-exchange.h"

/* The scopes */

static const char *
scope_label (RiayaExchangeDialog *self,
             RiayaExportScope     scope)
{
  switch (scope)
    {
    case RIAYA_EXPORT_SCOPE_ALL:
      return self->profile == RIAYA_PROFILE_DIRECTOR ? _("All my institutions") : _("The whole registry");
    case RIAYA_EXPORT_SCOPE_OWN_PROVINCE:
      return _("My province");
    case RIAYA_EXPORT_SCOPE_PROVINCE:
      return _("One province");
    case RIAYA_EXPORT_SCOPE_INSTITUTION:
    default:
      return _("One institution");
    }
}

static void
add_scope (RiayaExchangeDialog *self,
           GtkStringList       *labels,
           RiayaExportScope     scope)
{
  g_array_append_val (self->scopes, scope);
  gtk_string_list_append (labels, scope_label (self, scope));
}

void
_riaya_exchange_dialog_fill_scopes (RiayaExchangeDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  /* Who may export what (cli.md "export"): a delegate's province is
   * theirs alone, and the registry as a whole is national staff's. */
  switch (self->profile)
    {
    case RIAYA_PROFILE_DELEGATE:
      add_scope (self, labels, RIAYA_EXPORT_SCOPE_OWN_PROVINCE);
      break;
    case RIAYA_PROFILE_NATIONAL:
      add_scope (self, labels, RIAYA_EXPORT_SCOPE_ALL);
      add_scope (self, labels, RIAYA_EXPORT_SCOPE_PROVINCE);
      break;
    case RIAYA_PROFILE_DIRECTOR:
    default:
      add_scope (self, labels, RIAYA_EXPORT_SCOPE_ALL);
      break;
    }
  if (self->institutions != NULL && g_list_model_get_n_items (self->institutions) > 1)
    add_scope (self, labels, RIAYA_EXPORT_SCOPE_INSTITUTION);

  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (labels));
}

/* A delegate chooses among the institutions of their province only. */
GListModel *
_riaya_exchange_dialog_dup_choosable (RiayaExchangeDialog *self,
                                      GListModel          *institutions)
{
  GListStore *store;
  guint n;

  if (self->profile != RIAYA_PROFILE_DELEGATE || self->own_province == NULL)
    return g_object_ref (institutions);

  store = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  n = g_list_model_get_n_items (institutions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);

      if (g_strcmp0 (riaya_institution_get_province_code (institution), self->own_province) == 0)
        g_list_store_append (store, institution);
    }

  return G_LIST_MODEL (store);
}

RiayaExportScope
_riaya_exchange_dialog_get_scope (RiayaExchangeDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->scope_row);

  if (selected >= self->scopes->len)
    return RIAYA_EXPORT_SCOPE_ALL;
  return g_array_index (self->scopes, RiayaExportScope, selected);
}

gboolean
_riaya_exchange_dialog_set_scope (RiayaExchangeDialog *self,
                                  RiayaExportScope     scope)
{
  for (guint i = 0; i < self->scopes->len; i++)
    {
      if (g_array_index (self->scopes, RiayaExportScope, i) == scope)
        {
          adw_combo_row_set_selected (self->scope_row, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* A licence number may hold "/": a file name may not. */
static char *
dup_name_part (const char *text)
{
  GString *part = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    g_string_append_c (part, g_ascii_isalnum (*c) || *c == '.' || *c == '-' || *c == '_' ? *c : '-');

  return g_string_free (part, FALSE);
}

/* What the name says the file is about (docs/exchange-format.md): the
 * licence of one institution, a province, or "national"; NULL for a
 * director's several institutions in several provinces. */
static char *
dup_subject (RiayaExchangeDialog *self)
{
  const char *province = NULL;
  guint n;

  switch (_riaya_exchange_dialog_get_scope (self))
    {
    case RIAYA_EXPORT_SCOPE_INSTITUTION:
      return self->institution != NULL ? g_strdup (riaya_institution_get_licence_number (self->institution)) : NULL;
    case RIAYA_EXPORT_SCOPE_OWN_PROVINCE:
      return g_strdup (self->own_province);
    case RIAYA_EXPORT_SCOPE_PROVINCE:
      return g_strdup (g_ptr_array_index (self->province_codes, adw_combo_row_get_selected (self->province_row)));
    case RIAYA_EXPORT_SCOPE_ALL:
    default:
      if (self->profile != RIAYA_PROFILE_DIRECTOR)
        return g_strdup ("national");
      break;
    }

  /* A director's one house by its licence; several, by their province
   * when they share one. */
  n = self->institutions != NULL ? g_list_model_get_n_items (self->institutions) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (self->institutions, i);

      if (n == 1)
        return g_strdup (riaya_institution_get_licence_number (institution));
      if (province == NULL)
        province = g_intern_string (riaya_institution_get_province_code (institution));
      else if (g_strcmp0 (province, riaya_institution_get_province_code (institution)) != 0)
        return NULL;
    }

  return g_strdup (province);
}

char *
_riaya_exchange_dialog_dup_file_name (RiayaExchangeDialog *self)
{
  g_autofree char *to = NULL;
  g_autofree char *subject = dup_subject (self);
  g_autofree char *part = subject != NULL ? dup_name_part (subject) : NULL;
  gint64 sequence = riaya_store_peek_export_sequence (riaya_context_get_store (self->context));
  g_autofree char *today = riaya_date_today_iso ();

  /* The year the period ends in: the year of its counts. */
  if (!_riaya_exchange_dialog_get_period (self, NULL, &to))
    to = g_steal_pointer (&today);

  if (part != NULL)
    return g_strdup_printf ("riaya-%s-%.4s-%" G_GINT64_FORMAT ".xml", part, to, sequence);
  return g_strdup_printf ("riaya-%.4s-%" G_GINT64_FORMAT ".xml", to, sequence);
}
