import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_ENV, TEST_ADMIN_PASSWORD, adminToken } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { createStaff } from '../support/create-staff.js';
import { login } from '../support/login.js';
import { type StartedApp, startApp } from '../support/start-app.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

describe('Logging in and bearer tokens', () => {
  let service: StartedApp;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
  });
  afterAll(() => service.close());

  it('gives the admin a token, its lifetime and who it is', async () => {
    const response = await api(service.baseUrl).post('/api/auth/login', {
      username: 'admin',
      password: TEST_ADMIN_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresIn: 8 * 60 * 60,
      user: { id: expect.any(String), username: 'admin', role: 'admin', displayName: 'Administrator' },
    });
    const me = await api(service.baseUrl, response.body.accessToken).get('/api/auth/me');
    expect(me.body).toEqual({ id: response.body.user.id, username: 'admin', role: 'admin' });
  });

  it('matches the username ignoring case', async () => {
    await expect(login(service.baseUrl, 'ADMIN', TEST_ADMIN_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrongPassword = await api(service.baseUrl).post('/api/auth/login', {
      username: 'admin',
      password: 'not the password',
    });
    const unknownUser = await api(service.baseUrl).post('/api/auth/login', {
      username: 'nobody',
      password: TEST_ADMIN_PASSWORD,
    });
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        status: 401,
        title: 'Unauthorized',
        detail: 'Wrong username or password',
      });
    }
  });

  it('answers a login without a password with 400 naming the field', async () => {
    const response = await api(service.baseUrl).post('/api/auth/login', { username: 'admin' });
    expect(response.status).toBe(400);
    expect(new Set(response.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['password']),
    );
  });

  it('keeps /health open without a token', async () => {
    expect((await api(service.baseUrl).get('/health')).status).toBe(200);
  });

  it.each([
    [
      'no Authorization header',
      undefined,
      'A bearer token is required (Authorization: Bearer <token>)',
      'Bearer realm="service-ledger"',
    ],
    [
      'another scheme',
      'Basic YWRtaW46YWRtaW4=',
      'The Authorization header must be "Bearer <token>"',
      'Bearer realm="service-ledger", error="invalid_request"',
    ],
    [
      'a forged token',
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
      'The token is not valid',
      'Bearer realm="service-ledger", error="invalid_token"',
    ],
  ])('answers %s with 401 and WWW-Authenticate', async (_case, authorization, detail, challenge) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const response = await fetch(`${service.baseUrl}/api/auth/me`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(challenge);
    expect(response.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(await response.json()).toMatchObject({ status: 401, detail, instance: '/api/auth/me' });
  });

  it('refuses a token signed with another key', async () => {
    const other = await startApp({ env: { ...ADMIN_ENV } });
    try {
      const foreign = await adminToken(other);
      const response = await api(service.baseUrl, foreign).get('/api/auth/me');
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('The token is not valid');
    } finally {
      await other.close();
    }
  });

  it('keeps the generated signing key in DATA_DIR/jwt-secret, readable by the owner only', () => {
    expect(statSync(join(service.dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('lets a new user log in with the password it was given', async () => {
    const token = await adminToken(service);
    const agent = await createStaff(service.baseUrl, token, {
      role: 'agent',
      username: 'li.na',
      password: 'li na secret phrase',
    });
    const me = await api(service.baseUrl, agent.token).get('/api/auth/me');
    expect(me.body).toEqual({ id: agent.id, username: 'li.na', role: 'agent' });
  });
});

describe('Token lifetime', () => {
  it('refuses a token once JWT_TTL_SECONDS have passed', async () => {
    const service = await startApp({ env: { ...ADMIN_ENV, JWT_TTL_SECONDS: '1' } });
    try {
      const token = await adminToken(service);
      expect((await api(service.baseUrl, token).get('/api/auth/me')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const response = await api(service.baseUrl, token).get('/api/auth/me');
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('The token has expired');
    } finally {
      await service.close();
    }
  });
});
