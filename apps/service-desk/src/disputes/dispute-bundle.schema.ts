import type { ApiResponseSchemaHost } from '@nestjs/swagger';

type SchemaObject = ApiResponseSchemaHost['schema'];

/** The pieces the schema is made of; a property adds its own description, example or format. */
const string = { type: 'string' };
const integer = { type: 'integer' };
const instant = { type: 'string', format: 'date-time' };
const anyObject = { type: 'object', additionalProperties: true };
const hash = { ...string, pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' };

const bundleEvent: SchemaObject = {
  type: 'object',
  description: 'One event exactly as stored, with its envelope and place in the hash chain',
  required: [
    'id',
    'type',
    'schemaVersion',
    'stream',
    'revision',
    'position',
    'data',
    'metadata',
    'prevHash',
    'hash',
  ],
  properties: {
    id: { ...string, format: 'uuid' },
    type: { ...string, example: 'Responded' },
    schemaVersion: integer,
    stream: { ...string, example: 'ticket-5b1c0a36-0d4e-4f7e-9a51-0c8f4e2b7d11' },
    revision: { ...integer, description: '0, 1, 2, ... within the stream' },
    position: { ...string, description: "place in the store's global log (decimal; not hashed)" },
    data: anyObject,
    metadata: {
      ...anyObject,
      description: 'actor {id, role}, source, correlationId, causationId, commandId, occurredAt, recordedAt',
    },
    prevHash: { ...hash, nullable: true, description: 'hash of the event before it; null at revision 0' },
    hash,
  },
};

/** The OpenAPI schema of a dispute bundle (libs/dispute-bundle/src/dispute-bundle.ts). */
export const DISPUTE_BUNDLE_SCHEMA: SchemaObject = {
  type: 'object',
  required: [
    'format',
    'formatVersion',
    'asOf',
    'ticket',
    'integrity',
    'events',
    'policy',
    'sla',
    'instructions',
  ],
  properties: {
    format: { ...string, enum: ['service-ledger/dispute-bundle'] },
    formatVersion: { ...integer, enum: [1] },
    generatedAt: instant,
    asOf: {
      ...instant,
      description: 'the instant described: events recorded by then, SLA read at it',
    },
    generatedBy: {
      type: 'object',
      properties: { id: string, username: string, role: string },
    },
    ticket: {
      type: 'object',
      properties: {
        id: string,
        serviceNo: { ...string, example: 'SV-202611-0042' },
        customerId: string,
        contractId: string,
        stream: string,
      },
    },
    integrity: {
      type: 'object',
      description: 'How the hashes are computed, and the head of the chain',
      properties: {
        canonicalization: string,
        hashAlgorithm: string,
        hashEncoding: string,
        hashedFields: { type: 'array', items: string },
        chain: string,
        eventCount: integer,
        headRevision: integer,
        headHash: hash,
      },
    },
    events: { type: 'array', items: bundleEvent, description: "the ticket's whole stream, in order" },
    policy: {
      type: 'object',
      description: 'The SLA policy version that judged the ticket, and where the contract set it',
      properties: {
        version: integer,
        timeZone: string,
        slaPolicy: anyObject,
        recordedIn: string,
        source: {
          type: 'object',
          description: 'the contract stream from revision 0 to the SlaPolicySet event of this version',
          properties: {
            stream: string,
            policyEventHash: hash,
            events: { type: 'array', items: bundleEvent },
          },
        },
      },
    },
    sla: {
      type: 'object',
      description: 'The SLA reading (slaClock) at inputs.at, computed from the events',
      properties: {
        function: string,
        inputs: {
          type: 'object',
          properties: {
            at: instant,
            events: string,
            policy: string,
          },
        },
        result: anyObject,
      },
    },
    instructions: { type: 'array', items: string, description: 'how a third party checks it' },
  },
};
