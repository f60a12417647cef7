/* riaya-register-window.c — being written */

typedef int riaya_placeholder_riaya_register_window;
