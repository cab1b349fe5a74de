import type { Transaction } from 'kysely';
import type { CustomerDetails, CustomerEvent, StaffEvent } from '#domain';
import type { ArchiveCustomerRow, ArchiveDb } from './archive.tables.js';

/** Customer events the archive reads: the organisation's name and details as the forms print them. */
export const CUSTOMER_EVENT_TYPES = ['CustomerRegistered', 'CustomerDetailsUpdated'] as const;
/** Staff events the archive reads: names and contact details of the people on the forms. */
export const STAFF_EVENT_TYPES = ['StaffRegistered', 'StaffProfileUpdated'] as const;

type DetailColumns = Omit<ArchiveCustomerRow, 'customer_id' | 'name'>;
const DETAIL_COLUMNS: Record<Exclude<keyof CustomerDetails, 'name'>, keyof DetailColumns> = {
  shortName: 'short_name',
  address: 'address',
  postcode: 'postcode',
  phone: 'phone',
  fax: 'fax',
  email: 'email',
};

/** Keeps the archive's copy of an organisation (CustomerRegistered, CustomerDetailsUpdated). */
export async function applyCustomerEvent(trx: Transaction<ArchiveDb>, event: CustomerEvent): Promise<void> {
  if (event.type === 'CustomerRegistered') {
    const d = event.data;
    await trx
      .insertInto('archive_customers')
      .values({ customer_id: d.customerId, name: d.name, ...detailColumns(d) })
      .onConflict((oc) => oc.column('customer_id').doNothing())
      .execute();
  } else if (event.type === 'CustomerDetailsUpdated') {
    const { customerId, changes } = event.data;
    const set = { ...(changes.name !== undefined && { name: changes.name }), ...detailColumns(changes) };
    if (Object.keys(set).length === 0) return;
    await trx.updateTable('archive_customers').set(set).where('customer_id', '=', customerId).execute();
  }
}

/** The detail columns named in `details` (a registration: every one, null when absent). */
function detailColumns(details: Partial<CustomerDetails>): Partial<DetailColumns> {
  const full = 'customerId' in details;
  const columns: Partial<DetailColumns> = {};
  for (const [key, column] of Object.entries(DETAIL_COLUMNS) as [
    keyof CustomerDetails,
    keyof DetailColumns,
  ][]) {
    const value = details[key];
    if (value !== undefined) columns[column] = value;
    else if (full) columns[column] = null;
  }
  return columns;
}

/** Keeps the archive's copy of a user's name, phone and e-mail (StaffRegistered, StaffProfileUpdated). */
export async function applyStaffEvent(trx: Transaction<ArchiveDb>, event: StaffEvent): Promise<void> {
  if (event.type === 'StaffRegistered') {
    const d = event.data;
    await trx
      .insertInto('archive_staff')
      .values({ staff_id: d.staffId, name: d.name, phone: d.phone ?? null, email: d.email ?? null })
      .onConflict((oc) => oc.column('staff_id').doNothing())
      .execute();
  } else if (event.type === 'StaffProfileUpdated') {
    const { staffId, changes } = event.data;
    const set = {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.phone !== undefined && { phone: changes.phone }),
      ...(changes.email !== undefined && { email: changes.email }),
    };
    if (Object.keys(set).length === 0) return;
    await trx.updateTable('archive_staff').set(set).where('staff_id', '=', staffId).execute();
  }
}
