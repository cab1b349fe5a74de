import { defined, optionalText, requireText } from '../shared/require.js';
import { requireScores } from '../shared/satisfaction.js';
import type { TicketDecision } from './ticket-decision.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';

type CustomerAnswer = Extract<
  TicketCommand,
  { type: 'ConfirmResolution' | 'RejectResolution' | 'RecordSatisfaction' }
>;

/**
 * The customer's answers at the revisit: confirm or reject the fix (a rejection reopens the
 * ticket), and the satisfaction survey. The actor is the customer contact, or the staff member
 * who recorded the answer.
 */
export function decideCustomerAnswer(
  command: CustomerAnswer,
  { ticket, actor, at }: TicketDecision,
): TicketEvent[] {
  const ticketId = ticket.ticketId;
  switch (command.type) {
    case 'ConfirmResolution': {
      const note = optionalText(command.data.note, 'data.note');
      return [
        {
          type: 'ResolutionConfirmed',
          data: defined({ ticketId, confirmedBy: actor.id, note, confirmedAt: at }),
        },
      ];
    }
    case 'RejectResolution': {
      const reason = requireText(command.data.reason, 'data.reason');
      return [
        { type: 'ResolutionRejected', data: { ticketId, rejectedBy: actor.id, reason, rejectedAt: at } },
      ];
    }
    case 'RecordSatisfaction': {
      const d = command.data;
      const data = defined({
        ticketId,
        recordedBy: actor.id,
        scores: requireScores(d.scores),
        comments: optionalText(d.comments, 'data.comments'),
        respondent: optionalText(d.respondent, 'data.respondent', 200),
        surveyedAt: at,
      });
      return [{ type: 'SatisfactionRecorded', data }];
    }
  }
}
