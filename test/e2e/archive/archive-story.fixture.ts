import { HISTORY_FROM, historyClient, WITHOUT_SLA_WATCHMAN } from '../../support/history.js';
import { randomUUID } from 'node:crypto';
import { api, type ApiClient } from '../../support/api-client.js';
import { login } from '../../support/login.js';
import { faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/** A user of the story, with its id and display name. */
export type Person = ApiClient & { id: string; name: string };

/**
 * One organisation's archive, written through the API: Riverside County Hospital (fictional), its
 * contract, the people who work its tickets, and two tickets. The first walks the whole story:
 * reported at 15:30 on 2026-11-20 (Shanghai), responded remotely, dispatched, arrived, resolved,
 * rejected, escalated, assigned to a second engineer, chased, resolved again, confirmed, surveyed
 * and closed on the 21st. The second (2026-11-25) is only reported. The story is entered now, weeks
 * later: the duty agent types in the customer's answers (rejection, confirmation, survey) as given at
 * the revisit call, since a customer contact may date its own answers only 15 minutes back.
 */
export interface ArchiveStory {
  desk: TicketDesk;
  customerId: string;
  contractId: string;
  wang: Person;
  li: Person;
  zhao: Person;
  contact: Person;
  headquarters: Person;
  first: { id: string; serviceNo: string };
  second: { id: string; serviceNo: string };
  /** The position of the last write: pass as ?after. */
  position: string;
}

export const HOSPITAL = {
  name: 'Riverside County Hospital (fictional)',
  shortName: 'Riverside (fictional)',
  address: '1 Example Road, Sample County (fictional)',
  postcode: '000000',
  phone: '000-0000-1000',
  fax: '000-0000-1001',
  email: 'it@riverside.example',
};
export const REPORTER = {
  name: 'Duty nurse Chen (fictional)',
  phone: '000-0000-2001',
  email: 'duty@riverside.example',
  fax: '000-0000-2002',
};
export const CONTRACT_NAME = 'Riverside DIP service contract (fictional)';
export const DESCRIPTION = 'DIP 分组服务无响应，结算无法提交 (the grouping service does not answer)';
export const FIRST_FIX = {
  cause: 'RAID controller failure took the grouper database offline',
  measures: "Replaced the disk and restored the database from last night's backup",
  resolution: 'Grouping and settlement work again',
  category: 'hardware',
};
export const SECOND_FIX = {
  cause: "Yesterday's records were grouped against a stale table",
  measures: 'Regrouped the records of 2026-11-19',
  resolution: 'All records regrouped; settlement submitted',
  category: 'data',
};
export const t = (day: 20 | 21 | 25, hhmm: string) => `2026-11-${day}T${hhmm}:00+08:00`;

export async function writeArchiveStory(): Promise<ArchiveStory> {
  const desk = await startTicketDesk({ env: WITHOUT_SLA_WATCHMAN });
  const customer = await desk.admin.post('/api/customers', {
    ...HOSPITAL,
    contacts: [{ name: 'IT contact Sun (fictional)', phone: '000-0000-3001' }],
  });
  const customerId = expectOk(customer, 201).id as string;
  const person = async (role: string, name: string, extra: object = {}): Promise<Person> => {
    const username = `${role}-${randomUUID().slice(0, 8)}`;
    const password = `pw-${randomUUID()}`;
    const made = await desk.admin.post('/api/staff', {
      username,
      password,
      displayName: name,
      role,
      ...extra,
    });
    const token = await login(desk.app.baseUrl, username, password);
    return Object.assign(historyClient(api(desk.app.baseUrl, token)), {
      id: expectOk(made, 201).id as string,
      name,
    });
  };
  const wang = await person('agent', 'Duty agent Wang (fictional)');
  const li = await person('engineer', 'Engineer Li (fictional)');
  const zhao = await person('engineer', 'Engineer Zhao (fictional)');
  const manager = await person('manager', 'Service manager Qian (fictional)');
  const headquarters = await person('headquarters', 'Headquarters duty officer (fictional)');
  const contact = await person('customer', 'IT contact Sun (fictional)', { customerId });
  const contract = await desk.admin.post('/api/contracts', {
    customerId,
    name: CONTRACT_NAME,
    product: { name: 'DIP grouping platform', version: '3.2' },
    acceptanceDate: '2026-01-15',
    warrantyMonths: 12,
    timeZone: 'Asia/Shanghai',
    inspectionExpertId: li.id,
    occurredAt: HISTORY_FROM,
  });
  const contractId = expectOk(contract, 201).id as string;

  const report = (over: object) =>
    wang.post('/api/tickets', faultReport(contractId, { reporter: REPORTER, ...over }));
  const first = expectOk(
    await report({
      description: DESCRIPTION,
      severity: 1,
      kind: 'complaint',
      urgency: 'urgent',
      reportedAt: t(20, '15:30'),
    }),
    201,
  );
  const on = (path: string) => `/api/tickets/${first.id}/${path}`;
  const steps: [Person, string, object][] = [
    [
      li,
      'responses',
      {
        mode: 'remote',
        note: 'Logged in remotely; the grouper service will not start',
        occurredAt: t(20, '15:45'),
      },
    ],
    [
      li,
      'dispatches',
      {
        engineers: [li.id, zhao.id],
        reason: 'The server disk must be replaced on site',
        occurredAt: t(20, '16:10'),
      },
    ],
    [li, 'arrivals', { occurredAt: t(20, '17:00') }],
    [li, 'resolution', { ...FIRST_FIX, occurredAt: t(20, '19:00') }],
    [
      wang,
      'confirmation',
      { confirmed: false, note: "Settlement of yesterday's records still fails", occurredAt: t(20, '20:00') },
    ],
    [
      wang,
      'escalations',
      { level: 1, reason: 'complaint', note: 'Second failure the same day', occurredAt: t(20, '20:10') },
    ],
    [manager, 'assignment', { engineerId: zhao.id, occurredAt: t(20, '20:15') }],
    [
      wang,
      'supervision-notes',
      {
        period: '2026-11-20 晚间',
        progress: 'Zhao regrouping the records',
        solvedPercent: 60,
        occurredAt: t(20, '20:30'),
      },
    ],
    [zhao, 'resolution', { ...SECOND_FIX, occurredAt: t(20, '22:00') }],
    [
      wang,
      'confirmation',
      { confirmed: true, note: 'Checked with the finance office: settled', occurredAt: t(21, '09:00') },
    ],
    [
      wang,
      'survey',
      {
        scores: { overall: 4, responseTime: 5, maintenanceQuality: 3 },
        comments: 'A second visit was needed',
        respondent: 'Head of IT Sun (fictional)',
        occurredAt: t(21, '09:30'),
      },
    ],
    [wang, 'close', { occurredAt: t(21, '10:00') }],
  ];
  for (const [who, path, body] of steps) expectOk(await who.post(on(path), body), 200, path);
  const second = expectOk(
    await report({
      description: 'How do I export the monthly DIP list?',
      severity: 4,
      kind: 'request',
      urgency: 'normal',
      reportedAt: t(25, '10:00'),
    }),
    201,
  );
  return {
    desk,
    customerId,
    contractId,
    wang,
    li,
    zhao,
    contact,
    headquarters,
    first: { id: first.id, serviceNo: first.serviceNo },
    second: { id: second.id, serviceNo: second.serviceNo },
    position: second.position,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body, checked by the caller
function expectOk(response: { status: number; body: any }, status: number, what = ''): any {
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}
