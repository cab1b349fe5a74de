/**
 * Generated ticket traffic through the real HTTP API, for the read-side proofs: a desk of several
 * customers, contracts and engineers, then tickets that each walk a seeded random path through the
 * workflow (every action kind, business times spread over months), driven many at a time.
 */
import { api, type ApiClient, type ApiResponse } from './api-client.js';
import { createContract } from './create-contract.js';
import { createCustomer } from './create-customer.js';
import { createStaff } from './create-staff.js';
import { HISTORY_FROM, historyClient } from './history.js';
import type { SeededRandom } from './seeded-random.js';

type Client = ApiClient & { id: string };

export interface TrafficCustomer {
  id: string;
  contracts: string[];
  /** Customer-role users of this organisation. */
  contacts: Client[];
}

export interface TrafficDesk {
  agents: Client[];
  engineers: Client[];
  managers: Client[];
  customers: TrafficCustomer[];
}

/**
 * Three customer organisations with five contracts (time zones, warranty periods, a second policy
 * version), registered as of HISTORY_FROM; its users enter history (historyClient), so the service
 * must run with HISTORY_ENV.
 */
export async function setUpTrafficDesk(baseUrl: string, adminToken: string): Promise<TrafficDesk> {
  const staff = async (role: 'agent' | 'engineer' | 'manager' | 'customer', customerId?: string) => {
    const created = await createStaff(baseUrl, adminToken, { role, customerId });
    return Object.assign(historyClient(api(baseUrl, created.token)), { id: created.id });
  };
  const engineers = [];
  for (let i = 0; i < 4; i++) engineers.push(await staff('engineer'));
  const organisations: { name: string; contracts: Parameters<typeof createContract>[2][] }[] = [
    {
      name: 'Example County Hospital (fictional)',
      contracts: [
        { customerId: '', acceptanceDate: '2025-09-01', warrantyMonths: 12 },
        { customerId: '', acceptanceDate: '2026-01-15', warrantyMonths: 24, timeZone: 'Asia/Hong_Kong' },
      ],
    },
    {
      name: 'Sample City Clinic (fictional)',
      contracts: [{ customerId: '', acceptanceDate: '2024-05-20', warrantyMonths: 12 }],
    },
    {
      name: 'Demo Provincial Hospital (fictional)',
      contracts: [
        { customerId: '', acceptanceDate: '2026-06-01', warrantyMonths: 6, timeZone: 'Asia/Urumqi' },
        { customerId: '', acceptanceDate: '2025-12-01', warrantyMonths: 12 },
      ],
    },
  ];
  const customers: TrafficCustomer[] = [];
  for (const organisation of organisations) {
    const id = await createCustomer(baseUrl, adminToken, { name: organisation.name });
    const contracts = [];
    for (const input of organisation.contracts) {
      contracts.push(
        await createContract(baseUrl, adminToken, {
          ...input,
          customerId: id,
          inspectionExpertId: engineers[contracts.length % engineers.length].id,
          registeredAt: HISTORY_FROM,
        }),
      );
    }
    customers.push({ id, contracts, contacts: [await staff('customer', id), await staff('customer', id)] });
  }
  // A second SLA policy version (business hours) on one contract: tickets reported from now on use it.
  const policy = await api(baseUrl, adminToken).put(
    `/api/contracts/${customers[0].contracts[0]}/sla-policy`,
    {
      calendar: {
        hours: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, { open: '08:30', close: '17:30' }]),
        ),
        holidays: ['2027-01-01'],
      },
      targets: { '3': { resolution: 'PT16H' } },
    },
  );
  if (policy.status !== 200)
    throw new Error(`PUT sla-policy answered ${policy.status}: ${JSON.stringify(policy.body)}`);
  return {
    agents: [await staff('agent'), await staff('agent')],
    engineers,
    managers: [await staff('manager')],
    customers,
  };
}

