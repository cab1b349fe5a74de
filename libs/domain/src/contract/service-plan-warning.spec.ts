import { SLA_WATCHMAN, type Actor } from '../shared/actor.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { CONTRACT_REGISTERED } from '../testing/contract-fixtures.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { ContractCommand } from './contract.commands.js';
import { contractDecider } from './contract.decider.js';
import type { ContractEvent } from './contract.events.js';
import { evolveContract, initialContractState, type Contract } from './contract.state.js';
import { nextServicePlanCheck, servicePlanWarningsDue } from './service-plan-warning.js';

const given = DeciderSpecification.for(contractDecider);
const MANAGER: Actor = { id: 'mgr-1', role: 'manager' };

const warn = (kind: string, period: string, now: string, actor: object = SLA_WATCHMAN): ContractCommand =>
  ({
    type: 'WarnServicePlanMissed',
    data: { contractId: 'c-1', kind, period },
    actor,
    now,
  }) as ContractCommand;

const missed = (
  kind: 'inspection' | 'revisit',
  period: string,
  dueBy: string,
  warnedAt: string,
): ContractEvent => ({
  type: 'ServicePlanPeriodMissed',
  data: { contractId: 'c-1', kind, period, dueBy, expertId: 'eng-5', notify: ['eng-5', 'manager'], warnedAt },
});

const inspectionOf = (period: string): ContractEvent => ({
  type: 'InspectionRecorded',
  data: {
    contractId: 'c-1',
    inspectionId: `in-${period}`,
    period,
    inspectorId: 'eng-5',
    findings: {
      runningStatus: 'ok',
      environment: 'ok',
      versions: '5.1',
      hiddenRisks: 'none',
      recommendations: 'none',
    },
    inspectedAt: `${period}-20T10:00:00.000+08:00`,
    recordedBy: 'eng-5',
  },
});

const contractOf = (...events: ContractEvent[]) =>
  [CONTRACT_REGISTERED, ...events].reduce(evolveContract, initialContractState()) as Contract;

describe('WarnServicePlanMissed', () => {
  it('warns the fixed expert and the managers once March (Shanghai) has ended without an inspection', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('inspection', '2026-03', '2026-03-31T16:00:01Z'))
      .then([
        missed('inspection', '2026-03', '2026-04-01T00:00:00.000+08:00', '2026-04-01T00:00:01.000+08:00'),
      ]);
  });

  it('warns about a quarter without a revisit', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('revisit', '2026-Q1', '2026-04-02T08:00:00+08:00'))
      .then([missed('revisit', '2026-Q1', '2026-04-01T00:00:00.000+08:00', '2026-04-02T08:00:00.000+08:00')]);
  });

  it('refuses before the period is over (one second before midnight in Shanghai)', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('inspection', '2026-03', '2026-03-31T15:59:59Z'))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('period_not_over'));
  });

  it('appends nothing a second time, or when the inspection was recorded', () => {
    const warned = missed(
      'inspection',
      '2026-03',
      '2026-04-01T00:00:00.000+08:00',
      '2026-04-01T00:00:01.000+08:00',
    );
    given([CONTRACT_REGISTERED, warned])
      .when(warn('inspection', '2026-03', '2026-04-05T00:00:00Z'))
      .thenNothing();
    given([CONTRACT_REGISTERED, inspectionOf('2026-03')])
      .when(warn('inspection', '2026-03', '2026-04-05T00:00:00Z'))
      .thenNothing();
  });

  it('refuses a period before the plan starts (final acceptance 2026-01-15)', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('inspection', '2025-12', '2026-04-05T00:00:00Z'))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('period_before_plan'));
  });

  it('refuses a month given for a revisit', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('revisit', '2026-03', '2026-04-05T00:00:00Z'))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.period'));
  });

  it('is the system’s alone: a manager is refused', () => {
    given([CONTRACT_REGISTERED])
      .when(warn('inspection', '2026-03', '2026-04-05T00:00:00Z', MANAGER))
      .thenThrows(ForbiddenError);
  });
});

describe('the system actor on other contract commands', () => {
  it('is refused', () => {
    given([CONTRACT_REGISTERED])
      .when({
        type: 'ChangeInspectionExpert',
        data: { contractId: 'c-1', expertId: 'eng-9', reason: 'x' },
        actor: SLA_WATCHMAN,
        now: '2026-04-05T00:00:00Z',
      } as ContractCommand)
      .thenThrows(ForbiddenError);
  });
});

describe('servicePlanWarningsDue', () => {
  const ms = (iso: string) => Date.parse(iso);

  it('lists the months and quarters that ended after registration without a record, oldest first', () => {
    // Registered 10 February (Shanghai); now 2 April: February and March ended, and Q1.
    const contract = contractOf(inspectionOf('2026-02'));
    expect(
      servicePlanWarningsDue(contract, ms('2026-02-10T09:00:00+08:00'), ms('2026-04-02T09:00:00+08:00')),
    ).toEqual([
      { kind: 'inspection', period: '2026-03' },
      { kind: 'revisit', period: '2026-Q1' },
    ]);
  });

  it('leaves out periods already over when the contract was registered', () => {
    // Registered 5 May: January to April ended before; nothing has ended since by 20 May.
    expect(
      servicePlanWarningsDue(contractOf(), ms('2026-05-05T09:00:00+08:00'), ms('2026-05-20T09:00:00+08:00')),
    ).toEqual([]);
  });

  it('leaves out periods warned about already', () => {
    const contract = contractOf(
      missed('inspection', '2026-03', '2026-04-01T00:00:00.000+08:00', '2026-04-01T00:00:01.000+08:00'),
    );
    expect(
      servicePlanWarningsDue(contract, ms('2026-03-10T09:00:00+08:00'), ms('2026-04-02T09:00:00+08:00')),
    ).toEqual([{ kind: 'revisit', period: '2026-Q1' }]);
  });

  it('counts the period’s end in the contract’s zone', () => {
    const contract = contractOf();
    const since = ms('2026-03-10T09:00:00+08:00');
    expect(servicePlanWarningsDue(contract, since, ms('2026-03-31T15:59:59Z'))).toEqual([]);
    expect(servicePlanWarningsDue(contract, since, ms('2026-03-31T16:00:00Z'))).toEqual([
      { kind: 'inspection', period: '2026-03' },
      { kind: 'revisit', period: '2026-Q1' },
    ]);
  });
});

describe('nextServicePlanCheck', () => {
  it('is the end of the current month in the contract’s zone', () => {
    expect(
      new Date(nextServicePlanCheck(contractOf(), Date.parse('2026-03-31T15:00:00Z'))).toISOString(),
    ).toBe('2026-03-31T16:00:00.000Z');
    expect(
      new Date(nextServicePlanCheck(contractOf(), Date.parse('2026-03-31T16:00:00Z'))).toISOString(),
    ).toBe('2026-04-30T16:00:00.000Z');
  });
});
