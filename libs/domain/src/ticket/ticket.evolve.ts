import { TICKET_STATUS_AFTER } from './ticket-status-after.js';
import { isWatchmanRecord, ticketEventInstant, type TicketEvent } from './ticket.events.js';
import type { Ticket, TicketState } from './ticket.state.js';

export function evolveTicket(state: TicketState, event: TicketEvent): TicketState {
  if (event.type === 'FaultReported') {
    const d = event.data;
    return {
      status: 'reported',
      ticketId: d.ticketId,
      serviceNo: d.serviceNo,
      customerId: d.customerId,
      contractId: d.contractId,
      timeZone: d.timeZone,
      severity: d.severity,
      kind: d.kind,
      reportedAt: d.reportedAt,
      warranty: d.warranty,
      warrantyUntil: d.warrantyUntil,
      slaPolicy: d.slaPolicy,
      policyVersion: d.policyVersion,
      lastEventAt: d.reportedAt,
      escalations: [],
      warnings: [],
    };
  }
  if (state.status === 'not_reported') return state;
  const at = ticketEventInstant(event);
  const next: Ticket = { ...state, status: TICKET_STATUS_AFTER[event.type] ?? state.status };
  if (!isWatchmanRecord(event)) {
    next.lastEventAt = at;
    if (event.type !== 'ReportTimeCorrected' && next.firstFollowUpAt === undefined) next.firstFollowUpAt = at;
  }
  switch (event.type) {
    case 'SeverityChanged':
      return { ...next, severity: event.data.to };
    case 'Assigned':
      return { ...next, assigneeId: event.data.engineerId };
    case 'Escalated':
      return {
        ...next,
        escalations: [...next.escalations, { level: event.data.level, reason: event.data.reason }],
      };
    case 'SlaAtRisk':
      return { ...next, warnings: [...next.warnings, { timer: event.data.timer, dueAt: event.data.dueAt }] };
    case 'ReportTimeCorrected':
      return { ...next, reportedAt: event.data.reportedAt, warranty: event.data.warranty };
    default:
      return next;
  }
}
