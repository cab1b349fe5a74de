import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#event-store';
import { openReadDatabase } from '../../read-database.js';
import { projectInBatches, projectInMemory } from '../../project.fixture.js';
import { slaFactsProjection } from './sla-facts.projection.js';
import type { SlaFactsDb } from './sla-facts.tables.js';

let position = 0n;
const event = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  stream: `contract-${String(data.contractId)}`,
  revision: Number(position),
  position: ++position,
  data: data as RecordedEvent['data'],
  metadata: {
    actor: { id: 'agent-1', role: 'agent' },
    source: 'api',
    occurredAt: '2026-03-20T10:00:00.000+08:00',
    recordedAt: '2026-03-20T10:00:00.000+08:00',
  },
  prevHash: null,
  hash: '',
});
const registered = event('ContractRegistered', {
  contractId: 'c-1',
  customerId: 'cu-1',
  name: 'Contract one (fictional)',
});
const survey = (surveyId: string, phase: string, surveyedAt: string, scores: Record<string, number>) =>
  event('PhaseSurveyRecorded', {
    contractId: 'c-1',
    surveyId,
    phase,
    product: { name: 'DIP platform', version: '3.2' },
    respondent: 'Zhao Lei (fictional)',
    scores,
    surveyedAt,
    recordedBy: 'agent-1',
  });
const LOG = [
  registered,
  survey('S1', 'training', '2026-03-10T10:00:00.000+08:00', { overall: 4, trainingEffect: 0 }),
  survey('S2', 'installation', '2026-03-01T00:30:00.000+08:00', { overall: 5, installationQuality: 3 }),
];

const rowsOf = (db: { selectFrom: SlaFactsDbSelect }) =>
  db
    .selectFrom('sla_phase_surveys')
    .select(['surveyed_at', 'survey_id', 'contract_id', 'customer_id', 'phase'])
    .select(['score_overall', 'score_training_effect', 'score_installation_quality', 'score_response_time'])
    .orderBy('surveyed_at')
    .execute();
type SlaFactsDbSelect = ReturnType<typeof openReadDatabase<SlaFactsDb>>['selectFrom'];

describe('sla-facts: phase surveys', () => {
  it('keeps one row per phase survey with the contract’s customer, in survey-time order, 0 kept as given', async () => {
    const db = await projectInMemory(slaFactsProjection, LOG);
    expect(await rowsOf(db)).toEqual([
      {
        surveyed_at: Date.parse('2026-02-28T16:30:00Z'),
        survey_id: 'S2',
        contract_id: 'c-1',
        customer_id: 'cu-1',
        phase: 'installation',
        score_overall: 5,
        score_training_effect: null,
        score_installation_quality: 3,
        score_response_time: null,
      },
      {
        surveyed_at: Date.parse('2026-03-10T02:00:00Z'),
        survey_id: 'S1',
        contract_id: 'c-1',
        customer_id: 'cu-1',
        phase: 'training',
        score_overall: 4,
        score_training_effect: 0,
        score_installation_quality: null,
        score_response_time: null,
      },
    ]);
    expect(await db.selectFrom('sla_contracts').selectAll().execute()).toEqual([
      { contract_id: 'c-1', customer_id: 'cu-1' },
    ]);
    await db.destroy();
  });

  it('handles ContractRegistered and PhaseSurveyRecorded, and is at version 3', () => {
    expect(slaFactsProjection.handles.has('PhaseSurveyRecorded')).toBe(true);
    expect(slaFactsProjection.handles.has('ContractRegistered')).toBe(true);
    expect(slaFactsProjection.version).toBe(3);
  });

  it('gives the same rows in batches as one by one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-phase-'));
    try {
      const files = [
        await projectInBatches(slaFactsProjection, LOG, dir, 'one.db', 'one by one'),
        await projectInBatches(slaFactsProjection, LOG, dir, 'batch.db', [3]),
      ];
      const [one, batch] = await Promise.all(
        files.map(async (file) => {
          const db = openReadDatabase<SlaFactsDb>(file);
          const rows = await rowsOf(db);
          await db.destroy();
          return rows;
        }),
      );
      expect(batch).toEqual(one);
      expect(one).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
