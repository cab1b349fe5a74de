import type { Transaction } from 'kysely';
import {
  TICKET_WORK_EVENT_TYPES,
  type ContractEvent,
  type CustomerEvent,
  type StaffEvent,
  type TicketEvent,
} from '#domain';
import { domainEventOf, isEventOf, type EventShape, type RecordedEvent } from '#event-store';
import type { Projection } from '../../projection.js';
import { isAutomaticEscalation } from './escalation-automatic.js';
import { applyPhaseSurveyFact, PHASE_SURVEY_EVENTS } from './phase-survey-facts.js';
import { createSlaFactsSchema } from './sla-facts.schema.js';
import type { SlaFactsDb, SlaFactsRow, SlaNameRow } from './sla-facts.tables.js';
import { TIMER_EVENTS, ticketSlaFacts } from './ticket-sla-facts.js';
import { upsertFacts } from './upsert-facts.js';

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
const NAMING_TYPES = Object.keys(NAME_EVENTS) as SlaFactsEvent['type'][];

/**
 * sla-facts: one row per ticket with its SLA facts precomputed (durations, met and breach
 * instants, overrun, group keys, escalations by reason, the latest survey), for the SLA,
 * backlog and maintenance reports. Each ticket's events are kept beside it, so that every new
 * event that moves a timer re-reads the ticket's SLA clock with the policy snapshot of its
 * FaultReported (the others keep the timers of the row before).
 */
type SlaFactsEvent = TicketEvent | ContractEvent | CustomerEvent | StaffEvent;
const TICKET_WORK = new Set(TICKET_WORK_EVENT_TYPES);

export const slaFactsProjection: Projection<SlaFactsDb, SlaFactsEvent> = {
  name: 'sla-facts',
  version: 3,
  handles: new Set([...TICKET_WORK, ...NAMING_TYPES, ...PHASE_SURVEY_EVENTS]),
  createSchema: createSlaFactsSchema,
  async apply(trx, event) {
    if (isEventOf(PHASE_SURVEY_EVENTS, event)) await applyPhaseSurveyFact(trx, event);
    const naming = NAME_EVENTS[event.type];
    if (naming) return applyName(trx, event, naming);
    if (!isEventOf(TICKET_WORK, event)) return;
    const ticketEvent = toTicketEvent(event);
    const ticketId = ticketEvent.data.ticketId;
    const stored = await storedHistories(trx, ticketEvent.type === 'FaultReported' ? [] : [ticketId]);
    const events = appendHistory(stored.get(ticketId) ?? [], [ticketEvent]);
    if (events.length === 0) return;
    const previous = TIMER_EVENTS.has(ticketEvent.type)
      ? undefined
      : await trx.selectFrom('sla_facts').selectAll().where('ticket_id', '=', ticketId).executeTakeFirst();
    await writeTicket(trx, ticketId, events, previous);
  },

  /** Each touched ticket's history read once, its new events appended, its row computed and written once. */
  async applyBatch(trx, batch) {
    const byTicket = new Map<string, TicketEvent[]>();
    for (const event of batch) {
      if (isEventOf(PHASE_SURVEY_EVENTS, event)) await applyPhaseSurveyFact(trx, event);
      const naming = NAME_EVENTS[event.type];
      if (naming) {
        await applyName(trx, event, naming);
        continue;
      }
      if (!isEventOf(TICKET_WORK, event)) continue;
      const ticketEvent = toTicketEvent(event);
      const list = byTicket.get(ticketEvent.data.ticketId) ?? [];
      byTicket.set(ticketEvent.data.ticketId, [...list, ticketEvent]);
    }
    const stored = await storedHistories(trx, [...byTicket.keys()]);
    for (const [ticketId, fresh] of byTicket) {
      const before = stored.get(ticketId) ?? [];
      const events = appendHistory(before, fresh);
      if (events.length > before.length) await writeTicket(trx, ticketId, events);
    }
  },
};

/** The event as the domain types it; an escalation the system made counts as automatic, whatever its data says. */
function toTicketEvent(event: RecordedEvent<TicketEvent>): TicketEvent {
  if (event.type !== 'Escalated') return domainEventOf(event);
  return { type: 'Escalated', data: { ...event.data, automatic: isAutomaticEscalation(event) } };
}

/** A ticket's history with new events: nothing is kept without a FaultReported first (a report the feed never had). */
function appendHistory(history: readonly TicketEvent[], fresh: readonly TicketEvent[]): TicketEvent[] {
  const events = [...history];
  for (const event of fresh) {
    if (event.type === 'FaultReported') events.length = 0;
    if (events.length > 0 || event.type === 'FaultReported') events.push(event);
  }
  return events;
}

async function storedHistories(
  trx: Transaction<SlaFactsDb>,
  ticketIds: string[],
): Promise<Map<string, TicketEvent[]>> {
  const histories = new Map<string, TicketEvent[]>();
  for (let i = 0; i < ticketIds.length; i += 500) {
    const rows = await trx
      .selectFrom('sla_ticket_history')
      .select(['ticket_id', 'events'])
      .where('ticket_id', 'in', ticketIds.slice(i, i + 500))
      .execute();
    for (const row of rows) histories.set(row.ticket_id, JSON.parse(row.events) as TicketEvent[]);
  }
  return histories;
}

async function writeTicket(
  trx: Transaction<SlaFactsDb>,
  ticketId: string,
  events: TicketEvent[],
  previous?: SlaFactsRow,
): Promise<void> {
  const history = JSON.stringify(events);
  await trx
    .insertInto('sla_ticket_history')
    .values({ ticket_id: ticketId, events: history })
    .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ events: history }))
    .execute();
  await upsertFacts(trx, ticketSlaFacts(events, previous));
}

async function applyName(
  trx: Transaction<SlaFactsDb>,
  event: RecordedEvent<EventShape>,
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
