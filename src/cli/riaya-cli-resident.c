/* riaya-cli-resident.c — riaya-cli resident admit and exit
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of beneficiaries (Law 65.15 art. 28, decree 2.19.693
 * art. 11) is kept only in a director's database. Its values are
 * personal data (Law 09-08): they reach the person at the terminal who
 * asked for them, and nothing else — no log, no debug message.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-private.h"
#include "riaya-codes.h"
#include "riaya-store-residents.h"

static int resident_admit (RiayaCliGlobal *global, int argc, char **argv);
static int resident_exit  (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "admit", resident_admit, N_("Admit a resident to an institution's register") },
  { "exit", resident_exit, N_("Record a resident's exit, or a transfer") },
  { "list", _riaya_cli_resident_list, N_("List an institution's register, or print it as PDF") },
  { "show", _riaya_cli_resident_show, N_("Show a resident and their whole history") },
};

/* The options of the person's text fields, in the order of
 * RiayaResidentField; sex has its own option. */
static const struct
{
  RiayaResidentField  field;
  const char         *option;      /* without the dashes */
  const char         *description; /* N_() */
} field_options[] = {
  { RIAYA_RESIDENT_FIELD_FIRST_NAME, "first-name", N_("First name") },
  { RIAYA_RESIDENT_FIELD_LAST_NAME, "last-name", N_("Last name") },
  { RIAYA_RESIDENT_FIELD_BIRTH_DATE, "birth-date", N_("Date of birth (required, unless --person)") },
  { RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "birth-place", N_("Place of birth") },
  { RIAYA_RESIDENT_FIELD_CNIE, "cnie", N_("National identity card number (CNIE), such as AB123456, if the person has one") },
  { RIAYA_RESIDENT_FIELD_FAMILY_STATUS, "family-status", N_("Family status") },
  { RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "health-status", N_("Health status") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, "guardian-name", N_("Name of the father, mother or legal representative") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE, "guardian-cnie", N_("Their national identity card number (CNIE)") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS, "guardian-address", N_("Their address") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, "guardian-phone", N_("Their phone number") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION, "guardian-occupation", N_("Their occupation") },
  { RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION, "guardian-situation", N_("Their social situation") },
};

#define N_FIELD_OPTIONS G_N_ELEMENTS (field_options)

typedef struct
{
  char     *category;
  char     *sex;
  char     *admitted;
  char     *referral;
  char     *register_number;
  char     *person;
  char     *fields[N_FIELD_OPTIONS];
  gboolean  allow_over_capacity;
  gboolean  not_duplicate;
} AdmitOptions;

static void
admit_options_clear (AdmitOptions *options)
{
  g_free (options->category);
  g_free (options->sex);
  g_free (options->admitted);
  g_free (options->referral);
  g_free (options->register_number);
  g_free (options->person);
  for (guint i = 0; i < N_FIELD_OPTIONS; i++)
    g_free (options->fields[i]);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AdmitOptions, admit_options_clear)

static const char *
option_value (AdmitOptions       *options,
              RiayaResidentField  field)
{
  for (guint i = 0; i < N_FIELD_OPTIONS; i++)
    if (field_options[i].field == field)
      return options->fields[i];

  g_assert_not_reached ();
}

static char *
normalise (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return g_ascii_strdown (g_strstrip (copy), -1);
}

static gboolean
parse_referral (const char     *text,
                RiayaReferral  *out,
                GError        **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (riaya_referral_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_REFERRALS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", riaya_referral_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a referral source: use one of %s."),
               text, list->str);
  return FALSE;
}

static gboolean
parse_exit_reason (const char       *text,
                   RiayaExitReason  *out,
                   GError          **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (riaya_exit_reason_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_EXIT_REASONS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", riaya_exit_reason_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a reason for leaving: use one of %s."),
               text, list->str);
  return FALSE;
}

/* The register holds people, so only the sexes m and f: “any” is for
 * capacity lines. */
static gboolean
parse_person_sex (const char  *text,
                  RiayaSex    *out,
                  GError     **error)
{
  if (!riaya_codes_parse_sex (text, out, error))
    return FALSE;
  if (*out != RIAYA_SEX_ANY)
    return TRUE;

  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: %s is what was typed */
               _("“%s” is not the sex of a person: use m or f."),
               text);
  return FALSE;
}

