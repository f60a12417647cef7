/* riaya-institution-filter-model.c — the institutions that the filters and the search let through
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why not GtkFilterListModel with a GtkCustomFilter: a keystroke on the
 * ten-times-national registry (13,100 institutions) must be shown within
 * a frame. GtkFilterListModel keeps its result in a bitset, so each
 * item the view reads is a search in it, and its filter is a callback
 * that reaches each institution through the model. Here the source's
 * items sit in a plain array, the result is an array of positions in it,
 * one pass fills it, and the view is told of the one range that differs,
 * so that the rows that stay keep their widgets.
 */

#include "config.h"

#include <string.h>

#include "riaya-institution-filter-model.h"

struct _RiayaInstitutionFilterModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *items;        /* the source's items, in its order */
  GArray     *visible;      /* guint: positions in items let through */
  guint64     places;
  guint64     present;        /* people present where counted */
  guint64     counted_places; /* places of the institutions counted */

  /* The criteria: NULL or -1 mean "all". */
  char       *query;        /* folded */
  char      **words;
  char       *region_code;
  char       *province_code;
  int         type;
  int         legal_basis;
  int         status;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RiayaInstitutionFilterModel, riaya_institution_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Filtering */

static gboolean
has_criteria (RiayaInstitutionFilterModel *self)
{
  return self->words != NULL || self->region_code != NULL || self->province_code != NULL ||
         self->type >= 0 || self->legal_basis >= 0 || self->status >= 0;
}

static gboolean
matches (RiayaInstitutionFilterModel *self,
         RiayaInstitution            *institution)
{
  const char *province;

  if (self->type >= 0 && (int) riaya_institution_get_institution_type (institution) != self->type)
    return FALSE;
  if (self->legal_basis >= 0 && (int) riaya_institution_get_legal_basis (institution) != self->legal_basis)
    return FALSE;
  if (self->status >= 0 && (int) riaya_institution_get_status (institution) != self->status)
    return FALSE;

  if (self->province_code != NULL || self->region_code != NULL)
    {
      province = riaya_institution_get_province_code (institution);
      if (self->province_code != NULL && g_strcmp0 (province, self->province_code) != 0)
        return FALSE;
      /* Province codes are RR.PPP: the region is their first two digits. */
      if (self->region_code != NULL &&
          (province == NULL || strncmp (province, self->region_code, 2) != 0))
        return FALSE;
    }

  if (self->words != NULL)
    {
      const char *key = riaya_institution_get_search_key (institution);

      for (guint i = 0; self->words[i] != NULL; i++)
        {
          if (strstr (key, self->words[i]) == NULL)
            return FALSE;
        }
    }

  return TRUE;
}

/* Whether the old result's @old and the new result's @new are the same
 * institution, when the source replaced @removed items at @position by
 * @added (0, 0 when only the criteria changed). Items of the replaced
 * range are never the same: their rows must be bound again. */
static inline gboolean
same_item (guint old,
           guint new,
           guint position,
           guint removed,
           guint added)
{
  if (old < position)
    return new == old;
  if (old >= position + removed)
    return new == old - removed + added;
  return FALSE;
}

/* Filters again: all the source's items, or only those let through now
 * when the criteria only became stricter; then tells the view of the one
 * range of positions that differs. */
