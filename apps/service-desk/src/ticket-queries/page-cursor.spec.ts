import { ProblemException } from '../problem-details/problem.exception.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';

interface Where {
  sort: string;
  id: string;
}
const isWhere = (value: unknown): value is Where =>
  typeof value === 'object' && value !== null && (value as Where).sort === 'reportedAt';

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ProblemException).problem;
  }
  throw new Error('did not throw');
};

describe('page cursors', () => {
  it('round-trip what they hold, in URL-safe characters', () => {
    const cursor = encodeCursor({ sort: 'reportedAt', id: '分组/+?&=' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, isWhere)).toEqual({ sort: 'reportedAt', id: '分组/+?&=' });
  });

  it.each([
    ['not base64url', '%%%'],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['refused by the listing', encodeCursor({ sort: 'severity', id: 'x' })],
    ['padded', `${encodeCursor({ sort: 'reportedAt', id: 'x' })}=`],
  ])('answer a 400 naming cursor when %s', (_case, raw) => {
    expect(problemOf(() => decodeCursor(raw, isWhere))).toMatchObject({
      status: 400,
      errors: [{ field: 'cursor' }],
    });
  });
});
