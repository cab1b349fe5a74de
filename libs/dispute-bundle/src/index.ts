export * from './dispute-bundle.js';
export { BUNDLE_INSTRUCTIONS } from './bundle-instructions.js';
export { buildDisputeBundle, toBundleEvent, type BundleOptions } from './build-dispute-bundle.js';
export { readBundle, BundleShapeError } from './read-bundle.js';
export { verifyDisputeBundle, type BundleVerdict } from './verify-dispute-bundle.js';
export { describeBreak, type EventBreak } from './event-break.js';
export { formatVerdict } from './format-verdict.js';
