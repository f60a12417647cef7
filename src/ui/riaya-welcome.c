/* riaya-welcome.c — first start: who is using Riaya, and demo data or not
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-welcome.h"

struct _RiayaWelcome
{
  AdwBin          parent_instance;

  RiayaContext   *context;
  /* Province codes, in the order of province_row's model. */
  GPtrArray      *province_codes;

  GtkCheckButton *director_check;
  GtkCheckButton *delegate_check;
  GtkCheckButton *national_check;
  AdwComboRow    *province_row;
};

G_DEFINE_FINAL_TYPE (RiayaWelcome, riaya_welcome, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
compare_by_display_name (gconstpointer a,
                         gconstpointer b)
{
  RiayaTerritory *ta = *(RiayaTerritory **) a;
  RiayaTerritory *tb = *(RiayaTerritory **) b;

  return g_utf8_collate (riaya_territory_get_display_name (ta),
                         riaya_territory_get_display_name (tb));
}

static void
fill_provinces (RiayaWelcome *self)
{
  GListModel *provinces = riaya_context_get_provinces (self->context);
  guint n = g_list_model_get_n_items (provinces);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (provinces, i));
  g_ptr_array_sort (sorted, compare_by_display_name);

  for (guint i = 0; i < sorted->len; i++)
    {
      RiayaTerritory *province = g_ptr_array_index (sorted, i);

      gtk_string_list_append (names, riaya_territory_get_display_name (province));
      g_ptr_array_add (self->province_codes, g_strdup (riaya_territory_get_code (province)));
    }

  adw_combo_row_set_model (self->province_row, G_LIST_MODEL (names));
}

static RiayaProfile
chosen_profile (RiayaWelcome *self)
{
  if (gtk_check_button_get_active (self->delegate_check))
    return RIAYA_PROFILE_DELEGATE;
  if (gtk_check_button_get_active (self->national_check))
    return RIAYA_PROFILE_NATIONAL;
  return RIAYA_PROFILE_DIRECTOR;
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  riaya_welcome_start (RIAYA_WELCOME (widget), g_variant_get_boolean (parameter));
}

static void
riaya_welcome_constructed (GObject *object)
{
  RiayaWelcome *self = RIAYA_WELCOME (object);

  G_OBJECT_CLASS (riaya_welcome_parent_class)->constructed (object);

  fill_provinces (self);
}

static void
riaya_welcome_dispose (GObject *object)
{
  RiayaWelcome *self = RIAYA_WELCOME (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_WELCOME);
  g_clear_object (&self->context);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (riaya_welcome_parent_class)->dispose (object);
}

static void
riaya_welcome_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RiayaWelcome *self = RIAYA_WELCOME (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_welcome_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RiayaWelcome *self = RIAYA_WELCOME (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_welcome_class_init (RiayaWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = riaya_welcome_constructed;
  object_class->dispose = riaya_welcome_dispose;
  object_class->get_property = riaya_welcome_get_property;
  object_class->set_property = riaya_welcome_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RiayaWelcome::chosen:
   * @profile: a #RiayaProfile
   * @province_code: (nullable): the delegate's province
   * @demo: whether to load demo data
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_INT, G_TYPE_STRING, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaWelcome, director_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaWelcome, delegate_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaWelcome, national_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaWelcome, province_row);

  gtk_widget_class_install_action (widget_class, "welcome.start", "b", start_activated);
}

static void
riaya_welcome_init (RiayaWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->province_codes = g_ptr_array_new_with_free_func (g_free);
}

RiayaWelcome *
riaya_welcome_new (RiayaContext *context)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_WELCOME, "context", context, NULL);
}

void
riaya_welcome_set_profile (RiayaWelcome *self,
                           RiayaProfile  profile,
                           const char   *province_code)
{
  g_return_if_fail (RIAYA_IS_WELCOME (self));
  g_return_if_fail ((guint) profile < RIAYA_N_PROFILES);

  switch (profile)
    {
    case RIAYA_PROFILE_DIRECTOR:
      gtk_check_button_set_active (self->director_check, TRUE);
      break;
    case RIAYA_PROFILE_DELEGATE:
      gtk_check_button_set_active (self->delegate_check, TRUE);
      break;
    case RIAYA_PROFILE_NATIONAL:
    case RIAYA_N_PROFILES:
    default:
      gtk_check_button_set_active (self->national_check, TRUE);
      break;
    }

  for (guint i = 0; province_code != NULL && i < self->province_codes->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->province_codes, i), province_code))
        adw_combo_row_set_selected (self->province_row, i);
    }
}

void
riaya_welcome_start (RiayaWelcome *self,
                     gboolean      demo)
{
  RiayaProfile profile;
  const char *province = NULL;

  g_return_if_fail (RIAYA_IS_WELCOME (self));

  profile = chosen_profile (self);
  if (profile == RIAYA_PROFILE_DELEGATE)
    {
      guint selected = adw_combo_row_get_selected (self->province_row);

      if (selected < self->province_codes->len)
        province = g_ptr_array_index (self->province_codes, selected);
    }

  g_signal_emit (self, signals[CHOSEN], 0, (int) profile, province, demo);
}
