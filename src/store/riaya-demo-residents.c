/* riaya-demo-residents.c — being written */

typedef int riaya_placeholder_riaya_demo_residents;
