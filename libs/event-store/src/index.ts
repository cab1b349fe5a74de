export * from './event-store.port.js';
export * from './recorded-event.js';
export { aggregateStream, type AggregatedStream, type AggregateOptions } from './aggregate-stream.js';
export * from './wrong-expected-revision.error.js';
export * from './invalid-event.error.js';
export {
  hashEvent,
  type HashedFields,
  verifyStream,
  checkLink,
  type VerifyResult,
  type ChainBreakReason,
} from './hash-chain.js';
export { isIsoInstant, MAX_EVENT_BYTES, validateAppend } from './event-validation.js';
export { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';
export { verifyStore, type StoreVerification, type StreamBreak } from './verify-store.js';
export {
  EventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb/eventstoredb-event-store.js';
export {
  createOwnerOnlyFile,
  createPrivateDirIfMissing,
  ensurePrivateDir,
  prepareSqliteFile,
  writeOwnerOnlyFile,
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
} from './private-files.js';
