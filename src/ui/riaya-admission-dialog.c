/* riaya-admission-dialog.c — being written */

typedef int riaya_placeholder_riaya_admission_dialog;
