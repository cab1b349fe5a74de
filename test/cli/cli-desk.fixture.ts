import { adminToken, ADMIN_ENV } from '../support/admin-token.js';
import { api, type ApiClient } from '../support/api-client.js';
import { createContract } from '../support/create-contract.js';
import { createCustomer } from '../support/create-customer.js';
import { createStaff } from '../support/create-staff.js';
import { HISTORY_ENV, HISTORY_FROM, historyClient, WITHOUT_SLA_WATCHMAN } from '../support/history.js';
import { startApp, type StartedApp } from '../support/start-app.js';

/** The service on a data folder that outlives it, with an agent, an engineer, a manager and one contract. */
export interface CliDesk {
  app: StartedApp;
  agent: ApiClient;
  engineer: ApiClient & { id: string };
  manager: ApiClient;
  contractId: string;
  close(): Promise<void>;
}

/**
 * Starts the real service in this process on `dataDir` (left in place on close), without the SLA
 * watchman: the suites enter tickets reported in the past and compare their exact events. Its staff
 * enter history (HISTORY_ENV, historyClient) on a contract registered as of HISTORY_FROM.
 */
export async function startCliDesk(dataDir: string): Promise<CliDesk> {
  const app = await startApp({ env: { ...ADMIN_ENV, ...HISTORY_ENV, ...WITHOUT_SLA_WATCHMAN }, dataDir });
  const token = await adminToken(app);
  const client = async (role: 'agent' | 'engineer' | 'manager') => {
    const staff = await createStaff(app.baseUrl, token, { role });
    return Object.assign(historyClient(api(app.baseUrl, staff.token)), { id: staff.id });
  };
  const customerId = await createCustomer(app.baseUrl, token, { name: 'Example Hospital (fictional)' });
  return {
    app,
    agent: await client('agent'),
    engineer: await client('engineer'),
    manager: await client('manager'),
    contractId: await createContract(app.baseUrl, token, { customerId, registeredAt: HISTORY_FROM }),
    close: () => app.close(),
  };
}

/** An ISO instant `minutes` after `base`. */
export const minutesAfter = (base: Date, minutes: number): string =>
  new Date(base.getTime() + minutes * 60_000).toISOString();

/**
 * A level-1 fault reported at `start`, responded remotely 45 minutes later (15 minutes late) with
 * `note`, dispatched at +50, on site at +100, resolved at +300. Answers the ticket id and the
 * position of its last write.
 */
export async function lateResponseStory(
  desk: CliDesk,
  start: Date,
  note: string,
): Promise<{ id: string; position: string }> {
  const reported = await desk.agent.post('/api/tickets', {
    contractId: desk.contractId,
    reporter: { name: 'Ward clerk (fictional)', phone: '000-0000-0000' },
    channel: 'hotline',
    description: 'Settlement upload fails for every inpatient (fictional)',
    severity: 1,
    kind: 'request',
    urgency: 'very_urgent',
    reportedAt: start.toISOString(),
  });
  if (reported.status !== 201) throw new Error(`report: ${reported.status} ${JSON.stringify(reported.body)}`);
  const id = reported.body.id as string;
  const steps: [string, object][] = [
    ['responses', { mode: 'remote', note, occurredAt: minutesAfter(start, 45) }],
    [
      'dispatches',
      {
        engineers: [desk.engineer.id],
        reason: 'the server room needs hands (fictional)',
        occurredAt: minutesAfter(start, 50),
      },
    ],
    ['arrivals', { occurredAt: minutesAfter(start, 100) }],
    [
      'resolution',
      {
        cause: 'expired certificate',
        measures: 'renewed the certificate',
        resolution: 'uploads work again',
        category: 'configuration',
        occurredAt: minutesAfter(start, 300),
      },
    ],
  ];
  let position = reported.body.position as string;
  for (const [path, body] of steps) {
    const step = await desk.engineer.post(`/api/tickets/${id}/${path}`, body);
    if (step.status !== 200) throw new Error(`${path}: ${step.status} ${JSON.stringify(step.body)}`);
    position = step.body.position as string;
  }
  return { id, position };
}
