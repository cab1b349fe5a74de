import {
  DEFAULT_POLICY,
  at,
  closed,
  dispatched,
  faultReported,
  resolved,
  responded,
  severityChanged,
} from '../testing/ticket-fixtures.js';
import type { TicketEvent } from '../ticket/ticket.events.js';
import { dueSlaDeadlines, slaDeadlines, slaDeadlineKey, type TicketHistoryEntry } from './sla-deadlines.js';

/** Ticket t-1: reported Tuesday 10:00 (Shanghai), severity 2, PT30M / PT1H / PT12H, 80 %, confirmation PT24H. */
const by =
  (actorRole: string) =>
  (event: TicketEvent): TicketHistoryEntry => ({ event, actorRole });
const staff = by('engineer');
const system = by('system');
const manager = by('manager');
const reported = staff(faultReported());
const ms = (iso: string) => Date.parse(iso);
const plus1ms = (iso: string) => iso.replace('.000+', '.001+');

const escalated = (level: 1 | 2, reason: 'response_overdue' | 'complaint', time: string): TicketEvent => ({
  type: 'Escalated',
  data: {
    ticketId: 't-1',
    level,
    reason,
    to: level === 1 ? 'manager' : 'headquarters',
    automatic: reason !== 'complaint',
    escalatedBy: 'sla-watchman',
    escalatedAt: time,
  },
});
const warned = (timer: 'response', dueAt: string, time: string): TicketEvent => ({
  type: 'SlaAtRisk',
  data: { ticketId: 't-1', timer, dueAt, atRiskAt: at('10:24'), notify: ['manager'], warnedAt: time },
});

