/* riaya-occupancy-gauge.c — being written */

typedef int riaya_placeholder_riaya_occupancy_gauge;
