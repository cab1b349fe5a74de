import type { VersionedSlaPolicy } from '../sla/sla-policy.js';
import type { ContractEvent, ContractRegisteredData } from './contract.events.js';

/** The contract's terms as registered (and amended since), and what its stream has recorded. */
export interface Contract extends Omit<ContractRegisteredData, 'registeredBy'> {
  status: 'active';
  /** Every version, oldest first. */
  slaPolicies: VersionedSlaPolicy[];
  /** Months 'YYYY-MM' that already have an inspection. */
  inspectedPeriods: string[];
  /** Quarters 'YYYY-Qn' that already have a revisit. */
  revisitedPeriods: string[];
  /** Periods the watchman warned about, as '<kind>:<period>', e.g. 'inspection:2026-03'. */
  warnedPeriods: string[];
  /** Ids of the phase surveys recorded. */
  surveyIds: string[];
}

export type ContractState = { status: 'not_registered' } | Contract;

export const initialContractState = (): ContractState => ({ status: 'not_registered' });

export function evolveContract(state: ContractState, event: ContractEvent): ContractState {
  if (event.type === 'ContractRegistered') {
    const { registeredBy: _by, ...terms } = event.data;
    return {
      status: 'active',
      ...terms,
      slaPolicies: [],
      inspectedPeriods: [],
      revisitedPeriods: [],
      warnedPeriods: [],
      surveyIds: [],
    };
  }
  if (state.status === 'not_registered') return state;
  switch (event.type) {
    case 'SlaPolicySet': {
      const { version, effectiveFrom, policy } = event.data;
      return { ...state, slaPolicies: [...state.slaPolicies, { version, effectiveFrom, policy }] };
    }
    case 'InspectionExpertChanged':
      return { ...state, inspectionExpertId: event.data.to };
    case 'ContractAmended':
      return { ...state, ...event.data.changes };
    case 'InspectionRecorded':
      return { ...state, inspectedPeriods: [...state.inspectedPeriods, event.data.period] };
    case 'RevisitRecorded':
      return { ...state, revisitedPeriods: [...state.revisitedPeriods, event.data.period] };
    case 'ServicePlanPeriodMissed': {
      const key = `${event.data.kind}:${event.data.period}`;
      return { ...state, warnedPeriods: [...state.warnedPeriods, key] };
    }
    case 'PhaseSurveyRecorded':
      return { ...state, surveyIds: [...state.surveyIds, event.data.surveyId] };
  }
}
