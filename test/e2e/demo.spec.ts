import type { EventStore } from '#event-store';
import { seedDemo } from '../../apps/demo/src/seed-demo.js';
import { EVENT_STORE } from '../../apps/service-desk/src/event-store/event-store.token.js';
import { ADMIN_ENV, TEST_ADMIN_PASSWORD } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { login } from '../support/login.js';
import { startApp, type StartedApp } from '../support/start-app.js';

describe('the demo data', () => {
  let app: StartedApp;
  beforeAll(async () => {
    app = await startApp({ env: { ...ADMIN_ENV } });
  });
  afterAll(() => app.close());

  it('loads a customer, a contract, staff of every role and tickets in varied states, and loads nothing twice', async () => {
    const store: EventStore = app.app.get(EVENT_STORE);
    const first = await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, new Date());
    expect(first.tickets).toBe(36);
    expect(new Set(first.logins.map((l) => l.role))).toEqual(
      new Set(['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'customer']),
    );
    const manager = first.logins.find((l) => l.role === 'manager')!;
    const token = await login(app.baseUrl, manager.username, manager.password);
    const statuses = new Set<string>();
    for await (const event of store.readAll()) {
      if (event.type === 'FaultReported') {
        const ticket = await api(app.baseUrl, token).get(`/api/tickets/${event.data.ticketId as string}`);
        statuses.add(ticket.body.status);
      }
    }
    expect([...statuses]).toEqual(expect.arrayContaining(['closed', 'responded', 'resolved', 'reported']));

    const head = await store.headPosition();
    await seedDemo(app.baseUrl, TEST_ADMIN_PASSWORD, new Date(), first.logins);
    expect(await store.headPosition()).toBe(head);
  }, 120_000);
});
