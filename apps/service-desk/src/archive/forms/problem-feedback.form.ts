import { ApiProperty } from '@nestjs/swagger';
import { ticketEventInstant } from '#domain';
import { latestFix, localDate, nameOf } from './form-kit.js';
import { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { TicketSources } from './ticket-sources.js';

export class CustomerOpinionDto {
  @ApiProperty({ description: 'True: the customer confirmed the fix; false: rejected it' })
  confirmed: boolean;
  @ApiProperty({ type: String, nullable: true, description: "The customer's words (a rejection's reason)" })
  note: string | null;
  @ApiProperty({ example: '2026-11-04' })
  date: string;
}

/** 客户问题回馈记录: the customer problem feedback of one ticket. */
export class ProblemFeedbackFormDto extends TicketFormHeaderDto {
  @ApiProperty({ example: 'SV-202611-0042', description: 'The service number' })
  recordNo: string;
  @ApiProperty({ example: '2026-11-03' })
  receivedDate: string;
  @ApiProperty({ type: String, nullable: true, description: 'Always null: no event names a department' })
  department: string | null;
  @ApiProperty({ type: String, nullable: true })
  customer: string | null;
  @ApiProperty()
  details: string;
  @ApiProperty({ type: String, nullable: true, description: 'The latest resolution' })
  handlingResult: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The engineer of the latest resolution' })
  responsiblePerson: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Always null: no event records the head's opinion",
  })
  departmentHeadOpinion: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-11-03',
    description: 'Date of the latest resolution',
  })
  solvedDate: string | null;
  @ApiProperty({
    type: CustomerOpinionDto,
    nullable: true,
    description: "The customer's latest answer to the fix",
  })
  customerOpinion: CustomerOpinionDto | null;
}

export const PROBLEM_FEEDBACK_LABELS: Record<string, string> = {
  recordNo: '记录编号',
  receivedDate: '受理日期',
  department: '部门',
  customer: '客户名称',
  details: '问题描述',
  handlingResult: '处理结果',
  responsiblePerson: '责任人',
  departmentHeadOpinion: '部门负责人意见',
  solvedDate: '解决日期',
  customerOpinion: '客户对处理结果的意见',
  'customerOpinion.confirmed': '是否确认解决',
  'customerOpinion.note': '意见',
  'customerOpinion.date': '日期',
};

export function problemFeedbackForm(sources: TicketSources): ProblemFeedbackFormDto {
  const { ticket, customer } = sources;
  const zone = ticket.time_zone;
  const fix = latestFix(sources);
  const answer = sources.events.findLast(
    (e) => e.type === 'ResolutionConfirmed' || e.type === 'ResolutionRejected',
  );
  return {
    form: 'problem-feedback',
    title: '客户问题回馈记录',
    titleEn: 'Customer problem feedback',
    ticketId: ticket.ticket_id,
    recordNo: ticket.service_no,
    receivedDate: localDate(ticket.reported_at_iso, zone)!,
    department: null,
    customer: customer?.name ?? null,
    details: ticket.description,
    handlingResult: fix?.resolution ?? null,
    responsiblePerson: nameOf(sources, fix?.engineerId),
    departmentHeadOpinion: null,
    solvedDate: localDate(fix?.resolvedAt, zone),
    customerOpinion:
      answer?.type === 'ResolutionConfirmed'
        ? {
            confirmed: true,
            note: answer.data.note ?? null,
            date: localDate(ticketEventInstant(answer), zone)!,
          }
        : answer?.type === 'ResolutionRejected'
          ? { confirmed: false, note: answer.data.reason, date: localDate(ticketEventInstant(answer), zone)! }
          : null,
    labels: PROBLEM_FEEDBACK_LABELS,
  };
}
