/* riaya-register-print.c — being written */

typedef int riaya_placeholder_riaya_register_print;
