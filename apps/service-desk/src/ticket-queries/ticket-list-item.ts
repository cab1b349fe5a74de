import type { SlaTimerState } from '#domain';
import { worstOf, type TicketRow } from '#projections';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { redactFor } from '../tickets/ticket-view.js';
import type { TicketListItemDto } from './ticket-page.dto.js';

/** A tickets row with its timers' states at the request's instant (computed in SQL). */
export type TicketRowNow = TicketRow & {
  response_state: string;
  onsite_state: string;
  resolution_state: string;
};

/** How much of the fault description a list item carries (the ticket has it whole). */
const DESCRIPTION_CHARS = 200;

/** The listing's item of one row, with the reporter redacted as GET /api/tickets/:id does. */
export function ticketListItem(row: TicketRowNow, user: AuthenticatedUser): TicketListItemDto {
  const states = [row.response_state, row.onsite_state, row.resolution_state] as SlaTimerState[];
  const item: TicketListItemDto = {
    id: row.id,
    serviceNo: row.service_no,
    status: row.status,
    severity: row.severity,
    kind: row.kind,
    urgency: row.urgency,
    customerId: row.customer_id,
    contractId: row.contract_id,
    reportedAt: row.reported_at,
    assignee: row.assignee_id,
    reporter: {
      name: row.reporter_name,
      ...(row.reporter_phone !== null && { phone: row.reporter_phone }),
      ...(row.reporter_email !== null && { email: row.reporter_email }),
      ...(row.reporter_fax !== null && { fax: row.reporter_fax }),
    },
    product: { name: row.product_name, version: row.product_version },
    description:
      row.description.length > DESCRIPTION_CHARS
        ? `${row.description.slice(0, DESCRIPTION_CHARS)}…`
        : row.description,
    sla: {
      state: worstOf(states),
      response: { state: row.response_state, dueAt: row.response_due_at },
      onSite: { state: row.onsite_state, dueAt: row.onsite_due_at },
      resolution: { state: row.resolution_state, dueAt: row.resolution_due_at },
    },
    updatedAt: row.updated_at,
  };
  return redactFor(item, user);
}
