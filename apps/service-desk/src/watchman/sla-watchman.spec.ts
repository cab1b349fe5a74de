import { handle } from '#command-handling';
import { randomUUID } from 'node:crypto';
import { ticketDecider, ticketStream, type CommandActor, type TicketCommand } from '#domain';
import { InMemoryEventStore, type RecordedEvent } from '#event-store';
import { openReadDatabase, ProjectionRunner, slaDeadlinesProjection } from '#projections';
import { FakeAlarmClock } from '../../../../test/support/fake-alarm-clock.js';
import type { WatchmanCommands } from './watchman-commands.js';
import { projectionDeadlineTable } from './sla-deadline-table.js';
import { SlaWatchman } from './sla-watchman.js';
import { deskCommands } from './testing/desk-commands.js';

/** Tuesday 2026-11-03 in Shanghai; the default policy: PT30M / PT1H / PT12H, at risk at 80 %. */
const at = (hhmm: string, ss = '00.000') => `2026-11-03T${hhmm}:${ss}+08:00`;
const ms = (iso: string) => Date.parse(iso);
const ENGINEER: CommandActor = { id: 'eng-1', role: 'engineer' };
const MANAGER: CommandActor = { id: 'mgr-1', role: 'manager' };
const AGENT: CommandActor = { id: 'agent-1', role: 'agent' };
const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
const POLICY = {
  targets: { '1': targets, '2': targets, '3': targets, '4': targets },
  atRiskShare: 0.8,
  calendar: '24x7' as const,
  confirmationWindow: 'PT24H',
};

/** Time that moves only when the test says so; alarms ring when it passes them. */
interface Desk {
  clock: FakeAlarmClock;
  store: InMemoryEventStore;
  commands: WatchmanCommands;
  projection: ProjectionRunner;
  watchman(): SlaWatchman;
  act(ticketId: string, command: Omit<TicketCommand, 'now'>): Promise<void>;
  report(ticketId: string): Promise<void>;
  /** Waits until the read model has every event and every watchman has acted and re-armed. */
  settle(...watchmen: SlaWatchman[]): Promise<void>;
  ticketEvents(ticketId?: string): Promise<RecordedEvent[]>;
}

async function startDesk(): Promise<Desk> {
  const clock = new FakeAlarmClock(ms(at('10:00')));
  const store = new InMemoryEventStore(() => clock.now());
  const projection = new ProjectionRunner(store, slaDeadlinesProjection, openReadDatabase(':memory:'));
  await projection.start();
  const commands = await deskCommands(store);
  const table = projectionDeadlineTable(
    () => projection.db as never,
    () => projection.getStatus().position,
  );
  const act = async (ticketId: string, command: Omit<TicketCommand, 'now'>) => {
    const commandId = randomUUID();
    const full = { ...command, now: clock.now().toISOString() } as TicketCommand;
    await handle(store, ticketStream(ticketId), ticketDecider, full, {
      actor: command.actor,
      now: full.now,
      source: 'api',
      commandId,
      correlationId: commandId,
    });
  };
  const desk: Desk = {
    clock,
    store,
    projection,
    commands,
    watchman: () => new SlaWatchman(store, commands, table, clock, { watchIntervalMs: 5 }),
    act,
    report: (ticketId) =>
      act(ticketId, {
        type: 'ReportFault',
        actor: AGENT,
        data: {
          ticketId,
          serviceNo: `SV-202611-${ticketId}`,
          contract: {
            contractId: 'c-1',
            customerId: 'cu-1',
            product: { name: 'DIP platform', version: '3.2' },
            finalAcceptanceDate: '2026-01-15',
            warrantyMonths: 12,
            timeZone: 'Asia/Shanghai',
            slaPolicies: [{ version: 1, effectiveFrom: '2026-01-15T00:00:00.000+08:00', policy: POLICY }],
          },
          reporter: { name: 'Ward nurse (fictional)', phone: '000-0000' },
          channel: 'hotline',
          description: 'DIP grouping fails',
          severity: 2,
          kind: 'request',
          urgency: 'urgent',
        },
      }),
    async settle(...watchmen) {
      for (let round = 0; round < 3; round++) {
        const head = await store.headPosition();
        if (head !== null) await projection.waitFor(head, 5000);
        await new Promise((resolve) => setTimeout(resolve, 15));
        for (const w of watchmen) await w.wake();
      }
    },
    async ticketEvents(ticketId = 't-1') {
      const events: RecordedEvent[] = [];
      for await (const e of store.readStream(ticketStream(ticketId))) events.push(e);
      return events;
    },
  };
  return desk;
}

