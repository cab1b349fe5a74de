import {
  arrived,
  at,
  closed,
  confirmed,
  dispatched,
  faultReported,
  rejected,
  reopened,
  reportTimeCorrected,
  resolved,
  responded,
  severityChanged,
} from '../../../../domain/src/testing/ticket-fixtures.js';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import { archiveProjection } from './archive.projection.js';

const given = ProjectionSpecification.for(archiveProjection, { recordedAt: '2026-11-03T02:00:00.000Z' });

const escalated = {
  type: 'Escalated',
  data: {
    ticketId: 't-1',
    level: 1,
    reason: 'solution_not_confirmed',
    to: 'manager',
    automatic: true,
    escalatedBy: 'scheduler',
    escalatedAt: at('16:00'),
  },
};
const survey = {
  type: 'SatisfactionRecorded',
  data: {
    ticketId: 't-1',
    recordedBy: 'contact-1',
    scores: { overall: 4, responseTime: 5 },
    comments: 'Fast on the second try',
    respondent: 'Head of IT (fictional)',
    surveyedAt: at('19:00'),
  },
};
const resolvedAgain = {
  type: 'Resolved',
  data: {
    ticketId: 't-1',
    engineerId: 'eng-2',
    cause: 'Stale grouper cache after the table reload',
    measures: 'Cleared the cache and restarted the grouper',
    resolution: 'Grouping works for every record',
    category: 'software',
    resolvedAt: at('17:00'),
  },
};

