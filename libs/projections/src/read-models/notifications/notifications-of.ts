import { isRole, slaClock, type FaultReportedData, type TicketEvent } from '#domain';
import type { NotificationKind } from './notifications.tables.js';

/** What one event tells one recipient, before the ticket's service number (or contract's name) is looked up. */
export interface NotificationDraft {
  recipient: string;
  recipientKind: 'role' | 'user';
  /** The ticket it is about; null for a contract's notification. */
  ticketId: string | null;
  /** The contract it is about (service_plan_missed); null for a ticket's notification. */
  contractId: string | null;
  /** service_plan_missed: 'YYYY-MM' or 'YYYY-Qn'. */
  period: string | null;
  kind: NotificationKind;
  timer: string | null;
  reason: string | null;
  level: number | null;
  dueAt: string | null;
  automatic: boolean;
  severity: number | null;
}

/** The event types that can notify someone. */
export const NOTIFYING_EVENTS = [
  'SlaAtRisk',
  'Escalated',
  'FaultReported',
  'ServicePlanPeriodMissed',
] as const;

const SERVICE_MANAGER = 'manager';

/**
 * The notifications an event gives, one per recipient (a pure function of the event):
 * - SlaAtRisk: to each of `notify` (user ids or role names);
 * - Escalated (automatic or by hand): to `to` (a role name or a user id);
 * - FaultReported of kind complaint, or of severity 1: to the service manager at once;
 * - ServicePlanPeriodMissed (a contract's, no ticket): to each of `notify` (the fixed expert's id and
 *   'manager'), with the kind of visit as the reason and the end of the period as the deadline.
 */
export function notificationsOf(type: string, data: Record<string, unknown>): NotificationDraft[] {
  if (type === 'ServicePlanPeriodMissed') return servicePlanMissed(data);
  const ticketId = text(data.ticketId);
  if (ticketId === null) return [];
  const base = {
    ticketId,
    contractId: null,
    period: null,
    timer: null,
    reason: null,
    level: null,
    dueAt: null,
    automatic: false,
    severity: null,
  };
  switch (type) {
    case 'SlaAtRisk': {
      return recipientsOf(data.notify).map((recipient) => ({
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
          // Reason: notificationsOf reads every type's data untyped; this is a FaultReported's.
          dueAt: responseDue(data as unknown as FaultReportedData),
        },
      ];
    }
    default:
      return [];
  }
}

function servicePlanMissed(data: Record<string, unknown>): NotificationDraft[] {
  const contractId = text(data.contractId);
  const period = text(data.period);
  if (contractId === null || period === null) return [];
  return recipientsOf(data.notify).map((recipient) => ({
    ...addressed(recipient),
    ticketId: null,
    contractId,
    period,
    kind: 'service_plan_missed',
    timer: null,
    reason: text(data.kind),
    level: null,
    dueAt: text(data.dueBy),
    automatic: true,
    severity: null,
  }));
}

/** The distinct user ids and role names of a `notify` list. */
function recipientsOf(notify: unknown): string[] {
  const list = Array.isArray(notify)
    ? notify.filter((r): r is string => typeof r === 'string' && r !== '')
    : [];
  return [...new Set(list)];
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
