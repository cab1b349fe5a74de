import { requireAfterRegistration } from '../shared/backdating.js';
import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { businessMs } from '../shared/command-stamp.js';
import { requireIsoDate, requireTimeZone, zonedIso } from '../shared/instant.js';
import { requireProduct } from '../shared/product.js';
import { defined, optionalText, requireInteger, requireOneOf, requireText } from '../shared/require.js';
import { SEVERITIES } from '../shared/severity.js';
import { ValidationError } from '../shared/validation.error.js';
import { requireVersionedPolicies, slaPolicyInForce } from '../sla/sla-policy.js';
import { contractRegisteredAt, type ContractTerms } from '../contract/contract-terms.js';
import { warrantyAt, warrantyUntil } from '../contract/warranty.js';
import { CHANNELS, TICKET_KINDS, URGENCIES, type Reporter } from './ticket-values.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';
import type { TicketState } from './ticket.state.js';

type ReportFault = Extract<TicketCommand, { type: 'ReportFault' }>;

/**
 * Opens a ticket. The report time is occurredAt (when the customer reported), else now; it
 * picks the SLA policy version in force and the warranty status. The actor took the report.
 */
export function decideReportFault(command: ReportFault, state: TicketState, actor: Actor): TicketEvent[] {
  if (state.status !== 'not_reported') throw new AlreadyExistsError('ticket', state.ticketId);
  const d = command.data;
  const terms = requireTerms(d.contract);
  const reportedMs = businessMs(command);
  requireAfterRegistration(reportedMs, contractRegisteredAt(terms), 'reportedAt');
  const { policy, version } = slaPolicyInForce(terms.slaPolicies, reportedMs);
  const until = warrantyUntil(terms.finalAcceptanceDate, terms.warrantyMonths);
  const data = {
    ticketId: requireText(d.ticketId, 'data.ticketId', 200),
    serviceNo: requireText(d.serviceNo, 'data.serviceNo', 50),
    customerId: terms.customerId,
    contractId: terms.contractId,
    reporter: requireReporter(d.reporter),
    channel: requireOneOf(d.channel, CHANNELS, 'data.channel'),
    product: d.product === undefined ? terms.product : requireProduct(d.product, 'data.product'),
    description: requireText(d.description, 'data.description', 10000),
    severity: requireOneOf(d.severity, SEVERITIES, 'data.severity'),
    kind: requireOneOf(d.kind, TICKET_KINDS, 'data.kind'),
    urgency: requireOneOf(d.urgency, URGENCIES, 'data.urgency'),
    reportedAt: zonedIso(reportedMs, terms.timeZone),
    takenBy: actor.id,
    warranty: warrantyAt(until, reportedMs, terms.timeZone),
    warrantyUntil: until,
    slaPolicy: policy,
    policyVersion: version,
    timeZone: terms.timeZone,
  };
  return [{ type: 'FaultReported', data }];
}

function requireReporter(value: unknown): Reporter {
  if (value === null || typeof value !== 'object')
    throw new ValidationError('data.reporter', 'must be an object');
  const r = value as Record<string, unknown>;
  return defined({
    name: requireText(r.name, 'data.reporter.name', 200),
    phone: optionalText(r.phone, 'data.reporter.phone', 50),
    email: optionalText(r.email, 'data.reporter.email', 200),
    fax: optionalText(r.fax, 'data.reporter.fax', 50),
  });
}

function requireTerms(value: unknown): ContractTerms {
  if (value === null || typeof value !== 'object')
    throw new ValidationError('data.contract', 'must be the contract terms');
  const t = value as ContractTerms;
  return {
    contractId: requireText(t.contractId, 'data.contract.contractId', 200),
    customerId: requireText(t.customerId, 'data.contract.customerId', 200),
    product: requireProduct(t.product, 'data.contract.product'),
    finalAcceptanceDate: requireIsoDate(t.finalAcceptanceDate, 'data.contract.finalAcceptanceDate'),
    warrantyMonths: requireInteger(t.warrantyMonths, 'data.contract.warrantyMonths', 0, 600),
    timeZone: requireTimeZone(t.timeZone, 'data.contract.timeZone'),
    slaPolicies: requireVersionedPolicies(t.slaPolicies, 'data.contract.slaPolicies'),
  };
}
