import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { BackdatingError } from '../shared/backdating.error.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AUDITOR,
  CUSTOMER,
  DEFAULT_POLICY,
  TERMS,
  at,
  faultReported,
  reportFault,
} from '../testing/ticket-fixtures.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);

describe('ReportFault', () => {
  it('opens a ticket with the facts of the report, the policy in force and the warranty', () => {
    given([]).when(reportFault()).then([faultReported()]);
  });

  it('takes the report time from occurredAt, the minute the phone rang', () => {
    const command = { ...reportFault({}, at('10:07')), occurredAt: '2026-11-03T01:58:00Z' };
    given([])
      .when(command)
      .then([faultReported({ reportedAt: at('09:58') })]);
  });

  it('refuses a report time before the contract was registered (its policy version 1 took effect)', () => {
    const command = { ...reportFault({}, at('10:07')), occurredAt: '2026-01-14T23:59:59+08:00' };
    given([])
      .when(command)
      .thenThrows(BackdatingError, (e) => {
        expect(e.code).toBe('before_contract_registered');
        expect(e.field).toBe('reportedAt');
      });
  });

  it('keeps the product the customer names instead of the contract one', () => {
    const product = { name: 'Fund compliance', version: '1.4' };
    given([])
      .when(reportFault({ product }))
      .then([faultReported({ product })]);
  });

  it('records the reporter without the contact details that were not given', () => {
    given([])
      .when(reportFault({ reporter: { name: 'Nurse Li' } }))
      .then([faultReported({ reporter: { name: 'Nurse Li' } })]);
  });

  it('marks a fault reported after the last day of warranty as out of warranty', () => {
    const command = reportFault({}, '2027-01-15T09:00:00+08:00');
    given([])
      .when(command)
      .then([faultReported({ reportedAt: '2027-01-15T09:00:00.000+08:00', warranty: 'out_of_warranty' })]);
  });

  it('keeps a fault reported late on the last day of warranty, Shanghai time, in warranty', () => {
    given([])
      .when(reportFault({}, '2027-01-14T15:59:00Z'))
      .then([faultReported({ reportedAt: '2027-01-14T23:59:00.000+08:00', warranty: 'in_warranty' })]);
  });

  it('judges the warranty on the local date: 20:00 UTC on the last day is the next day in Shanghai', () => {
    given([])
      .when(reportFault({}, '2027-01-14T20:00:00Z'))
      .then([faultReported({ reportedAt: '2027-01-15T04:00:00.000+08:00', warranty: 'out_of_warranty' })]);
  });

  it('judges the ticket by the policy version in force at the report time', () => {
    const faster = {
      ...DEFAULT_POLICY,
      targets: { ...DEFAULT_POLICY.targets, '2': { response: 'PT15M', onSite: 'PT1H', resolution: 'PT8H' } },
    };
    const contract = {
      ...TERMS,
      slaPolicies: [
        ...TERMS.slaPolicies,
        { version: 2, effectiveFrom: '2026-11-01T00:00:00.000+08:00', policy: faster },
      ],
    };
    given([])
      .when(reportFault({ contract }))
      .then([faultReported({ slaPolicy: faster, policyVersion: 2 })]);
  });

  it('lets a customer contact report its own fault', () => {
    given([])
      .when(reportFault({ channel: 'web' }, at('10:00'), CUSTOMER))
      .then([faultReported({ channel: 'web', takenBy: 'contact-1' })]);
  });

  it('refuses a second report on the same ticket', () => {
    given([faultReported()]).when(reportFault()).thenThrows(AlreadyExistsError);
  });

  it('refuses a report time in the future', () => {
    const command = { ...reportFault(), occurredAt: at('10:05') };
    given([])
      .when(command)
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('occurredAt'));
  });

  it('refuses a severity outside 1..4', () => {
    given([])
      .when(reportFault({ severity: 5 as never }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.severity'));
  });

  it('refuses an empty description', () => {
    given([])
      .when(reportFault({ description: '  ' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.description'));
  });

  it('refuses contract terms whose policy version lacks a target', () => {
    const broken = { ...DEFAULT_POLICY, targets: { ...DEFAULT_POLICY.targets, '3': { response: 'PT30M' } } };
    const contract = {
      ...TERMS,
      slaPolicies: [{ version: 1, effectiveFrom: TERMS.slaPolicies[0].effectiveFrom, policy: broken }],
    };
    given([])
      .when(reportFault({ contract: contract as never }))
      .thenThrows(ValidationError, (e) =>
        expect(e.field).toBe('data.contract.slaPolicies[0].policy.targets.3.onSite'),
      );
  });

  it('refuses the auditor, who changes nothing', () => {
    given([])
      .when(reportFault({}, at('10:00'), AUDITOR))
      .thenThrows(ForbiddenError);
  });
});
