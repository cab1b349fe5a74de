import type { JsonObject } from '#event-store';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import type { EventToRecord } from '../../testing/recorded-events.js';
import { timelineProjection } from './timeline.projection.js';

const given = ProjectionSpecification.for(timelineProjection);

const event = (
  stream: string,
  type: string,
  data: JsonObject,
  role = 'admin',
  occurredAt?: string,
): EventToRecord => ({
  type,
  data,
  stream,
  metadata: {
    actor: { id: `${role}-1`, role },
    source: 'api',
    correlationId: `corr-${type}`,
    ...(occurredAt ? { occurredAt } : {}),
  },
});

describe('timeline projection', () => {
  it('keeps one row per event of every stream, tied to the customer its stream concerns', async () => {
    await given([
      event('customer-cu-1', 'CustomerRegistered', { customerId: 'cu-1', name: 'H' }),
      event(
        'service-numbers-202611',
        'ServiceNumberAssigned',
        { serviceNo: 'SV-202611-0001', ticketId: 't-1' },
        'agent',
      ),
    ])
      .when([
        event(
          'ticket-t-1',
          'FaultReported',
          { ticketId: 't-1', customerId: 'cu-1', serviceNo: 'SV-202611-0001', severity: 2, channel: 'fax' },
          'agent',
          '2026-11-03T10:00:00+08:00',
        ),
        event('ticket-t-1', 'Responded', { ticketId: 't-1', mode: 'remote' }, 'engineer'),
        event('staff-s-1', 'StaffPasswordChanged', { staffId: 's-1', passwordHash: 'x' }),
      ])
      .then(async (db) => {
        const rows = await db
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
});
