import type { CommandContext } from '../shared/command-context.js';
import type { PlaybookKind } from './playbook.events.js';

/** WritePlaybook: the seed (system actor) or a manager; RevisePlaybook: a manager. */
export type PlaybookCommand =
  | ({ type: 'WritePlaybook'; data: WritePlaybookData } & CommandContext)
  | ({ type: 'RevisePlaybook'; data: RevisePlaybookData } & CommandContext);

export interface WritePlaybookData {
  playbookId: string;
  kind: PlaybookKind;
  title: string;
  prevention: string;
  response: string;
}

export interface RevisePlaybookData {
  playbookId: string;
  title?: string;
  prevention?: string;
  response?: string;
  reason: string;
}
