import { ApiProperty } from '@nestjs/swagger';
import { latestFix, localDate, nameOf } from './form-kit.js';
import { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { TicketSources } from './ticket-sources.js';

export class MaintenanceCustomerDto {
  @ApiProperty({ type: String, nullable: true, description: "The organisation's full name" })
  fullName: string | null;
  @ApiProperty({ description: 'The reporter' })
  contact: string;
  @ApiProperty({ type: String, nullable: true, description: "The organisation's phone" })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The organisation's fax" })
  fax: string | null;
  @ApiProperty({ type: String, nullable: true })
  postcode: string | null;
}

export class MaintainedProductDto {
  @ApiProperty()
  software: string;
  @ApiProperty()
  version: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Always null: no event records a quantity' })
  quantity: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'When it was maintained: the latest fix' })
  time: string | null;
}

/** 系统维护申请表: the system maintenance request of one ticket. */
export class MaintenanceRequestFormDto extends TicketFormHeaderDto {
  @ApiProperty({ type: String, nullable: true, description: 'The agent who took the report' })
  filledInBy: string | null;
  @ApiProperty({ example: 'SV-202611-0042' })
  serviceNo: string;
  @ApiProperty({ example: '2026-11-03', description: 'The report date in the ticket zone' })
  date: string;
  @ApiProperty({ type: MaintenanceCustomerDto })
  customer: MaintenanceCustomerDto;
  @ApiProperty({ type: [MaintainedProductDto] })
  products: MaintainedProductDto[];
  @ApiProperty()
  faultSymptom: string;
  @ApiProperty({ type: String, nullable: true })
  causeAnalysis: string | null;
  @ApiProperty({ type: String, nullable: true })
  measuresTaken: string | null;
}

export const MAINTENANCE_REQUEST_LABELS: Record<string, string> = {
  filledInBy: '填表人',
  serviceNo: '售后服务号',
  date: '日期',
  customer: '客户',
  'customer.fullName': '客户全称',
  'customer.contact': '联系人',
  'customer.phone': '电话',
  'customer.fax': '传真',
  'customer.postcode': '邮编',
  products: '维护产品',
  'products.software': '软件名称',
  'products.version': '版本',
  'products.quantity': '数量',
  'products.time': '时间',
  faultSymptom: '故障现象',
  causeAnalysis: '分析原因',
  measuresTaken: '采取措施',
};

export function maintenanceRequestForm(sources: TicketSources): MaintenanceRequestFormDto {
  const { ticket, customer } = sources;
  const fix = latestFix(sources);
  return {
    form: 'maintenance-request',
    title: '系统维护申请表',
    titleEn: 'System maintenance request',
    ticketId: ticket.ticket_id,
    filledInBy: nameOf(sources, ticket.taken_by),
    serviceNo: ticket.service_no,
    date: localDate(ticket.reported_at_iso, ticket.time_zone)!,
    customer: {
      fullName: customer?.name ?? null,
      contact: (JSON.parse(ticket.reporter) as { name: string }).name,
      phone: customer?.phone ?? null,
      fax: customer?.fax ?? null,
      postcode: customer?.postcode ?? null,
    },
    products: [
      {
        software: ticket.product_name,
        version: ticket.product_version,
        quantity: null,
        time: fix?.resolvedAt ?? null,
      },
    ],
    faultSymptom: ticket.description,
    causeAnalysis: fix?.cause ?? null,
    measuresTaken: fix?.measures ?? null,
    labels: MAINTENANCE_REQUEST_LABELS,
  };
}
