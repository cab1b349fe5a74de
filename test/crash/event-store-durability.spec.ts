import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SqliteEventStore, verifyStream, type RecordedEvent } from '#event-store';

const writerScript = join(process.cwd(), 'dist/test/crash/append-writer.js');

/** Starts the writer, waits for `acks` acknowledgements, then SIGKILLs it mid-write. */
async function writeThenKill(file: string, acks: number): Promise<{ stream: string; id: string }[]> {
  const child = spawn(process.execPath, [writerScript, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked: { stream: string; id: string }[] = [];
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  for await (const line of lines) {
    const [word, stream, , id] = line.split(' ');
    if (word === 'ack') acked.push({ stream, id });
    if (acked.length === acks) child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');
  return acked;
}

describe('SQLite store durability', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-durability-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, with the hash chain intact, when the writer is killed', async () => {
    const file = join(dir, 'events.sqlite');
    const acked = [...(await writeThenKill(file, 2000)), ...(await writeThenKill(file, 1000))];

    const store = new SqliteEventStore({ file });
    const byStream = new Map<string, RecordedEvent[]>();
    for await (const event of store.readAll()) {
      byStream.set(event.stream, [...(byStream.get(event.stream) ?? []), event]);
    }
    await store.close();

    const stored = new Set([...byStream.values()].flat().map((e) => e.id));
    const missing = acked.filter((a) => !stored.has(a.id));
    expect(missing).toEqual([]);
    for (const [stream, events] of byStream) {
      expect({ stream, result: verifyStream(events) }).toMatchObject({ stream, result: { ok: true } });
    }
  }, 60_000);
});
