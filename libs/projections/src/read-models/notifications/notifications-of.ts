import { isRole, slaClock, type FaultReportedData, type TicketEvent } from '#domain';
import type { NotificationKind } from './notifications.tables.js';

/** What one event tells one recipient, before the ticket's service number is looked up. */
export interface NotificationDraft {
  recipient: string;
  recipientKind: 'role' | 'user';
  ticketId: string;
  kind: NotificationKind;
  timer: string | null;
  reason: string | null;
  level: number | null;
  dueAt: string | null;
  automatic: boolean;
  severity: number | null;
}

/** The event types that can notify someone. */
export const NOTIFYING_EVENTS = ['SlaAtRisk', 'Escalated', 'FaultReported'] as const;

const SERVICE_MANAGER = 'manager';

/**
 * The notifications an event gives, one per recipient (a pure function of the event):
 * - SlaAtRisk: to each of `notify` (user ids or role names);
 * - Escalated (automatic or by hand): to `to` (a role name or a user id);
 * - FaultReported of kind complaint, or of severity 1: to the service manager at once.
 */
export function notificationsOf(type: string, data: Record<string, unknown>): NotificationDraft[] {
  const ticketId = text(data.ticketId);
  if (ticketId === null) return [];
  const base = {
    ticketId,
    timer: null,
    reason: null,
    level: null,
    dueAt: null,
    automatic: false,
    severity: null,
  };
  switch (type) {
    case 'SlaAtRisk': {
      const notify = Array.isArray(data.notify) ? data.notify.filter((r) => typeof r === 'string') : [];
      return [...new Set(notify)].map((recipient) => ({
        ...base,
        ...addressed(recipient),
        kind: 'sla_at_risk',
        timer: text(data.timer),
        dueAt: text(data.dueAt),
        automatic: true,
      }));
    }
    case 'Escalated': {
      const to = text(data.to);
      if (to === null) return [];
      return [
        {
          ...base,
          ...addressed(to),
          kind: 'escalated',
          reason: text(data.reason),
          level: typeof data.level === 'number' ? data.level : null,
          automatic: data.automatic === true,
        },
      ];
    }
    case 'FaultReported': {
      const complaint = data.kind === 'complaint';
      if (!complaint && data.severity !== 1) return [];
      return [
        {
          ...base,
          ...addressed(SERVICE_MANAGER),
          kind: complaint ? 'complaint_reported' : 'level1_reported',
          severity: typeof data.severity === 'number' ? data.severity : null,
          dueAt: responseDue(data as unknown as FaultReportedData),
        },
      ];
    }
    default:
      return [];
  }
}

function addressed(recipient: string): { recipient: string; recipientKind: 'role' | 'user' } {
  return { recipient, recipientKind: isRole(recipient) ? 'role' : 'user' };
}

/** When the first response is due, by the policy the report carries. */
function responseDue(data: FaultReportedData): string | null {
  try {
    const event = { type: 'FaultReported', data } as TicketEvent;
    return slaClock([event], data.reportedAt).response.dueAt ?? null;
  } catch {
    return null;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
