/** The five emergencies of DOMAIN.md that have a playbook (应急策略). */
export const PLAYBOOK_KINDS = [
  'software_damage',
  'software_fault',
  'operator_error',
  'configuration_loss',
  'intrusion',
] as const;
export type PlaybookKind = (typeof PLAYBOOK_KINDS)[number];

/** The text of a playbook: how to prevent the emergency and how to respond to it. */
export interface PlaybookText {
  title: string;
  prevention: string;
  response: string;
}

export interface PlaybookWrittenData extends PlaybookText {
  playbookId: string;
  kind: PlaybookKind;
  writtenBy: string;
  writtenAt: string;
}

/** New text of a playbook, with the reason; the earlier text stays in the stream. */
export interface PlaybookRevisedData extends PlaybookText {
  playbookId: string;
  reason: string;
  revisedBy: string;
  revisedAt: string;
}

export type PlaybookEvent =
  | { type: 'PlaybookWritten'; data: PlaybookWrittenData }
  | { type: 'PlaybookRevised'; data: PlaybookRevisedData };

export const PLAYBOOK_EVENT_TYPES = ['PlaybookWritten', 'PlaybookRevised'] as const;
