import type { Projection } from '../projection.js';
import { notesProjection, type NotesDb } from '../test-projection.fixture.js';
import { ProjectionSpecification } from './projection-specification.js';
import type { EventToRecord } from './recorded-events.js';

const noted = (stream: string, note: string): EventToRecord => ({ type: 'Noted', data: { note }, stream });

/** The notes projection with an applyBatch: `faithful` folds like apply, otherwise it loses each batch's last event. */
function batchedNotes(faithful: boolean, batches: string[][] = []): Projection<NotesDb> {
  const notes = notesProjection();
  return {
    ...notes,
    async applyBatch(trx, events) {
      batches.push(events.map((e) => String(e.data.note)));
      for (const event of faithful ? events : events.slice(0, -1)) await notes.apply(trx, event);
    },
  };
}

describe('ProjectionSpecification', () => {
  const given = ProjectionSpecification.for(notesProjection());

  it('applies the given events, then the when events, and checks the rows in any order', async () => {
    await given([noted('s-1', 'a'), noted('s-2', 'b')])
      .when([noted('s-1', 'c')])
      .thenRows('notes', [
        { stream: 's-2', n: 1, last_note: 'b' },
        { stream: 's-1', n: 2, last_note: 'c' },
      ]);
  });

  it('compares only the columns the expected rows name, but every row', async () => {
    await given([noted('s-1', 'a')])
      .when([noted('s-2', 'b')])
      .thenRows('notes', [{ n: 1 }, { n: 1 }]);
    await expect(
      given([noted('s-1', 'a')])
        .when([noted('s-2', 'b')])
        .thenRows('notes', [{ n: 1 }]),
    ).rejects.toThrow('notes: rows of notes');
  });

  it('fails with the table named and a diff when the rows differ', async () => {
    const error: Error = await given([noted('s-1', 'a')])
      .when([noted('s-1', 'b')])
      .thenRows('notes', [{ stream: 's-1', n: 2, last_note: 'a' }])
      .then(
        () => new Error('it passed'),
        (e: Error) => e,
      );
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatch(/^notes: rows of notes\n/);
    expect(error.message).toContain("-     last_note: 'a'");
    expect(error).toMatchObject({
      actual: [{ stream: 's-1', n: 2, last_note: 'b' }],
      expected: [{ stream: 's-1', n: 2, last_note: 'a' }],
    });
  });

  it('asks every expected row for the same columns', async () => {
    await expect(
      given([])
        .when([noted('s-1', 'a')])
        .thenRows('notes', [{ n: 1 }, { stream: 's-1' }]),
    ).rejects.toThrow('thenRows(notes): name the same columns in every expected row');
  });

  it('hands then() the read model, and skips the events the projection does not handle', async () => {
    await given([noted('s-1', 'a')])
      .when([{ type: 'Ignored', data: { note: 'boom' }, stream: 's-1' }])
      .then(async (db) => {
        expect(await db.selectFrom('notes').select(['stream', 'n']).execute()).toEqual([
          { stream: 's-1', n: 1 },
        ]);
      });
  });

  it('with applyBatch: the given events in one batch, the when events in the next', async () => {
    const batches: string[][] = [];
    await ProjectionSpecification.for(batchedNotes(true, batches))([noted('s-1', 'a'), noted('s-2', 'b')])
      .when([noted('s-1', 'c'), noted('s-1', 'd')])
      .thenRows('notes', [
        { stream: 's-1', n: 3 },
        { stream: 's-2', n: 1 },
      ]);
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reports an applyBatch that leaves other rows than apply, before any assertion', async () => {
    let asserted = false;
    await expect(
      ProjectionSpecification.for(batchedNotes(false))([noted('s-1', 'a')])
        .when([noted('s-1', 'b')])
        .then(() => {
          asserted = true;
        }),
    ).rejects.toThrow('notes: applyBatch left other rows in notes than apply');
    expect(asserted).toBe(false);
  });

  describe('thenThrows', () => {
    it('passes when applying the when events throws the error', async () => {
      const seen: string[] = [];
      const check = (e: Error) => seen.push(e.message);
      await given([noted('s-1', 'a')])
        .when([noted('s-1', 'boom')])
        .thenThrows(Error, check);
      expect(seen).toEqual(['cannot project boom']);
    });

    it('checks the applyBatch way too', async () => {
      const seen: string[] = [];
      const check = (e: Error) => seen.push(e.message);
      await ProjectionSpecification.for(batchedNotes(true))([])
        .when([noted('s-1', 'boom'), noted('s-1', 'a')])
        .thenThrows(Error, check);
      expect(seen).toEqual(['cannot project boom', 'cannot project boom']);
    });

    it('fails when the events apply, or throw another error', async () => {
      await expect(
        given([])
          .when([noted('s-1', 'a')])
          .thenThrows(Error),
      ).rejects.toThrow('notes apply: expected Error, but the events were applied');
      await expect(
        given([])
          .when([noted('s-1', 'boom')])
          .thenThrows(RangeError),
      ).rejects.toThrow('notes apply: expected RangeError, got Error: cannot project boom');
    });

    it('does not count a failing given event as the expected error', async () => {
      await expect(
        given([noted('s-1', 'boom')])
          .when([noted('s-1', 'a')])
          .thenThrows(Error),
      ).rejects.toThrow('notes apply: the given events failed: Error: cannot project boom');
    });
  });
});
