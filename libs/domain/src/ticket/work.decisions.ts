import { instantMs, zonedIso } from '../shared/instant.js';
import { defined, optionalText, requireOneOf, requireText } from '../shared/require.js';
import { ValidationError } from '../shared/validation.error.js';
import type { TicketDecision } from './ticket-decision.js';
import { RESPONSE_MODES } from './ticket-values.js';
import type { TicketCommand } from './ticket.commands.js';
import type { TicketEvent } from './ticket.events.js';

type WorkCommand = Extract<
  TicketCommand,
  { type: 'Respond' | 'DispatchOnSite' | 'ArriveOnSite' | 'Resolve' }
>;

/** The engineer's work: respond, go on site, arrive, resolve. The engineer defaults to the actor. */
export function decideWork(command: WorkCommand, { ticket, actor, at }: TicketDecision): TicketEvent[] {
  const ticketId = ticket.ticketId;
  switch (command.type) {
    case 'Respond': {
      const d = command.data;
      const data = defined({
        ticketId,
        engineerId: d.engineerId === undefined ? actor.id : requireText(d.engineerId, 'data.engineerId', 200),
        mode: requireOneOf(d.mode, RESPONSE_MODES, 'data.mode'),
        note: optionalText(d.note, 'data.note'),
        respondedAt: at,
      });
      return [{ type: 'Responded', data }];
    }
    case 'DispatchOnSite': {
      const d = command.data;
      if (!Array.isArray(d.engineerIds) || d.engineerIds.length === 0) {
        throw new ValidationError('data.engineerIds', 'must name at least one engineer');
      }
      const engineerIds = [
        ...new Set(d.engineerIds.map((id, i) => requireText(id, `data.engineerIds[${i}]`, 200))),
      ];
      let expectedArrivalAt: string | undefined;
      if (d.expectedArrivalAt !== undefined) {
        const expectedMs = instantMs(d.expectedArrivalAt, 'data.expectedArrivalAt');
        if (expectedMs < instantMs(at, 'at')) {
          throw new ValidationError('data.expectedArrivalAt', 'must not lie before the dispatch');
        }
        expectedArrivalAt = zonedIso(expectedMs, ticket.timeZone);
      }
      const data = defined({
        ticketId,
        engineerIds,
        reason: requireText(d.reason, 'data.reason'),
        expectedArrivalAt,
        dispatchedBy: actor.id,
        dispatchedAt: at,
      });
      return [{ type: 'DispatchedOnSite', data }];
    }
    case 'ArriveOnSite': {
      const d = command.data;
      const engineerId =
        d.engineerId === undefined ? actor.id : requireText(d.engineerId, 'data.engineerId', 200);
      return [{ type: 'ArrivedOnSite', data: { ticketId, engineerId, arrivedAt: at } }];
    }
    case 'Resolve': {
      const d = command.data;
      const data = {
        ticketId,
        engineerId: d.engineerId === undefined ? actor.id : requireText(d.engineerId, 'data.engineerId', 200),
        cause: requireText(d.cause, 'data.cause'),
        measures: requireText(d.measures, 'data.measures'),
        resolution: requireText(d.resolution, 'data.resolution'),
        category: requireText(d.category, 'data.category', 100),
        resolvedAt: at,
      };
      return [{ type: 'Resolved', data }];
    }
  }
}
