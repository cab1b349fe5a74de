import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type EventShape, type RecordedEvent } from '#event-store';
import type { ContractEvent, TicketEvent } from '#domain';
import {
  at,
  DEFAULT_POLICY,
  faultReported,
  resolved,
  responded,
} from '../../domain/src/testing/ticket-fixtures.js';
import { buildDisputeBundle } from './build-dispute-bundle.js';
import type { DisputeBundle } from './dispute-bundle.js';
import { verifyDisputeBundle } from './verify-dispute-bundle.js';
import { rehashAsForger } from './testing/rehash-as-forger.js';

const byAdmin = { actor: { id: 'admin-1', role: 'admin' }, source: 'api' as const };

/**
 * Ticket t-1 as the store records it: reported 10:00, responded 10:40 (late), resolved 14:00; and
 * contract c-1, registered, then given policy version 1, then version 2 (after the ticket).
 */
async function recordedStreams(): Promise<{
  ticket: RecordedEvent<TicketEvent>[];
  contract: RecordedEvent<ContractEvent>[];
}> {
  // recorded on the report day at 14:00 in Shanghai, before the bundles below are made
  const store = new InMemoryEventStore(() => new Date('2026-11-03T06:00:00.000Z'));
  await store.append(
    'contract-c-1',
    [
      {
        type: 'ContractRegistered',
        data: { contractId: 'c-1', customerId: 'cu-1', name: 'DIP (fictional)' },
      },
      {
        type: 'SlaPolicySet',
        data: {
          contractId: 'c-1',
          version: 1,
          effectiveFrom: '2026-01-15T00:00:00.000+08:00',
          policy: DEFAULT_POLICY,
        },
      },
      {
        type: 'SlaPolicySet',
        data: {
          contractId: 'c-1',
          version: 2,
          effectiveFrom: '2026-12-01T00:00:00.000+08:00',
          policy: DEFAULT_POLICY,
        },
      },
    ].map((e) => ({ id: randomUUID(), type: e.type, data: e.data as never, metadata: byAdmin })),
    { expectedRevision: 'no_stream' },
  );
  const history: TicketEvent[] = [faultReported(), responded(at('10:40')), resolved(at('14:00'))];
  await store.append(
    'ticket-t-1',
    history.map((e) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data as never,
      metadata: { actor: { id: 'agent-1', role: 'agent' }, source: 'api' as const },
    })),
    { expectedRevision: 'no_stream' },
  );
  const read = async <E extends EventShape>(stream: string) => {
    const events: RecordedEvent<E>[] = [];
    for await (const event of store.readStream<E>(stream)) events.push(event);
    return events;
  };
  return {
    ticket: await read<TicketEvent>('ticket-t-1'),
    contract: await read<ContractEvent>('contract-c-1'),
  };
}

/** The bundle as a third party receives it: JSON text, parsed. */
async function bundleFile(): Promise<DisputeBundle> {
  const { ticket, contract } = await recordedStreams();
  const bundle = buildDisputeBundle(ticket, contract, {
    generatedAt: '2026-11-04T02:00:00.000Z',
    generatedBy: { id: 'mgr-1', username: 'manager', role: 'manager' },
  });
  return JSON.parse(JSON.stringify(bundle)) as DisputeBundle;
}

