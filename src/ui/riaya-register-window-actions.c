/* riaya-register-window-actions.c — what a director does from the register
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Admit someone, record an exit, print the register or save it as PDF
 * (Law 65.15 art. 28, decree 2.19.693 art. 11). Each dialog tells the
 * window when it saved, so the list and the occupancy are read again.
 */

#include "config.h"

#include "riaya-admission-dialog.h"
#include "riaya-exit-dialog.h"
#include "riaya-register-print.h"
#include "riaya-register-window-private.h"

static void
admit_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (widget);
  RiayaAdmissionDialog *dialog;

  dialog = riaya_admission_dialog_new (GTK_WINDOW (self), _riaya_register_window_get_context (self),
                                       _riaya_register_window_get_institution (self));
  g_signal_connect_object (dialog, "admitted", G_CALLBACK (_riaya_register_window_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (widget);
  RiayaStay *stay = _riaya_register_window_get_selected_stay (self);
  RiayaExitDialog *dialog;

  /* Only someone present can leave. */
  if (stay == NULL || riaya_stay_get_exited_on (stay) != NULL)
    return;

  dialog = riaya_exit_dialog_new (GTK_WINDOW (self), _riaya_register_window_get_context (self), stay);
  g_signal_connect_object (dialog, "exited", G_CALLBACK (_riaya_register_window_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _riaya_register_print (RIAYA_REGISTER_WINDOW (widget));
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _riaya_register_export_pdf (RIAYA_REGISTER_WINDOW (widget));
}

void
_riaya_register_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "register.admit", NULL, admit_activated);
  gtk_widget_class_install_action (widget_class, "register.exit", NULL, exit_activated);
  gtk_widget_class_install_action (widget_class, "register.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "register.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "register.admit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "register.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "register.export-pdf", NULL);
}
