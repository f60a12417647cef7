/* riaya-stay.c — being written */

typedef int riaya_placeholder_riaya_stay;