describe('the pending deadlines of a ticket', () => {
  it('just reported: warn and escalate the response, then the resolution to both levels', () => {
    expect(slaDeadlines([reported])).toEqual([
      {
        action: 'warn',
        timer: 'response',
        at: at('10:24'),
        atMs: ms(at('10:24')),
        dueAt: at('10:30'),
        atRiskAt: at('10:24'),
        notify: ['manager'],
      },
      {
        action: 'escalate',
        timer: 'response',
        level: 1,
        reason: 'response_overdue',
        at: plus1ms(at('10:30')),
        atMs: ms(at('10:30')) + 1,
        dueAt: at('10:30'),
      },
      {
        action: 'warn',
        timer: 'resolution',
        at: at('19:36'),
        atMs: ms(at('19:36')),
        dueAt: at('22:00'),
        atRiskAt: at('19:36'),
        notify: ['manager'],
      },
      {
        action: 'escalate',
        timer: 'resolution',
        level: 1,
        reason: 'resolution_overdue',
        at: plus1ms(at('22:00')),
        atMs: ms(at('22:00')) + 1,
        dueAt: at('22:00'),
      },
      {
        action: 'escalate',
        timer: 'resolution',
        level: 2,
        reason: 'resolution_overdue',
        at: plus1ms(at('22:00')),
        atMs: ms(at('22:00')) + 1,
        dueAt: at('22:00'),
      },
    ]);
  });

  it('tells the assignee as well as the service manager', () => {
    const assigned = staff({
      type: 'Assigned',
      data: { ticketId: 't-1', engineerId: 'eng-9', assignedBy: 'agent-1', assignedAt: at('10:05') },
    });
    const [first] = slaDeadlines([reported, assigned]);
    expect(first).toMatchObject({ action: 'warn', timer: 'response', notify: ['eng-9', 'manager'] });
  });

  it('drops the response deadlines once responded', () => {
    const plan = slaDeadlines([reported, staff(responded(at('10:10')))]);
    expect(plan.map((d) => `${d.action} ${d.timer}`)).toEqual([
      'warn resolution',
      'escalate resolution',
      'escalate resolution',
    ]);
  });

  it('does not warn twice for the same due time', () => {
    const plan = slaDeadlines([reported, system(warned('response', at('10:30'), at('10:24')))]);
    expect(plan[0]).toMatchObject({ action: 'escalate', timer: 'response', level: 1 });
  });

  it('watches the on-site arrival from the dispatch', () => {
    const plan = slaDeadlines([reported, staff(responded(at('10:10'))), staff(dispatched(at('10:20')))]);
    expect(plan.slice(0, 2)).toMatchObject([
      { action: 'warn', timer: 'onSite', at: at('11:08'), dueAt: at('11:20') },
      { action: 'escalate', timer: 'onSite', level: 1, reason: 'onsite_overdue', at: plus1ms(at('11:20')) },
    ]);
  });

  it('after an overdue response, goes to headquarters when the escalation stays unanswered for PT2H', () => {
    const history = [
      reported,
      system(escalated(1, 'response_overdue', at('10:31'))),
      staff(responded(at('10:40'))),
    ];
    expect(slaDeadlines(history)[0]).toEqual({
      action: 'escalate',
      timer: 'escalation',
      level: 2,
      reason: 'response_overdue',
      at: at('12:31'),
      atMs: ms(at('12:31')),
      dueAt: at('12:31'),
    });
  });

  it('counts any action of a service manager after the escalation as its answer', () => {
    const note = manager({
      type: 'SupervisionNoted',
      data: {
        ticketId: 't-1',
        notedBy: 'mgr-1',
        period: 'AM',
        progress: 'Called the engineer',
        solvedPercent: 10,
        notedAt: at('10:45'),
      },
    });
    const history = [reported, system(escalated(1, 'response_overdue', at('10:31'))), note];
    expect(slaDeadlines(history).filter((d) => d.timer === 'escalation')).toEqual([]);
  });

  it('takes the answer window from the policy', () => {
    const policy = { ...DEFAULT_POLICY, escalationAnswerWindow: 'PT10M' };
    const history = [reported, by('agent')(escalated(1, 'complaint', at('10:05')))];
    expect(slaDeadlines(history, policy).find((d) => d.timer === 'escalation')).toMatchObject({
      level: 2,
      reason: 'complaint',
      at: at('10:15'),
    });
  });

  it('waits for the customer to confirm a fix: warn at 80 % of PT24H, escalate when it runs out', () => {
    const plan = slaDeadlines([reported, staff(responded(at('10:10'))), staff(resolved(at('13:00')))]);
    expect(plan).toMatchObject([
      {
        action: 'warn',
        timer: 'confirmation',
        at: at('08:12', '2026-11-04'),
        dueAt: at('13:00', '2026-11-04'),
      },
      {
        action: 'escalate',
        timer: 'confirmation',
        level: 1,
        reason: 'solution_not_confirmed',
        at: plus1ms(at('13:00', '2026-11-04')),
      },
    ]);
  });

  it('escalates at once, without a warning, when a severity change made the response overdue', () => {
    const policy = {
      ...DEFAULT_POLICY,
      targets: { ...DEFAULT_POLICY.targets, '1': { response: 'PT15M', onSite: 'PT1H', resolution: 'PT4H' } },
    };
    const history = [reported, manager(severityChanged(at('10:20'), 2, 1))];
    expect(slaDeadlines(history, policy)[0]).toMatchObject({
      action: 'escalate',
      timer: 'response',
      level: 1,
      at: at('10:20'),
      dueAt: at('10:15'),
    });
  });

  it('acts at once on recording on a deadline that had passed before the report was recorded', () => {
    const typedInLate = { event: faultReported(), actorRole: 'agent', recordedAt: at('10:40') };
    const deadlines = slaDeadlines([typedInLate]);
    const late = (d: (typeof deadlines)[number]) =>
      d.action === 'escalate' && d.recordedLate ? ' late' : '';
    expect(deadlines.map((d) => `${d.action} ${d.timer} ${d.at}${late(d)}`)).toEqual([
      `warn response ${at('10:40')}`,
      `escalate response ${at('10:40')} late`,
      `warn resolution ${at('19:36')}`,
      `escalate resolution ${plus1ms(at('22:00'))}`,
      `escalate resolution ${plus1ms(at('22:00'))}`,
    ]);
    // On recording, the escalation supersedes the warning of the same timer; it keeps its due time.
    const due = dueSlaDeadlines(deadlines, ms(at('10:40')));
    expect(due).toEqual([expect.objectContaining({ action: 'escalate', level: 1, dueAt: at('10:30') })]);
  });

  it('goes to level 2 at once for a level-1 escalation recorded after its answer window', () => {
    const late = {
      event: escalated(1, 'complaint', at('10:05')),
      actorRole: 'agent',
      recordedAt: at('12:30'),
    };
    expect(slaDeadlines([reported, late]).filter((d) => d.timer === 'escalation')).toEqual([
      expect.objectContaining({ level: 2, reason: 'complaint', at: at('12:30'), recordedLate: true }),
    ]);
  });

  it('has none once the ticket is closed', () => {
    const history = [reported, staff(responded(at('10:10'))), manager(closed(at('10:20'), false))];
    expect(slaDeadlines(history)).toEqual([]);
  });
});

describe('what is due at an instant', () => {
  it('leaves out a warning whose timer is already due for escalation', () => {
    const due = dueSlaDeadlines(slaDeadlines([reported]), ms(at('10:31')));
    expect(due.map((d) => `${d.action} ${d.timer}`)).toEqual(['escalate response']);
  });

  it('is nothing before the first deadline', () => {
    expect(dueSlaDeadlines(slaDeadlines([reported]), ms(at('10:23')))).toEqual([]);
  });

  it('names each action by action, level, reason, timer and due time', () => {
    expect(slaDeadlines([reported]).map(slaDeadlineKey)).toEqual([
      `warn:-:response:${ms(at('10:30'))}`,
      `escalate:1:response_overdue:response:${ms(at('10:30'))}`,
      `warn:-:resolution:${ms(at('22:00'))}`,
      `escalate:1:resolution_overdue:resolution:${ms(at('22:00'))}`,
      `escalate:2:resolution_overdue:resolution:${ms(at('22:00'))}`,
    ]);
  });
});
