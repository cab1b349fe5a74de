import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Actor } from '../shared/actor.js';
import { fold } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import { DEFAULT_POLICY } from '../testing/ticket-fixtures.js';
import type { ContractCommand } from './contract.commands.js';
import { contractDecider } from './contract.decider.js';
import type { ContractEvent } from './contract.events.js';
import { contractTerms } from './contract-terms.js';

const given = DeciderSpecification.for(contractDecider);
const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const NOW = '2026-01-15T09:00:00+08:00';

const register = (
  data: Partial<Extract<ContractCommand, { type: 'RegisterContract' }>['data']> = {},
): ContractCommand => ({
  type: 'RegisterContract',
  data: {
    contractId: 'c-1',
    customerId: 'cu-1',
    name: 'DIP service contract 2026',
    product: { name: 'DIP platform', version: '3.2' },
    finalAcceptanceDate: '2026-01-15',
    inspectionExpertId: 'eng-5',
    ...data,
  },
  actor: ADMIN,
  now: NOW,
});

const registered: ContractEvent = {
  type: 'ContractRegistered',
  data: {
    contractId: 'c-1',
    customerId: 'cu-1',
    name: 'DIP service contract 2026',
    product: { name: 'DIP platform', version: '3.2' },
    finalAcceptanceDate: '2026-01-15',
    warrantyMonths: 12,
    timeZone: 'Asia/Shanghai',
    inspectionExpertId: 'eng-5',
    registeredBy: 'admin-1',
  },
};
const policyV1: ContractEvent = {
  type: 'SlaPolicySet',
  data: {
    contractId: 'c-1',
    version: 1,
    effectiveFrom: '2026-01-15T09:00:00.000+08:00',
    policy: DEFAULT_POLICY,
    setBy: 'admin-1',
  },
};
const on = (type: string, data: object, now = NOW): ContractCommand =>
  ({ type, data: { contractId: 'c-1', ...data }, actor: ADMIN, now }) as ContractCommand;

