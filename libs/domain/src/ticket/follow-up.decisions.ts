import { instantMs, zonedIso } from '../shared/instant.js';
import {
  defined,
  optionalText,
  requireBoolean,
  requireInteger,
  requireOneOf,
  requireText,
} from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { SEVERITIES } from '../shared/severity.js';
import { ValidationError } from '../shared/validation.error.js';
import { warrantyAt } from '../contract/warranty.js';
import type { TicketDecision } from './ticket-decision.js';
import { ESCALATION_REASONS, type EscalationLevel } from './ticket-values.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';

type FollowUp = Extract<
  TicketCommand,
  { type: 'Escalate' | 'NoteSupervision' | 'ChangeSeverity' | 'Assign' | 'CorrectReportTime' }
>;

const ESCALATION_TARGET: Record<EscalationLevel, string> = { 1: 'manager', 2: 'headquarters' };

/** What happens around the work without changing the status: chasing, escalating, re-judging, correcting. */
export function decideFollowUp(command: FollowUp, decision: TicketDecision): TicketEvent[] {
  const { ticket, actor, at } = decision;
  const ticketId = ticket.ticketId;
  switch (command.type) {
    case 'Escalate': {
      const d = command.data;
      const level = requireOneOf(d.level, [1, 2] as const, 'data.level');
      const reason = requireOneOf(d.reason, ESCALATION_REASONS, 'data.reason');
      const automatic = requireBoolean(d.automatic, 'data.automatic');
      if (level === 2 && !ticket.escalations.some((e) => e.level === 1)) {
        throw new RuleViolationError(
          'level_1_first',
          'A ticket goes to headquarters only after the service manager',
        );
      }
      if (automatic && ticket.escalations.some((e) => e.level === level && e.reason === reason)) return [];
      if (d.recordedLate !== undefined && (d.recordedLate !== true || !automatic)) {
        throw new ValidationError('data.recordedLate', 'only an automatic escalation may be recorded late');
      }
      const data = defined({
        ticketId,
        level,
        reason,
        to: d.to === undefined ? ESCALATION_TARGET[level] : requireText(d.to, 'data.to', 200),
        automatic,
        note: optionalText(d.note, 'data.note'),
        escalatedBy: actor.id,
        escalatedAt: at,
        recordedLate: d.recordedLate,
      });
      return [{ type: 'Escalated', data }];
    }
    case 'NoteSupervision': {
      const d = command.data;
      const data = {
        ticketId,
        notedBy: actor.id,
        period: requireText(d.period, 'data.period', 200),
        progress: requireText(d.progress, 'data.progress'),
        solvedPercent: requireInteger(d.solvedPercent, 'data.solvedPercent', 0, 100),
        notedAt: at,
      };
      return [{ type: 'SupervisionNoted', data }];
    }
    case 'ChangeSeverity': {
      const to = requireOneOf(command.data.severity, SEVERITIES, 'data.severity');
      if (to === ticket.severity) {
        throw new RuleViolationError('severity_unchanged', `The ticket already has severity ${to}`);
      }
      const reason = requireText(command.data.reason, 'data.reason');
      const data = { ticketId, from: ticket.severity, to, reason, changedBy: actor.id, changedAt: at };
      return [{ type: 'SeverityChanged', data }];
    }
    case 'Assign': {
      const engineerId = requireText(command.data.engineerId, 'data.engineerId', 200);
      if (engineerId === ticket.assigneeId) return [];
      const note = optionalText(command.data.note, 'data.note');
      return [
        {
          type: 'Assigned',
          data: defined({ ticketId, engineerId, assignedBy: actor.id, note, assignedAt: at }),
        },
      ];
    }
    case 'CorrectReportTime':
      return correctReportTime(command, decision);
  }
}

/**
 * A new report time, never after now nor after the ticket's first follow-up event (a report
 * cannot come after its own response). Both times stay in the event; the warranty is re-judged.
 */
function correctReportTime(
  command: Extract<TicketCommand, { type: 'CorrectReportTime' }>,
  { ticket, actor, at, nowMs }: TicketDecision,
): TicketEvent[] {
  const reportedMs = instantMs(command.data.reportedAt, 'data.reportedAt');
  if (reportedMs > nowMs) throw new ValidationError('data.reportedAt', 'must not lie in the future');
  if (
    ticket.firstFollowUpAt !== undefined &&
    reportedMs > instantMs(ticket.firstFollowUpAt, 'firstFollowUpAt')
  ) {
    throw new RuleViolationError(
      'report_after_follow_up',
      `The report time cannot lie after the ticket's first follow-up (${ticket.firstFollowUpAt})`,
    );
  }
  if (reportedMs === instantMs(ticket.reportedAt, 'reportedAt')) return [];
  const data = {
    ticketId: ticket.ticketId,
    previousReportedAt: ticket.reportedAt,
    reportedAt: zonedIso(reportedMs, ticket.timeZone),
    reason: requireText(command.data.reason, 'data.reason'),
    correctedBy: actor.id,
    correctedAt: at,
    warranty: warrantyAt(ticket.warrantyUntil, reportedMs, ticket.timeZone),
  };
  return [{ type: 'ReportTimeCorrected', data }];
}
