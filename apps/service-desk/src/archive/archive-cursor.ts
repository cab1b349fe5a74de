import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

/** Where a page of the archive ends: the last ticket's report time (epoch ms) and id. */
export interface ArchiveCursor {
  reportedMs: number;
  ticketId: string;
}

export function encodeCursor(cursor: ArchiveCursor): string {
  return Buffer.from(JSON.stringify([cursor.reportedMs, cursor.ticketId])).toString('base64url');
}

/** The cursor, or a 400 naming `cursor` when it is not one this service gave. */
export function decodeCursor(text: string): ArchiveCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { reportedMs: value[0] as number, ticketId: value[1] };
    }
  } catch {
    // falls through to the 400
  }
  const message = 'cursor must be a nextCursor this service gave';
  throw new ProblemException({
    type: ProblemType.validationFailed,
    title: 'Bad Request',
    status: 400,
    detail: message,
    errors: [{ field: 'cursor', message }],
  });
}