static void
refilter (RiayaInstitutionFilterModel *self,
          gboolean                     only_visible,
          guint                        source_position,
          guint                        source_removed,
          guint                        source_added)
{
  g_autoptr(GArray) old = self->visible;
  guint n_candidates = only_visible ? old->len : self->items->len;
  gboolean all = !has_criteria (self);
  guint old_n, new_n, prefix, suffix;
  guint *old_positions, *new_positions;

  self->visible = g_array_sized_new (FALSE, FALSE, sizeof (guint), all ? n_candidates : 64);
  self->places = 0;
  self->present = 0;
  self->counted_places = 0;

  for (guint i = 0; i < n_candidates; i++)
    {
      guint position = only_visible ? g_array_index (old, guint, i) : i;
      RiayaInstitution *institution = g_ptr_array_index (self->items, position);

      if (all || matches (self, institution))
        {
          g_array_append_val (self->visible, position);
          guint places = riaya_institution_get_places (institution);

          self->places += places;
          if (riaya_institution_get_presence (institution) != NULL)
            {
              self->present += riaya_institution_get_present (institution);
              self->counted_places += places;
            }
        }
    }

  old_n = old->len;
  new_n = self->visible->len;
  old_positions = (guint *) (gpointer) old->data;
  new_positions = (guint *) (gpointer) self->visible->data;

  prefix = 0;
  while (prefix < old_n && prefix < new_n &&
         same_item (old_positions[prefix], new_positions[prefix],
                    source_position, source_removed, source_added))
    prefix++;
  suffix = 0;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         same_item (old_positions[old_n - 1 - suffix], new_positions[new_n - 1 - suffix],
                    source_position, source_removed, source_added))
    suffix++;

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
}

static void
on_source_items_changed (GListModel                  *source,
                         guint                        position,
                         guint                        removed,
                         guint                        added,
                         RiayaInstitutionFilterModel *self)
{
  g_ptr_array_remove_range (self->items, position, removed);
  if (added > 0)
    {
      g_autofree gpointer *additions = g_new (gpointer, added);
      guint old_len = self->items->len;

      for (guint i = 0; i < added; i++)
        additions[i] = g_list_model_get_item (source, position + i);

      g_ptr_array_set_size (self->items, old_len + added);
      memmove (self->items->pdata + position + added, self->items->pdata + position,
               (old_len - position) * sizeof (gpointer));
      memcpy (self->items->pdata + position, additions, added * sizeof (gpointer));
    }

  refilter (self, FALSE, position, removed, added);
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return RIAYA_TYPE_INSTITUTION;
}

static guint
get_n_items (GListModel *model)
{
  return RIAYA_INSTITUTION_FILTER_MODEL (model)->visible->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RiayaInstitutionFilterModel *self = RIAYA_INSTITUTION_FILTER_MODEL (model);

  if (position >= self->visible->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, g_array_index (self->visible, guint, position)));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Overrides */

static void
riaya_institution_filter_model_dispose (GObject *object)
{
  RiayaInstitutionFilterModel *self = RIAYA_INSTITUTION_FILTER_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_source_items_changed, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (riaya_institution_filter_model_parent_class)->dispose (object);
}

static void
riaya_institution_filter_model_finalize (GObject *object)
{
  RiayaInstitutionFilterModel *self = RIAYA_INSTITUTION_FILTER_MODEL (object);

  g_ptr_array_unref (self->items);
  g_array_unref (self->visible);
  g_free (self->query);
  g_strfreev (self->words);
  g_free (self->region_code);
  g_free (self->province_code);

  G_OBJECT_CLASS (riaya_institution_filter_model_parent_class)->finalize (object);
}

static void
riaya_institution_filter_model_class_init (RiayaInstitutionFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_institution_filter_model_dispose;
  object_class->finalize = riaya_institution_filter_model_finalize;
}

static void
riaya_institution_filter_model_init (RiayaInstitutionFilterModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->type = -1;
  self->legal_basis = -1;
  self->status = -1;
}

/* Public API */

RiayaInstitutionFilterModel *
riaya_institution_filter_model_new (GListModel *source)
{
  RiayaInstitutionFilterModel *self;
  guint n;

  /* GtkSortListModel says its items are GObjects, whatever they are. */
  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (RIAYA_TYPE_INSTITUTION_FILTER_MODEL, NULL);
  self->source = g_object_ref (source);
  g_signal_connect (source, "items-changed", G_CALLBACK (on_source_items_changed), self);

  n = g_list_model_get_n_items (source);
  if (n > 0)
    on_source_items_changed (source, 0, 0, n, self);

  return self;
}

