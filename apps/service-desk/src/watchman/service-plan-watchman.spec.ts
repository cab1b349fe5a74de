import { handle } from '#command-handling';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractDecider, contractStream, type CommandActor, type ContractCommand } from '#domain';
import { SqliteEventStore, type RecordedEvent } from '#event-store';
import { archiveProjection, openReadDatabase, ProjectionRunner } from '#projections';
import { FakeAlarmClock } from '../../../../test/support/fake-alarm-clock.js';
import { archiveContractList } from './contract-list.js';
import { ServicePlanWatchman } from './service-plan-watchman.js';
import { deskCommands } from './testing/desk-commands.js';

const ms = (iso: string) => Date.parse(iso);
const ADMIN: CommandActor = { id: 'admin-1', role: 'admin' };
const EXPERT: CommandActor = { id: 'eng-5', role: 'engineer' };
/** March 2026 ends in Shanghai at 2026-04-01T00:00+08:00 = 2026-03-31T16:00Z; so does Q1. */
const MARCH_ENDS = '2026-03-31T16:00:00.000Z';
const APRIL_ENDS = '2026-04-30T16:00:00.000Z';

/** Time that moves only when the test says so; alarms ring when it passes them. */
interface Desk {
  clock: FakeAlarmClock;
  store: SqliteEventStore;
  archive: ProjectionRunner;
  watchman(): ServicePlanWatchman;
  act(command: Omit<ContractCommand, 'now'>): Promise<void>;
  register(contractId: string): Promise<void>;
  settle(...watchmen: ServicePlanWatchman[]): Promise<void>;
  warnings(contractId?: string): Promise<string[]>;
  events(contractId?: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

async function startDesk(): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'service-plan-watchman-'));
  const clock = new FakeAlarmClock(ms('2026-03-10T10:00:00+08:00'));
  const store = new SqliteEventStore({
    file: join(dir, 'events.db'),
    now: () => clock.now(),
    pollIntervalMs: 5,
  });
  const commands = await deskCommands(store);
  const archive = new ProjectionRunner(store, archiveProjection, openReadDatabase(':memory:'));
  await archive.start();
  const list = archiveContractList(
    () => archive.db as never,
    () => archive.getStatus().position,
  );
  const act = async (command: Omit<ContractCommand, 'now'>) => {
    const commandId = randomUUID();
    const full = { ...command, now: clock.now().toISOString() } as ContractCommand;
    await handle(store, contractStream(command.data.contractId), contractDecider, full, {
      actor: command.actor,
      now: full.now,
      source: 'api',
      commandId,
      correlationId: commandId,
    });
  };
  const events = async (contractId = 'c-1') => {
    const found: RecordedEvent[] = [];
    for await (const e of store.readStream(contractStream(contractId))) found.push(e);
    return found;
  };
  return {
    clock,
    store,
    archive,
    watchman: () => new ServicePlanWatchman(store, commands, list, clock, { watchIntervalMs: 5 }),
    act,
    register: (contractId) =>
      act({
        type: 'RegisterContract',
        actor: ADMIN,
        data: {
          contractId,
          customerId: 'cu-1',
          name: 'HIS service contract (fictional)',
          product: { name: 'HIS', version: '5.1' },
          finalAcceptanceDate: '2026-01-15',
          timeZone: 'Asia/Shanghai',
          inspectionExpertId: 'eng-5',
        },
      }),
    async settle(...watchmen) {
      for (let round = 0; round < 3; round++) {
        const head = await store.headPosition();
        if (head !== null) await archive.waitFor(head, 5000);
        await new Promise((resolve) => setTimeout(resolve, 20));
        for (const w of watchmen) await w.wake();
      }
    },
    events,
    async warnings(contractId = 'c-1') {
      return (await events(contractId))
        .filter((e) => e.type === 'ServicePlanPeriodMissed')
        .map((e) => {
          const d = e.data as Record<string, unknown>;
          return `${String(d.kind)} ${String(d.period)} due ${String(d.dueBy)} at ${String(d.warnedAt)}`;
        });
    },
    async close() {
      await archive.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const INSPECTION_MARCH =
  'inspection 2026-03 due 2026-04-01T00:00:00.000+08:00 at 2026-04-01T00:00:00.000+08:00';
const REVISIT_Q1 = 'revisit 2026-Q1 due 2026-04-01T00:00:00.000+08:00 at 2026-04-01T00:00:00.000+08:00';

describe('the service-plan watchman, on a fake clock and a real SQLite store', () => {
  let desk: Desk;
  const running: ServicePlanWatchman[] = [];
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
    await desk.close();
  });

  it('sets no alarm without contracts, and one for the month end once a contract is registered', async () => {
    const watchman = started();
    await desk.settle(watchman);
    expect(watchman.nextAlarm()).toBeUndefined();
    await desk.register('c-1');
    await desk.settle();
    // Woken by the new contract alone (no explicit wake above): the poll of the contract list.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watchman.nextAlarm()).toBe(ms(MARCH_ENDS));
    expect(desk.clock.alarms.size).toBe(1);
  });

  it('warns once about March and Q1 right after they end, not before, and not about January or February', async () => {
    await desk.register('c-1');
    const watchman = started();
    await desk.settle(watchman);
    desk.clock.advanceTo('2026-03-31T15:59:59.999Z');
    await desk.settle(watchman);
    expect(await desk.warnings()).toEqual([]);
    desk.clock.advanceTo(MARCH_ENDS);
    await desk.settle(watchman);
    expect(await desk.warnings()).toEqual([INSPECTION_MARCH, REVISIT_Q1]);
    const last = (await desk.events()).at(-1)!;
    expect(last.metadata).toMatchObject({
      actor: { id: 'sla-watchman', role: 'system' },
      source: 'scheduler',
    });
    expect(last.data).toMatchObject({ expertId: 'eng-5', notify: ['eng-5', 'manager'] });
    expect(watchman.nextAlarm()).toBe(ms(APRIL_ENDS));
    desk.clock.advanceTo('2026-04-02T09:00:00+08:00');
    await desk.settle(watchman);
    expect(await desk.warnings()).toEqual([INSPECTION_MARCH, REVISIT_Q1]);
  });

  it('does not warn about a month whose inspection was recorded', async () => {
    await desk.register('c-1');
    desk.clock.advanceTo('2026-04-20T10:00:00+08:00');
    await desk.act({
      type: 'RecordInspection',
      actor: EXPERT,
      data: {
        contractId: 'c-1',
        inspectionId: 'in-2026-04',
        findings: {
          runningStatus: 'ok',
          environment: 'ok',
          versions: '5.1',
          hiddenRisks: 'none',
          recommendations: 'none',
        },
      },
    });
    const watchman = started();
    desk.clock.advanceTo('2026-05-01T08:00:00+08:00');
    await desk.settle(watchman);
    // March and Q1 ended while it was not running: warned at its first wake; April had its inspection.
    expect(await desk.warnings()).toEqual([
      'inspection 2026-03 due 2026-04-01T00:00:00.000+08:00 at 2026-05-01T08:00:00.000+08:00',
      'revisit 2026-Q1 due 2026-04-01T00:00:00.000+08:00 at 2026-05-01T08:00:00.000+08:00',
    ]);
    expect(watchman.nextAlarm()).toBe(ms('2026-05-31T16:00:00.000Z'));
  });

  it('adds nothing on a second wake or after a restart', async () => {
    await desk.register('c-1');
    const first = started();
    await desk.settle(first);
    desk.clock.advanceTo(MARCH_ENDS);
    await desk.settle(first);
    await first.wake();
    await first.stop();
    const count = (await desk.events()).length;
    desk.clock.advanceTo('2026-04-01T09:00:00+08:00');
    const second = started();
    await desk.settle(second);
    expect((await desk.events()).length).toBe(count);
    expect(await desk.warnings()).toEqual([INSPECTION_MARCH, REVISIT_Q1]);
  });

  it('records each warning once with two watchmen racing on the same store', async () => {
    await desk.register('c-1');
    await desk.register('c-2');
    const [a, b] = [started(), started()];
    await desk.settle(a, b);
    desk.clock.advanceTo(MARCH_ENDS);
    await Promise.all([a.wake(), b.wake()]);
    await desk.settle(a, b);
    for (const contractId of ['c-1', 'c-2']) {
      expect(await desk.warnings(contractId)).toEqual([INSPECTION_MARCH, REVISIT_Q1]);
    }
  });
});
