import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

/** An opaque paging cursor: the JSON of where the last page ended, base64url-encoded. */
export function encodeCursor(where: object): string {
  return Buffer.from(JSON.stringify(where), 'utf8').toString('base64url');
}

const BAD_CURSOR = 'cursor must be the nextCursor of a previous page of this listing, with the same sort';

/**
 * The cursor's content, if `accept` recognises it; otherwise a 400 naming `cursor` with `message`
 * (a cursor is only good for the listing, and the sort, that issued it).
 */
export function decodeCursor<T>(
  raw: string,
  accept: (value: unknown) => value is T,
  message: string = BAD_CURSOR,
): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(raw) || !accept(value)) throw badCursor(message);
  return value;
}

export function badCursor(message: string = BAD_CURSOR): ProblemException {
  return new ProblemException({
    type: ProblemType.validationFailed,
    title: 'Bad Request',
    status: 400,
    detail: message,
    errors: [{ field: 'cursor', message }],
  });
}
