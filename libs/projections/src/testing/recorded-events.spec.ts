import { verifyStream } from '#event-store';
import {
  at,
  faultReported,
  reportTimeCorrected,
  responded,
} from '../../../domain/src/testing/ticket-fixtures.js';
import { recordedEvents } from './recorded-events.js';

describe('recordedEvents', () => {
  it('records as a store would: revisions per stream, positions one after another, a hash chain per stream', () => {
    const log = recordedEvents(
      [
        faultReported(),
        { type: 'CustomerRegistered', data: { customerId: 'cu-1', name: 'H' } },
        responded(at('10:20')),
      ],
      { startPosition: 41n },
    );
    expect(log.map((e) => [e.stream, e.revision, e.position])).toEqual([
      ['ticket-t-1', 0, 41n],
      ['customer-cu-1', 0, 42n],
      ['ticket-t-1', 1, 43n],
    ]);
    expect(log[2].prevHash).toBe(log[0].hash);
    expect(verifyStream([log[0], log[2]])).toEqual({ ok: true, count: 2, headHash: log[2].hash });
    expect(new Set(log.map((e) => e.id)).size).toBe(3);
  });

  it('dates each event by the instant its data names, recorded a while later if asked', () => {
    const [report, correction, inspection] = recordedEvents(
      [
        faultReported(),
        reportTimeCorrected(at('10:00'), at('09:40'), at('10:05')),
        { type: 'InspectionRecorded', data: { contractId: 'c-1', inspectedAt: at('15:00') } },
      ],
      { recordedAfterMs: 1000 },
    );
    expect(report.metadata).toEqual({
      actor: { id: 'agent-1', role: 'agent' },
      source: 'api',
      occurredAt: at('10:00'),
      recordedAt: '2026-11-03T02:00:01.000Z',
    });
    expect(correction.metadata.occurredAt).toBe(at('10:05'));
    expect(inspection).toMatchObject({ stream: 'contract-c-1', metadata: { occurredAt: at('15:00') } });
  });

  it('lets the options and then each event say otherwise', () => {
    const [first, second] = recordedEvents(
      [
        { type: 'Noted', data: { note: 'a' } },
        {
          id: 'e-2',
          type: 'Noted',
          data: { note: 'b' },
          stream: 'notes-2',
          metadata: {
            actor: { id: 'sla-watchman', role: 'system' },
            source: 'scheduler',
            recordedAt: '2026-11-03T03:00:00.000Z',
            correlationId: 'corr-1',
          },
        },
      ],
      { stream: 'notes-1', actor: { id: 'eng-1', role: 'engineer' }, occurredAt: at('11:00') },
    );
    expect(first).toMatchObject({
      stream: 'notes-1',
      metadata: {
        actor: { id: 'eng-1', role: 'engineer' },
        source: 'api',
        recordedAt: '2026-11-03T03:00:00.000Z',
      },
    });
    expect(second).toMatchObject({
      id: 'e-2',
      stream: 'notes-2',
      revision: 0,
      metadata: {
        actor: { id: 'sla-watchman', role: 'system' },
        source: 'scheduler',
        occurredAt: at('11:00'),
        recordedAt: '2026-11-03T03:00:00.000Z',
        correlationId: 'corr-1',
      },
    });
  });

  it('asks for the stream of an event whose data names none, and for a real instant', () => {
    expect(() => recordedEvents([{ type: 'Noted', data: { note: 'a' } }])).toThrow(
      'recordedEvents: name the stream of Noted; its data carries no id to name it by',
    );
    expect(() =>
      recordedEvents([{ type: 'Noted', data: {}, stream: 's', metadata: { occurredAt: 'soon' } }]),
    ).toThrow('recordedEvents: Noted occurred at "soon", not an instant');
  });
});
