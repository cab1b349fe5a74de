import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '#event-store';
import { startServiceProcess } from '../support/start-service-process.js';

async function headPosition(baseUrl: string): Promise<string | null> {
  const body = (await (await fetch(`${baseUrl}/health`)).json()) as {
    details: { eventStore: { headPosition: string | null } };
  };
  if (!body.details) throw new Error(`health answered ${JSON.stringify(body)}`);
  return body.details.eventStore.headPosition;
}

describe('The built service as a process', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-desk-process-spec-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on an ephemeral port, shuts down on SIGTERM closing the store, and restarts on the same data', async () => {
    const first = await startServiceProcess({ dataDir });
    expect((await fetch(`${first.baseUrl}/health`)).status).toBe(200);
    // The first start records the bootstrap admin, nothing else.
    const bootstrapHead = await headPosition(first.baseUrl);
    expect(bootstrapHead).not.toBeNull();

    const writer = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    const event = {
      id: randomUUID(),
      type: 'ProbeRecorded',
      data: {},
      metadata: { actor: { id: 't', role: 'agent' }, source: 'api' as const },
    };
    await writer.append('probe-1', [event], { expectedRevision: 'no_stream' });
    await writer.close();

    const exit = await first.stop();
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(first.output()).toContain('Closed the sqlite event store');

    const second = await startServiceProcess({ dataDir });
    try {
      expect(await headPosition(second.baseUrl)).toBe(String(BigInt(bootstrapHead!) + 1n));
    } finally {
      await second.kill('SIGKILL');
    }
  });
});
