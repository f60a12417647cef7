/* riaya-register-document.c — being written */

typedef int riaya_placeholder_riaya_register_document;
