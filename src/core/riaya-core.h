/* riaya-core.h — the domain layer: GLib only, no SQLite, no XML, no GTK
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-capacity.h"
#include "riaya-capacity-line.h"
#include "riaya-enums.h"
#include "riaya-grant.h"
#include "riaya-inspection.h"
#include "riaya-institution.h"
#include "riaya-licence.h"
#include "riaya-licence-event.h"
#include "riaya-money.h"
#include "riaya-occupancy.h"
#include "riaya-programme.h"
#include "riaya-record-fields.h"
#include "riaya-resident.h"
#include "riaya-staffing.h"
#include "riaya-stay.h"
#include "riaya-territory.h"
#include "riaya-text.h"
#include "riaya-validation.h"
