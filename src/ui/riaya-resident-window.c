/* riaya-resident-window.c — being written */

typedef int riaya_placeholder_riaya_resident_window;
