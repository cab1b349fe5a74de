import type { Transaction } from 'kysely';
import type { TicketEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { isAutomaticEscalation } from './escalation-automatic.js';
import { createSlaFactsSchema } from './sla-facts.schema.js';
import type { SlaFactsDb, SlaNameRow } from './sla-facts.tables.js';
import { ticketSlaFacts } from './ticket-sla-facts.js';

const TICKET_EVENTS = [
  'FaultReported',
  'Responded',
  'DispatchedOnSite',
  'ArrivedOnSite',
  'Resolved',
  'Escalated',
  'ResolutionConfirmed',
  'ResolutionRejected',
  'SupervisionNoted',
  'SeverityChanged',
  'Assigned',
  'Closed',
  'Reopened',
  'SatisfactionRecorded',
  'ReportTimeCorrected',
] as const satisfies readonly TicketEvent['type'][];

/** Events that name a customer, a contract or a staff member (for the report's labels). */
const NAME_EVENTS: Record<string, { kind: SlaNameRow['kind']; id: string; name: (d: NameData) => unknown }> =
  {
    CustomerRegistered: { kind: 'customer', id: 'customerId', name: (d) => d.name },
    CustomerDetailsUpdated: { kind: 'customer', id: 'customerId', name: (d) => d.changes?.name },
    ContractRegistered: { kind: 'contract', id: 'contractId', name: (d) => d.name },
    ContractAmended: { kind: 'contract', id: 'contractId', name: (d) => d.changes?.name },
    StaffRegistered: { kind: 'staff', id: 'staffId', name: (d) => d.name },
    StaffProfileUpdated: { kind: 'staff', id: 'staffId', name: (d) => d.changes?.name },
  };
type NameData = { name?: unknown; changes?: { name?: unknown } } & Record<string, unknown>;

/**
 * sla-facts: one row per ticket with its SLA facts precomputed (durations, met and breach
 * instants, overrun, group keys, escalations by reason, the latest survey), for the SLA,
 * backlog and maintenance reports. Each ticket's events are kept beside it, so that every new
 * event re-reads the ticket's SLA clock with the policy snapshot of its FaultReported.
 */
export const slaFactsProjection: Projection<SlaFactsDb> = {
  name: 'sla-facts',
  version: 2,
  handles: new Set<string>([...TICKET_EVENTS, ...Object.keys(NAME_EVENTS)]),
  createSchema: createSlaFactsSchema,
  async apply(trx, event) {
    const naming = NAME_EVENTS[event.type];
    if (naming) return applyName(trx, event, naming);
    // An escalation the system made counts as automatic, whatever its data says.
    const data =
      event.type === 'Escalated' ? { ...event.data, automatic: isAutomaticEscalation(event) } : event.data;
    const ticketEvent = { type: event.type, data } as unknown as TicketEvent;
    const ticketId = ticketEvent.data.ticketId;
    const stored =
      ticketEvent.type === 'FaultReported'
        ? undefined
        : await trx
            .selectFrom('sla_ticket_history')
            .select('events')
            .where('ticket_id', '=', ticketId)
            .executeTakeFirst();
    const events: TicketEvent[] = stored ? (JSON.parse(stored.events) as TicketEvent[]) : [];
    if (events.length === 0 && ticketEvent.type !== 'FaultReported') return;
    events.push(ticketEvent);
    const history = JSON.stringify(events);
    await trx
      .insertInto('sla_ticket_history')
      .values({ ticket_id: ticketId, events: history })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ events: history }))
      .execute();
    const row = ticketSlaFacts(events);
    const { ticket_id: _id, ...update } = row;
    await trx
      .insertInto('sla_facts')
      .values(row)
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet(update))
      .execute();
  },
};

async function applyName(
  trx: Transaction<SlaFactsDb>,
  event: RecordedEvent,
  naming: (typeof NAME_EVENTS)[string],
): Promise<void> {
  const data = event.data as NameData;
  const name = naming.name(data);
  const id = data[naming.id];
  if (typeof name !== 'string' || typeof id !== 'string') return;
  await trx
    .insertInto('sla_names')
    .values({ kind: naming.kind, id, name })
    .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet({ name }))
    .execute();
}
