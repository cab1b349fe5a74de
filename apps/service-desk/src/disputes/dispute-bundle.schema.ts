import type { ApiResponseSchemaHost } from '@nestjs/swagger';

type SchemaObject = ApiResponseSchemaHost['schema'];

const hash = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' };

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
    id: { type: 'string', format: 'uuid' },
    type: { type: 'string', example: 'Responded' },
    schemaVersion: { type: 'integer' },
    stream: { type: 'string', example: 'ticket-5b1c0a36-0d4e-4f7e-9a51-0c8f4e2b7d11' },
    revision: { type: 'integer', description: '0, 1, 2, ... within the stream' },
    position: { type: 'string', description: "place in the store's global log (decimal; not hashed)" },
    data: { type: 'object', additionalProperties: true },
    metadata: {
      type: 'object',
      additionalProperties: true,
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
    format: { type: 'string', enum: ['service-ledger/dispute-bundle'] },
    formatVersion: { type: 'integer', enum: [1] },
    generatedAt: { type: 'string', format: 'date-time' },
    asOf: {
      type: 'string',
      format: 'date-time',
      description: 'the instant described: events recorded by then, SLA read at it',
    },
    generatedBy: {
      type: 'object',
      properties: { id: { type: 'string' }, username: { type: 'string' }, role: { type: 'string' } },
    },
    ticket: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        serviceNo: { type: 'string', example: 'SV-202611-0042' },
        customerId: { type: 'string' },
        contractId: { type: 'string' },
        stream: { type: 'string' },
      },
    },
    integrity: {
      type: 'object',
      description: 'How the hashes are computed, and the head of the chain',
      properties: {
        canonicalization: { type: 'string' },
        hashAlgorithm: { type: 'string' },
        hashEncoding: { type: 'string' },
        hashedFields: { type: 'array', items: { type: 'string' } },
        chain: { type: 'string' },
        eventCount: { type: 'integer' },
        headRevision: { type: 'integer' },
        headHash: hash,
      },
    },
    events: { type: 'array', items: bundleEvent, description: "the ticket's whole stream, in order" },
    policy: {
      type: 'object',
      description: 'The SLA policy version that judged the ticket, and where the contract set it',
      properties: {
        version: { type: 'integer' },
        timeZone: { type: 'string' },
        slaPolicy: { type: 'object', additionalProperties: true },
        recordedIn: { type: 'string' },
        source: {
          type: 'object',
          description: 'the contract stream from revision 0 to the SlaPolicySet event of this version',
          properties: {
            stream: { type: 'string' },
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
        function: { type: 'string' },
        inputs: {
          type: 'object',
          properties: {
            at: { type: 'string', format: 'date-time' },
            events: { type: 'string' },
            policy: { type: 'string' },
          },
        },
        result: { type: 'object', additionalProperties: true },
      },
    },
    instructions: { type: 'array', items: { type: 'string' }, description: 'how a third party checks it' },
  },
};
