/* riaya-preferences-window.c — the preferences
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-preferences-window.h"
#include "riaya-ui-util.h"

struct _RiayaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  RiayaContext         *context;

  GtkSwitch            *automatic_backups_switch;
  AdwActionRow         *backup_folder_row;
  AdwActionRow         *database_row;
  AdwActionRow         *profile_row;
  AdwActionRow         *contents_row;
};

G_DEFINE_FINAL_TYPE (RiayaPreferencesWindow, riaya_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A path reads left to right whatever the interface: in Arabic, without
 * a left-to-right isolate (U+2066 … U+2069), "/home/…" would show as
 * "home/…/". Escaped too: the subtitle is markup. */
static void
set_path_subtitle (AdwActionRow *row,
                   const char   *path)
{
  g_autofree char *escaped = g_markup_escape_text (path, -1);
  g_autofree char *text = NULL;

  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL)
    text = g_strconcat ("\xe2\x81\xa6", escaped, "\xe2\x81\xa9", NULL);
  else
    text = g_steal_pointer (&escaped);
  adw_action_row_set_subtitle (row, text);
}

static void
show_context (RiayaPreferencesWindow *self)
{
  const char *db_path = riaya_context_get_db_path (self->context);
  g_autofree char *backup_dir = riaya_store_default_backup_dir (db_path);
  g_autofree char *province_code = NULL;
  g_autofree char *count = NULL;
  g_autofree char *contents = NULL;
  RiayaProfile profile;
  guint n;

  set_path_subtitle (self->database_row, db_path);
  set_path_subtitle (self->backup_folder_row, backup_dir);

  if (riaya_context_get_profile (self->context, &profile, &province_code))
    {
      RiayaTerritory *province = riaya_context_lookup_territory (self->context, province_code);
      g_autofree char *text = NULL;

      if (province != NULL)
        /* Translators: a profile, then the delegate's province */
        text = g_strdup_printf (C_("window subtitle", "%s · %s"), riaya_profile_to_label (profile),
                                riaya_territory_get_display_name (province));
      else
        text = g_strdup (riaya_profile_to_label (profile));
      adw_action_row_set_subtitle (self->profile_row, text);
    }
  else
    adw_action_row_set_subtitle (self->profile_row, _("Not chosen yet"));

  n = riaya_store_count_institutions (riaya_context_get_store (self->context));
  count = riaya_ui_format_count (n);
  /* Translators: %s is a number of institutions, already formatted */
  contents = g_strdup_printf (ngettext ("%s institution", "%s institutions", n), count);
  if (riaya_context_is_demo (self->context))
    {
      g_autofree char *demo = NULL;

      /* Translators: %s is "1,312 institutions"; the registry holds demo data */
      demo = g_strdup_printf (_("%s, fictitious demo data"), contents);
      adw_action_row_set_subtitle (self->contents_row, demo);
    }
  else
    adw_action_row_set_subtitle (self->contents_row, contents);
}

static void
riaya_preferences_window_dispose (GObject *object)
{
  RiayaPreferencesWindow *self = RIAYA_PREFERENCES_WINDOW (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_preferences_window_parent_class)->dispose (object);
}

static void
riaya_preferences_window_class_init (RiayaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = riaya_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaPreferencesWindow, automatic_backups_switch);
  gtk_widget_class_bind_template_child (widget_class, RiayaPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaPreferencesWindow, profile_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaPreferencesWindow, contents_row);
}

static void
riaya_preferences_window_init (RiayaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RiayaPreferencesWindow *
riaya_preferences_window_new (RiayaContext *context)
{
  RiayaPreferencesWindow *self;

  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  self = g_object_new (RIAYA_TYPE_PREFERENCES_WINDOW, NULL);
  self->context = g_object_ref (context);

  g_settings_bind (riaya_context_get_settings (context), "automatic-backups",
                   self->automatic_backups_switch, "active", G_SETTINGS_BIND_DEFAULT);
  show_context (self);

  return self;
}
