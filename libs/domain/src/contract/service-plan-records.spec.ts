import { CONTRACT_REGISTERED } from '../testing/contract-fixtures.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { BackdatingError } from '../shared/backdating.error.js';
import { DEFAULT_POLICY } from '../testing/ticket-fixtures.js';
import type { Actor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { ContractCommand } from './contract.commands.js';
import { contractDecider } from './contract.decider.js';
import type { ContractEvent, InspectionRecordedData, RevisitRecordedData } from './contract.events.js';

const given = DeciderSpecification.for(contractDecider);
const EXPERT: Actor = { id: 'eng-5', role: 'engineer' };
const OTHER_ENGINEER: Actor = { id: 'eng-7', role: 'engineer' };
const MANAGER: Actor = { id: 'mgr-1', role: 'manager' };
const AGENT: Actor = { id: 'agent-1', role: 'agent' };
const NOW = '2026-03-20T10:00:00+08:00';

const registered = CONTRACT_REGISTERED;

const FINDINGS = {
  runningStatus: 'All services up',
  environment: 'DB server disk 71% full',
  versions: 'HIS 5.1.3',
  hiddenRisks: 'Backup job not monitored',
  recommendations: 'Add a disk alarm',
};
const ANSWERS = {
  serviceSystemView: 'Satisfied',
  trainingView: 'Wants a refresher for new nurses',
  systemRunningView: 'Stable',
  environmentCheck: 'Checked, fine',
  versionAnalysis: 'One minor version behind',
  hiddenRisks: 'None found',
};

const inspect = (actor: Actor, data: object = {}, now = NOW): ContractCommand =>
  ({
    type: 'RecordInspection',
    data: { contractId: 'c-1', inspectionId: 'in-1', findings: FINDINGS, ...data },
    actor,
    now,
  }) as ContractCommand;

const revisit = (actor: Actor, data: object = {}, now = NOW): ContractCommand =>
  ({
    type: 'RecordRevisit',
    data: {
      contractId: 'c-1',
      revisitId: 'rv-1',
      answers: ANSWERS,
      contactName: 'Li Hua (fictional)',
      ...data,
    },
    actor,
    now,
  }) as ContractCommand;

const inspected = (data: Partial<InspectionRecordedData> = {}): ContractEvent => ({
  type: 'InspectionRecorded',
  data: {
    contractId: 'c-1',
    inspectionId: 'in-1',
    period: '2026-03',
    inspectorId: 'eng-5',
    findings: FINDINGS,
    inspectedAt: '2026-03-20T10:00:00.000+08:00',
    recordedBy: 'eng-5',
    ...data,
  },
});

const revisited = (data: Partial<RevisitRecordedData> = {}): ContractEvent => ({
  type: 'RevisitRecorded',
  data: {
    contractId: 'c-1',
    revisitId: 'rv-1',
    period: '2026-Q1',
    answers: ANSWERS,
    contactName: 'Li Hua (fictional)',
    revisitedAt: '2026-03-20T10:00:00.000+08:00',
    recordedBy: 'eng-5',
    ...data,
  },
});

describe('RecordInspection', () => {
  it('records the fixed expert’s inspection for the month of now in the contract’s zone', () => {
    given([registered]).when(inspect(EXPERT)).then([inspected()]);
  });

  it('reads the month in the contract’s zone (23:30 UTC on 31 March is April in Shanghai)', () => {
    given([registered])
      .when(inspect(EXPERT, {}, '2026-03-31T23:30:00Z'))
      .then([inspected({ period: '2026-04', inspectedAt: '2026-04-01T07:30:00.000+08:00' })]);
  });

  it('records a late inspection for an earlier month', () => {
    given([registered])
      .when(inspect(EXPERT, { period: '2026-02', inspectedAt: '2026-03-02T15:00:00+08:00' }))
      .then([inspected({ period: '2026-02', inspectedAt: '2026-03-02T15:00:00.000+08:00' })]);
  });

  it('refuses an inspection dated before the contract was registered', () => {
    const policyV1: ContractEvent = {
      type: 'SlaPolicySet',
      data: {
        contractId: 'c-1',
        version: 1,
        effectiveFrom: '2026-03-01T09:00:00.000+08:00',
        policy: DEFAULT_POLICY,
        setBy: 'admin-1',
      },
    };
    given([registered, policyV1])
      .when(inspect(EXPERT, { period: '2026-02', inspectedAt: '2026-02-27T15:00:00+08:00' }))
      .thenThrows(BackdatingError, (e) => {
        expect(e.code).toBe('before_contract_registered');
        expect(e.field).toBe('inspectedAt');
      });
  });

  it('refuses another engineer, naming the rule', () => {
    given([registered])
      .when(inspect(OTHER_ENGINEER))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('inspection_by_fixed_expert'));
  });

  it('accepts another engineer when a manager overrides with a reason', () => {
    given([registered])
      .when(inspect(MANAGER, { inspectorId: 'eng-7', override: { reason: 'Expert on sick leave' } }))
      .then([
        inspected({
          inspectorId: 'eng-7',
          override: { by: 'mgr-1', reason: 'Expert on sick leave' },
          recordedBy: 'mgr-1',
        }),
      ]);
  });

  it('refuses a manager’s override without a reason', () => {
    given([registered])
      .when(inspect(MANAGER, { inspectorId: 'eng-7', override: {} }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.override.reason'));
  });

  it('refuses a manager recording someone else’s inspection without an override', () => {
    given([registered])
      .when(inspect(MANAGER, { inspectorId: 'eng-7' }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('inspection_by_fixed_expert'));
  });

  it('refuses an override from an engineer', () => {
    given([registered])
      .when(inspect(OTHER_ENGINEER, { override: { reason: 'I was there' } }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('override_requires_manager'));
  });

  it('refuses an engineer recording in someone else’s name', () => {
    given([registered])
      .when(inspect(OTHER_ENGINEER, { inspectorId: 'eng-5' }))
      .thenThrows(ForbiddenError);
  });

  it('refuses an agent', () => {
    given([registered]).when(inspect(AGENT)).thenThrows(ForbiddenError);
  });

  it('refuses a second inspection for the same month (409)', () => {
    given([registered, inspected()])
      .when(inspect(EXPERT, { inspectionId: 'in-2' }))
      .thenThrows(AlreadyExistsError);
  });

  it('refuses a month that has not begun and an instant in the future', () => {
    given([registered])
      .when(inspect(EXPERT, { period: '2026-04' }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('period_not_started'));
    given([registered])
      .when(inspect(EXPERT, { inspectedAt: '2026-03-21T10:00:00+08:00' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.inspectedAt'));
  });

  it('names a missing finding and a malformed month', () => {
    given([registered])
      .when(inspect(EXPERT, { findings: { ...FINDINGS, hiddenRisks: ' ' } }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.findings.hiddenRisks'));
    given([registered])
      .when(inspect(EXPERT, { period: '2026-13' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.period'));
  });

  it('follows a change of the fixed expert', () => {
    const changed: ContractEvent = {
      type: 'InspectionExpertChanged',
      data: {
        contractId: 'c-1',
        from: 'eng-5',
        to: 'eng-7',
        reason: 'Workload',
        changedAt: '2026-03-01T09:00:00.000+08:00',
        changedBy: 'mgr-1',
      },
    };
    given([registered, changed])
      .when(inspect(OTHER_ENGINEER))
      .then([inspected({ inspectorId: 'eng-7', recordedBy: 'eng-7' })]);
    given([registered, changed])
      .when(inspect(EXPERT))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('inspection_by_fixed_expert'));
  });

  it('refuses a contract never registered', () => {
    given([]).when(inspect(EXPERT)).thenThrows(Error);
  });
});

describe('RecordRevisit', () => {
  it('records the customer’s answers for the quarter of now', () => {
    given([registered]).when(revisit(EXPERT)).then([revisited()]);
  });

  it('may be recorded by an agent or a manager, for an earlier quarter', () => {
    given([registered])
      .when(revisit(AGENT, { period: '2025-Q4' }))
      .then([revisited({ period: '2025-Q4', recordedBy: 'agent-1' })]);
  });

  it('refuses a second revisit for the same quarter (409)', () => {
    given([registered, revisited()])
      .when(revisit(MANAGER, { revisitId: 'rv-2' }))
      .thenThrows(AlreadyExistsError);
  });

  it('refuses an auditor, a quarter not begun, a missing answer and a malformed quarter', () => {
    given([registered])
      .when(revisit({ id: 'aud-1', role: 'auditor' }))
      .thenThrows(ForbiddenError);
    given([registered])
      .when(revisit(EXPERT, { period: '2026-Q2' }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('period_not_started'));
    given([registered])
      .when(revisit(EXPERT, { answers: { ...ANSWERS, trainingView: undefined } }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.answers.trainingView'));
    given([registered])
      .when(revisit(EXPERT, { period: '2026-Q5' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.period'));
  });
});
