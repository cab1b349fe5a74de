import { RuleViolationError } from './rule-violation.error.js';

/**
 * A business time entered after the fact lies further back than its author may date it, or before
 * what it follows (HTTP 422). `code` names the rule, `field` the input that gave the time.
 */
export class BackdatingError extends RuleViolationError {
  constructor(
    code: BackdatingRuleCode,
    readonly field: string,
    message: string,
  ) {
    super(code, message);
  }
}

export type BackdatingRuleCode =
  | 'backdating_customer_limit'
  | 'backdating_staff_limit'
  | 'backdating_reason_required'
  | 'before_contract_registered';
