import { ApiProperty } from '@nestjs/swagger';
import { ticketEventInstant, type Reporter } from '#domain';
import { eventsOf, inChargeId, nameOf, onSiteEngineerIds, personal, supportEngineerIds } from './form-kit.js';
import { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { ArchivedTicketEvent, TicketSources } from './ticket-sources.js';

export class FormContactDto {
  @ApiProperty({ type: String, nullable: true, description: 'Unit (organisation)' })
  unit: string | null;
  @ApiProperty({ type: String, nullable: true })
  person: string | null;
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true })
  fax: string | null;
  @ApiProperty({ type: String, nullable: true })
  email: string | null;
}

export class ServiceHistoryEntryDto {
  @ApiProperty({ description: 'When it happened (business time, ISO 8601 in the ticket zone)' })
  time: string;
  @ApiProperty({ example: 'Resolved', description: 'The event' })
  action: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What was seen: the fault, a cause, a rejection',
  })
  symptom: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What was done about it' })
  fix: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who (display name)' })
  by: string | null;
}

/** 售后服务记录: the after-sales service record of one ticket. */
export class ServiceRecordFormDto extends TicketFormHeaderDto {
  @ApiProperty({ example: 'SV-202611-0042' })
  serviceNo: string;
  @ApiProperty({ type: String, nullable: true, description: 'The agent who took the report' })
  onDutyAgent: string | null;
  @ApiProperty({ type: [String] })
  supportEngineers: string[];
  @ApiProperty({ example: 'closed' })
  status: string;
  @ApiProperty({ type: [String] })
  onSiteEngineers: string[];
  @ApiProperty({ type: FormContactDto, description: "The vendor's contact: the engineer in charge" })
  vendorContact: FormContactDto;
  @ApiProperty({ type: FormContactDto, description: "The customer's contact: the reporter" })
  customerContact: FormContactDto;
  @ApiProperty()
  faultDescription: string;
  @ApiProperty({ type: [ServiceHistoryEntryDto] })
  history: ServiceHistoryEntryDto[];
}

const CONTACT_LABELS = { unit: '单位', person: '联系人', phone: '电话', fax: '传真', email: 'E-mail' };
const prefixed = (prefix: string, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}.${k}`, v]));

export const SERVICE_RECORD_LABELS: Record<string, string> = {
  serviceNo: '售后服务号',
  onDutyAgent: '值班人员',
  supportEngineers: '技术支持人员',
  status: '状态',
  onSiteEngineers: '现场工程师',
  vendorContact: '厂商联系人',
  ...prefixed('vendorContact', CONTACT_LABELS),
  customerContact: '客户联系人',
  ...prefixed('customerContact', CONTACT_LABELS),
  faultDescription: '故障描述',
  history: '处理记录',
  'history.time': '时间',
  'history.symptom': '故障现象',
  'history.fix': '处理方法',
  'history.action': '事项',
  'history.by': '处理人',
};

export function serviceRecordForm(sources: TicketSources): ServiceRecordFormDto {
  const { ticket, customer } = sources;
  const reporter = JSON.parse(ticket.reporter) as Reporter;
  const inCharge = inChargeId(sources);
  const engineer = inCharge ? sources.staff.get(inCharge) : undefined;
  return {
    form: 'service-record',
    title: '售后服务记录',
    titleEn: 'After-sales service record',
    ticketId: ticket.ticket_id,
    serviceNo: ticket.service_no,
    onDutyAgent: nameOf(sources, ticket.taken_by),
    supportEngineers: supportEngineerIds(sources).map((id) => nameOf(sources, id)!),
    status: ticket.status,
    onSiteEngineers: onSiteEngineerIds(sources).map((id) => nameOf(sources, id)!),
    vendorContact: {
      unit: null,
      person: nameOf(sources, inCharge),
      phone: personal(sources, engineer?.phone),
      fax: null,
      email: personal(sources, engineer?.email),
    },
    customerContact: {
      unit: customer?.name ?? null,
      person: reporter.name,
      phone: personal(sources, reporter.phone),
      fax: personal(sources, reporter.fax),
      email: personal(sources, reporter.email),
    },
    faultDescription: eventsOf(sources, 'FaultReported')[0]?.data.description ?? ticket.description,
    history: sources.events.flatMap((e) => historyEntry(sources, e)),
    labels: SERVICE_RECORD_LABELS,
  };
}

/** The service actions as lines of the record; escalations, surveys and other bookkeeping are left out. */
function historyEntry(sources: TicketSources, e: ArchivedTicketEvent): ServiceHistoryEntryDto[] {
  const line = (symptom: string | null, fix: string | null, by: string | null) => [
    { time: ticketEventInstant(e), action: e.type, symptom, fix, by: nameOf(sources, by) },
  ];
  switch (e.type) {
    case 'FaultReported':
      return line(e.data.description, null, e.data.takenBy);
    case 'Responded':
      return line(null, e.data.note ?? null, e.data.engineerId);
    case 'DispatchedOnSite':
      return line(e.data.reason, null, e.data.dispatchedBy);
    case 'ArrivedOnSite':
      return line(null, null, e.data.engineerId);
    case 'Resolved':
      return line(e.data.cause, e.data.measures, e.data.engineerId);
    case 'ResolutionRejected':
      return line(e.data.reason, null, e.data.rejectedBy);
    case 'ResolutionConfirmed':
      return line(null, e.data.note ?? null, e.data.confirmedBy);
    case 'Reopened':
      return line(e.data.reason, null, e.data.reopenedBy);
    case 'Closed':
      return line(null, e.data.reason ?? null, e.data.closedBy);
    default:
      return [];
  }
}
