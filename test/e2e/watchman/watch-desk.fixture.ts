import { WatchmanModule } from '../../../apps/service-desk/src/watchman/watchman.module.js';
import { adminToken, ADMIN_ENV } from '../../support/admin-token.js';
import { api, type ApiClient } from '../../support/api-client.js';
import { createContract } from '../../support/create-contract.js';
import { createCustomer } from '../../support/create-customer.js';
import { createStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

/** An app with the SLA watchman, an admin, an agent and an engineer, one customer with one contract. */
export interface WatchDesk {
  app: StartedApp;
  admin: ApiClient;
  agent: ApiClient;
  engineer: ApiClient & { id: string };
  contractId: string;
  close(): Promise<void>;
}

/** The app alone, on a data folder (to restart on the same events), with the watchman. */
export function startWatchedApp(dataDir?: string): Promise<StartedApp> {
  return startApp({ env: { ...ADMIN_ENV }, imports: [WatchmanModule], ...(dataDir && { dataDir }) });
}

export async function startWatchDesk(dataDir?: string): Promise<WatchDesk> {
  const app = await startWatchedApp(dataDir);
  const token = await adminToken(app);
  const staff = async (role: 'agent' | 'engineer') => {
    const created = await createStaff(app.baseUrl, token, { role });
    return Object.assign(api(app.baseUrl, created.token), { id: created.id });
  };
  const customerId = await createCustomer(app.baseUrl, token, {
    name: 'Example County Hospital (fictional)',
  });
  return {
    app,
    admin: api(app.baseUrl, token),
    agent: await staff('agent'),
    engineer: await staff('engineer'),
    contractId: await createContract(app.baseUrl, token, { customerId }),
    close: () => app.close(),
  };
}

/** Sets a policy of seconds on every severity; answers the new version's effectiveFrom. */
export async function setSecondsPolicy(
  admin: ApiClient,
  contractId: string,
  policy: {
    response: string;
    onSite: string;
    resolution: string;
    atRiskShare: number;
    confirmationWindow: string;
  },
): Promise<void> {
  const { response, onSite, resolution, atRiskShare, confirmationWindow } = policy;
  const targets = { response, onSite, resolution };
  const put = await admin.put(`/api/contracts/${contractId}/sla-policy`, {
    targets: { '1': targets, '2': targets, '3': targets, '4': targets },
    atRiskShare,
    confirmationWindow,
  });
  if (put.status !== 200)
    throw new Error(`PUT sla-policy answered ${put.status}: ${JSON.stringify(put.body)}`);
}

export interface TimelineItem {
  type: string;
  actor: { id: string; role: string };
  source: string;
  occurredAt: string;
  recordedAt: string;
  summary: { zh: string; en: string };
}

export async function timeline(client: ApiClient, ticketId: string): Promise<TimelineItem[]> {
  const response = await client.get(`/api/tickets/${ticketId}/timeline`);
  if (response.status !== 200) throw new Error(`timeline answered ${response.status}`);
  return (response.body as { items: TimelineItem[] }).items;
}

/** The watchman's entries of a ticket's timeline. */
export const byWatchman = (items: TimelineItem[]) => items.filter((i) => i.actor.id === 'sla-watchman');

/** Polls the timeline until `done` holds (every 100 ms, at most `timeoutMs`); the last items. */
export async function waitForTimeline(
  client: ApiClient,
  ticketId: string,
  done: (items: TimelineItem[]) => boolean,
  timeoutMs = 20_000,
): Promise<TimelineItem[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const items = await timeline(client, ticketId);
    if (done(items) || Date.now() > until) return items;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fault report of severity 2 on the contract. */
export function faultReport(contractId: string) {
  return {
    contractId,
    reporter: { name: 'Duty nurse (fictional)', phone: '000-0000-0000' },
    channel: 'hotline',
    description: 'DIP grouping service does not answer',
    severity: 2,
    kind: 'request',
    urgency: 'urgent',
  };
}
