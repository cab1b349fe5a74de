import type { TimelineEventRow } from '#projections';
import { isBackDated } from './backdated.js';
import type { TimelineEntryDto } from './timeline-entry.dto.js';

/** A timeline row as the API shows it. */
export function timelineEntry(row: TimelineEventRow, backdatedToleranceMs: number): TimelineEntryDto {
  return {
    position: String(row.position),
    eventId: row.event_id,
    revision: row.revision,
    type: row.type,
    actor: { id: row.actor_id, role: row.actor_role },
    source: row.source,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    backDated: isBackDated(Number(row.occurred_ms), Number(row.recorded_ms), backdatedToleranceMs),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    commandId: row.command_id,
    summary: { zh: row.summary_zh, en: row.summary_en },
  };
}
