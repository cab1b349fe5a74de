import { ApiProperty } from '@nestjs/swagger';
import { SATISFACTION_ITEMS, type PhaseSurveyRecordedData, type SatisfactionItem } from '#domain';
import { eventsOf, localDate } from './form-kit.js';
import { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { TicketSources } from './ticket-sources.js';

/** The items of the survey with their headings as printed (5 very satisfied … 1 very dissatisfied, 0 n/a). */
const ITEM_LABELS: Record<SatisfactionItem, string> = {
  productFunction: '产品功能',
  packagingAndManuals: '产品包装及手册',
  systemQuality: '系统质量',
  onTimeDelivery: '按时交货',
  installationOnTime: '安装集成及时性',
  installationQuality: '安装质量',
  engineerTechnicalAbility: '工程师技术能力',
  engineerProfessionalism: '工程师职业素养',
  engineerAttitude: '工程师服务态度',
  trainingEffect: '培训效果',
  userManualUsefulness: '用户手册实用性',
  numberOfContacts: '联系次数',
  responseTime: '维护请求响应时间',
  maintenanceQuality: '维护质量',
  overall: '总体评价',
};

/** 客户满意度调查表: the customer's latest satisfaction survey on one ticket. */
export class SatisfactionSurveyFormDto extends TicketFormHeaderDto {
  @ApiProperty({ type: String, nullable: true, description: "The contract's title" })
  contract: string | null;
  @ApiProperty({ example: 'DIP grouping platform 3.2', description: 'Product and version of the ticket' })
  product: string;
  @ApiProperty({ type: String, nullable: true })
  customer: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Always null: no event records a project phase' })
  phase: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Always null: no event names an implementing team',
  })
  implementingTeam: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who answered' })
  respondent: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-21' })
  date: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 5, nullable: true },
    description: 'Every item: 5 very satisfied … 1 very dissatisfied, 0 not applicable, null unanswered',
  })
  scores: Record<SatisfactionItem, number | null>;
  @ApiProperty({ type: String, nullable: true })
  comments: string | null;
}

export const SATISFACTION_SURVEY_LABELS: Record<string, string> = {
  contract: '合同名称',
  product: '产品名称',
  customer: '客户名称',
  phase: '项目阶段',
  implementingTeam: '实施团队',
  respondent: '填表人',
  date: '日期',
  scores: '满意度评分',
  ...Object.fromEntries(SATISFACTION_ITEMS.map((item) => [`scores.${item}`, ITEM_LABELS[item]])),
  comments: '意见和建议',
};

export function satisfactionSurveyForm(sources: TicketSources): SatisfactionSurveyFormDto {
  const { ticket, customer, contract } = sources;
  const survey = eventsOf(sources, 'SatisfactionRecorded').at(-1)?.data;
  const given = (survey?.scores ?? {}) as Partial<Record<SatisfactionItem, number>>;
  return {
    form: 'satisfaction-survey',
    title: '客户满意度调查表',
    titleEn: 'Customer satisfaction survey',
    ticketId: ticket.ticket_id,
    contract: contract?.name ?? null,
    product: `${ticket.product_name} ${ticket.product_version}`,
    customer: customer?.name ?? null,
    phase: null,
    implementingTeam: null,
    respondent: survey?.respondent ?? null,
    date: localDate(survey?.surveyedAt, ticket.time_zone),
    scores: Object.fromEntries(SATISFACTION_ITEMS.map((item) => [item, given[item] ?? null])) as Record<
      SatisfactionItem,
      number | null
    >,
    comments: survey?.comments ?? null,
    labels: SATISFACTION_SURVEY_LABELS,
  };
}

/** 客户满意度调查表 of a phase survey (PhaseSurveyRecorded): the same form, with phase and team filled in. */
export class PhaseSurveyFormDto {
  @ApiProperty({ example: 'satisfaction-survey' }) form: string;
  @ApiProperty({ example: '客户满意度调查表' }) title: string;
  @ApiProperty({ example: 'Customer satisfaction survey' }) titleEn: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty() surveyId: string;
  @ApiProperty({ type: String, nullable: true, description: "The contract's title" }) contract: string | null;
  @ApiProperty({ example: 'DIP grouping platform 3.2' }) product: string;
  @ApiProperty({ type: String, nullable: true }) customer: string | null;
  @ApiProperty({ example: 'training', description: 'The implementation phase (实施阶段)' }) phase: string;
  @ApiProperty({ type: String, nullable: true }) implementingTeam: string | null;
  @ApiProperty() respondent: string;
  @ApiProperty({ example: '2026-03-10', description: "Local date in the contract's zone" }) date: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 5, nullable: true },
    description: 'Every item: 5 very satisfied … 1 very dissatisfied, 0 not applicable, null unanswered',
  })
  scores: Record<SatisfactionItem, number | null>;
  @ApiProperty({ type: String, nullable: true }) comments: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) labels: Record<string, string>;
}

export function phaseSurveyForm(
  survey: PhaseSurveyRecordedData,
  contract: string | null,
  customer: string | null,
): PhaseSurveyFormDto {
  const given = survey.scores as Partial<Record<SatisfactionItem, number>>;
  return {
    form: 'satisfaction-survey',
    title: '客户满意度调查表',
    titleEn: 'Customer satisfaction survey',
    contractId: survey.contractId,
    surveyId: survey.surveyId,
    contract,
    product: `${survey.product.name} ${survey.product.version}`,
    customer,
    phase: survey.phase,
    implementingTeam: survey.implementingTeam ?? null,
    respondent: survey.respondent,
    // surveyedAt is ISO in the contract's zone: its first ten characters are the local date.
    date: survey.surveyedAt.slice(0, 10),
    scores: Object.fromEntries(SATISFACTION_ITEMS.map((item) => [item, given[item] ?? null])) as Record<
      SatisfactionItem,
      number | null
    >,
    comments: survey.comments ?? null,
    labels: SATISFACTION_SURVEY_LABELS,
  };
}
