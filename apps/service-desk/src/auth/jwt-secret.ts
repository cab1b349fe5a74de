import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeOwnerOnlyFile } from '#event-store';
import { ConfigValidationError, type AppConfig } from '#service-config';

const MIN_LENGTH = 32;

/**
 * The key that signs bearer tokens: JWT_SECRET when set, else the one kept in DATA_DIR/jwt-secret,
 * generated at first start (mode 0600). The file is written beside and linked into place, so two
 * processes starting together agree on one key and never read a half-written file.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET !== undefined) return config.JWT_SECRET;
  const file = join(config.DATA_DIR, 'jwt-secret');
  const existing = readIfPresent(file);
  if (existing !== undefined) return checked(existing, file);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeOwnerOnlyFile(temp, randomBytes(48).toString('base64url'), { exclusive: true });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return checked(readFileSync(file, 'utf8'), file);
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function checked(secret: string, file: string): string {
  const trimmed = secret.trim();
  if (trimmed.length < MIN_LENGTH) {
    throw new ConfigValidationError([`${file} must hold a key of at least ${MIN_LENGTH} characters`]);
  }
  return trimmed;
}
