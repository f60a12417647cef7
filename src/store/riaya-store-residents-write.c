/* riaya-store-residents-write.c — being written */

typedef int riaya_placeholder_riaya_store_residents_write;
