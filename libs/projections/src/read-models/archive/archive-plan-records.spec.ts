import { ProjectionSpecification } from '../../testing/projection-specification.js';
import { archiveProjection } from './archive.projection.js';

const given = ProjectionSpecification.for(archiveProjection, { occurredAt: '2026-03-20T10:00:00.000+08:00' });

const FINDINGS = {
  runningStatus: 'Up (fictional)',
  environment: 'Disk 70%',
  versions: '3.2.1',
  hiddenRisks: 'None',
  recommendations: 'None',
};
const inspection = {
  contractId: 'c-1',
  inspectionId: 'i-1',
  period: '2026-03',
  inspectorId: 'eng-1',
  findings: FINDINGS,
  inspectedAt: '2026-03-05T10:00:00.000+08:00',
  recordedBy: 'eng-1',
};
const survey = {
  contractId: 'c-1',
  surveyId: 'S1',
  phase: 'training',
  product: { name: 'DIP platform', version: '3.2' },
  respondent: 'Zhao Lei (fictional)',
  scores: { overall: 4, trainingEffect: 0 },
  surveyedAt: '2026-03-10T10:00:00.000+08:00',
  recordedBy: 'agent-1',
};
const registered = {
  type: 'ContractRegistered',
  data: {
    contractId: 'c-1',
    customerId: 'cu-1',
    name: 'Contract one (fictional)',
    product: { name: 'DIP platform', version: '3.2' },
  },
};
const revisit = {
  contractId: 'c-1',
  revisitId: 'r-1',
  period: '2026-Q1',
  answers: { serviceSystemView: 'Fine' },
  contactName: 'Li Hua (fictional)',
  revisitedAt: '2026-03-25T15:00:00.000+08:00',
  recordedBy: 'agent-1',
};

describe('archive: inspections, revisits and phase surveys', () => {
  it('keeps one row each, with the contract’s customer, the instant and the event data whole', async () => {
    await given([registered])
      .when([
        { type: 'InspectionRecorded', data: inspection },
        { type: 'RevisitRecorded', data: revisit },
        { type: 'PhaseSurveyRecorded', data: survey },
      ])
      .then(async (db) => {
        const rows = await db.selectFrom('archive_plan_records').selectAll().orderBy('done_at').execute();
        expect(rows.map((r) => [r.kind, r.record_id, r.customer_id, r.period, r.done_at_iso])).toEqual([
          ['inspection', 'i-1', 'cu-1', '2026-03', '2026-03-05T10:00:00.000+08:00'],
          ['phase_survey', 'S1', 'cu-1', 'training', '2026-03-10T10:00:00.000+08:00'],
          ['revisit', 'r-1', 'cu-1', '2026-Q1', '2026-03-25T15:00:00.000+08:00'],
        ]);
        expect(rows[0].done_at).toBe(Date.parse('2026-03-05T02:00:00Z'));
        expect(JSON.parse(rows[0].data)).toEqual(inspection);
        expect(JSON.parse(rows[1].data)).toEqual(survey);
      });
  });

  it('handles the three record events, at version 4', () => {
    for (const type of ['InspectionRecorded', 'RevisitRecorded', 'PhaseSurveyRecorded'] as const) {
      expect(archiveProjection.handles.has(type)).toBe(true);
    }
    expect(archiveProjection.version).toBe(4);
  });
});
