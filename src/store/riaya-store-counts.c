/* riaya-store-counts.c — being written */

typedef int riaya_placeholder_riaya_store_counts;
