/* riaya-institution-list.c — the registry's institutions as a list model
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "riaya-institution-list.h"

struct _RiayaInstitutionList
{
  GObject    parent_instance;

  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RiayaInstitutionList, riaya_institution_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return RIAYA_TYPE_INSTITUTION;
}

static guint
get_n_items (GListModel *model)
{
  return RIAYA_INSTITUTION_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RiayaInstitutionList *self = RIAYA_INSTITUTION_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
riaya_institution_list_finalize (GObject *object)
{
  RiayaInstitutionList *self = RIAYA_INSTITUTION_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (riaya_institution_list_parent_class)->finalize (object);
}

static void
riaya_institution_list_class_init (RiayaInstitutionListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_institution_list_finalize;
}

static void
riaya_institution_list_init (RiayaInstitutionList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

RiayaInstitutionList *
riaya_institution_list_new (void)
{
  return g_object_new (RIAYA_TYPE_INSTITUTION_LIST, NULL);
}

void
riaya_institution_list_splice (RiayaInstitutionList  *self,
                               guint                  position,
                               guint                  n_removals,
                               RiayaInstitution     **additions,
                               guint                  n_additions)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_LIST (self));
  g_return_if_fail (position + n_removals <= self->items->len);

  /* Take the new references first: an item may replace itself. */
  for (guint i = 0; i < n_additions; i++)
    g_object_ref (additions[i]);

  g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      guint old_len = self->items->len;

      g_ptr_array_set_size (self->items, old_len + n_additions);
      memmove (self->items->pdata + position + n_additions,
               self->items->pdata + position,
               (old_len - position) * sizeof (gpointer));
      memcpy (self->items->pdata + position, additions, n_additions * sizeof (gpointer));
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

void
riaya_institution_list_insert (RiayaInstitutionList *self,
                               guint                 position,
                               RiayaInstitution     *institution)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION (institution));

  riaya_institution_list_splice (self, MIN (position, self->items->len), 0, &institution, 1);
}

void
riaya_institution_list_remove (RiayaInstitutionList *self,
                               guint                 position)
{
  riaya_institution_list_splice (self, position, 1, NULL, 0);
}

RiayaInstitution *
riaya_institution_list_peek (RiayaInstitutionList *self,
                             guint                 position)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

gboolean
riaya_institution_list_find (RiayaInstitutionList *self,
                             const char           *uuid,
                             guint                *position)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_LIST (self), FALSE);

  for (guint i = 0; uuid != NULL && i < self->items->len; i++)
    {
      if (g_strcmp0 (riaya_institution_get_uuid (g_ptr_array_index (self->items, i)), uuid) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}