/** One request of a ticket's script; `path` is relative to /api/tickets/:id (empty for the report). */
export interface TicketStep {
  kind: string;
  as: ApiClient;
  path: string;
  body: Record<string, unknown>;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FOLLOW_UPS = ['escalate', 'supervision', 'severity', 'assign'] as const;

/**
 * The seeded script of one ticket: its report and a random walk through the statuses of
 * libs/domain/TRANSITIONS.md with the role each step needs, business times increasing from a
 * report time up to 240 days back. A few tickets happen "now" (no business times given), and a
 * few end with a report-time correction (which happens now, so it comes last).
 */
export function ticketScript(desk: TrafficDesk, random: SeededRandom, nowMs: number): TicketStep[] {
  const customer = random.pick(desk.customers);
  const contractId = random.pick(customer.contracts);
  const contact = () => random.pick(customer.contacts);
  const agent = () => random.pick(desk.agents);
  const engineer = () => random.pick(desk.engineers);
  const manager = () => random.pick(desk.managers);
  const live = random.chance(0.05);
  // A customer contact acts itself only in real time (it dates entries at most 15 minutes back);
  // its answers of the past are typed in by a duty agent.
  const customerSide = () => (live ? contact() : agent());
  const latest = nowMs - 5 * MINUTE;
  let t = latest - random.int(2 * 60 * MINUTE, 240 * DAY);
  const reportedMs = t;
  const when = (): Record<string, string> | undefined => {
    if (live) return {};
    const gap = random.chance(0.7) ? random.int(1, 90) * MINUTE : random.int(90, 4 * 24 * 60) * MINUTE;
    if (t + gap > latest) return undefined;
    t += gap;
    return { occurredAt: new Date(t).toISOString() };
  };
  let severity = random.int(1, 4);
  const kind = random.chance(0.1) ? 'complaint' : 'request';
  const steps: TicketStep[] = [
    {
      kind: 'report',
      as: random.chance(0.25) ? customerSide() : agent(),
      path: '',
      body: {
        contractId,
        reporter: {
          name: random.pick(['Duty nurse (fictional)', 'IT desk (fictional)', 'Ward clerk (fictional)']),
          ...(random.chance(0.7) && { phone: '000-0000-0000' }),
          ...(random.chance(0.4) && { email: 'desk@hospital.example' }),
        },
        channel: random.pick(['hotline', 'email', 'fax', 'web', 'onsite', 'monitoring']),
        description: random.pick([
          'DIP 分组服务无响应 (grouping service does not answer)',
          'Settlement export fails at month end',
          'Login page slow in the afternoon',
          '医保结算接口超时 (insurance interface times out)',
        ]),
        severity,
        kind,
        urgency: random.pick(['normal', 'urgent', 'very_urgent']),
        ...(!live && { reportedAt: new Date(reportedMs).toISOString() }),
        ...(random.chance(0.1) && { product: { name: 'DIP grouping platform', version: '3.3' } }),
      },
    },
  ];
  let status = 'reported';
  let escalatedLevel1 = false;
  let assignee: string | undefined;
  let dispatched: string[] = [];
  const length = random.int(0, 10);
  for (let n = 0; n < length; n++) {
    const choices = nextKinds(status, random);
    if (choices.length === 0) break;
    const choice = random.pick(choices);
    const time = when();
    if (time === undefined) break;
    const step = (k: string, as: ApiClient, path: string, body: Record<string, unknown>) =>
      steps.push({ kind: k, as, path, body: { ...body, ...time } });
    switch (choice) {
      case 'respond': {
        const mode = random.pick(['guided', 'remote', 'onsite']);
        const by = random.chance(0.8) ? engineer() : agent();
        const on = random.chance(0.3) ? { engineerId: random.pick(desk.engineers).id } : {};
        step(`respond:${mode}`, by, '/responses', {
          mode,
          ...on,
          ...(random.chance(0.5) && { note: 'called back' }),
        });
        status = 'responded';
        break;
      }
      case 'dispatch': {
        dispatched = random.chance(0.3) ? desk.engineers.slice(0, 2).map((e) => e.id) : [engineer().id];
        const expected = time.occurredAt ? { expectedArrival: new Date(t + 45 * MINUTE).toISOString() } : {};
        step('dispatch', random.chance(0.5) ? agent() : engineer(), '/dispatches', {
          engineers: dispatched,
          reason: 'the server needs hands on site',
          ...(random.chance(0.5) && expected),
        });
        status = 'dispatched';
        break;
      }
      case 'arrive': {
        const by = desk.engineers.find((e) => e.id === dispatched[0]) ?? engineer();
        step('arrive', by, '/arrivals', random.chance(0.3) ? { engineerId: dispatched.at(-1) } : {});
        status = 'on_site';
        break;
      }
      case 'resolve':
        step('resolve', engineer(), '/resolution', {
          cause: random.pick(['RAID controller failure', 'expired certificate', 'index corruption']),
          measures: 'replaced the part and restarted the service',
          resolution: 'service restored',
          category: random.pick(['hardware', 'software', 'configuration', 'network']),
        });
        status = 'resolved';
        break;
      case 'confirm':
        step('confirm', customerSide(), '/confirmation', {
          confirmed: true,
          ...(random.chance(0.3) && { note: 'works again' }),
        });
        status = 'confirmed';
        break;
      case 'reject':
        step('reject', customerSide(), '/confirmation', {
          confirmed: false,
          note: 'still slow at month end',
        });
        status = 'reopened';
        break;
      case 'close':
        if (status === 'confirmed') step('close', random.chance(0.5) ? agent() : engineer(), '/close', {});
        else step('close:manager', manager(), '/close', { reason: 'duplicate of another report' });
        status = 'closed';
        break;
      case 'reopen':
        step('reopen', manager(), '/reopen', { reason: 'the fault came back' });
        status = 'reopened';
        break;
      case 'survey': {
        const scores: Record<string, number> = { overall: random.int(1, 5) };
        for (const item of ['responseTime', 'engineerAttitude', 'maintenanceQuality', 'systemQuality']) {
          if (random.chance(0.5)) scores[item] = random.int(0, 5);
        }
        step('survey', random.chance(0.5) ? customerSide() : agent(), '/survey', {
          scores,
          ...(random.chance(0.4) && { comments: 'quick and friendly' }),
          ...(random.chance(0.4) && { respondent: 'Head nurse (fictional)' }),
        });
        break;
      }
      case 'escalate': {
        const level = escalatedLevel1 && random.chance(0.4) ? 2 : 1;
        escalatedLevel1 = true;
        step('escalate', random.chance(0.5) ? agent() : manager(), '/escalations', {
          level,
          reason: random.pick([
            'response_overdue',
            'onsite_overdue',
            'resolution_overdue',
            'solution_not_confirmed',
            'complaint',
            'manual',
          ]),
          ...(random.chance(0.3) && { to: 'duty-manager' }),
          ...(random.chance(0.5) && { note: 'customer chases' }),
        });
        break;
      }
      case 'supervision':
        step('supervision', manager(), '/supervision-notes', {
          period: `round ${n + 1}`,
          progress: 'waiting for the vendor patch',
          solvedPercent: random.int(0, 100),
        });
        break;
      case 'severity': {
        const to = random.pick([1, 2, 3, 4].filter((s) => s !== severity));
        severity = to;
        step('severity', random.chance(0.5) ? engineer() : agent(), '/severity', {
          severity: to,
          reason: 'reassessed',
        });
        break;
      }
      case 'assign': {
        const to = random.pick(desk.engineers.filter((e) => e.id !== assignee));
        assignee = to.id;
        step('assign', random.chance(0.5) ? agent() : manager(), '/assignment', {
          engineerId: to.id,
          ...(random.chance(0.5) && { note: 'knows this site' }),
        });
        break;
      }
    }
  }
  if (!live && random.chance(0.08)) {
    steps.push({
      kind: 'report-time-correction',
      as: agent(),
      path: '/report-time-correction',
      body: {
        reportedAt: new Date(reportedMs - random.int(1, 120) * MINUTE).toISOString(),
        reason: 'typed the wrong minute',
      },
    });
  }
  return steps;
}

/** The steps allowed next from a status: mostly progress, sometimes a follow-up, rarely a manager's early close. */
function nextKinds(status: string, random: SeededRandom): string[] {
  const open = status !== 'closed';
  if (open && random.chance(0.25)) return [...FOLLOW_UPS];
  if (open && status !== 'confirmed' && random.chance(0.03)) return ['close'];
  switch (status) {
    case 'reported':
      return ['respond'];
    case 'responded':
      return ['dispatch', 'resolve', 'resolve'];
    case 'dispatched':
      return ['arrive'];
    case 'on_site':
      return ['resolve'];
    case 'resolved':
      return ['confirm', 'confirm', 'confirm', 'reject', 'survey'];
    case 'confirmed':
      return ['close', 'close', 'close', 'reopen', 'survey'];
    case 'closed':
      return ['survey', 'survey', 'reopen'];
    case 'reopened':
      return ['respond', 'dispatch', 'resolve'];
    default:
      return [];
  }
}

export interface TrafficResult {
  tickets: number;
  requests: number;
  /** Requests made per step kind. */
  kinds: Record<string, number>;
  /** Highest position any write answered. */
  lastPosition: bigint;
  /** Positions of every acknowledged write. */
  acknowledged: bigint[];
}

export interface DriveOptions {
  concurrency: number;
  nowMs?: number;
  /** Checked before each request: true stops the workers (the crash test kills the service). */
  stop?: () => boolean;
  /** Called after every acknowledged write with its position. */
  onWrite?: (position: bigint) => void;
  /** Called with every failed request; by default the drive throws. */
  onFailure?: (failure: Error) => void;
}

/**
 * Plays `count` seeded ticket scripts against the service, `concurrency` tickets at a time (each
 * ticket's steps in order). Every write must answer 200/201; otherwise it throws naming the seed
 * script, step and answer, so the run can be replayed with the same seed.
 */
export async function driveTickets(
  desk: TrafficDesk,
  random: SeededRandom,
  count: number,
  options: DriveOptions,
): Promise<TrafficResult> {
  const nowMs = options.nowMs ?? Date.now();
  const scripts = Array.from({ length: count }, () => random.fork());
  const result: TrafficResult = { tickets: 0, requests: 0, kinds: {}, lastPosition: -1n, acknowledged: [] };
  let next = 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    if (options.onFailure) options.onFailure(error);
    else failed ??= error;
  };
  const worker = async () => {
    while (next < scripts.length && !failed && !options.stop?.()) {
      const index = next++;
      const steps = ticketScript(desk, scripts[index], nowMs);
      let id = '';
      for (const [n, step] of steps.entries()) {
        if (failed || options.stop?.()) return;
        let answer: ApiResponse;
        try {
          answer =
            step.path === ''
              ? await step.as.post('/api/tickets', step.body)
              : await step.as.post(`/api/tickets/${id}${step.path}`, step.body);
        } catch (error) {
          fail(new Error(`ticket #${index} step ${n} (${step.kind}): ${String(error)}`));
          return;
        }
        if (answer.status !== (step.path === '' ? 201 : 200)) {
          fail(
            new Error(
              `ticket #${index} (seed ${random.seed}) step ${n} ${step.kind} ${JSON.stringify(step.body)} ` +
                `answered ${answer.status}: ${JSON.stringify(answer.body)}`,
            ),
          );
          return;
        }
        const body = answer.body as { id: string; position: string | number };
        if (step.path === '') id = body.id;
        const position = BigInt(body.position);
        result.acknowledged.push(position);
        if (position > result.lastPosition) result.lastPosition = position;
        result.requests++;
        result.kinds[step.kind] = (result.kinds[step.kind] ?? 0) + 1;
        options.onWrite?.(position);
      }
      result.tickets++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (failed) throw failed;
  return result;
}
