import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, verifyStore } from '../index.js';

const event = (note: string) => ({
  id: randomUUID(),
  type: 'Noted',
  data: { note },
  metadata: { actor: { id: 'u1', role: 'agent' }, source: 'api' as const },
});

describe('a byte changed in the SQLite file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-tamper-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is found by verifyStore, which names the changed event', async () => {
    const file = join(dir, 'events.sqlite');
    let store = new SqliteEventStore({ file });
    await store.append('ticket-1', [event('responded by phone'), event('penalty: 30 minutes late')], {
      expectedRevision: 'no_stream',
    });
    await store.append('ticket-2', [event('untouched')], { expectedRevision: 'no_stream' });
    const target = (await (async () => {
      for await (const e of store.readStream('ticket-1', { fromRevision: 1 })) return e;
    })())!;
    await store.close();

    const bytes = readFileSync(file);
    const at = bytes.indexOf('30 minutes late');
    expect(at).toBeGreaterThan(0);
    bytes[at] = '2'.charCodeAt(0);
    writeFileSync(file, bytes);

    store = new SqliteEventStore({ file });
    const result = await verifyStore(store);
    await store.close();
    expect(result).toMatchObject({ ok: false, streams: 2, events: 3 });
    expect(result.breaks).toEqual([
      expect.objectContaining({ stream: 'ticket-1', id: target.id, revision: 1, reason: 'hash-mismatch' }),
    ]);
  });
});
