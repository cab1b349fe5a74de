import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReportPeriodDoc, SlaFiguresDoc } from './sla-report.response.js';

/* OpenAPI shapes of GET /api/reports/maintenance. */

const TIMER_STATES = ['not_started', 'running', 'at_risk', 'met', 'breached', 'frozen'];

class TimerStatusesDoc {
  @ApiProperty({ enum: TIMER_STATES }) response: string;
  @ApiProperty({ enum: TIMER_STATES }) onSite: string;
  @ApiProperty({ enum: TIMER_STATES }) resolution: string;
}

class MaintenanceTicketDoc {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ example: 'SV-202611-0042' }) serviceNo: string;
  @ApiProperty() reportedAt: string;
  @ApiProperty() severity: number;
  @ApiProperty() kind: string;
  @ApiProperty() status: string;
  @ApiProperty() warranty: string;
  @ApiProperty() product: object;
  @ApiProperty({ description: '故障描述' }) description: string;
  @ApiPropertyOptional({ description: '分析原因' }) cause?: string;
  @ApiPropertyOptional({ description: '采取措施' }) measures?: string;
  @ApiPropertyOptional() resolution?: string;
  @ApiPropertyOptional() category?: string;
  @ApiPropertyOptional() resolvedAt?: string;
  @ApiProperty({ type: String, nullable: true }) engineerId: string | null;
  @ApiProperty() sla: TimerStatusesDoc;
  @ApiProperty() reopened: number;
  @ApiProperty() escalations: number;
  @ApiPropertyOptional({ description: 'Overall score of the latest survey' }) satisfaction?: number;
}

class MaintenanceEscalationDoc {
  @ApiProperty() serviceNo: string;
  @ApiProperty({ enum: [1, 2] }) level: number;
  @ApiProperty() reason: string;
  @ApiProperty() automatic: boolean;
  @ApiProperty() to: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional() note?: string;
}

class MaintenanceSurveyDoc {
  @ApiProperty() serviceNo: string;
  @ApiProperty() at: string;
  @ApiProperty({ additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiPropertyOptional() comments?: string;
  @ApiPropertyOptional() respondent?: string;
}

class CustomerRefDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class MaintenanceReportDoc {
  @ApiProperty({ enum: ['monthly', 'quarterly'] }) kind: string;
  @ApiProperty() customer: CustomerRefDoc;
  @ApiProperty() period: ReportPeriodDoc;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: [MaintenanceTicketDoc] }) tickets: MaintenanceTicketDoc[];
  @ApiProperty({ description: "SLA figures of the customer's tickets reported in the period" })
  sla: SlaFiguresDoc;
  @ApiProperty({ type: [MaintenanceEscalationDoc] }) escalations: MaintenanceEscalationDoc[];
  @ApiProperty({ type: [MaintenanceSurveyDoc] }) surveys: MaintenanceSurveyDoc[];
  @ApiProperty({ type: [Object], description: 'Monthly inspections (issue 6; empty until then)' })
  inspections: unknown[];
  @ApiProperty({ type: [Object], description: 'Quarterly revisits (issue 6; empty until then)' })
  revisits: unknown[];
}
