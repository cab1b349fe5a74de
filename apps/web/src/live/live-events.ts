/** `event: ticket` of GET /api/events/stream: something happened to a ticket (no personal data). */
export interface TicketEvent {
  type: string;
  ticketId: string;
  position: string;
}

/** `event: notification`: one addressed to the signed-in user, as GET /api/notifications shows it. */
export interface DeskNotification {
  id: string;
  kind: string;
  ticketId?: string | null;
  serviceNo?: string | null;
  timer?: string | null;
  reason?: string | null;
  level?: number | null;
  dueAt?: string | null;
  createdAt: string;
  position?: string;
  text: { zh: string; en: string };
  read?: boolean;
}

/** connecting: first attempt; live: open; reconnecting: lost, the browser (or we) try again. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';
