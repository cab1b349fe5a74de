export { AppConfig, SECRET_VARIABLES } from './app-config.js';
export { ConfigValidationError } from './config-validation.error.js';
export { createEventStore, EVENTS_FILE, openEventStore } from './create-event-store.js';
export { EventStoreUnavailableError } from './event-store-unavailable.error.js';
export { LOG_LEVEL_NAMES, pinoLevelOf, type LogFormat, type LogLevelName } from './log-levels.js';
export { readModelsDir } from './read-models-dir.js';
export { toInteger } from './to-integer.js';
export { trustProxyOf } from './trust-proxy.js';
export { validateAppConfig } from './validate-app-config.js';