static gboolean
parse_register_number (const char  *text,
                       guint       *out,
                       GError     **error)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT, &number, NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed */
                   _("“%s” is not a register number: write a whole number from 1, such as 17."),
                   text);
      return FALSE;
    }

  *out = (guint) number;
  return TRUE;
}

gboolean
_riaya_cli_require_register (RiayaStore *store)
{
  if (riaya_store_keeps_registers (store))
    return TRUE;

  _riaya_cli_refuse_printf ("%s",
                            _("The register of residents is kept only in an institution director's database, and this is not one: use “riaya-cli occupancy” for the numbers of people present."));
  return FALSE;
}

RiayaStay *
_riaya_cli_find_stay (RiayaStore *store,
                      const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autofree char *institution_id = NULL;
  const char *colon;
  RiayaStay *stay;
  guint number;

  if (g_uuid_string_is_valid (id))
    {
      stay = riaya_store_get_stay (store, id, &error);
      if (stay != NULL)
        return stay;
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                  _("No stay of the register has the id “%s”: give the institution and the register number instead, as INSTITUTION:NUMBER."),
                                  id);
      else
        _riaya_cli_refuse (error);
      return NULL;
    }

  colon = strrchr (id, ':');
  if (colon == NULL || colon == id || colon[1] == '\0')
    {
      _riaya_cli_refuse_printf (/* Translators: %s is what was typed; keep INSTITUTION:NUMBER and 12/2019:7 as they are */
                                _("“%s” names no stay of the register: give its id, or the institution (licence number or id) and the register number as INSTITUTION:NUMBER, such as 12/2019:7."),
                                id);
      return NULL;
    }

  if (!parse_register_number (colon + 1, &number, &error))
    {
      _riaya_cli_refuse (error);
      return NULL;
    }

  institution_id = g_strndup (id, colon - id);
  institution = _riaya_cli_find_institution (store, institution_id);
  if (institution == NULL)
    return NULL;

  stay = riaya_store_get_stay_by_number (store, riaya_institution_get_uuid (institution), number, &error);
  if (stay != NULL)
    return stay;

  if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
    _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$u a register number, %3$s what identifies the institution */
                              _("%1$s has no entry number %2$u in its register: see the register with “riaya-cli resident list %3$s --all”."),
                              riaya_institution_get_display_name (institution), number, institution_id);
  else
    _riaya_cli_refuse (error);

  return NULL;
}

/* The store said no to an admission over capacity: say how full the
 * group is, and how to admit all the same (the law wants it seen, not
 * forbidden: the institution then shows as over capacity). */
static int
refuse_over_capacity (RiayaStore    *store,
                      const char    *institution_id,
                      RiayaCategory  category,
                      RiayaSex       sex,
                      const char    *on,
                      const GError  *error)
{
  g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, institution_id, NULL);
  g_autoptr(GHashTable) presence = NULL;
  g_autofree char *places_text = NULL;
  g_autofree char *present_text = NULL;
  g_autofree char *group_text = NULL;
  RiayaPresence nobody = { { { 0 } } };
  const RiayaPresence *present = &nobody;
  RiayaOccupancyGroup group;

  if (institution != NULL)
    presence = riaya_store_presence_on (store, on, riaya_institution_get_uuid (institution), NULL);
  if (presence != NULL && g_hash_table_lookup (presence, riaya_institution_get_uuid (institution)) != NULL)
    present = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));

  /* Should the numbers read here not show the group full, the store's own
   * sentence is the better one. */
  if (institution == NULL ||
      riaya_occupancy_admission_fits (riaya_institution_get_capacity_lines (institution), on,
                                      present, category, sex, &group))
    {
      g_printerr ("%s ", error->message);
      return _riaya_cli_refuse_printf (/* Translators: %s is an option */
                                       _("Add %s to admit all the same."),
                                       "--allow-over-capacity");
    }

  if (group.sex == RIAYA_SEX_ANY)
    group_text = g_strdup (riaya_category_to_label (group.category));
  else
    /* Translators: a group of places: a category, then a sex, such as “Schoolchildren, female” */
    group_text = g_strdup_printf (_("%1$s, %2$s"), riaya_category_to_label (group.category),
                                  riaya_sex_to_label (group.sex));

  /* Translators: a part of the sentence “… holds 40 places for …” */
  places_text = g_strdup_printf (ngettext ("%u place", "%u places", group.places), group.places);
  /* Translators: a part of the sentence “… and 40 people are present already” */
  present_text = g_strdup_printf (ngettext ("%u person is present", "%u people are present", group.present),
                                  group.present);

  return _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$s “40 places”, %3$s a group such as “Schoolchildren, female”, %4$s a date, %5$s “40 people are present”, %6$s an option */
                                   _("%1$s is licensed for %2$s of %3$s on %4$s, and %5$s already: one more would go over its capacity. Check the category and the date, or add %6$s to admit all the same."),
                                   riaya_institution_get_display_name (institution), places_text, group_text,
                                   on, present_text, "--allow-over-capacity");
}

