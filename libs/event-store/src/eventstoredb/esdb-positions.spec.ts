import type { Position } from '@eventstore/db-client';
import { findStartPoint, KnownPositions } from './esdb-positions.js';

const at = (prepare: bigint, commit = prepare): Position => ({ commit, prepare });

/** $all from its end backwards, counting how many positions were read. */
function logBackwards(prepares: bigint[]) {
  const scan = { read: 0, scans: 0 };
  return {
    scan,
    backwards: async function* () {
      scan.scans++;
      for (const p of [...prepares].sort((a, b) => (a < b ? 1 : -1))) {
        scan.read++;
        yield at(p);
      }
    },
  };
}

describe('known positions', () => {
  it('finds a position by its prepare position, and the nearest one at or below another', () => {
    const known = new KnownPositions();
    [at(100n), at(300n, 900n), at(200n)].forEach((p) => known.remember(p));
    expect(known.exact(300n)).toEqual({ commit: 900n, prepare: 300n });
    expect(known.exact(301n)).toBeUndefined();
    expect(known.floor(299n)).toEqual(at(200n));
    expect(known.floor(5000n)).toEqual(at(300n, 900n));
    expect(known.floor(99n)).toBeUndefined();
  });

  it('forgets the least recently seen beyond its capacity', () => {
    const known = new KnownPositions(2);
    known.remember(at(1n));
    known.remember(at(2n));
    known.remember(at(1n));
    known.remember(at(3n));
    expect([known.exact(1n), known.exact(2n), known.exact(3n)]).toEqual([at(1n), undefined, at(3n)]);
  });
});

describe('where a read of $all starts', () => {
  it('starts at the event itself when the position is one this process has seen, without scanning', async () => {
    const known = new KnownPositions();
    known.remember(at(500n, 700n));
    const log = logBackwards([100n, 500n, 900n]);
    expect(await findStartPoint(500n, { known, backwards: log.backwards })).toEqual(at(500n, 700n));
    expect(log.scan.scans).toBe(0);
  });

  it('starts at a known event just before a checkpoint + 1, without scanning', async () => {
    const known = new KnownPositions();
    known.remember(at(500n));
    const log = logBackwards([100n, 500n, 900n]);
    expect(await findStartPoint(501n, { known, backwards: log.backwards })).toEqual(at(500n));
    expect(log.scan.scans).toBe(0);
  });

  it('scans back from the end to the newest event at or before an unknown position, and no further', async () => {
    const known = new KnownPositions();
    known.remember(at(100n));
    const log = logBackwards([100n, 200n, 350n, 400n, 900n, 1000n]);
    const start = await findStartPoint(380n, { known, backwards: log.backwards, maxForwardGap: 10n });
    expect(start).toEqual(at(350n));
    expect(log.scan.read).toBe(4);
  });

  it('starts at the beginning of the log when every event is after the position', async () => {
    const log = logBackwards([300n, 400n]);
    expect(await findStartPoint(200n, { known: new KnownPositions(), backwards: log.backwards })).toBe(
      'start',
    );
  });

  it('starts at the newest event when the position is past the end (nothing to read yet)', async () => {
    const log = logBackwards([300n, 400n]);
    expect(await findStartPoint(10_000n, { known: new KnownPositions(), backwards: log.backwards })).toEqual(
      at(400n),
    );
    expect(log.scan.read).toBe(1);
  });
});
