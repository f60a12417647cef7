/* riaya-editor-grants.c — an institution's grants, in the institution editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Entraide Nationale gave the institution year after year
 * (domain brief §5), beside what it had to give for: the places licensed
 * and the people present at the end of each year. A grant late today — a
 * tranche past due and unpaid, a justification past due — says so in
 * words and in the error colour.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-editor-grants.h"
#include "riaya-grant-editor.h"
#include "riaya-store-grants.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

struct _RiayaEditorGrants
{
  AdwBin               parent_instance;

  RiayaContext        *context;
  RiayaInstitution    *institution;   /* the editor's draft */
  gboolean             saved;
  char                *today;
  GListStore          *grants;
  GPtrArray           *rows;          /* GtkWidget *, unowned, parallel to grants */
  guint                n_late;

  AdwPreferencesGroup *group;
  GtkWidget           *add_button;
  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (RiayaEditorGrants, riaya_editor_grants, ADW_TYPE_BIN)

/* "60 places · 48 present on 31 December": the year's end, or today for
 * the year under way. */
static char *
occupancy_text (RiayaEditorGrants *self,
                guint              year,
                GHashTable        *presence_cache)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autofree char *end = g_strdup_printf ("%04u-12-31", year);
  gboolean this_year = g_strcmp0 (end, self->today) > 0;
  const char *on = this_year ? self->today : end;
  guint places = riaya_institution_get_places_on (self->institution, on);
  g_autofree char *places_text = riaya_ui_format_count (places);
  g_autofree char *places_part = NULL;
  GHashTable *presence = g_hash_table_lookup (presence_cache, GUINT_TO_POINTER (year));
  const RiayaPresence *counted;

  if (presence == NULL)
    {
      presence = riaya_store_presence_on (store, on, riaya_institution_get_uuid (self->institution), NULL);
      if (presence == NULL)
        presence = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (presence_cache, GUINT_TO_POINTER (year), presence);
    }
  counted = g_hash_table_lookup (presence, riaya_institution_get_uuid (self->institution));

  /* Translators: %s is a number of places, already formatted */
  places_part = g_strdup_printf (ngettext ("%s place", "%s places", places), places_text);
  if (counted == NULL)
    /* Translators: an institution's places at the end of a grant's year,
     * when nobody was counted; %s is "60 places" */
    return g_strdup_printf (_("%s · no count of the people present"), places_part);

  {
    guint present = riaya_presence_total (counted);
    g_autofree char *present_text = riaya_ui_format_count (present);

    return g_strdup_printf (this_year
                            /* Translators: an institution's places and the people present
                             * today; the first %s is "60 places", the second a number */
                            ? _("%1$s · %2$s present today")
                            /* Translators: an institution's places and the people present
                             * at the end of a grant's year; the first %s is "60 places",
                             * the second a number */
                            : _("%1$s · %2$s present on 31 December"),
                            places_part, present_text);
  }
}

