import canonicalize from 'canonicalize';
import { contractStream, slaPolicyInForce, type FaultReportedData } from '#domain';
import { checkBundleChain } from './check-bundle-chain.js';
import type { PolicySource } from './dispute-bundle.js';
import { describeBreak, type EventBreak } from './event-break.js';

export interface PolicySourceCheck {
  /** The first contract event that does not hold. */
  firstBad?: EventBreak;
  /** When the version took effect, once its SlaPolicySet event holds. */
  effectiveFrom?: string;
  problems: string[];
}

/**
 * Checks that the policy snapshot in FaultReported is the version the contract stream set: the
 * contract events hold as a chain from revision 0, the last is the SlaPolicySet of that version,
 * with the same policy, for the same contract, and by the domain's rule (slaPolicyInForce: the
 * latest version in effect at the report, else the first) it was the one in force then.
 */
export function checkPolicySource(source: PolicySource, reported: FaultReportedData): PolicySourceCheck {
  const stream = contractStream(reported.contractId);
  const chain = checkBundleChain(source.events, stream);
  if (chain.firstBad) {
    return { firstBad: chain.firstBad, problems: [describeBreak(chain.firstBad, 'contract event')] };
  }
  const problems: string[] = [];
  const last = chain.last!;
  const where = `the last contract event (revision ${last.revision}, ${last.type}, id ${last.id})`;
  if (last.type !== 'SlaPolicySet') {
    problems.push(`${where} is not the SlaPolicySet of version ${reported.policyVersion}`);
    return { problems };
  }
  const set = last.data;
  if (set.version !== reported.policyVersion) {
    problems.push(`${where} sets version ${set.version}, FaultReported says ${reported.policyVersion}`);
  }
  if (set.contractId !== reported.contractId) {
    problems.push(`${where} is for contract ${set.contractId}, FaultReported says ${reported.contractId}`);
  }
  if (canonicalize(set.policy) !== canonicalize(reported.slaPolicy)) {
    problems.push(
      `${where} sets the policy ${JSON.stringify(set.policy)}, the FaultReported snapshot is ${JSON.stringify(reported.slaPolicy)}`,
    );
  }
  // The domain's rule: the latest version in effect at the report, else the first one.
  const versions = source.events.flatMap((e) => (e.type === 'SlaPolicySet' ? [e.data] : []));
  const inForce = slaPolicyInForce(versions, Date.parse(reported.reportedAt));
  if (inForce.version !== set.version) {
    problems.push(
      `${where} sets version ${set.version}, but version ${inForce.version} (in effect from ` +
        `${inForce.effectiveFrom}) was in force when the fault was reported (${reported.reportedAt})`,
    );
  }
  if (source.stream !== stream) {
    problems.push(`policy.source.stream says ${source.stream}, the contract's stream is ${stream}`);
  }
  if (source.policyEventHash !== last.hash) {
    problems.push(
      `policy.source.policyEventHash ${source.policyEventHash} is not the SlaPolicySet event's hash ${last.hash}`,
    );
  }
  return { effectiveFrom: set.effectiveFrom, problems };
}
