import type { CommandStamp } from '../shared/command-stamp.js';
import type { PlaybookKind } from './playbook.events.js';

/** WritePlaybook: the seed (system actor) or a manager; RevisePlaybook: a manager. */
export type PlaybookCommand =
  | ({ type: 'WritePlaybook'; data: WritePlaybookData } & CommandStamp)
  | ({ type: 'RevisePlaybook'; data: RevisePlaybookData } & CommandStamp);

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
