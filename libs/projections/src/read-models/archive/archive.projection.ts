import type { Transaction } from 'kysely';
import { TICKET_WORK_EVENT_TYPES, type ContractEvent, type CustomerEvent, type StaffEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import {
  applyCustomerEvent,
  applyStaffEvent,
  CUSTOMER_EVENT_TYPES,
  STAFF_EVENT_TYPES,
} from './archive-parties.js';
import { applyContractEvent, CONTRACT_EVENT_TYPES } from './archive-contracts.js';
import { applyPlanRecordEvent, PLAN_RECORD_EVENT_TYPES } from './archive-plan-records.js';
import { applyTicketEvents } from './archive-ticket-rows.js';
import { createArchiveIndexes, createArchiveSchema } from './archive.schema.js';
import type { ArchiveDb } from './archive.tables.js';

const CUSTOMER_TYPES = new Set<string>(CUSTOMER_EVENT_TYPES);
const STAFF_TYPES = new Set<string>(STAFF_EVENT_TYPES);
const CONTRACT_TYPES = new Set<string>(CONTRACT_EVENT_TYPES);
const PLAN_RECORD_TYPES = new Set<string>(PLAN_RECORD_EVENT_TYPES);

/**
 * archive: the service archive (服务档案) of every customer: one row per ticket with its cause and
 * fix, its escalations and satisfaction surveys; every ticket event (the forms of DOMAIN.md are
 * rendered from them); and the organisations, contracts and users the forms name.
 * v2: keeps the ticket events, organisations and users; a reopen clears confirmed_at and closed_at.
 * v3: keeps contracts (name, product).
 * v4: keeps each contract's inspections, revisits and phase surveys (archive_plan_records).
 */
export const archiveProjection: Projection<ArchiveDb> = {
  name: 'archive',
  version: 4,
  handles: new Set<string>([
    // Every ticket event but the watchman's warning: each is kept for the forms.
    ...TICKET_WORK_EVENT_TYPES,
    ...CUSTOMER_EVENT_TYPES,
    ...STAFF_EVENT_TYPES,
    ...CONTRACT_EVENT_TYPES,
    ...PLAN_RECORD_EVENT_TYPES,
  ]),
  createSchema: createArchiveSchema,
  createIndexes: createArchiveIndexes,
  apply: (trx, event) => applyArchiveEvents(trx, [event]),
  applyBatch: applyArchiveEvents,
};

/**
 * Organisations, users and contracts one event at a time (they are few, and each has its own
 * table); the batch's ticket events together, after them (no ticket table depends on those).
 */
async function applyArchiveEvents(trx: Transaction<ArchiveDb>, batch: readonly RecordedEvent[]) {
  const ticketEvents: RecordedEvent[] = [];
  for (const recorded of batch) {
    const event = { type: recorded.type, data: recorded.data };
    if (CUSTOMER_TYPES.has(recorded.type)) await applyCustomerEvent(trx, event as unknown as CustomerEvent);
    else if (STAFF_TYPES.has(recorded.type)) await applyStaffEvent(trx, event as unknown as StaffEvent);
    else if (CONTRACT_TYPES.has(recorded.type))
      await applyContractEvent(trx, event as unknown as ContractEvent);
    else if (PLAN_RECORD_TYPES.has(recorded.type))
      await applyPlanRecordEvent(trx, event as unknown as Parameters<typeof applyPlanRecordEvent>[1]);
    else ticketEvents.push(recorded);
  }
  if (ticketEvents.length > 0) await applyTicketEvents(trx, ticketEvents);
}
