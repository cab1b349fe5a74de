/**
 * The `type` URIs of this service's problems. Clients compare them as strings; they are not meant
 * to be fetched. A problem with no more to say than its HTTP status has the type "about:blank".
 */
const base = 'urn:service-ledger:problem:';

export const ProblemType = {
  httpStatus: 'about:blank',
  validationFailed: `${base}validation-failed`,
  malformedBody: `${base}malformed-body`,
  invalidEvent: `${base}invalid-event`,
  wrongExpectedRevision: `${base}wrong-expected-revision`,
  healthCheckFailed: `${base}health-check-failed`,
  preconditionFailed: `${base}precondition-failed`,
  concurrencyConflict: `${base}concurrency-conflict`,
  notFound: `${base}not-found`,
  invalidTransition: `${base}invalid-transition`,
  alreadyExists: `${base}already-exists`,
  forbidden: `${base}forbidden`,
  domainRule: `${base}domain-rule`,
  tooManyAttempts: `${base}too-many-attempts`,
  internal: `${base}internal-error`,
} as const;
