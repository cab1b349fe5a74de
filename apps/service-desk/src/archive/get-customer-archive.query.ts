import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Reporter } from '#domain';
import type { ArchiveTicketRow } from '#projections';
import { assertMayReadArchiveOf, seesContactDetails } from './archive-access.js';
import { decodeCursor, encodeCursor } from './archive-cursor.js';
import { ArchiveReader } from './archive-reader.js';
import type { CustomerArchiveQueryDto } from './customer-archive-query.dto.js';
import { customerPlanRecords } from './customer-plan-records.js';
import type { ArchiveTicketDto, CustomerArchiveDto } from './customer-archive.dto.js';
import { UserQuery } from '../command-handling/user-query.js';

export class GetCustomerArchiveQuery extends UserQuery<
  { customerId: string; filter: CustomerArchiveQueryDto },
  CustomerArchiveDto
> {}

const DEFAULT_LIMIT = 100;

@QueryHandler(GetCustomerArchiveQuery)
export class GetCustomerArchiveHandler implements IQueryHandler<GetCustomerArchiveQuery> {
  constructor(private readonly archive: ArchiveReader) {}

  async execute({
    params: { customerId, filter },
    user,
  }: GetCustomerArchiveQuery): Promise<CustomerArchiveDto> {
    assertMayReadArchiveOf(user, customerId);
    const db = this.archive.db();
    const customer = await db
      .selectFrom('archive_customers')
      .selectAll()
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    if (!customer) throw new NotFoundError('customer', customerId);
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
    let query = db.selectFrom('archive_tickets').selectAll().where('customer_id', '=', customerId);
    if (filter.from) query = query.where('reported_at', '>=', Date.parse(filter.from));
    if (filter.to) query = query.where('reported_at', '<', Date.parse(filter.to));
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('reported_at', '>', after.reportedMs),
          eb.and([eb('reported_at', '=', after.reportedMs), eb('ticket_id', '>', after.ticketId)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('reported_at')
      .orderBy('ticket_id')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const ids = page.map((r) => r.ticket_id);
    const [escalations, surveys] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            db
              .selectFrom('archive_escalations')
              .selectAll()
              .where('ticket_id', 'in', ids)
              .orderBy('seq')
              .execute(),
            db
              .selectFrom('archive_surveys')
              .selectAll()
              .where('ticket_id', 'in', ids)
              .orderBy('seq')
              .execute(),
          ]);
    const contracts = new Map(
      (
        await db
          .selectFrom('archive_contracts')
          .select(['contract_id', 'name'])
          .where('customer_id', '=', customerId)
          .execute()
      ).map((c) => [c.contract_id, c.name]),
    );
    const details = seesContactDetails(user);
    const last = page.at(-1);
    const plan = after
      ? { inspections: [], revisits: [], phaseSurveys: [] }
      : await customerPlanRecords(
          db,
          customerId,
          filter.from ? Date.parse(filter.from) : undefined,
          filter.to ? Date.parse(filter.to) : undefined,
          contracts,
        );
    return {
      customer: {
        id: customer.customer_id,
        name: customer.name,
        shortName: customer.short_name,
        address: customer.address,
        postcode: customer.postcode,
        phone: customer.phone,
        fax: customer.fax,
        email: customer.email,
      },
      from: filter.from ?? null,
      to: filter.to ?? null,
      tickets: page.map((row) => ({
        ...ticketOf(row, details),
        contractName: contracts.get(row.contract_id) ?? null,
        escalations: escalations
          .filter((e) => e.ticket_id === row.ticket_id)
          .map((e) => ({
            level: e.level,
            reason: e.reason,
            to: e.recipient,
            automatic: e.automatic === 1,
            note: e.note,
            escalatedBy: e.escalated_by,
            escalatedAt: e.escalated_at,
          })),
        surveys: surveys
          .filter((s) => s.ticket_id === row.ticket_id)
          .map((s) => ({
            surveyedAt: s.surveyed_at,
            scores: JSON.parse(s.scores) as Record<string, number>,
            comments: s.comments,
            respondent: s.respondent,
            recordedBy: s.recorded_by,
          })),
      })),
      ...plan,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ reportedMs: last.reported_at, ticketId: last.ticket_id })
          : null,
    };
  }
}

function ticketOf(
  row: ArchiveTicketRow,
  contactDetails: boolean,
): Omit<ArchiveTicketDto, 'escalations' | 'surveys' | 'contractName'> {
  const reporter = JSON.parse(row.reporter) as Reporter;
  return {
    id: row.ticket_id,
    serviceNo: row.service_no,
    reportedAt: row.reported_at_iso,
    severity: row.severity,
    kind: row.kind,
    urgency: row.urgency,
    status: row.status,
    channel: row.channel,
    contractId: row.contract_id,
    product: { name: row.product_name, version: row.product_version },
    description: row.description,
    reporter: contactDetails ? reporter : { name: reporter.name },
    warranty: row.warranty,
    policyVersion: row.policy_version,
    cause: row.cause,
    measures: row.measures,
    resolution: row.resolution,
    category: row.category,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    confirmedAt: row.confirmed_at,
    closedAt: row.closed_at,
    reopenCount: row.reopen_count,
  };
}
