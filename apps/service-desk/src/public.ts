/**
 * The service's one public module: what another app (the demo) may import from apps/service-desk.
 * The demo runs the service in its own process (`bootstrap` with PORT 0), so it needs the start
 * function itself; everything else the apps share lives in libs (#service-config, #projections).
 */
export { bootstrap, type BootstrapOptions, type RunningService } from './bootstrap.js';
