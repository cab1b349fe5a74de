import { AlreadyExistsError } from '../shared/already-exists.error.js';
import type { Role } from '../shared/actor.js';
import { SYSTEM_ROLE } from '../shared/actor.js';
import { assertRole, businessMs, requireCommandActor, requireCommandShape } from '../shared/command-stamp.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import type { Decider } from '../shared/decider.js';
import { instantMs, requireIsoDate, requireTimeZone, zonedIso } from '../shared/instant.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { requireProduct } from '../shared/product.js';
import { requireInteger, requireText } from '../shared/require.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { buildSlaPolicy } from '../sla/sla-policy.js';
import type { ContractCommand } from './contract.commands.js';
import type { ContractAmendment, ContractEvent } from './contract.events.js';
import { evolveContract, initialContractState, type Contract, type ContractState } from './contract.state.js';
import { recordPhaseSurvey } from './phase-survey.js';
import { recordInspection, recordRevisit } from './service-plan-records.js';
import { warnServicePlanMissed } from './service-plan-warning.js';
import { DEFAULT_WARRANTY_MONTHS } from './warranty.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const COMMAND_TYPES = [
  'RegisterContract',
  'SetSlaPolicy',
  'ChangeInspectionExpert',
  'AmendContract',
  'RecordInspection',
  'RecordRevisit',
  'RecordPhaseSurvey',
  'WarnServicePlanMissed',
];

/** Who may issue each command (the fixed-expert rule of inspections is checked in recordInspection). */
const ALLOWED_ROLES: Record<Exclude<ContractCommand['type'], 'WarnServicePlanMissed'>, readonly Role[]> = {
  RegisterContract: ['admin'],
  SetSlaPolicy: ['admin'],
  AmendContract: ['admin'],
  ChangeInspectionExpert: ['manager', 'admin'],
  RecordInspection: ['engineer', 'manager'],
  RecordRevisit: ['engineer', 'manager', 'agent'],
  RecordPhaseSurvey: ['customer', 'agent', 'manager'],
};

export function decideContract(command: ContractCommand, state: ContractState): ContractEvent[] {
  requireCommandShape(command, COMMAND_TYPES);
  const commandActor = requireCommandActor(command.actor);
  const nowMs = instantMs(command.now, 'now');
  if (command.type === 'WarnServicePlanMissed') {
    if (commandActor.role !== SYSTEM_ROLE) throw new ForbiddenError(commandActor.role, command.type);
    if (state.status === 'not_registered') throw new NotFoundError('contract', command.data.contractId);
    return warnServicePlanMissed(command.data, state, nowMs);
  }
  if (commandActor.role === SYSTEM_ROLE) throw new ForbiddenError(commandActor.role, command.type);
  const actor = { id: commandActor.id, role: commandActor.role };
  assertRole(actor, command.type, ALLOWED_ROLES[command.type]);
  if (command.type === 'RegisterContract') {
    if (state.status !== 'not_registered') throw new AlreadyExistsError('contract', state.contractId);
    const d = command.data;
    const contractId = requireText(d.contractId, 'data.contractId', 200);
    const timeZone = requireTimeZone(d.timeZone ?? DEFAULT_TIME_ZONE, 'data.timeZone');
    return [
      {
        type: 'ContractRegistered',
        data: {
          contractId,
          customerId: requireText(d.customerId, 'data.customerId', 200),
          name: requireText(d.name, 'data.name', 200),
          product: requireProduct(d.product, 'data.product'),
          finalAcceptanceDate: requireIsoDate(d.finalAcceptanceDate, 'data.finalAcceptanceDate'),
          warrantyMonths: requireInteger(
            d.warrantyMonths ?? DEFAULT_WARRANTY_MONTHS,
            'data.warrantyMonths',
            0,
            600,
          ),
          timeZone,
          inspectionExpertId: requireText(d.inspectionExpertId, 'data.inspectionExpertId', 200),
          registeredBy: actor.id,
        },
      },
      {
        type: 'SlaPolicySet',
        data: {
          contractId,
          version: 1,
          effectiveFrom: zonedIso(businessMs(command), timeZone),
          policy: buildSlaPolicy(d.slaPolicy ?? {}, 'data.slaPolicy'),
          setBy: actor.id,
        },
      },
    ];
  }
  if (state.status === 'not_registered') throw new NotFoundError('contract', command.data.contractId);
  switch (command.type) {
    case 'SetSlaPolicy': {
      const previous = state.slaPolicies.at(-1);
      const fromMs =
        command.data.effectiveFrom === undefined
          ? nowMs
          : instantMs(command.data.effectiveFrom, 'data.effectiveFrom');
      if (previous && fromMs < Date.parse(previous.effectiveFrom)) {
        throw new RuleViolationError(
          'policy_effective_before_previous',
          `A new SLA policy cannot take effect before version ${previous.version} (${previous.effectiveFrom})`,
        );
      }
      const data = {
        contractId: state.contractId,
        version: (previous?.version ?? 0) + 1,
        effectiveFrom: zonedIso(fromMs, state.timeZone),
        policy: buildSlaPolicy(command.data.policy, 'data.policy'),
        setBy: actor.id,
      };
      return [{ type: 'SlaPolicySet', data }];
    }
    case 'ChangeInspectionExpert': {
      const to = requireText(command.data.expertId, 'data.expertId', 200);
      if (to === state.inspectionExpertId) return [];
      const data = {
        contractId: state.contractId,
        from: state.inspectionExpertId,
        to,
        reason: requireText(command.data.reason, 'data.reason'),
        changedAt: zonedIso(nowMs, state.timeZone),
        changedBy: actor.id,
      };
      return [{ type: 'InspectionExpertChanged', data }];
    }
    case 'RecordInspection':
      return recordInspection(command.data, state, actor, nowMs);
    case 'RecordRevisit':
      return recordRevisit(command.data, state, actor, nowMs);
    case 'RecordPhaseSurvey':
      return recordPhaseSurvey(command.data, state, actor, nowMs);
    case 'AmendContract': {
      const changes = amendment(command.data.changes, state);
      if (Object.keys(changes).length === 0) return [];
      const reason = requireText(command.data.reason, 'data.reason');
      return [
        {
          type: 'ContractAmended',
          data: { contractId: state.contractId, changes, reason, amendedBy: actor.id },
        },
      ];
    }
  }
}

/** Only the terms that differ from the contract's current ones. */
function amendment(input: ContractAmendment, state: Contract): ContractAmendment {
  if (input === null || typeof input !== 'object')
    throw new ValidationError('data.changes', 'must be an object');
  const out: ContractAmendment = {};
  if (input.name !== undefined) out.name = requireText(input.name, 'data.changes.name', 200);
  if (input.product !== undefined) out.product = requireProduct(input.product, 'data.changes.product');
  if (input.finalAcceptanceDate !== undefined) {
    out.finalAcceptanceDate = requireIsoDate(input.finalAcceptanceDate, 'data.changes.finalAcceptanceDate');
  }
  if (input.warrantyMonths !== undefined) {
    out.warrantyMonths = requireInteger(input.warrantyMonths, 'data.changes.warrantyMonths', 0, 600);
  }
  if (input.timeZone !== undefined) out.timeZone = requireTimeZone(input.timeZone, 'data.changes.timeZone');
  for (const key of Object.keys(out) as (keyof ContractAmendment)[]) {
    if (JSON.stringify(out[key]) === JSON.stringify(state[key])) delete out[key];
  }
  return out;
}

export const contractDecider: Decider<ContractCommand, ContractEvent, ContractState> = {
  decide: decideContract,
  evolve: evolveContract,
  initialState: initialContractState,
};