void
riaya_institution_filter_model_set_search (RiayaInstitutionFilterModel *self,
                                           const char                  *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  const char *old;
  gboolean stricter;

  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  folded = riaya_text_fold (stripped);
  old = self->query != NULL ? self->query : "";

  if (strcmp (folded, old) == 0)
    return;

  /* A query that only grows can only narrow the list (each word of the
   * old query lies within a word of the new one): only the institutions
   * let through now need a look. */
  stricter = strstr (folded, old) != NULL;

  g_free (self->query);
  g_clear_pointer (&self->words, g_strfreev);
  self->query = g_steal_pointer (&folded);
  if (*self->query != '\0')
    {
      g_auto(GStrv) split = g_strsplit_set (self->query, " \t", -1);
      GPtrArray *words = g_ptr_array_new ();

      for (guint i = 0; split[i] != NULL; i++)
        {
          if (*split[i] != '\0')
            g_ptr_array_add (words, g_strdup (split[i]));
        }
      g_ptr_array_add (words, NULL);
      self->words = (char **) g_ptr_array_free (words, FALSE);
    }

  refilter (self, stricter, 0, 0, 0);
}

static void
set_code (RiayaInstitutionFilterModel  *self,
          char                        **field,
          const char                   *code)
{
  gboolean stricter = *field == NULL;

  if (g_strcmp0 (*field, code) == 0)
    return;

  g_free (*field);
  *field = g_strdup (code);
  refilter (self, stricter, 0, 0, 0);
}

void
riaya_institution_filter_model_set_region (RiayaInstitutionFilterModel *self,
                                           const char                  *region_code)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));
  set_code (self, &self->region_code, region_code);
}

void
riaya_institution_filter_model_set_province (RiayaInstitutionFilterModel *self,
                                             const char                  *province_code)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));
  set_code (self, &self->province_code, province_code);
}

static void
set_value (RiayaInstitutionFilterModel *self,
           int                         *field,
           int                          value)
{
  gboolean stricter = *field < 0;

  value = MAX (value, -1);
  if (*field == value)
    return;

  *field = value;
  refilter (self, stricter, 0, 0, 0);
}

void
riaya_institution_filter_model_set_type (RiayaInstitutionFilterModel *self,
                                         int                          type)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));
  set_value (self, &self->type, type);
}

void
riaya_institution_filter_model_set_legal_basis (RiayaInstitutionFilterModel *self,
                                                int                          legal_basis)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));
  set_value (self, &self->legal_basis, legal_basis);
}

void
riaya_institution_filter_model_set_status (RiayaInstitutionFilterModel *self,
                                           int                          status)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self));
  set_value (self, &self->status, status);
}

guint64
riaya_institution_filter_model_get_places (RiayaInstitutionFilterModel *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self), 0);
  return self->places;
}

gboolean
riaya_institution_filter_model_get_present (RiayaInstitutionFilterModel *self,
                                            guint64                     *present,
                                            guint64                     *counted_places)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self), FALSE);

  if (present != NULL)
    *present = self->present;
  if (counted_places != NULL)
    *counted_places = self->counted_places;

  return self->counted_places > 0 || self->present > 0;
}

RiayaInstitution *
riaya_institution_filter_model_peek (RiayaInstitutionFilterModel *self,
                                     guint                        position)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self), NULL);
  g_return_val_if_fail (position < self->visible->len, NULL);

  return g_ptr_array_index (self->items, g_array_index (self->visible, guint, position));
}

gboolean
riaya_institution_filter_model_find (RiayaInstitutionFilterModel *self,
                                     RiayaInstitution            *institution,
                                     guint                       *position)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_FILTER_MODEL (self), FALSE);

  for (guint i = 0; i < self->visible->len; i++)
    {
      if (g_ptr_array_index (self->items, g_array_index (self->visible, guint, i)) == institution)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}
