import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built web UI (`npm run build` → dist/web under the project folder), found from this file
 * whether it runs compiled (dist/apps/...) or from source (tests); undefined when not built.
 */
export function builtWebDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  const web = join(dir, 'dist', 'web');
  return existsSync(join(web, 'index.html')) ? web : undefined;
}
