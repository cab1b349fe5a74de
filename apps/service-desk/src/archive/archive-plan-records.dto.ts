import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPLEMENTATION_PHASES } from '#domain';

class ArchivePlanRecordBase {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ type: String, nullable: true, description: "The contract's title" })
  contractName: string | null;
  @ApiProperty({ description: 'Who entered it (staff or customer-contact id)' }) recordedBy: string;
  @ApiPropertyOptional({ description: 'Why it was entered after the fact, when a reason was given' })
  occurredAtReason?: string;
}

class OverrideDto {
  @ApiProperty() by: string;
  @ApiProperty() reason: string;
}

/** A monthly inspection (每月巡检) as the archive keeps it. */
export class ArchiveInspectionDto extends ArchivePlanRecordBase {
  @ApiProperty() inspectionId: string;
  @ApiProperty({ example: '2026-03', description: "Month, contract's zone" }) period: string;
  @ApiProperty() inspectorId: string;
  @ApiProperty({
    description: 'runningStatus, environment, versions, hiddenRisks, recommendations',
    additionalProperties: { type: 'string' },
  })
  findings: Record<string, string>;
  @ApiPropertyOptional({ type: OverrideDto }) override?: OverrideDto;
  @ApiProperty() inspectedAt: string;
}

/** A quarterly revisit (客户回访) as the archive keeps it. */
export class ArchiveRevisitDto extends ArchivePlanRecordBase {
  @ApiProperty() revisitId: string;
  @ApiProperty({ example: '2026-Q1' }) period: string;
  @ApiProperty() contactName: string;
  @ApiProperty({
    description:
      'serviceSystemView, trainingView, systemRunningView, environmentCheck, versionAnalysis, hiddenRisks',
    additionalProperties: { type: 'string' },
  })
  answers: Record<string, string>;
  @ApiProperty() revisitedAt: string;
}

class ProductRefDto {
  @ApiProperty() name: string;
  @ApiProperty() version: string;
}

/** A phase satisfaction survey (客户满意度调查表) as the archive keeps it. */
export class ArchivePhaseSurveyDto extends ArchivePlanRecordBase {
  @ApiProperty() surveyId: string;
  @ApiProperty({ enum: IMPLEMENTATION_PHASES }) phase: string;
  @ApiProperty({ type: ProductRefDto }) product: ProductRefDto;
  @ApiPropertyOptional() implementingTeam?: string;
  @ApiProperty() respondent: string;
  @ApiProperty({ additionalProperties: { type: 'integer' }, description: '0..5, 0 not applicable' })
  scores: Record<string, number>;
  @ApiPropertyOptional() comments?: string;
  @ApiProperty() surveyedAt: string;
  @ApiProperty({
    example: '/api/archive/contracts/{contractId}/surveys/{surveyId}/form',
    description: 'Where its form renders',
  })
  form: string;
}
