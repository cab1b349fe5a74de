import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api } from '../support/api-client.js';
import { login } from '../support/login.js';
import { runServiceOnce } from '../support/run-service-once.js';
import { startApp } from '../support/start-app.js';
import { startServiceProcess } from '../support/start-service-process.js';

/** The log line (JSON: its quotes escaped) that shows the generated password once. */
const GENERATED = /Created the user \\"admin\\" with the generated password: (\S+) /g;

describe('The first admin and the signing key', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-desk-bootstrap-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start with an ADMIN_PASSWORD that breaks the password rules, naming the rule', async () => {
    await expect(startApp({ dataDir, env: { ADMIN_PASSWORD: 'the Admin passphrase' } })).rejects.toThrow(
      /ADMIN_PASSWORD must not contain the username/,
    );
    await expect(startApp({ dataDir, env: { ADMIN_PASSWORD: 'Unbelievable' } })).rejects.toThrow(
      /ADMIN_PASSWORD is one of the 10,000 most common passwords/,
    );
    await expect(startApp({ dataDir, env: { ADMIN_PASSWORD: 'eleven char' } })).rejects.toThrow(
      /ADMIN_PASSWORD must be at least 12 characters long/,
    );
  });

  it('creates admin with a generated password printed once, and keeps it across a restart', async () => {
    const first = await startServiceProcess({ dataDir });
    let password: string;
    try {
      const printed = [...first.output().matchAll(GENERATED)].map((m) => m[1]);
      expect(printed).toHaveLength(1);
      password = printed[0];
      expect(first.output().split(password)).toHaveLength(2);
      await expect(login(first.baseUrl, 'admin', password)).resolves.toEqual(expect.any(String));
    } finally {
      await first.stop();
    }
    const second = await startServiceProcess({ dataDir });
    try {
      expect(second.output()).not.toContain('Created the user');
      await expect(login(second.baseUrl, 'admin', password)).resolves.toEqual(expect.any(String));
    } finally {
      await second.stop();
    }
  });

  it('uses ADMIN_PASSWORD, prints no password, and does not re-create admin when it changes later', async () => {
    const first = await startApp({ dataDir, env: { ADMIN_PASSWORD: 'first operator passphrase' } });
    await first.close();
    const second = await startApp({ dataDir, env: { ADMIN_PASSWORD: 'second operator passphrase' } });
    try {
      await expect(login(second.baseUrl, 'admin', 'first operator passphrase')).resolves.toEqual(
        expect.any(String),
      );
      await expect(login(second.baseUrl, 'admin', 'second operator passphrase')).rejects.toThrow(
        /answered 401/,
      );
    } finally {
      await second.close();
    }
  });

  it('registers one admin when two instances start on the same data at once', async () => {
    const env = { ADMIN_PASSWORD: 'shared operator passphrase' };
    const [a, b] = await Promise.all([startApp({ dataDir, env }), startApp({ dataDir, env })]);
    try {
      const token = await login(a.baseUrl, 'admin', env.ADMIN_PASSWORD);
      const staff = (await api(a.baseUrl, token).get('/api/staff')).body as { username: string }[];
      expect(staff.filter((s) => s.username === 'admin')).toHaveLength(1);
      const viaB = await login(b.baseUrl, 'admin', env.ADMIN_PASSWORD);
      expect((await api(b.baseUrl, viaB).get('/api/auth/me')).body.username).toBe('admin');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps tokens valid across a restart on the same DATA_DIR', async () => {
    const env = { ADMIN_PASSWORD: 'restart operator passphrase' };
    const first = await startApp({ dataDir, env });
    const token = await login(first.baseUrl, 'admin', env.ADMIN_PASSWORD);
    await first.close();
    const second = await startApp({ dataDir, env });
    try {
      const me = await api(second.baseUrl, token).get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.username).toBe('admin');
    } finally {
      await second.close();
    }
  });

  it('signs with JWT_SECRET when it is set, and writes no key file', async () => {
    const env = { ADMIN_PASSWORD: 'secret operator passphrase', JWT_SECRET: 'k'.repeat(40) };
    const service = await startApp({ dataDir, env });
    try {
      const token = await login(service.baseUrl, 'admin', env.ADMIN_PASSWORD);
      expect((await api(service.baseUrl, token).get('/api/auth/me')).status).toBe(200);
      expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
    } finally {
      await service.close();
    }
  });

  it('refuses to start with a JWT_SECRET shorter than 32 characters, without echoing it', async () => {
    const run = await runServiceOnce({ PORT: '0', DATA_DIR: dataDir, JWT_SECRET: 'too-short-secret' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JWT_SECRET must be at least 32 characters long');
    expect(run.stderr + run.stdout).not.toContain('too-short-secret');
  });
});
