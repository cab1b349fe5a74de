import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { NotFoundError, type TicketEvent } from '#domain';
import type { ArchiveDb, ArchiveStaffRow } from '#projections';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { assertMayReadArchiveOf, seesContactDetails } from './archive-access.js';
import type { ArchivedTicketEvent, TicketSources } from './forms/ticket-sources.js';

/** Reads the archive read model: the live database of the `archive` projection. */
@Injectable()
export class ArchiveReader {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}

  /** The live database (looked up per call: a rebuild may have swapped it). */
  db(): Kysely<ArchiveDb> {
    return this.readModels.host.db<ArchiveDb>('archive');
  }

  /** What the forms of one ticket are rendered from; 404 unknown ticket, 403 another organisation's. */
  async ticketSources(ticketId: string, user: AuthenticatedUser): Promise<TicketSources> {
    const db = this.db();
    const ticket = await db
      .selectFrom('archive_tickets')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    if (!ticket) throw new NotFoundError('ticket', ticketId);
    assertMayReadArchiveOf(user, ticket.customer_id);
    const rows = await db
      .selectFrom('archive_ticket_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('seq')
      .execute();
    const events = rows.map(
      (r) =>
        ({
          type: r.type,
          data: JSON.parse(r.data) as TicketEvent['data'],
          seq: r.seq,
          occurredAt: r.occurred_at,
          actorId: r.actor_id,
        }) as ArchivedTicketEvent,
    );
    const customer =
      (await db
        .selectFrom('archive_customers')
        .selectAll()
        .where('customer_id', '=', ticket.customer_id)
        .executeTakeFirst()) ?? null;
    const contract =
      (await db
        .selectFrom('archive_contracts')
        .selectAll()
        .where('contract_id', '=', ticket.contract_id)
        .executeTakeFirst()) ?? null;
    return {
      ticket,
      events,
      customer,
      contract,
      staff: await this.staffNamed(db, [ticket.taken_by, ...rows.flatMap((r) => staffIdsIn(r.data))]),
      contactDetails: seesContactDetails(user),
      now: this.clock.now().toISOString(),
    };
  }

  private async staffNamed(db: Kysely<ArchiveDb>, ids: string[]): Promise<Map<string, ArchiveStaffRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await db.selectFrom('archive_staff').selectAll().where('staff_id', 'in', unique).execute();
    return new Map(rows.map((r) => [r.staff_id, r]));
  }
}

/** Values of the event's keys that name users (`engineerId`, `engineerIds`, `...By`). */
function staffIdsIn(json: string): string[] {
  const data = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(data).flatMap(([key, value]) => {
    if (key === 'engineerIds' && Array.isArray(value)) return value.filter((v) => typeof v === 'string');
    if ((key === 'engineerId' || key.endsWith('By')) && typeof value === 'string') return [value];
    return [];
  });
}