/* The store found someone who looks like the person admitted: show them,
 * so that the director can tell (Law 65.15 art. 28 wants one line per
 * stay, not two people for one). */
static int
refuse_duplicate (RiayaStore    *store,
                  RiayaResident *resident,
                  const GError  *error)
{
  g_autoptr(GPtrArray) others = riaya_store_find_probable_duplicates (store, resident, NULL);
  g_autoptr(GString) out = NULL;

  if (others == NULL || others->len == 0)
    return _riaya_cli_refuse (error);

  out = g_string_new (ngettext ("This person looks like someone already in a register:",
                                "This person looks like people already in a register:",
                                others->len));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < others->len; i++)
    {
      RiayaStay *stay = g_ptr_array_index (others, i);
      RiayaResident *other = riaya_stay_get_resident (stay);
      g_autofree char *name = riaya_resident_dup_display_name (other);

      g_string_append (out, "  ");
      g_string_append_printf (out,
                              /* Translators: a person found in a register: %1$s a name, %2$s a birth date, %3$u a register number, %4$s an institution, %5$s the person's id */
                              _("%1$s, born %2$s, number %3$u of %4$s: person %5$s"),
                              name, riaya_resident_get_birth_date (other),
                              riaya_stay_get_register_number (stay),
                              riaya_stay_get_institution_name (stay) != NULL ? riaya_stay_get_institution_name (stay) : "—",
                              riaya_resident_get_uuid (other));
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out,
                          /* Translators: the %s are options */
                          _("If it is the same person, run the command again with %1$s ID to add a new stay of that person; if they are different people, add %2$s."),
                          "--person", "--not-duplicate");

  return _riaya_cli_refuse_printf ("%s", out->str);
}

/* The person of the admission: someone known (--person), whose saved
 * fields the options given update, or someone new. */
static RiayaResident *
build_resident (AdmitOptions  *options,
                RiayaStore    *store,
                gboolean       has_sex,
                RiayaSex       sex)
{
  g_autoptr(RiayaResident) resident = NULL;

  if (options->person != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RiayaResident) saved = riaya_store_get_resident (store, options->person, &error);

      if (saved == NULL)
        {
          if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
            _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                      _("No person of the register has the id “%s”: look for them with “riaya-cli resident show”, or leave out --person to admit someone new."),
                                      options->person);
          else
            _riaya_cli_refuse (error);
          return NULL;
        }
      resident = riaya_resident_copy (saved);
    }
  else
    resident = riaya_resident_new ();

  if (has_sex)
    riaya_resident_set_sex (resident, sex);
  for (guint i = 0; i < N_FIELD_OPTIONS; i++)
    if (options->fields[i] != NULL)
      riaya_resident_set_field (resident, field_options[i].field, options->fields[i]);

  return g_steal_pointer (&resident);
}

