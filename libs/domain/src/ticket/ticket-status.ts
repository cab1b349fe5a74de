/**
 * Statuses of a ticket (see libs/domain/TRANSITIONS.md). Every status but `closed` is open.
 * `reopened` is in progress again after a rejected fix or a manager's reopen.
 */
export const TICKET_STATUSES = [
  'reported',
  'responded',
  'dispatched',
  'on_site',
  'resolved',
  'confirmed',
  'closed',
  'reopened',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((s) => s !== 'closed');
