import { Counter } from 'prom-client';

/**
 * The security counters, kept apart so that the login code counts with one line and no injection
 * (`loginFailures.inc()`); ServiceMetrics registers them in the service's registry. One pair per
 * process: several services started in one process (tests) share them.
 */
export const loginFailures = new Counter({
  name: 'ledger_login_failures_total',
  help: 'Logins refused for a wrong username or password',
  registers: [],
});

/** For the login throttle: one per account or address locked out. */
export const lockouts = new Counter({
  name: 'ledger_lockouts_total',
  help: 'Lockouts imposed by the login throttle',
  registers: [],
});
