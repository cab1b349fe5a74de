import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type NotificationDesk,
  report,
  reportFault,
  startNotificationDesk,
} from './notification-desk.fixture.js';
import { WebhookReceiver } from './webhook-receiver.js';

const SECRET = 'webhook-secret-for-tests-0001';

describe('webhook channel: each notification posted once per endpoint, retried, logged', () => {
  let receiver: WebhookReceiver;
  let dataDir: string;
  let desk: NotificationDesk | undefined;
  beforeAll(async () => {
    receiver = await WebhookReceiver.start(2);
    dataDir = mkdtempSync(join(tmpdir(), 'notifications-webhook-'));
  });
  afterAll(async () => {
    await desk?.close();
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers on the third attempt after two 503s, logs three attempts, and never posts it again after a restart', async () => {
    const env = { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET };
    desk = await startNotificationDesk({ env, dataDir });
    const ticket = await reportFault(desk.agent, report(desk.contractA));
    const escalated = await desk.agent.post(`/api/tickets/${ticket.id}/escalations`, {
      level: 1,
      reason: 'manual',
    });
    const notification = (await desk.manager.get(`/api/notifications?after=${escalated.body.position}`)).body
      .items[0];

    await receiver.waitForPosts(3);
    expect(receiver.posts.map((p) => p.status)).toEqual([503, 503, 200]);
    for (const post of receiver.posts) {
      expect(post.headers['idempotency-key']).toBe(notification.id);
      expect(post.headers['content-type']).toBe('application/json');
      const signature = `sha256=${createHmac('sha256', SECRET).update(post.body).digest('hex')}`;
      expect(post.headers['x-webhook-signature']).toBe(signature);
      const { read: _read, readAt: _readAt, ...sent } = notification;
      expect(JSON.parse(post.body)).toEqual(sent);
    }
    const gaps = [1, 2].map((i) => receiver.posts[i].at.getTime() - receiver.posts[i - 1].at.getTime());
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1900);

    const log = await waitForLog(desk, notification.id, 3);
    expect(log.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
      [3, 200, 'delivered'],
      [2, 503, 'retry'],
      [1, 503, 'retry'],
    ]);
    expect(log[2]).toMatchObject({
      channel: 'webhook',
      endpoint: receiver.url,
      notificationId: notification.id,
      error: null,
      nextAttemptAt: expect.any(String),
    });
    expect(log[0].nextAttemptAt).toBeNull();

    await desk.close();
    desk = await startNotificationDesk({ env, dataDir });
    const second = await reportFault(desk.agent, report(desk.contractB, { kind: 'complaint' }));
    const complaint = (await desk.manager.get(`/api/notifications?after=${second.position}&limit=1`)).body
      .items[0];
    await receiver.waitForPosts(6);
    const keys = receiver.posts.map((p) => p.headers['idempotency-key']);
    expect(keys).toEqual([...Array(3).fill(notification.id), ...Array(3).fill(complaint.id)]);
    expect((await waitForLog(desk, notification.id, 3)).length).toBe(3);
  });
});

interface Attempt {
  attempt: number;
  statusCode: number | null;
  outcome: string;
  nextAttemptAt: string | null;
  [key: string]: unknown;
}

async function waitForLog(desk: NotificationDesk, id: string, count: number): Promise<Attempt[]> {
  for (let i = 0; i < 100; i++) {
    const log = (await desk.admin.get(`/api/notifications/deliveries?notification=${id}`)).body
      .items as Attempt[];
    if (log.length >= count) return log;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the delivery log of ${id} did not reach ${count} attempts`);
}
