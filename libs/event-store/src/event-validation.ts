import { InvalidEventError } from './invalid-event.error.js';
import { EVENT_SOURCES, type NewEvent } from './recorded-event.js';

export const MAX_EVENT_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const METADATA_KEYS = new Set(['actor', 'source', 'occurredAt', 'commandId', 'correlationId', 'causationId']);

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Throws InvalidEventError naming the first bad field; checks everything before anything is written. */
export function validateAppend(stream: unknown, events: unknown): asserts events is readonly NewEvent[] {
  if (typeof stream !== 'string' || stream.length === 0 || stream.length > 200) {
    throw new InvalidEventError('stream', 'must be a string of 1 to 200 characters');
  }
  if (stream.startsWith('$') || /\p{Cc}/u.test(stream)) {
    throw new InvalidEventError('stream', 'must not start with "$" or contain control characters');
  }
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventError('events', 'must be a non-empty array');
  }
  const ids = new Set<string>();
  events.forEach((event: unknown, i) => {
    validateEvent(event, `events[${i}]`);
    const id = (event as NewEvent).id.toLowerCase();
    if (ids.has(id)) throw new InvalidEventError(`events[${i}].id`, 'repeats an id of the same append');
    ids.add(id);
  });
}

function validateEvent(event: unknown, path: string): void {
  if (!isPlainObject(event)) throw new InvalidEventError(path, 'must be an object');
  const { id, type, schemaVersion, data, metadata } = event as Record<string, unknown>;
  if (typeof id !== 'string' || !UUID.test(id)) throw new InvalidEventError(`${path}.id`, 'must be a UUID');
  if (typeof type !== 'string' || !EVENT_TYPE.test(type)) {
    throw new InvalidEventError(
      `${path}.type`,
      'must start with a letter and hold only letters, digits, _ . : -',
    );
  }
  if (schemaVersion !== undefined && !(Number.isInteger(schemaVersion) && (schemaVersion as number) >= 1)) {
    throw new InvalidEventError(`${path}.schemaVersion`, 'must be an integer of at least 1');
  }
  if (!isPlainObject(data)) throw new InvalidEventError(`${path}.data`, 'must be a JSON object');
  assertJson(data, `${path}.data`, 0);
  if (Buffer.byteLength(JSON.stringify(data), 'utf8') > MAX_EVENT_BYTES) {
    throw new InvalidEventError(`${path}.data`, `must not exceed ${MAX_EVENT_BYTES} bytes as JSON`);
  }
  validateMetadata(metadata, `${path}.metadata`);
}

function validateMetadata(metadata: unknown, path: string): void {
  if (!isPlainObject(metadata)) throw new InvalidEventError(path, 'must be an object');
  const m = metadata as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!METADATA_KEYS.has(key))
      throw new InvalidEventError(`${path}.${key}`, 'is not a known metadata field');
  }
  const actor = m.actor as Record<string, unknown> | undefined;
  if (
    !isPlainObject(actor) ||
    !isShortText(actor.id) ||
    !isShortText(actor.role) ||
    Object.keys(actor).length !== 2
  ) {
    throw new InvalidEventError(`${path}.actor`, 'must be { id, role } with non-empty strings');
  }
  if (!EVENT_SOURCES.includes(m.source as never)) {
    throw new InvalidEventError(`${path}.source`, `must be one of ${EVENT_SOURCES.join(', ')}`);
  }
  if (m.occurredAt !== undefined && !isIsoInstant(m.occurredAt)) {
    throw new InvalidEventError(`${path}.occurredAt`, 'must be an ISO 8601 instant with offset');
  }
  for (const key of ['commandId', 'correlationId', 'causationId'] as const) {
    if (m[key] !== undefined && !isShortText(m[key])) {
      throw new InvalidEventError(`${path}.${key}`, 'must be a non-empty string of at most 200 characters');
    }
  }
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Only values that survive JSON unchanged: a silent change on the way into the log is a lost fact. */
function assertJson(value: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) throw new InvalidEventError(path, `nests deeper than ${MAX_DEPTH} levels`);
  switch (typeof value) {
    case 'boolean':
      return;
    case 'string':
      if (!value.isWellFormed()) throw new InvalidEventError(path, 'holds a lone UTF-16 surrogate');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidEventError(path, 'must be a finite number');
      return;
    case 'object':
      if (value === null) return;
      if (Array.isArray(value)) {
        value.forEach((item, i) => assertJson(item, `${path}[${i}]`, depth + 1));
        return;
      }
      if (!isPlainObject(value)) throw new InvalidEventError(path, 'must be a plain JSON object');
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) throw new InvalidEventError(path, 'has a key with a lone UTF-16 surrogate');
        assertJson(item, `${path}.${key}`, depth + 1);
      }
      return;
    default:
      throw new InvalidEventError(path, `holds a ${typeof value}, which JSON cannot keep`);
  }
}
