import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArchiveInspectionDto,
  ArchivePhaseSurveyDto,
  ArchiveRevisitDto,
} from './archive-plan-records.dto.js';

export class ArchiveCustomerDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) postcode: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) fax: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

export class ArchiveReporterDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'Only for roles that need contact details' }) phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() fax?: string;
}

export class ArchiveEscalationDto {
  @ApiProperty({ enum: [1, 2], description: '1 service manager, 2 headquarters' }) level: number;
  @ApiProperty({ example: 'response_overdue' }) reason: string;
  @ApiProperty({ description: 'A user id, or the role that receives it' }) to: string;
  @ApiProperty() automatic: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() escalatedBy: string;
  @ApiProperty() escalatedAt: string;
}

export class ArchiveSurveyDto {
  @ApiProperty() surveyedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 5 },
    description: 'Item → 5 very satisfied … 1 very dissatisfied, 0 not applicable',
    example: { overall: 5, responseTime: 4 },
  })
  scores: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) comments: string | null;
  @ApiProperty({ type: String, nullable: true }) respondent: string | null;
  @ApiProperty() recordedBy: string;
}

export class ArchiveProductDto {
  @ApiProperty() name: string;
  @ApiProperty() version: string;
}

/** One ticket of the archive with its cause and fix. Instants are ISO 8601 in the ticket zone. */
export class ArchiveTicketDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SV-202611-0042' }) serviceNo: string;
  @ApiProperty({ description: 'The report time in force (after corrections)' }) reportedAt: string;
  @ApiProperty({ minimum: 1, maximum: 4, description: 'The severity in force' }) severity: number;
  @ApiProperty({ enum: ['request', 'complaint'] }) kind: string;
  @ApiProperty({ enum: ['normal', 'urgent', 'very_urgent'] }) urgency: string;
  @ApiProperty({ example: 'closed' }) status: string;
  @ApiProperty() channel: string;
  @ApiProperty() contractId: string;
  @ApiProperty({ type: String, nullable: true, description: "The contract's title" }) contractName:
    string | null;
  @ApiProperty({ type: ArchiveProductDto }) product: ArchiveProductDto;
  @ApiProperty() description: string;
  @ApiProperty({ type: ArchiveReporterDto }) reporter: ArchiveReporterDto;
  @ApiProperty({ enum: ['in_warranty', 'out_of_warranty'] }) warranty: string;
  @ApiProperty({ description: 'The SLA policy version that judges it' }) policyVersion: number;
  @ApiProperty({ type: String, nullable: true, description: '分析原因 (latest fix)' }) cause: string | null;
  @ApiProperty({ type: String, nullable: true, description: '采取措施' }) measures: string | null;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ description: 'Rejected fixes and reopens' }) reopenCount: number;
  @ApiProperty({ type: [ArchiveEscalationDto] }) escalations: ArchiveEscalationDto[];
  @ApiProperty({ type: [ArchiveSurveyDto] }) surveys: ArchiveSurveyDto[];
}

/** 服务档案: a customer's tickets in order of report time, one page of them. */
export class CustomerArchiveDto {
  @ApiProperty({ type: ArchiveCustomerDto }) customer: ArchiveCustomerDto;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: [ArchiveTicketDto] }) tickets: ArchiveTicketDto[];
  @ApiProperty({
    type: [ArchiveInspectionDto],
    description:
      "The contracts' inspections done in from..to, by time; on the first page only (none with `cursor`)",
  })
  inspections: ArchiveInspectionDto[];
  @ApiProperty({ type: [ArchiveRevisitDto], description: 'Revisits done in from..to; first page only' })
  revisits: ArchiveRevisitDto[];
  @ApiProperty({
    type: [ArchivePhaseSurveyDto],
    description: 'Phase surveys answered in from..to; first page only',
  })
  phaseSurveys: ArchivePhaseSurveyDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null: last page',
  })
  nextCursor: string | null;
}
