import type { Actor, CommandActor } from '../shared/actor.js';
import type { ContractTerms } from '../contract/contract-terms.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import type { TicketCommand } from '../ticket/ticket.commands.js';
import type { FaultReportedData, TicketEvent } from '../ticket/ticket.events.js';

/**
 * One scenario, written by hand: contract c-1 of customer cu-1 (Shanghai), accepted on
 * 2026-01-15 with 12 months of warranty and the default policy of DOMAIN.md; ticket t-1
 * (SV-202611-0042) reported on Tuesday 2026-11-03 at 10:00 by agent-1, severity 2.
 */
export const AGENT: Actor = { id: 'agent-1', role: 'agent' };
export const ENGINEER: Actor = { id: 'eng-1', role: 'engineer' };
export const MANAGER: Actor = { id: 'mgr-1', role: 'manager' };
export const CUSTOMER: Actor = { id: 'contact-1', role: 'customer' };
export const AUDITOR: Actor = { id: 'audit-1', role: 'auditor' };

/** An instant on the report day (2026-11-03, Shanghai), e.g. at('10:30'). */
export const at = (hhmm: string, day = '2026-11-03'): string => `${day}T${hhmm}:00.000+08:00`;

const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
export const DEFAULT_POLICY: SlaPolicy = {
  targets: { '1': targets, '2': targets, '3': targets, '4': targets },
  atRiskShare: 0.8,
  calendar: '24x7',
  confirmationWindow: 'PT24H',
};

export const TERMS: ContractTerms = {
  contractId: 'c-1',
  customerId: 'cu-1',
  product: { name: 'DIP platform', version: '3.2' },
  finalAcceptanceDate: '2026-01-15',
  warrantyMonths: 12,
  timeZone: 'Asia/Shanghai',
  slaPolicies: [{ version: 1, effectiveFrom: '2026-01-15T00:00:00.000+08:00', policy: DEFAULT_POLICY }],
};

export function reportFault(
  overrides: Partial<Extract<TicketCommand, { type: 'ReportFault' }>['data']> = {},
  time = at('10:00'),
  actor: Actor = AGENT,
): TicketCommand {
  return {
    type: 'ReportFault',
    data: {
      ticketId: 't-1',
      serviceNo: 'SV-202611-0042',
      contract: TERMS,
      reporter: { name: 'Dr. Example', phone: '010-5555-0101' },
      channel: 'hotline',
      description: 'DIP grouping fails for every inpatient record',
      severity: 2,
      kind: 'request',
      urgency: 'urgent',
      ...overrides,
    },
    actor,
    now: time,
  };
}

export function faultReported(overrides: Partial<FaultReportedData> = {}): TicketEvent {
  return {
    type: 'FaultReported',
    data: {
      ticketId: 't-1',
      serviceNo: 'SV-202611-0042',
      customerId: 'cu-1',
      contractId: 'c-1',
      reporter: { name: 'Dr. Example', phone: '010-5555-0101' },
      channel: 'hotline',
      product: { name: 'DIP platform', version: '3.2' },
      description: 'DIP grouping fails for every inpatient record',
      severity: 2,
      kind: 'request',
      urgency: 'urgent',
      reportedAt: at('10:00'),
      takenBy: 'agent-1',
      warranty: 'in_warranty',
      warrantyUntil: '2027-01-14',
      slaPolicy: DEFAULT_POLICY,
      policyVersion: 1,
      timeZone: 'Asia/Shanghai',
      ...overrides,
    },
  };
}

/** A command on t-1 issued at `time` (its `now`) by `actor`. */
export function command<T extends Exclude<TicketCommand['type'], 'ReportFault'>>(
  type: T,
  data: Omit<Extract<TicketCommand, { type: T }>['data'], 'ticketId'>,
  time: string,
  actor: CommandActor = ENGINEER,
): TicketCommand {
  return { type, data: { ticketId: 't-1', ...data }, actor, now: time } as TicketCommand;
}

export const responded = (time: string): TicketEvent => ({
  type: 'Responded',
  data: { ticketId: 't-1', engineerId: 'eng-1', mode: 'remote', respondedAt: time },
});
export const dispatched = (time: string): TicketEvent => ({
  type: 'DispatchedOnSite',
  data: {
    ticketId: 't-1',
    engineerIds: ['eng-1'],
    reason: 'No remote access',
    dispatchedBy: 'eng-1',
    dispatchedAt: time,
  },
});
export const arrived = (time: string): TicketEvent => ({
  type: 'ArrivedOnSite',
  data: { ticketId: 't-1', engineerId: 'eng-1', arrivedAt: time },
});
export const resolved = (time: string): TicketEvent => ({
  type: 'Resolved',
  data: {
    ticketId: 't-1',
    engineerId: 'eng-1',
    cause: 'Grouper table missing',
    measures: 'Reloaded the table',
    resolution: 'Grouping works again',
    category: 'configuration',
    resolvedAt: time,
  },
});
export const confirmed = (time: string): TicketEvent => ({
  type: 'ResolutionConfirmed',
  data: { ticketId: 't-1', confirmedBy: 'contact-1', confirmedAt: time },
});
export const rejected = (time: string): TicketEvent => ({
  type: 'ResolutionRejected',
  data: { ticketId: 't-1', rejectedBy: 'contact-1', reason: 'Still failing', rejectedAt: time },
});
export const closed = (time: string, confirmedFix = true): TicketEvent => ({
  type: 'Closed',
  data: confirmedFix
    ? { ticketId: 't-1', closedBy: 'agent-1', confirmed: true, closedAt: time }
    : {
        ticketId: 't-1',
        closedBy: 'mgr-1',
        confirmed: false,
        reason: 'Customer unreachable',
        closedAt: time,
      },
});
export const reopened = (time: string): TicketEvent => ({
  type: 'Reopened',
  data: { ticketId: 't-1', reopenedBy: 'mgr-1', reason: 'Fault is back', reopenedAt: time },
});
export const severityChanged = (time: string, from: 1 | 2 | 3 | 4, to: 1 | 2 | 3 | 4): TicketEvent => ({
  type: 'SeverityChanged',
  data: { ticketId: 't-1', from, to, reason: 'Re-judged', changedBy: 'mgr-1', changedAt: time },
});
export const reportTimeCorrected = (previous: string, corrected: string, time: string): TicketEvent => ({
  type: 'ReportTimeCorrected',
  data: {
    ticketId: 't-1',
    previousReportedAt: previous,
    reportedAt: corrected,
    reason: 'Typed the wrong hour',
    correctedBy: 'agent-1',
    correctedAt: time,
    warranty: 'in_warranty',
  },
});