static void
on_row_activated (AdwActionRow      *row,
                  RiayaEditorGrants *self)
{
  RiayaGrant *grant = g_object_get_data (G_OBJECT (row), "riaya-grant");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RiayaGrantEditor *editor;

  editor = riaya_grant_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                   grant, NULL, NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
grant_row_new (RiayaEditorGrants *self,
               RiayaGrant        *grant,
               GHashTable        *presence_cache)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gtk_label_new (NULL);
  RiayaGrantStatus status = riaya_grant_get_status (grant, self->today);
  g_autofree char *title = NULL;
  g_autofree char *amount = riaya_ui_format_money (riaya_grant_get_amount (grant));
  g_autofree char *paid = riaya_ui_format_money (riaya_grant_get_paid (grant));
  g_autofree char *remaining = riaya_ui_format_money (riaya_grant_get_remaining (grant));
  g_autofree char *money = NULL;
  g_autofree char *occupancy = occupancy_text (self, riaya_grant_get_year (grant), presence_cache);
  g_autofree char *subtitle = NULL;

  /* Translators: a grant in an institution's history: its year, then its
   * kind ("Running costs") */
  title = g_strdup_printf (C_("grant row", "%1$u · %2$s"), riaya_grant_get_year (grant),
                           riaya_grant_kind_to_label (riaya_grant_get_kind (grant)));
  /* Translators: under a grant in an institution's history; each %s is an
   * amount with its unit */
  money = g_strdup_printf (_("Granted %1$s · paid %2$s · still due %3$s"), amount, paid, remaining);
  subtitle = g_strconcat (money, "\n", occupancy, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (row, "numeric");

  riaya_ui_set_grant_status_badge (GTK_LABEL (badge), status);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data_full (G_OBJECT (row), "riaya-grant", g_object_ref (grant), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);

  return row;
}

static void
clear_rows (RiayaEditorGrants *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
update_description (RiayaEditorGrants *self)
{
  g_autofree char *late = NULL;

  if (self->n_late == 0)
    {
      adw_preferences_group_set_description (self->group,
                                             _("The Entraide Nationale’s grants to this institution, "
                                               "beside its places and the people present at the end of "
                                               "each year."));
      return;
    }

  /* Translators: above an institution's grants; %u is a number of grants */
  late = g_strdup_printf (ngettext ("%u grant is late: a tranche or the justification is past due.",
                                    "%u grants are late: a tranche or the justification is past due.",
                                    self->n_late),
                          self->n_late);
  adw_preferences_group_set_description (self->group, late);
}

static void
on_add_clicked (GtkButton         *button,
                RiayaEditorGrants *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(RiayaInstitution) stored = NULL;
  RiayaGrantEditor *editor;

  /* The institution as saved: its licence decides the years it may be
   * granted for, whatever is being edited here. */
  stored = riaya_store_get_institution (riaya_context_get_store (self->context),
                                        riaya_institution_get_uuid (self->institution), NULL);
  editor = riaya_grant_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, NULL,
                                   stored != NULL ? stored : self->institution, NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_grants_changed (RiayaContext      *context,
                   RiayaEditorGrants *self)
{
  riaya_editor_grants_reload (self);
}

static void
riaya_editor_grants_dispose (GObject *object)
{
  RiayaEditorGrants *self = RIAYA_EDITOR_GRANTS (object);

  g_clear_object (&self->institution);
  g_clear_object (&self->context);
  g_clear_object (&self->grants);

  G_OBJECT_CLASS (riaya_editor_grants_parent_class)->dispose (object);
}

static void
riaya_editor_grants_finalize (GObject *object)
{
  RiayaEditorGrants *self = RIAYA_EDITOR_GRANTS (object);

  g_ptr_array_unref (self->rows);
  g_free (self->today);

  G_OBJECT_CLASS (riaya_editor_grants_parent_class)->finalize (object);
}

static void
riaya_editor_grants_class_init (RiayaEditorGrantsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_editor_grants_dispose;
  object_class->finalize = riaya_editor_grants_finalize;
}

static void
riaya_editor_grants_init (RiayaEditorGrants *self)
{
  GtkWidget *content = adw_button_content_new ();

  self->rows = g_ptr_array_new ();
  self->today = riaya_date_today_iso ();
  self->grants = g_list_store_new (RIAYA_TYPE_GRANT);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Grants"));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Grant"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  self->add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_button), content);
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->add_button, "flat");
  adw_preferences_group_set_header_suffix (self->group, self->add_button);
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);

  self->empty_row = adw_action_row_new ();
  adw_preferences_group_add (self->group, self->empty_row);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

RiayaEditorGrants *
riaya_editor_grants_new (RiayaContext     *context,
                         RiayaInstitution *institution,
                         gboolean          saved)
{
  RiayaEditorGrants *self;

  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);

  self = g_object_new (RIAYA_TYPE_EDITOR_GRANTS, NULL);
  self->context = g_object_ref (context);
  self->institution = g_object_ref (institution);
  self->saved = saved;
  g_signal_connect_object (context, "grants-changed", G_CALLBACK (on_grants_changed), self, 0);

  riaya_editor_grants_reload (self);

  return self;
}

void
riaya_editor_grants_reload (RiayaEditorGrants *self)
{
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  g_autoptr(GListModel) grants = NULL;
  g_autoptr(GHashTable) presence_cache = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_return_if_fail (RIAYA_IS_EDITOR_GRANTS (self));

  clear_rows (self);
  g_list_store_remove_all (self->grants);
  self->n_late = 0;
  gtk_widget_set_visible (self->add_button, self->saved);

  if (!self->saved)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                     _("Save the institution first, then record its grants here."));
      gtk_widget_set_visible (self->empty_row, TRUE);
      update_description (self);
      return;
    }

  /* One institution's grants: a few rows a year, read at once. */
  filter.institution_uuid = riaya_institution_get_uuid (self->institution);
  grants = riaya_store_list_grants (riaya_context_get_store (self->context), &filter, &error);
  if (grants != NULL)
    n = g_list_model_get_n_items (grants);

  presence_cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);
      GtkWidget *row = grant_row_new (self, grant, presence_cache);

      if (riaya_grant_get_status (grant, self->today) == RIAYA_GRANT_STATUS_LATE)
        self->n_late++;
      g_list_store_append (self->grants, grant);
      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->group, row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                 error != NULL ? error->message
                                 : _("No grant recorded yet. Add the Entraide Nationale’s grants as they are "
                                     "decided."));
  gtk_widget_set_visible (self->empty_row, n == 0);
  update_description (self);
}

GListModel *
riaya_editor_grants_get_grants (RiayaEditorGrants *self)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_GRANTS (self), NULL);
  return G_LIST_MODEL (self->grants);
}

GtkWidget *
riaya_editor_grants_get_row (RiayaEditorGrants *self,
                             guint              index)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_GRANTS (self), NULL);
  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}

guint
riaya_editor_grants_get_n_late (RiayaEditorGrants *self)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_GRANTS (self), 0);
  return self->n_late;
}
