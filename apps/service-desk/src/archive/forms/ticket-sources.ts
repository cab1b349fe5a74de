import type { TicketEvent } from '#domain';
import type { ArchiveContractRow, ArchiveCustomerRow, ArchiveStaffRow, ArchiveTicketRow } from '#projections';

/** One event of the ticket as the archive keeps it: the domain event and when it happened. */
export type ArchivedTicketEvent = TicketEvent & { seq: number; occurredAt: string; actorId: string };

/** Everything the forms of one ticket are rendered from (all read from the archive read model). */
export interface TicketSources {
  ticket: ArchiveTicketRow;
  /** The ticket's events in stream order. */
  events: ArchivedTicketEvent[];
  /** The organisation, null if the archive has not seen it registered. */
  customer: ArchiveCustomerRow | null;
  /** The ticket's contract, null if the archive has not seen it registered. */
  contract: ArchiveContractRow | null;
  /** The users the events name, by staff id. */
  staff: ReadonlyMap<string, ArchiveStaffRow>;
  /** False for roles that may not see personal contact details (phones, e-mails, faxes of people). */
  contactDetails: boolean;
  /** The instant the forms are rendered at (the SLA's expected resolution is read then). */
  now: string;
}
