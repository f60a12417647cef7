/* riaya-window-actions.c — what the window's menu, buttons and shortcuts do
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The win.* actions act on the page shown: New is a new institution, a
 * new grant or a new visit; Delete deletes what is selected there. The
 * registers (or occupancy, outside a director's database) open in a
 * window of their own, one per institution.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-register-window.h"
#include "riaya-store-grants.h"
#include "riaya-summary-print.h"
#include "riaya-window-private.h"

/* Registers: one window per institution */

static void
on_register_changed (RiayaRegisterWindow *changed,
                     RiayaWindow         *self)
{
  GHashTableIter iter;
  gpointer value;

  /* The presence shown in the list changed, and a transfer changed the
   * register of the institution that took the person in. */
  riaya_institutions_page_reload (self->institutions_page);
  g_hash_table_iter_init (&iter, self->registers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (value != changed)
        riaya_register_window_reload (value);
    }
}

static gboolean
is_register (gpointer key,
             gpointer value,
             gpointer user_data)
{
  return value == user_data;
}

static void
on_register_destroy (RiayaRegisterWindow *window,
                     RiayaWindow         *self)
{
  g_hash_table_foreach_remove (self->registers, is_register, window);
}

static void
open_register (RiayaWindow      *self,
               RiayaInstitution *institution)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  RiayaRegisterWindow *window = g_hash_table_lookup (self->registers, uuid);

  if (window == NULL)
    {
      window = riaya_register_window_new (GTK_WINDOW (self), self->context, institution);
      g_hash_table_insert (self->registers, g_strdup (uuid), window);
      g_signal_connect_object (window, "changed", G_CALLBACK (on_register_changed), self, 0);
      g_signal_connect_object (window, "destroy", G_CALLBACK (on_register_destroy), self, 0);
    }

  gtk_window_present (GTK_WINDOW (window));
}

/* Actions */

static void
open_register_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  RiayaInstitution *institution = riaya_institutions_page_get_selected (self->institutions_page);

  if (institution != NULL)
    open_register (self, institution);
}

/* The one-page summary of the institution selected, as stored. */
static void
print_summary_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  RiayaInstitution *institution = riaya_institutions_page_get_selected (self->institutions_page);

  if (institution != NULL)
    riaya_summary_print (GTK_WINDOW (self), self->context, riaya_institution_get_uuid (institution));
}

static void
save_summary_pdf_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  RiayaInstitution *institution = riaya_institutions_page_get_selected (self->institutions_page);

  if (institution != NULL)
    riaya_summary_save_pdf (GTK_WINDOW (self), self->context, riaya_institution_get_uuid (institution));
}

static gboolean
showing (RiayaWindow *self,
         const char  *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), page) == 0;
}

static gboolean
showing_grants (RiayaWindow *self)
{
  return showing (self, "grants");
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  /* New is what the page shows: an institution, a grant, or a visit. */
  if (showing_grants (self))
    riaya_grants_page_open_editor (self->grants_page, NULL, NULL);
  else if (showing (self, "inspections"))
    gtk_widget_activate_action (GTK_WIDGET (self->inspections_page), "inspections.new", NULL);
  else
    riaya_institutions_page_open_editor (self->institutions_page, NULL);
}

static void
new_grant_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  /* From the registry, a grant to the institution selected there. */
  riaya_grants_page_open_editor (self->grants_page, NULL,
                                 showing_grants (self)
                                 ? NULL : riaya_institutions_page_get_selected (self->institutions_page));
}

static void
plan_visit_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  RiayaInstitution *institution = NULL;

  /* From the registry, a visit to the institution selected there; the
   * editor is the inspections page's, which shows the visit once saved. */
  if (showing (self, "institutions"))
    institution = riaya_institutions_page_get_selected (self->institutions_page);
  _riaya_window_set_page (self, "inspections");
  riaya_inspections_page_plan_visit (self->inspections_page,
                                     institution != NULL ? riaya_institution_get_uuid (institution) : NULL,
                                     NULL, RIAYA_VISIT_KIND_PROGRAMMED, NULL);
}

static void
undo_delete_grant_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!riaya_store_undelete_grant (riaya_context_get_store (self->context),
                                   g_variant_get_string (parameter, NULL), &error))
    {
      riaya_window_show_toast (self, error->message);
      return;
    }

  riaya_context_grants_changed (self->context);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  if (showing_grants (self))
    riaya_grants_page_delete_selected (self->grants_page);
  else
    riaya_institutions_page_delete_selected (self->institutions_page);
}

static void
undo_delete_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!riaya_institutions_page_undelete (self->institutions_page,
                                         g_variant_get_string (parameter, NULL), &error))
    riaya_window_show_toast (self, error->message);
}

static void
print_report_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  /* Ctrl+P wherever the focus is, the view switcher's buttons included. */
  if (showing (self, "reports"))
    riaya_reports_page_print (self->reports_page);
}

void
_riaya_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "s", undo_delete_activated);
  gtk_widget_class_install_action (widget_class, "win.open-register", NULL, open_register_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.open-register", NULL);
  gtk_widget_class_install_action (widget_class, "win.new-grant", NULL, new_grant_activated);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-grant", "s", undo_delete_grant_activated);
  gtk_widget_class_install_action (widget_class, "win.plan-visit", NULL, plan_visit_activated);
  gtk_widget_class_install_action (widget_class, "win.print-summary", NULL, print_summary_activated);
  gtk_widget_class_install_action (widget_class, "win.save-summary-pdf", NULL, save_summary_pdf_activated);
  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.page", "s", "institutions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.page", "s", "grants");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "win.page", "s", "inspections");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "win.page", "s", "reports");
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-report", NULL);
}
