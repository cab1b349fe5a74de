import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutgoingNotification } from '../notification-channel.js';
import { WebhookChannel } from './webhook.channel.js';

const NOTIFICATION: OutgoingNotification = {
  id: '5f0c8a52-1b9e-5d3a-8c21-7e6f5a4b3c2d',
  kind: 'escalated',
  ticketId: '0b6f2f4e-9d1c-4e3a-8f7b-2a1c3d4e5f60',
  serviceNo: 'SV-202611-0001',
  contractId: null,
  period: null,
  recipient: 'manager',
  timer: null,
  reason: 'manual',
  level: 1,
  dueAt: null,
  createdAt: '2026-11-30T02:00:00.000Z',
  position: '42',
  text: { zh: '工单 SV-202611-0001 已升级', en: 'Ticket SV-202611-0001 escalated' },
};

describe('WebhookChannel against a real HTTP endpoint', () => {
  let server: Server;
  let status = 200;
  let seen: IncomingHttpHeaders | undefined;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen = request.headers;
      request.resume();
      request.on('end', () => response.writeHead(status).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?token=abc`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [400, 'rejected'],
    [404, 'rejected'],
    [410, 'rejected'],
  ])('answers %i → %s', async (answer, outcome) => {
    status = answer;
    expect(await new WebhookChannel({ url }).deliver(NOTIFICATION)).toEqual({ outcome, statusCode: answer });
  });

  it('sends the Idempotency-Key, and no signature without a secret', async () => {
    status = 200;
    await new WebhookChannel({ url }).deliver(NOTIFICATION);
    expect(seen?.['idempotency-key']).toBe(NOTIFICATION.id);
    expect(seen?.['x-webhook-signature']).toBeUndefined();
  });

  it('shows the endpoint without its query, and retries when nobody listens', async () => {
    const channel = new WebhookChannel({ url });
    expect(channel.endpoint).toBe(url.replace('?token=abc', ''));
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const port = (gone.address() as AddressInfo).port;
    await new Promise((resolve) => gone.close(resolve));
    const closed = new WebhookChannel({ url: `http://127.0.0.1:${port}/hook` });
    expect(await closed.deliver(NOTIFICATION)).toEqual({ outcome: 'retry', error: 'ECONNREFUSED' });
  });
});
