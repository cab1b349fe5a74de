import type { Transaction } from 'kysely';
import {
  TICKET_WORK_EVENT_TYPES,
  type ContractEvent,
  type CustomerEvent,
  type StaffEvent,
  type TicketEvent,
} from '#domain';
import { domainEventOf, isEventOf, type RecordedEvent } from '#event-store';
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

const CUSTOMER_TYPES = new Set(CUSTOMER_EVENT_TYPES);
const STAFF_TYPES = new Set(STAFF_EVENT_TYPES);
const CONTRACT_TYPES = new Set(CONTRACT_EVENT_TYPES);
const PLAN_RECORD_TYPES = new Set(PLAN_RECORD_EVENT_TYPES);
const TICKET_TYPES = new Set(TICKET_WORK_EVENT_TYPES);

type ArchiveEvent = TicketEvent | CustomerEvent | StaffEvent | ContractEvent;

/**
 * archive: the service archive (服务档案) of every customer: one row per ticket with its cause and
 * fix, its escalations and satisfaction surveys; every ticket event (the forms of DOMAIN.md are
 * rendered from them); and the organisations, contracts and users the forms name.
 * v2: keeps the ticket events, organisations and users; a reopen clears confirmed_at and closed_at.
 * v3: keeps contracts (name, product).
 * v4: keeps each contract's inspections, revisits and phase surveys (archive_plan_records).
 */
export const archiveProjection: Projection<ArchiveDb, ArchiveEvent> = {
  name: 'archive',
  version: 4,
  handles: new Set<ArchiveEvent['type']>([
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
async function applyArchiveEvents(
  trx: Transaction<ArchiveDb>,
  batch: readonly RecordedEvent<ArchiveEvent>[],
) {
  const ticketEvents: RecordedEvent<TicketEvent>[] = [];
  for (const recorded of batch) {
    if (isEventOf(CUSTOMER_TYPES, recorded)) await applyCustomerEvent(trx, domainEventOf(recorded));
    else if (isEventOf(STAFF_TYPES, recorded)) await applyStaffEvent(trx, domainEventOf(recorded));
    else if (isEventOf(CONTRACT_TYPES, recorded)) await applyContractEvent(trx, domainEventOf(recorded));
    else if (isEventOf(PLAN_RECORD_TYPES, recorded)) await applyPlanRecordEvent(trx, domainEventOf(recorded));
    else if (isEventOf(TICKET_TYPES, recorded)) ticketEvents.push(recorded);
  }
  if (ticketEvents.length > 0) await applyTicketEvents(trx, ticketEvents);
}
