import { ApiProperty } from '@nestjs/swagger';
import {
  DEFAULT_ESCALATION_ANSWER_WINDOW,
  slaPolicyInForce,
  warrantyUntil,
  type Contract,
  type SlaPolicy,
} from '#domain';
import { ProductDto } from './register-contract.dto.js';

export class SlaPolicyInForceView {
  @ApiProperty({ description: 'Version in the contract’s stream: 1, 2, 3...' }) version: number;
  @ApiProperty({ description: 'ISO 8601 instant in the contract’s zone' }) effectiveFrom: string;
  @ApiProperty({ description: "'24x7' or { name, hours, holidays }" }) calendar: SlaPolicy['calendar'];
  @ApiProperty() atRiskShare: number;
  @ApiProperty({
    description: 'Per severity "1".."4": { response, onSite, resolution } as ISO 8601 durations',
  })
  targets: SlaPolicy['targets'];
  @ApiProperty() confirmationWindow: string;
  @ApiProperty({ description: 'Time a level-1 escalation may stay unanswered before level 2' })
  escalationAnswerWindow: string;
}

export class ContractView {
  @ApiProperty() id: string;
  @ApiProperty() customerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: ProductDto }) product: ProductDto;
  @ApiProperty({ example: '2026-01-15' }) acceptanceDate: string;
  @ApiProperty() warrantyMonths: number;
  @ApiProperty({ description: 'Last day inside the warranty', example: '2027-01-14' }) warrantyUntil: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty() inspectionExpertId: string;
  @ApiProperty({ type: SlaPolicyInForceView, description: 'The SLA policy version in force now' })
  slaPolicy: SlaPolicyInForceView;
  @ApiProperty({ description: 'How many policy versions the contract has had' }) slaPolicyVersions: number;
  @ApiProperty({ description: 'Revision of the contract stream (also the ETag)' }) revision: number;
}

export function contractView(contract: Contract, revision: number, nowMs: number): ContractView {
  const inForce = slaPolicyInForce(contract.slaPolicies, nowMs);
  return {
    id: contract.contractId,
    customerId: contract.customerId,
    name: contract.name,
    product: contract.product,
    acceptanceDate: contract.finalAcceptanceDate,
    warrantyMonths: contract.warrantyMonths,
    warrantyUntil: warrantyUntil(contract.finalAcceptanceDate, contract.warrantyMonths),
    timeZone: contract.timeZone,
    inspectionExpertId: contract.inspectionExpertId,
    slaPolicy: {
      version: inForce.version,
      effectiveFrom: inForce.effectiveFrom,
      escalationAnswerWindow: DEFAULT_ESCALATION_ANSWER_WINDOW,
      ...inForce.policy,
    },
    slaPolicyVersions: contract.slaPolicies.length,
    revision,
  };
}
