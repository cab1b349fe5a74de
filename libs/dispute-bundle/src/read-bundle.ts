import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleEvent,
  type DisputeBundle,
} from './dispute-bundle.js';

/** The file is not a dispute bundle this verifier can read; `eventIndex` when one event is malformed. */
export class BundleShapeError extends Error {
  override readonly name = 'BundleShapeError';
  constructor(
    message: string,
    readonly eventIndex?: number,
  ) {
    super(message);
  }
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isInteger: Check = (v) => Number.isInteger(v);
const isObject: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHash: Check = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

const EVENT_FIELDS: Record<keyof BundleEvent, Check> = {
  id: isString,
  type: isString,
  schemaVersion: isInteger,
  stream: isString,
  revision: isInteger,
  position: (v) => typeof v === 'string' && /^\d+$/.test(v),
  data: isObject,
  metadata: isObject,
  prevHash: (v) => v === null || isHash(v),
  hash: isHash,
};

/**
 * Checks the layout of a parsed file (not its hashes): the fields the verifier reads are there,
 * with the right types. Throws BundleShapeError naming the first field that is not.
 */
export function readBundle(value: unknown): DisputeBundle {
  if (!isObject(value)) throw new BundleShapeError('the file does not hold a JSON object');
  const bundle = value as Record<string, unknown>;
  if (bundle.format !== BUNDLE_FORMAT) {
    throw new BundleShapeError(`"format" is ${JSON.stringify(bundle.format)}, not "${BUNDLE_FORMAT}"`);
  }
  if (bundle.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new BundleShapeError(
      `"formatVersion" ${JSON.stringify(bundle.formatVersion)} is not one this verifier knows (${BUNDLE_FORMAT_VERSION})`,
    );
  }
  requireField(bundle, 'asOf', isString);
  requireField(bundle, 'ticket', isObject);
  requireField(bundle.ticket, 'ticket.id', isString);
  requireField(bundle.ticket, 'ticket.stream', isString);
  checkEvents(bundle.events, 'events', true);
  requireField(bundle, 'integrity', isObject);
  requireField(bundle.integrity, 'integrity.headHash', isHash);
  requireField(bundle.integrity, 'integrity.headRevision', isInteger);
  requireField(bundle.integrity, 'integrity.eventCount', isInteger);
  requireField(bundle, 'policy', isObject);
  requireField(bundle, 'sla', isObject);
  requireField(bundle.sla, 'sla.inputs', isObject);
  requireField((bundle.sla as Record<string, unknown>).inputs, 'sla.inputs.at', isString);
  requireField(bundle.sla, 'sla.result', isObject);
  requireField(bundle.policy, 'policy.source', isObject);
  const source = (bundle.policy as Record<string, unknown>).source;
  requireField(source, 'policy.source.stream', isString);
  requireField(source, 'policy.source.policyEventHash', isHash);
  checkEvents((source as Record<string, unknown>).events, 'policy.source.events', false);
  // Reason: an outside file, checked field by field above before it is trusted as a bundle.
  return value as unknown as DisputeBundle;
}

/** A non-empty array of well-formed events; `indexed`: a malformed one is named by its place. */
function checkEvents(events: unknown, path: string, indexed: boolean): void {
  if (!Array.isArray(events) || events.length === 0) {
    throw new BundleShapeError(`"${path}" must be a non-empty array`);
  }
  events.forEach((event: unknown, index) => {
    const at = indexed ? index : undefined;
    if (!isObject(event)) throw new BundleShapeError(`${path}[${index}] is not an object`, at);
    for (const [field, check] of Object.entries(EVENT_FIELDS)) {
      if (!check((event as Record<string, unknown>)[field])) {
        throw new BundleShapeError(`${path}[${index}].${field} is missing or malformed`, at);
      }
    }
  });
}

function requireField(parent: unknown, path: string, check: Check): void {
  const key = path.split('.').at(-1)!;
  if (!check((parent as Record<string, unknown>)[key])) {
    throw new BundleShapeError(`"${path}" is missing or malformed`);
  }
}
