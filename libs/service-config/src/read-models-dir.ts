import { join } from 'node:path';
import type { AppConfig } from './app-config.js';

/** Folder of the read-model files under DATA_DIR. */
export const readModelsDir = (config: AppConfig) => join(config.DATA_DIR, 'read-models');
