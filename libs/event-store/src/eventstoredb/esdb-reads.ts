import { ErrorType, isCommandError, StreamNotFoundError, type StreamingRead } from '@eventstore/db-client';

/**
 * The items of a server read, ending quietly when the stream does not exist. When the caller
 * stops early, the gRPC call is cancelled and what is left of it drained: destroying the read
 * instead would leave the call's own stream paused short of its end, and the client's dispose()
 * waits for every call's stream to finish.
 */
export async function* iterateRead<T>(read: StreamingRead<T>): AsyncGenerator<T> {
  let complete = false;
  try {
    for await (const item of read.iterator({ destroyOnReturn: false })) yield item as T;
    complete = true;
  } catch (error) {
    complete = true;
    if (error instanceof StreamNotFoundError) return;
    throw error;
  } finally {
    if (!complete) {
      read.resume();
      await read.cancel().catch(() => undefined);
    }
  }
}

const TRANSIENT = new Set<string>([
  ErrorType.UNAVAILABLE,
  ErrorType.NOT_LEADER,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.UNKNOWN,
]);

/**
 * Errors after which a subscription is worth opening again: the connection or the leader went
 * away, the call timed out or was cut. Access denied, a deleted stream, or an event the adapter
 * cannot map (e.g. a server too old to report positions) are not: they are thrown to the reader.
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (isCommandError(error)) return TRANSIENT.has(error.type);
  return (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE';
}
