import type { Decider } from '../shared/decider.js';
import { instantMs } from '../shared/instant.js';

/**
 * One stream per login name, named by a digest of the lower-cased name (computed by the caller, so
 * that the domain stays pure): the same stream whether or not the name belongs to a user, so the
 * answer never tells which.
 */
export const loginAttemptsStream = (usernameDigest: string): string => `login-attempts-${usernameDigest}`;

/** Failures counted within this window lock the name out once there are this many. */
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60_000;
export const LOGIN_FAILURES_BEFORE_LOCKOUT = 5;
/** The first lockout; each further failure doubles it, up to the cap. */
export const FIRST_LOCKOUT_SECONDS = 60;
export const MAX_LOCKOUT_SECONDS = 60 * 60;

export type LoginAttemptsCommand =
  /** A wrong password, an unknown name, or any attempt while locked out (its password is never checked). */
  | { type: 'RecordLoginFailure'; data: { at: string } }
  /** The right password while not locked out: the failures so far are forgiven (nothing when there were none). */
  | { type: 'RecordLoginSuccess'; data: { at: string } }
  /** An admin lifts a lockout and forgives the failures. */
  | { type: 'UnlockLogin'; data: { at: string; unlockedBy: string } };

export type LoginAttemptsEvent =
  | { type: 'LoginFailed'; data: { at: string } }
  | { type: 'LoginLockedOut'; data: { at: string; until: string; seconds: number } }
  | { type: 'LoginFailuresForgiven'; data: { at: string } }
  | { type: 'LoginUnlocked'; data: { at: string; unlockedBy: string } };

export interface LoginAttemptsState {
  /** Times (ms) of the failures since the last forgiveness, the latest few only. */
  failures: number[];
  /** While locked out: until when (ms), and how long the last lockout was. */
  lockedUntil?: number;
  lockoutSeconds?: number;
}

/** Seconds until the name may try again at `at` (0 when it may). */
export function loginRetryAfterSeconds(state: LoginAttemptsState, at: string): number {
  const left = (state.lockedUntil ?? 0) - instantMs(at, 'at');
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

function decide(command: LoginAttemptsCommand, state: LoginAttemptsState): LoginAttemptsEvent[] {
  const at = command.data.at;
  const now = instantMs(at, 'data.at');
  switch (command.type) {
    case 'RecordLoginSuccess':
      return state.failures.length > 0 || state.lockoutSeconds !== undefined
        ? [{ type: 'LoginFailuresForgiven', data: { at } }]
        : [];
    case 'UnlockLogin':
      return [{ type: 'LoginUnlocked', data: { at, unlockedBy: command.data.unlockedBy } }];
    case 'RecordLoginFailure': {
      const locked = (state.lockedUntil ?? 0) > now;
      // A lockout at its cap is not prolonged by attempts during it: the stream stays short under attack.
      if (locked && state.lockoutSeconds === MAX_LOCKOUT_SECONDS) return [];
      const recent = state.failures.filter((t) => now - t < LOGIN_FAILURE_WINDOW_MS).length + 1;
      const failed: LoginAttemptsEvent = { type: 'LoginFailed', data: { at } };
      if (!locked && recent < LOGIN_FAILURES_BEFORE_LOCKOUT) return [failed];
      const seconds = nextLockoutSeconds(state, now);
      const until = new Date(now + seconds * 1000).toISOString();
      return [failed, { type: 'LoginLockedOut', data: { at, until, seconds } }];
    }
  }
}

/** The first lockout lasts a minute; each one after it (a streak not yet forgiven) twice the last, capped. */
function nextLockoutSeconds(state: LoginAttemptsState, now: number): number {
  const streakOver =
    state.lockoutSeconds === undefined || now - (state.lockedUntil ?? 0) >= LOGIN_FAILURE_WINDOW_MS; // quiet for a whole window after the last lockout
  if (streakOver) return FIRST_LOCKOUT_SECONDS;
  return Math.min(state.lockoutSeconds! * 2, MAX_LOCKOUT_SECONDS);
}

function evolve(state: LoginAttemptsState, event: LoginAttemptsEvent): LoginAttemptsState {
  switch (event.type) {
    case 'LoginFailed':
      return {
        ...state,
        failures: [...state.failures, instantMs(event.data.at, 'data.at')].slice(
          -LOGIN_FAILURES_BEFORE_LOCKOUT,
        ),
      };
    case 'LoginLockedOut':
      return {
        ...state,
        lockedUntil: instantMs(event.data.until, 'data.until'),
        lockoutSeconds: event.data.seconds,
      };
    case 'LoginFailuresForgiven':
    case 'LoginUnlocked':
      return { failures: [] };
  }
}

/**
 * Throttles guessing at one login name: the fifth failure within 15 minutes locks the name out for
 * a minute; every further failure (including any attempt during a lockout) locks it out for twice
 * as long as the last time, up to an hour. A successful login or an admin's unlock forgives it all.
 * Time comes in as each command's `at`.
 */
export const loginAttemptsDecider: Decider<LoginAttemptsCommand, LoginAttemptsEvent, LoginAttemptsState> = {
  initialState: () => ({ failures: [] }),
  evolve,
  decide,
};
