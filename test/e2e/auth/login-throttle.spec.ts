import { createHash } from 'node:crypto';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../../../apps/service-desk/src/event-store/event-store.token.js';
import { lockouts, loginFailures } from '../../../apps/service-desk/src/metrics/security-counters.js';
import { ADMIN_ENV, adminToken } from '../../support/admin-token.js';
import { api } from '../../support/api-client.js';
import { createStaff } from '../../support/create-staff.js';
import { startApp, type StartedApp } from '../../support/start-app.js';
import { loginFrom, type LoginAnswer } from './login-from.js';

const WRONG = 'not the right passphrase';
const counted = async (counter: typeof lockouts) => (await counter.get()).values[0]?.value ?? 0;
const withoutInstance = ({ instance: _i, ...problem }: Record<string, unknown>) => problem;

async function eventTypesOf(service: StartedApp, username: string): Promise<string[]> {
  const digest = createHash('sha256').update(username.toLowerCase()).digest('hex');
  const types: string[] = [];
  for await (const event of service.app.get<EventStore>(EVENT_STORE).readStream(`login-attempts-${digest}`))
    types.push(event.type);
  return types;
}

describe('Login throttle: per name in the store, per address in the process', () => {
  let service: StartedApp;
  let admin: string;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    admin = await adminToken(service);
  });
  afterAll(async () => {
    await service.close();
  });

  const failFiveTimes = async (address: string, username: string): Promise<LoginAnswer[]> => {
    const answers: LoginAnswer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await loginFrom(service.baseUrl, address, username, WRONG));
    return answers;
  };

  it('locks a name out after 5 failures in 15 minutes: 429 with Retry-After, growing, even for the right password', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const before = await counted(lockouts);
    const failures = await failFiveTimes('127.0.0.11', user.username);
    expect(failures.map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);

    const locked = await loginFrom(service.baseUrl, '127.0.0.12', user.username, user.password);
    expect(locked.status).toBe(429);
    expect(locked.contentType).toMatch(/^application\/problem\+json/);
    expect(locked.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    const first = Number(locked.retryAfter);
    expect(first).toBeGreaterThan(60);
    const again = await loginFrom(service.baseUrl, '127.0.0.12', user.username, user.password);
    expect(Number(again.retryAfter)).toBeGreaterThan(first);
    expect(await counted(lockouts)).toBeGreaterThanOrEqual(before + 3);
    expect(await eventTypesOf(service, user.username)).toEqual([
      ...Array(5).fill('LoginFailed'),
      'LoginLockedOut',
      'LoginFailed',
      'LoginLockedOut',
      'LoginFailed',
      'LoginLockedOut',
    ]);

    const other = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const otherLogin = await loginFrom(service.baseUrl, '127.0.0.11', other.username, other.password);
    expect(otherLogin.status).toBe(200); // another user is not slowed, from the same address either
  });

  it('holds under a burst: 30 wrong passwords at once get 401 or 429, never another status, and the right one then waits', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        loginFrom(service.baseUrl, `127.0.0.${40 + (i % 10)}`, user.username, WRONG),
      ),
    );
    expect(burst.filter((a) => a.status !== 401 && a.status !== 429)).toEqual([]);
    const right = await loginFrom(service.baseUrl, '127.0.0.50', user.username, user.password);
    expect(right.status).toBe(429);
    const types = await eventTypesOf(service, user.username);
    expect(types.filter((t) => t === 'LoginLockedOut').length).toBeGreaterThanOrEqual(1);
  });

  it('answers an unknown name exactly as a known one: the same 401s, the same 429 after 5', async () => {
    const known = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const knownAnswers = await failFiveTimes('127.0.0.13', known.username);
    const unknownAnswers = await failFiveTimes('127.0.0.14', 'nobody.here');
    expect(unknownAnswers.map((a) => withoutInstance(a.body))).toEqual(
      knownAnswers.map((a) => withoutInstance(a.body)),
    );
    const knownLocked = await loginFrom(service.baseUrl, '127.0.0.13', known.username, WRONG);
    const unknownLocked = await loginFrom(service.baseUrl, '127.0.0.14', 'nobody.here', WRONG);
    expect([knownLocked.status, unknownLocked.status]).toEqual([429, 429]);
    expect(withoutInstance(unknownLocked.body)).toEqual(withoutInstance(knownLocked.body));
    expect(unknownLocked.retryAfter).toBe(knownLocked.retryAfter);
  });

  it('lets an admin lift a lockout (recorded), and forgives the failures at the next good login', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'engineer' });
    await failFiveTimes('127.0.0.15', user.username);
    expect((await loginFrom(service.baseUrl, '127.0.0.15', user.username, user.password)).status).toBe(429);

    const byEngineer = await api(service.baseUrl, user.token).post(`/api/staff/${user.id}/unlock`);
    expect(byEngineer.status).toBe(403);
    const unknown = await api(service.baseUrl, admin).post('/api/staff/nobody/unlock');
    expect(unknown.status).toBe(404);
    const unlocked = await api(service.baseUrl, admin).post(`/api/staff/${user.id}/unlock`);
    expect(unlocked.status).toBe(204);
    expect((await loginFrom(service.baseUrl, '127.0.0.15', user.username, user.password)).status).toBe(200);
    expect((await eventTypesOf(service, user.username)).slice(-1)).toEqual(['LoginUnlocked']);

    await loginFrom(service.baseUrl, '127.0.0.15', user.username, WRONG);
    expect((await loginFrom(service.baseUrl, '127.0.0.15', user.username, user.password)).status).toBe(200);
    expect((await eventTypesOf(service, user.username)).slice(-2)).toEqual([
      'LoginFailed',
      'LoginFailuresForgiven',
    ]);
  });

  it('limits failures per client address to 20 in 15 minutes; other addresses are not slowed', async () => {
    const failuresBefore = await counted(loginFailures);
    for (let i = 0; i < 20; i++) {
      // A new name each time: only the address is throttled here, never a name.
      const answer = await loginFrom(service.baseUrl, '127.0.0.21', `guess.${i}`, WRONG);
      expect(answer.status).toBe(401);
    }
    expect(await counted(loginFailures)).toBe(failuresBefore + 20);
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const blocked = await loginFrom(service.baseUrl, '127.0.0.21', user.username, user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    expect(blocked.contentType).toMatch(/^application\/problem\+json/);
    expect((await loginFrom(service.baseUrl, '127.0.0.22', user.username, user.password)).status).toBe(200);
  });
});

describe('Login throttle across two service instances on one store', () => {
  it('holds a lockout made through one instance in the other', async () => {
    const first = await startApp({ env: { ...ADMIN_ENV } });
    const second = await startApp({ env: { ...ADMIN_ENV }, dataDir: first.dataDir });
    try {
      const admin = await adminToken(first);
      const user = await createStaff(first.baseUrl, admin, { role: 'agent' });
      for (let i = 0; i < 5; i++) {
        const via = i % 2 === 0 ? first : second;
        expect((await loginFrom(via.baseUrl, '127.0.0.31', user.username, WRONG)).status).toBe(401);
      }
      const locked = await loginFrom(second.baseUrl, '127.0.0.32', user.username, user.password);
      expect(locked.status).toBe(429);
      expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
