/* riaya-territory.h — a region, prefecture or province of the kingdom
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Codes are the HCP geographic codes (domain.md §6): regions "RR",
 * prefectures and provinces "RR.PPP".
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RIAYA_TERRITORY_REGION,
  RIAYA_TERRITORY_PREFECTURE,
  RIAYA_TERRITORY_PROVINCE,
} RiayaTerritoryKind;

#define RIAYA_TYPE_TERRITORY (riaya_territory_get_type ())

G_DECLARE_FINAL_TYPE (RiayaTerritory, riaya_territory, RIAYA, TERRITORY, GObject)

RiayaTerritory     *riaya_territory_new              (RiayaTerritoryKind  kind,
                                                      const char         *code,
                                                      const char         *region_code,
                                                      const char         *name_ar,
                                                      const char         *name_fr);
RiayaTerritoryKind  riaya_territory_get_kind         (RiayaTerritory     *self);
const char         *riaya_territory_get_code         (RiayaTerritory     *self);
/* The region's code: a region's own code, a province's parent. */
const char         *riaya_territory_get_region_code  (RiayaTerritory     *self);
const char         *riaya_territory_get_name_ar      (RiayaTerritory     *self);
const char         *riaya_territory_get_name_fr      (RiayaTerritory     *self);
/* The name in the interface language: Arabic in Arabic, French otherwise
 * (official names have no English form). */
const char         *riaya_territory_get_display_name (RiayaTerritory     *self);

G_END_DECLS