const watchmanEvents = (events: RecordedEvent[]) =>
  events
    .filter((e) => e.metadata.actor.id === 'sla-watchman')
    .map((e) => {
      const d = e.data as Record<string, unknown>;
      return e.type === 'SlaAtRisk'
        ? `SlaAtRisk ${String(d.timer)} due ${String(d.dueAt)} at ${String(d.warnedAt)}`
        : `Escalated ${String(d.level)} ${String(d.reason)} to ${String(d.to)} at ${String(d.escalatedAt)}`;
    });

describe('the SLA watchman, on a fake clock', () => {
  let desk: Desk;
  const running: SlaWatchman[] = [];
  const started = (w = desk.watchman()) => {
    running.push(w);
    w.start();
    return w;
  };

  beforeEach(async () => {
    desk = await startDesk();
  });
  afterEach(async () => {
    for (const w of running.splice(0)) await w.stop();
    await desk.projection.stop();
  });

  it('sets one alarm, for the earliest deadline, and moves it when the deadlines change', async () => {
    await desk.report('t-1');
    desk.clock.advanceTo(at('10:05'));
    await desk.report('t-2');
    const watchman = started();
    await desk.settle(watchman);
    expect(watchman.nextAlarm()).toBe(ms(at('10:24')));
    expect(desk.clock.alarms.size).toBe(1);
    await desk.act('t-1', { type: 'Respond', actor: ENGINEER, data: { ticketId: 't-1', mode: 'remote' } });
    await desk.settle(watchman);
    expect(watchman.nextAlarm()).toBe(ms(at('10:29')));
    expect(desk.clock.alarms.size).toBe(1);
  });

  it('warns at the at-risk share and escalates right after the due time, each at its instant', async () => {
    await desk.report('t-1');
    const watchman = started();
    await desk.settle(watchman);
    desk.clock.advanceTo(at('10:23', '59.999'));
    await desk.settle(watchman);
    expect(watchmanEvents(await desk.ticketEvents())).toEqual([]);
    desk.clock.advanceTo(at('10:24'));
    await desk.settle(watchman);
    desk.clock.advanceTo(at('10:30'));
    await desk.settle(watchman);
    expect(watchmanEvents(await desk.ticketEvents())).toEqual([
      `SlaAtRisk response due ${at('10:30')} at ${at('10:24')}`,
    ]);
    desk.clock.advanceTo(at('10:30', '00.001'));
    await desk.settle(watchman);
    const events = await desk.ticketEvents();
    expect(watchmanEvents(events)).toEqual([
      `SlaAtRisk response due ${at('10:30')} at ${at('10:24')}`,
      `Escalated 1 response_overdue to manager at ${at('10:30', '00.001')}`,
    ]);
    expect(events.at(-1)?.metadata).toMatchObject({
      actor: { id: 'sla-watchman', role: 'system' },
      source: 'scheduler',
    });
    expect(events.at(-2)?.data).toMatchObject({ notify: ['manager'], atRiskAt: at('10:24') });
    expect(watchman.nextAlarm()).toBe(ms(at('12:30', '00.001')));
  });

  it('takes an unanswered level-1 escalation to headquarters after PT2H, and an answered one not', async () => {
    await desk.report('t-1');
    await desk.report('t-2');
    const watchman = started();
    desk.clock.advanceTo(at('10:31'));
    await desk.settle(watchman);
    desk.clock.advanceTo(at('11:00'));
    await desk.act('t-2', {
      type: 'NoteSupervision',
      actor: MANAGER,
      data: { ticketId: 't-2', period: 'AM', progress: 'Called the engineer', solvedPercent: 0 },
    });
    desk.clock.advanceTo(at('12:31'));
    await desk.settle(watchman);
    expect(watchmanEvents(await desk.ticketEvents('t-1'))).toEqual([
      `Escalated 1 response_overdue to manager at ${at('10:31')}`,
      `Escalated 2 response_overdue to headquarters at ${at('12:31')}`,
    ]);
    expect(watchmanEvents(await desk.ticketEvents('t-2'))).toEqual([
      `Escalated 1 response_overdue to manager at ${at('10:31')}`,
    ]);
  });

  it('sends an overdue resolution to the service manager and headquarters at once', async () => {
    await desk.report('t-1');
    desk.clock.advanceTo(at('10:10'));
    await desk.act('t-1', { type: 'Respond', actor: ENGINEER, data: { ticketId: 't-1', mode: 'remote' } });
    desk.clock.advanceTo(at('19:36'));
    const watchman = started();
    await desk.settle(watchman);
    desk.clock.advanceTo(at('22:00', '00.001'));
    await desk.settle(watchman);
    expect(watchmanEvents(await desk.ticketEvents())).toEqual([
      `SlaAtRisk resolution due ${at('22:00')} at ${at('19:36')}`,
      `Escalated 1 resolution_overdue to manager at ${at('22:00', '00.001')}`,
      `Escalated 2 resolution_overdue to headquarters at ${at('22:00', '00.001')}`,
    ]);
  });

  it('escalates once at restart a deadline passed while it was stopped, without a stale warning', async () => {
    await desk.report('t-1');
    const first = started();
    await desk.settle(first);
    await first.stop();
    desk.clock.advanceTo(at('10:45'));
    const second = started();
    await desk.settle(second);
    await second.stop();
    const third = started();
    await desk.settle(third);
    expect(watchmanEvents(await desk.ticketEvents())).toEqual([
      `Escalated 1 response_overdue to manager at ${at('10:45')}`,
    ]);
  });

  it('records each action once with two watchmen on the same store', async () => {
    await desk.report('t-1');
    await desk.report('t-2');
    const [a, b] = [started(), started()];
    await desk.settle(a, b);
    desk.clock.advanceTo(at('10:24'));
    await Promise.all([a.wake(), b.wake()]);
    await desk.settle(a, b);
    desk.clock.advanceTo(at('10:30', '00.001'));
    await Promise.all([a.wake(), b.wake()]);
    await desk.settle(a, b);
    for (const ticketId of ['t-1', 't-2']) {
      expect(watchmanEvents(await desk.ticketEvents(ticketId))).toEqual([
        `SlaAtRisk response due ${at('10:30')} at ${at('10:24')}`,
        `Escalated 1 response_overdue to manager at ${at('10:30', '00.001')}`,
      ]);
    }
  });

  it('records nothing new when its read model is rebuilt from position 0', async () => {
    await desk.report('t-1');
    const watchman = started();
    desk.clock.advanceTo(at('10:31'));
    await desk.settle(watchman);
    await watchman.stop();
    const before = (await desk.ticketEvents()).length;
    const rebuilt = new ProjectionRunner(desk.store, slaDeadlinesProjection, openReadDatabase(':memory:'));
    await rebuilt.start();
    const replaying = new SlaWatchman(
      desk.store,
      desk.commands,
      projectionDeadlineTable(
        () => rebuilt.db as never,
        () => rebuilt.getStatus().position,
      ),
      desk.clock,
      { watchIntervalMs: 5 },
    );
    replaying.start();
    await rebuilt.caughtUp();
    await desk.settle(replaying);
    await replaying.stop();
    await rebuilt.stop();
    expect((await desk.ticketEvents()).length).toBe(before);
  });

  it('has nothing to do for a closed ticket', async () => {
    await desk.report('t-1');
    desk.clock.advanceTo(at('10:05'));
    await desk.act('t-1', {
      type: 'Close',
      actor: MANAGER,
      data: { ticketId: 't-1', reason: 'Duplicate of SV-202611-0001' },
    });
    const watchman = started();
    desk.clock.advanceTo(at('23:00'));
    await desk.settle(watchman);
    expect(watchmanEvents(await desk.ticketEvents())).toEqual([]);
    expect(watchman.nextAlarm()).toBeUndefined();
  });

  it('issues through the commands it is given and tells how late each action was recorded', async () => {
    await desk.report('t-1');
    const issued: string[] = [];
    const late: [string, number][] = [];
    const table = projectionDeadlineTable(
      () => desk.projection.db as never,
      () => desk.projection.getStatus().position,
    );
    const counted: WatchmanCommands = {
      onTicket: (ticketId, action, context) => {
        issued.push(action.type);
        return desk.commands.onTicket(ticketId, action, context);
      },
      onContract: (contractId, action, context) => desk.commands.onContract(contractId, action, context),
    };
    const watchman = started(
      new SlaWatchman(desk.store, counted, table, desk.clock, {
        watchIntervalMs: 5,
        lateness: (action, seconds) => late.push([action, seconds]),
      }),
    );
    await desk.settle(watchman);
    // The service was busy: the warning due at 10:24 is recorded at 10:25, the escalation due right
    // after 10:30 at 10:30:30.
    desk.clock.advanceTo(at('10:25'));
    await desk.settle(watchman);
    desk.clock.advanceTo(at('10:30', '30.000'));
    await desk.settle(watchman);
    expect(issued).toEqual(['WarnSlaAtRisk', 'Escalate']);
    expect(late.map(([action]) => action)).toEqual(['warn', 'escalate']);
    expect(late[0][1]).toBeCloseTo(60, 3);
    expect(late[1][1]).toBeCloseTo(30, 1);
  });
});
