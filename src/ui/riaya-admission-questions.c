/* riaya-admission-questions.c — what the register's windows ask before acting
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An admission is neither refused nor accepted silently when the store
 * finds it beyond the places licensed, or finds someone who looks like
 * the person admitted: the user decides, having seen the numbers or the
 * other record. Typed work is never lost silently either.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-resident-form-private.h"

/* --- Over capacity, and unsaved work ---------------------------------- */

GtkWidget *
_riaya_over_capacity_dialog_new (GtkWindow  *parent,
                                 const char *message)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  /* Never refused nor accepted silently: the user decides, having seen
   * the places licensed and the people present (issue 3). */
  body = g_strdup_printf ("%s\n\n%s", message,
                          _("The institution will show as over capacity until someone leaves "
                            "or its capacity grows."));
  dialog = adw_message_dialog_new (parent, _("Admit Over Capacity?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    RIAYA_RESPONSE_CANCEL, _("_Cancel"),
                                    RIAYA_RESPONSE_ADMIT, _("_Admit Over Capacity"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_ADMIT,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);

  return dialog;
}

GtkWidget *
_riaya_discard_dialog_new (GtkWindow  *parent,
                           const char *body)
{
  GtkWidget *dialog;

  /* Never lose typed work silently. */
  dialog = adw_message_dialog_new (parent, _("Discard Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    RIAYA_RESPONSE_CANCEL, _("_Keep Editing"),
                                    RIAYA_RESPONSE_DISCARD, _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_DISCARD,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);

  return dialog;
}

/* --- The same person? ------------------------------------------------- */

static GtkWidget *
other_record_row (RiayaStay *other)
{
  RiayaResident *resident = riaya_stay_get_resident (other);
  g_autofree char *name = riaya_resident_dup_display_name (resident);
  g_autofree char *line = NULL;
  g_autofree char *place = NULL;
  GtkWidget *row = adw_action_row_new ();
  const char *institution = riaya_stay_get_institution_name (other);

  /* Translators: where a known person stayed: "Dar Taliba Assilah, No. 3" */
  place = g_strdup_printf (_("%1$s, No. %2$u"), institution != NULL ? institution : "",
                           riaya_stay_get_register_number (other));
  /* Translators: the other record of a probable duplicate: "born
   * 2012-05-01 · Dar Taliba Assilah, No. 3" */
  line = g_strdup_printf (_("born %1$s · %2$s"),
                          riaya_resident_get_birth_date (resident) != NULL
                          ? riaya_resident_get_birth_date (resident) : "?", place);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line);

  return row;
}

GtkWidget *
_riaya_same_person_dialog_new (GtkWindow  *parent,
                               GPtrArray  *others,
                               const char *store_message)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *dialog, *list;
  GtkCheckButton *group = NULL;
  guint n = others != NULL ? others->len : 0;

  dialog = adw_message_dialog_new (parent, _("Same Person?"), NULL);
  if (n == 0)
    {
      /* The store knows the other record but could not list it: its
       * message names it. */
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), store_message);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        RIAYA_RESPONSE_CANCEL, _("_Cancel"),
                                        RIAYA_RESPONSE_DIFFERENT, _("_Different Person"),
                                        NULL);
    }
  else
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   ngettext ("Someone with the same identity card number, or the same names and "
                                             "birth date, is already in the register. If it is the same person, "
                                             "the new stay joins their record, updated from this form.",
                                             "People with the same identity card number, or the same names and "
                                             "birth date, are already in the register. If one of them is this "
                                             "person, choose them: the new stay joins their record, updated from "
                                             "this form.", n));
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = other_record_row (g_ptr_array_index (others, i));

          /* Several: say which one. */
          if (n > 1)
            {
              GtkWidget *check = gtk_check_button_new ();

              gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
              gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
              gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
              adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
              adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
              if (group == NULL)
                group = GTK_CHECK_BUTTON (check);
              g_ptr_array_add (checks, check);
            }
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        RIAYA_RESPONSE_CANCEL, _("_Cancel"),
                                        RIAYA_RESPONSE_DIFFERENT, _("_Different Person"),
                                        RIAYA_RESPONSE_SAME_PERSON, _("_Same Person"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_SAME_PERSON,
                                                  ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "riaya-others", g_ptr_array_ref (others),
                              (GDestroyNotify) g_ptr_array_unref);
      g_object_set_data_full (G_OBJECT (dialog), "riaya-checks", g_steal_pointer (&checks),
                              (GDestroyNotify) g_ptr_array_unref);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RIAYA_RESPONSE_CANCEL);

  return dialog;
}

RiayaStay *
_riaya_same_person_dialog_get_chosen (AdwMessageDialog *dialog)
{
  GPtrArray *others = g_object_get_data (G_OBJECT (dialog), "riaya-others");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "riaya-checks");
  RiayaStay *chosen;

  if (others == NULL || others->len == 0)
    return NULL;

  chosen = g_ptr_array_index (others, 0);
  for (guint i = 0; i < checks->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
        chosen = g_ptr_array_index (others, i);
    }

  return chosen;
}
