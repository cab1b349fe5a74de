/**
 * Schema-agnostic code (the runner, the checkpoint table, createSchema) works on a database whose
 * tables it does not know at compile time; Kysely's own idiom for that is Kysely<any>.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDatabase = any;
