import { ADMIN_ENV, adminToken } from '../../support/admin-token.js';
import { api } from '../../support/api-client.js';
import { createStaff, type CreatedStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { SseClient } from './sse-client.js';

/** Within this a stream must end once its token no longer holds. */
const FIVE_SECONDS = 5000;

describe('An open event stream ends with its token', () => {
  let service: StartedApp;
  let admin: string;
  const open: SseClient[] = [];
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    admin = await adminToken(service);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await service.close();
  });

  const streamOf = async (token: string): Promise<SseClient> => {
    const { ticket } = (await api(service.baseUrl, token).post('/api/events/ticket')).body as {
      ticket: string;
    };
    const client = await SseClient.open(`${service.baseUrl}/api/events/stream?ticket=${ticket}`);
    open.push(client);
    expect(client.status).toBe(200);
    return client;
  };
  const agent = (): Promise<CreatedStaff> => createStaff(service.baseUrl, admin, { role: 'agent' });

  it('ends within 5 s of a logout', async () => {
    const user = await agent();
    const stream = await streamOf(user.token);
    expect(await stream.ended(2500)).toBe(false); // open and well while the token holds
    expect((await api(service.baseUrl, user.token).post('/api/auth/logout')).status).toBe(204);
    expect(await stream.ended(FIVE_SECONDS)).toBe(true);
  });

  it('ends within 5 s of a deactivation', async () => {
    const user = await agent();
    const stream = await streamOf(user.token);
    await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, { active: false });
    expect(await stream.ended(FIVE_SECONDS)).toBe(true);
  });

  it('ends within 5 s of a password change (by the admin or by the user)', async () => {
    const user = await agent();
    const reset = await streamOf(user.token);
    await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, { password: 'a reset passphrase here' });
    expect(await reset.ended(FIVE_SECONDS)).toBe(true);

    const other = await agent();
    const own = await streamOf(other.token);
    const changed = await api(service.baseUrl, other.token).post('/api/auth/password', {
      currentPassword: other.password,
      newPassword: 'my own new passphrase',
    });
    expect(changed.status).toBe(200);
    expect(await own.ended(FIVE_SECONDS)).toBe(true);
  });

  it('opens at most 20 streams per user (429 beyond); others are not limited', async () => {
    const user = await agent();
    const headers = { authorization: `Bearer ${user.token}` };
    for (let i = 0; i < 20; i++) {
      const client = await SseClient.open(`${service.baseUrl}/api/events/stream`, headers);
      open.push(client);
      expect(client.status).toBe(200);
    }
    const refused = await fetch(`${service.baseUrl}/api/events/stream`, { headers });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const other = await agent();
    const theirs = await SseClient.open(`${service.baseUrl}/api/events/stream`, {
      authorization: `Bearer ${other.token}`,
    });
    open.push(theirs);
    expect(theirs.status).toBe(200);
    await open.splice(0, 1)[0].close(); // one closed: room for one more
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await SseClient.open(`${service.baseUrl}/api/events/stream`, headers);
    open.push(again);
    expect(again.status).toBe(200);
  });
});

describe('An open event stream ends when its token expires', () => {
  it('ends within 5 s of the expiry', async () => {
    const service = await startApp({ env: { ...ADMIN_ENV, JWT_TTL_SECONDS: '2' } });
    try {
      const admin = await adminToken(service);
      const stream = await SseClient.open(`${service.baseUrl}/api/events/stream`, {
        authorization: `Bearer ${admin}`,
      });
      expect(stream.status).toBe(200);
      expect(await stream.ended(2000 + FIVE_SECONDS)).toBe(true);
      await stream.close();
    } finally {
      await service.close();
    }
  });
});
