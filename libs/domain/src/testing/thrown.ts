import { AssertionError } from 'node:assert/strict';

/** The error `run` throws; fails when it throws nothing. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new AssertionError({ message: 'expected an error, but nothing was thrown' });
}
