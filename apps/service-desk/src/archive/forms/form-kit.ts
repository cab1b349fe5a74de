import { instantMs, localDate as domainLocalDate, type TicketEventOf, type TicketEventType } from '#domain';
import type { ArchivedTicketEvent, TicketSources } from './ticket-sources.js';

/** The form's codes for a ticket's kind (A normal request, B complaint) and urgency (A, B, C). */
export const KIND_CODE: Record<string, string> = { request: 'A', complaint: 'B' };
export const URGENCY_CODE: Record<string, string> = { normal: 'A', urgent: 'B', very_urgent: 'C' };

/** The local calendar date (YYYY-MM-DD) of an instant in the ticket's zone; null stays null. */
export function localDate(instant: string | null | undefined, zone: string): string | null {
  if (!instant) return null;
  return domainLocalDate(instantMs(instant, 'instant'), zone);
}

/** A user's display name; the id when the archive does not know the user; null for no one. */
export function nameOf(sources: TicketSources, staffId: string | null | undefined): string | null {
  if (!staffId) return null;
  return sources.staff.get(staffId)?.name ?? staffId;
}

/** The events of one type, in stream order. */
export function eventsOf<T extends TicketEventType>(
  sources: TicketSources,
  type: T,
): (TicketEventOf<T> & ArchivedTicketEvent)[] {
  return sources.events.filter((e) => e.type === type) as (TicketEventOf<T> & ArchivedTicketEvent)[];
}

/** Ids in order of first appearance, without repeats. */
export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Everyone who worked on the ticket: responded, was assigned, dispatched, arrived or resolved. */
export function supportEngineerIds(sources: TicketSources): string[] {
  return unique(
    sources.events.flatMap((e) => {
      switch (e.type) {
        case 'Responded':
        case 'Assigned':
        case 'ArrivedOnSite':
        case 'Resolved':
          return [e.data.engineerId];
        case 'DispatchedOnSite':
          return e.data.engineerIds;
        default:
          return [];
      }
    }),
  );
}

/** The engineers sent on site or who arrived there. */
export function onSiteEngineerIds(sources: TicketSources): string[] {
  return unique([
    ...eventsOf(sources, 'DispatchedOnSite').flatMap((e) => e.data.engineerIds),
    ...eventsOf(sources, 'ArrivedOnSite').map((e) => e.data.engineerId),
  ]);
}

/** The engineer in charge: the latest assignee, else the latest resolver, else the first responder. */
export function inChargeId(sources: TicketSources): string | null {
  return (
    eventsOf(sources, 'Assigned').at(-1)?.data.engineerId ??
    eventsOf(sources, 'Resolved').at(-1)?.data.engineerId ??
    eventsOf(sources, 'Responded')[0]?.data.engineerId ??
    null
  );
}

/** The latest fix, if the ticket was ever resolved. */
export function latestFix(sources: TicketSources) {
  return eventsOf(sources, 'Resolved').at(-1)?.data ?? null;
}

/** A person's phone, e-mail or fax, or null when the caller's role may not see contact details. */
export function personal(sources: TicketSources, value: string | null | undefined): string | null {
  return sources.contactDetails ? (value ?? null) : null;
}
