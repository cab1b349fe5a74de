import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  loginAttemptsDecider,
  loginRetryAfterSeconds,
  type LoginAttemptsEvent,
} from './login-attempts.decider.js';
import { fold } from '../shared/decider.js';

const given = DeciderSpecification.for(loginAttemptsDecider);
const T0 = Date.parse('2026-12-05T08:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const failed = (s: number): LoginAttemptsEvent => ({ type: 'LoginFailed', data: { at: at(s) } });
const lockedOut = (s: number, seconds: number): LoginAttemptsEvent => ({
  type: 'LoginLockedOut',
  data: { at: at(s), until: at(s + seconds), seconds },
});
const failure = (s: number) => ({ type: 'RecordLoginFailure' as const, data: { at: at(s) } });
const fourFailures = [failed(0), failed(10), failed(20), failed(30)];

describe('RecordLoginFailure', () => {
  it('records a failure without locking out before the fifth', () => {
    given(fourFailures.slice(0, 3))
      .when(failure(30))
      .then([failed(30)]);
  });

  it('locks the name out for a minute at the fifth failure within 15 minutes', () => {
    given(fourFailures)
      .when(failure(40))
      .then([failed(40), lockedOut(40, 60)]);
  });

  it('does not count failures older than 15 minutes', () => {
    given(fourFailures)
      .when(failure(15 * 60 + 5))
      .then([failed(15 * 60 + 5)]);
  });

  it('doubles the lockout at each further failure, during the lockout or after it', () => {
    given([...fourFailures, failed(40), lockedOut(40, 60)])
      .when(failure(50))
      .then([failed(50), lockedOut(50, 120)]);
    given([...fourFailures, failed(40), lockedOut(40, 60), failed(50), lockedOut(50, 120)])
      .when(failure(200))
      .then([failed(200), lockedOut(200, 240)]);
  });

  it('caps the lockout at an hour and records nothing more while it lasts', () => {
    const capped = [...fourFailures, failed(40), lockedOut(40, 3600)];
    given([...fourFailures, failed(40), lockedOut(40, 2400)])
      .when(failure(50))
      .then([failed(50), lockedOut(50, 3600)]);
    given(capped).when(failure(100)).thenNothing();
  });

  it('starts a new streak after a whole quiet window past the last lockout', () => {
    given([...fourFailures, failed(40), lockedOut(40, 60)])
      .when(failure(100 + 15 * 60))
      .then([failed(100 + 15 * 60)]);
  });
});

describe('forgiveness', () => {
  it('forgives the failures on a successful login, and records nothing when there were none', () => {
    given(fourFailures)
      .when({ type: 'RecordLoginSuccess', data: { at: at(40) } })
      .then([{ type: 'LoginFailuresForgiven', data: { at: at(40) } }]);
    given([])
      .when({ type: 'RecordLoginSuccess', data: { at: at(40) } })
      .thenNothing();
  });

  it('lifts a lockout when an admin unlocks the name, and counts afresh', () => {
    const unlocked: LoginAttemptsEvent = { type: 'LoginUnlocked', data: { at: at(50), unlockedBy: 'a-1' } };
    given([...fourFailures, failed(40), lockedOut(40, 60)])
      .when({ type: 'UnlockLogin', data: { at: at(50), unlockedBy: 'a-1' } })
      .then([unlocked]);
    given([...fourFailures, failed(40), lockedOut(40, 60), unlocked])
      .when(failure(55))
      .then([failed(55)]);
  });
});

describe('loginRetryAfterSeconds', () => {
  it('tells the seconds left of a lockout, and 0 once it is over', () => {
    const state = fold(loginAttemptsDecider, [...fourFailures, failed(40), lockedOut(40, 60)]);
    expect(loginRetryAfterSeconds(state, at(41))).toBe(59);
    expect(loginRetryAfterSeconds(state, at(100))).toBe(0);
  });
});
