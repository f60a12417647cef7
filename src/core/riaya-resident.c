/* riaya-resident.c — being written */

typedef int riaya_placeholder_riaya_resident;
