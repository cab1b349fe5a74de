import { join } from 'node:path';
import { SqliteEventStore } from '#event-store';
import { ADMIN_ENV, adminToken } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { createCustomer } from '../support/create-customer.js';
import { createStaff } from '../support/create-staff.js';
import { login } from '../support/login.js';
import { type StartedApp, startApp } from '../support/start-app.js';

describe('Staff', () => {
  let service: StartedApp;
  let admin: string;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    admin = await adminToken(service);
  });
  afterAll(() => service.close());

  const registration = (username: string, over: Record<string, unknown> = {}) => ({
    username,
    password: 'a long enough password',
    displayName: 'Duty Engineer One',
    role: 'engineer',
    ...over,
  });

  it('registers exactly one of ten concurrent requests for the same username; the rest get 409', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api(service.baseUrl, admin).post(
          '/api/staff',
          registration(i % 2 ? 'Duty.Engineer' : 'duty.engineer'),
        ),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(conflict.body).toMatchObject({ code: 'username_taken', errors: [{ field: 'username' }] });

    const list = await api(service.baseUrl, admin).get('/api/staff');
    const sameName = list.body.filter(
      (s: { username: string }) => s.username.toLowerCase() === 'duty.engineer',
    );
    expect(sameName).toHaveLength(1);
    expect(sameName[0].id).toBe(responses.find((r) => r.status === 201)!.body.id);
  });

  it('completes a retried registration with the same Idempotency-Key once', async () => {
    const key = { 'Idempotency-Key': 'register-li-lei' };
    const first = await api(service.baseUrl, admin).post('/api/staff', registration('li.lei'), key);
    const retry = await api(service.baseUrl, admin).post('/api/staff', registration('li.lei'), key);
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const store = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    try {
      const registered = [];
      for await (const event of store.readAll()) {
        if (event.type === 'StaffRegistered' && event.data.username === 'li.lei')
          registered.push(event.stream);
      }
      expect(registered).toEqual([`staff-${first.body.id}`]);
    } finally {
      await store.close();
    }
  });

  it('lists users without personal data or password hashes, and shows one', async () => {
    const created = await createStaff(service.baseUrl, admin, { role: 'agent', displayName: 'Sun Li' });
    const list = await api(service.baseUrl, admin).get('/api/staff');
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual({
      id: created.id,
      username: created.username,
      displayName: 'Sun Li',
      role: 'agent',
      status: 'active',
    });
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash/);

    const one = await api(service.baseUrl, admin).get(`/api/staff/${created.id}`);
    expect(one.body).toEqual({ ...list.body.find((s: { id: string }) => s.id === created.id), revision: 0 });
    expect(one.headers.get('etag')).toBe('"0"');
  });

  it('lets users read themselves but not each other', async () => {
    const a = await createStaff(service.baseUrl, admin, { role: 'engineer' });
    const b = await createStaff(service.baseUrl, admin, { role: 'engineer' });
    expect((await api(service.baseUrl, a.token).get(`/api/staff/${a.id}`)).status).toBe(200);
    const other = await api(service.baseUrl, a.token).get(`/api/staff/${b.id}`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({
      role: 'engineer',
      detail: "The role 'engineer' may not read another user",
    });
  });

  it('binds a customer contact to an existing customer only', async () => {
    const customerId = await createCustomer(service.baseUrl, admin);
    const ok = await api(service.baseUrl, admin).post(
      '/api/staff',
      registration('dr.wang', { role: 'customer', customerId }),
    );
    expect(ok.status).toBe(201);
    const unknown = await api(service.baseUrl, admin).post(
      '/api/staff',
      registration('dr.nobody', { role: 'customer', customerId: 'no-such-customer' }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('customer_unknown');
  });

  it.each([
    [{ role: 'customer' }, 'customerId'],
    [{ role: 'agent', customerId: 'c-1' }, 'customerId'],
    [{ role: 'boss' }, 'role'],
    [{ username: 'x' }, 'username'],
    [{ password: 'short' }, 'password'],
    [{ isAdmin: true }, 'isAdmin'],
  ])('refuses %j with 400 naming %s', async (over, field) => {
    const response = await api(service.baseUrl, admin).post('/api/staff', registration('bad.input', over));
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('deactivates a user: it cannot log in and its token ends for good; reactivation restores the login', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const off = await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, {
      active: false,
      reason: 'left',
    });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ id: user.id, revision: 1, position: expect.stringMatching(/^\d+$/) });

    expect((await api(service.baseUrl, user.token).get('/api/auth/me')).status).toBe(401);
    await expect(login(service.baseUrl, user.username, user.password)).rejects.toThrow(/answered 401/);
    expect((await api(service.baseUrl, admin).get(`/api/staff/${user.id}`)).body.status).toBe('deactivated');

    const on = await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, { active: true });
    expect(on.body.revision).toBe(2);
    expect((await api(service.baseUrl, user.token).get('/api/auth/me')).status).toBe(401);
    const fresh = await login(service.baseUrl, user.username, user.password);
    expect((await api(service.baseUrl, fresh).get('/api/auth/me')).status).toBe(200);
  });

  it('changes a role and resets a password: every earlier token ends, the new password logs in with the new role', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const changed = await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, {
      role: 'manager',
      displayName: 'Manager Qian',
      password: 'the new password',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.revision).toBe(3);
    const old = await api(service.baseUrl, user.token).get('/api/tickets');
    expect(old.status).toBe(401);
    expect(old.body.detail).toMatch(/issued before the user’s password, role or status changed/);
    await expect(login(service.baseUrl, user.username, user.password)).rejects.toThrow(/answered 401/);
    const fresh = await login(service.baseUrl, user.username, 'the new password');
    expect((await api(service.baseUrl, fresh).get('/api/auth/me')).body.role).toBe('manager');
    expect((await api(service.baseUrl, fresh).get('/api/staff')).status).toBe(200);
  });

  it('ends earlier tokens at a role change alone, and at a password reset alone', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, { role: 'engineer' });
    expect((await api(service.baseUrl, user.token).get('/api/tickets')).status).toBe(401);
    const second = await login(service.baseUrl, user.username, user.password);
    expect((await api(service.baseUrl, second).get('/api/tickets')).status).toBe(200);
    await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, { password: 'another long passphrase' });
    expect((await api(service.baseUrl, second).get('/api/tickets')).status).toBe(401);
  });

  it('keeps the password rules wherever an admin sets one: length, the username, the common ones', async () => {
    const cases: [object, RegExp][] = [
      [{ username: 'rules.one', password: 'short pass' }, /at least 12 characters/],
      [{ username: 'rules.two', password: 'my rules.two secret' }, /must not contain the username/],
      [{ username: 'rules.three', password: 'RULES.THREE and more' }, /must not contain the username/],
      [{ username: 'rules.four', password: 'Unbelievable' }, /10,000 most common/],
    ];
    for (const [body, message] of cases) {
      const response = await api(service.baseUrl, admin).post('/api/staff', {
        displayName: 'Rules',
        role: 'agent',
        ...body,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
    }
    const user = await createStaff(service.baseUrl, admin, { role: 'agent', username: 'rules.five' });
    const reset = await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, {
      password: 'Rules.Five forever',
    });
    expect(reset.status).toBe(400);
    expect(reset.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/username/) }]);
  });

  it('refuses an empty change with 400, an unknown user with 404, and an admin locking itself out with 422', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    expect((await api(service.baseUrl, admin).patch(`/api/staff/${user.id}`, {})).status).toBe(400);
    expect((await api(service.baseUrl, admin).patch('/api/staff/nobody', { active: false })).status).toBe(
      404,
    );
    const me = (await api(service.baseUrl, admin).get('/api/auth/me')).body.id;
    const self = await api(service.baseUrl, admin).patch(`/api/staff/${me}`, { active: false });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('own_access');
  });

  it('guards a change with If-Match (412 on a stale revision)', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const stale = await api(service.baseUrl, admin).patch(
      `/api/staff/${user.id}`,
      { displayName: 'Stale' },
      { 'If-Match': '"5"' },
    );
    expect(stale.status).toBe(412);
    const fresh = await api(service.baseUrl, admin).patch(
      `/api/staff/${user.id}`,
      { displayName: 'Fresh' },
      { 'If-Match': '"0"' },
    );
    expect(fresh.status).toBe(200);
  });
});