static int
resident_admit (RiayaCliGlobal  *global,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaResident) resident = NULL;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(AdmitOptions) options = { NULL };
  GOptionEntry entries[N_FIELD_OPTIONS + 10];
  RiayaCategory category;
  RiayaSex sex = RIAYA_SEX_MALE;
  RiayaReferral referral = RIAYA_REFERRAL_OTHER;
  RiayaAdmitFlags flags = RIAYA_ADMIT_DEFAULT;
  const char *birth_date;
  guint number = 0;
  guint n = 0;

  entries[n++] = (GOptionEntry) { "category", 0, 0, G_OPTION_ARG_STRING, &options.category,
    N_("Category: abandoned-child, child, pupil, disabled, homeless, woman or elderly (required)"), N_("CATEGORY") };
  entries[n++] = (GOptionEntry) { "sex", 0, 0, G_OPTION_ARG_STRING, &options.sex,
    N_("Sex: m or f (required, unless --person)"), N_("SEX") };
  entries[n++] = (GOptionEntry) { "admitted", 0, 0, G_OPTION_ARG_STRING, &options.admitted,
    N_("Date of admission (required)"), N_("DATE") };
  entries[n++] = (GOptionEntry) { "referral", 0, 0, G_OPTION_ARG_STRING, &options.referral,
    N_("Who referred them: court-order, family, local-authority, entraide-nationale, self, transfer or other (default: other)"), N_("CODE") };
  entries[n++] = (GOptionEntry) { "register-number", 0, 0, G_OPTION_ARG_STRING, &options.register_number,
    N_("The number of the entry, when a paper register is copied in (default: the next one)"), N_("N") };
  for (guint i = 0; i < N_FIELD_OPTIONS; i++)
    entries[n++] = (GOptionEntry) { field_options[i].option, 0, 0, G_OPTION_ARG_STRING, &options.fields[i],
      field_options[i].description,
      field_options[i].field == RIAYA_RESIDENT_FIELD_BIRTH_DATE ? N_("DATE") : N_("TEXT") };
  entries[n++] = (GOptionEntry) { "person", 0, 0, G_OPTION_ARG_STRING, &options.person,
    N_("A new stay of someone already recorded: their saved fields are used, and the options given update them"), N_("RESIDENT_ID") };
  entries[n++] = (GOptionEntry) { "allow-over-capacity", 0, 0, G_OPTION_ARG_NONE, &options.allow_over_capacity,
    N_("Admit even though the category and sex are full"), NULL };
  entries[n++] = (GOptionEntry) { "not-duplicate", 0, 0, G_OPTION_ARG_NONE, &options.not_duplicate,
    N_("Admit as a new person even though someone recorded looks the same"), NULL };
  entries[n++] = (GOptionEntry) G_OPTION_ENTRY_NULL;
  g_assert (n <= G_N_ELEMENTS (entries));

  context = g_option_context_new (_("INSTITUTION"));
  g_option_context_set_summary (context,
                                _("Admits a person to the register of an institution (Law 65.15 art. 28), found by its id or its licence number, and prints the id of the new stay. The entry receives the next register number; numbers are never reused."));
  g_option_context_set_description (context,
                                    _("Nothing is written, and the command says why, when the birth date is after the admission, the CNIE is malformed, the institution's type does not serve the category (Law 65.15 art. 3), or its licence is not in force on the admission date. "
                                      "An admission that takes the category and sex over their licensed places needs --allow-over-capacity. "
                                      "Someone who looks like a person already recorded (same CNIE, or same names and birth date) is shown: add a new stay of that person with --person, or say they differ with --not-duplicate."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "resident admit", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;
  birth_date = option_value (&options, RIAYA_RESIDENT_FIELD_BIRTH_DATE);

  if (argc != 2)
    return _riaya_cli_usage_error ("resident admit",
                                   _("Name one institution, by its id or its licence number."));
  if (options.category == NULL)
    return _riaya_cli_usage_error ("resident admit",
                                   /* Translators: %s is an option such as --category */
                                   _("Add the option %s: it is required."), "--category");
  if (options.admitted == NULL)
    return _riaya_cli_usage_error ("resident admit",
                                   /* Translators: %s is an option such as --category */
                                   _("Add the option %s: it is required."), "--admitted");
  if (options.person == NULL && (options.sex == NULL || birth_date == NULL))
    return _riaya_cli_usage_error ("resident admit",
                                   /* Translators: the %s are options */
                                   _("Add the option %1$s: it is required for someone new (or name someone already recorded with %2$s)."),
                                   options.sex == NULL ? "--sex" : "--birth-date", "--person");

  if (!riaya_codes_parse_category (options.category, &category, &error) ||
      (options.sex != NULL && !parse_person_sex (options.sex, &sex, &error)) ||
      (options.referral != NULL && !parse_referral (options.referral, &referral, &error)) ||
      !riaya_date_parse (options.admitted, NULL, &error) ||
      (birth_date != NULL && !riaya_date_parse (birth_date, NULL, &error)) ||
      (options.register_number != NULL && !parse_register_number (options.register_number, &number, &error)))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL || !_riaya_cli_require_register (store))
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  resident = build_resident (&options, store, options.sex != NULL, sex);
  if (resident == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  stay = riaya_stay_new (resident);
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (institution));
  riaya_stay_set_category (stay, category);
  riaya_stay_set_admitted_on (stay, options.admitted);
  riaya_stay_set_referral (stay, referral);
  if (number > 0)
    riaya_stay_set_register_number (stay, number);

  if (options.allow_over_capacity)
    flags |= RIAYA_ADMIT_ALLOW_OVER_CAPACITY;
  if (options.not_duplicate)
    flags |= RIAYA_ADMIT_NOT_DUPLICATE;

  _riaya_cli_auto_backup (store);
  if (!riaya_store_admit (store, stay, flags, &error))
    {
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY))
        return refuse_over_capacity (store, riaya_institution_get_uuid (institution), category,
                                     riaya_resident_get_sex (resident), options.admitted, error);
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_PROBABLE_DUPLICATE))
        return refuse_duplicate (store, resident, error);
      return _riaya_cli_refuse (error);
    }

  g_print ("%s\n", riaya_stay_get_uuid (stay));
  return RIAYA_CLI_EXIT_OK;
}

