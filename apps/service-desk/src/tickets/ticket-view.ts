import {
  fold,
  slaClock,
  ticketDecider,
  type EscalatedData,
  type FaultReportedData,
  type ResolvedData,
  type SlaAtRiskData,
  type SlaReading,
  type Ticket,
  type TicketEvent,
} from '#domain';
import { domainEventOf, type RecordedEvent } from '#event-store';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';

/** A ticket as people read it: its facts, who works on it, and its SLA timers at one instant. */
export interface TicketView {
  id: string;
  serviceNo: string;
  status: Ticket['status'];
  severity: Ticket['severity'];
  kind: FaultReportedData['kind'];
  urgency: FaultReportedData['urgency'];
  channel: FaultReportedData['channel'];
  customerId: string;
  contractId: string;
  product: FaultReportedData['product'];
  description: string;
  reporter: FaultReportedData['reporter'];
  /** The report time in force; `originalReportedAt` shows what was entered first when it was corrected. */
  reportedAt: string;
  originalReportedAt?: string;
  takenBy: string;
  warranty: FaultReportedData['warranty'];
  warrantyUntil: string;
  policyVersion: number;
  assigneeId?: string;
  engineers: string[];
  /** Every escalation, by hand or by the SLA watchman (`automatic`), in order. */
  escalations: Omit<EscalatedData, 'ticketId'>[];
  /** The SLA watchman's warnings (a timer reached its at-risk share), in order. */
  warnings: Omit<SlaAtRiskData, 'ticketId'>[];
  resolution?: Omit<ResolvedData, 'ticketId'>;
  revision: number;
  /** When the system recorded the report. */
  recordedAt: string;
  sla: SlaReading;
}

/** Builds the view from a ticket's recorded events, with the SLA read at `at`. */
export function ticketView(recorded: readonly RecordedEvent<TicketEvent>[], at: string): TicketView {
  const events = recorded.map(domainEventOf);
  const state = fold(ticketDecider, events) as Ticket;
  const reported = events[0].data as FaultReportedData;
  const engineers = new Set<string>();
  let resolution: TicketView['resolution'];
  const escalations: TicketView['escalations'] = [];
  const warnings: TicketView['warnings'] = [];
  for (const event of events) {
    if (event.type === 'Escalated') escalations.push(withoutTicketId(event.data));
    if (event.type === 'SlaAtRisk') warnings.push(withoutTicketId(event.data));
    if (event.type === 'Responded' || event.type === 'ArrivedOnSite') engineers.add(event.data.engineerId);
    if (event.type === 'DispatchedOnSite') event.data.engineerIds.forEach((id) => engineers.add(id));
    if (event.type === 'Assigned') engineers.add(event.data.engineerId);
    if (event.type === 'Resolved') resolution = withoutTicketId(event.data);
  }
  return {
    id: state.ticketId,
    serviceNo: state.serviceNo,
    status: state.status,
    severity: state.severity,
    kind: reported.kind,
    urgency: reported.urgency,
    channel: reported.channel,
    customerId: state.customerId,
    contractId: state.contractId,
    product: reported.product,
    description: reported.description,
    reporter: reported.reporter,
    reportedAt: state.reportedAt,
    ...(state.reportedAt !== reported.reportedAt ? { originalReportedAt: reported.reportedAt } : {}),
    takenBy: reported.takenBy,
    warranty: reported.warranty,
    warrantyUntil: reported.warrantyUntil,
    policyVersion: state.policyVersion,
    ...(state.assigneeId ? { assigneeId: state.assigneeId } : {}),
    engineers: [...engineers],
    escalations,
    warnings,
    ...(resolution ? { resolution } : {}),
    revision: recorded.at(-1)!.revision,
    recordedAt: recorded[0].metadata.recordedAt,
    sla: slaClock(events, at),
  };
}

function withoutTicketId<T extends { ticketId: string }>(data: T): Omit<T, 'ticketId'> {
  const { ticketId: _ticketId, ...rest } = data;
  return rest;
}

/** Roles that need a reporter's phone, e-mail and fax to do their work; others see the name only. */
const SEES_CONTACT_DETAILS = new Set(['agent', 'engineer', 'manager', 'admin', 'customer']);

export function redactFor<T extends { reporter: FaultReportedData['reporter'] }>(
  view: T,
  user: AuthenticatedUser,
): T {
  if (SEES_CONTACT_DETAILS.has(user.role)) return view;
  return { ...view, reporter: { name: view.reporter.name } };
}
