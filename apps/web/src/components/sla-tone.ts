/** A timer as the API gives it (GET /api/tickets/:id `sla.<timer>`, or a list item's shorter form). */
export interface TimerLike {
  state: string;
  dueAt?: string;
  atRiskAt?: string;
  completedAt?: string;
  overrunMs?: number;
}

export type Tone = 'none' | 'running' | 'at_risk' | 'breached' | 'met';

/**
 * How a timer stands at `nowMs`: the server's state, moved on by the clock for a running timer (a
 * countdown turns at-risk at atRiskAt and breached after dueAt without waiting for a reload).
 */
export function toneAt(timer: TimerLike | undefined, nowMs: number): Tone {
  if (!timer || timer.state === 'not_started') return 'none';
  if (timer.state === 'met' || timer.state === 'breached') return timer.state;
  if (timer.dueAt && nowMs > Date.parse(timer.dueAt)) return 'breached';
  if (timer.state === 'at_risk' || (timer.atRiskAt && nowMs >= Date.parse(timer.atRiskAt))) return 'at_risk';
  return 'running';
}

/** Colours with readable contrast on white (Ant Design's tag presets). */
export const TONE_COLOUR: Record<Tone, string> = {
  none: 'default',
  running: 'processing',
  at_risk: 'warning',
  breached: 'error',
  met: 'success',
};

/** h:mm:ss (or d天 h:mm:ss past a day) of a span. */
export function span(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const clock = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}