describe('a dispute bundle checked offline', () => {
  it('holds as the service made it, with the head hash and the SLA recomputed', async () => {
    const bundle = await bundleFile();
    const verdict = verifyDisputeBundle(bundle);
    expect(verdict).toMatchObject({
      holds: true,
      anchored: false,
      eventsChecked: 3,
      eventCount: 3,
      headHash: bundle.events[2].hash,
      headRevision: 2,
      policyVersion: 1,
      problems: [],
      sla: { at: '2026-11-04T02:00:00.000Z', matches: true },
    });
    expect(verdict.sla?.recomputed?.response.state).toBe('breached');
    expect(verdict.sla?.recomputed?.resolution.state).toBe('met');
  });

  it('names the event whose data was changed by one character', async () => {
    const bundle = await bundleFile();
    (bundle.events[1].data as { mode: string }).mode = 'remotE';
    const verdict = verifyDisputeBundle(bundle);
    expect(verdict.holds).toBe(false);
    expect(verdict.eventsChecked).toBe(1);
    expect(verdict.firstBadEvent).toMatchObject({
      index: 1,
      id: bundle.events[1].id,
      revision: 1,
      type: 'Responded',
      reason: 'hash-mismatch',
    });
    expect(verdict.problems[0]).toContain(`event #2 (revision 1, Responded, id ${bundle.events[1].id})`);
  });

  it('finds an event removed from the middle of the chain', async () => {
    const bundle = await bundleFile();
    bundle.events.splice(1, 1);
    const verdict = verifyDisputeBundle(bundle);
    expect(verdict.firstBadEvent).toMatchObject({ index: 1, revision: 2, reason: 'revision-gap' });
  });

  it('is anchored only by the real head hash given from outside', async () => {
    const bundle = await bundleFile();
    expect(verifyDisputeBundle(bundle)).toMatchObject({ holds: true, anchored: false });
    expect(verifyDisputeBundle(bundle, bundle.integrity.headHash)).toMatchObject({
      holds: true,
      anchored: true,
    });
    expect(verifyDisputeBundle(bundle, 'a'.repeat(64))).toMatchObject({ holds: false, anchored: false });
  });

  it('holds, unanchored, for a history rewritten with every hash recomputed; fails against the real head hash', async () => {
    const bundle = await bundleFile();
    const realHead = bundle.integrity.headHash;
    expect(verifyDisputeBundle(bundle, realHead).anchored).toBe(true);
    (bundle.events[2].data as { cause: string }).cause = 'Operator error at the hospital';
    rehashAsForger(bundle);
    expect(verifyDisputeBundle(bundle)).toMatchObject({ holds: true, anchored: false });
    const verdict = verifyDisputeBundle(bundle, realHead);
    expect(verdict).toMatchObject({ holds: false, anchored: false });
    expect(verdict.problems).toEqual([
      `the head hash is ${bundle.integrity.headHash}, not the ${realHead} that the checker was given`,
    ]);
  });

  it("refuses a head hash that is not the last event's", async () => {
    const bundle = await bundleFile();
    bundle.integrity.headHash = 'f'.repeat(64);
    expect(verifyDisputeBundle(bundle).problems).toEqual([
      expect.stringMatching(
        /^the head does not match: integrity\.headHash f{64} is not the last event's hash/,
      ),
    ]);
  });

  it('refuses an SLA result that does not follow from the events, naming the field', async () => {
    const bundle = await bundleFile();
    bundle.sla.result.response.state = 'met';
    const verdict = verifyDisputeBundle(bundle);
    expect(verdict.holds).toBe(false);
    expect(verdict.eventsChecked).toBe(3);
    expect(verdict.sla?.matches).toBe(false);
    expect(verdict.problems).toEqual([
      expect.stringMatching(/at response\.state the bundle says "met", slaClock gives "breached"/),
    ]);
  });

  it('refuses a policy summary that differs from the recorded snapshot', async () => {
    const bundle = await bundleFile();
    bundle.policy.slaPolicy.targets['1'].response = 'PT2H';
    expect(verifyDisputeBundle(bundle).problems).toEqual([
      expect.stringMatching(/^policy\.slaPolicy says .*PT2H.*, the FaultReported event says/),
    ]);
  });

  it('says plainly when the file is not a bundle, or an event is malformed', async () => {
    expect(verifyDisputeBundle({ hello: 'world' }).problems).toEqual([
      'not a dispute bundle: "format" is undefined, not "service-ledger/dispute-bundle"',
    ]);
    expect(verifyDisputeBundle(null).holds).toBe(false);
    const bundle = await bundleFile();
    (bundle.events[2] as { revision: unknown }).revision = '2';
    expect(verifyDisputeBundle(bundle).firstBadEvent).toMatchObject({
      index: 2,
      id: bundle.events[2].id,
      reason: 'malformed',
    });
  });

  it('carries the contract events up to the SlaPolicySet of the version that judged the ticket', async () => {
    const bundle = await bundleFile();
    expect(bundle.policy.source.stream).toBe('contract-c-1');
    expect(bundle.policy.source.events.map((e) => [e.revision, e.type])).toEqual([
      [0, 'ContractRegistered'],
      [1, 'SlaPolicySet'],
    ]);
    expect(bundle.policy.source.policyEventHash).toBe(bundle.policy.source.events[1].hash);
    expect(verifyDisputeBundle(bundle).policySource).toEqual({
      holds: true,
      events: 2,
      effectiveFrom: '2026-01-15T00:00:00.000+08:00',
    });
  });

  it('names the contract event changed by one character', async () => {
    const bundle = await bundleFile();
    const contractEvent = bundle.policy.source.events[0];
    (contractEvent.data as { name: string }).name = 'DIP (fictionaL)';
    const verdict = verifyDisputeBundle(bundle);
    expect(verdict.holds).toBe(false);
    expect(verdict.eventsChecked).toBe(3);
    expect(verdict.policySource?.firstBadEvent).toMatchObject({
      index: 0,
      id: contractEvent.id,
      revision: 0,
      type: 'ContractRegistered',
      reason: 'hash-mismatch',
    });
    expect(verdict.problems).toEqual([
      expect.stringContaining(
        `contract event #1 (revision 0, ContractRegistered, id ${contractEvent.id}) does not hold`,
      ),
    ]);
  });

  it('refuses a policy source that ends in another version than the one that judged the ticket', async () => {
    const { ticket, contract } = await recordedStreams();
    const bundle = JSON.parse(
      JSON.stringify(
        buildDisputeBundle(ticket, contract, {
          generatedAt: '2026-11-04T02:00:00.000Z',
          generatedBy: { id: 'mgr-1', username: 'manager', role: 'manager' },
        }),
      ),
    ) as DisputeBundle;
    bundle.policy.source.events.push(
      JSON.parse(JSON.stringify({ ...contract[2], position: contract[2].position.toString() })),
    );
    bundle.policy.source.policyEventHash = contract[2].hash;
    expect(verifyDisputeBundle(bundle).problems).toEqual([
      expect.stringMatching(
        /^the last contract event \(revision 2, SlaPolicySet, id .*\) sets version 2, FaultReported says 1$/,
      ),
      expect.stringMatching(
        /sets version 2, but version 1 \(in effect from 2026-01-15T00:00:00.000\+08:00\) was in force when the fault was reported \(2026-11-03T10:00:00.000\+08:00\)$/,
      ),
    ]);
  });

  it('refuses an asOf that is not the instant the SLA was read at, or earlier than an event it holds', async () => {
    const bundle = await bundleFile();
    expect(bundle.asOf).toBe('2026-11-04T02:00:00.000Z');
    bundle.asOf = '2026-11-03T05:00:00.000Z';
    const responded = bundle.events[0];
    expect(verifyDisputeBundle(bundle).problems).toEqual([
      'asOf says 2026-11-03T05:00:00.000Z, sla.inputs.at says 2026-11-04T02:00:00.000Z',
      `event revision 0 (FaultReported, id ${responded.id}) was recorded at 2026-11-03T06:00:00.000Z, after the bundle's asOf 2026-11-03T05:00:00.000Z`,
    ]);
  });
});
