import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { CommandContext } from '../command-handling/command-context.js';
import { ConcurrencyConflictError } from '../command-handling/command-errors.js';
import { eventIdFor } from '../command-handling/event-ids.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/** The organisation's zone: month boundaries of service numbers follow it. */
export const ORGANISATION_TIME_ZONE = 'Asia/Shanghai';
const MAX_ATTEMPTS = 50;

/** 2026-11 → "202611", in the organisation's zone. */
export function serviceMonth(at: Date, timeZone = ORGANISATION_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}${get('month')}`;
}

export function formatServiceNo(month: string, sequence: number): string {
  return `SV-${month}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Service numbers (售后服务号) come from one stream per month: the n-th ServiceNumberAssigned event
 * of `service-numbers-202611` is SV-202611-000n. Appending at the expected revision makes them unique
 * and consecutive under concurrent reports; the event id comes from the command id, so a retried
 * request gets its first number back instead of a new one.
 */
@Injectable()
export class ServiceNumberAllocator {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async allocate(ticketId: string, at: Date, context: CommandContext): Promise<string> {
    const month = serviceMonth(at);
    const stream = `service-numbers-${month}`;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const head = await this.headRevision(stream);
      const sequence = (head ?? -1) + 2;
      try {
        const result = await this.store.append(
          stream,
          [
            {
              id: eventIdFor(context.commandId, stream, 0),
              type: 'ServiceNumberAssigned',
              data: { serviceNo: formatServiceNo(month, sequence), ticketId },
              metadata: {
                actor: context.actor,
                source: context.source,
                commandId: context.commandId,
                correlationId: context.correlationId,
              },
            },
          ],
          { expectedRevision: head ?? 'no_stream' },
        );
        return formatServiceNo(month, result.nextRevision + 1);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    throw new ConcurrencyConflictError(stream, (await this.headRevision(stream)) ?? 'no_stream', null);
  }

  private async headRevision(stream: string): Promise<number | undefined> {
    for await (const event of this.store.readStream(stream, { direction: 'backwards', maxCount: 1 })) {
      return event.revision;
    }
    return undefined;
  }
}
