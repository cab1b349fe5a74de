import { ApiProperty } from '@nestjs/swagger';
import { ticketEventInstant } from '#domain';
import { expectedResolutionAt } from './expected-resolution.js';
import { eventsOf, inChargeId, KIND_CODE, localDate, nameOf, URGENCY_CODE } from './form-kit.js';
import { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { TicketSources } from './ticket-sources.js';

export class ChasingRecordDto {
  @ApiProperty({ example: '2026-11-20 第1次督办', description: 'The period, as written' })
  period: string;
  @ApiProperty()
  progress: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'How far solved, in percent' })
  solvedPercent: number;
  @ApiProperty({ type: String, nullable: true })
  notedBy: string | null;
  @ApiProperty()
  notedAt: string;
}

/** 客户问题记录表: the customer problem record of one ticket. */
export class ProblemRecordFormDto extends TicketFormHeaderDto {
  @ApiProperty({ example: 'SV-202611-0042', description: 'The service number' })
  recordNo: string;
  @ApiProperty({ example: '2026-11-03' })
  receivedDate: string;
  @ApiProperty({ type: String, nullable: true, description: 'The agent who took the report' })
  recorder: string | null;
  @ApiProperty({ type: String, nullable: true })
  customer: string | null;
  @ApiProperty({ description: 'The reporter' })
  contact: string;
  @ApiProperty()
  details: string;
  @ApiProperty({ enum: ['A', 'B'], description: 'A normal request, B complaint' })
  kind: string;
  @ApiProperty({ enum: ['A', 'B', 'C'], description: 'A 一般, B 紧迫, C 非常紧迫' })
  urgency: string;
  @ApiProperty({ type: String, nullable: true, description: 'Always null: no event names a department' })
  handlingDepartment: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Date of the first response or assignment' })
  handlingDate: string | null;
  @ApiProperty({ type: String, nullable: true, description: "Date the SLA's resolution is due" })
  expectedResolutionDate: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Always null: no event records planned measures',
  })
  plannedMeasures: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The engineer in charge' })
  responsiblePerson: string | null;
  @ApiProperty({ type: [ChasingRecordDto] })
  chasingRecords: ChasingRecordDto[];
}

export const PROBLEM_RECORD_LABELS: Record<string, string> = {
  recordNo: '记录编号',
  receivedDate: '受理日期',
  recorder: '记录人',
  customer: '客户名称',
  contact: '联系人',
  details: '问题详细描述',
  kind: '问题类型',
  urgency: '紧急程度',
  handlingDepartment: '处理部门',
  handlingDate: '处理日期',
  expectedResolutionDate: '预计解决日期',
  plannedMeasures: '计划采取措施',
  responsiblePerson: '责任人',
  chasingRecords: '督办记录',
  'chasingRecords.period': '督办时段',
  'chasingRecords.solvedPercent': '解决程度',
  'chasingRecords.progress': '进展情况',
  'chasingRecords.notedBy': '督办人',
  'chasingRecords.notedAt': '督办时间',
};

export function problemRecordForm(sources: TicketSources): ProblemRecordFormDto {
  const { ticket, customer } = sources;
  const zone = ticket.time_zone;
  const handling = sources.events.find((e) => e.type === 'Responded' || e.type === 'Assigned');
  return {
    form: 'problem-record',
    title: '客户问题记录表',
    titleEn: 'Customer problem record',
    ticketId: ticket.ticket_id,
    recordNo: ticket.service_no,
    receivedDate: localDate(ticket.reported_at_iso, zone)!,
    recorder: nameOf(sources, ticket.taken_by),
    customer: customer?.name ?? null,
    contact: (JSON.parse(ticket.reporter) as { name: string }).name,
    details: ticket.description,
    kind: KIND_CODE[ticket.kind],
    urgency: URGENCY_CODE[ticket.urgency],
    handlingDepartment: null,
    handlingDate: handling ? localDate(ticketEventInstant(handling), zone) : null,
    expectedResolutionDate: localDate(expectedResolutionAt(sources), zone),
    plannedMeasures: null,
    responsiblePerson: nameOf(sources, inChargeId(sources)),
    chasingRecords: eventsOf(sources, 'SupervisionNoted').map((e) => ({
      period: e.data.period,
      progress: e.data.progress,
      solvedPercent: e.data.solvedPercent,
      notedBy: nameOf(sources, e.data.notedBy),
      notedAt: e.data.notedAt,
    })),
    labels: PROBLEM_RECORD_LABELS,
  };
}
