import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ServicePlanPeriodView {
  @ApiProperty({
    description: "'YYYY-MM' (inspections) or 'YYYY-Qn' (revisits), contract's zone",
    example: '2026-03',
  })
  period: string;

  @ApiProperty({
    enum: ['due', 'on_time', 'late', 'missed'],
    description:
      'due: period not over, nothing recorded; on_time: recorded within the period; late: recorded after it, for it; missed: period over, nothing recorded',
  })
  status: string;

  @ApiProperty({ description: 'End of the period (exclusive), ISO 8601 in the contract’s zone' })
  dueBy: string;

  @ApiPropertyOptional({ description: 'inspectionId or revisitId' })
  recordId?: string;

  @ApiPropertyOptional({ description: 'inspectedAt or revisitedAt' })
  doneAt?: string;
}

export class ServicePlanTotalsView {
  @ApiProperty() due: number;
  @ApiProperty() onTime: number;
  @ApiProperty() late: number;
  @ApiProperty() missed: number;
}

export class ServicePlanTotalsByKindView {
  @ApiProperty({ type: ServicePlanTotalsView }) inspections: ServicePlanTotalsView;
  @ApiProperty({ type: ServicePlanTotalsView }) revisits: ServicePlanTotalsView;
}

export class ServicePlanView {
  @ApiProperty() contractId: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ description: 'Month of final acceptance: the first month listed', example: '2026-01' })
  planStartsIn: string;
  @ApiProperty({ type: [ServicePlanPeriodView], description: 'One per month' })
  inspections: ServicePlanPeriodView[];
  @ApiProperty({ type: [ServicePlanPeriodView], description: 'One per quarter the range touches' })
  revisits: ServicePlanPeriodView[];
  @ApiProperty({ type: ServicePlanTotalsByKindView }) totals: ServicePlanTotalsByKindView;
}
