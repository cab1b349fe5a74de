/**
 * A realistic log for the read-side benchmarks, made by the domain's own deciders: customers,
 * staff and contracts, then tickets of about ten events each (report, response, dispatch and
 * arrival, escalation, assignment, supervision, severity change, resolution, rejection or
 * confirmation, survey, close) with business times spread over the year before now.
 * Every event is one the real commands would append, so every projection accepts it.
 */
import { randomUUID } from 'node:crypto';
import {
  contractStream,
  contractTerms,
  customerStream,
  decideContract,
  decideCustomer,
  decideStaff,
  decideTicket,
  evolveContract,
  evolveTicket,
  initialContractState,
  initialCustomerState,
  initialStaffState,
  initialTicketState,
  staffStream,
  ticketEventInstant,
  ticketStream,
  type Actor,
  type ContractTerms,
  type TicketCommand,
  type TicketState,
} from '#domain';
import type { JsonObject, NewEvent } from '#event-store';
import { seededRandom, type SeededRandom } from '../support/seeded-random.js';

export interface StreamBatch {
  stream: string;
  events: NewEvent[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ADMIN: Actor = { id: 'admin', role: 'admin' };

/** The desk: its registration events, and what tickets need (contract terms, staff ids). */
export interface BenchDesk {
  setup: StreamBatch[];
  contracts: ContractTerms[];
  engineers: string[];
  agents: string[];
  managers: string[];
  customerContacts: Map<string, string>;
}

export function benchDesk(nowMs: number, customers = 20): BenchDesk {
  const now = new Date(nowMs).toISOString();
  const setup: StreamBatch[] = [];
  const staffIds = (
    role: 'engineer' | 'agent' | 'manager' | 'customer',
    count: number,
    customerId?: string,
  ) =>
    Array.from({ length: count }, (_, n) => {
      const staffId = randomUUID();
      const events = decideStaff(
        {
          type: 'RegisterStaff',
          data: {
            staffId,
            username: `${role}-${staffId.slice(0, 8)}`,
            name: `Bench ${role} ${n} (fictional)`,
            roles: [role],
            ...(customerId && { customerId }),
          },
          actor: ADMIN,
          now,
        },
        initialStaffState(),
      );
      setup.push({ stream: staffStream(staffId), events: events.map((e) => envelope(e, ADMIN, now)) });
      return staffId;
    });
  const engineers = staffIds('engineer', 30);
  const agents = staffIds('agent', 10);
  const managers = staffIds('manager', 3);
  const contracts: ContractTerms[] = [];
  const customerContacts = new Map<string, string>();
  for (let c = 0; c < customers; c++) {
    const customerId = randomUUID();
    const registered = decideCustomer(
      {
        type: 'RegisterCustomer',
        data: { customerId, name: `Bench Hospital ${c} (fictional)`, phone: '000-0000-0000' },
        actor: ADMIN,
        now,
      },
      initialCustomerState(),
    );
    setup.push({
      stream: customerStream(customerId),
      events: registered.map((e) => envelope(e, ADMIN, now)),
    });
    customerContacts.set(customerId, staffIds('customer', 1, customerId)[0]);
    for (let k = 0; k < 2; k++) {
      const contractId = randomUUID();
      const events = decideContract(
        {
          type: 'RegisterContract',
          data: {
            contractId,
            customerId,
            name: `Maintenance contract ${c}-${k}`,
            product: { name: 'DIP grouping platform', version: '3.2' },
            finalAcceptanceDate: k === 0 ? '2025-06-01' : '2026-03-01',
            warrantyMonths: 12,
            timeZone: c % 5 === 0 ? 'Asia/Urumqi' : 'Asia/Shanghai',
            inspectionExpertId: engineers[c % engineers.length],
          },
          actor: ADMIN,
          now,
          // Registered before the oldest ticket of the log (about a year back): no report precedes it.
          occurredAt: new Date(Date.parse(now) - 400 * DAY).toISOString(),
        },
        initialContractState(),
      );
      setup.push({ stream: contractStream(contractId), events: events.map((e) => envelope(e, ADMIN, now)) });
      contracts.push(contractTerms(events.reduce(evolveContract, initialContractState())));
    }
  }
  return { setup, contracts, engineers, agents, managers, customerContacts };
}

/** The events of one ticket, decided command by command from a seeded script (about ten events). */
export function benchTicket(
  desk: BenchDesk,
  random: SeededRandom,
  nowMs: number,
  serial: number,
): StreamBatch {
  const terms = random.pick(desk.contracts);
  const ticketId = randomUUID();
  const engineer: Actor = { id: random.pick(desk.engineers), role: 'engineer' };
  const agent: Actor = { id: random.pick(desk.agents), role: 'agent' };
  const manager: Actor = { id: random.pick(desk.managers), role: 'manager' };
  const customer: Actor = { id: desk.customerContacts.get(terms.customerId)!, role: 'customer' };
  const now = new Date(nowMs).toISOString();
  let t = nowMs - 10 * DAY - random.int(0, 355) * DAY - random.int(0, DAY / MINUTE) * MINUTE;
  let state: TicketState = initialTicketState();
  const stream = ticketStream(ticketId);
  const events: NewEvent[] = [];
  const run = (
    actor: Actor,
    type: TicketCommand['type'],
    data: Record<string, unknown>,
    gapMinutes: number,
  ) => {
    t += gapMinutes * MINUTE;
    const command = { type, data: { ticketId, ...data }, actor, now, occurredAt: new Date(t).toISOString() };
    const decided = decideTicket(command as TicketCommand, state);
    for (const event of decided) {
      state = evolveTicket(state, event);
      events.push(envelope(event, actor, ticketEventInstant(event)));
    }
  };
  const severity = random.int(1, 4) as 1 | 2 | 3 | 4;
  run(
    agent,
    'ReportFault',
    {
      serviceNo: `SV-B${String(serial).padStart(7, '0')}`,
      contract: terms,
      reporter: { name: 'Duty nurse (fictional)', phone: '000-0000-0000' },
      channel: random.pick(['hotline', 'email', 'web', 'monitoring']),
      description: 'DIP 分组服务无响应，结算无法提交 (grouping service does not answer)',
      severity,
      kind: random.chance(0.1) ? 'complaint' : 'request',
      urgency: random.pick(['normal', 'urgent', 'very_urgent']),
    },
    0,
  );
  run(
    engineer,
    'Respond',
    { mode: random.pick(['guided', 'remote', 'onsite']), note: 'called back' },
    random.int(2, 60),
  );
  if (random.chance(0.3))
    run(agent, 'Escalate', { level: 1, reason: 'response_overdue', automatic: false }, random.int(1, 30));
  run(
    manager,
    'Assign',
    { engineerId: random.pick(desk.engineers), note: 'knows this site' },
    random.int(1, 30),
  );
  run(
    manager,
    'NoteSupervision',
    { period: 'day 1', progress: 'analysing the logs', solvedPercent: 30 },
    random.int(10, 120),
  );
  if (random.chance(0.5)) {
    run(
      agent,
      'DispatchOnSite',
      { engineerIds: [engineer.id], reason: 'hardware suspected' },
      random.int(5, 60),
    );
    run(engineer, 'ArriveOnSite', { engineerId: engineer.id }, random.int(20, 180));
  } else {
    run(
      engineer,
      'ChangeSeverity',
      { severity: severity === 4 ? 3 : severity + 1, reason: 'workaround found' },
      random.int(5, 60),
    );
  }
  const fix = {
    cause: 'index corruption',
    measures: 'rebuilt the index',
    resolution: 'service restored',
    category: 'software',
  };
  run(engineer, 'Resolve', fix, random.int(30, 24 * 60));
  if (random.chance(0.15)) {
    run(customer, 'RejectResolution', { reason: 'still slow at month end' }, random.int(60, 24 * 60));
    run(engineer, 'Resolve', fix, random.int(30, 24 * 60));
  }
  run(customer, 'ConfirmResolution', { note: 'works again' }, random.int(60, 2 * 24 * 60));
  run(
    customer,
    'RecordSatisfaction',
    { scores: { overall: random.int(1, 5), responseTime: random.int(1, 5) } },
    random.int(5, 60),
  );
  run(agent, 'Close', {}, random.int(5, 60));
  return { stream, events };
}

function envelope(event: { type: string; data: object }, actor: Actor, occurredAt: string): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as JsonObject,
    metadata: { actor, source: 'api', occurredAt, commandId, correlationId: commandId },
  };
}

/** Tickets one after another, from a seed, until the caller stops asking. */
export function* benchTickets(desk: BenchDesk, seed: number, nowMs: number): Generator<StreamBatch> {
  const random = seededRandom(seed);
  for (let serial = 1; ; serial++) yield benchTicket(desk, random, nowMs, serial);
}
