import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_BYS } from './sla-report.types.js';

/* OpenAPI shapes of GET /api/reports/sla (the types the code uses are in sla-report.types.ts). */

class WithinTargetDoc {
  @ApiProperty({ description: 'Timers completed within their target' }) met: number;
  @ApiProperty({ description: 'Timers judged: met, or breached by the report instant' }) judged: number;
  @ApiProperty({ type: Number, nullable: true, description: 'met / judged' }) share: number | null;
}

class WithinTargetsDoc {
  @ApiProperty() response: WithinTargetDoc;
  @ApiProperty() onSite: WithinTargetDoc;
  @ApiProperty() resolution: WithinTargetDoc;
}

class BreachDoc {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Counted time past the target, summed (a running breach up to asOf)' })
  totalOverrunMs: number;
  @ApiProperty({ type: Number, nullable: true }) maxOverrunMs: number | null;
}

class BreachesDoc {
  @ApiProperty({ description: 'Tickets with at least one breached timer' }) tickets: number;
  @ApiProperty() response: BreachDoc;
  @ApiProperty() onSite: BreachDoc;
  @ApiProperty() resolution: BreachDoc;
}

class EscalationsDoc {
  @ApiProperty() total: number;
  @ApiProperty({
    description:
      'Per reason (response_overdue, onsite_overdue, resolution_overdue, solution_not_confirmed, complaint, manual)',
    additionalProperties: {
      type: 'object',
      properties: { automatic: { type: 'number' }, manual: { type: 'number' } },
    },
  })
  byReason: Record<string, { automatic: number; manual: number }>;
}

class DurationStatsDoc {
  @ApiProperty() count: number;
  @ApiProperty({ type: Number, nullable: true }) meanMs: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianMs: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Nearest-rank 90th percentile' }) p90Ms:
    number | null;
}

class DurationsDoc {
  @ApiProperty({ description: 'Time to respond (counted time)' }) response: DurationStatsDoc;
  @ApiProperty({ description: 'Time to arrive on site, from the dispatch' }) onSite: DurationStatsDoc;
  @ApiProperty({ description: 'Time to resolve' }) resolution: DurationStatsDoc;
}

class HistogramBinDoc {
  @ApiProperty({ description: 'Durations above this (ms); the first bar starts at 0 and includes it' })
  fromMs: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Durations up to and including this (ms); null for the last, open-ended bar',
  })
  toMs: number | null;
  @ApiProperty() count: number;
}

class DistributionsDoc {
  @ApiProperty({
    type: [HistogramBinDoc],
    description: 'Time to respond: bars up to 10, 20, 30, 45, 60, 120, 240 min and above',
  })
  response: HistogramBinDoc[];
  @ApiProperty({
    type: [HistogramBinDoc],
    description: 'Time to arrive: bars up to 15, 30, 45, 60, 90, 120, 240 min and above',
  })
  onSite: HistogramBinDoc[];
  @ApiProperty({
    type: [HistogramBinDoc],
    description: 'Time to resolve: bars up to 1, 2, 4, 8, 12, 24, 48 h and above',
  })
  resolution: HistogramBinDoc[];
}

class SatisfactionDoc {
  @ApiProperty({ description: 'Tickets with a survey (the latest survey counts)' }) surveys: number;
  @ApiProperty({ type: Number, nullable: true }) overall: number | null;
  @ApiProperty({
    description: 'Mean score per item over answers 1..5 (0, not applicable, left out)',
    additionalProperties: { type: 'number', nullable: true },
  })
  items: Record<string, number | null>;
}

class PhaseItemsDoc {
  @ApiProperty({ description: 'Phase surveys answered in the period' }) surveys: number;
  @ApiProperty({
    description: 'Mean score per item over answers 1..5 (0, not applicable, left out); null without answers',
    additionalProperties: { type: 'number', nullable: true },
  })
  items: Record<string, number | null>;
}

/** Every implementation phase (实施阶段), each with its surveys and averages. */
class ByPhaseDoc {
  @ApiProperty() requirements: PhaseItemsDoc;
  @ApiProperty() installation: PhaseItemsDoc;
  @ApiProperty() training: PhaseItemsDoc;
  @ApiProperty({ name: 'trial_run' }) trial_run: PhaseItemsDoc;
  @ApiProperty() acceptance: PhaseItemsDoc;
  @ApiProperty() maintenance: PhaseItemsDoc;
}

export class PhaseSatisfactionDoc extends PhaseItemsDoc {
  @ApiProperty({ description: 'Per implementation phase, every phase present' }) byPhase: ByPhaseDoc;
}

class PolicyVersionDoc {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty() version: number;
}

export class SlaFiguresDoc {
  @ApiProperty() tickets: number;
  @ApiProperty() withinTarget: WithinTargetsDoc;
  @ApiProperty() breaches: BreachesDoc;
  @ApiProperty() escalations: EscalationsDoc;
  @ApiProperty() durations: DurationsDoc;
  @ApiProperty({ description: 'The completed durations per timer as a histogram over fixed bars' })
  distributions: DistributionsDoc;
  @ApiProperty() reopened: number;
  @ApiProperty({ type: Number, nullable: true }) reopenRate: number | null;
  @ApiProperty({ description: 'Tickets of kind complaint (投诉)' }) complaints: number;
  @ApiProperty() satisfaction: SatisfactionDoc;
  @ApiProperty({
    type: [PolicyVersionDoc],
    description: "The contracts' policy versions that judged these tickets",
  })
  policyVersions: PolicyVersionDoc[];
}

class SlaGroupDoc extends SlaFiguresDoc {
  @ApiProperty({ description: "The group's key (an id, a severity, a warranty, a month yyyy-MM)" })
  key: string;
  @ApiProperty({ description: 'What people read: a name, a level, a warranty in words' }) label: string;
}

export class ReportPeriodDoc {
  @ApiProperty({ example: '2026-11-01T00:00:00.000+08:00' }) from: string;
  @ApiProperty({ example: '2026-12-01T00:00:00.000+08:00', description: 'Excluded' }) to: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiPropertyOptional({ example: '2026-11' }) name?: string;
}

export class SlaReportDoc {
  @ApiProperty() period: ReportPeriodDoc;
  @ApiProperty({ description: 'The instant still-running timers were judged at' }) asOf: string;
  @ApiProperty({ enum: GROUP_BYS, nullable: true }) groupBy: string | null;
  @ApiProperty() total: SlaFiguresDoc;
  @ApiProperty({
    description:
      'Phase satisfaction surveys (客户满意度调查表 per implementation phase) answered in the period: averages per item, in all and per phase',
  })
  phaseSurveys: PhaseSatisfactionDoc;
  @ApiProperty({ type: [SlaGroupDoc] }) groups: SlaGroupDoc[];
}
