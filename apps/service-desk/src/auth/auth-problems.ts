import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';

export const UNAUTHORIZED_TYPE = 'urn:service-ledger:problem:unauthorized';

/** 401: no valid bearer token, or a failed login. */
export function unauthorized(detail: string): ProblemException {
  return new ProblemException({ type: UNAUTHORIZED_TYPE, title: 'Unauthorized', status: 401, detail });
}

/** 403 naming the role that was refused and the roles that would have been let in. */
export function roleRefused(role: string, what: string, allowed: readonly string[]): ProblemException {
  return new ProblemException({
    type: ProblemType.forbidden,
    title: 'Forbidden',
    status: 403,
    detail: `The role '${role}' may not ${what}`,
    code: 'forbidden',
    role,
    allowedRoles: [...allowed],
  });
}

/** 403: a customer contact asked for something of another organisation. */
export function otherOrganisation(what: string): ProblemException {
  return new ProblemException({
    type: ProblemType.forbidden,
    title: 'Forbidden',
    status: 403,
    detail: `The role 'customer' sees its own organisation only, not ${what}`,
    code: 'other_organisation',
    role: 'customer',
  });
}
