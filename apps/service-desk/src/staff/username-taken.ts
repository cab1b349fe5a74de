import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';

/** 409: the login name (compared case-insensitively) belongs to someone else. */
export function usernameTaken(username: string): ProblemException {
  return new ProblemException({
    type: ProblemType.alreadyExists,
    title: 'Conflict',
    status: 409,
    detail: `The username ${username} is taken`,
    code: 'username_taken',
    errors: [{ field: 'username', message: `username ${username} is taken` }],
  });
}
