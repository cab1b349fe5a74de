import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** `done` and `total` in events; the rate is computed from the start of the bar. */
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (events done, rate, ETA), drawn only on a terminal: piped or captured
 * output gets the final summary lines alone.
 */
export function progressBar(label: string): Progress {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const started = process.hrtime.bigint();
  let running = false;
  return {
    update(done, total) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      if (!running) {
        bar.start(Math.max(total, done), done, { rate });
        running = true;
      } else {
        bar.setTotal(Math.max(total, done));
        bar.update(done, { rate });
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
