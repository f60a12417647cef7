/* riaya-exit-dialog.c — being written */

typedef int riaya_placeholder_riaya_exit_dialog;
