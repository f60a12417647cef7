/* riaya-ui-util.c — small helpers shared by the pages
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-ui-util.h"

/* The digit group separator of the interface language. printf's ' flag
 * follows LC_NUMERIC, which is C (no grouping) when only LANGUAGE picks the
 * language, as it does under LC_ALL=C.UTF-8: so the separator is chosen
 * here. French puts a narrow no-break space (U+202F) between groups;
 * Arabic as written in Morocco uses Western digits, grouped by a comma. */
static const char *
group_separator (void)
{
  const char *language = riaya_interface_language ();

  if (g_strcmp0 (language, "fr") == 0)
    return "\xe2\x80\xaf"; /* U+202F NARROW NO-BREAK SPACE */

  return ",";
}

void
riaya_ui_format_count_buf (guint64  count,
                           char    *buffer,
                           gsize    size)
{
  char digits[24];
  const char *separator = group_separator ();
  gsize separator_len = strlen (separator);
  int n_digits;
  gsize out = 0;

  g_return_if_fail (buffer != NULL && size >= RIAYA_UI_COUNT_BUF_SIZE);

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, count);
  for (int i = 0; i < n_digits; i++)
    {
      /* A separator before each group of three digits but the first. */
      if (i > 0 && (n_digits - i) % 3 == 0)
        {
          memcpy (buffer + out, separator, separator_len);
          out += separator_len;
        }
      buffer[out++] = digits[i];
    }
  buffer[out] = '\0';
}

char *
riaya_ui_format_count (guint64 count)
{
  char buffer[RIAYA_UI_COUNT_BUF_SIZE];

  riaya_ui_format_count_buf (count, buffer, sizeof buffer);
  return g_strdup (buffer);
}

char *
riaya_ui_isolate (const char *text)
{
  return g_strconcat ("\u2068", text != NULL ? text : "", "\u2069", NULL);
}

char *
riaya_ui_format_money (gint64 centimes)
{
  /* Grouped as counts are (riaya_ui_format_count), whatever the
   * catalogue: "1 500,50" in French, "1,500.50" in English and Arabic. */
  g_autofree char *digits = riaya_money_format (centimes, group_separator (),
                                                g_dpgettext2 (GETTEXT_PACKAGE, "decimal mark", "."));

  /* Translators: an amount of money and its unit, the dirham: "DH" in
   * French, "د.م." in Arabic; %s is the amount, already formatted */
  return g_strdup_printf (C_("money", "%s DH"), digits);
}

/* Set in the thread that loads the list, read in the main thread. */
static GQuark
late_grants_quark (void)
{
  static gsize quark;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("riaya-late-grants"));

  return (GQuark) quark;
}

guint
riaya_ui_get_late_grants (RiayaInstitution *institution)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), 0);
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (institution), late_grants_quark ()));
}

void
riaya_ui_set_late_grants (RiayaInstitution *institution,
                          guint             n_late)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (institution));
  g_object_set_qdata (G_OBJECT (institution), late_grants_quark (), GUINT_TO_POINTER (n_late));
}

void
riaya_ui_set_status_badge (GtkLabel           *label,
                           RiayaLicenceStatus  status)
{
  const char *old_class;
  g_autofree char *new_class = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail ((guint) status < RIAYA_N_LICENCE_STATUSES);

  new_class = g_strconcat ("status-", riaya_licence_status_to_code (status), NULL);
  old_class = g_object_get_data (G_OBJECT (label), "riaya-status-class");
  /* List rows show one institution after another: a class taken off and
   * put back would restyle the badge for nothing. */
  if (g_strcmp0 (old_class, new_class) == 0)
    return;

  if (old_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (label), old_class);
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "status-badge");
  gtk_widget_add_css_class (GTK_WIDGET (label), new_class);
  g_object_set_data_full (G_OBJECT (label), "riaya-status-class",
                          g_steal_pointer (&new_class), g_free);

  gtk_label_set_text (label, riaya_licence_status_to_label (status));
}

