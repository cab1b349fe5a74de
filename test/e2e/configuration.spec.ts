import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServiceOnce } from '../support/run-service-once.js';
import { startApp } from '../support/start-app.js';

const STACK_LINE = /^\s+at /m;

describe('A bad environment stops the service at start with a plain message', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'service-desk-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names PORT and its rule when PORT is not a number', async () => {
    const run = await runServiceOnce({ PORT: 'abc', DATA_DIR: join(dir, 'data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT must be an integer from 0 to 65535 (got "abc")');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('lists every bad variable at once, and never echoes a secret', async () => {
    const run = await runServiceOnce({
      PORT: '70000',
      LOG_LEVEL: 'chatty',
      ADMIN_PASSWORD: 'pw123',
      EVENTSTORE_CONNECTION_STRING: 'http://admin:s3cret@esdb:2113',
      DATA_DIR: join(dir, 'data'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT must be an integer from 0 to 65535 (got "70000")');
    expect(run.stderr).toContain(
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent (got "chatty")',
    );
    expect(run.stderr).toContain('ADMIN_PASSWORD must be at least 12 characters long');
    expect(run.stderr).toContain(
      'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string',
    );
    expect(run.stderr + run.stdout).not.toMatch(/pw123|s3cret/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('says so when DATA_DIR cannot be created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const run = await runServiceOnce({ PORT: '0', DATA_DIR: join(file, 'data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATA_DIR must be a folder the service can create and write .*ENOTDIR/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('says plainly when the EventStoreDB server cannot be reached, credentials masked', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const run = await runServiceOnce({
      PORT: '0',
      DATA_DIR: join(dir, 'data'),
      EVENTSTORE_CONNECTION_STRING: 'esdb://admin:s3cret@127.0.0.1:1?tls=false',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'The service desk cannot start. Cannot read the EventStoreDB at esdb://***@127.0.0.1:1?tls=false:',
    );
    expect(run.stderr + run.stdout).not.toContain('s3cret');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('says so when PORT is already taken', async () => {
    const other = await startApp();
    try {
      const port = new URL(other.baseUrl).port;
      const run = await runServiceOnce({ PORT: port, DATA_DIR: join(dir, 'data') });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `The service desk cannot start. listen EADDRINUSE: address already in use 0.0.0.0:${port}`,
      );
      expect(run.stderr).not.toMatch(STACK_LINE);
    } finally {
      await other.close();
    }
  });
});
