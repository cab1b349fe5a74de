import { CONTRACT_REGISTERED } from '../testing/contract-fixtures.js';
import { ValidationError } from '../shared/validation.error.js';
import type { ContractEvent, InspectionRecordedData } from './contract.events.js';
import { servicePlanStatus } from './service-plan-status.js';

const registered = CONTRACT_REGISTERED;
const FINDINGS = {
  runningStatus: 'r',
  environment: 'e',
  versions: 'v',
  hiddenRisks: 'h',
  recommendations: 'c',
};
const inspection = (inspectionId: string, period: string, inspectedAt: string): ContractEvent => ({
  type: 'InspectionRecorded',
  data: {
    contractId: 'c-1',
    inspectionId,
    period,
    inspectorId: 'eng-5',
    findings: FINDINGS,
    inspectedAt,
    recordedBy: 'eng-5',
  } satisfies InspectionRecordedData,
});
const revisit = (revisitId: string, period: string, revisitedAt: string): ContractEvent => ({
  type: 'RevisitRecorded',
  data: {
    contractId: 'c-1',
    revisitId,
    period,
    answers: {
      serviceSystemView: 's',
      trainingView: 't',
      systemRunningView: 'r',
      environmentCheck: 'e',
      versionAnalysis: 'v',
      hiddenRisks: 'h',
    },
    contactName: 'Li Hua (fictional)',
    revisitedAt,
    recordedBy: 'eng-5',
  },
});

const NOW = '2026-04-15T10:00:00+08:00';
const history: ContractEvent[] = [
  registered,
  inspection('in-jan', '2026-01', '2026-01-31T23:30:00.000+08:00'),
  inspection('in-feb', '2026-02', '2026-03-02T15:00:00.000+08:00'),
  inspection('in-apr', '2026-04', '2026-04-10T09:00:00.000+08:00'),
  revisit('rv-q1', '2026-Q1', '2026-04-02T14:00:00.000+08:00'),
];

describe('servicePlanStatus', () => {
  it('gives each month and quarter from the month of final acceptance: on time, late, missed, due', () => {
    expect(servicePlanStatus(history, '2025-12', '2026-05', NOW)).toEqual({
      contractId: 'c-1',
      timeZone: 'Asia/Shanghai',
      planStartsIn: '2026-01',
      inspections: [
        {
          period: '2026-01',
          status: 'on_time',
          dueBy: '2026-02-01T00:00:00.000+08:00',
          recordId: 'in-jan',
          doneAt: '2026-01-31T23:30:00.000+08:00',
        },
        {
          period: '2026-02',
          status: 'late',
          dueBy: '2026-03-01T00:00:00.000+08:00',
          recordId: 'in-feb',
          doneAt: '2026-03-02T15:00:00.000+08:00',
        },
        { period: '2026-03', status: 'missed', dueBy: '2026-04-01T00:00:00.000+08:00' },
        {
          period: '2026-04',
          status: 'on_time',
          dueBy: '2026-05-01T00:00:00.000+08:00',
          recordId: 'in-apr',
          doneAt: '2026-04-10T09:00:00.000+08:00',
        },
        { period: '2026-05', status: 'due', dueBy: '2026-06-01T00:00:00.000+08:00' },
      ],
      revisits: [
        {
          period: '2026-Q1',
          status: 'late',
          dueBy: '2026-04-01T00:00:00.000+08:00',
          recordId: 'rv-q1',
          doneAt: '2026-04-02T14:00:00.000+08:00',
        },
        { period: '2026-Q2', status: 'due', dueBy: '2026-07-01T00:00:00.000+08:00' },
      ],
      totals: {
        inspections: { due: 1, onTime: 2, late: 1, missed: 1 },
        revisits: { due: 1, onTime: 0, late: 1, missed: 0 },
      },
    });
  });

  it('reads period ends in the contract’s zone: a month just over in Shanghai is missed', () => {
    const plan = servicePlanStatus([registered], '2026-03', '2026-03', '2026-03-31T16:00:00Z');
    expect(plan?.inspections).toEqual([
      { period: '2026-03', status: 'missed', dueBy: '2026-04-01T00:00:00.000+08:00' },
    ]);
    const before = servicePlanStatus([registered], '2026-03', '2026-03', '2026-03-31T15:59:59Z');
    expect(before?.inspections[0]?.status).toBe('due');
  });

  it('lists every quarter the range touches, and a missed quarter', () => {
    const plan = servicePlanStatus([registered], '2026-03', '2026-04', NOW);
    expect(plan?.revisits.map((r) => [r.period, r.status])).toEqual([
      ['2026-Q1', 'missed'],
      ['2026-Q2', 'due'],
    ]);
  });

  it('is undefined for a contract never registered, and names a bad range', () => {
    expect(servicePlanStatus([], '2026-01', '2026-02', NOW)).toBeUndefined();
    expect(() => servicePlanStatus(history, '2026-05', '2026-01', NOW)).toThrow(ValidationError);
    expect(() => servicePlanStatus(history, '2026-1', '2026-02', NOW)).toThrow(ValidationError);
    expect(() => servicePlanStatus(history, '2016-01', '2026-02', NOW)).toThrow(ValidationError);
  });
});