static int
resident_exit (RiayaCliGlobal  *global,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason_text = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *new_stay_uuid = NULL;
  gboolean allow_over_capacity = FALSE;
  RiayaExitReason reason;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("Date of the exit, the first day away (required)"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason_text,
      N_("family, transfer, adulthood, autonomy, death or other (required)"), N_("REASON") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &destination,
      N_("For a transfer (required then): the institution that takes them, by id or licence number"), N_("INSTITUTION") },
    { "allow-over-capacity", 0, 0, G_OPTION_ARG_NONE, &allow_over_capacity,
      N_("Transfer even though the category and sex are full in the other institution"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID"));
  g_option_context_set_summary (context,
                                _("Records the exit of a resident from an institution's register. ID is the id of the stay, or the institution (licence number or id) and the register number as INSTITUTION:NUMBER, such as 12/2019:7."));
  g_option_context_set_description (context,
                                    _("A transfer to an institution of this database moves the person in one step: the exit here and the admission there, on the same date and in the same category, linked both ways; the id of the new stay is printed. "
                                      "A transfer to an institution elsewhere records its licence number. "
                                      "Nothing is written when the exit is before the admission, the person has already left, or the other institution cannot take the category."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "resident exit", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("resident exit",
                                   _("Name one stay, by its id or as INSTITUTION:NUMBER."));
  if (date == NULL || reason_text == NULL)
    return _riaya_cli_usage_error ("resident exit",
                                   /* Translators: %s is an option such as --date */
                                   _("Add the option %s: it is required."),
                                   date == NULL ? "--date" : "--reason");

  if (!parse_exit_reason (reason_text, &reason, &error))
    return _riaya_cli_refuse (error);
  if (reason == RIAYA_EXIT_REASON_TRANSFER && destination == NULL)
    return _riaya_cli_usage_error ("resident exit",
                                   /* Translators: the first %s is an option, the second an option and its value */
                                   _("Add the option %1$s: it is required with %2$s."),
                                   "--to", "--reason transfer");
  if (reason != RIAYA_EXIT_REASON_TRANSFER && destination != NULL)
    return _riaya_cli_usage_error ("resident exit",
                                   /* Translators: the first %s is an option, the second an option and its value */
                                   _("The option %1$s goes only with %2$s."),
                                   "--to", "--reason transfer");
  if (!riaya_date_parse (date, NULL, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL || !_riaya_cli_require_register (store))
    return RIAYA_CLI_EXIT_REFUSED;

  stay = _riaya_cli_find_stay (store, argv[1]);
  if (stay == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  _riaya_cli_auto_backup (store);
  if (!riaya_store_record_exit (store, riaya_stay_get_uuid (stay), date, reason, destination,
                                allow_over_capacity ? RIAYA_ADMIT_ALLOW_OVER_CAPACITY : RIAYA_ADMIT_DEFAULT,
                                &new_stay_uuid, &error))
    {
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY))
        return refuse_over_capacity (store, destination, riaya_stay_get_category (stay),
                                     riaya_resident_get_sex (riaya_stay_get_resident (stay)), date, error);
      return _riaya_cli_refuse (error);
    }

  if (new_stay_uuid != NULL)
    g_print ("%s\n", new_stay_uuid);
  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_resident (RiayaCliGlobal  *global,
                    int              argc,
                    char           **argv)
{
  return _riaya_cli_dispatch (global, "resident", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