void
riaya_ui_set_grant_status_badge (GtkLabel         *label,
                                 RiayaGrantStatus  status)
{
  const char *old_class;
  g_autofree char *new_class = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail ((guint) status < RIAYA_N_GRANT_STATUSES);

  new_class = g_strconcat ("grant-", riaya_grant_status_to_code (status), NULL);
  old_class = g_object_get_data (G_OBJECT (label), "riaya-status-class");
  if (g_strcmp0 (old_class, new_class) != 0)
    {
      if (old_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (label), old_class);
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "status-badge");
      gtk_widget_add_css_class (GTK_WIDGET (label), new_class);
      g_object_set_data_full (G_OBJECT (label), "riaya-status-class",
                              g_steal_pointer (&new_class), g_free);
    }

  gtk_label_set_text (label, riaya_grant_status_to_label (status));
}

static void
set_text_direction (GtkWidget        *widget,
                    GtkTextDirection  direction)
{
  if (GTK_IS_TEXT (widget))
    gtk_widget_set_direction (widget, direction);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_text_direction (child, direction);
}

void
riaya_ui_set_text_direction (GtkWidget  *widget,
                             const char *language)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* Only the text itself: the row around it (its title, its buttons)
   * keeps the interface's direction. "ltr" is for numbers and codes,
   * which an RTL paragraph would reorder ("0522 123456"). */
  set_text_direction (widget,
                      g_strcmp0 (language, "ar") == 0 ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

/* The whole text, when the label cuts it. Asked for when the pointer
 * rests on the label: gtk_widget_set_tooltip_text() instead asks the X
 * server where the pointer is, each time it is called (two round trips
 * per drop-down at start-up). */
static gboolean
on_label_query_tooltip (GtkLabel   *label,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (GPOINTER_TO_INT (max_chars) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_label_query_tooltip), NULL);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (string));
}

GtkListItemFactory *
riaya_ui_ellipsizing_factory_new (void)
{
  return riaya_ui_label_factory_new (20);
}

GtkListItemFactory *
riaya_ui_label_factory_new (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (MAX (max_chars, 0)));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);

  return factory;
}

GtkStringList *
riaya_ui_filter_names (const char *all_label)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  return list;
}

GtkStringList *
riaya_ui_region_filter_names (GListModel *regions,
                              const char *all_label,
                              GPtrArray  *codes)
{
  GtkStringList *names = riaya_ui_filter_names (all_label);
  guint n = g_list_model_get_n_items (regions);

  g_ptr_array_set_size (codes, 0);
  g_ptr_array_add (codes, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaTerritory) region = g_list_model_get_item (regions, i);

      gtk_string_list_append (names, riaya_territory_get_display_name (region));
      g_ptr_array_add (codes, g_strdup (riaya_territory_get_code (region)));
    }

  return names;
}

static int
compare_by_display_name (gconstpointer a,
                         gconstpointer b)
{
  return g_utf8_collate (riaya_territory_get_display_name (*(RiayaTerritory **) a),
                         riaya_territory_get_display_name (*(RiayaTerritory **) b));
}

GtkStringList *
riaya_ui_province_filter_names (GListModel *provinces,
                                const char *region_code,
                                const char *all_label,
                                GPtrArray  *codes)
{
  GtkStringList *names = riaya_ui_filter_names (all_label);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (provinces);

  for (guint i = 0; i < n; i++)
    {
      RiayaTerritory *province = g_list_model_get_item (provinces, i);

      if (region_code == NULL || g_strcmp0 (riaya_territory_get_region_code (province), region_code) == 0)
        g_ptr_array_add (shown, province);
      else
        g_object_unref (province);
    }
  /* By name in the interface language: what people look for. */
  g_ptr_array_sort (shown, compare_by_display_name);

  g_ptr_array_set_size (codes, 0);
  g_ptr_array_add (codes, NULL);
  for (guint i = 0; i < shown->len; i++)
    {
      RiayaTerritory *province = g_ptr_array_index (shown, i);

      gtk_string_list_append (names, riaya_territory_get_display_name (province));
      g_ptr_array_add (codes, g_strdup (riaya_territory_get_code (province)));
    }

  return names;
}
