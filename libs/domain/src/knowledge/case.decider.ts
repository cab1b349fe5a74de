import { requireActor, assertRole, businessMs, requireCommandShape } from '../shared/command-stamp.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Decider } from '../shared/decider.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { requireProduct } from '../shared/product.js';
import { fieldsOf, requireText } from '../shared/require.js';
import type { Role } from '../shared/actor.js';
import type { CaseCommand } from './case.commands.js';
import type { CaseEvent, CaseText } from './case.events.js';
import { evolveCase, initialCaseState, type CaseState } from './case.state.js';

/** Engineers publish what they fixed; managers may too. */
export const CASE_AUTHORS: readonly Role[] = ['engineer', 'manager'];
/** A ticket whose fix has been given: resolved, then confirmed or closed. */
export const PUBLISHABLE_TICKET_STATUSES: readonly string[] = ['resolved', 'confirmed', 'closed'];

const COMMANDS = ['PublishCase', 'ReviseCase'];

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  requireCommandShape(command, COMMANDS);
  const actor = requireActor(command.actor);
  assertRole(actor, command.type, CASE_AUTHORS);
  const at = new Date(businessMs(command)).toISOString();
  const data = fieldsOf(command.data);
  switch (command.type) {
    case 'PublishCase': {
      const caseId = requireText(data.caseId, 'data.caseId', 200);
      if (state.status === 'published') throw new AlreadyExistsError('case', caseId);
      const ticketId = requireText(data.ticketId, 'data.ticketId', 200);
      if (data.ticketStatus === 'not_reported') throw new NotFoundError('ticket', ticketId);
      if (!PUBLISHABLE_TICKET_STATUSES.includes(String(data.ticketStatus))) {
        throw new InvalidTransitionError(String(data.ticketStatus), 'PublishCase');
      }
      return [
        {
          type: 'CasePublished',
          data: {
            caseId,
            ticketId,
            ...caseText(data, undefined),
            product: requireProduct(data.product, 'data.product'),
            publishedBy: actor.id,
            publishedAt: at,
          },
        },
      ];
    }
    case 'ReviseCase': {
      if (state.status !== 'published') throw new NotFoundError('case', String(data.caseId));
      const reason = requireText(data.reason, 'data.reason', 1000);
      const text = caseText(data, state);
      if (
        text.symptom === state.symptom &&
        text.cause === state.cause &&
        text.fix === state.fix &&
        text.category === state.category
      ) {
        return [];
      }
      return [
        {
          type: 'CaseRevised',
          data: { caseId: state.caseId, ...text, reason, revisedBy: actor.id, revisedAt: at },
        },
      ];
    }
  }
}

/** The text of the command, each field falling back to the current one (when revising). */
function caseText(data: Record<string, unknown>, current: CaseText | undefined): CaseText {
  const field = (name: keyof CaseText, max: number) =>
    data[name] === undefined && current !== undefined
      ? current[name]
      : requireText(data[name], `data.${name}`, max);
  return {
    symptom: field('symptom', 4000),
    cause: field('cause', 4000),
    fix: field('fix', 4000),
    category: field('category', 200),
  };
}

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
};
