import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_LEVELS, IMPLEMENTATION_PHASES, SERVICE_PLAN_OUTCOMES, SLA_TIMER_STATES } from '#domain';
import { MAINTENANCE_REPORT_KINDS } from './maintenance-report.js';
import { PhaseSatisfactionDoc, ReportPeriodDoc, SlaFiguresDoc } from './sla-report.response.js';

/* OpenAPI shapes of GET /api/reports/maintenance. */

/** A timer's state in the archive; frozen: stopped with the ticket unresolved. */
const TIMER_STATES = [...SLA_TIMER_STATES, 'frozen'];

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
  @ApiProperty({ enum: ESCALATION_LEVELS }) level: number;
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

class PlanItemDoc {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ description: "The contract's name" }) contract: string;
  @ApiProperty({ description: "'YYYY-MM' (inspection) or 'YYYY-Qn' (revisit), contract's zone" })
  period: string;
  @ApiProperty({
    enum: SERVICE_PLAN_OUTCOMES,
    description: 'due: not over, nothing recorded; on_time; late: recorded after the period; missed',
  })
  status: string;
  @ApiProperty({ description: 'End of the period (exclusive)' }) dueBy: string;
  @ApiPropertyOptional({ description: 'When it was done' }) doneAt?: string;
}

class InspectionFindingsDoc {
  @ApiProperty() runningStatus: string;
  @ApiProperty() environment: string;
  @ApiProperty() versions: string;
  @ApiProperty() hiddenRisks: string;
  @ApiProperty() recommendations: string;
}

class OverrideDoc {
  @ApiProperty() by: string;
  @ApiProperty() reason: string;
}

class MaintenanceInspectionDoc extends PlanItemDoc {
  @ApiPropertyOptional() inspectionId?: string;
  @ApiPropertyOptional({ description: 'Staff id of the inspector' }) inspectorId?: string;
  @ApiPropertyOptional() findings?: InspectionFindingsDoc;
  @ApiPropertyOptional({ description: "A manager's override (not the fixed expert)" })
  override?: OverrideDoc;
}

class RevisitAnswersDoc {
  @ApiProperty() serviceSystemView: string;
  @ApiProperty() trainingView: string;
  @ApiProperty() systemRunningView: string;
  @ApiProperty() environmentCheck: string;
  @ApiProperty() versionAnalysis: string;
  @ApiProperty() hiddenRisks: string;
}

class MaintenanceRevisitDoc extends PlanItemDoc {
  @ApiPropertyOptional() revisitId?: string;
  @ApiPropertyOptional({ description: "The customer's contact who answered" }) contactName?: string;
  @ApiPropertyOptional() answers?: RevisitAnswersDoc;
  @ApiPropertyOptional() recordedBy?: string;
}

class MaintenancePhaseSurveyDoc {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty() contract: string;
  @ApiProperty() surveyId: string;
  @ApiProperty({ enum: IMPLEMENTATION_PHASES }) phase: string;
  @ApiProperty() product: object;
  @ApiPropertyOptional() implementingTeam?: string;
  @ApiProperty() respondent: string;
  @ApiProperty({ additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiPropertyOptional() comments?: string;
  @ApiProperty() surveyedAt: string;
}

class TicketSatisfactionDoc {
  @ApiProperty({ description: 'Ticket surveys listed in `surveys`' }) surveys: number;
  @ApiProperty({
    description: 'Mean score per item over answers 1..5 (0, not applicable, left out); null without answers',
    additionalProperties: { type: 'number', nullable: true },
  })
  items: Record<string, number | null>;
}

class MaintenanceSatisfactionDoc {
  @ApiProperty() tickets: TicketSatisfactionDoc;
  @ApiProperty({ description: 'The phase surveys of `phaseSurveys`: in all and per phase' })
  phases: PhaseSatisfactionDoc;
}

class CustomerRefDoc {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class MaintenanceReportDoc {
  @ApiProperty({ enum: MAINTENANCE_REPORT_KINDS }) kind: string;
  @ApiProperty() customer: CustomerRefDoc;
  @ApiProperty() period: ReportPeriodDoc;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: [MaintenanceTicketDoc] }) tickets: MaintenanceTicketDoc[];
  @ApiProperty({ description: "SLA figures of the customer's tickets reported in the period" })
  sla: SlaFiguresDoc;
  @ApiProperty({ type: [MaintenanceEscalationDoc] }) escalations: MaintenanceEscalationDoc[];
  @ApiProperty({ type: [MaintenanceSurveyDoc] }) surveys: MaintenanceSurveyDoc[];
  @ApiProperty({
    type: [MaintenanceInspectionDoc],
    description:
      "Each contract's inspection of each month of the period (from the month of final acceptance)",
  })
  inspections: MaintenanceInspectionDoc[];
  @ApiProperty({
    type: [MaintenanceRevisitDoc],
    description: "Each contract's revisit of the period's quarter (a monthly report: the month's quarter)",
  })
  revisits: MaintenanceRevisitDoc[];
  @ApiProperty({ type: [MaintenancePhaseSurveyDoc], description: 'Phase surveys answered in the period' })
  phaseSurveys: MaintenancePhaseSurveyDoc[];
  @ApiProperty() satisfaction: MaintenanceSatisfactionDoc;
}
