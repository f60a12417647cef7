/* riaya-exchange-writer-register.c — the <register> of an institution, when asked for
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The nominative register (Law 65.15 art. 28, decree 2.19.693 art. 11)
 * holds personal data, health and CNIE numbers among them, which Law
 * 09-08 protects (arts 3, 12-1, 23–24): it leaves the director's machine
 * only when the user asked for it (RiayaExportOptions.with_register), and
 * then only the stays of the period — someone who left before it, or
 * came after it, stays out of the file (art. 3: no more than the purpose
 * needs).
 */

#include "config.h"

#include "riaya-exchange-writer-private.h"
#include "riaya-store-residents.h"

/* The person's fields, in the order of the format; sex and birth date
 * are attributes. */
static const RiayaResidentField person_fields[] = {
  RIAYA_RESIDENT_FIELD_FIRST_NAME,
  RIAYA_RESIDENT_FIELD_LAST_NAME,
  RIAYA_RESIDENT_FIELD_BIRTH_PLACE,
  RIAYA_RESIDENT_FIELD_CNIE,
  RIAYA_RESIDENT_FIELD_FAMILY_STATUS,
  RIAYA_RESIDENT_FIELD_HEALTH_STATUS,
  RIAYA_RESIDENT_FIELD_GUARDIAN_NAME,
  RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE,
  RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS,
  RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE,
  RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION,
  RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION,
};

/* A person and their stays in the institution, in register order. */
typedef struct
{
  RiayaResident *resident;
  GPtrArray     *stays;
} Person;

static void
person_free (Person *person)
{
  g_object_unref (person->resident);
  g_ptr_array_unref (person->stays);
  g_free (person);
}

/* Whether @stay was in the institution on one day of @from … @to. */
static gboolean
stay_in_period (RiayaStay  *stay,
                const char *from,
                const char *to)
{
  const char *exited = riaya_stay_get_exited_on (stay);

  return g_strcmp0 (riaya_stay_get_admitted_on (stay), to) <= 0 &&
         (exited == NULL || g_strcmp0 (exited, from) >= 0);
}

static void
write_stay (RiayaExportContext *context,
            RiayaStay          *stay)
{
  RiayaXmlOut *out = &context->out;
  const char *exited = riaya_stay_get_exited_on (stay);

  _riaya_xml_start (out, "stay");
  _riaya_xml_attr (out, "uuid", riaya_stay_get_uuid (stay));
  _riaya_xml_attr_int (out, "register-number", riaya_stay_get_register_number (stay));
  _riaya_xml_attr (out, "category", riaya_category_to_code (riaya_stay_get_category (stay)));
  _riaya_xml_attr (out, "admitted", riaya_stay_get_admitted_on (stay));
  _riaya_xml_attr (out, "referral", riaya_referral_to_code (riaya_stay_get_referral (stay)));
  _riaya_xml_attr (out, "exited", exited);
  if (exited != NULL)
    _riaya_xml_attr (out, "exit-reason", riaya_exit_reason_to_code (riaya_stay_get_exit_reason (stay)));
  _riaya_xml_attr (out, "transfer-from", riaya_stay_get_transfer_from_uuid (stay));
  _riaya_xml_attr (out, "transfer-to", riaya_stay_get_transfer_to_uuid (stay));
  _riaya_xml_attr_text (out, "destination-licence", riaya_stay_get_destination_licence (stay));
  _riaya_xml_end (out);
  context->counts.stays++;
}

static void
write_person (RiayaExportContext *context,
              Person             *person)
{
  RiayaXmlOut *out = &context->out;
  RiayaResident *resident = person->resident;

  _riaya_xml_start (out, "resident");
  _riaya_xml_attr (out, "uuid", riaya_resident_get_uuid (resident));
  _riaya_xml_attr (out, "sex", riaya_sex_to_code (riaya_resident_get_sex (resident)));
  _riaya_xml_attr (out, "birth-date", riaya_resident_get_birth_date (resident));
  for (guint i = 0; i < G_N_ELEMENTS (person_fields); i++)
    _riaya_xml_text_element (out, riaya_resident_field_to_name (person_fields[i]),
                             riaya_resident_get_field (resident, person_fields[i]));
  for (guint i = 0; i < person->stays->len; i++)
    write_stay (context, g_ptr_array_index (person->stays, i));
  _riaya_xml_end (out);
  context->counts.residents++;
}

gboolean
_riaya_exchange_write_register (RiayaExportContext  *context,
                                RiayaExportItem     *item,
                                GError             **error)
{
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) by_uuid = NULL;
  guint n;

  if (!context->options->with_register || !context->keeps_registers)
    return TRUE;

  stays = riaya_store_list_stays (context->store, riaya_institution_get_uuid (item->institution), NULL, error);
  if (stays == NULL)
    return FALSE;

  people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (stays);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      RiayaResident *resident = riaya_stay_get_resident (stay);
      Person *person;

      if (resident == NULL || !stay_in_period (stay, context->options->from, context->options->to))
        continue;

      person = g_hash_table_lookup (by_uuid, riaya_resident_get_uuid (resident));
      if (person == NULL)
        {
          person = g_new0 (Person, 1);
          person->resident = g_object_ref (resident);
          person->stays = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (people, person);
          g_hash_table_insert (by_uuid, (gpointer) riaya_resident_get_uuid (resident), person);
        }
      g_ptr_array_add (person->stays, g_object_ref (stay));
    }

  /* An institution whose register has no one in the period still says
   * so: the register was asked for, and it is empty. */
  _riaya_xml_start (&context->out, "register");
  for (guint i = 0; i < people->len; i++)
    write_person (context, g_ptr_array_index (people, i));
  _riaya_xml_end (&context->out);

  return TRUE;
}
