import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '#event-store';
import { ActiveFiles } from './active-files.js';
import { ProjectionHost } from './projection-host.js';
import { note, notesProjection, type NotesDb } from './test-projection.fixture.js';

describe('ProjectionHost', () => {
  let dir: string;
  let store: EventStore;
  const hosts: ProjectionHost[] = [];
  const host = async (version = 1) => {
    const h = new ProjectionHost(store, [notesProjection(version)], { dir: join(dir, 'read') });
    hosts.push(h);
    await h.start();
    return h;
  };
  const rows = (h: ProjectionHost) =>
    h.db<NotesDb>('notes').selectFrom('notes').selectAll().orderBy('stream').execute();
  const files = () => readdirSync(join(dir, 'read')).filter((f) => f.endsWith('.sqlite'));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-host-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    await store.append('a', [note('one'), note('two')], { expectedRevision: 'no_stream' });
    await store.append('b', [note('three')], { expectedRevision: 'no_stream' });
  });
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a projection from the start on first run and names its file in the pointer', async () => {
    const h = await host();
    expect(await h.waitFor((await store.headPosition())!, 5000)).toBe(true);
    expect(await rows(h)).toEqual([
      { stream: 'a', n: 2, last_note: 'two' },
      { stream: 'b', n: 1, last_note: 'three' },
    ]);
    expect(files()).toEqual([new ActiveFiles(join(dir, 'read')).get('notes')]);
  });

  it('keeps using the same file after a restart', async () => {
    const first = await host();
    await first.waitFor((await store.headPosition())!, 5000);
    const [file] = files();
    await first.stop();
    const second = await host();
    expect(files()).toEqual([file]);
    expect((await second.statuses())[0]).toMatchObject({ file, caughtUp: true, lag: 0n });
  });

  it('rebuilds a new version from the start and removes the old file', async () => {
    const first = await host(1);
    await first.waitFor((await store.headPosition())!, 5000);
    const [old] = files();
    await first.stop();
    const second = await host(2);
    await second.waitFor((await store.headPosition())!, 5000);
    expect(existsSync(join(dir, 'read', old))).toBe(false);
    expect(files()).toHaveLength(1);
    expect(ActiveFiles.versionOf(files()[0])).toBe(2);
    expect(await rows(second)).toHaveLength(2);
  });

  it('rebuilds by hand beside the live file, swaps, and gives the same rows as the live run', async () => {
    const h = await host();
    await h.waitFor((await store.headPosition())!, 5000);
    const live = await rows(h);
    const [before] = files();
    const result = await h.rebuild('notes');
    expect(result.events).toBe(3);
    expect(files()).toEqual([result.file]);
    expect(result.file).not.toBe(before);
    expect(await rows(h)).toEqual(live);
    const later = await store.append('a', [note('four')], { expectedRevision: 1 });
    expect(await h.waitFor(later.position, 5000)).toBe(true);
    expect((await rows(h))[0]).toEqual({ stream: 'a', n: 3, last_note: 'four' });
  });
});
