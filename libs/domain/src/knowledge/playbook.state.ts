import type { PlaybookEvent, PlaybookKind, PlaybookText } from './playbook.events.js';

export interface Playbook extends PlaybookText {
  status: 'written';
  playbookId: string;
  kind: PlaybookKind;
  revisions: number;
}

export type PlaybookState = { status: 'not_written' } | Playbook;

export const initialPlaybookState = (): PlaybookState => ({ status: 'not_written' });

export function evolvePlaybook(state: PlaybookState, event: PlaybookEvent): PlaybookState {
  const { title, prevention, response } = event.data;
  switch (event.type) {
    case 'PlaybookWritten':
      return {
        status: 'written',
        playbookId: event.data.playbookId,
        kind: event.data.kind,
        title,
        prevention,
        response,
        revisions: 0,
      };
    case 'PlaybookRevised':
      if (state.status !== 'written') return state;
      return { ...state, title, prevention, response, revisions: state.revisions + 1 };
  }
}
