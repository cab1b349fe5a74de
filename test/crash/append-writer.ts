/**
 * A child process for the durability test: appends to the SQLite store as fast as it can, several
 * appends in flight at once, and prints "ack <stream> <revision> <eventId>" after each append resolves.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '#event-store';

const file = process.argv[2];
if (!file) throw new Error('usage: append-writer <events.sqlite>');
const store = new SqliteEventStore({ file });
const streams = Array.from({ length: 4 }, (_, i) => `durability-${i}`);

async function writer(stream: string): Promise<never> {
  for (;;) {
    const event = {
      id: randomUUID(),
      type: 'Written',
      data: { at: Date.now() },
      metadata: { actor: { id: 'durability-test', role: 'system' }, source: 'system' as const },
    };
    const result = await store.append(stream, [event], { expectedRevision: 'any' });
    process.stdout.write(`ack ${stream} ${result.nextRevision} ${event.id}\n`);
  }
}

await Promise.all(streams.map(writer));
