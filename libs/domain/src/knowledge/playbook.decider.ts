import { SYSTEM_ROLE } from '../shared/actor.js';
import { businessMs, requireCommandActor, requireCommandShape } from '../shared/command-stamp.js';
import type { Decider } from '../shared/decider.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { fieldsOf, requireOneOf, requireText } from '../shared/require.js';
import type { PlaybookCommand } from './playbook.commands.js';
import { PLAYBOOK_KINDS, type PlaybookEvent, type PlaybookText } from './playbook.events.js';
import { evolvePlaybook, initialPlaybookState, type PlaybookState } from './playbook.state.js';

const COMMANDS = ['WritePlaybook', 'RevisePlaybook'];

/**
 * Writing a playbook that exists changes nothing (the seed runs at every start); revising one
 * records the new text and the reason, so the history stays in the stream.
 */
export function decidePlaybook(command: PlaybookCommand, state: PlaybookState): PlaybookEvent[] {
  requireCommandShape(command, COMMANDS);
  const actor = requireCommandActor(command.actor);
  const allowed = command.type === 'WritePlaybook' ? [SYSTEM_ROLE, 'manager'] : ['manager'];
  if (!allowed.includes(actor.role)) throw new ForbiddenError(actor.role, command.type);
  const at = new Date(businessMs(command)).toISOString();
  const data = fieldsOf(command.data);
  switch (command.type) {
    case 'WritePlaybook': {
      if (state.status === 'written') return [];
      return [
        {
          type: 'PlaybookWritten',
          data: {
            playbookId: requireText(data.playbookId, 'data.playbookId', 200),
            kind: requireOneOf(data.kind, PLAYBOOK_KINDS, 'data.kind'),
            ...playbookText(data, undefined),
            writtenBy: actor.id,
            writtenAt: at,
          },
        },
      ];
    }
    case 'RevisePlaybook': {
      if (state.status !== 'written') throw new NotFoundError('playbook', String(data.playbookId));
      const reason = requireText(data.reason, 'data.reason', 1000);
      const text = playbookText(data, state);
      if (
        text.title === state.title &&
        text.prevention === state.prevention &&
        text.response === state.response
      ) {
        return [];
      }
      return [
        {
          type: 'PlaybookRevised',
          data: { playbookId: state.playbookId, ...text, reason, revisedBy: actor.id, revisedAt: at },
        },
      ];
    }
  }
}

function playbookText(data: Record<string, unknown>, current: PlaybookText | undefined): PlaybookText {
  const field = (name: keyof PlaybookText, max: number) =>
    data[name] === undefined && current !== undefined
      ? current[name]
      : requireText(data[name], `data.${name}`, max);
  return {
    title: field('title', 200),
    prevention: field('prevention', 8000),
    response: field('response', 8000),
  };
}

export const playbookDecider: Decider<PlaybookCommand, PlaybookEvent, PlaybookState> = {
  decide: decidePlaybook,
  evolve: evolvePlaybook,
  initialState: initialPlaybookState,
};