describe('archive projection', () => {
  it('keeps, per ticket, the latest cause and fix, the reopen count, escalations, surveys and every event', async () => {
    await given([
      faultReported(),
      responded(at('10:10')),
      dispatched(at('10:20')),
      arrived(at('11:00')),
      resolved(at('12:00')),
    ])
      .when([
        rejected(at('13:00')),
        escalated,
        resolvedAgain,
        confirmed(at('18:00')),
        survey,
        closed(at('20:00')),
      ])
      .then(async (db) => {
        const row = await db.selectFrom('archive_tickets').selectAll().executeTakeFirstOrThrow();
        expect(row).toEqual({
          ticket_id: 't-1',
          customer_id: 'cu-1',
          contract_id: 'c-1',
          service_no: 'SV-202611-0042',
          reported_at: Date.parse('2026-11-03T02:00:00.000Z'),
          reported_at_iso: '2026-11-03T10:00:00.000+08:00',
          time_zone: 'Asia/Shanghai',
          status: 'closed',
          severity: 2,
          kind: 'request',
          urgency: 'urgent',
          channel: 'hotline',
          product_name: 'DIP platform',
          product_version: '3.2',
          description: 'DIP grouping fails for every inpatient record',
          reporter: JSON.stringify({ name: 'Dr. Example', phone: '010-5555-0101' }),
          taken_by: 'agent-1',
          warranty: 'in_warranty',
          policy_version: 1,
          cause: 'Stale grouper cache after the table reload',
          measures: 'Cleared the cache and restarted the grouper',
          resolution: 'Grouping works for every record',
          category: 'software',
          resolved_by: 'eng-2',
          resolved_at: '2026-11-03T17:00:00.000+08:00',
          confirmed_at: '2026-11-03T18:00:00.000+08:00',
          closed_at: '2026-11-03T20:00:00.000+08:00',
          reopen_count: 1,
        });
        expect(await db.selectFrom('archive_escalations').selectAll().execute()).toEqual([
          {
            ticket_id: 't-1',
            seq: 6,
            level: 1,
            reason: 'solution_not_confirmed',
            recipient: 'manager',
            automatic: 1,
            note: null,
            escalated_by: 'scheduler',
            escalated_at: '2026-11-03T16:00:00.000+08:00',
          },
        ]);
        expect(await db.selectFrom('archive_surveys').selectAll().execute()).toEqual([
          {
            ticket_id: 't-1',
            seq: 9,
            surveyed_at: '2026-11-03T19:00:00.000+08:00',
            scores: JSON.stringify({ overall: 4, responseTime: 5 }),
            comments: 'Fast on the second try',
            respondent: 'Head of IT (fictional)',
            recorded_by: 'contact-1',
          },
        ]);
        const events = await db.selectFrom('archive_ticket_events').selectAll().orderBy('seq').execute();
        expect(events.map((e) => [e.seq, e.type, e.occurred_at])).toEqual([
          [0, 'FaultReported', '2026-11-03T10:00:00.000+08:00'],
          [1, 'Responded', '2026-11-03T10:10:00.000+08:00'],
          [2, 'DispatchedOnSite', '2026-11-03T10:20:00.000+08:00'],
          [3, 'ArrivedOnSite', '2026-11-03T11:00:00.000+08:00'],
          [4, 'Resolved', '2026-11-03T12:00:00.000+08:00'],
          [5, 'ResolutionRejected', '2026-11-03T13:00:00.000+08:00'],
          [6, 'Escalated', '2026-11-03T16:00:00.000+08:00'],
          [7, 'Resolved', '2026-11-03T17:00:00.000+08:00'],
          [8, 'ResolutionConfirmed', '2026-11-03T18:00:00.000+08:00'],
          [9, 'SatisfactionRecorded', '2026-11-03T19:00:00.000+08:00'],
          [10, 'Closed', '2026-11-03T20:00:00.000+08:00'],
        ]);
        expect(JSON.parse(events[5].data)).toEqual({
          ticketId: 't-1',
          rejectedBy: 'contact-1',
          reason: 'Still failing',
          rejectedAt: '2026-11-03T13:00:00.000+08:00',
        });
        expect(events[5]).toMatchObject({ actor_id: 'agent-1', actor_role: 'agent' });
      });
  });

  it("clears a reopened ticket's confirmation and close, and follows severity changes and corrected report times", async () => {
    await given([
      faultReported(),
      reportTimeCorrected(at('10:00'), at('09:40'), at('10:05')),
      responded(at('10:10')),
      resolved(at('12:00')),
      confirmed(at('13:00')),
      closed(at('14:00')),
    ])
      .when([reopened(at('15:00')), severityChanged(at('15:10'), 2, 1)])
      .then(async (db) => {
        expect(await db.selectFrom('archive_tickets').selectAll().executeTakeFirstOrThrow()).toMatchObject({
          status: 'reopened',
          severity: 1,
          reported_at: Date.parse('2026-11-03T01:40:00.000Z'),
          reported_at_iso: '2026-11-03T09:40:00.000+08:00',
          confirmed_at: null,
          closed_at: null,
          reopen_count: 1,
          cause: 'Grouper table missing',
        });
      });
  });

  it('keeps the organisations and users that the forms name, with their later changes', async () => {
    await given([
      {
        type: 'CustomerRegistered',
        data: {
          customerId: 'cu-1',
          name: 'Example County Hospital (fictional)',
          postcode: '000000',
          phone: '000-0000-0001',
          registeredBy: 'admin-1',
        },
      },
      {
        type: 'StaffRegistered',
        data: {
          staffId: 's-1',
          username: 'li',
          name: 'Engineer Li (fictional)',
          roles: ['engineer'],
          registeredBy: 'a',
        },
      },
    ])
      .when([
        {
          type: 'CustomerDetailsUpdated',
          data: {
            customerId: 'cu-1',
            changes: { fax: '000-0000-0002', phone: '000-0000-0003' },
            updatedBy: 'a',
          },
        },
        {
          type: 'StaffProfileUpdated',
          data: { staffId: 's-1', changes: { phone: '000-1111-0000' }, updatedBy: 'a' },
        },
      ])
      .then(async (db) => {
        expect(await db.selectFrom('archive_customers').selectAll().execute()).toEqual([
          {
            customer_id: 'cu-1',
            name: 'Example County Hospital (fictional)',
            short_name: null,
            address: null,
            postcode: '000000',
            phone: '000-0000-0003',
            fax: '000-0000-0002',
            email: null,
          },
        ]);
        expect(await db.selectFrom('archive_staff').selectAll().execute()).toEqual([
          { staff_id: 's-1', name: 'Engineer Li (fictional)', phone: '000-1111-0000', email: null },
        ]);
      });
  });

  it("keeps each contract's title and product, with amendments", async () => {
    await given([
      {
        type: 'ContractRegistered',
        data: {
          contractId: 'c-1',
          customerId: 'cu-1',
          name: 'DIP platform 3.2 service contract (fictional)',
          product: { name: 'DIP platform', version: '3.2' },
          finalAcceptanceDate: '2026-01-15',
          warrantyMonths: 12,
          timeZone: 'Asia/Shanghai',
          inspectionExpertId: 'eng-1',
          registeredBy: 'admin-1',
        },
      },
    ])
      .when([
        {
          type: 'ContractAmended',
          data: {
            contractId: 'c-1',
            changes: { product: { name: 'DIP platform', version: '3.3' } },
            reason: 'Upgrade',
            amendedBy: 'admin-1',
          },
        },
      ])
      .then(async (db) => {
        expect(await db.selectFrom('archive_contracts').selectAll().execute()).toEqual([
          {
            contract_id: 'c-1',
            customer_id: 'cu-1',
            name: 'DIP platform 3.2 service contract (fictional)',
            product_name: 'DIP platform',
            product_version: '3.3',
          },
        ]);
      });
  });

  it('does not read password changes or contact lists (personal data it has no use for)', () => {
    expect(archiveProjection.handles.has('StaffPasswordChanged')).toBe(false);
    expect(archiveProjection.handles.has('CustomerContactAdded')).toBe(false);
  });
});
