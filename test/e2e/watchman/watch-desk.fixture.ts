import { ADMIN_ENV } from '../../support/admin-token.js';
import type { ApiClient } from '../../support/api-client.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/** The ticket desk (the service runs the SLA watchman), with organisation A's contract as the one watched. */
export type WatchDesk = TicketDesk & { contractId: string };

/** The app alone, on a data folder (to restart on the same events). */
export function startWatchedApp(dataDir?: string): Promise<StartedApp> {
  return startApp({ env: { ...ADMIN_ENV }, ...(dataDir && { dataDir }) });
}

export async function startWatchDesk(dataDir?: string): Promise<WatchDesk> {
  const desk = await startTicketDesk({ dataDir });
  return { ...desk, contractId: desk.contractA };
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
