export * from './projection.js';
export * from './projection-runner.js';
export { openReadDatabase } from './read-database.js';
export * from './projection-host.js';
