import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../../../apps/service-desk/src/event-store/event-store.token.js';
import { waitForReadModels } from '../../support/wait-for-read-models.js';
import { reportedTicket, resolvedTicket, startKbDesk, type KbDesk } from './kb-desk.fixture.js';

const SYMPTOM = '结算接口超时无法提交 (settlement API timeout)';
const PROBLEM = 'application/problem+json';

describe('the knowledge base over HTTP', () => {
  let desk: KbDesk;
  let ticketId: string;
  let caseId: string;
  let position: string;
  beforeAll(async () => {
    desk = await startKbDesk();
    ticketId = await resolvedTicket(desk, SYMPTOM);
    const published = await desk.engineer.post('/api/kb/cases', { ticketId });
    expect(published.status).toBe(201);
    caseId = published.body.id;
    position = published.body.position;
  }, 60_000);
  afterAll(() => desk.close());

  it('publishes a resolved ticket as a case, taking the text from the report and the resolution', async () => {
    const found = await desk.agent.get(`/api/kb/cases/${caseId}?after=${position}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      id: caseId,
      kind: 'case',
      ticketId,
      symptom: SYMPTOM,
      cause: 'Connection pool exhausted at month end',
      fix: 'Enlarged the database connection pool\nSettlement submits again',
      category: 'interface',
      product: { name: 'DIP grouping platform', version: '3.2' },
      revision: 0,
      createdBy: desk.engineer.id,
    });
    expect(found.body.history).toHaveLength(1);
  });

  it('refuses a ticket that is not resolved (409), a second case of a ticket (409), and an unknown ticket (404)', async () => {
    const open = await reportedTicket(desk, '打印机无法打印');
    const notResolved = await desk.engineer.post('/api/kb/cases', { ticketId: open });
    expect(notResolved.status).toBe(409);
    expect(notResolved.headers.get('content-type')).toContain(PROBLEM);
    expect((await desk.engineer.post('/api/kb/cases', { ticketId })).status).toBe(409);
    const unknown = await desk.engineer.post('/api/kb/cases', {
      ticketId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
  });

  it('names the wrong field (400) and keeps agents and customers from publishing (403)', async () => {
    const bad = await desk.engineer.post('/api/kb/cases', { ticketId: 'not-a-uuid', symptom: 42 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain(PROBLEM);
    const fields = (bad.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ticketId', 'symptom']));
    expect((await desk.agent.post('/api/kb/cases', { ticketId })).status).toBe(403);
    expect((await desk.customer.post('/api/kb/cases', { ticketId })).status).toBe(403);
  });

  it('finds the case by any two-character Chinese word of its symptom, and by an English word', async () => {
    for (const q of ['超时', '接口', '结算', '无法提交', 'timeout', 'Settlement']) {
      const found = await desk.agent.get(`/api/kb?q=${encodeURIComponent(q)}&kind=case&after=${position}`);
      expect({ q, status: found.status, ids: found.body.items.map((i: { id: string }) => i.id) }).toEqual({
        q,
        status: 200,
        ids: [caseId],
      });
    }
    const none = await desk.agent.get(`/api/kb?q=${encodeURIComponent('打印')}&after=${position}`);
    expect(none.body.items).toEqual([]);
  });

  it('is for staff only, and refuses a wrong kind naming it', async () => {
    expect((await desk.customer.get('/api/kb?q=timeout')).status).toBe(403);
    expect((await desk.auditor.get('/api/kb?q=timeout')).status).toBe(200);
    const bad = await desk.agent.get('/api/kb?kind=faq');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
  });

  it('ships the five emergency playbooks; software damage is restored within 24 hours', async () => {
    const playbooks = await desk.agent.get(`/api/kb/playbooks?after=${position}`);
    expect(playbooks.status).toBe(200);
    expect(playbooks.body.map((p: { playbookKind: string }) => p.playbookKind).sort()).toEqual([
      'configuration_loss',
      'intrusion',
      'operator_error',
      'software_damage',
      'software_fault',
    ]);
    const damage = playbooks.body.find((p: { playbookKind: string }) => p.playbookKind === 'software_damage');
    expect(damage).toMatchObject({ createdBy: 'seed', revision: 0 });
    expect(damage.response).toContain('24');
    const found = await desk.agent.get(
      `/api/kb?q=${encodeURIComponent('入侵')}&kind=playbook&after=${position}`,
    );
    expect(found.body.items.map((i: { playbookKind: string }) => i.playbookKind)).toEqual(['intrusion']);
  });

  it('revises a case with a reason, keeping the earlier text in its history', async () => {
    const revised = await desk.engineer.put(`/api/kb/cases/${caseId}`, {
      fix: '扩大连接池并增加监控告警',
      reason: 'monitoring added after a second occurrence',
    });
    expect(revised.status).toBe(200);
    const found = await desk.agent.get(`/api/kb/cases/${caseId}?after=${revised.body.position}`);
    expect(found.body).toMatchObject({ fix: '扩大连接池并增加监控告警', symptom: SYMPTOM, revision: 1 });
    expect(
      found.body.history.map((h: { revision: number; text: { fix: string }; reason?: string }) => [
        h.revision,
        h.text.fix,
        h.reason,
      ]),
    ).toEqual([
      [0, 'Enlarged the database connection pool\nSettlement submits again', undefined],
      [1, '扩大连接池并增加监控告警', 'monitoring added after a second occurrence'],
    ]);
    const byNewWord = await desk.agent.get(
      `/api/kb?q=${encodeURIComponent('监控')}&after=${revised.body.position}`,
    );
    expect(byNewWord.body.items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    const noReason = await desk.engineer.put(`/api/kb/cases/${caseId}`, { fix: 'x' });
    expect(noReason.status).toBe(400);
    expect(new Set(noReason.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reason']));
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await fetch(`${desk.app.baseUrl}/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/kb',
        '/api/kb/cases',
        '/api/kb/cases/{id}',
        '/api/kb/playbooks',
        '/api/kb/playbooks/{id}',
      ]),
    );
    expect(Object.keys(document.paths['/api/kb/cases/{id}']).sort()).toEqual(['get', 'put']);
  });

  it('lets a manager alone revise a playbook, with its history', async () => {
    const path = '/api/kb/playbooks/seed-intrusion';
    const body = { response: '隔离主机，保全日志，通知客户信息科 (drill 2026)', reason: 'annual drill' };
    expect((await desk.engineer.put(path, body)).status).toBe(403);
    const revised = await desk.manager.put(path, body);
    expect(revised.status).toBe(200);
    const found = await desk.agent.get(`${path}?after=${revised.body.position}`);
    expect(found.body).toMatchObject({ response: body.response, revision: 1 });
    expect(found.body.history.map((h: { author: string; reason?: string }) => [h.author, h.reason])).toEqual([
      ['seed', undefined],
      [desk.manager.id, 'annual drill'],
    ]);
    expect((await desk.manager.put('/api/kb/playbooks/seed-flood', body)).status).toBe(404);
  });
});

describe('the seed playbooks across restarts', () => {
  it('are written once, however often the service starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kb-restart-'));
    try {
      for (let start = 0; start < 2; start++) {
        const desk = await startKbDesk(dataDir);
        try {
          await waitForReadModels(desk.app.baseUrl, 30_000);
          expect((await desk.agent.get('/api/kb/playbooks')).body).toHaveLength(5);
          const store = desk.app.app.get<EventStore>(EVENT_STORE);
          let written = 0;
          for await (const event of store.readAll()) if (event.type === 'PlaybookWritten') written++;
          expect(written).toBe(5);
        } finally {
          await desk.close();
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
