import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { NotFoundError } from '#domain';
import { searchKb, type KbDb, type KbEntryRow } from '#projections';
import { ReadModels } from '../projections/projection-host.provider.js';
import { decodeCursor, encodeCursor } from '../ticket-queries/page-cursor.js';
import { DEFAULT_PAGE_SIZE } from '../ticket-queries/query-values.js';
import type { KbEntryDetailDto, KbEntryDto, KbPageDto } from './kb-entry.dto.js';
import type { SearchKbDto } from './search-kb.dto.js';

interface Cursor {
  p: number;
}
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as Cursor).p);

/** Queries of the kb read model. */
@Injectable()
export class KbReader {
  constructor(private readonly readModels: ReadModels) {}

  private get db(): Kysely<KbDb> {
    return this.readModels.host.db<KbDb>('kb');
  }

  async search(query: SearchKbDto): Promise<KbPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isCursor).p;
    const rows = await searchKb(this.db, { q: query.q, kind: query.kind, limit, before });
    const page = rows.slice(0, limit);
    return {
      items: page.map(entryDto),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ p: Number(page.at(-1)!.position) }) } : {}),
    };
  }

  async playbooks(): Promise<KbEntryDto[]> {
    const rows = await this.db
      .selectFrom('kb_entries')
      .selectAll()
      .where('kind', '=', 'playbook')
      .orderBy('created_at')
      .orderBy('position')
      .execute();
    return rows.map(entryDto);
  }

  async entry(kind: 'case' | 'playbook', id: string): Promise<KbEntryDetailDto> {
    const row = await this.db
      .selectFrom('kb_entries')
      .selectAll()
      .where('id', '=', id)
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (row === undefined) throw new NotFoundError(kind, id);
    const history = await this.db
      .selectFrom('kb_revisions')
      .selectAll()
      .where('entry_id', '=', id)
      .orderBy('revision')
      .execute();
    return {
      ...entryDto(row),
      history: history.map((r) => ({
        revision: r.revision,
        text: JSON.parse(r.text) as Record<string, string>,
        ...(r.reason === null ? {} : { reason: r.reason }),
        author: r.author,
        at: r.at,
      })),
    };
  }
}

function entryDto(row: KbEntryRow): KbEntryDto {
  const optional = (value: string | null) => value ?? undefined;
  const dto: KbEntryDto = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    ticketId: optional(row.ticket_id),
    symptom: optional(row.symptom),
    cause: optional(row.cause),
    fix: optional(row.fix),
    category: optional(row.category),
    product:
      row.product_name === null ? undefined : { name: row.product_name, version: row.product_version ?? '' },
    playbookKind: optional(row.playbook_kind),
    prevention: optional(row.prevention),
    response: optional(row.response),
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  return JSON.parse(JSON.stringify(dto)) as KbEntryDto;
}
