import * as pageCursor from '../ticket-queries/page-cursor.js';

/** Where a page of the archive ends: the last ticket's report time (epoch ms) and id. */
export interface ArchiveCursor {
  reportedMs: number;
  ticketId: string;
}

/** How an archive cursor is kept: `[reportedMs, ticketId]`. */
type Kept = [number, string];
const isKept = (value: unknown): value is Kept =>
  Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string';

export function encodeCursor(cursor: ArchiveCursor): string {
  return pageCursor.encodeCursor([cursor.reportedMs, cursor.ticketId] satisfies Kept);
}

/** The cursor, or a 400 naming `cursor` when it is not one this service gave. */
export function decodeCursor(text: string): ArchiveCursor {
  const [reportedMs, ticketId] = pageCursor.decodeCursor(
    text,
    isKept,
    'cursor must be a nextCursor this service gave',
  );
  return { reportedMs, ticketId };
}