describe('RegisterContract', () => {
  it('registers the contract with 12 months of warranty, Shanghai time and the default policy as version 1', () => {
    given([]).when(register()).then([registered, policyV1]);
  });

  it('may be registered as of an earlier business time (history entered from paper records): version 1 takes effect then', () => {
    const command = { ...register(), occurredAt: '2025-01-02T08:00:00+08:00' };
    const v1 = { ...policyV1, data: { ...policyV1.data, effectiveFrom: '2025-01-02T08:00:00.000+08:00' } };
    given([])
      .when(command)
      .then([registered, v1 as ContractEvent]);
  });

  it('keeps a warranty length, a time zone and policy overrides given by the admin', () => {
    const command = register({
      warrantyMonths: 24,
      timeZone: 'Asia/Urumqi',
      slaPolicy: { severities: { '1': { response: 'PT15M' } }, atRiskShare: 0.75 },
    });
    given([])
      .when(command)
      .then([
        {
          ...registered,
          data: { ...registered.data, warrantyMonths: 24, timeZone: 'Asia/Urumqi' },
        } as ContractEvent,
        {
          type: 'SlaPolicySet',
          data: {
            contractId: 'c-1',
            version: 1,
            effectiveFrom: '2026-01-15T07:00:00.000+06:00',
            policy: {
              ...DEFAULT_POLICY,
              targets: {
                ...DEFAULT_POLICY.targets,
                '1': { response: 'PT15M', onSite: 'PT1H', resolution: 'PT12H' },
              },
              atRiskShare: 0.75,
            },
            setBy: 'admin-1',
          },
        },
      ]);
  });

  it('refuses an unknown time zone', () => {
    given([])
      .when(register({ timeZone: 'Mars/Olympus' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.timeZone'));
  });

  it('refuses a contract that exists', () => {
    given([registered, policyV1]).when(register()).thenThrows(AlreadyExistsError);
  });

  it('is the admin’s alone', () => {
    given([])
      .when({ ...register(), actor: { id: 'mgr-1', role: 'manager' } })
      .thenThrows(ForbiddenError);
  });
});

describe('SetSlaPolicy', () => {
  it('sets the next version, effective now', () => {
    given([registered, policyV1])
      .when(on('SetSlaPolicy', { policy: { defaults: { resolution: 'PT8H' } } }, '2026-06-01T00:00:00Z'))
      .then([
        {
          type: 'SlaPolicySet',
          data: {
            contractId: 'c-1',
            version: 2,
            effectiveFrom: '2026-06-01T08:00:00.000+08:00',
            policy: {
              ...DEFAULT_POLICY,
              targets: Object.fromEntries(
                ['1', '2', '3', '4'].map((s) => [
                  s,
                  { response: 'PT30M', onSite: 'PT1H', resolution: 'PT8H' },
                ]),
              ) as typeof DEFAULT_POLICY.targets,
            },
            setBy: 'admin-1',
          },
        },
      ]);
  });

  it('refuses a version that would take effect before the previous one', () => {
    given([registered, policyV1])
      .when(on('SetSlaPolicy', { policy: {}, effectiveFrom: '2026-01-01T00:00:00+08:00' }))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('policy_effective_before_previous'));
  });

  it('refuses a target that is not a positive ISO duration', () => {
    given([registered, policyV1])
      .when(on('SetSlaPolicy', { policy: { defaults: { response: '30 minutes' } } }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.policy.defaults.response'));
  });

  it('refuses a contract never registered', () => {
    given([])
      .when(on('SetSlaPolicy', { policy: {} }))
      .thenThrows(NotFoundError);
  });
});

describe('ChangeInspectionExpert', () => {
  it('names the new fixed expert and keeps the previous one in the event', () => {
    given([registered, policyV1])
      .when(on('ChangeInspectionExpert', { expertId: 'eng-6', reason: 'Left the company' }))
      .then([
        {
          type: 'InspectionExpertChanged',
          data: {
            contractId: 'c-1',
            from: 'eng-5',
            to: 'eng-6',
            reason: 'Left the company',
            changedAt: '2026-01-15T09:00:00.000+08:00',
            changedBy: 'admin-1',
          },
        },
      ]);
  });

  it('needs a reason', () => {
    given([registered, policyV1])
      .when(on('ChangeInspectionExpert', { expertId: 'eng-6' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.reason'));
  });

  it('may be done by a manager, not by an engineer', () => {
    const by = (role: Actor['role']) =>
      ({
        ...on('ChangeInspectionExpert', { expertId: 'eng-6', reason: 'Workload' }),
        actor: { id: `${role}-1`, role },
      }) as ContractCommand;
    given([registered, policyV1])
      .when(by('manager'))
      .then([
        {
          type: 'InspectionExpertChanged',
          data: {
            contractId: 'c-1',
            from: 'eng-5',
            to: 'eng-6',
            reason: 'Workload',
            changedAt: '2026-01-15T09:00:00.000+08:00',
            changedBy: 'manager-1',
          },
        },
      ]);
    given([registered, policyV1]).when(by('engineer')).thenThrows(ForbiddenError);
  });

  it('does nothing when the expert is already the fixed one', () => {
    given([registered, policyV1])
      .when(on('ChangeInspectionExpert', { expertId: 'eng-5', reason: 'Same' }))
      .thenNothing();
  });
});

describe('AmendContract', () => {
  it('records only the terms that changed', () => {
    given([registered, policyV1])
      .when(
        on('AmendContract', {
          changes: { warrantyMonths: 18, timeZone: 'Asia/Shanghai' },
          reason: 'Extension signed',
        }),
      )
      .then([
        {
          type: 'ContractAmended',
          data: {
            contractId: 'c-1',
            changes: { warrantyMonths: 18 },
            reason: 'Extension signed',
            amendedBy: 'admin-1',
          },
        },
      ]);
  });

  it('does nothing when no term changes', () => {
    given([registered, policyV1])
      .when(
        on('AmendContract', { changes: { product: { name: 'DIP platform', version: '3.2' } }, reason: 'x' }),
      )
      .thenNothing();
  });
});

describe('contractTerms', () => {
  it('gives the facts a fault report needs, with every policy version', () => {
    expect(contractTerms(fold(contractDecider, [registered, policyV1]))).toEqual({
      contractId: 'c-1',
      customerId: 'cu-1',
      product: { name: 'DIP platform', version: '3.2' },
      finalAcceptanceDate: '2026-01-15',
      warrantyMonths: 12,
      timeZone: 'Asia/Shanghai',
      slaPolicies: [{ version: 1, effectiveFrom: '2026-01-15T09:00:00.000+08:00', policy: DEFAULT_POLICY }],
    });
  });

  it('refuses a contract never registered', () => {
    expect(() => contractTerms(contractDecider.initialState())).toThrow(NotFoundError);
  });
});

describe('SetSlaPolicy without a policy', () => {
  it('is refused rather than read as the defaults', () => {
    given([registered, policyV1])
      .when(on('SetSlaPolicy', {}))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.policy'));
  });
});
