import { JwtService } from '@nestjs/jwt';
import { ADMIN_ENV, adminToken } from '../../support/admin-token.js';
import { api } from '../../support/api-client.js';
import { createStaff } from '../../support/create-staff.js';
import { login } from '../../support/login.js';
import { startApp, type StartedApp } from '../../support/start-app.js';

const JWT_SECRET = 'a test key of more than thirty-two characters';

describe('Tokens end: logout, own password change, no expiry', () => {
  let service: StartedApp;
  let admin: string;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV, JWT_SECRET } });
    admin = await adminToken(service);
  });
  afterAll(async () => {
    await service.close();
  });

  it('ends the presented token at logout, and only that one', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'agent' });
    const other = await login(service.baseUrl, user.username, user.password);
    const out = await api(service.baseUrl, user.token).post('/api/auth/logout');
    expect(out.status).toBe(204);
    const after = await api(service.baseUrl, user.token).get('/api/tickets');
    expect(after.status).toBe(401);
    expect(after.body.detail).toBe('The token has been ended by logout');
    expect((await api(service.baseUrl, other).get('/api/tickets')).status).toBe(200);
    expect((await api(service.baseUrl, user.token).post('/api/auth/logout')).status).toBe(401);
  });

  it('lets a user change its own password with the current one: earlier tokens end, a fresh one is answered', async () => {
    const user = await createStaff(service.baseUrl, admin, { role: 'engineer' });
    const wrong = await api(service.baseUrl, user.token).post('/api/auth/password', {
      currentPassword: 'not my passphrase at all',
      newPassword: 'my brand new passphrase',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const weak = await api(service.baseUrl, user.token).post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: `${user.username}-extended`,
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/username/) }]);
    const short = await api(service.baseUrl, user.token).post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'too short',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('newPassword');

    const changed = await api(service.baseUrl, user.token).post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'my brand new passphrase',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ id: user.id, role: 'engineer' });
    expect((await api(service.baseUrl, user.token).get('/api/tickets')).status).toBe(401);
    expect((await api(service.baseUrl, changed.body.accessToken).get('/api/tickets')).status).toBe(200);
    await expect(login(service.baseUrl, user.username, user.password)).rejects.toThrow(/answered 401/);
    await expect(login(service.baseUrl, user.username, 'my brand new passphrase')).resolves.toEqual(
      expect.any(String),
    );
  });

  it('refuses a token signed with the right key but without exp, jti or generation', async () => {
    const me = (await api(service.baseUrl, admin).get('/api/auth/me')).body;
    const jwt = new JwtService({ secret: JWT_SECRET });
    const claims = { sub: me.id, username: 'admin', role: 'admin', gen: 0 };
    const forever = await jwt.signAsync(claims, { jwtid: 'forever-1' });
    const refused = await api(service.baseUrl, forever).get('/api/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe('The token is not valid');
    const withExp = await jwt.signAsync(claims, { jwtid: 'bounded-1', expiresIn: 60 });
    expect((await api(service.baseUrl, withExp).get('/api/auth/me')).status).toBe(200); // the same, with exp
    const noId = await jwt.signAsync(claims, { expiresIn: 60 });
    expect((await api(service.baseUrl, noId).get('/api/auth/me')).status).toBe(401);
  });
});
