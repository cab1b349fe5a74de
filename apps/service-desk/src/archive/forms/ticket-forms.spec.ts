import { ticketEventInstant, type TicketEvent } from '#domain';
import type { ArchiveStaffRow, ArchiveTicketRow } from '#projections';
import {
  at,
  faultReported,
  rejected,
  reportTimeCorrected,
  resolved,
  responded,
} from '../../../../../libs/domain/src/testing/ticket-fixtures.js';
import { maintenanceRequestForm } from './maintenance-request.form.js';
import { problemFeedbackForm } from './problem-feedback.form.js';
import { problemRecordForm } from './problem-record.form.js';
import { serviceRecordForm } from './service-record.form.js';
import type { TicketSources } from './ticket-sources.js';

/** The archive's row of ticket t-1 (libs/domain testing fixtures), reported at `reportedAt`. */
function row(reportedAt: string): ArchiveTicketRow {
  return {
    ticket_id: 't-1',
    customer_id: 'cu-1',
    contract_id: 'c-1',
    service_no: 'SV-202611-0042',
    reported_at: Date.parse(reportedAt),
    reported_at_iso: reportedAt,
    time_zone: 'Asia/Shanghai',
    status: 'reported',
    severity: 2,
    kind: 'request',
    urgency: 'very_urgent',
    channel: 'hotline',
    product_name: 'DIP platform',
    product_version: '3.2',
    description: 'DIP grouping fails for every inpatient record',
    reporter: JSON.stringify({ name: 'Dr. Example', phone: '000-5555-0101', fax: '000-5555-0102' }),
    taken_by: 'agent-1',
    warranty: 'in_warranty',
    policy_version: 1,
    cause: null,
    measures: null,
    resolution: null,
    category: null,
    resolved_by: null,
    resolved_at: null,
    confirmed_at: null,
    closed_at: null,
    reopen_count: 0,
  };
}

function sources(events: TicketEvent[], over: Partial<TicketSources> = {}): TicketSources {
  return {
    ticket: row(ticketEventInstant(events[0])),
    events: events.map((e, seq) => ({ ...e, seq, occurredAt: ticketEventInstant(e), actorId: 'x' })),
    customer: null,
    contract: null,
    staff: new Map<string, ArchiveStaffRow>(),
    contactDetails: true,
    now: '2026-11-10T00:00:00.000Z',
    ...over,
  };
}

describe('the forms of a ticket, rendered from its events', () => {
  it('leaves what has not happened yet null, and prints ids for users the archive does not know', () => {
    const s = sources([faultReported(), responded(at('10:10'))]);
    expect(serviceRecordForm(s)).toMatchObject({
      onDutyAgent: 'agent-1',
      supportEngineers: ['eng-1'],
      onSiteEngineers: [],
      vendorContact: { unit: null, person: 'eng-1', phone: null, fax: null, email: null },
      customerContact: { unit: null, person: 'Dr. Example', phone: '000-5555-0101', fax: '000-5555-0102' },
    });
    expect(maintenanceRequestForm(s)).toMatchObject({
      customer: { fullName: null, contact: 'Dr. Example', phone: null, fax: null, postcode: null },
      products: [{ software: 'DIP platform', version: '3.2', quantity: null, time: null }],
      causeAnalysis: null,
      measuresTaken: null,
    });
    expect(problemRecordForm(s)).toMatchObject({ kind: 'A', urgency: 'C', chasingRecords: [] });
    expect(problemFeedbackForm(s)).toMatchObject({
      handlingResult: null,
      responsiblePerson: null,
      solvedDate: null,
      customerOpinion: null,
    });
  });

  it("reads dates in the ticket's zone: reported at 01:00 in Shanghai is the 3rd, not UTC's 2nd", () => {
    const s = sources([faultReported({ reportedAt: '2026-11-03T01:00:00.000+08:00' })]);
    expect(problemRecordForm(s).receivedDate).toBe('2026-11-03');
    expect(maintenanceRequestForm(s).date).toBe('2026-11-03');
  });

  it('expects the resolution 12 hours after the report time in force, corrections included', () => {
    const reported = faultReported({ reportedAt: at('13:00') });
    expect(problemRecordForm(sources([reported])).expectedResolutionDate).toBe('2026-11-04');
    const corrected = sources([reported, reportTimeCorrected(at('13:00'), at('11:00'), at('13:05'))]);
    expect(problemRecordForm(corrected).expectedResolutionDate).toBe('2026-11-03');
  });

  it("gives the customer's rejection as its opinion when it is the latest answer", () => {
    const s = sources([
      faultReported(),
      responded(at('10:10')),
      resolved(at('11:00')),
      rejected(at('12:00')),
    ]);
    expect(problemFeedbackForm(s)).toMatchObject({
      handlingResult: 'Grouping works again',
      responsiblePerson: 'eng-1',
      solvedDate: '2026-11-03',
      customerOpinion: { confirmed: false, note: 'Still failing', date: '2026-11-03' },
    });
  });

  it("hides people's phones, e-mails and faxes from roles that may not see them", () => {
    const staff = new Map([
      ['eng-1', { staff_id: 'eng-1', name: 'Engineer (fictional)', phone: '000-1', email: 'e@x.example' }],
    ]);
    const shown = serviceRecordForm(sources([faultReported(), responded(at('10:10'))], { staff }));
    expect(shown.vendorContact).toEqual({
      unit: null,
      person: 'Engineer (fictional)',
      phone: '000-1',
      fax: null,
      email: 'e@x.example',
    });
    const hidden = serviceRecordForm(
      sources([faultReported(), responded(at('10:10'))], { staff, contactDetails: false }),
    );
    expect(hidden.vendorContact).toEqual({
      unit: null,
      person: 'Engineer (fictional)',
      phone: null,
      fax: null,
      email: null,
    });
    expect(hidden.customerContact).toEqual({
      unit: null,
      person: 'Dr. Example',
      phone: null,
      fax: null,
      email: null,
    });
  });
});
