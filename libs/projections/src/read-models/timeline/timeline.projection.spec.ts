import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore, type NewEvent } from '#event-store';
import { ProjectionHost } from '../../projection-host.js';
import { timelineProjection } from './timeline.projection.js';
import type { TimelineDb } from './timeline.tables.js';

const event = (type: string, data: NewEvent['data'], role = 'admin', occurredAt?: string): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    actor: { id: `${role}-1`, role },
    source: 'api',
    correlationId: `corr-${type}`,
    ...(occurredAt ? { occurredAt } : {}),
  },
});

describe('timeline projection', () => {
  let dir: string;
  let store: EventStore;
  let host: ProjectionHost;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-timeline-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    host = new ProjectionHost(store, [timelineProjection], { dir: join(dir, 'read') });
  });
  afterEach(async () => {
    await host.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one row per event of every stream, tied to the customer its stream concerns', async () => {
    await store.append('customer-cu-1', [event('CustomerRegistered', { customerId: 'cu-1', name: 'H' })], {
      expectedRevision: 'no_stream',
    });
    await store.append(
      'service-numbers-202611',
      [event('ServiceNumberAssigned', { serviceNo: 'SV-202611-0001', ticketId: 't-1' }, 'agent')],
      {
        expectedRevision: 'no_stream',
      },
    );
    await store.append(
      'ticket-t-1',
      [
        event(
          'FaultReported',
          { ticketId: 't-1', customerId: 'cu-1', serviceNo: 'SV-202611-0001', severity: 2, channel: 'fax' },
          'agent',
          '2026-11-03T10:00:00+08:00',
        ),
        event('Responded', { ticketId: 't-1', mode: 'remote' }, 'engineer'),
      ],
      { expectedRevision: 'no_stream' },
    );
    const last = await store.append(
      'staff-s-1',
      [event('StaffPasswordChanged', { staffId: 's-1', passwordHash: 'x' })],
      {
        expectedRevision: 'no_stream',
      },
    );
    await host.start();
    expect(await host.waitFor(last.position, 5000)).toBe(true);
    const rows = await host
      .db<TimelineDb>('timeline')
      .selectFrom('timeline_events')
      .select([
        'position',
        'stream',
        'revision',
        'type',
        'actor_role',
        'customer_id',
        'ticket_id',
        'occurred_at',
        'correlation_id',
        'summary_en',
      ])
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({
        position: 1,
        stream: 'customer-cu-1',
        customer_id: 'cu-1',
        ticket_id: null,
        summary_en: 'Admin registered customer H',
      }),
      expect.objectContaining({
        position: 2,
        type: 'ServiceNumberAssigned',
        customer_id: null,
        ticket_id: 't-1',
      }),
      expect.objectContaining({
        position: 3,
        revision: 0,
        customer_id: 'cu-1',
        ticket_id: 't-1',
        occurred_at: '2026-11-03T10:00:00+08:00',
        correlation_id: 'corr-FaultReported',
        summary_en: 'On-duty agent reported fault SV-202611-0001 (level 2, fax)',
      }),
      expect.objectContaining({
        position: 4,
        revision: 1,
        actor_role: 'engineer',
        customer_id: 'cu-1',
        ticket_id: 't-1',
        summary_en: 'Engineer responded remotely',
      }),
      expect.objectContaining({
        position: 5,
        stream: 'staff-s-1',
        customer_id: null,
        summary_en: "Admin changed a user's password",
      }),
    ]);
  });
});
