import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { NotificationsDb } from '#projections';
import { ReadModels } from '../projections/projection-host.provider.js';
import { decodeCursor, encodeCursor } from '../ticket-queries/page-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../ticket-queries/query-values.js';
import type { NotificationDto, NotificationPageDto } from './notification.dto.js';
import { notificationFromRow as toDto } from './notification-from-row.js';

export interface NotificationFilters {
  unread?: boolean;
  since?: string;
  limit?: number;
  cursor?: string;
}

interface Cursor {
  p: number;
  id: string;
}

const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' &&
  v !== null &&
  Number.isSafeInteger((v as Cursor).p) &&
  typeof (v as Cursor).id === 'string';

/** Queries of the notifications read model, always for one caller (its id and roles). */
@Injectable()
export class NotificationReader {
  constructor(private readonly readModels: ReadModels) {}

  private get db(): Kysely<NotificationsDb> {
    return this.readModels.host.db<NotificationsDb>('notifications');
  }

  /** The caller's notifications, newest first (by position, then id), with keyset paging. */
  async list(
    userId: string,
    recipients: string[],
    filters: NotificationFilters,
  ): Promise<NotificationPageDto> {
    const limit = filters.limit ?? DEFAULT_PAGE_SIZE;
    const after = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor, isCursor);
    const rows = await this.visible(userId, recipients)
      .$if(filters.unread === true, (q) => q.where('r.read_at', 'is', null))
      .$if(filters.unread === false, (q) => q.where('r.read_at', 'is not', null))
      .$if(filters.since !== undefined, (q) => q.where('n.created_ms', '>=', Date.parse(filters.since!)))
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('n.position', '<', after!.p),
            eb.and([eb('n.position', '=', after!.p), eb('n.id', '<', after!.id)]),
          ]),
        ),
      )
      .orderBy('n.position', 'desc')
      .orderBy('n.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ p: Number(last.position), id: last.id }) : null,
    };
  }

  /** One notification, if it is addressed to the caller (its id or one of its roles). */
  async find(userId: string, recipients: string[], id: string): Promise<NotificationDto | undefined> {
    const row = await this.visible(userId, recipients).where('n.id', '=', id).executeTakeFirst();
    return row && toDto(row);
  }

  /** The caller's notifications caused by the event at one position. */
  async at(userId: string, recipients: string[], position: bigint): Promise<NotificationDto[]> {
    const rows = await this.visible(userId, recipients)
      .where('n.position', '=', Number(position))
      .orderBy('n.id')
      .execute();
    return rows.map(toDto);
  }

  private visible(userId: string, recipients: string[]) {
    return this.db
      .selectFrom('notifications as n')
      .leftJoin('notification_reads as r', (join) =>
        join.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', userId),
      )
      .selectAll('n')
      .select('r.read_at')
      .where('n.recipient', 'in', recipients);
  }
}
