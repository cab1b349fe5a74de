/** One server-sent event: `event:` name, JSON `data:`, and `id:` when given. */
export interface SseMessage {
  event: string;
  data: unknown;
  id?: string;
}

export function formatSse(message: SseMessage): string {
  const id = message.id === undefined ? '' : `id: ${message.id}\n`;
  return `event: ${message.event}\n${id}data: ${JSON.stringify(message.data)}\n\n`;
}

export const HEARTBEAT = ': heartbeat\n\n';
