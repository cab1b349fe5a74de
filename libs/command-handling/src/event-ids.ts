import { v5 as uuidv5 } from 'uuid';

/** Namespace for every id this service derives; never change it, or retries stop being recognised. */
const LEDGER_NAMESPACE = '6f1d9a52-3c7e-4b8a-9f10-2d4e5c6b7a80';

/** A UUID that is a pure function of its parts: the same command yields the same ids on every retry. */
export function derivedId(...parts: string[]): string {
  return uuidv5(parts.join('\u001f'), LEDGER_NAMESPACE);
}

export function eventIdFor(commandId: string, stream: string, index: number): string {
  return derivedId('event', commandId, stream, String(index));
}
