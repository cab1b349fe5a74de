import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { SqliteEventStore, type EventStore, type NewEvent } from '#event-store';
import { ProjectionHost } from '../../projection-host.js';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import { searchKb, type KbSearch } from './kb-search.js';
import { kbProjection } from './kb.projection.js';
import type { KbDb } from './kb.tables.js';
import { searchTerms } from './search-terms.js';

const ENGINEER = { id: 'eng-1', role: 'engineer' };
const event = (type: string, data: NewEvent['data'], actor = ENGINEER): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor, source: actor.role === 'system' ? 'system' : 'api' },
});

const casePublished = event('CasePublished', {
  caseId: 'case-1',
  ticketId: 't-1',
  symptom: '结算接口超时无法提交',
  cause: 'Connection pool exhausted under month-end load',
  fix: '扩大数据库连接池',
  category: 'interface',
  product: { name: 'DIP grouping platform (fictional)', version: '3.2' },
  publishedBy: 'eng-1',
  publishedAt: '2026-11-03T02:00:00.000Z',
});
const caseRevised = event('CaseRevised', {
  caseId: 'case-1',
  symptom: '结算接口超时无法提交',
  cause: 'Connection pool exhausted under month-end load',
  fix: '扩大数据库连接池并增加监控',
  category: 'interface',
  reason: 'monitoring added',
  revisedBy: 'eng-2',
  revisedAt: '2026-11-04T02:00:00.000Z',
});
const playbookWritten = event(
  'PlaybookWritten',
  {
    playbookId: 'seed-intrusion',
    kind: 'intrusion',
    title: '非法入侵应急预案 / Intrusion',
    prevention: 'Patch monthly',
    response: '隔离受影响主机',
    writtenBy: 'seed',
    writtenAt: '2026-11-01T00:00:00.000Z',
  },
  { id: 'seed', role: 'system' },
);

describe('search terms', () => {
  it('splits Chinese into overlapping two-character words and lower-cases other words', () => {
    expect(searchTerms('结算接口超时 API Timeout')).toEqual([
      '结算',
      '算接',
      '接口',
      '口超',
      '超时',
      'api',
      'timeout',
    ]);
  });

  it('keeps a lone Chinese character as itself', () => {
    expect(searchTerms('HIS 库')).toEqual(['his', '库']);
  });
});

const published = ProjectionSpecification.for(kbProjection)([
  { ...casePublished, stream: 'kb-case-case-1' },
  { ...playbookWritten, stream: 'playbook-seed-intrusion' },
]);
const ids = async (db: Kysely<KbDb>, search: Partial<KbSearch>) =>
  (await searchKb(db, { limit: 10, ...search })).map((row) => row.id);

describe('kb projection', () => {
  it('finds a case by any two-character word of its symptom', async () => {
    await published.when([]).then(async (db) => {
      for (const word of ['结算', '接口', '超时', '无法', '提交'])
        expect(await ids(db, { q: word })).toEqual(['case-1']);
      expect(await ids(db, { q: '超时提交' })).toEqual([]);
      expect(await ids(db, { q: '结算接口' })).toEqual(['case-1']);
      expect(await ids(db, { q: '超' })).toEqual(['case-1']);
      expect(await ids(db, { q: '库' })).toEqual(['case-1']);
      expect(await ids(db, { q: '猫' })).toEqual([]);
    });
  });

  it('finds by English words, ignoring case and matching word beginnings', async () => {
    await published.when([]).then(async (db) => {
      expect(await ids(db, { q: 'POOL' })).toEqual(['case-1']);
      expect(await ids(db, { q: 'exhaust month' })).toEqual(['case-1']);
      expect(await ids(db, { q: 'intrusion' })).toEqual(['seed-intrusion']);
      expect(await ids(db, { q: 'pool intrusion' })).toEqual([]);
    });
  });

  it('filters by kind and lists newest first without a query', async () => {
    await published.when([]).then(async (db) => {
      expect(await ids(db, {})).toEqual(['seed-intrusion', 'case-1']);
      expect(await ids(db, { kind: 'case' })).toEqual(['case-1']);
      expect(await ids(db, { kind: 'playbook', q: '主机' })).toEqual(['seed-intrusion']);
    });
  });

  it('keeps every text of a revised case and searches only the current one', async () => {
    await published.when([{ ...caseRevised, stream: 'kb-case-case-1' }]).then(async (db) => {
      expect(
        await db.selectFrom('kb_entries').selectAll().where('id', '=', 'case-1').executeTakeFirst(),
      ).toMatchObject({
        kind: 'case',
        title: '结算接口超时无法提交',
        fix: '扩大数据库连接池并增加监控',
        revision: 1,
        created_by: 'eng-1',
        created_at: '2026-11-03T02:00:00.000Z',
        updated_at: '2026-11-04T02:00:00.000Z',
        product_name: 'DIP grouping platform (fictional)',
        product_version: '3.2',
      });
      const history = await db.selectFrom('kb_revisions').selectAll().orderBy('revision').execute();
      expect(
        history
          .filter((r) => r.entry_id === 'case-1')
          .map((r) => [r.revision, JSON.parse(r.text).fix, r.reason, r.author]),
      ).toEqual([
        [0, '扩大数据库连接池', null, 'eng-1'],
        [1, '扩大数据库连接池并增加监控', 'monitoring added', 'eng-2'],
      ]);
      expect(await ids(db, { q: '监控' })).toEqual(['case-1']);
    });
  });
});

describe('kb projection in its host', () => {
  let dir: string;
  let store: EventStore;
  let host: ProjectionHost;
  const db = () => host.db<KbDb>('kb');
  const settle = async () => expect(await host.waitFor((await store.headPosition())!, 5000)).toBe(true);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-kb-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    host = new ProjectionHost(store, [kbProjection], { dir: join(dir, 'read') });
    await host.start();
    await store.append('kb-case-case-1', [casePublished], { expectedRevision: 'no_stream' });
    await store.append('playbook-seed-intrusion', [playbookWritten], { expectedRevision: 'no_stream' });
    await settle();
  });
  afterEach(async () => {
    await host.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same rows when rebuilt from position 0', async () => {
    await store.append('kb-case-case-1', [caseRevised], { expectedRevision: 0 });
    await settle();
    const all = async () => ({
      entries: await db().selectFrom('kb_entries').selectAll().orderBy('id').execute(),
      revisions: await db()
        .selectFrom('kb_revisions')
        .selectAll()
        .orderBy('entry_id')
        .orderBy('revision')
        .execute(),
      terms: await db().selectFrom('kb_terms').selectAll().orderBy('term').orderBy('entry_id').execute(),
    });
    const live = await all();
    await host.rebuild('kb');
    expect(await all()).toEqual(live);
  });
});
