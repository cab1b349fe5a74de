import { businessMs, requireCommandActor, requireCommandShape } from '../shared/command-stamp.js';
import type { Actor } from '../shared/actor.js';
import type { Decider } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { instantMs, zonedIso } from '../shared/instant.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { decideCustomerAnswer } from './customer-answer.decisions.js';
import { decideFollowUp } from './follow-up.decisions.js';
import { decideSlaWarning } from './sla-warning.decision.js';
import { decideLifecycle } from './lifecycle.decisions.js';
import { decideReportFault } from './report-fault.decision.js';
import type { TicketDecision } from './ticket-decision.js';
import { mayIssueTicketCommand } from './ticket-permissions.js';
import { TICKET_TRANSITIONS } from './ticket-transitions.js';
import type { TicketCommand } from './ticket.commands.js';
import { evolveTicket } from './ticket.evolve.js';
import type { TicketEvent } from './ticket.events.js';
import { initialTicketState, type TicketState } from './ticket.state.js';
import { decideWork } from './work.decisions.js';

const TICKET_COMMAND_TYPES = ['ReportFault', ...Object.keys(TICKET_TRANSITIONS)];

/**
 * Decides a ticket command. Checks, in order: the actor and its role, that the ticket exists
 * (NotFoundError) or not yet (AlreadyExistsError for ReportFault), the status
 * (InvalidTransitionError naming it), the business instant (not after now, not before the
 * ticket's latest event), then the command's own rules. [] means: already so, nothing to append.
 */
export function decideTicket(command: TicketCommand, state: TicketState): TicketEvent[] {
  requireCommandShape(command, TICKET_COMMAND_TYPES);
  const actor = requireCommandActor(command.actor);
  if (!mayIssueTicketCommand(actor.role, command.type)) throw new ForbiddenError(actor.role, command.type);
  if (command.type === 'ReportFault') return decideReportFault(command, state, actor as Actor);
  if (state.status === 'not_reported') throw new NotFoundError('ticket', command.data.ticketId);
  const transition = TICKET_TRANSITIONS[command.type];
  if (!transition.from.includes(state.status)) throw new InvalidTransitionError(state.status, command.type);
  const atMs = businessMs(command);
  if (atMs < instantMs(state.lastEventAt, 'lastEventAt')) {
    throw new RuleViolationError(
      'before_latest_event',
      `occurredAt must not lie before the ticket's latest event (${state.lastEventAt})`,
    );
  }
  const decision: TicketDecision = {
    ticket: state,
    actor,
    at: zonedIso(atMs, state.timeZone),
    atMs,
    nowMs: instantMs(command.now, 'now'),
  };
  switch (command.type) {
    case 'Respond':
    case 'DispatchOnSite':
    case 'ArriveOnSite':
    case 'Resolve':
      return decideWork(command, decision);
    case 'ConfirmResolution':
    case 'RejectResolution':
    case 'RecordSatisfaction':
      return decideCustomerAnswer(command, decision);
    case 'Close':
    case 'Reopen':
      return decideLifecycle(command, decision);
    case 'WarnSlaAtRisk':
      return decideSlaWarning(command, decision);
    default:
      return decideFollowUp(command, decision);
  }
}

export const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState> = {
  decide: decideTicket,
  evolve: evolveTicket,
  initialState: initialTicketState,
};
