import { handle } from '#command-handling';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { contractDecider, contractStream, type ContractCommand } from '#domain';
import { SqliteEventStore } from '#event-store';
import { EVENTS_FILE } from '#service-config';
import type { ApiClient } from '../../support/api-client.js';
import { SseClient } from '../notifications/sse-client.js';
import { WebhookReceiver } from '../notifications/webhook-receiver.js';
import { startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

/**
 * The app's clock cannot be moved, and no API registers a contract in the past; so the contract is
 * registered by the real decider on the app's own store file (a second writer, as the CLI is),
 * with its registration recorded at 2026-03-10 10:00 in Shanghai. The running service then finds a
 * contract whose March and first quarter ended after its registration without an inspection or a
 * revisit: its watchman warns once about each, whatever today's date (any day after 2026-04-01).
 */
const REGISTERED_AT = new Date('2026-03-10T02:00:00.000Z');
const NAME = 'Backdated HIS contract (fictional)';

interface Row {
  id: string;
  kind: string;
  ticketId: string | null;
  contractId: string | null;
  period: string | null;
  reason: string | null;
  recipient: string;
  dueAt: string | null;
  text: { zh: string; en: string };
}

async function registerBackdated(desk: TicketDesk, contractId: string): Promise<void> {
  const store = new SqliteEventStore({ file: join(desk.app.dataDir, EVENTS_FILE), now: () => REGISTERED_AT });
  try {
    const commandId = randomUUID();
    const command: ContractCommand = {
      type: 'RegisterContract',
      actor: { id: 'admin-backdating-test', role: 'admin' },
      now: REGISTERED_AT.toISOString(),
      data: {
        contractId,
        customerId: desk.orgA,
        name: NAME,
        product: { name: 'HIS', version: '5.1' },
        finalAcceptanceDate: '2026-01-15',
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: desk.engineer.id,
      },
    };
    await handle(store, contractStream(contractId), contractDecider, command, {
      actor: command.actor,
      now: command.now,
      source: 'api',
      commandId,
      correlationId: commandId,
    });
  } finally {
    await store.close();
  }
}

/** The caller's notifications about one contract, polled until `done` holds (at most 20 s). */
async function contractNotifications(
  client: ApiClient,
  contractId: string,
  done: (rows: Row[]) => boolean,
): Promise<Row[]> {
  const until = Date.now() + 20_000;
  for (;;) {
    const page = await client.get('/api/notifications?limit=200');
    expect(page.status).toBe(200);
    const rows = (page.body.items as Row[]).filter((r) => r.contractId === contractId);
    if (done(rows) || Date.now() > until) return rows;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const has = (period: string) => (rows: Row[]) => rows.some((r) => r.period === period);

describe('the service-plan watchman in the running service', () => {
  let desk: TicketDesk;
  let live: SseClient | undefined;
  let receiver: WebhookReceiver;
  const contractId = randomUUID();
  beforeAll(async () => {
    receiver = await WebhookReceiver.start(0);
    desk = await startTicketDesk({
      env: { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: 'webhook-secret-for-tests-0002' },
    });
    live = await SseClient.open(`${desk.app.baseUrl}/api/events/stream`, {
      authorization: `Bearer ${desk.engineer.token}`,
    });
    await registerBackdated(desk, contractId);
  });
  afterAll(async () => {
    await live?.close();
    await desk?.close();
    await receiver?.close();
  });

  it("tells the contract's fixed expert, by id, once about the missed March inspection and Q1 revisit", async () => {
    const rows = await contractNotifications(
      desk.engineer,
      contractId,
      (r) => has('2026-03')(r) && has('2026-Q1')(r),
    );
    expect(rows.filter((r) => r.period === '2026-03')).toEqual([
      expect.objectContaining({
        kind: 'service_plan_missed',
        ticketId: null,
        contractId,
        period: '2026-03',
        reason: 'inspection',
        recipient: desk.engineer.id,
        dueAt: '2026-04-01T00:00:00.000+08:00',
        text: {
          zh: `合同 ${NAME}：2026-03 月度巡检未完成（截止 2026-04-01 00:00）`,
          en: `Contract ${NAME}: the inspection for 2026-03 was missed (due by 2026-04-01 00:00)`,
        },
      }),
    ]);
    expect(rows.filter((r) => r.period === '2026-Q1')).toEqual([
      expect.objectContaining({
        reason: 'revisit',
        recipient: desk.engineer.id,
        text: {
          zh: `合同 ${NAME}：2026-Q1 季度回访未完成（截止 2026-04-01 00:00）`,
          en: `Contract ${NAME}: the revisit for 2026-Q1 was missed (due by 2026-04-01 00:00)`,
        },
      }),
    ]);
    // Registered on 10 March: January and February were over already, so nobody is warned about them.
    expect(rows.filter((r) => r.period === '2026-01' || r.period === '2026-02')).toEqual([]);
  });

  it("tells every service manager through the role 'manager', and neither another engineer nor a customer", async () => {
    const rows = await contractNotifications(desk.manager, contractId, has('2026-03'));
    expect(rows.filter((r) => r.period === '2026-03').map((r) => [r.recipient, r.reason])).toEqual([
      ['manager', 'inspection'],
    ]);
    const other = await desk.engineer2.get('/api/notifications?limit=200');
    expect(other.status).toBe(200);
    expect((other.body.items as Row[]).filter((r) => r.contractId === contractId)).toEqual([]);
    expect((await desk.customerA.get('/api/notifications')).status).toBe(403);
  });

  it("sends the expert's warning on the live event stream too", async () => {
    const sent = await live!.next(
      (e) => e.event === 'notification' && e.data.contractId === contractId && e.data.period === '2026-03',
      0,
      20_000,
    );
    expect(sent.data).toMatchObject({
      kind: 'service_plan_missed',
      ticketId: null,
      recipient: desk.engineer.id,
      text: { en: `Contract ${NAME}: the inspection for 2026-03 was missed (due by 2026-04-01 00:00)` },
    });
  });

  it("posts each recipient's warning to the webhook once", async () => {
    const march = () =>
      receiver.posts
        .map((p) => JSON.parse(p.body) as Row)
        .filter((n) => n.contractId === contractId && n.period === '2026-03');
    const until = Date.now() + 20_000;
    while (march().length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      march()
        .map((n) => [n.kind, n.recipient])
        .sort(),
    ).toEqual(
      [
        ['service_plan_missed', desk.engineer.id],
        ['service_plan_missed', 'manager'],
      ].sort(),
    );
  });
});
