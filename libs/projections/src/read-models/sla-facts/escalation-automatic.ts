import type { EventShape, RecordedEvent } from '#event-store';

/**
 * Whether an escalation was made by the system rather than a person: the event says so
 * (`automatic`), or it was written by the scheduler or by the system's own actor. Reports split
 * escalations by reason into automatic and manual on this.
 */
export function isAutomaticEscalation(event: Pick<RecordedEvent<EventShape>, 'data' | 'metadata'>): boolean {
  const data = event.data as { automatic?: unknown };
  const { source, actor } = event.metadata as { source?: string; actor?: { id?: string; role?: string } };
  return (
    data.automatic === true || source === 'scheduler' || actor?.id === 'system' || actor?.role === 'system'
  );
}
